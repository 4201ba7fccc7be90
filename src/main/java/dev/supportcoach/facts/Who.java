package dev.supportcoach.facts;

/** Whose words a {@link Hit} is in. */
public enum Who {
    /** A customer message (quoted earlier text excluded). */
    CUSTOMER,
    /** A public agent reply already sent (internal notes are never read). */
    AGENT,
    /** The agent's unsent draft. */
    DRAFT,
    /** A system message (hand-offs, assignments). */
    SYSTEM
}
