package org.sourcewiki.source;

/** The kind of one passage and the rule that decided it ("article" when no rule marked it as junk). */
public record PassageClassification(PassageKind kind, String reason) {
    static final PassageClassification ARTICLE = new PassageClassification(PassageKind.BODY, "article");

    static PassageClassification boilerplate(String reason) {
        return new PassageClassification(PassageKind.BOILERPLATE, reason);
    }

    boolean isBoilerplate() {
        return kind == PassageKind.BOILERPLATE;
    }
}
