package dev.parallax.core.render;

import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.core.digest.TimelineEntry;
import java.util.List;
import java.util.Locale;

/**
 * Draws a story's timeline as an inline SVG a reader takes in at a glance: a vertical axis in
 * date order, one row per entry with its date, a dot (filled for the story's own news, hollow for
 * background) and the start of its text, the whole text in the row's tooltip. Rows are evenly
 * spaced rather than to scale, since timelines mix years of background with hours of news; a gap
 * of more than a month between rows is drawn as a break in the axis. The SVG duplicates the list
 * that follows it, so it is hidden from screen readers. Every text is escaped.
 */
final class TimelineSvg {
    private static final int ROW = 28;
    private static final int AXIS_X = 104;
    private static final int TEXT_CHARS = 78;

    private TimelineSvg() {}

    static String render(List<TimelineEntry> entries) {
        int height = entries.size() * ROW + 12;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"timeline-chart\" viewBox=\"0 0 640 %d\" width=\"100%%\" "
                + "aria-hidden=\"true\" focusable=\"false\">\n", height));
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            int y = 18 + i * ROW;
            if (i > 0) {
                boolean gap = monthsBetween(entries.get(i - 1).date(), e.date()) > 1;
                s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>\n",
                        AXIS_X, y - ROW + 6, AXIS_X, y - 6, gap ? "axis gap" : "axis"));
            }
            s.append("<g><title>").append(text(e.date())).append(e.background() ? " (background)" : "")
                    .append(": ").append(text(DigestHtml.oneLine(e.text()))).append("</title>");
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"date\">%s</text>",
                    AXIS_X - 12, y + 4, text(e.date())));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" class=\"%s\"/>", AXIS_X, y,
                    e.background() ? "background" : "news"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"event\">%s</text></g>\n",
                    AXIS_X + 14, y + 4, text(shorten(DigestHtml.oneLine(e.text())))));
        }
        return s.append("</svg>\n").toString();
    }

    private static String shorten(String t) {
        if (t.length() <= TEXT_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', TEXT_CHARS);
        return t.substring(0, cut > TEXT_CHARS / 2 ? cut : TEXT_CHARS) + "…";
    }

    /** Months from one ISO date (any precision) to the next; 0 when either cannot be read. */
    static int monthsBetween(String a, String b) {
        try {
            int ya = Integer.parseInt(a.substring(0, 4));
            int yb = Integer.parseInt(b.substring(0, 4));
            int ma = a.length() >= 7 ? Integer.parseInt(a.substring(5, 7)) : 1;
            int mb = b.length() >= 7 ? Integer.parseInt(b.substring(5, 7)) : 1;
            return (yb - ya) * 12 + (mb - ma);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
