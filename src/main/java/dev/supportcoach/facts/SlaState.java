package dev.supportcoach.facts;

/** Where the running SLA timer stands. */
public enum SlaState {
    /** No SLA target applies (none set, or nobody is waiting). */
    NONE,
    /** Within target. */
    OK,
    /** Less than a quarter of the target time left. */
    AT_RISK,
    /** Past the target. */
    BREACHED
}
