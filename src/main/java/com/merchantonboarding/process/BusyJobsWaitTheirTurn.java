package com.merchantonboarding.process;

import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.common.TemporarilyBusy;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Back-pressure instead of failure (docs/inspection.md, "Under load"): a job that ends because the platform is busy
 * (an exception marked {@link TemporarilyBusy}, such as inspection waiting too long for image memory or an OCR slot)
 * is unlocked and run again {@value #MIN_DELAY_SECONDS}–{@value #MAX_DELAY_SECONDS} s later, keeping its retries.
 * It never becomes an incident for being busy. Every other failure goes through Camunda's retry cycle as before.
 */
@Component
class BusyJobsWaitTheirTurn extends AbstractProcessEnginePlugin {

    static final int MIN_DELAY_SECONDS = 15;
    static final int MAX_DELAY_SECONDS = 45;
    private static final Logger log = LoggerFactory.getLogger(BusyJobsWaitTheirTurn.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FailedJobCommandFactory standard = configuration.getFailedJobCommandFactory() != null
                ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, exception) -> busy(exception)
                ? new Reschedule(jobId, exception.getMessage()) : standard.getCommand(jobId, exception));
    }

    static boolean busy(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemporarilyBusy) {
                return true;
            }
        }
        return false;
    }

    /** Unlocks the job and makes it due again a little later; retries, exception and incidents are left alone. */
    private record Reschedule(String jobId, String reason) implements Command<Object> {

        @Override
        public Object execute(CommandContext context) {
            JobEntity job = context.getJobManager().findJobById(jobId);
            if (job == null) {
                return null;
            }
            Duration delay = Duration.ofSeconds(ThreadLocalRandom.current().nextInt(MIN_DELAY_SECONDS,
                    MAX_DELAY_SECONDS + 1));
            job.unlock();
            job.setDuedate(Date.from(Clocks.now().plus(delay)));
            log.info("Job {} waits its turn: {}; it runs again in {} s with its {} retries kept", jobId, reason,
                    delay.toSeconds(), job.getRetries());
            return null;
        }
    }
}
