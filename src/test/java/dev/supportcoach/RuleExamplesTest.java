package dev.supportcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.supportcoach.internal.Examples;
import dev.supportcoach.internal.RuleLoader;
import dev.supportcoach.internal.RuleSet;
import dev.supportcoach.internal.RuleValidator;
import dev.supportcoach.signals.LexiconExamples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples that live beside the rules, one dynamic test each: rule examples
 * (rules/examples/*.json) and word-list examples (rules/lexicon/LANG/NAME.examples.txt); and the
 * whole-directory validation that a rule author runs with {@code support-coach validate}.
 */
class RuleExamplesTest {
    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> ruleExamples() {
        RuleSet set = RuleLoader.load(RULES, RuleValidator.defaults());
        List<RuleProblem> problems = new ArrayList<>();
        List<Examples.Example> examples = Examples.load(RULES, problems);
        assertEquals(List.of(), problems);
        return RuleValidator.run(set, examples).stream().map(r -> DynamicTest.dynamicTest(
                String.join(",", r.example().fires()) + (r.example().silent().isEmpty() ? "" : " / not " + String.join(",", r.example().silent()))
                        + ": " + r.example().name(),
                () -> {
                    if (!r.passed()) {
                        fail(r.example().file() + ":" + r.example().line() + ": " + String.join("; ", r.failures()));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> wordListExamples() {
        RuleSet set = RuleLoader.load(RULES, RuleValidator.defaults());
        List<RuleProblem> problems = new ArrayList<>();
        List<LexiconExamples.Example> examples = LexiconExamples.load(RULES, problems);
        assertEquals(List.of(), problems);
        return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.label(), () -> {
            String failure = LexiconExamples.check(set.lexicon(), ex);
            if (failure != null) {
                fail(ex.file() + ":" + ex.line() + ": " + failure);
            }
        }));
    }

    @Test
    void validate_findsNoProblemInTheBundledRules() {
        List<RuleProblem> problems = RuleValidator.validate(RULES);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.stream().map(RuleProblem::toString).toList()));
    }

    @Test
    void everyPrinciple_hasAtLeastTwoRules() {
        RuleSet set = RuleLoader.load(RULES, RuleValidator.defaults());
        for (Principle p : Principle.values()) {
            long n = set.rules().values().stream().filter(r -> r.principle() == p).count();
            assertTrue(n >= 2, p + " has " + n + " rules");
        }
    }
}
