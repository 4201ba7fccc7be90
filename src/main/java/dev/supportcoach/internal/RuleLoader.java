package dev.supportcoach.internal;

import dev.supportcoach.Principle;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.signals.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rules directory into a {@link RuleSet}: parses and compiles the DRL, reads the word
 * lists and the phrasing catalogs, and checks that they fit together. Every problem found is
 * reported with its file, line and column; if there is any, nothing is returned.
 */
public final class RuleLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RuleLoader.class);
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** Word-list names a rule refers to: {@code list == "name"} or {@code list in ("a", "b")}. */
    private static final Pattern LIST_REF = Pattern.compile("list\\s*(==\\s*\"([a-z0-9_]+)\"|in\\s*\\(([^)]*)\\))");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    static final List<String> REC_PARTS = List.of("action", "reason", "phrasing");
    static final List<String> FINDING_PARTS = List.of("problem", "suggestion");

    /** Loads word lists and phrasing beside the DRL build; daemon threads, so a host can exit. */
    private static final java.util.concurrent.Executor LOADER = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "support-coach-rules-loader");
        t.setDaemon(true);
        return t;
    });

    private RuleLoader() {
    }

    /** A DRL file's text with its path relative to the rules directory. */
    record Source(String file, String text) {
    }

    /**
     * Loads and checks {@code root}.
     *
     * @throws RulesException listing every problem, when there is any
     */
    public static RuleSet load(Path root, Settings settings) {
        long t0 = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        Loaded l = check(root, problems, true);
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        RuleSet set = new RuleSet(l.kieBase, l.lexicon, l.phrasing, l.rules, l.usedLists, settings);
        LOG.info("loaded {} rules, {} word lists from {} in {} ms", l.rules.size(), l.lexicon.names().size(),
                root, (System.nanoTime() - t0) / 1_000_000);
        return set;
    }

    /** The result of checking a rules directory. */
    record Loaded(KieBase kieBase, Lexicon lexicon, Phrasing phrasing, Map<String, RuleInfo> rules, Set<String> usedLists) {
    }

    /**
     * Checks a rules directory, adding every problem to {@code problems}; builds the KieBase when
     * {@code build} is set and the DRL is sound.
     */
    public static Loaded check(Path root, List<RuleProblem> problems, boolean build) {
        if (!Files.isDirectory(root)) {
            problems.add(new RuleProblem(root.toString(), 0, 0, "not a directory"));
            return new Loaded(null, null, null, Map.of(), Set.of());
        }
        long t0 = System.nanoTime();
        // word lists and phrasing load on a second thread while the DRL is parsed and compiled:
        // the two do not depend on each other until the cross-checks at the end
        List<RuleProblem> textProblems = new ArrayList<>();
        CompletableFuture<Object[]> texts = CompletableFuture.supplyAsync(() -> {
            Lexicon lexicon = Lexicon.load(root, textProblems);
            Phrasing phrasing = Phrasing.load(root, textProblems);
            return new Object[] {lexicon, phrasing};
        }, LOADER);
        List<Source> sources = readDrl(root, problems);
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        List<PackageDescr> descrs = new ArrayList<>();
        Map<String, Set<String>> supplied = new HashMap<>();
        boolean parsed = parse(sources, rules, descrs, supplied, problems);
        long t1 = System.nanoTime();
        KieBase kieBase = null;
        if (parsed && build) {
            checkJavaDialect(descrs, problems);
        }
        if (parsed && build && problems.isEmpty()) {
            kieBase = compile(descrs, problems);
        }
        long t2 = System.nanoTime();
        Object[] loaded = texts.join();
        Lexicon lexicon = (Lexicon) loaded[0];
        Phrasing phrasing = (Phrasing) loaded[1];
        problems.addAll(textProblems);
        checkLanguages(lexicon, phrasing, problems);
        Set<String> usedLists = checkListNames(sources, lexicon, problems);
        // with a file that does not parse, its rules are unknown: their phrasing would look unused
        checkPhrasing(rules, phrasing, parsed, problems);
        checkPlaceholders(rules, supplied, phrasing, problems);
        if (!problems.isEmpty()) {
            kieBase = null; // nothing half-loaded
        }
        LOG.debug("parse {} ms, compile {} ms, then waited {} ms for word lists and phrasing", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new Loaded(kieBase, lexicon, phrasing, rules, usedLists);
    }

    private static List<Source> readDrl(Path root, List<RuleProblem> problems) {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                try {
                    out.add(new Source(Lexicon.relative(root, f), Files.readString(f, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    problems.add(new RuleProblem(Lexicon.relative(root, f), 0, 0, "cannot read: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new RuleProblem(root.toString(), 0, 0, "cannot list: " + e.getMessage()));
        }
        if (out.isEmpty()) {
            problems.add(new RuleProblem(root.toString(), 0, 0, "no .drl files"));
        }
        return out;
    }

    /** Parses each file on its own, so a syntax error in one does not hide the others. */
    private static boolean parse(List<Source> sources, Map<String, RuleInfo> rules, List<PackageDescr> descrs,
                                 Map<String, Set<String>> supplied, List<RuleProblem> problems) {
        boolean ok = true;
        for (Source s : sources) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(resource(s), s.text());
            } catch (Exception e) {
                problems.add(new RuleProblem(s.file(), 0, 0, "cannot parse: " + e.getMessage()));
                ok = false;
                continue;
            }
            if (parser.hasErrors()) {
                ok = false;
                for (DroolsError e : parser.getErrors()) {
                    int line = e instanceof ParserError pe ? pe.getRow() : firstLine(e.getLines());
                    int col = e instanceof ParserError pe ? pe.getCol() : 0;
                    String message = clean(e.getMessage());
                    if (col == 0 && line > 1) {
                        // the parser notices a missing ')' or ',' only at the next line's first word
                        message += " (the mistake is often at the end of line " + (line - 1) + ")";
                    }
                    problems.add(new RuleProblem(s.file(), line, col + 1, message));
                }
                continue;
            }
            if (pkg == null) {
                continue;
            }
            descrs.add(pkg);
            for (RuleDescr r : pkg.getRules()) {
                String id = r.getName();
                int line = r.getLine();
                if (!ID.matcher(id).matches()) {
                    problems.add(new RuleProblem(s.file(), line, r.getColumn() + 1,
                            "rule id '" + id + "' must be UPPER_SNAKE (letters, digits, underscores)"));
                }
                RuleInfo before = rules.get(id);
                if (before != null) {
                    problems.add(new RuleProblem(s.file(), line, r.getColumn() + 1,
                            "rule id " + id + " is used twice (also " + before.file() + ":" + before.line() + ")"));
                    continue;
                }
                String consequence = String.valueOf(r.getConsequence());
                supplied.put(id, suppliedPlaceholders(consequence));
                RuleInfo.Kind kind = consequence.contains("Rec.of(") ? RuleInfo.Kind.RECOMMENDATION
                        : consequence.contains("Finding.of(") || consequence.contains("Finding.at(") ? RuleInfo.Kind.FINDING
                        : consequence.contains("Assessment.of(") ? RuleInfo.Kind.STATE : RuleInfo.Kind.RESOLUTION;
                String title = annotation(r, "title");
                String principleName = annotation(r, "principle");
                Principle principle = null;
                if (principleName != null) {
                    try {
                        principle = Principle.valueOf(principleName);
                    } catch (IllegalArgumentException e) {
                        problems.add(new RuleProblem(s.file(), line, 1, "rule " + id + ": unknown principle '" + principleName
                                + "' (one of " + java.util.Arrays.toString(Principle.values()) + ")"));
                    }
                } else if (kind == RuleInfo.Kind.RECOMMENDATION || kind == RuleInfo.Kind.FINDING) {
                    problems.add(new RuleProblem(s.file(), line, 1, "rule " + id + " needs @principle(...)"));
                }
                if (title == null || title.isBlank()) {
                    problems.add(new RuleProblem(s.file(), line, 1, "rule " + id + " needs @title(\"...\")"));
                }
                int priority = 5;
                String p = annotation(r, "priority");
                if (p != null) {
                    try {
                        priority = Integer.parseInt(p);
                        if (priority < 1 || priority > 9) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        problems.add(new RuleProblem(s.file(), line, 1, "rule " + id + ": @priority must be a whole number from 1 to 9"));
                    }
                }
                rules.put(id, new RuleInfo(id, title, principle, kind, priority, s.file(), line));
            }
        }
        return ok;
    }

    private static String annotation(RuleDescr r, String name) {
        AnnotationDescr a = r.getAnnotation(name);
        if (a == null) {
            return null;
        }
        Object v = a.getSingleValueStripped();
        return dev.supportcoach.facts.RuleMeta.text(v != null ? v : a.getValue());
    }

    /**
     * The languages are the rules' own: each has word lists ({@code lexicon/<lang>/}) and a
     * phrasing catalog ({@code phrasing/<lang>.txt}) whose letters tell the script it is written in.
     */
    private static void checkLanguages(Lexicon lexicon, Phrasing phrasing, List<RuleProblem> problems) {
        if (lexicon == null || phrasing == null) {
            return;
        }
        for (String lang : lexicon.languages()) {
            if (!phrasing.languages().contains(lang)) {
                problems.add(new RuleProblem("lexicon/" + lang, 0, 0, "word lists for '" + lang + "' but no phrasing/" + lang + ".txt"));
            }
        }
        for (String lang : phrasing.languages()) {
            String file = "phrasing/" + lang + ".txt";
            if (!LANGUAGE_CODE.matcher(lang).matches()) {
                problems.add(new RuleProblem(file, 0, 0, "'" + lang + "' is not a language code (two or three lower-case letters, e.g. de)"));
            } else if (!lexicon.languages().contains(lang)) {
                problems.add(new RuleProblem(file, 0, 0, "a catalog for '" + lang + "' but no word lists in lexicon/" + lang + "/"));
            } else if (phrasing.script(lang) == null) {
                problems.add(new RuleProblem(file, 0, 0, "no wording: the catalog needs texts (their letters tell the script of '" + lang + "')"));
            }
        }
        if (phrasing.languages().isEmpty()) {
            problems.add(new RuleProblem("phrasing", 0, 0, "no language: add phrasing/<lang>.txt and lexicon/<lang>/"));
        }
    }

    /** The word lists the rules refer to; unknown names are reported. */
    private static Set<String> checkListNames(List<Source> sources, Lexicon lexicon, List<RuleProblem> problems) {
        Set<String> used = new TreeSet<>();
        if (lexicon == null) {
            return used;
        }
        Set<String> known = lexicon.knownLists();
        for (Source s : sources) {
            // comments out, offsets kept: a "list in (...)" may run over several lines
            String code = withoutLineComments(s.text());
            Matcher m = LIST_REF.matcher(code);
            while (m.find()) {
                List<int[]> names = new ArrayList<>();
                if (m.group(2) != null) {
                    names.add(new int[] {m.start(2), m.end(2)});
                } else {
                    Matcher q = QUOTED.matcher(m.group(3));
                    while (q.find()) {
                        names.add(new int[] {m.start(3) + q.start(1), m.start(3) + q.end(1)});
                    }
                }
                for (int[] at : names) {
                    String n = code.substring(at[0], at[1]);
                    used.add(n);
                    if (!known.contains(n)) {
                        int line = 1;
                        int lineStart = 0;
                        for (int i = 0; i < at[0]; i++) {
                            if (code.charAt(i) == '\n') {
                                line++;
                                lineStart = i + 1;
                            }
                        }
                        problems.add(new RuleProblem(s.file(), line, at[0] - lineStart + 1,
                                "unknown word list \"" + n + "\" (no lexicon/<lang>/" + n + ".txt)"));
                    }
                }
            }
        }
        return used;
    }

    /** {@code text} with every {@code //} comment blanked out, so offsets and lines stay the same. */
    private static String withoutLineComments(String text) {
        StringBuilder sb = new StringBuilder(text);
        int i = 0;
        boolean inString = false;
        while (i < sb.length()) {
            char c = sb.charAt(i);
            if (c == '"' && (i == 0 || sb.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '/' && i + 1 < sb.length() && sb.charAt(i + 1) == '/') {
                while (i < sb.length() && sb.charAt(i) != '\n') {
                    sb.setCharAt(i, ' ');
                    i++;
                }
                continue;
            } else if (c == '\n') {
                inString = false;
            }
            i++;
        }
        return sb.toString();
    }

    /** Placeholders every rule's phrasing may use. */
    static final Set<String> ALWAYS = Set.of("ticket", "customer", "minutes", "hours", "followUps", "reopens", "slaTarget",
            "slaOver", "slaLeft");
    /** Placeholders a recommendation's phrasing may use when the rule gives evidence. */
    static final Set<String> WITH_EVIDENCE = Set.of("quote", "quotes", "message", "where", "count");
    private static final Pattern ARG = Pattern.compile("\\.arg(?:First)?\\(\\s*\"([A-Za-z0-9_]+)\"");

    /** What a rule's consequence supplies to its phrasing: its args, and evidence when it gives some. */
    private static Set<String> suppliedPlaceholders(String consequence) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(consequence);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (consequence.contains(".evidence(")) {
            out.addAll(WITH_EVIDENCE);
        }
        if (consequence.contains("Finding.")) {
            out.add("text");
        }
        return out;
    }

    /**
     * Every placeholder a rule's phrasing uses must be one the engine or the rule supplies: a
     * name misspelt the same way in every language would otherwise print nothing.
     */
    private static void checkPlaceholders(Map<String, RuleInfo> rules, Map<String, Set<String>> supplied, Phrasing phrasing,
                                          List<RuleProblem> problems) {
        if (phrasing == null) {
            return;
        }
        for (RuleInfo r : rules.values()) {
            List<String> parts = r.kind() == RuleInfo.Kind.RECOMMENDATION ? REC_PARTS
                    : r.kind() == RuleInfo.Kind.FINDING ? FINDING_PARTS : List.of();
            Set<String> known = new TreeSet<>(ALWAYS);
            known.addAll(supplied.getOrDefault(r.id(), Set.of()));
            for (String part : parts) {
                for (String lang : phrasing.languages()) {
                    Phrasing.Entry e = phrasing.entry(lang, r.id() + "." + part);
                    if (e == null) {
                        continue;
                    }
                    for (String name : e.template().placeholders()) {
                        if (!known.contains(name)) {
                            problems.add(new RuleProblem(e.file(), e.line(), 1, "'" + r.id() + "." + part + "' uses {" + name
                                    + "}, which rule " + r.id() + " does not supply (it supplies " + known + ")"));
                        }
                    }
                }
            }
        }
    }

    private static void checkPhrasing(Map<String, RuleInfo> rules, Phrasing phrasing, boolean allParsed,
                                      List<RuleProblem> problems) {
        if (phrasing == null) {
            return;
        }
        Set<String> used = new TreeSet<>();
        for (RuleInfo r : rules.values()) {
            List<String> parts = r.kind() == RuleInfo.Kind.RECOMMENDATION ? REC_PARTS
                    : r.kind() == RuleInfo.Kind.FINDING ? FINDING_PARTS : List.of();
            for (String part : parts) {
                String key = r.id() + "." + part;
                used.add(key);
                for (String lang : phrasing.languages()) {
                    if (phrasing.entry(lang, key) == null) {
                        problems.add(new RuleProblem(r.file(), r.line(), 1,
                                "rule " + r.id() + " has no '" + key + "' in phrasing/" + lang + ".txt"));
                    }
                }
            }
        }
        if (!allParsed) {
            return;
        }
        for (String lang : phrasing.languages()) {
            phrasing.entries(lang).entrySet().stream()
                    .filter(e -> !used.contains(e.getKey()) && !e.getKey().startsWith("_"))
                    .sorted(Comparator.comparingInt(e -> e.getValue().line()))
                    .forEach(e -> {
                        // the labels block is read by Java, not by rules: only a key Java does not know is a mistake
                        String why = Labels.isLabelKey(e.getKey()) ? Labels.unknown(e.getKey()) : "'" + e.getKey() + "' is not used by any rule";
                        if (why != null) {
                            problems.add(new RuleProblem(e.getValue().file(), e.getValue().line(), 1, why));
                        }
                    });
        }
    }

    /** The Eclipse compiler, which Drools needs for rules in the Java dialect; an optional dependency. */
    private static final String ECLIPSE_COMPILER = "org.eclipse.jdt.internal.compiler.Compiler";

    /**
     * Rules in {@code dialect "java"} need Eclipse's compiler, which the library leaves out of an
     * embedder's dependencies (the bundled rules use MVEL): say so at the rule, rather than let
     * the build fail inside Drools.
     */
    private static void checkJavaDialect(List<PackageDescr> descrs, List<RuleProblem> problems) {
        try {
            Class.forName(ECLIPSE_COMPILER, false, RuleLoader.class.getClassLoader());
            return;
        } catch (ClassNotFoundException | LinkageError e) {
            // not there: rules in the Java dialect cannot be built
        }
        for (int i = 0; i < descrs.size(); i++) {
            PackageDescr pkg = descrs.get(i);
            var fileDialect = pkg.getAttribute("dialect");
            for (RuleDescr r : pkg.getRules()) {
                var ruleDialect = r.getAttributes().get("dialect");
                String dialect = ruleDialect != null ? ruleDialect.getValue() : fileDialect != null ? fileDialect.getValue() : null;
                if (dialect != null && dialect.replace("\"", "").strip().equals("java")) {
                    problems.add(new RuleProblem(pkg.getResource() != null ? pkg.getResource().getSourcePath() : "?",
                            r.getLine(), 1, "rule " + r.getName() + " is in dialect \"java\", which needs Eclipse's compiler "
                            + "on the class path (Maven: org.drools:drools-ecj); leave the dialect out to use MVEL, as the bundled rules do"));
                }
            }
        }
    }

    /** Builds the parsed files (each is parsed once, by {@link #parse}) into one KieBase. */
    private static KieBase compile(List<PackageDescr> descrs, List<RuleProblem> problems) {
        var conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleLoader.class.getClassLoader());
        // One dialect for all rules: MVEL. Consequences only insert or modify facts, and MVEL builds
        // them without an in-memory Java compile, which halves the time to load the rules.
        conf.setProperty("drools.dialect.default", "mvel");
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (PackageDescr d : descrs) {
            ((org.drools.compiler.builder.impl.KnowledgeBuilderImpl) kb).addPackage(d);
        }
        if (kb.hasErrors()) {
            for (KnowledgeBuilderError e : kb.getErrors()) {
                String file = e.getResource() != null && e.getResource().getSourcePath() != null
                        ? e.getResource().getSourcePath() : "?";
                int col = e instanceof ParserError pe ? pe.getCol() + 1 : 0;
                problems.add(new RuleProblem(file, firstLine(e.getLines()), col, clean(e.getMessage())));
            }
            return null;
        }
        // equal facts are one fact: an Assessment concluded twice from the same words (once per
        // matching pair of a join) is kept once, and what follows from it fires once
        var base = org.kie.api.KieServices.Factory.get().newKieBaseConfiguration(null, RuleLoader.class.getClassLoader());
        base.setOption(org.kie.api.conf.EqualityBehaviorOption.EQUALITY);
        return ((org.drools.compiler.builder.impl.KnowledgeBuilderImpl) kb).newKnowledgeBase(base);
    }

    private static Resource resource(Source s) {
        Resource r = ResourceFactory.newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8));
        r.setSourcePath(s.file());
        r.setResourceType(ResourceType.DRL);
        return r;
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
    }

    private static String clean(String msg) {
        if (msg == null) {
            return "error";
        }
        return msg.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
