package de.nrw.kim.consent.internal;

import java.util.UUID;

import de.nrw.kim.client.PersonalDataEraser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erases a person's consents (with their scans) and the register of transmissions about them (ADR 0026). */
@Component
@Order(20)
class ConsentRetention implements PersonalDataEraser {

	private final JdbcClient jdbc;

	ConsentRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "consents";
	}

	@Override
	public int erase(MunicipalityKey municipality, UUID clientId) {
		int transmissions = delete("transmission", municipality, clientId);
		return transmissions + delete("consent", municipality, clientId);
	}

	private int delete(String table, MunicipalityKey municipality, UUID clientId) {
		return jdbc.sql("delete from " + table + " where municipality_id = :m and client_id = :client")
				.param("m", municipality.value()).param("client", clientId).update();
	}
}
