package de.nrw.kim.platform;

import java.util.UUID;

/** An organisation inside a municipality whose staff do KIM work; cases belong to it. */
public record Organisation(UUID id, MunicipalityKey municipality, String name, Kind kind) {

	public enum Kind {
		/** an office of the Kreis or kreisfreie Stadt itself */
		MUNICIPAL_OFFICE,
		/** a kreisangehörige Gemeinde (pass-through funding) */
		TOWN,
		/** a Träger der Freien Wohlfahrtspflege: data controller of its own cases */
		WELFARE_ORG
	}
}
