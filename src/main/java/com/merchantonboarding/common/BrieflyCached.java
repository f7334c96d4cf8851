package com.merchantonboarding.common;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value counted in the database for a gauge, counted again only when it is older than the refresh time: however
 * many scrapers ask and however many series read it, one query per refresh. Real time, not {@link Clocks}, which
 * tests move by days.
 */
public final class BrieflyCached<T> implements Supplier<T> {

    private final Supplier<T> source;
    private final long refreshNanos;
    private T value;
    private long countedAt;

    public BrieflyCached(Duration refresh, Supplier<T> source) {
        this.source = source;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - countedAt >= refreshNanos) {
            value = source.get();
            countedAt = now;
        }
        return value;
    }
}
