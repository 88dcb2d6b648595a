package de.nrw.kim.survey.demo;

import java.util.List;
import java.util.Map;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.survey.internal.Questionnaire;
import de.nrw.kim.survey.internal.Questionnaire.Kind;
import de.nrw.kim.survey.internal.Questionnaire.Question;
import de.nrw.kim.survey.internal.Questionnaire.Section;
import de.nrw.kim.survey.internal.Survey;
import de.nrw.kim.survey.internal.SurveyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first survey of the ministry as demo data: "Optimierungsbedarfe im KIM", sent to all 54
 * municipalities with a deadline four weeks after the demo start; Köln has submitted, Münster has a
 * draft. Runs after the demo users and never in production ({@code kim.demo.enabled=false}).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "kim.demo.enabled", havingValue = "true")
class SurveyDemoData implements ApplicationRunner {

	static final String TITLE = "Optimierungsbedarfe im KIM";
	private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);
	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	private static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");

	private final SurveyService surveys;

	SurveyDemoData(SurveyService surveys) {
		this.surveys = surveys;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean done = SurveyDemoActor.as("demo-daten", Role.MINISTRY_ANALYST, null,
				() -> surveys.list().stream().anyMatch(s -> s.title().equals(TITLE)));
		if (done) {
			return;
		}
		Survey survey = SurveyDemoActor.as("land", Role.MINISTRY_ANALYST, null, () -> {
			Survey draft = surveys.create(TITLE, """
					Vor der Evaluation des KIM (§ 20 TIntG) möchte das Ministerium wissen, wo die Kommunalen \
					Integrationszentren Verbesserungsbedarf sehen. Bitte beantworten Sie die Fragen für Ihre Kommune.""",
					questionnaire());
			return surveys.send(draft.id(), null, surveys.today().plusWeeks(4));
		});
		SurveyDemoActor.as("koord.koeln", Role.COORDINATOR, KOELN, () -> surveys.submit(survey.id(), Map.of(
				"q1", List.of("Eher angespannt"), "q2", List.of("2"), "q3", List.of("4"), "q4", List.of("3"),
				"q5", List.of("Personalfluktuation", "Lange Bearbeitungszeiten bei Behörden", "Sprachbarrieren"),
				"q6", List.of("Ja, dringend"), "q7", List.of("6"),
				"q8", List.of("Ein landesweiter Austausch zu Fallkonferenzen mit der Ausländerbehörde wäre hilfreich.")), null));
		SurveyDemoActor.as("koord.muenster", Role.COORDINATOR, MUENSTER, () -> surveys.save(survey.id(), Map.of(
				"q1", List.of("Ausreichend"), "q3", List.of("5")), null));
		log.info("Demo-Befragung „{}“ an {} Kommunen versandt", TITLE, survey.recipients().size());
	}

	static Questionnaire questionnaire() {
		List<String> obstacles = List.of("Personalfluktuation", "Fehlende Wohnungen", "Lange Bearbeitungszeiten bei Behörden",
				"Sprachbarrieren", "Datenschutzfragen beim Austausch", "Fehlende Angebote vor Ort");
		return new Questionnaire(List.of(
				new Section("Personal", List.of(
						new Question(null, Kind.SINGLE_CHOICE, "Wie beurteilen Sie die Personalsituation im Case Management?", true,
								List.of("Ausreichend", "Eher angespannt", "Deutlich unterbesetzt"), null, null, null, null),
						new Question(null, Kind.NUMBER, "Wie viele Stellen im Case Management sind derzeit unbesetzt?", false,
								List.of(), 0, 50, null, null))),
				new Section("Zusammenarbeit", List.of(
						new Question(null, Kind.SCALE, "Wie gut funktioniert die Zusammenarbeit mit dem Jobcenter?", true,
								List.of(), 1, 5, "sehr schlecht", "sehr gut"),
						new Question(null, Kind.SCALE, "Wie gut funktioniert die Zusammenarbeit mit der Ausländerbehörde?", true,
								List.of(), 1, 5, "sehr schlecht", "sehr gut"),
						new Question(null, Kind.MULTIPLE_CHOICE, "Was sind die größten Hindernisse in der Fallarbeit?", true,
								obstacles, null, null, null, null))),
				new Section("Qualifizierung und Wünsche", List.of(
						new Question(null, Kind.SINGLE_CHOICE, "Besteht Bedarf an Fortbildungen für das Case Management?", true,
								List.of("Ja, dringend", "Ja, mittelfristig", "Nein"), null, null, null, null),
						new Question(null, Kind.NUMBER, "Wie viele Fortbildungstage je Fachkraft und Jahr halten Sie für nötig?", false,
								List.of(), 0, 30, null, null),
						new Question(null, Kind.TEXT, "Welche Wünsche haben Sie an das Land für die Weiterentwicklung des KIM?", false,
								List.of(), null, null, null, null)))));
	}
}
