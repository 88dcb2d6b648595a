package de.nrw.kim.funding.domain;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three funded building blocks (Bausteine) of KIM; in the API their numbers 1, 2, 3. */
public enum Module {
	/** Baustein 1: strategic management / coordination */
	COORDINATION(1),
	/** Baustein 2: case management on site */
	CASE_MANAGEMENT(2),
	/** Baustein 3: immigration and naturalisation offices */
	IMMIGRATION_OFFICE(3);

	private final int number;

	Module(int number) {
		this.number = number;
	}

	@JsonValue
	public int number() {
		return number;
	}

	public String key() {
		return String.valueOf(number);
	}

	public static Optional<Module> ofNumber(Integer number) {
		return Arrays.stream(values()).filter(m -> number != null && m.number == number).findFirst();
	}
}
