package dev.parallax.core.cluster;

import dev.parallax.core.annotate.AnnotatedArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Online single-pass story linking: articles arrive one at a time; each joins the candidate story
 * that the {@link StoryModel} gives the highest probability, when that reaches the join threshold,
 * and opens a new story otherwise. Candidates are the stories sharing one of the article's rarest
 * terms ({@link TermIndex}); evidence combines the embedding centroid, name-like and keyword terms
 * weighted by IDF learned online, and publication days. After an article joins a story, the
 * {@link StoryMerger} may merge that story with another candidate (see {@link #merges()}). Each
 * decision depends only on the articles before it, so the result does not depend on batch
 * boundaries. Not thread-safe; one per stream.
 */
public final class StoryClusterer {
    /** How many of an article's rarest indexed terms are followed to candidate stories. */
    static final int QUERY_TERMS = 40;

    private final StoryModel model;
    private final double joinThreshold;
    private final TermExtractor extractor = new TermExtractor();
    private final DocumentFrequencies df = new DocumentFrequencies();
    private final TermIndex index = new TermIndex(QUERY_TERMS);
    private final List<StoryProfile> stories = new ArrayList<>();
    private final StoryMerger merger;
    private final List<StoryMerge> merges = new ArrayList<>();

    /** @param joinThreshold probability of belonging, under the model, needed to join a story */
    public StoryClusterer(StoryModel model, double joinThreshold) {
        this(model, joinThreshold, StoryMerger.never());
    }

    /** @param merger decides when the story an article joined and another candidate story are one */
    public StoryClusterer(StoryModel model, double joinThreshold, StoryMerger merger) {
        this.model = model;
        this.joinThreshold = joinThreshold;
        this.merger = merger;
    }

    /** Assigns the article to a story and returns that story's index (in order of creation). */
    public int add(AnnotatedArticle article) {
        ArticleTerms terms = extractor.extract(article.article());
        Set<String> all = new HashSet<>(terms.entities().keySet());
        all.addAll(terms.keywords().keySet());
        int best = -1;
        double bestP = joinThreshold;
        Set<Integer> candidates = index.candidates(all, df);
        for (int s : candidates) {
            double p = model.probability(stories.get(s).evidence(article, terms, df));
            if (p >= bestP) {
                best = s;
                bestP = p;
            }
        }
        int story = place(article, terms, all, best < 0 ? stories.size() : best);
        return best < 0 ? story : merger.mergeAfterJoin(story, candidates, stories, df, index, merges);
    }

    /**
     * Puts the article into the given story (a new one when {@code story} is the story count) and
     * learns from it; for calibration on gold assignments. Returns the story index.
     */
    public int place(AnnotatedArticle article, int story) {
        ArticleTerms terms = extractor.extract(article.article());
        Set<String> all = new HashSet<>(terms.entities().keySet());
        all.addAll(terms.keywords().keySet());
        return place(article, terms, all, story);
    }

    private int place(AnnotatedArticle article, ArticleTerms terms, Set<String> all, int story) {
        if (story == stories.size()) {
            stories.add(new StoryProfile());
        }
        stories.get(story).add(article, terms);
        index.add(story, all);
        df.add(all);
        return story;
    }

    /** The evidence for the article joining each story so far, by story index; for calibration. */
    public List<LinkEvidence> evidence(AnnotatedArticle article) {
        ArticleTerms terms = extractor.extract(article.article());
        return stories.stream().map(s -> s.evidence(article, terms, df)).toList();
    }

    /** The stories so far, each its members in arrival order; in order of creation, stories merged into others left out. */
    public List<List<AnnotatedArticle>> stories() {
        return stories.stream().filter(s -> !s.isEmpty()).map(StoryProfile::members).toList();
    }

    /** The merges so far, in the order they happened. */
    public List<StoryMerge> merges() {
        return List.copyOf(merges);
    }

    /** Clusters a whole stream, in the order given. */
    public static List<List<AnnotatedArticle>> cluster(List<AnnotatedArticle> arrivals, StoryModel model,
                                                       double joinThreshold) {
        StoryClusterer c = new StoryClusterer(model, joinThreshold);
        arrivals.forEach(c::add);
        return c.stories();
    }
}
