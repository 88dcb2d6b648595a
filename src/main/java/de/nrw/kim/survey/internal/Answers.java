package de.nrw.kim.survey.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.survey.internal.Questionnaire.Kind;
import de.nrw.kim.survey.internal.Questionnaire.Question;

/**
 * Checks the answers of a municipality against the questionnaire and brings them into their stored
 * form: a text for single choice and free text, a list of texts for multiple choice, a whole number
 * for a scale, a decimal for a number. Field errors name the question id and say in German what is
 * wrong; required questions are only enforced on submitting, so a half-filled draft can be saved.
 */
public final class Answers {

	static final int MAX_TEXT = 4000;

	private Answers() {
	}

	/** @param raw the values per question id as typed (a form's parameters, or JSON values as text) */
	public static Map<String, Object> check(Questionnaire questionnaire, Map<String, List<String>> raw, boolean submitting) {
		List<ValidationException.FieldError> errors = new ArrayList<>();
		for (String id : raw.keySet()) {
			if (questionnaire.question(id).isEmpty()) {
				errors.add(new ValidationException.FieldError(id, "Diese Frage gibt es in der Befragung nicht."));
			}
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		for (Question question : questionnaire.questions()) {
			List<String> values = raw.getOrDefault(question.id(), List.of()).stream()
					.filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
			if (values.isEmpty()) {
				if (submitting && question.required()) {
					errors.add(new ValidationException.FieldError(question.id(), "Bitte beantworten Sie diese Pflichtfrage."));
				}
				continue;
			}
			String error = check(question, values, answers);
			if (error != null) {
				errors.add(new ValidationException.FieldError(question.id(), error));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return answers;
	}

	private static String check(Question question, List<String> values, Map<String, Object> answers) {
		switch (question.kind()) {
			case SINGLE_CHOICE -> {
				if (values.size() > 1) {
					return "Bitte nur eine Antwort wählen.";
				}
				if (!question.options().contains(values.get(0))) {
					return notOffered(values.get(0));
				}
				answers.put(question.id(), values.get(0));
			}
			case MULTIPLE_CHOICE -> {
				for (String value : values) {
					if (!question.options().contains(value)) {
						return notOffered(value);
					}
				}
				answers.put(question.id(), question.options().stream().filter(values::contains).toList());
			}
			case SCALE -> {
				Integer value = values.size() == 1 ? integer(values.get(0)) : null;
				if (value == null || value < question.min() || value > question.max()) {
					return "Bitte einen Wert von " + question.min() + " bis " + question.max() + " wählen.";
				}
				answers.put(question.id(), value);
			}
			case NUMBER -> {
				BigDecimal value = values.size() == 1 ? decimal(values.get(0)) : null;
				if (value == null) {
					return "Bitte eine Zahl angeben, z. B. 12 oder 2,5.";
				}
				if (question.min() != null && value.compareTo(BigDecimal.valueOf(question.min())) < 0
						|| question.max() != null && value.compareTo(BigDecimal.valueOf(question.max())) > 0) {
					return range(question);
				}
				answers.put(question.id(), value);
			}
			case TEXT -> {
				String text = String.join("\n", values);
				if (text.length() > MAX_TEXT) {
					return "Die Antwort darf höchstens " + MAX_TEXT + " Zeichen haben (jetzt " + text.length() + ").";
				}
				answers.put(question.id(), text);
			}
		}
		return null;
	}

	private static String notOffered(String value) {
		return "„" + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "“ ist keine Antwortmöglichkeit dieser Frage.";
	}

	private static String range(Question question) {
		if (question.min() != null && question.max() != null) {
			return "Die Zahl muss zwischen " + question.min() + " und " + question.max() + " liegen.";
		}
		return question.min() != null ? "Die Zahl muss mindestens " + question.min() + " sein."
				: "Die Zahl darf höchstens " + question.max() + " sein.";
	}

	private static Integer integer(String text) {
		try {
			return Integer.valueOf(text);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	static BigDecimal decimal(String text) {
		String normal = text.replace(" ", "");
		if (!normal.matches("-?\\d{1,12}([.,]\\d{1,4})?")) {
			return null;
		}
		return new BigDecimal(normal.replace(',', '.'));
	}

	/** The stored answers as the texts a form shows again (numbers with a decimal comma). */
	public static Map<String, List<String>> asTexts(Map<String, Object> answers) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		answers.forEach((id, value) -> {
			if (value instanceof List<?> list) {
				texts.put(id, list.stream().map(String::valueOf).toList());
			} else if (value instanceof BigDecimal number) {
				texts.put(id, List.of(number.stripTrailingZeros().toPlainString().replace('.', ',')));
			} else if (value != null) {
				texts.put(id, List.of(String.valueOf(value)));
			}
		});
		return texts;
	}
}
