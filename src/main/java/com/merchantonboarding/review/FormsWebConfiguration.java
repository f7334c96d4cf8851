package com.merchantonboarding.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Tasklist forms of {@code bpmn/forms/} (on the classpath through the pom's resources) at
 * {@code /forms/}, where the form keys {@code embedded:/forms/...} point.
 */
@Configuration(proxyBeanMethods = false)
class FormsWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // no-cache: a changed form reaches officers on their next task, not after a browser cache expires.
        registry.addResourceHandler("/forms/**")
                .addResourceLocations("classpath:/bpmn/forms/")
                .setCacheControl(CacheControl.noCache());
    }
}
