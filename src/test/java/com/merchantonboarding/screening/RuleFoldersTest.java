package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFoldersTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFolderStopsTheStartByDefault() {
        RuleSource.Directory folder = (RuleSource.Directory) RuleSource.directory(temp.resolve("nowhere"));

        assertThatThrownBy(() -> RuleFolders.prepare(folder, false))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("nowhere")
                .hasMessageContaining("the folder does not exist")
                .hasMessageContaining("onboarding.rules.create-missing-folder=true");
        assertThat(temp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void aMissingFolderIsFilledWithTheShippedRulesWhenAskedTo() {
        RuleSource.Directory folder = (RuleSource.Directory) RuleSource.directory(temp.resolve("created/rules"));

        RuleFolders.prepare(folder, true);

        assertThat(temp.resolve("created/rules/policy/risk.drl")).isRegularFile();
        assertThat(temp.resolve("created/rules/scenarios/base.yaml")).isRegularFile();
        assertThat(ShippedRules.LOADER.load(folder).version()).isEqualTo(ShippedRules.RULES.version());
    }

    @Test
    void anExistingFolderIsLeftAlone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(folder.resolve("note.txt"), "mine");

        RuleFolders.prepare((RuleSource.Directory) RuleSource.directory(folder), true);

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("note.txt");
        }
    }
}
