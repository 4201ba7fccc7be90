package dev.supportcoach;

/**
 * A case could not be read: malformed JSON, a missing required field or a value of the wrong type.
 * The message names the place (line and column, and the JSON path where known).
 */
public class CaseFormatException extends SupportCoachException {
    private final int line;
    private final int column;

    public CaseFormatException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line in the input, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column in the input, or 0 when unknown. */
    public int column() {
        return column;
    }
}
