package de.nrw.kim.cooperation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.cooperation.internal.Transfer;
import de.nrw.kim.cooperation.internal.TransferService;
import de.nrw.kim.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Partners, consent, referrals": transfers to another municipality (request, list, accept, decline). */
@RestController
@Tag(name = "Übergaben")
class TransferApiController {

	private final TransferService transfers;

	TransferApiController(TransferService transfers) {
		this.transfers = transfers;
	}

	@PostMapping("/api/v1/cases/{id}/transfers")
	@Operation(summary = "Übergabe an die Kommune anfragen, in die die Person zieht",
			description = "{toMunicipalityKey}. 201 {id, status: PENDING} nur, wenn eine gültige Einwilligung diese Kommune nennt "
					+ "(mit Stammdaten); sonst 409 …/consent-required. Eigene oder unbekannte Kommune → 400; schon eine offene "
					+ "Übergabe → 409 …/transfer-pending; abgeschlossener Fall → 409 …/case-closed.")
	ResponseEntity<TransferResponse> request(@PathVariable UUID id, @RequestBody TransferRequest request) {
		Transfer transfer = transfers.request(id, request.toMunicipalityKey());
		return ResponseEntity.created(URI.create("/api/v1/transfers/" + transfer.id())).body(TransferResponse.of(transfer, false));
	}

	@GetMapping("/api/v1/cases/{id}/transfers")
	List<TransferResponse> ofCase(@PathVariable UUID id) {
		return transfers.ofCase(id).stream().map(t -> TransferResponse.of(t, false)).toList();
	}

	@GetMapping("/api/v1/transfers")
	@Operation(summary = "Übergaben",
			description = "incoming=true: an die eigene Kommune gerichtete (COORDINATOR, CASE_MANAGER), nur mit den Daten, die die "
					+ "Einwilligung deckt; sonst die von der eigenen Kommune angefragten.")
	List<TransferResponse> list(@RequestParam(required = false) Boolean incoming) {
		boolean in = Boolean.TRUE.equals(incoming);
		return transfers.list(in).stream().map(t -> TransferResponse.of(t, in)).toList();
	}

	@GetMapping("/api/v1/transfers/{id}")
	TransferResponse get(@PathVariable UUID id) {
		Transfer t = transfers.read(id);
		return TransferResponse.of(t, !t.from().equals(CurrentUser.require().requireMunicipality()));
	}

	@PostMapping("/api/v1/transfers/{id}/decline")
	@Operation(summary = "Übergabe ablehnen (aufnehmende Kommune)",
			description = "{reason}. Es bleibt alles, wo es war. Schon beantwortet → 409 …/invalid-transition.")
	TransferResponse decline(@PathVariable UUID id, @RequestBody DeclineRequest request) {
		return TransferResponse.of(transfers.decline(id, request.reason()), true);
	}

	@PostMapping("/api/v1/transfers/{id}/accept")
	@Operation(summary = "Übergabe annehmen (aufnehmende Kommune)",
			description = "→ {caseId} des neuen Falls in der eigenen Kommune (Fallmanager*in = annehmende Person, transferredFrom = "
					+ "alter Fall). Die Person (gleiche Kennung), offene Ziele und Wiedervorlagen, Dokumente, Einwilligungen und "
					+ "Aufenthaltsdaten ziehen um; der alte Fall wird mit TRANSFERRED abgeschlossen, die abgebende Kommune sieht die "
					+ "Person nicht mehr (404). Schon beantwortet → 409 …/invalid-transition; nicht an die eigene Kommune → 404.")
	AcceptedResponse accept(@PathVariable UUID id) {
		return new AcceptedResponse(transfers.accept(id));
	}

	record AcceptedResponse(UUID caseId) {
	}

	record TransferRequest(String toMunicipalityKey) {
	}

	record DeclineRequest(String reason) {
	}
}
