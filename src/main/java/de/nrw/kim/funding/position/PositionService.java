package de.nrw.kim.funding.position;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Pages;
import de.nrw.kim.funding.domain.StaffingState;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The positions register. Coordinators keep their own municipality's positions; the grant authority
 * and the ministry read all. Every change is a new dated record plus a history entry; nothing is
 * overwritten, so the register on any past date can be reconstructed.
 */
@Service
public class PositionService {

	static final String ENTITY = "Position";
	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	private final Positions positions;
	private final FundingHistory history;
	private final Clock clock;

	PositionService(Positions positions, FundingHistory history, Clock clock) {
		this.positions = positions;
		this.history = history;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public Position create(PositionInput.NewPosition input) {
		CurrentUser user = CurrentUser.require();
		MunicipalityKey municipality = user.requireMunicipality();
		List<ValidationException.FieldError> errors = new ArrayList<>();
		if (input.kind() == PositionKind.ADMIN_ASSISTANCE && input.module() != Module.COORDINATION) {
			errors.add(new ValidationException.FieldError("kind", "Eine Verwaltungsassistenz gibt es nur in Baustein 1."));
		}
		String startField = input.initialState() == StaffingState.FILLED ? "filledFrom" : "vacantFrom";
		checkDate(errors, startField, input.startedOn());
		checkTerms(errors, input.terms(), input.startedOn());
		if (input.qualification() != null && input.initialState() != StaffingState.FILLED) {
			errors.add(new ValidationException.FieldError("qualification", "Eine Qualifikation gibt es nur bei einer besetzten Stelle."));
		}
		throwIfAny(errors);
		var now = clock.instant();
		PositionInput.Terms t = input.terms();
		Position position = new Position(UUID.randomUUID(), municipality, input.module(), input.kind(), input.startedOn(),
				List.of(new Position.Terms(1, input.startedOn(), t.fte(), t.employerName(), t.employerKind(), t.contract(),
						t.fixedTermUntil(), t.phaseOut(), now, user.username())),
				List.of(new Position.Staffing(1, input.startedOn(), input.initialState(), input.qualification(), now,
						user.username())),
				0, now, user.username());
		positions.insert(position);
		Map<String, Object> details = termsDetails(position.currentTerms());
		details.put("module", input.module().number());
		details.put("kind", input.kind().name());
		details.put("state", input.initialState().name());
		details.put("qualification", input.qualification() == null ? null : input.qualification().name());
		history.record(municipality, ENTITY, position.id(), "CREATED", input.startedOn(), details);
		return position;
	}

	/** New terms from a date on, if {@code version} is still current. */
	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public Position changeTerms(UUID id, int version, PositionInput.TermsPatch patch) {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		Position current = own(municipality, id);
		PositionInput.Terms terms = patch.applyTo(current.currentTerms());
		LocalDate from = terms.effectiveFrom() != null ? terms.effectiveFrom()
				: (today().isBefore(current.startedOn()) ? current.startedOn() : today());
		List<ValidationException.FieldError> errors = new ArrayList<>();
		checkDate(errors, "effectiveFrom", from);
		if (from != null && from.isBefore(current.startedOn())) {
			errors.add(new ValidationException.FieldError("effectiveFrom",
					"Die Stelle besteht erst ab " + current.startedOn() + "; eine Änderung kann nicht früher gelten."));
		}
		checkTerms(errors, terms, from);
		throwIfAny(errors);
		if (positions.lock(municipality, id).orElseThrow() != version || !positions.bumpVersion(municipality, id, version)) {
			throw new StaleVersionException();
		}
		String actor = CurrentUser.require().username();
		Position.Terms added = new Position.Terms(positions.nextTermsSeq(municipality, id), from, terms.fte(),
				terms.employerName(), terms.employerKind(), terms.contract(), terms.fixedTermUntil(), terms.phaseOut(),
				clock.instant(), actor);
		positions.insertTerms(municipality, id, added);
		history.record(municipality, ENTITY, id, "TERMS_CHANGED", from, termsDetails(added));
		return own(municipality, id);
	}

	/** A staffing change (filled, vacant, closed) from a date on. */
	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public Position recordStaffing(UUID id, PositionInput.Staffing change) {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		positions.lock(municipality, id).orElseThrow(() -> new NotFoundException("Die Stelle"));
		Position current = own(municipality, id);
		List<ValidationException.FieldError> errors = new ArrayList<>();
		checkDate(errors, "from", change.from());
		if (change.from() != null && change.from().isBefore(current.startedOn())) {
			errors.add(new ValidationException.FieldError("from",
					"Die Stelle besteht erst ab " + current.startedOn() + "; bitte ein späteres Datum angeben."));
		}
		if (change.qualification() != null && change.state() != StaffingState.FILLED) {
			errors.add(new ValidationException.FieldError("qualification", "Eine Qualifikation gibt es nur bei einer besetzten Stelle."));
		}
		throwIfAny(errors);
		String actor = CurrentUser.require().username();
		positions.insertStaffing(municipality, id, new Position.Staffing(positions.nextStaffingSeq(municipality, id),
				change.from(), change.state(), change.qualification(), clock.instant(), actor));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("state", change.state().name());
		details.put("qualification", change.qualification() == null ? null : change.qualification().name());
		history.record(municipality, ENTITY, id, "STAFFING_CHANGED", change.from(), details);
		return own(municipality, id);
	}

	/** Actual personnel costs of a year: the cap of the proof of use (rule 4). */
	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public Position setActualCosts(UUID id, int year, Money amount) {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		Position position = own(municipality, id);
		if (year < 2000 || year > 2100) {
			throw new ValidationException("year", "Das Jahr muss zwischen 2000 und 2100 liegen.");
		}
		positions.setActualCosts(municipality, id, year, amount, CurrentUser.require().username());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("year", year);
		details.put("actualCosts", amount.amount());
		history.record(municipality, ENTITY, id, "ACTUAL_COSTS_SET", null, details);
		return position;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public Position get(UUID id) {
		return visible(id).orElseThrow(() -> new NotFoundException("Die Stelle"));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public PageResult<Position> list(MunicipalityKey filter, Paging paging) {
		return Pages.of(visiblePositions(filter), paging);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<FundingHistory.Change> history(UUID id) {
		Position position = get(id);
		return history.of(position.municipality(), id);
	}

	/** Actual costs entered for a position, by year. */
	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public Map<UUID, Money> actualCosts(MunicipalityKey municipality, int year) {
		return positions.actualCosts(municipality, year);
	}

	/**
	 * The positions the caller may see: a coordinator those of the own municipality, state-level users
	 * those of all municipalities (or of {@code filter}).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public List<Position> visiblePositions(MunicipalityKey filter) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel()) {
			MunicipalityKey own = user.requireMunicipality();
			return filter == null || filter.equals(own) ? positions.ofMunicipality(own) : List.of();
		}
		return filter == null ? positions.allVisible() : positions.ofMunicipality(filter);
	}

	private Optional<Position> visible(UUID id) {
		CurrentUser user = CurrentUser.require();
		if (id == null) {
			return Optional.empty();
		}
		return user.isStateLevel() ? positions.findVisible(id) : positions.find(user.requireMunicipality(), id);
	}

	private Position own(MunicipalityKey municipality, UUID id) {
		return positions.find(municipality, id).orElseThrow(() -> new NotFoundException("Die Stelle"));
	}

	private static void checkDate(List<ValidationException.FieldError> errors, String field, LocalDate date) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			errors.add(new ValidationException.FieldError(field, "Bitte ein Datum zwischen 2000 und 2099 angeben."));
		}
	}

	private static void checkTerms(List<ValidationException.FieldError> errors, PositionInput.Terms terms, LocalDate from) {
		if (terms.contract() == ContractType.FIXED_TERM && terms.fixedTermUntil() == null) {
			errors.add(new ValidationException.FieldError("fixedTermUntil", "Eine befristete Stelle braucht das Ende der Befristung."));
		}
		if (terms.contract() == ContractType.PERMANENT && terms.fixedTermUntil() != null) {
			errors.add(new ValidationException.FieldError("fixedTermUntil", "Eine unbefristete Stelle hat kein Ende der Befristung."));
		}
		if (terms.fixedTermUntil() != null && from != null && terms.fixedTermUntil().isBefore(from)) {
			errors.add(new ValidationException.FieldError("fixedTermUntil", "Das Ende der Befristung liegt vor dem Beginn ("
					+ from + ")."));
		}
		checkDate(errors, "fixedTermUntil", terms.fixedTermUntil());
	}

	private static void throwIfAny(List<ValidationException.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private static Map<String, Object> termsDetails(Position.Terms t) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fte", t.fte().value());
		details.put("employerName", t.employerName());
		details.put("employerKind", t.employerKind().name());
		details.put("contract", t.contract().name());
		details.put("fixedTermUntil", t.fixedTermUntil() == null ? null : t.fixedTermUntil().toString());
		details.put("phaseOut", t.phaseOut());
		return details;
	}
}
