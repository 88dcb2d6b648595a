package de.nrw.kim.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.cooperation.DeclineReason;
import de.nrw.kim.cooperation.ReferralFigures;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Tables {@code referral} and {@code referral_content}; every query names the municipality. */
@Repository
class ReferralStore {

	private static final String SELECT = """
			select r.*, c.note, c.disclosed::text as disclosed, c.outcome
			from referral r join referral_content c on c.municipality_id = r.municipality_id and c.referral_id = r.id""";

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	ReferralStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(MunicipalityKey m, Referral r) {
		jdbc.sql("""
				insert into referral (municipality_id, id, case_id, client_id, partner_id, consent_id, legal_domain, life_domain,
				    data_categories, status, sent_on, sent_at, sent_by, updated_at, updated_by)
				values (:m, :id, :case, :client, :partner, :consent, :legal, :life, :categories::text[], :status, :on, :at, :by,
				    :at, :by)""")
				.param("m", m.value()).param("id", r.id()).param("case", r.caseId()).param("client", r.clientId())
				.param("partner", r.partnerId()).param("consent", r.consentId()).param("legal", r.legalDomain().name())
				.param("life", r.lifeDomain() == null ? null : r.lifeDomain().name())
				.param("categories", "{" + r.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + "}")
				.param("status", r.status().name()).param("on", r.sentOn()).param("at", Timestamp.from(r.sentAt()))
				.param("by", r.sentBy()).update();
		jdbc.sql("insert into referral_content (municipality_id, referral_id, note, disclosed) values (:m, :id, :note, :disclosed::jsonb)")
				.param("m", m.value()).param("id", r.id()).param("note", r.note())
				.param("disclosed", json.writeValueAsString(r.disclosed())).update();
	}

	boolean answer(MunicipalityKey m, UUID id, int version, ReferralStatus status, DeclineReason reason, String outcome,
			boolean byPartner, String by, Instant at) {
		boolean written = jdbc.sql("""
				update referral set status = :status, decline_reason = :reason, updated_at = :at, updated_by = :by,
				    answered_at = case when :byPartner and answered_at is null then :at else answered_at end,
				    version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.param("status", status.name()).param("reason", reason == null ? null : reason.name())
				.param("at", Timestamp.from(at)).param("by", by).param("byPartner", byPartner).param("m", m.value())
				.param("id", id).param("version", version).update() == 1;
		if (written && outcome != null) {
			jdbc.sql("update referral_content set outcome = :outcome where municipality_id = :m and referral_id = :id")
					.param("outcome", outcome).param("m", m.value()).param("id", id).update();
		}
		return written;
	}

	Optional<Referral> find(MunicipalityKey m, UUID id) {
		return jdbc.sql(SELECT + " where r.municipality_id = :m and r.id = :id").param("m", m.value()).param("id", id)
				.query(this::referral).optional();
	}

	List<Referral> ofCase(MunicipalityKey m, UUID caseId) {
		return jdbc.sql(SELECT + " where r.municipality_id = :m and r.case_id = :case order by r.sent_at desc")
				.param("m", m.value()).param("case", caseId).query(this::referral).list();
	}

	PageResult<Referral> toPartner(MunicipalityKey m, UUID partnerId, ReferralStatus status, Paging paging) {
		return page(m, "r.partner_id = :key", partnerId, status, paging);
	}

	PageResult<Referral> sentBy(MunicipalityKey m, String username, ReferralStatus status, Paging paging) {
		return page(m, "r.sent_by = :key", username, status, paging);
	}

	private PageResult<Referral> page(MunicipalityKey m, String condition, Object key, ReferralStatus status, Paging paging) {
		String where = " where r.municipality_id = :m and " + condition
				+ " and (cast(:status as text) is null or r.status = :status)";
		long total = jdbc.sql("select count(*) from referral r" + where).param("m", m.value()).param("key", key)
				.param("status", status == null ? null : status.name()).query(Long.class).single();
		List<Referral> items = jdbc.sql(SELECT + where + " order by r.sent_at desc, r.id limit :limit offset :offset")
				.param("m", m.value()).param("key", key).param("status", status == null ? null : status.name())
				.param("limit", paging.size()).param("offset", paging.offset()).query(this::referral).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** Counts by one column for a municipality and year. */
	Map<String, Long> countBy(String column, MunicipalityKey m, int year) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select " + column + " as k, count(*) as n from referral where municipality_id = :m"
				+ " and sent_on >= :from and sent_on < :to and " + column + " is not null group by " + column)
				.param("m", m.value()).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
		return counts;
	}

	/** Declines for one reason per partner, by the year the referral was sent; most first. */
	List<ReferralFigures.PartnerDeclines> declinesByPartner(MunicipalityKey m, int year, DeclineReason reason) {
		return jdbc.sql("select partner_id, count(*) as n from referral where municipality_id = :m"
				+ " and sent_on >= :from and sent_on < :to and decline_reason = :reason"
				+ " group by partner_id order by n desc, partner_id")
				.param("m", m.value()).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
				.param("reason", reason.name())
				.query((rs, n) -> new ReferralFigures.PartnerDeclines(rs.getObject("partner_id", UUID.class), rs.getLong("n")))
				.list();
	}

	private Referral referral(ResultSet rs, int row) throws SQLException {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		Arrays.stream((String[]) rs.getArray("data_categories").getArray()).map(DataCategory::valueOf).forEach(categories::add);
		String life = rs.getString("life_domain");
		String reason = rs.getString("decline_reason");
		Map<String, Object> disclosed = json.readValue(rs.getString("disclosed"), new TypeReference<LinkedHashMap<String, Object>>() {
		});
		return new Referral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("partner_id", UUID.class),
				rs.getObject("consent_id", UUID.class), LegalDomain.valueOf(rs.getString("legal_domain")),
				life == null ? null : LifeDomain.valueOf(life), categories, ReferralStatus.valueOf(rs.getString("status")),
				reason == null ? null : DeclineReason.valueOf(reason), rs.getObject("sent_on", LocalDate.class),
				rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by"), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"), rs.getString("note"), disclosed, rs.getString("outcome"), rs.getInt("version"));
	}
}
