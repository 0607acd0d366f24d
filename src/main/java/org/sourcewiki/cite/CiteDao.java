package org.sourcewiki.cite;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.sourcewiki.source.StoredPassage;

/** What citing and time travel read besides a revision itself: authors, revision dates, one passage. */
@RegisterConstructorMapper(CiteDao.RevisionTime.class)
@RegisterConstructorMapper(CiteDao.Neighbour.class)
@RegisterConstructorMapper(StoredPassage.class)
public interface CiteDao {
    /** A revision's id and time only: a TimeMap lists hundreds of these without reading their bodies. */
    record RevisionTime(long id, OffsetDateTime createdAt) {
    }

    /** rel is "first", "last", "prev" or "next" (RFC 7089 §2.2.4 relation types without "memento"). */
    record Neighbour(String rel, long id, OffsetDateTime createdAt) {
    }

    /** Everyone who saved a revision of the page up to and including the given one. */
    @SqlQuery("""
            select distinct a.name, a.role = 'system' as system
            from revision r join account a on a.id = r.author_id
            where r.page_id = :page and r.id <= :revision order by a.name
            """)
    @RegisterConstructorMapper(CiteItems.Contributor.class)
    List<CiteItems.Contributor> contributors(@Bind("page") long pageId, @Bind("revision") long revisionId);

    @SqlQuery("select id, created_at from revision where page_id = :page order by id")
    List<RevisionTime> timeline(@Bind("page") long pageId);

    @SqlQuery("""
            (select 'first' as rel, id, created_at from revision where page_id = :page order by id limit 1)
            union all
            (select 'last', id, created_at from revision where page_id = :page order by id desc limit 1)
            union all
            (select 'prev', id, created_at from revision where page_id = :page and id < :revision order by id desc limit 1)
            union all
            (select 'next', id, created_at from revision where page_id = :page and id > :revision order by id limit 1)
            """)
    List<Neighbour> neighbours(@Bind("page") long pageId, @Bind("revision") long revisionId);

    /**
     * The revision in effect at an instant: the last one saved at or before it, compared to the second, since an
     * HTTP date (RFC 7231 §7.1.1.1) has no fractions; empty before the first revision.
     */
    @SqlQuery("""
            select id from revision where page_id = :page and date_trunc('second', created_at) <= :instant
            order by created_at desc, id desc limit 1
            """)
    Optional<Long> revisionAt(@Bind("page") long pageId, @Bind("instant") OffsetDateTime instant);

    @SqlQuery("select min(id) from revision where page_id = :page")
    Optional<Long> firstRevision(@Bind("page") long pageId);

    @SqlQuery("""
            select number, form, kind, kind_reason, start_offset, end_offset, text
            from passage where source_id = :source and number = :number
            """)
    Optional<StoredPassage> passage(@Bind("source") long sourceId, @Bind("number") int number);
}
