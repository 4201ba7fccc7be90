package dev.supportcoach.cli;

import dev.supportcoach.RuleProblem;
import dev.supportcoach.engine.RuleCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate [DIR]}: every problem of a rules directory as {@code file:line:column: message}. */
@Command(name = "validate", description = "Check a rules directory: DRL, word lists, phrasing and examples together.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules directory (default: the bundled rules)")
    Path dir;

    @Override
    public Integer call() {
        Path chosen = EngineOptions.rulesDir(dir);
        RuleCheck check = chosen != null ? RuleCheck.of(chosen) : RuleCheck.bundled();
        Path root = check.directory();
        List<RuleProblem> problems = check.validate();
        problems.forEach(p -> System.out.println((chosen != null ? chosen.resolve(p.file()) : Path.of(p.file())) + ":" + p.line()
                + ":" + p.column() + ": " + p.message()));
        if (problems.isEmpty()) {
            System.out.println("ok: " + root + " has no problems");
            return 0;
        }
        System.out.println(problems.size() + " problem(s)");
        return 1;
    }
}
