package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluations running while an analyst's rule set is swapped in each see exactly one version. */
class RuleBaseSwapTest {

    @TempDir
    Path temp;

    @Test
    void everyEvaluationDuringSwapsDecidesWithExactlyOneVersion() throws Exception {
        Path folder = ShippedRules.copy(temp.resolve("rules"));
        ShippedRules.edit(folder, "tables/merchant-categories.csv",
                text -> text.replace("7297,Massage Parlors,RESTRICTED,no", "7297,Massage Parlors,PROHIBITED,no"));
        ShippedRules.edit(folder, "policy.properties", text -> text.replace("ruleset.label=2026.11-1", "ruleset.label=2026.11-2"));
        RuleBase restricted = ShippedRules.RULES;
        RuleBase prohibited = ShippedRules.LOADER.load(RuleSource.directory(folder));
        RuleBaseHolder holder = new RuleBaseHolder(ShippedRules.LOADER, restricted);
        ScreeningService service = new ScreeningService(holder);
        TestApplication massage = TestApplication.valid().category("7297");

        AtomicBoolean swapping = new AtomicBoolean(true);
        AtomicInteger evaluated = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<ScreeningResult>>> evaluations = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                evaluations.add(pool.submit(() -> {
                    started.countDown();
                    List<ScreeningResult> results = new ArrayList<>();
                    while (swapping.get()) {
                        results.add(service.screen(massage.data(), massage.documents()));
                        evaluated.incrementAndGet();
                    }
                    return results;
                }));
            }
            Future<Integer> swaps = pool.submit(() -> {
                started.await();
                int count = 0;
                for (; count < 20; count++) {
                    holder.activate(count % 2 == 0 ? prohibited : restricted);
                    // let evaluations run on this version before the next swap (no timer: count them)
                    int before = evaluated.get();
                    while (evaluated.get() < before + 4) {
                        Thread.yield();
                    }
                }
                swapping.set(false);
                return count;
            });
            assertThat(swaps.get()).isEqualTo(20);

            List<ScreeningResult> all = new ArrayList<>();
            for (Future<List<ScreeningResult>> evaluation : evaluations) {
                all.addAll(evaluation.get());
            }
            for (ScreeningResult result : all) {
                if (result.ruleSetVersion().equals(restricted.version())) {
                    assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REVIEW);
                    assertThat(ShippedRules.summary(result)).containsExactly("RESTRICTED_CATEGORY@merchantCategoryCode");
                    assertThat(result.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.REVIEW));
                } else {
                    assertThat(result.ruleSetVersion()).isEqualTo(prohibited.version());
                    assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REJECT);
                    assertThat(ShippedRules.summary(result)).containsExactly("PROHIBITED_CATEGORY@merchantCategoryCode");
                }
            }
            assertThat(all).extracting(ScreeningResult::ruleSetVersion).contains(restricted.version(), prohibited.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void activateReturnsTheReplacedRuleBase() {
        RuleBaseHolder holder = new RuleBaseHolder(ShippedRules.LOADER, ShippedRules.RULES);
        RuleBase other = ShippedRules.LOADER.load(RuleSource.directory(ShippedRules.copy(temp.resolve("other"))));

        assertThat(holder.activate(other)).isSameAs(ShippedRules.RULES);
        assertThat(holder.current()).isSameAs(other);
    }
}
