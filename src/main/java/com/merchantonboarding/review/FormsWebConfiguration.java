package com.merchantonboarding.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Tasklist forms of {@code bpmn/forms/} (on the classpath through the pom's resources) at
 * {@code /forms/}, for the process versions deployed before the forms were deployed with the model: their form
 * keys read {@code embedded:/forms/...}, and applications may still run on them (they are left to finish on their
 * version unless an analyst migrates them). Versions deployed since carry their forms in their deployment
 * ({@code embedded:deployment:forms/...}), which Tasklist reads through the engine's deployed-form endpoint. This
 * handler can go once no application runs on a version whose form keys start with {@code embedded:/forms/}
 * (docs/analyst-guide.md, "Changing the process").
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

    /** The second review's own form became the review form (it switches on the task): old form keys still work. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/forms/second-review.html").setViewName("forward:/forms/review-application.html");
    }
}
