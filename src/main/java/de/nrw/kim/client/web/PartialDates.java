package de.nrw.kim.client.web;

import java.util.Locale;

import de.nrw.kim.client.PartialDate;

/** A partial date as people read it: "02.03.1985", "03.1985", "1985" in German, ISO in English. */
final class PartialDates {

	private PartialDates() {
	}

	static String display(String iso, Locale locale) {
		if (iso == null || !"de".equals(locale.getLanguage())) {
			return iso;
		}
		PartialDate date = PartialDate.parse(iso);
		if (date.month() == null) {
			return String.valueOf(date.year());
		}
		return date.day() == null ? String.format("%02d.%04d", date.month(), date.year())
				: String.format("%02d.%02d.%04d", date.day(), date.month(), date.year());
	}
}
