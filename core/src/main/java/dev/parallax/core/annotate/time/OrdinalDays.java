package dev.parallax.core.annotate.time;

import java.util.regex.Pattern;

/**
 * "Today is the eighth day of the blockade", "it's the second day of an offensive": an ordinal
 * day said to be the present one is the publication day. A tagger counts such a day from
 * publication instead (the second day → the day after), which is never what the text means.
 * An ordinal day in a sentence of another tense ("was the third day") is left as it was read.
 */
final class OrdinalDays {
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)^the\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?day$");
    /** A present copula right before: "is", "it's", "marks", "today is". */
    private static final Pattern IS_BEFORE = Pattern.compile("(?i)(?:\\bis|['’]s|\\bmarks)\\s+$");

    private OrdinalDays() {}

    static TimeExpression apply(String text, TimeAnchor anchor, TimeExpression t) {
        if (anchor == null || t.type() != TimexType.DATE || !ORDINAL_DAY.matcher(t.text().strip()).matches()
                || !IS_BEFORE.matcher(text.substring(Math.max(0, t.span().start() - 12), t.span().start())).find()) {
            return t;
        }
        return t.withValue(anchor.date().toString());
    }
}
