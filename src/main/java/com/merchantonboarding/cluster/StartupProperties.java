package com.merchantonboarding.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node starts beside others on one database (docs/operations-storage.md, "Several nodes").
 *
 * @param lockWait how long a starting node waits for another node's start to finish before it gives up
 */
@ConfigurationProperties("onboarding.startup")
public record StartupProperties(@DefaultValue("5m") Duration lockWait) {
}
