package com.merchantonboarding.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One node starts at a time on a PostgreSQL database: from before the schemas are created or migrated (Flyway, then
 * Camunda's {@code schema-update}) until the application is ready (groups, rights, filters, the process model
 * deployed). Nodes started together on an empty database would otherwise both create Camunda's tables, both deploy
 * the model, both create the same groups and filters. A session-level advisory lock on a connection of its own:
 * PostgreSQL releases it when the node dies, so a crashed start blocks nobody. On another database (H2 in the demo
 * profile, one node only) there is nothing to take.
 */
@Component
class StartupLock implements DisposableBean {

    /** The advisory lock's key, the same on every node of one database ("MO" and 12, the issue). */
    static final long KEY = 0x4D4F_0012L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final DataSource dataSource;
    private final StartupProperties properties;
    private Connection held;
    private boolean taken;
    private long takenAt;

    StartupLock(DataSource dataSource, StartupProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** Takes the lock unless this node already has (called before Flyway and before the engine is built). */
    synchronized void acquire() {
        if (taken) {
            return;
        }
        taken = true;
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            held = connection;
            long start = System.nanoTime();
            long deadline = start + properties.lockWait().toNanos();
            boolean logged = false;
            while (!tryLock()) {
                if (System.nanoTime() > deadline) {
                    release();
                    throw new IllegalStateException("Another node has been starting on this database for longer "
                            + "than " + properties.lockWait() + " (it holds PostgreSQL advisory lock " + KEY
                            + "); stop it or raise onboarding.startup.lock-wait");
                }
                if (!logged) {
                    log.info("Another node is starting on this database; waiting for it to finish");
                    logged = true;
                }
                Thread.sleep(POLL.toMillis());
            }
            takenAt = System.nanoTime();
            log.info("Start lock taken after {} ms", (takenAt - start) / 1_000_000);
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("Cannot take the start lock on the database", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release();
            throw new IllegalStateException("Interrupted while waiting for another node's start", e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        release();
    }

    /** A start that fails ends here too: the context destroys its beans. */
    @Override
    public void destroy() {
        release();
    }

    synchronized boolean isHeld() {
        return held != null;
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement statement = held.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /**
     * Unlocks and gives the connection back to the pool; a connection that could not be unlocked is closed for good,
     * which releases the lock as well.
     */
    private synchronized void release() {
        if (held == null) {
            return;
        }
        Connection connection = held;
        held = null;
        try {
            try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                statement.setLong(1, KEY);
                statement.execute();
            }
            if (takenAt != 0) {
                log.info("Start lock released after {} ms", (System.nanoTime() - takenAt) / 1_000_000);
            }
            connection.close();
        } catch (SQLException e) {
            log.warn("Could not unlock the start lock; closing its connection instead", e);
            try {
                connection.abort(Runnable::run);
                connection.close();
            } catch (SQLException closing) {
                log.warn("Could not close the start lock's connection", closing);
            }
        }
    }
}
