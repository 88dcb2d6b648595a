package de.nrw.kim.casework.internal;

/** How a contact took place (API.md "Cases"). */
public enum ContactMode {
	IN_PERSON, PHONE, VIDEO, MESSAGE
}
