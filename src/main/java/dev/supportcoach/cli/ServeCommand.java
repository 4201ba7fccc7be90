package dev.supportcoach.cli;

import dev.supportcoach.RulesException;
import dev.supportcoach.service.CoachService;
import dev.supportcoach.service.ServiceConfig;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the HTTP service. Listens at once, compiles the rules alongside, and stops
 * gracefully on SIGTERM or Ctrl-C (requests in flight finish).
 */
@Command(name = "serve", description = "Serve advice over HTTP (see docs/service.md); a page to try it at /.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "port to listen on (default 8080; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", description = "address to bind (default 127.0.0.1; 0.0.0.0 for every interface)")
    String host = "127.0.0.1";

    @Option(names = "--reload-token", paramLabel = "TOKEN", defaultValue = "${env:SUPPORT_COACH_RELOAD_TOKEN}",
            description = "allow POST /v1/reload with Authorization: Bearer TOKEN (default: $SUPPORT_COACH_RELOAD_TOKEN; off when unset)")
    String reloadToken;

    @Option(names = "--max-body-bytes", description = "largest single-case body and JSON Lines line (default 4194304)")
    int maxBody = ServiceConfig.DEFAULT_MAX_BODY;

    @Option(names = "--max-stream-bytes", description = "largest JSON Lines body (default 268435456)")
    long maxStream = ServiceConfig.DEFAULT_MAX_STREAM;

    @Option(names = "--threads", description = "most worker threads (default 8 + 2 per core)")
    Integer threads;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "close a connection stalled this long (default 30)")
    int idleSeconds = 30;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        ServiceConfig config = ServiceConfig.defaults(port).withHost(host).withMaxBodyBytes(maxBody)
                .withMaxStreamBytes(maxStream).withIdleTimeout(Duration.ofSeconds(idleSeconds)).withReloadToken(reloadToken);
        if (threads != null) {
            config = config.withThreads(threads);
        }
        CoachService service = CoachService.start(config, engine.builder(), EngineOptions.rulesDir(engine.rules));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("support-coach: stopping (requests in flight finish first)");
            service.close();
            stopped.countDown();
        }, "support-coach-stop"));
        System.err.printf("support-coach: listening on http://%s:%d/ (%d ms after the JVM started; reload %s)%n", host,
                service.port(), uptimeMillis(), config.reloadToken() == null ? "off" : "on");
        try {
            service.awaitEngine();
        } catch (RulesException e) {
            System.err.println("support-coach: the rules do not load:\n" + e.getMessage());
            service.close();
            return 2;
        }
        System.err.printf("support-coach: rules ready (%d ms after the JVM started)%n", uptimeMillis());
        stopped.await();
        return 0;
    }

    private static long uptimeMillis() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
    }
}
