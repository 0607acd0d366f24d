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
import org.sourcewiki.account.AccountService;
import org.sourcewiki.config.Config;
import org.sourcewiki.db.Database;

/** PostgreSQL stopped under a running wiki: 503 with Retry-After at once, and back to normal by itself. */
class DatabaseOutageTest {
    @TempDir
    Path data;

    private static final String CSRF = "a".repeat(43);
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
            AccountService accounts = new AccountService(database.jdbi());
            accounts.create("panne", "correct horse battery", "editor");
            String session = ((AccountService.LoginResult.Success) accounts.login("panne", "correct horse battery",
                    "127.0.0.1", CSRF)).sessionToken();

            postgres.close();
            long before = System.nanoTime();
            HttpResponse<String> down = get(app, "/sources");
            long millis = (System.nanoTime() - before) / 1_000_000;

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(down.body()).contains("unavailable for a moment");
            assertThat(millis).as("503 comes at once, not after a long wait").isLessThan(5_000);

            HttpResponse<String> save = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/wiki/Panne/edit"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "sw_csrf=" + CSRF + "; sw_session=" + session)
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + CSRF
                            + "&title=Panne&kind=topic&summary=&base_revision=&body=Texte+tap%C3%A9+pendant+la+panne"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(save.statusCode()).isEqualTo(503);
            assertThat(save.body()).contains("Texte tapé pendant la panne").contains("press Save again");

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
