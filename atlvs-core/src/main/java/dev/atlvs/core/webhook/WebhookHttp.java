package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP side of a webhook attempt (Apache HttpClient 5, classic API), bound to the {@link UrlPolicy}: the
 * client's only way to turn a host name into addresses is the policy's {@link UrlPolicy#resolve}, which
 * resolves the name once and checks every address, so each connection goes to addresses that were checked
 * for it; TLS (server name indication, hostname verification) and the {@code Host} header use the URL's host
 * name. No proxy is used (the policy checks the address the SDK connects to), redirects are not followed,
 * nothing is retried by the client, and no connection is reused, so every attempt resolves and checks anew.
 */
final class WebhookHttp implements AutoCloseable {
    /** How many bytes of a response body are read at most; enough for {@link WebhookDispatcher#RESPONSE_EXCERPT_LENGTH} characters. */
    static final int MAX_BODY_BYTES = WebhookDispatcher.RESPONSE_EXCERPT_LENGTH * 4;

    /** The resolution was refused by the policy: nothing was connected to. */
    static final class Blocked extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        private final String reason;

        Blocked(String host, String reason) {
            super(host);
            this.reason = reason;
        }

        /** Why the policy refused the host's addresses. */
        String reason() {
            return reason;
        }
    }

    /** What the endpoint answered: its status and the start of its body (at most {@link #MAX_BODY_BYTES} bytes, decoded). */
    record Response(int status, String bodyStart) {}

    private final UrlPolicy policy;
    private final CloseableHttpClient client;

    WebhookHttp(UrlPolicy policy, SSLContext tls, Duration connectTimeout) {
        this.policy = requireNonNull(policy, "policy is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new CheckingResolver(policy))
                .setMaxConnTotal(100)
                .setMaxConnPerRoute(20)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                        .build());
        if (tls != null) {
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).buildClassic());
        }
        this.client = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("atlvs-webhooks")
                .build();
    }

    /**
     * POSTs {@code body} as JSON to {@code url} (whose form the policy allows) with {@code headers}; waits at most
     * {@code timeout} for each read of the answer.
     *
     * @throws Blocked when the policy refuses the host's addresses (nothing was sent)
     * @throws IOException when the endpoint cannot be reached or does not answer in time
     */
    Response post(String url, Map<String, String> headers, String body, Duration timeout) throws IOException {
        URI uri = policy.parse(url);
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        // The target carries the host name only (no address), so the client resolves it through the policy.
        HttpHost target = new HttpHost(scheme, UrlPolicy.hostOf(uri), uri.getPort());
        HttpPost request = new HttpPost(uri);
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom()
                .setResponseTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .setRedirectsEnabled(false)
                .build());
        try (ClassicHttpResponse response = client.executeOpen(target, request, context)) {
            HttpEntity entity = response.getEntity();
            String start = "";
            if (entity != null) {
                try (InputStream in = entity.getContent()) {
                    start = new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
                }
            }
            return new Response(response.getCode(), start);
        } catch (IOException failure) {
            Blocked blocked = blockedIn(failure);
            throw blocked != null ? blocked : failure;
        }
    }

    private static Blocked blockedIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Blocked blocked) {
                return blocked;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** The client's resolver: the policy's, which resolves once and checks every address. */
    private static final class CheckingResolver implements DnsResolver {
        private final UrlPolicy policy;

        CheckingResolver(UrlPolicy policy) {
            this.policy = policy;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return policy.resolve(host);
            } catch (ValidationException refused) {
                throw new Blocked(host, refused.violations().get(0).message());
            }
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            List<InetSocketAddress> endpoints = new ArrayList<>();
            for (InetAddress address : resolve(host)) {
                endpoints.add(new InetSocketAddress(address, port));
            }
            return endpoints;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            // Never asked to look a name up again: the host name is used as given.
            return host;
        }
    }
}
