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
    ESCALATED,
    /** Support has let the customer down: no answer, a broken promise, passed around, nothing resolved. */
    LET_DOWN,
    /** The customer did not understand an answer, an instruction or a word in it, or could not follow it. */
    CONFUSED,
    /** A step that was suggested or tried did not help. */
    STEP_FAILED,
    /** The customer did useful work: tried steps, sent logs or screenshots, found the cause, offered material. */
    HELPFUL,
    /** The customer contradicts or corrects what support said. */
    DISPUTING,
    /** A vulnerable person is involved: a young child, an elderly relative, a disability, a hospital stay. */
    VULNERABLE
}
