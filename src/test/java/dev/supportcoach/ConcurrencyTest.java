package dev.supportcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One engine shared by many threads gives every case the advice it gets alone, also while the
 * rules are reloaded under load; a broken reload keeps the last good rules.
 */
class ConcurrencyTest {
    @TempDir
    Path dir;

    static List<SupportCase> cases() throws IOException {
        List<SupportCase> out = new ArrayList<>();
        for (Path p : List.of(Path.of("examples/vpn-blocked-en.json"), Path.of("examples/printer-ru.json"))) {
            out.add(CaseJson.read(Files.readString(p)).supportCase());
        }
        // variations so that the cases differ from each other
        for (int i = 0; i < 6; i++) {
            out.add(SupportCase.builder("V-" + i)
                    .customer(i % 2 == 0 ? "I can't work, the app crashes " + i + " times an hour!" : "Не могу работать, программа падает " + i + " раз в час")
                    .draft(i % 3 == 0 ? "Sorry, I can't help with that." : "Thanks, I will check it now.")
                    .build());
        }
        return out;
    }

    @Test
    void manyThreads_giveTheSameAdviceAsOne() throws Exception {
        SupportCoach coach = SupportCoach.builder().build();
        List<SupportCase> cases = cases();
        List<Advice> expected = new ArrayList<>();
        for (SupportCase c : cases) {
            expected.add(coach.advise(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 400; t++) {
                int k = t % cases.size();
                results.add(pool.submit(() -> coach.advise(cases.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get(60, TimeUnit.SECONDS), "a thread got different advice");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reloadUnderLoad_neverMixesResults_andBrokenReloadKeepsLastGoodRules() throws Exception {
        Path rules = dir.resolve("rules");
        TestFiles.copyTree(Path.of("rules"), rules);
        List<Boolean> reloads = new java.util.concurrent.CopyOnWriteArrayList<>();
        SupportCoach coach = SupportCoach.builder().rulesDirectory(rules)
                .onReload((ok, problems) -> reloads.add(ok)).build();
        List<SupportCase> cases = cases();
        List<Advice> expected = new ArrayList<>();
        for (SupportCase c : cases) {
            expected.add(coach.advise(c));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                int offset = t;
                pool.submit(() -> {
                    int i = offset;
                    while (!stop.get()) {
                        int k = i++ % cases.size();
                        if (!coach.advise(cases.get(k)).equals(expected.get(k))) {
                            wrong.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                    return null;
                });
            }
            coach.reload();
            coach.reload();
            Path drl = rules.resolve("09-ownership.drl");
            String good = Files.readString(drl);
            Files.writeString(drl, good + "\nrule \"BROKEN\" when ( then end\n");
            RulesException e = assertThrows(RulesException.class, coach::reload);
            assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("09-ownership.drl")), e.getMessage());
            Files.writeString(drl, good);
            coach.reload();
        } finally {
            stop.set(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertEquals(0, wrong.get(), "results differed during reloads");
        assertTrue(done.get() > 0);
        assertEquals(List.of(true, true, false, true), reloads);
        // after a failed reload the last good rules still serve
        assertEquals(expected.get(0), coach.advise(cases.get(0)));
    }

    @Test
    void loopingRule_isStoppedAndNamed() throws Exception {
        Path rules = dir.resolve("loop");
        TestFiles.copyTree(Path.of("rules"), rules);
        Path drl = rules.resolve("99-resolution.drl");
        Files.writeString(drl, Files.readString(drl) + """

                rule "SPINS_FOREVER"
                    @title("re-activates itself")
                when
                    $r : Rec(priority >= 0)
                then
                    modify($r) { setPriority($r.getPriority()) }
                end
                """);
        SupportCoach coach = SupportCoach.builder().rulesDirectory(rules).maxFirings(500).build();
        RuleLoopException e = assertThrows(RuleLoopException.class, () -> coach.advise(cases().get(0)));
        assertEquals("SPINS_FOREVER", e.ruleId());
    }
}
