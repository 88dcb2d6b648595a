package de.nrw.kim.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * STYLE.md 15: every visible string is a message key, and every key exists in German and English.
 * Scans whatever bundles and templates exist, so new modules are checked without touching this test.
 */
class InternationalisationTest {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	/** Bundle name (e.g. "platform") → language → keys, for every messages/*_de|en.properties on the class path. */
	private static Map<String, Map<String, Set<String>>> bundles() {
		Map<String, Map<String, Set<String>>> bundles = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
					.getResources("classpath*:messages/*_*.properties")) {
				String file = resource.getFilename();
				int separator = file.lastIndexOf('_');
				String language = file.substring(separator + 1, file.length() - ".properties".length());
				bundles.computeIfAbsent(file.substring(0, separator), name -> new TreeMap<>())
						.computeIfAbsent(language, l -> new TreeSet<>()).addAll(keys(resource));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bundles;
	}

	private static Set<String> keys(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

	private static Map<Path, String> templates() {
		Map<Path, String> templates = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				templates.put(TEMPLATES.relativize(file), Files.readString(file, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return templates;
	}

	@Nested
	class MessageBundles {

		@Test
		void existAtLeastForThePlatform() {
			assertThat(bundles()).containsKey("platform");
		}

		@Test
		void comeInGermanAndEnglishWithTheSameKeys() {
			List<String> problems = new ArrayList<>();
			bundles().forEach((bundle, languages) -> {
				Set<String> german = languages.getOrDefault("de", Set.of());
				Set<String> english = languages.getOrDefault("en", Set.of());
				if (!languages.keySet().equals(Set.of("de", "en"))) {
					problems.add(bundle + ": erwartet genau _de und _en, gefunden " + languages.keySet());
				}
				missing(german, english).forEach(key -> problems.add(bundle + "_en.properties fehlt " + key));
				missing(english, german).forEach(key -> problems.add(bundle + "_de.properties fehlt " + key));
			});
			assertThat(problems).as("Schlüssel, die in einer Sprache fehlen").isEmpty();
		}

		private static Set<String> missing(Set<String> expected, Set<String> actual) {
			Set<String> missing = new TreeSet<>(expected);
			missing.removeAll(actual);
			return missing;
		}
	}

	@Nested
	class Templates {

		@Test
		void areFound() {
			assertThat(templates()).containsKey(Path.of("fragments", "layout.html"));
		}

		@Test
		void useOnlyMessageKeysThatExistInGerman() {
			Set<String> german = new TreeSet<>();
			bundles().values().forEach(languages -> german.addAll(languages.getOrDefault("de", Set.of())));
			List<String> unknown = new ArrayList<>();
			templates().forEach((file, template) -> TemplateTexts.messageKeys(template).stream()
					.filter(key -> !german.contains(key))
					.forEach(key -> unknown.add(file + ": #{" + key + "}")));
			assertThat(unknown).as("Nachrichtenschlüssel ohne deutschen Text").isEmpty();
		}

		@Test
		void hardCodeNoVisibleText() {
			List<String> hardCoded = new ArrayList<>();
			templates().forEach((file, template) -> TemplateTexts.hardCodedTexts(template)
					.forEach(text -> hardCoded.add(file + ": " + text)));
			assertThat(hardCoded).as("fest eingetragene Texte statt th:text=\"#{…}\"").isEmpty();
		}
	}

	/** The checks above are only worth something if they can fail. */
	@Nested
	class TheTemplateCheck {

		@Test
		void reportsTextWithoutAMessageKey() {
			assertThat(TemplateTexts.hardCodedTexts("""
					<section><h1 th:text="#{a.title}">Titel</h1><p>Bitte wählen Sie.</p></section>
					""")).containsExactly("<p> Bitte wählen Sie.");
		}

		@Test
		void reportsTextBesideAReplacedElement() {
			assertThat(TemplateTexts.hardCodedTexts("""
					<label><span th:text="#{a.label}">Name</span> optional</label>
					""")).containsExactly("<label> optional");
		}

		@Test
		void reportsAHardCodedAccessibleName() {
			assertThat(TemplateTexts.hardCodedTexts("""
					<nav aria-label="Hauptmenü"><img src="x.png" alt="Logo" th:alt="#{a.logo}"><input placeholder="Suche"></nav>
					""")).containsExactly("<nav aria-label> Hauptmenü", "<input placeholder> Suche");
		}

		@Test
		void reportsTextInsideAFragmentOfTheSameTemplate() {
			assertThat(TemplateTexts.hardCodedTexts("""
					<html th:replace="~{fragments/layout :: layout(~{::title}, ~{::section})}">
					<section><p>Keine Fälle</p></section></html>
					""")).containsExactly("<p> Keine Fälle");
		}

		@Test
		void acceptsPlaceholdersThatThymeleafReplaces() {
			assertThat(TemplateTexts.hardCodedTexts("""
					<div th:fragment="row"><tr><td th:text="${c.name}">Max <b>Mustermann</b></td>
					<td th:utext="${x}">x</td><td><span th:errors="*{name}">Fehler</span></td></tr>
					<div th:replace="~{other :: part}">Platzhalter</div><div th:insert="${content}">Inhalt</div>
					<p th:remove="all">Nur im Prototyp</p>
					<a th:title="#{a.title}" title="Titel" th:attr="aria-label=#{a.label}" aria-label="Name">·</a>
					<p th:inline="text">[[#{a.count}]] – [(${n})] /</p></div>
					""")).isEmpty();
		}

		@Test
		void findsStaticAndParameterisedKeysButNotDynamicOnes() {
			assertThat(TemplateTexts.messageKeys("""
					<p th:text="#{a.one}"></p><p th:text="#{a.two(${x}, 3)}"></p><p th:text="#{${item.key}}"></p>
					<p th:text="#{__${k}__}"></p><p th:text="${#messages.msg('a.three')}"></p><p>[[#{a.four}]]</p>
					""")).containsExactlyInAnyOrder("a.one", "a.two", "a.three", "a.four");
		}
	}
}
