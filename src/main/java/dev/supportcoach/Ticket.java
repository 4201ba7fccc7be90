package dev.supportcoach;

import java.time.Instant;
import java.util.Objects;

/**
 * The ticket a conversation belongs to. Every field but {@code id} may be {@code null} (or 0 for
 * the counters), which means "unknown", never an error.
 *
 * @param id the helpdesk's ticket id; never {@code null}
 * @param subject the subject line
 * @param language a language code such as {@code "en"} ({@code "en-GB"} counts as {@code "en"}); {@code null} to detect it from the customer's text
 * @param priority the priority
 * @param status the status
 * @param channel the channel
 * @param createdAt when the ticket was opened
 * @param remoteAccess whether the agent can reach the customer's machine remotely
 * @param reopenCount how many times the ticket was reopened
 * @param escalationLevel 0 for the first line, 1 and up after each escalation
 * @param sla the service-level targets; never {@code null} ({@link Sla#NONE} when absent)
 * @param customerName the customer's name, used in phrasing
 * @param category the helpdesk's category
 */
public record Ticket(String id, String subject, String language, Priority priority, Status status,
                     Channel channel, Instant createdAt, Boolean remoteAccess, int reopenCount,
                     int escalationLevel, Sla sla, String customerName, String category) {

    /**
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public Ticket {
        Objects.requireNonNull(id, "id must not be null");
        sla = sla == null ? Sla.NONE : sla;
    }

    /** A ticket with only an id. */
    public static Ticket of(String id) {
        return builder(id).build();
    }

    /** Starts a ticket with the given id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Ticket}; every setter is optional. */
    public static final class Builder {
        private final String id;
        private String subject;
        private String language;
        private Priority priority;
        private Status status;
        private Channel channel;
        private Instant createdAt;
        private Boolean remoteAccess;
        private int reopenCount;
        private int escalationLevel;
        private Sla sla = Sla.NONE;
        private String customerName;
        private String category;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
        }

        public Builder subject(String v) { subject = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder priority(Priority v) { priority = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder remoteAccess(Boolean v) { remoteAccess = v; return this; }
        public Builder reopenCount(int v) { reopenCount = v; return this; }
        public Builder escalationLevel(int v) { escalationLevel = v; return this; }
        public Builder sla(Sla v) { sla = v; return this; }
        public Builder customerName(String v) { customerName = v; return this; }
        public Builder category(String v) { category = v; return this; }

        public Ticket build() {
            return new Ticket(id, subject, language, priority, status, channel, createdAt,
                    remoteAccess, reopenCount, escalationLevel, sla, customerName, category);
        }
    }
}
