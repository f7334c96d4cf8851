package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseHolder;
import com.merchantonboarding.screening.RuleSource;
import com.merchantonboarding.screening.RulesProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Activation without a database: what is checked before a rule set comes into force, at start and on reload. */
class RuleSetActivationsTest {

    @TempDir
    Path temp;

    private final RuleSetActivationRepository activations = mock(RuleSetActivationRepository.class);
    private final RuleSetSnapshotRepository snapshots = mock(RuleSetSnapshotRepository.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final ScenarioCheckRepository checks = mock(ScenarioCheckRepository.class);

    private RuleSetActivations service(Path folder, RuleBase active) {
        return service(new RulesProperties(folder.toString(), false), active);
    }

    private RuleSetActivations service(RulesProperties properties, RuleBase active) {
        when(transactions.execute(any())).thenAnswer(call -> ((TransactionCallback<?>) call.getArgument(0)).doInTransaction(null));
        when(activations.save(any())).thenAnswer(call -> call.getArgument(0));
        when(checks.findByCheckKeyAndCheckedAtAfter(any(), any())).thenReturn(Optional.empty());
        return new RuleSetActivations(properties, ShippedRuleSet.LOADER,
                new RuleBaseHolder(ShippedRuleSet.LOADER, active), activations, snapshots, transactions,
                new ScenarioChecks(checks, properties));
    }

    @Test
    void aRuleSetWhoseScenariosFailDoesNotComeIntoForceByARestart() {
        Path folder = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        RuleFolderCopy.edit(folder, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));
        RuleBase edited = ShippedRuleSet.LOADER.load(RuleSource.directory(folder));

        assertThatThrownBy(() -> service(folder, edited).activateAtStart())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fail their scenarios")
                .hasMessageContaining("Category 7297 (massage parlours) is restricted");
        verifyNoInteractions(activations);
        verify(checks, never()).save(any());
    }

    @Test
    void aPassAtStartIsRememberedUnderItsKey() {
        service(ShippedRuleSet.FOLDER, ShippedRuleSet.RULES).activateAtStart();

        String key = ScenarioCheckKey.of(ShippedRuleSet.RULES, ShippedRuleSet.FILES);
        verify(checks).save(argThat(check -> key.equals(check.getCheckKey())
                && check.getScenarios() > 100 && check.getCheckedAt() != null));
    }

    @Test
    void aRememberedPassIsTrustedOnlyForItsKeySoAnEditedRuleSetRunsItsScenariosAgainAndFails() {
        Path folder = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        service(folder, ShippedRuleSet.RULES); // the mocks' defaults
        RuleBase edited = editedSoThatAScenarioFails(folder);
        // The shipped rules passed before; then an analyst's edit breaks a scenario and the node restarts.
        String shippedKey = ScenarioCheckKey.of(ShippedRuleSet.RULES, ShippedRuleSet.FILES);
        when(checks.findByCheckKeyAndCheckedAtAfter(eq(shippedKey), any()))
                .thenReturn(Optional.of(new ScenarioCheck(shippedKey, ShippedRuleSet.RULES.version(), 146, Instant.now())));

        assertThatThrownBy(() -> new RuleSetActivations(new RulesProperties(folder.toString(), false),
                ShippedRuleSet.LOADER, new RuleBaseHolder(ShippedRuleSet.LOADER, edited), activations, snapshots,
                transactions, new ScenarioChecks(checks, new RulesProperties(folder.toString(), false))).activateAtStart())
                .hasMessageContaining("fail their scenarios");
        verify(checks, never()).save(any());
    }

    @Test
    void aStartWithTheRememberedKeyDoesNotRunTheScenariosAgain() {
        String key = ScenarioCheckKey.of(ShippedRuleSet.RULES, ShippedRuleSet.FILES);
        RuleSetActivations service = service(ShippedRuleSet.FOLDER, ShippedRuleSet.RULES);
        when(checks.findByCheckKeyAndCheckedAtAfter(eq(key), any()))
                .thenReturn(Optional.of(new ScenarioCheck(key, ShippedRuleSet.RULES.version(), 146, Instant.now())));

        service.activateAtStart();

        assertThat(service.active()).isPresent();
        verify(checks, never()).save(any()); // nothing ran, so nothing new to remember
    }

    @Test
    void withNoValidityEveryStartRunsTheScenarios() {
        RuleSetActivations service = service(new RulesProperties(ShippedRuleSet.FOLDER.toString(), false, Duration.ZERO),
                ShippedRuleSet.RULES);

        service.activateAtStart();

        verify(checks, never()).findByCheckKeyAndCheckedAtAfter(any(), any());
        verify(checks).save(any());
    }

    @Test
    void theStartIsRecordedAsAnActivationBySystemWithTheFiles() {
        RuleSetActivations service = service(ShippedRuleSet.FOLDER, ShippedRuleSet.RULES);

        service.activateAtStart();

        assertThat(service.active()).get().satisfies(activation -> {
            assertThat(activation.getActivatedBy()).isEqualTo("system");
            assertThat(activation.getVersionId()).isEqualTo(ShippedRuleSet.RULES.version());
            assertThat(activation.getContentHash()).isEqualTo(ShippedRuleSet.RULES.contentHash());
            assertThat(activation.getPreviousVersionId()).isNull();
        });
        verify(snapshots).save(any(RuleSetSnapshot.class));
    }

    @Test
    void aReloadOfAFolderThatFailsItsScenariosIsRefusedAndNothingChanges() {
        Path folder = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        RuleSetActivations service = service(folder, ShippedRuleSet.RULES);
        RuleFolderCopy.edit(folder, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));

        assertThatThrownBy(() -> service.reload("ana")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(422);
            assertThat(e.slug()).isEqualTo("scenarios-failed");
            assertThat(e.properties()).containsEntry("activeVersion", ShippedRuleSet.RULES.version());
            assertThat(e.properties().get("failedScenarios")).asList().singleElement()
                    .extracting(f -> ((Map<?, ?>) f).get("name")).isEqualTo("Category 7297 (massage parlours) is restricted");
        });
        assertThat(service.current()).isSameAs(ShippedRuleSet.RULES);
        verify(activations, never()).save(any());
    }

    private static RuleBase editedSoThatAScenarioFails(Path folder) {
        RuleFolderCopy.edit(folder, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));
        return ShippedRuleSet.LOADER.load(RuleSource.directory(folder));
    }
}
