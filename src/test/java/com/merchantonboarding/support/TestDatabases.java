package com.merchantonboarding.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases of their own on the PostgreSQL server of {@code TEST_DB_URL}, for the built jar started in a process of
 * its own ({@link JarProcess}): created empty, dropped after.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The test database's name with this suffix: {@code onboarding_test_burst}. */
    public static String named(String suffix) {
        String url = testUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_" + suffix;
    }

    /** The JDBC URL of a database on the test server. */
    public static String url(String database) {
        return serverUrl() + database;
    }

    public static String user() {
        return System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
    }

    /** Drops the database if it exists and creates it empty. */
    public static void recreate(String database) throws SQLException {
        drop(database);
        admin("CREATE DATABASE " + checked(database));
    }

    /** Drops the database, closing the connections left to it. */
    public static void drop(String database) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + checked(database) + " WITH (FORCE)");
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password());
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String checked(String database) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Database name " + database);
        }
        return database;
    }

    private static String testUrl() {
        return System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/onboarding_test");
    }

    /** The server of TEST_DB_URL, ending in '/'. */
    private static String serverUrl() {
        String url = testUrl();
        return url.substring(0, url.lastIndexOf('/') + 1);
    }
}
