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

    /** What renaming did to one page: its old title, and its new title or the reasons it was refused. */
    public record Renamed(StoredTitle page, String newTitle, List<String> problems) {
    }

    /**
     * Renames every page whose title is not in its normal form, so each can be reached by its address again: to
     * the normal title when no page has it, else to the normal title followed by " (2)", " (3)"… Each rename is an
     * ordinary revision by the given account (the old address redirects). A page whose current text can no longer
     * be saved (a citation or a link refused) is left as it is, with the reasons.
     */
    public static List<Renamed> renameAll(Jdbi jdbi, PageService service, org.sourcewiki.account.Account author) {
        Report report = check(jdbi);
        List<StoredTitle> toRename = new ArrayList<>(report.notNormal());
        report.lookAlikes().forEach(group -> group.pages().stream()
                .filter(page -> !page.slug().equals(group.normalSlug())).forEach(toRename::add));
        PageDao pages = jdbi.onDemand(PageDao.class);
        List<Renamed> done = new ArrayList<>();
        for (StoredTitle page : toRename) {
            RevisionRow current = pages.currentRevision(page.slug()).orElse(null);
            if (current == null) {
                done.add(new Renamed(page, null, List.of("the page has no revision")));
                continue;
            }
            String normal = Titles.normalise(page.title());
            String title = normal;
            for (int n = 2; pages.findBySlug(Titles.slug(title)).isPresent(); n++) {
                title = normal + " (" + n + ")";
            }
            Map<String, String> fields = new LinkedHashMap<>();
            current.fields().forEach((name, value) -> fields.put(name, String.join("\n", PageRenderer.values(value))));
            EditForm form = new EditForm(title, current.kind(), current.body(), "Renamed: the title read like another",
                    String.valueOf(current.id()), fields);
            SaveOutcome outcome = service.save(author, page.slug(), form);
            if (outcome instanceof SaveOutcome.Saved) {
                done.add(new Renamed(page, title, List.of()));
            } else if (outcome instanceof SaveOutcome.Invalid invalid) {
                done.add(new Renamed(page, null, invalid.problems().stream()
                        .map(p -> p.messageKey() + (p.detail() == null ? "" : " " + p.detail())).toList()));
            } else {
                done.add(new Renamed(page, null, List.of(outcome.getClass().getSimpleName())));
            }
        }
        return done;
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
