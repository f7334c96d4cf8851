package com.merchantonboarding.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The merchant API's OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html): its title and version, and
 * the API key as the security scheme on every operation but sign-up, so that Swagger UI's Authorize button sends
 * {@code Authorization: Bearer mo_…} as the API does.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI merchantApiDocument() {
        return new OpenAPI()
                .info(new Info().title("Merchant Onboarding API").version("v1")
                        .description("Merchants apply for a wallet (Alipay, WeChat Pay, PayPal), upload their "
                                + "documents, submit, follow the review and verify their bank account. Errors are "
                                + "application/problem+json (RFC 9457)."))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("mo_…")
                        .description("The API key from sign-up (POST /api/v1/merchants) or from the portal.")));
    }

    /** Every operation needs the key but signing up, the one call without it. */
    @Bean
    OpenApiCustomizer apiKeyOnEveryOperationButSignUp() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (!(path.equals("/api/v1/merchants") && method == PathItem.HttpMethod.POST)) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList(API_KEY)));
                }
            }));
        };
    }
}
