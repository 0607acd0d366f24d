package org.sourcewiki.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.citation.CitationProblem;
import org.sourcewiki.citation.CitationResolver;
import org.sourcewiki.citation.References;
import org.sourcewiki.citation.ResolvedCitation;
import org.sourcewiki.citation.SourceReferences;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.claim.Claim;
import org.sourcewiki.claim.Claims;
import org.sourcewiki.markup.RenderedMarkup;
import org.sourcewiki.markup.WikiMarkup;
import org.sourcewiki.source.SourceDao;
import org.sourcewiki.source.SourceSummary;

/**
 * Turns a revision into what a page shows. The parsed body of a revision never changes, so it is cached by
 * revision id; whether its links point at existing pages can change at any moment, so that is asked of the
 * database on every view, in one query for all links and linked fields together.
 */
public final class PageRenderer {
    private static final int CACHE_SIZE = 1000;

    private final Jdbi jdbi;
    private final PageDao pages;
    private final CitationDao citations;
    private final CitationResolver resolver = new CitationResolver();
    private final Map<Long, RenderedMarkup> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, RenderedMarkup> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    public PageRenderer(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.pages = jdbi.onDemand(PageDao.class);
        this.citations = jdbi.onDemand(CitationDao.class);
    }

    public record Rendered(String bodyHtml, List<FieldDisplay> fields, List<SourceReferences> references,
                           List<CitationProblem> problems, List<StoredCitation> citations) {
        /**
         * The lead: the body's first paragraph when the body starts with one (else nothing), so that the infobox can
         * stand right under it on a phone and beside the text on a wide screen, as on Wikipedia.
         */
        public String leadHtml() {
            int end = leadEnd();
            return end < 0 ? "" : bodyHtml.substring(0, end);
        }

        /** The body after the lead. */
        public String restHtml() {
            int end = leadEnd();
            return end < 0 ? bodyHtml : bodyHtml.substring(end);
        }

        private int leadEnd() {
            // A paragraph holds no other paragraph, so the first "</p>" closes the first one.
            if (bodyHtml == null || !bodyHtml.startsWith("<p>")) {
                return -1;
            }
            int close = bodyHtml.indexOf("</p>");
            return close < 0 ? -1 : close + "</p>".length();
        }
    }

    public Rendered render(RevisionRow revision) {
        RenderedMarkup markup = parsed.computeIfAbsent(revision.id(), id -> WikiMarkup.parse(revision.body()));
        List<StoredCitation> stored = citations.ofRevision(revision.id());
        return render(markup, revision.content(), stored, List.of());
    }

    /** For previews: a body not yet saved, its citations checked now and numbered as saving would. */
    public Rendered preview(PageContent content) {
        RenderedMarkup markup = WikiMarkup.parse(content.body());
        ContentCitations.Checked checked = jdbi.withHandle(handle -> ContentCitations.check(handle, resolver, markup, content));
        CitationResolver.Resolution resolution = checked.resolution();
        List<StoredCitation> numbered = new ArrayList<>();
        Map<String, SourceSummary> sources = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        resolution.citations().forEach(citation -> slugs.add(citation.sourceSlug()));
        if (!slugs.isEmpty()) {
            jdbi.onDemand(SourceDao.class).findBySlugs(slugs).forEach(source -> sources.put(source.slug(), source));
        }
        int ordinal = 1;
        for (ResolvedCitation citation : resolution.citations()) {
            SourceSummary source = sources.get(citation.sourceSlug());
            numbered.add(new StoredCitation(ordinal++, source.slug(), source.title(), source.author(), source.publisher(), source.dateInferred() ? "[" + source.published() + "]" : source.published(),
                    source.language(),
                    citation.sourceTextSha256(), citation.passageNumber(), "body", citation.ref().quote(), citation.exact(),
                    citation.prefix(), citation.suffix(), citation.start(), citation.end()));
        }
        List<CitationProblem> problems = new ArrayList<>();
        for (org.sourcewiki.page.EditForm.FieldError error : checked.problems()) {
            // A field's citation is named with its field and line, as the refused save names it.
            problems.add(new CitationProblem(error.line() > 0 ? error.field() + " " + error.line() + ": " + error.detail()
                    : error.detail(), error.messageKey()));
        }
        problems.addAll(markup.linkProblems());
        return render(markup, content, numbered, problems);
    }

    private Rendered render(RenderedMarkup markup, PageContent content, List<StoredCitation> stored,
                            List<CitationProblem> problems) {
        Set<String> wanted = new HashSet<>(markup.linkedSlugs());
        for (String name : PageKind.TITLE_FIELDS) {
            for (String title : Claims.values(content.fields().get(name))) {
                wanted.add(Titles.slug(title));
            }
        }
        Map<String, String> targets = pages.linkTargets(wanted);
        Map<String, StoredCitation> byKey = new HashMap<>();
        stored.forEach(c -> byKey.putIfAbsent(c.key(), c));
        String html = markup.html(targets, References.noteNumbers(stored));
        return new Rendered(html, fields(content, targets, byKey), References.group(stored, WikiMarkup.markerCounts(html)),
                problems, stored);
    }

    /**
     * The fields to show; targets maps each linked slug that leads to a page to that page's slug, citations each
     * citation key of the revision ({@link StoredCitation#key()}) to the stored citation.
     */
    public static List<FieldDisplay> fields(PageContent content, Map<String, String> targets, Map<String, StoredCitation> citations) {
        PageKind kind = PageKind.fromCode(content.kind());
        List<FieldDisplay> shown = new ArrayList<>();
        if (kind == null) {
            return shown;
        }
        for (String name : kind.fields()) {
            if (!PageKind.CLAIM_FIELDS.contains(name)) {
                for (String value : values(content.fields().get(name))) {
                    shown.add(new FieldDisplay(name, List.of(new FieldDisplay.Value(value, null, false,
                            "subtype".equals(name) ? "subtype." + value : null, List.of(), null, null, "normal", null,
                            "claim-" + name + "-1")), List.of(), false, false));
                }
                continue;
            }
            List<Claim> stored = Claims.read(content.fields().get(name));
            if (stored.isEmpty()) {
                continue;
            }
            List<Claim> ranked = Claims.ranked(stored);
            Claim.Rank best = ranked.get(0).rank() == Claim.Rank.DEPRECATED ? Claim.Rank.DEPRECATED : ranked.get(0).rank();
            List<FieldDisplay.Value> first = new ArrayList<>();
            List<FieldDisplay.Value> others = new ArrayList<>();
            for (Claim claim : ranked) {
                FieldDisplay.Value value = value(name, claim, stored.indexOf(claim) + 1, targets, citations);
                (claim.rank() == best ? first : others).add(value);
            }
            boolean contested = PageKind.ONE_VALUED.contains(name) && Claims.contested(stored);
            shown.add(new FieldDisplay(name, first, others, contested, true));
        }
        return shown;
    }

    private static FieldDisplay.Value value(String field, Claim claim, int line, Map<String, String> targets,
                                            Map<String, StoredCitation> citations) {
        List<FieldDisplay.Cite> cites = new ArrayList<>();
        for (org.sourcewiki.citation.CitationRef ref : claim.refs()) {
            StoredCitation c = citations.get(ref.key());
            if (c != null) {
                cites.add(new FieldDisplay.Cite(c.ordinal(), c.href(), c.sourceSlug(), c.sourceTitle(), c.sourceAuthors(), c.sourcePublisher(),
                        c.sourcePublished(), c.sourceLanguage(), c.passageNumber(), c.shownWords(), c.quoted()));
            }
        }
        String href = null;
        boolean exists = false;
        if (PageKind.TITLE_FIELDS.contains(field)) {
            String target = targets.get(Titles.slug(claim.value()));
            exists = target != null;
            href = exists ? "/wiki/" + Titles.encodeSegment(target) : Titles.path(claim.value()) + "/edit" + PageKind.createHint(field);
        }
        String whenKind = claim.point() != null ? "point" : claim.start() != null && claim.end() != null ? "interval"
                : claim.start() != null ? "start" : claim.end() != null ? "end" : null;
        String when = claim.point() != null ? claim.point().text() : claim.start() != null && claim.end() != null
                ? claim.start().text() + "/" + claim.end().text() : claim.start() != null ? claim.start().text()
                : claim.end() != null ? claim.end().text() : null;
        return new FieldDisplay.Value(claim.value(), href, exists, null, cites, when, whenKind, claim.rank().code(),
                claim.reason(), "claim-" + field + "-" + line);
    }

    static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
