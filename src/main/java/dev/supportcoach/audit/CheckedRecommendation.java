package dev.supportcoach.audit;

import dev.supportcoach.Recommendation;
import java.util.Objects;

/**
 * A recommendation that stood before a reply, and what the reply did with it.
 *
 * @param recommendation the recommendation, as {@code advise} gave it on the conversation up to
 *        the reply (without a draft, at the reply's time)
 * @param outcome honoured, missed or broken by the reply
 */
public record CheckedRecommendation(Recommendation recommendation, Outcome outcome) {
    /**
     * @throws NullPointerException if an argument is {@code null}
     */
    public CheckedRecommendation {
        Objects.requireNonNull(recommendation, "recommendation must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
    }
}
