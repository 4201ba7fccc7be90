package dev.supportcoach.internal;

import dev.supportcoach.Advice;
import dev.supportcoach.Recommendation;
import dev.supportcoach.ExpectedAdvice;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.ExampleResult;
import dev.supportcoach.Firing;
import dev.supportcoach.Limits;
import dev.supportcoach.RuleExample;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCoachException;
import dev.supportcoach.signals.Lexicon;
import dev.supportcoach.signals.LexiconExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a rules directory as a whole: the DRL compiles, word lists and phrasing are sound and
 * agree with the rules, every rule has examples of both kinds in every language, and every
 * example passes.
 */
public final class RuleValidator {
    private RuleValidator() {
    }

    /** Every problem of {@code root}; empty when it is sound and its examples pass. */
    public static List<RuleProblem> validate(Path root) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleSet set;
        try {
            set = RuleLoader.load(root, defaults());
        } catch (RulesException e) {
            problems.addAll(e.problems());
            // the examples cannot run, but they can still be read and checked for coverage
            List<RuleProblem> more = new ArrayList<>();
            List<RuleExample> examples = Examples.load(root, more);
            problems.addAll(more);
            return problems;
        }
        problems.addAll(LexiconExamples.run(set.lexicon(), LexiconExamples.load(root, problems)));
        problems.addAll(set.missingLabels());
        checkLanguagesMatch(set.lexicon(), root, problems);
        List<RuleExample> examples = Examples.load(root, problems);
        List<ExampleResult> results = run(set, examples);
        coverage(set.rules(), set.languages(), results, problems);
        for (ExampleResult r : results) {
            for (String f : r.failures()) {
                problems.add(new RuleProblem(r.example().file(), r.example().line(), 1,
                        "example '" + r.example().name() + "': " + f));
            }
        }
        return problems;
    }

    /** Default settings, as an engine built with no options has them. */
    public static Settings defaults() {
        return new Settings(Set.of(), Map.of(), null, 10_000, Limits.DEFAULT, Clock.systemUTC());
    }

    /** Runs the examples on a loaded rule set. */
    public static List<ExampleResult> run(RuleSet set, List<RuleExample> examples) {
        List<ExampleResult> out = new ArrayList<>();
        for (RuleExample ex : examples) {
            List<String> failures = new ArrayList<>();
            Set<String> fired = new LinkedHashSet<>();
            String lang = "?";
            try {
                List<Firing> trace = new ArrayList<>();
                Advice a = set.evaluate(ex.supportCase(), trace);
                lang = a.language();
                trace.forEach(f -> fired.add(f.ruleId()));
                if (ex.expected() != null) {
                    compare(ex.expected(), a, failures);
                }
            } catch (SupportCoachException e) {
                failures.add("evaluation failed: " + e.getMessage());
            }
            for (String id : ex.fires()) {
                if (!set.rules().containsKey(id)) {
                    failures.add("names unknown rule " + id);
                } else if (!fired.contains(id)) {
                    failures.add("expected " + id + " to fire; fired: " + (fired.isEmpty() ? "nothing" : new TreeSet<>(fired)));
                }
            }
            for (String id : ex.silent()) {
                if (!set.rules().containsKey(id)) {
                    failures.add("names unknown rule " + id);
                } else if (fired.contains(id)) {
                    failures.add("expected " + id + " to stay silent, but it fired");
                }
            }
            out.add(new ExampleResult(ex, lang, fired, failures));
        }
        return out;
    }

    /** The advice against what the example asserts about it. */
    static void compare(ExpectedAdvice want, Advice a, List<String> failures) {
        if (want.recommendations() != null) {
            List<String> got = a.recommendations().stream().map(Recommendation::id).toList();
            if (!got.equals(want.recommendations())) {
                failures.add("expected recommendations " + want.recommendations() + " in this order; got " + got);
            }
        }
        if (want.findings() != null) {
            List<String> problems = new ArrayList<>();
            if (want.findings().size() != a.draftFindings().size()) {
                problems.add("expected " + want.findings().size() + " findings");
            }
            for (int i = 0; i < Math.min(want.findings().size(), a.draftFindings().size()); i++) {
                ExpectedAdvice.Finding w = want.findings().get(i);
                DraftFinding g = a.draftFindings().get(i);
                if (!w.id().equals(g.id())) {
                    problems.add("finding " + (i + 1) + " is " + g.id() + ", expected " + w.id());
                } else if (w.text() != null && !w.text().equals(g.text())) {
                    problems.add(g.id() + " flags \"" + g.text() + "\", expected \"" + w.text() + "\"");
                } else if (w.replacement() != null && !w.replacement().equals(g.replacement())) {
                    problems.add(g.id() + " replaces it with " + (g.replacement() == null ? "nothing" : "\"" + g.replacement() + "\"")
                            + ", expected \"" + w.replacement() + "\"");
                } else if (w.noReplacement() && g.replacement() != null) {
                    problems.add(g.id() + " has the replacement \"" + g.replacement() + "\", expected none");
                }
            }
            if (!problems.isEmpty()) {
                failures.add(String.join("; ", problems) + "; got " + a.draftFindings().stream()
                        .map(f -> f.id() + " \"" + f.text() + "\"" + (f.replacement() == null ? "" : " -> \"" + f.replacement() + "\""))
                        .toList());
            }
        }
        if (want.revisedDraft() && !java.util.Objects.equals(want.revised(), a.revisedDraft())) {
            failures.add("expected the revised draft " + (want.revised() == null ? "to be absent" : "\"" + want.revised() + "\"")
                    + "; got " + (a.revisedDraft() == null ? "none" : "\"" + a.revisedDraft() + "\""));
        }
    }

    /** Every rule needs a firing example and a near-miss in each language the rules provide. */
    private static void coverage(Map<String, RuleInfo> rules, Set<String> languages, List<ExampleResult> results,
                                 List<RuleProblem> problems) {
        List<String> needed = new ArrayList<>();
        for (String lang : languages) {
            needed.add("fires/" + lang);
            needed.add("silent/" + lang);
        }
        Map<String, Set<String>> kinds = new HashMap<>();
        for (ExampleResult r : results) {
            r.example().fires().forEach(id -> kinds.computeIfAbsent(id, k -> new TreeSet<>()).add("fires/" + r.language()));
            r.example().silent().forEach(id -> kinds.computeIfAbsent(id, k -> new TreeSet<>()).add("silent/" + r.language()));
        }
        for (RuleInfo rule : rules.values()) {
            Set<String> have = kinds.getOrDefault(rule.id(), Set.of());
            List<String> missing = new ArrayList<>();
            for (String need : needed) {
                if (!have.contains(need)) {
                    missing.add(need);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new RuleProblem(rule.file(), rule.line(), 1, "rule " + rule.id()
                        + " lacks examples: " + String.join(", ", missing) + " (add them to examples/)"));
            }
        }
    }

    /** Every language folder holds the same files, so no list is missing in one language. */
    private static void checkLanguagesMatch(Lexicon lexicon, Path root, List<RuleProblem> problems) {
        Map<String, Set<String>> files = new HashMap<>();
        for (String lang : lexicon.languages()) {
            try (Stream<Path> s = Files.list(root.resolve("lexicon").resolve(lang))) {
                files.put(lang, new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()));
            } catch (IOException e) {
                problems.add(new RuleProblem("lexicon/" + lang, 0, 0, "cannot list: " + e.getMessage()));
            }
        }
        Set<String> all = new TreeSet<>();
        files.values().forEach(all::addAll);
        for (var e : files.entrySet()) {
            for (String f : all) {
                if (!e.getValue().contains(f)) {
                    problems.add(new RuleProblem("lexicon/" + e.getKey() + "/" + f, 0, 0,
                            "missing: the other languages have " + f));
                }
            }
        }
    }
}
