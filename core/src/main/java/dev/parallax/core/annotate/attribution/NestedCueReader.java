package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends contents that run over a second attribution of their unit, after every cue of the unit is
 * read: PolNeAR never nests one attribution inside another's content. Reads the cues it finds inside
 * a content through the unit's {@link UnitReader}. Not thread-safe: one per unit.
 */
final class NestedCueReader {
    private final UnitReader reader;
    private final UnitTokens u;
    private final CueForms cues;
    private final List<Token> t;
    private final boolean[] taken;

    NestedCueReader(UnitReader reader, UnitTokens u, CueForms cues) {
        this.reader = reader;
        this.u = u;
        this.cues = cues;
        this.t = u.t;
        this.taken = u.taken;
    }

    /**
     * PolNeAR never nests one attribution inside another's content: in "X praised A, and Y, the
     * minister, insisted that C" the first content ends before "Y". For each content that follows
     * its cue, an attribution read inside it, or else the first lexicon cue inside it that reads as
     * "source cue content" with the source opening a clause ("," ";" "and" "but" "while" … before
     * it), cuts the content before that clause's boundary; the inner cue becomes an attribution of
     * its own. Where the inner cue reads as none, the content stays whole.
     */
    void unnest() {
        for (int n = 0; n < u.found.size(); n++) {
            Attribution outer = u.found.get(n);
            Span last = outer.content().get(outer.content().size() - 1);
            if (last.start() < u.unit.start() || last.end() > u.unit.end() || last.start() < outer.cue().end()) {
                continue;
            }
            int c0 = u.firstToken(last.start());
            int c1 = u.lastToken(last.end());
            if (c0 < 0 || c1 < c0) {
                continue;
            }
            int inner = innerAttributionStart(outer, c0, c1);
            if (inner >= 0) {
                cutBefore(n, c0, inner);
                continue;
            }
            for (int k = c0 + 2; k <= c1; k++) {
                if (cues.lexiconClass(k) != null && innerCue(n, c0, c1, k)) {
                    break;
                }
            }
        }
    }

    /** The first token of the earliest source-first attribution other than {@code outer} inside tokens {@code (c0 + 1, c1]}, or -1. */
    private int innerAttributionStart(Attribution outer, int c0, int c1) {
        int best = -1;
        for (Attribution a : u.found) {
            int s = a == outer ? -1 : sourceFirst(a);
            if (s > c0 + 1 && s <= c1 && (best < 0 || s < best)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * Tries the lexicon cue at {@code k}, inside the content tokens {@code [c0, c1]} of attribution
     * {@code n}, as the cue of an attribution of its own; on success the outer content ends before
     * the inner source's clause and true is returned, else nothing changes.
     */
    private boolean innerCue(int n, int c0, int c1, int k) {
        Attribution outer = u.found.get(n);
        boolean[] saved = taken.clone();
        for (int i = c0; i <= c1; i++) {
            if (!coveredByOther(outer, i)) {
                taken[i] = false;
            }
        }
        int before = u.found.size();
        u.found.remove(n);
        reader.tryCue(k, cues.lexiconClass(k));
        int start = u.found.size() < before ? -1 : sourceFirst(u.found.get(u.found.size() - 1));
        if (start > c0 + 1) {
            System.arraycopy(saved, c0, taken, c0, start - c0);
            u.found.add(n, outer);
            if (cutBefore(n, c0, start)) {
                return true;
            }
            u.found.remove(n);
        }
        while (u.found.size() >= before) {
            u.found.remove(u.found.size() - 1);
        }
        u.found.add(n, outer);
        System.arraycopy(saved, 0, taken, 0, taken.length);
        return false;
    }

    /**
     * Ends the last content fragment of attribution {@code n}, which starts at token {@code c0}, before
     * the clause that opens at token {@code start}: the boundary words and marks before it go too.
     * False, and nothing changed, where no boundary stands there or fewer than two words would remain.
     */
    private boolean cutBefore(int n, int c0, int start) {
        int end = start - 1;
        boolean boundary = false;
        while (end > c0 && (u.isClauseBoundary(end) || !t.get(end).isWord() && !u.closesQuote(end))) {
            boundary = true;
            end--;
        }
        if (!boundary || u.words(c0, end) < 2) {
            return false;
        }
        Attribution outer = u.found.get(n);
        List<Span> content = new ArrayList<>(outer.content());
        content.set(content.size() - 1, new Span(content.get(content.size() - 1).start(), t.get(end).end()));
        u.found.set(n, outer.withContent(content).withKind(u.kindOf(content)));
        return true;
    }

    /** The first token of the source of "X cue C" (source, then cue, then content), or -1 for another order or no source. */
    private int sourceFirst(Attribution a) {
        if (a.source() == null || a.source().end() > a.cue().start() || a.content().get(0).start() < a.cue().end()) {
            return -1;
        }
        return u.firstToken(a.source().start());
    }

    /** Whether token {@code i} lies in a span of an attribution other than {@code outer}. */
    private boolean coveredByOther(Attribution outer, int i) {
        Token w = t.get(i);
        for (Attribution a : u.found) {
            if (a == outer) {
                continue;
            }
            if (inside(w, a.cue()) || a.source() != null && inside(w, a.source())
                    || a.content().stream().anyMatch(s -> inside(w, s))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Token w, Span s) {
        return s.start() <= w.start() && w.end() <= s.end();
    }
}
