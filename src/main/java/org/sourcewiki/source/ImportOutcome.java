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

    /**
     * A new source; version is 1 for a new article, n when it is the n-th version of an article already imported
     * (versionOf is then the slug of version 1, and reanchored says what became of the citations of older versions).
     */
    record Imported(String fileName, String slug, String title, int passages, long boilerplate, int version,
                    String versionOf, Reanchored reanchored) implements ImportOutcome {
        public Imported(String fileName, String slug, String title, int passages, long boilerplate) {
            this(fileName, slug, title, passages, boilerplate, 1, null, null);
        }

        /** A copy saying what became of the citations of the older versions. */
        public Imported withReanchored(Reanchored result) {
            return new Imported(fileName, slug, title, passages, boilerplate, version, versionOf, result);
        }
    }

    /** Citations of older versions of a source: how many moved to the new version at once, how many await review. */
    record Reanchored(int applied, int toReview) {
    }

    record AlreadyPresent(String fileName, String slug) implements ImportOutcome {
    }

    record Rejected(String fileName, String reason) implements ImportOutcome {
    }

    /** A file inside a folder that the import left alone (hidden, or not a kind of file it reads), and why. */
    record Skipped(String fileName, String reason) implements ImportOutcome {
    }
}
