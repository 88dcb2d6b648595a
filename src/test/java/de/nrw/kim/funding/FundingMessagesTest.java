package de.nrw.kim.funding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every funding text exists in German and English, and every key a funding template names exists. */
class FundingMessagesTest {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FundingMessagesTest.class.getResourceAsStream("/messages/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void germanAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> german = new TreeSet<>(load("funding_de.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(load("funding_en.properties").stringPropertyNames());
		assertThat(english).containsExactlyElementsOf(german);
	}

	@Test
	void everyLiteralKeyInTheFundingTemplatesExists() throws IOException {
		Set<String> known = new TreeSet<>(load("funding_de.properties").stringPropertyNames());
		known.addAll(load("platform_de.properties").stringPropertyNames());
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*)[}(]");
		Pattern fragmentKey = Pattern.compile("'((?:funding|nav|form)\\.[a-zA-Z0-9.]+)'");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/funding"))) {
			for (Path template : templates.toList()) {
				String html = Files.readString(template);
				for (Pattern pattern : new Pattern[] { literal, fragmentKey }) {
					Matcher m = pattern.matcher(html);
					while (m.find()) {
						String key = m.group(1);
						if (!key.endsWith(".") && !known.contains(key)) {
							missing.add(template.getFileName() + ": " + key);
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
