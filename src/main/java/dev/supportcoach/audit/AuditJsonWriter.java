package dev.supportcoach.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Evidence;
import dev.supportcoach.Principle;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Writes the JSON audit report (schema: {@code docs/audit-report.schema.json}) as it streams:
 * the method first, then each conversation as soon as it is audited, then, on
 * {@link #finish(AuditReport)}, the agents, the team and the totals. Memory stays constant
 * however many conversations pass. One conversation per line, for {@code grep} and diffs.
 *
 * <pre>{@code
 * try (AuditJsonWriter out = new AuditJsonWriter(System.out, auditor.method())) {
 *     AuditReport report = new AuditReport(auditor.method(), 0, 0, 0);
 *     for (...) { ConversationAudit a = auditor.audit(c); report.add(src, a); out.write(src, a); }
 *     out.finish(report);
 * }
 * }</pre>
 * Not thread-safe; I/O errors are thrown as {@link UncheckedIOException}.
 */
public final class AuditJsonWriter implements Closeable {
    /** The version of the report's shape; raised only when a field changes meaning or goes away. */
    public static final int FORMAT_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator g;
    private boolean finished;

    /**
     * Starts a report on {@code out} (UTF-8) and writes the method. {@code out} is not closed by
     * {@link #close()}.
     */
    public AuditJsonWriter(OutputStream out, AuditMethod method) {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(method, "method must not be null");
        try {
            g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LinePerItem());
            g.writeStartObject();
            g.writeStringField("tool", "support-coach audit");
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            writeMethod(method);
            g.writeArrayFieldStart("conversations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one conversation's audit. */
    public void write(String source, ConversationAudit a) {
        try {
            g.writeStartObject();
            g.writeStringField("source", source);
            g.writeStringField("ticketId", a.ticketId());
            g.writeStringField("language", a.language());
            score("score", a.score());
            g.writeBooleanField("critical", a.critical());
            g.writeObjectFieldStart("principles");
            for (Map.Entry<Principle, Tally> e : a.principles().entrySet()) {
                g.writeObjectFieldStart(e.getKey().name());
                tally(e.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("worstMoments");
            for (int m : a.worstMoments()) {
                g.writeNumber(m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("replies");
            for (ReplyAudit r : a.replies()) {
                reply(r);
            }
            g.writeEndArray();
            if (!a.warnings().isEmpty()) {
                g.writeArrayFieldStart("warnings");
                for (String w : a.warnings()) {
                    g.writeString(w);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes, in the conversation's place, why it could not be read or audited. */
    public void writeError(String source, String ticketId, String message) {
        try {
            g.writeStartObject();
            g.writeStringField("source", source);
            if (ticketId != null) {
                g.writeStringField("ticketId", ticketId);
            }
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the agents, the team and the totals from {@code report}, and ends the document. */
    public void finish(AuditReport report) {
        if (finished) {
            throw new IllegalStateException("the report is already finished");
        }
        finished = true;
        try {
            g.writeEndArray();
            g.writeArrayFieldStart("agents");
            for (AuditReport.AgentScorecard a : report.agents()) {
                g.writeStartObject();
                g.writeStringField("key", a.agent().key());
                g.writeStringField("name", a.agent().name());
                g.writeStringField("agentId", a.agent().agentId());
                scorecard(a.total());
                weeks(a.weeks());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("team");
            scorecard(report.team());
            weeks(report.teamWeeks());
            g.writeEndObject();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("inputs", report.inputs());
            g.writeNumberField("conversations", report.conversations());
            g.writeNumberField("errors", report.errors());
            g.writeNumberField("replies", report.team().replies());
            g.writeStringField("firstReply", report.firstReply() == null ? null : report.firstReply().toString());
            g.writeStringField("lastReply", report.lastReply() == null ? null : report.lastReply().toString());
            g.writeStringField("language", report.mainLanguage());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes; does not close the stream. A report not {@link #finish finished} is left incomplete. */
    @Override
    public void close() {
        try {
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeMethod(AuditMethod m) throws IOException {
        g.writeObjectFieldStart("method");
        g.writeStringField("source", m.source());
        g.writeObjectFieldStart("weights");
        for (Principle p : Principle.values()) {
            g.writeNumberField(p.name(), m.weight(p));
        }
        g.writeEndObject();
        strings("critical", m.critical());
        g.writeObjectFieldStart("signals");
        for (Map.Entry<String, List<String>> e : m.signals().entrySet()) {
            strings(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("worstMoments", m.worstMoments());
        g.writeEndObject();
    }

    private void reply(ReplyAudit r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("message", r.message());
        g.writeStringField("agent", r.agent().name());
        g.writeStringField("agentId", r.agent().agentId());
        g.writeStringField("at", r.at() == null ? null : r.at().toString());
        g.writeStringField("week", r.week());
        g.writeArrayFieldStart("findings");
        for (DraftFinding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("principle", f.principle().name());
            g.writeNumberField("start", f.start());
            g.writeNumberField("end", f.end());
            g.writeStringField("text", f.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recommendations");
        for (CheckedRecommendation c : r.recommendations()) {
            g.writeStartObject();
            g.writeStringField("id", c.recommendation().id());
            g.writeStringField("principle", c.recommendation().principle().name());
            g.writeStringField("outcome", c.outcome().name());
            g.writeArrayFieldStart("evidence");
            for (Evidence e : c.recommendation().evidence()) {
                g.writeStartObject();
                g.writeNumberField("message", e.message());
                g.writeNumberField("start", e.start());
                g.writeNumberField("end", e.end());
                g.writeStringField("text", e.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        principles("met", r.met());
        principles("failed", r.failed());
        g.writeBooleanField("critical", r.critical());
        g.writeEndObject();
    }

    private void scorecard(Scorecard s) throws IOException {
        g.writeNumberField("replies", s.replies());
        g.writeNumberField("conversations", s.conversations());
        score("score", s.score());
        g.writeNumberField("criticalReplies", s.criticalReplies());
        g.writeNumberField("criticalConversations", s.criticalConversations());
        g.writeNumberField("findings", s.findings());
        g.writeObjectFieldStart("recommendations");
        counts(s.recommendations());
        g.writeEndObject();
        g.writeObjectFieldStart("principles");
        for (Principle p : Principle.values()) {
            g.writeObjectFieldStart(p.name());
            tally(s.tally(p));
            g.writeNumberField("findings", s.findings(p));
            g.writeObjectFieldStart("recommendations");
            counts(s.recommendations(p));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void weeks(Map<String, Scorecard> weeks) throws IOException {
        g.writeArrayFieldStart("weeks");
        for (Map.Entry<String, Scorecard> e : weeks.entrySet()) {
            g.writeStartObject();
            g.writeStringField("week", e.getKey());
            scorecard(e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void tally(Tally t) throws IOException {
        g.writeNumberField("applicable", t.applicable());
        g.writeNumberField("met", t.met());
        g.writeNumberField("failed", t.failed());
        score("score", t.rate());
    }

    private void counts(Scorecard.Counts c) throws IOException {
        g.writeNumberField("checked", c.checked());
        g.writeNumberField("honoured", c.honoured());
        g.writeNumberField("missed", c.missed());
        g.writeNumberField("broken", c.broken());
        score("rate", c.rate());
    }

    private void score(String field, OptionalDouble v) throws IOException {
        if (v.isPresent()) {
            g.writeNumberField(field, v.getAsDouble());
        } else {
            g.writeNullField(field);
        }
    }

    private void strings(String field, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private void principles(String field, Set<Principle> ps) throws IOException {
        g.writeArrayFieldStart(field);
        for (Principle p : ps) {
            g.writeString(p.name());
        }
        g.writeEndArray();
    }

    /** Compact, but each item of the top-level arrays on its own line. */
    private static final class LinePerItem extends MinimalPrettyPrinter {
        /** {@code true} in an array that is a field of the document's root object. */
        private static boolean topLevel(JsonGenerator g) {
            var ctx = g.getOutputContext();
            return ctx.inArray() && ctx.getParent() != null && ctx.getParent().getParent() != null
                    && ctx.getParent().getParent().inRoot();
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(topLevel(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0 && topLevel(g)) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }
    }
}
