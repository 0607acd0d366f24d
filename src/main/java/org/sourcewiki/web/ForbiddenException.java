package org.sourcewiki.web;

/** The request may not do this (no sign-in, wrong role, bad CSRF token); shown as a 403 page, changing nothing. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String messageKey) {
        super(messageKey);
    }
}
