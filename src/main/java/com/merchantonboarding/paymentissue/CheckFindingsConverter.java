package com.merchantonboarding.paymentissue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** The findings of the last checks as a JSON array in {@code payment_issue.findings_json}. */
@Converter
class CheckFindingsConverter implements AttributeConverter<List<CheckFinding>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<CheckFinding> findings) {
        try {
            return JSON.writeValueAsString(findings == null ? List.of() : findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<CheckFinding> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, new TypeReference<List<CheckFinding>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable findings of a payment issue", e);
        }
    }
}
