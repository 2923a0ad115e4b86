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
    private final Map<String, Double> lead = new HashMap<>();
    private final Map<String, Double> keywords = new HashMap<>();
    private final TreeSet<Long> days = new TreeSet<>();
    private float[] vectorSum;
    /** Norms of the IDF-weighted entity, lead and keyword sums, valid while the document count is {@code normsAt}. */
    private final double[] norms = new double[3];
    private int normsAt = -1;

    void add(AnnotatedArticle article, ArticleTerms terms) {
        members.add(article);
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
        terms.lead().forEach((t, w) -> lead.merge(t, w, Double::sum));
        terms.keywords().forEach((t, w) -> keywords.merge(t, w, Double::sum));
        if (terms.epochDay() != null) {
            days.add(terms.epochDay());
        }
    }

    List<AnnotatedArticle> members() {
        return List.copyOf(members);
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /** Moves every member of the other story into this one, with its sums; the other is left empty. */
    void absorb(StoryProfile other) {
        members.addAll(other.members);
        normsAt = -1;
        for (int i = 0; i < vectorSum.length; i++) {
            vectorSum[i] += other.vectorSum[i];
        }
        other.entities.forEach((t, w) -> entities.merge(t, w, Double::sum));
        other.lead.forEach((t, w) -> lead.merge(t, w, Double::sum));
        other.keywords.forEach((t, w) -> keywords.merge(t, w, Double::sum));
        days.addAll(other.days);
        other.members.clear();
        other.entities.clear();
        other.lead.clear();
        other.keywords.clear();
        other.days.clear();
        other.vectorSum = null;
    }

    /**
     * What speaks for this story and the other being one: the cosine of their centroids, the
     * closest pair of members, and the IDF-weighted cosines of their summed names, lead names and
     * keywords; days between their nearest-dated members.
     */
    LinkEvidence evidence(StoryProfile other, DocumentFrequencies df) {
        double embedding = Vectors.dot(Vectors.unit(vectorSum), Vectors.unit(other.vectorSum));
        double nearest = -1;
        for (AnnotatedArticle a : members) {
            for (AnnotatedArticle b : other.members) {
                nearest = Math.max(nearest, Vectors.dot(a.vector(), b.vector()));
            }
        }
        double gap = Double.NaN;
        for (Long d : other.days) {
            double g = dayGap(d);
            gap = Double.isNaN(gap) ? g : Math.min(gap, g);
        }
        return new LinkEvidence(embedding, nearest, cosine(entities, other.entities, df), cosine(lead, other.lead, df),
                cosine(keywords, other.keywords, df), gap);
    }

    LinkEvidence evidence(AnnotatedArticle article, ArticleTerms terms, DocumentFrequencies df) {
        double embedding = Vectors.dot(article.vector(), Vectors.unit(vectorSum));
        double nearest = -1;
        for (AnnotatedArticle m : members) {
            nearest = Math.max(nearest, Vectors.dot(article.vector(), m.vector()));
        }
        if (normsAt != df.documents()) {
            norms[0] = norm(entities, df);
            norms[1] = norm(lead, df);
            norms[2] = norm(keywords, df);
            normsAt = df.documents();
        }
        double ent = cosine(terms.entities(), entities, norms[0], df);
        double leadCosine = cosine(terms.lead(), lead, norms[1], df);
        double kw = cosine(terms.keywords(), keywords, norms[2], df);
        return new LinkEvidence(embedding, nearest, ent, leadCosine, kw, dayGap(terms.epochDay()));
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
        return cosine(a, b, b.isEmpty() ? 0 : norm(b, df), df);
    }

    /** {@link #cosine(Map, Map, DocumentFrequencies)} with the norm of {@code b} already known. */
    private static double cosine(Map<String, Double> a, Map<String, Double> b, double normB, DocumentFrequencies df) {
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
        return dot == 0 ? 0 : dot / (norm(a, df) * normB);
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
