package org.sourcewiki.source;

/** Whether a passage is the article's own text or web-page junk around it (kept, numbered and citable). */
public enum PassageKind {
    BODY, BOILERPLATE;

    public String code() {
        return name().toLowerCase();
    }

    public static PassageKind fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
