package org.sourcewiki.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Structured fields as stored in the revision's jsonb column. */
final class FieldsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FieldsJson() {
    }

    static Map<String, Object> read(String json) {
        try {
            return json == null ? new LinkedHashMap<>() : MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields are not JSON: " + json, e);
        }
    }

    static String write(Map<String, Object> fields) {
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
