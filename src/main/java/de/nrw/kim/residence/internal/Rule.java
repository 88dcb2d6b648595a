package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.nrw.kim.residence.ResidenceType;

/**
 * One dated version of the rules for a route (table {@code perspective_rule}): legal source and the
 * parameters its policy reads by name. A missing parameter is a data error and fails loudly.
 */
public record Rule(String route, String version, LocalDate validFrom, LocalDate validTo, String legalSource,
		Map<String, Object> parameters, String note) {

	public boolean appliesOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}

	public boolean has(String name) {
		return parameters.containsKey(name);
	}

	public int integer(String name) {
		return ((Number) require(name)).intValue();
	}

	public LocalDate date(String name) {
		return LocalDate.parse((String) require(name));
	}

	public String text(String name) {
		return (String) require(name);
	}

	public Set<ResidenceType> statuses(String name) {
		if (!parameters.containsKey(name)) {
			return Set.of();
		}
		return ((List<?>) parameters.get(name)).stream().map(v -> ResidenceType.valueOf((String) v))
				.collect(Collectors.toUnmodifiableSet());
	}

	private Object require(String name) {
		Object value = parameters.get(name);
		if (value == null) {
			throw new IllegalStateException("Regel " + route + "/" + version + ": Parameter " + name + " fehlt");
		}
		return value;
	}
}
