package dev.parallax.core.digest;

import java.util.List;

/** One story as the digest shows it. Lists not yet filled by a stage are empty, never invented. */
public record StoryView(
        String id,
        String headline,
        List<ArticleView> articles,
        List<BriefSentence> brief,
        List<TimelineEntry> timeline,
        List<Claim> claims,
        List<Discrepancy> discrepancies,
        List<Quote> quotes,
        List<Entity> entities) {

    public StoryView {
        articles = List.copyOf(articles);
        brief = List.copyOf(brief);
        timeline = List.copyOf(timeline);
        claims = List.copyOf(claims);
        discrepancies = List.copyOf(discrepancies);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
    }
}
