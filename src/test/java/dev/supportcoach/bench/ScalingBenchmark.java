package dev.supportcoach.bench;

import dev.supportcoach.SupportCase;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Which stage limits scaling from one to two threads: the signals, or the rule sessions. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScalingBenchmark {
    RuleSet rules;
    SupportCase supportCase;
    SignalExtractor.Signals signals;

    @Setup(Level.Trial)
    public void setUp() {
        rules = RuleLoader.load(BundledRules.root(), RuleValidator.defaults());
        supportCase = BenchCases.build("en", 20, 42);
        signals = rules.signals(supportCase);
    }

    @Benchmark
    @Threads(1)
    public Object signals1() {
        return rules.signals(supportCase);
    }

    @Benchmark
    @Threads(2)
    public Object signals2() {
        return rules.signals(supportCase);
    }

    @Benchmark
    @Threads(1)
    public Object rules1() {
        return rules.decide(signals);
    }

    @Benchmark
    @Threads(2)
    public Object rules2() {
        return rules.decide(signals);
    }
}
