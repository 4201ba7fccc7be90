package dev.supportcoach.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supportcoach.Limits;
import dev.supportcoach.engine.SupportCoach;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP service end to end on loopback: answers, errors, catalogue, names, health, metrics, reload, OpenAPI. */
class ServiceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN = "test-token";
    private static final int MAX_BODY = 64 * 1024;

    @TempDir
    static Path temp;
    static Path rules;
    static CoachService service;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        rules = temp.resolve("rules");
        copy(Path.of("rules"), rules);
        ServiceConfig config = ServiceConfig.defaults(0).withMaxBodyBytes(MAX_BODY).withReloadToken(TOKEN);
        SupportCoach.Builder builder = SupportCoach.builder().rulesDirectory(rules).limits(new Limits(50, 100_000, 50_000, 1_000_000));
        service = CoachService.start(config, builder, rules);
        service.awaitEngine();
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return MAPPER.readTree(r.body());
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode p = json(r);
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("type").asText().startsWith("/problems/"), r.body());
        assertFalse(p.get("title").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), "no stack trace: " + r.body());
        return p;
    }

    @Test
    void oneCase_isExactlyWhatTheCliPrints() throws IOException {
        for (String file : List.of("examples/vpn-blocked-en.json", "examples/printer-ru.json")) {
            HttpResponse<String> r = http.post("/v1/advise", "application/json", Files.readString(Path.of(file)));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
            assertEquals(Cli.stdout("advise", "--format", "json", "--rules", rules.toString(), file), r.body() + "\n", file);
        }
    }

    @Test
    void helpdeskPayloads_areReadWithFrom_likeTheCli() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples/helpdesk"))) {
            for (Path f : files.sorted().toList()) {
                String from = f.getFileName().toString().split("-")[0];
                HttpResponse<String> r = http.post("/v1/advise?from=" + from, "application/json", Files.readString(f));
                assertEquals(200, r.statusCode(), f + ": " + r.body());
                assertEquals(Cli.stdout("advise", "--format", "json", "--rules", rules.toString(), "--from", from, f.toString()),
                        r.body() + "\n", f.toString());
                assertFalse(json(r).get("recommendations").isEmpty(), f + " gives advice");
            }
        }
        problem(http.post("/v1/advise?from=jira", "application/json", "{}"), 400);
    }

    @Test
    void convert_showsTheCaseAnAdapterMade() throws IOException {
        HttpResponse<String> r = http.post("/v1/convert?from=zendesk", "application/json",
                Files.readString(Path.of("examples/helpdesk/zendesk-payroll-export-en.json")));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode c = json(r).get("case");
        assertEquals("48213", c.at("/ticket/id").asText());
        assertEquals("high", c.at("/ticket/priority").asText());
        assertEquals(5, c.get("conversation").size());
        assertTrue(c.at("/conversation/2/internal").asBoolean(), "the private comment is internal");
        assertEquals("agent", c.at("/conversation/2/author").asText());
    }

    @Test
    void jsonLines_streamOneAnswerPerLine_inOrder_errorsInPlace() throws IOException {
        String good1 = Files.readString(Path.of("examples/vpn-blocked-en.json")).replace("\n", " ");
        String good2 = Files.readString(Path.of("examples/printer-ru.json")).replace("\n", " ");
        String tooLong = "{\"ticket\": {\"id\": \"L\"}, \"draft\": \"" + "x".repeat(MAX_BODY) + "\"}";
        String body = good1 + "\n{\"ticket\": {\"id\": \"B\"}, \"conversation\": 5}\n\n{oops\n" + tooLong + "\r\n" + good2;
        HttpResponse<String> r = http.post("/v1/advise", "application/x-ndjson", body);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<String> lines = r.body().lines().toList();
        assertEquals(5, lines.size(), r.body());
        String cli1 = Cli.stdout("advise", "--format", "json", "--rules", rules.toString(), "examples/vpn-blocked-en.json").strip();
        String cli2 = Cli.stdout("advise", "--format", "json", "--rules", rules.toString(), "examples/printer-ru.json").strip();
        assertEquals(cli1, lines.get(0));
        assertEquals("request:2", MAPPER.readTree(lines.get(1)).get("source").asText());
        assertEquals("B", MAPPER.readTree(lines.get(1)).get("ticketId") == null ? "B" : MAPPER.readTree(lines.get(1)).get("ticketId").asText());
        assertTrue(MAPPER.readTree(lines.get(1)).get("error").asText().startsWith("$.conversation"), lines.get(1));
        assertTrue(MAPPER.readTree(lines.get(2)).get("error").asText().startsWith("malformed JSON at line 1"), lines.get(2));
        assertEquals("request:4", MAPPER.readTree(lines.get(2)).get("source").asText(), "the blank line 3 counts but gets no answer");
        assertTrue(MAPPER.readTree(lines.get(3)).get("error").asText().contains("over the limit"), lines.get(3));
        assertEquals(cli2, lines.get(4));
    }

    @Test
    void errors_areProblemsNamingThePlace() throws IOException {
        JsonNode p = problem(http.post("/v1/advise", "application/json", "{\"ticket\": {\"id\": \"T\"},\n \"draft\": }"), 400);
        assertEquals(2, p.get("line").asInt());
        assertTrue(p.get("column").asInt() > 0);
        assertEquals("/problems/malformed-json", p.get("type").asText());

        p = problem(http.post("/v1/advise", "application/json", "{\"ticket\": {\"id\": \"T\"}, \"conversation\": [{\"author\": \"customer\", \"at\": 5}]}"), 422);
        assertEquals("$.conversation[0].at", p.get("path").asText());

        p = problem(http.post("/v1/advise?from=zammad", "application/json", "{\"ticket\": {\"id\": 1}, \"articles\": [{\"body\": \"hi\"}]}"), 422);
        assertEquals("$.articles[0].sender", p.get("path").asText());

        p = problem(http.post("/v1/advise", "text/plain", "{}"), 415);
        assertTrue(p.get("accept").toString().contains("application/x-ndjson"));
        problem(http.post("/v1/advise", null, "{}"), 415);

        p = problem(http.post("/v1/advise", "application/json", "{\"ticket\": {\"id\": \"T\"}, \"draft\": \"" + "y".repeat(MAX_BODY) + "\"}"), 413);
        assertEquals(MAX_BODY, p.get("limitBytes").asInt());

        StringBuilder many = new StringBuilder("{\"ticket\": {\"id\": \"M\"}, \"conversation\": [");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("{\"author\": \"customer\", \"text\": \"hello\"}");
        }
        p = problem(http.post("/v1/advise", "application/json", many + "]}"), 413);
        assertEquals("maxMessages", p.get("limit").asText());

        problem(http.post("/v1/advise", "application/json", "\u00ff".repeat(3).getBytes(StandardCharsets.ISO_8859_1).length > 0
                ? new String(new byte[] {(byte) 0xC3, (byte) 0x28}, StandardCharsets.ISO_8859_1) : ""), 400);
        problem(http.get("/v2/advise"), 404);
        problem(http.get("/v1/advise"), 405);
    }

    @Test
    void rulesHealthAndMetrics() throws IOException {
        JsonNode catalogue = json(http.get("/v1/rules"));
        JsonNode refusal = null;
        for (JsonNode r : catalogue.get("rules")) {
            if ("NO_REFUSAL".equals(r.get("id").asText())) {
                refusal = r;
            }
        }
        assertTrue(refusal != null, catalogue.toString());
        assertEquals("OWNERSHIP", refusal.get("principle").asText());
        assertFalse(refusal.get("title").asText().isBlank());

        HttpResponse<String> h = http.get("/health");
        assertEquals(200, h.statusCode());
        assertEquals("UP", json(h).get("status").asText());
        assertEquals(RulesVersion.of(rules), json(h).get("rulesVersion").asText());

        http.post("/v1/advise", "application/json", Files.readString(Path.of("examples/vpn-blocked-en.json")));
        http.post("/v1/advise", "application/json", "{");
        String metrics = http.get("/metrics").body();
        assertTrue(metrics.contains("supportcoach_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/advise\",status=\"200\""), metrics);
        assertTrue(metrics.contains("supportcoach_advice_recommendations_total{principle=\"EMPATHY\"}"), metrics);
        assertTrue(metrics.contains("supportcoach_cases_total{outcome=\"advised\"}"), metrics);
        assertTrue(metrics.contains("supportcoach_errors_total{status=\"400\",type=\"malformed-json\"}"), metrics);
    }

    @Test
    void names_comeFromTheCatalogInForce_andFollowAReload() throws IOException {
        HttpResponse<String> r = http.get("/v1/names?lang=ru");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode ru = json(r);
        assertEquals("ru", ru.get("language").asText());
        assertEquals(RulesVersion.of(rules), ru.get("rulesVersion").asText());
        assertEquals("работа стоит", ru.at("/states/BLOCKED").asText());
        assertEquals("поддержка подвела", ru.at("/states/LET_DOWN").asText());
        assertEquals("Сопереживание", ru.at("/principles/EMPATHY").asText());
        List<String> states = new ArrayList<>();
        ru.get("states").fieldNames().forEachRemaining(states::add);
        assertEquals(Stream.of(dev.supportcoach.CustomerState.values()).map(Enum::name).toList(), states, "every state, in declaration order");
        assertEquals(dev.supportcoach.Principle.values().length, ru.get("principles").size());
        assertEquals("let down by support", json(http.get("/v1/names?lang=en")).at("/states/LET_DOWN").asText());

        Path phrasing = rules.resolve("phrasing/en.txt");
        String original = Files.readString(phrasing);
        assertTrue(original.contains("\nstate.LET_DOWN = let down by support\n"));
        Files.writeString(phrasing, original.replace("\nstate.LET_DOWN = let down by support\n", "\nstate.LET_DOWN = promises broken\n"));
        try {
            assertEquals("let down by support", json(http.get("/v1/names?lang=en")).at("/states/LET_DOWN").asText(), "the rules in force until reload");
            assertEquals(200, reload().statusCode());
            JsonNode en = json(http.get("/v1/names?lang=en"));
            assertEquals("promises broken", en.at("/states/LET_DOWN").asText());
            assertEquals(json(http.get("/health")).get("rulesVersion").asText(), en.get("rulesVersion").asText());
        } finally {
            Files.writeString(phrasing, original);
            reload();
        }
        assertEquals("let down by support", json(http.get("/v1/names?lang=en")).at("/states/LET_DOWN").asText());
    }

    @Test
    void names_withoutAKnownLanguage_isAProblemNamingTheLanguages() throws IOException {
        JsonNode p = problem(http.get("/v1/names?lang=de"), 400);
        assertEquals("/problems/unknown-language", p.get("type").asText());
        assertEquals("the rules provide no language 'de' (they provide en, ru)", p.get("detail").asText());
        assertEquals("lang", p.get("parameter").asText());
        assertEquals("[\"en\",\"ru\"]", p.get("languages").toString());
        for (String query : List.of("", "?lang=", "?language=ru")) {
            p = problem(http.get("/v1/names" + query), 400);
            assertEquals("/problems/unknown-language", p.get("type").asText(), query);
            assertEquals("GET /v1/names needs ?lang=, one of en, ru", p.get("detail").asText(), query);
        }
        problem(http.post("/v1/names?lang=en", "application/json", "{}"), 405);
    }

    @Test
    void reload_needsTheToken_keepsTheLastGoodRules_andTakesNewOnes() throws IOException {
        HttpRequest.Builder noToken = HttpRequest.newBuilder(URI.create(http.base() + "/v1/reload")).POST(HttpRequest.BodyPublishers.noBody());
        problem(http.send(noToken), 401);
        problem(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/v1/reload")).header("Authorization", "Bearer wrong")
                .POST(HttpRequest.BodyPublishers.noBody())), 401);
        String case1 = Files.readString(Path.of("examples/vpn-blocked-en.json"));
        String before = http.post("/v1/advise", "application/json", case1).body();
        String version = json(http.get("/health")).get("rulesVersion").asText();

        Path broken = rules.resolve("50-broken.drl");
        Files.writeString(broken, "package rules;\nrule \"BROKEN\"\nwhen\n  this is not DRL\nthen\nend\n");
        try {
            JsonNode p = problem(reload(), 422);
            assertTrue(p.get("problems").toString().contains("50-broken.drl"), p.toString());
            assertEquals(version, p.get("rulesVersion").asText(), "the last good rules stay");
            assertEquals(before, http.post("/v1/advise", "application/json", case1).body(), "advice unchanged after a failed reload");
        } finally {
            Files.delete(broken);
        }
        Path phrasing = rules.resolve("phrasing/en.txt");
        String original = Files.readString(phrasing);
        Files.writeString(phrasing, original + "\n# a comment changes the version, not the advice\n");
        try {
            HttpResponse<String> ok = reload();
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("RELOADED", json(ok).get("status").asText());
            assertNotEquals(version, json(ok).get("rulesVersion").asText());
            assertEquals(json(ok).get("rulesVersion").asText(), json(http.get("/health")).get("rulesVersion").asText());
            assertEquals(before, http.post("/v1/advise", "application/json", case1).body());
        } finally {
            Files.writeString(phrasing, original);
            reload();
        }
    }

    private static HttpResponse<String> reload() {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + "/v1/reload"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void reloadIsOff_withoutAToken() throws IOException {
        try (CoachService off = CoachService.start(ServiceConfig.defaults(0), SupportCoach.builder(), null)) {
            off.awaitEngine();
            HttpResponse<String> r = new Http(off.port()).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + off.port() + "/v1/reload"))
                    .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.noBody()));
            problem(r, 403);
            assertTrue(json(new Http(off.port()).get("/health")).get("rulesVersion").asText().startsWith("bundled-"));
        }
    }

    @Test
    void openApi_documentsEveryRoute_andOnlyRoutesThatExist() throws IOException {
        JsonNode doc = json(http.get("/openapi.json"));
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey()));
        }
        Set<String> served = new TreeSet<>(service.routes());
        assertEquals(served, documented, "routes and /openapi.json differ");
        assertEquals(12, served.size(), served.toString());
        for (String route : served) {
            if (route.startsWith("GET ")) {
                String path = route.substring(4) + ("GET /v1/names".equals(route) ? "?lang=en" : "");
                assertEquals(200, http.get(path).statusCode(), route);
            }
        }
        String docs = Files.readString(Path.of("docs/service.md"));
        List<String> undocumented = new ArrayList<>();
        for (String route : served) {
            if (!docs.contains("`" + route + "`")) {
                undocumented.add(route);
            }
        }
        assertEquals(List.of(), undocumented, "routes missing from docs/service.md");
    }

    @Test
    void gracefulStop_letsARequestInFlightFinish() throws Exception {
        CoachService s = CoachService.start(ServiceConfig.defaults(0), SupportCoach.builder(), null);
        s.awaitEngine();
        byte[] line = (Files.readString(Path.of("examples/vpn-blocked-en.json")).replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST /v1/advise HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                    + 2 * line.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(line);
            out.flush();
            Chunks in = new Chunks(socket.getInputStream());
            String status = in.header();
            // the first answer comes back while the request is still open: it is in flight
            String first = in.nextLine();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(s::close);
            Thread.sleep(300);
            assertFalse(stopping.isDone(), "the stop waits for the request in flight");
            out.write(line);
            out.flush();
            String second = in.nextLine();
            assertTrue(status.startsWith("HTTP/1.1 200"), status);
            assertTrue(first != null && first.startsWith("{\"ticketId\":\"T-1042\""), String.valueOf(first));
            assertTrue(second != null && second.startsWith("{\"ticketId\":\"T-1042\""), String.valueOf(second));
            stopping.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Reads an HTTP/1.1 response whose body is chunked, line by line, whatever the chunk boundaries. */
    private static final class Chunks {
        private final java.io.InputStream in;
        private final StringBuilder body = new StringBuilder();
        private boolean chunked;

        Chunks(java.io.InputStream in) {
            this.in = in;
        }

        private String rawLine() throws IOException {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c != '\r') {
                    b.write(c);
                }
            }
            return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
        }

        /** The status line; the headers are read past. */
        String header() throws IOException {
            String status = rawLine();
            for (String h = rawLine(); h != null && !h.isEmpty(); h = rawLine()) {
                chunked |= h.toLowerCase(java.util.Locale.ROOT).startsWith("transfer-encoding: chunked");
            }
            return status;
        }

        /** The next complete line of the body, or null at its end. */
        String nextLine() throws IOException {
            while (body.indexOf("\n") < 0) {
                if (!chunked) {
                    String l = rawLine();
                    if (l == null) {
                        break;
                    }
                    body.append(l).append('\n');
                    continue;
                }
                String size = rawLine();
                if (size == null || size.isBlank()) {
                    continue;
                }
                int n = Integer.parseInt(size.strip(), 16);
                if (n == 0) {
                    break;
                }
                body.append(new String(in.readNBytes(n), StandardCharsets.UTF_8));
                rawLine(); // the CRLF after the chunk
            }
            int nl = body.indexOf("\n");
            if (nl < 0) {
                return body.length() == 0 ? null : body.toString();
            }
            String l = body.substring(0, nl);
            body.delete(0, nl + 1);
            return l;
        }
    }
}
