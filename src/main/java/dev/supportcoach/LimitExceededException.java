package dev.supportcoach;

/** A case is larger than a configured {@link Limits limit}; the message names the limit. */
public class LimitExceededException extends SupportCoachException {
    private final String limit;

    public LimitExceededException(String limit, long actual, long max) {
        super(limit + " is " + actual + ", over the limit of " + max);
        this.limit = limit;
    }

    /** The name of the limit, e.g. {@code maxMessages}. */
    public String limit() {
        return limit;
    }
}
