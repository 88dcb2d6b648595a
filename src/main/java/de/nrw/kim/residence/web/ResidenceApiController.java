package de.nrw.kim.residence.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.residence.ResidenceType;
import de.nrw.kim.residence.internal.Hint;
import de.nrw.kim.residence.internal.ResidenceFacts;
import de.nrw.kim.residence.internal.ResidenceService;
import de.nrw.kim.residence.internal.ResidenceStatus;
import de.nrw.kim.residence.internal.ResidenceStatuses;
import de.nrw.kim.residence.internal.Rule;
import de.nrw.kim.residence.internal.StatusDraft;
import de.nrw.kim.residence.internal.PerspectiveEvaluator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Residence": status history, facts for the rules and perspective hints of a client. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Aufenthalt")
class ResidenceApiController {

	private final ResidenceService residence;
	private final PerspectiveEvaluator evaluator;

	ResidenceApiController(ResidenceService residence, PerspectiveEvaluator evaluator) {
		this.residence = residence;
		this.evaluator = evaluator;
	}

	@PostMapping("/clients/{id}/residence-statuses")
	@Operation(summary = "Aufenthaltsstatus erfassen", description = "Gültig bis muss nach gültig ab liegen; Überschneidungen "
			+ "mit anderen Status nur, wenn einer von beiden mit mayOverlap markiert ist.")
	ResponseEntity<StatusResponse> add(@PathVariable UUID id, @RequestBody StatusRequest request) {
		StatusResponse added = StatusResponse.of(residence.add(id, request.draft()));
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/residence-statuses/" + added.id())).body(added);
	}

	@GetMapping("/clients/{id}/residence-statuses")
	@Operation(summary = "Geltende Aufenthaltsstatus einer Person, ältester zuerst")
	List<StatusResponse> statuses(@PathVariable UUID id) {
		return residence.statuses(id).stream().map(StatusResponse::of).toList();
	}

	@PutMapping("/clients/{id}/residence-statuses/{statusId}")
	@Operation(summary = "Aufenthaltsstatus ändern (mit version; veraltet → 409)")
	StatusResponse update(@PathVariable UUID id, @PathVariable UUID statusId, @RequestBody StatusRequest request) {
		return StatusResponse.of(residence.update(id, statusId, request.version(), request.draft()));
	}

	@DeleteMapping("/clients/{id}/residence-statuses/{statusId}")
	@Operation(summary = "Aufenthaltsstatus löschen (mit version)", description = "Der Status zählt nicht mehr, bleibt aber in der Historie.")
	ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID statusId, @RequestParam(required = false) Integer version) {
		residence.delete(id, statusId, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/clients/{id}/residence-statuses/history")
	@Operation(summary = "Jeder Stand jedes Aufenthaltsstatus (Anlegen, Ändern, Löschen), neuester zuerst")
	List<ResidenceStatuses.Revision> history(@PathVariable UUID id) {
		return residence.history(id);
	}

	@GetMapping("/clients/{id}/legal-domain-changes")
	@Operation(summary = "Rechtskreiswechsel der Person mit Übergabe-Checkliste, neuester zuerst",
			description = "Erkannt beim Erfassen eines Status, dessen Leistungsträger (AsylbLG/SGB II, als Daten) ein anderer ist.")
	List<de.nrw.kim.residence.internal.LegalDomains.Change> domainChanges(@PathVariable UUID id) {
		return residence.domainChanges(id);
	}

	@GetMapping("/clients/{id}/residence-facts")
	@Operation(summary = "Angaben für die Perspektivhinweise", description = "Einreisedatum aus den Stammdaten, Aufenthaltsjahre aus der Statushistorie.")
	FactsResponse facts(@PathVariable UUID id) {
		return FactsResponse.of(residence.facts(id));
	}

	@PutMapping("/clients/{id}/residence-facts")
	@Operation(summary = "Angaben für die Perspektivhinweise speichern (ab der zweiten Änderung mit version)")
	FactsResponse saveFacts(@PathVariable UUID id, @RequestBody FactsRequest request) {
		return FactsResponse.of(residence.saveFacts(id, request.version(), request.facts(id)));
	}

	@GetMapping("/clients/{id}/perspectives")
	@Operation(summary = "Perspektivhinweise (Hilfe zur Prüfung, keine Entscheidung)",
			description = "Je Weg LIKELY, CHECK oder NOT_YET mit Gründen, Rechtsquelle und Regelfassung. Mit on=JJJJ-MM-TT "
					+ "nach den an diesem Tag geltenden Fassungen.")
	List<HintResponse> perspectives(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return residence.perspectives(id, on).stream().map(HintResponse::of).toList();
	}

	@GetMapping("/perspective-rules")
	@Operation(summary = "Alle Fassungen der Regeln für Perspektivhinweise mit Gültigkeit, Quelle und Parametern")
	List<Rule> rules() {
		return evaluator.rules();
	}

	record StatusRequest(ResidenceType type, LocalDate validFrom, LocalDate validUntil, String issuingOffice,
			String conditions, Boolean mayOverlap, Integer version) {

		StatusDraft draft() {
			return new StatusDraft(type, validFrom, validUntil, issuingOffice, conditions, Boolean.TRUE.equals(mayOverlap));
		}
	}

	record StatusResponse(UUID id, UUID clientId, ResidenceType type, LocalDate validFrom, LocalDate validUntil,
			String issuingOffice, String conditions, boolean mayOverlap, int version, Instant updatedAt, String updatedBy) {

		static StatusResponse of(ResidenceStatus s) {
			return new StatusResponse(s.id(), s.clientId(), s.type(), s.validFrom(), s.validUntil(), s.issuingOffice(),
					s.conditions(), s.mayOverlap(), s.version(), s.updatedAt(), s.updatedBy());
		}
	}

	record FactsRequest(ResidenceFacts.SchoolAttendance schoolAttendance, ResidenceFacts.LanguageLevel languageLevel,
			LocalDate languageLevelOn, ResidenceFacts.Answer livelihoodSecured, ResidenceFacts.Answer minorChildren,
			ResidenceFacts.CriminalRecord criminalRecord, Integer version) {

		ResidenceFacts facts(UUID clientId) {
			return new ResidenceFacts(clientId, schoolAttendance, languageLevel, languageLevelOn, livelihoodSecured,
					minorChildren, criminalRecord, version == null ? 0 : version);
		}
	}

	record FactsResponse(LocalDate arrivalDate, LocalDate residenceSince, Integer residenceYears,
			ResidenceFacts.SchoolAttendance schoolAttendance, ResidenceFacts.LanguageLevel languageLevel,
			LocalDate languageLevelOn, ResidenceFacts.Answer livelihoodSecured, ResidenceFacts.Answer minorChildren,
			ResidenceFacts.CriminalRecord criminalRecord, Integer version) {

		static FactsResponse of(ResidenceService.FactsView v) {
			ResidenceFacts f = v.facts();
			return new FactsResponse(v.arrivalDate(), v.residenceSince(), v.residenceYears(), f.schoolAttendance(),
					f.languageLevel(), f.languageLevelOn(), f.livelihoodSecured(), f.minorChildren(), f.criminalRecord(),
					f.version() < 0 ? null : f.version());
		}
	}

	record HintResponse(String route, Hint.Status status, List<String> reasons, String legalSource, String rulesVersion,
			LocalDate evaluatedOn) {

		static HintResponse of(Hint h) {
			return new HintResponse(h.route(), h.status(), h.reasons(), h.legalSource(), h.rulesVersion(), h.evaluatedOn());
		}
	}
}
