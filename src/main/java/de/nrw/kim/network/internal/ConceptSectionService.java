package de.nrw.kim.network.internal;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steering structure of the KIM concept as ordered text sections, kept by the coordination. */
@Service
public class ConceptSectionService {

	private static final String ENTITY = "kim-concept-section";

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	ConceptSectionService(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public record Valid(int position, String title, String body) {
	}

	public static Valid validate(String position, String title, String body) {
		Input in = new Input();
		Integer number = in.number("position", position, 1, 999);
		String cleanTitle = in.text("title", title, 200, true, "Bitte die Überschrift des Abschnitts angeben.");
		String cleanBody = in.text("body", body, 20000, true, "Bitte den Text des Abschnitts angeben.");
		in.throwIfAny();
		return new Valid(number == null ? 1 : number, cleanTitle, cleanBody);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(GapService.READ)
	public List<ConceptSection> list() {
		return jdbc.sql("select * from network_concept_section where municipality_id = :m order by position, title, id")
				.param("m", CurrentUser.require().requireMunicipality().value()).query(ConceptSectionService::section).list();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(GapService.READ)
	public ConceptSection read(UUID id) {
		return jdbc.sql("select * from network_concept_section where municipality_id = :m and id = :id")
				.param("m", CurrentUser.require().requireMunicipality().value()).param("id", id)
				.query(ConceptSectionService::section).optional()
				.orElseThrow(() -> new NotFoundException("Der Abschnitt"));
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public ConceptSection create(String position, String title, String body) {
		Valid valid = validate(position, title, body);
		CurrentUser user = CurrentUser.require();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into network_concept_section (municipality_id, id, position, title, body, updated_by)
				values (:m, :id, :position, :title, :body, :by)""")
				.param("m", user.requireMunicipality().value()).param("id", id).param("position", valid.position())
				.param("title", valid.title()).param("body", valid.body()).param("by", user.username()).update();
		audit.record(AuditAction.CREATE, ENTITY, id, null, "KIM-Konzept: Abschnitt der Steuerungsstruktur angelegt");
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public ConceptSection update(UUID id, Integer version, String position, String title, String body) {
		read(id);
		Valid valid = validate(position, title, body);
		if (version == null) {
			throw new ValidationException("version", "Bitte die Version angeben, die Sie geändert haben.");
		}
		CurrentUser user = CurrentUser.require();
		int changed = jdbc.sql("""
				update network_concept_section set position = :position, title = :title, body = :body, updated_by = :by,
				    updated_at = now(), version = version + 1
				where municipality_id = :m and id = :id and version = :version""")
				.param("m", user.requireMunicipality().value()).param("id", id).param("position", valid.position())
				.param("title", valid.title()).param("body", valid.body()).param("by", user.username())
				.param("version", version).update();
		if (changed != 1) {
			throw new StaleVersionException();
		}
		audit.record(AuditAction.UPDATE, ENTITY, id, null, "KIM-Konzept: Abschnitt der Steuerungsstruktur geändert");
		return read(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public void delete(UUID id) {
		int deleted = jdbc.sql("delete from network_concept_section where municipality_id = :m and id = :id")
				.param("m", CurrentUser.require().requireMunicipality().value()).param("id", id).update();
		if (deleted != 1) {
			throw new NotFoundException("Der Abschnitt");
		}
		audit.record(AuditAction.DELETE, ENTITY, id, null, "KIM-Konzept: Abschnitt der Steuerungsstruktur gelöscht");
	}

	private static ConceptSection section(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ConceptSection(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("title"),
				rs.getString("body"), rs.getInt("version"));
	}
}
