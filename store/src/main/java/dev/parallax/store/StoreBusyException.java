package dev.parallax.store;

/** The store directory is in use by another process. */
public final class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message) {
        super(message);
    }
}
