package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tokens of one unit — a sentence, or the sentences a quotation spans — and what the readers of
 * its attributions share: which tokens lie inside quotation marks, which an attribution has taken
 * (a cue, source or content already read is not read again), the attributions found so far, and the
 * token-level tests and spans they all use; {@link #emit} builds an attribution from token ranges and
 * takes its tokens. Not thread-safe: one per unit.
 */
final class UnitTokens {
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "did", "does",
            "do", "could", "should", "may", "might", "must", "can", "also", "later", "again", "previously",
            "repeatedly", "publicly", "privately", "reportedly", "once", "recently", "never", "often", "not",
            "n't", "already", "still", "even", "just", "first", "then", "further", "earlier", "initially",
            "frequently", "falsely", "correctly", "wrongly", "openly", "flatly", "explicitly", "quickly",
            "simply", "clearly", "only", "allegedly", "apparently", "actually", "certainly", "doesn't",
            "don't", "didn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't", "couldn't");
    static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s");

    final String text;
    final Span unit;
    final List<Token> t;
    final boolean[] inQuote;
    final boolean[] taken;
    final List<Span> quotes;
    final List<Attribution> found = new ArrayList<>();

    UnitTokens(String text, Span unit, List<Span> quotes) {
        this.text = text;
        this.unit = unit;
        this.quotes = quotes;
        this.t = Token.of(text, unit.start(), unit.end());
        this.inQuote = new boolean[t.size()];
        this.taken = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            inQuote[i] = insideQuote(t.get(i));
        }
    }

    boolean free(int i) {
        return !inQuote[i] && !taken[i];
    }

    /** The first token that starts at or after {@code offset}, or -1. */
    int firstToken(int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The last token that ends at or before {@code offset}, or -1. */
    int lastToken(int offset) {
        for (int i = t.size() - 1; i >= 0; i--) {
            if (t.get(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The first token a source may start at: after the last taken token before the cue. */
    int floor(int cueStart) {
        int f = cueStart - 1;
        while (f >= 0 && !taken[f]) {
            f--;
        }
        return f + 1;
    }

    boolean freeRange(int a, int b) {
        return freeRange(taken, a, b);
    }

    /** Whether no token in {@code [a, b]} is taken by an attribution already read. */
    static boolean freeRange(boolean[] taken, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    boolean isContentEnd(int i) {
        return t.get(i).is(",") || closesQuote(i) || t.get(i).is("—") || t.get(i).is("–");
    }

    boolean isClauseBoundary(int i) {
        Token w = t.get(i);
        return w.is(",") || w.is(";") || w.is(":") || w.is("—") || w.is("(") || w.isAny(Set.of("and", "but", "while",
                "because", "as", "so", "although", "though", "when", "after", "before", "since", "if", "or",
                "yet", "where", "whereas", "until", "once"));
    }

    boolean closesQuote(int i) {
        return inQuote[i] && (i + 1 >= t.size() || !inQuote[i + 1]) && !t.get(i).isWord();
    }

    int words(int a, int b) {
        return Token.words(t, a, b);
    }

    Span range(int a, int b) {
        return Token.range(t, a, b);
    }

    private boolean insideQuote(Token w) {
        Span q = quoteAt(w.start());
        return q != null && w.end() <= q.end();
    }

    Span quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span q = quotes.get(mid);
            if (offset < q.start()) {
                hi = mid - 1;
            } else if (offset >= q.end()) {
                lo = mid + 1;
            } else {
                return q;
            }
        }
        return null;
    }

    void markSpan(Span s) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= s.start() && t.get(i).end() <= s.end()) {
                taken[i] = true;
            }
        }
    }

    void emit(List<Span> content, int cueStart, int cueEnd, int srcStart, int srcEnd) {
        Span cue = range(cueStart, cueEnd);
        Span source = null;
        String name = null;
        if (srcStart >= 0 && srcEnd >= srcStart) {
            source = range(srcStart, srcEnd);
            name = SourcePhrases.clean(text, t.subList(srcStart, srcEnd + 1));
            for (int i = srcStart; i <= srcEnd; i++) {
                taken[i] = true;
            }
        }
        for (int i = cueStart; i <= cueEnd; i++) {
            taken[i] = true;
        }
        content.forEach(this::markSpan);
        Attribution a = new Attribution(kindOf(content), content, cue, source, name, null, List.of());
        found.add(a.withChannel(ChannelFinder.chain(text, t, inQuote, a)));
        ChannelFinder.markRelays(t, a, taken);
    }

    Attribution.Kind kindOf(List<Span> content) {
        return kindOf(t, inQuote, content);
    }

    /** How the content is given: all its words in quotation marks, some, or none. */
    static Attribution.Kind kindOf(List<Token> t, boolean[] inQuote, List<Span> content) {
        int quoted = 0;
        int all = 0;
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            if (w.isWord() && content.stream().anyMatch(s -> s.start() <= w.start() && w.end() <= s.end())) {
                all++;
                if (inQuote[i]) {
                    quoted++;
                }
            }
        }
        return quoted == 0 ? Attribution.Kind.REPORTED : quoted == all ? Attribution.Kind.DIRECT : Attribution.Kind.PARTIAL;
    }
}
