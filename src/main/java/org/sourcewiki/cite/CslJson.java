package org.sourcewiki.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CiteItem as CSL-JSON (the CSL 1.0.2 data schema, csl-data.json): the shape citeproc-java, Pandoc and Zotero
 * read. Names are literals ({"literal": ...}); dates are {"date-parts": [[y, m, d]]} at their stated precision.
 */
public final class CslJson {
    private CslJson() {
    }

    public static Map<String, Object> item(CiteItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("type", item.type());
        json.put("title", item.title());
        putIfPresent(json, "container-title", item.containerTitle());
        if (item.author() != null) {
            json.put("author", item.authors().stream().map(name -> Map.of("literal", name)).toList());
        }
        if (item.issued() != null) {
            json.put("issued", Map.of("date-parts", List.of(item.issued().parts())));
        }
        if (item.accessed() != null) {
            json.put("accessed", Map.of("date-parts", List.of(PartialDate.of(item.accessed()).parts())));
        }
        putIfPresent(json, "URL", item.url());
        putIfPresent(json, "version", item.version());
        putIfPresent(json, "language", item.language());
        putIfPresent(json, "note", item.note());
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
