package dev.supportcoach.cli;

import dev.supportcoach.ExampleResult;
import dev.supportcoach.Firing;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCoachException;
import dev.supportcoach.engine.RuleCheck;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code test [DIR] [--rule ID] [--coverage]}: runs the rule examples, one line each. */
@Command(name = "test", description = "Run the rule examples: one line per example; failures show expected against fired.")
final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules directory (default: the bundled rules)")
    Path dir;

    @Option(names = "--rule", paramLabel = "ID", description = "only the examples that name this rule")
    String rule;

    @Option(names = "--coverage", description = "list the rules that no example (nor corpus case) fires")
    boolean coverage;

    @Option(names = "--corpus", paramLabel = "DIR", description = "with --coverage: also count the cases (*.json) in DIR")
    List<Path> corpus = new ArrayList<>();

    @Override
    public Integer call() {
        Path chosen = EngineOptions.rulesDir(dir);
        RuleCheck check = chosen != null ? RuleCheck.of(chosen) : RuleCheck.bundled();
        RuleCheck.Report report;
        try {
            report = check.test(e -> rule == null || e.names(rule));
        } catch (RulesException e) {
            e.problems().forEach(p -> System.out.println(p));
            return 1;
        }
        report.problems().forEach(p -> System.out.println(p));
        if (rule != null && report.rules().stream().noneMatch(r -> r.id().equals(rule))) {
            System.out.println("unknown rule " + rule);
            return 1;
        }
        Set<String> fired = new TreeSet<>();
        for (ExampleResult r : report.results()) {
            fired.addAll(r.fired());
            String where = r.example().location();
            if (r.passed()) {
                System.out.println("PASS " + where + " " + r.example().name());
            } else {
                System.out.println("FAIL " + where + " " + r.example().name());
                r.failures().forEach(f -> System.out.println("     " + f));
            }
        }
        if (coverage) {
            fired.addAll(corpusFirings(chosen));
            Set<String> never = new TreeSet<>(report.rules().stream().map(RuleInfo::id).toList());
            never.removeAll(fired);
            System.out.println(never.isEmpty() ? "coverage: every rule fires in some example"
                    : "coverage: never fired: " + String.join(", ", never));
        }
        long failed = report.failed();
        System.out.println((report.results().size() - failed) + " passed, " + failed + " failed");
        return report.passed() ? 0 : 1;
    }

    /** The rules that fire on the corpus cases, with the same rules the examples ran on. */
    private Set<String> corpusFirings(Path rulesDir) {
        Set<String> fired = new TreeSet<>();
        if (corpus.isEmpty()) {
            return fired;
        }
        SupportCoach.Builder b = SupportCoach.builder();
        if (rulesDir != null) {
            b.rulesDirectory(rulesDir);
        }
        SupportCoach coach = b.build();
        int cases = 0;
        for (Path dirOfCases : corpus) {
            if (!Files.isDirectory(dirOfCases)) {
                System.out.println("corpus " + dirOfCases + ": not a directory");
                continue;
            }
            try (var files = Files.list(dirOfCases)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    for (Firing t : coach.explain(CaseJson.read(Files.readString(f)).supportCase()).firings()) {
                        fired.add(t.ruleId());
                    }
                    cases++;
                }
            } catch (IOException | SupportCoachException e) {
                System.out.println("corpus " + dirOfCases + ": " + e.getMessage());
            }
        }
        if (cases > 0) {
            System.out.println("coverage: also counted " + cases + " corpus case(s)");
        }
        return fired;
    }
}
