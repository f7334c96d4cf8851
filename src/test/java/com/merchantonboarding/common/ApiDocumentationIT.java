package com.merchantonboarding.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantonboarding.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document names the API, declares the API key as its security scheme (Swagger UI's
 * Authorize button) and lists every endpoint of the contract (shared/spec/merchant-api.md).
 */
class ApiDocumentationIT extends IntegrationTest {

    /** The endpoints of the merchant API contract. */
    private static final List<String> CONTRACT = List.of(
            "POST /api/v1/merchants",
            "POST /api/v1/applications",
            "GET /api/v1/applications",
            "GET /api/v1/applications/{id}",
            "PUT /api/v1/applications/{id}",
            "POST /api/v1/applications/{id}/documents",
            "GET /api/v1/applications/{id}/documents/{documentId}/content",
            "DELETE /api/v1/applications/{id}/documents/{documentId}",
            "POST /api/v1/applications/{id}/submit",
            "POST /api/v1/applications/{id}/withdraw",
            "POST /api/v1/applications/{id}/bank-account/verification",
            "POST /api/v1/webhooks");

    @Test
    void theDocumentNamesTheApiItsKeyAndEveryEndpointOfTheContract() {
        JsonNode api = http.get("/v3/api-docs", null).json();
        assertThat(api.at("/info/title").asText()).isEqualTo("Merchant Onboarding API");
        assertThat(api.at("/info/version").asText()).isEqualTo("v1");
        assertThat(api.at("/components/securitySchemes/apiKey/scheme").asText()).isEqualTo("bearer");
        for (String endpoint : CONTRACT) {
            String[] parts = endpoint.split(" ");
            assertThat(api.at("/paths").get(parts[1])).as(endpoint).isNotNull();
            assertThat(api.at("/paths").get(parts[1]).has(parts[0].toLowerCase(Locale.ROOT))).as(endpoint).isTrue();
        }
        // Signing up needs no key; everything else does.
        assertThat(api.at("/paths/~1api~1v1~1merchants/post/security").isMissingNode()).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1applications/post/security/0").has("apiKey")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1applications~1{id}~1submit/post/security/0").has("apiKey")).isTrue();
    }
}
