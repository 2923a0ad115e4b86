package dev.parallax.core.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code itemprop} say about it. Names are split
 * into words (at punctuation and camel case) and each word is compared by prefix with two general
 * vocabularies of web page templates: words of the article's own container (article, body,
 * content, story, post …) and words of page furniture (comments, share bars, related links,
 * promotions, newsletters, navigation, bylines, captions …), the vocabulary that Readability,
 * boilerpipe and trafilatura have found across sites. No site's own names are listed.
 */
final class ClassSignals {
    private static final List<String> POSITIVE = List.of(
            "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog", "hentry");
    private static final List<String> NEGATIVE = List.of(
            "comment", "share", "sharing", "social", "related", "recommend", "promo", "newsletter", "subscri",
            "signup", "sponsor", "sidebar", "footer", "breadcrumb", "popup", "modal", "cookie", "outbrain",
            "taboola", "recirc", "advert", "banner", "widget", "toolbar", "pagination", "pager", "masthead",
            "disqus", "shoutbox", "skyscraper", "gdpr", "consent", "caption", "credit", "byline", "author",
            "trending", "popular", "navbar", "navigation", "menu", "tags", "hidden", "print", "dateline",
            "timestamp", "published", "updated", "paywall", "overlay", "teaser", "signin", "login", "follow", "recent");
    private static final List<String> NEGATIVE_EXACT = List.of(
            "ad", "ads", "nav", "meta", "header", "more", "date", "time", "tag", "hide", "sr",
            "extra", "jump", "rail", "aside", "audio", "video", "player", "photo", "gallery", "image", "img", "media");

    private ClassSignals() {}

    /** +25 for an article-container name, −25 for a furniture name, 0 for both or neither; +50 for itemprop=articleBody. */
    static int weight(Element e) {
        if (isArticleBody(e)) {
            return 50;
        }
        boolean pos = positive(e);
        boolean neg = negative(e);
        return pos == neg ? 0 : pos ? 25 : -25;
    }

    static boolean isArticleBody(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    static boolean positive(Element e) {
        return matches(e, POSITIVE, List.of());
    }

    /** Furniture by name; an embed ("social-media-embed") is content the author placed, not furniture. */
    static boolean negative(Element e) {
        return matches(e, NEGATIVE, NEGATIVE_EXACT) && !matches(e, List.of("embed"), List.of());
    }

    private static boolean matches(Element e, List<String> prefixes, List<String> exact) {
        String cls = e.attributes().getIgnoreCase("class");
        String id = e.attributes().getIgnoreCase("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        for (String word : words(cls + " " + id)) {
            if (exact.contains(word)) {
                return true;
            }
            for (String p : prefixes) {
                if (word.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "articleBody share-bar_top" → [article, body, share, bar, top]: split at non-letters and camel case. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            boolean camel = c >= 'A' && c <= 'Z' && ((prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9'));
            if ((!alnum || camel) && !w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
            if (alnum) {
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        if (!w.isEmpty()) {
            out.add(w.toString());
        }
        return out;
    }
}
