package de.nrw.kim.partner;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.platform.MunicipalityKey;

/** A network partner of a municipality, as every module may see it (no personal data of clients). */
public record Partner(UUID id, MunicipalityKey municipality, String name, PartnerType type,
		Set<LegalDomain> legalDomains, PartnerStatus status, Address address, String email, String phone,
		List<Contact> contacts, int version) {

	public boolean isConfirmed() {
		return status == PartnerStatus.CONFIRMED;
	}

	/** The legal domain a referral to this partner belongs to when none is given: its first one. */
	public LegalDomain mainLegalDomain() {
		return legalDomains.stream().sorted().findFirst().orElse(LegalDomain.OTHER);
	}

	public record Address(String street, String postalCode, String city) {
	}

	/** A contact person at the partner (business contact details only). */
	public record Contact(String name, String function, String email, String phone) {
	}
}
