package de.nrw.kim.cooperation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.nrw.kim.cooperation.ReferralFigures;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.cooperation.internal.Referral;
import de.nrw.kim.cooperation.internal.ReferralDraft;
import de.nrw.kim.cooperation.internal.ReferralService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Partners, consent, referrals": referrals and their figures. */
@RestController
@Tag(name = "Vermittlungen")
class ReferralApiController {

	private final ReferralService referrals;
	private final ReferralFigures figures;

	ReferralApiController(ReferralService referrals, ReferralFigures figures) {
		this.referrals = referrals;
		this.figures = figures;
	}

	@PostMapping("/api/v1/cases/{id}/referrals")
	@Operation(summary = "An einen Partner vermitteln",
			description = "{partnerId, domain (Rechtskreis wie SGB_II oder Handlungsfeld wie LANGUAGE), dataCategories, note, details?: {KATEGORIE: Text}}. "
					+ "201 nur, wenn eine gültige Einwilligung den Partner und jede Kategorie deckt; sonst 409 …/consent-required "
					+ "(mit missingCategories) und nichts wird übermittelt. Abgeschlossener Fall → 409 …/case-closed.")
	ResponseEntity<ReferralResponse> refer(@PathVariable UUID id, @RequestBody ReferralDraft request) {
		Referral referral = referrals.refer(id, request);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
				.body(ReferralResponse.of(referrals.read(referral.id())));
	}

	@GetMapping("/api/v1/cases/{id}/referrals")
	List<ReferralResponse> ofCase(@PathVariable UUID id) {
		return referrals.ofCase(id).stream().map(ReferralResponse::of).toList();
	}

	@GetMapping("/api/v1/referrals")
	@Operation(summary = "Vermittlungen",
			description = "PARTNER: die an die eigene Organisation gerichteten (incoming=true), je nur mit den Daten der Kategorien, "
					+ "die eine Einwilligung heute deckt. Fallmanagement: die selbst gesendeten. status filtert.")
	PageResult<ReferralResponse> list(@RequestParam(required = false) Boolean incoming,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return referrals.list(status(status), Paging.of(page, size)).map(ReferralResponse::of);
	}

	@GetMapping("/api/v1/referrals/{id}")
	ReferralResponse get(@PathVariable UUID id) {
		return ReferralResponse.of(referrals.read(id));
	}

	@PatchMapping("/api/v1/referrals/{id}")
	@Operation(summary = "Vermittlung beantworten oder zurückziehen",
			description = "PARTNER: ACCEPTED, DECLINED (mit declineReason), COMPLETED (mit outcome). Fallführung: WITHDRAWN, COMPLETED. "
					+ "Unerlaubter Wechsel → 409 …/invalid-transition; version optional, veraltet → 409 …/stale-version.")
	ReferralResponse answer(@PathVariable UUID id, @RequestBody AnswerRequest request) {
		return ReferralResponse.of(referrals.answer(id, request.status(), request.declineReason(), request.outcome(),
				request.version()));
	}

	@GetMapping("/api/v1/referral-figures")
	@PreAuthorize("hasAnyRole('COORDINATOR','MUNICIPAL_ADMIN','GRANT_OFFICER','MINISTRY_ANALYST')")
	@Operation(summary = "Zahlen zu Vermittlungen (nur Summen)",
			description = "Je Rechtskreis, Status und Ablehnungsgrund für eine Kommune und ein Jahr. Kommune: nur die eigene; Landesebene: jede.")
	ReferralFigures.Figures figures(@RequestParam(required = false) String municipalityKey,
			@RequestParam(required = false) Integer year) {
		CurrentUser user = CurrentUser.require();
		String key = municipalityKey == null && user.municipality() != null ? user.municipality().value() : municipalityKey;
		if (!MunicipalityKey.isValid(key)) {
			throw new ValidationException("municipalityKey", "Bitte einen gültigen Gemeindeschlüssel angeben.");
		}
		int y = year == null ? LocalDate.now().getYear() : year;
		if (y < 2000 || y > 2100) {
			throw new ValidationException("year", "Bitte ein Jahr zwischen 2000 und 2100 angeben.");
		}
		return figures.of(MunicipalityKey.of(key), y);
	}

	private static ReferralStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return ReferralStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new ValidationException("status", "Unbekannter Status: " + value.strip());
		}
	}

	record AnswerRequest(String status, String outcome, String declineReason, Integer version) {
	}
}
