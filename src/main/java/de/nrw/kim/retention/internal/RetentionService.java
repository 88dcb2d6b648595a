package de.nrw.kim.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.ClosedCases;
import de.nrw.kim.client.PersonalDataEraser;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.platform.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Löschkonzept (ADR 0025): the retention period of a municipality and the retention run. A run
 * finds the clients whose cases all closed more than the period before the day {@code asOf}, and
 * lets every module erase its data on each of them in one transaction; a dry run does exactly the
 * same and rolls back, so its counts are the real ones and nothing changes. Every run is kept in the
 * deletion report and audited; every deleted person is audited by id.
 */
@Service
public class RetentionService {

	static final String RUN = "RetentionRun";
	static final String POLICY = "RetentionPolicy";
	static final String CLIENT = "Client";
	static final String PURPOSE = "Löschkonzept: Aufbewahrungsfrist abgelaufen";
	static final String SYSTEM = "system";

	private final ClosedCases closedCases;
	private final List<PersonalDataEraser> erasers;
	private final RetentionPolicies policies;
	private final RetentionRuns runs;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final int defaultYears;
	private final String defaultLegalBasis;

	RetentionService(ClosedCases closedCases, List<PersonalDataEraser> erasers, RetentionPolicies policies,
			RetentionRuns runs, AuditTrail audit, TransactionTemplate transactions, Clock clock,
			@Value("${kim.retention.default-years:3}") int defaultYears,
			@Value("${kim.retention.default-legal-basis}") String defaultLegalBasis) {
		this.closedCases = closedCases;
		this.erasers = erasers;
		this.policies = policies;
		this.runs = runs;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.defaultYears = defaultYears;
		this.defaultLegalBasis = defaultLegalBasis;
	}

	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public RetentionPolicy policy() {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		return TenantContext.callAs(municipality, () -> transactions.execute(tx -> policyOf(municipality)));
	}

	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public RetentionPolicy changePolicy(Integer years, String legalBasis, Integer version) {
		String basis = legalBasis == null ? "" : legalBasis.strip();
		List<ValidationException.FieldError> errors = new java.util.ArrayList<>();
		if (years == null || years < 1 || years > 30) {
			errors.add(new ValidationException.FieldError("retentionYears",
					"Bitte geben Sie die Aufbewahrungsfrist als ganze Zahl von 1 bis 30 Jahren an."));
		}
		if (basis.isEmpty() || basis.length() > 500) {
			errors.add(new ValidationException.FieldError("legalBasis",
					"Bitte nennen Sie die Grundlage der Frist (höchstens 500 Zeichen)."));
		}
		if (version == null) {
			errors.add(new ValidationException.FieldError("version",
					"Bitte die Version mitsenden, die Sie zuletzt gelesen haben."));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		CurrentUser user = CurrentUser.require();
		MunicipalityKey municipality = user.requireMunicipality();
		return TenantContext.callAs(municipality, () -> transactions.execute(tx -> {
			boolean saved = policies.find(municipality).isPresent()
					? policies.update(municipality, version, years, basis, user.username(), clock.instant())
					: version == 0 && policies.insert(municipality, years, basis, user.username(), clock.instant());
			if (!saved) {
				throw new StaleVersionException();
			}
			audit.record(AuditAction.UPDATE, POLICY, null, null, "Löschkonzept: Aufbewahrungsfrist geändert");
			return policyOf(municipality);
		}));
	}

	/** The run on demand by the administrator of the own municipality. */
	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public RetentionRun run(String asOf, Boolean dryRun) {
		LocalDate day = parseAsOf(asOf);
		CurrentUser user = CurrentUser.require();
		return runFor(user.requireMunicipality(), day, Boolean.TRUE.equals(dryRun), user.username());
	}

	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public PageResult<RetentionRun> report(Paging paging) {
		MunicipalityKey municipality = CurrentUser.require().requireMunicipality();
		return TenantContext.callAs(municipality, () -> transactions.execute(tx -> runs.list(municipality, paging)));
	}

	/** Every run of the own municipality, newest first (for the CSV of the deletion report). */
	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public List<RetentionRun> fullReport() {
		List<RetentionRun> all = new java.util.ArrayList<>();
		PageResult<RetentionRun> page = report(Paging.of(0, Paging.MAX_SIZE));
		all.addAll(page.items());
		while (page.hasNext()) {
			page = report(Paging.of(page.page() + 1, Paging.MAX_SIZE));
			all.addAll(page.items());
		}
		return all;
	}

	/** One municipality's run; the nightly job calls it for each municipality as {@code system}. */
	RetentionRun runFor(MunicipalityKey municipality, LocalDate asOf, boolean dryRun, String startedBy) {
		return TenantContext.callAs(municipality, () -> {
			RetentionPolicy policy = transactions.execute(tx -> policyOf(municipality));
			LocalDate cutoff = asOf.minusYears(policy.retentionYears());
			Map<String, Integer> erased = transactions.execute(tx -> {
				Map<String, Integer> counts = eraseAll(municipality, cutoff, dryRun);
				if (dryRun) {
					tx.setRollbackOnly();
				}
				return counts;
			});
			RetentionRun run = new RetentionRun(UUID.randomUUID(), asOf, dryRun, policy.retentionYears(),
					clock.instant(), startedBy, erased.getOrDefault("clients", 0), erased.getOrDefault("cases", 0),
					erased);
			transactions.executeWithoutResult(tx -> {
				runs.insert(municipality, run);
				audit.record(dryRun ? AuditAction.READ : AuditAction.DELETE, RUN, run.id(), null,
						dryRun ? "Löschkonzept: Probelauf" : "Löschkonzept: Löschlauf");
			});
			return run;
		});
	}

	private Map<String, Integer> eraseAll(MunicipalityKey municipality, LocalDate cutoff, boolean dryRun) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		erasers.forEach(eraser -> counts.put(eraser.section(), 0));
		for (UUID client : closedCases.clientsAllClosedBefore(municipality, cutoff)) {
			for (PersonalDataEraser eraser : erasers) {
				counts.merge(eraser.section(), eraser.erase(municipality, client), Integer::sum);
			}
			if (!dryRun) {
				audit.record(AuditAction.DELETE, CLIENT, client, client, PURPOSE);
			}
		}
		return counts;
	}

	private RetentionPolicy policyOf(MunicipalityKey municipality) {
		return policies.find(municipality)
				.orElseGet(() -> new RetentionPolicy(defaultYears, defaultLegalBasis, null, null, 0, true));
	}

	private LocalDate parseAsOf(String asOf) {
		LocalDate today = LocalDate.now(clock);
		if (asOf == null || asOf.isBlank()) {
			return today;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(asOf.strip());
		} catch (java.time.format.DateTimeParseException e) {
			throw new ValidationException("asOf", "Bitte geben Sie den Stichtag als Datum im Format JJJJ-MM-TT an.");
		}
		if (day.isAfter(today)) {
			throw new ValidationException("asOf", "Der Stichtag darf nicht in der Zukunft liegen.");
		}
		return day;
	}
}
