package org.sourcewiki.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A browser-like HTTP client with its own cookies; posts forms with the CSRF token a page would carry. */
public final class WebSession {
    private final TestServer server;
    private final CookieManager cookies;
    private final HttpClient client;
    private String forwardedFor;

    public WebSession(TestServer server) {
        this(server, new CookieManager());
    }

    private WebSession(TestServer server, CookieManager cookies) {
        this.server = server;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Requests from now on say they come from this client address, through the test server's trusted proxy
     * (TestServer trusts 127.0.0.1, as a wiki behind a reverse proxy would).
     */
    public WebSession from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** The same reader (cookies) on another app server, as a load balancer would send them there. */
    public WebSession on(TestServer other) {
        return new WebSession(other, cookies);
    }

    /** The same reader (cookies) on new connections: after a malformed request the server may close the old one. */
    public WebSession newConnection() {
        return new WebSession(server, cookies);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build());
    }

    /** Posts a form, adding _csrf from the CSRF cookie (fetching a page first if there is none yet). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        if (csrf() == null) {
            get("/");
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf());
        all.putAll(fields);
        return postRaw(path, all);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Posts files as multipart/form-data under the field name "files", with the CSRF token. */
    public HttpResponse<String> upload(String path, Map<String, byte[]> files) {
        return upload(path, files, Map.of());
    }

    /** Posts files and other form fields (such as "url") as multipart/form-data, with the CSRF token. */
    public HttpResponse<String> upload(String path, Map<String, byte[]> files, Map<String, String> fields) {
        if (csrf() == null) {
            get("/");
        }
        String boundary = "----sourcewiki" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf() + "\r\n");
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((name, content) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\n");
            body.writeBytes(content);
            text.accept("\r\n");
        });
        text.accept("--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts a body exactly as given, with this Content-Type: for malformed and hostile requests. */
    public HttpResponse<String> postBody(String path, String contentType, byte[] body) {
        if (csrf() == null) {
            get("/");
        }
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> login(String name, String password) {
        HttpResponse<String> response = post("/login", Map.of("username", name, "password", password, "next", "/"));
        if (response.statusCode() != 302) {
            throw new AssertionError("login of " + name + " failed: " + response.statusCode());
        }
        return response;
    }

    public String csrf() {
        return cookie("sw_csrf");
    }

    public String cookie(String name) {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Sets a cookie as a browser would hold it, replacing any of that name. */
    public void setCookie(String name, String value) {
        for (HttpCookie existing : List.copyOf(cookies.getCookieStore().getCookies())) {
            if (existing.getName().equals(name)) {
                cookies.getCookieStore().remove(null, existing);
                cookies.getCookieStore().remove(URI.create(server.url("/")), existing);
            }
        }
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(server.url("/")), cookie);
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (forwardedFor != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", forwardedFor).build();
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The edit form fields for a page, with the given changes. */
    public static Map<String, String> page(String title, String kind, String body, String base, String... more) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", kind);
        fields.put("body", body);
        fields.put("summary", "");
        fields.put("base_revision", base == null ? "" : base);
        for (int i = 0; i + 1 < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }
}
