package de.nrw.kim.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Restriction of processing (Sperrung, Art. 18 GDPR) by the municipal administrator: a restricted
 * person stays stored but is hidden from every normal role (search, lists, client and case pages
 * answer 404) until the restriction is lifted. Every step is audited (ADR 0027).
 */
public interface ClientRestrictions {

	/** Restricts a client of the own municipality; 404 when there is none, 409 when restricted already. */
	Restriction restrict(UUID clientId, String reason);

	/** Lifts the restriction; 404 when the client is not restricted. */
	void lift(UUID clientId);

	/** The restricted persons of the own municipality, newest first. */
	List<Restriction> list();

	/** One restricted person: name and birth date only so the administrator can tell who it is. */
	record Restriction(UUID clientId, String name, String birthDate, Instant restrictedAt, String restrictedBy,
			String reason) {
	}
}
