package dev.supportcoach.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportcoach.Advice;
import dev.supportcoach.CaseFormatException;
import dev.supportcoach.DisplayNames;
import dev.supportcoach.LimitExceededException;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RuleLoopException;
import dev.supportcoach.RulesException;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.adapters.Helpdesk;
import dev.supportcoach.json.CaseJson;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: advice for one case or a JSON Lines stream of cases, helpdesk payloads
 * through {@code ?from=}, the rule catalogue, the names of principles and states, health, Prometheus metrics, rule reload, an
 * OpenAPI document and a page to try it. Every error is {@code application/problem+json}.
 *
 * <p>It listens at once and builds the engine alongside, so that it answers {@code /health}
 * (503, {@code STARTING}) while the rules compile; advice requests made meanwhile wait for the
 * engine. {@link #close()} stops gracefully: no new connections, requests in flight finish.
 */
public final class CoachService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoachService.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PAGE = "dev/supportcoach/service/web/";
    private static final List<String> STREAM_TYPES = List.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines");
    private static final Duration ENGINE_WAIT = Duration.ofSeconds(60);

    private final ServiceConfig config;
    private final Path rulesDirectory;
    private final CompletableFuture<SupportCoach> engine;
    private final Metrics metrics = new Metrics();
    private final List<String> routes = new CopyOnWriteArrayList<>();
    private final Object reloadLock = new Object();
    private volatile String rulesVersion;
    private volatile Instant rulesLoadedAt;
    private final Javalin app;

    private CoachService(ServiceConfig config, SupportCoach.Builder builder, Path rulesDirectory) {
        this.config = config;
        this.rulesDirectory = rulesDirectory;
        this.engine = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                String version = rulesDirectory == null ? null : RulesVersion.of(rulesDirectory);
                SupportCoach coach = builder.build();
                rulesVersion = version != null ? version : RulesVersion.bundled(coach.rules());
                rulesLoadedAt = Instant.now();
                engine.complete(coach);
            } catch (Throwable e) {
                engine.completeExceptionally(e);
            }
        }, "support-coach-rules");
        loader.setDaemon(true);
        loader.start();
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.http.compressionStrategy = CompressionStrategy.NONE;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.http.prefer405over404 = true;
            QueuedThreadPool pool = new QueuedThreadPool(config.threads(), Math.min(4, config.threads()));
            pool.setName("support-coach-http");
            cfg.jetty.threadPool = pool;
            cfg.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(config.stopTimeout().toMillis());
            });
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(config.host());
                c.setPort(config.port());
                c.setIdleTimeout(config.idleTimeout().toMillis());
                return c;
            });
            cfg.events.handlerAdded(h -> routes.add(h.getHttpMethod().name() + " " + h.getPath()));
            cfg.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.statusCode(),
                    Duration.ofNanos((long) (ms * 1_000_000))));

            route(cfg, HandlerType.GET, "/", ctx -> resource(ctx, PAGE + "index.html", "text/html; charset=utf-8"));
            route(cfg, HandlerType.GET, "/assets/app.js", ctx -> resource(ctx, PAGE + "app.js", "text/javascript; charset=utf-8"));
            route(cfg, HandlerType.GET, "/assets/app.css", ctx -> resource(ctx, PAGE + "app.css", "text/css; charset=utf-8"));
            route(cfg, HandlerType.POST, "/v1/advise", this::advise);
            route(cfg, HandlerType.POST, "/v1/convert", this::convert);
            route(cfg, HandlerType.GET, "/v1/rules", this::rules);
            route(cfg, HandlerType.GET, "/v1/names", this::names);
            route(cfg, HandlerType.GET, "/v1/examples", ctx -> json(ctx, 200, Examples.json()));
            route(cfg, HandlerType.POST, "/v1/reload", this::reload);
            route(cfg, HandlerType.GET, "/health", this::health);
            route(cfg, HandlerType.GET, "/metrics", ctx -> {
                ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
            });
            route(cfg, HandlerType.GET, "/openapi.json", ctx -> resource(ctx, "dev/supportcoach/service/openapi.json", "application/json"));

            cfg.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, httpProblem(e)));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, new Problem(500, "internal", "Internal error", "the service failed on this request; see its log"));
            });
        });
    }

    /**
     * Starts listening and builds the engine alongside.
     *
     * @param config where to listen and what to accept
     * @param builder the engine's configuration (rules, limits, ...); built on a background thread
     * @param rulesDirectory the rules directory the builder reads, for the rules' version; {@code null} for the bundled rules
     */
    public static CoachService start(ServiceConfig config, SupportCoach.Builder builder, Path rulesDirectory) {
        CoachService s = new CoachService(Objects.requireNonNull(config), Objects.requireNonNull(builder), rulesDirectory);
        s.app.start();
        return s;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** Every route, as {@code METHOD /path}, in the order registered. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /**
     * Waits until the engine is built.
     *
     * @throws RulesException when the rules do not load
     */
    public void awaitEngine() {
        coach(Duration.ofMinutes(10));
    }

    /** Stops gracefully: new connections are refused, requests in flight finish (up to the stop timeout). */
    @Override
    public void close() {
        app.stop();
        engine.thenAccept(SupportCoach::close);
    }

    private void route(io.javalin.config.JavalinConfig cfg, HandlerType method, String path, Handler handler) {
        cfg.routes.addHttpHandler(method, path, handler);
    }

    private String route(Context ctx) {
        String key = ctx.method().name() + " " + ctx.path();
        return routes.contains(key) ? ctx.path() : "unmatched";
    }

    private SupportCoach coach(Duration wait) {
        try {
            return engine.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem(503, "unavailable", "Service unavailable", "interrupted while waiting for the rules");
        } catch (TimeoutException e) {
            throw new Problem(503, "starting", "Rules still loading", "the rules are still loading; try again shortly");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RulesException re) {
                throw re;
            }
            throw new IllegalStateException("the engine could not be built: " + e.getCause(), e.getCause());
        }
    }

    private SupportCoach coach() {
        try {
            return coach(ENGINE_WAIT);
        } catch (RulesException e) {
            throw new Problem(503, "rules-not-loaded", "Rules did not load", e.getMessage());
        }
    }

    // ---- advice ----

    private void advise(Context ctx) throws IOException {
        Helpdesk from = from(ctx);
        String type = mediaType(ctx);
        if (STREAM_TYPES.contains(type)) {
            stream(ctx, from);
        } else if ("application/json".equals(type)) {
            CaseJson.Parsed parsed = read(from, body(ctx));
            json(ctx, 200, adviseOne(parsed));
        } else {
            throw unsupported(type);
        }
    }

    private void convert(Context ctx) throws IOException {
        Helpdesk from = from(ctx);
        String type = mediaType(ctx);
        if (!"application/json".equals(type)) {
            throw unsupported(type);
        }
        CaseJson.Parsed parsed = read(from, body(ctx));
        json(ctx, 200, CaseWriter.write(parsed.supportCase(), parsed.warnings()));
    }

    private static CaseJson.Parsed read(Helpdesk from, String json) {
        try {
            return from == null ? CaseJson.read(json) : from.read(json);
        } catch (CaseFormatException e) {
            throw Problem.of(e);
        }
    }

    /** The advice as {@code advise --format json} prints it; problems for cases that cannot be advised. */
    private String adviseOne(CaseJson.Parsed parsed) {
        SupportCoach coach = coach();
        try {
            Advice advice = coach.advise(parsed.supportCase()).withWarnings(parsed.warnings());
            metrics.advised(advice);
            return CaseJson.write(advice);
        } catch (LimitExceededException e) {
            metrics.failedCase();
            throw new Problem(413, "case-too-large", "Case over the size limits", e.getMessage()).with("limit", e.limit());
        } catch (RuleLoopException e) {
            metrics.failedCase();
            throw new Problem(500, "rule-loop", "A rule looped", e.getMessage()).with("rule", e.ruleId());
        }
    }

    /** JSON Lines in, JSON Lines out: one answer per non-blank line, in order, errors in place. */
    private void stream(Context ctx, Helpdesk from) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxStreamBytes()) {
            throw tooLarge("the stream is " + declared + " bytes, over the limit of " + config.maxStreamBytes(), config.maxStreamBytes());
        }
        coach(); // fail with a problem, not a stream of errors, when there are no rules
        ctx.status(200);
        ctx.res().setContentType("application/x-ndjson; charset=utf-8");
        OutputStream out = ctx.res().getOutputStream();
        InputStream in = ctx.req().getInputStream();
        LineReader lines = new LineReader(in, config.maxBodyBytes(), config.maxStreamBytes());
        int lineNo = 0;
        while (true) {
            LineReader.Line line = lines.next();
            if (line == null) {
                break;
            }
            lineNo++;
            String answer;
            String source = "request:" + lineNo;
            if (line.error() != null) {
                metrics.failedCase();
                answer = CaseJson.error(source, null, line.error());
            } else if (line.text().isBlank()) {
                continue;
            } else {
                answer = answerLine(from, line.text(), source);
            }
            out.write(answer.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            if (lines.overTotal()) {
                String msg = "the stream is over the limit of " + config.maxStreamBytes() + " bytes; the rest was not read";
                out.write((CaseJson.error("request", null, msg) + "\n").getBytes(StandardCharsets.UTF_8));
                metrics.error(413, "stream-too-large");
                break;
            }
            if (in.available() == 0) {
                out.flush(); // the client may be waiting for this answer before it sends more
            }
        }
        out.flush();
    }

    private String answerLine(Helpdesk from, String json, String source) {
        CaseJson.Parsed parsed;
        try {
            parsed = from == null ? CaseJson.read(json) : from.read(json);
        } catch (CaseFormatException e) {
            metrics.failedCase();
            return CaseJson.error(source, null, e.getMessage());
        }
        try {
            return adviseOne(parsed);
        } catch (Problem p) {
            return CaseJson.error(source, parsed.supportCase().ticket().id(), p.getMessage());
        } catch (RuntimeException e) {
            LOG.error("internal error on {}", source, e);
            metrics.failedCase();
            return CaseJson.error(source, parsed.supportCase().ticket().id(), "internal error; see the service log");
        }
    }

    // ---- catalogue, health, reload ----

    private void rules(Context ctx) {
        SupportCoach coach = coach();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("rulesVersion", rulesVersion);
        ArrayNode list = o.putArray("rules");
        for (RuleInfo r : coach.rules()) {
            ObjectNode n = list.addObject();
            n.put("id", r.id());
            n.put("principle", r.principle() == null ? null : r.principle().name());
            n.put("title", r.title());
            n.put("kind", r.kind().name());
            n.put("priority", r.priority());
        }
        json(ctx, 200, o.toString());
    }

    /** The names of the principles and states in {@code ?lang=}, from the catalog in force. */
    private void names(Context ctx) {
        SupportCoach coach = coach();
        String lang = ctx.queryParam("lang");
        DisplayNames names;
        try {
            if (lang == null || lang.isBlank()) {
                throw new IllegalArgumentException("GET /v1/names needs ?lang=, one of " + String.join(", ", coach.languages()));
            }
            names = coach.displayNames(lang);
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "unknown-language", "Unknown language", e.getMessage())
                    .with("parameter", "lang").with("languages", coach.languages());
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("language", names.language());
        o.put("rulesVersion", rulesVersion);
        ObjectNode principles = o.putObject("principles");
        names.principles().forEach((p, name) -> principles.put(p.name(), name));
        ObjectNode states = o.putObject("states");
        names.states().forEach((st, name) -> states.put(st.name(), name));
        json(ctx, 200, o.toString());
    }

    private void health(Context ctx) {
        ObjectNode o = MAPPER.createObjectNode();
        if (!engine.isDone()) {
            o.put("status", "STARTING");
            json(ctx, 503, o.toString());
            return;
        }
        try {
            SupportCoach coach = engine.join();
            o.put("status", "UP");
            o.put("rulesVersion", rulesVersion);
            o.put("rulesLoadedAt", rulesLoadedAt.toString());
            o.put("rules", coach.rules().size());
            o.put("rulesDirectory", rulesDirectory == null ? "bundled" : rulesDirectory.toString());
            json(ctx, 200, o.toString());
        } catch (RuntimeException e) {
            o.put("status", "DOWN");
            o.put("detail", e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            json(ctx, 503, o.toString());
        }
    }

    private void reload(Context ctx) {
        if (config.reloadToken() == null) {
            throw new Problem(403, "reload-off", "Reload is off",
                    "start the service with a reload token (--reload-token or SUPPORT_COACH_RELOAD_TOKEN) to allow reloads");
        }
        String auth = Objects.requireNonNullElse(ctx.header("Authorization"), "");
        String given = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.reloadToken().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new Problem(401, "unauthorized", "Unauthorized", "POST /v1/reload needs the header Authorization: Bearer <reload token>");
        }
        SupportCoach coach = coach();
        synchronized (reloadLock) {
            String version = rulesDirectory == null ? null : RulesVersion.of(rulesDirectory);
            try {
                coach.reload();
            } catch (RulesException e) {
                metrics.reload(false);
                throw new Problem(422, "rules-invalid", "The new rules do not load; the last good rules stay in force", e.getMessage())
                        .with("problems", e.problems().stream().map(Object::toString).toList())
                        .with("rulesVersion", rulesVersion);
            }
            rulesVersion = version != null ? version : RulesVersion.bundled(coach.rules());
            rulesLoadedAt = Instant.now();
            metrics.reload(true);
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", "RELOADED");
        o.put("rulesVersion", rulesVersion);
        o.put("rules", coach.rules().size());
        json(ctx, 200, o.toString());
    }

    // ---- request and response helpers ----

    private static Helpdesk from(Context ctx) {
        String from = ctx.queryParam("from");
        if (from == null || from.isBlank() || "case".equalsIgnoreCase(from)) {
            return null;
        }
        try {
            return Helpdesk.of(from);
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "unknown-helpdesk", "Unknown helpdesk", e.getMessage()).with("parameter", "from");
        }
    }

    private static String mediaType(Context ctx) {
        String ct = ctx.header("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi >= 0 ? ct.substring(0, semi) : ct).strip().toLowerCase(Locale.ROOT);
    }

    private static Problem unsupported(String type) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type",
                (type.isEmpty() ? "no Content-Type" : "Content-Type " + type)
                        + ": send application/json (one case) or application/x-ndjson (JSON Lines)")
                .with("accept", List.of("application/json", "application/x-ndjson"));
    }

    private Problem tooLarge(String detail, long limit) {
        return new Problem(413, "body-too-large", "Request body too large", detail).with("limitBytes", limit);
    }

    /** The body as UTF-8, at most {@code maxBodyBytes}. */
    private String body(Context ctx) throws IOException {
        int max = config.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge("the body is " + declared + " bytes, over the limit of " + max, max);
        }
        InputStream in = ctx.req().getInputStream();
        ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, max)));
        byte[] chunk = new byte[16384];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (buf.size() + n > max) {
                throw tooLarge("the body is over the limit of " + max + " bytes", max);
            }
            buf.write(chunk, 0, n);
        }
        return utf8(buf.toByteArray());
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Problem(400, "not-utf8", "Body is not UTF-8", "the body is not valid UTF-8 text");
        }
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    private static void resource(Context ctx, String name, String type) {
        ctx.status(200).contentType(type).header("Cache-Control", "no-cache").result(Examples.read(name));
    }

    private void problem(Context ctx, Problem p) {
        metrics.error(p.status, p.type);
        finishBody(ctx);
        ctx.status(p.status).contentType(Problem.MEDIA_TYPE).result(p.json(ctx.path()));
    }

    /**
     * Reads what is left of a refused request's body (up to the body limit), so that the
     * connection can carry the client's next request; a longer body closes the connection
     * instead, and says so, so that no client sends its next request into a closing socket.
     */
    private void finishBody(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            long left = config.maxBodyBytes();
            byte[] chunk = new byte[16384];
            int n = 0;
            while (left > 0 && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
                left -= n;
            }
            if (n > 0 && in.read() >= 0) {
                ctx.header("Connection", "close");
            }
        } catch (IOException | RuntimeException e) {
            ctx.header("Connection", "close");
        }
    }

    private static Problem httpProblem(HttpResponseException e) {
        int s = e.getStatus();
        return switch (s) {
            case 404 -> new Problem(404, "not-found", "Not found", "no such endpoint; GET /openapi.json lists them");
            case 405 -> new Problem(405, "method-not-allowed", "Method not allowed", "this endpoint does not take that method; see GET /openapi.json");
            case 413 -> new Problem(413, "body-too-large", "Request body too large", e.getMessage());
            default -> new Problem(s, "http-" + s, Objects.requireNonNullElse(e.getMessage(), "HTTP " + s),
                    Objects.requireNonNullElse(e.getMessage(), "HTTP " + s));
        };
    }

    /** Reads a JSON Lines body line by line with a cap on a line and on the whole. */
    static final class LineReader {
        record Line(String text, String error) {
        }

        private final InputStream in;
        private final int maxLine;
        private final long maxTotal;
        private final byte[] buf = new byte[65536];
        private int pos;
        private int end;
        private long total;
        private boolean eof;

        LineReader(InputStream in, int maxLine, long maxTotal) {
            this.in = in;
            this.maxLine = maxLine;
            this.maxTotal = maxTotal;
        }

        boolean overTotal() {
            return total > maxTotal;
        }

        /** The next line, or {@code null} at the end. */
        Line next() throws IOException {
            if (overTotal()) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    if (eof || overTotal()) {
                        break;
                    }
                    end = in.read(buf);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        eof = true;
                        break;
                    }
                    total += end;
                }
                any = true;
                int nl = -1;
                for (int i = pos; i < end; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                int stop = nl >= 0 ? nl : end;
                if (!tooLong) {
                    if (line.size() + (stop - pos) > maxLine) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(buf, pos, stop - pos);
                    }
                }
                pos = nl >= 0 ? nl + 1 : end;
                if (nl >= 0) {
                    return finish(line, tooLong);
                }
            }
            return any ? finish(line, tooLong) : null;
        }

        private Line finish(ByteArrayOutputStream line, boolean tooLong) {
            if (tooLong) {
                return new Line(null, "the line is over the limit of " + maxLine + " bytes");
            }
            byte[] bytes = line.toByteArray();
            int n = bytes.length;
            if (n > 0 && bytes[n - 1] == '\r') {
                n--;
            }
            try {
                return new Line(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, n)).toString(), null);
            } catch (CharacterCodingException e) {
                return new Line(null, "the line is not valid UTF-8 text");
            }
        }
    }
}
