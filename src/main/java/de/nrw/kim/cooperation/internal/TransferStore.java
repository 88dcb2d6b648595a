package de.nrw.kim.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Table {@code client_transfer}: the sending municipality writes its own rows; the receiving one reads
 * and answers those addressed to it (its own RLS policies). Every query names the municipality.
 */
@Repository
class TransferStore {

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	TransferStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Transfer t) {
		jdbc.sql("""
				insert into client_transfer (municipality_id, id, case_id, client_id, to_municipality, consent_id, data_categories,
				    disclosed, status, requested_at, requested_by)
				values (:m, :id, :case, :client, :to, :consent, :categories::text[], :disclosed::jsonb, 'PENDING', :at, :by)""")
				.param("m", t.from().value()).param("id", t.id()).param("case", t.caseId()).param("client", t.clientId())
				.param("to", t.to().value()).param("consent", t.consentId())
				.param("categories", "{" + t.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + "}")
				.param("disclosed", json.writeValueAsString(t.disclosed())).param("at", Timestamp.from(t.requestedAt()))
				.param("by", t.requestedBy()).update();
	}

	boolean pendingFor(MunicipalityKey m, UUID caseId) {
		return jdbc.sql("select count(*) from client_transfer where municipality_id = :m and case_id = :case and status = 'PENDING'")
				.param("m", m.value()).param("case", caseId).query(Long.class).single() > 0;
	}

	List<Transfer> ofCase(MunicipalityKey m, UUID caseId) {
		return jdbc.sql("select * from client_transfer where municipality_id = :m and case_id = :case order by requested_at desc")
				.param("m", m.value()).param("case", caseId).query(this::row).list();
	}

	List<Transfer> outgoing(MunicipalityKey m) {
		return jdbc.sql("select * from client_transfer where municipality_id = :m order by requested_at desc limit 200")
				.param("m", m.value()).query(this::row).list();
	}

	List<Transfer> incoming(MunicipalityKey m) {
		return jdbc.sql("select * from client_transfer where to_municipality = :m order by status = 'PENDING' desc, requested_at desc limit 200")
				.param("m", m.value()).query(this::row).list();
	}

	/** A transfer the municipality sent or receives. */
	Optional<Transfer> find(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from client_transfer where id = :id and (municipality_id = :m or to_municipality = :m)")
				.param("m", m.value()).param("id", id).query(this::row).optional();
	}

	boolean decline(MunicipalityKey receiver, UUID id, String reason, String by, Instant at) {
		return jdbc.sql("""
				update client_transfer set status = 'DECLINED', decline_reason = :reason, answered_at = :at, answered_by = :by
				where to_municipality = :m and id = :id and status = 'PENDING'""")
				.param("reason", reason).param("at", Timestamp.from(at)).param("by", by).param("m", receiver.value())
				.param("id", id).update() == 1;
	}

	/**
	 * Runs the owner-rights function that moves the client (V35/V36, ADR 0409) and returns the id of the
	 * sending case. It refuses unless the transfer is PENDING and addressed to the connection's
	 * municipality: SQLSTATE {@code KT404} / {@code KT409}.
	 */
	UUID accept(UUID id, UUID newCase, String by, String byName, UUID organisation, java.time.LocalDate today) {
		return jdbc.sql("select kim_transfer_accept(:id, :newCase, :by, :byName, :org, :today)")
				.param("id", id).param("newCase", newCase).param("by", by).param("byName", byName)
				.param("org", organisation).param("today", today).query(UUID.class).single();
	}

	/** The registered steps as module → function. */
	Map<String, String> registeredSteps() {
		Map<String, String> steps = new java.util.TreeMap<>();
		jdbc.sql("select module, function_name from client_transfer_step")
				.query(rs -> {
					steps.put(rs.getString(1), rs.getString(2));
				});
		return steps;
	}

	/** The transfer that opened the given case in the receiving municipality, if any. */
	Optional<Transfer> openedCase(MunicipalityKey receiver, UUID newCase) {
		return jdbc.sql("select * from client_transfer where to_municipality = :m and new_case_id = :case")
				.param("m", receiver.value()).param("case", newCase).query(this::row).optional();
	}

	private Transfer row(ResultSet rs, int n) throws SQLException {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		Arrays.stream((String[]) rs.getArray("data_categories").getArray()).map(DataCategory::valueOf).forEach(categories::add);
		Timestamp answered = rs.getTimestamp("answered_at");
		return new Transfer(rs.getObject("id", UUID.class), MunicipalityKey.of(rs.getString("municipality_id")),
				rs.getObject("case_id", UUID.class), rs.getObject("client_id", UUID.class),
				MunicipalityKey.of(rs.getString("to_municipality")), rs.getObject("consent_id", UUID.class), categories,
				json.readValue(rs.getString("disclosed"), new TypeReference<Map<String, Object>>() {
				}), Transfer.Status.valueOf(rs.getString("status")), rs.getString("decline_reason"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"),
				answered == null ? null : answered.toInstant(), rs.getString("answered_by"),
				rs.getObject("new_case_id", UUID.class));
	}
}
