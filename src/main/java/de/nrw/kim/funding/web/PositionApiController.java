package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Qualification;
import de.nrw.kim.funding.domain.StaffingState;
import de.nrw.kim.funding.domain.Pages;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.funding.position.PositionInput;
import de.nrw.kim.funding.position.PositionService;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
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

/** API.md "Funding": the positions register with its dated staffing history. */
@RestController
@RequestMapping("/api/v1/funding/positions")
@Tag(name = "Förderung – Stellen")
class PositionApiController {

	private final PositionService positions;

	PositionApiController(PositionService positions) {
		this.positions = positions;
	}

	@PostMapping
	ResponseEntity<PositionView> create(@RequestBody CreateRequest request) {
		Position created = positions.create(request.validate());
		return ResponseEntity.created(location(created.id())).body(view(created, null));
	}

	@GetMapping
	PageResult<PositionView> list(@RequestParam(required = false) String municipalityKey,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		MunicipalityKey filter = municipalityKey == null ? null : parseKey(municipalityKey);
		return positions.list(filter, Paging.of(page, size)).map(p -> view(p, on));
	}

	@GetMapping("/{id}")
	PositionView get(@PathVariable UUID id, @RequestParam(required = false) LocalDate on) {
		return view(positions.get(id), on);
	}

	@PutMapping("/{id}")
	PositionView update(@PathVariable UUID id, @RequestBody UpdateRequest request) {
		if (request.version() == null) {
			throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
		}
		return view(positions.changeTerms(id, request.version(), request.validate()), null);
	}

	@PostMapping("/{id}/staffing")
	ResponseEntity<PositionView> staffing(@PathVariable UUID id, @RequestBody StaffingRequest request) {
		return ResponseEntity.created(location(id)).body(view(positions.recordStaffing(id, request.validate()), null));
	}

	@PutMapping("/{id}/actual-costs/{year}")
	PositionView actualCosts(@PathVariable UUID id, @PathVariable int year, @RequestBody CostRequest request) {
		Inputs inputs = new Inputs();
		Money amount = inputs.money("amount", request.amount(), true);
		inputs.throwIfAny();
		return view(positions.setActualCosts(id, year, amount), null);
	}

	@GetMapping("/{id}/history")
	PageResult<FundingHistory.Change> history(@PathVariable UUID id) {
		return Pages.all(positions.history(id));
	}

	private PositionView view(Position position, LocalDate on) {
		return PositionView.of(position, on == null ? positions.today() : on);
	}

	private static URI location(UUID id) {
		return URI.create("/api/v1/funding/positions/" + id);
	}

	static MunicipalityKey parseKey(String key) {
		if (!MunicipalityKey.isValid(key)) {
			throw new ValidationException("municipalityKey", "Bitte einen gültigen Kreisschlüssel angeben, z. B. 05315.");
		}
		return MunicipalityKey.of(key);
	}

	/** A new position; {@code id} and the municipality are not part of it, so they cannot be set. */
	record CreateRequest(Integer module, PositionKind kind, BigDecimal fte, String employerName,
			EmployerKind employerKind, ContractType contract, LocalDate fixedTermUntil, Boolean phaseOut,
			LocalDate filledFrom, LocalDate vacantFrom, Qualification qualification) {

		PositionInput.NewPosition validate() {
			Inputs inputs = new Inputs();
			Module m = module == null ? null : Module.ofNumber(module).orElse(null);
			if (m == null) {
				inputs.error("module", module == null ? "Bitte den Baustein angeben (1, 2 oder 3)." : "Baustein 1, 2 oder 3.");
			}
			inputs.required("kind", kind);
			Fte size = inputs.fte("fte", fte);
			String employer = inputs.text("employerName", employerName, 200, true);
			inputs.required("employerKind", employerKind);
			inputs.required("contract", contract);
			if (filledFrom == null && vacantFrom == null) {
				inputs.error("filledFrom", "Bitte angeben, ab wann die Stelle besetzt (filledFrom) oder unbesetzt (vacantFrom) ist.");
			} else if (filledFrom != null && vacantFrom != null) {
				inputs.error("vacantFrom", "Bitte entweder „besetzt ab“ oder „unbesetzt ab“ angeben, nicht beides.");
			}
			inputs.throwIfAny();
			boolean filled = filledFrom != null;
			return new PositionInput.NewPosition(m, kind,
					new PositionInput.Terms(size, employer, employerKind, contract, fixedTermUntil,
							Boolean.TRUE.equals(phaseOut), null),
					filled ? StaffingState.FILLED : StaffingState.VACANT, filled ? filledFrom : vacantFrom, qualification);
		}
	}

	/** Changes contract, FTE, employer or phase-out from {@code effectiveFrom} on; omitted fields stay. */
	record UpdateRequest(Integer version, BigDecimal fte, String employerName, EmployerKind employerKind,
			ContractType contract, LocalDate fixedTermUntil, Boolean phaseOut, LocalDate effectiveFrom) {

		PositionInput.TermsPatch validate() {
			Inputs inputs = new Inputs();
			Fte size = fte == null ? null : inputs.fte("fte", fte);
			String employer = employerName == null ? null : inputs.text("employerName", employerName, 200, true);
			inputs.throwIfAny();
			return new PositionInput.TermsPatch(size, employer, employerKind, contract, fixedTermUntil, phaseOut,
					effectiveFrom);
		}
	}

	record StaffingRequest(LocalDate from, StaffingState state, Qualification qualification) {

		PositionInput.Staffing validate() {
			Inputs inputs = new Inputs();
			inputs.required("from", from);
			inputs.required("state", state);
			inputs.throwIfAny();
			return new PositionInput.Staffing(from, state, qualification);
		}
	}

	record CostRequest(BigDecimal amount) {
	}
}
