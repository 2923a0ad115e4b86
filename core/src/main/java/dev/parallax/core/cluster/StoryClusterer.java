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
 * weighted by IDF learned online, and publication days. Each decision depends only on the articles
 * before it, so the result does not depend on batch boundaries. Not thread-safe; one per stream.
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

    /** @param joinThreshold probability of belonging, under the model, needed to join a story */
    public StoryClusterer(StoryModel model, double joinThreshold) {
        this.model = model;
        this.joinThreshold = joinThreshold;
    }

    /** Assigns the article to a story and returns that story's index (in order of creation). */
    public int add(AnnotatedArticle article) {
        ArticleTerms terms = extractor.extract(article.article());
        Set<String> all = new HashSet<>(terms.entities().keySet());
        all.addAll(terms.keywords().keySet());
        int best = -1;
        double bestP = joinThreshold;
        for (int s : index.candidates(all, df)) {
            double p = model.probability(stories.get(s).evidence(article, terms, df));
            if (p >= bestP) {
                best = s;
                bestP = p;
            }
        }
        return place(article, terms, all, best < 0 ? stories.size() : best);
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

    /** The stories so far, each its members in arrival order. */
    public List<List<AnnotatedArticle>> stories() {
        return stories.stream().map(StoryProfile::members).toList();
    }

    /** Clusters a whole stream, in the order given. */
    public static List<List<AnnotatedArticle>> cluster(List<AnnotatedArticle> arrivals, StoryModel model,
                                                       double joinThreshold) {
        StoryClusterer c = new StoryClusterer(model, joinThreshold);
        arrivals.forEach(c::add);
        return c.stories();
    }
}
