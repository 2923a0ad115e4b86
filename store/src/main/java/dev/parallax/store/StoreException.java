package dev.parallax.store;

/** A store operation failed; the message names the store or the article and the reason. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
