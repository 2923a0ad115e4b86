package dev.parallax.eval.summary;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.SentenceSplitter;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.clean.Extracted;
import dev.parallax.core.clean.NoticePage;
import dev.parallax.core.clean.TextCleaner;
import dev.parallax.core.cluster.CopyDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a Multi-News cluster into one story's material by the digest's own stages: each document
 * cleaned by {@link TextCleaner}, annotated by the {@link Annotator}, copies found by
 * {@link CopyDetector}; documents that clean to nothing, pages the clean stage rejects as
 * {@linkplain NoticePage notices}, and repeats of one body are left out.
 */
final class ClusterAnnotator {
    private final TextCleaner cleaner = new TextCleaner();
    private final Annotator annotator;
    private final SentenceSplitter splitter;
    private final CopyDetector copies;

    ClusterAnnotator(Annotator annotator, SentenceSplitter splitter, double copyThreshold) {
        this.annotator = annotator;
        this.splitter = splitter;
        this.copies = new CopyDetector(copyThreshold);
    }

    ClusterMaterial annotate(MultiNewsCluster cluster) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < cluster.documents().size(); i++) {
            Extracted e = cleaner.clean(cluster.documents().get(i));
            String text = e.text().strip();
            if (text.isEmpty() || NoticePage.notice(text).isPresent() || !ids.add(ArticleIds.forText(text))) {
                continue;
            }
            Article a = new Article(ArticleIds.forText(text), cluster.id() + "/" + i, e.title(), e.outlet(), null, null,
                    null, e.published(), null, e.text());
            AnnotatedArticle annotated = annotator.annotate(a);
            if (!annotated.sentences().isEmpty()) {
                articles.add(annotated);
            }
        }
        float[] centroid = articles.isEmpty() ? new float[0]
                : Vectors.meanUnit(articles.stream().map(AnnotatedArticle::vector).toList(), articles.get(0).vector().length);
        String summary = cluster.summary().strip().replaceFirst("^[–—-]\\s*", "");
        List<String> reference = splitter.split(summary).stream().map(s -> s.of(summary)).toList();
        return new ClusterMaterial(cluster, articles, copies.copies(articles.stream().map(AnnotatedArticle::article).toList()),
                centroid, reference);
    }
}
