package de.nrw.kim.client.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.nrw.kim.client.internal.Client;
import de.nrw.kim.client.internal.ClientInput;
import de.nrw.kim.platform.ValidationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What the create and edit forms bind: text as typed (codes comma separated, dates as text), so every
 * mistake becomes a message at its field instead of a conversion error. Never a domain object.
 */
public class ClientForm {

	private String givenName;
	private String familyName;
	private String originalScriptName;
	private String birthDate;
	private String gender;
	private String nationalities;
	private String languages;
	private String arrivalDate;
	private String phone;
	private String email;
	private Integer version;

	static ClientForm of(Client client) {
		Client.ClientDetails d = client.details();
		ClientForm form = new ClientForm();
		form.givenName = d.givenName();
		form.familyName = d.familyName();
		form.originalScriptName = d.originalScriptName();
		form.birthDate = d.birthDate() == null ? null : d.birthDate().toString();
		form.gender = d.gender().name();
		form.nationalities = String.join(", ", d.nationalities());
		form.languages = String.join(", ", d.languages());
		form.arrivalDate = d.arrivalDate() == null ? null : d.arrivalDate().toString();
		form.phone = d.phone();
		form.email = d.email();
		form.version = client.version();
		return form;
	}

	/**
	 * The checked details, or {@code null} after recording every error at its field in {@code binding}.
	 */
	Client.ClientDetails validate(LocalDate today, BindingResult binding) {
		LocalDate arrival = null;
		if (arrivalDate != null && !arrivalDate.isBlank()) {
			try {
				arrival = LocalDate.parse(arrivalDate.strip());
			} catch (DateTimeParseException e) {
				binding.rejectValue("arrivalDate", "client.error.date");
			}
		}
		try {
			Client.ClientDetails details = ClientInput.validate(givenName, familyName, originalScriptName, birthDate,
					gender, codes(nationalities, Locale.ROOT, true), codes(languages, Locale.ROOT, false), arrival, phone,
					email, today);
			return binding.hasErrors() ? null : details;
		} catch (ValidationException e) {
			reject(e, binding);
			return null;
		}
	}

	/** Puts the (German) messages of a {@link ValidationException} at their fields. */
	static void reject(ValidationException e, BindingResult binding) {
		for (ValidationException.FieldError error : e.errors()) {
			binding.addError(new FieldError(binding.getObjectName(), error.field(), error.message()));
		}
	}

	private static List<String> codes(String text, Locale locale, boolean upper) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isBlank())
				.map(code -> upper ? code.toUpperCase(locale) : code.toLowerCase(locale)).toList();
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getOriginalScriptName() {
		return originalScriptName;
	}

	public void setOriginalScriptName(String originalScriptName) {
		this.originalScriptName = originalScriptName;
	}

	public String getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public String getNationalities() {
		return nationalities;
	}

	public void setNationalities(String nationalities) {
		this.nationalities = nationalities;
	}

	public String getLanguages() {
		return languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public String getArrivalDate() {
		return arrivalDate;
	}

	public void setArrivalDate(String arrivalDate) {
		this.arrivalDate = arrivalDate;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
