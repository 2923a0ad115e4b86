package dev.parallax.server;

import static dev.parallax.core.render.HtmlEscaper.attribute;
import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Quote;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The page of one story: headline, the brief with citation chips that open the source article at
 * the cited span, the timeline and agreement matrix, discrepancies with every position and source,
 * the quote ledger, entities (each a link to the stories naming it) and the articles with outlet,
 * agency, date and copy marks.
 */
final class StoryPage {
    private final StoryView story;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Citations citations;

    StoryPage(StoryView story) {
        this.story = story;
        for (int i = 0; i < story.articles().size(); i++) {
            numbers.putIfAbsent(story.articles().get(i).id(), i + 1);
        }
        this.citations = new Citations(story);
    }

    String render() {
        StringBuilder h = new StringBuilder(16_384);
        boolean disputed = story.claims().stream().anyMatch(c -> c.status() == Claim.Status.DISPUTED)
                || story.discrepancies().stream().anyMatch(d -> d.verdict() == Discrepancy.Verdict.CONFLICTING);
        h.append("<article class=\"story-page\" aria-labelledby=\"headline\">\n<h1 id=\"headline\">")
                .append(text(Pages.headline(story.headline()))).append("</h1>\n<p class=\"meta\">")
                .append(Pages.plural(story.articles().size(), "article", "articles"));
        if (disputed) {
            h.append(" <span class=\"badge disputed\">disputed</span>");
        }
        h.append(" · <a href=\"/api/stories/").append(story.id()).append("\">JSON</a></p>\n");
        brief(h);
        section(h, "timeline", "Timeline", StoryCharts.timeline(story));
        section(h, "agreement", "Who says what", StoryCharts.matrix(story));
        discrepancies(h);
        quotes(h);
        entities(h);
        articles(h);
        h.append("</article>\n");
        return Pages.page(Pages.headline(story.headline()), null, h.toString());
    }

    private void brief(StringBuilder h) {
        h.append("<section aria-labelledby=\"brief-title\">\n<h2 id=\"brief-title\">Brief</h2>\n<p class=\"brief\">");
        if (story.brief().isEmpty()) {
            h.append("No brief yet.");
        }
        for (BriefSentence s : story.brief()) {
            h.append("<span class=\"sentence\">").append(text(Pages.oneLine(s.text()))).append("</span>");
            TreeSet<Integer> cited = new TreeSet<>();
            s.sources().forEach(a -> {
                if (numbers.containsKey(a)) {
                    cited.add(numbers.get(a));
                }
            });
            String origin = s.spans().isEmpty() ? null : s.spans().get(0).article();
            for (int n : cited) {
                ArticleView a = story.articles().get(n - 1);
                SourceSpan span = s.spanIn(a.id()) != null ? s.spanIn(a.id()) : citations.find(s.text(), a.id());
                String chip = chip(n, a, span);
                // The source the wording was taken from; the others carry the same claim in their words.
                h.append(a.id().equals(origin) ? chip.replaceFirst("class=\"chip\"", "class=\"chip origin\"") : chip);
            }
            h.append(' ');
        }
        h.append("</p>\n</section>\n");
    }

    private String chip(int n, ArticleView a, SourceSpan span) {
        String name = StoryCharts.sourceName(a);
        return "<a class=\"chip\" href=\"" + attribute(Citations.link(story.id(), a.id(), span)) + "\" aria-label=\"Source "
                + n + ": " + attribute(name) + "\" title=\"" + attribute(name) + "\">" + n + "</a>";
    }

    private String chips(List<SourceSpan> spans) {
        StringBuilder h = new StringBuilder();
        TreeSet<Integer> seen = new TreeSet<>();
        for (SourceSpan s : spans) {
            Integer n = numbers.get(s.article());
            if (n != null && seen.add(n)) {
                ArticleView a = story.articles().get(n - 1);
                h.append(chip(n, a, a.text() != null && Citations.valid(s, a.text()) ? s : null));
            }
        }
        return h.toString();
    }

    private static void section(StringBuilder h, String id, String title, String body) {
        h.append("<section aria-labelledby=\"").append(id).append("-h\">\n<h2 id=\"").append(id).append("-h\">")
                .append(text(title)).append("</h2>\n").append(body).append("</section>\n");
    }

    private void discrepancies(StringBuilder h) {
        StringBuilder b = new StringBuilder();
        if (story.discrepancies().isEmpty()) {
            b.append("<p class=\"none\">No discrepancies found between sources.</p>\n");
        }
        for (Discrepancy d : story.discrepancies()) {
            b.append("<div class=\"discrepancy\"><h3>").append(text(d.kind() == null ? "other" : d.kind().json()));
            if (d.about() != null) {
                b.append(": ").append(text(Pages.oneLine(d.about())));
            }
            if (d.verdict() != null) {
                b.append(" <span class=\"badge ").append(d.verdict().json()).append("\">").append(d.verdict().json())
                        .append("</span>");
            }
            b.append("</h3>\n<ul>\n");
            for (Discrepancy.Position p : d.positions()) {
                b.append("<li>").append(text(Pages.oneLine(p.value())));
                if (p.normalized() != null && !p.normalized().equals(p.value())) {
                    b.append(" <span class=\"muted\">(read as ").append(text(Pages.oneLine(p.normalized()))).append(")</span>");
                }
                b.append(' ').append(chips(p.sources())).append("</li>\n");
            }
            b.append("</ul></div>\n");
        }
        section(h, "differ", "Where sources differ", b.toString());
    }

    private void quotes(StringBuilder h) {
        StringBuilder b = new StringBuilder();
        if (story.quotes().isEmpty()) {
            b.append("<p class=\"none\">No quotes recorded.</p>\n");
        }
        for (Quote q : story.quotes()) {
            b.append(q.reported() ? "<figure class=\"quote\"><p class=\"reported\">" : "<figure class=\"quote\"><blockquote><p>")
                    .append(text(Pages.oneLine(q.text())))
                    .append(q.reported() ? "</p><figcaption>— " : "</p></blockquote><figcaption>— ")
                    .append(text(q.speaker() == null || q.speaker().isBlank() ? "unattributed" : Pages.oneLine(q.speaker())));
            if (!q.via().isEmpty()) {
                b.append(", via ").append(text(String.join(", ", q.via())));
            }
            b.append(' ').append(chips(q.sources())).append("</figcaption>");
            if (!q.variants().isEmpty()) {
                b.append("<p class=\"muted\">Also reported as: ");
                q.variants().forEach(v -> b.append(Quote.quotesWithin(v) ? "<span class=\"reported\">" : "<q>")
                        .append(text(Pages.oneLine(v))).append(Quote.quotesWithin(v) ? "</span> " : "</q> "));
                b.append("</p>");
            }
            b.append("</figure>\n");
        }
        section(h, "quotes", "Quote ledger", b.toString());
    }

    private void entities(StringBuilder h) {
        StringBuilder b = new StringBuilder();
        if (story.entities().isEmpty()) {
            b.append("<p class=\"none\">No entities recorded.</p>\n");
        } else {
            b.append("<ul class=\"entities\">\n");
            for (Entity e : story.entities()) {
                String name = e.name() == null ? "" : Pages.oneLine(e.name());
                b.append("<li><a href=\"/?entity=").append(attribute(Pages.enc(name))).append("\">").append(text(name))
                        .append("</a>");
                if (e.type() != null) {
                    b.append(" <span class=\"muted\">").append(text(e.type().toLowerCase(Locale.ROOT))).append("</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        section(h, "entities", "Who and what is named", b.toString());
    }

    private void articles(StringBuilder h) {
        StringBuilder b = new StringBuilder("<ol class=\"sources\">\n");
        for (int i = 0; i < story.articles().size(); i++) {
            ArticleView a = story.articles().get(i);
            b.append("<li id=\"src-").append(i + 1).append("\"><a href=\"/articles/").append(a.id()).append("?story=")
                    .append(story.id()).append("\">").append(text(a.title() == null || a.title().isBlank()
                            ? StoryCharts.sourceName(a) : Pages.oneLine(a.title()))).append("</a>")
                    .append("<br><span class=\"muted\">").append(text(StoryCharts.sourceName(a)));
            if (a.agency() != null && !a.agency().isBlank()) {
                b.append(" · via ").append(text(Pages.oneLine(a.agency())));
            }
            if (a.published() != null) {
                b.append(" · ").append(text(Pages.oneLine(a.published())));
            }
            if (a.updated() != null && !a.updated().equals(a.published())) {
                b.append(" · updated ").append(text(Pages.oneLine(a.updated())));
            }
            if (a.syndicatedFrom() != null) {
                Integer n = numbers.get(a.syndicatedFrom());
                b.append(" · <span class=\"badge copy\">copy of ").append(n == null ? text(a.syndicatedFrom())
                        : "<a href=\"#src-" + n + "\">[" + n + "]</a>").append("</span>");
            }
            b.append("</span></li>\n");
        }
        section(h, "articles", "Articles", b.append("</ol>\n").toString());
    }
}
