package com.merchantonboarding.documents;

/** The bytes do not follow their format (truncated, inconsistent, unreadable); the message says what was found. */
class MalformedFileException extends Exception {

    MalformedFileException(String message) {
        super(message);
    }

    MalformedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
