package dev.parallax.eval.summary;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.brief.BriefWriter;
import dev.parallax.core.brief.SentenceScorer;
import dev.parallax.core.brief.StandaloneFilter;
import dev.parallax.core.corroborate.ClaimAligner;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.corroborate.OffTopicPassages;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.pipeline.DigestOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parallax's brief of a cluster taken as one story, by the digest's own code path (as
 * {@code StoryBuilder} runs it): off-topic passages left out, claim groups from {@link ClaimAligner}, then {@link BriefWriter}
 * at the requested budget, with the digest's default thresholds. Every brief sentence is checked
 * against the source span it cites ({@link #checkFaithful}); a sentence that is not taken from it
 * fails the evaluation.
 */
public final class ParallaxSummarizer implements Summarizer {
    private final ClaimAligner aligner;
    private final OffTopicPassages offTopic = new OffTopicPassages();
    private final double redundancy;
    private final BriefWriter.Weights weights;
    private final SentenceScorer scorer;
    private final String name;

    public ParallaxSummarizer(DigestOptions options) {
        this(options, BriefWriter.Weights.tuned(), SentenceScorer.fitted(), "parallax");
    }

    /** With other weights and scorer, under another name: for tuning runs. */
    ParallaxSummarizer(DigestOptions options, BriefWriter.Weights weights, SentenceScorer scorer, String name) {
        this.aligner = new ClaimAligner(options.claimThreshold());
        this.redundancy = options.briefRedundancy();
        this.weights = weights;
        this.scorer = scorer;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** The cluster's claim groups, as the digest forms them. */
    List<ClaimGroup> groups(ClusterMaterial cluster) {
        return aligner.align(OffTopicPassages.without(cluster.articles(), offTopic.find(cluster.articles())),
                cluster.copyOf());
    }

    /** Article id → its text. */
    static Map<String, String> texts(ClusterMaterial cluster) {
        Map<String, String> texts = new HashMap<>();
        for (AnnotatedArticle a : cluster.articles()) {
            texts.put(a.id(), a.article().text());
        }
        return texts;
    }

    /** Sentences per article id. */
    static Map<String, Integer> sentenceCounts(ClusterMaterial cluster) {
        Map<String, Integer> counts = new HashMap<>();
        for (AnnotatedArticle a : cluster.articles()) {
            counts.put(a.id(), a.sentences().size());
        }
        return counts;
    }

    @Override
    public List<String> summarize(ClusterMaterial cluster, int budgetWords) {
        List<BriefSentence> brief = new BriefWriter(budgetWords, redundancy, weights, scorer)
                .write(groups(cluster), cluster.centroid(), sentenceCounts(cluster), Map.of(), cluster.copyOf(), texts(cluster));
        brief.forEach(b -> checkFaithful(cluster, b));
        return brief.stream().map(BriefSentence::text).toList();
    }

    /**
     * The hard faithfulness check: the brief sentence is the text of its first span in a cited
     * article, up to whitespace and the capital of a trimmed start; anything else fails the run.
     */
    static void checkFaithful(ClusterMaterial cluster, BriefSentence b) {
        SourceSpan span = b.spans().get(0);
        String source = cluster.articles().stream().filter(a -> a.id().equals(span.article())).findFirst()
                .map(a -> a.article().text().substring(span.start(), span.end()))
                .orElseThrow(() -> new IllegalStateException(cluster.cluster().id() + ": brief cites an unknown article"));
        String shown = b.text().replaceAll("\\s+", " ").strip();
        String taken = StandaloneFilter.capitalised(source.replaceAll("\\s+", " ").strip());
        if (!b.sources().contains(span.article()) || !shown.equals(taken)) {
            throw new IllegalStateException(cluster.cluster().id() + ": brief sentence is not its source span: \"" + shown
                    + "\" vs \"" + taken + "\"");
        }
    }
}
