package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.util.Objects;

/**
 * A time expression of an article (a TIMEX3 in TimeML's sense), normalised against the article's
 * publication date.
 *
 * @param span where it lies in the article text; like TimeML's TIMEX3 it leaves out the
 *     prepositions that make a range ("since", "until"), which {@link #range()} carries
 * @param text the expression itself ({@code span.of(text)})
 * @param type its TIMEX3 type
 * @param value its TIMEX3 value ({@code 2025-04-26}, {@code 2024-10}, {@code P2W},
 *     {@code PAST_REF}), or null when it could not be normalised
 * @param precision how finely {@code value} pins down time
 * @param range the interval it bounds, or null when it stands alone
 */
public record TimeExpression(Span span, String text, TimexType type, String value, Precision precision,
                             TimeRange range) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(precision, "precision");
    }

    /** This expression with another value (its precision follows the value). */
    public TimeExpression withValue(String newValue) {
        return new TimeExpression(span, text, type, newValue, Precision.of(newValue), range);
    }

    /**
     * Whether the words themselves say the year ("August 2024", "last August", "in '98", "this
     * year"), rather than the year being inferred from the publication date and the tense.
     */
    public boolean namesItsYear() {
        return CalendarNames.namesYear(text) || text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(last|next|this)\\b.*");
    }

    public TimeExpression withRange(TimeRange newRange) {
        return new TimeExpression(span, text, type, value, precision, newRange);
    }
}
