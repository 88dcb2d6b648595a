package de.nrw.kim.client;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.ValidationException;

/**
 * Creating clients from a spreadsheet (module {@code dataimport}) with exactly the rules of the client
 * API: the same validation and German messages, the same duplicate check, the same audit entries.
 * The client belongs to the caller (a case manager) and the caller's municipality and organisation.
 */
public interface ClientImport {

	/** The field errors the client API would answer for this row (empty when it is valid); saves nothing. */
	List<ValidationException.FieldError> check(Row row);

	/** Names and birth dates of likely duplicates among the clients the caller may see (each look-up is audited). */
	List<String> possibleDuplicates(Row row);

	/**
	 * Creates the client inside the caller's transaction.
	 *
	 * @throws ValidationException when the row is not valid
	 */
	UUID create(Row row);

	/**
	 * One client as typed: birth date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; gender
	 * {@code FEMALE}, {@code MALE}, {@code DIVERSE} or {@code UNSPECIFIED}; ISO 3166 alpha-3
	 * nationalities; ISO 639-1 languages; arrival date {@code YYYY-MM-DD}.
	 */
	record Row(String givenName, String familyName, String originalScriptName, String birthDate, String gender,
			List<String> nationalities, List<String> languages, String arrivalDate, String phone, String email) {
	}
}
