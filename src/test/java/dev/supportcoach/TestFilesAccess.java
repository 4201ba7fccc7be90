package dev.supportcoach;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

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

    /**
     * The tiny rules directory with German beside English and Russian (src/test/resources/third-language)
     * as {@code dir/rules}, with the labels of the bundled en and ru catalogs for the keys German
     * has (the languages must agree; a state added to the library since shows as missing in all three).
     */
    public static Path thirdLanguageRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        TestFiles.copyTree(Path.of("src/test/resources/third-language"), rules);
        List<String> germanKeys = Files.readAllLines(rules.resolve("phrasing/de.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("(label|principle|state)\\..*=.*")).map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
        for (String lang : List.of("en", "ru")) {
            List<String> labels = Files.readAllLines(Path.of("rules/phrasing/" + lang + ".txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("=") && germanKeys.contains(l.substring(0, l.indexOf('=')).strip())).toList();
            if (labels.size() != germanKeys.size()) {
                throw new IllegalStateException("rules/phrasing/" + lang + ".txt lacks labels German has: " + labels + " vs " + germanKeys);
            }
            Files.write(rules.resolve("phrasing/" + lang + ".txt"), labels, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return rules;
    }
}
