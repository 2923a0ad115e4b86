package dev.parallax.ingest.fetch;

/**
 * A page could not be fetched; the message is the reason shown to users and recorded with the URL.
 * {@link #temporary()} says whether trying again later may succeed (a timeout, HTTP 429 or 5xx)
 * or not (refused address, robots.txt, HTTP 404, too large).
 */
public final class FetchException extends Exception {
    private final String url;
    private final boolean temporary;

    public FetchException(String url, String reason, boolean temporary) {
        super(reason);
        this.url = url;
        this.temporary = temporary;
    }

    public String url() {
        return url;
    }

    public boolean temporary() {
        return temporary;
    }
}
