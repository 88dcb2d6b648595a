package de.nrw.kim.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail.Accessed;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code recordAll} appends exactly the chain that one {@code record} per entry would append. */
@KimIntegrationTest
class AuditBatchIT {

	/** A municipality no other test writes to or breaks on purpose. */
	private static final MunicipalityKey BIELEFELD = MunicipalityKey.of("05711");

	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");

	@LocalServerPort
	int port;

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
	void entriesAreAppendedWhenTheTransactionCommitsAndARollbackLeavesNone() {
		JdbcAuditTrail real = new JdbcAuditTrail(jdbc, Clock.systemUTC());
		UUID rolledBack = UUID.randomUUID();
		UUID committed = UUID.randomUUID();
		long before = headOf(BIELEFELD);

		TenantContext.runAs(BIELEFELD, () -> transactions.executeWithoutResult(status -> {
			real.record(AuditAction.READ, "Client", rolledBack, rolledBack, "Suche");
			status.setRollbackOnly();
		}));
		List<UUID> seenInside = TenantContext.callAs(BIELEFELD, () -> transactions.execute(status -> {
			real.record(AuditAction.READ, "Client", committed, committed, "Suche");
			real.recordAll(AuditAction.READ, "Client", List.of(new Accessed(committed, committed)), "Suche");
			return rowsAfter(BIELEFELD, before).stream().map(AuditEntry::entityId).toList();
		}));

		assertThat(seenInside).as("vor dem Commit").isEmpty();
		assertThat(appendedSince(BIELEFELD, before)).extracting(AuditEntry::entityId).containsExactly(committed, committed);
		assertThat(appendedSince(BIELEFELD, before)).extracting(AuditEntry::seq).containsExactly(before + 1, before + 2);
	}

	@Test
	void anEmptyBatchWritesNothing() {
		JdbcAuditTrail real = new JdbcAuditTrail(jdbc, Clock.systemUTC());
		assertThat(appendedBy(real, false, t -> t.recordAll(AuditAction.READ, "Client", List.of(), "Suche")))
				.isEmpty();
	}

	@Test
	void theCaseListWritesOneOverviewEntryPerListedCaseInListOrder() {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		cm.post("/cases", Map.of("clientId", cm.post("/clients", Map.of("givenName", "Lia", "familyName",
				uniqueName(), "gender", "FEMALE")).text("id")));
		long before = headOf(KOELN);
		ApiClient.Response list = cm.get("/cases?size=50");
		assertThat(list.status()).isEqualTo(200);
		List<String> listed = list.json().path("items").valueStream().map(c -> c.path("id").asString()).toList();
		assertThat(listed).isNotEmpty();
		assertThat(appendedSince(KOELN, before)).extracting(e -> e.entityType() + "/" + e.purpose() + "/" + e.entityId())
				.containsExactlyElementsOf(listed.stream().map(id -> "Case/Fallübersicht/" + id).toList());
	}

	@Test
	void theSearchWritesOneEntryPerListedClient() {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String family = uniqueName();
		for (String given : List.of("Anna", "Anne", "Hanna")) {
			cm.post("/clients", Map.of("givenName", given, "familyName", family, "gender", "FEMALE"));
		}
		long before = headOf(KOELN);
		ApiClient.Response found = cm.get("/clients?q=" + family);
		List<String> listed = found.json().path("items").valueStream().map(c -> c.path("id").asString()).toList();
		assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
		assertThat(appendedSince(KOELN, before)).extracting(e -> e.action() + "/" + e.purpose() + "/" + e.clientId())
				.containsExactlyElementsOf(listed.stream().map(id -> "READ/Suche/" + id).toList());
		assertThat(ApiClient.as(port, "admin.koeln").get("/audit/verify").json().path("valid").asBoolean()).isTrue();
	}

	/** A family name no other test uses, so a search finds only this test's clients. */
	private static String uniqueName() {
		StringBuilder name = new StringBuilder("Q");
		java.util.concurrent.ThreadLocalRandom.current().ints(9, 'a', 'z' + 1).forEach(c -> name.append((char) c));
		return name.toString();
	}

	private long headOf(MunicipalityKey m) {
		return TenantContext.callAs(m, () -> transactions.execute(status -> jdbc
				.sql("select last_seq from audit_chain where municipality_id = :m").param("m", m.value())
				.query(Long.class).single()));
	}

	private List<AuditEntry> appendedSince(MunicipalityKey m, long seq) {
		return TenantContext.callAs(m, () -> transactions.execute(status -> rowsAfter(m, seq)));
	}

	private List<AuditEntry> rowsAfter(MunicipalityKey m, long seq) {
		return jdbc.sql("select * from audit_event where municipality_id = :m and seq > :seq order by seq")
				.param("m", m.value()).param("seq", seq)
				.query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
						rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
						rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
						rs.getObject("client_id", UUID.class), rs.getString("purpose"),
						rs.getString("previous_hash"), rs.getString("hash")))
				.list();
	}

	/** The entries {@code work} appends in Bielefeld; rolled back afterwards if asked. */
	private List<AuditEntry> appendedBy(JdbcAuditTrail t, boolean rollBack, Consumer<JdbcAuditTrail> work) {
		return TenantContext.callAs(BIELEFELD, () -> transactions.execute(status -> {
			long before = jdbc.sql("select last_seq from audit_chain where municipality_id = :m")
					.param("m", BIELEFELD.value()).query(Long.class).single();
			work.accept(t);
			// entries are appended just before the commit (ADR 0813); here: now, inside the transaction
			TransactionSynchronizationUtils.triggerBeforeCommit(false);
			List<AuditEntry> appended = rowsAfter(BIELEFELD, before);
			if (rollBack) {
				status.setRollbackOnly();
			}
			return appended;
		}));
	}
}
