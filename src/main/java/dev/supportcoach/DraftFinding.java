package dev.supportcoach;

/**
 * A place in the agent's draft that breaks a principle.
 *
 * @param id the stable UPPER_SNAKE id of the rule that found it
 * @param principle the principle broken
 * @param start offset in the draft, in UTF-16 code units
 * @param end offset just past the span (exclusive)
 * @param text the span: {@code draft.substring(start, end)}
 * @param problem what is wrong, in the case's language
 * @param suggestion what to do about it, in words (always present)
 * @param replacement text that replaces exactly {@code [start, end)} and reads correctly in
 *     place ({@code ""} deletes the span), or {@code null} when no drop-in text exists
 */
public record DraftFinding(String id, Principle principle, int start, int end, String text,
                           String problem, String suggestion, String replacement) {
    /** A finding with no drop-in replacement. */
    public DraftFinding(String id, Principle principle, int start, int end, String text, String problem, String suggestion) {
        this(id, principle, start, end, text, problem, suggestion, null);
    }

    /** Whether this finding carries a drop-in replacement for its span. */
    public boolean hasReplacement() {
        return replacement != null;
    }
}
