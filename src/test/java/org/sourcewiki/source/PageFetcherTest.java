package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching pages to archive, from a server on this machine: what is fetched, and every refusal with its reason. */
class PageFetcherTest {
    private static HttpServer server;
    private static String base;
    private static final byte[] PAGE = "<html><head><title>Un article</title></head><body><p>Le texte de l’article.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", exchange -> send(exchange, 200, "text/html; charset=UTF-8", PAGE));
        server.createContext("/hop", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery().substring(2));
            exchange.getResponseHeaders().add("Location", n == 0 ? "/article" : "/hop?n=" + (n - 1));
            send(exchange, 302, "text/plain", new byte[0]);
        });
        server.createContext("/elsewhere", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + server.getAddress().getPort() + "/article");
            send(exchange, 301, "text/plain", new byte[0]);
        });
        server.createContext("/ftp", exchange -> {
            exchange.getResponseHeaders().add("Location", "ftp://files.example/article");
            send(exchange, 302, "text/plain", new byte[0]);
        });
        server.createContext("/photo.png", exchange -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/big", exchange -> send(exchange, 200, "text/html", new byte[20_000]));
        server.createContext("/endless", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked, no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[1000]);
                }
            } catch (IOException closedByClient) {
                // the fetcher stops reading at its limit
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/html", PAGE);
        });
        server.createContext("/gzipped", exchange -> sendEncoded(exchange, "gzip", gzip(PAGE)));
        server.createContext("/gzip-bomb", exchange -> sendEncoded(exchange, "gzip", gzip(new byte[5_000_000])));
        server.createContext("/brotli", exchange -> sendEncoded(exchange, "br", PAGE));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    static void sendEncoded(HttpExchange exchange, String encoding, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Encoding", encoding);
        send(exchange, 200, "text/html; charset=UTF-8", body);
    }

    @Test
    void a_compressed_page_is_read_decompressed_within_the_limit_and_an_unknown_coding_is_refused() throws Exception {
        assertThat(allowingLoopback(10_000).fetch(base + "/gzipped").bytes()).isEqualTo(PAGE);
        // 5 MB of zeros compress to a few KB: the limit is on the page, not on what came over the wire.
        assertThatThrownBy(() -> allowingLoopback(100_000).fetch(base + "/gzip-bomb"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/brotli"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("\"br\"");
    }

    private static PageFetcher allowingLoopback(long maxBytes) {
        return new PageFetcher(maxBytes, address -> address.getHostAddress().equals("127.0.0.1"), Duration.ofSeconds(2),
                Duration.ofSeconds(1));
    }

    @Test
    void a_page_is_fetched_with_its_content_type_and_address() throws Exception {
        PageFetcher.Fetched page = allowingLoopback(10_000).fetch(base + "/article");
        assertThat(page.bytes()).isEqualTo(PAGE);
        assertThat(page.retrieval().mediaType()).isEqualTo("text/html");
        assertThat(page.retrieval().charset()).isEqualTo("UTF-8");
        assertThat(page.retrieval().url()).isEqualTo(base + "/article");
        assertThat(page.retrieval().retrievedAt()).isNotNull();
    }

    @Test
    void five_redirects_are_followed_and_a_sixth_is_refused() throws Exception {
        PageFetcher.Fetched page = allowingLoopback(10_000).fetch(base + "/hop?n=4");
        assertThat(page.retrieval().url()).isEqualTo(base + "/article");
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/hop?n=5"))
                .hasMessageContaining("more than 5 redirects");
    }

    @Test
    void every_redirect_hop_is_checked_against_the_address_policy_and_the_schemes() {
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/elsewhere"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("refused address 127.0.0.2")
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/ftp"))
                .hasMessageContaining("only http and https");
    }

    @Test
    void loopback_private_and_link_local_addresses_are_refused_by_default_even_behind_a_name() {
        PageFetcher standard = PageFetcher.standard(10_000, false);
        assertThatThrownBy(() -> standard.fetch(base + "/article"))
                .hasMessageContaining("refused address 127.0.0.1").hasMessageContaining("IMPORT_ALLOW_PRIVATE=true");
        assertThatThrownBy(() -> standard.fetch("http://localhost:" + server.getAddress().getPort() + "/article"))
                .hasMessageContaining("refused address").hasMessageContaining("for localhost");
        assertThatThrownBy(() -> standard.fetch("http://10.1.2.3/")).hasMessageContaining("private");
        assertThatThrownBy(() -> standard.fetch("http://169.254.169.254/latest/meta-data/")).hasMessageContaining("link-local");
        assertThatThrownBy(() -> standard.fetch("http://[::1]/")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> standard.fetch("http://[fd00::1]/")).hasMessageContaining("private");
        assertThatThrownBy(() -> standard.fetch("http://100.64.0.1/")).hasMessageContaining("shared address space");
        assertThatThrownBy(() -> standard.fetch("http://0.0.0.0/")).hasMessageContaining("unspecified");
        assertThatThrownBy(() -> standard.fetch("http://[::ffff:192.168.1.1]/")).hasMessageContaining("private");
    }

    @Test
    void public_addresses_pass_the_policy() throws Exception {
        assertThat(PageFetcher.nonPublicReason(InetAddress.getByName("93.184.215.14"))).isNull();
        assertThat(PageFetcher.nonPublicReason(InetAddress.getByName("2a00:1450:4007:80e::200e"))).isNull();
        assertThat(PageFetcher.nonPublicReason(InetAddress.getByName("172.32.0.1"))).isNull();
        assertThat(PageFetcher.nonPublicReason(InetAddress.getByName("172.31.0.1"))).isEqualTo("private");
    }

    @Test
    void only_html_pdf_and_text_are_archived() {
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/photo.png"))
                .hasMessage("not an HTML page, a PDF or text: the server sent image/png");
    }

    @Test
    void pages_over_the_size_limit_are_refused_whether_announced_or_not() {
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/big"))
                .hasMessageContaining("too large").hasMessageContaining("20000 bytes");
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/endless"))
                .hasMessageContaining("too large");
    }

    @Test
    void a_missing_page_a_slow_server_and_a_closed_port_say_what_happened() throws Exception {
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/nothing-here"))
                .hasMessageContaining("404 Not Found");
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch(base + "/slow")).hasMessageContaining("timed out");
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch("http://127.0.0.1:" + closed + "/"))
                .hasMessageContaining("could not connect to 127.0.0.1");
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch("file:///etc/passwd"))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> allowingLoopback(10_000).fetch("http://no-such-host.invalid/"))
                .hasMessageContaining("unknown host no-such-host.invalid");
    }
}
