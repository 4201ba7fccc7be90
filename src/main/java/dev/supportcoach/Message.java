package dev.supportcoach;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param author who wrote it; never {@code null}
 * @param at when it was written, or {@code null} if unknown
 * @param text the text; never {@code null} (an absent text is the empty string)
 * @param internal {@code true} for a private note that the customer never sees
 * @param name the name of the person who wrote it (e.g. the agent's display name), or
 *        {@code null} when not given; a blank name is read as {@code null}
 * @param agentId the helpdesk's id of the agent who wrote it, or {@code null} when not given;
 *        a blank id is read as {@code null}
 */
public record Message(Author author, Instant at, String text, boolean internal, String name, String agentId) {
    /**
     * @throws NullPointerException if {@code author} is {@code null}
     */
    public Message {
        Objects.requireNonNull(author, "author must not be null");
        text = text == null ? "" : text;
        name = name == null || name.isBlank() ? null : name.strip();
        agentId = agentId == null || agentId.isBlank() ? null : agentId.strip();
    }

    /** A message without a writer's name or id (the form before {@code name} and {@code agentId}). */
    public Message(Author author, Instant at, String text, boolean internal) {
        this(author, at, text, internal, null, null);
    }

    /** A public message without a timestamp. */
    public static Message of(Author author, String text) {
        return new Message(author, null, text, false);
    }

    /** {@code true} if the customer can see this message and an agent wrote it. */
    public boolean isPublicAgentReply() {
        return author == Author.AGENT && !internal;
    }
}
