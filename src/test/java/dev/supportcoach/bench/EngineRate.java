package dev.supportcoach.bench;

import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.json.CaseJson;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's own rate on the cases of a JSON Lines file, in process and warm: the yardstick
 * the command line's batch rate is compared with (scripts/batch-benchmark). Cases are parsed
 * once beforehand; each thread advises them in turn, for the given time after a warm-up of the
 * same length. Prints the rate, and the CPU time the threads took per case (which, unlike wall
 * time, other processes on the machine do not inflate), per thread count.
 * Usage: {@code EngineRate FILE.jsonl SECONDS THREADS...}.
 */
public final class EngineRate {
    private EngineRate() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        SupportCase[] cases = lines.stream().filter(l -> !l.isBlank()).map(l -> CaseJson.read(l).supportCase())
                .toArray(SupportCase[]::new);
        double seconds = Double.parseDouble(args[1]);
        SupportCoach coach = SupportCoach.builder().build();
        for (int a = 2; a < args.length; a++) {
            int threads = Integer.parseInt(args[a]);
            run(coach, cases, threads, seconds); // warm-up
            double[] r = run(coach, cases, threads, seconds);
            System.out.printf("engine %d thread(s): %.0f cases/s, %.1f µs/case, %.1f µs CPU/case%n", threads, r[0], 1e6 / r[0], r[1]);
        }
    }

    /** {cases per second of wall time, µs of the threads' CPU time per case}. */
    private static double[] run(SupportCoach coach, SupportCase[] cases, int threads, double seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Thread[] ts = new Thread[threads];
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t * cases.length / threads;
            ts[t] = new Thread(() -> {
                long n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    coach.advise(cases[i % cases.length]);
                    n++;
                }
                done.addAndGet(n);
                cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return new double[] {done.get() / ((System.nanoTime() - t0) / 1e9), cpu.get() / 1e3 / done.get()};
    }
}
