package org.sourcewiki.review;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.Account;
import org.sourcewiki.web.Auth;
import org.sourcewiki.web.NotFoundException;

/**
 * /review: citations that did not move at once to a newer version of their source. Anyone may read the queue (a
 * reader of a page should be able to see that one of its citations points at an older text and why); only editors
 * decide, each decision a POST form with its CSRF token, answered by a redirect back to the queue.
 */
public final class ReviewController {
    private static final int LIMIT = 200;

    private final ReviewDao reviews;
    private final ReviewService service;

    public ReviewController(Jdbi jdbi, ReviewService service) {
        this.reviews = jdbi.onDemand(ReviewDao.class);
        this.service = service;
    }

    public void serveReview(Context ctx) {
        render(ctx, null, null, Map.of());
    }

    public void handleConfirm(Context ctx) {
        Account editor = Auth.requireEditor(ctx);
        long id = entryId(ctx);
        answer(ctx, id, service.confirm(editor, id), Map.of());
    }

    public void handleCorrect(Context ctx) {
        Account editor = Auth.requireEditor(ctx);
        long id = entryId(ctx);
        String passage = ctx.formParam("passage");
        String quote = ctx.formParam("quote");
        Map<String, String> typed = new HashMap<>();
        typed.put("passage", passage == null ? "" : passage);
        typed.put("quote", quote == null ? "" : quote);
        answer(ctx, id, service.correct(editor, id, passage, quote), typed);
    }

    public void handleLeave(Context ctx) {
        Account editor = Auth.requireEditor(ctx);
        long id = entryId(ctx);
        answer(ctx, id, service.leave(editor, id), Map.of());
    }

    /** Done: back to the queue (Post/Redirect/Get), which names the entry decided; refused: the queue with why. */
    private void answer(Context ctx, long id, ReviewService.Decision decision, Map<String, String> typed) {
        if (decision.done()) {
            ctx.redirect("/review?decided=" + id + "#decided");
            return;
        }
        ctx.status(400);
        render(ctx, id, decision, typed);
    }

    private void render(Context ctx, Long refusedId, ReviewService.Decision refusal, Map<String, String> typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("pending", reviews.pending(LIMIT));
        model.put("pendingCount", reviews.pendingCount());
        model.put("decided", reviews.decided(LIMIT));
        String decided = ctx.queryParam("decided");
        if (decided != null && decided.matches("\\d{1,18}")) {
            reviews.find(Long.parseLong(decided)).ifPresent(entry -> model.put("justDecided", entry));
        }
        model.put("refusedId", refusedId == null ? -1L : refusedId);
        model.put("refusal", refusal);
        model.put("typed", typed);
        ctx.render("review", model);
    }

    private static long entryId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("notFound.review", id);
        }
        return Long.parseLong(id);
    }
}
