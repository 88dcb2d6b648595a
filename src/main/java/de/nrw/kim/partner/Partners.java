package de.nrw.kim.partner;

import java.util.Optional;
import java.util.UUID;

/**
 * Looking up partners from other modules (consent, cooperation, later network offers). Only partners
 * of the caller's municipality exist for the caller.
 */
public interface Partners {

	Optional<Partner> find(UUID partnerId);

	/** @throws de.nrw.kim.platform.NotFoundException when there is no such partner in the municipality */
	Partner require(UUID partnerId);

	/** The confirmed partners of the municipality, by name (for choosing one). */
	java.util.List<Partner> confirmed();

	/** The partner a user with the role PARTNER works for, if any. */
	Optional<Partner> ofMember(String username);
}
