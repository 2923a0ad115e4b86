package dev.parallax.core.article;

/** Thrown by a stage that cannot make an article of an input; the message is the reason shown to users. */
public final class RejectedInputException extends Exception {
    public RejectedInputException(String reason) {
        super(reason);
    }

    public Rejection toRejection(String input) {
        return new Rejection(input, getMessage());
    }
}
