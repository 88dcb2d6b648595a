package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;

/** An offer as entered (API or form), as text; {@link #validate()} checks every field. */
public record OfferDraft(String partnerId, String title, String domain, List<String> languages, String targetGroup,
		String location, String openingHours, String capacity, String waitingWeeks, String cost, String accessibility,
		String lastCheckedOn) {

	private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

	public record Valid(UUID partnerId, String title, LifeDomain domain, List<String> languages, String targetGroup,
			String location, String openingHours, Integer capacity, Integer waitingWeeks, String cost,
			String accessibility, LocalDate lastCheckedOn) {
	}

	public Valid validate() {
		Input in = new Input();
		UUID partner = in.id("partnerId", partnerId, true, "Bitte den Partner angeben, der das Angebot macht.");
		String cleanTitle = in.text("title", title, 200, true, "Bitte die Bezeichnung des Angebots angeben.");
		LifeDomain lifeDomain = in.choice("domain", domain, LifeDomain.class, true, "Bitte das Handlungsfeld angeben.");
		Set<String> codes = new LinkedHashSet<>();
		for (String language : languages == null ? List.<String>of() : languages) {
			if (language == null || language.isBlank()) {
				continue;
			}
			String code = language.strip().toLowerCase(Locale.ROOT);
			if (code.length() != 2 || !ISO_639_1.contains(code)) {
				in.error("languages", "Bitte Sprachen als Kürzel nach ISO 639-1 angeben (z. B. de, ar, uk, tr): " + language.strip());
			}
			codes.add(code);
		}
		Valid valid = new Valid(partner, cleanTitle, lifeDomain, new ArrayList<>(codes),
				in.text("targetGroup", targetGroup, 500, false, null), in.text("location", location, 300, false, null),
				in.text("openingHours", openingHours, 300, false, null), in.number("capacity", capacity, 0, 100000),
				in.number("waitingWeeks", waitingWeeks, 0, 520), in.text("cost", cost, 200, false, null),
				in.text("accessibility", accessibility, 500, false, null),
				in.date("lastCheckedOn", lastCheckedOn, false, null));
		in.throwIfAny();
		return valid;
	}
}
