package dev.parallax.core.pipeline;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.cluster.StoryClusterer;
import dev.parallax.core.cluster.StoryWindow;
import dev.parallax.core.digest.Digest;
import dev.parallax.core.digest.Generator;
import dev.parallax.core.digest.StoryView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole digest: clean → annotate → cluster → per story (copies, claims, brief). Raw articles
 * in, a {@link Digest} out. Every input ends as an article of a story or as a rejection.
 */
public final class DigestPipeline {
    private final ArticleCleaner cleaner;
    private final Annotator annotator;
    private final DigestOptions options;
    private final StoryBuilder stories;

    public DigestPipeline(ArticleCleaner cleaner, Annotator annotator, DigestOptions options) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.options = options;
        this.stories = new StoryBuilder(options);
    }

    public Digest run(List<RawArticle> raws, List<Rejection> upstream, ProgressListener progress) {
        List<Rejection> rejected = new ArrayList<>(upstream);
        List<Article> articles = clean(raws, rejected);
        progress.start("Reading articles", articles.size());
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article a : articles) {
            try {
                annotated.add(annotator.annotate(a));
            } catch (RuntimeException e) {
                rejected.add(new Rejection(a.input(), "annotation failed: " + e.getMessage()));
            }
            progress.step();
        }
        annotated.sort(ARRIVAL);
        List<StoryView> views = new ArrayList<>();
        for (List<AnnotatedArticle> members : StoryClusterer.cluster(annotated, options.storyModel(), options.storyThreshold(),
                new StoryWindow(options.storyWindowDays(), true))) {
            views.add(stories.build(members));
        }
        views.sort(Comparator.comparingInt((StoryView s) -> -s.articles().size()).thenComparing(StoryView::id));
        rejected.sort(Comparator.comparing(Rejection::input).thenComparing(Rejection::reason));
        return new Digest(Generator.current(), views, rejected);
    }

    /** Publication order (undated last), then input name: the order articles are taken to arrive in. */
    static final Comparator<AnnotatedArticle> ARRIVAL = Comparator
            .comparing((AnnotatedArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().input());

    private List<Article> clean(List<RawArticle> raws, List<Rejection> rejected) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (RawArticle raw : raws) {
            try {
                Article a = cleaner.clean(raw);
                Article earlier = byId.putIfAbsent(a.id(), a);
                if (earlier != null) {
                    rejected.add(new Rejection(raw.input(), "duplicate: same article text as " + earlier.input()));
                }
            } catch (RejectedInputException e) {
                rejected.add(e.toRejection(raw.input()));
            } catch (RuntimeException e) {
                rejected.add(new Rejection(raw.input(), "cannot clean: " + e));
            }
        }
        return List.copyOf(byId.values());
    }
}
