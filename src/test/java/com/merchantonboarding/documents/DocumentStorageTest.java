package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Both document stores in real transactions: on an in-memory H2 database migrated by the application's own Flyway
 * scripts (so V9 runs on H2, as in the demo profile), without the application around them.
 */
class DocumentStorageTest {

    private static final byte[] BYTES = "a licence, or what stands for one".getBytes();

    private static JdbcDataSource dataSource;
    private static TransactionTemplate transaction;

    @TempDir
    Path directory;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:storage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void theFileStoreDeletesAFileWrittenInATransactionThatRollsBack() throws Exception {
        FileDocumentStorage store = new FileDocumentStorage(directory);

        String kept = transaction.execute(status -> store.store(BYTES));
        String[] dropped = new String[1];
        transaction.executeWithoutResult(status -> {
            dropped[0] = store.store(BYTES);
            assertThat(directory.resolve(dropped[0])).exists();
            status.setRollbackOnly();
        });

        assertThat(store.read(kept)).isEqualTo(BYTES);
        assertThat(directory.resolve(dropped[0])).doesNotExist();
        try (var files = Files.list(directory)) {
            assertThat(files).as("no file but the committed one, no temporary file").hasSize(1);
        }
        assertThatThrownBy(() -> store.read(dropped[0])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No document " + dropped[0] + " in the file store");
    }

    @Test
    void theFileStoreRefusesANameOutsideItsDirectory() throws Exception {
        FileDocumentStorage store = new FileDocumentStorage(directory.resolve("documents"));
        assertThatThrownBy(() -> store.read("../secret.bin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid storage name");
    }

    @Test
    void theDatabaseStoreKeepsTheBytesOfACommittedTransactionOnly() {
        DatabaseDocumentStorage store = new DatabaseDocumentStorage(dataSource);

        String kept = transaction.execute(status -> store.store(BYTES));
        String[] dropped = new String[1];
        transaction.executeWithoutResult(status -> {
            dropped[0] = store.store(BYTES);
            assertThat(store.read(dropped[0])).as("read back inside its transaction").isEqualTo(BYTES);
            status.setRollbackOnly();
        });

        assertThat(store.read(kept)).isEqualTo(BYTES);
        assertThat(rows(kept)).isEqualTo(1);
        assertThat(rows(dropped[0])).isZero();
        assertThatThrownBy(() -> store.read(dropped[0])).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No document " + dropped[0] + " in the database store");
    }

    @Test
    void retentionDeletesFromTheDatabaseStoreWithItsTransaction() {
        DatabaseDocumentStorage store = new DatabaseDocumentStorage(dataSource);
        String name = transaction.execute(status -> store.store(BYTES));

        transaction.executeWithoutResult(status -> {
            store.delete(name);
            status.setRollbackOnly();
        });
        assertThat(rows(name)).as("a rolled-back erasure keeps the bytes").isEqualTo(1);
        transaction.executeWithoutResult(status -> store.delete(name));
        assertThat(rows(name)).isZero();
    }

    @Test
    void retentionDeletesFromTheFileStore() throws Exception {
        FileDocumentStorage store = new FileDocumentStorage(directory);
        String name = store.store(BYTES);
        store.delete(name);
        assertThatThrownBy(() -> store.read(name)).isInstanceOf(IllegalStateException.class);
        store.delete(name);
    }

    @Test
    void theDatabaseStoreRefusesToStoreOutsideATransaction() {
        DatabaseDocumentStorage store = new DatabaseDocumentStorage(dataSource);
        assertThatThrownBy(() -> store.store(BYTES)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none is active");
    }

    @Test
    void theDatabaseStoreTakesTheLargestUploadOnH2() {
        DatabaseDocumentStorage store = new DatabaseDocumentStorage(dataSource);
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        new java.util.Random(12).nextBytes(tenMegabytes);

        String name = transaction.execute(status -> store.store(tenMegabytes));

        assertThat(store.read(name)).isEqualTo(tenMegabytes);
    }

    private static long rows(String storageName) {
        return JdbcClient.create(dataSource).sql("select count(*) from document_content where storage_name = ?")
                .param(storageName).query(Long.class).single();
    }
}
