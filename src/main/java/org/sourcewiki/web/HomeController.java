package org.sourcewiki.web;

import io.javalin.http.Context;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.page.PageDao;
import org.sourcewiki.source.SourceDao;

/** The home page: what the wiki holds and where to start. */
public final class HomeController {
    private final SourceDao sources;
    private final PageDao pages;
    private final Auth auth;

    public HomeController(Jdbi jdbi, Auth auth) {
        this.auth = auth;
        this.sources = jdbi.onDemand(SourceDao.class);
        this.pages = jdbi.onDemand(PageDao.class);
    }

    public void serveHome(Context ctx) {
        var list = sources.listSources();
        long passages = list.stream().mapToLong(s -> s.passageCount()).sum();
        ctx.render("home", Map.of(
                "sources", list,
                "sourceCount", list.size(),
                "passageCount", passages,
                "pageCount", pages.countPages(),
                "revisionCount", pages.countRevisions(),
                "recent", pages.recent(Long.MAX_VALUE, 10)));
    }

    /** The language switch: a plain link, so it works without JavaScript; it returns the reader where they were. */
    public void switchLanguage(Context ctx) {
        String language = ctx.queryParam("set");
        if (language == null || !Locales.isSupported(language)) {
            throw new BadRequestException("error.language");
        }
        ctx.cookie(auth.cookie(Locales.COOKIE, language, 365 * 24 * 3600));
        ctx.redirect(LocalPaths.orHome(ctx.queryParam("next")));
    }
}
