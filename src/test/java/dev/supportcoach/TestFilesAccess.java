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
}
