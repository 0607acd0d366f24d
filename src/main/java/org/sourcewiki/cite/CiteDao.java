package org.sourcewiki.cite;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.sourcewiki.source.StoredPassage;

/** What citing and time travel read besides a revision itself: authors, revision dates, one passage. */
@RegisterConstructorMapper(CiteDao.RevisionTime.class)
@RegisterConstructorMapper(CiteDao.RevisionFacts.class)
@RegisterConstructorMapper(StoredPassage.class)
public interface CiteDao {
    /** A revision's id and time only: a TimeMap lists hundreds of these without reading their bodies. */
    record RevisionTime(long id, OffsetDateTime createdAt) {
    }

    /**
     * What citing a revision needs besides the revision itself. contributors: everyone who saved a revision of the
     * page up to and including it, as "name/true" for a system account or "name/false", comma-separated (account
     * names hold neither character). The neighbours for RFC 7089 Link headers: first, last, prev and next, each an
     * id and a time; prev and next are null at either end.
     */
    record RevisionFacts(String contributors, long firstId, OffsetDateTime firstAt, long lastId, OffsetDateTime lastAt,
                         Long prevId, OffsetDateTime prevAt, Long nextId, OffsetDateTime nextAt) {
        public List<CiteItems.Contributor> contributorList() {
            List<CiteItems.Contributor> list = new ArrayList<>();
            for (String entry : contributors == null ? new String[0] : contributors.split(",")) {
                int slash = entry.lastIndexOf('/');
                list.add(new CiteItems.Contributor(entry.substring(0, slash), Boolean.parseBoolean(entry.substring(slash + 1))));
            }
            return list;
        }
    }

    /** One query for a page view: contributors and neighbours of a revision (see RevisionFacts). */
    @SqlQuery("""
            select
              (select string_agg(distinct a.name || '/' || (a.role = 'system')::text, ',')
                 from revision r join account a on a.id = r.author_id
                where r.page_id = :page and r.id <= :revision) as contributors,
              f.id as first_id, f.created_at as first_at, l.id as last_id, l.created_at as last_at,
              p.id as prev_id, p.created_at as prev_at, n.id as next_id, n.created_at as next_at
            from (select id, created_at from revision where page_id = :page order by id limit 1) f
            cross join (select id, created_at from revision where page_id = :page order by id desc limit 1) l
            left join lateral (select id, created_at from revision where page_id = :page and id < :revision
                               order by id desc limit 1) p on true
            left join lateral (select id, created_at from revision where page_id = :page and id > :revision
                               order by id limit 1) n on true
            """)
    RevisionFacts facts(@Bind("page") long pageId, @Bind("revision") long revisionId);

    @SqlQuery("select id, created_at from revision where page_id = :page order by id")
    List<RevisionTime> timeline(@Bind("page") long pageId);

    /**
     * The revision in effect at an instant: the last one saved at or before it, compared to the second, since an
     * HTTP date (RFC 7231 §7.1.1.1) has no fractions; empty before the first revision.
     */
    @SqlQuery("""
            select id, created_at from revision where page_id = :page and date_trunc('second', created_at) <= :instant
            order by created_at desc, id desc limit 1
            """)
    Optional<RevisionTime> revisionAt(@Bind("page") long pageId, @Bind("instant") OffsetDateTime instant);

    @SqlQuery("select id, created_at from revision where page_id = :page order by id limit 1")
    Optional<RevisionTime> firstRevision(@Bind("page") long pageId);

    @SqlQuery("""
            select number, form, kind, kind_reason, start_offset, end_offset, text
            from passage where source_id = :source and number = :number
            """)
    Optional<StoredPassage> passage(@Bind("source") long sourceId, @Bind("number") int number);
}
