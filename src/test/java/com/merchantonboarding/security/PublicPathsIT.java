package com.merchantonboarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.support.Http;
import com.merchantonboarding.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What anyone may fetch without logging in, and that the catch-all chain still refuses the rest. */
class PublicPathsIT extends IntegrationTest {

    @Test
    void theFaviconIsServedToAnyone() throws IOException {
        Http.Response icon = http.bytes("/favicon.ico", null);

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).isEqualTo("image/x-icon");
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/static/favicon.ico")) {
            shipped = in.readAllBytes();
        }
        assertThat(Base64.getDecoder().decode(icon.text())).isEqualTo(shipped);
        // An ICO file: reserved 0, type 1 (icon), and the three sizes of the monogram.
        assertThat(shipped).startsWith(0, 0, 1, 0, 3, 0);
    }

    @Test
    void pathsNoChainListsAreStillRefused() {
        assertThat(http.get("/favicon.ico/../application.yaml", null).status()).isIn(400, 403, 404);
        assertThat(http.get("/static/favicon.ico", null).status()).isEqualTo(403);
        assertThat(http.get("/anything-else", null).status()).isEqualTo(403);
        assertThat(http.get("/api/v2/merchants", null).status()).isIn(401, 403);
    }
}
