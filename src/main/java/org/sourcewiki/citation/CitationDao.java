package org.sourcewiki.citation;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(CitationDao.SourceText.class)
@RegisterConstructorMapper(CitationDao.PassageSpan.class)
@RegisterConstructorMapper(StoredCitation.class)
@RegisterConstructorMapper(CitationDao.CitingPage.class)
public interface CitationDao {
    record SourceText(long id, String slug, String textSha256, String storedText) {
    }

    record PassageSpan(long sourceId, int number, int startOffset, int endOffset, String text) {
    }

    /** A page whose current revision cites a passage. */
    record CitingPage(int passageNumber, String slug, String title) {
    }

    @SqlQuery("select id, slug, text_sha256, stored_text from source where slug in (<slugs>)")
    List<SourceText> sourcesBySlug(@BindList("slugs") Collection<String> slugs);

    @SqlQuery("""
            select source_id, number, start_offset, end_offset, text from passage
            where source_id in (<ids>) and number in (<numbers>)
            """)
    List<PassageSpan> passages(@BindList("ids") Collection<Long> sourceIds, @BindList("numbers") Collection<Integer> numbers);

    @SqlBatch("""
            insert into citation (revision_id, ordinal, source_id, source_text_sha256, passage_number, quote,
                                  exact, prefix, suffix, start_offset, end_offset)
            values (:revision, :ordinal, :c.sourceId, :c.sourceTextSha256, :c.passageNumber, :quote,
                    :c.exact, :c.prefix, :c.suffix, :c.start, :c.end)
            """)
    void insert(@Bind("revision") long revisionId, @Bind("ordinal") List<Integer> ordinals,
                @Bind("quote") List<String> quotes, @BindMethods("c") List<ResolvedCitation> citations);

    @SqlQuery("""
            select c.ordinal, s.slug as source_slug, s.title as source_title, s.author as source_author, s.publisher as source_publisher,
                   case when s.metadata_origin ->> 'date' = 'inferred' then '[' || s.published || ']' else s.published end as source_published, s.language as source_language, c.source_text_sha256, c.passage_number, p.kind as passage_kind,
                   c.quote, c.exact, c.prefix, c.suffix, c.start_offset, c.end_offset
            from citation c join source s on s.id = c.source_id
            join passage p on p.source_id = c.source_id and p.number = c.passage_number
            where c.revision_id = :revision order by c.ordinal
            """)
    List<StoredCitation> ofRevision(@Bind("revision") long revisionId);

    /** The citations of two revisions in one query, for comparing them; revisionId tells them apart. */
    @SqlQuery("""
            select c.revision_id, c.ordinal, s.slug as source_slug, s.title as source_title, s.author as source_author, s.publisher as source_publisher,
                   case when s.metadata_origin ->> 'date' = 'inferred' then '[' || s.published || ']' else s.published end as source_published, s.language as source_language, c.source_text_sha256, c.passage_number, p.kind as passage_kind,
                   c.quote, c.exact, c.prefix, c.suffix, c.start_offset, c.end_offset
            from citation c join source s on s.id = c.source_id
            join passage p on p.source_id = c.source_id and p.number = c.passage_number
            where c.revision_id in (:first, :second) order by c.revision_id, c.ordinal
            """)
    @RegisterConstructorMapper(RevisionCitation.class)
    List<RevisionCitation> ofRevisions(@Bind("first") long first, @Bind("second") long second);

    record RevisionCitation(long revisionId, int ordinal, String sourceSlug, String sourceTitle, String sourceAuthor,
                            String sourcePublisher,
                            String sourcePublished, String sourceLanguage, String sourceTextSha256, int passageNumber, String passageKind,
                            String quote, String exact, String prefix, String suffix, int startOffset, int endOffset) {
        public StoredCitation citation() {
            return new StoredCitation(ordinal, sourceSlug, sourceTitle, sourceAuthor, sourcePublisher, sourcePublished, sourceLanguage, sourceTextSha256,
                    passageNumber, passageKind, quote, exact, prefix, suffix, startOffset, endOffset);
        }
    }

    @SqlQuery("""
            select distinct c.passage_number, pg.slug, pg.title from citation c
            join page pg on pg.current_revision_id = c.revision_id
            where c.source_id = :source and c.passage_number between :from and :to
            order by c.passage_number, pg.title
            """)
    List<CitingPage> citingPages(@Bind("source") long sourceId, @Bind("from") int fromPassage, @Bind("to") int toPassage);

}
