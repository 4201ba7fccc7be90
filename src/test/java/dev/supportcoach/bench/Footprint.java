package dev.supportcoach.bench;

import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import java.lang.management.ManagementFactory;

/**
 * What JMH does not measure well: engine build time from the bundled rules and the heap one
 * engine retains. Prints one line per figure; run by scripts/benchmark.
 */
public final class Footprint {
    private Footprint() {
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) throws Exception {
        SupportCase c = BenchCases.build("en", 20, 42);
        long t0 = System.nanoTime();
        SupportCoach first = SupportCoach.builder().build();
        long t1 = System.nanoTime();
        first.advise(c);
        long t2 = System.nanoTime();
        System.out.printf("first engine build (cold JVM): %.0f ms%n", (t1 - t0) / 1e6);
        System.out.printf("first advice after build (cold): %.1f ms%n", (t2 - t1) / 1e6);
        long before = usedAfterGc();
        SupportCoach[] engines = new SupportCoach[5];
        long b0 = System.nanoTime();
        for (int i = 0; i < engines.length; i++) {
            engines[i] = SupportCoach.builder().build();
            engines[i].advise(c);
        }
        long b1 = System.nanoTime();
        long after = usedAfterGc();
        System.out.printf("engine build (warm JVM, mean of %d): %.0f ms%n", engines.length, (b1 - b0) / 1e6 / engines.length);
        System.out.printf("heap retained per engine: %.1f MB%n", (after - before) / 1e6 / engines.length);
        System.out.println(engines.length + " engines kept alive: " + engines[engines.length - 1].rules().size() + " rules each");
    }
}
