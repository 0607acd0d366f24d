package org.sourcewiki.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches a web page to archive it as a source, refusing what could harm the wiki's own network or memory.
 *
 * <ul>
 *   <li>Only {@code http} and {@code https} addresses.</li>
 *   <li>Every host, the first and each redirect's, is resolved and every address it resolves to must be public:
 *       loopback, private (RFC 1918, IPv6 unique local), link-local, carrier-grade NAT (RFC 6598), unspecified,
 *       multicast, documentation, benchmarking and reserved ranges are refused, so a name pointing at an internal
 *       host is refused as the address itself would be. {@code IMPORT_ALLOW_PRIVATE=true} lifts this (tests, or a
 *       wiki archiving an intranet). The check is made just before each request; a name whose address changes in
 *       between (DNS rebinding) is not caught, since the JDK's client resolves again.</li>
 *   <li>At most 5 redirects; a connection timeout, a deadline for the whole response, and the import size limit
 *       ({@code IMPORT_MAX_BYTES}), checked against {@code Content-Length} and while reading.</li>
 *   <li>Only HTML, PDF and plain text: other media types are refused with the type the server named.</li>
 * </ul>
 * Every refusal is an {@link ImportRefusedException} whose message says what happened.
 */
public final class PageFetcher {
    public static final int MAX_REDIRECTS = 5;
    /** The content codings a fetched page may come in (RFC 9110 section 8.4.1): none, gzip or deflate. */
    private static final Set<String> CONTENT_CODINGS = Set.of("identity", "gzip", "x-gzip", "deflate");
    private static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "application/pdf",
            "text/plain");
    private static final String USER_AGENT = "Sourcewiki/0.1 (archiving an article for citation)";

    private final long maxBytes;
    private final Predicate<InetAddress> allowed;
    private final Duration connectTimeout;
    private final Duration deadline;

    /** A fetched page: its bytes and how it was obtained. */
    public record Fetched(byte[] bytes, Retrieval retrieval) {
    }

    /**
     * @param allowed        which resolved addresses may be contacted ({@link #publicOnly()} or any)
     * @param connectTimeout for each connection
     * @param deadline       for each response, from the request to its last byte
     */
    public PageFetcher(long maxBytes, Predicate<InetAddress> allowed, Duration connectTimeout, Duration deadline) {
        this.maxBytes = maxBytes;
        this.allowed = allowed;
        this.connectTimeout = connectTimeout;
        this.deadline = deadline;
    }

    /** The fetcher the wiki uses: 10 s to connect, 30 s per response, public addresses unless allowPrivate. */
    public static PageFetcher standard(long maxBytes, boolean allowPrivate) {
        return new PageFetcher(maxBytes, allowPrivate ? address -> true : publicOnly(), Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    public static Predicate<InetAddress> publicOnly() {
        return address -> nonPublicReason(address) == null;
    }

    /** Whether the text is meant as a web address rather than a file path: it starts with a scheme and "://". */
    public static boolean looksLikeAddress(String text) {
        return text != null && text.strip().matches("(?i)^[a-z][a-z0-9+.-]*://.*");
    }

    public Fetched fetch(String address) throws ImportRefusedException {
        URI uri = parse(address);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout).build();
        for (int redirects = 0; ; redirects++) {
            checkHost(uri);
            HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(deadline)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8")
                    .header("Accept-Encoding", "gzip, deflate;q=0.5, identity;q=0.1")
                    .build();
            long start = System.nanoTime();
            HttpResponse<InputStream> response = send(client, request, uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response.body());
                if (redirects >= MAX_REDIRECTS) {
                    throw new ImportRefusedException("more than " + MAX_REDIRECTS + " redirects from " + address);
                }
                uri = redirectTarget(uri, response.headers().firstValue("Location").get());
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response.body());
                throw new ImportRefusedException("the server answered " + status + describe(status) + " for " + uri);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            Retrieval retrieval = new Retrieval(uri.toString(), contentType, OffsetDateTime.now(ZoneOffset.UTC));
            String mediaType = retrieval.mediaType();
            if (mediaType != null && !ACCEPTED.contains(mediaType)) {
                close(response.body());
                throw new ImportRefusedException("not an HTML page, a PDF or text: the server sent " + mediaType);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(response.body());
                throw new ImportRefusedException("file too large: " + declared + " bytes, over the "
                        + LimitedReader.describe(maxBytes) + " limit");
            }
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
                    .toLowerCase(Locale.ROOT);
            if (!CONTENT_CODINGS.contains(encoding)) {
                close(response.body());
                throw new ImportRefusedException("the server compressed the page as \"" + encoding
                        + "\", which the wiki does not read (gzip and deflate it does)");
            }
            Duration left = deadline.minusNanos(System.nanoTime() - start);
            return new Fetched(readBody(response.body(), encoding, left), retrieval);
        }
    }

    private static URI parse(String address) throws ImportRefusedException {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ImportRefusedException("only http and https addresses can be imported, not '"
                        + abbreviate(address) + "'");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new ImportRefusedException("the address '" + abbreviate(address) + "' names no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImportRefusedException("not a web address: '" + abbreviate(address) + "'");
        }
    }

    private static URI redirectTarget(URI from, String location) throws ImportRefusedException {
        try {
            return parse(from.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ImportRefusedException("the server redirected to an address that is not one: '"
                    + abbreviate(location) + "'");
        }
    }

    /** Resolves the host and refuses it unless every address it has is allowed. */
    private void checkHost(URI uri) throws ImportRefusedException {
        String host = uri.getHost().replaceAll("^\\[|\\]$", "");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ImportRefusedException("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                String reason = nonPublicReason(address);
                throw new ImportRefusedException("refused address " + address.getHostAddress() + " for " + host
                        + (reason == null ? "" : " (" + reason + ")")
                        + ": only public addresses are fetched unless IMPORT_ALLOW_PRIVATE=true");
            }
        }
    }

    /** Why an address is not a public Internet address (IANA special-purpose registries), or null when it is. */
    static String nonPublicReason(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return "private"; // fc00::/7 unique local
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                return v4Reason(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (first == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
                return "documentation";
            }
            if (first == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
                return v4Reason(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 of an IPv4 address
            }
            return null;
        }
        return address instanceof Inet4Address ? v4Reason(b) : null;
    }

    private static String v4Reason(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return "private";
        }
        if (a0 == 169 && a1 == 254) {
            return "link-local";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "shared address space";
        }
        if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
            return a2 == 2 ? "documentation" : "reserved";
        }
        if ((a0 == 198 && (a1 == 18 || a1 == 19)) ) {
            return "benchmarking";
        }
        if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return "documentation";
        }
        if (a0 >= 224) {
            return a0 < 240 ? "multicast" : "reserved";
        }
        return null;
    }

    private HttpResponse<InputStream> send(HttpClient client, HttpRequest request, URI uri)
            throws ImportRefusedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new ImportRefusedException("timed out connecting to " + uri.getHost() + " after "
                    + connectTimeout.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new ImportRefusedException("timed out: " + uri + " did not answer within " + seconds(deadline));
        } catch (ConnectException e) {
            throw new ImportRefusedException("could not connect to " + uri.getHost() + " ("
                    + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")");
        } catch (IOException e) {
            throw new ImportRefusedException("could not fetch " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRefusedException("the fetch of " + uri + " was interrupted");
        }
    }

    /**
     * Reads at most maxBytes before the deadline, decompressed as the Content-Encoding says (RFC 9110 section 8.4):
     * the limit holds for the page's own bytes, so a small compressed answer that expands a thousandfold is refused
     * as too large, never inflated into memory. A server that trickles its answer is cut off.
     */
    private byte[] readBody(InputStream body, String encoding, Duration left) throws ImportRefusedException {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "page-fetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<byte[]> bytes = reader.submit(() -> LimitedReader.readAtMost(decoded(body, encoding), maxBytes));
            return bytes.get(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ImportRefusedException("timed out: the page did not arrive within " + seconds(deadline));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("could not read the page: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRefusedException("the fetch was interrupted");
        } finally {
            close(body);
            reader.shutdownNow();
        }
    }

    private static InputStream decoded(InputStream body, String encoding) throws IOException {
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(body);
            case "deflate" -> new InflaterInputStream(body);
            default -> body;
        };
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(int status) {
        return switch (status) {
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            default -> "";
        };
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // nothing more to read from it
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
