package de.nrw.kim.funding.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change history of funding data: who changed what when, with the new values. Written in the
 * caller's transaction, so a rejected change leaves no entry. Funding data are not client data, so
 * this is no audit trail of personal data, just the record the grant procedure needs.
 */
@Component
public class FundingHistory {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;
	private final JsonMapper json;
	private final Clock clock;

	FundingHistory(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
		this.clock = clock;
	}

	/** A change of a municipality's object (position, application, notice …). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(MunicipalityKey municipality, String entityType, UUID entityId, String action,
			LocalDate effectiveFrom, Map<String, ?> details) {
		jdbc.sql("""
				insert into funding_change (municipality_id, id, entity_type, entity_id, at, actor, action, effective_from, details)
				values (:m, :id, :type, :entity, :at, :actor, :action, :from, :details::jsonb)""")
				.param("m", municipality.value()).param("id", UUID.randomUUID()).param("type", entityType)
				.param("entity", entityId).param("at", now()).param("actor", actor()).param("action", action)
				.param("from", effectiveFrom).param("details", json.writeValueAsString(details))
				.update();
	}

	/** The same change of many objects at once, in one batched statement (demo data, imports). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(MunicipalityKey municipality, String entityType, List<UUID> entityIds, String action,
			Map<String, ?> details) {
		String actor = actor();
		Timestamp at = now();
		String json = this.json.writeValueAsString(details);
		batch.batchUpdate("""
				insert into funding_change (municipality_id, id, entity_type, entity_id, at, actor, action, details)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", entityIds, 500, (ps, id) -> {
			ps.setString(1, municipality.value());
			ps.setObject(2, UUID.randomUUID());
			ps.setString(3, entityType);
			ps.setObject(4, id);
			ps.setTimestamp(5, at);
			ps.setString(6, actor);
			ps.setString(7, action);
			ps.setString(8, json);
		});
	}

	/** A change of a guideline or its rates (state reference data). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordGuideline(UUID guidelineId, String action, Map<String, ?> details) {
		jdbc.sql("""
				insert into funding_guideline_change (id, guideline_id, at, actor, action, details)
				values (:id, :guideline, :at, :actor, :action, :details::jsonb)""")
				.param("id", UUID.randomUUID()).param("guideline", guidelineId).param("at", now())
				.param("actor", actor()).param("action", action).param("details", json.writeValueAsString(details))
				.update();
	}

	/** The history of one object, oldest first. */
	public List<Change> of(MunicipalityKey municipality, UUID entityId) {
		return jdbc.sql("""
				select at, actor, action, entity_type, effective_from, details::text from funding_change
				where municipality_id = :m and entity_id = :id order by at, id""")
				.param("m", municipality.value()).param("id", entityId)
				.query((rs, n) -> new Change(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						rs.getString("action"), rs.getString("entity_type"),
						rs.getObject("effective_from", LocalDate.class), json.readValue(rs.getString("details"), MAP)))
				.list();
	}

	/** The history of a guideline, oldest first. */
	public List<Change> ofGuideline(UUID guidelineId) {
		return jdbc.sql("""
				select at, actor, action, details::text from funding_guideline_change
				where guideline_id = :id order by at, id""")
				.param("id", guidelineId)
				.query((rs, n) -> new Change(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						rs.getString("action"), "Guideline", null, json.readValue(rs.getString("details"), MAP)))
				.list();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	private static String actor() {
		return CurrentUser.find().map(CurrentUser::username).orElse("system");
	}

	/** One change: when, who, what, from which date on it takes effect, and the new values. */
	public record Change(Instant at, String actor, String action, String entityType, LocalDate effectiveFrom,
			Map<String, Object> details) {
	}
}
