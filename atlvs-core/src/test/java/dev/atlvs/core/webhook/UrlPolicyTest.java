package dev.atlvs.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default URL policy refuses every non-public address, including the IPv6 forms that embed a non-public
 * IPv4 address, and accepts public ones, whether the URL names an IP literal or a host that resolves to it.
 */
class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
            "192.0.0.8", "192.0.2.10", "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1", "100::1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
            "::7f00:1", "::a9fe:a9fe", "::c0a8:101",
            "::ffff:0:7f00:1",
            "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b::a00:1",
            "64:ff9b:1:7f00:0:100::", "64:ff9b:1:a9fe:a9:fe00::",
            "2002:7f00:1::1", "2002:a9fe:a9fe::1", "2002:c0a8:101::1",
            "2001:0:4136:e378:8000:63bf:80ff:fffe"})
    void aUrlNamingANonPublicAddressIsRefused(String address) {
        String literal = address.contains(":") ? "[" + address + "]" : address;

        assertThatThrownBy(() -> UrlPolicy.publicHttpsOnly().check("https://" + literal + "/hooks"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.UNSAFE_URL);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("url", "PublicAddress"));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "10.0.0.5"})
    void aHostResolvingToANonPublicAddressIsRefused(String address) {
        UrlPolicy policy = UrlPolicy.publicHttpsOnly().withResolver(host -> new InetAddress[] {
                InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress())});

        assertThatThrownBy(() -> policy.check("https://hooks.example.com/atlvs"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("PublicAddress"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "64:ff9b::5db8:d822", "2002:5db8:d822::1",
            "::ffff:93.184.216.34"})
    void aUrlNamingAPublicAddressIsAccepted(String address) {
        String literal = address.contains(":") ? "[" + address + "]" : address;

        assertThat(UrlPolicy.publicHttpsOnly().check("https://" + literal + "/hooks").getPath()).isEqualTo("/hooks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "127.0.0.1"})
    void aHostWithOneNonPublicAddressAmongPublicOnesIsRefused(String first) {
        UrlPolicy policy = UrlPolicy.publicHttpsOnly().withResolver(host -> new InetAddress[] {
                InetAddress.getByName(first), InetAddress.getByName("8.8.4.4"), InetAddress.getByName("192.168.0.10")});

        assertThatThrownBy(() -> policy.resolve("hooks.example.com"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("PublicAddress"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.example.com"})
    void aHostThatDoesNotResolveIsRefusedAsUnresolvable(String host) {
        UrlPolicy policy = UrlPolicy.publicHttpsOnly().withResolver(name -> {
            throw new UnknownHostException(name);
        });

        assertThatThrownBy(() -> policy.resolve(host))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("Resolvable"));
    }
}
