package org.sourcewiki.config;

/** A setting or start-up condition the user must fix; its message is shown as one line, without a stack trace. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
