package org.sourcewiki.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.claim.Claim;
import org.sourcewiki.claim.Claims;
import org.sourcewiki.markup.WikiMarkup;

/**
 * A revision's citations as W3C Web Annotations: one annotation per citation, whose body is the revision's
 * permalink and whose target is the source, selected by TextQuoteSelector and TextPositionSelector (code points
 * of the stored text, as the model counts them). Addresses are absolute, from PUBLIC_URL. A citation written only in
 * a field value has that value on the page as its body ({@code permalink#claim-{field}-{line}}).
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
        // A citation written only in a field value (a claim) annotates that value: its body is the value on the page.
        java.util.Set<String> inBody = new java.util.HashSet<>();
        WikiMarkup.parse(revision.body()).citations().forEach(use -> {
            if (use.ref() != null) {
                inBody.add(use.ref().key());
            }
        });
        Map<String, String> valueOf = new LinkedHashMap<>();
        for (String field : PageKind.CLAIM_FIELDS) {
            List<Claim> claims = Claims.read(revision.fields().get(field));
            for (int line = 1; line <= claims.size(); line++) {
                for (CitationRef ref : claims.get(line - 1).refs()) {
                    valueOf.putIfAbsent(ref.key(), "#claim-" + field + "-" + line);
                }
            }
        }
        for (StoredCitation citation : citations) {
            Map<String, Object> annotation = annotation(revision, citation, base + "#citation-" + citation.ordinal());
            if (!inBody.contains(citation.key()) && valueOf.containsKey(citation.key())) {
                annotation.put("body", publicUrl + revision.permalink() + valueOf.get(citation.key()));
            }
            items.add(annotation);
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
