package de.nrw.kim.residence.internal;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.PersonalDataEraser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erases a person's residence statuses with their history, reminders, facts and perspective hints (ADR 0026). */
@Component
@Order(30)
class ResidenceRetention implements PersonalDataEraser {

	private static final String STATUSES = "(select id from residence_status where municipality_id = :m and client_id = :client)";

	private final JdbcClient jdbc;

	ResidenceRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "residence";
	}

	@Override
	public int erase(MunicipalityKey municipality, UUID clientId) {
		for (String table : List.of("residence_notification", "legal_domain_change", "perspective_hint")) {
			update("delete from " + table + " where municipality_id = :m and client_id = :client", municipality, clientId);
		}
		update("delete from residence_status_revision where municipality_id = :m and status_id in " + STATUSES,
				municipality, clientId);
		int statuses = update("delete from residence_status where municipality_id = :m and client_id = :client",
				municipality, clientId);
		return statuses + update("delete from residence_facts where municipality_id = :m and client_id = :client",
				municipality, clientId);
	}

	private int update(String sql, MunicipalityKey municipality, UUID clientId) {
		return jdbc.sql(sql).param("m", municipality.value()).param("client", clientId).update();
	}
}
