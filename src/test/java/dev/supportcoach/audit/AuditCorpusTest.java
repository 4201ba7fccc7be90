package dev.supportcoach.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.supportcoach.Advice;
import dev.supportcoach.Author;
import dev.supportcoach.Message;
import dev.supportcoach.Principle;
import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.cli.Main;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit over the shared corpus of real conversations (skipped when ../shared/corpus is
 * absent). Only relations that hold whatever the rules say are asserted: every reply audited
 * once, counts that add up, the report's schema, the audit of a reply equal to {@code advise}
 * on it as a draft, the same report on any number of threads.
 */
class AuditCorpusTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SupportCoach coach;
    private static Auditor auditor;
    private static List<Path> files;

    @BeforeAll
    static void setUp() throws IOException {
        coach = SupportCoach.builder().build();
        auditor = Auditor.of(coach);
        files = List.of();
        if (Files.isDirectory(CORPUS)) {
            try (Stream<Path> s = Files.list(CORPUS)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
        }
    }

    private static void needCorpus() {
        assumeTrue(!files.isEmpty(), "no corpus at " + CORPUS.toAbsolutePath() + "; skipped");
    }

    /** Runs {@code audit} through the command line into {@code out} and returns its exit code. */
    static int audit(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("audit", "--out", out.toString()));
        args.addAll(List.of(more));
        files.forEach(f -> args.add(f.toString()));
        return Main.run(args.toArray(String[]::new));
    }

    @Test
    void jsonReport_auditsEveryPublicAgentReplyOnce_andItsCountsAddUp(@TempDir Path tmp) throws IOException {
        needCorpus();
        Path out = tmp.resolve("audit.json");
        assertEquals(0, audit(out));
        JsonNode report = MAPPER.readTree(out.toFile());

        JsonNode conversations = report.get("conversations");
        assertEquals(files.size(), conversations.size(), "one entry per input, in order");
        int replies = 0;
        int findings = 0;
        Map<String, Integer> checked = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode input = MAPPER.readTree(files.get(i).toFile());
            JsonNode c = conversations.get(i);
            assertEquals(files.get(i).toString(), c.get("source").asText());
            assertFalse(c.has("error"), () -> "audited: " + c);
            List<Integer> expected = new ArrayList<>();
            JsonNode messages = input.path("conversation");
            for (int m = 0; m < messages.size(); m++) {
                if ("agent".equals(messages.get(m).path("author").asText()) && !messages.get(m).path("internal").asBoolean()) {
                    expected.add(m);
                }
            }
            List<Integer> audited = new ArrayList<>();
            Map<String, int[]> perPrinciple = new HashMap<>();
            for (JsonNode r : c.get("replies")) {
                audited.add(r.get("message").asInt());
                findings += r.get("findings").size();
                String text = messages.get(r.get("message").asInt()).path("text").asText();
                for (JsonNode f : r.get("findings")) {
                    assertEquals(text.substring(f.get("start").asInt(), f.get("end").asInt()), f.get("text").asText(),
                            "a finding's span is in the reply's own text");
                    assertTrue(contains(r.get("failed"), f.get("principle").asText()), "a finding fails its principle");
                }
                for (JsonNode rec : r.get("recommendations")) {
                    checked.merge(rec.get("outcome").asText(), 1, Integer::sum);
                }
                for (JsonNode p : r.get("met")) {
                    assertFalse(contains(r.get("failed"), p.asText()), "met and failed at once: " + r);
                    perPrinciple.computeIfAbsent(p.asText(), k -> new int[2])[0]++;
                    perPrinciple.get(p.asText())[1]++;
                }
                for (JsonNode p : r.get("failed")) {
                    perPrinciple.computeIfAbsent(p.asText(), k -> new int[2])[0]++;
                }
            }
            assertEquals(expected, audited, "every public agent reply exactly once, in order: " + files.get(i));
            replies += audited.size();
            for (Map.Entry<String, int[]> e : perPrinciple.entrySet()) {
                JsonNode t = c.get("principles").get(e.getKey());
                assertNotNull(t, "conversation tally for " + e.getKey());
                assertEquals(e.getValue()[0], t.get("applicable").asInt());
                assertEquals(e.getValue()[1], t.get("met").asInt());
            }
            assertEquals(perPrinciple.size(), c.get("principles").size());
        }

        JsonNode totals = report.get("totals");
        assertEquals(files.size(), totals.get("inputs").asInt());
        assertEquals(0, totals.get("errors").asInt());
        assertEquals(replies, totals.get("replies").asInt());
        JsonNode team = report.get("team");
        assertEquals(replies, team.get("replies").asInt());
        assertEquals(files.size(), team.get("conversations").asInt());
        assertEquals(findings, team.get("findings").asInt());
        JsonNode recs = team.get("recommendations");
        assertEquals(checked.values().stream().mapToInt(Integer::intValue).sum(), recs.get("checked").asInt());
        assertEquals(checked.getOrDefault("HONOURED", 0), recs.get("honoured").asInt());
        assertEquals(checked.getOrDefault("MISSED", 0), recs.get("missed").asInt());
        assertEquals(checked.getOrDefault("BROKEN", 0), recs.get("broken").asInt());

        // the agents' scorecards add up to the team's, and so do the weeks' (every corpus reply has a time)
        int agentReplies = 0;
        for (JsonNode a : report.get("agents")) {
            agentReplies += a.get("replies").asInt();
        }
        assertEquals(replies, agentReplies);
        for (Principle p : Principle.values()) {
            JsonNode tp = team.get("principles").get(p.name());
            assertEquals(tp.get("applicable").asInt(), tp.get("met").asInt() + tp.get("failed").asInt());
            int sumApplicable = 0;
            int sumMet = 0;
            for (JsonNode a : report.get("agents")) {
                sumApplicable += a.get("principles").get(p.name()).get("applicable").asInt();
                sumMet += a.get("principles").get(p.name()).get("met").asInt();
            }
            assertEquals(tp.get("applicable").asInt(), sumApplicable, p + " applicable over agents");
            assertEquals(tp.get("met").asInt(), sumMet, p + " met over agents");
            int conversationApplicable = 0;
            for (JsonNode c : conversations) {
                conversationApplicable += c.get("principles").path(p.name()).path("applicable").asInt();
            }
            assertEquals(tp.get("applicable").asInt(), conversationApplicable, p + " applicable over conversations");
            int weekApplicable = 0;
            for (JsonNode w : team.get("weeks")) {
                weekApplicable += w.get("principles").get(p.name()).get("applicable").asInt();
            }
            assertEquals(tp.get("applicable").asInt(), weekApplicable, p + " applicable over weeks");
        }
        int weekReplies = 0;
        for (JsonNode w : team.get("weeks")) {
            weekReplies += w.get("replies").asInt();
        }
        assertEquals(replies, weekReplies);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void jsonReport_isValidByItsSchema(@TempDir Path tmp) throws IOException {
        needCorpus();
        Path out = tmp.resolve("audit.json");
        assertEquals(0, audit(out));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/audit-report.schema.json")), InputFormat.JSON);
        List<Error> errors = schema.validate(Files.readString(out, StandardCharsets.UTF_8), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        // and the schema can fail: a report with a count gone wrong is rejected
        JsonNode broken = MAPPER.readTree(out.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("totals")).put("replies", -1);
        assertFalse(schema.validate(broken).isEmpty(), "a negative count must not validate");
    }

    @Test
    void draftAppendedAsTheLastReply_isAuditedWithTheFindingsAdviseGivesOnTheDraft() throws IOException {
        needCorpus();
        int compared = 0;
        for (Path f : files) {
            SupportCase c = CaseJson.read(Files.readString(f, StandardCharsets.UTF_8)).supportCase();
            if (c.draft() == null || c.now() == null) {
                continue;
            }
            Advice advice = coach.advise(c);
            List<Message> conversation = new ArrayList<>(c.conversation());
            conversation.add(new Message(Author.AGENT, c.now(), c.draft(), false));
            ConversationAudit audit = auditor.audit(new SupportCase(c.ticket(), conversation, null, c.now()));
            ReplyAudit last = audit.replies().get(audit.replies().size() - 1);
            assertEquals(conversation.size() - 1, last.message(), f.toString());
            assertEquals(advice.draftFindings(), last.findings(), () -> "audit of the appended draft differs from advise: " + f);
            compared++;
        }
        assertTrue(compared >= 10, "corpus cases with a draft compared: " + compared);
    }

    @Test
    void report_isTheSameOnOneThreadAndOnTwo(@TempDir Path tmp) throws IOException {
        needCorpus();
        Path one = tmp.resolve("one.json");
        Path two = tmp.resolve("two.json");
        assertEquals(0, audit(one, "--threads", "1"));
        assertEquals(0, audit(two, "--threads", "2"));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        Path oneHtml = tmp.resolve("one.html");
        Path twoHtml = tmp.resolve("two.html");
        assertEquals(0, audit(oneHtml, "--format", "html", "--threads", "1"));
        assertEquals(0, audit(twoHtml, "--format", "html", "--threads", "2"));
        assertArrayEquals(Files.readAllBytes(oneHtml), Files.readAllBytes(twoHtml));
    }

    @Test
    void htmlReport_isOneSelfContainedFile(@TempDir Path tmp) throws IOException {
        needCorpus();
        Path out = tmp.resolve("audit.html");
        assertEquals(0, audit(out, "--format", "html"));
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "inline charts");
        for (String external : List.of("src=\"http", "href=\"http", "<link", "<script", "@import", "url(")) {
            assertFalse(html.contains(external), "refers outside the file: " + external);
        }
    }
}
