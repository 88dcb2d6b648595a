package de.nrw.kim.consent.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.PersonalDataContributor;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.consent.Transmission;
import de.nrw.kim.consent.TransmissionRegister;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transmission register (Übermittlungsverzeichnis): written by every disclosing module, read by
 * the municipal administrator and part of the client's Art. 15 export.
 */
@Service
public class TransmissionService implements TransmissionRegister, PersonalDataContributor {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ClientDirectory clients;

	TransmissionService(JdbcClient jdbc, AuditTrail audit, ClientDirectory clients) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clients = clients;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Transmission record(UUID clientId, Recipient recipient, String recipientName, Set<DataCategory> categories,
			UUID consentId, String legalBasis, Transmission.Occasion occasion, UUID occasionId) {
		if (consentId == null && (legalBasis == null || legalBasis.isBlank())) {
			throw new IllegalArgumentException("Übermittlung ohne Einwilligung und ohne Rechtsgrundlage");
		}
		MunicipalityKey m = TenantContext.current().orElseThrow();
		Transmission t = new Transmission(UUID.randomUUID(), clientId, Instant.now(), CurrentUser.require().username(),
				recipient, recipientName, Set.copyOf(categories), consentId, legalBasis, occasion, occasionId);
		jdbc.sql("""
				insert into transmission (municipality_id, id, client_id, transmitted_at, transmitted_by, recipient_kind,
				    recipient_id, recipient_name, data_categories, consent_id, legal_basis, occasion, occasion_id)
				values (:m, :id, :client, :at, :by, :kind, :rid, :rname, :categories::text[], :consent, :basis, :occasion, :oid)""")
				.param("m", m.value()).param("id", t.id()).param("client", clientId).param("at", Timestamp.from(t.at()))
				.param("by", t.by()).param("kind", recipient.kind().name()).param("rid", recipient.id())
				.param("rname", recipientName)
				.param("categories", "{" + categories.stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + "}")
				.param("consent", consentId).param("basis", legalBasis).param("occasion", occasion.name())
				.param("oid", occasionId).update();
		return t;
	}

	/** The register of the municipality, newest first, optionally of one client (municipal administrator). */
	@Transactional
	@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
	public PageResult<Transmission> list(UUID clientId, Paging paging) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		String where = " where municipality_id = :m and (cast(:client as uuid) is null or client_id = :client)";
		long total = jdbc.sql("select count(*) from transmission" + where).param("m", m.value()).param("client", clientId)
				.query(Long.class).single();
		List<Transmission> items = jdbc.sql("select * from transmission" + where
				+ " order by transmitted_at desc, id limit :limit offset :offset")
				.param("m", m.value()).param("client", clientId).param("limit", paging.size())
				.param("offset", paging.offset()).query(TransmissionService::transmission).list();
		audit.record(AuditAction.READ, "TransmissionRegister", clientId, clientId, "Übermittlungsverzeichnis");
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	@Override
	public String section() {
		return "transmissions";
	}

	@Override
	public String title() {
		return "Übermittlungen an andere Stellen";
	}

	@Override
	public Object collect(UUID clientId) {
		MunicipalityKey m = TenantContext.current().orElseThrow();
		return jdbc.sql("select * from transmission where municipality_id = :m and client_id = :client order by transmitted_at")
				.param("m", m.value()).param("client", clientId).query(TransmissionService::transmission).list().stream()
				.map(t -> new ExportRow(t.at().toString(), t.recipientName(),
						t.categories().stream().sorted().map(Enum::name).toList(),
						t.consentId() == null ? null : t.consentId().toString(), t.legalBasis(), t.occasion().name()))
				.toList();
	}

	record ExportRow(String transmittedAt, String recipient, List<String> dataCategories, String consentId,
			String legalBasis, String occasion) {
	}

	private static Transmission transmission(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Transmission(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getTimestamp("transmitted_at").toInstant(), rs.getString("transmitted_by"),
				new Recipient(Recipient.Kind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_id")),
				rs.getString("recipient_name"), ConsentStore.categories(rs.getArray("data_categories")),
				rs.getObject("consent_id", UUID.class), rs.getString("legal_basis"),
				Transmission.Occasion.valueOf(rs.getString("occasion")), rs.getObject("occasion_id", UUID.class));
	}
}
