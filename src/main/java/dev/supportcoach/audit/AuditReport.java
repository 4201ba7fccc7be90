package dev.supportcoach.audit;

import dev.supportcoach.Principle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scorecards of an audit, built conversation by conversation in constant memory: the team's
 * and each agent's, in total and by ISO week, plus, for the HTML report, a bounded sample of the
 * replies behind each figure. Add conversations in input order (results do not depend on the
 * number of threads that audited them). Not thread-safe.
 *
 * <pre>{@code
 * AuditReport report = new AuditReport(auditor.method());
 * for (SupportCase c : cases) report.add(c.ticket().id(), auditor.audit(c));
 * report.team().score();                              // the team's weighted score
 * report.agents().get(0).total().tally(Principle.EMPATHY);
 * }</pre>
 */
public final class AuditReport {
    /** Replies kept per figure for the HTML report. */
    public static final int DEFAULT_REPLIES_PER_FIGURE = 20;
    /** Distinct replies kept for the HTML report in all. */
    public static final int DEFAULT_MAX_REPLIES = 2_000;
    /** Lowest-scoring conversations kept for the HTML report. */
    public static final int DEFAULT_WORST_CONVERSATIONS = 20;
    private static final int ERRORS_KEPT = 100;

    private final AuditMethod method;
    private final int perFigure;
    private final int maxCards;
    private final int worstKept;
    private final Scorecard team;
    private final SortedMap<String, Scorecard> teamWeeks = new TreeMap<>();
    private final SortedMap<String, AgentScorecard> agents = new TreeMap<>();
    private final Map<String, Integer> languages = new HashMap<>();
    private int inputs;
    private int errors;
    private Instant first;
    private Instant last;

    // samples for the HTML report: bounded, filled in input order
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<ErrorEntry> errorSample = new ArrayList<>();
    private final List<WorstConversation> worst = new ArrayList<>();
    private int cardsKept;

    /** A report that keeps the default samples for the HTML report. */
    public AuditReport(AuditMethod method) {
        this(method, DEFAULT_REPLIES_PER_FIGURE, DEFAULT_MAX_REPLIES, DEFAULT_WORST_CONVERSATIONS);
    }

    /**
     * A report with its own sample bounds; all 0 keeps only the counts (the JSON report needs no samples).
     *
     * @param repliesPerFigure replies kept behind each figure (the first ones, in input order)
     * @param maxReplies distinct replies kept in all
     * @param worstConversations lowest-scoring conversations kept
     * @throws IllegalArgumentException if a bound is negative
     */
    public AuditReport(AuditMethod method, int repliesPerFigure, int maxReplies, int worstConversations) {
        this.method = Objects.requireNonNull(method, "method must not be null");
        if (repliesPerFigure < 0 || maxReplies < 0 || worstConversations < 0) {
            throw new IllegalArgumentException("sample bounds must not be negative");
        }
        this.perFigure = repliesPerFigure;
        this.maxCards = maxReplies;
        this.worstKept = worstConversations;
        this.team = new Scorecard(method);
    }

    /** Adds the audit of one conversation; {@code source} says where it came from (e.g. {@code file:line}). */
    public void add(String source, ConversationAudit audit) {
        Objects.requireNonNull(audit, "audit must not be null");
        int seq = inputs++;
        team.addConversation(audit.critical());
        if (audit.language() != null) {
            languages.merge(audit.language(), 1, Integer::sum);
        }
        Map<String, Boolean> agentsHere = new LinkedHashMap<>(); // agent key -> critical
        Set<String> weeksHere = new HashSet<>();
        Map<String, Boolean> agentWeeksHere = new LinkedHashMap<>();
        Map<ReplyAudit, Card> cards = new IdentityHashMap<>();
        for (ReplyAudit r : audit.replies()) {
            team.add(r);
            AgentScorecard a = agents.computeIfAbsent(r.agent().key(), k -> new AgentScorecard(r.agent(), new Scorecard(method)));
            a.total().add(r);
            agentsHere.merge(r.agent().key(), r.critical(), Boolean::logicalOr);
            String week = r.week();
            if (week != null) {
                teamWeeks.computeIfAbsent(week, k -> new Scorecard(method)).add(r);
                a.weeks.computeIfAbsent(week, k -> new Scorecard(method)).add(r);
                weeksHere.add(week);
                agentWeeksHere.merge(r.agent().key() + "\n" + week, r.critical(), Boolean::logicalOr);
                first = first == null || r.at().isBefore(first) ? r.at() : first;
                last = last == null || r.at().isAfter(last) ? r.at() : last;
            }
            sample(seq, source, audit, r, cards);
        }
        agentsHere.forEach((key, critical) -> agents.get(key).total().addConversation(critical));
        for (String week : weeksHere) {
            boolean critical = audit.replies().stream().anyMatch(r -> r.critical() && week.equals(r.week()));
            teamWeeks.get(week).addConversation(critical);
        }
        agentWeeksHere.forEach((key, critical) -> {
            int nl = key.indexOf('\n');
            agents.get(key.substring(0, nl)).weeks.get(key.substring(nl + 1)).addConversation(critical);
        });
        keepIfWorst(seq, source, audit, cards);
    }

    /** Counts a conversation that could not be read or audited. */
    public void addError(String source, String ticketId, String message) {
        inputs++;
        errors++;
        if (errorSample.size() < ERRORS_KEPT) {
            errorSample.add(new ErrorEntry(source, ticketId, message));
        }
    }

    private void sample(int seq, String source, ConversationAudit audit, ReplyAudit r, Map<ReplyAudit, Card> cards) {
        if (perFigure == 0) {
            return;
        }
        String agent = "a:" + r.agent().key();
        for (Principle p : r.failed()) {
            offer("p:" + p + ":failed", seq, source, audit, r, cards);
            offer(agent + ":" + p, seq, source, audit, r, cards);
        }
        for (Principle p : r.met()) {
            offer("p:" + p + ":met", seq, source, audit, r, cards);
            offer(agent + ":" + p, seq, source, audit, r, cards);
        }
        if (!r.failed().isEmpty()) {
            offer(agent, seq, source, audit, r, cards);
            if (r.week() != null) {
                offer("w:" + r.week(), seq, source, audit, r, cards);
            }
        }
        if (r.critical()) {
            offer("critical", seq, source, audit, r, cards);
        }
        if (r.recommendations().stream().anyMatch(c -> c.outcome() != Outcome.HONOURED)) {
            offer("notHonoured", seq, source, audit, r, cards);
        }
    }

    private void offer(String key, int seq, String source, ConversationAudit audit, ReplyAudit r, Map<ReplyAudit, Card> cards) {
        Figure f = figures.computeIfAbsent(key, k -> new Figure());
        f.total++;
        if (f.cards.size() >= perFigure) {
            return;
        }
        Card c = cards.get(r);
        if (c == null) {
            if (cardsKept >= maxCards) {
                return;
            }
            cardsKept++;
            c = new Card(seq, source, audit.ticketId(), audit.language(), r);
            cards.put(r, c);
        }
        f.cards.add(c);
    }

    private void keepIfWorst(int seq, String source, ConversationAudit audit, Map<ReplyAudit, Card> cards) {
        if (worstKept == 0 || audit.score().isEmpty()) {
            return;
        }
        WorstConversation w = new WorstConversation(seq, source, audit, new ArrayList<>());
        if (worst.size() == worstKept && WORST_ORDER.compare(w, worst.get(worst.size() - 1)) >= 0) {
            return;
        }
        for (int m : audit.worstMoments()) {
            for (ReplyAudit r : audit.replies()) {
                if (r.message() == m) {
                    Card c = cards.get(r);
                    w.moments().add(c != null ? c : new Card(seq, source, audit.ticketId(), audit.language(), r));
                }
            }
        }
        int at = Collections.binarySearch(worst, w, WORST_ORDER);
        worst.add(at < 0 ? -at - 1 : at, w);
        if (worst.size() > worstKept) {
            worst.remove(worst.size() - 1);
        }
    }

    private static final Comparator<WorstConversation> WORST_ORDER = Comparator
            .comparingDouble((WorstConversation w) -> w.audit().score().getAsDouble())
            .thenComparingInt(WorstConversation::seq);

    /** The scoring method. */
    public AuditMethod method() {
        return method;
    }

    /** Conversations given, audited or not. */
    public int inputs() {
        return inputs;
    }

    /** Conversations audited. */
    public int conversations() {
        return inputs - errors;
    }

    /** Conversations that could not be read or audited. */
    public int errors() {
        return errors;
    }

    /** The team's scorecard: every reply audited. */
    public Scorecard team() {
        return team;
    }

    /** The team's scorecards by ISO week (UTC) of the replies, in week order; replies without a time are in none. */
    public SortedMap<String, Scorecard> teamWeeks() {
        return Collections.unmodifiableSortedMap(teamWeeks);
    }

    /** Every agent's scorecard, ordered by {@link Agent#key()}. */
    public List<AgentScorecard> agents() {
        return List.copyOf(agents.values());
    }

    /** The earliest and latest reply time seen, or {@code null} when no reply had one. */
    public Instant firstReply() {
        return first;
    }

    /** The latest reply time seen, or {@code null}. */
    public Instant lastReply() {
        return last;
    }

    /** The language most conversations were in ({@code "en"} on a tie or when none was known). */
    public String mainLanguage() {
        return languages.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("en");
    }

    Figure figure(String key) {
        return figures.getOrDefault(key, Figure.EMPTY);
    }

    List<WorstConversation> worstConversations() {
        return Collections.unmodifiableList(worst);
    }

    List<ErrorEntry> errorSample() {
        return Collections.unmodifiableList(errorSample);
    }

    /**
     * One agent's scorecards.
     *
     * @param agent who
     * @param total over all their replies
     */
    public record AgentScorecard(Agent agent, Scorecard total, SortedMap<String, Scorecard> weeks) {
        AgentScorecard(Agent agent, Scorecard total) {
            this(agent, total, new TreeMap<>());
        }

        /** Their scorecards by ISO week (UTC), in week order. */
        @Override
        public SortedMap<String, Scorecard> weeks() {
            return Collections.unmodifiableSortedMap(weeks);
        }
    }

    /** The replies behind a figure: how many, and the first ones kept. */
    static final class Figure {
        static final Figure EMPTY = new Figure();
        int total;
        final List<Card> cards = new ArrayList<>();
    }

    /** A reply kept for the HTML report, with where it came from. */
    record Card(int seq, String source, String ticketId, String language, ReplyAudit reply) {
        String id() {
            return "r" + seq + "-" + reply.message();
        }
    }

    record WorstConversation(int seq, String source, ConversationAudit audit, List<Card> moments) {
    }

    record ErrorEntry(String source, String ticketId, String message) {
    }
}
