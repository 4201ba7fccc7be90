package dev.supportcoach.engine;

import dev.supportcoach.ExampleResult;
import dev.supportcoach.RuleExample;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.internal.BundledRules;
import dev.supportcoach.internal.Examples;
import dev.supportcoach.internal.RuleLoader;
import dev.supportcoach.internal.RuleSet;
import dev.supportcoach.internal.RuleValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks a rules directory the way a rule author needs before shipping it: what
 * {@code support-coach validate} and {@code support-coach test} print, as values. Nothing is
 * kept between calls; each call reads the directory afresh.
 *
 * <pre>{@code
 * List<RuleProblem> problems = RuleCheck.of(Path.of("rules")).validate();   // empty: fine to ship
 * RuleCheck.Report r = RuleCheck.of(Path.of("rules")).test(e -> e.names("NO_REFUSAL"));
 * r.results().forEach(x -> System.out.println((x.passed() ? "PASS " : "FAIL ") + x.example().name()));
 * }</pre>
 */
public final class RuleCheck {
    private final Path directory;

    private RuleCheck(Path directory) {
        this.directory = directory;
    }

    /**
     * A check of the rules in {@code rulesDirectory}.
     *
     * @throws NullPointerException if {@code rulesDirectory} is {@code null}
     */
    public static RuleCheck of(Path rulesDirectory) {
        return new RuleCheck(Objects.requireNonNull(rulesDirectory, "rulesDirectory must not be null"));
    }

    /** A check of the rules packaged with the library. */
    public static RuleCheck bundled() {
        return new RuleCheck(BundledRules.root());
    }

    /** The rules directory checked (inside the jar for {@link #bundled()}). */
    public Path directory() {
        return directory;
    }

    /**
     * Every problem of the directory, each with its file, line and column: DRL that does not
     * compile, broken word lists or phrasing, word-list and rule examples that fail, rules
     * without examples of both kinds in every language. Empty when the rules are fine to ship.
     */
    public List<RuleProblem> validate() {
        return RuleValidator.validate(directory);
    }

    /**
     * Compiles the rules and runs the rule examples {@code which} selects (all:
     * {@code e -> true}), in file order.
     *
     * @throws RulesException when the rules do not load, listing every problem
     */
    public Report test(Predicate<? super RuleExample> which) {
        Objects.requireNonNull(which, "which must not be null");
        RuleSet set = RuleLoader.load(directory, RuleValidator.defaults());
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleExample> examples = new ArrayList<>(Examples.load(directory, problems));
        examples.removeIf(which.negate());
        return new Report(List.copyOf(set.rules().values()), problems, RuleValidator.run(set, examples));
    }

    /**
     * What {@link #test} found.
     *
     * @param rules the rules, in file order
     * @param problems examples that could not be read (malformed JSON, a case without a ticket...)
     * @param results one result per example run, in file order
     */
    public record Report(List<RuleInfo> rules, List<RuleProblem> problems, List<ExampleResult> results) {
        public Report {
            rules = List.copyOf(rules);
            problems = List.copyOf(problems);
            results = List.copyOf(results);
        }

        /** {@code true} when every example could be read and passed. */
        public boolean passed() {
            return problems.isEmpty() && results.stream().allMatch(ExampleResult::passed);
        }

        /** The number of examples that failed. */
        public long failed() {
            return results.stream().filter(r -> !r.passed()).count();
        }
    }
}
