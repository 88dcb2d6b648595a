package de.nrw.kim.residence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The dated rule versions (table {@code perspective_rule}); reference data without personal data. */
@Repository
public class PerspectiveRules {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	PerspectiveRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All versions, by route and start date. */
	public List<Rule> all() {
		return jdbc.sql("select * from perspective_rule order by route, valid_from")
				.query((rs, n) -> new Rule(rs.getString("route"), rs.getString("rules_version"),
						rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
						rs.getString("legal_source"),
						JSON.readValue(rs.getString("parameters"), new TypeReference<Map<String, Object>>() {
						}), rs.getString("note")))
				.list();
	}

	/** The version of a route valid on the day, if any; of two open-ended ones the later begun wins. */
	public Optional<Rule> validOn(List<Rule> all, String route, LocalDate day) {
		return all.stream().filter(r -> r.route().equals(route) && r.appliesOn(day))
				.max(java.util.Comparator.comparing(Rule::validFrom));
	}
}
