package dev.parallax.core.brief;

import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.digest.BriefSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a story's extractive brief: whole source sentences, each citing every article of its
 * claim group.
 *
 * <p>First version: claim groups are scored by the centrality of their representative sentence
 * (cosine to the story centroid) raised by their independent support; the best are taken greedily
 * while they are not redundant with one already taken (cosine below {@code redundancy}) and fit
 * the word budget. Sentences that open with a pronoun or a bare reference cannot stand alone and
 * are passed over. The brief is then ordered by where its sentences stand in their articles, so
 * the news comes first and context after.
 */
public final class BriefWriter {
    private static final Pattern DANGLING = Pattern.compile(
            "^(he|she|it|they|this|that|these|those|his|her|its|their|him|them|the move|the decision|the report|"
                    + "the statement|the announcement|but|and|also|however|meanwhile)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;

    private final int budgetWords;
    private final double redundancy;

    public BriefWriter(int budgetWords, double redundancy) {
        if (budgetWords <= 0) {
            throw new IllegalArgumentException("budgetWords must be positive");
        }
        this.budgetWords = budgetWords;
        this.redundancy = redundancy;
    }

    private record Candidate(ClaimGroup group, double score, double position) {
        Sentence sentence() {
            return group.representative().sentence();
        }
    }

    /**
     * @param groups the story's claim groups
     * @param centroid unit vector of the story
     * @param sentenceCounts sentences per article id, to place each sentence within its article
     */
    public List<BriefSentence> write(List<ClaimGroup> groups, float[] centroid, java.util.Map<String, Integer> sentenceCounts) {
        List<Candidate> candidates = new ArrayList<>();
        for (ClaimGroup g : groups) {
            Sentence s = g.representative().sentence();
            int words = s.wordCount();
            if (words < MIN_WORDS || words > MAX_WORDS || DANGLING.matcher(s.text().strip()).find()) {
                continue;
            }
            double centrality = Vectors.dot(s.vector(), centroid);
            double support = 1 + 0.15 * (Math.log(g.independentSources()) / Math.log(2));
            int count = sentenceCounts.getOrDefault(g.representative().articleId(), 1);
            candidates.add(new Candidate(g, centrality * support, s.index() / (double) Math.max(1, count)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        int words = 0;
        for (Candidate c : candidates) {
            int w = c.sentence().wordCount();
            if (words + w > budgetWords + budgetWords / 5 || redundant(c, chosen)) {
                continue;
            }
            chosen.add(c);
            words += w;
            if (words >= budgetWords) {
                break;
            }
        }
        chosen.sort(Comparator.comparingDouble(Candidate::position).thenComparing(Comparator.comparingDouble(Candidate::score).reversed()));
        return chosen.stream().map(c -> new BriefSentence(c.sentence().text(), c.group().articleIds())).toList();
    }

    private boolean redundant(Candidate c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (Vectors.dot(o.sentence().vector(), c.sentence().vector()) >= redundancy) {
                return true;
            }
        }
        return false;
    }
}
