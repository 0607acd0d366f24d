package org.sourcewiki.page;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.web.BadRequestException;

/** Indexes of pages by kind, and recent changes across the wiki. */
public final class PageIndexController {
    private static final int RECENT_PAGE = 100;

    private final PageDao pages;

    public PageIndexController(Jdbi jdbi) {
        this.pages = jdbi.onDemand(PageDao.class);
    }

    public void serveActors(Context ctx) {
        ctx.render("page_index", Map.of("heading", "index.actors", "kind", "actor", "pages", pages.list("actor")));
    }

    public void serveAgreements(Context ctx) {
        ctx.render("page_index", Map.of("heading", "index.agreements", "kind", "agreement", "pages", pages.list("agreement")));
    }

    public void servePages(Context ctx) {
        ctx.render("page_index", Map.of("heading", "index.pages", "kind", "", "pages", pages.list(null)));
    }

    /** Maintenance: pages whose current revision cites no source (see also the preview's nudge). */
    public void serveUncited(Context ctx) {
        ctx.render("uncited", Map.of("pages", pages.uncited()));
    }

    public void serveRecent(Context ctx) {
        long before;
        try {
            before = ctx.queryParam("before") == null ? Long.MAX_VALUE : Long.parseLong(ctx.queryParam("before"));
        } catch (NumberFormatException e) {
            throw new BadRequestException("error.revisionNumber");
        }
        List<RevisionRow> rows = pages.recent(before, RECENT_PAGE + 1);
        boolean more = rows.size() > RECENT_PAGE;
        List<RevisionRow> shown = more ? rows.subList(0, RECENT_PAGE) : rows;
        Map<String, Object> model = new HashMap<>();
        model.put("revisions", shown);
        model.put("nextBefore", more ? shown.get(shown.size() - 1).id() : null);
        ctx.render("recent", model);
    }
}
