package org.mentoringbot.server;

/** A setting is missing or wrong; the message names it in one line. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
