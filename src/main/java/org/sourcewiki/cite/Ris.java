package org.sourcewiki.cite;

/**
 * A CiteItem as RIS (the Research Information Systems tagged format read by Zotero, EndNote and Mendeley): one tag
 * per line, "XX  - value", starting with TY and ending with ER, lines ended by CR LF. A page is ENCYC (an
 * encyclopedia entry) with UR its permalink, Y2 the access date and N1 the revision; a source is NEWS. Dates are
 * RIS's YYYY/MM/DD/ with the parts not stated left empty (2025/04//), never invented.
 */
public final class Ris {
    private Ris() {
    }

    public static String record(CiteItem item) {
        StringBuilder ris = new StringBuilder();
        tag(ris, "TY", item.isPage() ? "ENCYC" : "NEWS");
        tag(ris, "ID", item.id());
        tag(ris, "TI", item.title());
        if (item.author() != null) {
            for (String name : item.authors()) {
                tag(ris, "AU", name); // RIS: one AU line per author
            }
        }
        if (item.containerTitle() != null) {
            tag(ris, "T2", item.containerTitle());
        }
        if (item.issued() != null) {
            tag(ris, "PY", String.format("%04d", item.issued().year()));
            tag(ris, "DA", date(item.issued()));
        }
        if (item.accessed() != null) {
            tag(ris, "Y2", date(PartialDate.of(item.accessed())));
        }
        if (item.url() != null) {
            tag(ris, "UR", item.url());
        }
        if (item.language() != null) {
            tag(ris, "LA", item.language());
        }
        if (item.isPage()) {
            tag(ris, "N1", "Revision " + item.version());
        } else if (item.note() != null) {
            tag(ris, "N1", item.note());
        }
        ris.append("ER  - \r\n");
        return ris.toString();
    }

    static String date(PartialDate date) {
        return String.format("%04d/%s/%s/", date.year(), date.month() == null ? "" : String.format("%02d", date.month()),
                date.day() == null ? "" : String.format("%02d", date.day()));
    }

    private static void tag(StringBuilder ris, String tag, String value) {
        ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\t]+", " ").strip()).append("\r\n");
    }
}
