package org.sourcewiki.account;

/** Input an account operation refuses; the message is a message key shown to the person. */
public class AccountException extends RuntimeException {
    public AccountException(String messageKey) {
        super(messageKey);
    }
}
