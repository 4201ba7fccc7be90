package dev.supportcoach.audit;

import dev.supportcoach.Principle;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCoachException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How an audit scores: the weight of each principle in the overall score, the rules or
 * principles whose failure is critical, the positive signal (word lists) a reply must show to
 * honour a recommendation, and how many worst moments a conversation lists. It lives beside
 * the rules in {@code audit.properties}, where a support lead tunes it; the method itself is
 * described in {@code docs/audit.md}. Immutable and thread-safe.
 *
 * <pre>
 * weight.EMPATHY = 1.5
 * critical = NO_RETALIATION, NO_MOCKERY
 * signal.ACKNOWLEDGE_BLOCKED_WORK = apology, empathy, ownership
 * worstMoments = 3
 * </pre>
 */
public final class AuditMethod {
    /** The file name of the method in a rules directory. */
    public static final String FILE_NAME = "audit.properties";
    /** Where the jar keeps the bundled rules' method: beside the rules, wherever they are packaged. */
    private static final List<String> BUNDLED = List.of("/dev/supportcoach/rules/" + FILE_NAME, "/rules/" + FILE_NAME);
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern LIST_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> PRINCIPLES = java.util.Arrays.stream(Principle.values())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final String source;
    private final Map<Principle, Double> weights;
    private final Set<String> critical;
    private final Map<String, List<String>> signals;
    private final int worstMoments;
    /** The line each rule id was named on, to place an error about an id the rules do not have. */
    private final Map<String, Integer> idLines;

    private AuditMethod(String source, Map<Principle, Double> weights, Set<String> critical,
                        Map<String, List<String>> signals, int worstMoments, Map<String, Integer> idLines) {
        this.source = source;
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        this.critical = Collections.unmodifiableSet(new LinkedHashSet<>(critical));
        this.signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
        this.worstMoments = worstMoments;
        this.idLines = Collections.unmodifiableMap(new LinkedHashMap<>(idLines));
    }

    /** Every principle weighs 1, nothing is critical, no positive signals, three worst moments. */
    public static AuditMethod defaults() {
        return new AuditMethod("(defaults)", allOnes(), Set.of(), Map.of(), 3, Map.of());
    }

    /**
     * The method bundled with the library's rules ({@code rules/audit.properties} of the
     * checkout, packaged beside the rules in the jar).
     *
     * @throws RulesException if the bundled file has a problem (a packaging error)
     * @throws SupportCoachException if it is missing from the class path (a packaging error)
     */
    public static AuditMethod bundled() {
        for (String resource : BUNDLED) {
            try (InputStream in = AuditMethod.class.getResourceAsStream(resource)) {
                if (in != null) {
                    return parse(FILE_NAME, new InputStreamReader(in, StandardCharsets.UTF_8), null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled " + FILE_NAME, e);
            }
        }
        throw new SupportCoachException("the bundled " + FILE_NAME + " is missing from the class path (" + BUNDLED + ")");
    }

    /**
     * The method of a rules directory: its {@code audit.properties}, or {@link #defaults()} when
     * it has none.
     *
     * @throws RulesException listing every problem of the file, each with its line
     */
    public static AuditMethod forRules(Path rulesDirectory) {
        Path file = rulesDirectory.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? load(file) : defaults();
    }

    /**
     * Reads a method file. Word lists named by {@code signal.*} must exist under
     * {@code lexicon/} beside the file, when there is such a folder.
     *
     * @throws RulesException listing every problem, each as {@code audit.properties:LINE}
     * @throws SupportCoachException if the file cannot be read
     */
    public static AuditMethod load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        Path lexicon = file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().resolve("lexicon");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.getFileName().toString(), r, lexicon != null && Files.isDirectory(lexicon) ? lexicon : null);
        } catch (IOException e) {
            throw new SupportCoachException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static AuditMethod parse(String name, Reader reader, Path lexicon) throws IOException {
        Map<Principle, Double> weights = allOnes();
        Set<String> critical = new LinkedHashSet<>();
        Map<String, List<String>> signals = new LinkedHashMap<>();
        Map<String, Integer> idLines = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int worst = 3;
        List<RuleProblem> problems = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String raw;
        int lineNo = 0;
        while ((raw = in.readLine()) != null) {
            lineNo++;
            String line = raw.strip();
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(new RuleProblem(name, lineNo, 1, "expected 'key = value', found '" + line + "'"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            int column = value.isEmpty() ? raw.indexOf('=') + 1 : raw.indexOf(value, raw.indexOf('=')) + 1;
            Integer before = seen.putIfAbsent(key, lineNo);
            if (before != null) {
                problems.add(new RuleProblem(name, lineNo, 1, "'" + key + "' is already set on line " + before));
                continue;
            }
            if (key.startsWith("weight.")) {
                String p = key.substring("weight.".length());
                if (!PRINCIPLES.contains(p)) {
                    problems.add(new RuleProblem(name, lineNo, 1, "unknown principle '" + p + "' (one of " + java.util.Arrays.stream(Principle.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")"));
                    continue;
                }
                try {
                    double w = Double.parseDouble(value);
                    if (!(w >= 0) || Double.isInfinite(w)) {
                        throw new NumberFormatException();
                    }
                    weights.put(Principle.valueOf(p), w);
                } catch (NumberFormatException e) {
                    problems.add(new RuleProblem(name, lineNo, column, "weight must be a number from 0 up, found '" + value + "'"));
                }
            } else if (key.equals("critical")) {
                for (String id : items(value)) {
                    if (!RULE_ID.matcher(id).matches()) {
                        problems.add(new RuleProblem(name, lineNo, column(raw, id), "'" + id + "' is not a rule id or principle code (UPPER_SNAKE)"));
                    } else {
                        critical.add(id);
                        if (!PRINCIPLES.contains(id)) {
                            idLines.putIfAbsent(id, lineNo);
                        }
                    }
                }
            } else if (key.startsWith("signal.")) {
                String id = key.substring("signal.".length());
                if (!RULE_ID.matcher(id).matches()) {
                    problems.add(new RuleProblem(name, lineNo, 1, "'" + id + "' is not a rule id (UPPER_SNAKE)"));
                    continue;
                }
                List<String> lists = items(value);
                if (lists.isEmpty()) {
                    problems.add(new RuleProblem(name, lineNo, 1, "name at least one word list, e.g. " + key + " = empathy"));
                    continue;
                }
                for (String list : lists) {
                    if (!LIST_NAME.matcher(list).matches()) {
                        problems.add(new RuleProblem(name, lineNo, column(raw, list), "'" + list + "' is not a word list name (lower_snake)"));
                    } else if (lexicon != null && !listExists(lexicon, list)) {
                        problems.add(new RuleProblem(name, lineNo, column(raw, list), "no word list '" + list + "' in lexicon/"));
                    }
                }
                signals.put(id, List.copyOf(lists));
                idLines.putIfAbsent(id, lineNo);
            } else if (key.equals("worstMoments")) {
                try {
                    worst = Integer.parseInt(value);
                    if (worst < 0 || worst > 100) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problems.add(new RuleProblem(name, lineNo, column, "worstMoments must be a whole number from 0 to 100, found '" + value + "'"));
                }
            } else {
                problems.add(new RuleProblem(name, lineNo, 1, "unknown setting '" + key + "' (weight.PRINCIPLE, critical, signal.RULE_ID, worstMoments)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new AuditMethod(name, weights, critical, signals, worst, idLines);
    }

    /** The 1-based column of {@code token} in the value part of {@code line}. */
    private static int column(String line, String token) {
        return line.indexOf(token, line.indexOf('=')) + 1;
    }

    private static boolean listExists(Path lexicon, String list) {
        try (var langs = Files.list(lexicon)) {
            return langs.anyMatch(lang -> Files.isRegularFile(lang.resolve(list + ".txt")));
        } catch (IOException e) {
            return true; // the rules loader reports an unreadable lexicon
        }
    }

    private static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split("[,\\s]+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static Map<Principle, Double> allOnes() {
        Map<Principle, Double> w = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            w.put(p, 1.0);
        }
        return w;
    }

    /**
     * Checks that every rule id the method names is a rule in force.
     *
     * @throws RulesException naming the line of each unknown id
     */
    void check(Collection<RuleInfo> rules) {
        Set<String> ids = rules.stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<RuleProblem> problems = new ArrayList<>();
        idLines.forEach((id, line) -> {
            if (!ids.contains(id)) {
                problems.add(new RuleProblem(source, line, 1, "no rule " + id + " in the rules in force"));
            }
        });
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
    }

    /** Where the method was read from: a file name, or {@code (defaults)}. */
    public String source() {
        return source;
    }

    /** The weight of a principle in the overall score (0 and up; default 1). */
    public double weight(Principle principle) {
        return weights.get(principle);
    }

    /** All weights, by principle. */
    public Map<Principle, Double> weights() {
        return weights;
    }

    /** The rule ids and principle codes whose failure is critical, in file order. */
    public Set<String> critical() {
        return critical;
    }

    /** {@code true} if failing this rule, or any rule of this principle, is critical. */
    public boolean isCritical(String ruleId, Principle principle) {
        return critical.contains(ruleId) || critical.contains(principle.name());
    }

    /**
     * The word lists a reply must show a phrase of to honour a recommendation of this rule;
     * empty when the rule asks for no positive signal.
     */
    public List<String> signal(String ruleId) {
        return signals.getOrDefault(ruleId, List.of());
    }

    /** All positive signals, by rule id, in file order. */
    public Map<String, List<String>> signals() {
        return signals;
    }

    /** How many of its worst replies a conversation lists. */
    public int worstMoments() {
        return worstMoments;
    }

    @Override
    public String toString() {
        return "AuditMethod[" + source + "]";
    }
}
