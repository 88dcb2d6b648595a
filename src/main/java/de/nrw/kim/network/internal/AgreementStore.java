package de.nrw.kim.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code network_agreement} and {@code network_agreement_document}. */
@Repository
class AgreementStore {

	record Row(UUID id, UUID partnerId, String title, String body, LocalDate concludedOn, LocalDate validUntil, int version) {
	}

	private final JdbcClient jdbc;

	AgreementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, UUID id, AgreementService.Valid a, String by) {
		jdbc.sql("""
				insert into network_agreement (municipality_id, id, partner_id, title, body, concluded_on, valid_until, updated_by)
				values (:m, :id, :partner, :title, :body, :concluded, :until, :by)""")
				.param("m", m.value()).param("id", id).param("partner", a.partnerId()).param("title", a.title())
				.param("body", a.body()).param("concluded", a.concludedOn()).param("until", a.validUntil()).param("by", by)
				.update();
	}

	boolean update(MunicipalityKey m, UUID id, int version, AgreementService.Valid a, String by) {
		return jdbc.sql("""
				update network_agreement set partner_id = :partner, title = :title, body = :body, concluded_on = :concluded,
				    valid_until = :until, updated_by = :by, updated_at = now(), version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.param("m", m.value()).param("id", id).param("partner", a.partnerId()).param("title", a.title())
				.param("body", a.body()).param("concluded", a.concludedOn()).param("until", a.validUntil()).param("by", by)
				.param("version", version).update() == 1;
	}

	boolean delete(MunicipalityKey m, UUID id) {
		return jdbc.sql("delete from network_agreement where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).update() == 1;
	}

	Optional<Row> find(MunicipalityKey m, UUID id) {
		return jdbc.sql("select * from network_agreement where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).query(AgreementStore::row).optional();
	}

	List<Row> all(MunicipalityKey m) {
		return jdbc.sql("select * from network_agreement where municipality_id = :m order by title, id")
				.param("m", m.value()).query(AgreementStore::row).list();
	}

	void insertDocument(MunicipalityKey m, UUID agreementId, UUID id, AgreementFile file, String by) {
		jdbc.sql("""
				insert into network_agreement_document (municipality_id, id, agreement_id, file_name, size_bytes, sha256,
				    content, uploaded_by)
				values (:m, :id, :agreement, :name, :size, :sha, :content, :by)""")
				.param("m", m.value()).param("id", id).param("agreement", agreementId).param("name", file.fileName())
				.param("size", (long) file.content().length).param("sha", file.sha256()).param("content", file.content())
				.param("by", by).update();
	}

	List<Agreement.Document> documents(MunicipalityKey m, UUID agreementId) {
		return jdbc.sql("""
				select id, file_name, size_bytes, sha256, uploaded_at, uploaded_by from network_agreement_document
				where municipality_id = :m and agreement_id = :agreement order by uploaded_at, id""")
				.param("m", m.value()).param("agreement", agreementId).query(AgreementStore::document).list();
	}

	Optional<Agreement.Download> download(MunicipalityKey m, UUID agreementId, UUID id) {
		return jdbc.sql("""
				select id, file_name, size_bytes, sha256, uploaded_at, uploaded_by, content from network_agreement_document
				where municipality_id = :m and agreement_id = :agreement and id = :id""")
				.param("m", m.value()).param("agreement", agreementId).param("id", id)
				.query((rs, n) -> new Agreement.Download(document(rs, n), rs.getBytes("content"))).optional();
	}

	boolean deleteDocument(MunicipalityKey m, UUID agreementId, UUID id) {
		return jdbc.sql("delete from network_agreement_document where municipality_id = :m and agreement_id = :agreement and id = :id")
				.param("m", m.value()).param("agreement", agreementId).param("id", id).update() == 1;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("partner_id", UUID.class), rs.getString("title"),
				rs.getString("body"), rs.getObject("concluded_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getInt("version"));
	}

	private static Agreement.Document document(ResultSet rs, int n) throws SQLException {
		return new Agreement.Document(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
	}
}
