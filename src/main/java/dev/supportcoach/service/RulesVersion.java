package dev.supportcoach.service;

import dev.supportcoach.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short fingerprint of the rules in force, shown by {@code /health} and {@code /v1/rules}:
 * for a rules directory, the SHA-256 of every file's path and content (DRL, word lists,
 * phrasing, examples), so any edit changes it; for the bundled rules, {@code bundled-} and a
 * hash of the rule catalogue.
 */
final class RulesVersion {
    private RulesVersion() {
    }

    static String of(Path dir) {
        MessageDigest sha = sha256();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    static String bundled(List<RuleInfo> rules) {
        MessageDigest sha = sha256();
        for (RuleInfo r : rules) {
            sha.update((r + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return "bundled-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
