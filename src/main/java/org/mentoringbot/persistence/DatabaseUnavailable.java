package org.mentoringbot.persistence;

/** The database could not be opened; the message is one line an operator can act on. */
public final class DatabaseUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
