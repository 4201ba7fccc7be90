package dev.supportcoach.audit;

import java.util.OptionalDouble;

/**
 * How often a principle applied and how often it was met.
 *
 * @param applicable replies at which the principle applied: a recommendation of it stood
 *        before the reply, or the reply raised a finding of it
 * @param met of those, the replies that neither raised a finding of it nor left one of its
 *        recommendations unhonoured
 */
public record Tally(int applicable, int met) {
    /** Replies at which the principle applied and was not met. */
    public int failed() {
        return applicable - met;
    }

    /** {@code met / applicable} as a percentage rounded to one decimal, or empty when it never applied. */
    public OptionalDouble rate() {
        return applicable == 0 ? OptionalDouble.empty() : OptionalDouble.of(Scores.percent(met, applicable));
    }
}
