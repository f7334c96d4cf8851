package com.merchantonboarding.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A merchant's webhook endpoint on 127.0.0.1 (random port). Records every request; answers with the
 * status the test chooses for the n-th try of an event id (1 = the first).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: the signature header, the event id header and the raw body. */
    public record Request(String signature, String eventIdHeader, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> triesPerEvent = new ConcurrentHashMap<>();
    private volatile IntUnaryOperator statusForTry = attempt -> 204;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String eventId = exchange.getRequestHeaders().getFirst("Onboarding-Event-Id");
            requests.add(new Request(exchange.getRequestHeaders().getFirst("Onboarding-Signature"), eventId,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            int attempt = triesPerEvent.computeIfAbsent(String.valueOf(eventId), k -> new AtomicInteger())
                    .incrementAndGet();
            exchange.sendResponseHeaders(statusForTry.applyAsInt(attempt), -1);
            exchange.close();
        });
        server.start();
    }

    public WebhookReceiver answering(IntUnaryOperator statusForTry) {
        this.statusForTry = statusForTry;
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
