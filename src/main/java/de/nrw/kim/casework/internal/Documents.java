package de.nrw.kim.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents of case files (table {@code case_document}); lists never read the content. */
@Repository
public class Documents {

	private static final String METADATA = "id, case_id, title, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by";

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MunicipalityKey m, Document d, byte[] content) {
		jdbc.sql("""
				insert into case_document (municipality_id, id, case_id, title, file_name, media_type, size_bytes, sha256,
				    content, uploaded_at, uploaded_by)
				values (:m, :id, :case, :title, :fileName, :type, :size, :sha, :content, :at, :by)""")
				.param("m", m.value()).param("id", d.id()).param("case", d.caseId().value()).param("title", d.title())
				.param("fileName", d.fileName()).param("type", d.type().mediaType()).param("size", d.size())
				.param("sha", d.sha256()).param("content", content).param("at", Timestamp.from(d.uploadedAt()))
				.param("by", d.uploadedBy())
				.update();
	}

	public Optional<Document> find(MunicipalityKey m, CaseId caseId, UUID id) {
		return jdbc.sql("select " + METADATA + " from case_document where municipality_id = :m and case_id = :case and id = :id")
				.param("m", m.value()).param("case", caseId.value()).param("id", id)
				.query(Documents::map).optional();
	}

	public byte[] content(MunicipalityKey m, UUID id) {
		return jdbc.sql("select content from case_document where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id)
				.query((rs, n) -> rs.getBytes(1)).single();
	}

	/** Newest first. */
	public List<Document> ofCase(MunicipalityKey m, CaseId caseId) {
		return jdbc.sql("select " + METADATA + " from case_document where municipality_id = :m and case_id = :case"
				+ " order by uploaded_at desc, id")
				.param("m", m.value()).param("case", caseId.value())
				.query(Documents::map).list();
	}

	public void delete(MunicipalityKey m, UUID id) {
		jdbc.sql("delete from case_document where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).update();
	}

	static Document map(ResultSet rs, int row) throws SQLException {
		String mediaType = rs.getString("media_type");
		DocumentType type = Arrays.stream(DocumentType.values()).filter(t -> t.mediaType().equals(mediaType))
				.findFirst().orElseThrow();
		return new Document(rs.getObject("id", UUID.class), CaseId.of(rs.getObject("case_id", UUID.class)),
				rs.getString("title"), rs.getString("file_name"), type, rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
	}
}
