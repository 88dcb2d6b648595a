package de.nrw.kim.casework.web;

import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.Phase;
import de.nrw.kim.casework.internal.Case;
import de.nrw.kim.casework.internal.CaseFilter;
import de.nrw.kim.casework.internal.CaseScope;
import de.nrw.kim.casework.internal.CaseService;
import de.nrw.kim.casework.internal.ManualClosure;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import io.swagger.v3.oas.annotations.Operation;
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

/** API.md "Cases": open, read, list, phase, team sharing, close. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Fälle")
class CaseApiController {

	private final CaseService cases;
	private final ClientNames names;

	CaseApiController(CaseService cases, ClientNames names) {
		this.cases = cases;
		this.names = names;
	}

	@PostMapping
	ResponseEntity<CaseResponse> open(@RequestBody OpenCaseRequest request) {
		Case opened = cases.open(request.clientId());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(response(opened));
	}

	@GetMapping("/{id}")
	CaseResponse get(@PathVariable UUID id) {
		return response(cases.read(CaseId.of(id)));
	}

	@GetMapping
	@Operation(summary = "Fälle, die Sie sehen dürfen",
			description = "mine=true: nur Fälle, die Sie führen; sonst auch die im Team freigegebenen Fälle Ihrer Organisation. "
					+ "phase filtert auf eine Phase, open=true auf alle nicht abgeschlossenen. Neueste zuerst.")
	PageResult<CaseResponse> list(@RequestParam(required = false) Boolean mine,
			@RequestParam(required = false) Phase phase, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		CaseFilter filter = new CaseFilter(Boolean.TRUE.equals(mine) ? CaseScope.MINE : CaseScope.ALL, phase,
				Boolean.TRUE.equals(open));
		return cases.list(filter, Paging.of(page, size)).map(this::response);
	}

	@PostMapping("/{id}/phase")
	@Operation(summary = "Phase wechseln",
			description = "Vorwärts nur einen Schritt (INTAKE→ASSESSMENT→PLANNING→IMPLEMENTATION), zurück in jede frühere Phase. "
					+ "Alles andere (Sprung, CLOSED, unbekannt, dieselbe Phase) ergibt 409 …/invalid-transition; abschließen mit /close.")
	CaseResponse changePhase(@PathVariable UUID id, @RequestBody PhaseRequest request) {
		return response(cases.changePhase(CaseId.of(id), request.phase(), request.version()));
	}

	@PutMapping("/{id}/team")
	@Operation(summary = "Für das Team freigeben",
			description = "shared=true: Fallmanager*innen Ihrer Organisation dürfen den Fall sehen und bearbeiten. Nur die fallführende Person.")
	CaseResponse team(@PathVariable UUID id, @RequestBody TeamRequest request) {
		return response(cases.shareWithTeam(CaseId.of(id), request.shared(), request.version()));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Fall abschließen",
			description = "Danach ist der Fall eingefroren (409 …/case-closed bei jeder Änderung), bleibt aber lesbar. "
					+ "TRANSFERRED setzt nur eine Übergabe.")
	CaseResponse close(@PathVariable UUID id, @RequestBody CloseRequest request) {
		return response(cases.close(CaseId.of(id), new ManualClosure(request.reason(), request.note()), request.version()));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Phasenverlauf", description = "Eröffnung, jeder Phasenwechsel und der Abschluss, ältester zuerst.")
	List<PhaseChangeResponse> history(@PathVariable UUID id) {
		return cases.history(CaseId.of(id)).stream()
				.map(change -> new PhaseChangeResponse(change.from(), change.to(), change.on(), change.by())).toList();
	}

	private CaseResponse response(Case c) {
		return CaseResponse.of(c, names.of(c.clientId()));
	}

	record PhaseChangeResponse(Phase from, Phase to, LocalDate on, String by) {
	}

	record OpenCaseRequest(UUID clientId) {
	}

	/** {@code phase} is read as text so that an unknown phase is an invalid transition (409), as API.md says. */
	record PhaseRequest(String phase, Integer version) {
	}

	record TeamRequest(Boolean shared, Integer version) {
	}

	record CloseRequest(ClosureReason reason, String note, Integer version) {
	}
}
