package com.merchantonboarding.documents;

import com.merchantonboarding.common.Clocks;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps document bytes in the table {@code document_content}, in the transaction of the row that names them: a
 * rollback leaves nothing, every node reads what any node stored, and a database backup holds the documents. Plain
 * JDBC rather than an entity, so that the bytes are read only when asked for, one document at a time.
 */
class DatabaseDocumentStorage implements DocumentStorage {

    private final JdbcClient jdbc;

    DatabaseDocumentStorage(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Refuses to store outside a transaction: the bytes would stay whatever became of the row naming them. */
    @Override
    public String store(byte[] bytes) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Documents are stored in the database inside the transaction of the row "
                    + "that names them; none is active");
        }
        String name = UUID.randomUUID().toString();
        jdbc.sql("insert into document_content (storage_name, content, stored_at) values (?, ?, ?)")
                .params(name, bytes, Timestamp.from(Clocks.now()))
                .update();
        return name;
    }

    @Override
    public byte[] read(String storageName) {
        return jdbc.sql("select content from document_content where storage_name = ?")
                .param(storageName)
                .query((rs, row) -> rs.getBytes(1))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No document " + storageName + " in the database store "
                        + "(documents stored before onboarding.documents.store was switched stay in the store that "
                        + "took them)"));
    }

    @Override
    public void delete(String storageName) {
        jdbc.sql("delete from document_content where storage_name = ?").param(storageName).update();
    }
}
