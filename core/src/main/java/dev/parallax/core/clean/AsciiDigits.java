package dev.parallax.core.clean;

/** Rewrites decimal digits of any script (Arabic-Indic, Persian, Devanagari, fullwidth…) as ASCII 0–9. */
final class AsciiDigits {
    private AsciiDigits() {}

    static String of(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
