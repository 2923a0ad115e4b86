package dev.parallax.core.brief;

import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.annotate.Words;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a story's extractive brief: source sentences that stand alone ({@link StandaloneFilter}:
 * a wire dateline or credit and a leading connective may be trimmed, nothing else), each citing
 * every article of its claim group, with the span of the source it shows.
 *
 * <p>Each claim group is shown by its representative, or by its first member that stands alone;
 * failing that, by one that leans on the sentence before it (shown only right after that sentence's
 * claim) or is long (taken only to fill a brief short of its budget). Its prior is the
 * {@link SentenceScorer}'s log-odds, plus its centrality (cosine to the story centroid), plus how
 * early any article states it (news puts the event first), plus its independent support, plus a little
 * for a quotation (the main reactions in the sources' own words). Sentences are then taken greedily
 * by prior plus the weight of the story concepts they add ({@link ConceptCoverage}: content words
 * and bigrams weighted by the articles that mention them, per word, after Gillick and Favre 2009) minus their similarity to those already taken (MMR, Carbonell and Goldstein 1998),
 * never one as similar as {@code redundancy}, until the word budget is reached (overshooting it by
 * at most a tenth). The brief is ordered by where its sentences stand in their articles. Weights
 * were set on the Multi-News validation sample ({@code parallax eval summary}).
 */
public final class BriefWriter {
    /**
     * The weights of a candidate's score.
     *
     * @param learned per unit of the {@link SentenceScorer}'s log-odds
     * @param centrality per unit of cosine to the story centroid
     * @param early per unit of how early (0 last, 1 first) any article states the claim
     * @param support per doubling of the claim's independent sources
     * @param coverage per unit of concept weight added, divided by words to the power {@code perWord}
     * @param perWord how strongly coverage is normalised by length (0 none, 1 per word)
     * @param similarity per unit of cosine to the most similar sentence already chosen
     * @param quotation for a sentence that quotes someone: the main reactions in the sources' own words
     */
    public record Weights(double learned, double centrality, double early, double support, double coverage,
                          double perWord, double similarity, double quotation) {
        /**
         * The weights set on the Multi-News validation sample: tuned on its even clusters and kept
         * only where its odd clusters gained too ({@code SummaryTuning} in the eval tests).
         */
        public static Weights tuned() {
            return new Weights(0.4, 1, 0.6, 0.3, 0.8, 1, 0.3, 0.1);
        }
    }

    /**
     * The brief may overshoot its budget by at most budget / {@value}: a closing sentence that
     * ends near the budget is worth more than a longer one cut short where the brief is read to a
     * fixed length (a fifth was the bound before; a tenth raised ROUGE-1 and -2 at 260 words on
     * both halves of the Multi-News sample).
     */
    private static final int OVERSHOOT = 10;
    private static final java.util.regex.Pattern CONNECTIVE = java.util.regex.Pattern.compile(
            "^(?:However|But|Yet|Still|Meanwhile),?\\s+");
    private final StandaloneFilter filter = new StandaloneFilter();
    private final int budgetWords;
    private final double redundancy;
    private final Weights weights;
    private final SentenceScorer scorer;

    public BriefWriter(int budgetWords, double redundancy) {
        this(budgetWords, redundancy, Weights.tuned(), SentenceScorer.fitted());
    }

    public BriefWriter(int budgetWords, double redundancy, Weights weights, SentenceScorer scorer) {
        if (budgetWords <= 0) {
            throw new IllegalArgumentException("budgetWords must be positive");
        }
        this.budgetWords = budgetWords;
        this.redundancy = redundancy;
        this.weights = weights;
        this.scorer = scorer;
    }

    /**
     * A claim group as the brief would show it.
     *
     * @param leansOn "article#index" of the sentence it must follow (its opening leans on it), or null
     * @param soft whether it fails a soft rule only (too long), to be taken only when nothing else is left
     */
    private record Candidate(ClaimGroup group, ClaimGroup.Member member, String text, SourceSpan span, int words,
                             double prior, double position, double[] features, String leansOn, boolean soft) {
        Sentence sentence() {
            return member.sentence();
        }

        /** "article#index" of every statement of its group. */
        List<String> keys() {
            return group.members().stream().map(m -> m.articleId() + "#" + m.sentence().index()).toList();
        }
    }

    /**
     * A candidate's features, for fitting the {@link SentenceScorer}.
     *
     * @param text what the brief would show
     * @param statements the texts of every statement of its claim group
     * @param features in the order of {@link SentenceScorer#featureNames()}
     * @param leaning whether it may be shown only after the sentence before it, or only to fill the budget
     */
    public record CandidateFeatures(String text, List<String> statements, double[] features, boolean leaning) {}

    /**
     * The features of every candidate of a story, as {@link #write} would score them.
     *
     * @param texts article id → its text, so that sentences inside a quotation are candidates as {@code write} sees them
     */
    public List<CandidateFeatures> features(List<ClaimGroup> groups, float[] centroid, Map<String, Integer> sentenceCounts,
            Map<String, String> texts) {
        SentenceFeatures features = new SentenceFeatures(groups, centroid, sentenceCounts);
        List<CandidateFeatures> out = new ArrayList<>();
        for (ClaimGroup g : groups) {
            candidate(g, features, texts).ifPresent(c -> out.add(new CandidateFeatures(c.text(),
                    g.members().stream().map(m -> m.sentence().text()).toList(), c.features(),
                    c.leansOn() != null || c.soft())));
        }
        return out;
    }

    /**
     * @param groups the story's claim groups
     * @param centroid unit vector of the story
     * @param sentenceCounts sentences per article id, to place each sentence within its article
     */
    public List<BriefSentence> write(List<ClaimGroup> groups, float[] centroid, Map<String, Integer> sentenceCounts) {
        return write(groups, centroid, sentenceCounts, Map.of());
    }

    /**
     * As {@link #write(List, float[], Map)}, marking what is disputed as disputed: a chosen claim
     * that someone in the story denies is followed by the denial itself, verbatim (a leading
     * "However," or "But" trimmed), so the brief never states a disputed claim as plain fact.
     *
     * @param denials for each disputed group, the statement that denies it
     */
    public List<BriefSentence> write(List<ClaimGroup> groups, float[] centroid, Map<String, Integer> sentenceCounts,
            Map<ClaimGroup, ClaimGroup.Member> denials) {
        return write(groups, centroid, sentenceCounts, denials, Map.of());
    }

    /**
     * As {@link #write(List, float[], Map, Map)}, with the story's syndicated copies known: a copy
     * and its original count as one article when story concepts are weighted and in the lexical
     * centroid, so that a wire story printed by many outlets does not outweigh what independent
     * reports agree on.
     *
     * @param copyOf id of each copy → id of its original
     */
    public List<BriefSentence> write(List<ClaimGroup> groups, float[] centroid, Map<String, Integer> sentenceCounts,
            Map<ClaimGroup, ClaimGroup.Member> denials, Map<String, String> copyOf) {
        return write(groups, centroid, sentenceCounts, denials, copyOf, Map.of());
    }

    /**
     * As {@link #write(List, float[], Map, Map, Map)}, with the articles' texts known: a sentence
     * that starts inside a quotation an earlier sentence opened ({@link OpenQuotation}) is the
     * speaker's, not the outlet's, so it leans on the sentence before it like an opening "he".
     *
     * @param texts article id → its text
     */
    public List<BriefSentence> write(List<ClaimGroup> groups, float[] centroid, Map<String, Integer> sentenceCounts,
            Map<ClaimGroup, ClaimGroup.Member> denials, Map<String, String> copyOf, Map<String, String> texts) {
        SentenceFeatures features = new SentenceFeatures(groups, centroid, sentenceCounts, copyOf);
        List<Candidate> candidates = new ArrayList<>();
        for (ClaimGroup g : groups) {
            candidate(g, features, texts).ifPresent(candidates::add);
        }
        List<String> statements = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        groups.forEach(g -> g.members().forEach(m -> {
            statements.add(m.sentence().text());
            articles.add(copyOf.getOrDefault(m.articleId(), m.articleId()));
        }));
        List<Candidate> chosen = ordered(select(candidates, new ConceptCoverage(statements, articles)));
        List<BriefSentence> out = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        chosen.forEach(c -> shown.add(c.sentence().text()));
        for (Candidate c : chosen) {
            out.add(new BriefSentence(c.text(), c.group().articleIds(), spans(c)));
            ClaimGroup.Member denial = denials.get(c.group());
            if (denial != null && shown.add(denial.sentence().text())) {
                String original = denial.sentence().text();
                String text = CONNECTIVE.matcher(original.strip()).replaceFirst("");
                SourceSpan span = trimmedSpan(denial, original.indexOf(text), text.length());
                text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
                out.add(new BriefSentence(text, List.of(denial.articleId()), List.of(span)));
            }
        }
        return out;
    }

    /**
     * The group's first member that stands alone; failing that, its first member that leans on the
     * sentence before it or is long ({@link StandaloneFilter#keepLeaning}).
     */
    private Optional<Candidate> candidate(ClaimGroup g, SentenceFeatures features, Map<String, String> texts) {
        List<ClaimGroup.Member> members = new ArrayList<>();
        members.add(g.representative());
        g.members().stream().filter(m -> m != g.representative()).forEach(members::add);
        for (boolean leaning : new boolean[] {false, true}) {
            for (ClaimGroup.Member m : members) {
                String text = texts.get(m.articleId());
                boolean quoted = text != null && OpenQuotation.at(text, m.sentence().span().start());
                if (quoted && !leaning) {
                    continue;
                }
                Optional<Span> kept = leaning ? filter.keepLeaning(m.sentence().text()) : filter.keep(m.sentence().text());
                boolean orphan = kept.isPresent() && m.sentence().index() == 0
                        && StandaloneFilter.leans(StandaloneFilter.capitalised(kept.get().of(m.sentence().text())));
                if (kept.isPresent() && !orphan) {
                    return Optional.of(candidate(g, m, kept.get(), features, quoted));
                }
            }
        }
        return Optional.empty();
    }

    private Candidate candidate(ClaimGroup g, ClaimGroup.Member m, Span kept, SentenceFeatures features, boolean quoted) {
        Sentence s = m.sentence();
        String text = StandaloneFilter.capitalised(kept.of(s.text()));
        double[] f = features.of(g, m, text);
        double prior = weights.learned() * scorer.logit(f) + weights.centrality() * f[0] + weights.early() * f[2]
                + weights.support() * f[7] + weights.quotation() * f[SentenceFeatures.QUOTE_FEATURE];
        SourceSpan span = new SourceSpan(m.articleId(), s.span().start() + kept.start(), s.span().start() + kept.end());
        String leansOn = StandaloneFilter.leans(text) || quoted ? m.articleId() + "#" + (s.index() - 1) : null;
        boolean soft = StandaloneFilter.tooLong(text);
        return new Candidate(g, m, text, span, Words.count(text), prior, features.place(m), f, leansOn, soft);
    }

    /**
     * By where each sentence stands in its article; a sentence that leans on the one before it
     * comes right after that one.
     */
    private static List<Candidate> ordered(List<Candidate> chosen) {
        List<Candidate> roots = new ArrayList<>(chosen.stream().filter(c -> c.leansOn() == null).toList());
        roots.sort(Comparator.comparingDouble(Candidate::position)
                .thenComparing(Comparator.comparingDouble(Candidate::prior).reversed()));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : roots) {
            appendWithFollowers(c, chosen, out);
        }
        return out;
    }

    private static void appendWithFollowers(Candidate c, List<Candidate> chosen, List<Candidate> out) {
        out.add(c);
        for (Candidate f : chosen) {
            if (f.leansOn() != null && c.keys().contains(f.leansOn())) {
                appendWithFollowers(f, chosen, out);
            }
        }
    }

    /** The chosen member's span (its trim applied), then the group's other statements. */
    private static List<SourceSpan> spans(Candidate c) {
        List<SourceSpan> out = new ArrayList<>();
        out.add(c.span());
        for (ClaimGroup.Member m : c.group().members()) {
            if (m != c.member()) {
                out.add(new SourceSpan(m.articleId(), m.sentence().span().start(), m.sentence().span().end()));
            }
        }
        return out;
    }

    private static SourceSpan trimmedSpan(ClaimGroup.Member m, int offset, int length) {
        int start = m.sentence().span().start() + Math.max(0, offset);
        return new SourceSpan(m.articleId(), start, Math.min(m.sentence().span().end(), start + length));
    }

    /**
     * Greedy choice by prior, concept gain and similarity. A candidate that leans on the sentence
     * before it is open only once that sentence is chosen; one that fails a soft rule only once
     * nothing else fits, so that a brief short of its budget is filled with source sentences.
     */
    private List<Candidate> select(List<Candidate> candidates, ConceptCoverage coverage) {
        List<Candidate> left = new ArrayList<>(candidates);
        List<Candidate> chosen = new ArrayList<>();
        java.util.Set<String> chosenKeys = new java.util.HashSet<>();
        int words = 0;
        boolean filling = false;
        while (words < budgetWords) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : left) {
                if ((c.soft() && !filling) || (c.leansOn() != null && !chosenKeys.contains(c.leansOn()))) {
                    continue;
                }
                double sim = maxSimilarity(c, chosen);
                if (sim >= redundancy || words + c.words() > budgetWords + budgetWords / OVERSHOOT) {
                    continue;
                }
                double value = c.prior() + weights.coverage() * coverage.gain(c.text()) / Math.pow(c.words(), weights.perWord())
                        - weights.similarity() * sim;
                if (value > bestValue) {
                    best = c;
                    bestValue = value;
                }
            }
            if (best == null) {
                if (filling) {
                    break;
                }
                filling = true;
                continue;
            }
            left.remove(best);
            coverage.cover(best.text());
            chosen.add(best);
            chosenKeys.addAll(best.keys());
            words += best.words();
        }
        return chosen;
    }

    private static double maxSimilarity(Candidate c, List<Candidate> chosen) {
        double max = 0;
        for (Candidate o : chosen) {
            max = Math.max(max, Vectors.dot(o.sentence().vector(), c.sentence().vector()));
        }
        return max;
    }
}
