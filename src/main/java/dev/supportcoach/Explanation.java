package dev.supportcoach;

import java.util.List;

/**
 * The advice for a case together with the rule firings that produced it, to answer "why did it
 * say that?".
 *
 * @param advice the advice, as {@link dev.supportcoach.engine.SupportCoach#advise} gives it
 * @param firings every rule firing, in order
 */
public record Explanation(Advice advice, List<Firing> firings) {
    public Explanation {
        firings = List.copyOf(firings);
    }
}
