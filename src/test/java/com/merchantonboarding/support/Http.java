package com.merchantonboarding.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A plain HTTP client for tests that call the running application as an outside client would. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient client;

    public Http(int port) {
        // The JDK's client, named: RestClient would pick Apache HttpClient (on the classpath for webhooks), which
        // follows redirects and keeps cookies; tests look at every redirect and send their cookies themselves.
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** A response: status, headers and the body as JSON (null when empty or not JSON). */
    public record Response(int status, HttpHeaders headers, String text) {
        public JsonNode json() {
            try {
                return text == null || text.isBlank() ? null : JSON.readTree(text);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + text, e);
            }
        }

        public String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public Response get(String path, Consumer<HttpHeaders> headers) {
        return exchange(HttpMethod.GET, path, headers, null, null);
    }

    public Response json(HttpMethod method, String path, Consumer<HttpHeaders> headers, Object body) {
        String text;
        try {
            text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        return exchange(method, path, headers, text, MediaType.APPLICATION_JSON);
    }

    public Response upload(String path, Consumer<HttpHeaders> headers, String type, String filename, byte[] bytes,
                           String declaredType) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (type != null) {
            parts.add("type", type);
        }
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(MediaType.parseMediaType(declaredType));
        partHeaders.setContentDispositionFormData("file", filename);
        parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        }, partHeaders));
        return exchange(HttpMethod.POST, path, headers, parts, MediaType.MULTIPART_FORM_DATA);
    }

    public Response form(String path, Consumer<HttpHeaders> headers, Map<String, String> fields) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        fields.forEach(body::add);
        return exchange(HttpMethod.POST, path, headers, body, MediaType.APPLICATION_FORM_URLENCODED);
    }

    /**
     * Logs a Camunda user into a webapp (tasklist or cockpit) as a browser does, and returns the
     * session cookie to send with later calls.
     */
    public String webappSession(String user, String password, String app) {
        Response page = get("/camunda/app/" + app + "/", null);
        String xsrf = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "JSESSIONID");
        Response login = form("/camunda/api/admin/auth/user/default/login/" + app, h -> {
            h.set("X-XSRF-TOKEN", xsrf);
            h.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
        }, Map.of("username", user, "password", password));
        if (login.status() != 200) {
            throw new AssertionError("Login of " + user + " failed: " + login);
        }
        return "JSESSIONID=" + cookie(login, "JSESSIONID");
    }

    private static String cookie(Response response, String name) {
        return response.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                .findFirst().orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.headers()));
    }

    public static Consumer<HttpHeaders> cookies(String cookies) {
        return h -> h.add(HttpHeaders.COOKIE, cookies);
    }

    public Response bytes(String path, Consumer<HttpHeaders> headers) {
        var result = client.get().uri(path).headers(h -> { if (headers != null) headers.accept(h); })
                .exchange((request, response) -> new Object[] {response.getStatusCode().value(),
                        response.getHeaders(), response.getBody().readAllBytes()});
        return new Response((int) result[0], (HttpHeaders) result[1],
                Base64.getEncoder().encodeToString((byte[]) result[2]));
    }

    private Response exchange(HttpMethod method, String path, Consumer<HttpHeaders> headers, Object body,
                              MediaType contentType) {
        var spec = client.method(method).uri(path).headers(h -> {
            if (headers != null) {
                headers.accept(h);
            }
        });
        if (body != null) {
            spec = spec.contentType(contentType).body(body);
        }
        return spec.exchange((request, response) -> new Response(response.getStatusCode().value(),
                response.getHeaders(), new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    public static Consumer<HttpHeaders> bearer(String key) {
        return h -> h.setBearerAuth(key);
    }

    public static Consumer<HttpHeaders> bearer(String key, Map<String, String> more) {
        return h -> {
            h.setBearerAuth(key);
            more.forEach(h::set);
        };
    }

    public static Consumer<HttpHeaders> basic(String user, String password) {
        return h -> h.setBasicAuth(user, password);
    }
}
