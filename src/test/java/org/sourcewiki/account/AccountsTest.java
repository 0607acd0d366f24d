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
    void repeated_failed_sign_ins_slow_down_the_guessing_address_but_not_the_owner_elsewhere() {
        WebSession guesser = new WebSession(server).from("198.51.100.7");
        for (int i = 0; i < LoginThrottle.PAIR_LIMIT; i++) {
            assertThat(guesser.post("/login", Map.of("username", "dave", "password", "guess " + i, "next", "/")).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = guesser.post("/login", Map.of("username", "dave", "password", PASSWORD, "next", "/"));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(blocked.body()).contains("Too many failed attempts");
        assertThat(guesser.cookie("sw_session")).isNull();

        WebSession owner = new WebSession(server).from("203.0.113.20");
        assertThat(owner.post("/login", Map.of("username", "dave", "password", PASSWORD, "next", "/")).statusCode()).isEqualTo(302);
    }

    @Test
    void after_waiting_as_told_the_right_password_gets_in_and_a_wrong_one_waits_longer() {
        server.addUser("kim", PASSWORD, "editor");
        WebSession typist = new WebSession(server).from("198.51.100.61");
        for (int i = 0; i <= LoginThrottle.PAIR_LIMIT; i++) {
            typist.post("/login", Map.of("username", "kim", "password", "typo", "next", "/"));
        }
        HttpResponse<String> blocked = typist.post("/login", Map.of("username", "kim", "password", PASSWORD, "next", "/"));
        assertThat(blocked.statusCode()).isEqualTo(429);
        String wait = blocked.headers().firstValue("Retry-After").orElseThrow();

        // The wait runs out (as if Retry-After seconds had passed).
        server.database().jdbi().useHandle(h -> h.execute(
                "update login_throttle set blocked_until = now() - interval '1 second' where blocked_until is not null"));
        HttpResponse<String> wrongAgain = typist.post("/login", Map.of("username", "kim", "password", "typo", "next", "/"));
        assertThat(wrongAgain.statusCode()).as("the attempt after the wait is checked").isEqualTo(401);
        HttpResponse<String> longer = typist.post("/login", Map.of("username", "kim", "password", PASSWORD, "next", "/"));
        assertThat(longer.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(longer.headers().firstValue("Retry-After").orElseThrow()))
                .isGreaterThanOrEqualTo(Integer.parseInt(wait));

        server.database().jdbi().useHandle(h -> h.execute(
                "update login_throttle set blocked_until = now() - interval '1 second' where blocked_until is not null"));
        assertThat(typist.post("/login", Map.of("username", "kim", "password", PASSWORD, "next", "/")).statusCode())
                .isEqualTo(302);
    }

    @Test
    void parallel_guesses_are_counted_before_any_is_checked() throws Exception {
        server.addUser("gina", PASSWORD, "editor");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 24; i++) {
                int guess = i;
                answers.add(pool.submit(() -> new WebSession(server).from("198.51.100.24")
                        .post("/login", Map.of("username", "gina", "password", "guess " + guess, "next", "/")).statusCode()));
            }
            int checked = 0;
            for (var answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(401, 429);
                checked += status == 401 ? 1 : 0;
            }
            assertThat(checked).isEqualTo(LoginThrottle.PAIR_LIMIT);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknown_names_are_limited_per_address_and_old_counters_expire() {
        WebSession sprayer = new WebSession(server).from("198.51.100.99");
        int refused = 0;
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT + 3; i++) {
            int status = sprayer.post("/login", Map.of("username", "nobody" + i, "password", "x", "next", "/")).statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(3);
        server.database().jdbi().useHandle(h -> h.execute("""
                insert into login_throttle (key, attempts, last_attempt) values ('addr:192.0.2.1', 3, now() - interval '2 days')
                """));
        new WebSession(server).from("198.51.100.100").post("/login", Map.of("username", "nobody", "password", "x", "next", "/"));
        assertThat(server.count("select count(*) from login_throttle where key = 'addr:192.0.2.1'")).isZero();
    }

    @Test
    void counts_decay_and_an_admin_can_clear_a_block() {
        server.addUser("hugo", PASSWORD, "editor");
        WebSession guesser = new WebSession(server).from("198.51.100.50");
        for (int i = 0; i <= LoginThrottle.PAIR_LIMIT; i++) {
            guesser.post("/login", Map.of("username", "hugo", "password", "guess", "next", "/"));
        }
        assertThat(guesser.post("/login", Map.of("username", "hugo", "password", PASSWORD, "next", "/")).statusCode()).isEqualTo(429);

        int cleared = new LoginThrottle(server.database().jdbi()).clearName("HUGO");
        assertThat(cleared).isEqualTo(1);
        assertThat(guesser.post("/login", Map.of("username", "hugo", "password", "guess", "next", "/")).statusCode()).isEqualTo(401);

        server.database().jdbi().useHandle(h -> h.execute(
                "update login_throttle set last_attempt = now() - interval '16 minutes', blocked_until = null"));
        for (int i = 0; i < LoginThrottle.PAIR_LIMIT - 1; i++) {
            assertThat(guesser.post("/login", Map.of("username", "hugo", "password", "guess", "next", "/")).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void a_nul_or_control_character_in_a_name_is_a_failed_sign_in_not_an_error() {
        WebSession odd = new WebSession(server).from("198.51.100.77");
        assertThat(odd.post("/login", Map.of("username", "car\u0000ol", "password", PASSWORD, "next", "/")).statusCode()).isEqualTo(401);
        assertThat(odd.post("/login", Map.of("username", "x".repeat(5000), "password", PASSWORD, "next", "/")).statusCode()).isEqualTo(401);
    }

    @Test
    void changing_a_password_ends_the_other_sessions_and_idle_sessions_expire() {
        server.addUser("ivan", PASSWORD, "editor");
        WebSession laptop = new WebSession(server);
        laptop.login("ivan", PASSWORD);
        WebSession phone = new WebSession(server).from("203.0.113.5");
        phone.login("ivan", PASSWORD);
        assertThat(laptop.post("/account/password", Map.of("current_password", PASSWORD, "new_password", "another long password",
                "repeat_password", "another long password")).body()).contains("Your password was changed");
        assertThat(laptop.get("/account/password").statusCode()).isEqualTo(200);
        assertThat(phone.get("/account/password").statusCode()).isEqualTo(403);

        server.database().jdbi().useHandle(h -> h.execute("update session set last_seen_at = now() - interval '8 days' "
                + "where account_id = (select id from account where name = 'ivan')"));
        assertThat(laptop.get("/account/password").statusCode()).isEqualTo(403);
    }

    @Test
    void a_csrf_token_not_bound_to_the_session_is_refused() {
        server.addUser("jade", PASSWORD, "editor");
        WebSession jade = new WebSession(server);
        jade.login("jade", PASSWORD);
        String planted = AccountService.newToken();
        jade.setCookie("sw_csrf", planted);
        HttpResponse<String> refused = jade.postRaw("/account/password", Map.of("_csrf", planted, "current_password", PASSWORD,
                "new_password", "a new long password", "repeat_password", "a new long password"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(server.count("select count(*) from account where name = 'jade'")).isEqualTo(1);
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
