package dev.parallax.core.article;

import java.util.Objects;

/**
 * One input as read from its source, decoded to text but not yet cleaned.
 *
 * @param input where it came from: a file path or a URL, as the user named it
 * @param format how {@code content} is to be read
 * @param content the decoded document (plain text or HTML markup)
 * @param declared what the source states about it beside the content ({@link Declared#NONE} for a
 *     bare file)
 */
public record RawArticle(String input, Format format, String content, Declared declared) {

    /** The shapes of input the cleaners understand. */
    public enum Format { TEXT, HTML }

    public RawArticle {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(declared, "declared");
    }

    /** A document with nothing stated beside its content. */
    public RawArticle(String input, Format format, String content) {
        this(input, format, content, Declared.NONE);
    }
}
