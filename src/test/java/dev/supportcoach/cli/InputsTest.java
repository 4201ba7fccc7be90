package dev.supportcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No case is lost: a stream answers every line, in order, whatever its first line holds; a
 * document is one case; {@code --jsonl} forces lines.
 */
class InputsTest {
    private static final Path BAD_FIRST = Path.of("src/test/resources/cli/bad-first-line.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Inputs.Item> read(String label, String text, boolean lines) throws IOException {
        List<Inputs.Item> out = new ArrayList<>();
        Inputs.read(label, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lines, out::add);
        return out;
    }

    private static List<String> sources(List<Inputs.Item> items) {
        return items.stream().map(Inputs.Item::source).toList();
    }

    @Test
    void stdinStream_withAMalformedFirstLine_answersEveryLineInOrder_golden() throws IOException {
        CliTest.Run r = CliTest.runWithStdin(Files.readString(BAD_FIRST), "advise", "--format", "json", "-");
        assertThat(r.exit()).as("a failed line makes the exit code 1").isEqualTo(1);
        CliTest.golden("bad-first-line-stdin.jsonl", r.out());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            lines.add(MAPPER.readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("source").asText()).isEqualTo("<stdin>:1");
        assertThat(lines.get(0).path("error").asText()).contains("malformed JSON");
        assertThat(lines.get(1).path("ticketId").asText()).isEqualTo("S-1");
        assertThat(lines.get(2).path("source").asText()).isEqualTo("<stdin>:3");
        assertThat(lines.get(3).path("ticketId").asText()).isEqualTo("S-2");
    }

    @Test
    void jsonFile_withAMalformedFirstLine_answersEveryLineInOrder_golden() throws IOException {
        CliTest.Run r = CliTest.run("advise", "--format", "json", BAD_FIRST.toString());
        assertThat(r.exit()).isEqualTo(1);
        CliTest.golden("bad-first-line-file.jsonl", r.out());
        assertThat(r.out().strip().split("\n")).hasSize(4);
        assertThat(r.out()).contains("\"source\":\"" + BAD_FIRST + ":1\"", "\"source\":\"" + BAD_FIRST + ":3\"",
                "\"ticketId\":\"S-1\"", "\"ticketId\":\"S-2\"");
    }

    @Test
    void textFormat_answersEveryLineToo() {
        CliTest.Run r = CliTest.run("advise", BAD_FIRST.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Error in " + BAD_FIRST + ":1", "Ticket S-1", "Error in " + BAD_FIRST + ":3", "Заявка S-2");
        assertThat(r.out().indexOf("Ticket S-1")).isLessThan(r.out().indexOf("Заявка S-2"));
    }

    @Test
    void twoBrokenLinesFirst_thenCases_stillLines() throws IOException {
        String good = Files.readAllLines(BAD_FIRST).get(1);
        List<Inputs.Item> items = read("in", "not json\n{\"ticket\": \n\n" + good + "\n" + good + "\n", false);
        assertThat(sources(items)).containsExactly("in:1", "in:2", "in:4", "in:5");
    }

    @Test
    void aCaseCutOffBeforeTheNextLine_isOneLineAmongOthers() throws IOException {
        // line 1 opens an array that line 2's object could belong to: the document breaks only at line 3
        String good = Files.readAllLines(BAD_FIRST).get(1);
        List<Inputs.Item> items = read("in", "{\"ticket\": {\"id\": \"X\"}, \"conversation\": [\n" + good + "\n" + good + "\n", false);
        assertThat(sources(items)).containsExactly("in:1", "in:2", "in:3");
        assertThat(items.get(1).json()).isEqualTo(good);
    }

    @Test
    void aDocumentFollowedByLines_isLines() throws IOException {
        String good = Files.readAllLines(BAD_FIRST).get(1);
        List<Inputs.Item> items = read("in", "{\n  \"ticket\": {\"id\": \"P\"},\n  \"conversation\": []\n}\n" + good + "\n", false);
        assertThat(sources(items)).containsExactly("in:1", "in:2", "in:3", "in:4", "in:5");
    }

    @Test
    void aPrettyPrintedDocument_isOneCase_evenWithAWholeObjectOnALine() throws IOException {
        String doc = "{\"ticket\": {\"id\": \"P\"}, \"conversation\": [\n  {\"author\": \"customer\", \"text\": \"hi\"}\n]}\n";
        List<Inputs.Item> items = read("case.json", doc, false);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).source()).isEqualTo("case.json");
        assertThat(items.get(0).json().strip()).isEqualTo(doc.strip());
    }

    @Test
    void aBrokenPrettyPrintedDocument_isOneError_withItsLineAndColumn() {
        CliTest.Run r = CliTest.runWithStdin("{\n  \"ticket\": {\"id\": \"P\"},\n  \"conversation\": [\n    {\"author\": \"customer\" \"text\": \"hi\"}\n  ]\n}\n",
                "advise", "--format", "json", "-");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().strip().split("\n")).hasSize(1);
        assertThat(r.out()).contains("\"source\":\"<stdin>\"", "line 4, column");
    }

    @Test
    void jsonlOption_forcesLines() {
        CliTest.Run r = CliTest.run("advise", "--format", "json", "--jsonl", "examples/vpn-blocked-en.json");
        assertThat(r.exit()).isEqualTo(1);
        String[] out = r.out().strip().split("\n");
        assertThat(out).hasSizeGreaterThan(10);
        assertThat(out[0]).contains("\"source\":\"examples/vpn-blocked-en.json:1\"");
    }

    @Test
    void emptyInput_isOneError() throws IOException {
        assertThat(read("in", "\n \n", false)).singleElement().satisfies(i -> assertThat(i.error()).contains("empty input"));
        assertThat(read("in", "", true)).singleElement().satisfies(i -> assertThat(i.error()).contains("empty input"));
    }

    @Test
    void aByteOrderMark_isIgnored(@TempDir Path dir) throws IOException {
        String good = Files.readAllLines(BAD_FIRST).get(1);
        List<Inputs.Item> items = read("in", "\uFEFF" + good + "\n" + good + "\n", false);
        assertThat(sources(items)).containsExactly("in:1", "in:2");
        assertThat(items.get(0).json()).isEqualTo(good);
    }
}
