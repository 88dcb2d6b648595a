package de.nrw.kim.client.internal;

import java.util.UUID;

import de.nrw.kim.client.PersonalDataEraser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Deletes the person itself, after every other module has erased what points at it. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ClientRecordEraser implements PersonalDataEraser {

	private final Clients clients;

	ClientRecordEraser(Clients clients) {
		this.clients = clients;
	}

	@Override
	public String section() {
		return "clients";
	}

	@Override
	public int erase(MunicipalityKey municipality, UUID clientId) {
		return clients.delete(municipality, clientId);
	}
}
