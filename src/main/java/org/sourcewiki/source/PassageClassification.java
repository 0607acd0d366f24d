package org.sourcewiki.source;

/**
 * The kind of one passage and the rule or feature that decided it: a short stable code shown to readers and
 * editors ({@code article}, {@code headline}, {@code byline}, {@code menu}, {@code chrome:nav},
 * {@code repeat-of-p3}, {@code after-article}, {@code caption-credit} …). The codes are listed in
 * {@link BoilerplateClassifier} and in {@code boilerplate-rules.tsv}.
 */
public record PassageClassification(PassageKind kind, String reason) {
    static final PassageClassification ARTICLE = new PassageClassification(PassageKind.BODY, "article");

    static PassageClassification boilerplate(String reason) {
        return new PassageClassification(PassageKind.BOILERPLATE, reason);
    }

    static PassageClassification body(String reason) {
        return new PassageClassification(PassageKind.BODY, reason);
    }

    boolean isBoilerplate() {
        return kind == PassageKind.BOILERPLATE;
    }
}
