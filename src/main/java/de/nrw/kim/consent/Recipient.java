package de.nrw.kim.consent;

import java.util.Objects;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/** Whom data goes to: a partner of the municipality, or another municipality (transfers). */
public record Recipient(Kind kind, String id) {

	public enum Kind {
		PARTNER, MUNICIPALITY
	}

	public Recipient {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}

	public static Recipient partner(UUID partnerId) {
		return new Recipient(Kind.PARTNER, partnerId.toString());
	}

	public static Recipient municipality(MunicipalityKey key) {
		return new Recipient(Kind.MUNICIPALITY, key.value());
	}
}
