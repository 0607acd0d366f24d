package org.sourcewiki.source;

/**
 * How a source's passages are split into pages on the source page, and the links that land on one passage.
 * A 5 MB article can hold tens of thousands of passages; the source page shows {@value #PASSAGES_PER_PAGE} at a
 * time, so its first screen stays small and fast whatever the source's size. Pages are fixed by passage number
 * (page k holds passages (k−1)·200+1 to k·200), so a link made today lands on the same passage forever.
 */
public final class SourcePages {
    public static final int PASSAGES_PER_PAGE = 200;

    private SourcePages() {
    }

    /** The 1-based page holding this 1-based passage number. */
    public static int pageOf(int passageNumber) {
        return Math.max(1, (passageNumber - 1) / PASSAGES_PER_PAGE + 1);
    }

    /** The first passage number of a page. */
    public static int firstPassage(int page) {
        return (page - 1) * PASSAGES_PER_PAGE + 1;
    }

    /** The number of pages for a source of this many passages (at least one). */
    public static int pageCount(long passages) {
        return (int) Math.max(1, (passages + PASSAGES_PER_PAGE - 1) / PASSAGES_PER_PAGE);
    }

    /** A link to a passage: /sources/{slug}#p{n} on the first page, /sources/{slug}?page={k}#p{n} after it. */
    public static String passageHref(String slug, int passageNumber) {
        int page = pageOf(passageNumber);
        return "/sources/" + slug + (page > 1 ? "?page=" + page : "") + "#p" + passageNumber;
    }

    /**
     * The "go to passage" answer: like {@link #passageHref} with ?show=n, which renders the fold holding passage n
     * open, so that the passage is in view without JavaScript when it is web-page matter.
     */
    public static String shownPassageHref(String slug, int passageNumber) {
        int page = pageOf(passageNumber);
        return "/sources/" + slug + "?" + (page > 1 ? "page=" + page + "&" : "") + "show=" + passageNumber
                + "#p" + passageNumber;
    }

    /** A link to a passage with the words from start to end (code points of the stored text) highlighted. */
    public static String markHref(String slug, int passageNumber, int start, int end) {
        int page = pageOf(passageNumber);
        return "/sources/" + slug + "?" + (page > 1 ? "page=" + page + "&" : "") + "mark=" + start + "-" + end
                + "#p" + passageNumber;
    }

    /**
     * One page of a source page: its number, the number of pages, and the passages it shows (first to last,
     * 1-based, inclusive) out of total.
     */
    public record Pager(String slug, int page, int pages, int first, int last, long total) {
        /** The page asked for by ?page= (clamped to the pages there are; anything unreadable is page 1). */
        public static Pager of(String slug, int page, long total) {
            int pages = pageCount(total);
            int clamped = Math.min(Math.max(page, 1), pages);
            int first = firstPassage(clamped);
            int last = (int) Math.min(total, (long) first + PASSAGES_PER_PAGE - 1);
            return new Pager(slug, clamped, pages, first, last, total);
        }

        public int perPage() {
            return PASSAGES_PER_PAGE;
        }

        public boolean paginated() {
            return pages > 1;
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public String href(int target) {
            return "/sources/" + slug + (target > 1 ? "?page=" + target : "");
        }
    }
}
