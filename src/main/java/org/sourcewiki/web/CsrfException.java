package org.sourcewiki.web;

/**
 * A POST whose CSRF token is missing, wrong, or not the one bound to the reader's session (signed out or in again
 * elsewhere, an old tab). Answered 403, except where a handler can keep what was typed (the edit form).
 */
public class CsrfException extends ForbiddenException {
    public CsrfException() {
        super("csrf.invalid");
    }
}
