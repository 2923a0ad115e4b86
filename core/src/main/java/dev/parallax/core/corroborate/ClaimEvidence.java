package dev.parallax.core.corroborate;

import java.util.Set;

/**
 * How two statements' evidence beyond their embeddings moves the score at which they are aligned.
 * The score of a pair is its sentence cosine plus, for each signal, its weight times its value, so
 * that the weights are in cosine units and the claim threshold keeps its meaning on pairs with no
 * sparse evidence either way.
 *
 * <p>Signals: {@code sharedNames} the overlap coefficient of their names; {@code otherNames} 1
 * when both name someone or something and share no name; {@code sharedNumbers} 1 when they share a
 * number; {@code otherNumbers} 1 when both give numbers and share none; {@code sharedStems} the
 * Dice coefficient of their content stems.
 */
public record ClaimEvidence(double sharedNames, double otherNames, double sharedNumbers, double otherNumbers,
                            double sharedStems) {

    /** Cosine alone: the aligner's first version. */
    public static final ClaimEvidence NONE = new ClaimEvidence(0, 0, 0, 0, 0);

    /** Fitted on ECB+ (docs/architecture.md, "Calibration"). */
    public static final ClaimEvidence CALIBRATED = NONE;

    /** The signal values of a pair, in the order of the record's components. */
    public static double[] signals(StatementTerms a, StatementTerms b) {
        boolean names = !a.names().isEmpty() && !b.names().isEmpty();
        boolean numbers = !a.numbers().isEmpty() && !b.numbers().isEmpty();
        double nameOverlap = names ? shared(a.names(), b.names()) / (double) Math.min(a.names().size(), b.names().size()) : 0;
        int sharedNumbers = numbers ? shared(a.numbers(), b.numbers()) : 0;
        int stems = a.stems().size() + b.stems().size();
        return new double[] {
            nameOverlap,
            names && nameOverlap == 0 ? 1 : 0,
            sharedNumbers > 0 ? 1 : 0,
            numbers && sharedNumbers == 0 ? 1 : 0,
            stems == 0 ? 0 : 2.0 * shared(a.stems(), b.stems()) / stems
        };
    }

    /** The pair's score: cosine plus the weighted signals. */
    public double score(double cosine, StatementTerms a, StatementTerms b) {
        double[] s = signals(a, b);
        return cosine + sharedNames * s[0] + otherNames * s[1] + sharedNumbers * s[2] + otherNumbers * s[3]
                + sharedStems * s[4];
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
