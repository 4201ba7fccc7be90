package dev.supportcoach;

import java.util.List;
import java.util.Objects;

/**
 * One example beside the rules ({@code examples/*.json} in a rules directory): a case on which
 * the rules named in {@code fires} must fire and those named in {@code silent} must not.
 *
 * @param file the examples file, relative to the rules directory
 * @param line the line the example starts on
 * @param name what the example shows, e.g. {@code "en: the VPN is down and the team cannot work"}
 * @param fires the rules that must fire
 * @param silent the rules that must stay silent (near-misses)
 * @param supportCase the case
 * @param expected what the example asserts about the advice (ranked ids, findings, revised
 *     draft), or {@code null} when it asserts only which rules fire
 */
public record RuleExample(String file, int line, String name, List<String> fires, List<String> silent,
                          SupportCase supportCase, ExpectedAdvice expected) {
    /** An example that asserts only which rules fire and stay silent. */
    public RuleExample(String file, int line, String name, List<String> fires, List<String> silent, SupportCase supportCase) {
        this(file, line, name, fires, silent, supportCase, null);
    }

    /**
     * @throws NullPointerException if {@code supportCase} is {@code null}
     */
    public RuleExample {
        fires = List.copyOf(fires);
        silent = List.copyOf(silent);
        Objects.requireNonNull(supportCase, "supportCase must not be null");
    }

    /** {@code true} when the example names {@code ruleId} in {@code fires} or {@code silent}. */
    public boolean names(String ruleId) {
        return fires.contains(ruleId) || silent.contains(ruleId);
    }

    /** {@code file:line}, where an editor opens the example. */
    public String location() {
        return file + ":" + line;
    }
}
