package de.nrw.kim.survey.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.survey.internal.Questionnaire;
import de.nrw.kim.survey.internal.Questionnaire.Kind;
import de.nrw.kim.survey.internal.Questionnaire.Question;
import de.nrw.kim.survey.internal.Questionnaire.Section;
import de.nrw.kim.survey.internal.Survey;
import de.nrw.kim.survey.internal.SurveyExport;
import de.nrw.kim.survey.internal.SurveyService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey pages: the list, the questionnaire builder of the ministry (one small form per step,
 * each sent with the version it was built on), the evaluation with status, charts and tables, and the
 * coordinator's answer form.
 */
@Controller
class SurveyPageController implements SurveyPage {

	private final SurveyService surveys;
	private final Municipalities municipalities;
	private final SurveyResultsView resultsView;

	SurveyPageController(SurveyService surveys, Municipalities municipalities, SurveyResultsView resultsView) {
		this.surveys = surveys;
		this.municipalities = municipalities;
		this.resultsView = resultsView;
	}

	@GetMapping("/surveys")
	String list(Model model) {
		CurrentUser user = CurrentUser.require();
		List<Survey> all = surveys.list();
		model.addAttribute("surveys", all);
		model.addAttribute("today", surveys.today());
		model.addAttribute("ministry", user.isStateLevel());
		if (!user.isStateLevel()) {
			Map<UUID, String> status = new LinkedHashMap<>();
			all.forEach(s -> status.put(s.id(), surveys.response(s.id()).status().name()));
			model.addAttribute("responseStatus", status);
		}
		return "survey/list";
	}

	@GetMapping("/surveys/new")
	String newSurvey(Model model) {
		model.addAttribute("form", new DetailsForm("", "", ""));
		model.addAttribute("errors", Map.of());
		return "survey/new";
	}

	@PostMapping("/surveys")
	String create(@ModelAttribute DetailsForm form, Model model) {
		try {
			Survey survey = surveys.create(form.title(), form.description(), new Questionnaire(List.of()));
			return "redirect:/surveys/" + survey.id() + "/edit";
		} catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors(e, UnaryOperator.identity()));
			return "survey/new";
		}
	}

	@GetMapping("/surveys/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Survey survey = surveys.get(id);
		if (survey.isSent()) {
			return "redirect:/surveys/" + id;
		}
		return editPage(model, survey, Map.of(), null);
	}

	@PostMapping("/surveys/{id}/details")
	String details(@PathVariable UUID id, @ModelAttribute DetailsForm form, Model model, RedirectAttributes redirect) {
		return change(id, form.version(), model, redirect, "survey.edit.savedDetails", s -> s.questionnaire(),
				form.title(), form.description(), UnaryOperator.identity());
	}

	@PostMapping("/surveys/{id}/sections")
	String addSection(@PathVariable UUID id, @RequestParam String sectionTitle, @RequestParam String version, Model model,
			RedirectAttributes redirect) {
		return change(id, version, model, redirect, "survey.edit.savedSection", s -> {
			List<Section> sections = new ArrayList<>(s.questionnaire().sections());
			sections.add(new Section(sectionTitle, List.of()));
			return new Questionnaire(sections);
		}, null, null, field -> field.endsWith(".title") ? "sectionTitle" : field);
	}

	@PostMapping("/surveys/{id}/questions")
	String addQuestion(@PathVariable UUID id, @ModelAttribute QuestionForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> parseErrors = new LinkedHashMap<>();
		Integer min = number(form.min(), "min", parseErrors);
		Integer max = number(form.max(), "max", parseErrors);
		Kind kind = kind(form.kind(), parseErrors);
		if (!parseErrors.isEmpty()) {
			model.addAttribute("questionForm", form);
			return editPage(model, surveys.get(id), parseErrors, null);
		}
		model.addAttribute("questionForm", form);
		return change(id, form.version(), model, redirect, "survey.edit.savedQuestion", s -> {
			List<Section> sections = new ArrayList<>(s.questionnaire().sections());
			int index = Math.max(0, Math.min(form.section(), sections.size() - 1));
			if (sections.isEmpty()) {
				sections.add(new Section(null, List.of()));
			}
			List<Question> questions = new ArrayList<>(sections.get(index).questions());
			List<String> options = form.options() == null ? List.of()
					: form.options().lines().filter(l -> !l.isBlank()).toList();
			questions.add(new Question(null, kind, form.questionText(), "true".equals(form.required()), options, min, max,
					form.minLabel(), form.maxLabel()));
			sections.set(index, new Section(sections.get(index).title(), questions));
			return new Questionnaire(sections);
		}, null, null, field -> field.startsWith("sections[") && field.contains(".questions[")
				? questionField(field.substring(field.lastIndexOf('.') + 1)) : field.startsWith("sections[") ? "section" : field);
	}

	@PostMapping("/surveys/{id}/questions/{questionId}/move")
	String move(@PathVariable UUID id, @PathVariable String questionId, @RequestParam String direction,
			@RequestParam String version, Model model, RedirectAttributes redirect) {
		return change(id, version, model, redirect, "survey.edit.moved", s -> rearranged(s.questionnaire(), questionId,
				"up".equals(direction) ? -1 : 1), null, null, UnaryOperator.identity());
	}

	@PostMapping("/surveys/{id}/questions/{questionId}/delete")
	String delete(@PathVariable UUID id, @PathVariable String questionId, @RequestParam String version, Model model,
			RedirectAttributes redirect) {
		return change(id, version, model, redirect, "survey.edit.deleted", s -> new Questionnaire(s.questionnaire().sections()
				.stream().map(sec -> new Section(sec.title(), sec.questions().stream().filter(q -> !q.id().equals(questionId))
						.toList())).toList()), null, null, UnaryOperator.identity());
	}

	@PostMapping("/surveys/{id}/send")
	String send(@PathVariable UUID id, @RequestParam(required = false) String deadline,
			@RequestParam(required = false) String recipients,
			@RequestParam(name = "municipalityKeys", required = false) List<String> keys, Model model,
			RedirectAttributes redirect) {
		Survey survey = surveys.get(id);
		model.addAttribute("sendForm", new SendForm(deadline, recipients, keys == null ? List.of() : keys));
		LocalDate date = null;
		if (deadline != null && !deadline.isBlank()) {
			try {
				date = LocalDate.parse(deadline);
			} catch (DateTimeParseException e) {
				return editPage(model, survey, Map.of("deadline", "Bitte ein Datum angeben, z. B. 31.12.2026."), null);
			}
		}
		if ("chosen".equals(recipients) && (keys == null || keys.isEmpty())) {
			return editPage(model, survey, Map.of("municipalityKeys", "Bitte mindestens eine Kommune wählen oder „alle Kommunen“."), null);
		}
		try {
			surveys.send(id, "chosen".equals(recipients) ? keys : null, date);
		} catch (ValidationException e) {
			return editPage(model, survey, errors(e, f -> f.startsWith("sections") ? "questionnaire" : f), null);
		}
		redirect.addFlashAttribute("sent", true);
		return "redirect:/surveys/" + id;
	}

	@GetMapping("/surveys/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel()) {
			return "redirect:/surveys/" + id + "/answer";
		}
		Survey survey = surveys.get(id);
		if (!survey.isSent()) {
			return "redirect:/surveys/" + id + "/edit";
		}
		resultsView.fill(model, surveys.results(id));
		model.addAttribute("today", surveys.today());
		return "survey/detail";
	}

	@GetMapping("/surveys/{id}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id) {
		var results = surveys.results(id);
		return SurveyDownloads.csv(SurveyExport.csv(results), results.survey());
	}

	@GetMapping("/surveys/{id}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
		var results = surveys.results(id);
		return SurveyDownloads.xlsx(SurveyExport.xlsx(results), results.survey());
	}

	@GetMapping("/surveys/{id}/answer")
	String answer(@PathVariable UUID id, Model model) {
		var response = surveys.response(id);
		return answerPage(model, surveys.get(id), response, de.nrw.kim.survey.internal.Answers.asTexts(response.answers()),
				Map.of(), null);
	}

	@PostMapping("/surveys/{id}/answer")
	String saveAnswer(@PathVariable UUID id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Survey survey = surveys.get(id);
		Map<String, List<String>> given = SurveyWeb.texts(request.getParameterMap());
		Integer v = version(version);
		boolean submitting = "submit".equals(action);
		try {
			var saved = submitting ? surveys.submit(id, given, v) : surveys.save(id, given, v);
			redirect.addFlashAttribute("saved", saved.status().name());
			return "redirect:/surveys/" + id + "/answer";
		} catch (ValidationException e) {
			return answerPage(model, survey, surveys.response(id), given, errors(e, UnaryOperator.identity()), null);
		} catch (ConflictException e) {
			return answerPage(model, survey, surveys.response(id), given, Map.of(), e.getMessage());
		}
	}

	private String answerPage(Model model, Survey survey, de.nrw.kim.survey.internal.Response response,
			Map<String, List<String>> values, Map<String, String> errors, String conflict) {
		model.addAttribute("survey", survey);
		model.addAttribute("response", response);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("open", survey.state(surveys.today()) == Survey.State.OPEN);
		return "survey/answer";
	}

	private String change(UUID id, String version, Model model, RedirectAttributes redirect, String savedKey,
			java.util.function.Function<Survey, Questionnaire> change, String title, String description,
			UnaryOperator<String> fieldName) {
		Survey survey = surveys.get(id);
		if (survey.isSent()) {
			throw new ConflictException(SurveyService.SENT, "Die Befragung ist versandt.");
		}
		Integer v = version(version);
		try {
			surveys.update(id, title == null ? survey.title() : title, title == null ? survey.description() : description,
					change.apply(survey), v);
		} catch (ValidationException e) {
			if (title != null) {
				model.addAttribute("detailsForm", new DetailsForm(title, description, version));
			}
			return editPage(model, survey, errors(e, fieldName), null);
		} catch (ConflictException e) {
			return editPage(model, surveys.get(id), Map.of(), e.getMessage());
		}
		redirect.addFlashAttribute("saved", savedKey);
		return "redirect:/surveys/" + id + "/edit";
	}

	private String editPage(Model model, Survey survey, Map<String, String> errors, String conflict) {
		model.addAttribute("survey", survey);
		if (!model.containsAttribute("detailsForm")) {
			model.addAttribute("detailsForm", new DetailsForm(survey.title(), survey.description() == null ? "" : survey.description(),
					String.valueOf(survey.version())));
		}
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", new QuestionForm(0, "SINGLE_CHOICE", "", null, "", "", "", "", "", ""));
		}
		if (!model.containsAttribute("sendForm")) {
			model.addAttribute("sendForm", new SendForm(surveys.today().plusWeeks(4).toString(), "all", List.of()));
		}
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("today", surveys.today());
		return "survey/edit";
	}

	static Questionnaire rearranged(Questionnaire questionnaire, String questionId, int step) {
		List<Section> sections = new ArrayList<>();
		for (Section section : questionnaire.sections()) {
			List<Question> questions = new ArrayList<>(section.questions());
			for (int i = 0; i < questions.size(); i++) {
				int target = i + step;
				if (questions.get(i).id().equals(questionId) && target >= 0 && target < questions.size()) {
					java.util.Collections.swap(questions, i, target);
					break;
				}
			}
			sections.add(new Section(section.title(), questions));
		}
		return new Questionnaire(sections);
	}

	/** The version a form was built on; a tampered value counts as none (the service then asks for it). */
	private static Integer version(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Map<String, String> errors(ValidationException e, UnaryOperator<String> fieldName) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(error -> errors.putIfAbsent(fieldName.apply(error.field()), error.message()));
		return errors;
	}

	private static String questionField(String last) {
		return switch (last) {
			case "text" -> "questionText";
			case "minLabel", "maxLabel" -> "minLabel";
			default -> last;
		};
	}

	private static Integer number(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		} catch (NumberFormatException e) {
			errors.put(field, "Bitte eine ganze Zahl angeben.");
			return null;
		}
	}

	private static Kind kind(String text, Map<String, String> errors) {
		try {
			return Kind.valueOf(text);
		} catch (RuntimeException e) {
			errors.put("kind", "Bitte die Art der Frage wählen.");
			return null;
		}
	}

	record DetailsForm(String title, String description, String version) {
	}

	record QuestionForm(int section, String kind, String questionText, String required, String options, String min,
			String max, String minLabel, String maxLabel, String version) {
	}

	record SendForm(String deadline, String recipients, List<String> municipalityKeys) {
	}
}
