package dev.parallax.eval.summary;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.brief.BriefWriter;
import dev.parallax.core.corroborate.ClaimAligner;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.corroborate.OffTopicPassages;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.pipeline.DigestOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parallax's brief of a cluster taken as one story, by the digest's own code path (as
 * {@code StoryBuilder} runs it): off-topic passages left out, claim groups from {@link ClaimAligner}, then {@link BriefWriter}
 * at the requested budget, with the digest's default thresholds.
 */
public final class ParallaxSummarizer implements Summarizer {
    private final ClaimAligner aligner;
    private final OffTopicPassages offTopic = new OffTopicPassages();
    private final double redundancy;
    private final BriefWriter.Weights weights;
    private final String name;

    public ParallaxSummarizer(DigestOptions options) {
        this(options, BriefWriter.Weights.tuned(), "parallax");
    }

    /** With other weights, under another name: for tuning runs. */
    ParallaxSummarizer(DigestOptions options, BriefWriter.Weights weights, String name) {
        this.aligner = new ClaimAligner(options.claimThreshold());
        this.redundancy = options.briefRedundancy();
        this.weights = weights;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> summarize(ClusterMaterial cluster, int budgetWords) {
        List<ClaimGroup> groups = aligner.align(
                OffTopicPassages.without(cluster.articles(), offTopic.find(cluster.articles())), cluster.copyOf());
        Map<String, Integer> counts = new HashMap<>();
        for (AnnotatedArticle a : cluster.articles()) {
            counts.put(a.id(), a.sentences().size());
        }
        List<BriefSentence> brief = new BriefWriter(budgetWords, redundancy, weights).write(groups, cluster.centroid(), counts);
        return brief.stream().map(BriefSentence::text).toList();
    }
}
