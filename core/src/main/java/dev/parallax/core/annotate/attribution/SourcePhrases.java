package dev.parallax.core.annotate.attribution;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase that names a source next to a cue, without a parser: a run of name-like
 * and noun-like words bounded by clause words and punctuation, with an apposition set off by
 * commas ("Wilcox, a Sarasota Republican, said") taken in. Also cleans a source phrase to a
 * display name. Stateless and thread-safe.
 */
final class SourcePhrases {
    private SourcePhrases() {}

    /** Words that end a noun phrase when walking back from a cue: they start a clause or a predicate. */
    static final Set<String> CLAUSE_WORDS = Set.of(
            "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "since", "although",
            "though", "if", "but", "so", "as", "after", "before", "than", "until", "unless", "whether", "what",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "could", "should", "can", "may", "might", "must", "not", "to", "and", "or", "nor",
            "yet", "also", "then", "there", "here", "how", "why", "said", "says", "told", "in", "on", "at",
            "for", "with", "by", "from", "into", "about", "over", "under", "against", "during", "without",
            "it's", "he's", "she's", "they're", "we're", "i'm");

    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");

    /** Words inside a name or a description that may follow the source's head: "of", "the", "'s". */
    private static final Set<String> NP_INNER = Set.of("of", "the", "and", "for", "de", "da", "van", "von", "al", "bin", "la", "le", "del", "du");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "these", "those", "some", "many", "several", "most", "all", "both", "other", "another",
            "two", "three", "four", "five", "few", "one", "each", "every", "no", "any");

    /**
     * The first token of the source phrase that ends at token {@code last} (inclusive), or -1 when
     * the word there cannot end a noun phrase. Walks back over nouns, names, determiners and
     * possessives, takes in "Name, apposition," and stops at clause words and other punctuation.
     */
    static int startBackward(List<Token> t, int last, int floor) {
        if (last < floor) {
            return -1;
        }
        int end = last;
        if (t.get(end).is(",")) {
            // "Name, an apposition, said": the name is before the apposition's opening comma.
            // Up to three appositions: "Marley Anderson, 21, a junior from Las Vegas, said".
            int close = end;
            for (int round = 0; round < 3; round++) {
                int open = close - 1;
                while (open > floor && !t.get(open).is(",")) {
                    open--;
                }
                if (open <= floor || !t.get(open).is(",") || close - open < 2 || end - open > 30) {
                    return -1;
                }
                int nameStart = startBackward(t, open - 1, floor);
                if (nameStart >= 0 && (t.get(nameStart).isCapitalised() || isPronounOrDeterminer(t.get(nameStart)))
                        && (nameStart == floor || !t.get(nameStart - 1).isWord() || t.get(nameStart - 1).isAny(CLAUSE_WORDS))) {
                    return nameStart;
                }
                close = open;
            }
            return -1;
        }
        if (t.get(end).is(")")) {
            // "Sen. Bernie Sanders (I-Vt.) said": a parenthesis after the name belongs to it.
            int open = end - 1;
            while (open > floor && !t.get(open).is("(") && end - open < 8) {
                open--;
            }
            if (!t.get(open).is("(") || open - 1 < floor) {
                return -1;
            }
            return startBackward(t, open - 1, floor);
        }
        Token head = t.get(end);
        if (!head.isWord() || head.isAny(CLAUSE_WORDS) && !head.isAny(SUBJECT_PRONOUNS)) {
            return -1;
        }
        if (head.isAny(SUBJECT_PRONOUNS)) {
            return end;
        }
        int i = end;
        while (i - 1 >= floor && end - i < 12) {
            Token p = t.get(i - 1);
            boolean joinsNames = !p.isAny(Set.of("and", "for")) || i - 2 >= floor && t.get(i - 2).isCapitalised() && t.get(i).isCapitalised();
            if (p.isWord() && (!p.isAny(CLAUSE_WORDS) || p.isAny(NP_INNER) && joinsNames) && !p.isAny(SUBJECT_PRONOUNS)) {
                i--;
            } else if (p.is(".") && i - 2 >= floor && t.get(i - 2).isCapitalised() && t.get(i - 2).text().length() <= 4) {
                i--;                                   // "Lt. Gov.", "Sen.": an abbreviation's dot
            } else if ((p.is("'") || p.is("’")) && i - 2 >= floor) {
                i--;                                   // "the senators' spokesman"
            } else {
                break;
            }
        }
        // Never start on an inner word: "of the party said" is not a source.
        while (i < end && t.get(i).isAny(NP_INNER) && !t.get(i).is("the")) {
            i++;
        }
        return i;
    }

    /** The last token of the source phrase that starts at {@code first}: up to a clause break or the end. */
    static int endForward(List<Token> t, int first, int limit) {
        int i = first;
        while (i + 1 < limit) {
            Token n = t.get(i + 1);
            if (n.is(",") && i + 2 < limit && isParticipleCue(t.get(i + 2))) {
                break;
            }
            if (n.is(".") && i + 2 >= limit) {
                break;
            }
            i++;
        }
        while (i > first && !t.get(i).isWord() && !t.get(i).is(")")) {
            i--;
        }
        return i;
    }

    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "must", "may", "might", "did", "does", "do", "isn't", "wasn't",
            "aren't", "weren't", "won't", "that", "to");

    /** Whether tokens {@code [a, b]} start with a noun phrase (up to a comma; appositions may hold verbs), not a clause. */
    static boolean isNounPhrase(List<Token> t, int a, int b) {
        for (int i = a; i <= b && i < t.size() && !t.get(i).is(","); i++) {
            if (t.get(i).isAny(FINITE) || t.get(i).lower().endsWith("n't")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is a verb form that ends a subject when walking back: an auxiliary, or a lower-case past tense. */
    static boolean isVerbLike(Token w) {
        if (w.isAny(FINITE) && !w.is("to")) {
            return true;
        }
        String l = w.lower();
        return !w.isCapitalised() && l.length() > 4 && l.endsWith("ed") && !l.endsWith("eed");
    }

    /** Whether token {@code i} goes on the name that precedes it: a capitalised word, an abbreviation's dot or an inner word. */
    static boolean continuesName(List<Token> t, int i) {
        Token w = t.get(i);
        return w.isWord() && (w.isCapitalised() || w.lower().endsWith("'s") && w.isCapitalised())
                || w.is(".") && i > 0 && t.get(i - 1).isCapitalised() && t.get(i - 1).text().length() <= 4
                || w.isAny(NP_INNER) && i + 1 < t.size() && t.get(i + 1).isCapitalised();
    }

    static boolean isParticipleCue(Token t) {
        return t.lower().endsWith("ing") && CueLexicon.standard().classOf(t.lower()).isPresent();
    }

    static boolean isDeterminer(Token t) {
        return t.isAny(DETERMINERS);
    }

    static boolean isPronounOrDeterminer(Token t) {
        return t.isAny(SUBJECT_PRONOUNS) || t.isAny(DETERMINERS);
    }

    static boolean isPronoun(String phrase) {
        return SUBJECT_PRONOUNS.contains(phrase.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> ADVERBIAL_STARTS = Set.of("on", "at", "during", "last", "earlier", "yesterday",
            "today", "meanwhile", "also", "when", "while", "after", "before");
    /**
     * Prepositions that with "which" open a relative clause of place or medium inside a phrase
     * ("billboards in which people", like "a video where residents"): its subject is the one
     * speaking. A clause on a person ("Claure, who is") leaves the person as the source.
     */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "from", "through", "during");

    private static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "secretary", "senator",
            "sen", "rep", "representative", "gov", "governor", "lt", "mr", "mrs", "ms", "dr", "general", "gen", "chief",
            "leader", "king", "queen", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "mayor", "judge", "justice", "speaker", "foreign", "defense", "defence", "deputy", "former",
            "state", "press", "attorney", "commander", "colonel", "col", "sgt", "capt", "adm", "admiral", "prof",
            "professor", "rev", "pope", "prince", "princess", "sheikh", "emir", "sir", "lord", "lady", "director",
            "supreme", "top", "senior", "candidate", "nominee", "presidential", "democratic", "republican", "gop",
            "staff", "of", "house", "white", "interior", "finance", "health", "trade", "russian", "u.s", "us");

    /**
     * The display name of a source phrase: the apposition after a comma dropped, and so is what
     * follows the head ("a spokesperson when contacted by Reuters"); for a role
     * description followed by a name ("Real estate developer Carlos Beruff", "Foreign Minister
     * Wang Yi") the name alone; the subject of a relative clause it holds ("billboards in which
     * people") alone. Organisations ("the Foreign Ministry") and pronouns are kept whole.
     */
    static String clean(String text, List<Token> phrase) {
        for (int i = phrase.size() - 2; i >= 1; i--) {
            // "billboards in which people [say]": the relative clause's subject speaks.
            boolean placeClause = phrase.get(i).is("where") || phrase.get(i).is("which") && phrase.get(i - 1).isAny(PREPOSITIONS);
            if (placeClause && phrase.get(i + 1).isWord()) {
                return clean(text, phrase.subList(i + 1, phrase.size()));
            }
        }
        int end = phrase.size();
        for (int i = 1; i < phrase.size(); i++) {
            // The apposition after a comma, and an adverbial before the cue ("the ministry on Monday said").
            if (phrase.get(i).is(",") || phrase.get(i).isAny(ADVERBIAL_STARTS) || phrase.get(i).is("(")) {
                end = i;
                break;
            }
        }
        while (end > 0 && !phrase.get(end - 1).isWord()) {
            end--;
        }
        // A manner adverb just before the cue ("the ministry officially confirmed") is not the source's name.
        while (end > 1 && isMannerAdverb(phrase.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            return phrase.isEmpty() ? "" : text.substring(phrase.get(0).start(), phrase.get(phrase.size() - 1).end()).strip();
        }
        // The final run of capitalised words (with abbreviation dots), e.g. "Lt. Gov. Carlos Lopez-Cantera".
        int runStart = end - 1;
        while (runStart - 1 >= 0 && (phrase.get(runStart - 1).isCapitalised() || phrase.get(runStart - 1).is(".")
                || phrase.get(runStart - 1).is("of") && runStart - 2 >= 0 && phrase.get(runStart - 2).isCapitalised())) {
            runStart--;
        }
        int start = 0;
        boolean possessiveBefore = runStart > 0 && (phrase.get(runStart - 1).lower().endsWith("'s") || phrase.get(runStart - 1).is("'"));
        // A name after a preposition or a conjunction sits in a modifier of the head ("outlets in Russia
        // and South Korea", "a spokesman for Hamas"): the phrase is kept whole, as a one-word name there is.
        int before = runStart > 0 && phrase.get(runStart - 1).is("the") ? runStart - 2 : runStart - 1;
        boolean inModifier = before >= 0 && phrase.get(before).isAny(MODIFIER_WORDS);
        boolean person = phrase.get(end - 1).isCapitalised() && !possessiveBefore && !inModifier && end - runStart >= 2;
        if (person) {
            int s = runStart;
            while (s < end - 2 && (isTitle(phrase.get(s)) || phrase.get(s).is("."))) {
                s++;
            }
            boolean organisation = phrase.get(runStart).isCapitalised() && runStart > 0 && phrase.get(runStart - 1).is("the");
            start = organisation ? runStart - 1 : s;
        }
        return text.substring(phrase.get(start).start(), phrase.get(end - 1).end()).strip();
    }

    /** Words before a name that make it part of a modifier rather than the name a description leads to. */
    private static final Set<String> MODIFIER_WORDS = Set.of("in", "for", "from", "at", "with", "by", "to", "and", "or", "of");

    /** Nouns that end like adverbs: "the family said", "the weekly reported". */
    private static final Set<String> LY_NOUNS = Set.of("family", "ally", "rally", "supply", "assembly", "monopoly",
            "anomaly", "daily", "weekly", "monthly", "quarterly", "fortnightly", "bully", "homily", "folly");

    /** A lower-case word in -ly that is not one of the {@link #LY_NOUNS}. */
    static boolean isMannerAdverb(Token t) {
        String w = t.text();
        return t.isWord() && w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0))
                && !LY_NOUNS.contains(t.lower());
    }

    private static boolean isTitle(Token t) {
        return TITLES.contains(t.lower().replace(".", ""));
    }
}
