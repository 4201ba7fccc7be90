package dev.supportcoach;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of running one {@link RuleExample}.
 *
 * @param example the example
 * @param language the language the case was evaluated in, {@code "?"} when the evaluation failed
 * @param fired every rule that fired on the case, in firing order
 * @param failures what did not hold, e.g. {@code expected NO_REFUSAL to fire; fired: [...]};
 *        empty when the example passed
 */
public record ExampleResult(RuleExample example, String language, Set<String> fired, List<String> failures) {
    public ExampleResult {
        fired = Collections.unmodifiableSet(new LinkedHashSet<>(fired));
        failures = List.copyOf(failures);
    }

    /** {@code true} when every expectation of the example held. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
