package com.merchantonboarding.portal;

import com.merchantonboarding.merchant.MerchantAccounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The portal's language: its texts, how a page's language is chosen, and {@code ?lang=} to switch it. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    static final String PORTAL_MESSAGES = "i18n/portal";
    static final String LANGUAGE_PARAMETER = "lang";

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(PortalProperties properties, ObjectProvider<MerchantAccounts> accounts) {
        return new PortalLocaleResolver(properties, (merchant, locale) -> accounts.getObject().changeLocale(merchant, locale));
    }

    /**
     * The application's message source (Thymeleaf's {@code #{...}} and validation messages read it). Spring Boot
     * would make one only when {@code messages.properties} exists, and none does; this one keeps whatever
     * {@code spring.messages.basename} names (default {@code messages}) and adds the portal's texts.
     */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(Environment environment) throws IOException {
        List<String> basenames = new ArrayList<>();
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        for (String basename : StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(environment.getProperty("spring.messages.basename", "messages")))) {
            // As Spring Boot does: a basename counts only if its bundle exists (a missing one warns on every look-up).
            String path = ClassUtils.convertClassNameToResourcePath(basename);
            if (resources.getResources("classpath*:" + path + ".properties").length > 0) {
                basenames.add(basename);
            }
        }
        basenames.add(PORTAL_MESSAGES);
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).addPathPatterns("/", "/portal/**");
    }
}
