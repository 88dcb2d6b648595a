package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.residence.ResidenceFigures;
import de.nrw.kim.residence.ResidenceType;
import de.nrw.kim.residence.StatusGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Baustein-3 aggregates of one municipality: clients per status group (current status on the
 * day), the latest hints per route and status, naturalisations recorded in the calendar year. No
 * person can be read from them, so nothing is audited.
 */
@Service
public class FiguresService implements ResidenceFigures {

	private final ResidenceStatuses statuses;
	private final HintSnapshots snapshots;

	FiguresService(ResidenceStatuses statuses, HintSnapshots snapshots) {
		this.statuses = statuses;
		this.snapshots = snapshots;
	}

	@Override
	@Transactional(readOnly = true)
	public Figures of(MunicipalityKey municipality, LocalDate on) {
		if (!TenantContext.current().map(municipality::equals).orElse(false)) {
			throw new IllegalStateException("Zahlen nur im Mandanten der Kommune " + municipality);
		}
		List<ResidenceStatus> all = statuses.all(municipality);
		Map<StatusGroup, Long> groups = new EnumMap<>(StatusGroup.class);
		for (StatusGroup group : StatusGroup.values()) {
			groups.put(group, 0L);
		}
		all.stream().filter(s -> s.covers(on))
				.collect(Collectors.groupingBy(ResidenceStatus::clientId,
						Collectors.maxBy(Comparator.comparing(ResidenceStatus::validFrom))))
				.values().forEach(s -> s.ifPresent(current -> groups.merge(current.type().group(), 1L, Long::sum)));
		Map<String, Map<String, Long>> hints = new TreeMap<>();
		snapshots.counts(municipality).forEach(c -> hints.computeIfAbsent(c.route(), r -> new TreeMap<>()).put(c.status(), c.clients()));
		long naturalisations = all.stream()
				.filter(s -> s.type() == ResidenceType.GERMAN_CITIZEN && s.validFrom().getYear() == on.getYear())
				.map(ResidenceStatus::clientId).distinct().count();
		return new Figures(on, groups, hints, naturalisations);
	}

}
