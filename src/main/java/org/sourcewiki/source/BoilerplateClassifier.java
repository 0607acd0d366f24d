package org.sourcewiki.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the article's own passages from the web-page junk saved with it. Three kinds of evidence, in order:
 * <ol>
 *   <li>line rules (boilerplate-rules.tsv): prompts, widgets, teaser lines, notices;</li>
 *   <li>link lists: many words with no punctuation at all, as menus and commercial link rows are;</li>
 *   <li>what follows the end of the article: a closing marker such as "Les articles de l'auteur" in the second
 *       half of the text, or a closing run of "Lire aussi" teasers, each line followed by the other article's
 *       summary.</li>
 * </ol>
 * The result is stored per passage with the rule's name, so an editor can see why and correct it.
 */
public final class BoilerplateClassifier {
    private static final Pattern END_OF_ARTICLE = Pattern.compile(
            "^(les (autres )?articles de l'auteur|du meme auteur|other (articles|stories|posts) (by|from)"
                    + "|more (articles|stories) (by|from)|articles (similaires|recommandes|lies)"
                    + "|related (articles|posts|stories)|les plus lus|most read|dans la meme rubrique"
                    + "|vous aimerez aussi|you may also like|a lire egalement sur)\\b");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.;:!?…«»\"“”()\\[\\]]");
    private static final int LINK_LIST_MIN_WORDS = 12;
    private static final int READ_ALSO_TEASER_MAX_CHARS = 600;

    private final BoilerplateRules rules;

    public BoilerplateClassifier(BoilerplateRules rules) {
        this.rules = rules;
    }

    public List<PassageClassification> classify(List<TextSpan> spans) {
        List<PassageClassification> result = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            result.add(classifyLine(span.text()));
        }
        markAfterEndMarker(spans, result);
        markClosingTeasers(spans, result);
        return result;
    }

    private PassageClassification classifyLine(String text) {
        var rule = rules.match(text);
        if (rule.isPresent()) {
            return PassageClassification.boilerplate(rule.get());
        }
        if (looksLikeLinkList(text)) {
            return PassageClassification.boilerplate("link-list");
        }
        return PassageClassification.ARTICLE;
    }

    /** Many words and no sentence at all: no full stop, colon or quote, and hardly a comma. */
    static boolean looksLikeLinkList(String text) {
        int words = text.split("\\s+").length;
        long commas = text.chars().filter(c -> c == ',').count();
        return words >= LINK_LIST_MIN_WORDS && !SENTENCE_PUNCTUATION.matcher(text).find() && commas * 10 <= words;
    }

    /** Everything from a closing marker on is junk, if the marker comes after most of the article's text. */
    private void markAfterEndMarker(List<TextSpan> spans, List<PassageClassification> result) {
        long total = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (!result.get(i).isBoilerplate()) {
                total += spans.get(i).text().length();
            }
        }
        long before = 0;
        for (int i = 0; i < spans.size(); i++) {
            String text = spans.get(i).text();
            if (text.length() < 80 && END_OF_ARTICLE.matcher(BoilerplateRules.fold(text)).find() && before * 2 > total) {
                for (int j = i; j < spans.size(); j++) {
                    if (!result.get(j).isBoilerplate()) {
                        result.set(j, PassageClassification.boilerplate("after-article"));
                    }
                }
                return;
            }
            if (!result.get(i).isBoilerplate()) {
                before += text.length();
            }
        }
    }

    /**
     * Walks back from the end over junk and over "read also" line + teaser pairs. The teasers found that way are
     * other articles, provided there are at least two pairs: a single "read also" just before the article's last
     * paragraph is common, and that paragraph is the article's own ending.
     */
    private void markClosingTeasers(List<TextSpan> spans, List<PassageClassification> result) {
        int i = spans.size() - 1;
        List<Integer> teasers = new ArrayList<>();
        while (i >= 0) {
            PassageClassification here = result.get(i);
            if (here.isBoilerplate()) {
                i--;
            } else if (i > 0 && "read-also".equals(result.get(i - 1).reason())
                    && spans.get(i).text().length() <= READ_ALSO_TEASER_MAX_CHARS) {
                teasers.add(i);
                i -= 2;
            } else {
                break;
            }
        }
        if (teasers.size() >= 2) {
            for (int teaser : teasers) {
                result.set(teaser, PassageClassification.boilerplate("read-also-teaser"));
            }
        }
    }
}
