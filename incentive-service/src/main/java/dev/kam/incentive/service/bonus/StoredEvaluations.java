package dev.kam.incentive.service.bonus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** An evaluation is stored as the JSON the API showed, so reading it later shows exactly the same. */
@ApplicationScoped
public class StoredEvaluations {

    private final ObjectMapper objectMapper;

    StoredEvaluations(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String write(BonusEvaluationView view) {
        try {
            return objectMapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An evaluation could not be written as JSON", e);
        }
    }

    public BonusEvaluationView read(String json) {
        try {
            return objectMapper.readValue(json, BonusEvaluationView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored evaluation is not readable", e);
        }
    }
}
