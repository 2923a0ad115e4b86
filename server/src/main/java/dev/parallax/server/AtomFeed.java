package dev.parallax.server;

import static dev.parallax.core.render.HtmlEscaper.attribute;
import static dev.parallax.core.render.HtmlEscaper.text;

import dev.parallax.store.StoryRow;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287) of new and updated stories, newest change first: one entry per
 * story, its id stable ({@code urn:parallax:story:ID}) and its {@code updated} moving with each
 * change, so feed readers show a story again when it grows. Every value is escaped as XML text;
 * summaries are plain text ({@code type="text"}), so nothing in them is ever interpreted as markup.
 */
final class AtomFeed {
    private AtomFeed() {}

    static String render(List<StoryRow> rows, String base, Request r) {
        String self = base + ApiHandlers.withQuery("/feeds/stories.atom", r, null);
        String updated = rows.isEmpty() ? "1970-01-01T00:00:00Z" : rows.get(0).updatedAt();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>").append(text(title(r))).append("</title>\n")
                .append("<id>").append(text(self)).append("</id>\n")
                .append("<link rel=\"self\" href=\"").append(attribute(self)).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(attribute(base + "/")).append("\"/>\n")
                .append("<updated>").append(text(updated)).append("</updated>\n")
                .append("<generator>Parallax</generator>\n");
        for (StoryRow s : rows) {
            x.append("<entry>\n<id>urn:parallax:story:").append(s.id()).append("</id>\n")
                    .append("<title type=\"text\">").append(text(Pages.headline(s.headline()))).append("</title>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(attribute(base + "/stories/" + s.id()))
                    .append("\"/>\n<published>").append(text(s.createdAt())).append("</published>\n")
                    .append("<updated>").append(text(s.updatedAt())).append("</updated>\n")
                    .append("<author><name>Parallax</name></author>\n")
                    .append("<summary type=\"text\">").append(text(summary(s))).append("</summary>\n</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private static String title(Request r) {
        StringBuilder t = new StringBuilder("Parallax: new and updated stories");
        if (r.query("entity") != null) {
            t.append(" naming ").append(r.query("entity"));
        }
        if (r.query("outlet") != null) {
            t.append(" from ").append(r.query("outlet"));
        }
        if (r.query("q") != null) {
            t.append(" matching ").append(r.query("q"));
        }
        return Pages.oneLine(t.toString());
    }

    private static String summary(StoryRow s) {
        String counts = Pages.plural(s.independentSources(), "independent source", "independent sources") + ", "
                + Pages.plural(s.outlets(), "outlet", "outlets") + (s.disputed() ? ", disputed" : "");
        return (s.lead() == null ? "" : Pages.oneLine(s.lead()) + " ") + "(" + counts + ")";
    }
}
