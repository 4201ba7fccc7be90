/**
 * support-coach: advice for support agents from ten principles of technical support.
 *
 * <p>A short tour:
 * <ul>
 *   <li>{@link dev.supportcoach.engine.SupportCoach} is the one entry point: build it once with
 *       {@link dev.supportcoach.engine.SupportCoach#builder()}, share it between threads, call
 *       {@link dev.supportcoach.engine.SupportCoach#advise advise(case)}.</li>
 *   <li>A case is a {@link dev.supportcoach.SupportCase}: a {@link dev.supportcoach.Ticket}, its
 *       {@link dev.supportcoach.Message}s and optionally the agent's draft.</li>
 *   <li>The answer is an {@link dev.supportcoach.Advice}: the
 *       {@link dev.supportcoach.CustomerState}, ranked {@link dev.supportcoach.Recommendation}s
 *       with {@link dev.supportcoach.Evidence}, and {@link dev.supportcoach.DraftFinding}s, each
 *       tied to one {@link dev.supportcoach.Principle}.</li>
 *   <li>{@link dev.supportcoach.DisplayNames} are what people read for the principles and states
 *       in one language, from the rules' phrasing catalog.</li>
 *   <li>{@link dev.supportcoach.json.CaseJson} reads and writes the JSON exchange format.</li>
 *   <li>Errors are {@link dev.supportcoach.SupportCoachException}s:
 *       {@link dev.supportcoach.RulesException} (with {@link dev.supportcoach.RuleProblem}s),
 *       {@link dev.supportcoach.CaseFormatException},
 *       {@link dev.supportcoach.LimitExceededException},
 *       {@link dev.supportcoach.RuleLoopException}.</li>
 * </ul>
 * The knowledge lives in the rules directory (DRL, word lists, phrasing, examples), checked with
 * {@link dev.supportcoach.engine.RuleCheck} ({@link dev.supportcoach.RuleProblem},
 * {@link dev.supportcoach.RuleExample}, {@link dev.supportcoach.ExampleResult}).
 *
 * <p>This package is the model: it depends on no other package of the library. The module
 * exports it with {@code engine}, {@code json} and {@code facts} (the vocabulary the DRL
 * imports); {@code signals}, {@code internal} and {@code cli} are machinery and may change.
 */
package dev.supportcoach;
