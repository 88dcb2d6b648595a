package de.nrw.kim.funding.proof;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.GuidelineYear;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.grant.GrantService;
import de.nrw.kim.funding.guideline.GuidelineService;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.funding.position.PositionService;
import de.nrw.kim.funding.rules.ProofOfUseCalculation;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the numerical proof of use of a municipality for a year from the actual staffing history,
 * with the rates and rules of the guideline version that governs the year (409 when none are set).
 * Coordinators compute their own municipality's (another one is "not found"), the grant authority
 * and the ministry any.
 */
@Service
public class ProofOfUseService {

	static final String ENTITY = "ProofOfUse";

	private final PositionService positions;
	private final GuidelineService guidelines;
	private final GrantService grants;
	private final Municipalities municipalities;
	private final ProofsOfUse proofs;
	private final FundingHistory history;
	private final FactualReports factualReports;
	private final Clock clock;

	ProofOfUseService(PositionService positions, GuidelineService guidelines, GrantService grants,
			Municipalities municipalities, ProofsOfUse proofs, FundingHistory history, FactualReports factualReports,
			Clock clock) {
		this.positions = positions;
		this.guidelines = guidelines;
		this.grants = grants;
		this.municipalities = municipalities;
		this.proofs = proofs;
		this.history = history;
		this.factualReports = factualReports;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.PROOF)
	public ProofOfUseCalculation compute(MunicipalityKey municipality, int year) {
		requireVisible(municipality);
		GuidelineYear basis = guidelines.forYear(year);
		List<Position> register = positions.visiblePositions(municipality);
		return ProofOfUseCalculation.compute(year, register, positions.actualCosts(municipality, year), basis,
				guidelines.ruleSet(basis), grants.paid(municipality, year));
	}

	/** The stored proof of use of a year, if the municipality has saved one. */
	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.PROOF)
	public Optional<StoredProof> stored(MunicipalityKey municipality, int year) {
		requireVisible(municipality);
		return proofs.find(municipality, year);
	}

	/** Saves the draft: computes anew and keeps the factual report; only while it is a draft. */
	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public StoredProof save(MunicipalityKey municipality, int year, String factualReport, Integer version) {
		requireVisible(municipality);
		Optional<StoredProof> existing = proofs.find(municipality, year);
		existing.ifPresent(StoredProof::requireDraft);
		StoredProof saved = write(municipality, year, StoredProof.Status.DRAFT, factualReport, existing, version);
		history.record(municipality, ENTITY, saved.id(), "PROOF_SAVED", null, figures(saved));
		return saved;
	}

	/**
	 * The computation as it stands for the proof of use: frozen once submitted, otherwise computed anew.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.PROOF)
	public ProofOfUseCalculation effective(MunicipalityKey municipality, int year) {
		requireVisible(municipality);
		boolean frozen = proofs.find(municipality, year).map(p -> p.status() != StoredProof.Status.DRAFT).orElse(false);
		return frozen ? proofs.calculation(municipality, year) : compute(municipality, year);
	}

	/** Submits: computes a last time and freezes the computation and the figures of the factual report. */
	@Transactional
	@PreAuthorize(FundingAuthorities.COORDINATOR)
	public StoredProof submit(MunicipalityKey municipality, int year) {
		requireVisible(municipality);
		Optional<StoredProof> existing = proofs.find(municipality, year);
		existing.ifPresent(StoredProof::requireDraft);
		StoredProof submitted = write(municipality, year, StoredProof.Status.SUBMITTED,
				existing.map(StoredProof::factualReport).orElse(null), existing, existing.map(StoredProof::version).orElse(null));
		history.record(municipality, ENTITY, submitted.id(), "PROOF_SUBMITTED", submitted.submittedOn(), figures(submitted));
		return submitted;
	}

	/** The grant authority's check of a submitted proof of use, with remarks. */
	@Transactional
	@PreAuthorize(FundingAuthorities.GRANT_OFFICER)
	public StoredProof check(MunicipalityKey municipality, int year, String remarks) {
		StoredProof current = proofs.find(municipality, year)
				.orElseThrow(() -> new NotFoundException("Der Verwendungsnachweis " + year));
		StoredProof checked = current.checked(remarks == null || remarks.isBlank() ? null : remarks.strip(),
				LocalDate.now(clock), CurrentUser.require().username());
		if (!proofs.update(checked, checked.computation(), current.version())) {
			throw new StaleVersionException();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("remarks", checked.remarks());
		history.record(municipality, ENTITY, checked.id(), "PROOF_CHECKED", checked.checkedOn(), details);
		return proofs.find(municipality, year).orElseThrow();
	}

	private StoredProof write(MunicipalityKey municipality, int year, StoredProof.Status status, String factualReport,
			Optional<StoredProof> existing, Integer version) {
		GuidelineYear basis = guidelines.forYear(year);
		ProofOfUseCalculation calculation = ProofOfUseCalculation.compute(year, positions.visiblePositions(municipality),
				positions.actualCosts(municipality, year), basis, guidelines.ruleSet(basis), grants.paid(municipality, year));
		String actor = CurrentUser.require().username();
		LocalDate submittedOn = status == StoredProof.Status.SUBMITTED ? LocalDate.now(clock) : null;
		StoredProof proof = new StoredProof(existing.map(StoredProof::id).orElseGet(UUID::randomUUID), municipality, year,
				status, calculation.guidelineVersion(), calculation.eligible(), calculation.paid(), calculation.repayment(),
				calculation.underpayment(), Map.of(), factualReport,
				submittedOn == null ? null : factualReports.current(municipality, year), submittedOn, null, submittedOn, null,
				null, 0, clock.instant(), actor);
		if (existing.isEmpty()) {
			proofs.insert(proof, calculation);
		} else {
			if (version == null) {
				throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
			}
			if (!proofs.update(proof, calculation, version)) {
				throw new StaleVersionException();
			}
		}
		return proofs.find(municipality, year).orElseThrow();
	}

	private void requireVisible(MunicipalityKey municipality) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel() && !municipality.equals(user.requireMunicipality())) {
			throw new NotFoundException("Die Kommune " + municipality);
		}
		municipalities.get(municipality);
	}

	private static Map<String, Object> figures(StoredProof proof) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("year", proof.year());
		details.put("eligible", proof.eligible().amount());
		details.put("paid", proof.paid().amount());
		details.put("repayment", proof.repayment().amount());
		details.put("underpayment", proof.underpayment().amount());
		return details;
	}
}
