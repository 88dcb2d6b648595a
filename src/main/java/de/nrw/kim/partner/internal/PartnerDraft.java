package de.nrw.kim.partner.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.PartnerType;
import de.nrw.kim.platform.ValidationException;

/**
 * A partner as entered (API or form), as text; {@link #validate()} turns it into checked values or
 * throws with a German message at every wrong field.
 */
public record PartnerDraft(String name, String type, List<String> legalDomains, String street, String postalCode,
		String city, String email, String phone, List<ContactDraft> contacts) {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final int MAX_CONTACTS = 20;

	public record ContactDraft(String name, String function, String email, String phone) {
	}

	/** The checked values of a partner. */
	public record Valid(String name, PartnerType type, Set<LegalDomain> legalDomains, Partner.Address address,
			String email, String phone, List<Partner.Contact> contacts) {
	}

	public Valid validate() {
		List<ValidationException.FieldError> errors = new ArrayList<>();
		String cleanName = text("name", name, 200, true, errors);
		PartnerType partnerType = null;
		if (blank(type)) {
			errors.add(new ValidationException.FieldError("type", "Bitte die Art des Partners angeben."));
		} else {
			try {
				partnerType = PartnerType.valueOf(type.strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				errors.add(new ValidationException.FieldError("type", "Diese Art von Partner gibt es nicht: " + type.strip()));
			}
		}
		Set<LegalDomain> domains = EnumSet.noneOf(LegalDomain.class);
		for (String domain : legalDomains == null ? List.<String>of() : legalDomains) {
			try {
				domains.add(LegalDomain.valueOf(domain == null ? "" : domain.strip().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				errors.add(new ValidationException.FieldError("legalDomains", "Diesen Rechtskreis gibt es nicht: " + domain));
			}
		}
		if (domains.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("legalDomains"))) {
			errors.add(new ValidationException.FieldError("legalDomains", "Bitte mindestens einen Rechtskreis angeben."));
		}
		String cleanStreet = text("street", street, 200, false, errors);
		String cleanPostalCode = text("postalCode", postalCode, 5, false, errors);
		if (cleanPostalCode != null && !POSTAL_CODE.matcher(cleanPostalCode).matches()) {
			errors.add(new ValidationException.FieldError("postalCode", "Die Postleitzahl hat fünf Ziffern."));
		}
		String cleanCity = text("city", city, 100, false, errors);
		String cleanEmail = email("email", email, errors);
		String cleanPhone = text("phone", phone, 50, false, errors);
		List<Partner.Contact> cleanContacts = new ArrayList<>();
		List<ContactDraft> given = contacts == null ? List.of() : contacts;
		if (given.size() > MAX_CONTACTS) {
			errors.add(new ValidationException.FieldError("contacts", "Höchstens " + MAX_CONTACTS + " Ansprechpersonen."));
		}
		for (int i = 0; i < given.size() && i < MAX_CONTACTS; i++) {
			ContactDraft c = given.get(i);
			if (c == null) {
				continue;
			}
			String prefix = "contacts[" + i + "].";
			String contactName = text(prefix + "name", c.name(), 200, true, errors);
			cleanContacts.add(new Partner.Contact(contactName, text(prefix + "function", c.function(), 200, false, errors),
					email(prefix + "email", c.email(), errors), text(prefix + "phone", c.phone(), 50, false, errors)));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new Valid(cleanName, partnerType, Set.copyOf(domains),
				new Partner.Address(cleanStreet, cleanPostalCode, cleanCity), cleanEmail, cleanPhone, List.copyOf(cleanContacts));
	}

	private static String email(String field, String value, List<ValidationException.FieldError> errors) {
		String clean = text(field, value, 200, false, errors);
		if (clean != null && !EMAIL.matcher(clean).matches()) {
			errors.add(new ValidationException.FieldError(field, "Bitte eine gültige E-Mail-Adresse angeben."));
		}
		return clean;
	}

	static String text(String field, String value, int max, boolean required, List<ValidationException.FieldError> errors) {
		if (blank(value)) {
			if (required) {
				errors.add(new ValidationException.FieldError(field, "Bitte ausfüllen."));
			}
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			errors.add(new ValidationException.FieldError(field, "Höchstens " + max + " Zeichen."));
		}
		return clean;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
