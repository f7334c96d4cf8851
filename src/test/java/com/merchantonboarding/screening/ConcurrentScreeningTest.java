package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentScreeningTest {

    @Test
    void concurrentEvaluationsShareTheRuleBaseWithoutSeeingEachOthersFacts() throws Exception {
        TestApplication clean = TestApplication.valid();
        TestApplication prohibited = TestApplication.valid().category("7995");
        ScreeningResult expectedClean = ShippedRules.screen(clean);
        ScreeningResult expectedProhibited = ShippedRules.screen(prohibited);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        if (!ShippedRules.screen(clean).equals(expectedClean)
                                || !ShippedRules.screen(prohibited).equals(expectedProhibited)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
