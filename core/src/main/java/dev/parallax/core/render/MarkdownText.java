package dev.parallax.core.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes untrusted text (scraped titles, sentences, names, inputs) for use inline in Markdown.
 *
 * <p>Line breaks are folded into spaces, so a value can never start a block of its own;
 * Markdown punctuation is backslash-escaped; {@code <} and {@code >} become {@code &lt;} and
 * {@code &gt;}, so no raw HTML survives a renderer that passes HTML through; and an {@code &}
 * that would start a character reference becomes {@code &amp;}.
 */
final class MarkdownText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u0085\\u00A0\\u2028\\u2029]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\s]]");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final String BACKSLASHED = "\\`*_[]|#~";

    private MarkdownText() {}

    /** The text as one escaped line; null and blank give "". */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String s = WHITESPACE.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(s.length() + 16);
        Matcher entity = ENTITY.matcher(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&' && entity.find(i) && entity.start() == i) {
                out.append("&amp;");
            } else if (BACKSLASHED.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+' || c == '='))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return escapeOrderedMarker(out.toString());
    }

    /** Like {@link #inline}, with a fallback for null or blank text. */
    static String inline(String text, String fallback) {
        String s = inline(text);
        return s.isEmpty() ? fallback : s;
    }

    /** "12. Title" at the start of a list item would start a nested ordered list: "12\. Title". */
    private static String escapeOrderedMarker(String s) {
        Matcher m = ORDERED_MARKER.matcher(s);
        return m.find() ? m.replaceFirst("$1\\\\$2") : s;
    }
}
