/**
 * The engine: {@link dev.supportcoach.engine.SupportCoach}, built once with
 * {@link dev.supportcoach.engine.SupportCoach#builder()} (optionally from a
 * {@code coach.properties} file, {@link dev.supportcoach.engine.SupportCoach.Builder#config}) and
 * shared by all threads; {@link dev.supportcoach.engine.Signals}, what the rules see of a case;
 * and {@link dev.supportcoach.engine.RuleCheck}, which validates a rules directory and runs its
 * examples, as the command line's {@code validate} and {@code test} do.
 *
 * <p>The case and advice model it works on is in {@link dev.supportcoach}, which does not depend
 * on this package: the facts the rules match import that model, and the engine imports the facts.
 */
package dev.supportcoach.engine;
