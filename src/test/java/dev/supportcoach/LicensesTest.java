package dev.supportcoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project says its licence (LICENSE, the pom) and lists every runtime dependency's licence
 * in docs/licenses.md: a dependency added or upgraded without a row there fails this test. The
 * list of runtime dependencies is written by the build (maven-dependency-plugin, before the tests).
 */
class LicensesTest {
    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):(compile|runtime)", Pattern.MULTILINE);

    @Test
    void licenseFile_isTheApacheLicence() throws IOException {
        String text = Files.readString(Path.of("LICENSE"));
        assertThat(text).contains("Apache License", "Version 2.0, January 2004", "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
                "END OF TERMS AND CONDITIONS");
    }

    @Test
    void pom_declaresTheLicence() throws IOException {
        // the project's own <licenses>, before <dependencies> (the module does not read java.xml)
        String pom = Files.readString(Path.of("pom.xml"));
        String head = pom.substring(0, pom.indexOf("<dependencies>"));
        assertThat(head).containsPattern("(?s)<licenses>\\s*<license>\\s*<name>Apache-2.0</name>\\s*"
                + "<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>.*</license>\\s*</licenses>");
    }

    @Test
    void docs_listEveryRuntimeDependency_withItsVersionAndLicence() throws IOException {
        String list = Files.readString(Path.of("target/runtime-dependencies.txt"));
        String docs = Files.readString(Path.of("docs/licenses.md"));
        Matcher m = DEPENDENCY.matcher(list);
        List<String> missing = new ArrayList<>();
        int n = 0;
        while (m.find()) {
            n++;
            String artifact = m.group(1) + ":" + m.group(2);
            Matcher row = Pattern.compile("^\\| `" + Pattern.quote(artifact) + "`[^|]*\\| " + Pattern.quote(m.group(3)) + " \\| ([^|]+) \\|",
                    Pattern.MULTILINE).matcher(docs);
            if (!row.find() || row.group(1).isBlank()) {
                missing.add(artifact + ":" + m.group(3));
            }
        }
        assertThat(n).as("runtime dependencies read from target/runtime-dependencies.txt").isGreaterThan(20);
        assertThat(missing).as("runtime dependencies without a row (artifact, version, licence) in docs/licenses.md").isEmpty();
    }
}
