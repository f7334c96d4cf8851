package com.merchantonboarding.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps document bytes on disk under generated names, outside any web root: for one machine (every node would need
 * the same directory). A file written inside a transaction that rolls back is deleted again, so no upload is
 * half-stored.
 */
class FileDocumentStorage implements DocumentStorage {

    private static final Logger log = LoggerFactory.getLogger(FileDocumentStorage.class);

    private final Path root;

    FileDocumentStorage(Path directory) throws IOException {
        this.root = directory.toAbsolutePath().normalize();
        Files.createDirectories(root);
    }

    @Override
    public String store(byte[] bytes) {
        String name = UUID.randomUUID() + ".bin";
        Path target = root.resolve(name);
        try {
            Path temp = Files.createTempFile(root, "upload-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(name);
                    }
                }
            });
        }
        return name;
    }

    @Override
    public byte[] read(String storageName) {
        try {
            return Files.readAllBytes(resolve(storageName));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("No document " + storageName + " in the file store " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read stored document " + storageName, e);
        }
    }

    @Override
    public void delete(String storageName) {
        try {
            Files.deleteIfExists(resolve(storageName));
        } catch (IOException e) {
            log.warn("Could not delete orphaned document file {}", storageName, e);
        }
    }

    private Path resolve(String storageName) {
        Path path = root.resolve(storageName).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Invalid storage name");
        }
        return path;
    }
}
