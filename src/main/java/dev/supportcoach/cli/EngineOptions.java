package dev.supportcoach.cli;

import dev.supportcoach.engine.SupportCoach;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command that builds an engine shares: where the rules are and the config
 * file, read by {@link SupportCoach.Builder#config(Path)}.
 */
final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "rules directory (default: the bundled rules)")
    Path rules;

    @Option(names = "--config", paramLabel = "FILE", description = "config file: disable, priority.ID, language, maxFirings, limits.*")
    Path config;

    /**
     * The system property naming the default rules directory. The {@code support-coach} launcher
     * sets it to the checkout's {@code rules/}, so that edits count without a rebuild; without
     * it the rules bundled in the jar are used.
     */
    static final String DEFAULT_RULES_PROPERTY = "support-coach.rules";

    /** The rules directory to use: {@code --rules}, else the launcher's default, else {@code null} (bundled). */
    static Path rulesDir(Path given) {
        if (given != null) {
            return given;
        }
        String d = System.getProperty(DEFAULT_RULES_PROPERTY);
        return d == null || d.isBlank() ? null : Path.of(d);
    }

    /** A builder with the rules directory and the config file given on the command line. */
    SupportCoach.Builder builder() {
        SupportCoach.Builder b = SupportCoach.builder();
        Path dir = rulesDir(rules);
        if (dir != null) {
            b.rulesDirectory(dir);
        }
        if (config != null) {
            b.config(config);
        }
        return b;
    }
}
