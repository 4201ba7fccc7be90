package dev.supportcoach;

/**
 * Service-level targets of a ticket.
 *
 * @param firstResponseMinutes minutes allowed until the first public agent reply, or {@code null} if none
 * @param nextResponseMinutes minutes allowed between a customer message and the next agent reply, or {@code null}
 */
public record Sla(Integer firstResponseMinutes, Integer nextResponseMinutes) {
    /** No targets. */
    public static final Sla NONE = new Sla(null, null);
}
