package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseException;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.RuleSource;
import java.io.PrintStream;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Compiles a rules folder and runs its scenarios, without starting the application: what an analyst runs on a
 * server's folder before asking for a reload.
 * {@code java -cp app.jar -Dloader.main=com.merchantonboarding.policy.ScenarioCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher /app/rules}. Exit code 0: all passed; 1: a
 * scenario failed; 2: the rules do not load.
 */
public final class ScenarioCommand {

    private ScenarioCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args.length > 0 ? args[0] : "rules", System.out));
    }

    static int run(String location, PrintStream out) {
        RuleSource source = RuleSource.of(location);
        SortedMap<String, byte[]> files;
        RuleBase ruleBase;
        try {
            files = RuleBaseLoader.read(source);
            ruleBase = new RuleBaseLoader().load(source, files);
        } catch (RuleBaseException e) {
            out.println(e.getMessage());
            return 2;
        }
        ScenarioReport report = ScenarioRunner.run(ruleBase, files);
        out.println(report.summary());
        Set<String> unfired = new TreeSet<>(ruleBase.ruleNames());
        unfired.removeAll(report.firedRules());
        if (!unfired.isEmpty()) {
            out.println("Rules no scenario fires: " + String.join(", ", unfired));
        }
        return report.passed() ? 0 : 1;
    }
}
