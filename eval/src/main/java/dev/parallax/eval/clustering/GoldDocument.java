package dev.parallax.eval.clustering;

import dev.parallax.core.article.Article;
import java.util.Objects;

/**
 * One document of a clustering data set with its gold cluster.
 *
 * @param article the document as Parallax reads it (its input names the source file or line)
 * @param gold the gold cluster label, e.g. {@code 3ecbplus} or {@code validation-017}
 */
public record GoldDocument(Article article, String gold) {
    public GoldDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(gold, "gold");
    }
}
