package dev.parallax.core.brief;

import java.util.Arrays;

/**
 * A logistic model of whether a candidate belongs in a good brief: the log-odds
 * {@code intercept + Σ coefficient·feature} over {@link SentenceFeatures#NAMES}. {@link #fitted()}
 * holds coefficients fitted on the Multi-News validation sample's even clusters, with the greedy
 * ROUGE oracle's choices as the labels, and confirmed on its odd clusters.
 */
public final class SentenceScorer {
    private final double intercept;
    private final double[] coefficients;

    /**
     * @param intercept the log-odds of a candidate whose features are all 0
     * @param coefficients one per feature, in the order of {@link #featureNames()}
     */
    public SentenceScorer(double intercept, double[] coefficients) {
        if (coefficients.length != SentenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("need " + SentenceFeatures.NAMES.size() + " coefficients, got "
                    + coefficients.length);
        }
        this.intercept = intercept;
        this.coefficients = coefficients.clone();
    }

    /**
     * Fitted by {@code SummaryTuning fit} (eval tests; see README "Brief weights"): L2-regularised
     * logistic regression (λ = 1 on standardised features, Newton's method), one row per candidate
     * of the 125 even clusters, labelled 1 when one of its group's statements is among the greedy
     * oracle's choices at 260 words. The coefficients are for the raw features.
     */
    public static SentenceScorer fitted() {
        // ./tune.sh fit (SummaryTuning): line "o.4old oracle@1 0.4 1 0.6 0.3 0.8 1 0.3"
        return new SentenceScorer(-1.3973, new double[] {-2.0761, 4.5330, -0.8084, 0.0757, 0.4190, 1.6759, -0.3862,
            -0.4989, 1.7075, -0.8724, 0.3059, 0.5359, -0.8158, 0.2086, 0.2417, 2.1673});
    }

    /** The features' names, in the order the coefficients follow. */
    public static java.util.List<String> featureNames() {
        return SentenceFeatures.NAMES;
    }

    /** The log-odds of a candidate with these features. */
    public double logit(double[] features) {
        double z = intercept;
        for (int i = 0; i < coefficients.length; i++) {
            z += coefficients[i] * features[i];
        }
        return z;
    }

    @Override
    public String toString() {
        return "SentenceScorer[" + intercept + ", " + Arrays.toString(coefficients) + "]";
    }
}
