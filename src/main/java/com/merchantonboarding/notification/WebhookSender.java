package com.merchantonboarding.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.net.ssl.SSLException;
import org.springframework.stereotype.Component;

/**
 * One signed POST to a receiver, with short timeouts and no redirects (a redirect could lead into a
 * private network). The answer's body is not read.
 */
@Component
class WebhookSender {

    static final String USER_AGENT = "MerchantOnboarding-Webhooks/1";

    private final HttpClient client;
    private final WebhookProperties properties;

    WebhookSender(WebhookProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** What one try came to: the status code when there was an answer, and an error unless it was 2xx. */
    record Attempt(Integer statusCode, String error) {
        boolean succeeded() {
            return error == null;
        }
    }

    Attempt post(Outbox.WebhookCall call) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(call.url()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header(WebhookSignature.HEADER, WebhookSignature.header(call.secret(), timestamp, call.payloadJson()))
                .header("Onboarding-Event-Id", call.eventId().toString())
                .header("Onboarding-Event-Type", call.type())
                .POST(HttpRequest.BodyPublishers.ofString(call.payloadJson(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // Closing without reading drops the connection: a receiver cannot hold us with an endless body.
            response.body().close();
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Attempt(status, null)
                    : new Attempt(status, "The receiver answered HTTP " + status);
        } catch (HttpConnectTimeoutException e) {
            return new Attempt(null, "Connecting timed out after " + properties.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return new Attempt(null, "No answer within " + properties.requestTimeout().toSeconds() + " s");
        } catch (ConnectException e) {
            return new Attempt(null, "The connection was refused or the host is unreachable");
        } catch (SSLException e) {
            return new Attempt(null, "The TLS handshake failed (check the server's certificate)");
        } catch (IOException e) {
            return new Attempt(null, "The connection failed before an answer was received");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, "The delivery was interrupted (the server is stopping)");
        }
    }
}
