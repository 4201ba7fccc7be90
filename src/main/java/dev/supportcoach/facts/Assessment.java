package dev.supportcoach.facts;

import dev.supportcoach.CustomerState;
import org.kie.api.runtime.rule.RuleContext;

/** A conclusion about the customer's state, inserted by an assessment rule. */
public final class Assessment {
    private final CustomerState state;
    private final String rule;
    private final Hit evidence;

    private Assessment(CustomerState state, String rule, Hit evidence) {
        this.state = state;
        this.rule = rule;
        this.evidence = evidence;
    }

    /** The state {@code state}, concluded by the rule running now. */
    public static Assessment of(RuleContext kcontext, CustomerState state) {
        return new Assessment(state, kcontext.getRule().getName(), null);
    }

    /** The state {@code state}, concluded from the words of {@code evidence}. */
    public static Assessment of(RuleContext kcontext, CustomerState state, Hit evidence) {
        return new Assessment(state, kcontext.getRule().getName(), evidence);
    }

    public CustomerState getState() { return state; }
    /** The id of the rule that concluded it. */
    public String getRule() { return rule; }
    /** The words it rests on, or {@code null}. */
    public Hit getEvidence() { return evidence; }

    /**
     * Equal when the same rule concluded the same state from the same words (the very same
     * {@link Hit}). The rule base keeps one of equal facts (equality assert behaviour), so a
     * rule that concludes a state once per matching pair does not repeat everything that
     * follows from it.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && a.state == state && a.evidence == evidence && a.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return (state.hashCode() * 31 + rule.hashCode()) * 31 + System.identityHashCode(evidence);
    }

    @Override
    public String toString() {
        return "Assessment(" + state + (evidence != null ? ", " + evidence : "") + ")";
    }
}
