package dev.parallax.core.annotate.time;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tagger output that is no time expression:
 * <ul>
 *   <li>a frequency word used as an adjective ("quarterly dividend", "annual report"; not "annually", an adverb: TimeML marks
 *       the recurrence only when it is said of an event, "paid quarterly");</li>
 *   <li>"once" and "previously", which say that something came before without placing it, and
 *       "future" as an adjective ("future plans"; "the future" stays);</li>
 *   <li>an age ("52 years old"), which measures a person, not a time of the report;</li>
 *   <li>an acronym read as a unit ("the SEC" as seconds), and a year-like number that counts a
 *       unit or people ("1000 feet", "1500 protesters"), and one far from publication with no
 *       word of time before it ("the GTX 1660", a model number);</li>
 *   <li>a fraction read as quarters of a year ("three-quarters of the vote");</li>
 *   <li>"Day" at the end of a day's name ("Election Day");</li>
 *   <li>"a second" before a noun ("a second betrayal"), the ordinal;</li>
 *   <li>a title in quotation marks ("This Week With David Brinkley", "60 Minutes");</li>
 *   <li>a frequency word before a paper's title ("the party daily Granma"), a unit in a
 *       comparison ("quarter-to-quarter"), a month name that begins a person's name ("Foreign
 *       Minister Jan Kavan");</li>
 *   <li>an expression the tagger gave no value and that holds no number or calendar word ("ended").</li>
 * </ul>
 */
final class NonTimeWords {
    private static final Pattern FREQUENCY_ADJECTIVE = Pattern.compile(
            "(?i)(quarterly|annual|yearly|monthly|weekly|daily|hourly|nightly)");
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
                    + "past|coming|early|late|mid|before|after|between|each|every)\\s+$");
    /**
     * A change of a quantity before the number: "scores increased from 1061 to 1096", "rose to 1250".
     * The "from" and "to" there measure, they do not date.
     */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:increas|decreas|rose|rise|rising|fell|fall|drop|jump|climb|grew|grow|declin|soar|plung|slid|dipp|surg|"
                    + "went (?:up|down))\\w*\\s+(?:by\\s+)?(?:\\S+\\s+(?:points?|percent|%|per cent)\\s+|\\S+\\s+)?"
                    + "(?:from\\s+\\S+\\s+)?(?:from|to)\\s+$");
    /** "and" or "or" after a calendar name or a number ("May and June", "the 3rd or 4th"): a time word before what follows. */
    private static final Pattern TIME_AND_BEFORE = Pattern.compile("(?<!\\S)(\\S+?)[.,]?\\s+(?:and|or)\\s+$");
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b[A-Z][a-z]+['’]?s?\\s+$");
    /**
     * An opening quotation mark before the expression, straight, curly or a transcript's backquotes, perhaps
     * with capitalised words between them ("High Noon" in quotation marks).
     */
    private static final Pattern OPENING_MARK = Pattern.compile("[\"“‘'`](?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}$");
    /** Capitalised words, if any, up to a closing quotation mark: the rest of a quoted title. */
    private static final Pattern REST_OF_TITLE = Pattern.compile("^(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,5}[,.]?[\"”’']");
    /** "a second betrayal", "A second group": the ordinal, not one second. */
    private static final Pattern ORDINAL_SECOND = Pattern.compile("(?i)an?\\s+second");
    private static final Pattern TIME_AFTER_SECOND = Pattern.compile("(?i)^\\s+(?:later|earlier|ago|before|after|or|and|of|to|in|for|longer)\\b");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+\\p{L}");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,}\\b");
    /** A year-like number that counts a unit of measure or people: "1000 feet", "1500 protesters", "2000 tonnes". */
    private static final Pattern COUNTED_AFTER = Pattern.compile("(?i)^\\s+(?:more\\s+|other\\s+|additional\\s+)?(?:feet|foot|ft|meters?|metres?|"
            + "km|kilometers?|kilometres?|miles?|yards?|inches|acres|hectares|pounds|lbs?|kg|kilograms?|grams|tons|tonnes|litres|liters|"
            + "gallons|barrels|calories|watts|megawatts|mph|rpm|hp|people|persons|residents|protesters|troops|soldiers|workers|"
            + "employees|students|children|families|votes|seats|units|pieces|copies|words|pages|points|dollars|euros|"
            + "yen|rupees|yuan)\\b");
    private static final Pattern BARE_FOUR_DIGITS = Pattern.compile("\\d{4}");
    /** A clock time written as four digits: "1400 GMT", "0930 hrs", "2300 local time". */
    private static final Pattern CLOCK_AFTER = Pattern.compile("^\\s*(?:GMT|UTC|Zulu|hrs|hours|local\\b|[ECMP][SD]?T|BST|CET|CEST|"
            + "IST|JST|AEST|AEDT|HKT|SGT|EAT|CAT|WAT|MSK|(?:\\p{Lu}\\p{L}+\\s+){1,2}time)\\b"
            + "|^\\s*(?:to|and|-|–)\\s*\\d{4}\\s*(?:GMT|UTC|hrs|hours|local\\b|[ECMP][SD]?T)");
    /** What leads into a clock time: "at 1400 GMT", "from 2000 to 0600 hours", "(0100 GMT)". */
    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?i)(?:\\b(?:at|from|until|till|to|by|before|after|around|about|"
            + "between|and|since)\\s+|\\(\\s*)$");

    private NonTimeWords() {}

    static boolean isNoTime(String text, TimeAnchor anchor, TimeExpression t) {
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
        String before = text.substring(Math.max(0, t.span().start() - 30), t.span().start());
        if (BARE_FOUR_DIGITS.matcher(s).matches() && (COUNTED_AFTER.matcher(after).find()
                || (!timeWordBefore(before) || CHANGE_BEFORE.matcher(before).find()) && implausibleYear(Integer.parseInt(s), anchor))) {
            return true; // "more than 1000 feet" counts; "the GTX 1660 Ti" is a model number
        }
        if (BARE_FOUR_DIGITS.matcher(s).matches() && CLOCK_AFTER.matcher(after).find() && CLOCK_BEFORE.matcher(before).find()
                && Integer.parseInt(s.substring(0, 2)) < 24 && Integer.parseInt(s.substring(2)) < 60) {
            return true; // "talks start at 1400 GMT": a time of day, not the year 1400 ("In 2015 Zulu King …" stays a year)
        }
        if (s.equals("Day") && t.type() == TimexType.DURATION && NAME_BEFORE.matcher(text.substring(Math.max(0, t.span().start() - 20), t.span().start())).find()) {
            return true; // "Thanksgiving Day", "Election Day": the last word of a day's name, not one day's length
        }
        Matcher title = REST_OF_TITLE.matcher(after);
        Matcher opening = OPENING_MARK.matcher(text.substring(Math.max(0, t.span().start() - 50), t.span().start()));
        if (capitalised(s) && opening.find() && title.find()
                && (s.contains(" ") || title.group().strip().length() > 2 || opening.group().length() > 1)) {
            return true; // "This Week With David Brinkley", "60 Minutes" in quotation marks: a programme's title
        }
        if (ORDINAL_SECOND.matcher(s).matches() && WORD_AFTER.matcher(after).find() && !TIME_AFTER_SECOND.matcher(after).find()) {
            return true; // "a second betrayal": the ordinal
        }
        if (after.startsWith("-to-") && !after.startsWith("-to-date")) {
            return true; // "quarter-to-quarter", "day-to-day": a manner of comparing, not a time
        }
        if (BARE_MONTH.matcher(s).matches() && NAME_AFTER.matcher(after).find()
                && CalendarNames.month(firstWord(after)).isEmpty() && CalendarNames.weekday(firstWord(after)).isEmpty()
                && !timeWordBefore(before)) {
            return true;
        }
        if (t.type() == TimexType.SET && FREQUENCY_ADJECTIVE.matcher(s).matches()) {
            return NEXT_WORD.matcher(after).find()
                    || TITLE_AFTER.matcher(after).find() && CalendarNames.weekday(firstWord(after)).isEmpty();
        }
        return false;
    }

    /** Years a text names without a word of time before them: within 150 years before publication or 30 after (1800–2100 without a date). */
    private static boolean implausibleYear(int year, TimeAnchor anchor) {
        if (anchor == null) {
            return year < 1800 || year > 2100;
        }
        int now = anchor.date().getYear();
        return year < now - 150 || year > now + 30;
    }

    /** Whether the words before an expression lead into a time: a preposition or determiner of time, or "and" after a time. */
    private static boolean timeWordBefore(String before) {
        if (TIME_WORD_BEFORE.matcher(before).find()) {
            return true;
        }
        Matcher and = TIME_AND_BEFORE.matcher(before);
        if (!and.find()) {
            return false;
        }
        String word = and.group(1);
        return word.matches(".*\\d.*") || CalendarNames.month(word).isPresent() || CalendarNames.weekday(word).isPresent();
    }

    private static String firstWord(String s) {
        return s.strip().split("\\s+", 2)[0];
    }

    /** Whether the first letter of {@code s} is a capital ("60 Minutes", "This Week"); false without letters. */
    private static boolean capitalised(String s) {
        OptionalInt first = s.codePoints().filter(Character::isLetter).findFirst();
        return first.isPresent() && Character.isUpperCase(first.getAsInt());
    }
}
