package de.nrw.kim.client.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.ClientImport;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ClientImport} through the same validation, duplicate check and service as the client API. */
@Service
class ClientImportService implements ClientImport {

	private final ClientService clients;
	private final ClientSearch search;
	private final Clock clock;

	ClientImportService(ClientService clients, ClientSearch search, Clock clock) {
		this.clients = clients;
		this.search = search;
		this.clock = clock;
	}

	@Override
	@PreAuthorize(Authorities.CASE_WORK)
	public List<ValidationException.FieldError> check(Row row) {
		List<ValidationException.FieldError> errors = new ArrayList<>();
		try {
			details(row, errors);
		} catch (ValidationException e) {
			errors.addAll(e.errors());
		}
		return errors;
	}

	@Override
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public List<String> possibleDuplicates(Row row) {
		if (!check(row).isEmpty()) {
			return List.of();
		}
		return search.duplicates(row.givenName(), row.familyName(), blankToNull(row.birthDate()), null).stream()
				.map(d -> d.givenName() + " " + d.familyName() + (d.birthDate() == null ? "" : " (" + d.birthDate() + ")"))
				.toList();
	}

	@Override
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public UUID create(Row row) {
		List<ValidationException.FieldError> errors = new ArrayList<>();
		Client.ClientDetails details = details(row, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return clients.create(details).id();
	}

	private Client.ClientDetails details(Row row, List<ValidationException.FieldError> errors) {
		LocalDate arrival = null;
		if (row.arrivalDate() != null && !row.arrivalDate().isBlank()) {
			try {
				arrival = LocalDate.parse(row.arrivalDate().strip());
			} catch (DateTimeParseException e) {
				errors.add(new ValidationException.FieldError("arrivalDate", "Bitte ein Datum angeben, z. B. 15.03.2024."));
			}
		}
		Client.ClientDetails details = ClientInput.validate(row.givenName(), row.familyName(), row.originalScriptName(),
				blankToNull(row.birthDate()), row.gender(), row.nationalities(), row.languages(), arrival, row.phone(),
				row.email(), LocalDate.now(clock));
		return errors.isEmpty() ? details : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
