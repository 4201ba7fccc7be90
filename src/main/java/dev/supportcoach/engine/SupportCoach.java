package dev.supportcoach.engine;

import dev.supportcoach.Advice;
import dev.supportcoach.DisplayNames;
import dev.supportcoach.Explanation;
import dev.supportcoach.Firing;
import dev.supportcoach.LimitExceededException;
import dev.supportcoach.Limits;
import dev.supportcoach.RuleInfo;
import dev.supportcoach.RuleLoopException;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCase;
import dev.supportcoach.internal.BundledRules;
import dev.supportcoach.internal.RuleLoader;
import dev.supportcoach.internal.RuleSet;
import dev.supportcoach.internal.RulesWatcher;
import dev.supportcoach.internal.Settings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: advice for support cases from the rules of ten support principles.
 *
 * <p>Build one instance with {@link #builder()} and share it: it is thread-safe, the rules are
 * compiled once, and each call evaluates in its own session.
 *
 * <pre>{@code
 * SupportCoach coach = SupportCoach.builder().build();          // the bundled rules
 * Advice advice = coach.advise(SupportCase.builder("T-1")
 *         .customer("I can't work, the VPN is down since the update")
 *         .draft("Sorry, I can't help with VPN issues.")
 *         .build());
 * }</pre>
 *
 * <p>When built from a rules directory, {@link #reload()} re-reads it: the new rules are built
 * aside and replace the old ones atomically only when they load without problems, so
 * evaluations in flight, and all later ones on failure, keep the last good rules.
 */
public final class SupportCoach implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SupportCoach.class);

    private final Path rulesDirectory;
    private final Settings settings;
    private final AtomicReference<RuleSet> rules;
    private final List<ReloadListener> listeners;
    private final RulesWatcher watcher;

    private SupportCoach(Builder b) {
        this.rulesDirectory = b.rulesDirectory;
        this.settings = new Settings(b.disabled, b.priorities, b.defaultLanguage, b.maxFirings, b.limits, b.clock);
        this.listeners = List.copyOf(b.listeners);
        this.rules = new AtomicReference<>(load());
        this.watcher = b.watch && rulesDirectory != null ? new RulesWatcher(rulesDirectory, this::reloadQuietly) : null;
    }

    /** Starts building an engine with the defaults given on each {@link Builder} method. */
    public static Builder builder() {
        return new Builder();
    }

    private RuleSet load() {
        if (rulesDirectory != null) {
            return RuleLoader.load(rulesDirectory, settings);
        }
        return RuleLoader.load(BundledRules.root(), settings);
    }

    /**
     * Advises on one case.
     *
     * @throws NullPointerException if {@code supportCase} is {@code null}
     * @throws LimitExceededException if the case is larger than the configured {@link Limits}
     * @throws RuleLoopException if the rules fired more often than the firing bound
     */
    public Advice advise(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase must not be null");
        return rules.get().evaluate(supportCase, null);
    }

    /**
     * Advises on one case and records every rule firing: which rule, on which facts, producing
     * what. Slower than {@link #advise}; meant for rule authors and support.
     *
     * @throws NullPointerException if {@code supportCase} is {@code null}
     * @throws LimitExceededException if the case is larger than the configured {@link Limits}
     * @throws RuleLoopException if the rules fired more often than the firing bound
     */
    public Explanation explain(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase must not be null");
        List<Firing> trace = new ArrayList<>();
        Advice advice = rules.get().evaluate(supportCase, trace);
        return new Explanation(advice, trace);
    }

    /**
     * The signals the rules see for a case: the case facts and every word-list hit, to answer
     * "why did it not say that?". Meant for rule authors; no rule fires.
     *
     * @throws NullPointerException if {@code supportCase} is {@code null}
     * @throws LimitExceededException if the case is larger than the configured {@link Limits}
     */
    public Signals signals(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase must not be null");
        var s = rules.get().signals(supportCase);
        return new Signals(s.language(), s.facts(), s.hits(), s.echoes(), s.warnings());
    }

    /**
     * The plain-text report of {@code advice} on {@code supportCase}, as {@code support-coach
     * advise} prints it for people: the customer's state, the ranked actions with why and what to
     * say, the draft findings with the words marked. Written in the advice's language: labels,
     * principle and state names come from the labels block of the rules' phrasing catalog
     * ({@code label.*}, {@code principle.*}, {@code state.*}); a name a catalog lacks shows as
     * its code.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public String report(SupportCase supportCase, Advice advice) {
        Objects.requireNonNull(supportCase, "supportCase must not be null");
        Objects.requireNonNull(advice, "advice must not be null");
        return rules.get().report(supportCase, advice);
    }

    /**
     * The languages the rules in force provide, sorted: each has word lists
     * ({@code lexicon/<lang>/}) and a phrasing catalog ({@code phrasing/<lang>.txt}). Advice is
     * phrased in one of them.
     */
    public List<String> languages() {
        return List.copyOf(rules.get().languages());
    }

    /**
     * The names of every principle and every customer state in {@code language}, one of
     * {@link #languages()}, for showing advice to people: what {@link #report} writes for them,
     * from the labels block of the rules' phrasing catalog ({@code principle.*},
     * {@code state.*}); a name the catalog lacks is the code. They follow the rules in force, so
     * a {@link #reload()} that renames a state renames it here.
     *
     * <pre>{@code
     * coach.displayNames("ru").states().get(CustomerState.BLOCKED)   // "работа стоит"
     * }</pre>
     *
     * @throws NullPointerException if {@code language} is {@code null}
     * @throws IllegalArgumentException if the rules do not provide {@code language}; the message
     *         names it and the languages they provide
     */
    public DisplayNames displayNames(String language) {
        Objects.requireNonNull(language, "language must not be null");
        return rules.get().names(language);
    }

    /** The rules in force, in file order, for listing in a user interface. */
    public List<RuleInfo> rules() {
        return List.copyOf(rules.get().rules().values());
    }

    /**
     * Re-reads the rules (the directory given to the builder, or the bundled rules). On success
     * the new rules replace the old ones atomically; on failure the old ones stay in force, the
     * {@link ReloadListener}s are told, and the exception is thrown.
     *
     * @throws RulesException listing every problem of the new rules
     */
    public void reload() {
        RuleSet fresh;
        try {
            fresh = load();
        } catch (RulesException e) {
            LOG.warn("rules not reloaded; the last good rules stay in force:\n{}", e.getMessage());
            listeners.forEach(l -> l.onReload(false, e.problems()));
            throw e;
        }
        rules.set(fresh);
        LOG.info("rules reloaded from {}", rulesDirectory != null ? rulesDirectory : "the bundled rules");
        listeners.forEach(l -> l.onReload(true, List.of()));
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RulesException e) {
            // reported through the log and the listeners
        }
    }

    /** Stops watching the rules directory, if the engine watches it. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Told about every reload, successful or not. */
    @FunctionalInterface
    public interface ReloadListener {
        /**
         * @param success whether the new rules are now in force
         * @param problems the problems found when it failed; empty on success
         */
        void onReload(boolean success, List<RuleProblem> problems);
    }

    /** Configures a {@link SupportCoach}. Not thread-safe; build once, share the engine. */
    public static final class Builder {
        private Path rulesDirectory;
        private final Set<String> disabled = new HashSet<>();
        private final Map<String, Integer> priorities = new HashMap<>();
        private String defaultLanguage;
        private int maxFirings = 10_000;
        private Limits limits = Limits.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private boolean watch;
        private final List<ReloadListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * Loads the rules from a directory instead of the bundled ones (default: the rules
         * packaged in the jar).
         *
         * @throws NullPointerException if {@code dir} is {@code null}
         */
        public Builder rulesDirectory(Path dir) {
            this.rulesDirectory = Objects.requireNonNull(dir, "dir must not be null");
            return this;
        }

        /**
         * Turns off a rule by its id, or every rule of a principle by the principle's code
         * (e.g. {@code "HUMILITY"}). Default: everything on.
         */
        public Builder disable(String ruleIdOrPrinciple) {
            disabled.add(Objects.requireNonNull(ruleIdOrPrinciple, "ruleIdOrPrinciple must not be null"));
            return this;
        }

        /**
         * Overrides a rule's priority (1 first). Default: the rule's {@code @priority}.
         *
         * @throws IllegalArgumentException if {@code priority} is not 1 to 9
         */
        public Builder priority(String ruleId, int priority) {
            if (priority < 1 || priority > 9) {
                throw new IllegalArgumentException("priority must be 1 to 9, was " + priority);
            }
            priorities.put(Objects.requireNonNull(ruleId, "ruleId must not be null"), priority);
            return this;
        }

        /**
         * The language used when the ticket gives none and the text does not tell, one of the
         * rules' languages (default: {@code "en"} when the rules provide it, else the first of
         * {@link SupportCoach#languages()}). {@link #build()} fails with a {@link RulesException}
         * when the rules do not provide it.
         *
         * @throws IllegalArgumentException if it is not a language code (two or three lower-case letters)
         */
        public Builder defaultLanguage(String language) {
            if (language == null || !language.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException("defaultLanguage must be a language code such as en, was " + language);
            }
            this.defaultLanguage = language;
            return this;
        }

        /**
         * The most rule firings one evaluation may take before it is stopped with a
         * {@link RuleLoopException} (default 10,000).
         *
         * @throws IllegalArgumentException if {@code max} is not positive
         */
        public Builder maxFirings(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxFirings must be positive, was " + max);
            }
            this.maxFirings = max;
            return this;
        }

        /** Size limits on a case (default {@link Limits#DEFAULT}). */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        /** The clock for cases without {@code now} (default: the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Reloads the rules directory by itself when its files change (default off; needs
         * {@link #rulesDirectory}). Failed reloads keep the last good rules.
         */
        public Builder watch(boolean watch) {
            this.watch = watch;
            return this;
        }

        /**
         * Applies a configuration file, the {@code coach.properties} the command line reads with
         * {@code --config}: a properties file (UTF-8) with any of
         * <pre>
         * disable = RULE_ID, PRINCIPLE, ...     # {@link #disable}
         * priority.RULE_ID = 2                   # {@link #priority}
         * language = en                          # {@link #defaultLanguage}
         * maxFirings = 10000                     # {@link #maxFirings}
         * limits.maxMessages = 2000              # {@link #limits}: each limit on its own;
         * limits.maxMessageChars = 100000        #   the others keep their value
         * limits.maxDraftChars = 50000
         * limits.maxTotalChars = 1000000
         * </pre>
         * Settings are applied on top of what the builder already holds; a later call to a
         * setter overrides them.
         *
         * @throws IllegalArgumentException naming the file and the setting when a setting is
         *         unknown or its value is not valid
         * @throws UncheckedIOException when the file cannot be read
         */
        public Builder config(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the config file " + file + ": "
                        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()), e);
            }
            int maxMessages = limits.maxMessages();
            int maxMessageChars = limits.maxMessageChars();
            int maxDraftChars = limits.maxDraftChars();
            long maxTotalChars = limits.maxTotalChars();
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String v = p.getProperty(key).strip();
                try {
                    switch (key) {
                        case "disable" -> {
                            for (String id : v.split("[,\\s]+")) {
                                if (!id.isBlank()) {
                                    disable(id.strip());
                                }
                            }
                        }
                        case "language" -> defaultLanguage(v);
                        case "maxFirings" -> maxFirings(Integer.parseInt(v));
                        case "limits.maxMessages" -> maxMessages = Integer.parseInt(v);
                        case "limits.maxMessageChars" -> maxMessageChars = Integer.parseInt(v);
                        case "limits.maxDraftChars" -> maxDraftChars = Integer.parseInt(v);
                        case "limits.maxTotalChars" -> maxTotalChars = Long.parseLong(v);
                        default -> {
                            if (!key.startsWith("priority.")) {
                                throw new IllegalArgumentException("unknown setting '" + key + "'");
                            }
                            priority(key.substring("priority.".length()), Integer.parseInt(v));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    String why = e instanceof NumberFormatException ? "not a whole number: '" + v + "'" : e.getMessage();
                    throw new IllegalArgumentException(file + ": " + key + ": " + why, e);
                }
            }
            try {
                return limits(new Limits(maxMessages, maxMessageChars, maxDraftChars, maxTotalChars));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }

        /** Adds a listener told about every reload. */
        public Builder onReload(ReloadListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
            return this;
        }

        /**
         * Loads and compiles the rules.
         *
         * @throws RulesException listing every problem when the rules do not load
         */
        public SupportCoach build() {
            return new SupportCoach(this);
        }
    }
}
