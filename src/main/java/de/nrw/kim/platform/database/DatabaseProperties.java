package de.nrw.kim.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings of the platform.
 *
 * @param dataDir         where the embedded PostgreSQL keeps its data ({@code KIM_DATA_DIR})
 * @param embeddedDbPort  port of the embedded PostgreSQL ({@code KIM_EMBEDDED_DB_PORT}); 0 = a free one
 * @param ephemeral       tests: a fresh embedded database per context, removed afterwards
 * @param appRole         the non-owner, non-superuser role the application works as (RLS applies to it)
 * @param appUsername     external database: login of the application role; blank = log in as the
 *                        owner and {@code SET ROLE} to {@code appRole}
 * @param appPassword     its password
 * @param appPoolSize     connections of the application pool
 */
@ConfigurationProperties("kim")
public record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedDbPort,
		@DefaultValue("false") boolean ephemeral, @DefaultValue("kim_app") String appRole, String appUsername,
		String appPassword, @DefaultValue("20") int appPoolSize) {
}
