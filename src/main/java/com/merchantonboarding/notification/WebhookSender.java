package com.merchantonboarding.notification;

import com.merchantonboarding.common.Clocks;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One signed POST to a receiver, with short timeouts and no redirects (a redirect could lead into a
 * private network). The answer's body is not read.
 *
 * <p>The addresses a connection is made to are checked when the connection is made ({@link CheckedAddresses}):
 * the check of the URL before the delivery ({@link WebhookUrls#refusal}) resolves the name once, and a name
 * that answered with a public address then and answers with a private one a moment later (DNS rebinding)
 * would otherwise reach the private one.
 */
@Component
class WebhookSender {

    static final String USER_AGENT = "MerchantOnboarding-Webhooks/1";
    private static final ContentType JSON_UTF_8 = ContentType.create("application/json", StandardCharsets.UTF_8);

    private final CloseableHttpClient client;
    private final WebhookProperties properties;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    WebhookSender(WebhookProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    WebhookSender(WebhookProperties properties, WebhookUrls.Resolver resolver) {
        this.properties = properties;
        Timeout connect = Timeout.of(properties.connectTimeout());
        Timeout request = Timeout.of(properties.requestTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedAddresses(resolver, properties.allowInsecureLocal()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(request)
                                .build())
                        .setMaxConnTotal(Math.max(2, properties.concurrency()))
                        .setMaxConnPerRoute(Math.max(2, properties.concurrency()))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(request)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent(USER_AGENT)
                .build();
    }

    /** What one try came to: the status code when there was an answer, and an error unless it was 2xx. */
    record Attempt(Integer statusCode, String error) {
        boolean succeeded() {
            return error == null;
        }
    }

    Attempt post(Outbox.WebhookCall call) {
        long timestamp = Clocks.now().getEpochSecond();
        HttpPost request = new HttpPost(URI.create(call.url()));
        request.setHeader(WebhookSignature.HEADER,
                WebhookSignature.header(call.secret(), timestamp, call.payloadJson()));
        request.setHeader("Onboarding-Event-Id", call.eventId().toString());
        request.setHeader("Onboarding-Event-Type", call.type());
        request.setEntity(new StringEntity(call.payloadJson(), JSON_UTF_8)); // also the Content-Type header
        // The whole try, answer included, within the request timeout: a receiver that drips its answer a byte at
        // a time never holds a delivery thread longer.
        ScheduledFuture<?> deadline = deadlines.schedule(request::cancel, properties.requestTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            ClassicHttpResponse response = client.executeOpen(null, request, null);
            int status = response.getCode();
            // Dropping the connection instead of reading the body: a receiver cannot hold us with an endless one.
            request.cancel();
            closeQuietly(response);
            return status >= 200 && status < 300 ? new Attempt(status, null)
                    : new Attempt(status, "The receiver answered HTTP " + status);
        } catch (PrivateAddressException e) {
            return new Attempt(null, "The host name now resolves to a private, loopback or link-local address;"
                    + " not called");
        } catch (ConnectTimeoutException e) {
            return new Attempt(null, "Connecting timed out after " + properties.connectTimeout().toSeconds() + " s");
        } catch (HttpHostConnectException e) {
            return new Attempt(null, "The connection was refused or the host is unreachable");
        } catch (UnknownHostException e) {
            return new Attempt(null, "The host name cannot be resolved");
        } catch (SSLException e) {
            return new Attempt(null, "The TLS handshake failed (check the server's certificate)");
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) {
                return new Attempt(null, "The delivery was interrupted (the server is stopping)");
            }
            return new Attempt(null, "No answer within " + properties.requestTimeout().toSeconds() + " s");
        } catch (IOException e) {
            return request.isCancelled()
                    ? new Attempt(null, "No answer within " + properties.requestTimeout().toSeconds() + " s")
                    : new Attempt(null, "The connection failed before an answer was received");
        } finally {
            deadline.cancel(false);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection was dropped on purpose; nothing is left to release
        }
    }

    @PreDestroy
    void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }

    /** A name that resolves to an address a webhook may not reach. */
    static final class PrivateAddressException extends UnknownHostException {

        PrivateAddressException(String host) {
            super(host + " resolves to an address that is not public");
        }
    }

    /**
     * Name resolution for connections: every address of the name must be public (or loopback, when local
     * receivers are allowed), else no connection is made at all.
     */
    static final class CheckedAddresses implements DnsResolver {

        private final WebhookUrls.Resolver resolver;
        private final boolean allowLoopback;

        CheckedAddresses(WebhookUrls.Resolver resolver, boolean allowLoopback) {
            this.resolver = resolver;
            this.allowLoopback = allowLoopback;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = resolver.resolve(host);
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(host);
            }
            for (InetAddress address : addresses) {
                if (!WebhookUrls.isPublic(address) && !(allowLoopback && address.isLoopbackAddress())) {
                    throw new PrivateAddressException(host);
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host; // never used for connections; no second lookup
        }
    }
}
