package de.nrw.kim.residence.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.residence.ResidenceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders about expiring statuses (table {@code residence_notification}). */
@Repository
public class Notifications {

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether it was new: a (status, expiry date, lead time) is notified at most once */
	boolean insertOnce(MunicipalityKey m, ResidenceStatus s, int leadDays, Instant at) {
		return jdbc.sql("""
				insert into residence_notification (municipality_id, id, recipient, client_id, status_id, lead_days, due_on, created_at)
				values (:m, :id, :recipient, :client, :status, :lead, :due, :at)
				on conflict (municipality_id, status_id, due_on, lead_days) do nothing""")
				.param("m", m.value()).param("id", UUID.randomUUID()).param("recipient", s.createdBy())
				.param("client", s.clientId()).param("status", s.id()).param("lead", leadDays)
				.param("due", Date.valueOf(s.validUntil())).param("at", Timestamp.from(at))
				.update() == 1;
	}

	PageResult<Notification> of(MunicipalityKey m, String recipient, Paging paging) {
		long total = jdbc.sql("select count(*) from residence_notification where municipality_id = :m and recipient = :r")
				.param("m", m.value()).param("r", recipient).query(Long.class).single();
		List<Notification> items = jdbc.sql("""
				select n.*, s.type from residence_notification n
				join residence_status s on s.municipality_id = n.municipality_id and s.id = n.status_id
				where n.municipality_id = :m and n.recipient = :r
				order by n.read_at is not null, n.due_on, n.created_at desc limit :limit offset :offset""")
				.param("m", m.value()).param("r", recipient).param("limit", paging.size()).param("offset", paging.offset())
				.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
						rs.getObject("status_id", UUID.class), ResidenceType.valueOf(rs.getString("type")),
						rs.getObject("due_on", LocalDate.class), rs.getInt("lead_days"),
						rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
				.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	long unread(MunicipalityKey m, String recipient) {
		return jdbc.sql("select count(*) from residence_notification where municipality_id = :m and recipient = :r and read_at is null")
				.param("m", m.value()).param("r", recipient).query(Long.class).single();
	}

	boolean markRead(MunicipalityKey m, UUID id, String recipient, Instant at) {
		return jdbc.sql("""
				update residence_notification set read_at = coalesce(read_at, :at)
				where municipality_id = :m and id = :id and recipient = :r""")
				.param("m", m.value()).param("id", id).param("r", recipient).param("at", Timestamp.from(at)).update() == 1;
	}

	UUID clientOf(MunicipalityKey m, UUID id) {
		return jdbc.sql("select client_id from residence_notification where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).query(UUID.class).optional().orElse(null);
	}

	public record Notification(UUID id, UUID clientId, UUID statusId, ResidenceType type, LocalDate dueOn, int leadDays,
			Instant createdAt, boolean read) {
	}
}
