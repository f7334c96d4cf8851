package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.common.ApiException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

    /** Names resolve as listed here; IP literals as themselves; anything else is unknown. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.215.14",
            "internal.example.com", "10.0.0.7",
            "metadata.example.com", "169.254.169.254",
            "v6.example.com", "2606:2800:220:1::1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null && (host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
            address = host;
        }
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    private final WebhookUrls strict = new WebhookUrls(false, WebhookUrlsTest::resolve);
    private final WebhookUrls local = new WebhookUrls(true, WebhookUrlsTest::resolve);

    @Test
    void acceptsHttpsToPublicAddresses() {
        assertThat(strict.refusal("https://hooks.example.com/onboarding?x=1")).isEmpty();
        assertThat(strict.refusal("https://v6.example.com:8443/hook")).isEmpty();
        assertThat(strict.refusal("https://93.184.215.14/hook")).isEmpty();
    }

    @Test
    void refusesPlainHttp() {
        assertThat(strict.refusal("http://hooks.example.com/hook")).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("InsecureScheme"));
    }

    @Test
    void refusesPrivateLoopbackLinkLocalAndReservedAddresses() {
        for (String url : new String[] {"https://internal.example.com/", "https://metadata.example.com/latest",
                "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.1.1/", "https://127.0.0.1/",
                "https://localhost/", "https://[::1]/", "https://[fd00::1]/", "https://[fe80::1]/",
                "https://0.0.0.0/", "https://100.64.0.1/", "https://169.254.169.254/", "https://[::ffff:10.0.0.1]/",
                "https://[64:ff9b::a00:1]/", "https://255.255.255.255/", "https://224.0.0.1/"}) {
            assertThat(strict.refusal(url)).as(url).hasValueSatisfying(r ->
                    assertThat(r.code()).isEqualTo("PrivateAddress"));
        }
    }

    @Test
    void refusesMalformedUrlsUserInfoAndUnknownHosts() {
        assertThat(strict.refusal("not a url")).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("Malformed"));
        assertThat(strict.refusal("ftp://hooks.example.com/")).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("Malformed"));
        assertThat(strict.refusal("/relative")).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("Malformed"));
        assertThat(strict.refusal("https://user:pw@hooks.example.com/")).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("UserInfo"));
        assertThat(strict.refusal("https://nowhere.invalid/")).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("Unresolvable"));
        assertThat(strict.refusal("https://hooks.example.com/" + "a".repeat(2000))).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("TooLong"));
    }

    @Test
    void allowsLocalReceiversOnlyWhenConfigured() {
        assertThat(local.refusal("http://127.0.0.1:8081/hook")).isEmpty();
        assertThat(local.refusal("http://localhost:8081/hook")).isEmpty();
        assertThat(local.refusal("https://[::1]:8443/hook")).isEmpty();
        assertThat(local.refusal("http://10.0.0.1/hook")).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("InsecureScheme"));
        assertThat(local.refusal("https://10.0.0.1/hook")).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("PrivateAddress"));
        assertThat(strict.refusal("http://127.0.0.1:8081/hook")).isPresent();
    }

    @Test
    void aRefusalIsABadRequestNamingTheField() {
        assertThatThrownBy(() -> strict.validate("http://hooks.example.com/"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.slug()).isEqualTo("validation");
                    assertThat(e.properties().get("errors")).asString().contains("url", "InsecureScheme");
                });
    }
}
