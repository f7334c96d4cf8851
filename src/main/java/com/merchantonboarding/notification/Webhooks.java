package com.merchantonboarding.notification;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A merchant's webhooks and their delivery log. Another merchant's webhook is answered like an unknown one. */
@Service
class Webhooks {

    static final int LOG_LIMIT = 100;
    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    private final WebhookRepository webhooks;
    private final WebhookUrls urls;
    private final Outbox outbox;
    private final WebhookProperties properties;

    Webhooks(WebhookRepository webhooks, WebhookUrls urls, Outbox outbox, WebhookProperties properties) {
        this.webhooks = webhooks;
        this.urls = urls;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Not one transaction: the URL check may wait for DNS, which must not hold a database connection. */
    Webhook register(UUID merchantId, String url) {
        URI uri = urls.validate(url);
        if (webhooks.countByMerchantIdAndDeletedAtIsNull(merchantId) >= properties.maxPerMerchant()) {
            throw new ApiException(HttpStatus.CONFLICT, "webhook-limit", "Too many webhooks",
                    "A merchant may register at most " + properties.maxPerMerchant()
                            + " webhooks. Delete one you no longer use first.");
        }
        Webhook webhook = webhooks.save(new Webhook(merchantId, uri.toString(), WebhookSignature.newSecret(),
                Clocks.now()));
        log.info("Merchant {} registered webhook {}", merchantId, webhook.getId());
        return webhook;
    }

    @Transactional(readOnly = true)
    List<Webhook> list(UUID merchantId) {
        return webhooks.findByMerchantIdAndDeletedAtIsNullOrderByCreatedAtAsc(merchantId);
    }

    @Transactional
    void delete(UUID merchantId, UUID id) {
        Webhook webhook = own(merchantId, id);
        webhook.delete(Clocks.now());
        log.info("Merchant {} deleted webhook {}", merchantId, id);
    }

    @Transactional(readOnly = true)
    List<Outbox.DeliveryLine> deliveries(UUID merchantId, UUID id) {
        return outbox.deliveryLog(own(merchantId, id).getId(), LOG_LIMIT);
    }

    private Webhook own(UUID merchantId, UUID id) {
        return webhooks.findByIdAndMerchantIdAndDeletedAtIsNull(id, merchantId).orElseThrow(() -> {
            if (webhooks.existsById(id)) {
                log.warn("Merchant {} asked for webhook {} of another merchant or deleted; answered 404", merchantId, id);
            }
            return ApiException.notFound("The webhook");
        });
    }
}
