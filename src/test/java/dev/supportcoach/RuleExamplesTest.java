package dev.supportcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.supportcoach.engine.RuleCheck;
import dev.supportcoach.engine.SupportCoach;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule examples that live beside the rules (rules/examples/*.json), one dynamic test each,
 * and the whole-directory validation that a rule author runs with {@code support-coach validate};
 * both through the public {@link RuleCheck}. The word-list examples run in
 * {@code signals.WordListExamplesTest}.
 */
class RuleExamplesTest {
    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> ruleExamples() {
        RuleCheck.Report report = RuleCheck.of(RULES).test(e -> true);
        assertThat(report.problems()).isEmpty();
        assertThat(report.results()).hasSizeGreaterThan(100);
        return report.results().stream().map(r -> DynamicTest.dynamicTest(
                String.join(",", r.example().fires()) + (r.example().silent().isEmpty() ? "" : " / not " + String.join(",", r.example().silent()))
                        + ": " + r.example().name(),
                () -> {
                    if (!r.passed()) {
                        fail(r.example().location() + ": " + String.join("; ", r.failures()));
                    }
                }));
    }

    @Test
    void validate_findsNoProblemInTheBundledRules() {
        assertThat(RuleCheck.of(RULES).validate()).isEmpty();
    }

    @Test
    void everyPrinciple_hasAtLeastTwoRules() {
        List<RuleInfo> rules = SupportCoach.builder().rulesDirectory(RULES).build().rules();
        for (Principle p : Principle.values()) {
            assertThat(rules).as(p.name()).filteredOn(r -> r.principle() == p).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
