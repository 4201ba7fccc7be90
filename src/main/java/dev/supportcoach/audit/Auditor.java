package dev.supportcoach.audit;

import dev.supportcoach.Advice;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Evidence;
import dev.supportcoach.LimitExceededException;
import dev.supportcoach.Message;
import dev.supportcoach.Principle;
import dev.supportcoach.Recommendation;
import dev.supportcoach.RuleLoopException;
import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.SupportCoachException;
import dev.supportcoach.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Audits finished conversations: every public agent reply is reviewed as if it were the draft
 * at its own moment, and the recommendations that stood before it are checked against it.
 *
 * <pre>{@code
 * SupportCoach coach = SupportCoach.builder().build();
 * Auditor auditor = Auditor.of(coach);                       // the bundled audit.properties
 * ConversationAudit audit = auditor.audit(supportCase);
 * audit.score();                                             // e.g. OptionalDouble[72.5]
 * audit.replies().get(0).findings();                         // what advise finds in that reply
 *
 * AuditReport report = new AuditReport(auditor.method());    // team and agent scorecards
 * report.add("case.json", audit);
 * }</pre>
 *
 * <p>For each public agent reply at index {@code i} of the conversation, written at {@code t}:
 * <ol>
 * <li>{@code advise} on the conversation up to {@code i} (excluded), without a draft, at
 * {@code t}, gives the recommendations that stood before the reply;</li>
 * <li>{@code advise} on the same conversation with the reply as the draft, at {@code t}, gives
 * the reply's draft findings (exactly what {@code advise} would have said on it as a draft);</li>
 * <li>each standing recommendation is {@link Outcome#BROKEN} when the reply raises a finding of
 * the same principle, else {@link Outcome#MISSED} when the method names a positive signal for
 * the rule and the reply shows none of it, else {@link Outcome#HONOURED}. A recommendation on
 * the same evidence that an earlier reply honoured is not asked again.</li>
 * </ol>
 * A reply without a time is reviewed at the latest time of the messages before it, else at the
 * case's {@code now}. The ticket is taken as given: the audit does not know how its status
 * changed along the conversation. The method is written down in {@code docs/audit.md}.
 *
 * <p>Thread-safe when the engine is (it is): share one {@code Auditor}.
 */
public final class Auditor {
    private final SupportCoach coach;
    private final AuditMethod method;

    private Auditor(SupportCoach coach, AuditMethod method) {
        this.coach = coach;
        this.method = method;
    }

    /**
     * An auditor with the method bundled with the library's rules.
     *
     * @throws dev.supportcoach.RulesException if the bundled method names a rule the engine lacks
     *         (an engine with another rules directory: use {@link #of(SupportCoach, AuditMethod)}
     *         with {@link AuditMethod#forRules})
     */
    public static Auditor of(SupportCoach coach) {
        return of(coach, AuditMethod.bundled());
    }

    /**
     * An auditor with the given method.
     *
     * @throws dev.supportcoach.RulesException if the method names a rule that the engine's rules lack
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Auditor of(SupportCoach coach, AuditMethod method) {
        Objects.requireNonNull(coach, "coach must not be null");
        Objects.requireNonNull(method, "method must not be null");
        method.check(coach.rules());
        return new Auditor(coach, method);
    }

    /** The scoring method. */
    public AuditMethod method() {
        return method;
    }

    /**
     * Audits one conversation.
     *
     * @throws NullPointerException if {@code supportCase} is {@code null}
     * @throws SupportCoachException if a reply cannot be evaluated (a {@link LimitExceededException}
     *         or {@link RuleLoopException}); the message names the reply's index
     */
    public ConversationAudit audit(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase must not be null");
        List<Message> conversation = supportCase.conversation();
        List<ReplyAudit> replies = new ArrayList<>();
        Walk walk = new Walk();
        Instant latest = null;
        for (int i = 0; i < conversation.size(); i++) {
            Message m = conversation.get(i);
            if (m.isPublicAgentReply()) {
                Instant at = m.at() != null ? m.at() : latest != null ? latest : supportCase.now();
                try {
                    replies.add(reply(supportCase, i, at, walk));
                } catch (LimitExceededException | RuleLoopException e) {
                    throw new SupportCoachException("reply at message " + i + ": " + e.getMessage(), e);
                }
            }
            if (m.at() != null) {
                latest = m.at();
            }
        }
        String language = supportCase.ticket().language() != null ? supportCase.ticket().language() : walk.language;
        return summarize(supportCase.ticket().id(), language, replies, List.copyOf(walk.warnings));
    }

    /** What one walk through a conversation carries from reply to reply. */
    private static final class Walk {
        /** Recommendations (by rule and evidence) that a reply already honoured. */
        final Set<String> honoured = new HashSet<>();
        final Set<String> warnings = new LinkedHashSet<>();
        /** The language the engine read the conversation in, from the last evaluation. */
        String language;
    }

    private ReplyAudit reply(SupportCase c, int index, Instant at, Walk walk) {
        Message m = c.conversation().get(index);
        List<Message> before = c.conversation().subList(0, index);
        Advice standing = coach.advise(new SupportCase(c.ticket(), before, null, at));
        Advice asDraft = coach.advise(new SupportCase(c.ticket(), before, m.text(), at));
        walk.language = asDraft.language();
        walk.warnings.addAll(asDraft.warnings());

        List<DraftFinding> findings = asDraft.draftFindings();
        Set<Principle> findingPrinciples = EnumSet.noneOf(Principle.class);
        boolean critical = false;
        for (DraftFinding f : findings) {
            findingPrinciples.add(f.principle());
            critical |= method.isCritical(f.id(), f.principle());
        }
        Set<String> lists = null; // the word lists the reply shows, read only when a signal is asked for
        List<CheckedRecommendation> checked = new ArrayList<>();
        Set<Principle> failed = EnumSet.noneOf(Principle.class);
        failed.addAll(findingPrinciples);
        Set<Principle> applicable = EnumSet.noneOf(Principle.class);
        applicable.addAll(findingPrinciples);
        for (Recommendation r : standing.recommendations()) {
            String key = evidenceKey(r);
            if (key != null && walk.honoured.contains(key)) {
                continue;
            }
            Outcome outcome;
            List<String> signal = method.signal(r.id());
            if (findingPrinciples.contains(r.principle())) {
                outcome = Outcome.BROKEN;
            } else if (!signal.isEmpty()) {
                if (lists == null) {
                    lists = ReplySignals.lists(coach, asDraft.language(), m.text(), at);
                }
                outcome = signal.stream().anyMatch(lists::contains) ? Outcome.HONOURED : Outcome.MISSED;
            } else {
                outcome = Outcome.HONOURED;
            }
            checked.add(new CheckedRecommendation(r, outcome));
            applicable.add(r.principle());
            if (outcome == Outcome.HONOURED) {
                if (key != null) {
                    walk.honoured.add(key);
                }
            } else {
                failed.add(r.principle());
                critical |= method.isCritical(r.id(), r.principle());
            }
        }
        Set<Principle> met = EnumSet.noneOf(Principle.class);
        met.addAll(applicable);
        met.removeAll(failed);
        return new ReplyAudit(index, Agent.of(m.name(), m.agentId()), m.at(), m.text(), findings, checked, met, failed, critical);
    }

    /** A recommendation's identity across replies: its rule and the words it rests on; none without evidence. */
    private static String evidenceKey(Recommendation r) {
        if (r.evidence().isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(r.id());
        for (Evidence e : r.evidence()) {
            b.append('|').append(e.message()).append(':').append(e.start()).append('-').append(e.end());
        }
        return b.toString();
    }

    private ConversationAudit summarize(String ticketId, String language, List<ReplyAudit> replies, List<String> warnings) {
        Map<Principle, int[]> counts = new EnumMap<>(Principle.class);
        boolean critical = false;
        for (ReplyAudit r : replies) {
            r.met().forEach(p -> counts.computeIfAbsent(p, k -> new int[2])[1]++);
            for (Principle p : unite(r.met(), r.failed())) {
                counts.computeIfAbsent(p, k -> new int[2])[0]++;
            }
            critical |= r.critical();
        }
        Map<Principle, Tally> principles = new EnumMap<>(Principle.class);
        double weighted = 0;
        double weightedMet = 0;
        for (Map.Entry<Principle, int[]> e : counts.entrySet()) {
            principles.put(e.getKey(), new Tally(e.getValue()[0], e.getValue()[1]));
            weighted += method.weight(e.getKey()) * e.getValue()[0];
            weightedMet += method.weight(e.getKey()) * e.getValue()[1];
        }
        OptionalDouble score = critical ? OptionalDouble.of(0) : weighted > 0
                ? OptionalDouble.of(Scores.percent(weightedMet, weighted)) : OptionalDouble.empty();
        List<Integer> worst = replies.stream()
                .filter(r -> r.critical() || !r.failed().isEmpty())
                .sorted(Comparator.comparing((ReplyAudit r) -> !r.critical())
                        .thenComparing(r -> -r.failedWeight(method))
                        .thenComparingInt(ReplyAudit::message))
                .limit(method.worstMoments())
                .map(ReplyAudit::message)
                .toList();
        return new ConversationAudit(ticketId, language, replies, principles, score, critical, worst, warnings);
    }

    private static Set<Principle> unite(Set<Principle> a, Set<Principle> b) {
        Set<Principle> u = EnumSet.noneOf(Principle.class);
        u.addAll(a);
        u.addAll(b);
        return u;
    }
}
