package dev.atlvs.core.webhook;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which webhook URLs the SDK calls, so that a tenant cannot make it reach the host's own network
 * (server-side request forgery). By default only https URLs whose host resolves to public addresses
 * only; loopback, private (RFC 1918, unique-local), link-local, carrier-grade NAT, multicast and
 * unspecified addresses are refused. The check runs at registration and again before every attempt
 * (the name may have been re-pointed since). A host running receivers on its own machine, such as a
 * test, allows them explicitly.
 */
public final class UrlPolicy {
    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivateAddresses;
    private final Resolver resolver;

    private UrlPolicy(boolean allowHttp, boolean allowPrivateAddresses, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /** https only, public addresses only: the default. */
    public static UrlPolicy publicHttpsOnly() {
        return new UrlPolicy(false, false, InetAddress::getAllByName);
    }

    /** Also plain http and every address, loopback and private ones included: for development and tests. */
    public static UrlPolicy allowingLocalNetwork() {
        return new UrlPolicy(true, true, InetAddress::getAllByName);
    }

    /** This policy with host names resolved by {@code newResolver}. */
    public UrlPolicy withResolver(Resolver newResolver) {
        return new UrlPolicy(allowHttp, allowPrivateAddresses, java.util.Objects.requireNonNull(newResolver, "resolver is null"));
    }

    /** This policy allowing plain http or not. */
    public UrlPolicy withHttp(boolean allowed) {
        return new UrlPolicy(allowed, allowPrivateAddresses, resolver);
    }

    /**
     * The URI of {@code url} if the policy allows calling it.
     *
     * @throws ValidationException ({@link CoreErrorCode#UNSAFE_URL}, field {@code url}) with rule {@code Https} when
     *         the scheme is not allowed, {@code Url} when it is not an absolute URL with a host, {@code Resolvable}
     *         when the host does not resolve and {@code PublicAddress} when it resolves to a non-public address
     */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url);
        } catch (URISyntaxException malformed) {
            throw refused("Url", "must be an absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw refused("Https", allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refused("Url", "must be an absolute URL with a host and no credentials");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException unknown) {
            throw refused("Resolvable", "must name a host that resolves");
        }
        if (!allowPrivateAddresses) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw refused("PublicAddress", "must resolve to public addresses only, not loopback, private or link-local ones");
                }
            }
        }
        return uri;
    }

    /** Whether {@code address} is a public unicast address. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 224;
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ValidationException refused(String rule, String message) {
        return new ValidationException(CoreErrorCode.UNSAFE_URL, "Webhook", List.of(new FieldViolation("url", rule, message)));
    }
}
