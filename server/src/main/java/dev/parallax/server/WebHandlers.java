package dev.parallax.server;

import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.core.article.Article;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import dev.parallax.store.SearchHit;
import dev.parallax.store.StoryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The web pages and the Atom feed. */
final class WebHandlers {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,9})-(\\d{1,9})");
    private static final int PAGE = 25;

    private final Reads reads;

    WebHandlers(Reads reads) {
        this.reads = reads;
    }

    Response list(Request r) {
        List<StoryRow> rows = reads.stories(r, PAGE);
        int limit = Reads.intParam(r, "limit", PAGE, 1, 500);
        List<String> filters = new ArrayList<>();
        if (r.query("entity") != null) {
            filters.add("naming “" + r.query("entity") + "”");
        }
        if (r.query("outlet") != null) {
            filters.add("from " + r.query("outlet"));
        }
        if (r.query("q") != null) {
            filters.add("matching “" + r.query("q") + "”");
        }
        if (r.query("since") != null) {
            filters.add("changed since " + r.query("since"));
        }
        String next = rows.size() == limit ? ApiHandlers.nextLink("/", r, rows.get(rows.size() - 1).version()) : null;
        return Response.html(200, Pages.storyList(rows, filters.isEmpty() ? "" : "Stories " + String.join(", ", filters),
                r.query("q"), next));
    }

    Response story(Request r) {
        StoryView v = reads.story(r.param(0)).orElseThrow(() -> new HttpProblem(404, "There is no story " + r.param(0) + "."));
        return Response.html(200, new StoryPage(v).render());
    }

    Response article(Request r) {
        Article a = reads.store.article(r.param(0))
                .orElseThrow(() -> new HttpProblem(404, "There is no article " + r.param(0) + "."));
        List<StoryView> stories = new ArrayList<>();
        for (String id : reads.store.stories().ofArticle(a.id())) {
            reads.story(id).ifPresent(stories::add);
        }
        SourceSpan hl = null;
        String span = r.query("hl");
        if (span != null) {
            Matcher m = SPAN.matcher(span);
            if (!m.matches()) {
                throw new HttpProblem(400, "hl must be START-END, character offsets into the article text");
            }
            hl = new SourceSpan(a.id(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return Response.html(200, ArticlePage.render(a, stories, hl));
    }

    Response search(Request r) {
        String q = r.query("q");
        StringBuilder h = new StringBuilder("<h1>Search</h1>\n");
        if (q == null) {
            h.append("<p>Type words or a whole sentence: Parallax finds stories and articles by their words and by ")
                    .append("meaning.</p>\n");
            return Response.html(200, Pages.page("Search", null, h.toString()));
        }
        List<SearchHit> stories = reads.search("story", q, 10);
        List<SearchHit> articles = reads.search("article", q, 20);
        h.append("<section aria-labelledby=\"st\"><h2 id=\"st\">Stories</h2>\n");
        hits(h, stories, "/stories/", "No story matches.");
        h.append("</section>\n<section aria-labelledby=\"ar\"><h2 id=\"ar\">Articles</h2>\n");
        hits(h, articles, "/articles/", "No article matches.");
        h.append("</section>\n");
        return Response.html(200, Pages.page("Search: " + q, q, h.toString()));
    }

    private static void hits(StringBuilder h, List<SearchHit> hits, String base, String none) {
        if (hits.isEmpty()) {
            h.append("<p class=\"none\">").append(none).append("</p>\n");
            return;
        }
        h.append("<ol class=\"hits\">\n");
        for (SearchHit hit : hits) {
            h.append("<li><a href=\"").append(base).append(hit.id()).append("\">")
                    .append(text(Optional.ofNullable(hit.title()).filter(t -> !t.isBlank()).map(Pages::oneLine)
                            .orElse(hit.id()))).append("</a></li>\n");
        }
        h.append("</ol>\n");
    }

    Response problems(Request r) {
        Reads.Failures f = reads.failures(r, 50);
        String next = f.next() == null ? null : "/problems?cursor=" + f.next() + "&limit=" + f.limit();
        return Response.html(200, ProblemsPage.render(f.feeds(), f.rejections(), next, r.query("cursor") == null));
    }

    Response feed(Request r) {
        List<StoryRow> rows = reads.stories(r, 50);
        return Response.of("application/atom+xml; charset=utf-8", AtomFeed.render(rows, baseUrl(r), r));
    }

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?");

    /** The base URL for absolute links in feeds, from the Host header when it is a plain host name. */
    static String baseUrl(Request r) {
        String host = r.header("host");
        return host != null && HOST.matcher(host).matches() ? "http://" + host : "http://localhost";
    }
}
