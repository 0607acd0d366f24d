package org.sourcewiki.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewiki.support.WebSession.page;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.config.Config;
import org.sourcewiki.support.TestServer;
import org.sourcewiki.support.WebSession;
import org.sourcewiki.web.WebApp;

class AccountsTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.addUser("admin", PASSWORD, "admin");
        server.addUser("carol", PASSWORD, "editor");
        server.addUser("dave", PASSWORD, "editor");
        server.addUser("erin", PASSWORD, "editor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes() {
        String hash = server.database().jdbi().withHandle(h -> h.createQuery("select password_hash from account where name = 'carol'")
                .mapTo(String.class).one());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        assertThat(Passwords.verify(PASSWORD, hash)).isTrue();
        assertThat(Passwords.verify("wrong horse battery", hash)).isFalse();
    }

    @Test
    void signing_in_sets_a_new_http_only_session_that_another_app_server_honours() throws Exception {
        WebSession carol = new WebSession(server);
        String csrfBefore = carol.get("/login").headers().firstValue("Set-Cookie").orElse("");
        HttpResponse<String> login = carol.login("carol", PASSWORD);
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("sw_session=") && c.contains("HttpOnly")
                && c.contains("SameSite=Lax"));
        assertThat(carol.csrf()).isNotNull();
        assertThat(csrfBefore).doesNotContain(carol.csrf());

        Javalin second = WebApp.create(Config.fromMap(Map.of("PORT", "0")), server.database()).start("127.0.0.1", 0);
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + second.port() + "/")).header("Cookie", "sw_session=" + carol.cookie("sw_session")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<span class=\"user-name\">carol</span>");
        } finally {
            second.stop();
        }

        carol.post("/logout", Map.of());
        assertThat(carol.get("/").body()).doesNotContain("user-name");
        WebSession thief = new WebSession(server);
        thief.setCookie("sw_session", "stolen-after-logout");
        assertThat(thief.post("/wiki/X/edit", page("X", "topic", "x", null)).statusCode()).isEqualTo(403);
    }

    @Test
    void static_files_cost_no_session_lookup_and_set_no_cookie() {
        WebSession carol = new WebSession(server);
        carol.login("carol", PASSWORD);
        java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
        server.database().jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setSqlLogger(
                new org.jdbi.v3.core.statement.SqlLogger() {
                    @Override
                    public void logAfterExecution(org.jdbi.v3.core.statement.StatementContext context) {
                        statements.incrementAndGet();
                    }
                });
        try {
            HttpResponse<String> css = carol.get("/static/css/sourcewiki.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(statements.get()).isZero();
            carol.get("/");
            assertThat(statements.get()).as("a page does look the session up").isPositive();
        } finally {
            server.database().jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setSqlLogger(
                    org.jdbi.v3.core.statement.SqlLogger.NOP_SQL_LOGGER);
        }
    }

    @Test
    void repeated_failed_sign_ins_are_slowed_down() {
        WebSession guesser = new WebSession(server);
        for (int i = 0; i < 4; i++) {
            assertThat(guesser.post("/login", Map.of("username", "dave", "password", "guess " + i, "next", "/")).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = guesser.post("/login", Map.of("username", "dave", "password", PASSWORD, "next", "/"));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed attempts");
        assertThat(guesser.cookie("sw_session")).isNull();
    }

    @Test
    void an_admin_disables_an_account_and_its_sessions_end() {
        WebSession erin = new WebSession(server);
        erin.login("erin", PASSWORD);
        assertThat(erin.get("/admin/users").statusCode()).isEqualTo(403);

        WebSession admin = new WebSession(server);
        admin.login("admin", PASSWORD);
        String users = admin.get("/admin/users").body();
        assertThat(users).contains("erin").contains("carol");
        long erinId = server.count("select id from account where name = 'erin'");
        assertThat(admin.post("/admin/users/" + erinId, Map.of("action", "disable")).statusCode()).isEqualTo(302);

        assertThat(erin.post("/wiki/Erin/edit", page("Erin", "topic", "x", null)).statusCode()).isEqualTo(403);
        assertThat(new WebSession(server).post("/login", Map.of("username", "erin", "password", PASSWORD, "next", "/")).statusCode())
                .isEqualTo(401);
        long adminId = server.count("select id from account where name = 'admin'");
        assertThat(admin.post("/admin/users/" + adminId, Map.of("action", "disable")).statusCode()).isEqualTo(400);
        admin.post("/admin/users/" + erinId, Map.of("action", "enable"));
        assertThat(admin.post("/admin/users/" + erinId, Map.of("action", "admin")).statusCode()).isEqualTo(302);
        assertThat(server.count("select count(*) from account where name = 'erin' and role = 'admin' and not disabled")).isEqualTo(1);
    }

    @Test
    void an_editor_changes_their_own_password() {
        server.addUser("frank", PASSWORD, "editor");
        WebSession frank = new WebSession(server);
        frank.login("frank", PASSWORD);
        assertThat(frank.post("/account/password", Map.of("current_password", "nope", "new_password", "a new long password",
                "repeat_password", "a new long password")).body()).contains("current password is wrong");
        assertThat(frank.post("/account/password", Map.of("current_password", PASSWORD, "new_password", "short",
                "repeat_password", "short")).body()).contains("at least 10");
        assertThat(frank.post("/account/password", Map.of("current_password", PASSWORD, "new_password", "a new long password",
                "repeat_password", "a new long password")).body()).contains("Your password was changed");
        new WebSession(server).login("frank", "a new long password");
    }
}
