package dev.supportcoach.audit;

import dev.supportcoach.DraftFinding;
import dev.supportcoach.Principle;
import java.util.OptionalDouble;

/**
 * Counts over a set of replies (a team, an agent, a week): replies and conversations, per
 * principle how often it applied and was met, findings, and recommendations honoured, missed or
 * broken; the score follows from the counts and the method's weights. Every figure is a sum, so
 * the scorecards of the agents add up to the team's. Filled by {@link AuditReport}; read-only to
 * everyone else. Not thread-safe.
 */
public final class Scorecard {
    private static final int N = Principle.values().length;

    private final AuditMethod method;
    private int replies;
    private int conversations;
    private int criticalReplies;
    private int criticalConversations;
    private final int[] applicable = new int[N];
    private final int[] met = new int[N];
    private final int[] findings = new int[N];
    private final int[] checked = new int[N];
    private final int[] honoured = new int[N];
    private final int[] missed = new int[N];
    private final int[] broken = new int[N];

    Scorecard(AuditMethod method) {
        this.method = method;
    }

    void add(ReplyAudit r) {
        replies++;
        if (r.critical()) {
            criticalReplies++;
        }
        for (Principle p : r.met()) {
            applicable[p.ordinal()]++;
            met[p.ordinal()]++;
        }
        for (Principle p : r.failed()) {
            applicable[p.ordinal()]++;
        }
        for (DraftFinding f : r.findings()) {
            findings[f.principle().ordinal()]++;
        }
        for (CheckedRecommendation c : r.recommendations()) {
            int i = c.recommendation().principle().ordinal();
            checked[i]++;
            switch (c.outcome()) {
                case HONOURED -> honoured[i]++;
                case MISSED -> missed[i]++;
                case BROKEN -> broken[i]++;
            }
        }
    }

    /** Counts one conversation this scorecard's replies belong to. */
    void addConversation(boolean critical) {
        conversations++;
        if (critical) {
            criticalConversations++;
        }
    }

    /** Public agent replies audited. */
    public int replies() {
        return replies;
    }

    /** Conversations with at least one of these replies (for the team: every conversation audited). */
    public int conversations() {
        return conversations;
    }

    /** Replies with a critical failure. */
    public int criticalReplies() {
        return criticalReplies;
    }

    /** Conversations with a critical failure among these replies. */
    public int criticalConversations() {
        return criticalConversations;
    }

    /** How often a principle applied and was met. */
    public Tally tally(Principle p) {
        return new Tally(applicable[p.ordinal()], met[p.ordinal()]);
    }

    /** Draft findings of a principle in these replies. */
    public int findings(Principle p) {
        return findings[p.ordinal()];
    }

    /** All draft findings in these replies. */
    public int findings() {
        return sum(findings);
    }

    /** Recommendations of a principle checked against these replies, by outcome. */
    public Counts recommendations(Principle p) {
        int i = p.ordinal();
        return new Counts(checked[i], honoured[i], missed[i], broken[i]);
    }

    /** All recommendations checked against these replies, by outcome. */
    public Counts recommendations() {
        return new Counts(sum(checked), sum(honoured), sum(missed), sum(broken));
    }

    /**
     * The weighted share of checks met, {@code sum(weight × met) / sum(weight × applicable)} over
     * the principles, as a percentage with one decimal; empty when nothing weighed applied.
     * Critical failures do not zero it here (they are counted apart); a conversation's own score
     * is 0 after one.
     */
    public OptionalDouble score() {
        double all = 0;
        double ok = 0;
        for (Principle p : Principle.values()) {
            all += method.weight(p) * applicable[p.ordinal()];
            ok += method.weight(p) * met[p.ordinal()];
        }
        return all > 0 ? OptionalDouble.of(Scores.percent(ok, all)) : OptionalDouble.empty();
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }

    /**
     * Recommendations checked, by outcome; {@code checked == honoured + missed + broken}.
     *
     * @param checked recommendations checked against a reply
     * @param honoured of those, honoured
     * @param missed lacking the positive signal
     * @param broken contradicted by a finding of the same principle
     */
    public record Counts(int checked, int honoured, int missed, int broken) {
        /** {@code honoured / checked} as a percentage with one decimal, or empty when none was checked. */
        public OptionalDouble rate() {
            return checked == 0 ? OptionalDouble.empty() : OptionalDouble.of(Scores.percent(honoured, checked));
        }
    }
}
