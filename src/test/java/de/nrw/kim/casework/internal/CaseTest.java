package de.nrw.kim.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.CaseAssessed;
import de.nrw.kim.casework.CaseClosed;
import de.nrw.kim.casework.CaseOpened;
import de.nrw.kim.casework.CasePhaseChanged;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case aggregate: its transitions, the events it raises, need-to-know, and the frozen closed case. */
class CaseTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
	static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final UUID KI = UUID.randomUUID();
	static final UUID CARITAS = UUID.randomUUID();

	static CurrentUser user(String name, UUID organisation, MunicipalityKey municipality, Role role) {
		return new CurrentUser(UUID.randomUUID(), name, name, Set.of(role), municipality, organisation);
	}

	static final CurrentUser MANAGER = user("cm.koeln", KI, KOELN, Role.CASE_MANAGER);
	static final CurrentUser COLLEAGUE = user("cm2.koeln", KI, KOELN, Role.CASE_MANAGER);

	Case c;

	@BeforeEach
	void open() {
		c = Case.open(UUID.randomUUID(), MANAGER, TODAY);
	}

	@Nested
	class Opening {

		@Test
		void startsInIntakeOwnedByTheOrganisationOfItsCaseManagerAndRaisesCaseOpened() {
			assertThat(c.phase()).isEqualTo(Phase.INTAKE);
			assertThat(c.caseManager()).isEqualTo("cm.koeln");
			assertThat(c.organisationId()).isEqualTo(KI);
			assertThat(c.openedOn()).isEqualTo(TODAY);
			assertThat(c.teamShared()).isFalse();
			assertThat(c.pullEvents()).singleElement().isInstanceOf(CaseOpened.class);
			assertThat(c.pullEvents()).isEmpty();
		}

		@Test
		void needsAnOrganisation() {
			assertThatThrownBy(() -> Case.open(UUID.randomUUID(), user("x", null, KOELN, Role.CASE_MANAGER), TODAY))
					.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Nested
	class PhaseChanges {

		@Test
		void forwardAndBackRaiseCasePhaseChanged() {
			c.pullEvents();
			c.advanceTo(Phase.ASSESSMENT, TODAY);
			c.advanceTo(Phase.INTAKE, TODAY);
			assertThat(c.pullEvents()).extracting(e -> ((CasePhaseChanged) e).to()).containsExactly(Phase.ASSESSMENT, Phase.INTAKE);
		}

		@Test
		void anInvalidTransitionIsAConflictNamingTheAllowedPhases() {
			assertThatThrownBy(() -> c.advanceTo(Phase.PLANNING, TODAY))
					.isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
						assertThat(e.type()).isEqualTo(ProblemType.INVALID_TRANSITION);
						assertThat(e.properties()).containsEntry("allowedPhases", List.of("ASSESSMENT"));
					});
			assertThat(c.phase()).isEqualTo(Phase.INTAKE);
		}

		@Test
		void theVersionReadMustStillBeCurrent() {
			c.expectVersion(0);
			assertThatThrownBy(() -> c.expectVersion(1)).isInstanceOf(StaleVersionException.class);
			assertThatThrownBy(() -> c.expectVersion(null)).isInstanceOf(CaseInputException.class);
		}
	}

	@Nested
	class NeedToKnow {

		@Test
		void theCaseManagerSeesTheCase() {
			assertThat(c.isVisibleTo(MANAGER)).isTrue();
		}

		@Test
		void colleaguesSeeItOnlyWhenSharedWithTheTeam() {
			assertThat(c.isVisibleTo(COLLEAGUE)).isFalse();
			c.shareWithTeam(true, MANAGER);
			assertThat(c.isVisibleTo(COLLEAGUE)).isTrue();
		}

		@Test
		void otherOrganisationsMunicipalitiesAndRolesNeverSeeIt() {
			c.shareWithTeam(true, MANAGER);
			assertThat(c.isVisibleTo(user("cm.caritas.koeln", CARITAS, KOELN, Role.CASE_MANAGER))).isFalse();
			assertThat(c.isVisibleTo(user("cm.koeln", KI, MunicipalityKey.of("05515"), Role.CASE_MANAGER))).isFalse();
			assertThat(c.isVisibleTo(user("koord.koeln", KI, KOELN, Role.COORDINATOR))).isFalse();
			assertThat(c.isVisibleTo(user("land", null, null, Role.MINISTRY_ANALYST))).isFalse();
		}

		@Test
		void onlyTheCaseManagerChangesTheSharing() {
			c.shareWithTeam(true, MANAGER);
			assertThatThrownBy(() -> c.shareWithTeam(false, COLLEAGUE)).isInstanceOf(AccessDeniedException.class);
		}
	}

	@Nested
	class Contents {

		@Test
		void aContactMayNotLieInTheFuture() {
			ContactDetails tomorrow = new ContactDetails(TODAY.plusDays(1), ContactMode.PHONE, 10, false, null);
			assertThatThrownBy(() -> c.recordContact(tomorrow, TODAY, "cm.koeln", NOW))
					.isInstanceOfSatisfying(CaseInputException.class,
							e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("on"));
			assertThat(c.recordContact(new ContactDetails(TODAY, ContactMode.PHONE, 10, false, null), TODAY, "cm.koeln", NOW)
					.caseId()).isEqualTo(c.id());
		}

		@Test
		void aFollowUpIsDueTodayOrLaterAndForTheCaseManager() {
			assertThatThrownBy(() -> c.scheduleFollowUp(new FollowUpDraft(TODAY.minusDays(1), "x"), TODAY, "cm2.koeln", NOW))
					.isInstanceOf(CaseInputException.class);
			FollowUp followUp = c.scheduleFollowUp(new FollowUpDraft(TODAY, "Anrufen"), TODAY, "cm2.koeln", NOW);
			assertThat(followUp.assignedTo()).isEqualTo("cm.koeln");
			assertThat(c.completeFollowUp(followUp, "cm.koeln", NOW).done()).isTrue();
		}

		@Test
		void aGoalIsNotDueBeforeTheCaseWasOpened() {
			assertThatThrownBy(() -> c.addGoal(new GoalDraft(LifeDomain.WORK, "Job", TODAY.minusDays(1)), "cm.koeln", NOW))
					.isInstanceOf(CaseInputException.class);
			Goal goal = c.addGoal(new GoalDraft(LifeDomain.WORK, "Job", TODAY), "cm.koeln", NOW);
			assertThat(goal.status()).isEqualTo(GoalStatus.OPEN);
			assertThat(c.changeGoalStatus(goal, GoalStatus.ACHIEVED, "cm.koeln", NOW).status()).isEqualTo(GoalStatus.ACHIEVED);
		}

		@Test
		void anAssessmentRaisesCaseAssessedWithTheNeedsOnly() {
			c.pullEvents();
			c.assess(new AssessmentDraft(List.of(new DomainAssessment(LifeDomain.LANGUAGE, Need.HIGH, "privat"))), TODAY,
					"cm.koeln", NOW);
			assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(CaseAssessed.class,
					e -> assertThat(e.needs()).containsEntry(LifeDomain.LANGUAGE, Need.HIGH).hasSize(1));
		}
	}

	@Nested
	class Closing {

		@Test
		void setsPhaseDateAndReasonAndRaisesCaseClosedWithTheLastPhase() {
			c.advanceTo(Phase.ASSESSMENT, TODAY);
			c.pullEvents();
			c.close(new ManualClosure(ClosureReason.MOVED_AWAY, "nach Bonn"), TODAY);
			assertThat(c.phase()).isEqualTo(Phase.CLOSED);
			assertThat(c.closedOn()).isEqualTo(TODAY);
			assertThat(c.closureReason()).isEqualTo(ClosureReason.MOVED_AWAY);
			assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(CaseClosed.class,
					e -> assertThat(e.lastPhase()).isEqualTo(Phase.ASSESSMENT));
		}

		@Test
		void freezesTheCase() {
			Goal goal = c.addGoal(new GoalDraft(LifeDomain.WORK, "Job", null), "cm.koeln", NOW);
			Document document = c.attach(UploadedFile.of(null, "a.pdf", "%PDF-1.4".getBytes()), "cm.koeln", NOW);
			c.close(new ManualClosure(ClosureReason.OTHER, null), TODAY);
			List<Runnable> changes = List.of(
					() -> c.advanceTo(Phase.INTAKE, TODAY),
					() -> c.shareWithTeam(true, MANAGER),
					() -> c.close(new ManualClosure(ClosureReason.OTHER, null), TODAY),
					() -> c.addGoal(new GoalDraft(LifeDomain.WORK, "Job", null), "cm.koeln", NOW),
					() -> c.changeGoalStatus(goal, GoalStatus.ACHIEVED, "cm.koeln", NOW),
					() -> c.recordContact(new ContactDetails(TODAY, ContactMode.PHONE, 5, false, null), TODAY, "cm.koeln", NOW),
					() -> c.scheduleFollowUp(new FollowUpDraft(TODAY, "x"), TODAY, "cm.koeln", NOW),
					() -> c.assess(new AssessmentDraft(List.of(new DomainAssessment(LifeDomain.WORK, Need.LOW, null))), TODAY,
							"cm.koeln", NOW),
					() -> c.attach(UploadedFile.of(null, "b.pdf", "%PDF-1.4".getBytes()), "cm.koeln", NOW),
					() -> c.removeDocument(document));
			changes.forEach(change -> assertThatThrownBy(change::run).isInstanceOf(CaseClosedException.class));
			assertThat(c.isVisibleTo(MANAGER)).isTrue();
		}
	}
}
