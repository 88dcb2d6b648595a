package de.nrw.kim.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail in PostgreSQL. Entries of a transaction are appended just before it commits (ADR
 * 0813): appending locks the municipality's chain head, so entries of one municipality get gap-free
 * sequence numbers and each hashes its predecessor, and that lock is held only from the append to the
 * commit instead of from the first read of a request to its end. The entries commit or roll back with
 * the business change as before.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private static final int ROWS_PER_INSERT = 500;

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, UUID entityId, UUID clientId, String purpose) {
		recordAll(action, entityType, List.of(new Accessed(entityId, clientId)), purpose);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(AuditAction action, String entityType, List<Accessed> entries, String purpose) {
		if (entries.isEmpty()) {
			return;
		}
		MunicipalityKey tenant = TenantContext.current()
				.orElseThrow(() -> new IllegalStateException("Protokolleintrag ohne Kommune"));
		String actor = CurrentUser.find().map(CurrentUser::username).orElse("system");
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Row> pending = pending();
		for (Accessed entry : entries) {
			pending.add(new Row(tenant, at, actor, action, entityType, entry, purpose));
		}
	}

	/** The entries of the current transaction (a suspended outer transaction keeps its own). */
	private List<Row> pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingEntries entries && entries.trail == this) {
				return entries.rows;
			}
		}
		PendingEntries entries = new PendingEntries(this);
		TransactionSynchronizationManager.registerSynchronization(entries);
		return entries.rows;
	}

	/** Per municipality: one lock of the chain head, one insert per {@value #ROWS_PER_INSERT} entries, one update. */
	private void append(List<Row> rows) {
		Map<MunicipalityKey, List<Row>> byTenant = new TreeMap<>(Comparator.comparing(MunicipalityKey::value));
		rows.forEach(row -> byTenant.computeIfAbsent(row.tenant(), t -> new ArrayList<>()).add(row));
		byTenant.forEach((tenant, ofTenant) -> {
			Head head = jdbc.sql("select last_seq, last_hash from audit_chain where municipality_id = :m for update")
					.param("m", tenant.value())
					.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
					.single();
			List<Link> links = new ArrayList<>(ofTenant.size());
			long seq = head.seq();
			String previous = head.hash();
			for (Row row : ofTenant) {
				seq++;
				String hash = AuditEntry.hashOf(tenant.value(), seq, row.at(), row.actor(), row.action(), row.entityType(),
						row.entry().entityId(), row.entry().clientId(), row.purpose(), previous);
				links.add(new Link(seq, row, previous, hash));
				previous = hash;
			}
			for (int from = 0; from < links.size(); from += ROWS_PER_INSERT) {
				insert(tenant, links.subList(from, Math.min(links.size(), from + ROWS_PER_INSERT)));
			}
			jdbc.sql("update audit_chain set last_seq = :seq, last_hash = :hash where municipality_id = :m")
					.param("seq", seq).param("hash", previous).param("m", tenant.value())
					.update();
		});
	}

	private void insert(MunicipalityKey tenant, List<Link> links) {
		StringJoiner rows = new StringJoiner(", ");
		for (int i = 0; i < links.size(); i++) {
			rows.add("(:m, :seq%1$d, :at%1$d, :actor%1$d, :action%1$d, :type%1$d, :entity%1$d, :client%1$d, :purpose%1$d, :previous%1$d, :hash%1$d)"
					.formatted(i));
		}
		JdbcClient.StatementSpec insert = jdbc.sql("""
				insert into audit_event (municipality_id, seq, at, actor, action, entity_type, entity_id, client_id,
				                         purpose, previous_hash, hash)
				values """ + rows)
				.param("m", tenant.value());
		for (int i = 0; i < links.size(); i++) {
			Link link = links.get(i);
			Row row = link.row();
			insert = insert.param("seq" + i, link.seq()).param("at" + i, Timestamp.from(row.at()))
					.param("actor" + i, row.actor()).param("action" + i, row.action().name())
					.param("type" + i, row.entityType()).param("entity" + i, row.entry().entityId())
					.param("client" + i, row.entry().clientId()).param("purpose" + i, row.purpose())
					.param("previous" + i, link.previous()).param("hash" + i, link.hash());
		}
		insert.update();
	}

	/** Appends the transaction's entries before it commits; a rollback discards them with everything else. */
	private static final class PendingEntries implements TransactionSynchronization {

		private final JdbcAuditTrail trail;
		private final List<Row> rows = new ArrayList<>();

		PendingEntries(JdbcAuditTrail trail) {
			this.trail = trail;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!rows.isEmpty()) {
				trail.append(rows);
				rows.clear();
			}
		}
	}

	@Transactional(readOnly = true)
	PageResult<AuditEntry> find(UUID clientId, Paging paging) {
		String filter = clientId == null ? "" : " and client_id = :client";
		String tenant = TenantContext.current().orElseThrow().value();
		long total = jdbc.sql("select count(*) from audit_event where municipality_id = :m" + filter)
				.param("m", tenant).param("client", clientId).query(Long.class).single();
		List<AuditEntry> items = jdbc.sql("select * from audit_event where municipality_id = :m" + filter
				+ " order by seq limit :limit offset :offset")
				.param("m", tenant).param("client", clientId)
				.param("limit", paging.size()).param("offset", paging.offset())
				.query(JdbcAuditTrail::entry).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** Walks the whole chain of the caller's municipality; any changed, removed or inserted entry shows. */
	@Transactional(readOnly = true)
	Verification verify() {
		String tenant = TenantContext.current().orElseThrow().value();
		long[] checked = {0};
		String[] expectedPrevious = {""};
		boolean[] valid = {true};
		Long[] firstBroken = {null};
		jdbc.sql("select * from audit_event where municipality_id = :m order by seq")
				.param("m", tenant)
				.query(rs -> {
					AuditEntry entry = entry(rs, 0);
					checked[0]++;
					boolean ok = entry.seq() == checked[0] && entry.previousHash().equals(expectedPrevious[0])
							&& entry.matches(tenant);
					if (!ok && valid[0]) {
						valid[0] = false;
						firstBroken[0] = entry.seq();
					}
					expectedPrevious[0] = entry.hash();
				});
		String head = jdbc.sql("select last_hash from audit_chain where municipality_id = :m").param("m", tenant)
				.query(String.class).single();
		if (valid[0] && !head.equals(expectedPrevious[0])) {
			valid[0] = false;
			firstBroken[0] = checked[0];
		}
		return new Verification(valid[0], checked[0], firstBroken[0]);
	}

	private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
				rs.getObject("entity_id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("purpose"),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	private record Head(long seq, String hash) {
	}

	private record Row(MunicipalityKey tenant, Instant at, String actor, AuditAction action, String entityType,
			Accessed entry, String purpose) {
	}

	private record Link(long seq, Row row, String previous, String hash) {
	}

	record Verification(boolean valid, long checked, Long firstBrokenSeq) {
	}
}
