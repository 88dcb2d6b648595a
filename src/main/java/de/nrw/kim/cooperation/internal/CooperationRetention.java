package de.nrw.kim.cooperation.internal;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.PersonalDataEraser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases a person's referrals (with their content), case conferences (participants, minutes,
 * decisions) and transfer requests; first of all modules, because these rows point at consents and
 * cases (ADR 0026).
 */
@Component
@Order(10)
class CooperationRetention implements PersonalDataEraser {

	private final JdbcClient jdbc;

	CooperationRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "cooperation";
	}

	@Override
	public int erase(MunicipalityKey municipality, UUID clientId) {
		int erased = 0;
		for (String table : List.of("referral", "case_conference", "client_transfer")) {
			erased += jdbc.sql("delete from " + table + " where municipality_id = :m and client_id = :client")
					.param("m", municipality.value()).param("client", clientId).update();
		}
		return erased;
	}
}
