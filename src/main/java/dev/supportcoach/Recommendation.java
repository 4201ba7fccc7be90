package dev.supportcoach;

import java.util.List;

/**
 * An action the agent should take now.
 *
 * @param id the stable UPPER_SNAKE id of the rule that raised it
 * @param principle the principle it serves
 * @param priority its rank, 1 first
 * @param action what to do, in the case's language
 * @param reason why, naming the evidence (message, words, timer)
 * @param evidence the words it rests on; may be empty when it rests on a timer or a count
 * @param phrasing a ready wording the agent can send, in the case's language
 */
public record Recommendation(String id, Principle principle, int priority, String action, String reason,
                             List<Evidence> evidence, String phrasing) {
    public Recommendation {
        evidence = List.copyOf(evidence);
    }
}
