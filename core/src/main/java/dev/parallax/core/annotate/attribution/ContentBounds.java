package dev.parallax.core.annotate.attribution;

import java.util.List;
import java.util.Set;

/**
 * The content side of a unit's attributions: where a content starts and ends — before a relay
 * ("…, according to X"), a participle cue or a second verb of saying of the same subject, after the
 * last token taken — and whether what follows a cue is only an object or an adjunct ("said of X",
 * "told reporters") rather than content. Returns token indices and takes nothing. Not thread-safe:
 * one per unit.
 */
final class ContentBounds {
    private static final Set<String> RELAY_WORDS = Set.of("according", "citing", "as", "via", "quoted", "carried");
    private static final Set<String> ADJUNCT_STARTS = Set.of("in", "on", "at", "to", "during", "after", "before",
            "as", "according", "via", "last", "this", "earlier", "late", "when", "while", "through", "from",
            "with", "outside", "inside", "told", "yesterday", "today", "tuesday", "monday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "recently", "again", "afterward", "afterwards", "later", "of");

    /** Words that open a subordinate clause with a subject of its own ("…, while Putin heralded …"). */
    static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "as", "after", "when", "before", "although",
            "though", "because", "since", "until", "once");
    private static final Set<String> JOINERS = Set.of("and", "but", "or");
    private static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "in", "on", "at", "for", "to", "with",
            "by", "from", "after", "before", "as", "about", "into", "over", "since", "his", "her", "their", "its");

    private final UnitTokens u;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;
    private final CueLexicon lexicon = CueLexicon.standard();

    ContentBounds(UnitTokens u) {
        this.u = u;
        this.t = u.t;
        this.inQuote = u.inQuote;
        this.taken = u.taken;
    }

    /**
     * "X praised A and said C", "X decried A and highlighted C": the first token at or after {@code from}
     * where a second cue verb of the lexicon (of saying or of thinking, not in its base form) joined by
     * "and" or "but" (auxiliaries and adverbs allowed between) starts its own
     * attribution with the same source; the u.unit's end when there is none. PolNeAR never nests an
     * attribution inside another's content, so the first cue's content ends before the second.
     */
    int coordinatedCue(int from) {
        for (int i = from; i + 1 < t.size(); i++) {
            if (inQuote[i] || !t.get(i).isAny(Set.of("and", "but"))) {
                continue;
            }
            int v = i + 1;
            while (v < t.size() && v - i <= 3 && t.get(v).isAny(UnitTokens.AUXILIARIES) && !inQuote[v]) {
                v++;
            }
            if (v < t.size() && !inQuote[v] && u.free(v) && !t.get(v).isCapitalised()
                    && lexicon.classOf(t.get(v).lower()).isPresent()
                    && !lexicon.lemmaOf(t.get(v).lower()).map(t.get(v).lower()::equals).orElse(false)) {
                return i > from && t.get(i - 1).is(",") ? i - 1 : i;
            }
        }
        return t.size();
    }

    /**
     * The first token at or after {@code from} that an attribution read before has taken, less the
     * "and", "but" or comma before it ("X thanked A and said C" with "said" read first); the unit's end
     * when there is none. PolNeAR never nests attributions, so a content never runs over another's words.
     */
    int takenLimit(int from) {
        for (int i = from; i < t.size(); i++) {
            if (taken[i]) {
                int e = i;
                while (e > from && !inQuote[e - 1] && (t.get(e - 1).isAny(JOINERS) || t.get(e - 1).is(","))) {
                    e--;
                }
                if (e == i) {
                    // "issued a statement after | …": a content cut inside a phrase does not end on a preposition or an article.
                    while (e > from && !inQuote[e - 1] && t.get(e - 1).isAny(DANGLING)) {
                        e--;
                    }
                }
                return e;
            }
        }
        return t.size();
    }

    /**
     * Where a content that is a noun phrase ends: at a comma followed by a subordinator that opens a
     * clause with a subject and a verb of its own ("confirmed the North's participation, while Putin
     * heralded …"); the unit's end when there is none, or when the content from {@code c} is a clause
     * (it starts with a pronoun or holds a verb before the comma) or a quotation.
     */
    int nounPhraseLimit(int c) {
        if (c >= t.size() || inQuote[c] || t.get(c).isAny(SourcePhrases.SUBJECT_PRONOUNS)) {
            return t.size();
        }
        for (int i = c; i + 2 < t.size(); i++) {
            Token w = t.get(i);
            if (inQuote[i]) {
                continue;
            }
            if (w.is(",")) {
                if (t.get(i + 1).isAny(SUBORDINATORS) && !inQuote[i + 1] && opensClause(i + 2)) {
                    return i;
                }
            } else if (isVerb(w) || w.is(";") || w.is(":")) {
                return t.size();
            }
        }
        return t.size();
    }

    /** Whether a clause with a subject starts at {@code s}: a name, pronoun or determiner, then a verb before the next comma. */
    private boolean opensClause(int s) {
        Token first = t.get(s);
        if (inQuote[s] || !first.isWord() || isVerb(first)
                || !(first.isCapitalised() || SourcePhrases.isPronounOrDeterminer(first))) {
            return false;
        }
        for (int i = s + 1; i < t.size() && i - s <= 12 && !t.get(i).is(","); i++) {
            Token w = t.get(i);
            // "the talks in Geneva": a form in -s is a verb only after a name or a pronoun ("while Putin says").
            boolean plural = w.lower().endsWith("s") && !w.isAny(Set.of("is", "was", "has", "does"));
            if (!inQuote[i] && isVerb(w) && (!plural || t.get(i - 1).isCapitalised()
                    || t.get(i - 1).isAny(SourcePhrases.SUBJECT_PRONOUNS))) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb, a past tense, or an inflected cue verb ("says", not "report", which may be a noun). */
    private boolean isVerb(Token w) {
        String l = w.lower();
        return w.isWord() && !w.isCapitalised() && (SourcePhrases.isVerbLike(w)
                || lexicon.classOf(l).isPresent() && !lexicon.lemmaOf(l).map(l::equals).orElse(false));
    }

    /** Whether the content that ends at {@code end} (a comma or a closing mark) is quoted or at least four words. */
    boolean quotedOrLong(int end) {
        int s = contentStartBefore(end - 1);
        if (s < 0) {
            return false;
        }
        for (int i = s; i <= end; i++) {
            if (inQuote[i]) {
                return true;
            }
        }
        return u.words(s, end) >= 4 && !t.get(s).isAny(ADJUNCT_STARTS);
    }

    int afterObject(int c) {
        for (int i = c; i < t.size() && i - c < 10; i++) {
            Token w = t.get(i);
            if (w.is("that") || w.is(":")) {
                return i + 1;
            }
            if (inQuote[i] || w.isAny(SourcePhrases.SUBJECT_PRONOUNS) && i > c) {
                return i;
            }
            if (w.is(",") || w.is(".")) {
                return i + 1;
            }
        }
        int i = c;
        while (i < t.size() && (t.get(i).isCapitalised() || SourcePhrases.isPronounOrDeterminer(t.get(i))
                || t.get(i).isAny(Set.of("reporters", "journalists", "supporters", "him", "her", "them", "me", "us")))) {
            i++;
        }
        return i;
    }

    /**
     * The first token at or after {@code from} where the content stops: a relay phrase, a participle
     * cue, or the u.unit's end. A comma inside the closing quotation mark counts too ("… the race,”
     * adding that C"): the content then stops after the mark.
     */
    int relayLimit(int from) {
        for (int i = from; i + 1 < t.size(); i++) {
            if (t.get(i).is(",") && !inQuote[i]) {
                Token n = t.get(i + 1);
                if (n.isAny(RELAY_WORDS) && !inQuote[i + 1] || SourcePhrases.isParticipleCue(n) && !inQuote[i + 1]) {
                    return i;
                }
            } else if (t.get(i).is(",") && i + 2 < t.size() && u.closesQuote(i + 1) && !inQuote[i + 2]
                    && (t.get(i + 2).isAny(RELAY_WORDS) || SourcePhrases.isParticipleCue(t.get(i + 2)))) {
                return i + 2;
            }
        }
        return t.size();
    }

    /** The first token of content that ends at {@code end}: the u.unit's start or after the last taken token. */
    int contentStartBefore(int end) {
        if (end < 0) {
            return -1;
        }
        int s = end;
        while (s - 1 >= 0 && !taken[s - 1]) {
            s--;
        }
        while (s <= end && !t.get(s).isWord() && !inQuote[s]) {
            s++;
        }
        return s <= end && u.words(s, end) >= 1 ? s : -1;
    }

    boolean remainderIsAdjunct(int from) {
        if (from >= t.size()) {
            return true;
        }
        Token n = t.get(from);
        if (n.is(",") || n.is(".") || n.is(";") || n.is("?") || n.is("!")) {
            return true;
        }
        if (!n.isAny(ADJUNCT_STARTS)) {
            return false;
        }
        for (int i = from; i < t.size() && !t.get(i).is(","); i++) {
            // A quoted title in the adjunct ("during a call to ABC’s “This Week.”") is no content.
            if (t.get(i).is("that") || inQuote[i] && t.get(i).isWord() && !t.get(i).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens from {@code from} to the next comma hold no "that", colon or quotation: an object and adjuncts at most. */
    boolean remainderHasNoClause(int from) {
        for (int i = from; i < t.size() && !t.get(i).is(","); i++) {
            if (t.get(i).is("that") || t.get(i).is(":") || inQuote[i]) {
                return false;
            }
        }
        return true;
    }
}
