package de.nrw.kim.consent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The answer of {@link Consents#covering}: for each recipient the consent that covers every asked
 * category on the day, or what is missing.
 *
 * @param consentIds        the covering consent of each covered recipient
 * @param missingRecipients recipients no single active consent covers with all asked categories
 * @param missingCategories asked categories no active consent naming a missing recipient includes
 */
public record ConsentCheck(Map<Recipient, UUID> consentIds, List<Recipient> missingRecipients,
		Set<DataCategory> missingCategories) {

	public boolean covered() {
		return missingRecipients.isEmpty();
	}

	public Optional<UUID> consentFor(Recipient recipient) {
		return Optional.ofNullable(consentIds.get(recipient));
	}
}
