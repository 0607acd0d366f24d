package org.sourcewiki.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.sourcewiki.web.BadRequestException;
import org.sourcewiki.web.NotFoundException;

/** Finding the page or revision a request names, the same way for every page route: canonical slugs and moves. */
final class PageLookup {
    private final PageDao pages;

    PageLookup(PageDao pages) {
        this.pages = pages;
    }

    /** /wiki/Assimi Goïta and /wiki/Assimi_Goïta are one page: the second is the address, the first redirects. */
    static boolean redirectedToCanonical(Context ctx, String slug, String suffix) {
        String canonical = Titles.slug(slug);
        if (canonical.equals(slug) || canonical.isEmpty()) {
            return false;
        }
        String query = ctx.queryString();
        ctx.redirect("/wiki/" + Titles.encodeSegment(canonical) + suffix + (query == null ? "" : "?" + query),
                HttpStatus.MOVED_PERMANENTLY);
        return true;
    }

    PageRow pageOrRedirect(Context ctx, String slug, String suffix) {
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

    RevisionRow revisionOfPage(PageRow page, String id) {
        if (id == null) {
            throw new BadRequestException("diff.pickTwo");
        }
        return pages.revision(parseId(id)).filter(r -> r.pageId() == page.id())
                .orElseThrow(() -> new NotFoundException("notFound.revisionOfPage", id));
    }

    static long parseId(String value) {
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
