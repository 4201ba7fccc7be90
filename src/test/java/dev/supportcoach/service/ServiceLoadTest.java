package dev.supportcoach.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.supportcoach.engine.SupportCoach;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short load with faults inside {@code mvn test} (8 clients × 60 requests; the full 32 × 2,000
 * is {@code scripts/load-test}): every good answer equals the command line's, every bad request
 * gets its 4xx, and a failed reload then a good one during the run change nothing for the
 * requests. Figures are printed, never asserted.
 */
class ServiceLoadTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    static final int MAX_BODY = 64 * 1024;

    @TempDir
    Path temp;

    @Test
    void corpusCasesAndBadRequests_underLoad_withReloads() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
        Path rules = temp.resolve("rules");
        ServiceTest.copy(Path.of("rules"), rules);
        LoadRun.Corpus corpus = LoadRun.Corpus.load(CORPUS, rules);
        SupportCoach.Builder builder = SupportCoach.builder().rulesDirectory(rules);
        List<Integer> reloads = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (CoachService service = CoachService.start(ServiceConfig.defaults(0).withMaxBodyBytes(MAX_BODY).withReloadToken("t"),
                builder, rules)) {
            service.awaitEngine();
            Http http = new Http(service.port());
            Runnable midRun = () -> {
                // the service's engine reloads the same directory: first broken (kept), then whole again
                Path broken = rules.resolve("50-broken.drl");
                try {
                    Files.writeString(broken, "package rules;\nrule \"BROKEN\" when then oops end\n");
                    reloads.add(reload(http));
                    Files.delete(broken);
                    reloads.add(reload(http));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            LoadRun.Result r = LoadRun.run("http://127.0.0.1:" + service.port(), corpus, 8, 60, MAX_BODY, midRun);
            System.out.println("ServiceLoadTest: " + r.summary());
            assertEquals(0, r.failures(), r.summary());
            assertTrue(r.good() > 0 && r.bad() > 0, r.summary());
            assertEquals(List.of(422, 200), reloads, "the broken rules are refused, the whole ones taken");
        }
    }

    private static int reload(Http http) {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/v1/reload"))
                .header("Authorization", "Bearer t").POST(java.net.http.HttpRequest.BodyPublishers.noBody())).statusCode();
    }
}
