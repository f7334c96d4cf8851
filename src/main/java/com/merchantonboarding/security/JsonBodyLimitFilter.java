package com.merchantonboarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every JSON request before anything parses it: a body over the limit is refused with 413 (by its
 * {@code Content-Length}, or after reading one byte more than the limit when it is sent in chunks), so a 50 MB
 * body of a million small objects never reaches Jackson. The body read is handed on from memory.
 *
 * <p>It also refuses a JSON text or form value with a NUL character ({@code \u0000}), which PostgreSQL cannot
 * store in text: 400 saying so, instead of a database error later.
 */
class JsonBodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(JsonBodyLimitFilter.class);

    private final long limit;
    private final ObjectMapper json;

    JsonBodyLimitFilter(RequestLimits limits, ObjectMapper json) {
        this.limit = limits.maxJsonBody().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNulParameter(request)) {
            refuseNul(request, response);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuseSize(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            refuseSize(request, response);
            return;
        }
        if (JsonText.hasEscapedNul(body)) {
            refuseNul(request, response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /**
     * A NUL in a form field or query parameter of the application's own pages and API. The Camunda paths read
     * their form bodies themselves (Jersey), so their parameters are not touched here; their JSON is.
     */
    private static boolean hasNulParameter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        // Multipart bodies are left to the multipart parser (a NUL in a file name: MultipartException, 400).
        if (type.contains("json") || type.startsWith("multipart/") || path.startsWith("/engine-rest")
                || path.startsWith("/camunda")) {
            return request.getQueryString() != null && request.getQueryString().toUpperCase().contains("%00");
        }
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (name.indexOf('\0') >= 0) {
                return true;
            }
            for (String value : request.getParameterValues(name)) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuseSize(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("Refused {} {} from {}: JSON body over {} bytes", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr(), limit);
        write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
                "A JSON request body may be at most " + limit / 1024 + " KB."));
    }

    private void refuseNul(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("Refused {} {} from {}: a NUL character in the request", request.getMethod(),
                request.getRequestURI(), request.getRemoteAddr());
        write(response, Problems.of(HttpStatus.BAD_REQUEST, "control-character", "Invalid character",
                "The request contains a NUL character (\\u0000), which cannot be stored. Remove it and send the "
                        + "request again."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body served from the bytes already read. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return available() == 0;
                }

                @Override
                public int available() {
                    try {
                        return in.available();
                    } catch (IOException e) {
                        return 0;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
