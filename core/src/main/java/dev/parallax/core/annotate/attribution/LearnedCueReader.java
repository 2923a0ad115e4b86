package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.CueLexicon.CueClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the cues the learned detector ({@link CueTagger}) finds among the words the rules left free:
 * first by the rules' constructions through the unit's {@link UnitReader}, then, where none fits, as
 * "source cue content" with the content after the cue and the source from {@link SubjectFinder}.
 * Not thread-safe: one per unit.
 */
final class LearnedCueReader {
    private final UnitReader reader;
    private final UnitTokens u;
    private final CueForms cues;
    private final SubjectFinder sources;
    private final ContentBounds contents;
    private final CueTagger tagger;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;

    LearnedCueReader(UnitReader reader, UnitTokens u, CueForms cues, SubjectFinder sources, ContentBounds contents,
                     CueTagger tagger) {
        this.reader = reader;
        this.u = u;
        this.cues = cues;
        this.sources = sources;
        this.contents = contents;
        this.tagger = tagger;
        this.t = u.t;
        this.inQuote = u.inQuote;
        this.taken = u.taken;
    }

    /**
     * Cues the rules did not find, from the learned detector: each run of free words it takes for
     * a cue, most probable first, read by the rules' constructions as a source-first cue; where
     * none fits, the source is the noun phrase before the cue and the content the clause after it
     * (or, for "C, X cue", before it).
     */
    void learned() {
        double[] p = new double[t.size()];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (u.free(k) && t.get(k).isWord() && !nearFame(k)) {
                p[k] = tagger.probability(t, inQuote, k);
                if (p[k] >= tagger.threshold()) {
                    order.add(k);
                }
            }
        }
        order.sort((a, b) -> Double.compare(p[b], p[a]));
        for (int k : order) {
            if (!u.free(k)) {
                continue;
            }
            if (sharedSubject(k, p)) {
                continue;
            }
            int before = u.found.size();
            // A form of "be" is no verb of saying: "the plan was widely seen as C" is read as a run, passive and all.
            if (!t.get(k).isAny(UnitTokens.BE)) {
                reader.tryCue(k, CueClass.THOUGHT);
            }
            if (u.found.size() > before) {
                continue;
            }
            int a = k;
            int b = k;
            while (a - 1 >= 0 && u.free(a - 1) && t.get(a - 1).isWord() && !t.get(a - 1).isCapitalised()
                    && !SourcePhrases.SUBJECT_PRONOUNS.contains(t.get(a - 1).lower()) && p[a - 1] >= tagger.threshold() / 2) {
                a--;
            }
            while (b + 1 < t.size() && u.free(b + 1) && t.get(b + 1).isWord() && p[b + 1] >= tagger.threshold() / 2) {
                b++;
            }
            learnedFrame(a, b);
        }
    }

    /**
     * Whether {@code k} is in, just before or just after a phrase of fame ("the rapper best known for"): the
     * tagger reads the words around "known" as a cue, and none of them is one.
     */
    private boolean nearFame(int k) {
        for (int j = Math.max(0, k - 1); j <= k + 2 && j < t.size(); j++) {
            if (CueForms.fame(t, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A learned cue {@code [a, b]} that no construction fits: the clause after it is the content
     * (or, for "C, X cue", the words before the source), and the source is the phrase around the
     * word before the cue that the learned source picker finds most probable, if probable enough.
     */
    private void learnedFrame(int a, int b) {
        int floor = u.floor(a);
        int src = a - 1 >= floor ? SourcePhrases.startBackward(t, a - 1, floor) : -1;
        if (src >= 0 && !u.freeRange(src, a - 1)) {
            src = -1;
        }
        int c = b + 1;
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(":") || t.get(c).is(",")) && !inQuote[c]) {
            c++;
        }
        int end = Math.min(contents.relayLimit(c), contents.coordinatedCue(c)) - 1;
        while (end >= c && !t.get(end).isWord() && !u.closesQuote(end)) {
            end--;
        }
        if (end >= c && u.words(c, end) >= 2 && u.freeRange(c, end)) {
            if (cues.hangingParticiple(a)) {
                participleSource(a, b, c, end);
                return;
            }
            if (cues.passive(a, b) && !cues.stateParticiple(b)) {
                u.emit(new ArrayList<>(List.of(u.range(c, end))), a, b, -1, -1);
                return;
            }
            int[] source = sources.learnedSource(a, floor, src);
            int start = a;
            if (source[0] >= 0 && source[1] == a - 1 && !isHead(t.get(a - 1))) {
                // "Blackwell pointed | to C", "One | view is C": the phrase before the cue ends in a verb, an
                // adverb or a determiner, so it is the cue's own words, not its source; the source stands before them.
                while (start - 1 >= source[0] && !isHead(t.get(start - 1))) {
                    start--;
                }
                int phrase = start - 1 >= floor ? SourcePhrases.startBackward(t, start - 1, floor) : -1;
                source = sources.learnedSource(start, floor, phrase >= 0 && u.freeRange(phrase, start - 1) ? phrase : -1);
                if (source[0] >= 0 && source[1] == start - 1 && !isHead(t.get(start - 1))) {
                    source = new int[] {-1, -1};
                }
            }
            u.emit(new ArrayList<>(List.of(u.range(c, end))), start, b, source[0], source[1]);
        } else if (src > floor && u.isContentEnd(src - 1)) {
            reader.contentFirst.trailing(src, a, b);
        }
    }

    /**
     * "Bush referred to A but described C", with "described" read first and "Bush" taken as its source:
     * a learned cue right after the source of an attribution already read (auxiliaries and adverbs
     * between) shares that source, with the clause after it, up to that attribution, as its content.
     * Whether it was read so.
     */
    private boolean sharedSubject(int k, double[] p) {
        int j = k - 1;
        while (j >= 0 && u.free(j) && (t.get(j).isAny(UnitTokens.AUXILIARIES) || SourcePhrases.isMannerAdverb(t.get(j)))) {
            j--;
        }
        if (j < 0 || !taken[j] || inQuote[j]) {
            return false;
        }
        int end = t.get(j).end();
        Attribution owner = u.found.stream().filter(x -> x.source() != null && x.source().end() == end
                && x.cue().start() > end).findFirst().orElse(null);
        if (owner == null) {
            return false;
        }
        int b = k;
        while (b + 1 < t.size() && u.free(b + 1) && t.get(b + 1).isWord() && p[b + 1] >= tagger.threshold() / 2) {
            b++;
        }
        int c = b + 1;
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(":") || t.get(c).is(",")) && !inQuote[c]) {
            c++;
        }
        int last = Math.min(Math.min(contents.relayLimit(c), contents.coordinatedCue(c)), contents.takenLimit(c)) - 1;
        while (last >= c && !t.get(last).isWord() && !u.closesQuote(last)) {
            last--;
        }
        if (last < c || u.words(c, last) < 1 || !u.freeRange(c, last)) {
            return false;
        }
        for (int i = j + 1; i <= b; i++) {
            taken[i] = true;
        }
        List<Span> content = List.of(u.range(c, last));
        u.markSpan(content.get(0));
        u.found.add(new Attribution(u.kindOf(content), content, u.range(j + 1, b), owner.source(), owner.sourceName(), null, List.of()));
        return true;
    }

    /** Words that cannot end a source phrase: articles, "not" and prepositions. */
    private static final Set<String> NOT_HEADS = Set.of("the", "a", "an", "not", "in", "on", "at", "for", "with", "by", "from",
            "into", "about", "over", "under", "against", "during", "without", "to", "than");

    /**
     * Whether a word can end a source phrase: not an article, "not" or a preposition, a lower-case
     * verb in -ed or -ing ("pointed", "talking") or an adverb in -ly. Pronouns, possessives and
     * relative words can: PolNeAR takes "his" in "his claim that C" and "which" in "…, which said C".
     */
    static boolean isHead(Token w) {
        String l = w.lower();
        return !w.isWord() || !w.isAny(NOT_HEADS) && !SourcePhrases.isMannerAdverb(w)
                && !(!w.isCapitalised() && l.length() > 4 && (l.endsWith("ing") || l.endsWith("ed") && !l.endsWith("eed")));
    }

    /**
     * A learned participle cue {@code [a, b]} with content {@code [c, end]}: its source is the source of
     * the attribution before it in this u.unit, else the subject of the clause it hangs on
     * ({@link SubjectFinder#clauseSubject}), else none.
     */
    private void participleSource(int a, int b, int c, int end) {
        Attribution before = u.found.stream().filter(x -> x.cue().start() < t.get(a).start())
                .reduce((x, y) -> y).orElse(null);
        if (before != null && before.source() != null) {
            for (int i = a; i <= b; i++) {
                taken[i] = true;
            }
            u.markSpan(u.range(c, end));
            List<Span> content = List.of(u.range(c, end));
            u.found.add(new Attribution(u.kindOf(content), content, u.range(a, b), before.source(), before.sourceName(), null, List.of()));
            return;
        }
        int[] subject = sources.clauseSubject(a);
        u.emit(new ArrayList<>(List.of(u.range(c, end))), a, b, subject == null ? -1 : subject[0], subject == null ? -1 : subject[1]);
    }
}
