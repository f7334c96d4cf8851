package com.merchantonboarding.documents;

import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The document store that {@code onboarding.documents.store} names (docs/operations-storage.md). */
@Configuration(proxyBeanMethods = false)
class DocumentStorageConfiguration {

    @Bean
    DocumentStorage documentStorage(DocumentProperties properties, DataSource dataSource) throws IOException {
        return switch (properties.store()) {
            case FILE -> new FileDocumentStorage(properties.storageDirectory());
            case DATABASE -> new DatabaseDocumentStorage(dataSource);
        };
    }
}
