package org.sourcewiki.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short passages of each site's {@value #SITE_PAGES} newest sources, as {@link SiteTemplate#key}s, read from
 * the database once per site and batch, then kept up to date as the batch stores pages of that site: so the tenth
 * page of a site in a batch costs no query, and sees what it would have seen with one transaction per article. A
 * stored page joins the lists of its host and of its publisher as PostgreSQL computes them
 * ({@link SourceDao.Inserted}); ids grow, so it is the newest. Lives for one batch, under the import lock, so
 * nothing else adds sources meanwhile.
 */
final class SiteTexts {
    /** How many of a site's newest sources a new page is compared with. */
    static final int SITE_PAGES = 20;

    private final SourceDao dao;
    /** Site key ("host:…" or "publisher:" and the publisher lowered) to its newest sources, newest first. */
    private final Map<String, Deque<SiteSource>> bySite = new HashMap<>();
    /** A publisher as given to the key PostgreSQL's lower() made of it. */
    private final Map<String, String> publisherKeys = new HashMap<>();

    /** A source of a site and the keys of its short passages. */
    private record SiteSource(long id, List<String> keys) {
    }

    SiteTexts(SourceDao dao) {
        this.dao = dao;
    }

    Set<String> ofHost(String host) {
        String key = "host:" + host;
        if (!bySite.containsKey(key)) {
            bySite.put(key, sources(dao.recentTextsOfHost(host, SiteTemplate.MAX_CHARS, SITE_PAGES)));
        }
        return keys(bySite.get(key));
    }

    Set<String> ofPublisher(String publisher) {
        String lowered = publisherKeys.get(publisher);
        if (lowered == null || !bySite.containsKey("publisher:" + lowered)) {
            List<SourceDao.SiteText> rows = dao.recentTextsOfPublisher(publisher, SiteTemplate.MAX_CHARS, SITE_PAGES);
            lowered = rows.get(0).site();
            publisherKeys.put(publisher, lowered);
            bySite.put("publisher:" + lowered, sources(rows));
        }
        return keys(bySite.get("publisher:" + lowered));
    }

    /** A page just stored (its savepoint released): the newest of its host and of its publisher. */
    void stored(SourceDao.Inserted source, List<NewPassage> passages) {
        List<String> keys = null;
        for (String site : new String[] {source.host() == null ? null : "host:" + source.host(),
                source.publisherKey() == null ? null : "publisher:" + source.publisherKey()}) {
            Deque<SiteSource> newest = site == null ? null : bySite.get(site);
            if (newest == null) {
                continue;
            }
            if (keys == null) {
                List<String> texts = new ArrayList<>();
                for (NewPassage passage : passages) {
                    // char_length in PostgreSQL counts code points, as the lookups do
                    if (passage.text().codePointCount(0, passage.text().length()) <= SiteTemplate.MAX_CHARS) {
                        texts.add(passage.text());
                    }
                }
                keys = keysOf(texts);
            }
            newest.addFirst(new SiteSource(source.id(), keys));
            while (newest.size() > SITE_PAGES) {
                newest.removeLast();
            }
        }
    }

    private static Deque<SiteSource> sources(List<SourceDao.SiteText> rows) {
        Map<Long, List<String>> byId = new LinkedHashMap<>();
        for (SourceDao.SiteText row : rows) {
            if (row.sourceId() != null) {
                List<String> texts = byId.computeIfAbsent(row.sourceId(), id -> new ArrayList<>());
                if (row.text() != null) {
                    texts.add(row.text());
                }
            }
        }
        Deque<SiteSource> newest = new ArrayDeque<>();
        byId.entrySet().stream().sorted(Map.Entry.<Long, List<String>>comparingByKey().reversed())
                .forEach(e -> newest.addLast(new SiteSource(e.getKey(), keysOf(e.getValue()))));
        return newest;
    }

    private static List<String> keysOf(List<String> texts) {
        List<String> keys = new ArrayList<>();
        for (String text : texts) {
            String key = SiteTemplate.key(text);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> keys(Deque<SiteSource> sources) {
        Set<String> keys = new HashSet<>();
        for (SiteSource source : sources) {
            keys.addAll(source.keys());
        }
        return keys;
    }
}
