package dev.supportcoach.audit;

import dev.supportcoach.SupportCoachException;
import dev.supportcoach.json.CaseJson;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Audits a stream of conversations on several threads and hands each result to a sink in
 * input order, on the thread that submits, so the sink needs no locking and the output does
 * not depend on the number of threads. Memory stays constant: items go to the workers in
 * small chunks and at most two chunks per thread are in flight.
 *
 * <pre>{@code
 * try (AuditPipeline<String> p = new AuditPipeline<>(auditor, 2, CaseJson::read, sink)) {
 *     lines.forEach(p::submit);
 * }
 * }</pre>
 *
 * Every item reaches the sink exactly once: audited, or failed with a message (a case that
 * cannot be read or evaluated). Not thread-safe: submit from one thread.
 *
 * @param <T> the items: JSON texts, file lines, helpdesk records...
 */
public final class AuditPipeline<T> implements AutoCloseable {
    /** Conversations per task: one conversation is a few evaluations per reply, so chunks stay small. */
    private static final int CHUNK = 16;

    /** Receives the results, in input order, on the submitting thread. */
    public interface Sink<T> {
        /** One conversation audited. */
        void audited(T item, ConversationAudit audit);

        /**
         * One conversation that could not be read or audited.
         *
         * @param ticketId its ticket id when it could be read, else {@code null}
         * @param message what went wrong
         */
        void failed(T item, String ticketId, String message);
    }

    private final Auditor auditor;
    private final Function<? super T, CaseJson.Parsed> read;
    private final Sink<? super T> sink;
    private final ExecutorService pool;
    private final int threads;
    private final ArrayDeque<Future<List<Result<T>>>> window = new ArrayDeque<>();
    private List<T> chunk = new ArrayList<>(CHUNK);

    private record Result<T>(T item, ConversationAudit audit, String ticketId, String error) {
    }

    /**
     * @param threads worker threads; 1 audits on the submitting thread
     * @param read turns an item into a case (e.g. {@link CaseJson#read}); a
     *        {@link SupportCoachException} it throws makes the item fail with its message
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public AuditPipeline(Auditor auditor, int threads, Function<? super T, CaseJson.Parsed> read, Sink<? super T> sink) {
        this.auditor = Objects.requireNonNull(auditor, "auditor must not be null");
        this.read = Objects.requireNonNull(read, "read must not be null");
        this.sink = Objects.requireNonNull(sink, "sink must not be null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "support-coach-audit");
            t.setDaemon(true);
            return t;
        });
    }

    /** Audits an item (now, or on a worker); results of earlier items may reach the sink meanwhile. */
    public void submit(T item) {
        if (pool == null) {
            deliver(run(item));
            return;
        }
        chunk.add(item);
        if (chunk.size() == CHUNK) {
            flushChunk();
            while (window.size() > threads * 2) {
                join(window.poll()).forEach(this::deliver);
            }
        }
    }

    /** Waits for every submitted item, hands the remaining results to the sink, stops the workers. */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        try {
            if (!chunk.isEmpty()) {
                flushChunk();
            }
            while (!window.isEmpty()) {
                join(window.poll()).forEach(this::deliver);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void flushChunk() {
        List<T> mine = chunk;
        chunk = new ArrayList<>(CHUNK);
        window.add(pool.submit(() -> {
            List<Result<T>> out = new ArrayList<>(mine.size());
            for (T item : mine) {
                out.add(run(item));
            }
            return out;
        }));
    }

    private Result<T> run(T item) {
        CaseJson.Parsed parsed;
        try {
            parsed = read.apply(item);
        } catch (SupportCoachException e) {
            return new Result<>(item, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Result<>(item, null, null, "cannot read: " + e);
        }
        String id = parsed.supportCase().ticket().id();
        try {
            return new Result<>(item, auditor.audit(parsed.supportCase()).withWarnings(parsed.warnings()), id, null);
        } catch (SupportCoachException e) {
            return new Result<>(item, null, id, e.getMessage());
        } catch (RuntimeException e) {
            return new Result<>(item, null, id, "internal error: " + e);
        }
    }

    private void deliver(Result<T> r) {
        if (r.audit() != null) {
            sink.audited(r.item(), r.audit());
        } else {
            sink.failed(r.item(), r.ticketId(), r.error());
        }
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
