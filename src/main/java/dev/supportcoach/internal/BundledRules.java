package dev.supportcoach.internal;

import dev.supportcoach.SupportCoachException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the rules packaged with the library: {@code /dev/supportcoach/rules} in its jar (or
 * classes folder), under the library's own package path, so that a host application's
 * {@code rules/} folder on the class path cannot be taken for them.
 */
public final class BundledRules {
    /** The bundled rules directory, as a resource path. */
    static final String DIRECTORY = "/dev/supportcoach/rules";
    private static final String MARKER = DIRECTORY + "/README.md";

    private BundledRules() {
    }

    /** The bundled rules directory as a {@link Path}, inside the jar when packaged. */
    public static synchronized Path root() {
        URL url = BundledRules.class.getResource(MARKER);
        if (url == null) {
            throw new SupportCoachException("the bundled rules are missing from the class path (" + MARKER + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(DIRECTORY);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new SupportCoachException("cannot open the bundled rules at " + url, e);
        }
    }
}
