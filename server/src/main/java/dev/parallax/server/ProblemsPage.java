package dev.parallax.server;

import static dev.parallax.core.render.HtmlEscaper.attribute;
import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.core.source.FeedState;
import dev.parallax.store.RejectionRow;
import java.util.List;

/**
 * The Problems page: feeds whose last poll failed (error, failures in a row, next try) and the
 * inputs that did not become articles (input, reason, when), newest first. Inputs are shown as
 * text, never as links: a rejected URL may point anywhere, and every value here came from outside.
 */
final class ProblemsPage {
    private ProblemsPage() {}

    static String render(List<FeedState> feeds, List<RejectionRow> rejections, String next, boolean firstPage) {
        StringBuilder h = new StringBuilder("<h1>Problems</h1>\n");
        h.append("<p class=\"muted\">What did not become an article, and why. The same list as JSON: ")
                .append("<a href=\"/api/failures\"><code>/api/failures</code></a>.</p>\n");
        if (firstPage) {
            h.append("<section aria-labelledby=\"feeds\"><h2 id=\"feeds\">Feeds failing now</h2>\n");
            if (feeds.isEmpty()) {
                h.append("<p class=\"none\">No followed feed is failing.</p>\n");
            } else {
                h.append("<ol class=\"problems\">\n");
                for (FeedState f : feeds) {
                    h.append("<li><code class=\"input\">").append(text(f.url())).append("</code>\n<p>")
                            .append(text(Pages.oneLine(f.lastError()))).append("</p>\n<p class=\"meta\">")
                            .append(Pages.plural(f.failures(), "failed poll", "failed polls")).append(" in a row");
                    if (f.lastPolled() != null) {
                        h.append(" · last tried ").append(time(f.lastPolled().toString()));
                    }
                    h.append(" · next try ").append(time(f.nextPoll().toString())).append("</p></li>\n");
                }
                h.append("</ol>\n");
            }
            h.append("</section>\n");
        }
        h.append("<section aria-labelledby=\"rejected\"><h2 id=\"rejected\">Rejected inputs</h2>\n");
        if (rejections.isEmpty()) {
            h.append("<p class=\"none\">").append(firstPage ? "Nothing was rejected." : "No older rejections.")
                    .append("</p>\n");
        } else {
            h.append("<ol class=\"problems\">\n");
            for (RejectionRow r : rejections) {
                h.append("<li><code class=\"input\">").append(text(Pages.oneLine(r.input()))).append("</code>\n<p>")
                        .append(text(Pages.oneLine(r.reason()))).append("</p>\n<p class=\"meta\">")
                        .append(time(r.at())).append("</p></li>\n");
            }
            h.append("</ol>\n");
        }
        if (next != null) {
            h.append("<p class=\"more\"><a rel=\"next\" href=\"").append(attribute(next)).append("\">Older problems</a></p>\n");
        }
        h.append("</section>\n");
        return Pages.page("Problems", null, h.toString());
    }

    private static String time(String iso) {
        return "<time datetime=\"" + attribute(iso) + "\">" + text(Pages.shortInstant(iso)) + "</time>";
    }
}
