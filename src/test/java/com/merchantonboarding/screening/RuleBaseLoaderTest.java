package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseLoaderTest {

    @TempDir
    Path temp;

    private Path copy() {
        return ShippedRules.copy(temp.resolve("rules"));
    }

    @Test
    void brokenDrlFailsToLoadWithAMessageNamingTheFileAndLine() {
        Path folder = copy();
        ShippedRules.write(folder, "policy/broken.drl", """
                package policy;

                import com.merchantonboarding.screening.facts.ApplicationFacts;

                rule "BrokenRule"
                when
                    ApplicationFacts( legalName == )
                then
                end
                """);

        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(folder)))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("policy/broken.drl line 7");
    }

    @Test
    void drlNamingAnUnknownTypeFailsWithTheFile() {
        Path folder = copy();
        ShippedRules.edit(folder, "policy/countries.drl", text -> text.replace("SupportedCountry( code", "SupportedKountry( code"));

        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(folder)))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("policy/countries.drl line")
                .hasMessageContaining("SupportedKountry");
    }

    @Test
    void drlEmittingACodeMissingFromTheTableFailsWithFileAndLine() {
        Path folder = copy();
        ShippedRules.edit(folder, "policy/countries.drl", text -> text.replace("\"FIELD_INVALID\"", "\"COUNTRY_NOT_SUPPORTED\""));

        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(folder)))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("policy/countries.drl line 14: code COUNTRY_NOT_SUPPORTED is not in reason-codes.csv");
    }

    @Test
    void brokenTableRowAndBrokenSettingAreReportedTogetherWithTheirLines() {
        Path folder = copy();
        ShippedRules.edit(folder, "tables/merchant-categories.csv", text -> text.replace("0763,Agricultural Co-operatives,ALLOWED,no",
                "0763,Agricultural Co-operatives,MAYBE,no"));
        ShippedRules.edit(folder, "policy.properties", text -> text.replace("risk.high-from-points=60", "risk.high-from-points=sixty"));
        ShippedRules.edit(folder, "reason-codes.csv", text -> text.replace("PROHIBITED_CATEGORY,REJECT,yes", "PROHIBITED_CATEGORY,REFUSE,yes"));

        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(folder)))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("tables/merchant-categories.csv line 3: treatment 'MAYBE'")
                .hasMessageContaining("policy.properties line 12: risk.high-from-points must be a whole number")
                .hasMessageContaining("reason-codes.csv line 20: severity 'REFUSE'")
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void providerInAnUnsupportedCountryIsRefused() {
        Path folder = copy();
        ShippedRules.edit(folder, "tables/wallet-providers.csv", text -> text + "ALIPAY,BR\n");

        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(folder)))
                .hasMessageContaining("tables/wallet-providers.csv line 12: country 'BR' is not in tables/countries.csv");
    }

    @Test
    void rulesThatCompileButSettleNoRiskLevelAreRefused() throws IOException {
        Path folder = copy();
        Files.delete(folder.resolve("policy/risk.drl"));

        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(folder)))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("do not evaluate")
                .hasMessageContaining("0 risk levels");
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(temp.resolve("nowhere"))))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("Not a directory");
    }

    @Test
    void versionIsTheLabelAndAHashOfEveryFile() throws IOException {
        Path folder = copy();
        RuleBase same = ShippedRules.LOADER.load(RuleSource.directory(folder));
        assertThat(same.version()).isEqualTo(ShippedRules.RULES.version()).matches("2026\\.11-1@[0-9a-f]{12}");
        assertThat(same.files()).contains("policy.properties", "reason-codes.csv", "policy/risk.drl",
                "tables/merchant-categories.csv");

        // a spreadsheet's lock file or a hidden file does not change the rule set
        Files.writeString(folder.resolve("tables/~$merchant-categories.csv"), "lock");
        Files.writeString(folder.resolve(".DS_Store"), "x");
        assertThat(ShippedRules.LOADER.load(RuleSource.directory(folder)).version()).isEqualTo(same.version());

        // any edit does, even a comment
        ShippedRules.edit(folder, "tables/countries.csv", text -> text.replace("France", "France (incl. overseas)"));
        ShippedRules.edit(folder, "policy.properties", text -> text.replace("ruleset.label=2026.11-1", "ruleset.label=2026.12-1"));
        RuleBase edited = ShippedRules.LOADER.load(RuleSource.directory(folder));
        assertThat(edited.version()).startsWith("2026.12-1@").isNotEqualTo("2026.12-1@" + same.version().substring(10));
    }

    @Test
    void scenariosAreNotPartOfTheRuleSetOrItsVersion() throws IOException {
        Path folder = copy();
        RuleBase before = ShippedRules.LOADER.load(RuleSource.directory(folder));
        ShippedRules.write(folder, "scenarios/extra.yaml", "scenarios: []\n");
        Files.delete(folder.resolve("scenarios/base.yaml"));

        RuleBase after = ShippedRules.LOADER.load(RuleSource.directory(folder));

        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.files()).noneMatch(path -> path.startsWith("scenarios/"));
        assertThat(after.contentHash()).hasSize(64).startsWith(after.version().substring(after.version().indexOf('@') + 1));
        assertThat(after.fileContents().keySet()).containsExactlyElementsOf(after.files());
        assertThat(after.ruleNames()).contains("ProhibitedCategoryRejects", "RiskIsHigh");
    }

    @Test
    void classpathSourceHoldsTheSameFilesAsTheFolder() {
        RuleBase fromClasspath = ShippedRules.LOADER.load("classpath:rules/");

        assertThat(fromClasspath.source().description()).isEqualTo("classpath:rules/");
        assertThat(fromClasspath.files()).isEqualTo(ShippedRules.RULES.files());
        assertThat(fromClasspath.version()).isEqualTo(ShippedRules.RULES.version());
    }

    @Test
    void locationsAreReadAsClasspathOrFolder() {
        assertThat(RuleSource.of("classpath:rules/")).isInstanceOf(RuleSource.Classpath.class)
                .extracting(RuleSource::description).isEqualTo("classpath:rules/");
        assertThat(RuleSource.of("classpath:rules")).extracting(RuleSource::description).isEqualTo("classpath:rules/");
        assertThat(RuleSource.of("rules/")).isEqualTo(RuleSource.directory(Path.of("rules")));
        assertThat(RuleSource.of("/opt/rules")).isEqualTo(RuleSource.directory(Path.of("/opt/rules")));
        assertThat(RuleSource.of("file:/opt/rules")).isEqualTo(RuleSource.directory(Path.of("/opt/rules")));
    }

    @Test
    void reloadSwapsInAnEditedRuleSetAndKeepsTheOldOneWhenTheEditIsBroken() {
        Path folder = copy();
        RuleBaseHolder holder = new RuleBaseHolder(ShippedRules.LOADER, ShippedRules.LOADER.load(RuleSource.directory(folder)));
        RuleBase first = holder.current();

        ShippedRules.edit(folder, "policy.properties", text -> text.replace("approval.automatic-low-risk=false", "approval.automatic-low-risk=true"));
        RuleBase second = holder.reload();
        assertThat(holder.current()).isSameAs(second);
        assertThat(second.version()).isNotEqualTo(first.version());
        ScreeningService service = new ScreeningService(holder);
        assertThat(service.screen(TestApplication.valid().data(), TestApplication.valid().documents()).outcome())
                .isEqualTo(ScreeningOutcome.APPROVE);

        ShippedRules.write(folder, "policy/broken.drl", "package policy;\nrule \"Broken\" when then insert( end\n");
        assertThatThrownBy(holder::reload).isInstanceOf(RuleBaseException.class).hasMessageContaining("policy/broken.drl");
        assertThat(holder.current()).isSameAs(second);
        assertThat(first.version()).isNotEqualTo(second.version());
    }
}
