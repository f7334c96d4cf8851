package com.merchantonboarding.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application. It follows Camunda's clock so that deadlines computed by the
 * application and the engine's timers agree, also when tests move the engine's clock.
 */
public final class Clocks {

    private Clocks() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
