package de.nrw.kim.survey.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import de.nrw.kim.survey.internal.Questionnaire.Kind;
import de.nrw.kim.survey.internal.Questionnaire.Question;

/**
 * The evaluation of a survey: how many recipients answered, and per question the counts of every
 * option or scale value, the figures of a number, or the free texts per municipality. Only submitted
 * answers count; drafts are not yet a municipality's statement.
 */
public record SurveyResults(Survey survey, int recipients, int drafts, int submitted,
		List<SurveyService.RecipientStatus> status, List<QuestionResult> questions) {

	/** {@code answered}: submitted answers to this question; {@code counts}: per option or scale value. */
	public record QuestionResult(Question question, String section, int answered, List<Count> counts,
			NumberFigures figures, List<TextAnswer> texts) {
	}

	/** {@code share} of those who answered the question (0–1); for multiple choice the shares add up to more than 1. */
	public record Count(String label, int count, BigDecimal share) {
	}

	public record NumberFigures(BigDecimal min, BigDecimal max, BigDecimal mean, BigDecimal median, BigDecimal sum) {
	}

	public record TextAnswer(String municipalityKey, String municipalityName, String text) {
	}

	static SurveyResults of(Survey survey, List<SurveyService.RecipientStatus> status) {
		List<SurveyService.RecipientStatus> submitted = status.stream()
				.filter(s -> s.response().status() == Response.Status.SUBMITTED).toList();
		int drafts = (int) status.stream().filter(s -> s.response().status() == Response.Status.DRAFT).count();
		List<QuestionResult> questions = new ArrayList<>();
		for (Questionnaire.Section section : survey.questionnaire().sections()) {
			for (Question question : section.questions()) {
				questions.add(result(section.title(), question, submitted));
			}
		}
		return new SurveyResults(survey, status.size(), drafts, submitted.size(), status, questions);
	}

	private static QuestionResult result(String section, Question question, List<SurveyService.RecipientStatus> submitted) {
		List<Object> values = new ArrayList<>();
		List<TextAnswer> texts = new ArrayList<>();
		for (SurveyService.RecipientStatus s : submitted) {
			Object value = s.response().answers().get(question.id());
			if (value != null) {
				values.add(value);
				if (question.kind() == Kind.TEXT) {
					texts.add(new TextAnswer(s.municipality().key(), s.municipality().name(), (String) value));
				}
			}
		}
		int answered = values.size();
		List<Count> counts = new ArrayList<>();
		if (question.kind().hasOptions()) {
			for (String option : question.options()) {
				int count = (int) values.stream().filter(v -> v.equals(option) || v instanceof List<?> l && l.contains(option)).count();
				counts.add(new Count(option, count, share(count, answered)));
			}
		} else if (question.kind() == Kind.SCALE) {
			for (Integer point : question.scaleValues()) {
				int count = (int) values.stream().filter(point::equals).count();
				counts.add(new Count(scaleLabel(question, point), count, share(count, answered)));
			}
		}
		NumberFigures figures = question.kind() == Kind.NUMBER ? figures(values.stream().map(v -> (BigDecimal) v).sorted().toList())
				: question.kind() == Kind.SCALE ? figures(values.stream().map(v -> BigDecimal.valueOf((Integer) v)).sorted().toList())
				: null;
		return new QuestionResult(question, section, answered, counts, figures, texts);
	}

	static String scaleLabel(Question question, int point) {
		String label = point == question.min() ? question.minLabel() : point == question.max() ? question.maxLabel() : null;
		return label == null || label.isBlank() ? String.valueOf(point) : point + " – " + label;
	}

	private static BigDecimal share(int count, int of) {
		return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
	}

	private static NumberFigures figures(List<BigDecimal> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		int n = sorted.size();
		BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		return new NumberFigures(sorted.get(0), sorted.get(n - 1),
				sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), median.stripTrailingZeros(), sum);
	}
}
