package dev.parallax.core.timeline;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.clean.PhotoCaption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated lines that tell no event, so that a timeline leaves them out: the credit line of an
 * embedded post ("— Jane Doe (@janedoe) November 18, 2019", "A post shared by Jane Doe
 * (@janedoe) on Nov 18, 2019"), a photo caption ({@link PhotoCaption}: "French soldiers patrol
 * outside the cathedral in Paris, April 22, 2015."), and a line that holds nothing but dates ("29 November 2018 |
 * 20 January 2019", an event listing's dates), or mostly dates ("Tue – Sat 4PM (Closed on Sun &
 * Mon)"). A sentence that tells something beside its dates is never one.
 */
final class Eventless {
    /** A handle in parentheses, then the date the post was made, ending the line. */
    private static final Pattern POST_CREDIT = Pattern.compile(
            "\\(@\\w{1,30}\\)\\s*(?:on\\s+)?\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}(?:\\s+at\\s+[\\d:]+\\s*[ap]\\.?m\\.?(?:\\s+[A-Z]{2,4})?)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A word of at least two letters. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /**
     * Fewer words than this outside the sentence's time expressions: only dates. So is a line with
     * more than twice as many words in its dates as outside them: a listing ("Tue – Sat 4PM (Closed
     * on Sun & Mon)"). Words have two letters or more, so that the figures of a clock time ("4:15
     * p.m.") do not make a sentence a listing.
     */
    private static final int MIN_WORDS = 2;

    private Eventless() {}

    /** Whether sentence {@code s} of article {@code a} tells no event of its own. */
    static boolean isEventless(AnnotatedArticle a, Sentence s) {
        String text = s.text();
        if (POST_CREDIT.matcher(text.strip()).find() || PhotoCaption.is(text)) {
            return true;
        }
        return onlyDates(a, s.span());
    }

    /**
     * Whether the span of article {@code a} holds nothing but dates: what an entry would show when
     * its clause was cut down to the time ("Tue" of "Tue – Sat 4PM").
     */
    static boolean onlyDates(AnnotatedArticle a, Span span) {
        String text = span.of(a.article().text());
        StringBuilder rest = new StringBuilder(text);
        int base = span.start();
        for (TimeExpression t : a.times()) {
            int from = Math.max(0, t.span().start() - base);
            int to = Math.min(text.length(), t.span().end() - base);
            for (int i = from; i < to; i++) {
                rest.setCharAt(i, ' ');
            }
        }
        int words = count(WORD.matcher(rest));
        int dateWords = count(WORD.matcher(text)) - words;
        return words < MIN_WORDS || words * 2 < dateWords;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
