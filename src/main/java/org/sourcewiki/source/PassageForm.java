package org.sourcewiki.source;

/** What a passage is on the page; used for rendering, while its kind says whether it belongs to the article. */
public enum PassageForm {
    HEADING, PARAGRAPH, ITEM;

    public String code() {
        return name().toLowerCase();
    }

    public static PassageForm fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
