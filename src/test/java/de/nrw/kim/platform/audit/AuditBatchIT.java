package de.nrw.kim.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail.Accessed;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code recordAll} appends exactly the chain that one {@code record} per entry would append. */
@KimIntegrationTest
class AuditBatchIT {

	/** A municipality no other test writes to or breaks on purpose. */
	private static final MunicipalityKey BIELEFELD = MunicipalityKey.of("05711");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aBatchWritesTheSameChainAsSingleRecordsAndItVerifies() {
		JdbcAuditTrail fixed = new JdbcAuditTrail(jdbc,
				Clock.fixed(Instant.parse("2026-11-25T02:30:00.123456Z"), ZoneOffset.UTC));
		List<Accessed> listed = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			UUID client = UUID.randomUUID();
			listed.add(new Accessed(i == 3 ? null : client, i == 5 ? null : client));
		}

		List<AuditEntry> single = appendedBy(fixed, true, t -> listed
				.forEach(a -> t.record(AuditAction.READ, "Client", a.entityId(), a.clientId(), "Suche")));
		List<AuditEntry> batched = appendedBy(fixed, false,
				t -> t.recordAll(AuditAction.READ, "Client", listed, "Suche"));

		assertThat(batched).hasSize(7).isEqualTo(single);
		assertThat(batched).extracting(AuditEntry::entityId).containsExactlyElementsOf(
				listed.stream().map(Accessed::entityId).toList());
		assertThat(batched.get(1).previousHash()).isEqualTo(batched.get(0).hash());
		JdbcAuditTrail.Verification verification = TenantContext.callAs(BIELEFELD,
				() -> transactions.execute(status -> fixed.verify()));
		assertThat(verification.valid()).isTrue();
		assertThat(verification.checked()).isGreaterThanOrEqualTo(7);
	}

	@Test
	void anEmptyBatchWritesNothing() {
		JdbcAuditTrail real = new JdbcAuditTrail(jdbc, Clock.systemUTC());
		assertThat(appendedBy(real, false, t -> t.recordAll(AuditAction.READ, "Client", List.of(), "Suche")))
				.isEmpty();
	}

	/** The entries {@code work} appends in Bielefeld; rolled back afterwards if asked. */
	private List<AuditEntry> appendedBy(JdbcAuditTrail t, boolean rollBack, Consumer<JdbcAuditTrail> work) {
		return TenantContext.callAs(BIELEFELD, () -> transactions.execute(status -> {
			long before = jdbc.sql("select last_seq from audit_chain where municipality_id = :m")
					.param("m", BIELEFELD.value()).query(Long.class).single();
			work.accept(t);
			List<AuditEntry> appended = jdbc.sql(
					"select * from audit_event where municipality_id = :m and seq > :seq order by seq")
					.param("m", BIELEFELD.value()).param("seq", before)
					.query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
							rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
							rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
							rs.getObject("client_id", UUID.class), rs.getString("purpose"),
							rs.getString("previous_hash"), rs.getString("hash")))
					.list();
			if (rollBack) {
				status.setRollbackOnly();
			}
			return appended;
		}));
	}
}
