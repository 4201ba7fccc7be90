package dev.supportcoach.audit;

import dev.supportcoach.DraftFinding;
import dev.supportcoach.Principle;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One public agent reply, reviewed as if it were the draft at its own moment.
 *
 * @param message the reply's index in the conversation
 * @param agent who wrote it
 * @param at when it was written, or {@code null} when the message has no time
 * @param text the reply's text; finding spans are offsets in it
 * @param findings what {@code advise} finds in the reply as a draft, on the conversation up to it
 *        at its time, ordered by position
 * @param recommendations the recommendations that stood before the reply and what it did with
 *        each (a recommendation an earlier reply already honoured, on the same evidence, is not
 *        asked again)
 * @param met the principles that applied at this reply and were met
 * @param failed the principles that applied and were not met (a finding, or a recommendation
 *        missed or broken)
 * @param critical whether a failure here is critical by the audit method
 */
public record ReplyAudit(int message, Agent agent, Instant at, String text, List<DraftFinding> findings,
                         List<CheckedRecommendation> recommendations, Set<Principle> met, Set<Principle> failed,
                         boolean critical) {
    /**
     * @throws NullPointerException if an argument but {@code at} is {@code null}
     */
    public ReplyAudit {
        Objects.requireNonNull(agent, "agent must not be null");
        Objects.requireNonNull(text, "text must not be null");
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        met = Collections.unmodifiableSet(met.isEmpty() ? EnumSet.noneOf(Principle.class) : EnumSet.copyOf(met));
        failed = Collections.unmodifiableSet(failed.isEmpty() ? EnumSet.noneOf(Principle.class) : EnumSet.copyOf(failed));
    }

    /** The ISO week of {@link #at()} in UTC, e.g. {@code 2026-W09}, or {@code null} without a time. */
    public String week() {
        return Weeks.of(at);
    }

    /** The sum of the weights of the failed principles: how bad this moment is. */
    public double failedWeight(AuditMethod method) {
        double w = 0;
        for (Principle p : failed) {
            w += method.weight(p);
        }
        return w;
    }
}
