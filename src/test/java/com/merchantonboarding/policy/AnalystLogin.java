package com.merchantonboarding.policy;

import com.merchantonboarding.support.Http;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;

/**
 * A Cockpit login as a browser holds it: the session cookie and the webapps' CSRF token (the value of the
 * {@code XSRF-TOKEN} cookie, which a page sends back as {@code X-XSRF-TOKEN} on modifying calls).
 */
record AnalystLogin(String session, String xsrfToken) {

    static AnalystLogin cockpit(Http http, String user, String password) {
        Http.Response page = http.get("/camunda/app/cockpit/", null);
        String firstToken = cookie(page, "XSRF-TOKEN");
        String firstSession = cookie(page, "JSESSIONID");
        Http.Response login = http.form("/camunda/api/admin/auth/user/default/login/cockpit", h -> {
            h.set("X-XSRF-TOKEN", firstToken);
            h.add(HttpHeaders.COOKIE, "JSESSIONID=" + firstSession + "; XSRF-TOKEN=" + firstToken);
        }, Map.of("username", user, "password", password));
        if (login.status() != 200) {
            throw new AssertionError("Login of " + user + " failed: " + login);
        }
        String session = cookieOr(login, "JSESSIONID", firstSession);
        String token = cookieOr(login, "XSRF-TOKEN", firstToken);
        // The webapps hand out a new token when the session has none yet.
        Http.Response next = http.get("/camunda/api/admin/auth/user/default", h -> h.add(HttpHeaders.COOKIE, "JSESSIONID=" + session));
        token = cookieOr(next, "XSRF-TOKEN", token);
        return new AnalystLogin("JSESSIONID=" + session, token);
    }

    /** The session cookie only, as a cross-site request would carry it. */
    Consumer<HttpHeaders> cookieOnly() {
        return h -> h.add(HttpHeaders.COOKIE, session);
    }

    /** The session cookie and the CSRF token, as the page itself sends a modifying call. */
    Consumer<HttpHeaders> withToken() {
        return h -> {
            h.add(HttpHeaders.COOKIE, session);
            h.set("X-XSRF-TOKEN", xsrfToken);
        };
    }

    private static String cookie(Http.Response response, String name) {
        String value = cookieOr(response, name, null);
        if (value == null) {
            throw new AssertionError("No cookie " + name + " in " + response.headers());
        }
        return value;
    }

    private static String cookieOr(Http.Response response, String name, String otherwise) {
        return response.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                .findFirst().orElse(otherwise);
    }
}
