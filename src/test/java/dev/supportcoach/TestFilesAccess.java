package dev.supportcoach;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages copy rule trees. */
public final class TestFilesAccess {
    private TestFilesAccess() {
    }

    public static void copyTree(Path from, Path to) throws IOException {
        TestFiles.copyTree(from, to);
    }

    /** A copy of the checkout's rules/ as {@code dir/rules}, to break in a test. */
    public static Path copyRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        TestFiles.copyTree(Path.of("rules"), rules);
        return rules;
    }
}
