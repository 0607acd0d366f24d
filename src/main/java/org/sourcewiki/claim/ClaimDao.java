package org.sourcewiki.claim;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.sourcewiki.citation.CitationDao;

/** The claims of the wiki as they stand: the fields of every page's current revision, and their citations. */
@RegisterConstructorMapper(ClaimDao.CurrentFields.class)
@RegisterConstructorMapper(CitationDao.RevisionCitation.class)
public interface ClaimDao {
    /** A page's current revision, with its fields as stored (JSON text). */
    record CurrentFields(String slug, String title, String kind, long revisionId, OffsetDateTime createdAt, String fieldsJson) {
    }

    /** Every page whose current revision has fields, most recently edited first. */
    @SqlQuery("""
            select p.slug, r.title, r.kind, r.id as revision_id, r.created_at, r.fields::text as fields_json
            from page p join revision r on r.id = p.current_revision_id
            where r.fields <> '{}'::jsonb
            order by r.created_at desc, r.id desc
            """)
    List<CurrentFields> currentFields();

    /**
     * The pages whose current revision links to a slug (in its body or its fields) and has fields: the candidates for
     * naming it in a party or affiliation.
     */
    @SqlQuery("""
            select p.slug, r.title, r.kind, r.id as revision_id, r.created_at, r.fields::text as fields_json
            from page_link l join page p on p.id = l.from_page_id join revision r on r.id = p.current_revision_id
            where l.to_slug = :slug and p.slug <> :slug and r.fields <> '{}'::jsonb
            order by r.created_at desc, r.id desc
            """)
    List<CurrentFields> linkingTo(@org.jdbi.v3.sqlobject.customizer.Bind("slug") String slug);

    /** The citations of the given revisions, with their sources (revisionId tells them apart). */
    @SqlQuery("""
            select c.revision_id, c.ordinal, s.slug as source_slug, s.title as source_title, s.author as source_author, s.publisher as source_publisher,
                   s.published as source_published, s.language as source_language, c.source_text_sha256, c.passage_number, p.kind as passage_kind,
                   c.quote, c.exact, c.prefix, c.suffix, c.start_offset, c.end_offset
            from citation c join source s on s.id = c.source_id
            join passage p on p.source_id = c.source_id and p.number = c.passage_number
            where c.revision_id in (<ids>) order by c.revision_id, c.ordinal
            """)
    List<CitationDao.RevisionCitation> citationsOf(@BindList("ids") Collection<Long> revisionIds);
}
