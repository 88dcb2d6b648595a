package de.nrw.kim.funding.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Notice;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grant notices and their payments (tables {@code funding_notice}, {@code funding_payment}). */
@Repository
public class Notices {

	private final JdbcClient jdbc;

	Notices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long nextNumber() {
		return jdbc.sql("select nextval('funding_notice_number')").query(Long.class).single();
	}

	public void insert(Notice n) {
		jdbc.sql("""
				insert into funding_notice (municipality_id, id, application_id, year, reference_number, decision, decided_on,
				    computed_amount, approved_amount, approved_module1, approved_module2, approved_module3,
				    computed_module1, computed_module2, computed_module3, reason, conditions, guideline_version, decided_by, created_at)
				values (:m, :id, :application, :year, :reference, :decision, :decidedOn, :computed, :approved, :a1, :a2, :a3,
				    :c1, :c2, :c3, :reason, :conditions, :guideline, :by, :at)""")
				.param("m", n.municipality().value()).param("id", n.id()).param("application", n.applicationId())
				.param("year", n.year()).param("reference", n.referenceNumber()).param("decision", n.decision().name())
				.param("decidedOn", n.decidedOn()).param("computed", n.computedAmount().amount())
				.param("approved", n.approvedAmount().amount())
				.param("a1", n.approvedByModule().get(Module.COORDINATION).amount())
				.param("a2", n.approvedByModule().get(Module.CASE_MANAGEMENT).amount())
				.param("a3", n.approvedByModule().get(Module.IMMIGRATION_OFFICE).amount())
				.param("c1", n.computedByModule().get(Module.COORDINATION).amount())
				.param("c2", n.computedByModule().get(Module.CASE_MANAGEMENT).amount())
				.param("c3", n.computedByModule().get(Module.IMMIGRATION_OFFICE).amount())
				.param("reason", n.reason()).param("conditions", n.conditions()).param("guideline", n.guidelineVersion())
				.param("by", n.decidedBy()).param("at", java.sql.Timestamp.from(n.createdAt()))
				.update();
	}

	public Optional<Notice> findVisible(UUID id) {
		return jdbc.sql("select * from funding_notice where id = :id").param("id", id).query(Notices::map).optional();
	}

	public Optional<Notice> ofApplication(MunicipalityKey municipality, UUID applicationId) {
		return jdbc.sql("select * from funding_notice where municipality_id = :m and application_id = :a")
				.param("m", municipality.value()).param("a", applicationId).query(Notices::map).optional();
	}

	/** Notices of a municipality (or all visible ones), optionally of a year. */
	public List<Notice> list(MunicipalityKey municipality, Integer year) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("true");
		if (municipality != null) {
			where.append(" and municipality_id = :m");
			params.put("m", municipality.value());
		}
		if (year != null) {
			where.append(" and year = :year");
			params.put("year", year);
		}
		return jdbc.sql("select * from funding_notice where " + where + " order by decided_on desc, reference_number")
				.params(params).query(Notices::map).list();
	}

	/** The sum approved by all notices of a year (committed), across all visible municipalities. */
	public Money committed(int year) {
		return Money.of(jdbc.sql("select coalesce(sum(approved_amount), 0) from funding_notice where year = :y")
				.param("y", year).query(java.math.BigDecimal.class).single());
	}

	/** Serialises payments on one notice, so two instalments cannot together exceed it. */
	public void lockForPayment(UUID noticeId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:id, 0))").param("id", noticeId.toString())
				.query((rs, n) -> 0).list();
	}

	public void insertPayment(Payment payment) {
		jdbc.sql("""
				insert into funding_payment (municipality_id, id, notice_id, paid_on, amount, recorded_by)
				values (:m, :id, :notice, :on, :amount, :by)""")
				.param("m", payment.municipality().value()).param("id", payment.id()).param("notice", payment.noticeId())
				.param("on", payment.on()).param("amount", payment.amount().amount()).param("by", payment.recordedBy())
				.update();
	}

	public List<Payment> payments(MunicipalityKey municipality, UUID noticeId) {
		return jdbc.sql("select * from funding_payment where municipality_id = :m and notice_id = :n order by paid_on, recorded_at")
				.param("m", municipality.value()).param("n", noticeId)
				.query((rs, i) -> new Payment(rs.getObject("id", UUID.class), MunicipalityKey.of(rs.getString("municipality_id")),
						rs.getObject("notice_id", UUID.class), rs.getObject("paid_on", LocalDate.class),
						Money.of(rs.getBigDecimal("amount")), rs.getString("recorded_by")))
				.list();
	}

	/** What has been paid to a municipality on the notices of a year. */
	public Money paid(MunicipalityKey municipality, int year) {
		return Money.of(jdbc.sql("""
				select coalesce(sum(p.amount), 0) from funding_payment p
				join funding_notice n on n.municipality_id = p.municipality_id and n.id = p.notice_id
				where p.municipality_id = :m and n.year = :y""")
				.param("m", municipality.value()).param("y", year).query(java.math.BigDecimal.class).single());
	}

	private static Notice map(ResultSet rs, int row) throws SQLException {
		Map<Module, Money> approved = new EnumMap<>(Module.class);
		Map<Module, Money> computed = new EnumMap<>(Module.class);
		for (Module m : Module.values()) {
			approved.put(m, Money.of(rs.getBigDecimal("approved_module" + m.number())));
			computed.put(m, Money.of(rs.getBigDecimal("computed_module" + m.number())));
		}
		return new Notice(rs.getObject("id", UUID.class), MunicipalityKey.of(rs.getString("municipality_id")),
				rs.getObject("application_id", UUID.class), rs.getInt("year"), rs.getString("reference_number"),
				Notice.Decision.valueOf(rs.getString("decision")), rs.getObject("decided_on", LocalDate.class),
				Money.of(rs.getBigDecimal("computed_amount")), computed, Money.of(rs.getBigDecimal("approved_amount")),
				approved, rs.getString("reason"), rs.getString("conditions"), rs.getString("guideline_version"),
				rs.getString("decided_by"), rs.getTimestamp("created_at").toInstant());
	}

	/** A payment (instalment) on a notice. */
	public record Payment(UUID id, MunicipalityKey municipality, UUID noticeId, LocalDate on, Money amount,
			String recordedBy) {
	}
}
