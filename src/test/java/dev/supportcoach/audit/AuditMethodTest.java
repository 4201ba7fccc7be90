package dev.supportcoach.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.Principle;
import dev.supportcoach.RulesException;
import dev.supportcoach.engine.SupportCoach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code audit.properties}: values, defaults, and every mistake placed on its line. */
class AuditMethodTest {

    @Test
    void theBundledMethod_loadsAndNamesOnlyRulesTheBundledRulesHave() {
        AuditMethod m = AuditMethod.bundled();
        assertEquals("audit.properties", m.source());
        Auditor.of(SupportCoach.builder().build(), m); // throws if it names a rule the rules lack
        for (Principle p : Principle.values()) {
            assertTrue(m.weight(p) >= 0);
        }
    }

    @Test
    void theCheckoutsFile_isTheBundledOne_andItsWordListsExist() {
        AuditMethod checkout = AuditMethod.forRules(Path.of("rules"));
        assertEquals(AuditMethod.bundled().weights(), checkout.weights());
        assertEquals(AuditMethod.bundled().signals(), checkout.signals());
        assertEquals(AuditMethod.bundled().critical(), checkout.critical());
    }

    @Test
    void values_areRead_andUnsetOnesDefault(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("audit.properties");
        Files.writeString(f, "\uFEFF# comment\nweight.EMPATHY = 2.5\ncritical = HUMILITY NO_MOCKERY\n"
                + "signal.THANK_USEFUL_ACTION = thanks,apology\nworstMoments = 5\n");
        AuditMethod m = AuditMethod.load(f);
        assertEquals(2.5, m.weight(Principle.EMPATHY));
        assertEquals(1.0, m.weight(Principle.PATIENCE));
        assertTrue(m.isCritical("ANY_RULE", Principle.HUMILITY));
        assertTrue(m.isCritical("NO_MOCKERY", Principle.PROFESSIONALISM));
        assertEquals(List.of("thanks", "apology"), m.signal("THANK_USEFUL_ACTION"));
        assertEquals(List.of(), m.signal("ANSWER_FOLLOW_UPS"));
        assertEquals(5, m.worstMoments());
        assertEquals(AuditMethod.defaults().weights(), AuditMethod.forRules(dir.resolve("no-such-dir")).weights());
    }

    @Test
    void everyMistake_isReportedWithItsLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lexicon/en"));
        Files.writeString(dir.resolve("lexicon/en/empathy.txt"), "i understand\n");
        Path f = dir.resolve("audit.properties");
        Files.writeString(f, String.join("\n",
                "weight.EMPATHY = much",          // 1
                "weight.PATIENTS = 1",            // 2
                "weight.PRAISE = -1",             // 3
                "signal.ACK = empathy, nolist",   // 4
                "signal.OTHER = Empathy",         // 5
                "critical = not-an-id",           // 6
                "worstMoments = 1000",            // 7
                "colour = blue",                  // 8
                "just words",                     // 9
                "weight.EMPATHY = 1",             // 10
                "signal.EMPTY =",                 // 11
                ""));
        RulesException e = assertThrows(RulesException.class, () -> AuditMethod.load(f));
        List<String> lines = e.problems().stream().map(p -> p.file() + ":" + p.line()).toList();
        assertEquals(List.of("audit.properties:1", "audit.properties:2", "audit.properties:3", "audit.properties:4",
                "audit.properties:5", "audit.properties:6", "audit.properties:7", "audit.properties:8",
                "audit.properties:9", "audit.properties:10", "audit.properties:11"), lines);
        assertTrue(e.getMessage().contains("audit.properties:4:23: no word list 'nolist' in lexicon/"), e.getMessage());
        assertTrue(e.getMessage().contains("audit.properties:10:1: 'weight.EMPATHY' is already set on line 1"), e.getMessage());
    }
}
