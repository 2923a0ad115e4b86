package dev.parallax.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of an annotated document that SUTime can find something in: those with a month or
 * weekday name (capitalised, since "may", "march", "sat" and "wed" in lower case are verbs), a unit
 * or word of time ("weeks", "ago", "yesterday", "now", "quarter", "summer"), or a number that can
 * be a time: a year-like number ("1998", "2024-25", "FY2024"), a decade ("1990s", "'90s"), a
 * two-digit year ("'98"), a clock time ("10:30", "5pm", "5 p.m."), a numeric date ("3/12",
 * "2025-04-27", "27.04.2025", not the decimal "3.5"), an ordinal ("5th"), or a number joined to a unit ("24-hour", "10-day"). Other
 * numbers — counts, prices, percentages, which fill most news sentences — make no time by
 * themselves, nor do number words without a unit, nor words SUTime reads no time from on their own
 * ("time", "then", "soon", "meanwhile", "moment", "period": on TempEval-3 its output is the same
 * without them, and they bring a tenth of a news article's tokens). A sentence without any cue holds no time
 * expression SUTime's English rules read, so skipping it changes nothing but the time spent:
 * SUTime's cost grows with every token it is given (its rules are tried at each position).
 */
final class TimeCueSentences {
    private static final Pattern CALENDAR_NAME = Pattern.compile(
            "(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October"
            + "|Nov|November|Dec|December|Mon|Monday|Tue|Tues|Tuesday|Wed|Wednesday|Thu|Thur|Thurs|Thursday|Fri|Friday"
            + "|Sat|Saturday|Sun|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\\.?"
            + "|(?:JAN|JANUARY|FEB|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPT|SEPTEMBER|OCT|OCTOBER|NOV|NOVEMBER|DEC|DECEMBER"
            + "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)");
    private static final Pattern WORD = Pattern.compile(
            "years?|yearly|months?|monthly|weeks?|weekly|weekends?|days?|daily|today|tonight|yesterday|tomorrow"
            + "|now|nowadays|current|currently|recent|recently|ago|earlier|later|past|future|previous|previously|once|formerly"
            + "|mornings?|afternoons?|evenings?|nights?|nightly|noon|midday|midnight|overnight|dawn|dusk|hours?|hourly|minutes?"
            + "|seconds?|decades?|century|centuries|millennium|quarters?|quarterly|semesters?|seasons?|spring|summer|autumn|fall"
            + "|winter|annual|annually|fortnight|christmas|easter|thanksgiving|ramadan|eid|diwali|holidays?"
            + "|o'clock"
            + "|[a-z0-9]+-(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|quarters?|century)(?:-olds?)?");
    private static final Pattern TIME_NUMBER = Pattern.compile(
            ".*(?<!\\d)(?:1\\d|20|21)\\d\\d(?!\\d).*|'?\\d0s|'\\d\\d|\\d{1,2}:\\d\\d.*|\\d{1,2}(?:[ap]\\.?m\\.?|h|hrs)"
            + "|\\d{1,4}[/-]\\d{1,2}(?:[/-]\\d{1,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d+(?:st|nd|rd|th)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "gmt", "utc",
            "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "ist", "jst", "hrs", "h");

    private TimeCueSentences() {}

    /** A view of {@code doc} with only its sentences that hold a time cue (the same token objects, offsets and date). */
    static Annotation of(Annotation doc) {
        Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> st = s.get(CoreAnnotations.TokensAnnotation.class);
            if (hasCue(st)) {
                sentences.add(s);
                tokens.addAll(st);
            }
        }
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sub;
    }

    static boolean hasCue(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (CALENDAR_NAME.matcher(w).matches()) {
                return true;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (WORD.matcher(lower).matches() || TIME_NUMBER.matcher(lower).matches()) {
                return true;
            }
            if (NUMBER.matcher(w).matches() && i + 1 < tokens.size()
                    && CLOCK_WORDS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
