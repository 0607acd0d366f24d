package org.sourcewiki.page;

import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.claim.Claims;
import org.sourcewiki.markup.RenderedMarkup;
import org.sourcewiki.markup.WikiMarkup;

/**
 * The search entry of a page: its title and aliases, its other fields, and its body as a reader sees it (no
 * Markdown, no citation brackets; see {@link RenderedMarkup#plainText()}), which snippets are cut from too.
 */
public final class PageSearchIndex {
    private static final Logger log = LoggerFactory.getLogger(PageSearchIndex.class);

    private PageSearchIndex() {
    }

    /** Writes the search entry of a page for its current content (within the caller's transaction). */
    static void write(PageDao pages, long pageId, PageContent content, RenderedMarkup markup) {
        // Values only: the citations and qualifiers of a field's values are not words of the page.
        pages.setSearch(pageId, content.title(), String.join(" ; ", Claims.values(content.fields().get("aliases"))),
                content.fields().entrySet().stream().filter(e -> !"aliases".equals(e.getKey()))
                        .map(e -> String.join(" ", Claims.values(e.getValue()))).collect(Collectors.joining(" ")),
                markup.plainText());
    }

    /**
     * Fills the search entry of every page that has none yet (pages saved before migration V9); returns how many.
     * Run at start, before the server answers.
     */
    public static int fillMissing(Jdbi jdbi) {
        List<Long> ids = jdbi.withHandle(handle -> handle.createQuery(
                "select id from page where plain_text is null and current_revision_id is not null order by id")
                .mapTo(Long.class).list());
        for (long id : ids) {
            jdbi.useTransaction(handle -> {
                PageDao pages = handle.attach(PageDao.class);
                handle.createQuery("select current_revision_id from page where id = :id for update").bind("id", id)
                        .mapTo(Long.class).findOne()
                        .flatMap(pages::revision)
                        .ifPresent(revision -> write(pages, id, revision.content(), WikiMarkup.parse(revision.body())));
            });
        }
        if (!ids.isEmpty()) {
            log.info("Search entries of {} pages written as readers see them", ids.size());
        }
        return ids.size();
    }
}
