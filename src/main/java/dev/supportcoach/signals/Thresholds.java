package dev.supportcoach.signals;

import dev.supportcoach.Channel;
import dev.supportcoach.RuleProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers a support lead tunes: {@code thresholds.properties} beside the DRL. Each line is
 * {@code name.channel = minutes} (or {@code name.default}); a channel without its own line takes
 * the default, and a name without any line takes the built-in value. Read once when the rules load.
 * <ul>
 * <li>{@code waiting}: minutes without any reply after which a customer counts as waiting (a tweet
 *     ages faster than an email);
 * <li>{@code followUp}: minutes after the previous message from which a new customer message is a
 *     follow-up rather than a second thought ("oh, and it's version 3.2").
 * </ul>
 */
public final class Thresholds {
    static final String FILE = "thresholds.properties";
    private static final Map<String, Integer> BUILT_IN = Map.of("waiting.default", 1440, "followUp.default", 30);

    private final Map<String, Integer> values;

    private Thresholds(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
    }

    /** The built-in values alone. */
    static Thresholds defaults() {
        return new Thresholds(BUILT_IN);
    }

    /** Reads {@code rulesRoot/thresholds.properties}; absent means the built-in values. */
    static Thresholds load(Path rulesRoot, List<RuleProblem> problems) {
        Path file = rulesRoot.resolve(FILE);
        Map<String, Integer> v = new HashMap<>(BUILT_IN);
        if (!Files.isRegularFile(file)) {
            return new Thresholds(v);
        }
        List<String> lines = Lexicon.readLines(rulesRoot, file, problems);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            int dot = key.indexOf('.');
            if (eq < 0 || dot < 0 || !BUILT_IN.containsKey(key.substring(0, dot) + ".default")) {
                problems.add(new RuleProblem(FILE, i + 1, 1, "expected 'waiting.CHANNEL = minutes' or 'followUp.CHANNEL = minutes'"));
                continue;
            }
            String channel = key.substring(dot + 1);
            if (!channel.equals("default") && java.util.Arrays.stream(Channel.values()).noneMatch(c -> c.name().equalsIgnoreCase(channel))) {
                problems.add(new RuleProblem(FILE, i + 1, dot + 2, "unknown channel '" + channel + "' (email, chat, phone, social, web, or default)"));
                continue;
            }
            try {
                int minutes = Integer.parseInt(line.substring(eq + 1).strip());
                if (minutes < 0) {
                    throw new NumberFormatException();
                }
                v.put(key, minutes);
            } catch (NumberFormatException e) {
                problems.add(new RuleProblem(FILE, i + 1, eq + 2, "expected a whole number of minutes"));
            }
        }
        return new Thresholds(v);
    }

    /** The value of {@code name} for {@code channel} (null: the default). */
    int minutes(String name, Channel channel) {
        if (channel != null) {
            Integer own = values.get(name + "." + channel.name().toLowerCase(Locale.ROOT));
            if (own != null) {
                return own;
            }
        }
        return values.get(name + ".default");
    }
}
