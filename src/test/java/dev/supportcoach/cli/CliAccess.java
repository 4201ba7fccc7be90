package dev.supportcoach.cli;

/** Lets tests in other packages run the command line in this JVM. */
public final class CliAccess {
    /** Exit code, standard output and standard error of one run. */
    public record Run(int exit, String out, String err) {
    }

    private CliAccess() {
    }

    public static Run run(String... args) {
        CliTest.Run r = CliTest.run(args);
        return new Run(r.exit(), r.out(), r.err());
    }
}
