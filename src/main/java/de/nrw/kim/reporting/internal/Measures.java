package de.nrw.kim.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Phase;

/**
 * The predefined measures (no free queries): their names in {@code reporting_figure.measure} and the
 * additive relations between them that an outsider could use to recompute a suppressed cell.
 */
public final class Measures {

	public static final String OPEN = "openCases";
	public static final String NEW = "newCases";
	public static final String CLOSED = "closedCases";
	public static final String ACTIVE = "activeCases";
	public static final String ASSESSED = "assessedCases";
	public static final String GOALS_ACHIEVED = "goalsAchieved";
	public static final String CONTACTS = "contacts";
	public static final String MINUTES = "contactMinutes";
	public static final String REASON = "closureReason.";
	public static final String NEED_FIRST = "need.first.";
	public static final String NEED_LATEST = "need.latest.";
	public static final String NEED_IMPROVED = "need.improved.";
	public static final String PHASE_CASES = "phaseCases.";
	public static final String PHASE_DAYS = "phaseDays.";
	public static final String AGE = "ageBand.";
	public static final String GENDER = "gender.";
	public static final String NATIONALITY = "nationalityGroup.";
	public static final String REFERRALS = "referrals";
	public static final String REFERRAL_DOMAIN = "referralLegalDomain.";
	public static final String REFERRAL_STATUS = "referralStatus.";
	/** Clients with a residence status on the last day of the year (today in the running year). */
	public static final String RESIDENCE_CLIENTS = "residenceClients";
	public static final String RESIDENCE_GROUP = "residenceStatusGroup.";

	/** Measures that are also kept per month (1–12); their year value is the sum of the months. */
	public static final List<String> MONTHLY = List.of(NEW, CLOSED, CONTACTS, MINUTES, GOALS_ACHIEVED);
	public static final List<String> GENDERS = List.of("FEMALE", "MALE", "DIVERSE", "UNSPECIFIED");
	public static final List<Phase> OPEN_PHASES = Arrays.stream(Phase.values()).filter(Phase::isOpen).toList();

	private Measures() {
	}

	/** Every year measure that counts cases or events (suppressible), in display order. */
	public static List<String> countsOfYear() {
		List<String> all = new ArrayList<>(List.of(OPEN, NEW, CLOSED, ACTIVE, ASSESSED, GOALS_ACHIEVED, CONTACTS));
		all.addAll(reasons());
		for (LifeDomain d : LifeDomain.values()) {
			all.addAll(List.of(NEED_FIRST + d, NEED_LATEST + d, NEED_IMPROVED + d));
		}
		OPEN_PHASES.forEach(p -> all.add(PHASE_CASES + p));
		AgeBand.all().forEach(b -> all.add(AGE + b));
		GENDERS.forEach(g -> all.add(GENDER + g));
		NationalityGroup.all().forEach(n -> all.add(NATIONALITY + n));
		all.add(REFERRALS);
		all.addAll(prefixed(REFERRAL_DOMAIN, legalDomains()));
		all.addAll(prefixed(REFERRAL_STATUS, referralStatuses()));
		all.add(RESIDENCE_CLIENTS);
		all.addAll(prefixed(RESIDENCE_GROUP, statusGroups()));
		return all;
	}

	public static List<String> legalDomains() {
		return Arrays.stream(de.nrw.kim.partner.LegalDomain.values()).map(Enum::name).toList();
	}

	public static List<String> referralStatuses() {
		return Arrays.stream(de.nrw.kim.cooperation.ReferralStatus.values()).map(Enum::name).toList();
	}

	public static List<String> statusGroups() {
		return Arrays.stream(de.nrw.kim.residence.StatusGroup.values()).map(Enum::name).toList();
	}

	public static List<String> reasons() {
		return Arrays.stream(ClosureReason.values()).map(r -> REASON + r).toList();
	}

	public static List<String> prefixed(String prefix, List<String> keys) {
		return keys.stream().map(k -> prefix + k).toList();
	}

	/** Relations inside one row and month 0: total = sum of parts (the total first). */
	public static List<List<String>> rowRelations() {
		List<List<String>> relations = new ArrayList<>();
		relations.add(concat(CLOSED, reasons()));
		relations.add(List.of(ACTIVE, OPEN, CLOSED));
		relations.add(concat(ACTIVE, prefixed(AGE, AgeBand.all())));
		relations.add(concat(ACTIVE, prefixed(GENDER, GENDERS)));
		relations.add(concat(ACTIVE, prefixed(NATIONALITY, NationalityGroup.all())));
		relations.add(concat(REFERRALS, prefixed(REFERRAL_DOMAIN, legalDomains())));
		relations.add(concat(REFERRALS, prefixed(REFERRAL_STATUS, referralStatuses())));
		relations.add(concat(RESIDENCE_CLIENTS, prefixed(RESIDENCE_GROUP, statusGroups())));
		return relations;
	}

	/**
	 * Relations between a year and the year before (ADR 0606): the cases of a year are those still open at
	 * the end of the previous year plus the new ones — {@code activeCases(y) = openCases(y-1) + newCases(y)}.
	 * As [total of this year, part of the previous year, part of this year].
	 */
	public static List<List<String>> yearOverYearRelations() {
		return List.of(List.of(ACTIVE, OPEN, NEW));
	}

	private static List<String> concat(String total, List<String> parts) {
		List<String> all = new ArrayList<>();
		all.add(total);
		all.addAll(parts);
		return all;
	}
}
