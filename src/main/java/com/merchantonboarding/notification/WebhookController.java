package com.merchantonboarding.notification;

import com.merchantonboarding.merchant.MerchantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks of spec/merchant-api.md, with the delivery log a merchant reads to see what reached it. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
@SecurityRequirement(name = "apiKey")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record RegisterRequest(@NotBlank @Size(max = WebhookUrls.MAX_LENGTH) String url) {
    }

    /** The answer to a registration: the only time the secret is shown. */
    record Registered(UUID id, String url, String secret, Instant createdAt) {
    }

    record WebhookView(UUID id, String url, Instant createdAt) {
    }

    /** One delivery: {@code status} is PENDING (nextAttemptAt says when), DELIVERED or FAILED (given up). */
    record DeliveryView(UUID eventId, String type, String status, int attempts, Integer lastStatusCode,
                        String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt,
                        Instant createdAt) {
    }

    @PostMapping
    @Operation(summary = "Register a webhook", description = "Returns the signing secret; it is shown this once.")
    ResponseEntity<Registered> register(@AuthenticationPrincipal MerchantPrincipal merchant,
                                        @Valid @RequestBody RegisterRequest request) {
        Webhook webhook = webhooks.register(merchant.merchantId(), request.url());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + webhook.getId()))
                .body(new Registered(webhook.getId(), webhook.getUrl(), webhook.getSecret(), webhook.getCreatedAt()));
    }

    @GetMapping
    @Operation(summary = "The caller's webhooks (without their secrets)")
    List<WebhookView> list(@AuthenticationPrincipal MerchantPrincipal merchant) {
        return webhooks.list(merchant.merchantId()).stream()
                .map(w -> new WebhookView(w.getId(), w.getUrl(), w.getCreatedAt()))
                .toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a webhook; deliveries not yet made are not made")
    void delete(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id) {
        webhooks.delete(merchant.merchantId(), id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log of a webhook, newest first (at most 100)")
    List<DeliveryView> deliveries(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id) {
        return webhooks.deliveries(merchant.merchantId(), id).stream()
                .map(d -> new DeliveryView(d.eventId(), d.type(), d.state(), d.attempts(), d.lastStatusCode(),
                        d.lastError(), d.lastAttemptAt(), d.nextAttemptAt(), d.deliveredAt(), d.createdAt()))
                .toList();
    }
}
