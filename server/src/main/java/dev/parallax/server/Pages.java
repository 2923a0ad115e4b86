package dev.parallax.server;

import static dev.parallax.core.render.HtmlEscaper.attribute;
import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.store.StoryRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The frame of every page (head, header with search, footer) and the small pages: the story list
 * and errors. Server-rendered HTML5 with one style sheet and one small deferred script from this
 * server; every value from the store is escaped with core's {@code HtmlEscaper}, and every link is
 * built from ids that the router accepts and URL-encoded values.
 */
final class Pages {
    private Pages() {}

    static String page(String title, String query, String main) {
        StringBuilder h = new StringBuilder(main.length() + 2048);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(text(oneLine(title))).append(" — Parallax</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/parallax.css\">\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"New and updated stories\" ")
                .append("href=\"/feeds/stories.atom\">\n")
                .append("<script src=\"/static/parallax.js\" defer></script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"site\">\n<a class=\"brand\" href=\"/\">Parallax</a>\n")
                .append("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">\n")
                .append("<label for=\"q\">Search stories and articles</label>\n")
                .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").append(attribute(query == null ? "" : query))
                .append("\" placeholder=\"Search (press /)\" autocomplete=\"off\">\n")
                .append("<button type=\"submit\">Search</button>\n</form>\n</header>\n")
                .append("<main id=\"main\">\n").append(main).append("</main>\n")
                .append("<footer><p><a href=\"/feeds/stories.atom\">Atom feed</a> · <a href=\"/api/openapi.json\">API</a>")
                .append(" · <a href=\"/problems\">Problems</a>")
                .append("</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    static String error(int status, String title, String detail) {
        return page(title, null, "<h1>" + status + " " + text(title) + "</h1>\n<p>" + text(detail) + "</p>\n"
                + "<p><a href=\"/\">Back to the stories</a></p>\n");
    }

    /** The story list; {@code filters} describes the filter in words ("" when none). */
    static String storyList(List<StoryRow> rows, String filters, String query, String next) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>Stories</h1>\n");
        if (!filters.isEmpty()) {
            h.append("<p class=\"filter\">").append(text(filters)).append(" · <a href=\"/\">all stories</a></p>\n");
        }
        if (rows.isEmpty()) {
            h.append("<p>No stories yet. Drop articles into a watched folder or post them to ")
                    .append("<code>/api/articles</code>.</p>\n");
        }
        h.append("<ol class=\"stories\">\n");
        for (StoryRow s : rows) {
            storyItem(h, s);
        }
        h.append("</ol>\n");
        if (next != null) {
            h.append("<p class=\"more\"><a rel=\"next\" href=\"").append(attribute(next)).append("\">Older stories</a></p>\n");
        }
        return page("Stories", query, h.toString());
    }

    static void storyItem(StringBuilder h, StoryRow s) {
        h.append("<li class=\"story\">\n<h2><a href=\"/stories/").append(s.id()).append("\">")
                .append(text(headline(s.headline()))).append("</a>");
        if (s.disputed()) {
            h.append(" <span class=\"badge disputed\">disputed</span>");
        }
        h.append("</h2>\n");
        if (s.lead() != null) {
            h.append("<p class=\"lead\">").append(text(oneLine(s.lead()))).append("</p>\n");
        }
        h.append("<p class=\"meta\">").append(plural(s.independentSources(), "independent source", "independent sources"))
                .append(" · ").append(plural(s.outlets(), "outlet", "outlets")).append(" · ")
                .append(plural(s.articles(), "article", "articles")).append(" · updated <time datetime=\"")
                .append(attribute(s.updatedAt())).append("\">").append(text(shortInstant(s.updatedAt())))
                .append("</time></p>\n</li>\n");
    }

    static String headline(String h) {
        return h == null || h.isBlank() ? "Untitled story" : oneLine(h);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code 2025-04-28 10:00 UTC} from an ISO instant; other values as they are. */
    static String shortInstant(String iso) {
        if (iso == null) {
            return "";
        }
        return iso.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*") ? iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC"
                : iso;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
