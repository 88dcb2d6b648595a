package de.nrw.kim.survey.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.nrw.kim.platform.ValidationException;

/** The questions of a survey in sections; question ids ({@code q1}, {@code q2}, …) are given on saving. */
public record Questionnaire(List<Section> sections) {

	static final int MAX_QUESTIONS = 100;
	static final int MAX_OPTIONS = 20;

	public Questionnaire {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	public enum Kind {
		SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, NUMBER, TEXT;

		public boolean hasOptions() {
			return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
		}
	}

	public record Section(String title, List<Question> questions) {
		public Section {
			questions = questions == null ? List.of() : List.copyOf(questions);
		}
	}

	/**
	 * One question. Choices have {@code options}; a scale runs from {@code min} to {@code max} with
	 * labels for both ends; a number may have bounds; a free text has none.
	 */
	public record Question(String id, Kind kind, String text, boolean required, List<String> options, Integer min,
			Integer max, String minLabel, String maxLabel) {
		public Question {
			options = options == null ? List.of() : List.copyOf(options);
		}

		Question withId(String newId) {
			return new Question(newId, kind, text, required, options, min, max, minLabel, maxLabel);
		}

		/** The values of a scale, lowest first. */
		public List<Integer> scaleValues() {
			List<Integer> values = new ArrayList<>();
			if (kind == Kind.SCALE && min != null && max != null) {
				for (int v = min; v <= max; v++) {
					values.add(v);
				}
			}
			return values;
		}
	}

	public List<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}

	public Optional<Question> question(String id) {
		return questions().stream().filter(q -> q.id().equals(id)).findFirst();
	}

	/** Numbers the questions q1, q2, … in order; answers refer to these ids. */
	Questionnaire numbered() {
		int[] next = { 1 };
		return new Questionnaire(sections.stream().map(s -> new Section(s.title(),
				s.questions().stream().map(q -> q.withId("q" + next[0]++)).toList())).toList());
	}

	/**
	 * Checks the structure; field names point into the request ({@code sections[0].questions[1].text}).
	 * A draft may still be empty; a questionnaire to send ({@code complete}) needs a question in every section.
	 */
	void validate(List<ValidationException.FieldError> errors, boolean complete) {
		if (sections.isEmpty() && complete) {
			errors.add(new ValidationException.FieldError("sections", "Der Fragebogen braucht mindestens einen Abschnitt."));
			return;
		}
		if (questions().size() > MAX_QUESTIONS) {
			errors.add(new ValidationException.FieldError("sections", "Höchstens " + MAX_QUESTIONS + " Fragen je Befragung."));
		}
		for (int s = 0; s < sections.size(); s++) {
			Section section = sections.get(s);
			String at = "sections[" + s + "]";
			if (blank(section.title()) || section.title().length() > 200) {
				errors.add(new ValidationException.FieldError(at + ".title", "Jeder Abschnitt braucht einen Titel (höchstens 200 Zeichen)."));
			}
			if (section.questions().isEmpty() && complete) {
				errors.add(new ValidationException.FieldError(at + ".questions", "Der Abschnitt „" + nullToEmpty(section.title()) + "“ enthält noch keine Frage."));
			}
			for (int q = 0; q < section.questions().size(); q++) {
				validate(section.questions().get(q), at + ".questions[" + q + "]", errors);
			}
		}
	}

	private static void validate(Question question, String at, List<ValidationException.FieldError> errors) {
		if (question == null) {
			errors.add(new ValidationException.FieldError(at, "Die Frage fehlt."));
			return;
		}
		if (blank(question.text()) || question.text().length() > 500) {
			errors.add(new ValidationException.FieldError(at + ".text", "Bitte den Fragetext angeben (höchstens 500 Zeichen)."));
		}
		if (question.kind() == null) {
			errors.add(new ValidationException.FieldError(at + ".kind",
					"Bitte die Art der Frage wählen: Einfachauswahl, Mehrfachauswahl, Skala, Zahl oder Freitext."));
			return;
		}
		if (question.kind().hasOptions()) {
			Set<String> seen = new HashSet<>();
			boolean bad = question.options().size() < 2 || question.options().size() > MAX_OPTIONS;
			for (String option : question.options()) {
				bad |= blank(option) || option.length() > 200 || !seen.add(option.strip());
			}
			if (bad) {
				errors.add(new ValidationException.FieldError(at + ".options",
						"Bitte 2 bis " + MAX_OPTIONS + " verschiedene Antwortmöglichkeiten angeben (je höchstens 200 Zeichen)."));
			}
		}
		if (question.kind() == Kind.SCALE && (question.min() == null || question.max() == null || question.min() < 0
				|| question.min() > 1 || question.max() <= question.min() || question.max() > 10)) {
			errors.add(new ValidationException.FieldError(at + ".max", "Eine Skala beginnt bei 0 oder 1 und endet bei höchstens 10, z. B. 1 bis 5."));
		}
		if (question.kind() == Kind.SCALE && (length(question.minLabel()) > 100 || length(question.maxLabel()) > 100)) {
			errors.add(new ValidationException.FieldError(at + ".minLabel", "Die Beschriftungen der Skala dürfen höchstens 100 Zeichen haben."));
		}
		if (question.kind() == Kind.NUMBER && question.min() != null && question.max() != null && question.min() > question.max()) {
			errors.add(new ValidationException.FieldError(at + ".max", "Der größte Wert darf nicht kleiner als der kleinste sein."));
		}
	}

	/** Trimmed texts and options, and only the settings the kind uses. */
	Questionnaire normalised() {
		return new Questionnaire(sections.stream().map(s -> new Section(strip(s.title()), s.questions().stream()
				.map(q -> q == null ? null : normalised(q)).toList())).toList());
	}

	private static Question normalised(Question q) {
		Kind kind = q.kind();
		List<String> options = kind != null && kind.hasOptions() ? q.options().stream().map(Questionnaire::strip).toList() : List.of();
		boolean bounds = kind == Kind.SCALE || kind == Kind.NUMBER;
		boolean labels = kind == Kind.SCALE;
		return new Question(q.id(), kind, strip(q.text()), q.required(), options, bounds ? q.min() : null,
				bounds ? q.max() : null, labels ? strip(q.minLabel()) : null, labels ? strip(q.maxLabel()) : null);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static int length(String value) {
		return value == null ? 0 : value.length();
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
