package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a results report speaks of, which name no date of their own: "the quarter", "the
 * latest quarter", "the latest period" are the quarter the report is about, and "the year-ago
 * quarter", "the year-earlier period", "the corresponding period last year" — and "a year ago"
 * beside a figure of that quarter ("up from $10 million a year ago") — are the same quarter one
 * year before. The quarter the report is about is the last quarter named before the phrase
 * ("third-quarter profit"), else the last quarter that ended before publication. A period of
 * another length named since ("the first nine months", "the full year") ends the quarter's
 * reign, and "a year ago" is then left a year. Taggers read "the quarter" as nothing, "the latest
 * quarter" as a duration and "year-ago" as a year.
 *
 * <p>Also: "the year ended March 31" is TimeML's one-year duration ({@code P1Y}) that ends there;
 * "year-end" the last day of the publication year (of the year before after "since");
 * "the current year", "the full year", "the fiscal year" are the publication's year and "the
 * current quarter" its quarter (a tagger takes "current" or "year" alone).
 */
final class ReportingPeriods {
    private static final String ORDINAL = "first|second|third|fourth";
    /**
     * "the quarter", "the latest period", "that quarter", "the 1989 quarter"; not "the period to
     * date" or "the quarter to March 31", which say their own end ("the latest quarter to total"
     * is the reference quarter).
     */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:the|that)\\s+(?:(latest|most recent|just-ended)\\s+|(\\d{4})\\s+)?"
            + "(?:fiscal\\s+)?(quarter|period)\\b(?!-|\\s+(?:ended|ending|of|a year|last year|earlier|before)\\b|\\s+to\\s+(?:date\\b|(?-i:[A-Z])))");
    /** "the year-ago quarter", "the comparable year-earlier third quarter", "last year's quarter", "the quarter a year ago". */
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?"
            + "year[- ](?:ago|earlier)(?:\\s+(" + ORDINAL + "))?\\s+(?:quarter|period)"
            + "|last\\s+year['’]s\\s+(?:(" + ORDINAL + ")\\s+)?(?:quarter|period)"
            + "|the\\s+(?:(?:same|corresponding|comparable)\\s+)?(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)"
            + "|year-(?:ago|earlier)(?=\\s+(?-i:[a-z])))\\b");
    /** Relative years that beside a figure compare with the reference quarter. */
    private static final Pattern YEAR_BACK = Pattern.compile("(?i)a\\s+year\\s+(?:ago|earlier)");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)last\\s+year");
    private static final Pattern COMPARED_WITH = Pattern.compile("(?i)\\bcompared\\b");
    private static final Pattern FIGURE = Pattern.compile("\\d|\\$|#");
    /** "by year-end", "since year end": the end of the publication year, or of the one before after "since". */
    private static final Pattern YEAR_END = Pattern.compile("(?i)\\byear(?:-|\\s+|['’]s\\s+)end\\b(?!-)");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?$");
    private static final Pattern YEAR_ENDED = Pattern.compile("(?i)\\b(?:the|its)\\s+(?:fiscal\\s+)?year(?=\\s+(?:ended|ending)\\b)");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthe\\s+(current\\s+(?:fiscal\\s+)?|full\\s+|fiscal\\s+)year\\b(?![-'’])");
    private static final Pattern CURRENT_QUARTER = Pattern.compile("(?i)\\bthe\\s+current\\s+(?:fiscal\\s+)?quarter\\b(?![-'’])");
    /** "the quarter ended Sept. 30", "its fiscal quarter ending July 31, 1989": the three months up to that day. */
    private static final Pattern QUARTER_ENDED = Pattern.compile("(?i)\\b(?:the|its|a)\\s+(?:fiscal\\s+)?quarter(?=\\s+(?:ended|ending)\\s+"
            + "((?-i:[A-Z])[a-z]{2,8}\\.?\\s+\\d{1,2})(?:,?\\s+(\\d{4}))?\\b)");
    private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
    /** A period other than a quarter that results are reported for: it ends the reference quarter. */
    private static final Pattern OTHER_PERIOD = Pattern.compile("(?i)\\b(?:six|nine|\\d+)\\s+months\\b|\\bhalf\\b|\\bfull year\\b|\\bfiscal\\s+\\d{4}|\\bthe year\\b(?![-'’])|\\byear ended\\b");

    private ReportingPeriods() {}

    static List<TimeExpression> apply(String text, TimeAnchor anchor, List<TimeExpression> in) {
        if (anchor == null) {
            return in;
        }
        List<TimeExpression> found = new ArrayList<>();
        LocalDate day = anchor.date();
        String thisQuarter = quarter(day);
        addAll(text, YEAR_END, m -> new Typed(TimexType.DATE, String.format(Locale.ROOT, "%04d-12-31",
                day.getYear() - (SINCE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find() ? 1 : 0))), found);
        addAll(text, YEAR_ENDED, m -> new Typed(TimexType.DURATION, "P1Y"), found);
        addAll(text, QUARTER_ENDED, m -> quarterEnded(m, day), found);
        addAll(text, CURRENT_QUARTER, m -> new Typed(TimexType.DATE, thisQuarter), found);
        addAll(text, THIS_YEAR, m -> new Typed(TimexType.DATE, String.format(Locale.ROOT, "%04d", day.getYear())), found);
        addAll(text, COMPARISON, m -> new Typed(TimexType.DATE, COMPARED), found);
        addAll(text, REFERENCE, m -> m.group(1) == null && m.group(2) == null && m.group(3).equalsIgnoreCase("period")
                ? null : new Typed(TimexType.DATE, m.group(2) == null ? REFERRED : REFERRED + m.group(2)), found);
        List<TimeExpression> merged = merge(in, found);
        return resolve(text, day, merged);
    }

    /** Placeholder values, resolved in text order against the reference quarter. */
    private static final String REFERRED = "REFERRED";
    private static final String COMPARED = "COMPARED";
    private static final String ENDED = "ENDED";
    private static final Pattern DAY_AT_END = Pattern.compile("(\\d{1,2})$");
    private static final Pattern ORDINAL_WORD = Pattern.compile("\\b(?:" + ORDINAL + ")\\b");

    private record Typed(TimexType type, String value) {}

    private static void addAll(String text, Pattern p, java.util.function.Function<Matcher, Typed> what, List<TimeExpression> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Typed t = what.apply(m);
            Span span = new Span(m.start(), m.end());
            if (t == null || out.stream().anyMatch(o -> overlaps(o.span(), span))) {
                continue;
            }
            out.add(new TimeExpression(span, span.of(text), t.type(), t.value(), Precision.of(t.value()), null));
        }
    }

    /** The tagger's expressions with the found ones in place of those they overlap. */
    private static List<TimeExpression> merge(List<TimeExpression> in, List<TimeExpression> found) {
        if (found.isEmpty()) {
            return in;
        }
        List<TimeExpression> out = new ArrayList<>(found);
        for (TimeExpression t : in) {
            if (found.stream().noneMatch(f -> overlaps(f.span(), t.span()))) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(t -> t.span().start()));
        return out;
    }

    private static List<TimeExpression> resolve(String text, LocalDate day, List<TimeExpression> in) {
        String lastEnded = quarter(day.minusMonths(3));
        String reference = null;
        String ordinalReference = null;
        String lastNamed = null;
        boolean otherPeriod = false;
        List<TimeExpression> out = new ArrayList<>(in.size());
        for (TimeExpression t : in) {
            String v = t.value();
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (REFERRED.equals(v) || v != null && v.startsWith(REFERRED)) {
                String q = reference != null ? reference : lastEnded;
                if (lower.startsWith("that") && lastNamed != null) {
                    q = lastNamed; // "that quarter": the one just named, a compared one too
                }
                if (v.length() > REFERRED.length()) {
                    q = v.substring(REFERRED.length()) + q.substring(4);
                }
                t = t.withValue(q);
            } else if (v != null && v.startsWith(ENDED)) {
                // A quarter the report named already ("its fiscal first quarter") keeps its number.
                t = t.withValue(ordinalReference != null ? ordinalReference : v.substring(ENDED.length()));
            } else if (COMPARED.equals(v)) {
                String q = reference != null ? reference : lastEnded;
                Matcher ord = Pattern.compile("(?i)\\b(" + ORDINAL + ")\\b").matcher(lower);
                if (ord.find()) {
                    q = q.substring(0, 4) + "-Q" + (List.of("first", "second", "third", "fourth").indexOf(ord.group(1)) + 1);
                }
                t = t.withValue(yearBefore(q));
            } else if (reference != null && !otherPeriod && t.type() == TimexType.DATE && comparesFigures(text, t)) {
                t = t.withValue(yearBefore(reference));
            }
            Matcher q = t.value() == null ? null : QUARTER_VALUE.matcher(t.value());
            if (q != null && q.matches()) {
                lastNamed = t.value();
                // A reference is a quarter already reported on: ended before publication, named without its year.
                if (!COMPARISON.matcher(t.text()).find() && !lower.contains("year") && !lower.matches("(?s).*\\d{4}.*")
                        && t.value().compareTo(lastEnded) <= 0) {
                    reference = t.value();
                    ordinalReference = ORDINAL_WORD.matcher(lower).find() ? reference : ordinalReference;
                    otherPeriod = false;
                }
            } else if (OTHER_PERIOD.matcher(lower).find()) {
                otherPeriod = true;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The quarter that ends on the named day: the quarter the report already named by its number
     * ("its fiscal first quarter"), else the
     * calendar quarter holding the middle of its three months (a quarter ended July 31 is the
     * second); without a year, the last such day up to publication, since a quarter reported on
     * has ended.
     */
    private static Typed quarterEnded(Matcher m, LocalDate day) {
        Optional<Month> month = CalendarNames.month(m.group(1));
        Matcher d = DAY_AT_END.matcher(m.group(1));
        if (month.isEmpty() || !d.find()) {
            return null;
        }
        int dom = Integer.parseInt(d.group(1));
        int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : day.getYear();
        if (dom < 1 || dom > month.get().length(Year.isLeap(year))) {
            return null;
        }
        LocalDate end = LocalDate.of(year, month.get(), dom);
        if (m.group(2) == null && end.isAfter(day)) {
            end = end.minusYears(1);
        }
        // With its year written, the day says which quarter; without, a quarter named before may be the fiscal one meant.
        return new Typed(TimexType.DATE, (m.group(2) != null ? "" : ENDED) + quarter(end.minusDays(45)));
    }

    /** "Up from $10 million a year ago", "compared with a loss of $3 million last year": a figure set beside last year's. */
    private static boolean comparesFigures(String text, TimeExpression t) {
        Span sentence = ReportTense.sentenceAround(text, t.span());
        String s = sentence.of(text);
        if (!FIGURE.matcher(s).find()) {
            return false;
        }
        return YEAR_BACK.matcher(t.text()).matches() || LAST_YEAR.matcher(t.text()).matches() && COMPARED_WITH.matcher(s).find();
    }

    private static String yearBefore(String quarter) {
        return String.format(Locale.ROOT, "%04d", Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4);
    }

    private static String quarter(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
