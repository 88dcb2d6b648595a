package de.nrw.kim.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates the demo case files of {@code demo/clients.csv} once, after the application is ready, by
 * calling its own API as the case manager named in each row.
 */
@Component
@ConditionalOnProperty(name = { "kim.demo.enabled", "kim.demo.case-files" }, havingValue = "true", matchIfMissing = false)
class DemoCaseFiles {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseFiles.class);

	@EventListener
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100)
	void onReady(ApplicationReadyEvent event) {
		Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
		if (port == null || port <= 0) {
			return;
		}
		DemoApi api = new DemoApi(port);
		if (api.hasCases("cm.koeln")) {
			return;
		}
		long started = System.nanoTime();
		List<DemoClient> clients = read();
		LocalDate today = LocalDate.now();
		int created = 0;
		for (int i = 0; i < clients.size(); i++) {
			try {
				new DemoCaseFile(api, clients.get(i), i, today).create();
				created++;
			} catch (RuntimeException e) {
				log.warn("Demo-Fallakte {} nicht angelegt: {}", clients.get(i).familyName(), e.getMessage());
			}
		}
		log.info("{} Demo-Fallakten angelegt ({} ms)", created, (System.nanoTime() - started) / 1_000_000);
	}

	static List<DemoClient> read() {
		List<DemoClient> clients = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/clients.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					clients.add(DemoClient.parse(line));
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException("demo/clients.csv fehlt", e);
		}
		return clients;
	}
}
