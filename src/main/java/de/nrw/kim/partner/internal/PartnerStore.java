package de.nrw.kim.partner.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.PartnerStatus;
import de.nrw.kim.partner.PartnerType;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code partner} with its contacts and members; every query names the municipality. */
@Repository
class PartnerStore {

	private static final String SELECT = """
			select id, municipality_id, name, type, legal_domains, status, street, postal_code, city, email, phone, version
			from partner p""";

	private final JdbcClient jdbc;

	PartnerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityKey m, UUID id, PartnerDraft.Valid p, PartnerStatus status, String by, Instant at) {
		jdbc.sql("""
				insert into partner (municipality_id, id, name, type, legal_domains, status, street, postal_code, city,
				    email, phone, proposed_by, confirmed_by, created_at, updated_at)
				values (:m, :id, :name, :type, :domains::text[], :status, :street, :zip, :city, :email, :phone, :by,
				    :confirmedBy, :at, :at)""")
				.param("m", m.value()).param("id", id).param("name", p.name()).param("type", p.type().name())
				.param("domains", literal(p.legalDomains())).param("status", status.name())
				.param("street", p.address().street()).param("zip", p.address().postalCode())
				.param("city", p.address().city()).param("email", p.email()).param("phone", p.phone())
				.param("by", by).param("confirmedBy", status == PartnerStatus.CONFIRMED ? by : null)
				.param("at", Timestamp.from(at)).update();
		writeContacts(m, id, p.contacts());
	}

	boolean update(MunicipalityKey m, UUID id, int version, PartnerDraft.Valid p, Instant at) {
		boolean written = jdbc.sql("""
				update partner set name = :name, type = :type, legal_domains = :domains::text[], street = :street,
				    postal_code = :zip, city = :city, email = :email, phone = :phone, updated_at = :at, version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.param("m", m.value()).param("id", id).param("version", version).param("name", p.name())
				.param("type", p.type().name()).param("domains", literal(p.legalDomains()))
				.param("street", p.address().street()).param("zip", p.address().postalCode())
				.param("city", p.address().city()).param("email", p.email()).param("phone", p.phone())
				.param("at", Timestamp.from(at)).update() == 1;
		if (written) {
			jdbc.sql("delete from partner_contact where municipality_id = :m and partner_id = :id")
					.param("m", m.value()).param("id", id).update();
			writeContacts(m, id, p.contacts());
		}
		return written;
	}

	boolean confirm(MunicipalityKey m, UUID id, String by, Instant at) {
		return jdbc.sql("""
				update partner set status = 'CONFIRMED', confirmed_by = :by, updated_at = :at, version = version + 1
				where municipality_id = :m and id = :id and status = 'PROPOSED'""")
				.param("m", m.value()).param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
	}

	Optional<Partner> find(MunicipalityKey m, UUID id) {
		return jdbc.sql(SELECT + " where municipality_id = :m and id = :id").param("m", m.value()).param("id", id)
				.query(this::partnerWithoutContacts).optional().map(p -> withContacts(m, p));
	}

	PageResult<Partner> list(MunicipalityKey m, PartnerType type, LegalDomain domain, PartnerStatus status,
			String nameContains, Paging paging) {
		String where = " where municipality_id = :m and (cast(:type as text) is null or type = :type)"
				+ " and (cast(:domain as text) is null or :domain = any(legal_domains))"
				+ " and (cast(:status as text) is null or status = :status)"
				+ " and (cast(:q as text) is null or lower(name) like '%' || lower(:q) || '%')";
		var count = jdbc.sql("select count(*) from partner" + where);
		var page = jdbc.sql(SELECT + where + " order by lower(name), id limit :limit offset :offset")
				.param("limit", paging.size()).param("offset", paging.offset());
		for (var statement : List.of(count, page)) {
			statement.param("m", m.value()).param("type", type == null ? null : type.name())
					.param("domain", domain == null ? null : domain.name())
					.param("status", status == null ? null : status.name())
					.param("q", nameContains == null || nameContains.isBlank() ? null : nameContains.strip());
		}
		long total = count.query(Long.class).single();
		List<Partner> items = page.query(this::partnerWithoutContacts).list().stream().map(p -> withContacts(m, p)).toList();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	Optional<UUID> partnerOfMember(MunicipalityKey m, String username) {
		return jdbc.sql("select partner_id from partner_member where municipality_id = :m and username = :u")
				.param("m", m.value()).param("u", username).query(UUID.class).optional();
	}

	List<String> members(MunicipalityKey m, UUID partnerId) {
		return jdbc.sql("select username from partner_member where municipality_id = :m and partner_id = :p order by username")
				.param("m", m.value()).param("p", partnerId).query(String.class).list();
	}

	void link(MunicipalityKey m, UUID partnerId, String username, String by) {
		jdbc.sql("""
				insert into partner_member (municipality_id, username, partner_id, linked_by) values (:m, :u, :p, :by)
				on conflict (municipality_id, username) do update set partner_id = :p, linked_by = :by, linked_at = now()""")
				.param("m", m.value()).param("u", username).param("p", partnerId).param("by", by).update();
	}

	private void writeContacts(MunicipalityKey m, UUID id, List<Partner.Contact> contacts) {
		for (int i = 0; i < contacts.size(); i++) {
			Partner.Contact c = contacts.get(i);
			jdbc.sql("""
					insert into partner_contact (municipality_id, partner_id, seq, name, function, email, phone)
					values (:m, :p, :seq, :name, :function, :email, :phone)""")
					.param("m", m.value()).param("p", id).param("seq", i).param("name", c.name())
					.param("function", c.function()).param("email", c.email()).param("phone", c.phone()).update();
		}
	}

	private Partner withContacts(MunicipalityKey m, Partner p) {
		List<Partner.Contact> contacts = jdbc.sql("""
				select name, function, email, phone from partner_contact
				where municipality_id = :m and partner_id = :p order by seq""")
				.param("m", m.value()).param("p", p.id())
				.query((rs, n) -> new Partner.Contact(rs.getString("name"), rs.getString("function"),
						rs.getString("email"), rs.getString("phone")))
				.list();
		return new Partner(p.id(), p.municipality(), p.name(), p.type(), p.legalDomains(), p.status(), p.address(),
				p.email(), p.phone(), contacts, p.version());
	}

	private Partner partnerWithoutContacts(ResultSet rs, int row) throws SQLException {
		return new Partner(rs.getObject("id", UUID.class), MunicipalityKey.of(rs.getString("municipality_id")),
				rs.getString("name"), PartnerType.valueOf(rs.getString("type")), domains(rs.getArray("legal_domains")),
				PartnerStatus.valueOf(rs.getString("status")),
				new Partner.Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city")),
				rs.getString("email"), rs.getString("phone"), new ArrayList<>(), rs.getInt("version"));
	}

	private static Set<LegalDomain> domains(Array array) throws SQLException {
		Set<LegalDomain> domains = EnumSet.noneOf(LegalDomain.class);
		Arrays.stream((String[]) array.getArray()).map(LegalDomain::valueOf).forEach(domains::add);
		return domains;
	}

	private static String literal(Set<LegalDomain> domains) {
		return "{" + domains.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}";
	}
}
