package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: every quotation in double quotation marks within a paragraph is a content; its
 * cue is the nearest "say"-type word in the paragraph outside quotations (say, said, says, told,
 * tells, added, wrote, asked, "according to"); its source the capitalised word run or he/she/they
 * nearest to that cue outside quotations. Quotations with no such cue in their paragraph are skipped.
 */
final class QuoteBaseline {
    private QuoteBaseline() {}

    private static final Pattern QUOTE = Pattern.compile("“[^”\\n]+”|\"[^\"\\n]+\"");
    private static final Pattern CUE = Pattern.compile("\\b(?:said|says|say|told|tells|added|wrote|asked|according to)\\b");
    private static final Pattern NAME = Pattern.compile("\\b(?:[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*)*|he|she|they|He|She|They)\\b");

    static List<Triple> extract(String text) {
        List<Triple> out = new ArrayList<>();
        int start = 0;
        for (String para : text.split("\n", -1)) {
            paragraph(text, start, start + para.length(), out);
            start += para.length() + 1;
        }
        return out;
    }

    private static void paragraph(String text, int from, int to, List<Triple> out) {
        String p = text.substring(from, to);
        List<Span> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(p);
        while (q.find()) {
            quotes.add(new Span(from + q.start(), from + q.end()));
        }
        if (quotes.isEmpty()) {
            return;
        }
        List<Span> cues = outside(CUE.matcher(p), from, quotes);
        List<Span> names = outside(NAME.matcher(p), from, quotes);
        for (Span quote : quotes) {
            Span cue = nearest(cues, quote);
            if (cue == null) {
                continue;
            }
            Span source = nearest(names, cue);
            out.add(new Triple(source == null ? List.of() : List.of(source), List.of(cue), List.of(quote)));
        }
    }

    private static List<Span> outside(Matcher m, int from, List<Span> quotes) {
        List<Span> out = new ArrayList<>();
        while (m.find()) {
            Span s = new Span(from + m.start(), from + m.end());
            if (quotes.stream().noneMatch(q -> q.start() <= s.start() && s.end() <= q.end())) {
                out.add(s);
            }
        }
        return out;
    }

    private static Span nearest(List<Span> candidates, Span to) {
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span c : candidates) {
            int d = c.end() <= to.start() ? to.start() - c.end() : c.start() >= to.end() ? c.start() - to.end() : 0;
            if (d < bestDistance && !c.equals(to)) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
