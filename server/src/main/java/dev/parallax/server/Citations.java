package dev.parallax.server;

import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a cited sentence sits in each source article. A brief sentence cites articles, not spans;
 * its span in a source is the span of its claim group in that article when the sentence is a
 * claim's wording, else the sentence's own occurrence in the article's text.
 */
final class Citations {
    private final Map<String, ArticleView> articles = new HashMap<>();
    private final Map<String, Claim> claimsByText = new HashMap<>();

    Citations(StoryView story) {
        story.articles().forEach(a -> articles.put(a.id(), a));
        for (Claim c : story.claims()) {
            if (c.text() != null) {
                claimsByText.putIfAbsent(Pages.oneLine(c.text()), c);
            }
        }
    }

    /** The span of {@code sentence} in the article, or null when it cannot be placed. */
    SourceSpan find(String sentence, String articleId) {
        ArticleView a = articles.get(articleId);
        if (a == null || a.text() == null || sentence == null) {
            return null;
        }
        Claim c = claimsByText.get(Pages.oneLine(sentence));
        if (c != null) {
            for (SourceSpan s : c.sources()) {
                if (articleId.equals(s.article()) && valid(s, a.text())) {
                    return s;
                }
            }
        }
        int at = a.text().indexOf(sentence.strip());
        return at < 0 ? null : new SourceSpan(articleId, at, at + sentence.strip().length());
    }

    static boolean valid(SourceSpan s, String text) {
        return s.start() >= 0 && s.start() < s.end() && s.end() <= text.length();
    }

    /** The link to the article page with the span highlighted and scrolled to. */
    static String link(String storyId, String articleId, SourceSpan span) {
        String base = "/articles/" + articleId + "?story=" + storyId;
        return span == null ? base : base + "&hl=" + span.start() + "-" + span.end() + "#hl";
    }
}
