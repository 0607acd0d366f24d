package org.sourcewiki.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourcewiki.page.EditForm;
import org.sourcewiki.page.PageKind;

/**
 * A starter page in seeds/pages: a header of "field: value" lines between two "---" lines (the edit form's field
 * names; one-per-line fields separated by ";"), then the Markdown body. A field may instead hold its values on the
 * lines below it, each starting with "- ", taken whole as the edit form's lines (claims with citations, which may
 * hold ";"):
 * <pre>
 * status:
 *   - adopté [@source#p22 "adopté à la fin des travaux"]
 *   - signé [@other#p15 "a été signé"]
 * </pre>
 */
public final class SeedPage {
    private SeedPage() {
    }

    public static EditForm read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new IOException(file + ": a seed page starts with a --- header");
        }
        int end = text.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IOException(file + ": the header is not closed by ---");
        }
        Map<String, String> values = new LinkedHashMap<>();
        String listKey = null;
        for (String line : text.substring(4, end).split("\n")) {
            String stripped = line.strip();
            if (listKey != null && stripped.startsWith("- ")) {
                // A value of the field above, whole: its citations may hold ";" and ":".
                String item = stripped.substring(2).strip();
                values.merge(listKey, item, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
                continue;
            }
            int colon = line.indexOf(':');
            if (line.isBlank() || colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            listKey = key;
            values.put(key, PageKind.LIST_FIELDS.contains(key) ? String.join("\n", value.split("\\s*;\\s*")) : value);
        }
        String body = text.substring(end + 5).strip() + "\n";
        String title = values.remove("title");
        String kind = values.remove("kind");
        String summary = values.remove("summary");
        return new EditForm(title == null ? "" : title, kind == null ? "" : kind, body, summary == null ? "" : summary, "", values);
    }
}
