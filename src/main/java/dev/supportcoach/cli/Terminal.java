package dev.supportcoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether standard output and standard error are terminals. Java 17 cannot ask for one stream
 * ({@code System.console()} needs standard input and output both on a terminal), so: the
 * launchers tell, in the system property {@value #PROPERTY} (the terminal streams, e.g.
 * {@code stderr} or {@code stdout,stderr}; the sh launcher tests {@code [ -t 1 ]} and
 * {@code [ -t 2 ]}); without it, on Linux, the stream's {@code /proc/self/fd} link names its
 * device; elsewhere the answer is no.
 */
final class Terminal {
    /** The system property the launchers set: the streams that are terminals, comma-separated. */
    static final String PROPERTY = "support-coach.terminal";

    private Terminal() {
    }

    static boolean stdout() {
        return is("stdout", 1);
    }

    static boolean stderr() {
        return is("stderr", 2);
    }

    private static boolean is(String name, int fd) {
        String told = System.getProperty(PROPERTY);
        if (told != null) {
            return Arrays.stream(told.split(",")).map(String::strip).anyMatch(name::equals);
        }
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
