package org.sourcewiki.page;

import java.util.List;

/** What a save did. */
public sealed interface SaveOutcome {
    /**
     * A new revision; mergedWith is the revision saved meanwhile that the editor's change was merged with (null
     * when the edit was made from the current revision).
     */
    record Saved(long revisionId, String slug, Long mergedWith) implements SaveOutcome {
        public boolean merged() {
            return mergedWith != null;
        }
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
