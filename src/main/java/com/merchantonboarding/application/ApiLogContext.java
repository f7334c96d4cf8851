package com.merchantonboarding.application;

import com.merchantonboarding.common.LogContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A call about one application (merchant API, portal, officers' dossier) runs with it in the logging context
 * ({@link LogContext}): id, reference and current revision, from the path's {@code {id}} or
 * {@code {applicationId}}. Also for an id of another merchant's application, so that the refused attempt is logged
 * with it.
 */
@Configuration(proxyBeanMethods = false)
class ApiLogContext implements WebMvcConfigurer, HandlerInterceptor {

    private static final String SCOPE = ApiLogContext.class.getName() + ".scope";

    private final ApplicationReferences references;

    ApiLogContext(ApplicationReferences references) {
        this.references = references;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/applications/*/**", "/portal/applications/*/**",
                "/back-office/api/applications/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && (variables.containsKey("id") ? variables.get("id") : variables.get("applicationId"))
                        instanceof String id) {
            UUID applicationId;
            try {
                applicationId = UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                return true;
            }
            ApplicationRepository.ReferenceAndRevision current = references.current(applicationId).orElse(null);
            request.setAttribute(SCOPE, LogContext.open(applicationId, current == null ? null : current.getReference(),
                    current == null ? null : current.getRevision()));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception exception) {
        if (request.getAttribute(SCOPE) instanceof LogContext.Scope scope) {
            request.removeAttribute(SCOPE);
            scope.close();
        }
    }
}
