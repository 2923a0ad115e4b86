package dev.parallax.server;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.cluster.StoryClusterer;
import dev.parallax.core.cluster.StoryWindow;
import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.Discrepancy;
import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.StoryView;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.core.pipeline.StoryBuilder;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import dev.parallax.store.StoryUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the stories of a store up to date as articles arrive. Each input is cleaned, annotated and
 * stored (the acknowledgement: durable once {@link #accept} returns), then assigned by the online
 * {@link StoryClusterer} and the view of the story it joined is rebuilt and saved.
 *
 * <p>The clusterer's state lives in this process: {@link #catchUp} rebuilds it from the store in
 * arrival order from the stored assignments and vectors (no re-embedding), then assigns the
 * articles stored without a story (by {@code parallax ingest}, or before a crash). A story's id is
 * derived from its first article, which never changes, so ids stay stable as stories grow.
 * Full annotations (sentence vectors) are kept for recently used articles only and recomputed on
 * demand. Methods are synchronized: one article at a time, in arrival order.
 */
public final class StoryDesk {
    private static final int FULL_ANNOTATIONS_KEPT = 2048;

    private final Store store;
    private final ArticleCleaner cleaner;
    private final Annotator annotator;
    private final StoryBuilder builder;
    private final StoryClusterer clusterer;
    private final List<String> storyIds = new ArrayList<>();
    private final List<List<AnnotatedArticle>> members = new ArrayList<>();
    private final Map<String, AnnotatedArticle> full = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnnotatedArticle> eldest) {
            return size() > FULL_ANNOTATIONS_KEPT;
        }
    };
    private final SearchIndex search;

    public StoryDesk(Store store, SearchIndex search, ArticleCleaner cleaner, Annotator annotator, DigestOptions options) {
        this.store = store;
        this.search = search;
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.builder = new StoryBuilder(options);
        // the desk keeps its own member lists, so the clusterer keeps ids only and frees quiet stories.
        // It never merges stories (StoryMerger.never(), the clusterer's default): a merge would have to
        // retire the absorbed story's saved view, assignments and search entry and move its members,
        // which the store does not support yet; merges are off by default everywhere, as no merge
        // threshold improved B-cubed F1 (docs/architecture.md, "Calibration").
        this.clusterer = new StoryClusterer(options.storyModel(), options.storyThreshold(),
                StoryWindow.bounded(options.storyWindowDays()));
    }

    /**
     * Rebuilds the clusterer from the store, then assigns every stored article that has no story
     * yet, and re-indexes everything for search when the index is behind the store (it is derived
     * data, committed in batches). Returns how many articles were assigned now.
     */
    public synchronized int catchUp() {
        Map<String, String> assigned = store.stories().assignments();
        Map<String, float[]> vectors = store.vectors();
        Map<String, Integer> index = new HashMap<>();
        List<Article> pending = new ArrayList<>();
        for (Article a : store.articles()) {
            String story = assigned.get(a.id());
            float[] v = vectors.get(a.id());
            if (story == null || v == null) {
                pending.add(a);
                continue;
            }
            AnnotatedArticle lite = new AnnotatedArticle(a, List.of(), v);
            Integer i = index.get(story);
            if (i == null) {
                i = storyIds.size();
                index.put(story, i);
                storyIds.add(story);
                members.add(new ArrayList<>());
            }
            clusterer.place(lite, i);
            members.get(i).add(lite);
        }
        if (search.documents("article") < members.stream().mapToInt(List::size).sum()) {
            reindex();
        }
        for (Article a : pending) {
            assign(annotator.annotate(a));
        }
        search.commit();
        return pending.size();
    }

    /** Cleans, stores and assigns one input; the receipt says what became of it. Never throws for bad input. */
    public synchronized Receipt accept(RawArticle raw, ArticleMeta meta) {
        Article article;
        try {
            article = meta.applyTo(cleaner.clean(raw));
        } catch (RejectedInputException e) {
            return reject(e.toRejection(raw.input()));
        } catch (RuntimeException e) {
            return reject(new Rejection(raw.input(), "cannot clean: " + e));
        }
        AnnotatedArticle annotated;
        try {
            annotated = annotator.annotate(article);
        } catch (RuntimeException e) {
            return reject(new Rejection(raw.input(), "annotation failed: " + e.getMessage()));
        }
        Store.Put put = store.put(annotated.article());
        if (put != Store.Put.STORED) {
            String existing = put == Store.Put.SAME_CONTENT ? article.id() : null;
            return new Receipt(raw.input(), Receipt.Status.DUPLICATE, existing,
                    existing == null ? null : storyOf(existing),
                    put == Store.Put.SAME_CONTENT ? "same content as a stored article" : "same URL as a stored article");
        }
        String story = assign(annotated);
        return new Receipt(raw.input(), Receipt.Status.STORED, article.id(), story, null);
    }

    /**
     * Adds whole stories at once: bulk loading of articles that are annotated and grouped already
     * (an import, a benchmark's generated store). Each group becomes one story, in order; its
     * articles and vectors are stored in one transaction (an article stored already is left out of
     * its group), the views are built and saved in another, and both are indexed for search and
     * placed in the clusterer, so that articles arriving later can join them. Returns the number of
     * stories added.
     */
    public synchronized int importStories(List<List<AnnotatedArticle>> groups) {
        List<Article> articles = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        groups.forEach(g -> g.forEach(a -> {
            articles.add(a.article());
            vectors.add(a.vector());
        }));
        List<Store.Put> puts = store.putAll(articles, vectors);
        List<StoryUpdate> updates = new ArrayList<>();
        List<SearchIndex.Entry> entries = new ArrayList<>();
        int k = 0;
        for (List<AnnotatedArticle> group : groups) {
            List<AnnotatedArticle> stored = new ArrayList<>();
            for (AnnotatedArticle a : group) {
                if (puts.get(k++) == Store.Put.STORED) {
                    stored.add(a);
                }
            }
            if (stored.isEmpty()) {
                continue;
            }
            int i = storyIds.size();
            storyIds.add(ArticleIds.forStory(List.of(stored.get(0).id())));
            members.add(new ArrayList<>());
            for (AnnotatedArticle a : stored) {
                AnnotatedArticle lite = new AnnotatedArticle(a.article(), List.of(), a.vector());
                clusterer.place(lite, i);
                members.get(i).add(lite);
                entries.add(new SearchIndex.Entry("article", a.id(), a.article().title(), a.article().text(), a.vector()));
            }
            StoryView built = builder.build(stored);
            StoryView v = new StoryView(storyIds.get(i), built.headline(), built.articles(), built.brief(), built.timeline(),
                    built.claims(), built.discrepancies(), built.quotes(), built.entities());
            updates.add(update(v, "imported"));
            entries.add(new SearchIndex.Entry("story", v.id(), v.headline(), storyText(v), centroid(i)));
        }
        store.stories().saveAll(updates);
        search.putAll(entries);
        return updates.size();
    }

    /** Records a rejection in the store and returns its receipt. */
    public synchronized Receipt reject(Rejection r) {
        store.reject(r);
        return new Receipt(r.input(), Receipt.Status.REJECTED, null, null, r.reason());
    }

    /** Number of stories the desk holds. */
    public synchronized int storyCount() {
        return storyIds.size();
    }

    private void reindex() {
        for (int i = 0; i < storyIds.size(); i++) {
            for (AnnotatedArticle a : members.get(i)) {
                indexArticle(a);
            }
            String id = storyIds.get(i);
            int story = i;
            store.stories().viewJson(id).map(StoryJson::read).ifPresent(v -> indexStory(v, centroid(story)));
        }
    }

    private void indexArticle(AnnotatedArticle a) {
        search.put("article", a.id(), a.article().title(), a.article().text(), a.vector());
    }

    private void indexStory(StoryView v, float[] centroid) {
        search.put("story", v.id(), v.headline(), storyText(v), centroid);
    }

    private static String storyText(StoryView v) {
        StringBuilder body = new StringBuilder();
        v.brief().forEach(b -> body.append(b.text()).append('\n'));
        v.claims().forEach(c -> body.append(c.text()).append('\n'));
        v.articles().forEach(a -> body.append(a.title() == null ? "" : a.title()).append('\n'));
        v.entities().forEach(e -> body.append(e.name()).append('\n'));
        return body.toString();
    }

    private float[] centroid(int story) {
        List<float[]> vs = members.get(story).stream().map(AnnotatedArticle::vector).toList();
        return Vectors.meanUnit(vs, vs.get(0).length);
    }

    private String storyOf(String articleId) {
        List<String> stories = store.stories().ofArticle(articleId);
        return stories.isEmpty() ? null : stories.get(0);
    }

    private String assign(AnnotatedArticle a) {
        store.putVector(a.id(), a.vector());
        AnnotatedArticle lite = new AnnotatedArticle(a.article(), List.of(), a.vector());
        int i = clusterer.add(lite);
        boolean created = i == storyIds.size();
        if (created) {
            storyIds.add(ArticleIds.forStory(List.of(a.id())));
            members.add(new ArrayList<>());
        }
        members.get(i).add(lite);
        full.put(a.id(), a);
        indexArticle(lite);
        rebuild(i, created ? "created" : "article " + a.id() + " joined");
        return storyIds.get(i);
    }

    private void rebuild(int i, String event) {
        List<AnnotatedArticle> m = members.get(i).stream().map(this::fullOf).toList();
        StoryView built = builder.build(m);
        StoryView v = new StoryView(storyIds.get(i), built.headline(), built.articles(), built.brief(), built.timeline(),
                built.claims(), built.discrepancies(), built.quotes(), built.entities());
        store.stories().save(update(v, event));
        indexStory(v, centroid(i));
    }

    private AnnotatedArticle fullOf(AnnotatedArticle lite) {
        AnnotatedArticle a = full.get(lite.id());
        if (a == null) {
            a = annotator.annotate(lite.article());
            full.put(a.id(), a);
        }
        return a;
    }

    static StoryUpdate update(StoryView v, String event) {
        Set<String> outlets = new HashSet<>();
        Set<String> outletKeys = new HashSet<>();
        int independent = 0;
        for (ArticleView a : v.articles()) {
            boolean named = a.outlet() != null && !a.outlet().isBlank();
            outlets.add(named ? a.outlet().strip().toLowerCase(Locale.ROOT) : "input:" + a.input());
            if (named) {
                outletKeys.add(a.outlet());
            }
            if (a.syndicatedFrom() == null) {
                independent++;
            }
        }
        Set<String> entities = new HashSet<>();
        for (Entity e : v.entities()) {
            if (e.name() != null) {
                entities.add(e.name());
            }
            e.aliases().stream().filter(x -> x != null && !x.isBlank()).forEach(entities::add);
        }
        boolean disputed = v.claims().stream().anyMatch(c -> c.status() == Claim.Status.DISPUTED)
                || v.discrepancies().stream().anyMatch(d -> d.verdict() == Discrepancy.Verdict.CONFLICTING);
        String lead = v.brief().stream().map(BriefSentence::text).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(null);
        return new StoryUpdate(v.id(), v.headline(), lead, outlets.size(), independent, disputed, StoryJson.write(v),
                v.articles().stream().map(ArticleView::id).toList(), entities, outletKeys, event);
    }
}
