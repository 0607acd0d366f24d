package org.sourcewiki.review;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Citations re-anchored to a newer version of their source, and the review queue of those not moved at once. */
@RegisterConstructorMapper(ReviewDao.CitationToMove.class)
@RegisterConstructorMapper(ReviewEntry.class)
public interface ReviewDao {
    /** A citation of a page's current revision to an older version of a source. */
    record CitationToMove(long revisionId, int ordinal, long pageId, String pageSlug, long sourceId, String sourceSlug,
                          int passageNumber, String quote, String exact, String prefix, String suffix, int startOffset,
                          int endOffset) {
    }

    /** The new version itself: slug, version number and text. */
    record NewVersion(long id, String slug, int version, String storedText) {
    }

    @SqlQuery("select id, slug, version, stored_text from source where id = :id")
    @RegisterConstructorMapper(NewVersion.class)
    Optional<NewVersion> newVersion(@Bind("id") long sourceId);

    @SqlQuery("select stored_text from source where id = :id")
    String storedText(@Bind("id") long sourceId);

    /** Citations, in the current revision of each page, of the versions older than this one, page by page. */
    @SqlQuery("""
            select c.revision_id, c.ordinal, pg.id as page_id, pg.slug as page_slug, c.source_id, s.slug as source_slug,
                   c.passage_number, c.quote, c.exact, c.prefix, c.suffix, c.start_offset, c.end_offset
            from citation c
            join page pg on pg.current_revision_id = c.revision_id
            join source s on s.id = c.source_id
            join source v on v.id = :id
            where coalesce(s.first_version_id, s.id) = coalesce(v.first_version_id, v.id) and s.version < v.version
            order by pg.id, c.ordinal
            """)
    List<CitationToMove> citationsOfOlderVersions(@Bind("id") long newSourceId);

    /** Reviews still waiting for an older version are replaced by the re-anchoring to this one. */
    @SqlUpdate("""
            update citation_review r set status = 'superseded'
            from source t, source v
            where r.status = 'pending' and t.id = r.to_source_id and v.id = :id
              and coalesce(t.first_version_id, t.id) = coalesce(v.first_version_id, v.id) and t.version < v.version
            """)
    int supersedePending(@Bind("id") long newSourceId);

    @SqlUpdate("""
            insert into citation_review (page_id, revision_id, ordinal, from_source_id, to_source_id, method, confidence,
                                         reason, proposed_passage, proposed_quote, proposed_exact, status,
                                         applied_revision_id)
            values (:page, :revision, :ordinal, :from, :to, :method, :confidence, :reason, :passage, :quote, :exact,
                    :status, :applied)
            """)
    void insert(@Bind("page") long pageId, @Bind("revision") long revisionId, @Bind("ordinal") int ordinal,
                @Bind("from") long fromSourceId, @Bind("to") long toSourceId, @Bind("method") String method,
                @Bind("confidence") double confidence, @Bind("reason") String reason, @Bind("passage") Integer passage,
                @Bind("quote") String quote, @Bind("exact") String exact, @Bind("status") String status,
                @Bind("applied") Long appliedRevisionId);

    String ENTRY_COLUMNS = """
            r.id, r.status, r.method, r.confidence, r.reason, r.created_at, r.decided_at,
            d.name as decided_by, r.applied_revision_id,
            pg.slug as page_slug, pg.title as page_title, r.revision_id,
            f.slug as from_slug, f.version as from_version, c.passage_number as from_passage, c.quote as from_quote,
            c.exact as from_exact, t.slug as to_slug, t.version as to_version,
            r.proposed_passage, r.proposed_quote, r.proposed_exact
            from citation_review r
            join page pg on pg.id = r.page_id
            join citation c on c.revision_id = r.revision_id and c.ordinal = r.ordinal
            join source f on f.id = r.from_source_id
            join source t on t.id = r.to_source_id
            left join account d on d.id = r.decided_by
            """;

    /** Entries waiting for an editor, oldest first (the order they came in). */
    @SqlQuery("select " + ENTRY_COLUMNS + " where r.status = 'pending' order by r.id limit :limit")
    List<ReviewEntry> pending(@Bind("limit") int limit);

    @SqlQuery("select count(*) from citation_review where status = 'pending'")
    int pendingCount();

    /** Entries applied or decided, newest first. */
    @SqlQuery("select " + ENTRY_COLUMNS + " where r.status <> 'pending' order by coalesce(r.decided_at, r.created_at) desc, r.id desc limit :limit")
    List<ReviewEntry> decided(@Bind("limit") int limit);

    @SqlQuery("select " + ENTRY_COLUMNS + " where r.id = :id")
    Optional<ReviewEntry> find(@Bind("id") long id);

    /** Locks one entry for a decision, so two editors cannot decide it twice. */
    @SqlQuery("select status from citation_review where id = :id for update")
    Optional<String> lockStatus(@Bind("id") long id);

    @SqlUpdate("""
            update citation_review set status = :status, decided_by = :account, decided_at = now(),
                   applied_revision_id = :applied
            where id = :id
            """)
    void decide(@Bind("id") long id, @Bind("status") String status, @Bind("account") long accountId,
                @Bind("applied") Long appliedRevisionId);

    /** How the citations of the older versions fared, for a source's page: status → count. */
    @SqlQuery("select status, count(*) as n from citation_review where to_source_id = :id group by status order by status")
    @RegisterConstructorMapper(StatusCount.class)
    List<StatusCount> statusCounts(@Bind("id") long toSourceId);

    record StatusCount(String status, int n) {
    }

    /** Whether there is a review to do for a newer version of this source (for a note on citations of it). */
    @SqlQuery("select count(*) from citation_review where from_source_id = :id and status = 'pending'")
    int pendingFrom(@Bind("id") long fromSourceId);
}
