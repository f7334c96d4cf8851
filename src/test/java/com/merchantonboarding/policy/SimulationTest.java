package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.policy.SimulationReport.Selection;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleSource;
import com.merchantonboarding.screening.ScreeningOutcome;
import com.merchantonboarding.screening.ScreeningService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

class SimulationTest {

    @TempDir
    Path temp;

    @Test
    void selectionIsTheLastRevisionsOrARangeOfInstantsOrDates() {
        assertThat(Simulation.selection(new SimulationRequest(500, null, null))).isEqualTo(new Selection(500, null, null));
        assertThat(Simulation.selection(new SimulationRequest(null, "2026-03-01T08:00:00Z", "2026-03-02T08:00:00Z")))
                .isEqualTo(new Selection(null, Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-02T08:00:00Z")));
        // a date as "to" takes the whole day
        assertThat(Simulation.selection(new SimulationRequest(null, "2026-03-01", "2026-03-31")))
                .isEqualTo(new Selection(null, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")));
        assertThat(Simulation.selection(new SimulationRequest(null, "2026-03-01", null)).to()).isAfter(Instant.now().minusSeconds(5));
        assertThat(Simulation.selection(new SimulationRequest(null, null, "2026-03-01")).from()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void badSelectionsAreRefusedWithTheReason() {
        assertRefused(new SimulationRequest(null, null, null), "Give lastRevisions");
        assertRefused(new SimulationRequest(10, "2026-03-01", null), "not both");
        assertRefused(new SimulationRequest(0, null, null), "between 1 and 100000");
        assertRefused(new SimulationRequest(100_001, null, null), "between 1 and 100000");
        assertRefused(new SimulationRequest(null, "yesterday", null), "from 'yesterday' is neither an instant");
        assertRefused(new SimulationRequest(null, "2026-03-02", "2026-03-01T00:00:00Z"), "from must be before to");
    }

    private static void assertRefused(SimulationRequest request, String detail) {
        assertThatThrownBy(() -> Simulation.selection(request)).isInstanceOf(ApiException.class)
                .hasMessageContaining(detail).extracting(e -> ((ApiException) e).status().value()).isEqualTo(400);
    }

    @Test
    void tallyCountsAndListsWhatWouldChange() {
        Path folder = RuleFolderCopy.of(ShippedRuleSet.FOLDER, temp.resolve("rules"));
        RuleFolderCopy.edit(folder, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));
        RuleBase candidate = ShippedRuleSet.LOADER.load(RuleSource.directory(folder));
        ScenarioFiles.Parsed scenarios = ScenarioFiles.parse(ShippedRuleSet.FILES);
        Scenario massage = scenarios.scenarios().stream().filter(s -> s.name().startsWith("Category 7297")).findFirst().orElseThrow();
        Scenario tea = scenarios.scenarios().stream().filter(s -> s.name().startsWith("A complete application")).findFirst()
                .orElseThrow();

        SimulationTally tally = new SimulationTally(1);
        Scenario[] submitted = {massage, tea, massage};
        String[] statusToday = {"LIVE", "LIVE", "IN_REVIEW"};
        for (int i = 0; i < submitted.length; i++) {
            Scenario scenario = submitted[i];
            SubmittedRevision revision = new SubmittedRevision(UUID.randomUUID(), "MO-2026-000001", statusToday[i], 1,
                    Instant.now(), scenario.application(), scenario.documents(), null);
            tally.add(revision, ScreeningService.evaluate(ShippedRuleSet.RULES, scenario.application(), scenario.documents(), null),
                    ScreeningService.evaluate(candidate, scenario.application(), scenario.documents(), null));
        }
        tally.skip(new SubmittedRevision(UUID.randomUUID(), "MO-2026-000002", "SUBMITTED", 2, Instant.now(),
                ApplicationData.empty(), List.of(), "documents not inspected yet"), "documents not inspected yet");

        SimulationReport.Totals totals = tally.totals(4);
        assertThat(totals.compared()).isEqualTo(3);
        assertThat(totals.skipped()).isEqualTo(1);
        assertThat(totals.changed()).isEqualTo(2);
        assertThat(totals.outcomeChanged()).isEqualTo(2);
        assertThat(totals.riskLevelChanged()).isEqualTo(2);
        assertThat(totals.outcomeChanges()).containsExactly(Map.entry("REVIEW -> REJECT", 2));
        assertThat(totals.findingsAdded()).containsExactly(Map.entry("PROHIBITED_CATEGORY@merchantCategoryCode", 2));
        assertThat(totals.findingsRemoved()).containsExactly(Map.entry("RESTRICTED_CATEGORY@merchantCategoryCode", 2));
        assertThat(totals.outcomesBefore()).containsEntry("REVIEW", 3);
        assertThat(totals.outcomesAfter()).containsEntry("REJECT", 2).containsEntry("REVIEW", 1);
        assertThat(totals.changedByApplicationStatus()).containsExactly(Map.entry("IN_REVIEW", 1), Map.entry("LIVE", 1));
        assertThat(tally.changes()).singleElement().satisfies(change -> {
            assertThat(change.applicationStatus()).isEqualTo("LIVE");
            assertThat(change.outcome()).isEqualTo(new SimulationReport.Change<>(ScreeningOutcome.REVIEW, ScreeningOutcome.REJECT));
            assertThat(change.riskPoints()).isEqualTo(new SimulationReport.Change<>(40, 0));
            assertThat(change.findingsAdded()).containsExactly("PROHIBITED_CATEGORY@merchantCategoryCode");
        });
        assertThat(tally.truncated()).isTrue();
        assertThat(tally.skipped()).singleElement().extracting(SimulationReport.SkippedRevision::reason)
                .isEqualTo("documents not inspected yet");
    }

    @Test
    void oneSimulationRunsAtATimeAndASecondOneIsToldToComeBack() throws Exception {
        RuleSetActivations activations = mock(RuleSetActivations.class);
        SubmittedRevisions revisions = mock(SubmittedRevisions.class);
        CountDownLatch compiling = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Candidate candidate = new Candidate(ShippedRuleSet.RULES,
                new ScenarioReport(ShippedRuleSet.RULES.version(), List.of(), List.of()), "not remembered here");
        when(activations.candidate()).thenAnswer(invocation -> {
            compiling.countDown();
            assertThat(finish.await(30, TimeUnit.SECONDS)).isTrue();
            return candidate;
        }).thenReturn(candidate).thenThrow(new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "rules-invalid",
                "The rules do not compile", "policy/broken.drl line 3")).thenReturn(candidate);
        when(activations.current()).thenReturn(ShippedRuleSet.RULES);
        when(revisions.latest(5)).thenReturn(List.of());
        when(revisions.batches(List.of())).thenAnswer(invocation -> mock(SubmittedRevisions.Batches.class));
        Simulation simulation = new Simulation(activations, revisions, mock(ScreeningService.class));
        SimulationRequest lastFive = new SimulationRequest(5, null, null);

        CompletableFuture<SimulationReport> first = CompletableFuture.supplyAsync(() -> simulation.run(lastFive));
        assertThat(compiling.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> simulation.run(lastFive)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(e.slug()).isEqualTo("simulation-running");
            assertThat(e.retryAfterSeconds()).contains(10L);
        });
        finish.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).totals().revisions()).isZero();

        // Finished or failed, a simulation makes way for the next.
        assertThat(simulation.run(lastFive).active().version()).isEqualTo(ShippedRuleSet.RULES.version());
        assertThatThrownBy(() -> simulation.run(lastFive)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.slug()).isEqualTo("rules-invalid"));
        assertThat(simulation.run(lastFive).totals().compared()).isZero();
    }
}
