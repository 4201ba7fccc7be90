package dev.supportcoach.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportcoach.Advice;
import dev.supportcoach.Author;
import dev.supportcoach.CaseFormatException;
import dev.supportcoach.Channel;
import dev.supportcoach.CustomerState;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Evidence;
import dev.supportcoach.Message;
import dev.supportcoach.Principle;
import dev.supportcoach.Priority;
import dev.supportcoach.Recommendation;
import dev.supportcoach.Sla;
import dev.supportcoach.Status;
import dev.supportcoach.SupportCase;
import dev.supportcoach.SupportCoachException;
import dev.supportcoach.Ticket;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseJsonTest {

    private static final String FULL_CASE = """
            {
              "ticket": {
                "id": "T-1042",
                "subject": "VPN drops every hour",
                "language": "en",
                "priority": "high",
                "status": "open",
                "channel": "email",
                "createdAt": "2026-11-20T09:00:00Z",
                "remoteAccess": false,
                "reopenCount": 2,
                "escalationLevel": 1,
                "sla": { "firstResponseMinutes": 60, "nextResponseMinutes": 240 }
              },
              "conversation": [
                { "author": "customer", "at": "2026-11-20T09:00:00Z", "text": "I can't work \uD83D\uDE00" },
                { "author": "agent", "at": "2026-11-20T09:40:00Z", "text": "Looking into it.", "internal": false },
                { "author": "agent", "at": "2026-11-20T09:41:00Z", "text": "note to self", "internal": true },
                { "author": "system", "at": "2026-11-20T09:42:00+03:00", "text": "Assigned to L2" }
              ],
              "draft": "Hello, please restart.",
              "now": "2026-11-20T10:30:00Z"
            }
            """;

    private static SupportCase readCase(String json) {
        CaseJson.Parsed p = CaseJson.read(json);
        return p.supportCase();
    }

    private static CaseFormatException readFails(String json) {
        return assertThrows(CaseFormatException.class, () -> CaseJson.read(json));
    }

    // ---------------------------------------------------------------- reading: every field

    @Test
    void read_fullCase_readsEveryTicketField() {
        CaseJson.Parsed p = CaseJson.read(FULL_CASE);
        Ticket t = p.supportCase().ticket();
        assertEquals("T-1042", t.id());
        assertEquals("VPN drops every hour", t.subject());
        assertEquals("en", t.language());
        assertEquals(Priority.HIGH, t.priority());
        assertEquals(Status.OPEN, t.status());
        assertEquals(Channel.EMAIL, t.channel());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), t.createdAt());
        assertEquals(Boolean.FALSE, t.remoteAccess());
        assertEquals(2, t.reopenCount());
        assertEquals(1, t.escalationLevel());
        assertEquals(new Sla(60, 240), t.sla());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void read_fullCase_readsConversationInOrder() {
        SupportCase c = readCase(FULL_CASE);
        List<Message> m = c.conversation();
        assertEquals(4, m.size());

        assertEquals(new Message(Author.CUSTOMER, Instant.parse("2026-11-20T09:00:00Z"),
                "I can't work \uD83D\uDE00", false), m.get(0));
        assertEquals(new Message(Author.AGENT, Instant.parse("2026-11-20T09:40:00Z"),
                "Looking into it.", false), m.get(1));
        assertEquals(new Message(Author.AGENT, Instant.parse("2026-11-20T09:41:00Z"),
                "note to self", true), m.get(2));
        // an offset time is converted to the same instant in UTC
        assertEquals(new Message(Author.SYSTEM, Instant.parse("2026-11-20T06:42:00Z"),
                "Assigned to L2", false), m.get(3));
    }

    @Test
    void read_fullCase_readsDraftAndNow() {
        SupportCase c = readCase(FULL_CASE);
        assertEquals("Hello, please restart.", c.draft());
        assertEquals(Instant.parse("2026-11-20T10:30:00Z"), c.now());
    }

    @Test
    void read_enumValuesInOtherCase_areRecognised() {
        SupportCase c = readCase("""
                {"ticket": {"id": "T-2", "priority": "URGENT", "status": " Pending ", "channel": "Chat"}}""");
        assertEquals(Priority.URGENT, c.ticket().priority());
        assertEquals(Status.PENDING, c.ticket().status());
        assertEquals(Channel.CHAT, c.ticket().channel());
    }

    @Test
    void read_everyEnumConstant_isReadFromItsLowerCaseName() {
        for (Priority p : Priority.values()) {
            String json = "{\"ticket\": {\"id\": \"T\", \"priority\": \"" + p.name().toLowerCase() + "\"}}";
            assertEquals(p, readCase(json).ticket().priority(), json);
        }
        for (Status s : Status.values()) {
            String json = "{\"ticket\": {\"id\": \"T\", \"status\": \"" + s.name().toLowerCase() + "\"}}";
            assertEquals(s, readCase(json).ticket().status(), json);
        }
        for (Channel ch : Channel.values()) {
            String json = "{\"ticket\": {\"id\": \"T\", \"channel\": \"" + ch.name().toLowerCase() + "\"}}";
            assertEquals(ch, readCase(json).ticket().channel(), json);
        }
    }

    @Test
    void read_remoteAccessTrue_isTrue() {
        assertEquals(Boolean.TRUE, readCase("{\"ticket\": {\"id\": \"T\", \"remoteAccess\": true}}").ticket().remoteAccess());
    }

    @Test
    void read_slaWithOnlyOneTarget_leavesTheOtherUnknown() {
        Ticket t = readCase("{\"ticket\": {\"id\": \"T\", \"sla\": {\"nextResponseMinutes\": 30}}}").ticket();
        assertNull(t.sla().firstResponseMinutes());
        assertEquals(30, t.sla().nextResponseMinutes());
    }

    @Test
    void read_numericId_isReadAsText() {
        assertEquals("1042", readCase("{\"ticket\": {\"id\": 1042}}").ticket().id());
    }

    // ---------------------------------------------------------------- unknown and missing fields

    @Test
    void read_unknownFields_areIgnored() {
        CaseJson.Parsed p = CaseJson.read("""
                {
                  "source": {"corpus": "a", "line": 3},
                  "ticket": {"id": "T-7", "vendorField": [1, 2, {"x": null}], "priority": "low"},
                  "conversation": [ {"author": "customer", "text": "hi", "mood": "grumpy", "attachments": []} ],
                  "expect": {"principles": ["EMPATHY"], "notPrinciples": [], "customerState": ["BLOCKED"]},
                  "extra": 42
                }
                """);
        assertEquals("T-7", p.supportCase().ticket().id());
        assertEquals(Priority.LOW, p.supportCase().ticket().priority());
        assertEquals(List.of(Message.of(Author.CUSTOMER, "hi")), p.supportCase().conversation());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void read_onlyTicketId_everythingElseUnknown() {
        CaseJson.Parsed p = CaseJson.read("{\"ticket\": {\"id\": \"T-1\"}}");
        SupportCase c = p.supportCase();
        Ticket t = c.ticket();
        assertEquals("T-1", t.id());
        assertNull(t.subject());
        assertNull(t.language());
        assertNull(t.priority());
        assertNull(t.status());
        assertNull(t.channel());
        assertNull(t.createdAt());
        assertNull(t.remoteAccess());
        assertEquals(0, t.reopenCount());
        assertEquals(0, t.escalationLevel());
        assertEquals(Sla.NONE, t.sla());
        assertEquals(List.of(), c.conversation());
        assertNull(c.draft());
        assertNull(c.now());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void read_explicitNulls_areUnknownNotErrors() {
        SupportCase c = readCase("""
                {"ticket": {"id": "T-1", "subject": null, "priority": null, "createdAt": null,
                            "remoteAccess": null, "reopenCount": null, "sla": null},
                 "conversation": null, "draft": null, "now": null}""");
        assertNull(c.ticket().subject());
        assertNull(c.ticket().priority());
        assertNull(c.ticket().createdAt());
        assertNull(c.ticket().remoteAccess());
        assertEquals(0, c.ticket().reopenCount());
        assertEquals(Sla.NONE, c.ticket().sla());
        assertEquals(List.of(), c.conversation());
        assertNull(c.draft());
        assertNull(c.now());
    }

    @Test
    void read_messageWithoutOptionalFields_hasNoTimeEmptyTextAndIsPublic() {
        SupportCase c = readCase("{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"author\": \"agent\"}]}");
        assertEquals(List.of(new Message(Author.AGENT, null, "", false)), c.conversation());
    }

    @Test
    void read_messageNameAndAgentId_tellWhoWroteIt() {
        SupportCase c = readCase("""
                {"ticket": {"id": "T"}, "conversation": [
                  {"author": "agent", "text": "Hi", "name": " Anna K. ", "agentId": 4711},
                  {"author": "agent", "text": "Hi", "name": "  "},
                  {"author": "customer", "text": "Hello", "name": "Bob"}]}""");
        assertEquals(new Message(Author.AGENT, null, "Hi", false, "Anna K.", "4711"), c.conversation().get(0));
        assertNull(c.conversation().get(1).name(), "a blank name is no name");
        assertEquals("Bob", c.conversation().get(2).name());
    }

    @Test
    void read_mistypedAgentId_namesThePath() {
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.read(
                "{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"author\": \"agent\", \"agentId\": [1]}]}"));
        assertTrue(e.getMessage().startsWith("$.conversation[0].agentId: expected a string"), e.getMessage());
    }

    @Test
    void read_emptyConversation_isEmpty() {
        assertEquals(List.of(), readCase("{\"ticket\": {\"id\": \"T\"}, \"conversation\": []}").conversation());
    }

    // ---------------------------------------------------------------- unknown values: warnings

    @Test
    void read_unknownPriority_isNullWithWarning() {
        CaseJson.Parsed p = CaseJson.read("{\"ticket\": {\"id\": \"T\", \"priority\": \"critical\"}}");
        assertNull(p.supportCase().ticket().priority());
        assertEquals(List.of("ticket.priority: unknown value 'critical', read as unknown"), p.warnings());
    }

    @Test
    void read_unknownStatusAndChannel_areNullWithOneWarningEach() {
        CaseJson.Parsed p = CaseJson.read(
                "{\"ticket\": {\"id\": \"T\", \"status\": \"on-hold\", \"channel\": \"fax\", \"priority\": \"normal\"}}");
        Ticket t = p.supportCase().ticket();
        assertNull(t.status());
        assertNull(t.channel());
        assertEquals(Priority.NORMAL, t.priority());
        assertEquals(List.of(
                "ticket.status: unknown value 'on-hold', read as unknown",
                "ticket.channel: unknown value 'fax', read as unknown"), p.warnings());
    }

    @Test
    void read_unknownAuthor_isSystemWithWarningNamingTheMessage() {
        CaseJson.Parsed p = CaseJson.read("""
                {"ticket": {"id": "T"},
                 "conversation": [
                   {"author": "customer", "text": "help"},
                   {"author": "bot", "text": "Your ticket was received", "internal": true}
                 ]}""");
        Message m = p.supportCase().conversation().get(1);
        assertEquals(Author.SYSTEM, m.author());
        assertEquals("Your ticket was received", m.text());
        assertTrue(m.internal());
        assertEquals(1, p.warnings().size());
        String w = p.warnings().get(0);
        assertTrue(w.startsWith("$.conversation[1].author"), w);
        assertTrue(w.contains("'bot'"), w);
    }

    @Test
    void read_authorInUpperCase_isRecognisedWithoutWarning() {
        CaseJson.Parsed p = CaseJson.read("{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"author\": \"CUSTOMER\"}]}");
        assertEquals(Author.CUSTOMER, p.supportCase().conversation().get(0).author());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void parsed_warnings_areImmutable() {
        CaseJson.Parsed p = CaseJson.read("{\"ticket\": {\"id\": \"T\", \"priority\": \"critical\"}}");
        assertThrows(UnsupportedOperationException.class, () -> p.warnings().add("x"));
    }

    // ---------------------------------------------------------------- malformed JSON: position

    @Test
    void read_trailingComma_givesLineAndColumnOfTheBadCharacter() {
        CaseFormatException e = readFails("{\n  \"ticket\": {\"id\": \"T-1\",}\n}");
        assertEquals(2, e.line());
        assertEquals(26, e.column()); // the '}' after the comma
        assertTrue(e.getMessage().startsWith("malformed JSON at line 2, column 26"), e.getMessage());
        assertNotNull(e.getCause());
    }

    @Test
    void read_missingCommaBetweenFields_givesLineAndColumn() {
        CaseFormatException e = readFails("""
                {"ticket": {"id": "T"},
                "conversation": [
                  {"author": "customer" "text": "x"}
                ]}""");
        assertEquals(3, e.line());
        assertEquals(25, e.column()); // the '"' of "text"
        assertTrue(e.getMessage().contains("line 3, column 25"), e.getMessage());
    }

    @Test
    void read_truncatedInput_isMalformedWithPosition() {
        CaseFormatException e = readFails("{\"ticket\": {\"id\": \"T-1\"}");
        assertEquals(1, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith("malformed JSON at line 1, column " + e.column()), e.getMessage());
    }

    @Test
    void read_trailingSecondValue_isMalformed() {
        CaseFormatException e = readFails("{\"ticket\":{\"id\":\"T\"}} {}");
        assertEquals(1, e.line());
        assertEquals(23, e.column());
    }

    @Test
    void read_emptyInput_isCaseFormatException() {
        CaseFormatException e = readFails("   ");
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void read_null_throwsNullPointerException() {
        assertThrows(NullPointerException.class, () -> CaseJson.read(null));
    }

    @Test
    void caseFormatException_isASupportCoachException() {
        assertTrue(SupportCoachException.class.isAssignableFrom(CaseFormatException.class));
    }

    // ---------------------------------------------------------------- missing or mistyped fields: path

    private static void assertPathError(String json, String path) {
        CaseFormatException e = readFails(json);
        assertTrue(e.getMessage().startsWith(path + ": "),
                () -> "expected message to start with '" + path + ": ' but was: " + e.getMessage());
    }

    @Test
    void read_topLevelArray_namesRoot() {
        assertPathError("[{\"ticket\": {\"id\": \"T\"}}]", "$");
    }

    @Test
    void read_missingTicket_namesTicket() {
        assertPathError("{\"conversation\": []}", "$.ticket");
    }

    @Test
    void read_ticketNotAnObject_namesTicket() {
        assertPathError("{\"ticket\": \"T-1\"}", "$.ticket");
    }

    @Test
    void read_missingTicketId_namesTicketId() {
        assertPathError("{\"ticket\": {\"subject\": \"x\"}}", "$.ticket.id");
    }

    @Test
    void read_blankTicketId_namesTicketId() {
        assertPathError("{\"ticket\": {\"id\": \"  \"}}", "$.ticket.id");
    }

    @Test
    void read_conversationNotAnArray_namesConversation() {
        CaseFormatException e = readFails("{\"ticket\": {\"id\": \"T\"}, \"conversation\": {\"author\": \"customer\"}}");
        assertTrue(e.getMessage().startsWith("$.conversation: "), e.getMessage());
        assertTrue(e.getMessage().contains("an object"), e.getMessage());
        assertEquals(0, e.line());
        assertEquals(0, e.column());
    }

    @Test
    void read_messageNotAnObject_namesItsIndex() {
        assertPathError("{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"author\": \"agent\"}, \"hi\"]}",
                "$.conversation[1]");
    }

    @Test
    void read_messageWithoutAuthor_namesAuthor() {
        assertPathError("{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"text\": \"hi\"}]}",
                "$.conversation[0].author");
    }

    @Test
    void read_atNotATime_namesAt() {
        CaseFormatException e = readFails("""
                {"ticket": {"id": "T"}, "conversation": [
                  {"author": "customer", "at": "2026-11-20T09:00:00Z"},
                  {"author": "customer", "at": "yesterday"}
                ]}""");
        assertTrue(e.getMessage().startsWith("$.conversation[1].at: "), e.getMessage());
        assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
    }

    @Test
    void read_atAsNumber_namesAt() {
        assertPathError("{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"author\": \"agent\", \"at\": 1700000000}]}",
                "$.conversation[0].at");
    }

    @Test
    void read_dateWithoutTime_isAnError() {
        assertPathError("{\"ticket\": {\"id\": \"T\", \"createdAt\": \"2026-11-20\"}}", "$.ticket.createdAt");
    }

    @Test
    void read_reopenCountAsString_namesReopenCount() {
        assertPathError("{\"ticket\": {\"id\": \"T\", \"reopenCount\": \"2\"}}", "$.ticket.reopenCount");
    }

    @Test
    void read_negativeOrFractionalCounts_areErrors() {
        assertPathError("{\"ticket\": {\"id\": \"T\", \"escalationLevel\": -1}}", "$.ticket.escalationLevel");
        assertPathError("{\"ticket\": {\"id\": \"T\", \"reopenCount\": 1.5}}", "$.ticket.reopenCount");
    }

    @Test
    void read_slaMistyped_namesSlaPath() {
        assertPathError("{\"ticket\": {\"id\": \"T\", \"sla\": 60}}", "$.ticket.sla");
        assertPathError("{\"ticket\": {\"id\": \"T\", \"sla\": {\"firstResponseMinutes\": \"60\"}}}",
                "$.ticket.sla.firstResponseMinutes");
    }

    @Test
    void read_remoteAccessAsString_namesRemoteAccess() {
        assertPathError("{\"ticket\": {\"id\": \"T\", \"remoteAccess\": \"yes\"}}", "$.ticket.remoteAccess");
    }

    @Test
    void read_internalAsString_namesInternal() {
        assertPathError("{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"author\": \"agent\", \"internal\": \"true\"}]}",
                "$.conversation[0].internal");
    }

    @Test
    void read_subjectAsObject_namesSubject() {
        assertPathError("{\"ticket\": {\"id\": \"T\", \"subject\": {\"en\": \"x\"}}}", "$.ticket.subject");
    }

    @Test
    void read_draftNotAString_namesDraft() {
        assertPathError("{\"ticket\": {\"id\": \"T\"}, \"draft\": [\"hello\"]}", "$.draft");
    }

    @Test
    void read_nowNotATime_namesNow() {
        assertPathError("{\"ticket\": {\"id\": \"T\"}, \"now\": \"soon\"}", "$.now");
    }

    @Test
    void publicApi_exposesNoJacksonType() {
        // an embedder must not need Jackson's tree model to use the exchange format
        List<String> leaks = new ArrayList<>();
        for (Method m : CaseJson.class.getMethods()) {
            List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
            types.add(m.getReturnType());
            types.stream().filter(t -> t.getName().startsWith("com.fasterxml.")).forEach(t -> leaks.add(m + " uses " + t.getName()));
        }
        assertThat(leaks).isEmpty();
    }

    // ---------------------------------------------------------------- writing

    private static Advice sampleAdvice(List<String> warnings) {
        Recommendation rec = new Recommendation("ACKNOWLEDGE_BLOCKED_WORK", Principle.EMPATHY, 1,
                "Acknowledge the blocked work.", "Message 0 says \"can't work\".",
                List.of(new Evidence(0, 12, 22, "can't work"), new Evidence(2, 0, 3, "\uD83D\uDE00 a")),
                "I understand this is stopping your work.");
        Recommendation rec2 = new Recommendation("ACKNOWLEDGE_SLA_TIMER", Principle.PATIENCE, 2,
                "Reply now.", "Waited 90 minutes.", List.of(), "Thank you for waiting.");
        DraftFinding f = new DraftFinding("NO_SCOLDING", Principle.PRAISE, 0, 24,
                "You should not have done", "Scolds the customer.", "Thanks for trying that");
        return new Advice("T-1042", "en", List.of(CustomerState.BLOCKED, CustomerState.FRUSTRATED),
                List.of(rec, rec2), List.of(f), warnings);
    }

    @Test
    void write_advice_isCompactJsonInFormatOrder() {
        String expected = "{\"ticketId\":\"T-1042\",\"language\":\"en\","
                + "\"customerState\":[\"BLOCKED\",\"FRUSTRATED\"],"
                + "\"recommendations\":["
                + "{\"id\":\"ACKNOWLEDGE_BLOCKED_WORK\",\"principle\":\"EMPATHY\",\"priority\":1,"
                + "\"action\":\"Acknowledge the blocked work.\",\"reason\":\"Message 0 says \\\"can't work\\\".\","
                + "\"evidence\":[{\"message\":0,\"start\":12,\"end\":22,\"text\":\"can't work\"},"
                + "{\"message\":2,\"start\":0,\"end\":3,\"text\":\"\uD83D\uDE00 a\"}],"
                + "\"phrasing\":\"I understand this is stopping your work.\"},"
                + "{\"id\":\"ACKNOWLEDGE_SLA_TIMER\",\"principle\":\"PATIENCE\",\"priority\":2,"
                + "\"action\":\"Reply now.\",\"reason\":\"Waited 90 minutes.\",\"evidence\":[],"
                + "\"phrasing\":\"Thank you for waiting.\"}],"
                + "\"draftFindings\":[{\"id\":\"NO_SCOLDING\",\"principle\":\"PRAISE\",\"start\":0,\"end\":24,"
                + "\"text\":\"You should not have done\",\"problem\":\"Scolds the customer.\","
                + "\"suggestion\":\"Thanks for trying that\"}]}";
        String json = CaseJson.write(sampleAdvice(List.of()));
        assertEquals(expected, json);
        assertFalse(json.contains("\n"));
    }

    @Test
    void toTree_fieldNamesInFormatOrder() {
        ObjectNode o = tree(sampleAdvice(List.of()));
        assertEquals(List.of("ticketId", "language", "customerState", "recommendations", "draftFindings"), names(o));
        JsonNode rec = o.get("recommendations").get(0);
        assertEquals(List.of("id", "principle", "priority", "action", "reason", "evidence", "phrasing"), names(rec));
        assertEquals(List.of("message", "start", "end", "text"), names(rec.get("evidence").get(0)));
        JsonNode finding = o.get("draftFindings").get(0);
        assertEquals(List.of("id", "principle", "start", "end", "text", "problem", "suggestion"), names(finding));
        assertTrue(rec.get("priority").isInt());
        assertTrue(finding.get("start").isInt());
    }

    @Test
    void toTree_evidenceValues_areWritten() {
        JsonNode ev = tree(sampleAdvice(List.of())).get("recommendations").get(0).get("evidence");
        assertEquals(2, ev.size());
        assertEquals(2, ev.get(1).get("message").asInt());
        assertEquals(0, ev.get(1).get("start").asInt());
        assertEquals(3, ev.get(1).get("end").asInt());
        assertEquals("\uD83D\uDE00 a", ev.get(1).get("text").asText());
    }

    @Test
    void write_noRecommendationsOrFindings_givesEmptyArrays() {
        Advice a = new Advice("T-1", "ru", List.of(), List.of(), List.of(), List.of());
        assertEquals("{\"ticketId\":\"T-1\",\"language\":\"ru\",\"customerState\":[],\"recommendations\":[],"
                + "\"draftFindings\":[]}", CaseJson.write(a));
    }

    @Test
    void write_warnings_areAddedAfterTheFindingsOnlyWhenPresent() {
        ObjectNode o = tree(sampleAdvice(List.of("ticket.priority: unknown value 'critical', read as unknown")));
        assertEquals(List.of("ticketId", "language", "customerState", "recommendations", "draftFindings", "warnings"),
                names(o));
        assertEquals("ticket.priority: unknown value 'critical', read as unknown", o.get("warnings").get(0).asText());
        assertFalse(tree(sampleAdvice(List.of())).has("warnings"));
    }

    @Test
    void error_withTicketId_givesObjectWithError() throws Exception {
        String s = CaseJson.error("cases.jsonl:17", "T-5", "$.conversation: expected an array");
        assertFalse(s.contains("\n"));
        JsonNode o = new ObjectMapper().readTree(s);
        assertEquals("$.conversation: expected an array", o.get("error").asText());
        assertEquals("T-5", o.get("ticketId").asText());
        assertEquals("cases.jsonl:17", o.get("source").asText());
        assertEquals("{\"ticketId\":\"T-5\",\"source\":\"cases.jsonl:17\",\"error\":\"$.conversation: expected an array\"}", s);
    }

    @Test
    void error_withoutTicketId_hasNoTicketIdAndEscapesTheMessage() throws Exception {
        String s = CaseJson.error("stdin:1", null, "malformed \"JSON\"\nat line 1");
        JsonNode o = new ObjectMapper().readTree(s);
        assertFalse(o.has("ticketId"));
        assertEquals("malformed \"JSON\"\nat line 1", o.get("error").asText());
        assertFalse(s.contains("\n"));
    }

    /** The advice as written, read back as a tree to look at its fields. */
    private static ObjectNode tree(Advice a) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(CaseJson.write(a));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
