package dev.supportcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Help works the same three ways on every command: {@code CMD --help}, {@code CMD -h}, {@code help CMD}. */
class HelpTest {
    @Test
    void everyCommand_answersHelpThreeWays_onStdout_withExitZero() {
        Set<String> commands = Main.commandLine().getSubcommands().keySet();
        assertThat(commands).contains("advise", "validate", "test", "explain", "help");
        for (String command : commands) {
            CliTest.Run longForm = CliTest.run(command, "--help");
            assertThat(longForm.exit()).as(command + " --help: " + longForm.err()).isZero();
            assertThat(longForm.out()).as(command + " --help").contains("Usage: support-coach " + command + " ");
            assertThat(longForm.err()).as(command + " --help").isEmpty();
            CliTest.Run shortForm = CliTest.run(command, "-h");
            assertThat(shortForm).as(command + " -h").isEqualTo(longForm);
            if (!command.equals("help")) {
                assertThat(CliTest.run("help", command)).as("help " + command).isEqualTo(longForm);
            }
        }
    }

    @Test
    void adviseHelp_golden() throws IOException {
        CliTest.Run r = CliTest.run("advise", "--help");
        assertThat(r.exit()).isZero();
        CliTest.golden("help-advise.txt", r.out());
    }

    @Test
    void validateHelp_golden() throws IOException {
        CliTest.Run r = CliTest.run("help", "validate");
        assertThat(r.exit()).isZero();
        CliTest.golden("help-validate.txt", r.out());
    }

    @Test
    void topLevelHelp_listsTheCommands_andHelpWithoutACommandIsTheSame() {
        CliTest.Run top = CliTest.run("--help");
        assertThat(top.exit()).isZero();
        assertThat(top.out()).startsWith("Usage: support-coach").contains("advise", "validate", "test", "explain", "help");
        assertThat(CliTest.run("help")).isEqualTo(top);
    }

    @Test
    void aMissingArgument_stillFailsWithUsage_onStderr() {
        CliTest.Run r = CliTest.run("advise");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'FILE'").contains("Usage: support-coach advise");
        assertThat(r.out()).isEmpty();
    }
}
