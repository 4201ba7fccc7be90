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
 * @param suggestion a better wording of the span (may be empty: delete the span)
 */
public record DraftFinding(String id, Principle principle, int start, int end, String text,
                           String problem, String suggestion) {
}
