package com.merchantonboarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One delivery try against real sockets on 127.0.0.1: answers, failures, slow and hostile receivers, rebinding. */
class WebhookSenderTest {

    private static final String SECRET = "whsec_test_secret";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    private final WebhookReceiver receiver = new WebhookReceiver();
    private WebhookSender sender;

    @AfterEach
    void close() throws IOException {
        receiver.close();
        if (sender != null) {
            sender.close();
        }
    }

    @Test
    void postsTheSignedEventAndReportsTheAnswer() {
        sender = sender(true, InetAddress::getAllByName);
        WebhookSender.Attempt attempt = sender.post(call(receiver.url()));

        assertThat(attempt.succeeded()).isTrue();
        assertThat(attempt.statusCode()).isEqualTo(204);
        WebhookReceiver.Request request = receiver.requests().get(0);
        assertThat(request.contentType()).startsWith("application/json").containsIgnoringCase("charset=utf-8");
        assertThat(SignatureVerifier.verify(request.signature(), request.body(), SECRET, Instant.now(),
                Duration.ofMinutes(5))).isTrue();

        receiver.answering(attempt2 -> 503);
        WebhookSender.Attempt failed = sender.post(call(receiver.url()));
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.error()).isEqualTo("The receiver answered HTTP 503");
    }

    @Test
    void aNameThatNowResolvesToAPrivateAddressIsNotCalled() {
        // Public when the URL was checked, loopback when connecting: the connection is never made.
        AtomicInteger lookups = new AtomicInteger();
        sender = sender(false, host -> {
            lookups.incrementAndGet();
            return host.equals("hooks.example.com") ? new InetAddress[] {InetAddress.getLoopbackAddress()}
                    : InetAddress.getAllByName(host);
        });
        String url = receiver.url().replace("127.0.0.1", "hooks.example.com");

        WebhookSender.Attempt attempt = sender.post(call(url));

        assertThat(attempt.succeeded()).isFalse();
        assertThat(attempt.error()).contains("now resolves to a private, loopback or link-local address");
        assertThat(lookups).hasValue(1);
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void everyAddressOfTheNameMustBePublic() throws UnknownHostException {
        WebhookSender.CheckedAddresses addresses = new WebhookSender.CheckedAddresses(host -> new InetAddress[] {
            InetAddress.getByName("93.184.215.14"), InetAddress.getByName("169.254.169.254")}, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> addresses.resolve("mixed.example.com"))
                .isInstanceOf(WebhookSender.PrivateAddressException.class);
        assertThat(new WebhookSender.CheckedAddresses(host -> new InetAddress[] {
            InetAddress.getByName("93.184.215.14")}, false).resolve("public.example.com")).hasSize(1);
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        try (RawServer server = new RawServer(out -> out.write(("HTTP/1.1 302 Found\r\nLocation: "
                + receiver.url() + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII)))) {
            sender = sender(true, InetAddress::getAllByName);

            WebhookSender.Attempt attempt = sender.post(call(server.url()));

            assertThat(attempt.statusCode()).isEqualTo(302);
            assertThat(attempt.error()).isEqualTo("The receiver answered HTTP 302");
            assertThat(receiver.requests()).isEmpty();
        }
    }

    @Test
    void aRefusedConnectionIsReported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        sender = sender(true, InetAddress::getAllByName);

        WebhookSender.Attempt attempt = sender.post(call("http://127.0.0.1:" + closedPort + "/hook"));

        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).isEqualTo("The connection was refused or the host is unreachable");
    }

    @Test
    void aReceiverThatNeverAnswersOrDripsItsAnswerIsLeftAfterTheRequestTimeout() throws Exception {
        sender = sender(true, InetAddress::getAllByName);
        CountDownLatch stop = new CountDownLatch(1);
        try (RawServer silent = new RawServer(out -> await(stop));
             RawServer dripping = new RawServer(out -> {
                 for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII)) {
                     out.write(b);
                     out.flush();
                     if (stop.await(300, TimeUnit.MILLISECONDS)) {
                         return;
                     }
                 }
                 await(stop);
             })) {
            for (RawServer server : new RawServer[] {silent, dripping}) {
                long started = System.nanoTime();
                WebhookSender.Attempt attempt = sender.post(call(server.url()));
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(attempt.error()).isEqualTo("No answer within 1 s");
                assertThat(took).isLessThan(REQUEST_TIMEOUT.multipliedBy(5));
            }
        } finally {
            stop.countDown();
        }
    }

    @Test
    void anEndlessAnswerBodyIsNotRead() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        try (RawServer endless = new RawServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("400\r\n" + "x".repeat(1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (stop.getCount() > 0) {
                out.write(chunk);
            }
        })) {
            sender = sender(true, InetAddress::getAllByName);

            WebhookSender.Attempt attempt = sender.post(call(endless.url()));

            assertThat(attempt.succeeded()).isTrue();
            assertThat(attempt.statusCode()).isEqualTo(200);
        } finally {
            stop.countDown();
        }
    }

    private static WebhookSender sender(boolean allowLocal, WebhookUrls.Resolver resolver) {
        WebhookProperties properties = new WebhookProperties(allowLocal, 10, Duration.ofSeconds(1), REQUEST_TIMEOUT, 2,
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 2.0, 6));
        return new WebhookSender(properties, resolver);
    }

    private static Outbox.WebhookCall call(String url) {
        return new Outbox.WebhookCall(UUID.randomUUID(), UUID.randomUUID(), "application.submitted",
                "{\"type\":\"application.submitted\"}", UUID.randomUUID(), url, SECRET, false, 0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A socket server on 127.0.0.1 that reads the request's first bytes and then behaves as told. */
    private static final class RawServer implements AutoCloseable {

        interface Behaviour {
            void answer(OutputStream out) throws IOException, InterruptedException;
        }

        private final ServerSocket socket;
        private final Thread thread;

        RawServer(Behaviour behaviour) throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        InputStream in = client.getInputStream();
                        in.read(new byte[8192]);
                        behaviour.answer(client.getOutputStream());
                    } catch (IOException | InterruptedException e) {
                        // the client left or the server is closing
                    }
                }
            }, "raw-server");
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hook";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
