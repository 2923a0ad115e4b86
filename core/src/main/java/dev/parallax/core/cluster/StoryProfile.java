package dev.parallax.core.cluster;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Vectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A story under construction: its members in arrival order and the running sums it is compared by. Not thread-safe. */
final class StoryProfile {
    private final List<AnnotatedArticle> members = new ArrayList<>();
    private final Map<String, Double> entities = new HashMap<>();
    private final Map<String, Double> keywords = new HashMap<>();
    private final TreeSet<Long> days = new TreeSet<>();
    private float[] vectorSum;

    void add(AnnotatedArticle article, ArticleTerms terms) {
        members.add(article);
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

    List<AnnotatedArticle> members() {
        return List.copyOf(members);
    }

    LinkEvidence evidence(AnnotatedArticle article, ArticleTerms terms, DocumentFrequencies df) {
        double embedding = Vectors.dot(article.vector(), Vectors.unit(vectorSum));
        double ent = cosine(terms.entities(), entities, df);
        double kw = cosine(terms.keywords(), keywords, df);
        return new LinkEvidence(embedding, ent, kw, dayGap(terms.epochDay()));
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
        return dot == 0 ? 0 : dot / (norm(a, df) * norm(b, df));
    }

    private static double norm(Map<String, Double> v, DocumentFrequencies df) {
        double s = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double w = e.getValue() * df.idf(e.getKey());
            s += w * w;
        }
        return Math.sqrt(s);
    }
}
