package org.sourcewiki.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports article files as sources, the same way for the seeds, the command line and uploads: each file is parsed
 * in full before anything is written, and each article is stored whole or not at all. An article whose stored text is
 * already present (whatever its original encoding) is reported, not duplicated.
 *
 * <p>Folders are imported in batches ({@link BatchLimits}: a few hundred articles, or a byte budget, whichever comes
 * first): a batch is parsed, stored in one transaction and dropped, so memory stays bounded whatever the folder's
 * size, and a batch costs one lock, one digest query and one commit instead of one of each per article. Inside the
 * transaction each article has a savepoint of its own: one that fails to store is rolled back alone and reported
 * rejected with the reason, and the rest of its batch commits. Every rule holds across the articles of one batch as
 * it does across batches: the same text twice is stored once (the second "already present"), two versions of one
 * article are versions 1 and 2, slugs stay unique, and site template detection sees the pages stored before in the
 * same batch exactly as it would with one transaction each. Outcomes are reported when final, that is once their
 * batch is committed (re-anchoring of a new version's citations follows the commit). An import that dies mid-way
 * (killed, power cut, database gone) leaves the batches committed before it, whole articles only, and nothing of
 * the batch it was in: importing the folder again stores the rest and reports the others "already present".
 * Single files, uploads and fetched pages go through the same code as a batch of one.
 */
public final class SourceImporter {
    private static final Logger log = LoggerFactory.getLogger(SourceImporter.class);

    private final Jdbi jdbi;
    private final ArticleParser parser;
    private final long maxBytes;
    private final VersionListener versions;
    private final BatchLimits limits;

    /**
     * The most articles, and the most bytes (original files plus stored text and passages, as UTF-16 in memory), one
     * batch of a folder import holds; a single article larger than the byte budget is a batch by itself.
     */
    public record BatchLimits(int articles, long bytes) {
        /** 250 articles or 16 MiB: about 0.3 s of work per commit, and room for the largest file under -Xmx256m. */
        public static final BatchLimits DEFAULT = new BatchLimits(250, 16L << 20);

        public BatchLimits {
            if (articles < 1 || bytes < 1) {
                throw new IllegalArgumentException("a batch holds at least one article and one byte");
            }
        }
    }

    /**
     * Told when an import stored a new version of an article (version 2 or later), once that import is committed:
     * it re-anchors the citations of the older versions and says how many moved and how many await review.
     */
    public interface VersionListener {
        ImportOutcome.Reanchored newVersion(long sourceId);
    }

    public SourceImporter(Jdbi jdbi, ArticleParser parser, long maxBytes) {
        this(jdbi, parser, maxBytes, null);
    }

    public SourceImporter(Jdbi jdbi, ArticleParser parser, long maxBytes, VersionListener versions) {
        this(jdbi, parser, maxBytes, versions, BatchLimits.DEFAULT);
    }

    private SourceImporter(Jdbi jdbi, ArticleParser parser, long maxBytes, VersionListener versions, BatchLimits limits) {
        this.jdbi = jdbi;
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.versions = versions;
        this.limits = limits;
    }

    /** The same importer with other batch limits (tests cross batch boundaries with small ones). */
    public SourceImporter withBatchLimits(BatchLimits batchLimits) {
        return new SourceImporter(jdbi, parser, maxBytes, versions, batchLimits);
    }

    /** Imports the files and folders (recursively) in a stable order; what a folder walk skipped is listed first. */
    public ImportSummary importPaths(List<Path> paths, Consumer<ImportOutcome> progress) {
        return importExpansion(expand(paths), progress);
    }

    /**
     * Imports the files of an expansion in batches (see the class comment), reporting each outcome to progress, in
     * the order of the files, once its batch is committed.
     */
    public ImportSummary importExpansion(Expansion expansion, Consumer<ImportOutcome> progress) {
        return importExpansion(expansion, null, progress);
    }

    /**
     * As {@link #importExpansion(Expansion, Consumer)}, each file a new version of newVersionOf (a slug) when given.
     * While a batch is stored, a second thread reads and parses the next one, so parsing (our CPU) and storing
     * (PostgreSQL's) overlap; at most two batches are in memory at once.
     */
    public ImportSummary importExpansion(Expansion expansion, String newVersionOf, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> outcomes = new ArrayList<>(expansion.skipped());
        BatchReader reader = new BatchReader(expansion.files().iterator(), newVersionOf);
        ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "import-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<Pending>> next = ahead.submit(reader::next);
            while (true) {
                List<Pending> batch = next.get();
                if (batch.isEmpty()) {
                    break;
                }
                next = ahead.submit(reader::next);
                report(storeBatch(batch), outcomes, progress);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the files failed", e.getCause());
        } finally {
            ahead.shutdownNow();
        }
        return new ImportSummary(outcomes);
    }

    /** Reads the files into batches within the {@link BatchLimits}, one batch per call; empty when all are read. */
    private final class BatchReader {
        private final Iterator<Path> files;
        private final String newVersionOf;
        /** A file read that did not fit in the batch before: the first of the next one. */
        private Pending carried;

        BatchReader(Iterator<Path> files, String newVersionOf) {
            this.files = files;
            this.newVersionOf = newVersionOf;
        }

        List<Pending> next() {
            List<Pending> batch = new ArrayList<>();
            long bytes = 0;
            while (batch.size() < limits.articles() && bytes < limits.bytes() && (carried != null || files.hasNext())) {
                Pending pending = carried != null ? carried : readFile(files.next(), newVersionOf);
                carried = null;
                if (!batch.isEmpty() && bytes + pending.bytes() > limits.bytes()) {
                    carried = pending;
                    break;
                }
                batch.add(pending);
                bytes += pending.bytes();
            }
            return batch;
        }
    }

    private static void report(List<ImportOutcome> done, List<ImportOutcome> outcomes, Consumer<ImportOutcome> progress) {
        for (ImportOutcome outcome : done) {
            outcomes.add(outcome);
            progress.accept(outcome);
        }
    }

    /**
     * The files an import of these paths will read, so that a progress bar knows its length, and the files a
     * folder walk leaves alone with the reason: hidden files and folders (a name starting with a dot), links to files
     * outside the folder, and files whose extension names no kind of article the importer reads ({@link ArticleFiles},
     * the rule the web upload follows too). A file named explicitly is tried even when hidden or a link, but one of
     * another kind ("photo.jpg") is refused when read, with the same reason.
     */
    public record Expansion(List<Path> files, List<ImportOutcome.Skipped> skipped) {
    }

    /** Walks folders recursively (sorted, links not followed out of the tree); see {@link Expansion}. */
    public static Expansion expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ImportOutcome.Skipped> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (var walk = Files.walk(path)) {
                for (Path found : walk.filter(p -> !p.equals(path)).sorted().toList()) {
                    Path relative = path.relativize(found);
                    if (Files.isDirectory(found)) {
                        continue;
                    }
                    Optional<String> hidden = ArticleFiles.hidden(relative.toString());
                    Optional<String> notAnArticle = ArticleFiles.notAnArticle(found.getFileName().toString());
                    if (hidden.isPresent()) {
                        skipped.add(new ImportOutcome.Skipped(found.toString(), hidden.get()));
                    } else if (Files.isSymbolicLink(found) && !Files.exists(found)) {
                        skipped.add(new ImportOutcome.Skipped(found.toString(), "a broken link: the file it names does not exist"));
                    } else if (Files.isSymbolicLink(found) && !insideFolder(path, found)) {
                        skipped.add(new ImportOutcome.Skipped(found.toString(),
                                "a link to a file outside the folder (name the file itself to import it)"));
                    } else if (notAnArticle.isPresent()) {
                        skipped.add(new ImportOutcome.Skipped(found.toString(), notAnArticle.get()));
                    } else {
                        files.add(found);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                files.add(path); // reported as unreadable when imported
            }
        }
        return new Expansion(files, skipped);
    }

    /** Whether a link found in a folder leads to a file inside that folder (a link that leads nowhere is not). */
    private static boolean insideFolder(Path folder, Path link) {
        try {
            return link.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    public ImportOutcome importFile(Path path) {
        return importFile(path, null);
    }

    /**
     * Imports one file; newVersionOf, when not null, is the slug of a source this file is a new version of (the
     * editor's choice, instead of the same address or publisher and title).
     */
    public ImportOutcome importFile(Path path, String newVersionOf) {
        return storeBatch(List.of(readFile(path, newVersionOf))).get(0);
    }

    /** Reads and parses one file, or says why it is refused; nothing is written. */
    private Pending readFile(Path path, String newVersionOf) {
        String name = path.toString();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            return Pending.refused(new ImportOutcome.Rejected(name, "no such file"));
        }
        if (!Files.isRegularFile(path)) {
            return Pending.refused(new ImportOutcome.Rejected(name, "not a regular file"));
        }
        // A file named by itself gets the folder walk's rule on kinds, as a refusal: "photo.jpg" holding a few
        // printable bytes would otherwise become a source of nonsense text.
        Optional<String> notAnArticle = ArticleFiles.notAnArticle(path.getFileName().toString());
        if (notAnArticle.isPresent()) {
            return Pending.refused(new ImportOutcome.Rejected(name, notAnArticle.get()));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readStream(name, path.getFileName().toString(), in, newVersionOf);
        } catch (IOException e) {
            return Pending.refused(new ImportOutcome.Rejected(name, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Imports one uploaded or opened stream; displayName is what reports show, fileName the name as given (a path
     * or a bare name), stored in the form {@link FileNames#stored} gives, for the command line and uploads alike.
     */
    public ImportOutcome importStream(String displayName, String fileName, InputStream in) {
        return importStream(displayName, fileName, in, null);
    }

    /** As {@link #importStream(String, String, InputStream)}, as a new version of the source newVersionOf (a slug). */
    public ImportOutcome importStream(String displayName, String fileName, InputStream in, String newVersionOf) {
        return storeBatch(List.of(readStream(displayName, fileName, in, newVersionOf))).get(0);
    }

    private Pending readStream(String displayName, String fileName, InputStream in, String newVersionOf) {
        try {
            byte[] bytes = LimitedReader.readAtMost(in, maxBytes);
            return new Pending(displayName, parser.parse(FileNames.stored(fileName), bytes), newVersionOf, null);
        } catch (ImportRefusedException e) {
            return Pending.refused(new ImportOutcome.Rejected(displayName, e.getMessage()));
        } catch (IOException e) {
            return Pending.refused(new ImportOutcome.Rejected(displayName, "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Import of {} failed", displayName, e);
            return Pending.refused(new ImportOutcome.Rejected(displayName, "could not be read: " + e.getMessage()));
        }
    }

    /**
     * An article read and waiting for its batch to be stored (article and newVersionOf as given), or a file refused
     * before anything was written (refused, its final outcome).
     */
    private record Pending(String displayName, ParsedArticle article, String newVersionOf, ImportOutcome refused) {
        static Pending refused(ImportOutcome outcome) {
            return new Pending(outcome.fileName(), null, null, outcome);
        }

        /** What it holds in memory, roughly: the file, and the stored text and passages as UTF-16. */
        long bytes() {
            if (article == null) {
                return 0;
            }
            long size = article.originalBytes() == null ? 0 : article.originalBytes().length;
            size += 2L * article.storedText().length();
            for (NewPassage passage : article.passages()) {
                size += 2L * passage.text().length() + 64;
            }
            return size;
        }
    }

    /**
     * Stores the original files of sources imported before files were kept, when a file in the folder (the seeds)
     * has the digest the source recorded, with the metadata origins that file gives (an editor's corrections stay).
     * Returns how many sources got their file back; nothing is read when every source has its file.
     */
    public int recoverOriginals(Path folder) {
        SourceDao dao = jdbi.onDemand(SourceDao.class);
        Set<String> missing = dao.digestsWithoutOriginal();
        if (missing.isEmpty() || !Files.isDirectory(folder)) {
            return 0;
        }
        int recovered = 0;
        for (Path file : expand(List.of(folder)).files()) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String digest = ArticleParser.sha256(bytes);
                if (!missing.contains(digest)) {
                    continue;
                }
                ParsedArticle article = parser.parse(file.getFileName().toString(), bytes);
                for (long id : dao.idsWithoutOriginalByDigest(digest)) {
                    jdbi.useTransaction(handle -> {
                        SourceDao tx = handle.attach(SourceDao.class);
                        tx.insertOriginal(id, bytes);
                        tx.setRecoveredOrigins(id, article.metadataOriginJson());
                    });
                    recovered++;
                }
            } catch (IOException | ImportRefusedException | RuntimeException e) {
                log.warn("Original file {} not recovered: {}", file, e.getMessage());
            }
        }
        if (recovered > 0) {
            log.info("Recovered the original files of {} sources from {}", recovered, folder.toAbsolutePath());
        }
        return recovered;
    }

    /**
     * Fetches a web page (or a PDF or text) and archives it as a source with its address (origin {@code fetched})
     * and retrieval time; the outcome names the address. Refusals ({@link PageFetcher}) are rejected outcomes.
     */
    public ImportOutcome importUrl(String address, PageFetcher fetcher) {
        return importUrl(address, fetcher, null);
    }

    /** As {@link #importUrl(String, PageFetcher)}, as a new version of the source newVersionOf (a slug) when given. */
    public ImportOutcome importUrl(String address, PageFetcher fetcher, String newVersionOf) {
        String displayName = address.strip();
        try {
            PageFetcher.Fetched page = fetcher.fetch(displayName);
            ParsedArticle article = parser.parse(fileNameOf(page.retrieval().url()), page.bytes(), page.retrieval());
            return storeBatch(List.of(new Pending(displayName, article, newVersionOf, null))).get(0);
        } catch (ImportRefusedException e) {
            return new ImportOutcome.Rejected(displayName, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import of {} failed", displayName, e);
            return new ImportOutcome.Rejected(displayName, "could not be stored: " + e.getMessage());
        }
    }

    /** The last segment of an address's path ("article.html"), or its host when the path has none. */
    static String fileNameOf(String address) {
        URI uri = URI.create(address);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).strip();
        String name = last.isEmpty() ? uri.getHost() : last;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }


    ImportOutcome store(String displayName, ParsedArticle parsed) {
        return store(displayName, parsed, null);
    }

    /** Stores one parsed article: a batch of one (see {@link #storeBatch}). */
    ImportOutcome store(String displayName, ParsedArticle parsed, String newVersionOf) {
        return storeBatch(List.of(new Pending(displayName, parsed, newVersionOf, null))).get(0);
    }

    /**
     * Stores a batch in one transaction, each article under a savepoint of its own, and gives each one's outcome in
     * the batch's order once committed (refused files keep theirs). A failure of the batch as a whole (the database
     * gone) rejects every article of it, none stored. Then tells the listener of each new version.
     */
    private List<ImportOutcome> storeBatch(List<Pending> batch) {
        List<ParsedArticle> articles = batch.stream().map(Pending::article).filter(Objects::nonNull).toList();
        if (articles.isEmpty()) {
            return batch.stream().map(Pending::refused).toList();
        }
        Map<String, Long> newVersions = new HashMap<>();
        List<ImportOutcome> outcomes;
        try {
            outcomes = jdbi.inTransaction(handle -> {
                SourceDao dao = handle.attach(SourceDao.class);
                dao.lockImports();
                Map<String, String> present = new HashMap<>();
                for (SourceDao.DigestSlug row : dao.slugsByTextDigests(
                        articles.stream().map(ParsedArticle::textSha256).collect(Collectors.toSet()))) {
                    present.put(row.textSha256(), row.slug());
                }
                SiteTexts sites = new SiteTexts(dao);
                SlugsTaken slugs = new SlugsTaken(dao);
                List<ImportOutcome> done = new ArrayList<>(batch.size());
                int savepoints = 0;
                for (Pending pending : batch) {
                    if (pending.refused() != null) {
                        done.add(pending.refused());
                        continue;
                    }
                    String existing = present.get(pending.article().textSha256());
                    if (existing != null) {
                        done.add(new ImportOutcome.AlreadyPresent(pending.displayName(), existing));
                        continue;
                    }
                    String savepoint = "article_" + savepoints++;
                    handle.savepoint(savepoint);
                    try {
                        Stored stored = storeOne(dao, sites, slugs, pending);
                        handle.releaseSavepoint(savepoint);
                        if (stored.outcome() instanceof ImportOutcome.Imported imported) {
                            present.put(pending.article().textSha256(), imported.slug());
                            sites.stored(stored.inserted(), stored.article().passages());
                            slugs.stored(imported.slug());
                            if (imported.version() > 1) {
                                newVersions.put(imported.slug(), stored.inserted().id());
                            }
                        }
                        done.add(stored.outcome());
                    } catch (RuntimeException e) {
                        handle.rollbackToSavepoint(savepoint);
                        log.error("Import of {} failed", pending.displayName(), e);
                        done.add(new ImportOutcome.Rejected(pending.displayName(), "could not be stored: " + reason(e)));
                    }
                }
                return done;
            });
        } catch (RuntimeException e) {
            log.error("Import of a batch of {} files failed; none of them is stored", batch.size(), e);
            newVersions.clear();
            outcomes = batch.stream().map(p -> p.refused() != null ? p.refused()
                    : new ImportOutcome.Rejected(p.displayName(), "could not be stored: " + reason(e))).toList();
        }
        if (versions == null || newVersions.isEmpty()) {
            return outcomes;
        }
        List<ImportOutcome> told = new ArrayList<>(outcomes.size());
        for (ImportOutcome outcome : outcomes) {
            told.add(outcome instanceof ImportOutcome.Imported imported && newVersions.containsKey(imported.slug())
                    ? reanchor(imported, newVersions.get(imported.slug())) : outcome);
        }
        return told;
    }

    private ImportOutcome.Imported reanchor(ImportOutcome.Imported imported, long sourceId) {
        try {
            return imported.withReanchored(versions.newVersion(sourceId));
        } catch (RuntimeException e) {
            // The new version is stored; the citations stay on the older one, as they were, until re-anchored.
            log.error("Re-anchoring citations to {} failed", imported.slug(), e);
            return imported;
        }
    }

    /** What storing one article gave: its outcome, and when imported, the row and the article as stored. */
    private record Stored(ImportOutcome outcome, SourceDao.Inserted inserted, ParsedArticle article) {
    }

    /**
     * Stores one article inside the batch's transaction (its digest is known to be new). A different text of an
     * article already imported (newVersionOf names it; else the same address, or the same publisher and title, with
     * most of the same text: {@link ArticleResemblance}) is
     * stored as its next version: a source of its own, slug "{slug of version 1}-v{n}", linked to version 1, so every
     * older version and every citation of it stay as they are.
     */
    private static Stored storeOne(SourceDao dao, SiteTexts sites, SlugsTaken slugs, Pending pending) {
        ParsedArticle parsed = pending.article();
        String newVersionOf = pending.newVersionOf();
        Optional<SourceDao.Version> previous;
        if (newVersionOf != null && !newVersionOf.isBlank()) {
            previous = dao.versionBySlug(newVersionOf.strip()).map(chosen -> {
                List<SourceDao.Version> all = dao.versions(chosen.id());
                return all.get(all.size() - 1);
            });
            if (previous.isEmpty()) {
                return new Stored(new ImportOutcome.Rejected(pending.displayName(),
                        "there is no source \"" + newVersionOf.strip() + "\" to make a new version of"), null, null);
            }
        } else {
            // Found by its address or its title, it is the same article only if the texts say so: a section's page
            // title ("Actualités | Le Quotidien") or a home page given as the canonical address is shared by articles
            // that are not versions of each other, and their citations must not move.
            previous = dao.newestVersionOfSameArticle(parsed.url(), parsed.publisher(), parsed.title(),
                    parsed.titleSupplied(), parsed.published(), parsed.author())
                    .filter(found -> ArticleResemblance.sameArticle(dao.bodyTexts(found.id()), bodyTexts(parsed)));
        }
        // A new version is compared with its own older text, not with the site's template: that would mark it all.
        ParsedArticle article = previous.isPresent() ? parsed : withSiteTemplate(sites, parsed);
        String firstSlug = null;
        Long firstId = null;
        int version = 1;
        String base;
        if (previous.isPresent()) {
            SourceDao.Version first = dao.versions(previous.get().id()).get(0);
            firstSlug = first.slug();
            firstId = previous.get().firstId();
            version = previous.get().version() + 1;
            base = firstSlug + "-v" + version;
        } else {
            base = SourceSlugs.base(article.publisher(), article.published(), article.title());
        }
        String slug = SourceSlugs.unique(base, slugs.startingWith(base));
        SourceDao.Inserted inserted = dao.insertSource(slug, article, firstId, version);
        dao.insertPassages(inserted.id(), article.language(), article.passages());
        return new Stored(new ImportOutcome.Imported(pending.displayName(), slug, article.title(),
                article.passages().size(), article.boilerplateCount(), version, firstSlug, null), inserted, article);
    }

    private static List<String> bodyTexts(ParsedArticle article) {
        return article.passages().stream().filter(p -> p.kind() == PassageKind.BODY).map(NewPassage::text).toList();
    }

    /**
     * The article with the blocks its site prints on its other pages marked boilerplate ({@link SiteTemplate}),
     * compared with the short passages of the site's {@value SiteTexts#SITE_PAGES} most recent sources (same address host,
     * or same publisher when the article has no address).
     */
    private static ParsedArticle withSiteTemplate(SiteTexts sites, ParsedArticle article) {
        if (SiteTemplate.siteKey(article.publisher(), article.url()) == null) {
            return article;
        }
        String host = SiteTemplate.host(article.url());
        Set<String> keys = host != null ? sites.ofHost(host) : sites.ofPublisher(article.publisher());
        List<NewPassage> passages = SiteTemplate.apply(article.passages(), keys, article.title());
        return passages == article.passages() ? article : article.withPassages(passages);
    }

    /**
     * The database's own words for why a statement failed ("new row for relation … violates check constraint …"),
     * found behind Jdbi's exception and a JDBC batch's ("Batch entry 0 … was aborted"), without the statement.
     */
    private static String reason(Throwable e) {
        String first = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null
                        && psql.getServerErrorMessage().getMessage() != null) {
                    return psql.getServerErrorMessage().getMessage();
                }
                first = first != null ? first : sql.getMessage();
            }
        }
        return (first != null ? first : String.valueOf(e.getMessage())).lines().findFirst().orElse("");
    }
}
