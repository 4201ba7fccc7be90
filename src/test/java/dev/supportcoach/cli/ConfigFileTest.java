package dev.supportcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's config file: disable, priority, language, limits. */
class ConfigFileTest {
    @Test
    void configFile_disablesAndReprioritises(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("coach.properties");
        Files.writeString(conf, "# test\ndisable = DRAFT_IGNORES_IMPACT, HUMILITY\npriority.OWN_THE_PROBLEM = 1\npriority.ACKNOWLEDGE_SLA_TIMER = 2\nmaxFirings = 5000\n");
        CliTest.Run r = CliTest.run("advise", "--format", "json", "--config", conf.toString(), "examples/vpn-blocked-en.json");
        assertEquals(0, r.exit(), r.err());
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertEquals("OWN_THE_PROBLEM", a.path("recommendations").get(0).path("id").asText());
        for (JsonNode f : a.path("draftFindings")) {
            assertFalse(f.path("id").asText().equals("DRAFT_IGNORES_IMPACT"));
            assertFalse(f.path("principle").asText().equals("HUMILITY"));
        }
        for (JsonNode rec : a.path("recommendations")) {
            assertFalse(rec.path("principle").asText().equals("HUMILITY"));
        }
    }

    @Test
    void configFile_limitsApplyPerCase(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("coach.properties");
        Files.writeString(conf, "limits.maxMessages = 2\n");
        CliTest.Run r = CliTest.run("advise", "--format", "json", "--config", conf.toString(),
                "examples/vpn-blocked-en.json", "examples/printer-ru.json");
        assertEquals(1, r.exit());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[0].contains("maxMessages"), lines[0]);
        assertTrue(lines[1].contains("\"ticketId\":\"T-2077\"") && !lines[1].contains("\"error\""), lines[1]);
    }

    @Test
    void configFile_unknownSettingIsAnError(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("coach.properties");
        Files.writeString(conf, "dissable = NO_REFUSAL\n");
        CliTest.Run r = CliTest.run("advise", "--config", conf.toString(), "examples/vpn-blocked-en.json");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown setting 'dissable'"), r.err());
    }
}
