package dev.parallax.core.annotate.quantity;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.quantity.Quantity.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities an English article states — counts, percentages, fractions and sums of
 * money — and normalises each to an interval with what it counts ({@link Quantity}). Qualifiers
 * set the interval: "more than n" (n, ∞); "at least n" [n, ∞); "up to n" [0, n]; "fewer than n"
 * [0, n); "about n", "some n", "an estimated n" [0.9n, 1.1n]; "nearly n" [0.9n, n); "between a
 * and b", "a to b" [a, b]; "dozens of" [24, 99], "hundreds of" [200, 999] and so on. Years,
 * dates, clock times and numbers inside words are not quantities. Pure and thread-safe.
 */
public final class QuantityExtractor {
    /** A whole number and a fraction: "2 1/2", "3½". */
    private static final String MIXED = "\\d+(?:\\s+[1-9]/[1-9]\\d?(?![\\d/])|\\s?[½¼¾⅓⅔])";
    private static final String DIGITS = MIXED + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String BELOW_HUNDRED = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\u2011 ]"
            + "(?:one|two|three|four|five|six|seven|eight|nine)\\b)?|eleven|twelve|thirteen|fourteen|fifteen|"
            + "sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten";
    /** "One hundred and three", "three hundred fifty", "a hundred": one number, not a range of two. */
    private static final String HUNDREDS = "(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred"
            + "(?:(?:\\s+and)?\\s+(?:" + BELOW_HUNDRED + ")(?![\\p{L}-]))?";
    private static final String WORDS = HUNDREDS + "|one thousand|a thousand|a dozen|" + BELOW_HUNDRED;
    private static final String NUMBER = "(?:" + DIGITS + "|(?:" + WORDS + ")(?![\\p{L}-]))";
    private static final String SCALE = "(?:\\s*(?:thousand|million|billion|trillion|lakh|crore)\\b|\\s?(?:bn|mn)\\b|(?<=\\d)[km]\\b)";
    private static final String SIGN = "(?:US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥|₹|Rs\\.?\\s?|USD\\s?|EUR\\s?|GBP\\s?|INR\\s?)";
    private static final String QUALIFIER = "more than|over|above|in excess of|upwards of|at least|no fewer than|"
            + "no less than|a minimum of|nearly|almost|close to|just under|just over|fewer than|less than|under|below|"
            + "up to|as many as|at most|no more than|a maximum of|about|around|roughly|approximately|some|"
            + "an estimated|estimated|circa";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,:$€£¥₹-])"
                    + "(?:(?<qual>" + QUALIFIER + ")\\s+)?(?<between>between\\s+)?"
                    + "(?<sign>" + SIGN + ")?(?<num>" + NUMBER + ")(?<scale>" + SCALE + ")?"
                    + "(?:\\s*(?<sep>-|–|to|and)\\s*(?<sign2>" + SIGN + ")?(?<num2>" + NUMBER + ")(?<scale2>" + SCALE + ")?)?"
                    + "(?<pct>\\s*(?:%|per\\s?cent\\b|percent\\b|percentage points?\\b))?"
                    + "(?<cur>\\s+(?:US\\s)?(?:dollars|euros|pounds(?: sterling)?|yen|yuan|renminbi|rupees|won|roubles|"
                    + "rubles|rand|naira|lira)\\b)?"
                    + "(?![\\p{L}\\d]|[.,]\\d|:\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?<vague>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)\\s+of\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTION = Pattern.compile(
            "\\b(?<frac>half|one half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|a fifth|"
                    + "one fifth)\\s+of\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREMENT_BEFORE = Pattern.compile(
            "\\b(?:another|a further|an additional|additional|an extra|extra)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREMENT_AFTER = Pattern.compile(
            "^\\s+(?:more|additional|extra)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(
            "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
    private static final Pattern DATE_OR_TIME_AFTER = Pattern.compile(
            "^(?:st|nd|rd|th)?\\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|[ap]\\.?m\\.?(?![\\p{L}])|"
                    + "o'clock|gmt|utc|hours? (?:gmt|utc|local))",
            Pattern.CASE_INSENSITIVE);

    /** Every quantity in the text, in text order, none overlapping another. */
    public List<Quantity> extract(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            var q = read(text, m);
            q.ifPresent(found::add);
            // Go on after what was read; a range that was not one may hold a second figure.
            from = q.map(x -> x.span().end()).orElse(m.end("num"));
        }
        Matcher v = VAGUE.matcher(text);
        while (v.find()) {
            add(found, vague(text, v));
        }
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            add(found, fraction(text, f));
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(found);
    }

    private static void add(List<Quantity> found, Quantity q) {
        for (Quantity other : found) {
            if (q.span().start() < other.span().end() && other.span().start() < q.span().end()) {
                return;
            }
        }
        found.add(q);
    }

    private Optional<Quantity> read(String text, Matcher m) {
        String num = m.group("num");
        String num2 = m.group("num2");
        String sep = m.group("sep");
        boolean between = m.group("between") != null;
        if (num2 != null && sep.equalsIgnoreCase("and") && !between) {
            num2 = null; // "5 and 6" without "between" is two figures, or none
        }
        if (num2 != null && sep.equals("-") && Figures.isWords(num)) {
            num2 = null;
        }
        if (num2 != null && Figures.value(num2).orElseThrow() * Figures.scale(m.group("scale2"))
                < Figures.value(num).orElseThrow() * Figures.scale(m.group("scale"))) {
            num2 = null; // "68 to 32" is a tally, "2024-25" a season: not ranges
        }
        String sign = m.group("sign") != null ? m.group("sign") : m.group("sign2");
        String currency = Figures.currency(sign != null ? sign.replaceAll("\\s+$", "") : m.group("cur"));
        boolean percent = m.group("pct") != null;
        String qualifier = m.group("qual") == null ? null : m.group("qual").toLowerCase(Locale.ROOT);
        int end = num2 != null ? m.end() : figureEndWithoutRange(m);
        if (num2 == null && m.group("num2") != null) {
            percent = false;
        }
        if (notAFigure(text, m, num, qualifier, currency, percent, num2)) {
            return Optional.empty();
        }
        double scale2 = Figures.scale(m.group("scale2"));
        double scale1 = m.group("scale") != null ? Figures.scale(m.group("scale")) : (num2 != null ? scale2 : 1);
        double a = Figures.value(num).orElseThrow() * scale1;
        Kind kind = currency != null ? Kind.MONEY : percent ? Kind.PERCENT : Kind.COUNT;
        String unit = currency != null ? currency : percent ? "%" : null;
        int start = m.start();
        CountedThing.Found thing = kind == Kind.PERCENT || kind == Kind.MONEY
                ? new CountedThing.Found(null, end) : CountedThing.after(text, start, end, num2 != null || a != 1);
        if (kind == Kind.COUNT && Figures.isWords(num)
                && (thing.counted() == null || text.startsWith(" of", end))) {
            return Optional.empty(); // a bare "one", or "one of the …", is rarely a figure
        }
        int spanEnd = Math.max(end, thing.end());
        Span span = new Span(start, spanEnd);
        String shown = span.of(text);
        if (num2 != null) {
            double b = Figures.value(num2).orElseThrow() * scale2;
            return Optional.of(new Quantity(span, shown, kind, Math.min(a, b), Math.max(a, b), true, true,
                    false, unit, thing.counted(), increment(text, start, end)));
        }
        return Optional.of(qualified(span, shown, kind, a, qualifier, unit, thing.counted(), increment(text, start, end)));
    }

    /** Where the first figure ends when a range group matched but was not a range. */
    private static int figureEndWithoutRange(Matcher m) {
        if (m.group("num2") == null) {
            return m.end();
        }
        int e = m.group("scale") != null ? m.end("scale") : m.end("num");
        return e;
    }

    private static boolean notAFigure(String text, Matcher m, String num, String qualifier, String currency,
            boolean percent, String num2) {
        if (qualifier != null || currency != null || percent || num2 != null || m.group("scale") != null) {
            return false;
        }
        boolean year = num.matches("(1[89]|20|21)\\d\\d");
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        String after = text.substring(m.end("num"), Math.min(text.length(), m.end("num") + 12));
        boolean date = before.matches("(?s).*\\b" + MONTH.pattern() + "\\s*$") || DATE_OR_TIME_AFTER.matcher(after).find();
        boolean label = before.matches("(?s).*(?:\\bNo\\.|#|\\bNumber|\\bpage|\\bpp?\\.)\\s*$");
        return year || date || label;
    }

    private static boolean increment(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 16), start);
        return INCREMENT_BEFORE.matcher(before).find() || INCREMENT_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static Quantity qualified(Span span, String shown, Kind kind, double n, String qualifier, String unit,
            String counted, boolean increment) {
        if (qualifier == null) {
            return new Quantity(span, shown, kind, n, n, true, true, false, unit, counted, increment);
        }
        return switch (qualifier) {
            case "more than", "over", "above", "in excess of", "upwards of" ->
                    new Quantity(span, shown, kind, n, null, false, false, false, unit, counted, increment);
            case "at least", "no fewer than", "no less than", "a minimum of" ->
                    new Quantity(span, shown, kind, n, null, true, false, false, unit, counted, increment);
            case "nearly", "almost", "close to", "just under" ->
                    new Quantity(span, shown, kind, 0.9 * n, n, true, false, true, unit, counted, increment);
            case "just over" -> new Quantity(span, shown, kind, n, 1.1 * n, false, true, true, unit, counted, increment);
            case "fewer than", "less than", "under", "below" ->
                    new Quantity(span, shown, kind, 0, n, true, false, false, unit, counted, increment);
            case "up to", "as many as", "at most", "no more than", "a maximum of" ->
                    new Quantity(span, shown, kind, 0, n, true, true, false, unit, counted, increment);
            default -> new Quantity(span, shown, kind, 0.9 * n, 1.1 * n, true, true, true, unit, counted, increment);
        };
    }

    private static Quantity vague(String text, Matcher v) {
        double[] range = switch (v.group("vague").toLowerCase(Locale.ROOT)) {
            case "dozens" -> new double[] {24, 99};
            case "scores" -> new double[] {40, 199};
            case "hundreds" -> new double[] {200, 999};
            case "thousands" -> new double[] {2_000, 9_999};
            case "tens of thousands" -> new double[] {20_000, 99_999};
            case "hundreds of thousands" -> new double[] {200_000, 999_999};
            default -> new double[] {2_000_000, 999_999_999};
        };
        CountedThing.Found thing = CountedThing.after(text, v.start(), v.end("vague"), true);
        Span span = new Span(v.start(), Math.max(v.end(), thing.end()));
        return new Quantity(span, span.of(text), Kind.COUNT, range[0], range[1], true, true, true, null,
                thing.counted(), increment(text, v.start(), v.end()));
    }

    private static Quantity fraction(String text, Matcher f) {
        String frac = f.group("frac").toLowerCase(Locale.ROOT).replace('-', ' ');
        double percent = switch (frac) {
            case "half", "one half" -> 50;
            case "a third", "one third" -> 100 / 3.0;
            case "two thirds" -> 200 / 3.0;
            case "a quarter", "one quarter" -> 25;
            case "three quarters" -> 75;
            default -> 20;
        };
        CountedThing.Found thing = CountedThing.after(text, f.start(), f.end("frac"), false);
        Span span = new Span(f.start(), Math.max(f.end(), thing.end()));
        return new Quantity(span, span.of(text), Kind.PERCENT, percent, percent, true, true, false, "%",
                thing.counted(), false);
    }
}
