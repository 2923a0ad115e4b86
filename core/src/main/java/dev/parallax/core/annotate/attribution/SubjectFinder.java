package dev.parallax.core.annotate.attribution;

import java.util.List;
import java.util.Set;

/**
 * The source side of a unit's attributions: the subject of a cue's clause ({@link #subjectBefore},
 * {@link #subjectStart}, {@link #clauseSubject}), the name before a relative clause ("X, who …,
 * said"), and, for a learned cue with no such subject, the phrase the learned source picker finds
 * most probable. Each method returns token indices and takes nothing. Not thread-safe: one per unit.
 */
final class SubjectFinder {
    static final Set<String> NOT_A_SUBJECT = Set.of("this", "that", "these", "those", "there", "it", "but",
            "and", "so", "meanwhile", "however", "then", "still", "yet", "also", "in", "on", "at", "after", "before",
            "when", "while", "as", "if", "for", "with", "by", "from", "during");
    /** The learned source picker's probability below which a learned cue gets no source. */
    private static final double MIN_SOURCE_PROBABILITY = 0.3;
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "weekend", "morning",
            "afternoon", "evening", "night", "earlier", "later", "recently", "again", "now", "once", "ago");
    private static final Set<String> TIME_OPENERS = Set.of("on", "last", "this", "earlier", "late", "early", "next", "that");

    private final UnitTokens u;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;
    private final CueTagger tagger;

    /** Over the unit's tokens, with the learned source picker of {@code tagger} (null for the rules alone). */
    SubjectFinder(UnitTokens u, CueTagger tagger) {
        this.u = u;
        this.t = u.t;
        this.inQuote = u.inQuote;
        this.taken = u.taken;
        this.tagger = tagger;
    }

    /**
     * The subject of the clause before token {@code p}, {start, end} inclusive, or null: of the
     * stretches between commas before {@code p}, the nearest that opens with a name, a pronoun or a
     * determined noun phrase followed by a verb ("Trump hewed more to …, noting"), or one followed
     * by an apposition ("Morton Blackwell, founder of …, endorsed Cruz, saying").
     */
    int[] clauseSubject(int p) {
        int segEnd = p;
        while (segEnd > 0) {
            int s = segEnd - 1;
            while (s > 0 && !t.get(s - 1).is(",") && !t.get(s - 1).is(";") && !taken[s - 1]) {
                s--;
            }
            int[] np = leadingNounPhrase(s, segEnd);
            if (np != null) {
                Token next = t.get(np[1] + 1);
                boolean verbFollows = next.isWord() && !next.isCapitalised() && !next.isAny(SourcePhrases.CLAUSE_WORDS)
                        || next.isAny(UnitTokens.AUXILIARIES) || next.isAny(UnitTokens.BE);
                if (verbFollows || next.is(",") && (s == 0 || taken[s - 1] || t.get(s - 1).is(";"))) {
                    return np;
                }
            }
            if (s == 0 || taken[s - 1] || t.get(s - 1).is(";")) {
                return null;
            }
            segEnd = s - 1;
        }
        return null;
    }

    /** The noun phrase that opens tokens {@code [s, limit)}: a name, a subject pronoun, or a determiner and nouns; or null. */
    private int[] leadingNounPhrase(int s, int limit) {
        while (s < limit && !t.get(s).isWord()) {
            s++;
        }
        if (s + 1 >= limit || !u.free(s)) {
            return null;
        }
        Token first = t.get(s);
        if (first.isAny(NOT_A_SUBJECT) || !(first.isCapitalised() || first.isAny(SourcePhrases.SUBJECT_PRONOUNS)
                || SourcePhrases.isPronounOrDeterminer(first) || Character.isDigit(first.text().charAt(0)))) {
            return null;
        }
        if (first.isAny(SourcePhrases.SUBJECT_PRONOUNS)) {
            return new int[] {s, s};
        }
        int e = s;
        boolean lowerAllowed = !first.isCapitalised() || first.lower().endsWith("'s");
        while (e + 1 < limit && e - s < 8 && u.free(e + 1)) {
            Token n = t.get(e + 1);
            boolean lower = n.isWord() && !n.isCapitalised();
            if (lower ? !lowerAllowed || SourcePhrases.isVerbLike(n) || n.isAny(SourcePhrases.CLAUSE_WORDS)
                    || n.lower().endsWith("ing") || n.lower().endsWith("s") && e > s && !t.get(e).isCapitalised()
                    : !SourcePhrases.continuesName(t, e + 1)) {
                break;
            }
            lowerAllowed = lower || n.lower().endsWith("'s") || SourcePhrases.isPronounOrDeterminer(n);
            e++;
        }
        return new int[] {s, e};
    }

    /**
     * The source of a learned cue at {@code a}: the subject of its clause where one stands before it
     * ({@link #subjectBefore}), else the phrase the learned picker finds most probable.
     */
    int[] learnedSource(int a, int floor, int phraseStart) {
        int[] subject = subjectBefore(a, floor);
        return subject != null ? subject : pickedSource(a, floor, phraseStart);
    }

    /**
     * The subject noun phrase of the clause whose verb starts at {@code a}, {start, end} inclusive,
     * or null: walks back over auxiliaries, adverbs in -ly and time phrases ("on Sunday", "last
     * week", "earlier") to a noun phrase — an apposition set off by commas taken in ("X, the
     * minister of …, said") — that opens its clause ("A news report published Wednesday said").
     */
    private int[] subjectBefore(int a, int floor) {
        int i = a - 1;
        while (i >= floor && u.free(i)) {
            Token w = t.get(i);
            if (w.isAny(UnitTokens.AUXILIARIES) || w.isAny(UnitTokens.BE) || SourcePhrases.isMannerAdverb(w) || w.isAny(TIME_WORDS)
                    && !w.isCapitalised() || w.isAny(TIME_WORDS) && i > floor && t.get(i - 1).isAny(TIME_OPENERS)) {
                i--;
            } else if (w.isAny(TIME_OPENERS) && i + 1 < a && t.get(i + 1).isAny(TIME_WORDS)) {
                i--;
            } else {
                break;
            }
        }
        if (i < floor || !u.free(i) || !(t.get(i).isWord() || t.get(i).is(",") || t.get(i).is(")"))) {
            return null;
        }
        int s = SourcePhrases.startBackward(t, i, floor);
        if (s < 0 || !u.freeRange(s, i) || t.get(s).isAny(NOT_A_SUBJECT) || !t.get(s).isWord()) {
            return null;
        }
        if (!(s == floor || u.isClauseBoundary(s - 1) || u.isContentEnd(s - 1) || !t.get(s - 1).isWord())) {
            return null;
        }
        int e = i;
        while (e > s && !t.get(e).isWord()) {
            e--;
        }
        Token head = t.get(e);
        if (head.isAny(SourcePhrases.CLAUSE_WORDS) && !head.isAny(SourcePhrases.SUBJECT_PRONOUNS)
                || SourcePhrases.isVerbLike(head) || head.lower().endsWith("ing") && !head.isCapitalised()) {
            return null;
        }
        return new int[] {s, i};
    }

    /** The source of a learned cue at {@code a} by the learned picker: {start, end} inclusive, or {-1, -1} for none. */
    private int[] pickedSource(int a, int floor, int phraseStart) {
        int best = -1;
        double bestP = MIN_SOURCE_PROBABILITY;
        for (int j = Math.max(floor, a - CueTagger.SOURCE_WINDOW); j < a; j++) {
            if (u.free(j) && t.get(j).isWord()) {
                double pj = tagger.sourceProbability(t, inQuote, j, a);
                if (pj >= bestP) {
                    best = j;
                    bestP = pj;
                }
            }
        }
        if (best < 0) {
            return new int[] {-1, -1};
        }
        if (phraseStart >= 0 && phraseStart <= best) {
            return new int[] {phraseStart, a - 1};
        }
        int s = best;
        int e = best;
        while (s - 1 >= floor && u.free(s - 1) && t.get(s - 1).isCapitalised() && t.get(s).isCapitalised()) {
            s--;
        }
        while (e + 1 < a && u.free(e + 1) && t.get(e + 1).isCapitalised() && t.get(e).isCapitalised()) {
            e++;
        }
        return new int[] {s, e};
    }

    /** For "X, who …, said": the comma that opens the relative clause closed at {@code close}, or -1. */
    int relativeOpen(int close) {
        for (int i = close - 1; i > 0 && close - i < 30; i--) {
            if (t.get(i).is(",")) {
                return i + 1 < close && t.get(i + 1).is("who") ? i : -1;
            }
        }
        return -1;
    }

    /** The start of the source before a relative clause that ends at the comma {@code close}, or -1. */
    int beforeRelative(int close) {
        int open = relativeOpen(close);
        if (open <= 0) {
            return -1;
        }
        int s = SourcePhrases.startBackward(t, open - 1, 0);
        if (s < 0 || !u.freeRange(s, open - 1) || !(s == 0 || u.isClauseBoundary(s - 1) || !t.get(s - 1).isWord())) {
            return -1;
        }
        return s;
    }

    /**
     * The start of a subject that the noun phrase at {@code src} only ends: walks back over
     * prepositional phrases and adverbials ("about half of the voters in six states", "Clinton on
     * Tuesday") to the clause start; -1 when a verb comes first, so the phrase is no subject.
     */
    int subjectStart(int src, int floor) {
        int i = src;
        while (i - 1 >= floor && src - i < 20) {
            Token p = t.get(i - 1);
            if (p.is(")")) {
                int open = i - 2;             // "Sen. Ann Bell (D-Ore.) on Tuesday said": skip the parenthesis
                while (open >= floor && !t.get(open).is("(") && i - open < 8) {
                    open--;
                }
                if (open >= floor && t.get(open).is("(") && u.freeRange(open, i - 1)) {
                    i = open;
                    continue;
                }
            }
            if (taken[i - 1] || u.isClauseBoundary(i - 1) && !p.isAny(Set.of("as"))) {
                break;
            }
            if (SourcePhrases.isVerbLike(p) || inQuote[i - 1]) {
                return -1;
            }
            i--;
        }
        if (i - 1 >= floor && !u.isClauseBoundary(i - 1)) {
            return -1;
        }
        while (i < src && !t.get(i).isWord()) {
            i++;
        }
        if (t.get(i).isAny(Set.of("in", "on", "at", "after", "during")) && i - 1 > floor && t.get(i - 1).is(",")) {
            // "The ministry, on Monday, admitted": the subject stands before the adverbial's comma.
            int s = SourcePhrases.startBackward(t, i - 2, floor);
            return s >= 0 && (s == floor || u.isClauseBoundary(s - 1)) && t.get(s).isCapitalised() ? s : -1;
        }
        return t.get(i).isAny(NOT_A_SUBJECT) && i < src ? -1 : i;
    }
}
