package org.sourcewiki.account;

import java.time.OffsetDateTime;

/** A person (or the seed importer) who can edit. */
public record Account(long id, String name, String role, boolean disabled, OffsetDateTime createdAt) {
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final String SYSTEM = "system";

    public boolean canEdit() {
        return !disabled && (EDITOR.equals(role) || ADMIN.equals(role));
    }

    public boolean isAdmin() {
        return !disabled && ADMIN.equals(role);
    }
}
