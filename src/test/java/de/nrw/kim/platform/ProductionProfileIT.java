package de.nrw.kim.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import de.nrw.kim.KimApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The production profile never falls back to the embedded database (API.md "Operations"): without
 * {@code SPRING_DATASOURCE_URL} it refuses to start, says why, and leaves nothing running.
 */
class ProductionProfileIT {

	@Test
	void refusesToStartWithoutAnExternalDatabase() throws Exception {
		Path dataDir = Files.createDirectories(Path.of("target", "prod-profile-test"));
		ConfigurableApplicationContext[] started = new ConfigurableApplicationContext[1];

		Throwable failure = catchThrowable(() -> {
			SpringApplication application = new SpringApplication(KimApplication.class);
			application.setAdditionalProfiles("prod");
			started[0] = application.run("--server.port=0", "--spring.datasource.url=",
					"--kim.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off");
		});

		try {
			assertThat(failure).as("start in profile prod without external database").isNotNull();
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
			assertThat(cause).hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("prod");
			// it stops before the embedded PostgreSQL would have been created
			assertThat(dataDir.resolve("pgdata")).doesNotExist();
		} finally {
			if (started[0] != null) {
				started[0].close();
			}
		}
	}
}
