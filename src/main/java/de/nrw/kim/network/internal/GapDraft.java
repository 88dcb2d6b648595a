package de.nrw.kim.network.internal;

import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.partner.LegalDomain;

/** A structural gap as entered; {@link #validate()} checks every field. */
public record GapDraft(String domain, String legalDomain, String partnerId, String offerId, String description,
		String caseId) {

	public record Valid(LifeDomain domain, LegalDomain legalDomain, UUID partnerId, UUID offerId, String description,
			UUID caseId) {
	}

	public Valid validate() {
		Input in = new Input();
		Valid valid = new Valid(in.choice("domain", domain, LifeDomain.class, true, "Bitte das Handlungsfeld angeben."),
				in.choice("legalDomain", legalDomain, LegalDomain.class, false, null),
				in.id("partnerId", partnerId, false, null), in.id("offerId", offerId, false, null),
				in.text("description", description, 2000, true, "Bitte die Lücke beschreiben (ohne Namen oder Merkmale von Personen)."),
				in.id("caseId", caseId, false, null));
		in.throwIfAny();
		return valid;
	}
}
