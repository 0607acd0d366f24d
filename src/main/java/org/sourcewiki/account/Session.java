package org.sourcewiki.account;

import java.time.OffsetDateTime;

/**
 * A signed-in session as a request finds it: the account, the digest of the CSRF token bound to the session at
 * sign-in (null for sessions from before binding), and whether it was last seen over 5 minutes ago.
 */
public record Session(long id, String name, String role, boolean disabled, OffsetDateTime createdAt,
                      String csrfSha256, boolean seenLongAgo) {
    public Account account() {
        return new Account(id, name, role, disabled, createdAt);
    }
}
