package org.sourcewiki.web;

/** Input a handler cannot use; the message (a message key) explains it to the reader with status 400. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String messageKey) {
        super(messageKey);
    }
}
