package dev.supportcoach;

/** What the engine infers about the customer from the conversation. */
public enum CustomerState {
    /** The customer cannot work or use the product. */
    BLOCKED,
    /** The customer is annoyed, disappointed or upset. */
    FRUSTRATED,
    /** The customer presses for speed. */
    URGENT,
    /** The customer says or shows that they are not technical. */
    NON_TECHNICAL,
    /** The customer waits for an answer: unanswered messages or follow-ups. */
    WAITING,
    /** A fix did not help, the problem came back, or the ticket was reopened. */
    REPEATED_ISSUE,
    /** Insults, profanity or shouting. */
    ABUSIVE,
    /** New, unrelated requests inside an open ticket. */
    SCOPE_CREEP,
    /** The customer threatens to leave or to complain. */
    AT_RISK,
    /** The ticket was handed over or escalated to another line. */
    ESCALATED
}
