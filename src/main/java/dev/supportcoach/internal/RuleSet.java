package dev.supportcoach.internal;

import dev.supportcoach.Advice;
import dev.supportcoach.CustomerState;
import dev.supportcoach.DisplayNames;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Evidence;
import dev.supportcoach.Firing;
import dev.supportcoach.Principle;
import dev.supportcoach.Recommendation;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RuleLoopException;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCase;
import dev.supportcoach.facts.Assessment;
import dev.supportcoach.facts.CaseFacts;
import dev.supportcoach.facts.Finding;
import dev.supportcoach.facts.Hit;
import dev.supportcoach.facts.Rec;
import dev.supportcoach.facts.Who;
import dev.supportcoach.signals.Language;
import dev.supportcoach.signals.Lexicon;
import dev.supportcoach.signals.SignalExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * One loaded, immutable set of rules with everything needed to evaluate a case: the compiled
 * rules and a pool of sessions, the word lists and the phrasing. Thread-safe; an engine swaps
 * whole rule sets on reload, so an evaluation always sees one consistent set.
 */
public final class RuleSet {
    /** Conversation order, then the longer span first, then the list: a total order over hits. */
    static final Comparator<Hit> EVIDENCE_ORDER = Comparator.comparingInt((Hit h) -> h.isInSubject() ? Integer.MAX_VALUE : h.getMessage())
            .thenComparingInt(Hit::getStart).thenComparingInt(h -> -h.getEnd()).thenComparing(Hit::getList);
    private static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** The default language when none is configured, if the rules provide it; else their first language. */
    private static final String PREFERRED_DEFAULT = "en";

    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Lexicon lexicon;
    private final SignalExtractor extractor;
    private final Language languages;
    private final String defaultLanguage;
    private final Phrasing phrasing;
    private final Map<String, DisplayNames> names;
    private final Map<String, RuleInfo> rules;
    private final Settings settings;
    private final AgendaFilter filter;

    RuleSet(KieBase kieBase, Lexicon lexicon, Phrasing phrasing, Map<String, RuleInfo> rules, Set<String> usedLists,
            Settings settings) {
        checkSettings(rules, phrasing.languages(), settings);
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(POOL_SIZE);
        this.lexicon = lexicon;
        Map<String, Character.UnicodeScript> scripts = new LinkedHashMap<>();
        phrasing.languages().forEach(lang -> scripts.put(lang, phrasing.script(lang)));
        this.languages = new Language(scripts);
        this.defaultLanguage = settings.defaultLanguage() != null ? settings.defaultLanguage()
                : scripts.containsKey(PREFERRED_DEFAULT) ? PREFERRED_DEFAULT : scripts.keySet().iterator().next();
        this.extractor = new SignalExtractor(lexicon, usedLists, languages);
        this.phrasing = phrasing;
        this.names = phrasing.languages().stream().collect(Collectors.toUnmodifiableMap(l -> l, l -> new Labels(phrasing, l).names()));
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.settings = settings;
        Set<String> off = new HashSet<>();
        for (RuleInfo r : rules.values()) {
            if (settings.disabled().contains(r.id()) || (r.principle() != null && settings.disabled().contains(r.principle().name()))) {
                off.add(r.id());
            }
        }
        this.filter = off.isEmpty() ? null : match -> !off.contains(match.getRule().getName());
    }

    /** A rule id or a language in the configuration that the rules do not have is a typo: fail rather than ignore it. */
    private static void checkSettings(Map<String, RuleInfo> rules, Set<String> languages, Settings settings) {
        List<RuleProblem> unknown = new ArrayList<>();
        if (settings.defaultLanguage() != null && !languages.contains(settings.defaultLanguage())) {
            unknown.add(new RuleProblem("(configuration)", 0, 0, "language: the rules provide no '" + settings.defaultLanguage()
                    + "' (they provide " + String.join(", ", languages) + ")"));
        }
        for (String id : settings.disabled()) {
            if (!rules.containsKey(id) && Arrays.stream(Principle.values()).noneMatch(p -> p.name().equals(id))) {
                unknown.add(new RuleProblem("(configuration)", 0, 0, "disable: no rule or principle " + id));
            }
        }
        for (String id : settings.priorities().keySet()) {
            if (!rules.containsKey(id)) {
                unknown.add(new RuleProblem("(configuration)", 0, 0, "priority: no rule " + id));
            }
        }
        if (!unknown.isEmpty()) {
            throw new RulesException(unknown);
        }
    }

    /** The rules, by id, in file order. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The languages the rules provide (a word-list folder and a phrasing catalog each), sorted. */
    public Set<String> languages() {
        return languages.codes();
    }

    /**
     * The plain-text report of {@code advice} for {@code c}, in the advice's language: labels,
     * principle and state names from the labels block of its phrasing catalog.
     */
    public String report(SupportCase c, Advice advice) {
        return TextReport.render(new Labels(phrasing, advice.language()), c, advice);
    }

    /**
     * The names of the principles and states in {@code lang}, from its catalog's labels block.
     *
     * @throws IllegalArgumentException if the rules do not provide {@code lang}, naming the ones they do
     */
    public DisplayNames names(String lang) {
        DisplayNames n = names.get(lang);
        if (n == null) {
            throw new IllegalArgumentException("the rules provide no language '" + lang + "' (they provide "
                    + String.join(", ", languages()) + ")");
        }
        return n;
    }

    /** The keys of the labels block that a catalog lacks (a report shows codes or keys for them). */
    public List<RuleProblem> missingLabels() {
        List<RuleProblem> out = new ArrayList<>();
        for (String lang : languages()) {
            for (String key : Labels.required()) {
                if (phrasing.entry(lang, key) == null) {
                    out.add(new RuleProblem("phrasing/" + lang + ".txt", 0, 0, "no '" + key + "' in the labels block"
                            + " (reports show " + (key.startsWith(Labels.LABEL) ? "the key" : "the code") + " instead)"));
                }
            }
        }
        return out;
    }

    /** The language of a case that neither its ticket nor its text decides. */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** Evaluates a case; {@code trace}, when not {@code null}, receives every rule firing. */
    public Advice evaluate(SupportCase c, List<Firing> trace) {
        SignalExtractor.Signals s = signals(c);
        Outcome o = fire(s, trace);
        return render(c, s, o);
    }

    /** Stage 1 alone: the signals of a case (for benchmarks and tests). */
    public SignalExtractor.Signals signals(SupportCase c) {
        settings.limits().check(c);
        Instant now = c.now() != null ? c.now() : settings.clock().instant();
        return extractor.extract(c, now, defaultLanguage);
    }

    /** Stage 2 alone: what the rules conclude from the signals, before rendering (for benchmarks). */
    public Outcome decide(SignalExtractor.Signals s) {
        return fire(s, null);
    }

    /** What the rules concluded: states, recommendations and findings, before rendering. */
    public record Outcome(List<Assessment> states, List<Rec> recs, List<Finding> findings) {
    }

    private Outcome fire(SignalExtractor.Signals s, List<Firing> trace) {
        KieSession session = trace == null ? pool.newKieSession() : kieBase.newKieSession();
        try {
            if (trace != null) {
                new Tracer(trace).attach(session);
            }
            if (insertAndFire(session, s) >= settings.maxFirings()) {
                throw loop(s);
            }
            List<Assessment> states = new ArrayList<>();
            List<Rec> recs = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Rec r) {
                    recs.add(r);
                } else if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof Assessment a) {
                    states.add(a);
                }
            }
            return new Outcome(states, recs, findings);
        } finally {
            session.dispose();
        }
    }

    /** Inserts the signals and fires the enabled rules up to the bound; returns the firings. */
    private int insertAndFire(KieSession session, SignalExtractor.Signals s) {
        session.insert(s.facts());
        for (Hit h : s.hits()) {
            session.insert(h);
        }
        for (Object e : s.echoes()) {
            session.insert(e);
        }
        int max = settings.maxFirings();
        return filter == null ? session.fireAllRules(max) : session.fireAllRules(filter, max);
    }

    /** Runs the case again with a counter to name the rule that keeps firing. */
    private RuleLoopException loop(SignalExtractor.Signals s) {
        KieSession session = kieBase.newKieSession();
        Map<String, Integer> counts = new HashMap<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            insertAndFire(session, s);
        } finally {
            session.dispose();
        }
        var worst = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("?", 0));
        return new RuleLoopException(worst.getKey(), worst.getValue(), settings.maxFirings());
    }

    private Advice render(SupportCase c, SignalExtractor.Signals s, Outcome o) {
        String lang = s.language();
        Labels labels = new Labels(phrasing, lang);
        Set<CustomerState> states = EnumSet.noneOf(CustomerState.class);
        o.states().forEach(a -> states.add(a.getState()));

        // the order in which a session returns facts is not fixed: sort first, so that merging
        // and the choice of the quoted evidence are the same on every run and every thread
        // (Rec.argFirst picks a value by this order: keep them in step)
        List<Rec> incoming = new ArrayList<>(o.recs());
        incoming.forEach(r -> r.getEvidence().sort(EVIDENCE_ORDER));
        incoming.sort(Comparator.comparing(Rec::getId)
                .thenComparing((Rec r) -> r.getEvidence().isEmpty() ? null : r.getEvidence().get(0),
                        Comparator.nullsFirst(EVIDENCE_ORDER))
                .thenComparing(r -> r.getArgs().toString()));
        Map<String, Rec> byId = new LinkedHashMap<>();
        for (Rec r : incoming) {
            Rec first = byId.putIfAbsent(r.getId(), r);
            if (first != null) {
                r.getEvidence().forEach(first::evidence);
                first.setPriority(Math.min(first.getPriority(), r.getPriority()));
            }
        }
        List<Rec> recs = new ArrayList<>(byId.values());
        recs.forEach(r -> r.setPriority(settings.priorities().getOrDefault(r.getId(), r.getPriority())));
        recs.sort(Comparator.comparingInt(Rec::getPriority)
                .thenComparing(r -> r.getPrinciple().ordinal())
                .thenComparing(Rec::getId));
        List<Recommendation> out = new ArrayList<>(recs.size());
        int rank = 1;
        for (Rec r : recs) {
            r.getEvidence().sort(EVIDENCE_ORDER);
            Map<String, Object> values = values(labels, c, s.facts(), r.getEvidence(), r.getArgs());
            where(lang, r.getEvidence(), values);
            List<Evidence> evidence = new ArrayList<>();
            for (Hit h : r.getEvidence()) {
                Evidence last = evidence.isEmpty() ? null : evidence.get(evidence.size() - 1);
                // draft words are shown as findings, not evidence; a span inside the previous one adds nothing
                if (h.getMessage() >= 0 && (last == null || last.message() != h.getMessage() || h.getEnd() > last.end())) {
                    evidence.add(new Evidence(h.getMessage(), h.getStart(), h.getEnd(), h.getText()));
                }
            }
            out.add(new Recommendation(r.getId(), r.getPrinciple(), rank++,
                    text(lang, r.getId() + ".action", values),
                    text(lang, r.getId() + ".reason", values),
                    evidence,
                    text(lang, r.getId() + ".phrasing", values)));
        }

        String draft = c.draft() == null ? "" : c.draft();
        Map<String, Finding> uniqueFindings = new LinkedHashMap<>();
        List<Finding> incomingFindings = new ArrayList<>(o.findings());
        incomingFindings.sort(Comparator.comparing(Finding::getId).thenComparingInt(Finding::getStart)
                .thenComparingInt(Finding::getEnd).thenComparing(f -> String.valueOf(f.getReplacement()) + f.getArgs()));
        for (Finding f : incomingFindings) {
            uniqueFindings.putIfAbsent(f.getId() + "@" + f.getStart() + ":" + f.getEnd(), f);
        }
        List<DraftFinding> findings = new ArrayList<>();
        List<Revision.Edit> edits = new ArrayList<>();
        for (Finding f : uniqueFindings.values()) {
            int start = Math.max(0, Math.min(f.getStart(), draft.length()));
            int end = Math.max(start, Math.min(f.getEnd(), draft.length()));
            String replacement = null;
            if (f.getReplacement() != null && Revision.fitsInPlace(draft, start, end, f.isOneWord())) {
                // the word list's rewrite is the drop-in text; fitted to its place, a deletion may
                // take a space or the next word with it (see Revision.fit). Replacements never
                // overlap (99-resolution.drl keeps one finding per span); one that a fitted
                // deletion would touch keeps its advice but loses its drop-in text.
                Revision.Edit e = Revision.fit(draft, start, end, f.getReplacement());
                List<Revision.Edit> with = new ArrayList<>(edits);
                with.add(e);
                if (Revision.disjoint(with)) {
                    start = e.start();
                    end = e.end();
                    replacement = e.text();
                    edits.add(e);
                }
            }
            String span = draft.substring(start, end);
            Map<String, Object> values = values(labels, c, s.facts(), List.of(), f.getArgs());
            values.put("text", span);
            findings.add(new DraftFinding(f.getId(), f.getPrinciple(), start, end, span,
                    text(lang, f.getId() + ".problem", values), text(lang, f.getId() + ".suggestion", values), replacement));
        }
        findings.sort(Comparator.comparingInt(DraftFinding::start).thenComparing(DraftFinding::id));
        String revised = edits.isEmpty() ? null : Revision.apply(draft, edits);
        return new Advice(c.ticket().id(), lang, List.copyOf(states), out, findings, s.warnings(), revised);
    }

    /**
     * Sets {@code {where}}: "message 3", or "the subject line" when the words come from the ticket's
     * subject, in the case's language ({@code _where.*} in the phrasing catalogs).
     */
    private void where(String lang, List<Hit> evidence, Map<String, Object> values) {
        if (evidence.isEmpty() || evidence.get(0).getWho() == Who.DRAFT) {
            return;
        }
        values.put("where", text(lang, evidence.get(0).isInSubject() ? "_where.subject" : "_where.message", values));
    }

    /** A rule's wording; the loader makes sure every language has every rule's keys. */
    private String text(String lang, String key, Map<String, Object> values) {
        String t = phrasing.render(lang, key, values);
        return t == null ? "" : t;
    }

    private static Map<String, Object> values(Labels labels, SupportCase c, CaseFacts f, List<Hit> evidence, Map<String, Object> args) {
        Map<String, Object> v = new HashMap<>();
        v.put("ticket", c.ticket().id());
        if (c.ticket().customerName() != null && !c.ticket().customerName().isBlank()) {
            v.put("customer", c.ticket().customerName().strip());
        }
        if (f.getMinutesWaiting() >= 0) {
            v.put("minutes", f.getMinutesWaiting());
            v.put("hours", f.getMinutesWaiting() / 60);
        }
        v.put("followUps", f.getFollowUps());
        v.put("reopens", f.getReopenCount());
        v.put("slaTarget", f.getSlaTargetMinutes());
        v.put("slaOver", Math.max(0, -f.getSlaMinutesLeft()));
        v.put("slaLeft", Math.max(0, f.getSlaMinutesLeft()));
        if (!evidence.isEmpty()) {
            List<Hit> sorted = evidence; // already in EVIDENCE_ORDER
            v.put("quote", sorted.get(0).getText());
            v.put("message", sorted.get(0).getMessage() + 1);
            // quotation marks as each language writes them (label.quoted): “…” in English, «…» in Russian
            v.put("quotes", sorted.stream().map(h -> labels.quoted(h.getText())).distinct().collect(Collectors.joining(", ")));
            v.put("count", sorted.stream().map(Hit::getKey).distinct().count());
        }
        v.putAll(args);
        return v;
    }

    /** Records which rules fired, on what, and what they inserted. */
    private static final class Tracer {
        private final List<Firing> trace;
        private final Map<String, List<String>> produced = new HashMap<>();
        private Firing current;

        Tracer(List<Firing> trace) {
            this.trace = trace;
        }

        void attach(KieSession session) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    List<String> matched = event.getMatch().getObjects().stream().map(String::valueOf).toList();
                    trace.add(new Firing(event.getMatch().getRule().getName(), matched,
                            List.copyOf(produced.getOrDefault(event.getMatch().getRule().getName(), List.of()))));
                    produced.remove(event.getMatch().getRule().getName());
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        produced.computeIfAbsent(event.getRule().getName(), k -> new ArrayList<>()).add(String.valueOf(event.getObject()));
                    }
                }
            });
        }
    }
}
