package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;

/** PostgreSQL stopped under a running wiki: 503 with Retry-After at once, and back to normal by itself. */
class DatabaseOutageTest {
    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPort(port).start();
    }

    @Test
    void an_outage_answers_503_within_a_second_and_the_wiki_recovers_by_itself() throws Exception {
        EmbeddedPostgres postgres = start(0);
        int port = postgres.getPort();
        Database database = Database.connect("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null, null);
        database.migrate();
        Javalin app = WebApp.create(Config.fromMap(Map.of("PORT", "0")), database).start("127.0.0.1", 0);
        try {
            assertThat(get(app, "/sources").statusCode()).isEqualTo(200);

            postgres.close();
            long before = System.nanoTime();
            HttpResponse<String> down = get(app, "/sources");
            long millis = (System.nanoTime() - before) / 1_000_000;

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(down.body()).contains("unavailable for a moment");
            assertThat(millis).as("503 comes at once, not after a long wait").isLessThan(5_000);

            postgres = start(port);
            int status = 0;
            for (int i = 0; i < 50 && status != 200; i++) {
                status = get(app, "/sources").statusCode();
                if (status != 200) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).isEqualTo(200);
        } finally {
            app.stop();
            database.close();
            postgres.close();
        }
    }
}
