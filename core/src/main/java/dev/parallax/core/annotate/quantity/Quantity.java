package dev.parallax.core.annotate.quantity;

import dev.parallax.core.annotate.Span;
import java.util.Objects;

/**
 * A quantity an article states, normalised to an interval so that two outlets' figures can be
 * compared: "more than 2,000 protesters" is a count of protesters in (2000, ∞).
 *
 * @param span the whole expression in the article text, qualifier and counted words included
 * @param text {@code span.of(articleText)}
 * @param kind what sort of figure it is
 * @param low lower bound of the interval (0 for "fewer than 10")
 * @param high upper bound, or null when the interval is open upwards ("at least 12")
 * @param lowInclusive whether {@code low} itself is in the interval
 * @param highInclusive whether {@code high} itself is in the interval (false when unbounded)
 * @param approximate whether the article hedges the figure ("about", "some", "hundreds of")
 * @param unit ISO 4217 currency code for money, {@code "%"} for percentages, null for counts
 * @param counted what is counted, normalised so that like compares with like ("troop" for
 *     troops, soldiers and servicemen; "killed" for "12 people were killed"); null when the
 *     figure counts nothing named
 * @param increment whether the figure adds to an earlier one ("another 3,000 troops", "2,000 more"),
 *     so that it is not a total to compare with others
 */
public record Quantity(Span span, String text, Kind kind, double low, Double high, boolean lowInclusive,
        boolean highInclusive, boolean approximate, String unit, String counted, boolean increment) {
    /** The sort of figure. */
    public enum Kind { COUNT, PERCENT, MONEY }

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (high != null && high < low) {
            throw new IllegalArgumentException("empty interval [" + low + ", " + high + "] for " + text);
        }
    }

    /** Whether the two intervals share a value: the figures are consistent. */
    public boolean overlaps(Quantity other) {
        return below(low, lowInclusive, other.high, other.highInclusive)
                && below(other.low, other.lowInclusive, high, highInclusive);
    }

    /** Whether the two are totals of the same thing in the same unit, so that comparing them makes sense. */
    public boolean comparableWith(Quantity other) {
        return kind == other.kind && Objects.equals(unit, other.unit) && counted != null
                && counted.equals(other.counted) && !increment && !other.increment;
    }

    /** The interval in mathematical notation, "(10000, ∞)", "[270, 330]", "12"; "≈" marks a hedged figure. */
    public String interval() {
        String lo = number(low);
        if (high != null && high == low) {
            return (approximate ? "≈" : "") + lo;
        }
        String hi = high == null ? "∞" : number(high);
        return (approximate ? "≈" : "") + (lowInclusive ? "[" : "(") + lo + ", " + hi
                + (highInclusive ? "]" : ")");
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static boolean below(double lo, boolean loIn, Double hi, boolean hiIn) {
        if (hi == null) {
            return true;
        }
        return loIn && hiIn ? lo <= hi : lo < hi;
    }
}
