package org.sourcewiki.page;

import java.util.List;

/** What a save did. */
public sealed interface SaveOutcome {
    /** A new revision; merged is true when it combined the editor's change with one saved meanwhile. */
    record Saved(long revisionId, String slug, boolean merged) implements SaveOutcome {
    }

    /** Nothing differed from the current revision, so no revision was made. */
    record Unchanged(String slug) implements SaveOutcome {
    }

    /** The page changed since the editor's base revision in the same places; nothing saved. */
    record Conflict(RevisionRow current) implements SaveOutcome {
    }

    /** The form breaks a rule; nothing saved. */
    record Invalid(List<EditForm.FieldError> problems) implements SaveOutcome {
    }
}
