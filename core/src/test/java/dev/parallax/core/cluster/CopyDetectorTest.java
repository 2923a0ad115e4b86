package dev.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
    private static Article a(String id, String text) {
        return new Article(id, id, null, null, null, null, null, null, null, text);
    }

    @Test
    void marksNearVerbatimCopiesOfTheEarliestArticle() {
        String wire = "The central bank raised its benchmark rate by half a point on Thursday, the third rise this "
                + "year, as inflation stayed well above its target for a twelfth month running, officials said.";
        Article original = a("o", wire);
        Article copy = a("c", "NAIROBI: " + wire + " (Reuters)");
        Article other = a("x", "Thousands marched through the capital on Saturday demanding lower fuel prices and "
                + "the release of detained activists, witnesses said, as police watched from side streets.");
        Map<String, String> copies = new CopyDetector(0.6).copies(List.of(original, copy, other));
        assertThat(copies).containsExactly(Map.entry("c", "o"));
    }
}
