package dev.supportcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.engine.SupportCoach;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the builder configures changes behaviour without editing DRL. */
class ConfigurationTest {
    private static final SupportCase BLOCKED = SupportCase.builder("CFG-1")
            .customer("Since the update I can't work at all.")
            .draft("Sorry, I can't help with that.")
            .build();

    private static List<String> ids(Advice a) {
        return a.recommendations().stream().map(Recommendation::id).toList();
    }

    @Test
    void disable_ruleById_silencesOnlyThatRule() {
        Advice on = SupportCoach.builder().build().advise(BLOCKED);
        Advice off = SupportCoach.builder().disable("ACKNOWLEDGE_BLOCKED_WORK").build().advise(BLOCKED);
        assertTrue(ids(on).contains("ACKNOWLEDGE_BLOCKED_WORK"));
        assertFalse(ids(off).contains("ACKNOWLEDGE_BLOCKED_WORK"));
        assertTrue(ids(off).contains("OWN_THE_PROBLEM"));
    }

    @Test
    void disable_principle_silencesAllItsRules() {
        Advice off = SupportCoach.builder().disable("OWNERSHIP").build().advise(BLOCKED);
        assertTrue(off.recommendations().stream().noneMatch(r -> r.principle() == Principle.OWNERSHIP));
        assertTrue(off.draftFindings().stream().noneMatch(f -> f.principle() == Principle.OWNERSHIP));
        assertTrue(ids(off).contains("ACKNOWLEDGE_BLOCKED_WORK"));
    }

    @Test
    void priority_overrideReordersRecommendations() {
        Advice normal = SupportCoach.builder().build().advise(BLOCKED);
        assertEquals("ACKNOWLEDGE_BLOCKED_WORK", normal.recommendations().get(0).id());
        Advice moved = SupportCoach.builder().priority("OWN_THE_PROBLEM", 1).priority("ACKNOWLEDGE_BLOCKED_WORK", 9)
                .build().advise(BLOCKED);
        assertEquals("OWN_THE_PROBLEM", moved.recommendations().get(0).id());
        assertEquals(1, moved.recommendations().get(0).priority());
    }

    @Test
    void defaultLanguage_appliesWhenNothingTells() {
        SupportCase noWords = SupportCase.builder("CFG-2").customer("12345 !!!").build();
        assertEquals("en", SupportCoach.builder().build().advise(noWords).language());
        assertEquals("ru", SupportCoach.builder().defaultLanguage("ru").build().advise(noWords).language());
        assertThrows(IllegalArgumentException.class, () -> SupportCoach.builder().defaultLanguage("Deutsch"));
        // a well-formed code the rules do not provide fails when the rules load, naming what they provide
        RulesException e = assertThrows(RulesException.class, () -> SupportCoach.builder().defaultLanguage("de").build());
        assertTrue(e.getMessage().contains("language: the rules provide no 'de' (they provide en, ru)"), e.getMessage());
    }

    @Test
    void clock_isUsedWhenTheCaseHasNoNow() {
        Instant t0 = Instant.parse("2026-01-10T09:00:00Z");
        SupportCase waiting = SupportCase.builder(Ticket.builder("CFG-3").sla(new Sla(60, 240)).createdAt(t0).build())
                .customer(t0, "Hello, my invoices do not load.")
                .build();
        Clock early = Clock.fixed(t0.plusSeconds(10 * 60), ZoneOffset.UTC);
        Clock late = Clock.fixed(t0.plusSeconds(90 * 60), ZoneOffset.UTC);
        assertFalse(ids(SupportCoach.builder().clock(early).build().advise(waiting)).contains("ACKNOWLEDGE_SLA_TIMER"));
        assertTrue(ids(SupportCoach.builder().clock(late).build().advise(waiting)).contains("ACKNOWLEDGE_SLA_TIMER"));
    }

    @Test
    void limits_areCheckedBeforeAnyWork() {
        SupportCoach small = SupportCoach.builder().limits(new Limits(1, 100, 100, 150)).build();
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> small.advise(SupportCase.builder("L").customer("a").customer("b").build()));
        assertEquals("maxMessages", e.limit());
        assertEquals("maxDraftChars", assertThrows(LimitExceededException.class,
                () -> small.advise(SupportCase.builder("L").draft("x".repeat(101)).build())).limit());
        assertEquals("maxTotalChars", assertThrows(LimitExceededException.class,
                () -> small.advise(SupportCase.builder("L").customer("x".repeat(100)).draft("y".repeat(60)).build())).limit());
    }

    @Test
    void watch_reloadsWhenAFileChanges(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        TestFiles.copyTree(Path.of("rules"), rules);
        CountDownLatch reloaded = new CountDownLatch(1);
        AtomicReference<Boolean> outcome = new AtomicReference<>();
        try (SupportCoach coach = SupportCoach.builder().rulesDirectory(rules).watch(true)
                .onReload((ok, problems) -> {
                    outcome.set(ok);
                    reloaded.countDown();
                }).build()) {
            Path en = rules.resolve("phrasing/en.txt");
            Files.writeString(en, Files.readString(en).replace(
                    "OWN_THE_PROBLEM.action = Replace the refusal", "OWN_THE_PROBLEM.action = Swap the refusal"));
            assertTrue(reloaded.await(20, TimeUnit.SECONDS), "no reload after a change");
            assertEquals(Boolean.TRUE, outcome.get());
            Recommendation own = coach.advise(BLOCKED).recommendations().stream()
                    .filter(r -> r.id().equals("OWN_THE_PROBLEM")).findFirst().orElseThrow();
            assertTrue(own.action().startsWith("Swap the refusal"), own.action());
        }
    }

    @Test
    void rules_listsMetadataForAUserInterface() {
        List<RuleInfo> rules = SupportCoach.builder().build().rules();
        RuleInfo r = rules.stream().filter(x -> x.id().equals("NO_REFUSAL")).findFirst().orElseThrow();
        assertEquals(Principle.OWNERSHIP, r.principle());
        assertEquals(RuleInfo.Kind.FINDING, r.kind());
        assertEquals("09-ownership.drl", r.file());
        assertFalse(r.title().isBlank());
    }
}
