package com.merchantonboarding.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BrieflyCachedTest {

    @Test
    void countsOncePerRefreshHoweverOftenItIsRead() {
        AtomicInteger queries = new AtomicInteger();
        BrieflyCached<Integer> gauge = new BrieflyCached<>(Duration.ofMinutes(1), queries::incrementAndGet);

        assertThat(gauge.get()).isEqualTo(1);
        assertThat(gauge.get()).isEqualTo(1);
        assertThat(queries).hasValue(1);
    }

    @Test
    void countsAgainOnceTheRefreshTimeHasPassed() throws InterruptedException {
        AtomicInteger queries = new AtomicInteger();
        BrieflyCached<Integer> gauge = new BrieflyCached<>(Duration.ofMillis(20), queries::incrementAndGet);

        gauge.get();
        Thread.sleep(40);

        assertThat(gauge.get()).isEqualTo(2);
    }
}
