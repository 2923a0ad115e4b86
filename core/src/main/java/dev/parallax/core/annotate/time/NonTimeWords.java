package dev.parallax.core.annotate.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tagger output that is no time expression:
 * <ul>
 *   <li>a frequency word used as an adjective ("quarterly dividend", "annual report": TimeML marks
 *       the recurrence only when it is said of an event, "paid quarterly");</li>
 *   <li>"once" and "previously", which say that something came before without placing it, and
 *       "future" as an adjective ("future plans"; "the future" stays);</li>
 *   <li>an age ("52 years old"), which measures a person, not a time of the report;</li>
 *   <li>an acronym read as a unit ("the SEC" as seconds);</li>
 *   <li>a fraction read as quarters of a year ("three-quarters of the vote");</li>
 *   <li>"Day" at the end of a day's name ("Election Day");</li>
 *   <li>a frequency word before a paper's title ("the party daily Granma"), a unit in a
 *       comparison ("quarter-to-quarter"), a month name that begins a person's name ("Foreign
 *       Minister Jan Kavan");</li>
 *   <li>an expression the tagger gave no value and that holds no number or calendar word ("ended").</li>
 * </ul>
 */
final class NonTimeWords {
    private static final Pattern FREQUENCY_ADJECTIVE = Pattern.compile(
            "(?i)(quarterly|annual|yearly|monthly|weekly|daily|hourly|nightly|annually)");
    private static final Pattern NEXT_WORD = Pattern.compile("^[ -]+[a-z]");
    private static final Pattern PLACELESS = Pattern.compile("(?i)once|previously|formerly");
    private static final Pattern AGE = Pattern.compile("(?i).*\\byears?[ -]old\\b.*");
    private static final Pattern FRACTION = Pattern.compile("(?i)^(?:about |nearly |almost |some |roughly |more than )?(?:a|one|two|three)[- ]quarters?$");
    private static final Pattern OF_A_YEAR = Pattern.compile("(?i)^ of (?:the |its |this |that |last |next )?(?:fiscal |calendar )?(?:year|\\d{4})");
    /** "daily Granma", "the business weekly Nikkei": a frequency word naming a paper, its title after it. */
    private static final Pattern TITLE_AFTER = Pattern.compile("^ (?-i:[A-Z])[a-z]");
    /** "Jan Kavan", "April Ryan": a month name without a day that begins a person's name. */
    private static final Pattern BARE_MONTH = Pattern.compile("(?i)jan|feb|mar|apr|april|may|jun|june|jul|aug|august|sep|sept|oct|nov|dec");
    private static final Pattern NAME_AFTER = Pattern.compile("^ (?-i:[A-Z])[a-z]+\\b(?![.,]? \\d)");
    private static final Pattern TIME_WORD_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|on|at|by|for|as|since|until|till|from|to|through|throughout|during|around|of|last|next|this|that|"
                    + "past|coming|early|late|mid|before|after|between|and|or|each|every)\\s+$");
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b[A-Z][a-z]+['’]?s?\\s+$");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,}\\b");

    private NonTimeWords() {}

    static boolean isNoTime(String text, TimeExpression t) {
        String s = t.text().strip();
        if (t.value() == null && !s.matches("(?s).*\\d.*") && CalendarNames.month(s).isEmpty()
                && CalendarNames.weekday(s).isEmpty()) {
            return true;
        }
        if (PLACELESS.matcher(s).matches() || AGE.matcher(s + text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 5))).matches()) {
            return true;
        }
        if (s.equalsIgnoreCase("future")) {
            String before = text.substring(Math.max(0, t.span().start() - 4), t.span().start()).toLowerCase(Locale.ROOT);
            return !before.endsWith("the ") && !before.endsWith("in ");
        }
        String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 30));
        if (FRACTION.matcher(s).matches() && after.startsWith(" of ") && !OF_A_YEAR.matcher(after).find()) {
            return true;
        }
        if (ACRONYM.matcher(s).find() && !s.matches("(?s).*\\d.*")) {
            return true;
        }
        if (s.equals("Day") && t.type() == TimexType.DURATION && NAME_BEFORE.matcher(text.substring(Math.max(0, t.span().start() - 20), t.span().start())).find()) {
            return true; // "Thanksgiving Day", "Election Day": the last word of a day's name, not one day's length
        }
        if (after.startsWith("-to-") && !after.startsWith("-to-date")) {
            return true; // "quarter-to-quarter", "day-to-day": a manner of comparing, not a time
        }
        if (BARE_MONTH.matcher(s).matches() && NAME_AFTER.matcher(after).find()
                && CalendarNames.month(firstWord(after)).isEmpty() && CalendarNames.weekday(firstWord(after)).isEmpty()
                && !TIME_WORD_BEFORE.matcher(text.substring(Math.max(0, t.span().start() - 12), t.span().start())).find()) {
            return true;
        }
        if (t.type() == TimexType.SET && FREQUENCY_ADJECTIVE.matcher(s).matches()) {
            return NEXT_WORD.matcher(after).find()
                    || TITLE_AFTER.matcher(after).find() && CalendarNames.weekday(firstWord(after)).isEmpty();
        }
        return false;
    }

    private static String firstWord(String s) {
        return s.strip().split("\\s+", 2)[0];
    }
}
