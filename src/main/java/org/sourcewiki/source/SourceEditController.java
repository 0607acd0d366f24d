package org.sourcewiki.source;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.Account;
import org.sourcewiki.page.EditForm.FieldError;
import org.sourcewiki.web.Auth;
import org.sourcewiki.web.NotFoundException;

/**
 * Editors correcting a source: its metadata (a form), a passage's kind (a small form under the passage), and the
 * history of every correction. Refused corrections re-render the form with everything the editor typed.
 */
public final class SourceEditController {
    private final SourceDao sources;
    private final SourceEditDao edits;
    private final SourceCorrections corrections;

    public SourceEditController(Jdbi jdbi, SourceCorrections corrections) {
        this.sources = jdbi.onDemand(SourceDao.class);
        this.edits = jdbi.onDemand(SourceEditDao.class);
        this.corrections = corrections;
    }

    public void serveMetadataForm(Context ctx) {
        Auth.requireEditor(ctx);
        SourceSummary source = findSource(ctx);
        SourceMetadataForm form = SourceMetadataForm.of(source, edits.latestMetadataEdit(source.id()));
        renderForm(ctx, source, form, List.of(), null, form.baseEdit());
    }

    public void handleMetadataForm(Context ctx) {
        Account editor = Auth.requireEditor(ctx);
        SourceSummary source = findSource(ctx);
        SourceMetadataForm form = SourceMetadataForm.of(ctx.formParam("title"), ctx.formParam("publisher"),
                ctx.formParam("author"), ctx.formParam("date"), ctx.formParam("language"), ctx.formParam("url"),
                ctx.formParam("summary"), ctx.formParam("base_edit"));
        SourceCorrections.Outcome outcome = corrections.correctMetadata(editor, source, form);
        if (outcome instanceof SourceCorrections.Outcome.Refused refused) {
            SourceSummary current = refused.latestEdit() == null ? null : findSource(ctx);
            ctx.status(refused.latestEdit() == null ? 400 : 409);
            // After a conflict the form is based on the latest correction: saving again replaces what is shown.
            String base = refused.latestEdit() == null ? form.baseEdit() : String.valueOf(refused.latestEdit());
            renderForm(ctx, source, form, refused.problems(), current, base);
            return;
        }
        ctx.redirect("/sources/" + source.slug() + "/history");
    }

    private void renderForm(Context ctx, SourceSummary source, SourceMetadataForm form,
                            List<FieldError> problems, SourceSummary current, String baseEdit) {
        Map<String, Object> model = new HashMap<>();
        model.put("source", source);
        model.put("form", form);
        model.put("problems", problems);
        model.put("current", current);
        model.put("baseEdit", baseEdit);
        ctx.render("source_edit", model);
    }

    /** POST /sources/{slug}/passages/{n}/kind: kind, from_kind (what the editor saw), summary (why). */
    public void handleKindCorrection(Context ctx) {
        Account editor = Auth.requireEditor(ctx);
        SourceSummary source = findSource(ctx);
        String numberParam = ctx.pathParam("number");
        int number = numberParam.matches("\\d{1,9}") ? Integer.parseInt(numberParam) : 0;
        SourceCorrections.Outcome outcome = corrections.correctKind(editor, source, number, ctx.formParam("from_kind"),
                ctx.formParam("kind"), ctx.formParam("summary"));
        if (outcome instanceof SourceCorrections.Outcome.Refused refused) {
            List<StoredPassage> passage = sources.passagesBetween(source.id(), number, number);
            if (passage.isEmpty()) {
                throw new NotFoundException("notFound.passage", source.slug() + "#p" + numberParam);
            }
            ctx.status(refused.latestEdit() == null ? 400 : 409);
            Map<String, Object> model = new HashMap<>();
            model.put("source", source);
            model.put("passage", passage.get(0));
            model.put("problems", refused.problems());
            model.put("kind", ctx.formParam("kind"));
            model.put("summary", ctx.formParam("summary") == null ? "" : ctx.formParam("summary"));
            ctx.render("source_kind", model);
            return;
        }
        ctx.redirect(SourcePages.passageHref(source.slug(), number));
    }

    /** Every correction of the source, newest first, each with its changes; the import is the first entry. */
    public void serveHistory(Context ctx) {
        SourceSummary source = findSource(ctx);
        Map<Long, List<SourceEditDao.Change>> changes = new LinkedHashMap<>();
        for (SourceEditDao.Change change : edits.changes(source.id())) {
            changes.computeIfAbsent(change.editId(), id -> new ArrayList<>()).add(change);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (SourceEditDao.Edit edit : edits.edits(source.id())) {
            entries.add(new HistoryEntry(edit, changes.getOrDefault(edit.id(), List.of())));
        }
        ctx.render("source_history", Map.of("source", source, "entries", entries));
    }

    /** One correction with its changed values, for the history page. */
    public record HistoryEntry(SourceEditDao.Edit edit, List<SourceEditDao.Change> changes) {
    }

    private SourceSummary findSource(Context ctx) {
        String slug = ctx.pathParam("slug");
        return sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("notFound.source", slug));
    }
}
