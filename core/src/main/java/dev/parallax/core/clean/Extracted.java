package dev.parallax.core.clean;

/**
 * What a cleaner read from one document: the body and whatever metadata it could find (null when
 * not found). {@code published} and {@code updated} are ISO 8601 at the precision the document
 * gives; the update is as the document states it, not yet checked against the publication.
 */
public record Extracted(String title, String outlet, String published, String text, String updated) {

    /** What a cleaner read when the document states no update. */
    public Extracted(String title, String outlet, String published, String text) {
        this(title, outlet, published, text, null);
    }
}
