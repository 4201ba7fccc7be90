package dev.supportcoach.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.supportcoach.Author;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Message;
import dev.supportcoach.Principle;
import dev.supportcoach.Recommendation;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.Ticket;
import dev.supportcoach.json.CaseJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's method, through relations that hold whatever the rules conclude: which messages
 * are audited, how outcomes follow from findings and signals, how agents are told apart, how
 * weights and critical failures shape a score.
 */
class AuditorTest {
    private static SupportCoach coach;
    private static Auditor auditor;
    /** Audits of the corpus (empty without it) and of the rule examples' cases. */
    private static List<ConversationAudit> audits;

    @BeforeAll
    static void setUp() throws IOException {
        coach = SupportCoach.builder().build();
        auditor = Auditor.of(coach);
        audits = new ArrayList<>();
        for (SupportCase c : cases()) {
            audits.add(auditor.audit(c));
        }
    }

    /** Real conversations when the corpus is there; the bundled examples always. */
    static List<SupportCase> cases() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(AuditCorpusTest.CORPUS, Path.of("examples"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        }
        List<SupportCase> out = new ArrayList<>();
        for (Path f : files) {
            out.add(CaseJson.read(Files.readString(f, StandardCharsets.UTF_8)).supportCase());
        }
        return out;
    }

    private static Instant t(int minute) {
        return Instant.parse("2026-03-02T09:00:00Z").plusSeconds(60L * minute);
    }

    @Test
    void onlyPublicAgentReplies_areAudited_eachWithItsWriter() {
        SupportCase c = SupportCase.builder(Ticket.builder("T-1").language("en").build())
                .message(new Message(Author.CUSTOMER, t(0), "Since the update I can't work, the VPN is down.", false))
                .message(new Message(Author.AGENT, t(5), "Looking into the VPN now.", false, "Anna", "a-1"))
                .message(new Message(Author.AGENT, t(6), "note: check the gateway", true, "Anna", "a-1"))
                .message(new Message(Author.SYSTEM, t(7), "Assigned to Tier 2", false))
                .message(new Message(Author.AGENT, t(9), "Tier 2 here, I am on it.", false, "Boris", null))
                .message(new Message(Author.CUSTOMER, t(10), "Thanks", false))
                .message(new Message(Author.AGENT, t(12), "It works again?", false, null, null))
                .build();
        ConversationAudit a = auditor.audit(c);
        assertEquals(List.of(1, 4, 6), a.replies().stream().map(ReplyAudit::message).toList());
        assertEquals(List.of("id:a-1", "name:Boris", ""), a.replies().stream().map(r -> r.agent().key()).toList());
        assertEquals(t(5), a.replies().get(0).at());
        assertEquals("2026-W10", a.replies().get(0).week());

        AuditReport report = new AuditReport(auditor.method());
        report.add("test", a);
        assertEquals(3, report.team().replies());
        assertEquals(List.of("", "id:a-1", "name:Boris"), report.agents().stream().map(s -> s.agent().key()).toList());
        report.agents().forEach(s -> assertEquals(1, s.total().replies()));
        report.agents().forEach(s -> assertEquals(1, s.total().conversations()));
    }

    @Test
    void aReplyWithoutTime_isReviewedAtTheLatestEarlierTime() {
        SupportCase untimed = SupportCase.builder(Ticket.builder("T-2").language("en").build())
                .customer(t(0), "Hello, the printer is offline again and again.")
                .message(new Message(Author.AGENT, null, "Please restart it.", false))
                .now(t(500))
                .build();
        ReplyAudit r = auditor.audit(untimed).replies().get(0);
        assertEquals(null, r.at());
        assertEquals(null, r.week(), "no week without a time");
        SupportCase atCustomerTime = SupportCase.builder(Ticket.builder("T-2").language("en").build())
                .customer(t(0), "Hello, the printer is offline again and again.")
                .agent(t(0), "Please restart it.")
                .build();
        assertEquals(auditor.audit(atCustomerTime).replies().get(0).findings(), r.findings());
        assertEquals(auditor.audit(atCustomerTime).replies().get(0).recommendations(), r.recommendations());
    }

    @Test
    void outcomes_followFromTheReplysFindingsAndTheMethod() {
        int checked = 0;
        for (ConversationAudit a : audits) {
            Set<String> honouredOnce = new HashSet<>();
            for (ReplyAudit r : a.replies()) {
                Set<Principle> findingPrinciples = EnumSet.noneOf(Principle.class);
                r.findings().forEach(f -> findingPrinciples.add(f.principle()));
                assertTrue(r.failed().containsAll(findingPrinciples), "every finding fails its principle");
                Set<Principle> both = EnumSet.copyOf(r.met().isEmpty() ? EnumSet.noneOf(Principle.class) : r.met());
                both.retainAll(r.failed());
                assertTrue(both.isEmpty(), "met and failed at once");
                for (CheckedRecommendation c : r.recommendations()) {
                    Recommendation rec = c.recommendation();
                    boolean broken = findingPrinciples.contains(rec.principle());
                    assertEquals(broken, c.outcome() == Outcome.BROKEN, rec.id() + " is broken exactly when a finding shares its principle");
                    if (auditor.method().signal(rec.id()).isEmpty()) {
                        assertNotEquals(Outcome.MISSED, c.outcome(), "no signal asked, nothing to miss: " + rec.id());
                    }
                    if (c.outcome() == Outcome.HONOURED) {
                        assertTrue(r.met().contains(rec.principle()) || r.failed().contains(rec.principle()));
                        if (!rec.evidence().isEmpty()) {
                            assertTrue(honouredOnce.add(rec.id() + rec.evidence()), "honoured twice on the same evidence: " + rec.id());
                        }
                    } else {
                        assertTrue(r.failed().contains(rec.principle()));
                    }
                    checked++;
                }
                boolean critical = r.findings().stream().anyMatch(f -> auditor.method().isCritical(f.id(), f.principle()))
                        || r.recommendations().stream().anyMatch(c -> c.outcome() != Outcome.HONOURED
                        && auditor.method().isCritical(c.recommendation().id(), c.recommendation().principle()));
                assertEquals(critical, r.critical());
            }
            assertEquals(a.replies().stream().anyMatch(ReplyAudit::critical), a.critical());
            if (a.critical()) {
                assertEquals(0.0, a.score().getAsDouble());
            }
            assertTrue(a.worstMoments().size() <= auditor.method().worstMoments());
            for (int m : a.worstMoments()) {
                assertTrue(a.replies().stream().anyMatch(r -> r.message() == m && (!r.failed().isEmpty() || r.critical())));
            }
        }
        assumeTrue(checked > 0, "no recommendation stood before any reply in these cases");
    }

    @Test
    void aPositiveSignal_isHonouredWhenTheReplyShowsOneOfItsLists_andMissedOtherwise(@TempDir Path tmp) throws IOException {
        // find a recommendation that a reply honoured, and the word lists that reply shows
        for (SupportCase c : cases()) {
            for (ReplyAudit r : auditor.audit(c).replies()) {
                for (CheckedRecommendation cr : r.recommendations()) {
                    if (cr.outcome() != Outcome.HONOURED) {
                        continue;
                    }
                    String lang = auditor.audit(c).language();
                    Set<String> shown = ReplySignals.lists(coach, lang, r.text(), r.at());
                    String id = cr.recommendation().id();
                    String absent = Stream.of("sarcasm", "rudeness", "slang", "scolding", "impatience")
                            .filter(l -> !shown.contains(l)).findFirst().orElseThrow();
                    Path file = tmp.resolve("audit.properties");
                    Files.writeString(file, "signal." + id + " = " + absent + "\n");
                    ReplyAudit missed = find(Auditor.of(coach, AuditMethod.load(file)).audit(c), r.message());
                    assertEquals(Outcome.MISSED, outcome(missed, id), "the reply lacks '" + absent + "'");
                    assertTrue(missed.failed().contains(cr.recommendation().principle()));
                    if (!shown.isEmpty()) {
                        Files.writeString(file, "signal." + id + " = " + absent + ", " + shown.iterator().next() + "\n");
                        ReplyAudit honoured = find(Auditor.of(coach, AuditMethod.load(file)).audit(c), r.message());
                        assertEquals(Outcome.HONOURED, outcome(honoured, id), "the reply shows " + shown);
                    }
                    return;
                }
            }
        }
        assumeTrue(false, "no honoured recommendation in these cases");
    }

    private static ReplyAudit find(ConversationAudit a, int message) {
        return a.replies().stream().filter(r -> r.message() == message).findFirst().orElseThrow();
    }

    private static Outcome outcome(ReplyAudit r, String id) {
        return r.recommendations().stream().filter(c -> c.recommendation().id().equals(id)).findFirst().orElseThrow().outcome();
    }

    @Test
    void weights_andCriticalFailures_shapeTheScore(@TempDir Path tmp) throws IOException {
        ConversationAudit failing = audits.stream().filter(a -> a.replies().stream().anyMatch(r -> !r.failed().isEmpty()))
                .findFirst().orElse(null);
        assumeTrue(failing != null, "no reply failed a principle in these cases");
        SupportCase source = null;
        for (SupportCase c : cases()) {
            if (c.ticket().id().equals(failing.ticketId())) {
                source = c;
            }
        }
        Principle p = failing.replies().stream().filter(r -> !r.failed().isEmpty()).findFirst().orElseThrow().failed().iterator().next();

        Path file = tmp.resolve("audit.properties");
        Files.writeString(file, "critical = " + p + "\n");
        ConversationAudit critical = Auditor.of(coach, AuditMethod.load(file)).audit(source);
        assertTrue(critical.critical());
        assertEquals(0.0, critical.score().getAsDouble());

        StringBuilder zero = new StringBuilder();
        for (Principle q : Principle.values()) {
            zero.append("weight.").append(q).append(" = 0\n");
        }
        Files.writeString(file, zero.toString());
        ConversationAudit unweighted = Auditor.of(coach, AuditMethod.load(file)).audit(source);
        assertTrue(unweighted.score().isEmpty(), "nothing weighs: no score");
        assertEquals(failing.principles(), unweighted.principles(), "weights change the score, not the tallies");

        AuditReport report = new AuditReport(AuditMethod.load(file));
        report.add("x", unweighted);
        assertTrue(report.team().score().isEmpty());
    }

    @Test
    void scorecards_addUpOverAgentsAndWeeks() {
        AuditReport report = new AuditReport(auditor.method());
        audits.forEach(a -> report.add(a.ticketId(), a));
        int replies = audits.stream().mapToInt(a -> a.replies().size()).sum();
        assertEquals(replies, report.team().replies());
        assertEquals(replies, report.agents().stream().mapToInt(s -> s.total().replies()).sum());
        for (Principle p : Principle.values()) {
            Tally team = report.team().tally(p);
            assertEquals(team.applicable(), report.agents().stream().mapToInt(s -> s.total().tally(p).applicable()).sum());
            assertEquals(team.met(), report.agents().stream().mapToInt(s -> s.total().tally(p).met()).sum());
            Scorecard.Counts rc = report.team().recommendations(p);
            assertEquals(rc.checked(), rc.honoured() + rc.missed() + rc.broken());
        }
        int dated = (int) audits.stream().flatMap(a -> a.replies().stream()).filter(r -> r.at() != null).count();
        assertEquals(dated, report.teamWeeks().values().stream().mapToInt(Scorecard::replies).sum());
    }

    @Test
    void pipeline_givesEveryItemItsAnswerInOrder_onAnyNumberOfThreads() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            items.add(i % 9 == 4 ? "{not json" : "{\"ticket\": {\"id\": \"P-" + i + "\", \"language\": \"en\"}, \"conversation\": ["
                    + "{\"author\": \"customer\", \"at\": \"2026-03-02T09:00:00Z\", \"text\": \"I can't work, the VPN is down!\"},"
                    + "{\"author\": \"agent\", \"name\": \"A" + (i % 3) + "\", \"at\": \"2026-03-02T09:20:00Z\", \"text\": \"Sorry, I can't help with that.\"}]}");
        }
        String one = run(items, 1);
        assertEquals(one, run(items, 2));
        assertEquals(one, run(items, 3));
        assertTrue(one.contains("\"ticketId\":\"P-69\""));
        assertTrue(one.contains("\"errors\":8"), "8 malformed items");
    }

    private static String run(List<String> items, int threads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AuditReport report = new AuditReport(auditor.method(), 0, 0, 0);
        List<String> order = new ArrayList<>();
        try (AuditJsonWriter json = new AuditJsonWriter(bytes, auditor.method())) {
            try (AuditPipeline<String> p = new AuditPipeline<>(auditor, threads, CaseJson::read, new AuditPipeline.Sink<>() {
                @Override
                public void audited(String item, ConversationAudit audit) {
                    order.add(item);
                    report.add("item", audit);
                    json.write("item", audit);
                }

                @Override
                public void failed(String item, String ticketId, String message) {
                    order.add(item);
                    report.addError("item", ticketId, message);
                    json.writeError("item", ticketId, message);
                }
            })) {
                items.forEach(p::submit);
            }
            json.finish(report);
        }
        assertEquals(items, order, "every item once, in order");
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theAuditOfAReply_isAdviseOnItAsTheDraft() {
        SupportCase c = SupportCase.builder(Ticket.builder("T-3").language("en").build())
                .customer(t(0), "Since the update I can't work and my whole team is stuck!!!")
                .now(t(40))
                .draft("Sorry, I can't help with that. Please contact your IT department.")
                .build();
        List<DraftFinding> expected = coach.advise(c).draftFindings();
        List<Message> conv = new ArrayList<>(c.conversation());
        conv.add(new Message(Author.AGENT, t(40), c.draft(), false));
        ConversationAudit a = auditor.audit(new SupportCase(c.ticket(), conv, null, null));
        assertEquals(expected, a.replies().get(0).findings());
        expected.forEach(f -> assertTrue(a.replies().get(0).failed().contains(f.principle())));
    }

    @Test
    void aMethodNamingARuleTheEngineLacks_isRefusedWithItsLine(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("audit.properties");
        Files.writeString(file, "# tuned\n\nsignal.NO_SUCH_RULE = empathy\ncritical = NO_RETALIATION, ALSO_MISSING\n");
        RulesException e = assertThrows(RulesException.class, () -> Auditor.of(coach, AuditMethod.load(file)));
        assertEquals(List.of("audit.properties:3:1: no rule NO_SUCH_RULE in the rules in force",
                "audit.properties:4:1: no rule ALSO_MISSING in the rules in force"),
                e.problems().stream().map(Object::toString).toList());
    }
}
