package de.nrw.kim.funding.position;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Qualification;
import de.nrw.kim.funding.domain.StaffingState;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The positions register in tables {@code funding_position}, {@code …_terms}, {@code …_staffing}.
 * Loading returns whole aggregates (with their full history); Row-Level Security limits what a
 * caller sees, and every query also names the municipality explicitly where one is given.
 */
@Repository
public class Positions {

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;

	Positions(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Inserts many positions with their history in a few batched statements (demo data, imports). */
	public void insertAll(List<Position> all) {
		batch.batchUpdate("""
				insert into funding_position (municipality_id, id, module, kind, started_on, version, created_at, created_by)
				values (?, ?, ?, ?, ?, 0, ?, ?)""", all, 500, (ps, p) -> {
			ps.setString(1, p.municipality().value());
			ps.setObject(2, p.id());
			ps.setInt(3, p.module().number());
			ps.setString(4, p.kind().name());
			ps.setObject(5, p.startedOn());
			ps.setTimestamp(6, java.sql.Timestamp.from(p.createdAt()));
			ps.setString(7, p.createdBy());
		});
		List<Map.Entry<Position, Position.Terms>> terms = all.stream()
				.flatMap(p -> p.terms().stream().map(t -> Map.entry(p, t))).toList();
		batch.batchUpdate("""
				insert into funding_position_terms (municipality_id, position_id, seq, valid_from, fte, employer_name,
				    employer_kind, contract, fixed_term_until, phase_out, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", terms, 500, (ps, e) -> {
			Position.Terms t = e.getValue();
			ps.setString(1, e.getKey().municipality().value());
			ps.setObject(2, e.getKey().id());
			ps.setInt(3, t.seq());
			ps.setObject(4, t.validFrom());
			ps.setBigDecimal(5, t.fte().value());
			ps.setString(6, t.employerName());
			ps.setString(7, t.employerKind().name());
			ps.setString(8, t.contract().name());
			ps.setObject(9, t.fixedTermUntil());
			ps.setBoolean(10, t.phaseOut());
			ps.setTimestamp(11, java.sql.Timestamp.from(t.recordedAt()));
			ps.setString(12, t.recordedBy());
		});
		List<Map.Entry<Position, Position.Staffing>> staffing = all.stream()
				.flatMap(p -> p.staffing().stream().map(s -> Map.entry(p, s))).toList();
		batch.batchUpdate("""
				insert into funding_position_staffing (municipality_id, position_id, seq, from_date, state, qualification,
				    recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", staffing, 500, (ps, e) -> {
			Position.Staffing st = e.getValue();
			ps.setString(1, e.getKey().municipality().value());
			ps.setObject(2, e.getKey().id());
			ps.setInt(3, st.seq());
			ps.setObject(4, st.from());
			ps.setString(5, st.state().name());
			ps.setString(6, st.qualification() == null ? null : st.qualification().name());
			ps.setTimestamp(7, java.sql.Timestamp.from(st.recordedAt()));
			ps.setString(8, st.recordedBy());
		});
	}

	public void insert(Position position) {
		jdbc.sql("""
				insert into funding_position (municipality_id, id, module, kind, started_on, version, created_at, created_by)
				values (:m, :id, :module, :kind, :started, 0, :at, :by)""")
				.param("m", position.municipality().value()).param("id", position.id())
				.param("module", position.module().number()).param("kind", position.kind().name())
				.param("started", position.startedOn()).param("at", java.sql.Timestamp.from(position.createdAt()))
				.param("by", position.createdBy())
				.update();
		position.terms().forEach(t -> insertTerms(position.municipality(), position.id(), t));
		position.staffing().forEach(s -> insertStaffing(position.municipality(), position.id(), s));
	}

	/** Locks the position for a change and tells its version; empty when it is not there (or not visible). */
	public Optional<Integer> lock(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("select version from funding_position where municipality_id = :m and id = :id for update")
				.param("m", municipality.value()).param("id", id).query(Integer.class).optional();
	}

	public boolean bumpVersion(MunicipalityKey municipality, UUID id, int version) {
		return jdbc.sql("update funding_position set version = version + 1 where municipality_id = :m and id = :id and version = :v")
				.param("m", municipality.value()).param("id", id).param("v", version).update() == 1;
	}

	public int nextTermsSeq(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("select coalesce(max(seq), 0) + 1 from funding_position_terms where municipality_id = :m and position_id = :id")
				.param("m", municipality.value()).param("id", id).query(Integer.class).single();
	}

	public int nextStaffingSeq(MunicipalityKey municipality, UUID id) {
		return jdbc.sql("select coalesce(max(seq), 0) + 1 from funding_position_staffing where municipality_id = :m and position_id = :id")
				.param("m", municipality.value()).param("id", id).query(Integer.class).single();
	}

	public void insertTerms(MunicipalityKey municipality, UUID positionId, Position.Terms t) {
		jdbc.sql("""
				insert into funding_position_terms (municipality_id, position_id, seq, valid_from, fte, employer_name,
				    employer_kind, contract, fixed_term_until, phase_out, recorded_at, recorded_by)
				values (:m, :p, :seq, :from, :fte, :employer, :employerKind, :contract, :until, :phaseOut, :at, :by)""")
				.param("m", municipality.value()).param("p", positionId).param("seq", t.seq()).param("from", t.validFrom())
				.param("fte", t.fte().value()).param("employer", t.employerName()).param("employerKind", t.employerKind().name())
				.param("contract", t.contract().name()).param("until", t.fixedTermUntil()).param("phaseOut", t.phaseOut())
				.param("at", java.sql.Timestamp.from(t.recordedAt())).param("by", t.recordedBy())
				.update();
	}

	public void insertStaffing(MunicipalityKey municipality, UUID positionId, Position.Staffing s) {
		jdbc.sql("""
				insert into funding_position_staffing (municipality_id, position_id, seq, from_date, state, qualification,
				    recorded_at, recorded_by)
				values (:m, :p, :seq, :from, :state, :q, :at, :by)""")
				.param("m", municipality.value()).param("p", positionId).param("seq", s.seq()).param("from", s.from())
				.param("state", s.state().name()).param("q", s.qualification() == null ? null : s.qualification().name())
				.param("at", java.sql.Timestamp.from(s.recordedAt())).param("by", s.recordedBy())
				.update();
	}

	public void setActualCosts(MunicipalityKey municipality, UUID positionId, int year, Money amount, String actor) {
		jdbc.sql("""
				insert into funding_position_cost (municipality_id, position_id, year, amount, recorded_by)
				values (:m, :p, :year, :amount, :by)
				on conflict (municipality_id, position_id, year)
				do update set amount = excluded.amount, recorded_at = now(), recorded_by = excluded.recorded_by""")
				.param("m", municipality.value()).param("p", positionId).param("year", year)
				.param("amount", amount.amount()).param("by", actor)
				.update();
	}

	/** Actual personnel costs entered for a year, by position. */
	public Map<UUID, Money> actualCosts(MunicipalityKey municipality, int year) {
		Map<UUID, Money> costs = new HashMap<>();
		jdbc.sql("select position_id, amount from funding_position_cost where municipality_id = :m and year = :y")
				.param("m", municipality.value()).param("y", year)
				.query(rs -> {
					costs.put(rs.getObject("position_id", UUID.class), Money.of(rs.getBigDecimal("amount")));
				});
		return costs;
	}

	public Optional<Position> find(MunicipalityKey municipality, UUID id) {
		return load("p.municipality_id = :m and p.id = :id", Map.of("m", municipality.value(), "id", id)).stream().findFirst();
	}

	/** A position of any municipality the caller may see (state level); RLS decides. */
	public Optional<Position> findVisible(UUID id) {
		return load("p.id = :id", Map.of("id", id)).stream().findFirst();
	}

	public List<Position> ofMunicipality(MunicipalityKey municipality) {
		return load("p.municipality_id = :m", Map.of("m", municipality.value()));
	}

	/** Every position the caller may see (state level: all municipalities). */
	public List<Position> allVisible() {
		return load("true", Map.of());
	}

	/** Positions of the given municipalities (all visible ones when {@code municipalities} is empty). */
	public List<Position> of(Collection<MunicipalityKey> municipalities) {
		if (municipalities.isEmpty()) {
			return allVisible();
		}
		return load("p.municipality_id in (:ms)", Map.of("ms", municipalities.stream().map(MunicipalityKey::value).toList()));
	}

	private List<Position> load(String where, Map<String, ?> params) {
		Map<String, List<Position.Terms>> terms = new HashMap<>();
		jdbc.sql("select t.* from funding_position_terms t join funding_position p on p.municipality_id = t.municipality_id and p.id = t.position_id where " + where)
				.params(params)
				.query(rs -> {
					terms.computeIfAbsent(key(rs, "position_id"), k -> new ArrayList<>()).add(terms(rs));
				});
		Map<String, List<Position.Staffing>> staffing = new HashMap<>();
		jdbc.sql("select s.* from funding_position_staffing s join funding_position p on p.municipality_id = s.municipality_id and p.id = s.position_id where " + where)
				.params(params)
				.query(rs -> {
					staffing.computeIfAbsent(key(rs, "position_id"), k -> new ArrayList<>()).add(staffing(rs));
				});
		return jdbc.sql("select p.* from funding_position p where " + where + " order by p.municipality_id, p.module, p.started_on, p.id")
				.params(params)
				.query((rs, n) -> {
					String key = key(rs, "id");
					return new Position(rs.getObject("id", UUID.class), MunicipalityKey.of(rs.getString("municipality_id")),
							Module.ofNumber(rs.getInt("module")).orElseThrow(), PositionKind.valueOf(rs.getString("kind")),
							rs.getObject("started_on", LocalDate.class), terms.getOrDefault(key, List.of()),
							staffing.getOrDefault(key, List.of()), rs.getInt("version"),
							rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
				}).list();
	}

	private static String key(ResultSet rs, String idColumn) throws SQLException {
		return rs.getString("municipality_id") + "/" + rs.getString(idColumn);
	}

	private static Position.Terms terms(ResultSet rs) throws SQLException {
		return new Position.Terms(rs.getInt("seq"), rs.getObject("valid_from", LocalDate.class), new Fte(rs.getBigDecimal("fte")),
				rs.getString("employer_name"), EmployerKind.valueOf(rs.getString("employer_kind")),
				ContractType.valueOf(rs.getString("contract")), rs.getObject("fixed_term_until", LocalDate.class),
				rs.getBoolean("phase_out"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
	}

	private static Position.Staffing staffing(ResultSet rs) throws SQLException {
		String q = rs.getString("qualification");
		return new Position.Staffing(rs.getInt("seq"), rs.getObject("from_date", LocalDate.class),
				StaffingState.valueOf(rs.getString("state")), q == null ? null : Qualification.valueOf(q),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
	}
}
