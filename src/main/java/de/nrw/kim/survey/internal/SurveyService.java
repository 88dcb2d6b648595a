package de.nrw.kim.survey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys of the ministry and the answers of the municipalities. The ministry builds and sends;
 * a coordinator sees only surveys sent to the own municipality and answers until the deadline.
 */
@Service
public class SurveyService {

	public static final java.net.URI SENT = ProblemType.of("survey-sent");
	public static final java.net.URI CLOSED = ProblemType.of("survey-closed");

	private final JdbcClient jdbc;
	private final Municipalities municipalities;
	private final Clock clock;

	SurveyService(JdbcClient jdbc, Municipalities municipalities, Clock clock) {
		this.jdbc = jdbc;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** All surveys for the ministry; for a coordinator those sent to the own municipality (RLS enforces it too). */
	@Transactional(readOnly = true)
	@PreAuthorize(SurveyAuthorities.READ)
	public List<Survey> list() {
		CurrentUser user = CurrentUser.require();
		String where = user.isStateLevel() ? "" : """
				where s.sent_at is not null and exists (select 1 from survey_recipient r
				    where r.survey_id = s.id and r.municipality_id = :municipality)""";
		var query = jdbc.sql("select s.* from survey s " + where + " order by s.created_at desc, s.title");
		if (!user.isStateLevel()) {
			query = query.param("municipality", user.requireMunicipality().value());
		}
		List<Survey> surveys = query.query(this::survey).list();
		return surveys.stream().map(this::withRecipients).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(SurveyAuthorities.READ)
	public Survey get(UUID id) {
		CurrentUser user = CurrentUser.require();
		Survey survey = jdbc.sql("select * from survey where id = :id").param("id", id).query(this::survey).optional()
				.map(this::withRecipients)
				.orElseThrow(() -> new NotFoundException("Die Befragung"));
		if (!user.isStateLevel() && (!survey.isSent() || !survey.recipients().contains(user.requireMunicipality().value()))) {
			throw new NotFoundException("Die Befragung");
		}
		return survey;
	}

	@Transactional
	@PreAuthorize(SurveyAuthorities.MINISTRY)
	public Survey create(String title, String description, Questionnaire questionnaire) {
		Questionnaire checked = checked(title, description, questionnaire, false);
		UUID id = UUID.randomUUID();
		String actor = CurrentUser.require().username();
		jdbc.sql("""
				insert into survey (id, title, description, questionnaire, created_by, updated_by)
				values (:id, :title, :description, cast(:questionnaire as jsonb), :by, :by)""")
				.param("id", id).param("title", title.strip()).param("description", emptyToNull(description))
				.param("questionnaire", SurveyJson.write(checked)).param("by", actor).update();
		return get(id);
	}

	/** Replaces title, text and questionnaire of a draft; a sent survey cannot change (409). */
	@Transactional
	@PreAuthorize(SurveyAuthorities.MINISTRY)
	public Survey update(UUID id, String title, String description, Questionnaire questionnaire, Integer version) {
		Survey current = get(id);
		if (current.isSent()) {
			throw new ConflictException(SENT, "Die Befragung ist versandt; ihre Fragen können nicht mehr geändert werden.");
		}
		Questionnaire checked = checked(title, description, questionnaire, false);
		if (version == null) {
			throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
		}
		int updated = jdbc.sql("""
				update survey set title = :title, description = :description, questionnaire = cast(:questionnaire as jsonb),
				    updated_at = now(), updated_by = :by, version = version + 1
				where id = :id and version = :version and sent_at is null""")
				.param("title", title.strip()).param("description", emptyToNull(description))
				.param("questionnaire", SurveyJson.write(checked)).param("by", CurrentUser.require().username())
				.param("id", id).param("version", version).update();
		if (updated != 1) {
			throw new StaleVersionException();
		}
		return get(id);
	}

	/** Sends a complete draft to the chosen municipalities (all 54 when none are chosen) with a deadline. */
	@Transactional
	@PreAuthorize(SurveyAuthorities.MINISTRY)
	public Survey send(UUID id, List<String> municipalityKeys, LocalDate deadline) {
		Survey survey = get(id);
		if (survey.isSent()) {
			throw new ConflictException(SENT, "Die Befragung ist bereits versandt.");
		}
		List<ValidationException.FieldError> errors = new ArrayList<>();
		if (deadline == null) {
			errors.add(new ValidationException.FieldError("deadline", "Bitte eine Antwortfrist angeben."));
		} else if (deadline.isBefore(today())) {
			errors.add(new ValidationException.FieldError("deadline", "Die Antwortfrist darf nicht in der Vergangenheit liegen."));
		} else if (deadline.isAfter(today().plusYears(1))) {
			errors.add(new ValidationException.FieldError("deadline", "Die Antwortfrist darf höchstens ein Jahr in der Zukunft liegen."));
		}
		LinkedHashSet<String> keys = new LinkedHashSet<>();
		if (municipalityKeys == null || municipalityKeys.isEmpty()) {
			municipalities.all().forEach(m -> keys.add(m.key()));
		} else {
			for (String key : municipalityKeys) {
				if (key == null || municipalities.all().stream().noneMatch(m -> m.key().equals(key))) {
					errors.add(new ValidationException.FieldError("municipalityKeys", "Unbekannter Gemeindeschlüssel: " + key));
				} else {
					keys.add(key);
				}
			}
		}
		survey.questionnaire().validate(errors, true);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String actor = CurrentUser.require().username();
		for (String key : keys) {
			jdbc.sql("insert into survey_recipient (survey_id, municipality_id) values (:id, :key)")
					.param("id", id).param("key", key).update();
		}
		jdbc.sql("""
				update survey set deadline = :deadline, sent_at = now(), sent_by = :by, updated_at = now(), updated_by = :by,
				    version = version + 1 where id = :id""")
				.param("deadline", deadline).param("by", actor).param("id", id).update();
		return get(id);
	}

	/** Every recipient with the state of its answer (ministry). */
	@Transactional(readOnly = true)
	@PreAuthorize(SurveyAuthorities.MINISTRY)
	public List<RecipientStatus> status(UUID id) {
		Survey survey = get(id);
		Map<String, Response> responses = responses(survey);
		return survey.recipients().stream().map(key -> {
			Municipality municipality = municipalities.get(MunicipalityKey.of(key));
			Response response = responses.getOrDefault(key, notStarted(survey, key));
			return new RecipientStatus(municipality, response);
		}).sorted(java.util.Comparator.comparing(r -> r.municipality().name())).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(SurveyAuthorities.MINISTRY)
	public SurveyResults results(UUID id) {
		Survey survey = get(id);
		return SurveyResults.of(survey, status(id));
	}

	/** The own municipality's answer (a coordinator); NOT_STARTED when nothing is saved yet. */
	@Transactional(readOnly = true)
	@PreAuthorize(SurveyAuthorities.ANSWER)
	public Response response(UUID id) {
		Survey survey = get(id);
		String key = CurrentUser.require().requireMunicipality().value();
		return responses(survey).getOrDefault(key, notStarted(survey, key));
	}

	/**
	 * Saves the answers. A draft stays a draft; an answer already submitted stays submitted, so its
	 * change must be complete (required questions answered) like a submission.
	 */
	@Transactional
	@PreAuthorize(SurveyAuthorities.ANSWER)
	public Response save(UUID id, Map<String, List<String>> raw, Integer version) {
		Survey survey = get(id);
		Response current = response(id);
		return store(survey, current, Answers.check(survey.questionnaire(), raw,
				current.status() == Response.Status.SUBMITTED), version, current.status() == Response.Status.SUBMITTED);
	}

	/** Submits the answers given, or the saved draft when none are given; required questions must be answered. */
	@Transactional
	@PreAuthorize(SurveyAuthorities.ANSWER)
	public Response submit(UUID id, Map<String, List<String>> raw, Integer version) {
		Survey survey = get(id);
		Response current = response(id);
		Map<String, List<String>> given = raw != null ? raw : Answers.asTexts(current.answers());
		return store(survey, current, Answers.check(survey.questionnaire(), given, true), version, true);
	}

	private Response store(Survey survey, Response current, Map<String, Object> answers, Integer version, boolean submitted) {
		if (survey.state(today()) == Survey.State.CLOSED) {
			throw new ConflictException(CLOSED, "Die Antwortfrist ist am " + german(survey.deadline())
					+ " abgelaufen; die Antwort kann nur noch gelesen werden.");
		}
		String actor = CurrentUser.require().username();
		String json = SurveyJson.write(answers);
		if (current.version() == null) {
			jdbc.sql("""
					insert into survey_response (survey_id, municipality_id, answers, submitted_at, submitted_by, updated_by)
					values (:id, :key, cast(:answers as jsonb), case when :submitted then now() end,
					        case when :submitted then :by end, :by)""")
					.param("id", survey.id()).param("key", current.municipalityKey()).param("answers", json)
					.param("submitted", submitted).param("by", actor).update();
		} else {
			if (version == null) {
				throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
			}
			int updated = jdbc.sql("""
					update survey_response set answers = cast(:answers as jsonb), updated_at = now(), updated_by = :by,
					    submitted_at = case when :submitted then now() else submitted_at end,
					    submitted_by = case when :submitted then :by else submitted_by end, version = version + 1
					where survey_id = :id and municipality_id = :key and version = :version""")
					.param("answers", json).param("by", actor).param("submitted", submitted).param("id", survey.id())
					.param("key", current.municipalityKey()).param("version", version).update();
			if (updated != 1) {
				throw new StaleVersionException();
			}
		}
		return response(survey.id());
	}

	private Map<String, Response> responses(Survey survey) {
		Map<String, Response> responses = new java.util.HashMap<>();
		jdbc.sql("select * from survey_response where survey_id = :id").param("id", survey.id())
				.query((rs, n) -> response(rs, survey)).list().forEach(r -> responses.put(r.municipalityKey(), r));
		return responses;
	}

	private static Response notStarted(Survey survey, String key) {
		return new Response(survey.id(), key, Response.Status.NOT_STARTED, Map.of(), null, null, null, null, null);
	}

	private static Response response(ResultSet rs, Survey survey) throws SQLException {
		OffsetDateTime submittedAt = rs.getObject("submitted_at", OffsetDateTime.class);
		return new Response(survey.id(), rs.getString("municipality_id"),
				submittedAt == null ? Response.Status.DRAFT : Response.Status.SUBMITTED,
				SurveyJson.answers(rs.getString("answers"), survey.questionnaire()),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"), submittedAt,
				rs.getString("submitted_by"), rs.getInt("version"));
	}

	private Survey survey(ResultSet rs, int row) throws SQLException {
		return new Survey(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				SurveyJson.questionnaire(rs.getString("questionnaire")), rs.getObject("deadline", LocalDate.class),
				rs.getObject("sent_at", OffsetDateTime.class), rs.getString("sent_by"),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"), rs.getInt("version"), List.of());
	}

	private Survey withRecipients(Survey s) {
		List<String> keys = jdbc.sql("select municipality_id from survey_recipient where survey_id = :id order by municipality_id")
				.param("id", s.id()).query(String.class).list();
		return new Survey(s.id(), s.title(), s.description(), s.questionnaire(), s.deadline(), s.sentAt(), s.sentBy(),
				s.updatedAt(), s.updatedBy(), s.version(), keys);
	}

	private static Questionnaire checked(String title, String description, Questionnaire questionnaire, boolean complete) {
		List<ValidationException.FieldError> errors = new ArrayList<>();
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			errors.add(new ValidationException.FieldError("title", "Bitte einen Titel angeben (höchstens 200 Zeichen)."));
		}
		if (description != null && description.length() > 2000) {
			errors.add(new ValidationException.FieldError("description", "Die Einleitung darf höchstens 2000 Zeichen haben."));
		}
		Questionnaire normal = Optional.ofNullable(questionnaire).orElse(new Questionnaire(List.of())).normalised();
		normal.validate(errors, complete);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return normal.numbered();
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String german(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	/** A recipient municipality and its answer. */
	public record RecipientStatus(Municipality municipality, Response response) {
	}
}
