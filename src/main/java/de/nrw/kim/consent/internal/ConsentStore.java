package de.nrw.kim.consent.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.consent.ConsentForm;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code consent} and {@code consent_scan}; every query names the municipality. */
@Repository
class ConsentStore {

	private static final String SELECT = """
			select c.*, s.file_name, s.media_type, s.size_bytes, s.sha256, s.uploaded_at, s.uploaded_by
			from consent c left join consent_scan s on s.municipality_id = c.municipality_id and s.consent_id = c.id""";

	private final JdbcClient jdbc;

	ConsentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, UUID id, UUID clientId, ConsentDraft.Valid c, String by, Instant at) {
		jdbc.sql("""
				insert into consent (municipality_id, id, client_id, partner_ids, municipality_keys, data_categories, purpose,
				    form, witness_name, interpreter_name, given_on, valid_until, created_at, created_by)
				values (:m, :id, :client, :partners::uuid[], :keys::text[], :categories::text[], :purpose, :form, :witness,
				    :interpreter, :given, :until, :at, :by)""")
				.param("m", m.value()).param("id", id).param("client", clientId)
				.param("partners", "{" + c.partnerIds().stream().map(UUID::toString).collect(Collectors.joining(",")) + "}")
				.param("keys", "{" + String.join(",", c.municipalityKeys()) + "}")
				.param("categories", "{" + c.categories().stream().map(Enum::name).collect(Collectors.joining(",")) + "}")
				.param("purpose", c.purpose()).param("form", c.form().name()).param("witness", c.witnessName())
				.param("interpreter", c.interpreterName()).param("given", c.givenOn()).param("until", c.validUntil())
				.param("at", Timestamp.from(at)).param("by", by).update();
	}

	boolean revoke(MunicipalityKey m, UUID id, String by, Instant at, String note) {
		return jdbc.sql("""
				update consent set revoked_at = :at, revoked_by = :by, revocation_note = :note, version = version + 1
				where municipality_id = :m and id = :id and revoked_at is null""")
				.param("m", m.value()).param("id", id).param("at", Timestamp.from(at)).param("by", by).param("note", note)
				.update() == 1;
	}

	Optional<Consent> find(MunicipalityKey m, UUID id) {
		return jdbc.sql(SELECT + " where c.municipality_id = :m and c.id = :id").param("m", m.value()).param("id", id)
				.query(ConsentStore::consent).optional();
	}

	List<Consent> ofClient(MunicipalityKey m, UUID clientId) {
		return jdbc.sql(SELECT + " where c.municipality_id = :m and c.client_id = :client order by c.given_on desc, c.created_at desc")
				.param("m", m.value()).param("client", clientId).query(ConsentStore::consent).list();
	}

	void saveScan(MunicipalityKey m, UUID consentId, ScanFile scan, String by, Instant at) {
		jdbc.sql("""
				insert into consent_scan (municipality_id, consent_id, file_name, media_type, size_bytes, sha256, content,
				    uploaded_at, uploaded_by)
				values (:m, :id, :name, :type, :size, :sha, :content, :at, :by)
				on conflict (municipality_id, consent_id) do update set file_name = :name, media_type = :type,
				    size_bytes = :size, sha256 = :sha, content = :content, uploaded_at = :at, uploaded_by = :by""")
				.param("m", m.value()).param("id", consentId).param("name", scan.fileName()).param("type", scan.mediaType())
				.param("size", (long) scan.content().length).param("sha", scan.sha256()).param("content", scan.content())
				.param("at", Timestamp.from(at)).param("by", by).update();
	}

	Optional<byte[]> scanContent(MunicipalityKey m, UUID consentId) {
		return jdbc.sql("select content from consent_scan where municipality_id = :m and consent_id = :id")
				.param("m", m.value()).param("id", consentId).query(byte[].class).optional();
	}

	private static Consent consent(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		Consent.Scan scan = rs.getString("file_name") == null ? null
				: new Consent.Scan(rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
						rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				Arrays.stream((UUID[]) rs.getArray("partner_ids").getArray()).toList(),
				List.of((String[]) rs.getArray("municipality_keys").getArray()), categories(rs.getArray("data_categories")),
				rs.getString("purpose"), ConsentForm.valueOf(rs.getString("form")), rs.getString("witness_name"),
				rs.getString("interpreter_name"), rs.getObject("given_on", java.time.LocalDate.class),
				rs.getObject("valid_until", java.time.LocalDate.class), revoked == null ? null : revoked.toInstant(),
				rs.getString("revoked_by"), rs.getString("revocation_note"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), scan, rs.getInt("version"));
	}

	static Set<DataCategory> categories(Array array) throws SQLException {
		Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
		Arrays.stream((String[]) array.getArray()).map(DataCategory::valueOf).forEach(set::add);
		return set;
	}
}
