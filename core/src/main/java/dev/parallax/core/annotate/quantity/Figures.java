package dev.parallax.core.annotate.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the value of a number as English news writes it: digits with thousands separators and
 * decimals ("10,000", "1.5"), a whole number and a fraction ("2 1/2", "3½"), number words ("twelve", "twenty-five", "a dozen", "one hundred and
 * three"), scale words
 * ("million", "bn", "lakh") and currency signs and names (as ISO 4217 codes).
 */
final class Figures {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a dozen", 12), Map.entry("a hundred", 100),
            Map.entry("one hundred", 100), Map.entry("a thousand", 1000), Map.entry("one thousand", 1000));
    private static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "k", 1e3, "million", 1e6, "mn", 1e6, "m", 1e6, "billion", 1e9, "bn", 1e9,
            "trillion", 1e12, "lakh", 1e5, "crore", 1e7);
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollars", "USD"),
            Map.entry("us dollars", "USD"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"), Map.entry("hk$", "HKD"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euros", "EUR"), Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"), Map.entry("pounds sterling", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("₹", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("inr", "INR"),
            Map.entry("rupees", "INR"), Map.entry("won", "KRW"), Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("rand", "ZAR"), Map.entry("naira", "NGN"), Map.entry("lira", "TRY"));

    /** "2 1/2" (whole, numerator, denominator) or "3½" (whole, sign). */
    private static final java.util.regex.Pattern MIXED = java.util.regex.Pattern.compile(
            "(\\d+)(?:\\s+(\\d+)/(\\d+)|\\s?([½¼¾⅓⅔]))");
    private static final Map<Character, Double> VULGAR = Map.of('½', 0.5, '¼', 0.25, '¾', 0.75, '⅓', 1 / 3.0, '⅔', 2 / 3.0);

    private Figures() {}

    /** The value of digits or number words; empty when it is neither. */
    static Optional<Double> value(String number) {
        String n = number.strip().toLowerCase(Locale.ROOT).replace('\u2011', '-');
        if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
            java.util.regex.Matcher mixed = MIXED.matcher(n);
            if (mixed.matches()) {
                double whole = Double.parseDouble(mixed.group(1));
                return Optional.of(mixed.group(4) != null ? whole + VULGAR.get(mixed.group(4).charAt(0))
                        : whole + Double.parseDouble(mixed.group(2)) / Double.parseDouble(mixed.group(3)));
            }
            try {
                return Optional.of(Double.parseDouble(n.replace(",", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        Integer whole = UNITS.get(n);
        if (whole != null) {
            return Optional.of(whole.doubleValue());
        }
        int hundred = n.indexOf(" hundred");
        if (hundred > 0) {
            String count = n.substring(0, hundred).strip();
            Integer hundreds = count.equals("a") ? Integer.valueOf(1) : UNITS.get(count);
            String rest = n.substring(hundred + " hundred".length()).strip().replaceFirst("^and\\s+", "");
            if (hundreds == null || hundreds > 9) {
                return Optional.empty();
            }
            if (rest.isEmpty()) {
                return Optional.of(hundreds * 100.0);
            }
            return value(rest).filter(v -> v < 100).map(v -> hundreds * 100 + v);
        }
        int dash = n.indexOf('-') >= 0 ? n.indexOf('-') : n.indexOf(' ');
        if (dash > 0) {
            Integer tens = UNITS.get(n.substring(0, dash));
            Integer ones = UNITS.get(n.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return Optional.of((double) tens + ones);
            }
        }
        return Optional.empty();
    }

    /** The factor of a scale word ("million" → 1e6); 1 for null or blank. */
    static double scale(String word) {
        if (word == null || word.isBlank()) {
            return 1;
        }
        return SCALES.getOrDefault(word.strip().toLowerCase(Locale.ROOT), 1d);
    }

    /** The ISO 4217 code of a currency sign or name; null when it is none. */
    static String currency(String signOrName) {
        if (signOrName == null || signOrName.isBlank()) {
            return null;
        }
        return CURRENCIES.get(signOrName.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** Whether the text is spelled in words rather than digits. */
    static boolean isWords(String number) {
        return !number.isEmpty() && !Character.isDigit(number.charAt(0));
    }
}
