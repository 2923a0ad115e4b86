package dev.parallax.core.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a parsed page, in place: non-text elements (scripts,
 * styles, media, forms controls), the semantic furniture of HTML5 and ARIA (navigation, asides,
 * footers, banners, dialogs), hidden elements, and elements whose class or id names furniture
 * ({@link ClassSignals}) — comment threads, share bars, related links, promotions, newsletters.
 *
 * <p>Nothing that holds the article can go: an element holding {@code itemprop=articleBody}, or
 * holding 40% of the page's prose or more (a page wrapped in one {@code <form>} or a template's
 * "sidebar layout"), stays. An element named both as content and as furniture
 * ({@code post-share}) goes only when it holds little text or mostly links. Links and the inline
 * elements of a paragraph are never removed for their names.
 */
final class PageFurniture {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "button", "select", "input", "textarea", "option", "label", "picture", "video", "audio",
            "object", "embed", "map", "figure", "figcaption", "link", "meta", "dialog", "menu", "nav", "aside",
            "footer", "header", "form", "address");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "menu", "menubar", "search", "toolbar", "tablist", "status");
    private static final Set<String> INLINE_KEEP = Set.of("a", "span", "em", "strong", "b", "i", "u", "sup", "sub",
            "small", "mark", "cite", "q", "abbr", "time", "font");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private final TextStats stats;
    private final int pageProse;
    private final Set<Element> holdingArticleBody = Collections.newSetFromMap(new IdentityHashMap<>());

    private PageFurniture(TextStats stats, int pageProse, Element body) {
        this.stats = stats;
        this.pageProse = pageProse;
        for (Element marked : body.select("[itemprop=articleBody]")) {
            for (Element a = marked; a != null && holdingArticleBody.add(a); a = a.parent()) {
                // every ancestor of a schema.org article body holds it
            }
        }
    }

    /** Removes the furniture below the document's body. */
    static void remove(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        TextStats stats = TextStats.measure(body);
        new PageFurniture(stats, stats.of(body).prose, body).prune(body);
    }

    private void prune(Element parent) {
        List<Element> children = new ArrayList<>(parent.children());
        for (Element child : children) {
            if (isFurniture(child, parent)) {
                child.remove();
            } else {
                prune(child);
            }
        }
    }

    private boolean isFurniture(Element e, Element parent) {
        boolean hidden = e.hasAttr("hidden") || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find());
        if (hidden) {
            return !holdsMostProse(e); // hidden schema.org copies of the article are not the article
        }
        boolean furniture = NEVER_TEXT.contains(e.normalName()) || ROLES.contains(e.attr("role"))
                || e.attr("aria-hidden").equals("true") || byName(e, parent);
        return furniture && !holdsMostProse(e) && !holdingArticleBody.contains(e);
    }

    private boolean byName(Element e, Element parent) {
        if (ClassSignals.isArticleBody(e) || (INLINE_KEEP.contains(e.normalName()) && inParagraph(parent))
                || e.normalName().equals("a") || !ClassSignals.negative(e)) {
            return false;
        }
        if (!ClassSignals.positive(e)) {
            return true;
        }
        TextStats.Counts c = stats.of(e);
        return c.chars < 400 || c.linkDensity() > 0.5;
    }

    private static boolean inParagraph(Element parent) {
        for (Element a = parent; a != null; a = a.parent()) {
            if (a.nameIs("p") || a.nameIs("li") || a.nameIs("blockquote")) {
                return true;
            }
            if (TextStats.isBlock(a)) {
                return false;
            }
        }
        return false;
    }

    private boolean holdsMostProse(Element e) {
        return pageProse > 0 && stats.of(e).prose * 10 >= pageProse * 4;
    }
}
