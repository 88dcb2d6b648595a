package de.nrw.kim.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of the current municipality. */
@Service
public class Organisations {

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Organisation create(String name, Organisation.Kind kind) {
		MunicipalityKey tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("Kein Mandant"));
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into organisation (municipality_id, id, name, kind) values (:m, :id, :name, :kind)")
				.param("m", tenant.value()).param("id", id).param("name", name).param("kind", kind.name())
				.update();
		return new Organisation(id, tenant, name, kind);
	}

	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return jdbc.sql("select id, municipality_id, name, kind from organisation where municipality_id = :m order by name")
				.param("m", TenantContext.current().map(MunicipalityKey::value).orElse(null))
				.query((rs, n) -> new Organisation(rs.getObject("id", UUID.class),
						MunicipalityKey.of(rs.getString("municipality_id")), rs.getString("name"),
						Organisation.Kind.valueOf(rs.getString("kind"))))
				.list();
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(UUID id) {
		return all().stream().filter(o -> o.id().equals(id)).findFirst();
	}
}
