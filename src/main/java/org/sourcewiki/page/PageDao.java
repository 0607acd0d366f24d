package org.sourcewiki.page;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PageRow.class)
@RegisterConstructorMapper(RevisionRow.class)
@RegisterConstructorMapper(PageListItem.class)
@RegisterConstructorMapper(Backlink.class)
public interface PageDao extends org.jdbi.v3.sqlobject.SqlObject {
    String REVISION_COLUMNS = """
            r.id, r.page_id, r.parent_id, r.author_id, a.name as author_name, r.created_at, r.summary, r.title, r.kind,
            r.fields::text as fields_json, r.body, r.size, r.restored_from, parent.size as parent_size, p.slug as page_slug,
            p.current_revision_id as page_current_revision_id
            """;
    String REVISION_FROM = """
            from revision r join account a on a.id = r.author_id join page p on p.id = r.page_id
            left join revision parent on parent.id = r.parent_id
            """;

    @SqlQuery("select id, slug, title, kind, current_revision_id, updated_at from page where slug = :slug")
    Optional<PageRow> findBySlug(@Bind("slug") String slug);

    @SqlQuery("select id, slug, title, kind, current_revision_id, updated_at from page where slug = :slug for update")
    Optional<PageRow> lockBySlug(@Bind("slug") String slug);

    @SqlQuery("select p.slug from page_redirect r join page p on p.id = r.page_id where r.slug = :slug")
    Optional<String> redirectTarget(@Bind("slug") String slug);

    @SqlQuery("select " + REVISION_COLUMNS + REVISION_FROM + " where p.slug = :slug and r.id = p.current_revision_id")
    Optional<RevisionRow> currentRevision(@Bind("slug") String slug);

    @SqlQuery("select " + REVISION_COLUMNS + REVISION_FROM + " where r.id = :id")
    Optional<RevisionRow> revision(@Bind("id") long id);

    @SqlQuery("select id from revision where parent_id = :id")
    Optional<Long> childOf(@Bind("id") long revisionId);

    @SqlQuery("select " + REVISION_COLUMNS + REVISION_FROM + """
             where r.page_id = :page and r.id < :before order by r.id desc limit :limit
            """)
    List<RevisionRow> history(@Bind("page") long pageId, @Bind("before") long beforeId, @Bind("limit") int limit);

    @SqlQuery("select " + REVISION_COLUMNS + REVISION_FROM + " where r.id < :before order by r.id desc limit :limit")
    List<RevisionRow> recent(@Bind("before") long beforeId, @Bind("limit") int limit);

    @SqlQuery("select slug from page where slug in (<slugs>)")
    Set<String> existingSlugs(@BindList(value = "slugs", onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<String> slugs);

    @SqlQuery("insert into page (slug, title, kind) values (:slug, :title, :kind) returning id")
    long insertPage(@Bind("slug") String slug, @Bind("title") String title, @Bind("kind") String kind);

    @SqlQuery("""
            insert into revision (page_id, parent_id, author_id, summary, title, kind, fields, body, size, restored_from)
            values (:page, :parent, :author, :summary, :title, :kind, cast(:fields as jsonb), :body, :size, :restoredFrom)
            returning id
            """)
    long insertRevision(@Bind("page") long pageId, @Bind("parent") Long parentId, @Bind("author") long authorId,
                        @Bind("summary") String summary, @Bind("title") String title, @Bind("kind") String kind,
                        @Bind("fields") String fieldsJson, @Bind("body") String body, @Bind("size") int size,
                        @Bind("restoredFrom") Long restoredFrom);

    @SqlUpdate("""
            update page set current_revision_id = :revision, slug = :slug, title = :title, kind = :kind, updated_at = now()
            where id = :page
            """)
    void setCurrent(@Bind("page") long pageId, @Bind("revision") long revisionId, @Bind("slug") String slug,
                    @Bind("title") String title, @Bind("kind") String kind);

    /** The search vector of a page: title and aliases first, then the other fields, then the body. */
    @SqlUpdate("""
            update page set aliases = :aliases,
              search = setweight(to_tsvector('sw_french', :title || ' ' || :aliases), 'A')
                    || setweight(to_tsvector('sw_french', :fields), 'B')
                    || setweight(to_tsvector('sw_french', sw_plain_text(:body)), 'C')
            where id = :page
            """)
    void setSearch(@Bind("page") long pageId, @Bind("title") String title, @Bind("aliases") String aliases,
                   @Bind("fields") String otherFields, @Bind("body") String body);

    @SqlUpdate("insert into page_redirect (slug, page_id) values (:slug, :page) on conflict (slug) do update set page_id = excluded.page_id")
    void addRedirect(@Bind("slug") String slug, @Bind("page") long pageId);

    @SqlUpdate("delete from page_redirect where slug = :slug")
    void removeRedirect(@Bind("slug") String slug);

    @SqlUpdate("delete from page_link where from_page_id = :page")
    void clearLinks(@Bind("page") long pageId);

    @SqlBatch("insert into page_link (from_page_id, to_slug) values (:page, :slug)")
    void addLinks(@Bind("page") long pageId, @Bind("slug") Collection<String> slugs);

    @SqlQuery("""
            select p.slug, p.title, p.kind from page_link l join page p on p.id = l.from_page_id
            where l.to_slug = :slug order by p.title
            """)
    List<Backlink> backlinks(@Bind("slug") String slug);

    @SqlQuery("""
            select p.slug, p.title, p.kind, r.fields::text as fields_json, r.created_at as updated_at, a.name as author_name
            from page p join revision r on r.id = p.current_revision_id join account a on a.id = r.author_id
            where (cast(:kind as text) is null or p.kind = :kind) order by p.kind, lower(p.title)
            """)
    List<PageListItem> list(@Bind("kind") String kind);

    @SqlQuery("select count(*) from page")
    int countPages();

    @SqlQuery("select count(*) from revision")
    int countRevisions();
}
