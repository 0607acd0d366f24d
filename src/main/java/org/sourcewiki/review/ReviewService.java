package org.sourcewiki.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.Account;
import org.sourcewiki.citation.CitationProblem;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.CitationResolver;
import org.sourcewiki.citation.CitationRewrite;
import org.sourcewiki.markup.CitationUse;
import org.sourcewiki.page.PageService;
import org.sourcewiki.page.SaveOutcome;

/**
 * An editor's decisions on the review queue. Confirming or correcting writes a new revision of the page, by the
 * editor, with the citation moved to the newer version (summary "Re-anchored … (confirmed|corrected in review)");
 * leaving keeps the citation on its version. The entry is locked, so it is decided once; a page that no longer holds
 * the citation marks the entry "gone" and changes nothing.
 */
public final class ReviewService {
    private final Jdbi jdbi;
    private final PageService pages;
    private final CitationResolver resolver = new CitationResolver();

    public ReviewService(Jdbi jdbi, PageService pages) {
        this.jdbi = jdbi;
        this.pages = pages;
    }

    /** What a decision did: a message key for the editor (with its argument), and whether it was done. */
    public record Decision(boolean done, String messageKey, String argument) {
        static Decision done(String key, String argument) {
            return new Decision(true, key, argument);
        }

        static Decision refused(String key, String argument) {
            return new Decision(false, key, argument);
        }
    }

    public Decision confirm(Account editor, long entryId) {
        return jdbi.inTransaction(handle -> {
            Optional<ReviewEntry> entry = lockPending(handle, entryId);
            if (entry.isEmpty()) {
                return Decision.refused("review.notPending", String.valueOf(entryId));
            }
            if (!entry.get().hasProposal()) {
                return Decision.refused("review.nothingToConfirm", String.valueOf(entryId));
            }
            return move(handle, editor, entry.get(), entry.get().proposedRef(), "confirmed");
        });
    }

    /** Moves the citation to passage passageText (a number) of the newer version, quoting quote (blank: the whole passage). */
    public Decision correct(Account editor, long entryId, String passageText, String quote) {
        String number = passageText == null ? "" : passageText.strip();
        if (!number.matches("\\d{1,9}") || Integer.parseInt(number) < 1) {
            return Decision.refused("review.passageInvalid", number);
        }
        String words = quote == null || quote.isBlank() ? null : quote.strip();
        return jdbi.inTransaction(handle -> {
            Optional<ReviewEntry> entry = lockPending(handle, entryId);
            if (entry.isEmpty()) {
                return Decision.refused("review.notPending", String.valueOf(entryId));
            }
            CitationRef chosen = new CitationRef(entry.get().toSlug(), Integer.parseInt(number), words);
            if (CitationRewrite.writable(chosen).isEmpty()) {
                return Decision.refused("review.quoteUnwritable", words);
            }
            List<CitationProblem> problems = resolver.resolve(handle,
                    List.of(new CitationUse("[" + chosen.key() + "]", chosen, null))).problems();
            if (!problems.isEmpty()) {
                return Decision.refused(problems.get(0).messageKey(), problems.get(0).written());
            }
            return move(handle, editor, entry.get(), chosen, "corrected");
        });
    }

    public Decision leave(Account editor, long entryId) {
        return jdbi.inTransaction(handle -> {
            Optional<ReviewEntry> entry = lockPending(handle, entryId);
            if (entry.isEmpty()) {
                return Decision.refused("review.notPending", String.valueOf(entryId));
            }
            handle.attach(ReviewDao.class).decide(entryId, "left", editor.id(), null);
            return Decision.done("review.left", entry.get().pageTitle());
        });
    }

    private static Optional<ReviewEntry> lockPending(Handle handle, long entryId) {
        ReviewDao reviews = handle.attach(ReviewDao.class);
        if (!reviews.lockStatus(entryId).map("pending"::equals).orElse(false)) {
            return Optional.empty();
        }
        return reviews.find(entryId);
    }

    private Decision move(Handle handle, Account editor, ReviewEntry entry, CitationRef to, String status) {
        String summary = "Re-anchored " + entry.oldRef().key() + " to version " + entry.toVersion() + " of "
                + entry.toSlug() + " (" + status + " in review)";
        if (summary.length() > 500) {
            summary = "Re-anchored a citation of " + entry.fromSlug() + " to version " + entry.toVersion() + " ("
                    + status + " in review)";
        }
        SaveOutcome outcome = pages.reviseBody(handle, editor, entry.pageSlug(),
                body -> CitationRewrite.replace(body, Map.of(entry.oldRef(), to)), summary);
        ReviewDao reviews = handle.attach(ReviewDao.class);
        if (outcome instanceof SaveOutcome.Saved saved) {
            reviews.decide(entry.id(), status, editor.id(), saved.revisionId());
            return Decision.done("review." + status, entry.pageTitle());
        }
        if (outcome instanceof SaveOutcome.Unchanged) {
            reviews.decide(entry.id(), "gone", editor.id(), null);
            return Decision.done("review.gone", entry.pageTitle());
        }
        // A citation that does not resolve: the page refused it and nothing was written.
        SaveOutcome.Invalid invalid = (SaveOutcome.Invalid) outcome;
        String argument = invalid.problems().isEmpty() ? "" : invalid.problems().get(0).detail();
        return Decision.refused("review.refused", argument);
    }
}
