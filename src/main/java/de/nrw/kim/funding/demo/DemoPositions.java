package de.nrw.kim.funding.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Qualification;
import de.nrw.kim.funding.domain.StaffingState;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.MunicipalityKey;

/**
 * A plausible positions register for one municipality, generated deterministically from its key
 * (same data on every first start): coordination, admin assistance, case management (partly at towns
 * and welfare organisations), immigration office; a municipality-specific mix of permanent and
 * fixed-term contracts, fixed terms ending around today, vacancies, gaps and phase-out flags.
 */
final class DemoPositions {

	static final LocalDate KIM_START = LocalDate.of(2021, 1, 1);
	private static final String[] WELFARE = { "Caritasverband", "Diakonie", "Deutsches Rotes Kreuz", "AWO",
			"Der Paritätische" };
	private static final String[] FTE = { "1.0", "1.0", "1.0", "0.75", "0.5", "1.0", "0.8" };

	private final Municipality municipality;
	private final LocalDate today;
	private final SplittableRandom random;
	private final double permanentShare;
	private final String actor;

	DemoPositions(Municipality municipality, LocalDate today, String actor) {
		this.municipality = municipality;
		this.today = today;
		this.actor = actor;
		this.random = new SplittableRandom(municipality.key().hashCode());
		this.permanentShare = switch (municipality.key()) {
			case "05315" -> 0.55;
			case "05515" -> 0.8;
			default -> 0.3 + random.nextDouble() * 0.65;
		};
	}

	List<Position> generate() {
		boolean city = !"KREIS".equals(municipality.type());
		String own = city ? "Stadt " + municipality.name().replace(" (Stadt)", "") : municipality.name();
		String place = municipality.name().replace("Kreis ", "").replace(" (Stadt)", "");
		List<Position> positions = new ArrayList<>();
		int coordination = city ? 2 : 3;
		for (int i = 0; i < coordination; i++) {
			positions.add(position(Module.COORDINATION, PositionKind.STAFF, "1.0", own, EmployerKind.MUNICIPALITY));
		}
		positions.add(position(Module.COORDINATION, PositionKind.STAFF, "0.5", own, EmployerKind.MUNICIPALITY));
		positions.add(position(Module.COORDINATION, PositionKind.ADMIN_ASSISTANCE, "0.5", own, EmployerKind.MUNICIPALITY));
		int caseManagers = "05315".equals(municipality.key()) ? 14 : city ? 5 + random.nextInt(7) : 7 + random.nextInt(9);
		for (int i = 0; i < caseManagers; i++) {
			double where = random.nextDouble();
			if (where < 0.6) {
				positions.add(position(Module.CASE_MANAGEMENT, PositionKind.STAFF, fte(), own, EmployerKind.MUNICIPALITY));
			} else if (where < 0.85 || city) {
				positions.add(position(Module.CASE_MANAGEMENT, PositionKind.STAFF, fte(),
						WELFARE[random.nextInt(WELFARE.length)] + " " + place, EmployerKind.WELFARE_ORG));
			} else {
				positions.add(position(Module.CASE_MANAGEMENT, PositionKind.STAFF, fte(), "Gemeinde im " + municipality.name(),
						EmployerKind.TOWN));
			}
		}
		int immigration = 2 + random.nextInt(3);
		for (int i = 0; i < immigration; i++) {
			positions.add(position(Module.IMMIGRATION_OFFICE, PositionKind.STAFF, fte(), own, EmployerKind.MUNICIPALITY));
		}
		if (random.nextDouble() < 0.2) {
			positions.add(position(Module.CASE_MANAGEMENT, PositionKind.STAFF, "0.4", own, EmployerKind.MUNICIPALITY));
		}
		return positions;
	}

	private String fte() {
		return FTE[random.nextInt(FTE.length)];
	}

	private Position position(Module module, PositionKind kind, String fte, String employer, EmployerKind employerKind) {
		Instant now = Instant.now();
		LocalDate start = today.minusMonths(6 + random.nextInt(66)).withDayOfMonth(random.nextDouble() < 0.85 ? 1 : 16);
		if (start.isBefore(KIM_START)) {
			start = KIM_START.plusMonths(random.nextInt(4));
		}
		boolean permanent = random.nextDouble() < permanentShare;
		LocalDate until = permanent ? null : today.plusMonths(1 + random.nextInt(36)).withDayOfMonth(1).minusDays(1);
		boolean phaseOut = !permanent && random.nextDouble() < 0.15;
		List<Position.Terms> terms = new ArrayList<>();
		terms.add(new Position.Terms(1, start, Fte.of(fte), employer, employerKind,
				permanent ? ContractType.PERMANENT : ContractType.FIXED_TERM, until, phaseOut, now, actor));
		List<Position.Staffing> staffing = new ArrayList<>();
		boolean recruiting = random.nextDouble() < 0.08;
		staffing.add(new Position.Staffing(1, start, recruiting ? StaffingState.VACANT : StaffingState.FILLED,
				recruiting ? null : qualification(), now, actor));
		LocalDate cursor = start;
		if (recruiting) {
			cursor = start.plusMonths(2 + random.nextInt(4)).withDayOfMonth(1 + random.nextInt(28));
			if (cursor.isBefore(today)) {
				staffing.add(new Position.Staffing(staffing.size() + 1, cursor, StaffingState.FILLED, qualification(), now, actor));
			}
		}
		if (random.nextDouble() < 0.2 && cursor.plusMonths(14).isBefore(today)) {
			LocalDate gap = cursor.plusMonths(6 + random.nextInt(6)).withDayOfMonth(1 + random.nextInt(28));
			staffing.add(new Position.Staffing(staffing.size() + 1, gap, StaffingState.VACANT, null, now, actor));
			staffing.add(new Position.Staffing(staffing.size() + 1, gap.plusMonths(2 + random.nextInt(4)),
					StaffingState.FILLED, qualification(), now, actor));
			cursor = gap.plusMonths(6);
		}
		if (random.nextDouble() < 0.12 && cursor.isBefore(today.minusDays(40))) {
			LocalDate vacantFrom = today.minusDays(20 + random.nextInt(300));
			if (vacantFrom.isAfter(cursor)) {
				staffing.add(new Position.Staffing(staffing.size() + 1, vacantFrom, StaffingState.VACANT, null, now, actor));
			}
		}
		return new Position(UUID.randomUUID(), MunicipalityKey.of(municipality.key()), module, kind, start, terms, staffing,
				0, now, actor);
	}

	private Qualification qualification() {
		double q = random.nextDouble();
		return q < 0.55 ? Qualification.CERTIFIED : q < 0.85 ? Qualification.IN_TRAINING : Qualification.NONE;
	}
}
