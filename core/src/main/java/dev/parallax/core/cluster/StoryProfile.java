package dev.parallax.core.cluster;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Vectors;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * An open story's running sums, which articles are compared with; its members are kept by
 * {@link StoryTracks}, so a closed story's profile can be freed. Not thread-safe.
 */
final class StoryProfile {
    private final Map<String, Double> entities = new HashMap<>();
    private final Map<String, Double> keywords = new HashMap<>();
    private final TreeSet<Long> days = new TreeSet<>();
    private float[] vectorSum;
    /** The unit centroid, computed once per change rather than once per comparison. */
    private float[] centroid;
    // The norms of the story's term vectors under the IDF of normsAt documents. Recomputed when the
    // story changes or the stream has grown by 1% since: their cost follows the story's vocabulary
    // (tens of thousands of terms for a large story), and IDFs move by about 1/N per document.
    private double entityNorm;
    private double keywordNorm;
    private int normsAt = -1;

    void add(AnnotatedArticle article, ArticleTerms terms) {
        centroid = null;
        normsAt = -1;
        float[] v = article.vector();
        if (vectorSum == null) {
            vectorSum = v.clone();
        } else {
            for (int i = 0; i < v.length; i++) {
                vectorSum[i] += v[i];
            }
        }
        terms.entities().forEach((t, w) -> entities.merge(t, w, Double::sum));
        terms.keywords().forEach((t, w) -> keywords.merge(t, w, Double::sum));
        if (terms.epochDay() != null) {
            days.add(terms.epochDay());
        }
    }

    LinkEvidence evidence(AnnotatedArticle article, ArticleTerms terms, DocumentFrequencies df) {
        return evidence(article, terms, df, norm(terms.entities(), df), norm(terms.keywords(), df));
    }

    /**
     * The same, with the norms of the article's term vectors under {@code df} given: a caller
     * comparing one article with many stories computes them once.
     */
    LinkEvidence evidence(AnnotatedArticle article, ArticleTerms terms, DocumentFrequencies df, double entityNorm,
                          double keywordNorm) {
        double embedding = Vectors.dot(article.vector(), centroid());
        refreshNorms(df);
        double ent = cosine(terms.entities(), entityNorm, entities, this.entityNorm, df);
        double kw = cosine(terms.keywords(), keywordNorm, keywords, this.keywordNorm, df);
        return new LinkEvidence(embedding, ent, kw, dayGap(terms.epochDay()));
    }

    private void refreshNorms(DocumentFrequencies df) {
        int n = df.documents();
        if (normsAt < 0 || n > normsAt + normsAt / 100) {
            entityNorm = norm(entities, df);
            keywordNorm = norm(keywords, df);
            normsAt = n;
        }
    }

    private float[] centroid() {
        if (centroid == null) {
            centroid = Vectors.unit(vectorSum);
        }
        return centroid;
    }

    private double dayGap(Long day) {
        if (day == null || days.isEmpty()) {
            return Double.NaN;
        }
        Long below = days.floor(day);
        Long above = days.ceiling(day);
        long gap = Long.MAX_VALUE;
        if (below != null) {
            gap = day - below;
        }
        if (above != null) {
            gap = Math.min(gap, above - day);
        }
        return gap;
    }

    /** Cosine of two term-frequency vectors, each term weighted by its current IDF. */
    static double cosine(Map<String, Double> a, Map<String, Double> b, DocumentFrequencies df) {
        return cosine(a, norm(a, df), b, norm(b, df), df);
    }

    private static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB,
                                 DocumentFrequencies df) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                double idf = df.idf(e.getKey());
                dot += e.getValue() * other * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (normA * normB);
    }

    static double norm(Map<String, Double> v, DocumentFrequencies df) {
        double s = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double w = e.getValue() * df.idf(e.getKey());
            s += w * w;
        }
        return Math.sqrt(s);
    }
}
