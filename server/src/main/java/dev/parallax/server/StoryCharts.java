package dev.parallax.server;

import static dev.parallax.core.render.HtmlEscaper.attribute;
import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import dev.parallax.core.digest.TimelineEntry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The story page's pictures as inline SVG with a text alternative: the timeline (dated events
 * of the story's timeline and the articles' publication days on one axis) and the agreement
 * matrix (claim groups and discrepancies × outlets: supports, silent or disputes).
 */
final class StoryCharts {
    private static final int CELL = 22;

    private StoryCharts() {}

    /** One mark on the timeline. */
    record Mark(LocalDate day, String label, boolean event) {}

    static List<Mark> marks(StoryView v) {
        List<Mark> out = new ArrayList<>();
        for (TimelineEntry e : v.timeline()) {
            LocalDate d = day(e.date());
            if (d != null) {
                out.add(new Mark(d, e.text() == null ? "" : e.text(), true));
            }
        }
        for (ArticleView a : v.articles()) {
            LocalDate d = day(a.published());
            if (d != null) {
                out.add(new Mark(d, "published: " + sourceName(a), false));
            }
        }
        out.sort((x, y) -> x.day().compareTo(y.day()));
        return out;
    }

    static String timeline(StoryView v) {
        List<Mark> marks = marks(v);
        if (marks.isEmpty()) {
            return "<p class=\"none\">No dated events or publication dates.</p>\n";
        }
        LocalDate first = marks.get(0).day();
        LocalDate last = marks.get(marks.size() - 1).day();
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        int width = 640;
        int left = 40;
        int right = width - 40;
        TreeMap<LocalDate, List<Mark>> byDay = new TreeMap<>();
        marks.forEach(m -> byDay.computeIfAbsent(m.day(), k -> new ArrayList<>()).add(m));
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(width).append(" 110\" role=\"img\" ")
                .append("aria-labelledby=\"timeline-title\">\n<title id=\"timeline-title\">Timeline from ")
                .append(first).append(" to ").append(last).append("</title>\n")
                .append("<line x1=\"").append(left).append("\" y1=\"60\" x2=\"").append(right)
                .append("\" y2=\"60\" class=\"axis\"/>\n");
        int k = 0;
        for (var e : byDay.entrySet()) {
            double x = left + (right - left) * (double) (e.getKey().toEpochDay() - first.toEpochDay()) / span;
            long events = e.getValue().stream().filter(Mark::event).count();
            long pubs = e.getValue().size() - events;
            String tip = String.join("; ", e.getValue().stream().map(Mark::label).toList());
            s.append(String.format(Locale.ROOT, "<g><title>%s: %s</title>", e.getKey(), text(Pages.oneLine(tip))));
            if (events > 0) {
                s.append(String.format(Locale.ROOT, "<rect class=\"event\" x=\"%.1f\" y=\"44\" width=\"10\" height=\"10\" "
                        + "transform=\"rotate(45 %.1f 49)\"/>", x - 5, x));
            }
            if (pubs > 0) {
                s.append(String.format(Locale.ROOT, "<circle class=\"pub\" cx=\"%.1f\" cy=\"60\" r=\"%.1f\"/>", x,
                        Math.min(12.0, 4.0 + 2.0 * pubs)));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text></g>\n",
                    x, k++ % 2 == 0 ? 90 : 104, e.getKey()));
        }
        s.append("</svg>\n<ul class=\"sr-only\">\n");
        for (Mark m : marks) {
            s.append("<li>").append(m.day()).append(": ").append(text(Pages.oneLine(m.label()))).append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }

    static String sourceName(ArticleView a) {
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return Pages.oneLine(a.outlet());
        }
        String in = a.input() == null ? "" : a.input().replaceFirst("[?#].*$", "");
        int cut = Math.max(in.lastIndexOf('/'), in.lastIndexOf('\\'));
        return in.substring(cut + 1).isEmpty() ? "unknown source" : in.substring(cut + 1);
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A row of the matrix: what it is about and each outlet's cell. */
    record Row(String label, Map<String, Cell> cells) {}

    enum Cell { SUPPORTS, SILENT, DISPUTES }

    static List<Row> rows(StoryView v, List<String> outlets) {
        Map<String, String> outletOf = new HashMap<>();
        v.articles().forEach(a -> outletOf.put(a.id(), sourceName(a)));
        List<Row> rows = new ArrayList<>();
        List<Claim> claims = v.claims().stream()
                .sorted((a, b) -> Integer.compare(b.sources().size(), a.sources().size())).limit(12).toList();
        for (Claim c : claims) {
            Set<String> say = outletsOf(c.sources(), outletOf);
            Map<String, Cell> cells = new LinkedHashMap<>();
            outlets.forEach(o -> cells.put(o, say.contains(o) ? Cell.SUPPORTS : Cell.SILENT));
            rows.add(new Row(c.text() == null ? "" : c.text(), cells));
        }
        for (Discrepancy d : v.discrepancies()) {
            if (d.positions().isEmpty()) {
                continue;
            }
            Set<String> first = outletsOf(d.positions().get(0).sources(), outletOf);
            Set<String> other = new HashSet<>();
            d.positions().stream().skip(1).forEach(p -> other.addAll(outletsOf(p.sources(), outletOf)));
            Map<String, Cell> cells = new LinkedHashMap<>();
            outlets.forEach(o -> cells.put(o, first.contains(o) ? Cell.SUPPORTS : other.contains(o) ? Cell.DISPUTES : Cell.SILENT));
            rows.add(new Row((d.about() == null ? "" : d.about() + ": ") + d.positions().get(0).value(), cells));
        }
        return rows;
    }

    private static Set<String> outletsOf(List<SourceSpan> spans, Map<String, String> outletOf) {
        Set<String> out = new HashSet<>();
        spans.forEach(s -> {
            String o = outletOf.get(s.article());
            if (o != null) {
                out.add(o);
            }
        });
        return out;
    }

    static String matrix(StoryView v) {
        List<String> outlets = v.articles().stream().map(StoryCharts::sourceName).distinct().toList();
        List<Row> rows = rows(v, outlets);
        if (rows.isEmpty()) {
            return "<p class=\"none\">No aligned claims yet.</p>\n";
        }
        int labelWidth = 300;
        int top = 120;
        int width = labelWidth + outlets.size() * CELL + 10;
        int height = top + rows.size() * CELL + 10;
        StringBuilder s = new StringBuilder();
        s.append("<div class=\"matrix-wrap\"><svg class=\"matrix\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" role=\"img\" aria-labelledby=\"matrix-title\">\n")
                .append("<title id=\"matrix-title\">Agreement matrix: ").append(rows.size()).append(" claims × ")
                .append(outlets.size()).append(" outlets</title>\n");
        for (int j = 0; j < outlets.size(); j++) {
            int x = labelWidth + j * CELL + CELL / 2;
            s.append(String.format(Locale.ROOT, "<text class=\"col\" transform=\"translate(%d %d) rotate(-50)\">%s</text>\n",
                    x + 4, top - 6, text(clip(outlets.get(j), 22))));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = top + i * CELL;
            s.append(String.format(Locale.ROOT, "<text class=\"row\" x=\"%d\" y=\"%d\"><title>%s</title>%s</text>\n",
                    labelWidth - 8, y + 15, text(Pages.oneLine(r.label())), text(clip(Pages.oneLine(r.label()), 44))));
            for (int j = 0; j < outlets.size(); j++) {
                Cell c = r.cells().get(outlets.get(j));
                int x = labelWidth + j * CELL;
                s.append(String.format(Locale.ROOT, "<rect class=\"cell %s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\">"
                        + "<title>%s: %s</title></rect>", c.name().toLowerCase(Locale.ROOT), x + 1, y + 1, CELL - 2,
                        CELL - 2, text(outlets.get(j)), c.name().toLowerCase(Locale.ROOT)));
                if (c == Cell.DISPUTES) {
                    s.append(String.format(Locale.ROOT, "<path class=\"cross\" d=\"M%d %dl12 12m0 -12l-12 12\"/>", x + 5, y + 5));
                }
            }
            s.append('\n');
        }
        s.append("</svg></div>\n<p class=\"legend\"><span class=\"key supports\"></span> supports ")
                .append("<span class=\"key silent\"></span> silent <span class=\"key disputes\"></span> disputes</p>\n");
        return s.toString();
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String attr(String s) {
        return attribute(s);
    }
}
