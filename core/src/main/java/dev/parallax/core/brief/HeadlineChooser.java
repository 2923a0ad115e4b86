package dev.parallax.core.brief;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.digest.BriefSentence;
import java.util.List;

/**
 * Picks a story's headline: the title of the article closest to the story centroid among those
 * with a title, cleaned of outlet suffixes and labels ({@link HeadlineCleaner}); without any title,
 * the first of the brief's first three sentences that open with no quotation mark, lean on no
 * sentence before ("She would not …") and make a headline without a blunt cut, else the first of
 * them (with no brief, the first line of the text), cut to a headline's length at a clause or
 * phrase break ({@link HeadlineCleaner#fromSentence}). Never composes new text.
 */
public final class HeadlineChooser {
    private static final java.util.regex.Pattern QUOTED_OPENING = java.util.regex.Pattern.compile("^\\s*[\"“‘'][^\"“”‘’']*[,.!?…][\"”’']");

    private HeadlineChooser() {}

    public static String choose(List<AnnotatedArticle> articles, float[] centroid, List<BriefSentence> brief) {
        AnnotatedArticle best = null;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (AnnotatedArticle a : articles) {
            String t = a.article().title();
            if (t != null && !t.isBlank()) {
                double sim = Vectors.dot(a.vector(), centroid);
                if (sim > bestSim + 1e-6) {
                    best = a;
                    bestSim = sim;
                }
            }
        }
        if (best != null) {
            return HeadlineCleaner.clean(best.article().title());
        }
        if (!brief.isEmpty()) {
            // a quotation is someone's words, not the news: the first sentence that opens with none
            // (a title in quotation marks, '"Avengers: Endgame" shattered …', is no quotation)
            List<String> leads = brief.stream().map(BriefSentence::text).filter(t -> !QUOTED_OPENING.matcher(t).find()).toList();
            String lead = leads.isEmpty() ? brief.get(0).text() : leads.get(0);
            // the first of the brief's first three such sentences that makes a headline without a blunt cut
            return leads.stream().limit(3).filter(t -> !StandaloneFilter.leans(t)).map(HeadlineCleaner::cleanFromSentence)
                    .flatMap(java.util.Optional::stream)
                    .findFirst().orElseGet(() -> HeadlineCleaner.fromSentence(lead));
        }
        return articles.isEmpty() ? "" : articles.get(0).article().text().lines().findFirst().map(HeadlineCleaner::fromSentence)
                .orElse("");
    }
}
