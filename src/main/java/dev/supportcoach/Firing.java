package dev.supportcoach;

import java.util.List;

/**
 * One rule firing in an {@link Explanation}, in the order the rules fired.
 *
 * @param ruleId the rule
 * @param matched the facts its conditions matched, as text
 * @param produced the facts its consequence inserted, as text
 */
public record Firing(String ruleId, List<String> matched, List<String> produced) {
    public Firing {
        matched = List.copyOf(matched);
        produced = List.copyOf(produced);
    }
}
