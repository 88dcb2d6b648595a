package de.nrw.kim.survey.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Questionnaires and answers as the JSON stored in PostgreSQL (jsonb). */
final class SurveyJson {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private SurveyJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Questionnaire questionnaire(String json) {
		return JSON.readValue(json, Questionnaire.class);
	}

	/** Reads stored answers back in the types of their questions. */
	static Map<String, Object> answers(String json, Questionnaire questionnaire) {
		JsonNode node = JSON.readTree(json);
		Map<String, Object> answers = new LinkedHashMap<>();
		for (Questionnaire.Question question : questionnaire.questions()) {
			JsonNode value = node.get(question.id());
			if (value == null || value.isNull()) {
				continue;
			}
			switch (question.kind()) {
				case MULTIPLE_CHOICE -> {
					List<String> list = new ArrayList<>();
					value.forEach(v -> list.add(v.asString()));
					answers.put(question.id(), List.copyOf(list));
				}
				case SCALE -> answers.put(question.id(), value.asInt());
				case NUMBER -> answers.put(question.id(), new BigDecimal(value.asString()));
				default -> answers.put(question.id(), value.asString());
			}
		}
		return answers;
	}
}
