package org.sourcewiki.claim;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcewiki.page.FieldDisplay;
import org.sourcewiki.page.PageContent;
import org.sourcewiki.page.PageKind;
import org.sourcewiki.page.PageRenderer;
import org.sourcewiki.page.Titles;

/**
 * The claims of the whole wiki: {@code /disputes} (fields whose values from different sources disagree),
 * {@code /timeline} (every dated value, filterable by page and dates, GET form) and {@code /graph} (actors and
 * agreements linked by their parties and affiliations, cut to a neighbourhood with {@code ?around=&depth=}).
 * Each is server-rendered and works without JavaScript; each drawing has a table or list twin.
 */
public final class ClaimController {
    static final int MAX_DEPTH = 6;

    private final ClaimIndex index;

    public ClaimController(ClaimIndex index) {
        this.index = index;
    }

    /** A contested field of a page, as its page shows it (values side by side, with quotes). */
    public record Dispute(PageClaims page, FieldDisplay field) {
        public String href() {
            return page.href() + "#dispute-" + field.name();
        }
    }

    /** Every contested field across the wiki, pages most recently edited first. */
    public static List<Dispute> disputes(List<PageClaims> pages) {
        List<Dispute> disputes = new ArrayList<>();
        for (PageClaims page : pages) {
            for (FieldDisplay field : PageRenderer.fields(new PageContent(page.title(), page.kind(), page.fields(), ""), Map.of(),
                    page.citations())) {
                if (field.contested()) {
                    disputes.add(new Dispute(page, field));
                }
            }
        }
        return disputes;
    }

    public void serveDisputes(Context ctx) {
        ctx.render("disputes", Map.of("disputes", disputes(index.load())));
    }

    public void serveTimeline(Context ctx) {
        List<PageClaims> pages = index.load();
        Map<String, Object> model = new HashMap<>();
        List<String> problems = new ArrayList<>();
        LocalDate from = day(ctx.queryParam("from"), true, problems);
        LocalDate to = day(ctx.queryParam("to"), false, problems);
        String actor = blankToNull(ctx.queryParam("actor"));
        String slug = actor == null ? null : Titles.slug(actor);
        List<Timeline.Entry> entries = Timeline.filter(Timeline.entries(pages), slug, from, to);
        model.put("entries", entries);
        model.put("chart", Timeline.chart(entries, ClaimController::label));
        model.put("choices", pages.stream().sorted(java.util.Comparator.comparing(PageClaims::title)).toList());
        model.put("actor", slug == null ? "" : slug);
        model.put("from", orEmpty(ctx.queryParam("from")));
        model.put("to", orEmpty(ctx.queryParam("to")));
        model.put("dateProblems", problems);
        if (!problems.isEmpty()) {
            ctx.status(400);
        }
        ctx.render("timeline", model);
    }

    public void serveGraph(Context ctx) {
        List<PageClaims> pages = index.load();
        String around = blankToNull(ctx.queryParam("around"));
        String slug = around == null ? null : Titles.slug(around);
        int depth = depth(ctx.queryParam("depth"));
        Map<String, Object> model = new HashMap<>();
        Map<String, String> existing = index.existing(pages);
        boolean known = slug == null || pages.stream().anyMatch(p -> p.slug().equals(slug))
                || ClaimGraph.build(pages, null, 0, existing).nodes().stream().anyMatch(n -> n.slug().equals(slug));
        if (!known) {
            ctx.status(404);
            model.put("unknown", around);
        }
        model.put("graph", ClaimGraph.build(pages, known ? slug : null, depth, existing));
        model.put("choices", pages.stream().filter(p -> !"topic".equals(p.kind()))
                .sorted(java.util.Comparator.comparing(PageClaims::title)).toList());
        model.put("around", slug == null ? "" : slug);
        model.put("depth", depth);
        ctx.render("graph", model);
    }

    /**
     * The timeline and graph of one page, for its own page: its values (the revision shown, with its citations) and
     * those of the pages that name it. A topic names no one and is named by no party: its own values only, no query.
     * linkTargets maps the slugs its fields name to the pages they lead to (as its infobox found them).
     */
    public Map<String, Object> sectionsFor(PageClaims own, Map<String, String> linkTargets) {
        String pageSlug = own.slug();
        String kind = own.kind();
        List<PageClaims> pages = new ArrayList<>(List.of(own));
        if (!"topic".equals(kind)) {
            pages.addAll(index.linkingTo(pageSlug));
        }
        Map<String, Object> sections = new HashMap<>();
        List<Timeline.Entry> entries = Timeline.filter(Timeline.entries(pages), pageSlug, null, null);
        if (!entries.isEmpty()) {
            sections.put("pageTimeline", Timeline.chart(entries, ClaimController::label));
            sections.put("pageEntries", entries);
        }
        if (!"topic".equals(kind)) {
            ClaimGraph.Graph graph = ClaimGraph.build(pages, pageSlug, 1, linkTargets);
            if (!graph.empty()) {
                sections.put("pageGraph", graph);
            }
        }
        return sections;
    }

    static String label(Timeline.Entry entry) {
        String text = entry.page().title() + " : " + entry.claim().value();
        return text.length() > 42 ? text.substring(0, 41) + "…" : text;
    }

    private static int depth(String written) {
        if (written == null || !written.strip().matches("\\d{1,3}")) {
            return 2;
        }
        return Math.max(1, Math.min(MAX_DEPTH, Integer.parseInt(written.strip())));
    }

    /** A filter date: the first day it covers (from) or the last (to); null when empty; a problem when unreadable. */
    private static LocalDate day(String written, boolean first, List<String> problems) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            ClaimDate date = ClaimDate.parse(written);
            return first ? date.first() : date.last();
        } catch (ClaimDate.InvalidDate e) {
            problems.add(written.strip());
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static boolean isClaimField(String field) {
        return PageKind.CLAIM_FIELDS.contains(field);
    }
}
