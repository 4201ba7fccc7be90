package dev.supportcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code support-coach audit} as a user runs it: errors in place, the method's errors, both report forms. */
class AuditCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aBatchWithBadLines_givesEachLineItsEntryInOrder_andExitsWith1() throws IOException {
        CliTest.Run r = CliTest.run("audit", "src/test/resources/cli/batch.jsonl");
        assertEquals(1, r.exit(), r.err());
        JsonNode report = MAPPER.readTree(r.out());
        JsonNode conversations = report.get("conversations");
        assertEquals(4, conversations.size());
        assertEquals("B-1", conversations.get(0).get("ticketId").asText());
        assertTrue(conversations.get(1).get("error").asText().startsWith("$.conversation: expected an array"));
        assertEquals("src/test/resources/cli/batch.jsonl:3", conversations.get(2).get("source").asText());
        assertTrue(conversations.get(2).has("error"));
        assertEquals("B-3", conversations.get(3).get("ticketId").asText());
        assertEquals(4, report.get("totals").get("inputs").asInt());
        assertEquals(2, report.get("totals").get("errors").asInt());
        assertEquals(0, report.get("totals").get("replies").asInt(), "these cases have drafts, no sent replies");
    }

    @Test
    void html_toAFile_inRussian(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("report.html");
        CliTest.Run r = CliTest.run("audit", "--format", "html", "--lang", "ru", "--out", out.toString(),
                "examples/vpn-blocked-en.json", "examples/printer-ru.json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "the report goes to the file");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Аудит качества поддержки</h1>"));
    }

    @Test
    void aMistakeInTheRulesDirectorysAuditProperties_isReportedWithItsLine(@TempDir Path tmp) throws IOException {
        Path rules = tmp.resolve("rules");
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : s.toList()) {
                Path t = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Files.writeString(rules.resolve("audit.properties"), "weight.EMPATHY = 2\nsignal.THANK_USEFUL_ACTION = thanks, no_such_list\n");
        CliTest.Run r = CliTest.run("audit", "--rules", rules.toString(), "examples/vpn-blocked-en.json");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("audit.properties:2:38: no word list 'no_such_list' in lexicon/"), "[" + r.err() + "]");
        assertFalse(r.out().contains("conversations"), "no report from a broken method");
    }
}
