package dev.parallax.core.render;

import static dev.parallax.core.render.DigestHtml.notBlank;
import static dev.parallax.core.render.DigestHtml.oneLine;
import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Quote;
import dev.parallax.core.digest.TimelineEntry;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The optional sections of a story in the HTML report: corroborated claims, timeline,
 * discrepancies, quotes and entities. Each is left out when it would be empty.
 */
final class HtmlSections {
    private HtmlSections() {}

    static void agreed(StringBuilder h, List<Claim> claims, SourceIndex index, String sid) {
        List<Claim> agreed = claims.stream().filter(c -> c.status() == Claim.Status.CORROBORATED).toList();
        if (agreed.isEmpty()) {
            return;
        }
        open(h, sid, "agreed", "What sources agree on");
        h.append("<ul class=\"claims\">\n");
        for (Claim c : agreed) {
            h.append("<li>").append(text(oneLine(c.text()))).append(" <span class=\"count\">— ")
                    .append(SourceIndex.plural(c.independentSources(), "independent source", "independent sources"))
                    .append(provenance(c)).append("</span>").append(cite(index.spanNumbers(c.sources()), sid)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    /** ", from X via Y" when the articles say where the claim comes from; escaped. */
    static String provenance(Claim c) {
        StringBuilder p = new StringBuilder();
        if (notBlank(c.origin())) {
            p.append(", from ").append(text(oneLine(c.origin())));
        }
        if (!c.via().isEmpty()) {
            p.append(" via ").append(c.via().stream().map(v -> text(oneLine(v))).collect(Collectors.joining(", ")));
        }
        return p.toString();
    }

    static void timeline(StringBuilder h, List<TimelineEntry> entries, SourceIndex index, String sid) {
        if (entries.isEmpty()) {
            return;
        }
        open(h, sid, "timeline", "Timeline");
        h.append(TimelineSvg.render(entries));
        h.append("<ol class=\"timeline\">\n");
        for (TimelineEntry e : entries) {
            String date = SourceIndex.date(e);
            String datetime = date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? " datetime=\"" + date + "\"" : "";
            h.append(e.background() ? "<li class=\"background\">" : "<li>").append("<time").append(datetime).append('>')
                    .append(text(oneLine(date))).append("</time> ")
                    .append(e.background() ? "<span class=\"tag\">background</span> " : "")
                    .append(text(oneLine(e.text()))).append(cite(index.numbers(e.sources()), sid)).append("</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    static void discrepancies(StringBuilder h, List<Discrepancy> discrepancies, SourceIndex index, String sid) {
        if (discrepancies.isEmpty()) {
            return;
        }
        open(h, sid, "differ", "Where sources differ");
        h.append("<ul class=\"discrepancies\">\n");
        for (Discrepancy d : discrepancies) {
            String kind = d.kind() == null ? "other" : d.kind().json();
            h.append("<li>\n<p><strong>").append(capitalized(kind)).append("</strong>");
            if (notBlank(d.about())) {
                h.append(": ").append(text(oneLine(d.about())));
            }
            if (d.verdict() != null) {
                h.append(" <span class=\"verdict ").append(d.verdict().json()).append("\">")
                        .append(d.verdict() == Discrepancy.Verdict.CONFLICTING ? "conflicting" : "consistent")
                        .append("</span>");
            }
            h.append("</p>\n<ul class=\"positions\">\n");
            for (Discrepancy.Position p : d.positions()) {
                h.append("<li>").append(text(oneLine(p.value())));
                if (notBlank(p.normalized()) && !p.normalized().equals(p.value())) {
                    h.append(" <span class=\"normalized\">(read as ").append(text(oneLine(p.normalized())))
                            .append(")</span>");
                }
                h.append(cite(index.spanNumbers(p.sources()), sid)).append("</li>\n");
            }
            h.append("</ul>\n</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    static void quotes(StringBuilder h, List<Quote> quotes, SourceIndex index, String sid) {
        if (quotes.isEmpty()) {
            return;
        }
        open(h, sid, "quotes", "Quotes");
        for (Quote q : quotes) {
            // A report of what was said is no quotation: a paragraph, not a blockquote.
            h.append(q.reported() ? "<figure>\n<p class=\"reported\">" : "<figure>\n<blockquote><p>").append(text(oneLine(q.text())))
                    .append(q.reported() ? "</p>\n" : "</p></blockquote>\n")
                    .append("<figcaption>— <strong>")
                    .append(text(notBlank(q.speaker()) ? oneLine(q.speaker()) : "Unattributed")).append("</strong>");
            String via = joined(q.via(), ", ");
            if (!via.isEmpty()) {
                h.append(", via ").append(via);
            }
            h.append(cite(index.spanNumbers(q.sources()), sid)).append("</figcaption>\n");
            String variants = q.variants().stream().filter(DigestHtml::notBlank)
                    .map(v -> Quote.quotesWithin(v) ? "<span class=\"reported\">" + text(oneLine(v)) + "</span>"
                            : "<q>" + text(oneLine(v)) + "</q>").collect(Collectors.joining("; "));
            if (!variants.isEmpty()) {
                h.append("<p class=\"variants\">Also reported as: ").append(variants).append("</p>\n");
            }
            h.append("</figure>\n");
        }
        h.append("</section>\n");
    }

    static void entities(StringBuilder h, List<Entity> entities, SourceIndex index, String sid) {
        if (entities.isEmpty()) {
            return;
        }
        open(h, sid, "named", "Who and what is named");
        h.append("<ul class=\"entities\">\n");
        for (Entity e : entities) {
            h.append("<li><strong>").append(text(notBlank(e.name()) ? oneLine(e.name()) : "(unnamed)"))
                    .append("</strong>");
            if (notBlank(e.type())) {
                h.append(" <span class=\"type\">(").append(text(oneLine(e.type()).toLowerCase(Locale.ROOT)))
                        .append(")</span>");
            }
            String aliases = joined(e.aliases().stream().filter(a -> !a.equals(e.name())).toList(), ", ");
            if (!aliases.isEmpty()) {
                h.append(" — also ").append(aliases);
            }
            h.append(cite(index.numbers(e.sources()), sid)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    /** Opens {@code <section>} with its {@code h3}; the caller closes it. */
    static void open(StringBuilder h, String sid, String key, String title) {
        String id = sid + "-" + key;
        h.append("<section aria-labelledby=\"").append(id).append("\">\n<h3 id=\"").append(id).append("\">")
                .append(text(title)).append("</h3>\n");
    }

    /** Citation links to the story's sources, shown as {@code [1][3]}; "" when there are none. */
    static String cite(List<Integer> numbers, String sid) {
        return numbers.isEmpty() ? "" : numbers.stream().map(n -> link(sid, n, "cite"))
                .collect(Collectors.joining("", "<span class=\"cites\">", "</span>"));
    }

    /** A link, with the given class, to source {@code n} of story {@code sid}. */
    static String link(String sid, int n, String cssClass) {
        return "<a class=\"" + cssClass + "\" href=\"#" + sid + "-src-" + n + "\">[" + n + "]</a>";
    }

    private static String joined(List<String> values, String separator) {
        return values.stream().filter(DigestHtml::notBlank).map(v -> text(oneLine(v)))
                .collect(Collectors.joining(separator));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
