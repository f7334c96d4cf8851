package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int run(Path folder) {
        return ScenarioCommand.run(folder.toString(), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shippedFolderPasses() {
        assertThat(run(ShippedRuleSet.FOLDER)).isZero();
        assertThat(output()).contains(" scenarios against " + ShippedRuleSet.RULES.version() + ": ").endsWith(" passed, 0 failed\n");
    }

    @Test
    void aFailingScenarioExitsWithOneAndSaysWhy() throws IOException {
        Path folder = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        RuleFolderCopy.edit(folder, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));

        assertThat(run(folder)).isEqualTo(1);
        assertThat(output()).contains("Scenario \"Category 7297 (massage parlours) is restricted\" (scenarios/merchant-categories.yaml) failed")
                .contains("outcome: expected REVIEW, got REJECT").contains(" passed, 1 failed");
    }

    @Test
    void rulesThatDoNotLoadExitWithTwo() throws IOException {
        Path folder = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        Files.writeString(folder.resolve("policy/broken.drl"), "package policy;\nrule \"Broken\" when then insert( end\n");

        assertThat(run(folder)).isEqualTo(2);
        assertThat(output()).contains("policy/broken.drl");
    }
}
