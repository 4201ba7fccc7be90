package dev.supportcoach;

/**
 * An evaluation reached the firing bound: a rule keeps re-activating itself (typically a
 * consequence that modifies a fact its own condition matches). The evaluation is abandoned and
 * the host thread is released.
 */
public class RuleLoopException extends SupportCoachException {
    private final String ruleId;

    public RuleLoopException(String ruleId, int firings, int bound) {
        super("rule " + ruleId + " fired " + firings + " times; the bound of " + bound
                + " firings per evaluation was reached (a rule that re-activates itself?)");
        this.ruleId = ruleId;
    }

    /** The rule that fired most often, the likely culprit. */
    public String ruleId() {
        return ruleId;
    }
}
