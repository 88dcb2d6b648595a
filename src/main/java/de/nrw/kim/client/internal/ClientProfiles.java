package de.nrw.kim.client.internal;

import java.sql.Array;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.client.ClientProfile;
import de.nrw.kim.client.ClientStatistics;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Birth year, gender and nationalities of every client of a municipality in one query. */
@Service
class ClientProfiles implements ClientStatistics {

	private final JdbcClient jdbc;
	private final TransactionTemplate readOnly;

	ClientProfiles(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public Map<UUID, ClientProfile> profilesOf(MunicipalityKey municipality) {
		if (!TenantContext.current().equals(Optional.of(municipality))) {
			throw new IllegalStateException("Profile nur unter dem Mandanten der Kommune " + municipality);
		}
		Optional<CurrentUser> user = CurrentUser.find();
		if (user.isPresent() && !user.get().isStateLevel()
				&& !(user.get().has(Role.COORDINATOR) && municipality.equals(user.get().municipality()))) {
			throw new AccessDeniedException("Profile nur für Koordination, Land und geplante Aufgaben");
		}
		Map<UUID, ClientProfile> profiles = new HashMap<>();
		readOnly.executeWithoutResult(status -> jdbc.sql("""
				select id, substr(birth_date, 1, 4)::int as birth_year, gender, nationalities
				from client where municipality_id = :m""").param("m", municipality.value()).query((rs, n) -> {
					Array nationalities = rs.getArray("nationalities");
					Integer year = rs.getObject("birth_year", Integer.class);
					ClientProfile p = new ClientProfile(rs.getObject("id", UUID.class), year, rs.getString("gender"),
							nationalities == null ? List.of() : List.of((String[]) nationalities.getArray()));
					profiles.put(p.id(), p);
					return p;
				}).list());
		return profiles;
	}
}
