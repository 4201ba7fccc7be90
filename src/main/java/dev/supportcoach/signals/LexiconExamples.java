package dev.supportcoach.signals;

import dev.supportcoach.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The example sentences beside each word list, {@code lexicon/<lang>/<name>.examples.txt}:
 * {@code + } lines must match, with every match [bracketed]; {@code - } lines are near-misses
 * that must not match at all.
 */
public final class LexiconExamples {
    /** The first line of an examples file. */
    public static final String HEADER = "# support-coach word-list examples v1";

    private LexiconExamples() {
    }

    /**
     * One example sentence.
     *
     * @param file the examples file, relative to the rules directory
     * @param line its line
     * @param list the word list it tests
     * @param positive {@code true} for a {@code +} line
     * @param sentence the sentence without brackets
     * @param expected the bracketed spans, as {start, end} in {@code sentence}
     */
    public record Example(String file, int line, String list, boolean positive, String sentence, List<int[]> expected) {
        /** A short name for test reports. */
        public String label() {
            return file + ":" + line + " " + (positive ? "+ " : "- ") + sentence;
        }
    }

    /** Every example of every list under {@code root/lexicon}; format problems go to {@code problems}. */
    public static List<Example> load(Path root, List<RuleProblem> problems) {
        List<Example> out = new ArrayList<>();
        Path lex = root.resolve("lexicon");
        if (!Files.isDirectory(lex)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(lex, 2)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(Lexicon.EXAMPLES_SUFFIX)).sorted().toList()) {
                String name = f.getFileName().toString();
                read(root, f, name.substring(0, name.length() - Lexicon.EXAMPLES_SUFFIX.length()), out, problems);
            }
        } catch (IOException e) {
            problems.add(new RuleProblem("lexicon", 0, 0, "cannot read: " + e.getMessage()));
        }
        return out;
    }

    private static void read(Path root, Path file, String list, List<Example> out, List<RuleProblem> problems) {
        String rel = Lexicon.relative(root, file);
        List<String> lines = Lexicon.readLines(root, file, problems);
        if (!lines.isEmpty() && !lines.get(0).startsWith(HEADER)) {
            problems.add(new RuleProblem(rel, 1, 1, "the first line must start with '" + HEADER + "'"));
        }
        if (!Files.exists(file.resolveSibling(list + ".txt"))) {
            problems.add(new RuleProblem(rel, 1, 1, "examples for a list that does not exist: " + list + ".txt"));
        }
        int plus = 0;
        int minus = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            boolean positive = raw.startsWith("+");
            if (!positive && !raw.startsWith("-")) {
                problems.add(new RuleProblem(rel, i + 1, 1, "a line must start with '+' (must match) or '-' (must not)"));
                continue;
            }
            String body = raw.substring(1).strip();
            StringBuilder sentence = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            int open = -1;
            boolean broken = false;
            for (int k = 0; k < body.length(); k++) {
                char c = body.charAt(k);
                if (c == '[' && open < 0) {
                    open = sentence.length();
                } else if (c == ']' && open >= 0) {
                    spans.add(new int[] {open, sentence.length()});
                    open = -1;
                } else if (c == '[' || c == ']') {
                    broken = true;
                } else {
                    sentence.append(c);
                }
            }
            if (broken || open >= 0) {
                problems.add(new RuleProblem(rel, i + 1, 1, "unbalanced [brackets]"));
                continue;
            }
            if (positive && spans.isEmpty()) {
                problems.add(new RuleProblem(rel, i + 1, 1, "a '+' line needs the expected match in [brackets]"));
                continue;
            }
            if (!positive && !spans.isEmpty()) {
                problems.add(new RuleProblem(rel, i + 1, 1, "a '-' line must not have [brackets]"));
                continue;
            }
            if (positive) {
                plus++;
            } else {
                minus++;
            }
            out.add(new Example(rel, i + 1, list, positive, sentence.toString(), spans));
        }
        if (plus == 0 || minus == 0) {
            problems.add(new RuleProblem(rel, 1, 1, "needs at least one '+' and one '-' example (has " + plus + " and " + minus + ")"));
        }
    }

    /** What is wrong with {@code ex} under {@code lexicon}; {@code null} when it passes. */
    public static String check(Lexicon lexicon, Example ex) {
        List<Match> found = lexicon.find(ex.sentence()).stream().filter(m -> m.list().equals(ex.list())).toList();
        List<String> got = found.stream().map(m -> ex.sentence().substring(m.start(), m.end())).toList();
        List<String> want = ex.expected().stream().map(s -> ex.sentence().substring(s[0], s[1])).toList();
        boolean same = found.size() == ex.expected().size();
        for (int k = 0; same && k < found.size(); k++) {
            same = found.get(k).start() == ex.expected().get(k)[0] && found.get(k).end() == ex.expected().get(k)[1];
        }
        if (same) {
            return null;
        }
        return ex.positive()
                ? "expected " + quote(want) + ", found " + (got.isEmpty() ? "nothing" : quote(got))
                : "expected no match, found " + quote(got);
    }

    private static String quote(List<String> s) {
        return s.stream().map(x -> "[" + x + "]").collect(Collectors.joining(" "));
    }

    /** Every failing example, as a problem at its line. */
    public static List<RuleProblem> run(Lexicon lexicon, List<Example> examples) {
        List<RuleProblem> out = new ArrayList<>();
        for (Example ex : examples) {
            String failure = check(lexicon, ex);
            if (failure != null) {
                out.add(new RuleProblem(ex.file(), ex.line(), 1, "word list '" + ex.list() + "': " + failure));
            }
        }
        return out;
    }
}
