package dev.parallax.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads when a page says its article was last updated, in this order: the JSON-LD
 * {@code dateModified} of an article-like object (then of any object), the meta tags of a change
 * ({@code article:modified_time}, {@code og:updated_time}, …), an element marked as the change
 * ({@code itemprop=dateModified}, a {@code <time>} whose class names an update, or a
 * {@code <time>} labelled "Updated"/"Last modified" by the words before it), and last an
 * "Updated …" stamp line shown by the headline ({@link StampLines}). Values are ISO 8601 at the
 * precision the page gives, like {@link PageDates}; dates before 1995 are not taken. Whether the
 * update follows the publication is for the caller to check: this class reads only what the page
 * states.
 */
final class PageUpdates {
    private PageUpdates() {}

    /** Class names of an element holding the update time (WordPress {@code updated}, {@code date-modified}, …). */
    private static final String UPDATE_CLASS = "(?i).*\\b(updated|modified|last-?updated|date-?modified|dateupdated)\\b.*";
    /** How many characters before a {@code <time>} are read for its label. */
    private static final int LABEL_CHARS = 40;
    /** Lines before and after the headline searched for a stamp line. */
    private static final int LINES_BEFORE = 3;
    private static final int LINES_AFTER = 8;
    private static final Pattern LINES = Pattern.compile("\\R");

    /** @param doc the parsed page, before any element is removed */
    static Optional<String> updated(Document doc) {
        return valid(JsonLdDates.modified(JsonLdDates.fields(doc)))
                .or(() -> valid(MetaDates.modified(MetaDates.tags(doc))))
                .or(() -> marked(doc))
                .or(() -> shownByHeadline(doc));
    }

    /** Whether a {@code <time>} element is marked or labelled as a change, not the publication. */
    static boolean marksUpdate(Element time) {
        return time.className().matches(UPDATE_CLASS) || time.attr("itemprop").equalsIgnoreCase("dateModified")
                || DateStamps.event(label(time)) == DateStamps.Event.UPDATED;
    }

    private static Optional<String> marked(Document doc) {
        for (Element e : doc.select("[itemprop~=(?i)^dateModified$]")) {
            Optional<String> v = valid(attributeValue(e).or(() -> Optional.of(e.text())));
            if (v.isPresent()) {
                return v;
            }
        }
        for (Element time : doc.select("time")) {
            if (marksUpdate(time)) {
                Optional<String> v = valid(attributeValue(time).or(() -> Optional.of(time.text())));
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /** The machine-readable value of an element: its {@code datetime} or {@code content}. */
    private static Optional<String> attributeValue(Element e) {
        for (String attr : List.of("datetime", "content")) {
            String v = e.attr(attr).strip();
            if (!v.isEmpty()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The text written just before an element, within its parent ("Updated " in "Updated <time>…"). */
    private static String label(Element e) {
        StringBuilder before = new StringBuilder();
        for (Node n = e.previousSibling(); n != null && before.length() < LABEL_CHARS; n = n.previousSibling()) {
            String t = n instanceof TextNode tn ? tn.text() : n instanceof Element el ? el.text() : "";
            before.insert(0, t);
        }
        String s = before.toString();
        return s.length() > LABEL_CHARS ? s.substring(s.length() - LABEL_CHARS) : s;
    }

    /** The update of a stamp line shown within a few lines of the first headline. */
    private static Optional<String> shownByHeadline(Document doc) {
        Element body = doc.body();
        Element h1 = body == null ? null : body.selectFirst("h1");
        String headline = h1 == null ? "" : oneSpaced(h1.text());
        if (headline.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String l : LINES.split(VisibleText.of(body))) {
            if (!l.isBlank()) {
                lines.add(oneSpaced(l));
            }
        }
        int at = lines.indexOf(headline);
        if (at < 0) {
            return Optional.empty();
        }
        String window = String.join("\n", lines.subList(Math.max(0, at - LINES_BEFORE),
                Math.min(lines.size(), at + 1 + LINES_AFTER)));
        return valid(Optional.ofNullable(StampLines.read(window).updated()));
    }

    private static String oneSpaced(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static Optional<String> valid(Optional<String> raw) {
        return raw.flatMap(IsoDates::normalize)
                .filter(iso -> PageDates.day(iso).filter(d -> !d.isBefore(PageDates.EARLIEST)).isPresent());
    }
}
