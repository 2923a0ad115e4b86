package dev.parallax.eval.alignment;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.cluster.CopyDetector;
import dev.parallax.core.corroborate.ClaimAligner;
import dev.parallax.core.corroborate.ClaimEvidence;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.core.pipeline.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the {@link ClaimEvidence} weights on ECB+ and checks them by two-fold cross-validation
 * over topics (odd against even topic numbers). On the training topics, a grid over the weights
 * (cosine units) and the threshold keeps the setting with the best aligner F1 among those whose
 * precision is at least that of cosine alone at the digest's threshold, so that the evidence buys
 * recall without merging more loosely. (A logistic regression of the pair labels was tried first:
 * its slopes swung in sign between the folds, since most pairs of a story share its event.) Usage:
 * {@code AlignmentCalibration DATA_ROOT}.
 */
public final class AlignmentCalibration {
    private AlignmentCalibration() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<StoryPairs> stories = AlignmentEvaluation.scored(
                AlignmentEvaluation.stories(EcbPlusSentences.read(root.resolve(AlignmentEvaluation.ECB))), ProgressListener.NONE);
        double base = DigestOptions.defaults().claimThreshold();
        for (int fold = 0; fold < 2; fold++) {
            int f = fold;
            List<StoryPairs> train = stories.stream().filter(s -> topic(s) % 2 == f).toList();
            List<StoryPairs> test = stories.stream().filter(s -> topic(s) % 2 != f).toList();
            Fitted fit = fit(train, base);
            PairCounts before = score(test, base, ClaimEvidence.NONE);
            PairCounts after = score(test, fit.threshold(), fit.evidence());
            System.out.printf(Locale.ROOT, "fold %d: %s threshold %.2f | held out: cosine P %.3f R %.3f F1 %.3f → "
                    + "evidence P %.3f R %.3f F1 %.3f%n", fold, fit.evidence(), fit.threshold(), before.precision(),
                    before.recall(), before.f1(), after.precision(), after.recall(), after.f1());
        }
        Fitted all = fit(stories, base);
        PairCounts c = score(stories, all.threshold(), all.evidence());
        System.out.printf(Locale.ROOT, "all topics: %s threshold %.2f: P %.3f R %.3f F1 %.3f%n", all.evidence(),
                all.threshold(), c.precision(), c.recall(), c.f1());
    }

    record Fitted(ClaimEvidence evidence, double threshold) {}

    static Fitted fit(List<StoryPairs> train, double base) {
        double floor = score(train, base, ClaimEvidence.NONE).precision();
        Fitted best = new Fitted(ClaimEvidence.NONE, base);
        double bestF1 = score(train, base, ClaimEvidence.NONE).f1();
        for (double stems : new double[] {0, 0.05, 0.10, 0.15, 0.20}) {
            for (double names : new double[] {0, 0.03, 0.06}) {
                for (double numbers : new double[] {0, 0.03, 0.06}) {
                    for (double otherNames : new double[] {0, -0.03}) {
                        for (int k = 0; k <= 12; k++) {
                            double t = 0.80 + 0.01 * k;
                            ClaimEvidence e = new ClaimEvidence(names, otherNames, numbers, 0, stems);
                            PairCounts c = score(train, t, e);
                            if (c.precision() >= floor && c.f1() > bestF1 + 1e-9) {
                                best = new Fitted(e, t);
                                bestF1 = c.f1();
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    static PairCounts score(List<StoryPairs> stories, double threshold, ClaimEvidence evidence) {
        ClaimAligner aligner = new ClaimAligner(threshold, evidence);
        CopyDetector copies = new CopyDetector(DigestOptions.defaults().copyThreshold());
        PairCounts sum = PairCounts.ZERO;
        for (StoryPairs s : stories) {
            Map<String, String> copyOf = copies.copies(s.articles().stream().map(AnnotatedArticle::article).toList());
            sum = sum.plus(s.counts(aligner.align(s.articles(), copyOf)));
        }
        return sum;
    }

    private static int topic(StoryPairs s) {
        return Integer.parseInt(s.story().replaceAll("\\D.*", ""));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
