package dev.parallax.server;

import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.core.article.Article;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The page of one article: metadata, the stories it belongs to, and its clean text with the spans
 * of its claims marked and the requested span ({@code ?hl=START-END}) highlighted as {@code #hl}
 * so that the browser scrolls to it.
 */
final class ArticlePage {
    private ArticlePage() {}

    /** A marked range of the text; {@code target} for the requested span. */
    record Mark(int start, int end, boolean target) {}

    static String render(Article a, List<StoryView> stories, SourceSpan requested) {
        StringBuilder h = new StringBuilder(a.text().length() * 2 + 2048);
        h.append("<article class=\"article-page\" aria-labelledby=\"title\">\n<h1 id=\"title\">")
                .append(text(a.title() == null || a.title().isBlank() ? "Untitled article" : Pages.oneLine(a.title())))
                .append("</h1>\n<dl class=\"meta-list\">\n");
        meta(h, "Outlet", a.outlet());
        meta(h, "Agency", a.agency());
        meta(h, "Byline", a.byline());
        meta(h, "Dateline", a.dateline());
        meta(h, "Published", a.published());
        if (a.updated() != null && !a.updated().equals(a.published())) {
            meta(h, "Updated", a.updated());
        }
        meta(h, "Language", a.language());
        meta(h, "From", a.input());
        h.append("</dl>\n");
        if (!stories.isEmpty()) {
            h.append("<nav aria-label=\"Stories of this article\"><p>In ");
            for (int i = 0; i < stories.size(); i++) {
                h.append(i == 0 ? "" : ", ").append("<a href=\"/stories/").append(stories.get(i).id()).append("\">")
                        .append(text(Pages.headline(stories.get(i).headline()))).append("</a>");
            }
            h.append("</p></nav>\n");
        }
        h.append("<div class=\"text\">\n").append(body(a.text(), marks(a, stories, requested))).append("</div>\n</article>\n");
        return Pages.page(a.title() == null ? "Article" : a.title(), null, h.toString());
    }

    private static void meta(StringBuilder h, String label, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<dt>").append(label).append("</dt><dd>").append(text(Pages.oneLine(value))).append("</dd>\n");
        }
    }

    /** The claim spans in this article and the requested span, non-overlapping, in text order. */
    static List<Mark> marks(Article a, List<StoryView> stories, SourceSpan requested) {
        List<Mark> all = new ArrayList<>();
        if (requested != null && Citations.valid(requested, a.text())) {
            all.add(new Mark(requested.start(), requested.end(), true));
        }
        for (StoryView s : stories) {
            for (Claim c : s.claims()) {
                for (SourceSpan sp : c.sources()) {
                    if (a.id().equals(sp.article()) && Citations.valid(sp, a.text())) {
                        all.add(new Mark(sp.start(), sp.end(), false));
                    }
                }
            }
        }
        // The requested span first, then by position: overlapping claim spans give way to it.
        all.sort(Comparator.comparing((Mark m) -> !m.target()).thenComparingInt(Mark::start));
        List<Mark> kept = new ArrayList<>();
        for (Mark m : all) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mark::start));
        return kept;
    }

    /** Paragraphs of escaped text, with marks; a mark never crosses a paragraph break (it is split). */
    static String body(String text, List<Mark> marks) {
        StringBuilder h = new StringBuilder("<p>");
        int pos = 0;
        for (Mark m : marks) {
            h.append(paragraphs(text.substring(pos, m.start())));
            String cls = m.target() ? "target" : "claim";
            String open = m.target() ? "<mark id=\"hl\" class=\"target\" tabindex=\"-1\">" : "<mark class=\"" + cls + "\">";
            h.append(open).append(paragraphs(text.substring(m.start(), m.end()))
                    .replace("</p>\n<p>", "</mark></p>\n<p><mark class=\"" + cls + "\">")).append("</mark>");
            pos = m.end();
        }
        h.append(paragraphs(text.substring(pos)));
        return h.append("</p>\n").toString();
    }

    private static String paragraphs(String s) {
        return text(s.replace("\r\n", "\n")).replaceAll("\\n[ \\t]*\\n\\s*", "</p>\n<p>").replace("\n", "<br>\n");
    }
}
