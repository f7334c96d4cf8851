package com.merchantonboarding.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the declared data as JSON text: one column, portable between PostgreSQL and H2. */
@Converter
public class ApplicationDataConverter implements AttributeConverter<ApplicationData, String> {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String convertToDatabaseColumn(ApplicationData data) {
        try {
            return MAPPER.writeValueAsString(data == null ? ApplicationData.empty() : data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store application data", e);
        }
    }

    @Override
    public ApplicationData convertToEntityAttribute(String json) {
        try {
            return json == null ? ApplicationData.empty() : MAPPER.readValue(json, ApplicationData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read stored application data", e);
        }
    }
}
