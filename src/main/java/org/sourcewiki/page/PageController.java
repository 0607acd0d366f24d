package org.sourcewiki.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.Account;
import org.sourcewiki.cite.CiteService;
import org.sourcewiki.markup.RenderedMarkup;
import org.sourcewiki.markup.UncitedClaims;
import org.sourcewiki.markup.WikiMarkup;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.claim.ClaimController;
import org.sourcewiki.claim.PageClaims;
import org.sourcewiki.claim.Claims;
import org.sourcewiki.revision.BodyDiff;
import org.sourcewiki.search.SearchService;
import org.sourcewiki.web.Auth;
import org.sourcewiki.web.BadRequestException;
import org.sourcewiki.web.Locales;
import org.sourcewiki.web.Messages;
import org.sourcewiki.web.NotFoundException;
import org.sourcewiki.web.ResponseCache;
import org.sourcewiki.web.WebApp;

/**
 * Reading and editing a wiki page: the current revision or any revision (by any old title), the edit form and the
 * save (with merges, conflicts and refused saves that keep every word), and what links here. History, differences
 * and restore are in {@link PageHistoryController}, JSON in {@link PageApiController}.
 */
public final class PageController {
    private final PageDao pages;
    private final PageLookup lookup;
    private final PageService service;
    private final PageRenderer renderer;
    private final SearchService search;
    private final CiteService cite;
    private final ClaimController claims;

    public PageController(Jdbi jdbi, PageService service, PageRenderer renderer, SearchService search, CiteService cite,
                          ClaimController claims) {
        this.pages = jdbi.onDemand(PageDao.class);
        this.lookup = new PageLookup(pages);
        this.service = service;
        this.renderer = renderer;
        this.search = search;
        this.cite = cite;
        this.claims = claims;
    }

    public void servePage(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (PageLookup.redirectedToCanonical(ctx, slug, "")) {
            return;
        }
        RevisionRow revision = revisionToShow(ctx, slug);
        if (revision == null) {
            return;
        }
        if (ctx.queryParam("rev") != null && !revision.isCurrent()) {
            ctx.attribute(ResponseCache.IMMUTABLE, true); // an old revision's permalink never changes its text
        }
        PageRenderer.Rendered rendered = renderer.render(revision);
        Map<String, Object> model = new HashMap<>();
        model.put("revision", revision);
        model.put("rendered", rendered);
        if (!"topic".equals(revision.kind())) {
            List<String> names = new ArrayList<>();
            names.add(revision.title());
            names.addAll(Claims.values(revision.fields().get("aliases")));
            Set<String> cited = new HashSet<>();
            rendered.references().forEach(source -> source.notes().forEach(note -> cited.add(source.slug() + "#p" + note.passageNumber())));
            model.put("mentions", search.mentions(names));
            model.put("cited", cited);
        }
        if (revision.isCurrent()) {
            // The page's dates and links as the wiki holds them now (an old revision shows its own fields only).
            Map<String, StoredCitation> byKey = new HashMap<>();
            rendered.citations().forEach(c -> byKey.putIfAbsent(c.key(), c));
            Map<String, String> targets = new HashMap<>();
            for (FieldDisplay field : rendered.fields()) {
                for (FieldDisplay.Value value : field.all()) {
                    if (value.exists()) {
                        targets.put(Titles.slug(value.text()), Titles.slug(value.text()));
                    }
                }
            }
            model.putAll(claims.sectionsFor(new PageClaims(revision.pageSlug(), revision.title(), revision.kind(), revision.id(),
                    revision.createdAt(), revision.fields(), byKey), targets));
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
        RevisionRow revision = pages.revision(PageLookup.parseId(rev)).orElseThrow(() -> new NotFoundException("notFound.revision", rev));
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
        ctx.attribute(WebApp.RENDERED, true);
        ctx.status(404).render("page_missing", model);
    }

    public void serveEdit(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (PageLookup.redirectedToCanonical(ctx, slug, "/edit")) {
            return;
        }
        if (Auth.account(ctx).isEmpty()) {
            ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
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
        PageKind hinted = PageKind.fromCode(ctx.queryParam("kind"));
        if (current.isEmpty() && hinted == null) {
            // A new page with no kind named (a red link in body text, a typed address): ask what it is about first,
            // rather than guess Topic for a person's name. The choices are plain links, so this works without JS.
            renderKindChoice(ctx, title);
            return;
        }
        String kind = current.map(RevisionRow::kind).orElse(hinted == null ? "topic" : hinted.code());
        String subtype = ctx.queryParam("subtype");
        if (current.isEmpty() && hinted == PageKind.ACTOR && PageKind.ACTOR_SUBTYPES.contains(subtype)) {
            raw.put("subtype", subtype);
        }
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
                putPreview(extra, form, Locales.of(ctx));
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
     * The preview, with the gentle nudge: paragraphs that make a claim and cite nothing are marked in place, and a
     * body that cites nothing at all is said to (see {@link UncitedClaims} for the rule).
     */
    private void putPreview(Map<String, Object> model, EditForm form, Locale locale) {
        PageRenderer.Rendered preview = renderer.preview(form.content());
        RenderedMarkup markup = WikiMarkup.parse(form.body());
        model.put("preview", preview);
        model.put("previewHtml", UncitedMarks.mark(preview.bodyHtml(), markup.uncitedClaims(),
                Messages.get(locale, "uncited.flag")));
        model.put("uncitedCount", markup.uncitedClaims().size());
        model.put("minWords", UncitedClaims.MIN_WORDS);
        model.put("citesNothing", !form.body().isBlank() && markup.citations().isEmpty());
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

    /** One choice of the "what is this page about" step: a kind, an actor's subtype or null, the message key. */
    public record KindChoice(String kind, String subtype, String messageKey, String href) {
    }

    /** The choices of the first step of creating a page, each the edit URL with its kind (and subtype) named. */
    static List<KindChoice> kindChoices(String title) {
        String edit = Titles.path(title) + "/edit?kind=";
        List<KindChoice> choices = new ArrayList<>();
        for (String subtype : PageKind.ACTOR_SUBTYPES) {
            choices.add(new KindChoice("actor", subtype, "choose.actor." + subtype, edit + "actor&subtype=" + subtype));
        }
        choices.add(new KindChoice("agreement", null, "choose.agreement", edit + "agreement"));
        choices.add(new KindChoice("topic", null, "choose.topic", edit + "topic"));
        return choices;
    }

    private void renderKindChoice(Context ctx, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("choices", kindChoices(title));
        ctx.render("edit_kind", model);
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

    public void serveLinks(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (PageLookup.redirectedToCanonical(ctx, slug, "/links")) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", pages.findBySlug(slug).map(PageRow::title).orElse(Titles.fromSlug(slug)));
        model.put("pageHref", "/wiki/" + Titles.encodeSegment(slug));
        model.put("backlinks", pages.backlinks(slug));
        ctx.render("links", model);
    }
}
