package de.nrw.kim.casework.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import de.nrw.kim.casework.internal.AssessmentDraft;
import de.nrw.kim.casework.internal.CaseFileService;
import de.nrw.kim.casework.internal.CaseInputException;
import de.nrw.kim.casework.internal.ContactDetails;
import de.nrw.kim.casework.internal.ContactMode;
import de.nrw.kim.casework.internal.DomainAssessment;
import de.nrw.kim.casework.internal.FollowUpDraft;
import de.nrw.kim.casework.internal.GoalDraft;
import de.nrw.kim.casework.internal.GoalStatus;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Cases": assessment, goals, contacts and follow-ups of a case file. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Fälle")
class CaseFileApiController {

	private final CaseFileService file;

	CaseFileApiController(CaseFileService file) {
		this.file = file;
	}

	@PutMapping("/cases/{id}/assessment")
	@Operation(summary = "Neues Assessment erfassen",
			description = "Legt ein datiertes Assessment an; frühere bleiben erhalten. Die Antwort vergleicht jeden Lebensbereich "
					+ "mit dem vorigen Assessment (previousNeed, change: NEW, IMPROVED, UNCHANGED, WORSENED).")
	AssessmentResponse assess(@PathVariable UUID id, @RequestBody AssessmentRequest request) {
		List<DomainAssessment> domains = request.domains() == null ? null : request.domains().stream()
				.map(d -> d == null ? null : new DomainAssessment(d.domain(), d.need(), d.note())).toList();
		return AssessmentResponse.of(file.assess(CaseId.of(id), new AssessmentDraft(domains)));
	}

	@GetMapping("/cases/{id}/assessments")
	@Operation(summary = "Alle Assessments eines Falls, neuestes zuerst",
			description = "Jedes mit der Veränderung je Lebensbereich gegenüber dem unmittelbar vorhergehenden Assessment.")
	List<AssessmentResponse> assessments(@PathVariable UUID id) {
		return file.assessments(CaseId.of(id)).stream().map(AssessmentResponse::of).toList();
	}

	@PostMapping("/cases/{id}/goals")
	ResponseEntity<GoalResponse> addGoal(@PathVariable UUID id, @RequestBody GoalRequest request) {
		GoalResponse goal = GoalResponse.of(file.addGoal(CaseId.of(id),
				new GoalDraft(request.domain(), request.title(), request.dueOn())));
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/goals/" + goal.id())).body(goal);
	}

	@PatchMapping("/cases/{id}/goals/{goalId}")
	GoalResponse changeGoal(@PathVariable UUID id, @PathVariable UUID goalId, @RequestBody GoalStatusRequest request) {
		return GoalResponse.of(file.changeGoalStatus(CaseId.of(id), goalId, request.status(), request.version()));
	}

	@GetMapping("/cases/{id}/goals")
	List<GoalResponse> goals(@PathVariable UUID id) {
		return file.goals(CaseId.of(id)).stream().map(GoalResponse::of).toList();
	}

	@PostMapping("/cases/{id}/contacts")
	ResponseEntity<ContactResponse> recordContact(@PathVariable UUID id, @RequestBody ContactRequest request) {
		ContactResponse contact = ContactResponse.of(file.recordContact(CaseId.of(id), new ContactDetails(request.on(),
				request.mode(), request.minutes(), Boolean.TRUE.equals(request.interpreter()), request.note())));
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/contacts/" + contact.id())).body(contact);
	}

	@GetMapping("/cases/{id}/contacts")
	@Operation(summary = "Kontakte eines Falls, neuester zuerst (seitenweise)")
	PageResult<ContactResponse> contacts(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return file.contacts(CaseId.of(id), Paging.of(page, size)).map(ContactResponse::of);
	}

	@PostMapping("/cases/{id}/follow-ups")
	ResponseEntity<FollowUpResponse> scheduleFollowUp(@PathVariable UUID id, @RequestBody FollowUpRequest request) {
		FollowUpResponse followUp = FollowUpResponse.of(file.scheduleFollowUp(CaseId.of(id),
				new FollowUpDraft(request.dueOn(), request.title())), null);
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + followUp.id())).body(followUp);
	}

	@GetMapping("/cases/{id}/follow-ups")
	@Operation(summary = "Wiedervorlagen eines Falls: offene zuerst, jeweils nach Fälligkeit")
	List<FollowUpResponse> followUps(@PathVariable UUID id) {
		return file.followUps(CaseId.of(id)).stream().map(f -> FollowUpResponse.of(f, null)).toList();
	}

	@GetMapping("/follow-ups")
	@Operation(summary = "Offene Wiedervorlagen (Arbeitsliste)",
			description = "Offene Wiedervorlagen offener Fälle, die Sie sehen dürfen (mine=true: nur Ihrer eigenen Fälle), "
					+ "fällig vor dueBefore (ausschließlich), früheste zuerst.")
	PageResult<FollowUpResponse> dueFollowUps(@RequestParam(required = false) Boolean mine,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return file.dueFollowUps(Boolean.TRUE.equals(mine), dueBefore, Paging.of(page, size))
				.map(due -> FollowUpResponse.of(due.followUp(), due.clientId()));
	}

	@PatchMapping("/follow-ups/{id}")
	@Operation(summary = "Wiedervorlage erledigen", description = "Nur {\"done\": true}; erledigte bleiben erledigt.")
	FollowUpResponse completeFollowUp(@PathVariable UUID id, @RequestBody FollowUpPatch request) {
		if (!Boolean.TRUE.equals(request.done())) {
			throw new CaseInputException("done", "casework.error.followUp.doneOnly");
		}
		return FollowUpResponse.of(file.completeFollowUp(id), null);
	}

	record AssessmentRequest(List<DomainRequest> domains) {
	}

	record DomainRequest(LifeDomain domain, Need need, String note) {
	}

	record GoalRequest(LifeDomain domain, String title, LocalDate dueOn) {
	}

	record GoalStatusRequest(GoalStatus status, Integer version) {
	}

	record ContactRequest(LocalDate on, ContactMode mode, Integer minutes, Boolean interpreter, String note) {
	}

	record FollowUpRequest(LocalDate dueOn, String title) {
	}

	record FollowUpPatch(Boolean done) {
	}
}
