package de.nrw.kim.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code network_gap} and {@code network_gap_support}; the case of a gap is never read here. */
@Repository
class GapStore {

	private static final String SELECT = """
			select g.id, g.domain, g.legal_domain, g.partner_id, g.offer_id, g.description, g.status, g.resolution,
			    g.raised_on, g.version, g.raised_by = :me as raised_by_me,
			    1 + (select count(*) from network_gap_support s where s.municipality_id = g.municipality_id and s.gap_id = g.id) as evidence,
			    exists (select 1 from network_gap_support s where s.municipality_id = g.municipality_id and s.gap_id = g.id
			        and s.username = :me) as supported_by_me
			from network_gap g""";

	private final JdbcClient jdbc;

	GapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, UUID id, GapDraft.Valid g, UUID caseId, String by, LocalDate on) {
		jdbc.sql("""
				insert into network_gap (municipality_id, id, domain, legal_domain, partner_id, offer_id, description, case_id,
				    raised_by, raised_on)
				values (:m, :id, :domain, :legal, :partner, :offer, :description, :case, :by, :on)""")
				.param("m", m.value()).param("id", id).param("domain", g.domain().name())
				.param("legal", g.legalDomain() == null ? null : g.legalDomain().name()).param("partner", g.partnerId())
				.param("offer", g.offerId()).param("description", g.description()).param("case", caseId)
				.param("by", by).param("on", on).update();
	}

	/** @return false when the user had supported it already */
	boolean support(MunicipalityKey m, UUID id, String username) {
		return jdbc.sql("""
				insert into network_gap_support (municipality_id, gap_id, username) values (:m, :id, :u)
				on conflict do nothing""").param("m", m.value()).param("id", id).param("u", username).update() == 1;
	}

	void changeStatus(MunicipalityKey m, UUID id, GapStatus status, String resolution) {
		jdbc.sql("""
				update network_gap set status = :status, resolution = :resolution, updated_at = now(), version = version + 1
				where municipality_id = :m and id = :id""")
				.param("m", m.value()).param("id", id).param("status", status.name()).param("resolution", resolution).update();
	}

	Optional<Gap> find(MunicipalityKey m, UUID id, String me) {
		return jdbc.sql(SELECT + " where g.municipality_id = :m and g.id = :id").param("m", m.value()).param("id", id)
				.param("me", me).query(GapStore::gap).optional();
	}

	/** Gaps of the municipality; {@code mine} limits to those the user raised or supported. */
	PageResult<Gap> list(MunicipalityKey m, String me, boolean mine, GapStatus status, LifeDomain domain, Paging paging) {
		String where = " where g.municipality_id = :m and (cast(:status as text) is null or g.status = :status)"
				+ " and (cast(:domain as text) is null or g.domain = :domain)"
				+ (mine ? " and (g.raised_by = :me or exists (select 1 from network_gap_support s where s.municipality_id ="
						+ " g.municipality_id and s.gap_id = g.id and s.username = :me))" : "");
		var count = jdbc.sql("select count(*) from network_gap g" + where);
		var page = jdbc.sql(SELECT + where + " order by g.raised_on desc, g.id limit :limit offset :offset")
				.param("limit", paging.size()).param("offset", paging.offset());
		for (var statement : List.of(count, page)) {
			statement.param("m", m.value()).param("me", me).param("status", status == null ? null : status.name())
					.param("domain", domain == null ? null : domain.name());
		}
		return new PageResult<>(page.query(GapStore::gap).list(), paging.page(), paging.size(), count.query(Long.class).single());
	}

	Map<String, Long> countBy(MunicipalityKey m, String column) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select " + column + " as k, count(*) as n from network_gap where municipality_id = :m and " + column
				+ " is not null group by " + column + " order by " + column)
				.param("m", m.value()).query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
		return counts;
	}

	private static Gap gap(ResultSet rs, int row) throws SQLException {
		String legal = rs.getString("legal_domain");
		return new Gap(rs.getObject("id", UUID.class), LifeDomain.valueOf(rs.getString("domain")),
				legal == null ? null : LegalDomain.valueOf(legal), rs.getObject("partner_id", UUID.class),
				rs.getObject("offer_id", UUID.class), rs.getString("description"), GapStatus.valueOf(rs.getString("status")),
				rs.getString("resolution"), rs.getObject("raised_on", LocalDate.class), rs.getInt("evidence"),
				rs.getBoolean("raised_by_me"), rs.getBoolean("supported_by_me"), rs.getInt("version"));
	}
}
