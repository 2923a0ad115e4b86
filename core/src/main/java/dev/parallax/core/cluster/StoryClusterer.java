package dev.parallax.core.cluster;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * Online single-pass story clustering: articles arrive one at a time; each joins the story whose
 * centroid is most similar to its vector when that similarity reaches the join threshold, and opens
 * a new story otherwise.
 *
 * <p>First version: a linear scan over the stories and cosine similarity of the pooled article
 * embeddings only. Not thread-safe; one instance per stream.
 */
public final class StoryClusterer {
    private final double joinThreshold;
    private final List<Story> stories = new ArrayList<>();

    /** @param joinThreshold cosine similarity between an article and a story centroid needed to join */
    public StoryClusterer(double joinThreshold) {
        this.joinThreshold = joinThreshold;
    }

    /** A story under construction: its members in arrival order and the running sum of their vectors. */
    private static final class Story {
        final List<AnnotatedArticle> members = new ArrayList<>();
        float[] sum;

        float[] centroid() {
            return Vectors.unit(sum);
        }

        void add(AnnotatedArticle a) {
            members.add(a);
            if (sum == null) {
                sum = a.vector().clone();
            } else {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += a.vector()[i];
                }
            }
        }
    }

    /** Assigns the article to a story and returns that story's index (in order of creation). */
    public int add(AnnotatedArticle article) {
        int best = -1;
        double bestSim = joinThreshold;
        for (int i = 0; i < stories.size(); i++) {
            double sim = Vectors.dot(article.vector(), stories.get(i).centroid());
            if (sim >= bestSim) {
                best = i;
                bestSim = sim;
            }
        }
        if (best < 0) {
            stories.add(new Story());
            best = stories.size() - 1;
        }
        stories.get(best).add(article);
        return best;
    }

    /** The stories so far, each its members in arrival order. */
    public List<List<AnnotatedArticle>> stories() {
        return stories.stream().map(s -> List.copyOf(s.members)).toList();
    }

    /** Clusters a whole stream, in the order given. */
    public static List<List<AnnotatedArticle>> cluster(List<AnnotatedArticle> arrivals, double joinThreshold) {
        StoryClusterer c = new StoryClusterer(joinThreshold);
        arrivals.forEach(c::add);
        return c.stories();
    }
}
