package de.nrw.kim.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code network_meeting}, {@code network_meeting_item} and {@code network_meeting_item_gap}. */
@Repository
class SteeringStore {

	private final JdbcClient jdbc;

	SteeringStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertMeeting(MunicipalityKey m, UUID id, LocalDate on, String title, String by) {
		jdbc.sql("insert into network_meeting (municipality_id, id, held_on, title, created_by) values (:m, :id, :on, :title, :by)")
				.param("m", m.value()).param("id", id).param("on", on).param("title", title).param("by", by).update();
	}

	void insertItem(MunicipalityKey m, UUID meetingId, UUID id, ItemValues v, List<UUID> gapIds) {
		jdbc.sql("""
				insert into network_meeting_item (municipality_id, id, meeting_id, seq, title, decision, responsible_partner_id,
				    due_on, status)
				values (:m, :id, :meeting, (select coalesce(max(seq), 0) + 1 from network_meeting_item
				    where municipality_id = :m and meeting_id = :meeting), :title, :decision, :partner, :due, :status)""")
				.param("m", m.value()).param("id", id).param("meeting", meetingId).param("title", v.title())
				.param("decision", v.decision()).param("partner", v.responsiblePartnerId()).param("due", v.dueOn())
				.param("status", v.status().name()).update();
		for (UUID gapId : gapIds) {
			jdbc.sql("insert into network_meeting_item_gap (municipality_id, item_id, gap_id) values (:m, :item, :gap)")
					.param("m", m.value()).param("item", id).param("gap", gapId).update();
		}
	}

	boolean updateItem(MunicipalityKey m, UUID meetingId, UUID id, int version, ItemValues v) {
		return jdbc.sql("""
				update network_meeting_item set title = :title, decision = :decision, responsible_partner_id = :partner,
				    due_on = :due, status = :status, version = version + 1
				where municipality_id = :m and meeting_id = :meeting and id = :id and version = :version""")
				.param("m", m.value()).param("meeting", meetingId).param("id", id).param("version", version)
				.param("title", v.title()).param("decision", v.decision()).param("partner", v.responsiblePartnerId())
				.param("due", v.dueOn()).param("status", v.status().name()).update() == 1;
	}

	Optional<Meeting> find(MunicipalityKey m, UUID id) {
		return jdbc.sql("select id, held_on, title from network_meeting where municipality_id = :m and id = :id")
				.param("m", m.value()).param("id", id).query((rs, n) -> meeting(rs)).optional()
				.map(meeting -> new Meeting(meeting.id(), meeting.on(), meeting.title(), items(m, id)));
	}

	PageResult<Meeting> list(MunicipalityKey m, Paging paging) {
		long total = jdbc.sql("select count(*) from network_meeting where municipality_id = :m").param("m", m.value())
				.query(Long.class).single();
		List<Meeting> meetings = jdbc.sql("""
				select id, held_on, title from network_meeting where municipality_id = :m
				order by held_on desc, id limit :limit offset :offset""")
				.param("m", m.value()).param("limit", paging.size()).param("offset", paging.offset())
				.query((rs, n) -> meeting(rs)).list();
		return new PageResult<>(meetings, paging.page(), paging.size(), total);
	}

	private List<Meeting.Item> items(MunicipalityKey m, UUID meetingId) {
		return jdbc.sql("""
				select i.id, i.seq, i.title, i.decision, i.responsible_partner_id, i.due_on, i.status, i.version,
				    coalesce((select array_agg(g.gap_id order by g.gap_id) from network_meeting_item_gap g
				        where g.municipality_id = i.municipality_id and g.item_id = i.id), '{}') as gap_ids
				from network_meeting_item i where i.municipality_id = :m and i.meeting_id = :meeting order by i.seq""")
				.param("m", m.value()).param("meeting", meetingId).query(SteeringStore::item).list();
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class), rs.getString("title"), List.of());
	}

	private static Meeting.Item item(ResultSet rs, int row) throws SQLException {
		return new Meeting.Item(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("title"),
				List.of((UUID[]) rs.getArray("gap_ids").getArray()), rs.getString("decision"),
				rs.getObject("responsible_partner_id", UUID.class), null, rs.getObject("due_on", LocalDate.class),
				Meeting.ItemStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}

	record ItemValues(String title, String decision, UUID responsiblePartnerId, LocalDate dueOn, Meeting.ItemStatus status) {
	}
}
