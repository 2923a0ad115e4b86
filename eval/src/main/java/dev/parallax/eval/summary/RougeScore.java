package dev.parallax.eval.summary;

/**
 * Precision, recall and F1 of one ROUGE measure for one summary, each in [0, 1].
 */
public record RougeScore(double precision, double recall, double f1) {
    public static final RougeScore ZERO = new RougeScore(0, 0, 0);

    /** From the hits and the sizes of candidate and reference; zero when either is empty. */
    static RougeScore of(double hits, double candidateSize, double referenceSize) {
        if (hits <= 0 || candidateSize <= 0 || referenceSize <= 0) {
            return ZERO;
        }
        double p = hits / candidateSize;
        double r = hits / referenceSize;
        return new RougeScore(p, r, 2 * p * r / (p + r));
    }
}
