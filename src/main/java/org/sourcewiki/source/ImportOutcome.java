package org.sourcewiki.source;

/** What happened to one file of an import. */
public sealed interface ImportOutcome {
    String fileName();

    /** imported, present or rejected: for templates, which cannot test record types. */
    default String kind() {
        if (this instanceof Imported) {
            return "imported";
        }
        return this instanceof AlreadyPresent ? "present" : "rejected";
    }

    record Imported(String fileName, String slug, String title, int passages, long boilerplate) implements ImportOutcome {
    }

    record AlreadyPresent(String fileName, String slug) implements ImportOutcome {
    }

    record Rejected(String fileName, String reason) implements ImportOutcome {
    }
}
