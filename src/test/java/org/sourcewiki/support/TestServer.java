package org.sourcewiki.support;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;
import org.sourcewiki.seed.Seeds;
import org.sourcewiki.source.Importers;
import org.sourcewiki.web.WebApp;

/** The whole wiki on a free port, with its own database and the seeds imported, as a first start would. */
public final class TestServer implements AutoCloseable {
    private final Database database;
    private final Javalin app;
    /** False for a second app server on another's database: closing it leaves the database to the first. */
    private final boolean ownsDatabase;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The seed sources only, so tests write their own pages. */
    public TestServer() {
        this(false);
    }

    /** With demoPages, a full first start: the seed sources and the demo wiki of seeds/pages. */
    public TestServer(boolean demoPages) {
        this(demoPages, Map.of("PORT", "0"));
    }

    /** The seed sources, with more settings as environment variables (e.g. IMPORT_ALLOW_PRIVATE). */
    public TestServer(Map<String, String> environment) {
        this(false, withPort(environment));
    }

    private static Map<String, String> withPort(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("PORT", "0");
        return env;
    }

    /**
     * The demo wiki on a free port whose PUBLIC_URL is its own address, so that absolute links it writes (permalinks
     * in references) can be followed by a browser.
     */
    public static TestServer withOwnPublicUrl() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new TestServer(true, Map.of("PORT", String.valueOf(port), "PUBLIC_URL", "http://127.0.0.1:" + port));
    }

    private TestServer(boolean demoPages, Map<String, String> environment) {
        database = TestDatabase.fresh();
        Map<String, String> settings = new HashMap<>(environment);
        // Tests speak for several client addresses through X-Forwarded-For, as a proxy on this machine would.
        settings.putIfAbsent("TRUSTED_PROXIES", "127.0.0.1");
        Config config = Config.fromMap(settings);
        if (demoPages) {
            Seeds.importOnFirstStart(database.jdbi(), Importers.create(database, config.importMaxBytes()), Path.of("seeds"));
        } else {
            Seeds.importSources(database.jdbi(), Importers.create(database, config.importMaxBytes()), Path.of("seeds"));
        }
        app = WebApp.create(config, database).start("127.0.0.1", config.port());
        ownsDatabase = true;
    }

    /**
     * The seed sources on a fresh database of the test server, reading from a streaming replica of it as
     * DATABASE_READ_URL would (replicaServerUrl: any database of the replica).
     */
    public static TestServer withReplica(String replicaServerUrl) {
        Database database = TestDatabase.freshWithReplica(replicaServerUrl);
        Seeds.importSources(database.jdbi(), Importers.create(database, Config.DEFAULT_IMPORT_MAX_BYTES), Path.of("seeds"));
        return new TestServer(database, true);
    }

    private TestServer(Database database) {
        this(database, false);
    }

    private TestServer(Database database, boolean ownsDatabase) {
        this.database = database;
        Config config = Config.fromMap(Map.of("PORT", "0", "TRUSTED_PROXIES", "127.0.0.1"));
        app = WebApp.create(config, database).start("127.0.0.1", config.port());
        this.ownsDatabase = ownsDatabase;
    }

    /**
     * A second app server on this one's database, with its own memory (its own caches), as a second machine behind a
     * load balancer would be; close it before this one.
     */
    public TestServer secondServer() {
        return new TestServer(database);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public Database database() {
        return database;
    }

    /** Creates an account directly, as the command line would. */
    public void addUser(String name, String password, String role) {
        new org.sourcewiki.account.AccountService(database.jdbi()).create(name, password, role);
    }

    public int count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        if (ownsDatabase) {
            database.close();
        }
    }
}
