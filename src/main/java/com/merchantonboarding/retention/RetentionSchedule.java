package com.merchantonboarding.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the erasure on every node at {@code onboarding.retention.schedule}; {@link Retention} makes that safe. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule {

    private final Retention retention;

    RetentionSchedule(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${onboarding.retention.schedule:0 30 3 * * *}")
    void eraseDue() {
        retention.eraseDue();
    }
}
