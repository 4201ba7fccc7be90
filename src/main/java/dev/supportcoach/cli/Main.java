package dev.supportcoach.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code support-coach}: advice for support cases from the command line. */
@Command(name = "support-coach", mixinStandardHelpOptions = true, version = "support-coach 0.1.0",
        description = "Advice for support agents from ten principles of technical support.",
        subcommands = {AdviseCommand.class, ValidateCommand.class, TestCommand.class, ExplainCommand.class, AuditCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: without one (a container, env -i) Java would print Cyrillic as '?'
        System.setOut(utf8(FileDescriptor.out));
        System.setErr(utf8(FileDescriptor.err));
        System.exit(run(args));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 14), true, StandardCharsets.UTF_8);
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with every command configured: each answers {@code --help} and {@code -h}. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // every subcommand, present and future, answers -h and --help (and `help CMD`, HelpCommand)
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
        }
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("support-coach: " + ex.getMessage());
            return 2;
        });
        return cl;
    }
}
