package de.nrw.kim.cooperation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.cooperation.internal.Conference;
import de.nrw.kim.cooperation.internal.ConferenceDraft;
import de.nrw.kim.cooperation.internal.ConferenceService;
import de.nrw.kim.cooperation.internal.DecisionDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Partners, consent, referrals": case conferences, their minutes and decisions. */
@RestController
@Tag(name = "Fallkonferenzen")
class ConferenceApiController {

	private final ConferenceService conferences;

	ConferenceApiController(ConferenceService conferences) {
		this.conferences = conferences;
	}

	@PostMapping("/api/v1/cases/{id}/conferences")
	@Operation(summary = "Fallkonferenz anlegen",
			description = "{on, partnerIds, internalParticipants?, dataCategories, agenda}. 201 nur, wenn am Konferenztag je Partner "
					+ "eine gültige Einwilligung jede Kategorie deckt; sonst 409 …/consent-required mit missingPartnerIds, und nichts "
					+ "wird gespeichert oder übermittelt. Abgeschlossener Fall → 409 …/case-closed.")
	ResponseEntity<ConferenceResponse> hold(@PathVariable UUID id, @RequestBody ConferenceDraft request) {
		Conference conference = conferences.hold(id, request);
		return ResponseEntity.created(URI.create("/api/v1/conferences/" + conference.id()))
				.body(ConferenceResponse.of(conference));
	}

	@GetMapping("/api/v1/cases/{id}/conferences")
	List<ConferenceResponse> ofCase(@PathVariable UUID id) {
		return conferences.ofCase(id).stream().map(ConferenceResponse::of).toList();
	}

	@GetMapping("/api/v1/conferences/{id}")
	ConferenceResponse get(@PathVariable UUID id) {
		return ConferenceResponse.of(conferences.read(id));
	}

	@PutMapping("/api/v1/conferences/{id}/minutes")
	@Operation(summary = "Protokoll speichern (neue Fassung)",
			description = "{minutes, version}. Veraltete version → 409 …/stale-version; abgeschlossener Fall → 409 …/case-closed.")
	ConferenceResponse minutes(@PathVariable UUID id, @RequestBody MinutesRequest request) {
		return ConferenceResponse.of(conferences.writeMinutes(id, request.minutes(), request.version()));
	}

	@GetMapping("/api/v1/conferences/{id}/minutes")
	@Operation(summary = "Alle Fassungen des Protokolls, neueste zuerst")
	List<Conference.Minutes> minutesHistory(@PathVariable UUID id) {
		return conferences.minutesHistory(id);
	}

	@PostMapping("/api/v1/conferences/{id}/decisions")
	@Operation(summary = "Beschluss erfassen", description = "{text, responsible, dueOn}. Legt eine Wiedervorlage am Fall an.")
	ResponseEntity<Conference.Decision> decide(@PathVariable UUID id, @RequestBody DecisionDraft request) {
		Conference.Decision decision = conferences.decide(id, request);
		return ResponseEntity.created(URI.create("/api/v1/conferences/" + id)).body(decision);
	}

	record MinutesRequest(String minutes, Integer version) {
	}
}
