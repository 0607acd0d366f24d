package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcewiki.support.TestServer;

/** Every answer, the wiki's pages and Jetty's own refusals alike, carries the security headers and its charset. */
class ResponseHeadersTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of("PUBLIC_URL", "https://wiki.example.org"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pages_errors_and_jettys_own_refusals_carry_the_security_headers_and_hsts_under_https() {
        for (String path : List.of("/", "/sources", "/no/such/page", "/wiki/a%2Fb", "/wiki/a%25b", "/search?q=x")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).hasValue("max-age=31536000");
            assertThat(response.body()).as(path).doesNotContain("at org.eclipse").doesNotContain("Caused by");
        }
    }

    @Test
    void every_html_answer_names_utf_8() {
        for (String path : List.of("/", "/sources", "/no/such/page", "/login", "/wiki/Nulle_part")) {
            assertThat(server.get(path).headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type.toLowerCase()).contains("text/html").contains("charset=utf-8"));
        }
    }

    @Test
    void cookies_are_secure_under_https() {
        HttpResponse<String> language = server.get("/language?set=fr&next=/");
        assertThat(language.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
        assertThat(server.get("/").headers().allValues("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    @Test
    void head_answers_with_the_headers_and_status_of_get() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/sources/bamada-2025-04-09-cooperation-strategique", "/wiki/Nulle_part", "/sources")) {
            HttpResponse<String> get = server.get(path);
            HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.headers().firstValue("Memento-Datetime")).as(path).isEqualTo(get.headers().firstValue("Memento-Datetime"));
        }
    }
}
