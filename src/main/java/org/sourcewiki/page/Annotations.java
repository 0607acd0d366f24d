package org.sourcewiki.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.claim.Claim;
import org.sourcewiki.claim.Claims;

/**
 * A revision's citations as W3C Web Annotations: one annotation per citation, whose body is the revision's
 * permalink and whose target is the source, selected by TextQuoteSelector and TextPositionSelector (code points
 * of the stored text, as the model counts them). Addresses are absolute, from PUBLIC_URL. A cited field value adds
 * one annotation per citation, whose body is that value on the page ({@code permalink#claim-{field}-{line}}).
 */
public final class Annotations {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final String publicUrl;

    public Annotations(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public Map<String, Object> collection(RevisionRow revision, List<StoredCitation> citations) {
        String base = publicUrl + "/wiki/" + Titles.encodeSegment(revision.pageSlug()) + "/annotations.jsonld?rev=" + revision.id();
        List<Map<String, Object>> items = new ArrayList<>();
        for (StoredCitation citation : citations) {
            items.add(annotation(revision, citation, base + "#citation-" + citation.ordinal()));
        }
        // Each cited value of a field (a claim) is an annotation too: its body is the value on the revision's page.
        Map<String, StoredCitation> byKey = new LinkedHashMap<>();
        citations.forEach(c -> byKey.putIfAbsent(c.key(), c));
        for (String field : PageKind.CLAIM_FIELDS) {
            List<Claim> claims = Claims.read(revision.fields().get(field));
            for (int line = 1; line <= claims.size(); line++) {
                int k = 0;
                for (CitationRef ref : claims.get(line - 1).refs()) {
                    StoredCitation citation = byKey.get(ref.key());
                    if (citation == null) {
                        continue;
                    }
                    Map<String, Object> annotation = annotation(revision, citation,
                            base + "#claim-" + field + "-" + line + "-" + (++k));
                    annotation.put("body", publicUrl + revision.permalink() + "#claim-" + field + "-" + line);
                    items.add(annotation);
                }
            }
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", base + "#page-1");
        page.put("type", "AnnotationPage");
        page.put("items", items);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", CONTEXT);
        collection.put("id", base);
        collection.put("type", "AnnotationCollection");
        collection.put("label", revision.title() + " (revision " + revision.id() + ")");
        collection.put("total", items.size());
        collection.put("first", page);
        return collection;
    }

    Map<String, Object> annotation(RevisionRow revision, StoredCitation citation, String id) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", citation.exact());
        quote.put("prefix", citation.prefix());
        quote.put("suffix", citation.suffix());
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", citation.startOffset());
        position.put("end", citation.endOffset());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", publicUrl + "/sources/" + citation.sourceSlug());
        target.put("selector", List.of(quote, position));
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("@context", CONTEXT);
        annotation.put("id", id);
        annotation.put("type", "Annotation");
        annotation.put("motivation", "linking");
        annotation.put("created", revision.createdAt().toInstant().toString());
        annotation.put("body", publicUrl + revision.permalink());
        annotation.put("target", target);
        return annotation;
    }
}
