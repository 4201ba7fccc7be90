package dev.supportcoach.cli;

import dev.supportcoach.Advice;
import dev.supportcoach.CaseFormatException;
import dev.supportcoach.SupportCoachException;
import dev.supportcoach.adapters.Helpdesk;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.json.CaseJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advise}: advice for each case of each input, in input order. JSON Lines input is
 * streamed; cases are evaluated on all cores; a case that cannot be read or advised yields an
 * error object in its place and the exit code is 1.
 */
@Command(name = "advise", description = "Advise on support cases (JSON files, JSON Lines, or - for standard input).")
final class AdviseCommand implements Callable<Integer> {
    /** Cases per task handed to a worker. */
    private static final int CHUNK = 128;

    enum Format { text, json }

    @Option(names = "--format", description = "text (for people, default) or json (JSON Lines, one object per case)")
    Format format = Format.text;

    @Option(names = "--threads", description = "evaluation threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--jsonl", description = "read every input as JSON Lines, one case a line (default: files named .jsonl or .ndjson,"
            + " and inputs whose first line is a whole JSON object; a document that does not parse is read as lines)")
    boolean jsonl;

    @Option(names = "--progress", negatable = true,
            description = "progress on stderr (default: when stderr is a terminal and the output is not)")
    Boolean progress;

    @Option(names = "--from", paramLabel = "HELPDESK", converter = HelpdeskConverter.class,
            description = "read each input as a helpdesk's ticket JSON: zendesk, freshdesk, zammad, intercom or helpscout")
    Helpdesk from;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "case files; - reads standard input")
    List<String> files;

    /** {@code --from zendesk}: a helpdesk by its id, with the known ids in the error. */
    static final class HelpdeskConverter implements picocli.CommandLine.ITypeConverter<Helpdesk> {
        @Override
        public Helpdesk convert(String value) {
            try {
                return Helpdesk.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** One case's outcome, ready to print. */
    private record Out(String text, boolean failed, long inputChars) {
    }

    @Override
    public Integer call() throws Exception {
        SupportCoach coach = engine.builder().build();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        // on a terminal of its own only: when stdout is on it too, the output shows the progress
        boolean showProgress = progress != null ? progress : Terminal.stderr() && !Terminal.stdout();
        long total = 0;
        for (String f : files) {
            if (!"-".equals(f)) {
                try {
                    total += Files.size(Path.of(f));
                } catch (IOException | InvalidPathException e) {
                    // reported when the file is read
                }
            }
        }
        Progress meter = new Progress(showProgress, files.contains("-") ? 0 : total);
        int[] failures = {0};
        int workers = Math.max(1, threads);
        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "support-coach-advise");
            t.setDaemon(true);
            return t;
        }) : null;
        // cases go to the workers in chunks (one case is only tens of microseconds of work) and
        // come back in input order; at most a few chunks are in flight, so memory stays constant
        ArrayDeque<Future<List<Out>>> window = new ArrayDeque<>();
        List<Inputs.Item> chunk = new ArrayList<>(CHUNK);
        try {
            for (String f : files) {
                Inputs.read(f, jsonl, item -> {
                    if (pool == null) {
                        emit(out, evaluate(coach, item), failures, meter);
                        return;
                    }
                    chunk.add(item);
                    if (chunk.size() == CHUNK) {
                        window.add(submit(pool, coach, chunk));
                        chunk.clear();
                        while (window.size() > workers * 2) {
                            join(window.poll()).forEach(o -> emit(out, o, failures, meter));
                        }
                    }
                });
            }
            if (pool != null && !chunk.isEmpty()) {
                window.add(submit(pool, coach, chunk));
            }
            while (!window.isEmpty()) {
                join(window.poll()).forEach(o -> emit(out, o, failures, meter));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            out.flush();
            meter.done();
        }
        return failures[0] == 0 ? 0 : 1;
    }

    private Out evaluate(SupportCoach coach, Inputs.Item item) {
        if (item.error() != null) {
            return error(item.source(), null, item.error());
        }
        CaseJson.Parsed parsed;
        try {
            parsed = from == null ? CaseJson.read(item.json()) : from.read(item.json());
        } catch (CaseFormatException e) {
            return error(item.source(), null, e.getMessage());
        }
        try {
            Advice advice = coach.advise(parsed.supportCase()).withWarnings(parsed.warnings());
            String text = format == Format.json ? CaseJson.write(advice) : coach.report(parsed.supportCase(), advice);
            return new Out(text, false, Progress.utf8Length(item.json()) + 1);
        } catch (SupportCoachException e) {
            return error(item.source(), parsed.supportCase().ticket().id(), e.getMessage());
        } catch (RuntimeException e) {
            return error(item.source(), parsed.supportCase().ticket().id(), "internal error: " + e);
        }
    }

    private Out error(String source, String ticketId, String message) {
        if (format == Format.json) {
            return new Out(CaseJson.error(source, ticketId, message), true, 0);
        }
        return new Out("Error in " + source + (ticketId != null ? " (ticket " + ticketId + ")" : "") + ": " + message + "\n", true, 0);
    }

    private void emit(PrintWriter out, Out o, int[] failures, Progress meter) {
        if (o.failed()) {
            failures[0]++;
        }
        if (format == Format.json) {
            out.println(o.text());
        } else {
            out.print(o.text());
            out.println();
        }
        meter.tick(o.inputChars());
    }

    private Future<List<Out>> submit(ExecutorService pool, SupportCoach coach, List<Inputs.Item> items) {
        List<Inputs.Item> mine = List.copyOf(items);
        return pool.submit(() -> {
            List<Out> outs = new ArrayList<>(mine.size());
            for (Inputs.Item item : mine) {
                outs.add(evaluate(coach, item));
            }
            return outs;
        });
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
