package de.nrw.kim.funding.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications with their planned positions and pass-through (tables {@code funding_application…}). */
@Repository
public class Applications {

	private final JdbcClient jdbc;

	Applications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Application a) {
		jdbc.sql("""
				insert into funding_application (municipality_id, id, year, status, material_costs, requested_amount,
				    submitted_on, late, return_reason, version, created_at, created_by)
				values (:m, :id, :year, :status, :material, :requested, :submitted, :late, :reason, 0, :at, :by)""")
				.param("m", a.municipality().value()).param("id", a.id()).param("year", a.year())
				.param("status", a.status().name()).param("material", a.materialCosts().amount())
				.param("requested", a.requestedAmount().amount()).param("submitted", a.submittedOn())
				.param("late", a.late()).param("reason", a.returnReason())
				.param("at", Timestamp.from(a.createdAt())).param("by", a.createdBy())
				.update();
		insertLines(a);
	}

	/** Writes the state and content if {@code version} is still current; false when someone was first. */
	public boolean update(Application a, int version) {
		boolean updated = jdbc.sql("""
				update funding_application set status = :status, material_costs = :material, requested_amount = :requested,
				    submitted_on = :submitted, late = :late, return_reason = :reason, version = version + 1, updated_at = now()
				where municipality_id = :m and id = :id and version = :version""")
				.param("m", a.municipality().value()).param("id", a.id()).param("status", a.status().name())
				.param("material", a.materialCosts().amount()).param("requested", a.requestedAmount().amount())
				.param("submitted", a.submittedOn()).param("late", a.late()).param("reason", a.returnReason())
				.param("version", version)
				.update() == 1;
		return updated;
	}

	/** Replaces the planned positions and pass-through (only while the municipality holds the application). */
	public void replaceLines(Application a) {
		for (String table : List.of("funding_application_position", "funding_pass_through")) {
			jdbc.sql("delete from " + table + " where municipality_id = :m and application_id = :id")
					.param("m", a.municipality().value()).param("id", a.id()).update();
		}
		insertLines(a);
	}

	private void insertLines(Application a) {
		int line = 0;
		for (Application.PlannedPosition p : a.positions()) {
			jdbc.sql("""
					insert into funding_application_position (municipality_id, application_id, line, module, kind, fte, months, new_position)
					values (:m, :id, :line, :module, :kind, :fte, :months, :new)""")
					.param("m", a.municipality().value()).param("id", a.id()).param("line", ++line)
					.param("module", p.module().number()).param("kind", p.kind().name()).param("fte", p.fte().value())
					.param("months", p.months()).param("new", p.newPosition())
					.update();
		}
		line = 0;
		for (Application.PassThrough t : a.passThrough()) {
			jdbc.sql("""
					insert into funding_pass_through (municipality_id, application_id, line, recipient_name, recipient_kind, amount)
					values (:m, :id, :line, :name, :kind, :amount)""")
					.param("m", a.municipality().value()).param("id", a.id()).param("line", ++line)
					.param("name", t.recipientName()).param("kind", t.recipientKind().name()).param("amount", t.amount().amount())
					.update();
		}
	}

	public Optional<Application> find(MunicipalityKey municipality, UUID id) {
		return load("a.municipality_id = :m and a.id = :id", Map.of("m", municipality.value(), "id", id)).stream().findFirst();
	}

	public Optional<Application> findVisible(UUID id) {
		return load("a.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Applications of a municipality, or of all visible ones ({@code municipality} null), optionally of a year. */
	public List<Application> list(MunicipalityKey municipality, Integer year) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("true");
		if (municipality != null) {
			where.append(" and a.municipality_id = :m");
			params.put("m", municipality.value());
		}
		if (year != null) {
			where.append(" and a.year = :year");
			params.put("year", year);
		}
		return load(where.toString(), params);
	}

	private List<Application> load(String where, Map<String, ?> params) {
		Map<String, List<Application.PlannedPosition>> positions = new HashMap<>();
		jdbc.sql("select l.* from funding_application_position l join funding_application a on a.municipality_id = l.municipality_id and a.id = l.application_id where "
				+ where + " order by l.line").params(params)
				.query(rs -> {
					positions.computeIfAbsent(key(rs, "application_id"), k -> new ArrayList<>()).add(new Application.PlannedPosition(
							Module.ofNumber(rs.getInt("module")).orElseThrow(), PositionKind.valueOf(rs.getString("kind")),
							new Fte(rs.getBigDecimal("fte")), rs.getInt("months"), rs.getBoolean("new_position")));
				});
		Map<String, List<Application.PassThrough>> passThrough = new HashMap<>();
		jdbc.sql("select l.* from funding_pass_through l join funding_application a on a.municipality_id = l.municipality_id and a.id = l.application_id where "
				+ where + " order by l.line").params(params)
				.query(rs -> {
					passThrough.computeIfAbsent(key(rs, "application_id"), k -> new ArrayList<>()).add(new Application.PassThrough(
							rs.getString("recipient_name"), EmployerKind.valueOf(rs.getString("recipient_kind")),
							Money.of(rs.getBigDecimal("amount"))));
				});
		return jdbc.sql("select a.* from funding_application a where " + where + " order by a.year desc, a.created_at desc")
				.params(params)
				.query((rs, n) -> {
					String key = key(rs, "id");
					return new Application(rs.getObject("id", UUID.class), MunicipalityKey.of(rs.getString("municipality_id")),
							rs.getInt("year"), Application.Status.valueOf(rs.getString("status")),
							positions.getOrDefault(key, List.of()), Money.of(rs.getBigDecimal("material_costs")),
							passThrough.getOrDefault(key, List.of()), Money.of(rs.getBigDecimal("requested_amount")),
							rs.getObject("submitted_on", LocalDate.class), rs.getBoolean("late"), rs.getString("return_reason"),
							rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
				}).list();
	}

	private static String key(ResultSet rs, String idColumn) throws SQLException {
		return rs.getString("municipality_id") + "/" + rs.getString(idColumn);
	}
}
