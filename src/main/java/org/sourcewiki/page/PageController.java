package org.sourcewiki.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.Account;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.cite.CiteService;
import org.sourcewiki.revision.BodyDiff;
import org.sourcewiki.web.Auth;
import org.sourcewiki.web.BadRequestException;
import org.sourcewiki.web.NotFoundException;

/** Wiki pages: view (current or any revision), edit, history, differences, restore, what links here, JSON (by any old title). */
public final class PageController {
    private static final int HISTORY_PAGE = 50;

    private final PageDao pages;
    private final CitationDao citations;
    private final PageService service;
    private final PageRenderer renderer;

    private final Annotations annotations;
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private final org.sourcewiki.search.SearchService search;

    private final CiteService cite;

    public PageController(Jdbi jdbi, PageService service, PageRenderer renderer, String publicUrl, CiteService cite) {
        this.cite = cite;
        this.search = new org.sourcewiki.search.SearchService(jdbi);
        this.annotations = new Annotations(publicUrl);
        this.pages = jdbi.onDemand(PageDao.class);
        this.citations = jdbi.onDemand(CitationDao.class);
        this.service = service;
        this.renderer = renderer;
    }

    public void servePage(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (redirectedToCanonical(ctx, slug, "")) {
            return;
        }
        RevisionRow revision = revisionToShow(ctx, slug);
        if (revision == null) {
            return;
        }
        PageRenderer.Rendered rendered = renderer.render(revision);
        Map<String, Object> model = new HashMap<>();
        model.put("revision", revision);
        model.put("rendered", rendered);
        if (!"topic".equals(revision.kind())) {
            List<String> names = new ArrayList<>();
            names.add(revision.title());
            names.addAll(PageRenderer.values(revision.fields().get("aliases")));
            java.util.Set<String> cited = new java.util.HashSet<>();
            rendered.references().forEach(source -> source.notes().forEach(note -> cited.add(source.slug() + "#p" + note.passageNumber())));
            model.put("mentions", search.mentions(names));
            model.put("cited", cited);
        }
        model.put("childId", revision.isCurrent() ? null : pages.childOf(revision.id()).orElse(null));
        String merged = ctx.queryParam("merged");
        if (merged != null && merged.matches("\\d{1,18}")) {
            // After a save that was merged with an edit made meanwhile (Post/Redirect/Get): say so, with which.
            model.put("mergedWith", Long.parseLong(merged));
        }
        model.put("head", cite.pageHead(ctx, revision));
        ctx.render("page", model);
    }

    /** The revision asked for by ?rev=, or the current one; null when a redirect or 404 has been sent. */
    private RevisionRow revisionToShow(Context ctx, String slug) {
        String rev = ctx.queryParam("rev");
        if (rev == null) {
            Optional<RevisionRow> current = pages.currentRevision(slug);
            if (current.isPresent()) {
                return current.get();
            }
            Optional<String> moved = pages.redirectTarget(slug);
            if (moved.isPresent()) {
                ctx.redirect("/wiki/" + Titles.encodeSegment(moved.get()), HttpStatus.MOVED_PERMANENTLY);
                return null;
            }
            renderMissing(ctx, slug);
            return null;
        }
        RevisionRow revision = pages.revision(parseId(rev)).orElseThrow(() -> new NotFoundException("notFound.revision", rev));
        if (!revision.pageSlug().equals(slug) && !pages.redirectTarget(slug).map(revision.pageSlug()::equals).orElse(false)) {
            throw new NotFoundException("notFound.revisionOfPage", rev);
        }
        if (!revision.pageSlug().equals(slug)) {
            ctx.redirect(revision.permalink(), HttpStatus.MOVED_PERMANENTLY);
            return null;
        }
        return revision;
    }

    private void renderMissing(Context ctx, String slug) {
        String title = Titles.fromSlug(slug);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("titleProblem", Titles.problem(title).orElse(null));
        model.put("editHref", Titles.path(title) + "/edit");
        model.put("backlinks", pages.backlinks(slug));
        ctx.attribute(org.sourcewiki.web.WebApp.RENDERED, true);
        ctx.status(404).render("page_missing", model);
    }

    public void serveEdit(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (redirectedToCanonical(ctx, slug, "/edit")) {
            return;
        }
        if (Auth.account(ctx).isEmpty()) {
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Auth.requireEditor(ctx);
        Optional<RevisionRow> current = pages.currentRevision(slug);
        if (current.isEmpty()) {
            Optional<String> moved = pages.redirectTarget(slug);
            if (moved.isPresent()) {
                ctx.redirect("/wiki/" + Titles.encodeSegment(moved.get()) + "/edit");
                return;
            }
        }
        String title = current.map(RevisionRow::title).orElse(Titles.fromSlug(slug));
        Titles.problem(title).ifPresent(problem -> {
            throw new BadRequestException(problem);
        });
        Map<String, String> raw = new LinkedHashMap<>();
        current.ifPresent(r -> r.fields().forEach((name, value) -> raw.put(name, String.join("\n", PageRenderer.values(value)))));
        String kind = current.map(RevisionRow::kind).orElse(PageKind.fromCode(ctx.queryParam("kind")) == null
                ? "topic" : ctx.queryParam("kind"));
        EditForm form = new EditForm(title, kind, current.map(RevisionRow::body).orElse(""), "",
                current.map(r -> String.valueOf(r.id())).orElse(""), raw);
        renderEdit(ctx, slug, form, Map.of());
    }

    public void handleEdit(Context ctx) {
        Optional<Account> signedIn = Auth.account(ctx).filter(Account::canEdit);
        if (signedIn.isEmpty()) {
            // Signed out in another tab, or the session ended: keep every word, say how to go on.
            renderRefusedEdit(ctx, ctx.pathParam("slug"), 403,
                    Auth.account(ctx).isEmpty() ? "edit.signedOut" : "auth.editorsOnly");
            return;
        }
        Account account = signedIn.get();
        String slug = Titles.slug(ctx.pathParam("slug"));
        EditForm form = EditForm.read(ctx::formParam);
        String overwrite = ctx.formParam("overwrite");
        if (overwrite != null && overwrite.matches("\\d{1,18}")) {
            // The explicit choice on the conflict page: save over the revision the editor was shown, and only it.
            form = form.withBase(overwrite);
        }
        if (ctx.formParam("preview") != null) {
            List<EditForm.FieldError> problems = form.problems();
            Map<String, Object> extra = new HashMap<>();
            extra.put("problems", problems);
            if (problems.isEmpty()) {
                extra.put("preview", renderer.preview(form.content()));
            }
            renderEdit(ctx, slug, form, extra);
            return;
        }
        SaveOutcome outcome = service.save(account, slug, form);
        if (outcome instanceof SaveOutcome.Saved saved) {
            String merged = saved.merged() ? "?merged=" + saved.mergedWith() : "";
            ctx.redirect("/wiki/" + Titles.encodeSegment(saved.slug()) + merged, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SaveOutcome.Unchanged) {
            renderEdit(ctx, slug, form, Map.of("notice", "edit.unchanged"));
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            Map<String, Object> model = new HashMap<>();
            RevisionRow current = conflict.current();
            model.put("form", form);
            model.put("slug", slug);
            model.put("current", current);
            model.put("conflictWith", current.id());
            model.put("bodyDiff", BodyDiff.html(current.body(), form.body()));
            model.put("actionHref", "/wiki/" + Titles.encodeSegment(slug) + "/edit");
            model.put("kinds", PageKind.values());
            model.put("subtypes", PageKind.ACTOR_SUBTYPES);
            ctx.status(409).render("conflict", model);
        } else {
            SaveOutcome.Invalid invalid = (SaveOutcome.Invalid) outcome;
            ctx.status(400);
            renderEdit(ctx, slug, form, Map.of("problems", invalid.problems()));
        }
    }

    /**
     * The edit form again with everything that was submitted, when a save could not even be tried: signed out,
     * a CSRF token renewed by signing in elsewhere, the database unavailable. The notice says what to do; the new
     * form carries a fresh token, so pressing Save again works.
     */
    public void renderRefusedEdit(Context ctx, String slug, int status, String noticeKey) {
        ctx.status(status);
        renderEdit(ctx, Titles.slug(slug), EditForm.read(ctx::formParam), Map.of("notice", noticeKey, "refused", true));
    }

    private void renderEdit(Context ctx, String slug, EditForm form, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("form", form);
        model.put("slug", slug);
        model.put("isNew", form.baseRevision().isEmpty());
        model.put("actionHref", "/wiki/" + Titles.encodeSegment(slug) + "/edit");
        model.put("kinds", PageKind.values());
        model.put("subtypes", PageKind.ACTOR_SUBTYPES);
        model.putIfAbsent("problems", List.of());
        ctx.render("edit", model);
    }

    public void handleRestore(Context ctx) {
        Account account = Auth.requireEditor(ctx);
        String slug = Titles.slug(ctx.pathParam("slug"));
        long revisionId = parseId(ctx.formParam("revision"));
        SaveOutcome outcome = service.restore(account, slug, revisionId);
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
        if (redirectedToCanonical(ctx, slug, "/history")) {
            return;
        }
        PageRow page = pageOrRedirect(ctx, slug, "/history");
        if (page == null) {
            return;
        }
        long before = ctx.queryParam("before") == null ? Long.MAX_VALUE : parseId(ctx.queryParam("before"));
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
        PageRow page = pageOrRedirect(ctx, slug, "/diff");
        if (page == null) {
            return;
        }
        RevisionRow from = revisionOfPage(page, ctx.queryParam("from"));
        RevisionRow to = revisionOfPage(page, ctx.queryParam("to"));
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

    public record FieldChange(String name, String before, String after) {
    }

    static List<FieldChange> fieldChanges(PageContent from, PageContent to) {
        List<FieldChange> changes = new ArrayList<>();
        if (!from.title().equals(to.title())) {
            changes.add(new FieldChange("title", from.title(), to.title()));
        }
        if (!from.kind().equals(to.kind())) {
            changes.add(new FieldChange("kind", from.kind(), to.kind()));
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>(from.fields().keySet());
        names.addAll(to.fields().keySet());
        for (String name : names) {
            String before = String.join("\n", PageRenderer.values(from.fields().get(name)));
            String after = String.join("\n", PageRenderer.values(to.fields().get(name)));
            if (!before.equals(after)) {
                changes.add(new FieldChange(name, before, after));
            }
        }
        return changes;
    }

    /** The citations of one revision that the other does not have, compared by source, passage and quote. */
    static List<StoredCitation> citationDifference(List<StoredCitation> of, List<StoredCitation> without) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        without.forEach(c -> keys.add(c.key()));
        return of.stream().filter(c -> !keys.contains(c.key())).toList();
    }

    /** The citations of a revision as W3C Web Annotations (JSON-LD), in an AnnotationCollection. */
    public void serveAnnotations(Context ctx) throws Exception {
        String slug = Titles.slug(ctx.pathParam("slug"));
        String rev = ctx.queryParam("rev");
        RevisionRow revision = rev == null
                ? pages.currentRevision(slug).orElseThrow(() -> new NotFoundException("notFound.page", Titles.fromSlug(slug)))
                : pages.revision(parseId(rev)).filter(r -> r.pageSlug().equals(slug))
                        .orElseThrow(() -> new NotFoundException("notFound.revision", rev));
        ctx.contentType("application/ld+json; charset=utf-8");
        ctx.result(json.writeValueAsBytes(annotations.collection(revision, citations.ofRevision(revision.id()))));
    }

    public void serveLinks(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (redirectedToCanonical(ctx, slug, "/links")) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", pages.findBySlug(slug).map(PageRow::title).orElse(Titles.fromSlug(slug)));
        model.put("pageHref", "/wiki/" + Titles.encodeSegment(slug));
        model.put("backlinks", pages.backlinks(slug));
        ctx.render("links", model);
    }

    public void servePageJson(Context ctx) {
        String slug = pages.canonicalSlug(Titles.slug(ctx.pathParam("slug")));
        String rev = ctx.queryParam("rev");
        RevisionRow revision = rev == null
                ? pages.currentRevision(slug).orElseThrow(() -> new NotFoundException("notFound.page", slug))
                : pages.revision(parseId(rev)).filter(r -> r.pageSlug().equals(slug))
                        .orElseThrow(() -> new NotFoundException("notFound.revision", rev));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", revision.id());
        json.put("slug", revision.pageSlug());
        json.put("current", revision.isCurrent());
        json.put("parent", revision.parentId());
        json.put("title", revision.title());
        json.put("kind", revision.kind());
        json.put("fields", revision.fields());
        json.put("body", revision.body());
        json.put("author", revision.authorName());
        json.put("time", revision.createdAt().toInstant().toString());
        json.put("summary", revision.summary());
        json.put("restored_from", revision.restoredFrom());
        List<Map<String, Object>> cited = new ArrayList<>();
        for (StoredCitation citation : citations.ofRevision(revision.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("note", citation.ordinal());
            item.put("source", citation.sourceSlug());
            item.put("source_text_sha256", citation.sourceTextSha256());
            item.put("passage", citation.passageNumber());
            item.put("quote", citation.quote());
            item.put("exact", citation.exact());
            item.put("prefix", citation.prefix());
            item.put("suffix", citation.suffix());
            item.put("start", citation.startOffset());
            item.put("end", citation.endOffset());
            cited.add(item);
        }
        json.put("citations", cited);
        ctx.json(json);
    }

    public void serveRevisionsJson(Context ctx) {
        String slug = pages.canonicalSlug(Titles.slug(ctx.pathParam("slug")));
        PageRow page = pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("notFound.page", slug));
        List<Map<String, Object>> list = new ArrayList<>();
        for (RevisionRow revision : pages.history(page.id(), Long.MAX_VALUE, Integer.MAX_VALUE)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", revision.id());
            json.put("parent", revision.parentId());
            json.put("author", revision.authorName());
            json.put("time", revision.createdAt().toInstant().toString());
            json.put("summary", revision.summary());
            json.put("size", revision.size());
            list.add(json);
        }
        ctx.json(Map.of("slug", page.slug(), "revisions", list));
    }

    /** /wiki/Assimi Goïta and /wiki/Assimi_Goïta are one page: the second is the address, the first redirects. */
    private static boolean redirectedToCanonical(Context ctx, String slug, String suffix) {
        String canonical = Titles.slug(slug);
        if (canonical.equals(slug) || canonical.isEmpty()) {
            return false;
        }
        String query = ctx.queryString();
        ctx.redirect("/wiki/" + Titles.encodeSegment(canonical) + suffix + (query == null ? "" : "?" + query),
                HttpStatus.MOVED_PERMANENTLY);
        return true;
    }

    private PageRow pageOrRedirect(Context ctx, String slug, String suffix) {
        Optional<PageRow> page = pages.findBySlug(slug);
        if (page.isPresent()) {
            return page.get();
        }
        Optional<String> moved = pages.redirectTarget(slug);
        if (moved.isPresent()) {
            String query = ctx.queryString();
            ctx.redirect("/wiki/" + Titles.encodeSegment(moved.get()) + suffix + (query == null ? "" : "?" + query),
                    HttpStatus.MOVED_PERMANENTLY);
            return null;
        }
        throw new NotFoundException("notFound.page", Titles.fromSlug(slug));
    }

    private RevisionRow revisionOfPage(PageRow page, String id) {
        if (id == null) {
            throw new BadRequestException("diff.pickTwo");
        }
        return pages.revision(parseId(id)).filter(r -> r.pageId() == page.id())
                .orElseThrow(() -> new NotFoundException("notFound.revisionOfPage", id));
    }

    private static long parseId(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.trim());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequestException("error.revisionNumber");
        }
    }
}
