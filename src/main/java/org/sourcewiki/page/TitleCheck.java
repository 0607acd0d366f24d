package org.sourcewiki.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds pages whose titles read the same under the title rule ({@link Titles#normalise}): pages made before the rule
 * folded every Unicode space and removed invisible characters. Such a page can no longer be reached by its own
 * address (it redirects to the normal form), so an editor should rename or merge it.
 */
public final class TitleCheck {
    private TitleCheck() {
    }

    /** A page as stored: its slug and title. */
    public record StoredTitle(String slug, String title) {
    }

    /** Pages that read the same: the normal slug they share, and the pages (at least two). */
    public record LookAlikes(String normalSlug, List<StoredTitle> pages) {
    }

    /** The result: groups of look-alike pages, and single pages whose slug is not in the normal form. */
    public record Report(List<LookAlikes> lookAlikes, List<StoredTitle> notNormal) {
        public boolean clean() {
            return lookAlikes.isEmpty() && notNormal.isEmpty();
        }
    }

    public static Report check(Jdbi jdbi) {
        List<StoredTitle> pages = jdbi.withHandle(handle -> handle.createQuery("select slug, title from page order by slug")
                .map((rs, ctx) -> new StoredTitle(rs.getString("slug"), rs.getString("title"))).list());
        return check(pages);
    }

    static Report check(List<StoredTitle> pages) {
        Map<String, List<StoredTitle>> groups = new LinkedHashMap<>();
        for (StoredTitle page : pages) {
            groups.computeIfAbsent(Titles.slug(page.title()), key -> new ArrayList<>()).add(page);
        }
        List<LookAlikes> lookAlikes = new ArrayList<>();
        List<StoredTitle> notNormal = new ArrayList<>();
        groups.forEach((slug, members) -> {
            if (members.size() > 1) {
                lookAlikes.add(new LookAlikes(slug, List.copyOf(members)));
            } else if (!members.get(0).slug().equals(slug)) {
                notNormal.add(members.get(0));
            }
        });
        return new Report(lookAlikes, notNormal);
    }

    /** A title with every character that is not a visible one or a plain space shown as &lt;U+XXXX&gt;. */
    public static String visible(String title) {
        StringBuilder out = new StringBuilder();
        title.codePoints().forEach(c -> {
            boolean plain = c == ' ' || (!Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && !Titles.isDefaultIgnorable(c) && c != 0x200C && c != 0x200D && !Character.isISOControl(c));
            if (plain) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("<U+%04X>", c));
            }
        });
        return out.toString();
    }
}
