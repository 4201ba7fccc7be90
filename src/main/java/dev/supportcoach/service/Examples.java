package dev.supportcoach.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled examples the page offers, read from the jar's {@code examples/} (the
 * repository's {@code examples/} directory) through its {@code catalog.tsv}: one line per file,
 * {@code file<TAB>from<TAB>title}, where {@code from} is {@code case} or a helpdesk id.
 */
final class Examples {
    private Examples() {
    }

    /** {@code [{"file", "from", "title", "payload"}, ...]} as JSON. */
    static String json() {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode out = mapper.createArrayNode();
        for (String line : read("examples/catalog.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("examples/catalog.tsv: expected file, from and title separated by tabs: " + line);
            }
            out.addObject().put("file", f[0]).put("from", f[1]).put("title", f[2])
                    .put("payload", read("examples/" + f[0]));
        }
        return out.toString();
    }

    static String read(String resource) {
        // Class (not ClassLoader) lookup: on the module path, the module's own resources are encapsulated
        try (InputStream in = Examples.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
