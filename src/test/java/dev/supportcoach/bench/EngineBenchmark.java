package dev.supportcoach.bench;

import dev.supportcoach.Advice;
import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.internal.BundledRules;
import dev.supportcoach.internal.RuleLoader;
import dev.supportcoach.internal.RuleSet;
import dev.supportcoach.internal.RuleValidator;
import dev.supportcoach.signals.SignalExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one evaluation end to end and by stage (signals, rules), against a plain-Java
 * floor answering the same signals; throughput on one and two threads. Run with
 * {@code scripts/benchmark}; results go to docs/performance.md.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    /** short = 3 messages, typical = 20 messages, long = 500 messages; each with a draft. */
    @Param({"en-3", "en-20", "en-500", "ru-3", "ru-20", "ru-500"})
    public String shape;

    SupportCoach coach;
    RuleSet rules;
    SupportCase supportCase;
    SignalExtractor.Signals signals;

    @Setup(Level.Trial)
    public void setUp() {
        coach = SupportCoach.builder().build();
        rules = RuleLoader.load(BundledRules.root(), RuleValidator.defaults());
        String[] p = shape.split("-");
        supportCase = BenchCases.build(p[0], Integer.parseInt(p[1]), 42);
        signals = rules.signals(supportCase);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Advice endToEnd() {
        return coach.advise(supportCase);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SignalExtractor.Signals stageSignals() {
        return rules.signals(supportCase);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RuleSet.Outcome stageRules() {
        return rules.decide(signals);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int floorPlainJava() {
        return PlainJavaFloor.decide(signals);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Advice throughput1Thread() {
        return coach.advise(supportCase);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Advice throughput2Threads() {
        return coach.advise(supportCase);
    }
}
