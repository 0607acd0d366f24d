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

    /** Where a linked slug leads: a page's own slug, or an old slug of a renamed page; one row per slug found. */
    record LinkTarget(String slug, String target) {
    }

    @SqlQuery("""
            select slug, slug as target from page where slug in (<slugs>)
            union all
            select r.slug, p.slug as target from page_redirect r join page p on p.id = r.page_id where r.slug in (<slugs>)
            """)
    @RegisterConstructorMapper(LinkTarget.class)
    List<LinkTarget> linkTargetRows(@BindList(value = "slugs", onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<String> slugs);

    /** Each given slug that names a page, directly or through a redirect, mapped to that page's slug. */
    default java.util.Map<String, String> linkTargets(Collection<String> slugs) {
        java.util.Map<String, String> targets = new java.util.HashMap<>();
        if (!slugs.isEmpty()) {
            linkTargetRows(slugs).forEach(row -> targets.putIfAbsent(row.slug(), row.target()));
        }
        return targets;
    }

    /** The slug of the page a slug names, directly or through a redirect; the slug itself when there is none. */
    default String canonicalSlug(String slug) {
        return findBySlug(slug).map(PageRow::slug).or(() -> redirectTarget(slug)).orElse(slug);
    }

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

    /**
     * The search vector of a page: title and aliases first, then the other fields, then the body as a reader sees
     * it (plainText, kept for snippets too). sw_index_text (migration V9) keeps tag-like text and adds the joined
     * forms of hyphenated words and spaced numbers.
     */
    @SqlUpdate("""
            update page set aliases = :aliases, plain_text = :plainText,
              search = setweight(to_tsvector('sw_french', sw_index_text(:title || ' ' || :aliases)), 'A')
                    || setweight(to_tsvector('sw_french', sw_index_text(:fields)), 'B')
                    || setweight(to_tsvector('sw_french', sw_index_text(:plainText)), 'C')
            where id = :page
            """)
    void setSearch(@Bind("page") long pageId, @Bind("title") String title, @Bind("aliases") String aliases,
                   @Bind("fields") String otherFields, @Bind("plainText") String plainText);

    @SqlUpdate("insert into page_redirect (slug, page_id) values (:slug, :page) on conflict (slug) do update set page_id = excluded.page_id")
    void addRedirect(@Bind("slug") String slug, @Bind("page") long pageId);

    @SqlUpdate("delete from page_redirect where slug = :slug")
    void removeRedirect(@Bind("slug") String slug);

    @SqlUpdate("delete from page_link where from_page_id = :page")
    void clearLinks(@Bind("page") long pageId);

    @SqlBatch("insert into page_link (from_page_id, to_slug) values (:page, :slug)")
    void addLinks(@Bind("page") long pageId, @Bind("slug") Collection<String> slugs);

    @SqlQuery("""
            select distinct p.slug, p.title, p.kind from page_link l join page p on p.id = l.from_page_id
            where l.to_slug = :slug
               or l.to_slug in (select r.slug from page_redirect r join page t on t.id = r.page_id where t.slug = :slug)
            order by p.title
            """)
    List<Backlink> backlinks(@Bind("slug") String slug);

    @SqlQuery("""
            select p.slug, p.title, p.kind, r.fields::text as fields_json, r.created_at as updated_at, a.name as author_name
            from page p join revision r on r.id = p.current_revision_id join account a on a.id = r.author_id
            where (cast(:kind as text) is null or p.kind = :kind) order by p.kind, lower(p.title)
            """)
    List<PageListItem> list(@Bind("kind") String kind);

    /** Pages whose current revision cites no passage at all, by title: the maintenance list /maintenance/uncited. */
    @SqlQuery("""
            select p.slug, p.title, p.kind, r.fields::text as fields_json, r.created_at as updated_at, a.name as author_name
            from page p join revision r on r.id = p.current_revision_id join account a on a.id = r.author_id
            where not exists (select 1 from citation c where c.revision_id = p.current_revision_id)
            order by lower(p.title)
            """)
    List<PageListItem> uncited();

    @SqlQuery("select count(*) from page")
    int countPages();

    @SqlQuery("select count(*) from revision")
    int countRevisions();
}
