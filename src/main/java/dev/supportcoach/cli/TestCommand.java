package dev.supportcoach.cli;

import dev.supportcoach.Firing;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCoachException;
import dev.supportcoach.internal.BundledRules;
import dev.supportcoach.internal.Examples;
import dev.supportcoach.internal.RuleLoader;
import dev.supportcoach.internal.RuleSet;
import dev.supportcoach.internal.RuleValidator;
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
        Path root = chosen != null ? chosen : BundledRules.root();
        RuleSet set;
        try {
            set = RuleLoader.load(root, RuleValidator.defaults());
        } catch (RulesException e) {
            e.problems().forEach(p -> System.out.println(p));
            return 1;
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<Examples.Example> examples = new ArrayList<>(Examples.load(root, problems));
        problems.forEach(p -> System.out.println(p));
        if (rule != null) {
            if (!set.rules().containsKey(rule)) {
                System.out.println("unknown rule " + rule);
                return 1;
            }
            examples.removeIf(e -> !e.fires().contains(rule) && !e.silent().contains(rule));
        }
        int passed = 0;
        int failed = 0;
        Set<String> fired = new TreeSet<>();
        for (RuleValidator.Result r : RuleValidator.run(set, examples)) {
            fired.addAll(r.fired());
            String where = r.example().file() + ":" + r.example().line();
            if (r.passed()) {
                passed++;
                System.out.println("PASS " + where + " " + r.example().name());
            } else {
                failed++;
                System.out.println("FAIL " + where + " " + r.example().name());
                r.failures().forEach(f -> System.out.println("     " + f));
            }
        }
        if (coverage) {
            int cases = 0;
            for (Path dirOfCases : corpus) {
                if (!Files.isDirectory(dirOfCases)) {
                    System.out.println("corpus " + dirOfCases + ": not a directory");
                    continue;
                }
                try (var files = Files.list(dirOfCases)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        List<Firing> trace = new ArrayList<>();
                        set.evaluate(CaseJson.read(Files.readString(f)).supportCase(), trace);
                        trace.forEach(t -> fired.add(t.ruleId()));
                        cases++;
                    }
                } catch (IOException | SupportCoachException e) {
                    System.out.println("corpus " + dirOfCases + ": " + e.getMessage());
                }
            }
            if (cases > 0) {
                System.out.println("coverage: also counted " + cases + " corpus case(s)");
            }
            Set<String> never = new TreeSet<>(set.rules().keySet());
            never.removeAll(fired);
            System.out.println(never.isEmpty() ? "coverage: every rule fires in some example"
                    : "coverage: never fired: " + String.join(", ", never));
        }
        System.out.println(passed + " passed, " + failed + " failed");
        return failed == 0 && problems.isEmpty() ? 0 : 1;
    }
}
