package dev.atlvs.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook attempt connects to the addresses the URL policy checked for it, and to no other: the host is
 * resolved once, through the policy, however differently a later lookup would answer; TLS and the
 * {@code Host} header keep the host name. Local listeners stand in for the endpoint (127.0.0.1) and for
 * where a rebinding answer would lead (127.0.0.2, the same port).
 */
class WebhookHttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String HOST = "hooks.example.test";

    private final List<AutoCloseable> resources = new ArrayList<>();

    @TempDir
    Path temporary;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    /** A plain http listener on {@code address}, port {@code port} (0: any), recording the Host header of each request. */
    private Listener listen(String address, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0);
        Listener listener = new Listener(server);
        resources.add(listener);
        return listener;
    }

    private static final class Listener implements AutoCloseable {
        final HttpServer server;
        final List<String> hosts = new CopyOnWriteArrayList<>();

        Listener(HttpServer server) {
            this.server = server;
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    body.readAllBytes();
                }
                hosts.add(exchange.getRequestHeaders().getFirst("Host"));
                byte[] answer = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A resolver answering {@code first} on the first lookup and {@code later} on every lookup after it. */
    private static final class Rebinding implements UrlPolicy.Resolver {
        final AtomicInteger lookups = new AtomicInteger();
        final String first;
        final String later;

        Rebinding(String first, String later) {
            this.first = first;
            this.later = later;
        }

        @Override
        public InetAddress[] resolve(String host) throws java.net.UnknownHostException {
            String answer = lookups.getAndIncrement() == 0 ? first : later;
            return new InetAddress[] {InetAddress.getByAddress(host, InetAddress.getByName(answer).getAddress())};
        }
    }

    private WebhookHttp http(UrlPolicy policy, SSLContext tls) {
        WebhookHttp http = new WebhookHttp(policy, tls, TIMEOUT);
        resources.add(http);
        return http;
    }

    private static WebhookHttp.Response post(WebhookHttp http, String url) throws IOException {
        return http.post(url, Map.of("webhook-id", "msg_1"), "{\"type\":\"project.created\"}", TIMEOUT);
    }

    @Test
    void theAttemptConnectsToTheAddressResolvedOnceAndNotToALaterAnswer() throws Exception {
        // given: the endpoint on 127.0.0.1, and a listener on 127.0.0.2 at the same port where a second lookup points
        Listener endpoint = listen("127.0.0.1", 0);
        Listener elsewhere = listen("127.0.0.2", endpoint.port());
        Rebinding dns = new Rebinding("127.0.0.1", "127.0.0.2");
        WebhookHttp http = http(UrlPolicy.allowingLocalNetwork().withResolver(dns), null);

        // when
        WebhookHttp.Response response = post(http, "http://" + HOST + ":" + endpoint.port() + "/hooks");

        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(dns.lookups).hasValue(1);
        assertThat(endpoint.hosts).containsExactly(HOST + ":" + endpoint.port());
        assertThat(elsewhere.hosts).isEmpty();
    }

    @Test
    void eachAttemptResolvesAndChecksAnewWithoutReusingAConnection() throws Exception {
        // given
        Listener endpoint = listen("127.0.0.1", 0);
        Listener moved = listen("127.0.0.2", endpoint.port());
        Rebinding dns = new Rebinding("127.0.0.1", "127.0.0.2");
        WebhookHttp http = http(UrlPolicy.allowingLocalNetwork().withResolver(dns), null);
        String url = "http://" + HOST + ":" + endpoint.port() + "/hooks";

        // when
        post(http, url);
        post(http, url);

        // then: one lookup per attempt, each connecting where its own lookup pointed
        assertThat(dns.lookups).hasValue(2);
        assertThat(endpoint.hosts).hasSize(1);
        assertThat(moved.hosts).hasSize(1);
    }

    @Test
    void anAttemptWhoseHostResolvesToANonPublicAddressIsBlockedAndSendsNothing() throws Exception {
        // given: the default public-only policy (plain http allowed for the local listener), the host answering loopback
        Listener endpoint = listen("127.0.0.1", 0);
        Rebinding dns = new Rebinding("127.0.0.1", "127.0.0.1");
        WebhookHttp http = http(UrlPolicy.publicHttpsOnly().withHttp(true).withResolver(dns), null);

        // when / then
        assertThatThrownBy(() -> post(http, "http://" + HOST + ":" + endpoint.port() + "/hooks"))
                .isInstanceOfSatisfying(WebhookHttp.Blocked.class, blocked -> assertThat(blocked.reason()).contains("public addresses"));
        assertThat(dns.lookups).hasValue(1);
        assertThat(endpoint.hosts).isEmpty();
    }

    @Test
    void anIpLiteralUrlIsCheckedLikeAName() throws Exception {
        // given
        Listener endpoint = listen("127.0.0.1", 0);
        WebhookHttp http = http(UrlPolicy.publicHttpsOnly().withHttp(true), null);

        // when / then
        assertThatThrownBy(() -> post(http, "http://127.0.0.1:" + endpoint.port() + "/hooks")).isInstanceOf(WebhookHttp.Blocked.class);
        assertThatThrownBy(() -> post(http, "http://[::ffff:127.0.0.1]:" + endpoint.port() + "/hooks")).isInstanceOf(WebhookHttp.Blocked.class);
        assertThat(endpoint.hosts).isEmpty();
    }

    @Test
    void tlsVerifiesTheCertificateAgainstTheHostNameWhileConnectingToTheCheckedAddress() throws Exception {
        // given: an https endpoint on 127.0.0.1 whose certificate names hooks.example.test only
        KeyStore keys = selfSignedKeyStore(HOST);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        Listener endpoint = new Listener(server);
        resources.add(endpoint);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, trust.getTrustManagers(), null);
        UrlPolicy policy = UrlPolicy.allowingLocalNetwork().withResolver(host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})});
        WebhookHttp http = http(policy, clientTls);

        // when
        WebhookHttp.Response named = post(http, "https://" + HOST + ":" + endpoint.port() + "/hooks");

        // then: the certificate matched the host name, not the address; another name at the same address does not
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.bodyStart()).isEqualTo("{\"received\":true}");
        assertThat(endpoint.hosts).containsExactly(HOST + ":" + endpoint.port());
        assertThatThrownBy(() -> post(http, "https://other.example.test:" + endpoint.port() + "/hooks")).isInstanceOf(SSLException.class);
        assertThat(endpoint.hosts).hasSize(1);
    }

    /** A PKCS #12 key store (password changeit) holding a new self-signed certificate for {@code host}, made by the JDK's keytool. */
    private KeyStore selfSignedKeyStore(String host) throws Exception {
        Path store = temporary.resolve("endpoint.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "endpoint", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + host,
                "-ext", "SAN=dns:" + host, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(keytool.exitValue()).as("keytool: " + output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        return keys;
    }
}
