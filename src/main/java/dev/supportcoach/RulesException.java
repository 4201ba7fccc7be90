package dev.supportcoach;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules could not be loaded: DRL that does not compile, a broken word list or phrasing
 * catalog. Nothing of the failed rules is used; {@link #problems()} lists every problem found.
 */
public class RulesException extends SupportCoachException {
    private final List<RuleProblem> problems;

    public RulesException(List<RuleProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each with its file, line and column. */
    public List<RuleProblem> problems() {
        return problems;
    }

    private static String format(List<RuleProblem> problems) {
        return problems.size() + " problem(s) in the rules:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }
}
