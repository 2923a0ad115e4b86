package dev.parallax.core.pipeline;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.core.annotate.entity.EntityMerger;
import dev.parallax.core.annotate.entity.StoryEntity;
import dev.parallax.core.corroborate.QuoteLedger;
import dev.parallax.core.corroborate.SpeakerNames;
import dev.parallax.core.annotate.quantity.Quantity;
import dev.parallax.core.annotate.quantity.QuantityExtractor;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.brief.BriefWriter;
import dev.parallax.core.brief.HeadlineChooser;
import dev.parallax.core.cluster.CopyDetector;
import dev.parallax.core.corroborate.ClaimAligner;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.corroborate.ClaimOrigins;
import dev.parallax.core.corroborate.DenialFinder;
import dev.parallax.core.corroborate.FigureComparer;
import dev.parallax.core.corroborate.OffTopicPassages;
import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.SourceSpan;
import dev.parallax.core.digest.StoryView;
import dev.parallax.core.timeline.TimelineWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives one story's view from its articles: copies, off-topic passages, claim groups,
 * discrepancies, quotes, timeline, brief and headline. Public so that the server can rebuild one
 * story when an article joins it.
 */
public final class StoryBuilder {
    private final CopyDetector copies;
    private final ClaimAligner aligner;
    private final OffTopicPassages offTopic = new OffTopicPassages();
    private final BriefWriter brief;
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final FigureComparer figures;
    private final DenialFinder denials;
    private final QuoteLedger ledger;
    private final TimelineWriter timeline;
    private final DigestOptions options;

    public StoryBuilder(DigestOptions options) {
        this.options = options;
        this.copies = new CopyDetector(options.copyThreshold());
        this.aligner = new ClaimAligner(options.claimThreshold());
        this.brief = new BriefWriter(options.briefWords(), options.briefRedundancy());
        this.figures = new FigureComparer(options.figureThreshold());
        this.denials = new DenialFinder(options.denialThreshold());
        this.ledger = new QuoteLedger(options.quoteThreshold());
        this.timeline = new TimelineWriter(options.figureThreshold());
    }

    private static Map<String, List<Attribution>> attributions(List<AnnotatedArticle> members) {
        Map<String, List<Attribution>> out = new HashMap<>();
        for (AnnotatedArticle a : members) {
            List<Span> sentences = a.sentences().stream().map(Sentence::span).toList();
            out.put(a.id(), AttributionExtractor.standard().extract(a.article().text(), sentences));
        }
        return out;
    }

    /** The story's entities merged across its articles, most named first (stable). */
    private static List<Entity> entities(List<AnnotatedArticle> members) {
        List<EntityMerger.ArticleEntities> named = members.stream()
                .map(a -> new EntityMerger.ArticleEntities(a.id(), a.entities())).toList();
        List<Entity> out = new ArrayList<>();
        for (StoryEntity e : new EntityMerger().merge(named)) {
            List<SourceSpan> mentions = new ArrayList<>();
            List<SourceSpan> government = new ArrayList<>();
            for (StoryEntity.StoryMention m : e.mentions()) {
                SourceSpan span = new SourceSpan(m.articleId(), m.mention().span().start(), m.mention().span().end());
                mentions.add(span);
                if (m.mention().forGovernment()) {
                    government.add(span);
                }
            }
            out.add(new Entity(e.name(), e.type().name().toLowerCase(Locale.ROOT), e.aliases(), e.articles(), mentions,
                    government));
        }
        out.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()));
        return out;
    }

    /** Earliest publication first; articles without a date after, in arrival order. */
    private static Map<String, String> texts(List<AnnotatedArticle> members) {
        Map<String, String> out = new java.util.HashMap<>();
        members.forEach(a -> out.put(a.id(), a.article().text()));
        return out;
    }

    private static List<AnnotatedArticle> byPublication(List<AnnotatedArticle> members) {
        List<AnnotatedArticle> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((AnnotatedArticle a) -> a.article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    /** @param members the story's articles in arrival order */
    public StoryView build(List<AnnotatedArticle> members) {
        Map<String, String> copyOf = copies.copies(members.stream().map(AnnotatedArticle::article).toList());
        float[] centroid = Vectors.meanUnit(members.stream().map(AnnotatedArticle::vector).toList(),
                members.get(0).vector().length);
        // Passages about other stories stay in the articles' text but out of claims, figures,
        // quotes, timeline and brief.
        List<AnnotatedArticle> onTopic = OffTopicPassages.without(members, offTopic.find(members));
        List<ClaimGroup> groups = aligner.align(onTopic, copyOf);
        List<DenialFinder.Denial> disputes = denials.find(groups);
        Map<String, List<Quantity>> figuresByArticle = new HashMap<>();
        members.forEach(a -> figuresByArticle.put(a.id(), quantities.extract(a.article().text())));
        List<Discrepancy> discrepancies = new ArrayList<>(figures.compare(onTopic, figuresByArticle));
        disputes.forEach(d -> discrepancies.add(d.toDiscrepancy(groups)));
        Map<String, List<Attribution>> said = attributions(members);
        QuoteLedger.Result quotes = ledger.build(byPublication(onTopic), said);
        discrepancies.addAll(quotes.misattributions());
        discrepancies.addAll(timeline.conflicts(onTopic, s -> false, options.claimThreshold()));
        Map<String, Integer> counts = new HashMap<>();
        members.forEach(a -> counts.put(a.id(), a.sentences().size()));
        Map<ClaimGroup, ClaimGroup.Member> denied = new HashMap<>();
        disputes.forEach(d -> denied.putIfAbsent(groups.get(d.disputed()), d.denial()));
        List<BriefSentence> sentences = brief.write(groups, centroid, counts, denied, copyOf, texts(members));
        List<ArticleView> articles = members.stream()
                .map(a -> ArticleView.of(a.article(), copyOf.get(a.id())))
                .toList();
        String id = ArticleIds.forStory(members.stream().map(AnnotatedArticle::id).sorted().toList());
        Set<Integer> disputed = new HashSet<>();
        disputes.forEach(d -> disputed.add(d.disputed()));
        List<Claim> claims = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Claim c = ClaimOrigins.attribute(groups.get(g), groups.get(g).toClaim(), said, copyOf);
            claims.add(disputed.contains(g) ? c.disputed() : c);
        }
        List<Entity> entities = entities(members);
        return new StoryView(id, HeadlineChooser.choose(members, centroid, sentences), articles, sentences,
                timeline.write(onTopic, s -> false), claims, discrepancies, SpeakerNames.named(quotes.quotes(), entities, texts(members)), entities);
    }
}
