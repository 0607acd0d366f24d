package org.sourcewiki.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports article files as sources, the same way for the seeds, the command line and uploads: each file is parsed
 * in full before anything is written, then written in one transaction, so a failure leaves nothing behind. An
 * article whose stored text is already present (whatever its original encoding) is reported, not duplicated.
 */
public final class SourceImporter {
    private static final Logger log = LoggerFactory.getLogger(SourceImporter.class);

    private final Jdbi jdbi;
    private final ArticleParser parser;
    private final long maxBytes;
    private final VersionListener versions;

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
        this.jdbi = jdbi;
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.versions = versions;
    }

    /** Imports the files and folders (recursively) in a stable order; what a folder walk skipped is listed first. */
    public ImportSummary importPaths(List<Path> paths, Consumer<ImportOutcome> progress) {
        return importExpansion(expand(paths), progress);
    }

    /** Imports the files of an expansion, reporting each outcome to progress as it comes. */
    public ImportSummary importExpansion(Expansion expansion, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> outcomes = new ArrayList<>(expansion.skipped());
        for (Path file : expansion.files()) {
            ImportOutcome outcome = importFile(file);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return new ImportSummary(outcomes);
    }

    /**
     * The files an import of these paths will read, so that a progress bar knows its length, and the files a
     * folder walk leaves alone with the reason: hidden files and folders (a name starting with a dot), and files
     * whose extension names no kind of article the importer reads. A file named explicitly is always tried.
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
                    boolean hidden = false;
                    for (Path part : relative) {
                        hidden |= part.toString().startsWith(".");
                    }
                    if (Files.isDirectory(found)) {
                        continue;
                    }
                    if (hidden) {
                        skipped.add(new ImportOutcome.Skipped(found.toString(), "hidden file"));
                    } else if (!isImportable(found.getFileName().toString())) {
                        skipped.add(new ImportOutcome.Skipped(found.toString(),
                                "not an article file (" + extension(found.getFileName().toString()) + ")"));
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

    /** Extensions of the kinds of article files a folder import reads; a file without extension is tried as text. */
    static final Set<String> IMPORTABLE_EXTENSIONS = Set.of(
            "txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx", "odt");

    static boolean isImportable(String fileName) {
        String extension = extension(fileName);
        return extension.isEmpty() || IMPORTABLE_EXTENSIONS.contains(extension);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public ImportOutcome importFile(Path path) {
        return importFile(path, null);
    }

    /**
     * Imports one file; newVersionOf, when not null, is the slug of a source this file is a new version of (the
     * editor's choice, instead of the same address or publisher and title).
     */
    public ImportOutcome importFile(Path path, String newVersionOf) {
        String name = path.toString();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            return new ImportOutcome.Rejected(name, "no such file");
        }
        if (!Files.isRegularFile(path)) {
            return new ImportOutcome.Rejected(name, "not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return importStream(name, path.getFileName().toString(), in, newVersionOf);
        } catch (IOException e) {
            return new ImportOutcome.Rejected(name, "cannot read: " + e.getMessage());
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
        try {
            byte[] bytes = LimitedReader.readAtMost(in, maxBytes);
            ParsedArticle article = parser.parse(FileNames.stored(fileName), bytes);
            return store(displayName, article, newVersionOf);
        } catch (ImportRefusedException e) {
            return new ImportOutcome.Rejected(displayName, e.getMessage());
        } catch (IOException e) {
            return new ImportOutcome.Rejected(displayName, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import of {} failed", displayName, e);
            return new ImportOutcome.Rejected(displayName, "could not be stored: " + e.getMessage());
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
            return store(displayName, article, newVersionOf);
        } catch (ImportRefusedException e) {
            return new ImportOutcome.Rejected(displayName, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import of {} failed", displayName, e);
            return new ImportOutcome.Rejected(displayName, "could not be stored: " + e.getMessage());
        }
    }

    /** The last segment of an address's path ("article.html"), or its host when the path has none. */
    static String fileNameOf(String address) {
        java.net.URI uri = java.net.URI.create(address);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).strip();
        String name = last.isEmpty() ? uri.getHost() : last;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * The article with the blocks its site prints on its other pages marked boilerplate ({@link SiteTemplate}),
     * compared with the short passages of the site's {@value #SITE_PAGES} most recent sources (same address host,
     * or same publisher when the article has no address).
     */
    private static ParsedArticle withSiteTemplate(SourceDao dao, ParsedArticle article) {
        if (SiteTemplate.siteKey(article.publisher(), article.url()) == null) {
            return article;
        }
        String host = SiteTemplate.host(article.url());
        List<String> texts = host != null ? dao.shortPassagesOfHost(host, SiteTemplate.MAX_CHARS, SITE_PAGES)
                : dao.shortPassagesOfPublisher(article.publisher(), SiteTemplate.MAX_CHARS, SITE_PAGES);
        Set<String> keys = new HashSet<>();
        for (String text : texts) {
            String key = SiteTemplate.key(text);
            if (key != null) {
                keys.add(key);
            }
        }
        List<NewPassage> passages = SiteTemplate.apply(article.passages(), keys, article.title());
        return passages == article.passages() ? article : article.withPassages(passages);
    }

    private static final int SITE_PAGES = 20;

    ImportOutcome store(String displayName, ParsedArticle parsed) {
        return store(displayName, parsed, null);
    }

    /**
     * Stores an article. The same stored text is "already present", whatever else is asked. A different text of an
     * article already imported (newVersionOf names it; else the same address, or the same publisher and title) is
     * stored as its next version: a source of its own, slug "{slug of version 1}-v{n}", linked to version 1, so
     * every older version and every citation of it stay as they are. The listener then re-anchors the citations.
     */
    ImportOutcome store(String displayName, ParsedArticle parsed, String newVersionOf) {
        ImportOutcome stored = jdbi.inTransaction(handle -> {
            SourceDao dao = handle.attach(SourceDao.class);
            dao.lockImports();
            Optional<String> existing = dao.slugByTextDigest(parsed.textSha256());
            if (existing.isPresent()) {
                return new ImportOutcome.AlreadyPresent(displayName, existing.get());
            }
            Optional<SourceDao.Version> previous;
            if (newVersionOf != null && !newVersionOf.isBlank()) {
                previous = dao.versionBySlug(newVersionOf.strip())
                        .map(chosen -> dao.versions(chosen.id()).get(dao.versions(chosen.id()).size() - 1));
                if (previous.isEmpty()) {
                    return new ImportOutcome.Rejected(displayName,
                            "there is no source \"" + newVersionOf.strip() + "\" to make a new version of");
                }
            } else {
                previous = dao.newestVersionOfSameArticle(parsed.url(), parsed.publisher(), parsed.title(),
                        parsed.titleSupplied());
            }
            // A new version is compared with its own older text, not with the site's template: that would mark it all.
            ParsedArticle article = previous.isPresent() ? parsed : withSiteTemplate(dao, parsed);
            String firstSlug = null;
            int version = 1;
            String base;
            if (previous.isPresent()) {
                SourceDao.Version first = dao.versions(previous.get().id()).get(0);
                firstSlug = first.slug();
                version = previous.get().version() + 1;
                base = firstSlug + "-v" + version;
            } else {
                base = SourceSlugs.base(article.publisher(), article.published(), article.title());
            }
            String slug = SourceSlugs.unique(base, dao.slugsStartingWith(base));
            long id = dao.insertSource(slug, article);
            if (previous.isPresent()) {
                dao.setVersion(id, previous.get().firstId(), version);
            }
            if (article.originalBytes() != null) {
                dao.insertOriginal(id, article.originalBytes());
            }
            dao.insertPassages(id, article.language(), article.passages());
            return new ImportOutcome.Imported(displayName, slug, article.title(), article.passages().size(),
                    article.boilerplateCount(), version, firstSlug, null);
        });
        if (stored instanceof ImportOutcome.Imported imported && imported.version() > 1 && versions != null) {
            try {
                long id = jdbi.onDemand(SourceDao.class).versionBySlug(imported.slug()).orElseThrow().id();
                return imported.withReanchored(versions.newVersion(id));
            } catch (RuntimeException e) {
                // The new version is stored; the citations stay on the older one, as they were, until re-anchored.
                log.error("Re-anchoring citations to {} failed", imported.slug(), e);
            }
        }
        return stored;
    }
}
