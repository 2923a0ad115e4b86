package dev.parallax.core.article;

import java.util.Objects;

/**
 * An input that could not be turned into an article, and why. Nothing is dropped silently:
 * every input either becomes an article or a rejection.
 *
 * @param input the path or URL as the user named it
 * @param reason one line a person can act on
 */
public record Rejection(String input, String reason) {
    public Rejection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }
}
