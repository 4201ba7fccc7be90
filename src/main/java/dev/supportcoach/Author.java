package dev.supportcoach;

/** Who wrote a message in the conversation. */
public enum Author {
    /** The customer. */
    CUSTOMER,
    /** A support agent (a public reply or, with {@code internal}, a private note). */
    AGENT,
    /** The helpdesk itself: status changes, assignments, automatic notices. */
    SYSTEM
}
