package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the statements of a story's articles into claim groups.
 *
 * <p>Every sentence with content (six words or more, not a question, not a lead-in ending in a
 * colon) is a statement. Statements are taken in story order; each joins the group holding the
 * statement from another article with the highest pair score when that score reaches the
 * threshold, at most one statement per article and group; otherwise it opens a group. The pair
 * score is the embedding cosine moved by the shared or differing names, numbers and content words
 * ({@link ClaimEvidence}).
 */
public final class ClaimAligner {
    private static final int MIN_WORDS = 6;
    private final double threshold;
    private final ClaimEvidence evidence;

    /** @param threshold pair score at which two statements say the same thing, with the calibrated evidence */
    public ClaimAligner(double threshold) {
        this(threshold, ClaimEvidence.CALIBRATED);
    }

    /**
     * @param threshold pair score (cosine units) at which two statements say the same thing
     * @param evidence the weights of the sparse signals
     */
    public ClaimAligner(double threshold, ClaimEvidence evidence) {
        this.threshold = threshold;
        this.evidence = evidence;
    }

    /**
     * @param articles the story's articles, in story order
     * @param copyOf id of each syndicated copy → id of its original
     * @return the groups, most independent support first, then in order of first appearance
     */
    public List<ClaimGroup> align(List<AnnotatedArticle> articles, Map<String, String> copyOf) {
        List<List<ClaimGroup.Member>> groups = new ArrayList<>();
        Map<Sentence, StatementTerms> terms = new IdentityHashMap<>();
        for (AnnotatedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                if (isStatement(s)) {
                    terms.put(s, StatementTerms.of(s.text()));
                    place(new ClaimGroup.Member(a.id(), s), groups, terms);
                }
            }
        }
        List<ClaimGroup> out = new ArrayList<>();
        for (List<ClaimGroup.Member> g : groups) {
            out.add(new ClaimGroup(g, medoid(g), independent(g, copyOf)));
        }
        List<ClaimGroup> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(ClaimGroup::independentSources).reversed()); // stable: keeps first-appearance order
        return sorted;
    }

    static boolean isStatement(Sentence s) {
        String t = s.text().strip();
        return s.wordCount() >= MIN_WORDS && !t.endsWith("?") && !t.endsWith(":");
    }

    private void place(ClaimGroup.Member m, List<List<ClaimGroup.Member>> groups, Map<Sentence, StatementTerms> terms) {
        int best = -1;
        double bestSim = threshold;
        for (int g = 0; g < groups.size(); g++) {
            List<ClaimGroup.Member> members = groups.get(g);
            if (members.stream().anyMatch(x -> x.articleId().equals(m.articleId()))) {
                continue;
            }
            for (ClaimGroup.Member x : members) {
                double sim = evidence.score(Vectors.dot(x.sentence().vector(), m.sentence().vector()),
                        terms.get(x.sentence()), terms.get(m.sentence()));
                if (sim >= bestSim) {
                    best = g;
                    bestSim = sim;
                }
            }
        }
        if (best < 0) {
            groups.add(new ArrayList<>(List.of(m)));
        } else {
            groups.get(best).add(m);
        }
    }

    /** The member most similar to the others; the earliest on ties. */
    private static ClaimGroup.Member medoid(List<ClaimGroup.Member> g) {
        ClaimGroup.Member best = g.get(0);
        double bestSum = Double.NEGATIVE_INFINITY;
        for (ClaimGroup.Member a : g) {
            double sum = 0;
            for (ClaimGroup.Member b : g) {
                sum += Vectors.dot(a.sentence().vector(), b.sentence().vector());
            }
            if (sum > bestSum + 1e-6) {
                best = a;
                bestSum = sum;
            }
        }
        return best;
    }

    private static int independent(List<ClaimGroup.Member> g, Map<String, String> copyOf) {
        Set<String> origins = new HashSet<>();
        for (ClaimGroup.Member m : g) {
            origins.add(copyOf.getOrDefault(m.articleId(), m.articleId()));
        }
        return origins.size();
    }
}
