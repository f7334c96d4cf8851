package com.merchantonboarding.processmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the process model that analysts edit lives (docs/analyst-guide.md, "Changing the process").
 *
 * @param location {@code classpath:bpmn/} (the model the build packs, the default) or a folder on disk, such as
 *                 {@code bpmn/} of the working directory in the demo profile: the model
 *                 ({@value ModelFolder#MODEL}), its migration mappings ({@value ModelFolder#MAPPINGS}) and its
 *                 scenarios ({@code scenarios/*.yaml})
 */
@ConfigurationProperties("onboarding.process-model")
public record ProcessModelProperties(@DefaultValue("classpath:bpmn/") String location) {
}
