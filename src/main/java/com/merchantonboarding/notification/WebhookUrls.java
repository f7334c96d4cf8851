package com.merchantonboarding.notification;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Problems;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs we post to: https to public addresses only, so that a merchant cannot make the
 * server call into its own network (SSRF). Checked at registration and again before every delivery,
 * because a name may resolve elsewhere later. With {@code allow-insecure-local} (demo, tests) http and
 * https to localhost and 127.0.0.1 are accepted too.
 */
@Component
class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    /** Name resolution, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a URL is refused: a code for clients and a message for people. */
    record Refusal(String code, String message) {
    }

    private final boolean allowInsecureLocal;
    private final Resolver resolver;

    @Autowired
    WebhookUrls(WebhookProperties properties) {
        this(properties.allowInsecureLocal(), InetAddress::getAllByName);
    }

    WebhookUrls(boolean allowInsecureLocal, Resolver resolver) {
        this.allowInsecureLocal = allowInsecureLocal;
        this.resolver = resolver;
    }

    /** The URL as it will be called, or a 400 problem naming the field {@code url}. */
    URI validate(String url) {
        Optional<Refusal> refusal = refusal(url);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "url: " + r.message())
                    .with("errors", List.of(new Problems.FieldError("url", r.code(), r.message())));
        }
        return URI.create(url.trim());
    }

    /** Why the URL is refused, if it is; also asked before every delivery, as names may resolve elsewhere later. */
    Optional<Refusal> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(new Refusal("NotBlank", "must not be blank"));
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of(new Refusal("TooLong", "must be at most " + MAX_LENGTH + " characters"));
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of(new Refusal("Malformed", "is not a valid URL"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of(new Refusal("Malformed", "must be an absolute https URL with a host name"));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(new Refusal("UserInfo", "must not contain a user name or password"));
        }
        if (uri.getRawFragment() != null) {
            return Optional.of(new Refusal("Fragment", "must not contain a fragment (#…)"));
        }
        String host = host(uri);
        if (allowInsecureLocal && isLocalHost(host)) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of(new Refusal("InsecureScheme", "must use https"));
        }
        return addressRefusal(host);
    }

    private Optional<Refusal> addressRefusal(String host) {
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return Optional.of(privateAddress());
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal("Unresolvable", "has a host name that cannot be resolved"));
        }
        if (addresses.length == 0) {
            return Optional.of(new Refusal("Unresolvable", "has a host name that cannot be resolved"));
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(privateAddress());
            }
        }
        return Optional.empty();
    }

    private static Refusal privateAddress() {
        return new Refusal("PrivateAddress", "must point to a public internet address, not a private, loopback or "
                + "link-local one");
    }

    private boolean isLocalHost(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!looksLikeIpLiteral(host)) {
            return false;
        }
        try {
            return resolver.resolve(host)[0].isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean looksLikeIpLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Not loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7, unique local
            }
            boolean embedsV4 = isZero(b, 0, 12) // ::a.b.c.d, IPv4-compatible
                    || (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12));
            if (embedsV4) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                try {
                    return isPublic(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0                                   // 0.0.0.0/8
                && !(first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10, carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15, benchmarking
                && first < 240;                                // 240.0.0.0/4 and broadcast
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
