package de.nrw.kim.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code network_offer}; every query names the municipality. */
@Repository
class OfferStore {

	private static final String SELECT = """
			select id, partner_id, title, domain, languages, target_group, location, opening_hours, capacity,
			    waiting_weeks, cost, accessibility, last_checked_on, version
			from network_offer""";

	private final JdbcClient jdbc;

	OfferStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, UUID id, OfferDraft.Valid o, LocalDate checkedOn, String by) {
		jdbc.sql("""
				insert into network_offer (municipality_id, id, partner_id, title, domain, languages, target_group, location,
				    opening_hours, capacity, waiting_weeks, cost, accessibility, last_checked_on, created_by)
				values (:m, :id, :partner, :title, :domain, :languages::text[], :target, :location, :hours, :capacity,
				    :waiting, :cost, :access, :checked, :by)""")
				.param("m", m.value()).param("id", id).params(values(o)).param("checked", checkedOn).param("by", by).update();
	}

	boolean update(MunicipalityKey m, UUID id, int version, OfferDraft.Valid o, LocalDate checkedOn, Instant at) {
		return jdbc.sql("""
				update network_offer set partner_id = :partner, title = :title, domain = :domain, languages = :languages::text[],
				    target_group = :target, location = :location, opening_hours = :hours, capacity = :capacity,
				    waiting_weeks = :waiting, cost = :cost, accessibility = :access, last_checked_on = :checked,
				    updated_at = :at, version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.param("m", m.value()).param("id", id).param("version", version).params(values(o))
				.param("checked", checkedOn).param("at", Timestamp.from(at)).update() == 1;
	}

	boolean markChecked(MunicipalityKey m, UUID id, LocalDate on) {
		return jdbc.sql("""
				update network_offer set last_checked_on = :on, updated_at = now(), version = version + 1
				where municipality_id = :m and id = :id""")
				.param("m", m.value()).param("id", id).param("on", on).update() == 1;
	}

	boolean delete(MunicipalityKey m, UUID id) {
		return jdbc.sql("delete from network_offer where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).update() == 1;
	}

	Optional<Offer> find(MunicipalityKey m, UUID id) {
		return jdbc.sql(SELECT + " where municipality_id = :m and id = :id").param("m", m.value()).param("id", id)
				.query(OfferStore::offer).optional();
	}

	PageResult<Offer> search(MunicipalityKey m, LifeDomain domain, String language, String text, Paging paging) {
		String where = " where municipality_id = :m and (cast(:domain as text) is null or domain = :domain)"
				+ " and (cast(:language as text) is null or :language = any(languages))"
				+ " and (cast(:q as text) is null or lower(title || ' ' || coalesce(target_group, '') || ' '"
				+ " || coalesce(location, '')) like '%' || lower(:q) || '%')";
		var count = jdbc.sql("select count(*) from network_offer" + where);
		var page = jdbc.sql(SELECT + where + " order by lower(title), id limit :limit offset :offset")
				.param("limit", paging.size()).param("offset", paging.offset());
		for (var statement : List.of(count, page)) {
			statement.param("m", m.value()).param("domain", domain == null ? null : domain.name())
					.param("language", language).param("q", text);
		}
		return new PageResult<>(page.query(OfferStore::offer).list(), paging.page(), paging.size(),
				count.query(Long.class).single());
	}

	List<Offer> checkedBefore(MunicipalityKey m, LocalDate before, int limit) {
		return jdbc.sql(SELECT + " where municipality_id = :m and last_checked_on < :before order by last_checked_on, id limit :limit")
				.param("m", m.value()).param("before", before).param("limit", limit).query(OfferStore::offer).list();
	}

	long countCheckedBefore(MunicipalityKey m, LocalDate before) {
		return jdbc.sql("select count(*) from network_offer where municipality_id = :m and last_checked_on < :before")
				.param("m", m.value()).param("before", before).query(Long.class).single();
	}

	private static java.util.Map<String, Object> values(OfferDraft.Valid o) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("partner", o.partnerId());
		values.put("title", o.title());
		values.put("domain", o.domain().name());
		values.put("languages", "{" + String.join(",", o.languages()) + "}");
		values.put("target", o.targetGroup());
		values.put("location", o.location());
		values.put("hours", o.openingHours());
		values.put("capacity", o.capacity());
		values.put("waiting", o.waitingWeeks());
		values.put("cost", o.cost());
		values.put("access", o.accessibility());
		return values;
	}

	private static Offer offer(ResultSet rs, int row) throws SQLException {
		return new Offer(rs.getObject("id", UUID.class), rs.getObject("partner_id", UUID.class), null, rs.getString("title"),
				LifeDomain.valueOf(rs.getString("domain")), Arrays.asList((String[]) rs.getArray("languages").getArray()),
				rs.getString("target_group"), rs.getString("location"), rs.getString("opening_hours"),
				rs.getObject("capacity", Integer.class), rs.getObject("waiting_weeks", Integer.class), rs.getString("cost"),
				rs.getString("accessibility"), rs.getObject("last_checked_on", LocalDate.class), rs.getInt("version"));
	}
}
