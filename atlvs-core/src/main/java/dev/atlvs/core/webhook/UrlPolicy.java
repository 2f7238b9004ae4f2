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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which webhook URLs the SDK calls, so that a tenant cannot make it reach the host's own network
 * (server-side request forgery). By default only https URLs whose host resolves to public addresses
 * only: loopback, private (RFC 1918, unique-local), link-local, carrier-grade NAT, benchmarking,
 * documentation, multicast, reserved and unspecified addresses are refused, and so are the IPv6 forms
 * that embed an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64
 * {@code 64:ff9b::/96} and {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32}) when the
 * embedded address is not public.
 *
 * <p>The check runs at registration ({@link #check}) and again at every attempt, where it is bound to the
 * connection: the host is resolved once ({@link #resolve}), every address it resolves to is checked, and
 * the attempt connects only to those addresses, while TLS (server name indication, certificate
 * verification) and the {@code Host} header keep the host name. A name re-pointed after the check (DNS
 * rebinding) therefore cannot take the attempt elsewhere. A host running receivers on its own machine,
 * such as a test, allows them explicitly.
 */
public final class UrlPolicy {
    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        /** The addresses of {@code host}, a name or an IP literal. */
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
        return new UrlPolicy(allowHttp, allowPrivateAddresses, Objects.requireNonNull(newResolver, "resolver is null"));
    }

    /** This policy allowing plain http or not. */
    public UrlPolicy withHttp(boolean allowed) {
        return new UrlPolicy(allowed, allowPrivateAddresses, resolver);
    }

    /**
     * The URI of {@code url} if the policy allows calling it: its form is allowed and its host resolves to
     * allowed addresses only.
     *
     * @throws ValidationException ({@link CoreErrorCode#UNSAFE_URL}, field {@code url}) with rule {@code Https} when
     *         the scheme is not allowed, {@code Url} when it is not an absolute URL with a host, {@code Resolvable}
     *         when the host does not resolve and {@code PublicAddress} when it resolves to a non-public address
     */
    public URI check(String url) {
        URI uri = parse(url);
        resolve(hostOf(uri));
        return uri;
    }

    /**
     * The addresses of {@code host} (a name, or an IP literal, with or without brackets), resolved once, each
     * of them allowed by the policy. A caller connects to these addresses, and to no other, so that what was
     * checked is what is connected to.
     *
     * @throws ValidationException ({@link CoreErrorCode#UNSAFE_URL}, field {@code url}) with rule {@code Resolvable}
     *         when the host does not resolve and {@code PublicAddress} when any of its addresses is not public
     */
    public InetAddress[] resolve(String host) {
        Objects.requireNonNull(host, "host is null");
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException unknown) {
            throw refused("Resolvable", "must name a host that resolves");
        }
        if (addresses == null || addresses.length == 0) {
            throw refused("Resolvable", "must name a host that resolves");
        }
        if (!allowPrivateAddresses) {
            for (InetAddress address : addresses) {
                if (address == null || !isPublic(address)) {
                    throw refused("PublicAddress", "must resolve to public addresses only, not loopback, private or link-local ones");
                }
            }
        }
        return addresses.clone();
    }

    /** The URI of {@code url} if its form is allowed (scheme, host, no credentials); nothing is resolved. */
    URI parse(String url) {
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
        return uri;
    }

    /** The host of a parsed URI, without the brackets of an IPv6 literal. */
    static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether {@code address} is a public unicast address. */
    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (!(address instanceof Inet6Address) || bytes.length != 16) {
            return false;
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // Unique-local fc00::/7.
        if ((first & 0xfe) == 0xfc) {
            return false;
        }
        // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d (the JDK makes most mapped literals Inet4Address).
        if (zero(bytes, 0, 10) && ((bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff || zero(bytes, 10, 12))) {
            return isPublicIpv4(Arrays.copyOfRange(bytes, 12, 16));
        }
        // IPv4-translated ::ffff:0:a.b.c.d (RFC 2765).
        if (zero(bytes, 0, 8) && (bytes[8] & 0xff) == 0xff && (bytes[9] & 0xff) == 0xff && zero(bytes, 10, 12)) {
            return isPublicIpv4(Arrays.copyOfRange(bytes, 12, 16));
        }
        // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): the IPv4 address in the last 32 bits.
        if (first == 0x00 && second == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b) {
            if (zero(bytes, 4, 12)) {
                return isPublicIpv4(Arrays.copyOfRange(bytes, 12, 16));
            }
            // Local-use prefix 64:ff9b:1::/48 (RFC 8215), with the IPv4 address of a /48 (RFC 6052 2.2): bits
            // 48-63 and 72-87, around the zero "u" octet.
            if ((bytes[4] & 0xff) == 0x00 && (bytes[5] & 0xff) == 0x01) {
                return isPublicIpv4(new byte[] {bytes[6], bytes[7], bytes[9], bytes[10]});
            }
        }
        // 6to4 2002::/16 (RFC 3056): the IPv4 address in bits 16-47.
        if (first == 0x20 && second == 0x02) {
            return isPublicIpv4(Arrays.copyOfRange(bytes, 2, 6));
        }
        if (first == 0x20 && second == 0x01) {
            int third = bytes[2] & 0xff;
            int fourth = bytes[3] & 0xff;
            // Teredo 2001::/32 (RFC 4380): the server's IPv4 address in bits 32-63, the client's inverted in the last 32 bits.
            if (third == 0 && fourth == 0) {
                byte[] client = Arrays.copyOfRange(bytes, 12, 16);
                for (int i = 0; i < client.length; i++) {
                    client[i] = (byte) ~client[i];
                }
                return isPublicIpv4(Arrays.copyOfRange(bytes, 4, 8)) && isPublicIpv4(client);
            }
            // Documentation 2001:db8::/32.
            if (third == 0x0d && fourth == 0xb8) {
                return false;
            }
        }
        // Discard-only 100::/64.
        if (first == 0x01 && second == 0x00 && zero(bytes, 2, 8)) {
            return false;
        }
        return true;
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        int third = bytes[2] & 0xff;
        return first != 0                                                   // "this network" 0.0.0.0/8
                && first != 10                                              // private 10.0.0.0/8
                && first != 127                                             // loopback 127.0.0.0/8
                && !(first == 100 && second >= 64 && second < 128)          // carrier-grade NAT 100.64.0.0/10
                && !(first == 169 && second == 254)                         // link-local 169.254.0.0/16
                && !(first == 172 && second >= 16 && second < 32)           // private 172.16.0.0/12
                && !(first == 192 && second == 168)                         // private 192.168.0.0/16
                && !(first == 192 && second == 0 && third == 0)             // IETF protocol assignments 192.0.0.0/24
                && !(first == 192 && second == 0 && third == 2)             // documentation 192.0.2.0/24
                && !(first == 198 && (second == 18 || second == 19))        // benchmarking 198.18.0.0/15
                && !(first == 198 && second == 51 && third == 100)          // documentation 198.51.100.0/24
                && !(first == 203 && second == 0 && third == 113)           // documentation 203.0.113.0/24
                && first < 224;                                             // multicast, reserved, broadcast
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static ValidationException refused(String rule, String message) {
        return new ValidationException(CoreErrorCode.UNSAFE_URL, "Webhook", List.of(new FieldViolation("url", rule, message)));
    }
}
