package de.nrw.kim.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The consent check for every module that discloses a client's data (referrals now; conferences
 * and transfers later). Works in the caller's municipality for any role (a partner's staff reading a
 * referral are checked too); it never discloses anything itself.
 */
public interface Consents {

	/**
	 * Whether, on the given day, for every recipient one active (not revoked, not expired) consent of
	 * the client names that recipient and includes every category.
	 */
	ConsentCheck covering(UUID clientId, Collection<Recipient> recipients, Set<DataCategory> categories, LocalDate on);

	/** The categories some active consent of the client releases to the recipient on the day. */
	Set<DataCategory> coveredCategories(UUID clientId, Recipient recipient, LocalDate on);

	/** Today in Germany, the day against which consents are checked. */
	LocalDate today();
}
