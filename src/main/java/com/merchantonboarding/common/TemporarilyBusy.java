package com.merchantonboarding.common;

/**
 * Marks an exception that says "busy, try again later" rather than "failed": a job that ends with one is scheduled
 * again without using up a retry (see {@code process.BusyJobsWaitTheirTurn}).
 */
public interface TemporarilyBusy {
}
