package dev.parallax.server;

/**
 * What became of one submitted input.
 *
 * @param input the input's name (URL, path or the name the client gave)
 * @param status stored (new), duplicate (same content or URL stored already) or rejected
 * @param article the article id, null when rejected
 * @param story the story the article belongs to, null when rejected or not yet assigned
 * @param reason why it was rejected or which duplicate it is; null when stored
 */
public record Receipt(String input, Status status, String article, String story, String reason) {
    /** The outcome of one input. */
    public enum Status {
        STORED, DUPLICATE, REJECTED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
