package dev.parallax.core.pipeline;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.brief.BriefWriter;
import dev.parallax.core.brief.HeadlineChooser;
import dev.parallax.core.cluster.CopyDetector;
import dev.parallax.core.corroborate.ClaimAligner;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.corroborate.OffTopicPassages;
import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.StoryView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Derives one story's view from its articles: copies, off-topic passages, claim groups, brief and headline. */
final class StoryBuilder {
    private final CopyDetector copies;
    private final ClaimAligner aligner;
    private final OffTopicPassages offTopic = new OffTopicPassages();
    private final BriefWriter brief;

    StoryBuilder(DigestOptions options) {
        this.copies = new CopyDetector(options.copyThreshold());
        this.aligner = new ClaimAligner(options.claimThreshold());
        this.brief = new BriefWriter(options.briefWords(), options.briefRedundancy());
    }

    /** @param members the story's articles in arrival order */
    StoryView build(List<AnnotatedArticle> members) {
        Map<String, String> copyOf = copies.copies(members.stream().map(AnnotatedArticle::article).toList());
        float[] centroid = Vectors.meanUnit(members.stream().map(AnnotatedArticle::vector).toList(),
                members.get(0).vector().length);
        // Passages about other stories stay in the articles' text but out of claims and brief.
        List<ClaimGroup> groups = aligner.align(OffTopicPassages.without(members, offTopic.find(members)), copyOf);
        Map<String, Integer> counts = new HashMap<>();
        members.forEach(a -> counts.put(a.id(), a.sentences().size()));
        List<BriefSentence> sentences = brief.write(groups, centroid, counts);
        List<ArticleView> articles = members.stream()
                .map(a -> ArticleView.of(a.article(), copyOf.get(a.id())))
                .toList();
        String id = ArticleIds.forStory(members.stream().map(AnnotatedArticle::id).sorted().toList());
        return new StoryView(id, HeadlineChooser.choose(members, centroid, sentences), articles, sentences,
                List.of(), groups.stream().map(ClaimGroup::toClaim).toList(), List.of(), List.of(), List.of());
    }
}
