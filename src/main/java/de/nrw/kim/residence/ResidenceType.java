package de.nrw.kim.residence;

/** The kinds of residence status of API.md "Residence", each with its group for statistics. */
public enum ResidenceType {
	GESTATTUNG(StatusGroup.PRECARIOUS),
	DULDUNG(StatusGroup.PRECARIOUS),
	TEMPORARY_PROTECTION_24(StatusGroup.TEMPORARY_PROTECTION),
	PERMIT_25_1(StatusGroup.HUMANITARIAN),
	PERMIT_25_2(StatusGroup.HUMANITARIAN),
	PERMIT_25_3(StatusGroup.HUMANITARIAN),
	PERMIT_25_5(StatusGroup.HUMANITARIAN),
	PERMIT_25A(StatusGroup.HUMANITARIAN),
	PERMIT_25B(StatusGroup.HUMANITARIAN),
	OPPORTUNITY_104C(StatusGroup.HUMANITARIAN),
	OTHER_PERMIT(StatusGroup.OTHER_TEMPORARY),
	SETTLEMENT_PERMIT(StatusGroup.PERMANENT),
	EU_LONG_TERM(StatusGroup.PERMANENT),
	EU_FREE_MOVEMENT(StatusGroup.EU_FREE_MOVEMENT),
	BLUE_CARD(StatusGroup.OTHER_TEMPORARY),
	GERMAN_CITIZEN(StatusGroup.CITIZEN);

	private final StatusGroup group;

	ResidenceType(StatusGroup group) {
		this.group = group;
	}

	public StatusGroup group() {
		return group;
	}
}
