package dev.supportcoach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One case to advise on: a ticket, its conversation in order, and optionally the agent's unsent
 * draft reply.
 *
 * @param ticket the ticket; never {@code null}
 * @param conversation the messages, oldest first; never {@code null}, may be empty
 * @param draft the agent's unsent reply, or {@code null} when there is none
 * @param now the evaluation time, or {@code null} to use the engine's clock
 */
public record SupportCase(Ticket ticket, List<Message> conversation, String draft, Instant now) {

    /**
     * @throws NullPointerException if {@code ticket} or {@code conversation} or one of its messages is {@code null}
     */
    public SupportCase {
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(conversation, "conversation must not be null");
        conversation = List.copyOf(conversation);
    }

    /** Starts a case for a ticket with the given id. */
    public static Builder builder(String ticketId) {
        return new Builder(Ticket.of(ticketId));
    }

    /** Starts a case for the given ticket. */
    public static Builder builder(Ticket ticket) {
        return new Builder(ticket);
    }

    /** Builds a {@link SupportCase}. */
    public static final class Builder {
        private Ticket ticket;
        private final List<Message> conversation = new ArrayList<>();
        private String draft;
        private Instant now;

        private Builder(Ticket ticket) {
            this.ticket = Objects.requireNonNull(ticket, "ticket must not be null");
        }

        /** Replaces the ticket. */
        public Builder ticket(Ticket v) { ticket = Objects.requireNonNull(v, "ticket must not be null"); return this; }
        /** Adds a message. */
        public Builder message(Message m) { conversation.add(Objects.requireNonNull(m, "message must not be null")); return this; }
        /** Adds a customer message without a timestamp. */
        public Builder customer(String text) { return message(Message.of(Author.CUSTOMER, text)); }
        /** Adds a customer message written at {@code at}. */
        public Builder customer(Instant at, String text) { return message(new Message(Author.CUSTOMER, at, text, false)); }
        /** Adds a public agent reply without a timestamp. */
        public Builder agent(String text) { return message(Message.of(Author.AGENT, text)); }
        /** Adds a public agent reply written at {@code at}. */
        public Builder agent(Instant at, String text) { return message(new Message(Author.AGENT, at, text, false)); }
        /** Sets the agent's unsent draft. */
        public Builder draft(String v) { draft = v; return this; }
        /** Sets the evaluation time. */
        public Builder now(Instant v) { now = v; return this; }

        public SupportCase build() {
            return new SupportCase(ticket, conversation, draft, now);
        }
    }
}
