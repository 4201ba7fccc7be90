package dev.supportcoach.cli;

import dev.supportcoach.CaseFormatException;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.audit.AuditHtml;
import dev.supportcoach.audit.AuditJsonWriter;
import dev.supportcoach.audit.AuditMethod;
import dev.supportcoach.audit.AuditPipeline;
import dev.supportcoach.audit.AuditReport;
import dev.supportcoach.audit.Auditor;
import dev.supportcoach.audit.ConversationAudit;
import dev.supportcoach.json.CaseJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code audit}: reviews every public agent reply of finished conversations as if it were the
 * draft at its own moment, and reports scorecards per reply, conversation, agent and team, as
 * JSON (streamed, in input order) or as one self-contained HTML page.
 */
@Command(name = "audit", description = "Audit finished conversations: score every agent reply by the ten principles,"
        + " per conversation, agent and team (JSON, or an HTML report).")
final class AuditCommand implements Callable<Integer> {
    enum Format { json, html }

    enum Lang { en, ru }

    @Option(names = "--format", description = "json (default; schema in docs/audit-report.schema.json) or html (one self-contained page)")
    Format format = Format.json;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path out;

    @Option(names = "--lang", description = "labels of the HTML report: en or ru (default: the language most conversations are in)")
    Lang lang;

    @Option(names = "--threads", description = "audit threads (default: the number of cores); the report is the same for any number")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true, description = "progress on stderr (default: when stderr is a terminal)")
    Boolean progress;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "conversations: JSON files, JSON Lines; - reads standard input")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        SupportCoach coach = engine.builder().build();
        Path dir = EngineOptions.rulesDir(engine.rules);
        AuditMethod method = dir != null ? AuditMethod.forRules(dir) : AuditMethod.bundled();
        Auditor auditor = Auditor.of(coach, method);
        boolean html = format == Format.html;
        AuditReport report = html ? new AuditReport(method) : new AuditReport(method, 0, 0, 0);
        Progress meter = new Progress(progress != null ? progress : Terminal.stderr(), inputSize());
        int[] failures = {0};
        try (OutputStream os = new BufferedOutputStream(out != null ? Files.newOutputStream(out) : new Unclosed(System.out), 1 << 16)) {
            AuditJsonWriter json = html ? null : new AuditJsonWriter(os, method);
            AuditPipeline.Sink<Inputs.Item> sink = new AuditPipeline.Sink<>() {
                @Override
                public void audited(Inputs.Item item, ConversationAudit audit) {
                    report.add(item.source(), audit);
                    if (json != null) {
                        json.write(item.source(), audit);
                    }
                    meter.tick(Progress.utf8Length(item.json()) + 1);
                }

                @Override
                public void failed(Inputs.Item item, String ticketId, String message) {
                    failures[0]++;
                    report.addError(item.source(), ticketId, message);
                    if (json != null) {
                        json.writeError(item.source(), ticketId, message);
                    }
                    meter.tick(item.json() == null ? 0 : Progress.utf8Length(item.json()) + 1);
                }
            };
            try (AuditPipeline<Inputs.Item> pipeline = new AuditPipeline<>(auditor, Math.max(1, threads), AuditCommand::read, sink)) {
                for (String f : files) {
                    Inputs.read(f, pipeline::submit);
                }
            } finally {
                meter.done();
            }
            if (json != null) {
                json.finish(report);
                json.close();
            } else {
                AuditHtml.write(report, lang != null ? lang.name() : report.mainLanguage(), os);
            }
        }
        return failures[0] == 0 ? 0 : 1;
    }

    private static CaseJson.Parsed read(Inputs.Item item) {
        if (item.error() != null) {
            throw new CaseFormatException(item.error(), 0, 0, null);
        }
        return CaseJson.read(item.json());
    }

    private long inputSize() {
        long total = 0;
        for (String f : files) {
            if ("-".equals(f)) {
                return 0;
            }
            try {
                total += Files.size(Path.of(f));
            } catch (IOException | InvalidPathException e) {
                // reported when the file is read
            }
        }
        return total;
    }

    /** Standard output, which the report's writer may flush but must not close. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
