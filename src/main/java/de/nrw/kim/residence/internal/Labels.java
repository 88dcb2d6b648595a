package de.nrw.kim.residence.internal;

import java.util.EnumMap;
import java.util.Map;

import de.nrw.kim.residence.ResidenceType;

/** German names of the statuses for the reasons of a hint (the UI uses the message bundle). */
final class Labels {

	private static final Map<ResidenceType, String> TYPES = new EnumMap<>(Map.ofEntries(
			Map.entry(ResidenceType.GESTATTUNG, "Aufenthaltsgestattung (§ 55 AsylG)"),
			Map.entry(ResidenceType.DULDUNG, "Duldung (§ 60a AufenthG)"),
			Map.entry(ResidenceType.TEMPORARY_PROTECTION_24, "vorübergehender Schutz (§ 24 AufenthG)"),
			Map.entry(ResidenceType.PERMIT_25_1, "Aufenthaltserlaubnis § 25 Abs. 1 AufenthG"),
			Map.entry(ResidenceType.PERMIT_25_2, "Aufenthaltserlaubnis § 25 Abs. 2 AufenthG"),
			Map.entry(ResidenceType.PERMIT_25_3, "Aufenthaltserlaubnis § 25 Abs. 3 AufenthG"),
			Map.entry(ResidenceType.PERMIT_25_5, "Aufenthaltserlaubnis § 25 Abs. 5 AufenthG"),
			Map.entry(ResidenceType.PERMIT_25A, "Aufenthaltserlaubnis § 25a AufenthG"),
			Map.entry(ResidenceType.PERMIT_25B, "Aufenthaltserlaubnis § 25b AufenthG"),
			Map.entry(ResidenceType.OPPORTUNITY_104C, "Chancen-Aufenthaltsrecht (§ 104c AufenthG)"),
			Map.entry(ResidenceType.OTHER_PERMIT, "sonstige Aufenthaltserlaubnis"),
			Map.entry(ResidenceType.SETTLEMENT_PERMIT, "Niederlassungserlaubnis"),
			Map.entry(ResidenceType.EU_LONG_TERM, "Daueraufenthalt-EU"),
			Map.entry(ResidenceType.EU_FREE_MOVEMENT, "EU-Freizügigkeit"),
			Map.entry(ResidenceType.BLUE_CARD, "Blaue Karte EU"),
			Map.entry(ResidenceType.GERMAN_CITIZEN, "deutsche Staatsangehörigkeit")));

	private Labels() {
	}

	static String type(ResidenceType type) {
		return TYPES.get(type);
	}
}
