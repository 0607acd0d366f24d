package org.sourcewiki.search;

/**
 * ts_headline marks matches with two control characters that cannot occur in stored text (the importer and the
 * edit form refuse them); "<", ">" and "&" reach it as three others (sw_display_text, migration V9), so that the
 * PostgreSQL parser does not drop tag-like text; the rest is escaped here, so a snippet is safe HTML whatever the
 * source says.
 */
final class Snippets {
    static final String START = "\u0001";
    static final String STOP = "\u0002";
    static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private Snippets() {
    }

    static String html(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '\u0001' -> out.append("<mark>");
                case '\u0002' -> out.append("</mark>");
                case '<', '\u0003' -> out.append("&lt;");
                case '>', '\u0004' -> out.append("&gt;");
                case '&', '\u0005' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= ' ' || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
