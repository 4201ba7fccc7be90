package dev.supportcoach;

/** The base of every exception this library throws on purpose. */
public class SupportCoachException extends RuntimeException {
    public SupportCoachException(String message) {
        super(message);
    }

    public SupportCoachException(String message, Throwable cause) {
        super(message, cause);
    }
}
