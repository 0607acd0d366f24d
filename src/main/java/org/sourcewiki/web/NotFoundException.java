package org.sourcewiki.web;

/** Thrown by a handler when what the URL names does not exist; shown as the 404 page. */
public class NotFoundException extends RuntimeException {
    private final String messageKey;
    private final String subject;

    public NotFoundException(String messageKey, String subject) {
        super(messageKey + ": " + subject);
        this.messageKey = messageKey;
        this.subject = subject;
    }

    public String messageKey() {
        return messageKey;
    }

    public String subject() {
        return subject;
    }
}
