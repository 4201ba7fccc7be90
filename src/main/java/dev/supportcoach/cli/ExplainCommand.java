package dev.supportcoach.cli;

import dev.supportcoach.Explanation;
import dev.supportcoach.Firing;
import dev.supportcoach.engine.Signals;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.json.CaseJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code explain FILE}: which rules fired, in order, on which facts, producing what; then the advice. */
@Command(name = "explain", description = "Show which rules fired for a case, in order, with what they matched and produced.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Parameters(paramLabel = "FILE", description = "one case (JSON)")
    Path file;

    @Override
    public Integer call() throws Exception {
        SupportCoach coach = engine.builder().build();
        CaseJson.Parsed parsed = CaseJson.read(Files.readString(file, StandardCharsets.UTF_8));
        Explanation e = coach.explain(parsed.supportCase());
        System.out.println("Signals");
        Signals signals = coach.signals(parsed.supportCase());
        System.out.println("  " + signals.facts().describe());
        signals.hits().forEach(h -> System.out.println("  " + h));
        System.out.println();
        System.out.println("Rules fired");
        int n = 1;
        for (Firing f : e.firings()) {
            System.out.printf("%3d. %s%n", n++, f.ruleId());
            f.matched().forEach(m -> System.out.println("       when " + m));
            f.produced().forEach(p -> System.out.println("       then " + p));
        }
        if (e.firings().isEmpty()) {
            System.out.println("No rule fired.");
        }
        System.out.println();
        System.out.print(coach.report(parsed.supportCase(), e.advice().withWarnings(parsed.warnings())));
        return 0;
    }
}
