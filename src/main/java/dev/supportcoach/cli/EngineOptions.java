package dev.supportcoach.cli;

import dev.supportcoach.Limits;
import dev.supportcoach.engine.SupportCoach;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The options every command that builds an engine shares: where the rules are and the config
 * file. The config file is a properties file:
 * <pre>
 * disable = RULE_ID, PRINCIPLE_CODE, ...
 * priority.RULE_ID = 2
 * language = en
 * maxFirings = 10000
 * limits.maxMessages = 2000
 * limits.maxMessageChars = 100000
 * limits.maxDraftChars = 50000
 * limits.maxTotalChars = 1000000
 * </pre>
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

    SupportCoach.Builder builder() throws IOException {
        SupportCoach.Builder b = SupportCoach.builder();
        Path dir = rulesDir(rules);
        if (dir != null) {
            b.rulesDirectory(dir);
        }
        if (config != null) {
            apply(config, b);
        }
        return b;
    }

    static void apply(Path file, SupportCoach.Builder b) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Limits d = Limits.DEFAULT;
        int maxMessages = d.maxMessages();
        int maxMessageChars = d.maxMessageChars();
        int maxDraftChars = d.maxDraftChars();
        long maxTotalChars = d.maxTotalChars();
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key).strip();
            try {
                switch (key) {
                    case "disable" -> {
                        for (String id : v.split("[,\\s]+")) {
                            if (!id.isBlank()) {
                                b.disable(id.strip());
                            }
                        }
                    }
                    case "language" -> b.defaultLanguage(v);
                    case "maxFirings" -> b.maxFirings(Integer.parseInt(v));
                    case "limits.maxMessages" -> maxMessages = Integer.parseInt(v);
                    case "limits.maxMessageChars" -> maxMessageChars = Integer.parseInt(v);
                    case "limits.maxDraftChars" -> maxDraftChars = Integer.parseInt(v);
                    case "limits.maxTotalChars" -> maxTotalChars = Long.parseLong(v);
                    default -> {
                        if (key.startsWith("priority.")) {
                            b.priority(key.substring("priority.".length()), Integer.parseInt(v));
                        } else {
                            throw new IllegalArgumentException("unknown setting '" + key + "'");
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + key + ": " + e.getMessage(), e);
            }
        }
        b.limits(new Limits(maxMessages, maxMessageChars, maxDraftChars, maxTotalChars));
    }
}
