package org.sourcewiki.source;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Corrections of sources: the metadata and passage kinds an editor changed, kept forever with who, when and why. */
@RegisterConstructorMapper(SourceEditDao.Edit.class)
@RegisterConstructorMapper(SourceEditDao.Change.class)
public interface SourceEditDao {
    /** One correction: who, when, why. */
    record Edit(long id, String author, OffsetDateTime createdAt, String summary) {
    }

    /** One value a correction changed; passageNumber is set for a passage's kind. */
    record Change(long editId, String field, Integer passageNumber, String oldValue, String newValue) {
    }

    /** Locks the source row for the rest of the transaction, so corrections of one source are made one at a time. */
    @SqlQuery("select id from source where id = :id for update")
    long lockSource(@Bind("id") long sourceId);

    /** The id of the source's latest correction of any kind, 0 when there is none. */
    @SqlQuery("select coalesce(max(id), 0) from source_edit where source_id = :id")
    long latestEdit(@Bind("id") long sourceId);

    /**
     * The id of the source's latest correction that changed a metadata field, 0 when there is none: what the
     * metadata form is based on, so that a passage's kind corrected meanwhile is no conflict for it.
     */
    @SqlQuery("""
            select coalesce(max(e.id), 0) from source_edit e
            where e.source_id = :id
              and exists (select 1 from source_edit_change c where c.edit_id = e.id and c.field <> 'kind')
            """)
    long latestMetadataEdit(@Bind("id") long sourceId);

    @SqlQuery("""
            insert into source_edit (source_id, account_id, summary) values (:source, :account, :summary) returning id
            """)
    long insertEdit(@Bind("source") long sourceId, @Bind("account") long accountId, @Bind("summary") String summary);

    @SqlUpdate("""
            insert into source_edit_change (edit_id, ordinal, field, passage_number, old_value, new_value)
            values (:edit, :ordinal, :field, :passage, :old, :new)
            """)
    void insertChange(@Bind("edit") long editId, @Bind("ordinal") int ordinal, @Bind("field") String field,
                      @Bind("passage") Integer passageNumber, @Bind("old") String oldValue, @Bind("new") String newValue);

    @SqlUpdate("""
            update source set title = :title, title_supplied = :titleSupplied, publisher = :publisher,
                              author = :author, published = :published, language = :language, url = :url,
                              metadata_origin = metadata_origin || cast(:origins as jsonb)
            where id = :id
            """)
    void updateMetadata(@Bind("id") long sourceId, @Bind("title") String title,
                        @Bind("titleSupplied") boolean titleSupplied, @Bind("publisher") String publisher,
                        @Bind("author") String author, @Bind("published") String published,
                        @Bind("language") String language, @Bind("url") String url, @Bind("origins") String originsJson);

    @SqlQuery("select kind from passage where source_id = :id and number = :number for update")
    Optional<String> lockPassageKind(@Bind("id") long sourceId, @Bind("number") int number);

    @SqlUpdate("update passage set kind = :kind, kind_reason = 'editor' where source_id = :id and number = :number")
    void updateKind(@Bind("id") long sourceId, @Bind("number") int number, @Bind("kind") String kind);

    @SqlQuery("""
            select e.id, a.name as author, e.created_at, e.summary from source_edit e join account a on a.id = e.account_id
            where e.source_id = :id order by e.id desc
            """)
    List<Edit> edits(@Bind("id") long sourceId);

    @SqlQuery("""
            select c.edit_id, c.field, c.passage_number, c.old_value, c.new_value from source_edit_change c
            join source_edit e on e.id = c.edit_id where e.source_id = :id order by c.edit_id desc, c.ordinal
            """)
    List<Change> changes(@Bind("id") long sourceId);
}
