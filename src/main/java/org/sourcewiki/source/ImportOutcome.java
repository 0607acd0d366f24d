package org.sourcewiki.source;

/** What happened to one file of an import. */
public sealed interface ImportOutcome {
    String fileName();

    /** imported, present, rejected or skipped: for templates, which cannot test record types. */
    default String kind() {
        if (this instanceof Imported) {
            return "imported";
        }
        if (this instanceof Skipped) {
            return "skipped";
        }
        return this instanceof AlreadyPresent ? "present" : "rejected";
    }

    record Imported(String fileName, String slug, String title, int passages, long boilerplate) implements ImportOutcome {
    }

    record AlreadyPresent(String fileName, String slug) implements ImportOutcome {
    }

    record Rejected(String fileName, String reason) implements ImportOutcome {
    }

    /** A file inside a folder that the import left alone (hidden, or not a kind of file it reads), and why. */
    record Skipped(String fileName, String reason) implements ImportOutcome {
    }
}
