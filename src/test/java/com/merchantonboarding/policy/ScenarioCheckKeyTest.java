package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.RuleSource;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key under which a passed scenario run is remembered changes with everything the run's result depends on. */
class ScenarioCheckKeyTest {

    @TempDir
    Path temp;

    @Test
    void sameRulesSameScenariosSameBuildGiveTheSameKey() {
        Path copy = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        SortedMap<String, byte[]> files = RuleBaseLoader.read(RuleSource.directory(copy));
        RuleBase compiledAgain = ShippedRuleSet.LOADER.load(RuleSource.directory(copy), files);

        assertThat(ScenarioCheckKey.of(compiledAgain, files))
                .isEqualTo(ScenarioCheckKey.of(ShippedRuleSet.RULES, ShippedRuleSet.FILES))
                .hasSize(64);
    }

    @Test
    void editingAScenarioChangesTheKeyThoughNotTheRuleSetVersion() {
        Path copy = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        RuleFolderCopy.edit(copy, "scenarios/base.yaml", text -> text + "\n# a comment is an edit too\n");
        SortedMap<String, byte[]> files = RuleBaseLoader.read(RuleSource.directory(copy));
        RuleBase ruleBase = ShippedRuleSet.LOADER.load(RuleSource.directory(copy), files);

        assertThat(ruleBase.version()).isEqualTo(ShippedRuleSet.RULES.version());
        assertThat(ScenarioCheckKey.of(ruleBase, files))
                .isNotEqualTo(ScenarioCheckKey.of(ShippedRuleSet.RULES, ShippedRuleSet.FILES));
    }

    @Test
    void editingARuleTableChangesTheKey() {
        Path copy = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        RuleFolderCopy.edit(copy, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));
        SortedMap<String, byte[]> files = RuleBaseLoader.read(RuleSource.directory(copy));
        RuleBase ruleBase = ShippedRuleSet.LOADER.load(RuleSource.directory(copy), files);

        assertThat(ScenarioCheckKey.of(ruleBase, files))
                .isNotEqualTo(ScenarioCheckKey.of(ShippedRuleSet.RULES, ShippedRuleSet.FILES));
    }

    @Test
    void theBuildFingerprintCoversTheApplicationsClasses() {
        assertThat(ScenarioCheckKey.build()).hasSize(64).isEqualTo(ScenarioCheckKey.build());
    }
}
