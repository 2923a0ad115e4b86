package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans scraped plain text to the article body.
 *
 * <p>Each line is classified by shape ({@link LineKind}). Teasers, disclaimers and stamps are
 * removed wherever they stand. The body is the run of prose lines with the most words, where a run
 * ends at three or more consecutive non-prose lines (section names, headline lists, navigation):
 * the blocks of other articles' headlines and blurbs that scraped pages carry before and after the
 * body. A line that repeats an earlier one, or a blurb cut off with an ellipsis, is dropped. The
 * headline-like line just before the body becomes the title; the first date stamp the publication
 * date; the latest update stamp near the body the update.
 */
public final class TextCleaner {
    private static final int GAP = 3;
    private static final int MAX_GAP = 12;
    private static final int NEIGHBOUR_WORDS = 40;
    private static final Pattern GLUED_STAMP = Pattern.compile(
            "^\\s*(date|published|updated|posted)[:\\s]+(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.+\\-Z]+)?)\\s+",
            Pattern.CASE_INSENSITIVE);

    public Extracted clean(String raw) {
        List<String> lines = lines(raw);
        List<String> asWritten = List.copyOf(lines);
        String published = null;
        if (!lines.isEmpty()) {
            Matcher glued = GLUED_STAMP.matcher(lines.get(0));
            if (glued.find()) {
                published = DateStamps.find(glued.group(2)).orElse(null);
                lines.set(0, lines.get(0).substring(glued.end()));
            }
        }
        List<LineKind> kinds = lines.stream().map(LineKind::of).toList();
        int[] body = bodyRange(lines, kinds);
        StringBuilder text = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (int i = body[0]; i < body[1]; i++) {
            if (kinds.get(i) == LineKind.PROSE && seen.add(LineKind.normalizedKey(lines.get(i)))
                    && !isCutCopy(lines.get(i), lines)) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(lines.get(i));
            }
        }
        if (published == null) {
            published = firstStamp(lines, kinds).orElse(null);
        }
        return new Extracted(title(lines, kinds, body[0]), null, published, text.toString(), updated(asWritten, body));
    }

    /**
     * The latest update stated by the stamp lines of the article itself: from {@value #MAX_GAP}
     * lines before its body (headline, byline, stamps) to {@value #GAP} lines after it. Farther
     * out stand other articles' headlines with their own "Updated …" stamps (a list of related
     * stories after the body), which must not date this one.
     */
    private static String updated(List<String> lines, int[] body) {
        if (body[1] <= body[0]) {
            return null;
        }
        int from = Math.max(0, body[0] - MAX_GAP);
        int to = Math.min(lines.size(), body[1] + GAP);
        return StampLines.read(String.join("\n", lines.subList(from, to))).updated();
    }

    private static List<String> lines(String raw) {
        String norm = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replaceAll("[\\u200B-\\u200D\\uFEFF]", "");
        List<String> out = new ArrayList<>();
        for (String l : norm.split("\n")) {
            String s = l.strip().replaceAll("[ \\t]+", " ");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * [from, to) of the body: the prose run with the most words (runs break at GAP consecutive
     * short lines), extended over neighbouring runs of real text ({@value #NEIGHBOUR_WORDS}+ words)
     * that stand at most {@value #MAX_GAP} lines away — the body interrupted by a block of related
     * links, a caption or an advertisement label.
     */
    private static int[] bodyRange(List<String> lines, List<LineKind> kinds) {
        List<int[]> runs = runs(lines, kinds);
        if (runs.isEmpty()) {
            return new int[] {0, 0};
        }
        int best = 0;
        for (int r = 1; r < runs.size(); r++) {
            if (runs.get(r)[2] > runs.get(best)[2]) {
                best = r;
            }
        }
        int first = best;
        int last = best;
        while (first > 0 && joins(runs.get(first - 1), runs.get(first))) {
            first--;
        }
        while (last + 1 < runs.size() && joins(runs.get(last + 1), runs.get(last))) {
            last++;
        }
        return new int[] {runs.get(first)[0], runs.get(last)[1]};
    }

    private static boolean joins(int[] neighbour, int[] body) {
        int gap = neighbour[0] >= body[1] ? neighbour[0] - body[1] : body[0] - neighbour[1];
        return gap <= MAX_GAP && neighbour[2] >= NEIGHBOUR_WORDS;
    }

    /** Runs of prose as {from, to, words}, in order; a run ends at GAP consecutive short lines. */
    private static List<int[]> runs(List<String> lines, List<LineKind> kinds) {
        List<int[]> runs = new ArrayList<>();
        int from = -1, words = 0, shortRun = 0, lastProse = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean end = i == lines.size();
            LineKind k = end ? LineKind.SHORT : kinds.get(i);
            if (k == LineKind.PROSE) {
                if (from < 0) {
                    from = i;
                }
                words += Words.count(lines.get(i));
                shortRun = 0;
                lastProse = i;
            } else if (k == LineKind.SHORT || k == LineKind.STAMP) {
                shortRun++;
            }
            if (from >= 0 && (end || shortRun >= GAP)) {
                runs.add(new int[] {from, lastProse + 1, words});
                from = -1;
                words = 0;
            }
        }
        return runs;
    }

    /** A teaser line that is a cut-off copy of a longer line ("Seoul, April 27 Russia confirmed …"). */
    private static boolean isCutCopy(String line, List<String> lines) {
        for (String other : lines) {
            if (other.length() > line.length() + 20 && other.startsWith(line)) {
                return true;
            }
        }
        return false;
    }

    private static String title(List<String> lines, List<LineKind> kinds, int bodyStart) {
        for (int i = bodyStart - 1; i >= 0 && i >= bodyStart - 6; i--) {
            String l = lines.get(i);
            int words = Words.count(l);
            if (kinds.get(i) == LineKind.SHORT && words >= 4 && words <= 25 && !l.endsWith(":")) {
                return l;
            }
        }
        return null;
    }

    private static Optional<String> firstStamp(List<String> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.STAMP) {
                Optional<String> d = DateStamps.find(lines.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }
}
