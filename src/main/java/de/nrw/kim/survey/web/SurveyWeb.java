package de.nrw.kim.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Answers as typed, from JSON (text, number, list) or from a form, as the texts the service checks. */
final class SurveyWeb {

	private SurveyWeb() {
	}

	static Map<String, List<String>> texts(JsonNode answers) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		if (answers == null) {
			return texts;
		}
		for (Map.Entry<String, JsonNode> entry : answers.properties()) {
			JsonNode value = entry.getValue();
			List<String> list = new ArrayList<>();
			if (value.isArray()) {
				value.forEach(v -> list.add(v.isNull() ? null : v.asString()));
			} else if (!value.isNull()) {
				list.add(value.asString());
			}
			texts.put(entry.getKey(), list);
		}
		return texts;
	}

	/** The form parameters that are answers: those named like a question id (q1, q2, …). */
	static Map<String, List<String>> texts(Map<String, String[]> parameters) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.matches("q\\d{1,3}")) {
				texts.put(name, List.of(values));
			}
		});
		return texts;
	}
}
