package org.sourcewiki.source;

/** A stored passage; start and end are code point offsets in its source's stored text. */
public record StoredPassage(int number, String form, String kind, String kindReason, int startOffset, int endOffset, String text) {
    public boolean isBoilerplate() {
        return PassageKind.BOILERPLATE.code().equals(kind);
    }

    public boolean isHeading() {
        return PassageForm.HEADING.code().equals(form);
    }

    public boolean isItem() {
        return PassageForm.ITEM.code().equals(form);
    }

    /** Why it is web-page matter, in words (see {@link BoilerplateReason}). */
    public BoilerplateReason reason() {
        return BoilerplateReason.of(kindReason);
    }
}
