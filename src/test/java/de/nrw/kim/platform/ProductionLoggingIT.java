package de.nrw.kim.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.nrw.kim.KimApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * In profile {@code prod} every log line is one JSON object (Elastic Common Schema), so the
 * municipal log collection can read it without patterns (ADR 0028).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionLoggingIT {

	@Test
	void theProductionProfileLogsOneJsonObjectPerLine(CapturedOutput output) throws Exception {
		Path dataDir = Files.createDirectories(Path.of("target", "prod-logging-test"));
		SpringApplication application = new SpringApplication(KimApplication.class);
		application.setAdditionalProfiles("prod");
		// without an external database the start stops early, after the first log lines
		assertThat(catchThrowable(() -> application.run("--server.port=0", "--spring.datasource.url=",
				"--kim.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off"))).isNotNull();

		List<String> json = output.getOut().lines().filter(line -> line.startsWith("{")).toList();
		assertThat(json).isNotEmpty();
		JsonNode first = JsonMapper.builder().build().readTree(json.get(0));
		assertThat(first.has("@timestamp")).isTrue();
		assertThat(first.has("log.level") || first.path("log").has("level")).as(json.get(0)).isTrue();
		assertThat(first.path("message").asString()).isNotBlank();
	}
}
