package dev.supportcoach;

/**
 * One problem in a rules directory, located as precisely as the source allows.
 *
 * @param file the file, relative to the rules directory (e.g. {@code 02-empathy.drl})
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {
    /** {@code file:line:column: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
