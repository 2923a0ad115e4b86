package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.List;

/**
 * Finds the article body in the lines of a scraped page as the contiguous stretch of lines with the
 * highest total score: the line-level form of body-text extraction (Finn, Kushmerick and Smyth 2001,
 * "Fact or fiction": the region that holds the most text and the least markup), solved exactly in
 * one pass (maximum-sum segment).
 *
 * <p>A prose line scores its words less {@value #PROSE_BASE}, so long paragraphs pull the region
 * toward them and one-line blurbs barely count; a prose line with no prose line on either side,
 * teasers aside (a blurb between a headline and a time stamp, a caption), counts half. A teaser
 * ("READ MORE: …") costs {@value #TEASER_COST}: it is dropped, but it stands inside bodies. Every
 * other line costs
 * {@value #LINE_COST} plus half a point a word (at most 15 words): menus, headline lists and stamps
 * push the region away, a sub-heading or a short quote between paragraphs is crossed. Disclaimers
 * (copyright, cookies) cost {@value #DISCLAIMER_COST} more and a line that opens reader comments
 * ("Leave a comment", "12 comments") costs {@value #COMMENTS_COST}: both end an article. Every line
 * after the head of a comment thread costs {@value #LINE_COST}, whatever it holds: a thread's head is
 * a line like "34 responses to …" or "jdoe says:", or two comment lines together ("[ 167 comments ]",
 * "Top Rated Comments"), which head a section where one comment counter alone may sit in a byline. The
 * weights were chosen on half of the article-extraction pages and checked on the other half.
 *
 * <p>Two shapes inside bodies cost less: an item of a list scores at least {@value #ITEM_SCORE} — an
 * item of a numbered list ("3. …", "3) …") that follows or precedes the item before or after it, or
 * one of four or more short lines in a row that open with one shape ("June 9 – Tampa, FL @ …",
 * {@link TextFurniture#listItems}) — so a list of steps, picks or dates continues the body however
 * short its items; and a short line between two prose lines
 * that holds no date (a sub-heading, a sentence missing its full stop) costs {@value #LINE_COST}
 * whatever its length.
 */
final class BodyRegion {
    static final double PROSE_BASE = 8;
    static final double LINE_COST = 3;
    static final double WORD_COST = 0.5;
    static final int MAX_COSTED_WORDS = 15;
    static final double DISCLAIMER_COST = 10;
    static final double TEASER_COST = 1;
    static final double COMMENTS_COST = 15;
    /** What an item of a numbered list scores at least: it pays for one line between items (a link, a price). */
    static final double ITEM_SCORE = LINE_COST + 1;

    private BodyRegion() {}

    /** The score of each line, in order; see the class comment. */
    static double[] scores(List<String> lines, List<LineKind> kinds) {
        return scores(lines, kinds, new boolean[lines.size()]);
    }

    /** The score of each line, where {@code items} marks the items of a list ({@link TextFurniture#listItems}). */
    static double[] scores(List<String> lines, List<LineKind> kinds, boolean[] items) {
        int n = lines.size();
        double[] s = new double[n];
        boolean[] comments = new boolean[n];
        for (int i = 0; i < n; i++) {
            comments[i] = TextFurniture.opensComments(lines.get(i));
        }
        boolean thread = false;
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            double words = units(line);
            LineKind k = kinds.get(i);
            thread |= TextFurniture.startsThread(line) || opensCommentSection(comments, i);
            if (thread) {
                s[i] = -LINE_COST;
            } else if (comments[i]) {
                s[i] = -COMMENTS_COST;
            } else if (k == LineKind.PROSE && (items[i] || TextFurniture.continuesNumbering(lines, i))) {
                s[i] = Math.max(words - PROSE_BASE, ITEM_SCORE);
            } else if (k == LineKind.PROSE) {
                boolean alone = !neighbourIsProse(kinds, i, -1) && !neighbourIsProse(kinds, i, 1);
                double v = words - PROSE_BASE;
                s[i] = alone && v > 0 ? v / 2 : v;
            } else if (k == LineKind.TEASER) {
                s[i] = -TEASER_COST;
            } else {
                double cost = LINE_COST + WORD_COST * Math.min(words, MAX_COSTED_WORDS);
                if (k == LineKind.SHORT && betweenParagraphs(kinds, i) && !DateStamps.containsDate(line)) {
                    cost = LINE_COST; // a sub-heading, or a sentence that lost its full stop
                }
                s[i] = -(k == LineKind.DISCLAIMER ? cost + DISCLAIMER_COST : cost);
            }
        }
        return s;
    }

    /**
     * The length of a line in words, where text written without spaces (Chinese, Japanese, Thai)
     * counts a word for every two of its characters.
     */
    static double units(String line) {
        int dense = 0;
        for (int i = 0; i < line.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(line.charAt(i));
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI) {
                dense++;
            }
        }
        return Math.max(Words.count(line), dense / 2.0);
    }

    /**
     * True when line {@code i} opens reader comments and so does one of the next two lines ("[ 167
     * comments ]" then "Top Rated Comments"): a comment section's heading, not a counter in a byline.
     */
    private static boolean opensCommentSection(boolean[] comments, int i) {
        if (!comments[i]) {
            return false;
        }
        for (int j = i + 1; j <= i + 2 && j < comments.length; j++) {
            if (comments[j]) {
                return true;
            }
        }
        return false;
    }

    /** True when the nearest line in direction {@code step} that is not a teaser is prose. */
    private static boolean neighbourIsProse(List<LineKind> kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.size(); j += step) {
            if (kinds.get(j) != LineKind.TEASER) {
                return kinds.get(j) == LineKind.PROSE;
            }
        }
        return false;
    }

    private static boolean betweenParagraphs(List<LineKind> kinds, int i) {
        return i > 0 && i + 1 < kinds.size() && kinds.get(i - 1) == LineKind.PROSE && kinds.get(i + 1) == LineKind.PROSE;
    }

    /**
     * [from, to) of the body; {0, 0} when no line scores above zero. The best-scoring stretch is
     * widened over the prose lines that touch it, however short ("That's correct," he said.): a
     * sentence next to the body's first or last paragraph is part of it.
     */
    static int[] find(List<String> lines, List<LineKind> kinds, boolean[] items) {
        int[] r = best(scores(lines, kinds, items));
        if (r[1] > r[0]) {
            while (r[1] < kinds.size() && kinds.get(r[1]) == LineKind.PROSE
                    && !TextFurniture.opensComments(lines.get(r[1]))) {
                r[1]++;
            }
            while (r[0] > 0 && kinds.get(r[0] - 1) == LineKind.PROSE) {
                r[0]--;
            }
        }
        return r;
    }

    /** The maximum-sum segment of {@code s} as [from, to); {0, 0} when no entry is positive. Ties keep the first. */
    private static int[] best(double[] s) {
        double best = 0;
        double sum = 0;
        int bestFrom = 0;
        int bestTo = 0;
        int from = 0;
        for (int i = 0; i < s.length; i++) {
            if (sum <= 0) {
                sum = 0;
                from = i;
            }
            sum += s[i];
            if (sum > best) {
                best = sum;
                bestFrom = from;
                bestTo = i + 1;
            }
        }
        return new int[] {bestFrom, bestTo};
    }
}
