package org.sourcewiki.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Formats a CiteItem with citeproc-java (a CSL 1.0.2 processor in pure Java: no JavaScript engine, nothing fetched)
 * in APA 7, MLA 9 and Chicago author-date, in English (CSL locale en-US) or French (fr-FR).
 *
 * <p>Building a processor parses a style and a locale (about 100 ms); one is built per style and locale, on first
 * use, and kept. A processor is stateful (it registers the items it formats), so each is used by one request at a
 * time: render() locks it for the few milliseconds a reference takes.
 */
public final class CslFormatter {
    /** The styles offered, in the order the cite page shows them: CSL style id and the name readers know. */
    public enum Style {
        APA("apa", "APA 7"),
        MLA("modern-language-association", "MLA 9"),
        CHICAGO("chicago-author-date", "Chicago (author-date)");

        private final String cslId;
        private final String label;

        Style(String cslId, String label) {
            this.cslId = cslId;
            this.label = label;
        }

        public String cslId() {
            return cslId;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One formatted reference. html is safe to insert (sanitised; CSL's inline styles become i, b and sup elements,
     * which the Content-Security-Policy allows); text is the same reference as plain text, to copy.
     */
    public record Formatted(Style style, String referenceHtml, String referenceText, String citationHtml,
                            String citationText) {
    }

    private static final PolicyFactory CSL_HTML = new HtmlPolicyBuilder()
            .allowElements((name, attributes) -> {
                int style = attributes.indexOf("style");
                String css = style >= 0 && style + 1 < attributes.size() ? attributes.get(style + 1) : "";
                attributes.clear();
                if (css.contains("italic")) {
                    return "i";
                }
                if (css.contains("bold")) {
                    return "b";
                }
                if (css.contains("super")) {
                    return "sup";
                }
                if (css.contains("sub")) {
                    return "sub";
                }
                return "span";
            }, "span")
            .allowAttributes("style").onElements("span")
            .allowWithoutAttributes("span")
            .allowElements("i", "b", "sup", "sub", "a")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .toFactory();

    private final Map<String, Processor> processors = new ConcurrentHashMap<>();

    /** Every style, in order, for the item; with a passage, the in-text citation points at it (label "paragraph"). */
    public List<Formatted> format(CiteItem item, Integer passageNumber, Locale locale) {
        return Arrays.stream(Style.values()).map(style -> format(style, item, passageNumber, locale)).toList();
    }

    public Formatted format(Style style, CiteItem item, Integer passageNumber, Locale locale) {
        String cslLocale = "fr".equals(locale.getLanguage()) ? "fr-FR" : "en-US";
        Processor processor = processors.computeIfAbsent(style.cslId() + "|" + cslLocale,
                key -> new Processor(style, cslLocale));
        return processor.render(style, CSLItemData.fromJson(CslJson.item(item)), passageNumber);
    }

    /** One citeproc-java CSL instance, and the one item it is currently asked to format. */
    private static final class Processor implements ItemDataProvider {
        private final CSL csl;
        private CSLItemData current;

        Processor(Style style, String cslLocale) {
            try {
                csl = new CSL(this, CslStyles.withRetrievalDate(style.cslId()), cslLocale);
            } catch (IOException e) {
                throw new IllegalStateException("cannot build the CSL processor for " + style.cslId() + " " + cslLocale, e);
            }
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return current != null && current.getId().equals(id) ? current : null;
        }

        @Override
        public Collection<String> getIds() {
            return current == null ? List.of() : List.of(current.getId());
        }

        synchronized Formatted render(Style style, CSLItemData item, Integer passageNumber) {
            current = item;
            try {
                csl.reset();
                csl.registerCitationItems(item.getId());
                CSLCitationItemBuilder cite = new CSLCitationItemBuilder(item.getId());
                if (passageNumber != null) {
                    cite.locator(String.valueOf(passageNumber)).label(CSLLabel.PARAGRAPH);
                }
                CSLCitation citation = new CSLCitation(cite.build());
                csl.setOutputFormat("html");
                String referenceHtml = entry(csl.makeBibliography().getEntries());
                String citationHtml = csl.makeCitation(citation).get(0).getText();
                csl.reset();
                csl.registerCitationItems(item.getId());
                csl.setOutputFormat("text");
                String referenceText = entry(csl.makeBibliography().getEntries());
                String citationText = csl.makeCitation(citation).get(0).getText();
                return new Formatted(style, CSL_HTML.sanitize(referenceHtml), referenceText.strip(),
                        CSL_HTML.sanitize(citationHtml), citationText.strip());
            } finally {
                current = null;
                csl.reset();
            }
        }

        private static String entry(String[] entries) {
            if (entries.length != 1) {
                throw new IllegalStateException("expected one bibliography entry, got " + entries.length);
            }
            return entries[0].strip();
        }
    }
}
