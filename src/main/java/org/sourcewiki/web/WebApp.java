package org.sourcewiki.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.account.AccountController;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.cite.CiteController;
import org.sourcewiki.cite.CiteService;
import org.sourcewiki.claim.ClaimController;
import org.sourcewiki.claim.ClaimIndex;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.ContentGeneration;
import org.sourcewiki.db.Database;
import org.sourcewiki.db.DatabaseUnavailable;
import org.sourcewiki.page.PageApiController;
import org.sourcewiki.page.PageController;
import org.sourcewiki.page.PageHistoryController;
import org.sourcewiki.page.PageIndexController;
import org.sourcewiki.page.PageRenderer;
import org.sourcewiki.page.PageService;
import org.sourcewiki.review.ReviewController;
import org.sourcewiki.review.ReviewService;
import org.sourcewiki.search.SearchController;
import org.sourcewiki.search.SearchService;
import org.sourcewiki.source.Importers;
import org.sourcewiki.source.PageFetcher;
import org.sourcewiki.source.SourceController;
import org.sourcewiki.source.SourceCorrections;
import org.sourcewiki.source.SourceEditController;

/** The route table (it reads like a sitemap), plus the few things every response shares: headers and errors. */
public final class WebApp {
    private static final Logger log = LoggerFactory.getLogger(WebApp.class);
    /** Set by a handler that rendered its own 404 page, so the generic one does not replace it. */
    public static final String RENDERED = "sourcewiki.error-rendered";
    /** Memory for whole cached responses (see ResponseCache): a few thousand pages, well inside a 256 MB heap. */
    private static final long RESPONSE_CACHE_BYTES = 32L * 1024 * 1024;

    private WebApp() {
    }

    public static Javalin create(Config config, Database database) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        AccountService accountService = new AccountService(database.jdbi());
        Auth auth = new Auth(accountService, config.publicUrl().startsWith("https://"), config.trustedProxies());
        AccountController accounts = new AccountController(accountService, auth);
        HomeController home = new HomeController(database.jdbi(), auth);
        CiteService citing = new CiteService(database.jdbi(), config.wikiName(), config.publicUrl(), Clock.systemUTC());
        CiteController cite = new CiteController(database.jdbi(), citing);
        SourceController sources = new SourceController(database.jdbi(), Importers.create(database, config.importMaxBytes()),
                json, citing, PageFetcher.standard(config.importMaxBytes(), config.importAllowPrivate()));
        SourceEditController sourceEdits = new SourceEditController(database.jdbi(), new SourceCorrections(database.jdbi()));
        PageRenderer pageRenderer = new PageRenderer(database.jdbi());
        PageService pageService = new PageService(database.jdbi());
        SearchService searchService = new SearchService(database.jdbi());
        PageController wiki = new PageController(database.jdbi(), pageService, pageRenderer, searchService, citing,
                new ClaimController(new ClaimIndex(database.jdbi())));
        PageHistoryController history = new PageHistoryController(database.jdbi(), pageService);
        PageApiController pagesApi = new PageApiController(database.jdbi(), config.publicUrl());
        PageIndexController indexes = new PageIndexController(database.jdbi());
        SearchController search = new SearchController(searchService);
        ReviewController review = new ReviewController(database.jdbi(), new ReviewService(database.jdbi(), pageService));
        StaticAssets assets = new StaticAssets();
        ThymeleafRenderer renderer = new ThymeleafRenderer(config.wikiLanguage(), assets);
        ReadRouter readRouter = new ReadRouter(database.routing(), auth);
        // This app server's own view of the content generation (each server listens for changes on its own).
        ContentGeneration generation = new ContentGeneration(database.jdbi(), database.routing());
        ResponseCache cache = new ResponseCache(generation, auth, RESPONSE_CACHE_BYTES);
        ClaimController claims = new ClaimController(new ClaimIndex(database.jdbi()));

        return Javalin.create(app -> {
            // Every page also answers HEAD with the headers GET would send (Memento, Link, content type, 404s):
            // Jetty leaves the body out.
            BiConsumer<String, Handler> get = (path, handler) -> {
                app.routes.get(path, handler);
                app.routes.head(path, handler);
            };
            app.startup.showJavalinBanner = false;
            app.events.serverStarting(() -> generation.watch(database::dedicatedConnection));
            app.events.serverStopped(generation::close);
            app.jetty.port = config.port();
            app.fileRenderer(renderer);
            app.jsonMapper(new JavalinJackson(json, false));
            app.router.ignoreTrailingSlashes = true;
            app.http.maxRequestSize = 2 * config.importMaxBytes() + 1_000_000;
            app.jetty.multipartConfig.maxFileSize(2 * config.importMaxBytes(), SizeUnit.BYTES);
            app.jetty.multipartConfig.maxTotalRequestSize(20 * config.importMaxBytes(), SizeUnit.BYTES);
            app.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });

            app.routes.before(readRouter::reset);
            SecurityHeaders securityHeaders = new SecurityHeaders(config.publicUrl().startsWith("https://"));
            app.jetty.modifyServer(server -> server.setErrorHandler(securityHeaders.errorHandler()));
            app.routes.before(securityHeaders::addTo);
            // Javalin names HTML "text/html" alone; say UTF-8, so no browser guesses the encoding of a page.
            app.routes.after(ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html") && !type.contains("charset")) {
                    ctx.contentType("text/html; charset=utf-8");
                }
            });
            app.routes.before(auth::identify);
            // Reads to a streaming replica (DATABASE_READ_URL) when that cannot hide the reader's own writes; then
            // whole responses from the cache keyed on the content generation (read where the data is read).
            app.routes.before(readRouter::route);
            app.routes.before(cache::serveCached);

            get.accept("/", home::serveHome);
            get.accept("/language", home::switchLanguage);
            get.accept("/login", accounts::serveLogin);
            app.routes.post("/login", accounts::handleLogin);
            app.routes.post("/logout", accounts::handleLogout);
            get.accept("/account/password", accounts::servePassword);
            app.routes.post("/account/password", accounts::handlePassword);
            get.accept("/admin/users", accounts::serveUsers);
            app.routes.post("/admin/users/{id}", accounts::handleUserChange);

            get.accept("/sources", sources::serveSourceList);
            app.routes.post("/sources", sources::handleUpload);
            get.accept("/sources/{slug}", sources::serveSource);
            get.accept("/sources/{slug}/edit", sourceEdits::serveMetadataForm);
            app.routes.post("/sources/{slug}/edit", sourceEdits::handleMetadataForm);
            app.routes.post("/sources/{slug}/passages/{number}/kind", sourceEdits::handleKindCorrection);
            get.accept("/sources/{slug}/history", sourceEdits::serveHistory);
            get.accept("/sources/{slug}/original", sources::serveOriginal);
            // Sources that change: versions of an article, and citations re-anchored to the newest
            get.accept("/sources/{slug}/v/{n}", sources::serveVersion);
            get.accept("/sources/{slug}/diff", sources::serveVersionDiff);
            get.accept("/review", review::serveReview);
            app.routes.post("/review/{id}/confirm", review::handleConfirm);
            app.routes.post("/review/{id}/correct", review::handleCorrect);
            app.routes.post("/review/{id}/leave", review::handleLeave);

            get.accept("/wiki/{slug}", wiki::servePage);
            get.accept("/wiki/{slug}/edit", wiki::serveEdit);
            app.routes.post("/wiki/{slug}/edit", wiki::handleEdit);
            get.accept("/wiki/{slug}/restore", history::serveRestore);
            app.routes.post("/wiki/{slug}/restore", history::handleRestore);
            get.accept("/wiki/{slug}/history", history::serveHistory);
            get.accept("/wiki/{slug}/diff", history::serveDiff);
            get.accept("/wiki/{slug}/links", wiki::serveLinks);
            get.accept("/wiki/{slug}/annotations.jsonld", pagesApi::serveAnnotations);
            get.accept("/actors", indexes::serveActors);
            get.accept("/agreements", indexes::serveAgreements);
            get.accept("/pages", indexes::servePages);
            get.accept("/maintenance/uncited", indexes::serveUncited);
            get.accept("/recent", indexes::serveRecent);
            get.accept("/search", search::serveSearch);
            get.accept("/api/titles", search::serveTitleSuggestionsJson);
            get.accept("/passages", search::servePassageFinder);

            // Claims across the wiki: contested fields, dated values in order, actors and agreements linked
            get.accept("/disputes", claims::serveDisputes);
            get.accept("/timeline", claims::serveTimeline);
            get.accept("/graph", claims::serveGraph);

            // Citing: formatted references and downloads pinned to a revision, Pandoc export, RFC 7089 Memento
            app.routes.before("/wiki/{slug}", cite::negotiateDatetime);
            app.routes.after("/wiki/{slug}", cite::addMementoHeaders);
            app.routes.after("/sources/{slug}", cite::addSourceMementoHeaders);
            get.accept("/wiki/{slug}/cite", cite::servePageCite);
            get.accept("/wiki/{slug}/cite.json", cite::servePageCslJson);
            get.accept("/wiki/{slug}/cite.bib", cite::servePageBibTeX);
            get.accept("/wiki/{slug}/cite.ris", cite::servePageRis);
            get.accept("/wiki/{slug}/export.md", cite::serveExport);
            get.accept("/wiki/{slug}/timemap", cite::serveTimeMap);
            get.accept("/sources/{slug}/cite", cite::serveSourceCite);
            get.accept("/sources/{slug}/cite.json", cite::serveSourceCslJson);
            get.accept("/sources/{slug}/cite.bib", cite::serveSourceBibTeX);
            get.accept("/sources/{slug}/cite.ris", cite::serveSourceRis);

            get.accept("/api/sources", sources::serveSourceListJson);
            get.accept("/api/sources/{slug}", sources::serveSourceJson);
            get.accept("/api/passages", search::servePassageSearchJson);
            get.accept("/api/pages/{slug}", pagesApi::servePageJson);
            get.accept("/api/pages/{slug}/revisions", pagesApi::serveRevisionsJson);

            // Last of the after-handlers, so it keeps the headers the others set (Memento).
            app.routes.after(cache::store);
            app.routes.after(cache::rememberWrite);
            app.routes.after(readRouter::afterRequest);
            // Styles and scripts under fingerprinted names (/static/css/sourcewiki.3f9c2a7b1d.css), kept a year
            get.accept("/static/<file>", assets::serve);

            app.routes.exception(NotFoundException.class, (e, ctx) -> renderNotFound(ctx, e.messageKey(), e.subject()));
            app.routes.exception(BadRequestException.class, (e, ctx) -> renderError(ctx, 400, e.getMessage()));
            app.routes.exception(ForbiddenException.class, (e, ctx) -> renderError(ctx, 403, e.getMessage()));
            app.routes.exception(CsrfException.class, (e, ctx) -> {
                Optional<String> editedPage = editedPage(ctx);
                if (editedPage.isPresent()) {
                    // A token renewed by signing in again elsewhere must not cost the editor their text.
                    wiki.renderRefusedEdit(ctx, editedPage.get(), 403, "edit.sessionRenewed");
                    return;
                }
                renderError(ctx, 403, e.getMessage());
            });
            app.routes.exception(Exception.class, (e, ctx) -> {
                if (RequestErrors.readerWentAway(e)) {
                    log.debug("Reader went away during {} {}", ctx.method(), ctx.path());
                    return;
                }
                var clientError = RequestErrors.classify(e, config.importMaxBytes());
                if (clientError.isPresent()) {
                    // The client's mistake: one line in the log, a clear 4xx for the reader, no stack trace.
                    log.warn("Refused {} {}: {} ({})", ctx.method(), ctx.path(), clientError.get().status(), rootMessage(e));
                    renderError(ctx, clientError.get().status(), clientError.get().messageKey(),
                            clientError.get().arguments());
                    return;
                }
                if (DatabaseUnavailable.causedBy(e)) {
                    log.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), rootMessage(e));
                    ctx.header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                    Optional<String> editedPage = editedPage(ctx);
                    if (editedPage.isPresent()) {
                        wiki.renderRefusedEdit(ctx, editedPage.get(), 503, "edit.databaseUnavailable");
                    } else {
                        renderError(ctx, 503, "error.databaseUnavailable");
                    }
                    return;
                }
                log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
                renderError(ctx, 500, "error.internal");
            });
            app.routes.error(404, ctx -> {
                if (ctx.attribute(RENDERED) == null) {
                    renderNotFound(ctx, "notFound.path", ctx.path());
                }
            });
        });
    }

    private static void renderNotFound(Context ctx, String messageKey, String subject) {
        ctx.attribute(RENDERED, true);
        ctx.status(404);
        if (isApi(ctx)) {
            ctx.json(Map.of("error", Messages.get(Locale.ENGLISH, messageKey, subject)));
        } else {
            ctx.render("not_found", Map.of("messageKey", messageKey, "subject", subject));
        }
    }

    private static final Pattern EDIT_PATH = Pattern.compile("/wiki/([^/]+)/edit");

    /**
     * The page slug of a POST to an edit form, read from the path itself: the error may come from a before-handler
     * (the CSRF check, the session lookup), where Javalin has no path parameters yet.
     */
    private static Optional<String> editedPage(Context ctx) {
        Matcher matcher = EDIT_PATH.matcher(ctx.path());
        if (ctx.method() != HandlerType.POST || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            // Percent-decoding of a path segment: "+" is a plus sign there, not a space.
            return Optional.of(URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void renderError(Context ctx, int status, String messageKey, Object... arguments) {
        ctx.attribute(RENDERED, true);
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(Map.of("error", Messages.get(Locale.ENGLISH, messageKey, arguments)));
        } else {
            try {
                ctx.render("error", Map.of("status", status, "message", Messages.get(Locales.of(ctx), messageKey, arguments)));
            } catch (RuntimeException e) {
                // The error page itself failed: still answer, in plain words, without a stack trace.
                log.error("The error page could not be rendered", e);
                ctx.contentType("text/plain; charset=utf-8").result("Error " + status + ": the wiki could not answer.");
            }
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
