package dev.supportcoach.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.supportcoach.RuleProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The word-list examples (rules/lexicon/LANG/NAME.examples.txt), one dynamic test each. */
class WordListExamplesTest {
    private static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> wordListExamples() {
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon lexicon = Lexicon.load(RULES, problems);
        List<LexiconExamples.Example> examples = LexiconExamples.load(RULES, problems);
        assertThat(problems).isEmpty();
        assertThat(examples).isNotEmpty();
        return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.label(), () -> {
            String failure = LexiconExamples.check(lexicon, ex);
            if (failure != null) {
                fail(ex.file() + ":" + ex.line() + ": " + failure);
            }
        }));
    }
}
