package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The constructions of a unit in which the content comes before its cue or is framed by it: "C, said X",
 * "“C,” said X, apposition", "C, X said" (with a quotation going on after the cue), "“C.” X said." (the
 * quotation of the unit before), "According to X, C" and "C, according to X". Each reads one cue and
 * emits through {@link UnitTokens}; where a construction does not fit, nothing is taken. Not
 * thread-safe: one per unit.
 */
final class ContentFirstForms {
    /** The most tokens between "according to" and the comma that ends its source. */
    private static final int ACCORDING_TO_SOURCE_WORDS = 40;

    private final UnitTokens u;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;
    private final ContentBounds contents;

    ContentFirstForms(UnitTokens u, ContentBounds contents) {
        this.u = u;
        this.t = u.t;
        this.inQuote = u.inQuote;
        this.taken = u.taken;
        this.contents = contents;
    }

    /** "…, said X" and "“…,” said X, apposition": the source follows the cue. */
    boolean inverted(int cueStart, int cueEnd) {
        if (cueStart == 0 || !u.isContentEnd(cueStart - 1) || cueEnd + 1 >= t.size()) {
            return false;
        }
        Token first = t.get(cueEnd + 1);
        if (!first.isWord() || !(first.isCapitalised() || SourcePhrases.isPronounOrDeterminer(first))
                || first.is("that") || !u.free(cueEnd + 1)) {
            return false;
        }
        int srcEnd = SourcePhrases.endForward(t, cueEnd + 1, contents.relayLimit(cueEnd + 1));
        if (!SourcePhrases.isNounPhrase(t, cueEnd + 1, srcEnd)) {
            return false;                     // "X, including Y, said he was unfit": a clause follows, not a source
        }
        int contentEnd = cueStart - 2;
        if (t.get(cueStart - 1).is(",") || !u.closesQuote(cueStart - 1)) {
            contentEnd = cueStart - 2;
        } else {
            contentEnd = cueStart - 1;       // “…” said X: the closing mark is content
        }
        int contentStart = contents.contentStartBefore(contentEnd);
        if (contentStart < 0) {
            return false;
        }
        u.emit(List.of(u.range(contentStart, contentEnd)), cueStart, cueEnd, cueEnd + 1, srcEnd);
        return true;
    }

    /** "C, X said": the content comes first, then the source and the cue, then at most adjuncts or a second quote. */
    void trailing(int src, int cueStart, int cueEnd) {
        int contentEnd = t.get(src - 1).is(",") ? src - 2 : src - 1;
        int contentStart = contents.contentStartBefore(contentEnd);
        if (contentStart < 0) {
            return;
        }
        List<Span> content = new ArrayList<>();
        content.add(u.range(contentStart, contentEnd));
        // "…,” she said, “…”: the quotation goes on after the cue.
        int n = cueEnd + 1;
        if (n + 1 < t.size() && t.get(n).is(",") && inQuote[n + 1]) {
            Span q = u.quoteAt(t.get(n + 1).start());
            if (q != null) {
                content.add(new Span(q.start(), Math.min(q.end(), u.unit.end())));
                u.markSpan(content.get(1));
            }
        }
        u.emit(content, cueStart, cueEnd, src, cueStart - 1);
        if (content.size() == 1 && contents.remainderIsAdjunct(cueEnd + 1)) {
            // "“C,” he said of the claim during a call": the adjunct after the cue holds no cue of its own.
            for (int i = cueEnd + 1; i < t.size() && !t.get(i).is(",") && !inQuote[i]; i++) {
                taken[i] = true;
            }
        }
    }

    /** "“C.” X said." — the content is the quotation just before the unit, in the same paragraph. */
    boolean dangling(int src, int cueStart, int cueEnd) {
        Span before = null;
        for (Span q : u.quotes) {
            if (q.end() <= u.unit.start() && u.text.substring(q.end(), u.unit.start()).isBlank()
                    && u.text.substring(q.end(), u.unit.start()).indexOf('\n') < 0) {
                before = q;
            }
        }
        if (before == null) {
            return false;
        }
        u.emit(List.of(before), cueStart, cueEnd, src, cueStart - 1);
        Attribution a = u.found.remove(u.found.size() - 1);
        u.found.add(a.withKind(Attribution.Kind.DIRECT));
        return true;
    }

    /** "According to X, C" at the clause start and "C, according to X" after a comma. */
    void accordingTo(int k) {
        int nStart = k + 2;
        if (nStart >= t.size() || !u.free(nStart)) {
            return;
        }
        int comma = nStart;
        // "According to early results of exit polls conducted for … by Edison Research, C": long sources too.
        while (comma < t.size() && !t.get(comma).is(",") && !t.get(comma).is(".") && comma - nStart < ACCORDING_TO_SOURCE_WORDS) {
            comma++;
        }
        if (k == u.floor(k) || k > 0 && u.isClauseBoundary(k - 1) && !t.get(k - 1).is(",")) {
            // "According to X, C"
            if (comma >= t.size() || !t.get(comma).is(",") || comma == nStart || !u.freeRange(k, comma)) {
                return;
            }
            int c = comma + 1;
            int end = contents.relayLimit(c) - 1;
            while (end >= c && !t.get(end).isWord() && !u.closesQuote(end)) {
                end--;
            }
            if (end >= c && u.words(c, end) >= 2) {
                u.emit(List.of(u.range(c, end)), k, k + 1, nStart, comma - 1);
            }
        } else if (k > 0 && t.get(k - 1).is(",")) {
            // "C, according to X."
            int contentEnd = k - 2;
            int contentStart = contents.contentStartBefore(contentEnd);
            if (contentStart >= 0) {
                int srcEnd = SourcePhrases.endForward(t, nStart, comma < t.size() ? comma : t.size());
                u.emit(List.of(u.range(contentStart, contentEnd)), k, k + 1, nStart, srcEnd);
            }
        }
    }
}
