package dev.parallax.core.cluster;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Vectors;
import java.util.TreeSet;

/**
 * An open story's running sums, which articles are compared with; its members are kept by
 * {@link StoryTracks}, so a closed story's profile can be freed. Besides the sums it keeps the
 * vectors of its {@value #RECENT} most recent members, for the nearest-member cosine: a comparison
 * so costs at most {@value #RECENT} dot products however large the story grows. Not thread-safe.
 */
final class StoryProfile {
    /** Members whose vectors are kept for {@link LinkEvidence#nearest()}: the most recent ones. */
    static final int RECENT = 16;

    private final TermWeights entities = new TermWeights();
    private final TermWeights lead = new TermWeights();
    private final TermWeights keywords = new TermWeights();
    private final TreeSet<Long> days = new TreeSet<>();
    private float[] vectorSum;
    /** The unit centroid, computed once per change rather than once per comparison. */
    private float[] centroid;
    // The vectors of the most recent members and their arrival indices, oldest first.
    private float[][] recent = new float[RECENT][];
    private long[] recentArrival = new long[RECENT];
    private int recentSize;
    // The norms of the story's term vectors under the IDF of normsAt documents. Recomputed when the
    // story changes or the stream has grown by 1% since: their cost follows the story's vocabulary
    // (tens of thousands of terms for a large story), and IDFs move by about 1/N per document.
    private double entityNorm;
    private double leadNorm;
    private double keywordNorm;
    private int normsAt = -1;

    /** Adds the article, the stream's {@code arrival}-th (later than every member's), to the sums. */
    void add(AnnotatedArticle article, InternedTerms terms, long arrival) {
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
        if (recentSize == RECENT) {
            System.arraycopy(recent, 1, recent, 0, RECENT - 1);
            System.arraycopy(recentArrival, 1, recentArrival, 0, RECENT - 1);
            recentSize--;
        }
        recent[recentSize] = v;
        recentArrival[recentSize++] = arrival;
        entities.addAll(terms.entities());
        lead.addAll(terms.lead());
        keywords.addAll(terms.keywords());
        if (terms.epochDay() != null) {
            days.add(terms.epochDay());
        }
    }

    /**
     * Adds the other story's sums to this one's, after a merge; the most recent members of the two
     * (by arrival) become this one's recent members. The other profile is not to be used after.
     */
    void absorb(StoryProfile other) {
        centroid = null;
        normsAt = -1;
        for (int i = 0; i < vectorSum.length; i++) {
            vectorSum[i] += other.vectorSum[i];
        }
        float[][] mergedVectors = new float[RECENT][];
        long[] mergedArrivals = new long[RECENT];
        // walk both lists from their newest end, keeping the RECENT newest, then restore oldest-first order
        int i = recentSize - 1;
        int j = other.recentSize - 1;
        int n = 0;
        while (n < RECENT && (i >= 0 || j >= 0)) {
            boolean mine = j < 0 || (i >= 0 && recentArrival[i] > other.recentArrival[j]);
            mergedVectors[n] = mine ? recent[i] : other.recent[j];
            mergedArrivals[n++] = mine ? recentArrival[i--] : other.recentArrival[j--];
        }
        for (int a = 0, b = n - 1; a < b; a++, b--) {
            float[] v = mergedVectors[a];
            mergedVectors[a] = mergedVectors[b];
            mergedVectors[b] = v;
            long t = mergedArrivals[a];
            mergedArrivals[a] = mergedArrivals[b];
            mergedArrivals[b] = t;
        }
        recent = mergedVectors;
        recentArrival = mergedArrivals;
        recentSize = n;
        entities.addAll(other.entities);
        lead.addAll(other.lead);
        keywords.addAll(other.keywords);
        days.addAll(other.days);
    }

    LinkEvidence evidence(AnnotatedArticle article, InternedTerms terms, DocumentFrequencies df) {
        return evidence(article, terms, df, terms.entities().norm(df), terms.lead().norm(df),
                terms.keywords().norm(df));
    }

    /**
     * The same, with the norms of the article's term vectors under {@code df} given: a caller
     * comparing one article with many stories computes them once. The nearest-member cosine is taken
     * over the {@value #RECENT} most recent members.
     */
    LinkEvidence evidence(AnnotatedArticle article, InternedTerms terms, DocumentFrequencies df, double entityNorm,
                          double leadNorm, double keywordNorm) {
        float[] v = article.vector();
        double embedding = Vectors.dot(v, centroid());
        double nearest = -1;
        for (int i = 0; i < recentSize; i++) {
            nearest = Math.max(nearest, Vectors.dot(v, recent[i]));
        }
        refreshNorms(df);
        double ent = cosine(terms.entities(), entityNorm, entities, this.entityNorm, df);
        double leadCosine = cosine(terms.lead(), leadNorm, lead, this.leadNorm, df);
        double kw = cosine(terms.keywords(), keywordNorm, keywords, this.keywordNorm, df);
        return new LinkEvidence(embedding, nearest, ent, leadCosine, kw, dayGap(terms.epochDay()));
    }

    /**
     * What speaks for this story and the other being one: the cosine of their centroids, the
     * closest pair among their {@value #RECENT} most recent members, the IDF-weighted cosines of
     * their summed names, lead names and keywords, and the days between their nearest-dated members.
     */
    LinkEvidence evidence(StoryProfile other, DocumentFrequencies df) {
        double embedding = Vectors.dot(centroid(), other.centroid());
        double nearest = -1;
        for (int i = 0; i < recentSize; i++) {
            for (int j = 0; j < other.recentSize; j++) {
                nearest = Math.max(nearest, Vectors.dot(recent[i], other.recent[j]));
            }
        }
        double gap = Double.NaN;
        for (Long d : other.days) {
            double g = dayGap(d);
            gap = Double.isNaN(gap) ? g : Math.min(gap, g);
        }
        refreshNorms(df);
        other.refreshNorms(df);
        return new LinkEvidence(embedding, nearest, cosine(entities, entityNorm, other.entities, other.entityNorm, df),
                cosine(lead, leadNorm, other.lead, other.leadNorm, df),
                cosine(keywords, keywordNorm, other.keywords, other.keywordNorm, df), gap);
    }

    private void refreshNorms(DocumentFrequencies df) {
        int n = df.documents();
        if (normsAt < 0 || n > normsAt + normsAt / 100) {
            entityNorm = entities.norm(df);
            leadNorm = lead.norm(df);
            keywordNorm = keywords.norm(df);
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

    private static double cosine(TermWeights a, double normA, TermWeights b, double normB, DocumentFrequencies df) {
        return TermWeights.cosine(a, normA, b, normB, df);
    }
}
