package dev.supportcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// the README's imports, compiled here (the first is redundant in this package, but legal)
import dev.supportcoach.*;
import dev.supportcoach.engine.SupportCoach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java sample in README.md, compiled and asserted; the test fails if the two drift apart. */
class ReadmeSnippetTest {
    @Test
    void readmeSample_works() {
        // README:BEGIN
        SupportCoach coach = SupportCoach.builder().build();   // bundled rules; build once, share
        SupportCase ticket = SupportCase.builder("T-7")
                .customer("Since the update I can't work, the whole team is stuck!")
                .draft("Sorry, I can't help with that. Please contact your IT department.")
                .build();
        Advice advice = coach.advise(ticket);
        advice.customerState();          // [BLOCKED, FRUSTRATED, ...]
        advice.recommendations().get(0); // ACKNOWLEDGE_BLOCKED_WORK (EMPATHY), with reason and phrasing
        advice.draftFindings();          // NO_REFUSAL (OWNERSHIP) on "I can't help", with a rewrite
        // README:END
        assertTrue(advice.customerState().contains(CustomerState.BLOCKED));
        assertEquals("ACKNOWLEDGE_BLOCKED_WORK", advice.recommendations().get(0).id());
        assertTrue(advice.draftFindings().stream().anyMatch(f -> f.id().equals("NO_REFUSAL") && f.text().startsWith("I can't help")),
                advice.draftFindings().toString());
    }

    @Test
    void readme_containsTheSampleVerbatim() throws IOException {
        String test = Files.readString(Path.of("src/test/java/dev/supportcoach/ReadmeSnippetTest.java"));
        String sample = test.substring(test.indexOf("// README:BEGIN") + "// README:BEGIN".length(), test.indexOf("        // README:END"));
        String readme = Files.readString(Path.of("README.md"));
        for (String line : sample.strip().split("\n")) {
            assertTrue(readme.contains(line.strip()), "README.md lacks the line: " + line.strip());
        }
        // the README's imports are this file's: an embedder who copies the sample gets it compiling
        List<String> ours = test.lines().filter(l -> l.startsWith("import dev.")).toList();
        List<String> theirs = readme.lines().filter(l -> l.startsWith("import dev."))
                .map(l -> l.replaceAll("\\s*//.*", "")).toList();
        assertThat(theirs).isNotEmpty().isSubsetOf(ours);
    }
}
