package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.nrw.kim.client.PartialDate;
import de.nrw.kim.residence.ResidenceType;

/**
 * Everything the policies look at for one person on one day: birth date (as precise as known),
 * arrival date, the status history and the facts.
 */
public record PerspectiveCase(LocalDate on, PartialDate birthDate, LocalDate arrivalDate, List<ResidenceStatus> statuses,
		ResidenceFacts facts) {

	/** The status in force on the day; with overlapping ones, the one that began last. */
	public Optional<ResidenceStatus> current() {
		return statuses.stream().filter(s -> s.covers(on)).max(Comparator.comparing(ResidenceStatus::validFrom));
	}

	public boolean currentIn(Set<ResidenceType> types) {
		return current().map(s -> types.contains(s.type())).orElse(false);
	}

	/**
	 * Since when the person has lived here without interruption, from the status history (statuses of
	 * the {@code notCounted} types do not count); empty when no counted status covers the day.
	 */
	public Optional<LocalDate> uninterruptedSince(Set<ResidenceType> notCounted) {
		List<ResidenceStatus> counted = statuses.stream().filter(s -> !notCounted.contains(s.type())).toList();
		if (counted.stream().noneMatch(s -> s.covers(on))) {
			return Optional.empty();
		}
		LocalDate since = on;
		boolean extended = true;
		while (extended) {
			extended = false;
			for (ResidenceStatus s : counted) {
				boolean reaches = s.validUntil() == null || !s.validUntil().isBefore(since.minusDays(1));
				if (reaches && s.validFrom().isBefore(since) && !s.validFrom().isAfter(on)) {
					since = s.validFrom();
					extended = true;
				}
			}
		}
		return Optional.of(since);
	}

	/** Since when the current uninterrupted run of statuses of these types began (e.g. Duldung since). */
	public Optional<LocalDate> continuouslyIn(Set<ResidenceType> types) {
		Set<ResidenceType> others = java.util.EnumSet.allOf(ResidenceType.class);
		others.removeAll(types);
		return uninterruptedSince(others);
	}

	/** Whether the person is at least {@code years} old on the day; empty when the partial birth date cannot tell. */
	public Optional<Boolean> atLeast(int years) {
		if (birthDate == null) {
			return Optional.empty();
		}
		if (!birthDate.latest().plusYears(years).isAfter(on)) {
			return Optional.of(true);
		}
		if (birthDate.earliest().plusYears(years).isAfter(on)) {
			return Optional.of(false);
		}
		return Optional.empty();
	}

	/** The first day on which the person is certainly {@code years} old. */
	public LocalDate birthday(int years) {
		return birthDate.latest().plusYears(years);
	}

	static boolean reached(LocalDate since, int years, LocalDate on) {
		return !since.plusYears(years).isAfter(on);
	}

	static String years(LocalDate since, LocalDate on) {
		Period p = Period.between(since, on);
		return p.getYears() + " Jahre und " + p.getMonths() + " Monate";
	}
}
