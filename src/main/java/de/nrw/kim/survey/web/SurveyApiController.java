package de.nrw.kim.survey.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.ValidationException;
import de.nrw.kim.survey.internal.Questionnaire;
import de.nrw.kim.survey.internal.Response;
import de.nrw.kim.survey.internal.Survey;
import de.nrw.kim.survey.internal.SurveyExport;
import de.nrw.kim.survey.internal.SurveyResults;
import de.nrw.kim.survey.internal.SurveyService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Surveys over HTTP: the ministry builds, sends and evaluates; coordinators answer. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Befragungen")
class SurveyApiController {

	private final SurveyService surveys;

	SurveyApiController(SurveyService surveys) {
		this.surveys = surveys;
	}

	/** The ministry sees all surveys; a coordinator those sent to the own municipality ({@code assigned} is implied). */
	@GetMapping
	List<SurveySummary> list(@RequestParam(required = false) Boolean assigned) {
		CurrentUser user = CurrentUser.require();
		return surveys.list().stream().map(s -> SurveySummary.of(s, surveys.today(),
				user.isStateLevel() ? null : surveys.response(s.id()).status())).toList();
	}

	@PostMapping
	ResponseEntity<SurveyView> create(@RequestBody SurveyRequest request) {
		Survey survey = surveys.create(request.title(), request.description(), request.questionnaire());
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + survey.id())).body(SurveyView.of(survey, surveys.today()));
	}

	@GetMapping("/{id}")
	SurveyView get(@PathVariable UUID id) {
		return SurveyView.of(surveys.get(id), surveys.today());
	}

	@PutMapping("/{id}")
	SurveyView update(@PathVariable UUID id, @RequestBody SurveyRequest request) {
		return SurveyView.of(surveys.update(id, request.title(), request.description(), request.questionnaire(), request.version()),
				surveys.today());
	}

	@PostMapping("/{id}/send")
	SurveyView send(@PathVariable UUID id, @RequestBody SendRequest request) {
		return SurveyView.of(surveys.send(id, request.municipalityKeys(), request.deadline()), surveys.today());
	}

	@GetMapping("/{id}/status")
	StatusView status(@PathVariable UUID id) {
		List<SurveyService.RecipientStatus> status = surveys.status(id);
		return new StatusView(status.size(), count(status, Response.Status.NOT_STARTED), count(status, Response.Status.DRAFT),
				count(status, Response.Status.SUBMITTED), status.stream().map(s -> new RecipientView(s.municipality().key(),
						s.municipality().name(), s.response().status(), s.response().updatedAt(), s.response().submittedAt())).toList());
	}

	@GetMapping("/{id}/results")
	ResponseEntity<?> results(@PathVariable UUID id, @RequestParam(required = false) String format) {
		SurveyResults results = surveys.results(id);
		if (format == null || format.isBlank()) {
			return ResponseEntity.ok(ResultsView.of(results));
		}
		return switch (format) {
			case "csv" -> SurveyDownloads.csv(SurveyExport.csv(results), results.survey());
			case "xlsx" -> SurveyDownloads.xlsx(SurveyExport.xlsx(results), results.survey());
			default -> throw new ValidationException("format", "Mögliche Formate: csv oder xlsx.");
		};
	}

	@GetMapping("/{id}/response")
	ResponseView response(@PathVariable UUID id) {
		return ResponseView.of(surveys.response(id));
	}

	@PutMapping("/{id}/response")
	ResponseView save(@PathVariable UUID id, @RequestBody AnswersRequest request) {
		return ResponseView.of(surveys.save(id, texts(request.answers()), request.version()));
	}

	@PostMapping("/{id}/response/submit")
	ResponseView submit(@PathVariable UUID id, @RequestBody(required = false) AnswersRequest request) {
		return ResponseView.of(surveys.submit(id, request == null || request.answers() == null ? null : texts(request.answers()),
				request == null ? null : request.version()));
	}

	private static Map<String, List<String>> texts(JsonNode answers) {
		if (answers != null && !answers.isObject()) {
			throw new ValidationException("answers", "Die Antworten müssen ein Objekt aus Frage-Kennung und Antwort sein.");
		}
		return SurveyWeb.texts(answers);
	}

	private static int count(List<SurveyService.RecipientStatus> status, Response.Status wanted) {
		return (int) status.stream().filter(s -> s.response().status() == wanted).count();
	}

	record SurveyRequest(String title, String description, Questionnaire questionnaire, Integer version) {
	}

	record SendRequest(List<String> municipalityKeys, LocalDate deadline) {
	}

	record AnswersRequest(JsonNode answers, Integer version) {
	}

	record SurveySummary(UUID id, String title, Survey.State state, LocalDate deadline, OffsetDateTime sentAt, int recipients,
			int questions, int version, Response.Status responseStatus) {

		static SurveySummary of(Survey s, LocalDate today, Response.Status responseStatus) {
			return new SurveySummary(s.id(), s.title(), s.state(today), s.deadline(), s.sentAt(), s.recipients().size(),
					s.questionnaire().questions().size(), s.version(), responseStatus);
		}
	}

	record SurveyView(UUID id, String title, String description, Survey.State state, LocalDate deadline,
			OffsetDateTime sentAt, String sentBy, OffsetDateTime updatedAt, String updatedBy, int version,
			List<String> municipalityKeys, Questionnaire questionnaire) {

		static SurveyView of(Survey s, LocalDate today) {
			boolean ministry = CurrentUser.require().isStateLevel();
			return new SurveyView(s.id(), s.title(), s.description(), s.state(today), s.deadline(), s.sentAt(),
					ministry ? s.sentBy() : null, s.updatedAt(), ministry ? s.updatedBy() : null, s.version(),
					ministry ? s.recipients() : List.of(), s.questionnaire());
		}
	}

	record StatusView(int recipients, int notStarted, int drafts, int submitted, List<RecipientView> municipalities) {
	}

	record RecipientView(String key, String name, Response.Status status, OffsetDateTime updatedAt, OffsetDateTime submittedAt) {
	}

	record ResponseView(String municipalityKey, Response.Status status, Map<String, Object> answers,
			OffsetDateTime updatedAt, String updatedBy, OffsetDateTime submittedAt, String submittedBy, Integer version) {

		static ResponseView of(Response r) {
			return new ResponseView(r.municipalityKey(), r.status(), r.answers(), r.updatedAt(), r.updatedBy(), r.submittedAt(),
					r.submittedBy(), r.version());
		}
	}

	record ResultsView(UUID surveyId, String title, int recipients, int drafts, int submitted, List<QuestionView> questions) {

		static ResultsView of(SurveyResults r) {
			return new ResultsView(r.survey().id(), r.survey().title(), r.recipients(), r.drafts(), r.submitted(),
					r.questions().stream().map(QuestionView::of).toList());
		}
	}

	record QuestionView(String id, String section, String text, Questionnaire.Kind kind, int answered,
			List<SurveyResults.Count> counts, SurveyResults.NumberFigures figures, List<SurveyResults.TextAnswer> texts) {

		static QuestionView of(SurveyResults.QuestionResult q) {
			return new QuestionView(q.question().id(), q.section(), q.question().text(), q.question().kind(), q.answered(),
					q.counts(), q.figures(), q.texts());
		}
	}

}
