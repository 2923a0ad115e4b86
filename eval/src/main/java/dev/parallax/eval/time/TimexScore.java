package dev.parallax.eval.time;

/**
 * Counts of one system's time expressions against gold, as TempEval-3 (UzZaman et al. 2013)
 * scores them: a system expression matches a gold one strictly when the spans are equal and
 * relaxed when they overlap (one to one); type and value are judged on relaxed matches.
 *
 * @param system expressions the system gave
 * @param gold gold expressions
 * @param strict pairs with equal spans
 * @param relaxed pairs with overlapping spans
 * @param typeRight relaxed pairs with the same TIMEX3 type
 * @param valueRight relaxed pairs with the same TIMEX3 value
 */
record TimexScore(int system, int gold, int strict, int relaxed, int typeRight, int valueRight) {

    static TimexScore empty() {
        return new TimexScore(0, 0, 0, 0, 0, 0);
    }

    TimexScore plus(TimexScore o) {
        return new TimexScore(system + o.system, gold + o.gold, strict + o.strict, relaxed + o.relaxed,
                typeRight + o.typeRight, valueRight + o.valueRight);
    }

    double strictPrecision() {
        return ratio(strict, system);
    }

    double strictRecall() {
        return ratio(strict, gold);
    }

    double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Right types over relaxed matches. */
    double typeAccuracy() {
        return ratio(typeRight, relaxed);
    }

    /** TempEval-3's attribute F1: relaxed F1 × type accuracy (right types over system and over gold). */
    double typeF1() {
        return f1(ratio(typeRight, system), ratio(typeRight, gold));
    }

    /** Right values over relaxed matches. */
    double valueAccuracy() {
        return ratio(valueRight, relaxed);
    }

    /** Right values over system expressions and over gold ones, combined. */
    double valueF1() {
        return f1(ratio(valueRight, system), ratio(valueRight, gold));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
