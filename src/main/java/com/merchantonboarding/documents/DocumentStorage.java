package com.merchantonboarding.documents;

/**
 * Where the bytes of documents live: uploads and the licence regions cut out for officers. Bytes are stored under a
 * generated name that the row naming them keeps; they never change. Which store runs is chosen by
 * {@code onboarding.documents.store} ({@link DocumentStorageConfiguration}, docs/operations-storage.md).
 */
interface DocumentStorage {

    /**
     * Stores the bytes and returns the generated storage name. Inside a transaction, a rollback leaves nothing
     * stored.
     */
    String store(byte[] bytes);

    /** The bytes stored under this name; an unknown name is an error naming the store. */
    byte[] read(String storageName);

    /**
     * Deletes the bytes stored under this name, if they are there (retention). The database store deletes in the
     * caller's transaction; the file store at once.
     */
    void delete(String storageName);
}
