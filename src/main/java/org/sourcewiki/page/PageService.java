package org.sourcewiki.page;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.sourcewiki.account.Account;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.citation.CitationResolver;
import org.sourcewiki.citation.ResolvedCitation;
import org.sourcewiki.claim.ClaimMerge;
import org.sourcewiki.claim.Claims;
import org.sourcewiki.markup.RenderedMarkup;
import org.sourcewiki.markup.WikiMarkup;
import org.sourcewiki.revision.ThreeWayMerge;

/**
 * Saving pages: page, revision, redirect and links written together in one transaction. The page row is locked
 * first, so saves to one page take turns; an edit from an older base revision is merged with what was saved
 * meanwhile when the two touch different parts, and refused as a conflict when they overlap.
 */
public final class PageService {
    private static final int RETRIES = 3;

    private final Jdbi jdbi;
    private final CitationResolver citationResolver = new CitationResolver();

    public PageService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SaveOutcome save(Account author, String urlSlug, EditForm form) {
        List<EditForm.FieldError> problems = form.problems();
        if (!problems.isEmpty()) {
            return new SaveOutcome.Invalid(problems);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> saveLocked(handle, author, urlSlug, form));
            } catch (UnableToExecuteStatementException e) {
                // Two creations of one new page race on the unique slug: the loser tries again and meets the page.
                if (attempt >= RETRIES || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private SaveOutcome saveLocked(Handle handle, Account author, String urlSlug, EditForm form) {
        PageDao pages = handle.attach(PageDao.class);
        PageContent mine = form.content();
        Optional<PageRow> existing = pages.lockBySlug(urlSlug);
        if (existing.isEmpty()) {
            if (form.baseRevisionId() != null) {
                return new SaveOutcome.Invalid(List.of(new EditForm.FieldError("base_revision", "edit.pageGone")));
            }
            String slug = Titles.slug(mine.title());
            if (!slug.equals(urlSlug) && pages.lockBySlug(slug).isPresent()) {
                return new SaveOutcome.Invalid(List.of(new EditForm.FieldError("title", "title.taken")));
            }
            long pageId = pages.insertPage(slug, mine.title(), mine.kind());
            pages.removeRedirect(slug);
            return store(pages, pageId, null, slug, author, mine, form.summary(), null, false, true);
        }
        PageRow page = existing.get();
        RevisionRow current = pages.revision(page.currentRevisionId()).orElseThrow();
        PageContent result = mine;
        boolean merged = false;
        Long base = form.baseRevisionId();
        if (!Objects.equals(base, current.id())) {
            Optional<RevisionRow> baseRevision = base == null ? Optional.empty()
                    : pages.revision(base).filter(r -> r.pageId() == page.id());
            if (baseRevision.isEmpty()) {
                return new SaveOutcome.Conflict(current);
            }
            Optional<PageContent> combined = merge(baseRevision.get().content(), current.content(), mine);
            if (combined.isEmpty()) {
                return new SaveOutcome.Conflict(current);
            }
            result = combined.get();
            merged = true;
        }
        if (result.sameAs(current.content())) {
            return new SaveOutcome.Unchanged(page.slug());
        }
        String slug = Titles.slug(result.title());
        if (!slug.equals(page.slug())) {
            if (pages.findBySlug(slug).isPresent()) {
                return new SaveOutcome.Invalid(List.of(new EditForm.FieldError("title", "title.taken")));
            }
            pages.removeRedirect(slug);
            pages.addRedirect(page.slug(), page.id());
        }
        return store(pages, page.id(), current.id(), slug, author, result, form.summary(), null, merged, true);
    }

    /**
     * Makes the content of an old revision current again, as a new revision that names the one restored in its
     * restored_from column (the history says "restored revision N" from that fact, in the reader's language). The
     * summary is stored as the editor wrote it, stripped; empty when none was written (at most 500 characters, as
     * the column allows).
     */
    public SaveOutcome restore(Account author, String urlSlug, long revisionId, String summary) {
        return jdbi.inTransaction(handle -> {
            PageDao pages = handle.attach(PageDao.class);
            Optional<PageRow> page = pages.lockBySlug(urlSlug);
            Optional<RevisionRow> old = pages.revision(revisionId);
            if (page.isEmpty() || old.isEmpty() || old.get().pageId() != page.get().id()) {
                return new SaveOutcome.Invalid(List.of(new EditForm.FieldError("revision", "restore.notFound")));
            }
            RevisionRow current = pages.revision(page.get().currentRevisionId()).orElseThrow();
            PageContent content = old.get().content();
            if (content.sameAs(current.content())) {
                return new SaveOutcome.Unchanged(page.get().slug());
            }
            String slug = Titles.slug(content.title());
            if (!slug.equals(page.get().slug())) {
                if (pages.findBySlug(slug).isPresent()) {
                    return new SaveOutcome.Invalid(List.of(new EditForm.FieldError("title", "title.taken")));
                }
                pages.removeRedirect(slug);
                pages.addRedirect(page.get().slug(), page.get().id());
            }
            return store(pages, page.get().id(), current.id(), slug, author, content,
                    restoreSummary(summary), revisionId, false, false);
        });
    }

    /**
     * A new revision of a page whose body and field values are its current ones as rewrite returns them (claims cite
     * passages in field values too), on the caller's handle (so it is
     * written in one transaction with what the caller records about it): used to move citations to a newer version of
     * their source. The page row is locked, so the rewrite applies to the revision that is current then. Wiki links
     * are not checked again (only citations change); every citation is, as for any save. Unchanged when the body
     * comes back the same; Invalid (and the caller's transaction rolled back) when a citation does not resolve.
     */
    public SaveOutcome reviseBody(Handle handle, Account author, String pageSlug,
                                  UnaryOperator<String> rewrite, String summary) {
        PageDao pages = handle.attach(PageDao.class);
        Optional<PageRow> page = pages.lockBySlug(pageSlug);
        if (page.isEmpty()) {
            return new SaveOutcome.Invalid(List.of(new EditForm.FieldError("page", "restore.notFound")));
        }
        RevisionRow current = pages.revision(page.get().currentRevisionId()).orElseThrow();
        String body = rewrite.apply(current.body());
        // Citations stand in field values too (claims): each value is rewritten the same way as the body.
        Map<String, Object> fields = new LinkedHashMap<>();
        current.fields().forEach((name, value) -> fields.put(name, rewriteValue(value, rewrite)));
        if (body.equals(current.body()) && fields.equals(current.fields())) {
            return new SaveOutcome.Unchanged(page.get().slug());
        }
        PageContent content = new PageContent(current.title(), current.kind(), fields, body);
        return store(pages, page.get().id(), current.id(), page.get().slug(), author, content, summary, null, false,
                false);
    }

    private static Object rewriteValue(Object value, UnaryOperator<String> rewrite) {
        if (value instanceof String text) {
            return rewrite.apply(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> item instanceof String text ? rewrite.apply(text) : item).toList();
        }
        return value;
    }

    /**
     * Stores a revision once its citations (and, for an edit, its wiki links) are all good; otherwise nothing is
     * written and each problem is named. A restore does not re-check links: old revisions stay restorable.
     */
    private SaveOutcome store(PageDao pages, long pageId, Long parentId, String slug, Account author,
                              PageContent content, String summary, Long restoredFrom, boolean merged, boolean checkLinks) {
        Handle handle = pages.getHandle();
        RenderedMarkup markup = WikiMarkup.parse(content.body());
        ContentCitations.Checked checked = ContentCitations.check(handle, citationResolver, markup, content);
        CitationResolver.Resolution citations = checked.resolution();
        List<EditForm.FieldError> problems = new ArrayList<>(checked.problems());
        if (checkLinks) {
            markup.linkProblems().forEach(p -> problems.add(new EditForm.FieldError("body", p.messageKey(), p.written())));
        }
        if (!problems.isEmpty()) {
            // Nothing of this save may stay: not the page row of a new page either.
            handle.rollback();
            return new SaveOutcome.Invalid(problems);
        }
        long revisionId = pages.insertRevision(pageId, parentId, author.id(), summary, content.title(), content.kind(),
                FieldsJson.write(content.fields()), content.body(), content.size(), restoredFrom);
        pages.setCurrent(pageId, revisionId, slug, content.title(), content.kind());
        PageSearchIndex.write(pages, pageId, content, markup);
        pages.clearLinks(pageId);
        pages.addLinks(pageId, content.linkedSlugs(markup));
        List<ResolvedCitation> resolved = citations.citations();
        List<Integer> ordinals = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            ordinals.add(i + 1);
            quotes.add(resolved.get(i).ref().quote());
        }
        handle.attach(CitationDao.class).insert(revisionId, ordinals, quotes, resolved);
        return new SaveOutcome.Saved(revisionId, slug, merged ? parentId : null);
    }

    /** The editor's restore summary as stored: NFC, stripped, control characters dropped, at most 500 characters. */
    static String restoreSummary(String typed) {
        String summary = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replaceAll("\\p{Cntrl}", " ").strip();
        return summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    /** Title and kind merge as wholes, the values of claim fields one by one, the body line by line. */
    static Optional<PageContent> merge(PageContent base, PageContent theirs, PageContent mine) {
        Optional<String> title = pick(base.title(), theirs.title(), mine.title());
        Optional<String> kind = pick(base.kind(), theirs.kind(), mine.kind());
        Optional<String> body = ThreeWayMerge.merge(base.body(), mine.body(), theirs.body());
        Map<String, Object> fields = new LinkedHashMap<>(theirs.fields());
        Set<String> names = new LinkedHashSet<>(base.fields().keySet());
        names.addAll(theirs.fields().keySet());
        names.addAll(mine.fields().keySet());
        for (String name : names) {
            if (PageKind.CLAIM_FIELDS.contains(name)) {
                // Values merge one by one: two editors adding a cited value each to one field both keep theirs.
                List<String> lines = ClaimMerge.merge(Claims.lines(base.fields().get(name)),
                        Claims.lines(theirs.fields().get(name)), Claims.lines(mine.fields().get(name)));
                if (lines == null) {
                    return Optional.empty();
                }
                Object stored = EditForm.stored(name, lines);
                if (stored == null) {
                    fields.remove(name);
                } else {
                    fields.put(name, stored);
                }
                continue;
            }
            Optional<Object> value = pick(base.fields().get(name), theirs.fields().get(name), mine.fields().get(name));
            if (value == null) {
                return Optional.empty();
            }
            if (value.isPresent()) {
                fields.put(name, value.get());
            } else {
                fields.remove(name);
            }
        }
        if (title == null || kind == null || body.isEmpty() || title.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PageContent(title.get(), kind.get(), fields, body.get()));
    }

    /** The merged value (empty when it is absent), or null when both sides changed it differently. */
    private static <T> Optional<T> pick(T base, T theirs, T mine) {
        if (Objects.equals(mine, theirs) || Objects.equals(mine, base)) {
            return Optional.ofNullable(theirs);
        }
        if (Objects.equals(theirs, base)) {
            return Optional.ofNullable(mine);
        }
        return null;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
