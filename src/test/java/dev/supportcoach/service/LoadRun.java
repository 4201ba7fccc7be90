package dev.supportcoach.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Load with faults, on loopback only: clients send corpus cases (read from the corpus directory
 * at run time), JSON Lines batches, and malformed, wrongly typed, invalid and oversized requests
 * mixed in. Every good answer must equal the command line's advice for its case and every bad
 * request must get its 4xx; once, halfway, {@code midRun} runs (a reload). Bounded: a fixed
 * number of requests per client. Used by {@link ServiceLoadTest} (small) and
 * {@code scripts/load-test} (32 clients × 2,000 requests).
 */
final class LoadRun {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Result(long requests, long good, long bad, long failures, List<String> failureSamples, double seconds,
                  double p50ms, double p99ms, double maxMs) {
        double throughput() {
            return requests / seconds;
        }

        String summary() {
            return String.format("%d requests (%d good, %d bad) in %.1f s: %.0f requests/s, latency p50 %.2f ms, p99 %.2f ms, max %.1f ms; %d failed%s",
                    requests, good, bad, seconds, throughput(), p50ms, p99ms, maxMs, failures,
                    failureSamples.isEmpty() ? "" : "\n  " + String.join("\n  ", failureSamples));
        }
    }

    /** The corpus cases by file name, each with the command line's advice for it. */
    record Corpus(List<String> names, Map<String, String> json, Map<String, String> expected) {
        static Corpus load(Path dir, Path rules) throws IOException {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            List<String> args = new ArrayList<>(List.of("advise", "--format", "json", "--threads", "1", "--rules", rules.toString()));
            files.forEach(f -> args.add(f.toString()));
            List<String> lines = Cli.stdout(args.toArray(String[]::new)).lines().toList();
            if (lines.size() != files.size()) {
                throw new IllegalStateException("the command line gave " + lines.size() + " answers for " + files.size() + " cases");
            }
            Map<String, String> json = new HashMap<>();
            Map<String, String> expected = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).getFileName().toString();
                names.add(name);
                // one line, so that it can also go into a JSON Lines batch
                json.put(name, MAPPER.readTree(Files.readString(files.get(i))).toString());
                expected.put(name, lines.get(i));
            }
            return new Corpus(names, json, expected);
        }
    }

    private LoadRun() {
    }

    static Result run(String base, Corpus corpus, int clients, int requestsPerClient, int maxBody, Runnable midRun)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long total = (long) clients * requestsPerClient;
        AtomicLong done = new AtomicLong();
        AtomicLong good = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicBoolean midRunDone = new AtomicBoolean();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        long[][] latencies = new long[clients][requestsPerClient];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(1000 + client);
                for (int i = 0; i < requestsPerClient; i++) {
                    long start = System.nanoTime();
                    String failure;
                    boolean isGood;
                    try {
                        double r = random.nextDouble();
                        isGood = r < 0.78;
                        failure = r < 0.70 ? single(http, base, corpus, random)
                                : r < 0.78 ? batch(http, base, corpus, random)
                                : r < 0.84 ? expect(http, base, "application/json", truncated(corpus, random), 400, "malformed-json", false)
                                : r < 0.89 ? expect(http, base, "text/plain", corpus.json.get(pick(corpus, random)), 415, "unsupported-media-type", false)
                                : r < 0.94 ? expect(http, base, "application/json", invalid(corpus, random), 422, "invalid-case", false)
                                : expect(http, base, "application/json", oversized(maxBody), 413, "body-too-large", false);
                    } catch (Exception e) {
                        isGood = true;
                        failure = "request failed: " + e;
                    }
                    latencies[client][i] = System.nanoTime() - start;
                    (isGood ? good : bad).incrementAndGet();
                    if (failure != null) {
                        failures.incrementAndGet();
                        if (samples.size() < 10) {
                            samples.add(failure);
                        }
                    }
                    if (done.incrementAndGet() >= total / 2 && midRun != null && midRunDone.compareAndSet(false, true)) {
                        midRun.run();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(total, good.get(), bad.get(), failures.get(), List.copyOf(samples), seconds,
                all[(int) (all.length * 0.50)] / 1e6, all[(int) Math.min(all.length - 1, all.length * 0.99)] / 1e6,
                all[all.length - 1] / 1e6);
    }

    private static String pick(Corpus corpus, SplittableRandom random) {
        return corpus.names.get(random.nextInt(corpus.names.size()));
    }

    private static String single(HttpClient http, String base, Corpus corpus, SplittableRandom random) throws Exception {
        String name = pick(corpus, random);
        HttpResponse<String> r = post(http, base, "application/json", corpus.json.get(name), false);
        if (r.statusCode() != 200 || !r.body().equals(corpus.expected.get(name))) {
            return name + ": " + r.statusCode() + " and an answer that differs from the command line's: " + abbreviate(r.body());
        }
        return null;
    }

    private static String batch(HttpClient http, String base, Corpus corpus, SplittableRandom random) throws Exception {
        List<String> names = List.of(pick(corpus, random), pick(corpus, random), pick(corpus, random));
        StringBuilder body = new StringBuilder();
        names.forEach(n -> body.append(corpus.json.get(n)).append('\n'));
        HttpResponse<String> r = post(http, base, "application/x-ndjson", body.toString(), false);
        List<String> lines = r.body().lines().toList();
        if (r.statusCode() != 200 || lines.size() != 3) {
            return "batch " + names + ": " + r.statusCode() + " " + abbreviate(r.body());
        }
        for (int i = 0; i < 3; i++) {
            if (!lines.get(i).equals(corpus.expected.get(names.get(i)))) {
                return "batch " + names + ", line " + (i + 1) + " differs from the command line's: " + abbreviate(lines.get(i));
            }
        }
        return null;
    }

    private static String truncated(Corpus corpus, SplittableRandom random) {
        String json = corpus.json.get(pick(corpus, random));
        return json.substring(0, 1 + random.nextInt(json.length() - 2));
    }

    private static String invalid(Corpus corpus, SplittableRandom random) throws IOException {
        JsonNode c = MAPPER.readTree(corpus.json.get(pick(corpus, random)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) c).put("conversation", "not a list");
        return c.toString();
    }

    private static String oversized(int maxBody) {
        return "{\"ticket\": {\"id\": \"BIG\"}, \"draft\": \"" + "z".repeat(maxBody + 1024) + "\"}";
    }

    private static String expect(HttpClient http, String base, String type, String body, int status, String problem, boolean expectContinue)
            throws Exception {
        HttpResponse<String> r = post(http, base, type, body, expectContinue);
        if (r.statusCode() != status || !r.body().contains("\"type\":\"/problems/" + problem + "\"")) {
            return "expected " + status + " " + problem + ", got " + r.statusCode() + " " + abbreviate(r.body());
        }
        return null;
    }

    private static HttpResponse<String> post(HttpClient http, String base, String type, String body, boolean expectContinue)
            throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/advise")).header("Content-Type", type)
                .expectContinue(expectContinue).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /**
     * {@code scripts/load-test}: {@code --url URL --corpus DIR --rules DIR --clients N --requests N
     * --max-body BYTES [--token TOKEN]}; reloads halfway when a token is given. Exit code 1 on any failure.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String url = o.getOrDefault("--url", "http://127.0.0.1:8080");
        if (!URI.create(url).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\]|::1")) {
            throw new IllegalArgumentException("load runs on loopback only, not " + url);
        }
        Corpus corpus = Corpus.load(Path.of(o.getOrDefault("--corpus", "../shared/corpus")), Path.of(o.getOrDefault("--rules", "rules")));
        String token = o.get("--token");
        AtomicLong reloadStatus = new AtomicLong();
        Runnable reload = token == null ? null : () -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/v1/reload"))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                reloadStatus.set(r.statusCode());
                System.out.println("reload during the run: " + r.statusCode() + " " + r.body());
            } catch (IOException | InterruptedException e) {
                System.out.println("reload during the run failed: " + e);
            }
        };
        int clients = Integer.parseInt(o.getOrDefault("--clients", "32"));
        int requests = Integer.parseInt(o.getOrDefault("--requests", "2000"));
        System.out.printf("%d clients × %d requests to %s, %d corpus cases%n", clients, requests, url, corpus.names().size());
        Result r = run(url, corpus, clients, requests, Integer.parseInt(o.getOrDefault("--max-body", "65536")), reload);
        System.out.println(r.summary());
        boolean ok = r.failures() == 0 && (token == null || reloadStatus.get() == 200);
        System.out.println(ok ? "load-test: passed" : "load-test: FAILED");
        System.exit(ok ? 0 : 1);
    }
}
