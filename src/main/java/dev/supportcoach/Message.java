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
 */
public record Message(Author author, Instant at, String text, boolean internal) {
    /**
     * @throws NullPointerException if {@code author} is {@code null}
     */
    public Message {
        Objects.requireNonNull(author, "author must not be null");
        text = text == null ? "" : text;
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
