package dev.supportcoach.audit;

/** What a reply did with a recommendation that stood before it. See {@code docs/audit.md}. */
public enum Outcome {
    /**
     * The reply raises no draft finding of the recommendation's principle and, when the audit
     * method names a positive signal for the rule, shows a phrase of one of its word lists.
     */
    HONOURED,
    /** The reply raises no finding of the principle but lacks the positive signal asked for. */
    MISSED,
    /** The reply raises a draft finding of the same principle: it works against the advice. */
    BROKEN
}
