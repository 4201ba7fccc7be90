package dev.supportcoach.bench;

import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.internal.BundledRules;
import dev.supportcoach.internal.RuleLoader;
import dev.supportcoach.internal.RuleSet;
import dev.supportcoach.internal.RuleValidator;
import dev.supportcoach.json.CaseJson;
import dev.supportcoach.signals.SignalExtractor;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one evaluation costs in CPU time and in bytes allocated, measured on the calling thread
 * ({@code ThreadMXBean}): unlike wall time, neither figure grows when other processes take the
 * cores, so runs on a shared machine can be compared. Each shape is warmed up, then measured in
 * rounds; the median round is printed, with the spread of the CPU time over the rounds.
 *
 * <p>Usage: {@code OpCost [seconds per shape] [shape ...]}; shapes are {@code en-20}-style
 * (BenchCases) or {@code corpus=DIR} (every case of a directory of case JSON files, in turn).
 * A shape prefixed {@code signals:} measures the signals stage alone (tokens, word lists, case
 * facts), one prefixed {@code rules:} the rule session alone on those signals.
 */
public final class OpCost {
    private OpCost() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<String> shapes = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("en-3", "en-20", "ru-3", "ru-20", "en-500", "corpus=../shared/corpus");
        SupportCoach coach = SupportCoach.builder().build();
        RuleSet rules = RuleLoader.load(BundledRules.root(), RuleValidator.defaults());
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // the allocation counter is HotSpot's (jdk.management), which this module does not read: by reflection
        java.lang.reflect.Method allocated = Class.forName("com.sun.management.ThreadMXBean")
                .getMethod("getThreadAllocatedBytes", long.class);
        long self = Thread.currentThread().getId();
        System.out.printf("%-28s %10s %10s %12s %10s%n", "shape", "cpu µs/op", "spread", "alloc KB/op", "ops");
        for (String shape : shapes) {
            String stage = shape.startsWith("signals:") ? "signals" : shape.startsWith("rules:") ? "rules" : "all";
            SupportCase[] cases = cases(stage.equals("all") ? shape : shape.substring(stage.length() + 1));
            SignalExtractor.Signals[] signals = new SignalExtractor.Signals[cases.length];
            for (int i = 0; i < cases.length; i++) {
                signals[i] = rules.signals(cases[i]);
            }
            java.util.function.IntConsumer op = switch (stage) {
                case "signals" -> i -> rules.signals(cases[i]);
                case "rules" -> i -> rules.decide(signals[i]);
                default -> i -> coach.advise(cases[i]);
            };
            // warm-up: half the time
            long until = System.nanoTime() + (long) (seconds * 0.5e9);
            int k = 0;
            while (System.nanoTime() < until) {
                op.accept(k++ % cases.length);
            }
            // calibrate a round to about 1/20 of the measuring time
            long c0 = mx.getCurrentThreadCpuTime();
            int probe = Math.max(cases.length, 50);
            for (int i = 0; i < probe; i++) {
                op.accept(i % cases.length);
            }
            double perOp = Math.max(1, mx.getCurrentThreadCpuTime() - c0) / (double) probe;
            int perRound = (int) Math.max(cases.length, Math.min(1_000_000, seconds * 0.5e9 / 20 / perOp));
            perRound = (perRound + cases.length - 1) / cases.length * cases.length; // whole passes over the cases
            int rounds = 20;
            double[] cpu = new double[rounds];
            double[] alloc = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long a0 = (long) allocated.invoke(mx, self);
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    op.accept(i % cases.length);
                }
                cpu[r] = (mx.getCurrentThreadCpuTime() - t0) / 1e3 / perRound;
                alloc[r] = ((long) allocated.invoke(mx, self) - a0) / 1024.0 / perRound;
            }
            Arrays.sort(cpu);
            Arrays.sort(alloc);
            System.out.printf("%-28s %10.1f %9.0f%% %12.1f %10d%n", shape, cpu[rounds / 2],
                    100 * (cpu[rounds * 3 / 4] - cpu[rounds / 4]) / cpu[rounds / 2], alloc[rounds / 2], (long) perRound * rounds);
        }
    }

    static SupportCase[] cases(String shape) throws Exception {
        if (shape.startsWith("corpus=")) {
            List<SupportCase> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(Path.of(shape.substring("corpus=".length())))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    out.add(CaseJson.read(Files.readString(f, StandardCharsets.UTF_8)).supportCase());
                }
            }
            return out.toArray(new SupportCase[0]);
        }
        String[] p = shape.split("-");
        return new SupportCase[] {BenchCases.build(p[0], Integer.parseInt(p[1]), 42)};
    }
}
