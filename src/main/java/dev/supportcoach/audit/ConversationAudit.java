package dev.supportcoach.audit;

import dev.supportcoach.Principle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The audit of one conversation: every public agent reply reviewed, and the conversation's
 * scorecard.
 *
 * @param ticketId the ticket id
 * @param language the conversation's language ({@code "en"}, {@code "ru"}), or {@code null}
 *        when neither the ticket nor an evaluation told it (a conversation without replies)
 * @param replies every public agent reply, in conversation order
 * @param principles for each principle that applied at some reply, how often it was met
 * @param score the weighted share of checks met, as a percentage with one decimal; 0 after a
 *        critical failure; empty when no principle applied
 * @param critical whether a reply failed critically
 * @param worstMoments the message indexes of the worst replies (critical first, then by failed
 *        weight, then earliest), at most {@link AuditMethod#worstMoments()}
 * @param warnings notes about the input (from reading it and from the engine)
 */
public record ConversationAudit(String ticketId, String language, List<ReplyAudit> replies,
                                Map<Principle, Tally> principles, OptionalDouble score, boolean critical,
                                List<Integer> worstMoments, List<String> warnings) {
    /**
     * @throws NullPointerException if an argument but {@code language} is {@code null}
     */
    public ConversationAudit {
        Objects.requireNonNull(ticketId, "ticketId must not be null");
        Objects.requireNonNull(score, "score must not be null");
        replies = List.copyOf(replies);
        principles = Collections.unmodifiableMap(principles.isEmpty() ? new EnumMap<>(Principle.class) : new EnumMap<>(principles));
        worstMoments = List.copyOf(worstMoments);
        warnings = List.copyOf(warnings);
    }

    /** This audit with {@code more} warnings before its own (e.g. from reading the input). */
    public ConversationAudit withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(warnings);
        return new ConversationAudit(ticketId, language, replies, principles, score, critical, worstMoments, all);
    }
}
