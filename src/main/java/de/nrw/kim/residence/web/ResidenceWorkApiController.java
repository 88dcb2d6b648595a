package de.nrw.kim.residence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.residence.ResidenceFigures;
import de.nrw.kim.residence.ResidenceType;
import de.nrw.kim.residence.internal.Hint;
import de.nrw.kim.residence.internal.WorklistService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ABH worklist and the Baustein-3 figures for the coordination of the municipality. */
@RestController
@RequestMapping("/api/v1/residence")
@Tag(name = "Aufenthalt")
class ResidenceWorkApiController {

	private final WorklistService worklist;
	private final ResidenceFigures figures;
	private final Clock clock;

	ResidenceWorkApiController(WorklistService worklist, ResidenceFigures figures, Clock clock) {
		this.worklist = worklist;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/worklist")
	@Operation(summary = "Arbeitsliste der Ausländerbehörde (IMMIGRATION_OFFICER)",
			description = "Personen der Kommune, deren letzter Aufenthaltsstatus bis heute + withinDays abläuft (Abgelaufenes "
					+ "eingeschlossen), mit Perspektivhinweisen. Nur Aufenthaltsdaten, keine Fallinhalte (ADR 0503).")
	PageResult<WorklistItem> worklist(@RequestParam(required = false) Integer withinDays,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return worklist.upcoming(withinDays, Paging.of(page, size)).map(WorklistItem::of);
	}

	@GetMapping("/statistics")
	@PreAuthorize(Authorities.COORDINATION)
	@Operation(summary = "Zahlen für Baustein 3 der eigenen Kommune (COORDINATOR), nur aggregiert",
			description = "Personen je Statusgruppe am Stichtag, zuletzt gegebene Hinweise je Weg und Status, erfasste "
					+ "Einbürgerungen im Kalenderjahr des Stichtags.")
	ResidenceFigures.Figures statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		var municipality = CurrentUser.require().requireMunicipality();
		LocalDate day = on == null ? de.nrw.kim.residence.internal.OfficeTime.today(clock) : on;
		return TenantContext.callAs(municipality, () -> figures.of(municipality, day));
	}

	record WorklistItem(UUID clientId, String givenName, String familyName, String birthDate, ResidenceType type,
			LocalDate validUntil, boolean overdue, List<HintSummary> hints) {

		static WorklistItem of(WorklistService.Row row) {
			return new WorklistItem(row.client().id(), row.client().givenName(), row.client().familyName(),
					row.client().birthDate(), row.status().type(), row.status().validUntil(), row.overdue(),
					row.hints().stream().map(h -> new HintSummary(h.route(), h.status(), h.legalSource(), h.rulesVersion())).toList());
		}
	}

	record HintSummary(String route, Hint.Status status, String legalSource, String rulesVersion) {
	}
}
