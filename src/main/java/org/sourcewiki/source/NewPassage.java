package org.sourcewiki.source;

/** A passage about to be stored; start and end are code point offsets in the stored text. */
public record NewPassage(int number, PassageForm form, PassageKind kind, String kindReason, int start, int end, String text) {
    public String formCode() {
        return form.code();
    }

    public String kindCode() {
        return kind.code();
    }
}
