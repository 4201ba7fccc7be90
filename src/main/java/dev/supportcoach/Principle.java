package dev.supportcoach;

/**
 * The ten principles of technical support. Every recommendation and every draft finding carries
 * exactly one. The names are stable identifiers used in the JSON output and in configuration.
 */
public enum Principle {
    /** 1. Endless patience, including SLA timers and waiting customers. */
    PATIENCE,
    /** 2. Put yourself in the customer's place. */
    EMPATHY,
    /** 3. Be flexible: when a step did not help, try another angle. */
    FLEXIBILITY,
    /** 4. Communication skills, including hand-off summaries on escalation. */
    COMMUNICATION,
    /** 5. Say "no" politely to scope creep. */
    SAYING_NO,
    /** 6. Keep feelings out of the work with difficult users. */
    DIFFICULT_USERS,
    /** 7. Encourage the user's right actions; never scold. */
    PRAISE,
    /** 8. Hide your ego. */
    HUMILITY,
    /** 9. Convince the user you can solve the problem: own it. */
    OWNERSHIP,
    /** 10. Professionalism, respect and justified actions, including hollow scripts. */
    PROFESSIONALISM
}
