package org.sourcewiki.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.Account;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.claim.ClaimDiff;
import org.sourcewiki.revision.BodyDiff;
import org.sourcewiki.web.Auth;
import org.sourcewiki.web.BadRequestException;

/** A page's history (newest first, keyset-paginated), the difference between two revisions, and restore. */
public final class PageHistoryController {
    private static final int HISTORY_PAGE = 50;

    private final PageDao pages;
    private final PageLookup lookup;
    private final CitationDao citations;
    private final PageService service;

    public PageHistoryController(Jdbi jdbi, PageService service) {
        this.pages = jdbi.onDemand(PageDao.class);
        this.lookup = new PageLookup(pages);
        this.citations = jdbi.onDemand(CitationDao.class);
        this.service = service;
    }

    /**
     * The confirmation step of a restore (GET ?revision=N): what will be restored (the revision, its author and
     * date, its differences from the current revision) and a summary field; the POST form on it restores.
     */
    public void serveRestore(Context ctx) {
        String slug = Titles.slug(ctx.pathParam("slug"));
        if (Auth.account(ctx).isEmpty()) {
            ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path() + "?revision="
                    + Objects.requireNonNullElse(ctx.queryParam("revision"), ""), StandardCharsets.UTF_8));
            return;
        }
        Auth.requireEditor(ctx);
        PageRow page = lookup.pageOrRedirect(ctx, slug, "/restore");
        if (page == null) {
            return;
        }
        if (ctx.queryParam("revision") == null) {
            throw new BadRequestException("restore.noRevision");
        }
        RevisionRow old = lookup.revisionOfPage(page, ctx.queryParam("revision"));
        RevisionRow current = pages.revision(page.currentRevisionId()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("pageHref", "/wiki/" + Titles.encodeSegment(page.slug()));
        model.put("old", old);
        model.put("current", current);
        model.put("same", old.content().sameAs(current.content()));
        model.put("bodyDiff", BodyDiff.html(current.body(), old.body()));
        model.put("bodyChanged", !current.body().equals(old.body()));
        model.put("fieldChanges", fieldChanges(current.content(), old.content()));
        model.put("summary", Objects.requireNonNullElse(ctx.queryParam("summary"), ""));
        ctx.render("restore", model);
    }

    /**
     * Restores on the confirmation form's POST (it carries confirm=1 and the editor's summary). A POST without
     * confirm, from a page rendered before the confirmation step existed, is sent to the confirmation (303).
     */
    public void handleRestore(Context ctx) {
        Account account = Auth.requireEditor(ctx);
        String slug = Titles.slug(ctx.pathParam("slug"));
        long revisionId = PageLookup.parseId(ctx.formParam("revision"));
        if (ctx.formParam("confirm") == null) {
            ctx.redirect("/wiki/" + Titles.encodeSegment(slug) + "/restore?revision=" + revisionId, HttpStatus.SEE_OTHER);
            return;
        }
        SaveOutcome outcome = service.restore(account, slug, revisionId, ctx.formParam("summary"));
        if (outcome instanceof SaveOutcome.Saved saved) {
            ctx.redirect("/wiki/" + Titles.encodeSegment(saved.slug()), HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SaveOutcome.Unchanged unchanged) {
            ctx.redirect("/wiki/" + Titles.encodeSegment(unchanged.slug()), HttpStatus.SEE_OTHER);
        } else {
            SaveOutcome.Invalid invalid = (SaveOutcome.Invalid) outcome;
            throw new BadRequestException(invalid.problems().get(0).messageKey());
        }
    }

    public void serveHistory(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (PageLookup.redirectedToCanonical(ctx, slug, "/history")) {
            return;
        }
        PageRow page = lookup.pageOrRedirect(ctx, slug, "/history");
        if (page == null) {
            return;
        }
        long before = ctx.queryParam("before") == null ? Long.MAX_VALUE : PageLookup.parseId(ctx.queryParam("before"));
        List<RevisionRow> rows = pages.history(page.id(), before, HISTORY_PAGE + 1);
        boolean more = rows.size() > HISTORY_PAGE;
        List<RevisionRow> shown = more ? rows.subList(0, HISTORY_PAGE) : rows;
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("pageHref", "/wiki/" + Titles.encodeSegment(page.slug()));
        model.put("revisions", shown);
        model.put("nextBefore", more ? shown.get(shown.size() - 1).id() : null);
        ctx.render("history", model);
    }

    public void serveDiff(Context ctx) {
        String slug = Titles.slug(ctx.pathParam("slug"));
        PageRow page = lookup.pageOrRedirect(ctx, slug, "/diff");
        if (page == null) {
            return;
        }
        RevisionRow from = lookup.revisionOfPage(page, ctx.queryParam("from"));
        RevisionRow to = lookup.revisionOfPage(page, ctx.queryParam("to"));
        if (from.id() > to.id()) {
            RevisionRow swap = from;
            from = to;
            to = swap;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("pageHref", "/wiki/" + Titles.encodeSegment(page.slug()));
        model.put("from", from);
        model.put("to", to);
        model.put("bodyDiff", BodyDiff.html(from.body(), to.body()));
        model.put("bodyChanged", !from.body().equals(to.body()));
        model.put("fieldChanges", fieldChanges(from.content(), to.content()));
        List<StoredCitation> before = new ArrayList<>();
        List<StoredCitation> after = new ArrayList<>();
        for (CitationDao.RevisionCitation citation : citations.ofRevisions(from.id(), to.id())) {
            (citation.revisionId() == from.id() ? before : after).add(citation.citation());
        }
        model.put("citationsAdded", citationDifference(after, before));
        model.put("citationsRemoved", citationDifference(before, after));
        ctx.render("diff", model);
    }

    /** A changed field: its text before and after, and for a claim field each value that changed (else empty). */
    public record FieldChange(String name, String before, String after, List<ClaimDiff.ValueChange> values) {
        public FieldChange(String name, String before, String after) {
            this(name, before, after, List.of());
        }
    }

    static List<FieldChange> fieldChanges(PageContent from, PageContent to) {
        List<FieldChange> changes = new ArrayList<>();
        if (!from.title().equals(to.title())) {
            changes.add(new FieldChange("title", from.title(), to.title()));
        }
        if (!from.kind().equals(to.kind())) {
            changes.add(new FieldChange("kind", from.kind(), to.kind()));
        }
        Set<String> names = new LinkedHashSet<>(from.fields().keySet());
        names.addAll(to.fields().keySet());
        for (String name : names) {
            String before = String.join("\n", PageRenderer.values(from.fields().get(name)));
            String after = String.join("\n", PageRenderer.values(to.fields().get(name)));
            if (!before.equals(after)) {
                changes.add(new FieldChange(name, before, after, PageKind.CLAIM_FIELDS.contains(name)
                        ? ClaimDiff.diff(PageRenderer.values(from.fields().get(name)), PageRenderer.values(to.fields().get(name)))
                        : List.of()));
            }
        }
        return changes;
    }

    /** The citations of one revision that the other does not have, compared by source, passage and quote. */
    static List<StoredCitation> citationDifference(List<StoredCitation> of, List<StoredCitation> without) {
        Set<String> keys = new HashSet<>();
        without.forEach(c -> keys.add(c.key()));
        return of.stream().filter(c -> !keys.contains(c.key())).toList();
    }
}
