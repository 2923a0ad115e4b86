package dev.parallax.core.brief;

import java.util.regex.Pattern;

/**
 * Cleans a source title for use as a story headline, removing only what is not part of the
 * headline's statement: an outlet or section suffix ("… | The Daily Star", "… - BBC News"), an
 * attribution tag that news desks append ("…: Reports", "…: sources"), and a label prefix
 * ("BREAKING:", "WATCH:", "Exclusive:"). Never adds or rewords text; returns the title as given
 * when cleaning would leave too little of it.
 */
public final class HeadlineCleaner {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:breaking(?: news)?|watch|video|live(?: updates?)?|exclusive|just in|update[d]?|explained|explainer|"
                    + "photos?|in pictures|must read|viral)\\s*[:|–—-]\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_TAG = Pattern.compile(
            "\\s*[:–—-]\\s*(?:reports?|report says|sources?(?: say)?|officials?(?: say)?|media|media reports?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A short trailing part after a spaced separator: the outlet or section name. */
    private static final Pattern SUFFIX = Pattern.compile("\\s+[|–—-]\\s+([^|–—-]{2,40})$");
    private static final Pattern PIPE_SUFFIX = Pattern.compile("\\s*\\|\\s*[^|]{2,60}$");
    private static final int MIN_WORDS = 4;
    /** A headline made from a brief sentence has at most this many words... */
    static final int MAX_HEADLINE_WORDS = 20;
    /** ...and, when cut at a clause break, at least this many. */
    static final int MIN_CLAUSE_WORDS = 8;
    /** ...and, when cut before a phrase, at least this many: a shorter head is often a subject with no verb. */
    static final int MIN_PHRASE_WORDS = 12;
    /**
     * A sentence with no clean cut is taken whole up to this many words: a complete statement reads
     * better than one broken off.
     */
    static final int MAX_WHOLE_WORDS = 28;
    /** A word that opens a phrase: a cut before it leaves the phrase before it whole. */
    private static final java.util.Set<String> PHRASE_OPENERS = java.util.Set.of("after", "amid", "and", "as", "at",
            "because", "before", "but", "by", "despite", "during", "following", "for", "from", "in", "into", "near",
            "on", "over", "since", "than", "that", "when", "where", "which", "while", "who", "whose", "with", "without");
    /** A word that cannot end a cut headline: an article, a preposition, a conjunction. */
    private static final Pattern DANGLING_END = Pattern.compile(
            "\\s+(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|that|as|into|his|her|its|their|"
                    + "(?-i:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|shall|should|must|"
                    + "do|does|did|not|who|which|whose|when|while|during|due|after|before|about|than|very))$",
            Pattern.CASE_INSENSITIVE);
    /** An opening phrase or clause before the statement: "Before the flight …, Jack escaped …". */
    private static final Pattern INTRODUCTORY = Pattern.compile(
            "^(?:using|citing|speaking|writing|asked|facing|seeking|hoping|saying|noting|calling|describing|responding|"
                    + "given|having|being|after|before|when|while|as|if|although|though|because|since|despite|during|following|in|on|at|for|with|"
                    + "without|amid|under|according|once|until|unlike|like|by|from|to|over|instead|however|meanwhile)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s|;\\s|\\s[–—]\\s|\\s--\\s");
    private static final int MAX_SUFFIX_WORDS = 4;

    private HeadlineCleaner() {}

    /** The cleaned title; the title itself (stripped) when less than a headline would remain. */
    public static String clean(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        String cleaned = t;
        cleaned = keepIfLongEnough(cleaned, PIPE_SUFFIX.matcher(cleaned).replaceFirst(""));
        var suffix = SUFFIX.matcher(cleaned);
        if (suffix.find() && words(suffix.group(1)) <= MAX_SUFFIX_WORDS && looksLikeAName(suffix.group(1))) {
            cleaned = keepIfLongEnough(cleaned, cleaned.substring(0, suffix.start()));
        }
        cleaned = keepIfLongEnough(cleaned, ATTRIBUTION_TAG.matcher(cleaned).replaceFirst(""));
        cleaned = keepIfLongEnough(cleaned, LABEL.matcher(cleaned).replaceFirst(""));
        return cleaned;
    }

    /**
     * A headline from a brief sentence, for a story none of whose articles has a title: the
     * sentence itself when it has at most {@value #MAX_HEADLINE_WORDS} words (without its closing
     * full stop), else its opening up to the last clause break (a comma, semicolon or dash; not the
     * one that closes an opening phrase such as "Before the flight …,") that leaves
     * {@value #MIN_CLAUSE_WORDS} to {@value #MAX_HEADLINE_WORDS} words, else the whole sentence up to
     * {@value #MAX_WHOLE_WORDS} words, else its opening before the last phrase that opens within
     * {@value #MAX_HEADLINE_WORDS} words ("during …", "that …", "for …"), else its first
     * {@value #MAX_HEADLINE_WORDS} words; a cut never ends on an article, a preposition or an
     * auxiliary, and is marked with "…". A verbatim prefix, never reworded.
     */
    public static String fromSentence(String sentence) {
        return cleanFromSentence(sentence).orElseGet(() -> bluntCut(sentence));
    }

    /**
     * As {@link #fromSentence}, but empty where the only headline the sentence gives is its first
     * {@value #MAX_HEADLINE_WORDS} words cut bluntly: the sentence is too long to take whole and no
     * clause or phrase break leaves a head with a verb of its own ("Jared Kushner, a senior adviser
     * to …" has none), so another sentence may serve better.
     */
    public static java.util.Optional<String> cleanFromSentence(String sentence) {
        String t = oneLine(sentence);
        String[] words = t.split(" ");
        if (words.length <= MAX_HEADLINE_WORDS) {
            return java.util.Optional.of(withoutFullStop(t));
        }
        String opening = String.join(" ", java.util.Arrays.copyOf(words, MAX_HEADLINE_WORDS));
        var breaks = CLAUSE_BREAK.matcher(opening);
        int cut = -1;
        boolean introduced = INTRODUCTORY.matcher(opening).find();
        while (breaks.find()) {
            if (introduced) {
                introduced = false; // the break that closes an opening phrase leaves no statement before it
                continue;
            }
            String head = opening.substring(0, breaks.start());
            if (words(head) >= MIN_CLAUSE_WORDS && hasVerb(head)) {
                cut = breaks.start();
            }
        }
        if (cut < 0 && words.length <= MAX_WHOLE_WORDS) {
            return java.util.Optional.of(withoutFullStop(t));
        }
        if (cut < 0) {
            cut = phraseBreak(words);
        }
        if (cut < 0) {
            return java.util.Optional.empty();
        }
        String head = trimmed(opening.substring(0, cut));
        return head.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(head + "…");
    }

    /** The first words, none dangling at the end, marked "…". */
    private static String bluntCut(String sentence) {
        String t = oneLine(sentence);
        String head = trimmed(String.join(" ", java.util.Arrays.copyOf(t.split(" "), MAX_HEADLINE_WORDS)));
        return head.isEmpty() ? t : head + "…";
    }

    /** The sentence stripped, its runs of whitespace one space each. */
    private static String oneLine(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ");
    }

    /** The head without trailing separators or words that cannot end a headline. */
    private static String trimmed(String head) {
        String h = head.replaceAll("[\\s,;:–—-]+$", "");
        for (var dangling = DANGLING_END.matcher(h); dangling.find(); dangling = DANGLING_END.matcher(h)) {
            h = h.substring(0, dangling.start()).replaceAll("[\\s,;:–—-]+$", "");
        }
        return h;
    }

    /** A relative clause, whose verb is not the head's: "who is alleging that …". */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which|that)\\b[^,;]*");
    /** Finite verbs common in news leads, and auxiliaries. */
    private static final java.util.Set<String> FINITE = java.util.Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "said", "says",
            "won", "lost", "made", "took", "gave", "got", "went", "came", "found", "told", "became", "began", "left", "ran",
            "saw", "sent", "set", "put", "held", "kept", "paid", "met", "led", "brought", "bought", "built", "fell", "rose",
            "hit", "shot", "struck", "sold", "wrote", "spoke", "stood", "broke", "chose", "drove", "flew", "grew", "knew",
            "threw", "wore", "fought", "caught", "taught", "thought", "felt", "heard", "lay", "sat", "slid", "spent", "swept",
            "beat", "bit", "cut", "let", "quit", "split", "spread", "sank", "sang", "stole", "swore", "woke", "won't",
            "can't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "didn't", "doesn't", "don't");

    /** Words in -s that are nouns however they stand: "the Florida Lottery headquarters". */
    private static final java.util.Set<String> NOUN_IN_S = java.util.Set.of("headquarters", "news", "series", "species",
            "means", "affairs", "politics", "economics", "physics", "arms", "odds", "thanks", "sports", "goods", "works",
            "barracks", "crossroads", "whereabouts", "premises", "lyrics", "officials", "residents", "members");
    /** Words in -ly that are adjectives or nouns, before a plural noun: "daily newspapers", "elderly residents". */
    private static final java.util.Set<String> NOT_ADVERB_IN_LY = java.util.Set.of("early", "daily", "weekly", "monthly",
            "yearly", "hourly", "quarterly", "nightly", "elderly", "friendly", "lovely", "likely", "family", "holy", "lonely",
            "deadly", "costly", "orderly", "timely", "bodily", "italy", "july", "rally", "supply", "reply", "assembly",
            "anomaly", "comely", "curly", "burly", "homely", "kindly", "manly", "motherly", "fatherly", "scholarly", "unlikely");

    /** Words that open a noun phrase, so that a name after them is no subject: "at the Florida Lottery …". */
    private static final java.util.Set<String> PHRASE_OPENING = java.util.Set.of("the", "a", "an", "at", "in", "on", "of",
            "for", "from", "to", "with", "by", "into", "near", "outside", "inside", "about", "its", "his", "her", "their", "our");

    /**
     * Whether the head, its relative clauses aside, holds a word that reads as a finite verb: an
     * auxiliary or a common irregular past, a lower-case word in -ed not after an article, or a
     * lower-case word in -s right after a name that opens no phrase ("Apple plans …"; not "at the
     * Florida Lottery headquarters") or after an adverb in -ly ("a day significantly raises the risk").
     */
    static boolean hasVerb(String head) {
        String[] w = RELATIVE.matcher(head).replaceAll(" ").replaceAll("[^\\p{L}'’\\s-]", " ").trim().split("\\s+");
        for (int i = 1; i < w.length; i++) {
            String word = w[i].replace('’', '\'');
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
                continue;
            }
            String prev = w[i - 1].toLowerCase(java.util.Locale.ROOT);
            boolean afterArticle = prev.equals("the") || prev.equals("a") || prev.equals("an");
            if (FINITE.contains(word) || !afterArticle && word.length() > 4 && word.endsWith("ed")
                    || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && titleCase(w[i - 1])
                    && !NOUN_IN_S.contains(word) && !nameInAPhrase(w, i - 1)
                    || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && prev.length() > 4 && prev.endsWith("ly")
                    && !NOT_ADVERB_IN_LY.contains(prev)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run of capitalised words ending at {@code last} follows an article, a preposition or a possessive. */
    private static boolean nameInAPhrase(String[] w, int last) {
        int first = last;
        while (first > 0 && titleCase(w[first - 1])) {
            first--;
        }
        return first > 0 && PHRASE_OPENING.contains(w[first - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where the last phrase within the headline's length opens ("… brothels | during World War Two"),
     * as a character offset into the opening words, leaving at least {@value #MIN_PHRASE_WORDS}
     * words whole before it; never inside a name ("Bill | and Melinda") or a range ("between 10 | and
     * 15"); -1 when there is none.
     */
    private static int phraseBreak(String[] words) {
        int cut = -1;
        int offset = 0;
        for (int i = 0; i < MAX_HEADLINE_WORDS && i < words.length; i++) {
            if (i >= MIN_PHRASE_WORDS && PHRASE_OPENERS.contains(words[i]) && i + 1 < words.length
                    && hasVerb(String.join(" ", java.util.Arrays.copyOf(words, i)))
                    && !(capitalisedWord(words[i - 1]) && capitalisedWord(words[i + 1]))
                    && !(words[i].equals("and") && (words[i - 1].matches(".*\\d.*") || betweenBefore(words, i)))
                    && !DANGLING_END.matcher(" " + words[i - 1].replaceAll("[,;:]+$", "")).find()) {
                cut = offset - 1;
            }
            offset += words[i].length() + 1;
        }
        return cut;
    }

    /** A name's shape: a capital, then a lower-case letter ("Apple", not the acronym "ES"). */
    private static boolean titleCase(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
    }

    /** Whether "between" stands among the three words before word i: "between 10 and 15". */
    private static boolean betweenBefore(String[] words, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (words[k].equalsIgnoreCase("between")) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalisedWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** The text without a closing full stop after a word ("… in Paris." → "… in Paris"); "U.S." keeps its own. */
    private static String withoutFullStop(String t) {
        int n = t.length();
        if (n > 2 && t.charAt(n - 1) == '.' && (Character.isLowerCase(t.charAt(n - 2)) || Character.isDigit(t.charAt(n - 2)))) {
            return t.substring(0, n - 1);
        }
        return t;
    }

    private static String keepIfLongEnough(String before, String after) {
        String a = after.strip();
        return words(a) >= MIN_WORDS ? a : before;
    }

    /** Outlet and section names are capitalised words ("BBC News", "World", "The Hindu"). */
    private static boolean looksLikeAName(String s) {
        for (String w : s.strip().split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !w.equals("of") && !w.equals("the") && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
