package dev.parallax.core.render;

/**
 * Escapes untrusted text for HTML. Both methods are null-safe (null gives "") and escape
 * {@code &}, {@code <}, {@code >}, {@code "} and {@code '}, so their output is safe in element
 * content and in quoted attribute values alike. Control characters that HTML forbids, lone
 * surrogates and noncharacters U+FFFE/U+FFFF become U+FFFD.
 */
public final class HtmlEscaper {
    private HtmlEscaper() {}

    /** Text for element content. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** Text for a quoted attribute value; line breaks and tabs are also written as character references. */
    public static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = replacement(s, i, attribute);
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 32).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(s.charAt(i));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** What to write for the char at {@code i}, or null to keep it. */
    private static String replacement(String s, int i, boolean attribute) {
        char c = s.charAt(i);
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            case '\n': return attribute ? "&#10;" : null;
            case '\r': return attribute ? "&#13;" : null;
            case '\t': return attribute ? "&#9;" : null;
            default: break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
            return "\uFFFD";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\uFFFD";
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? null : "\uFFFD";
        }
        return null;
    }
}
