package de.nrw.kim.dataimport.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.client.ClientImport;
import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload, dry run and import of clients (and their cases) from a spreadsheet by a case manager. The
 * import is one transaction through the public APIs of {@code client} and {@code casework}: all rows
 * or none.
 */
@Service
public class ImportService {

	static final String ENTITY = "Import";
	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final ClientImport clients;
	private final CaseWork cases;
	private final AuditTrail audit;

	ImportService(JdbcClient jdbc, ClientImport clients, CaseWork cases, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.cases = cases;
		this.audit = audit;
	}

	/** Reads and keeps the file for the next steps; older uploads of the same person not imported are removed. */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Upload upload(String filename, byte[] content) {
		Table table = SpreadsheetReader.read(filename, content);
		CurrentUser user = CurrentUser.require();
		jdbc.sql("delete from import_upload where municipality_id = :m and created_by = :by and created_at < now() - interval '24 hours'")
				.param("m", user.requireMunicipality().value()).param("by", user.username()).update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into import_upload (id, municipality_id, created_by, filename, headers, cells)
				values (:id, :municipality, :by, :filename, cast(:headers as jsonb), cast(:cells as jsonb))""")
				.param("id", id).param("municipality", user.requireMunicipality().value()).param("by", user.username())
				.param("filename", table.filename().length() > 255 ? table.filename().substring(0, 255) : table.filename())
				.param("headers", JSON.writeValueAsString(table.headers())).param("cells", JSON.writeValueAsString(table.rows()))
				.update();
		return new Upload(id, table, Mapping.suggest(table.headers()));
	}

	/** An upload of the caller; anybody else's is "not there". */
	@Transactional(readOnly = true)
	@PreAuthorize(Authorities.CASE_WORK)
	public Upload get(UUID id) {
		CurrentUser user = CurrentUser.require();
		Table table = jdbc.sql("select filename, headers::text, cells::text from import_upload where municipality_id = :m and id = :id and created_by = :by")
				.param("m", user.requireMunicipality().value()).param("id", id).param("by", user.username())
				.query((rs, n) -> new Table(rs.getString(1), JSON.readValue(rs.getString(2), new TypeReference<List<String>>() {
				}), JSON.readValue(rs.getString(3), new TypeReference<List<List<String>>>() {
				}))).optional().orElseThrow(() -> new NotFoundException("Der Upload"));
		return new Upload(id, table, Mapping.suggest(table.headers()));
	}

	/** Checks every row as the client API would, without saving anything (duplicate look-ups are audited). */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public DryRun dryRun(UUID id, Mapping mapping) {
		return check(get(id).table(), mapping);
	}

	/** Imports all rows in this one transaction, or none when a row has an error. */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public Result run(UUID id, Mapping mapping) {
		Table table = get(id).table();
		DryRun dryRun = check(table, mapping);
		if (!dryRun.importable()) {
			throw new ValidationException("file", "Die Datei enthält " + dryRun.errors()
					+ " Fehler; es wurde nichts importiert. Bitte korrigieren Sie die Datei und laden Sie sie neu hoch.");
		}
		int created = 0;
		int opened = 0;
		for (int row = 0; row < table.rows().size(); row++) {
			UUID clientId = clients.create(RowReader.client(table, row, mapping));
			created++;
			if (Boolean.TRUE.equals(RowReader.openCase(table, row, mapping))) {
				cases.openCase(clientId);
				opened++;
			}
		}
		jdbc.sql("delete from import_upload where municipality_id = :m and id = :id")
				.param("m", CurrentUser.require().requireMunicipality().value()).param("id", id).update();
		audit.record(AuditAction.CREATE, ENTITY, id, null,
				"Tabellenimport „" + table.filename() + "“: " + created + " Klient*innen, " + opened + " Fälle");
		return new Result(created, opened);
	}

	private DryRun check(Table table, Mapping mapping) {
		List<ValidationException.FieldError> missing = new ArrayList<>();
		for (Target target : Target.values()) {
			if (target.required() && mapping.column(target) == null) {
				missing.add(new ValidationException.FieldError(target.field(),
						"Bitte die Spalte für „" + target.header() + "“ zuordnen; sie ist Pflicht."));
			}
		}
		if (!missing.isEmpty()) {
			throw new ValidationException(missing);
		}
		List<DryRun.Problem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int openCases = 0;
		for (int row = 0; row < table.rows().size(); row++) {
			int excelRow = row + 2;
			ClientImport.Row client = RowReader.client(table, row, mapping);
			List<ValidationException.FieldError> errors = clients.check(client);
			for (ValidationException.FieldError error : errors) {
				problems.add(new DryRun.Problem(excelRow, column(table, mapping, error.field()), message(error), DryRun.Severity.ERROR));
			}
			Boolean openCase = RowReader.openCase(table, row, mapping);
			if (openCase == null) {
				problems.add(new DryRun.Problem(excelRow, column(table, mapping, Target.OPEN_CASE.field()),
						"Bitte „ja“ oder „nein“ angeben.", DryRun.Severity.ERROR));
			} else if (openCase) {
				openCases++;
			}
			if (!errors.isEmpty()) {
				continue;
			}
			String key = Target.normal(client.givenName()) + "|" + Target.normal(client.familyName()) + "|" + client.birthDate();
			Integer earlier = seen.putIfAbsent(key, excelRow);
			if (earlier != null) {
				problems.add(new DryRun.Problem(excelRow, column(table, mapping, Target.FAMILY_NAME.field()),
						"Dieselbe Person steht schon in Zeile " + earlier + " der Datei (mögliche Dublette).", DryRun.Severity.WARNING));
			}
			for (String duplicate : clients.possibleDuplicates(client)) {
				problems.add(new DryRun.Problem(excelRow, column(table, mapping, Target.FAMILY_NAME.field()),
						"Mögliche Dublette: " + duplicate + " ist bereits erfasst. Bitte prüfen, ob es dieselbe Person ist.",
						DryRun.Severity.WARNING));
			}
		}
		return new DryRun(table.rows().size(), openCases, problems);
	}

	/** The client API names the gender codes; in a spreadsheet the German words are what people type. */
	private static String message(ValidationException.FieldError error) {
		if (Target.GENDER.field().equals(error.field()) && error.message().startsWith("Unbekannter Wert")) {
			return "Unbekannter Wert. Erlaubt: weiblich (w), männlich (m), divers (d) oder keine Angabe.";
		}
		return error.message();
	}

	private static String column(Table table, Mapping mapping, String field) {
		Target target = Target.byField(field);
		if (target == null) {
			return field;
		}
		Integer column = mapping.column(target);
		return column == null ? target.header() : table.headers().get(column);
	}

	/** An upload with the mapping suggested from its headers. */
	public record Upload(UUID id, Table table, Mapping suggested) {
	}

	public record Result(int clients, int cases) {
	}
}
