package dev.parallax.core.cluster;

/**
 * A logistic model of "this article belongs to that story" over {@link LinkEvidence}: the
 * probability is {@code σ(bias + embedding·e + entities·n + keywords·k − days·min(Δdays, maxDays))},
 * the time term left out when a date is missing. Coefficients are fitted on article–story pairs
 * (docs/architecture.md, "Calibration").
 *
 * @param maxDays days beyond which a larger gap no longer lowers the probability
 */
public record StoryModel(double bias, double embedding, double entities, double keywords, double days, double maxDays) {

    /**
     * The calibrated model: slopes fitted by logistic regression on article–story pairs of ECB+ and
     * Multi-News, the intercept then set for the best B-cubed F1 over both sets at probability 0.5;
     * the day slope is a prior (no dated gold data yet). See docs/architecture.md, "Calibration".
     */
    public static StoryModel defaults() {
        return new StoryModel(-12.0, 9.6, 14.1, 3.1, 0.1, 14);
    }

    /** The log-odds that the article belongs to the story. */
    public double logit(LinkEvidence e) {
        double z = bias + embedding * e.embedding() + entities * e.entities() + keywords * e.keywords();
        if (!Double.isNaN(e.days())) {
            z -= days * Math.min(Math.abs(e.days()), maxDays);
        }
        return z;
    }

    public double probability(LinkEvidence e) {
        return 1 / (1 + Math.exp(-logit(e)));
    }
}
