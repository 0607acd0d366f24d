package org.sourcewiki.source;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SourceSummary.class)
@RegisterConstructorMapper(StoredPassage.class)
public interface SourceDao {
    String SUMMARY_COLUMNS = """
            s.id, s.slug, s.title, s.title_supplied, s.publisher, s.author, s.published, s.language, s.url,
            s.original_sha256, s.text_sha256, s.original_encoding, s.imported_at,
            s.media_type, s.metadata_origin::text as metadata_origin_json, s.retrieved_at, s.file_name,
            exists (select 1 from source_original o where o.source_id = s.id) as has_original,
            (select count(*) from passage p where p.source_id = s.id) as passage_count,
            (select count(*) from passage p where p.source_id = s.id and p.kind = 'body') as body_count,
            (select count(*) from citation c join page pg on pg.current_revision_id = c.revision_id
              where c.source_id = s.id) as citation_count,
            (select count(distinct c.passage_number) from citation c join page pg on pg.current_revision_id = c.revision_id
              join passage p on p.source_id = c.source_id and p.number = c.passage_number and p.kind = 'body'
              where c.source_id = s.id) as cited_body_count
            """;

    @SqlQuery("select " + SUMMARY_COLUMNS + " from source s order by s.published desc nulls last, s.title")
    List<SourceSummary> listSources();

    @SqlQuery("select " + SUMMARY_COLUMNS + " from source s where s.slug = :slug")
    Optional<SourceSummary> findBySlug(@Bind("slug") String slug);

    @SqlQuery("select " + SUMMARY_COLUMNS + " from source s where s.slug in (<slugs>)")
    List<SourceSummary> findBySlugs(@org.jdbi.v3.sqlobject.customizer.BindList("slugs") java.util.Collection<String> slugs);

    @SqlQuery("select stored_text from source where id = :id")
    String storedText(@Bind("id") long sourceId);

    @SqlQuery("""
            select number, form, kind, kind_reason, start_offset, end_offset, text
            from passage where source_id = :id order by number
            """)
    List<StoredPassage> passages(@Bind("id") long sourceId);

    /** The passages numbered from to to (inclusive), in order: one page of the source page. */
    @SqlQuery("""
            select number, form, kind, kind_reason, start_offset, end_offset, text
            from passage where source_id = :id and number between :from and :to order by number
            """)
    List<StoredPassage> passagesBetween(@Bind("id") long sourceId, @Bind("from") int from, @Bind("to") int to);

    /** Every passage in order, read from a cursor in batches: for streaming a source of any size. */
    @SqlQuery("""
            select number, form, kind, kind_reason, start_offset, end_offset, text
            from passage where source_id = :id order by number
            """)
    @FetchSize(500)
    Stream<StoredPassage> streamPassages(@Bind("id") long sourceId);

    /** The passage holding this code point offset of the stored text, if any: where a ?mark= link points. */
    @SqlQuery("""
            select number from passage where source_id = :id and start_offset <= :offset and end_offset > :offset
            order by number limit 1
            """)
    Optional<Integer> passageAtOffset(@Bind("id") long sourceId, @Bind("offset") int offset);

    @SqlQuery("select slug from source where text_sha256 = :sha")
    Optional<String> slugByTextDigest(@Bind("sha") String textSha256);

    /**
     * The slugs that are base or start with "base-". Slugs hold only [a-z0-9-], so in byte order ("C") they are the
     * range from base up to base followed by ".", the character after "-": an index range scan (V18), where a LIKE
     * with a bound prefix would read every slug. The caller keeps those of the exact form.
     */
    @SqlQuery("""
            select slug from source
            where slug collate "C" >= cast(:base as text) collate "C"
              and slug collate "C" < (cast(:base as text) || '.') collate "C"
            """)
    Set<String> slugsInRangeOf(@Bind("base") String base);

    /** The slugs taken by base and its "-n" forms; see {@link #slugsInRangeOf}. */
    default Set<String> slugsStartingWith(String base) {
        Set<String> taken = new java.util.HashSet<>();
        for (String slug : slugsInRangeOf(base)) {
            if (slug.equals(base) || slug.startsWith(base + "-")) {
                taken.add(slug);
            }
        }
        return taken;
    }

    /** A stored text's digest and the slug of its source. */
    record DigestSlug(String textSha256, String slug) {
    }

    /** The sources already holding any of these stored-text digests (one query for a whole batch of an import). */
    @SqlQuery("select text_sha256, slug from source where text_sha256 in (<digests>)")
    @RegisterConstructorMapper(DigestSlug.class)
    List<DigestSlug> slugsByTextDigests(@org.jdbi.v3.sqlobject.customizer.BindList("digests") java.util.Collection<String> digests);

    /**
     * One row of a site's recent sources with their short passages: site is the key the rows were matched on (the
     * host given, or the publisher lowered as PostgreSQL lowers it), sourceId null when the site has no source yet,
     * text null for a source without short passages. Every one of the newest sources is listed, so that an importer
     * can keep the list up to date itself while it stores more pages of the site (see SourceImporter).
     */
    record SiteText(String site, Long sourceId, String text) {
    }

    /** Passages of at most maxChars characters (code points) of the site's newest sources, by address host (V17). */
    @SqlQuery("""
            select cast(:host as text) as site, r.id as source_id, p.text
            from (select 1) as one
            left join lateral (
                select s.id from source s
                where lower(regexp_replace(substring(s.url from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)'), '^www[0-9]?\\.', '')) = :host
                order by s.id desc limit :sources) r on true
            left join passage p on p.source_id = r.id and char_length(p.text) <= :maxChars
            """)
    @RegisterConstructorMapper(SiteText.class)
    List<SiteText> recentTextsOfHost(@Bind("host") String host, @Bind("maxChars") int maxChars, @Bind("sources") int sources);

    /** Passages of at most maxChars characters of the newest sources of a publisher (case ignored, V17). */
    @SqlQuery("""
            select lower(cast(:publisher as text)) as site, r.id as source_id, p.text
            from (select 1) as one
            left join lateral (
                select s.id from source s where lower(s.publisher) = lower(cast(:publisher as text))
                order by s.id desc limit :sources) r on true
            left join passage p on p.source_id = r.id and char_length(p.text) <= :maxChars
            """)
    @RegisterConstructorMapper(SiteText.class)
    List<SiteText> recentTextsOfPublisher(@Bind("publisher") String publisher, @Bind("maxChars") int maxChars,
                                          @Bind("sources") int sources);

    /** Imports are rare; taking one lock makes the digest check and the slug choice safe against a parallel import. */
    @SqlQuery("select pg_advisory_xact_lock(7070001)::text")
    String lockImports();

    /**
     * A source just stored: its id, and the keys its site is found by ({@link #recentTextsOfHost} and
     * {@link #recentTextsOfPublisher}), computed by PostgreSQL exactly as those lookups compute them.
     */
    record Inserted(long id, String host, String publisherKey) {
    }

    /**
     * Inserts a source, its original file (when article.originalBytes is not null) and its place among the versions
     * of its article (firstId null and version 1 for a new article), in one statement.
     */
    @SqlQuery("""
            with s as (
                insert into source (slug, title, title_supplied, publisher, author, published, language, url,
                                    original_sha256, text_sha256, original_encoding, file_name, stored_text,
                                    media_type, metadata_origin, retrieved_at, first_version_id, version)
                values (:slug, :a.title, :a.titleSupplied, :a.publisher, :a.author, :a.published, :a.language, :a.url,
                        :a.originalSha256, :a.textSha256, :a.originalEncoding, :a.fileName, :a.storedText,
                        :a.mediaType, cast(:a.metadataOriginJson as jsonb), :a.retrievedAt, :firstId, :version)
                returning id, url, publisher),
            o as (
                insert into source_original (source_id, bytes)
                select id, cast(:a.originalBytes as bytea) from s where cast(:a.originalBytes as bytea) is not null)
            select id, lower(regexp_replace(substring(url from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)'), '^www[0-9]?\\.', '')) as host,
                   lower(publisher) as publisher_key
            from s
            """)
    @RegisterConstructorMapper(Inserted.class)
    Inserted insertSource(@Bind("slug") String slug, @BindMethods("a") ParsedArticle article, @Bind("firstId") Long firstId,
                          @Bind("version") int version);

    /** Keeps a source's original file; written once (a trigger refuses changes). */
    @SqlUpdate("insert into source_original (source_id, bytes) values (:id, :bytes) on conflict (source_id) do nothing")
    void insertOriginal(@Bind("id") long sourceId, @Bind("bytes") byte[] bytes);

    /** The original file of a source, when it was kept. */
    @SqlQuery("select bytes from source_original where source_id = :id")
    Optional<byte[]> original(@Bind("id") long sourceId);

    /** Sources whose original file is not kept, by the digest of that file, for recovering it. */
    @SqlQuery("""
            select s.original_sha256 from source s
            where not exists (select 1 from source_original o where o.source_id = s.id)
            """)
    Set<String> digestsWithoutOriginal();

    @SqlQuery("select id from source where original_sha256 = :sha and not exists "
            + "(select 1 from source_original o where o.source_id = source.id)")
    List<Long> idsWithoutOriginalByDigest(@Bind("sha") String originalSha256);

    /** Sets origins recovered from the original file, keeping every correction an editor made. */
    @SqlUpdate("""
            update source set metadata_origin = cast(:origins as jsonb)
                || coalesce((select jsonb_object_agg(key, value) from jsonb_each(metadata_origin)
                             where value = '"editor"'::jsonb), '{}'::jsonb)
            where id = :id
            """)
    void setRecoveredOrigins(@Bind("id") long sourceId, @Bind("origins") String originsJson);

    @SqlBatch("""
            insert into passage (source_id, number, form, kind, kind_reason, start_offset, end_offset, text,
                                 search_config, search)
            values (:sourceId, :p.number, :p.formCode, :p.kindCode, :p.kindReason, :p.start, :p.end, :p.text,
                    sw_search_config(:language), to_tsvector(sw_search_config(:language), sw_index_text(:p.text)))
            """)
    void insertPassages(@Bind("sourceId") long sourceId, @Bind("language") String language,
                        @BindMethods("p") List<NewPassage> passages);

    @SqlQuery("select value from wiki_state where key = :key")
    Optional<String> state(@Bind("key") String key);

    @SqlUpdate("""
            insert into wiki_state (key, value) values (:key, :value)
            on conflict (key) do update set value = excluded.value, updated_at = now()
            """)
    void setState(@Bind("key") String key, @Bind("value") String value);

    // --- Versions of a source (an article imported again with another text) ---

    /** One version of a source: its own source row. */
    record Version(long id, String slug, int version, long firstId, String title, java.time.OffsetDateTime importedAt,
                   int passageCount) {
    }

    String VERSION_COLUMNS = """
            s.id, s.slug, s.version, coalesce(s.first_version_id, s.id) as first_id, s.title, s.imported_at,
            (select count(*) from passage p where p.source_id = s.id) as passage_count
            """;

    /** Every version of the source with this id's lineage, oldest first. */
    @SqlQuery("select " + VERSION_COLUMNS + " from source s where coalesce(s.first_version_id, s.id) = "
            + "(select coalesce(first_version_id, id) from source where id = :id) order by s.version")
    @RegisterConstructorMapper(Version.class)
    List<Version> versions(@Bind("id") long sourceId);

    /** The texts of a source's body passages, in order (what {@link ArticleResemblance} compares). */
    @SqlQuery("select text from passage where source_id = :id and kind = 'body' order by number")
    List<String> bodyTexts(@Bind("id") long sourceId);

    @SqlQuery("select " + VERSION_COLUMNS + " from source s where s.slug = :slug")
    @RegisterConstructorMapper(Version.class)
    Optional<Version> versionBySlug(@Bind("slug") String slug);

    /**
     * The newest version of the article this one is a new version of, if any: the same address, else the same
     * publisher and title (compared without regard to case; a supplied title never matches), unless the two state
     * different dates or different authors (two pieces of a recurring column, or two reporters' stories, that share a
     * headline are two articles; an edited article keeps its date and its byline). Only the arms that can
     * match are sent (none: no query), each on its own index (V18): a query whose shape does not depend on which
     * values are null is planned once per connection, where one with "(:url is not null and …) or …" was planned
     * anew for every article of an import.
     */
    default Optional<Version> newestVersionOfSameArticle(String url, String publisher, String title, boolean titleSupplied,
                                                         String published, String author) {
        boolean byTitle = publisher != null && !titleSupplied;
        if (url != null && byTitle) {
            return newestVersionBySameAddressOrTitle(url, publisher, title, published, author);
        }
        if (url != null) {
            return newestVersionBySameAddress(url);
        }
        return byTitle ? newestVersionBySameTitle(url, publisher, title, published, author) : Optional.empty();
    }

    /** The same date and author, where both state them ({@link #newestVersionOfSameArticle}). */
    String SAME_DATE_AND_AUTHOR = """
             and (m.published is null or cast(:published as text) is null or m.published = cast(:published as text))
             and (m.author is null or cast(:author as text) is null or lower(m.author) = lower(cast(:author as text)))""";

    @SqlQuery("select " + VERSION_COLUMNS + """
            from source s where coalesce(s.first_version_id, s.id) = (
                select c.first from (
                    select coalesce(m.first_version_id, m.id) as first, true as same_url, m.imported_at, m.id
                    from source m where m.url = cast(:url as text)
                    union all
                    select coalesce(m.first_version_id, m.id), m.url is not distinct from cast(:url as text),
                           m.imported_at, m.id
                    from source m
                    where not m.title_supplied and lower(m.publisher) = lower(cast(:publisher as text)) and lower(m.title) = lower(cast(:title as text))
            """ + SAME_DATE_AND_AUTHOR + """
                ) c
                order by c.same_url desc, c.imported_at desc, c.id desc limit 1)
            order by s.version desc limit 1
            """)
    @RegisterConstructorMapper(Version.class)
    Optional<Version> newestVersionBySameAddressOrTitle(@Bind("url") String url, @Bind("publisher") String publisher,
                                                        @Bind("title") String title, @Bind("published") String published,
                                                        @Bind("author") String author);

    @SqlQuery("select " + VERSION_COLUMNS + """
            from source s where coalesce(s.first_version_id, s.id) = (
                select coalesce(m.first_version_id, m.id) from source m where m.url = cast(:url as text)
                order by m.imported_at desc, m.id desc limit 1)
            order by s.version desc limit 1
            """)
    @RegisterConstructorMapper(Version.class)
    Optional<Version> newestVersionBySameAddress(@Bind("url") String url);

    /** url is null here, so the "same address first" order of the other queries is moot. */
    @SqlQuery("select " + VERSION_COLUMNS + """
            from source s where coalesce(s.first_version_id, s.id) = (
                select coalesce(m.first_version_id, m.id) from source m
                where not m.title_supplied and lower(m.publisher) = lower(cast(:publisher as text)) and lower(m.title) = lower(cast(:title as text))
            """ + SAME_DATE_AND_AUTHOR + """
                order by (m.url is not distinct from cast(:url as text)) desc, m.imported_at desc, m.id desc limit 1)
            order by s.version desc limit 1
            """)
    @RegisterConstructorMapper(Version.class)
    Optional<Version> newestVersionBySameTitle(@Bind("url") String url, @Bind("publisher") String publisher,
                                               @Bind("title") String title, @Bind("published") String published,
                                               @Bind("author") String author);

    /** Citations re-anchored to this version: applied at once, pending review, decided by editors (any way). */
    @SqlQuery("""
            select count(*) filter (where status = 'applied') as applied,
                   count(*) filter (where status = 'pending') as pending,
                   count(*) filter (where status in ('confirmed', 'corrected', 'left', 'gone')) as decided
            from citation_review where to_source_id = :id
            """)
    @RegisterConstructorMapper(ReanchorCounts.class)
    ReanchorCounts reanchorCounts(@Bind("id") long sourceId);

    record ReanchorCounts(int applied, int pending, int decided) {
        public boolean any() {
            return applied + pending + decided > 0;
        }
    }
}
