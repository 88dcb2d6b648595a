package de.nrw.kim.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules every template keeps, checked on whatever templates the modules bring: the main navigation
 * is the page's only {@code <nav>} (API.md "The web UI"), and nothing inline that the Content
 * Security Policy ({@code script-src 'self'; style-src 'self'}) would silently block in the browser.
 */
class TemplateStructureTest {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	private static Map<Path, List<Element>> elements() {
		Map<Path, List<Element>> templates = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				templates.put(TEMPLATES.relativize(file), parse(Files.readString(file, StandardCharsets.UTF_8)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return templates;
	}

	private static List<Element> parse(String template) {
		return Jsoup.parse(template, "", Parser.xmlParser()).getAllElements();
	}

	/** Inline code and styles, as "&lt;tag attribute&gt;". */
	static List<String> inlineCode(List<Element> elements) {
		List<String> found = new ArrayList<>();
		for (Element element : elements) {
			String tag = element.tagName().toLowerCase();
			if (tag.equals("style") || (tag.equals("script") && !element.hasAttr("src") && !element.hasAttr("th:src")
					&& !(element.data() + element.wholeText()).isBlank())) {
				found.add("<" + tag + ">");
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase().replaceFirst("^(th:|data-th-)", "");
				if (name.equals("style") || name.equals("styleappend") || name.matches("on[a-z]+")
						|| attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
					found.add("<" + tag + " " + attribute.getKey() + ">");
				}
			}
		}
		return found;
	}

	@Nested
	class TheMainNavigation {

		@Test
		void isTheOnlyNavElementOfAnyTemplate() {
			List<String> navs = new ArrayList<>();
			elements().forEach((file, elements) -> elements.stream().filter(element -> element.tagName().equals("nav"))
					.forEach(nav -> navs.add(file.toString())));
			assertThat(navs).containsExactly(Path.of("fragments", "layout.html").toString());
		}
	}

	@Nested
	class NoTemplate {

		@Test
		void usesInlineScriptsStylesOrEventHandlers() {
			List<String> inline = new ArrayList<>();
			elements().forEach((file, elements) -> inlineCode(elements).forEach(code -> inline.add(file + ": " + code)));
			assertThat(inline).as("von der CSP blockiert: nach static/js/kim.js bzw. static/css/kim.css verschieben").isEmpty();
		}
	}

	/**
	 * SpEL reads {@code map[key]} with an unquoted name as the literal key "key", not the variable: an
	 * error map looked up that way silently shows no message at the field. Use {@code map.get(key)}.
	 */
	static final java.util.regex.Pattern UNQUOTED_MAP_INDEX = java.util.regex.Pattern.compile("\\$\\{[^}]*\\b\\w+\\[[A-Za-z_]\\w*\\]");

	@Nested
	class NoExpression {

		@Test
		void indexesAMapWithAnUnquotedVariableName() {
			List<String> found = new ArrayList<>();
			elements().forEach((file, elements) -> elements.forEach(element -> element.attributes().forEach(attribute -> {
				if (UNQUOTED_MAP_INDEX.matcher(attribute.getValue()).find()) {
					found.add(file + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
				}
			})));
			assertThat(found).as("map[name] liest den Schlüssel \"name\" – map.get(name) verwenden").isEmpty();
		}

		@Test
		void checkCanFail() {
			assertThat(UNQUOTED_MAP_INDEX.matcher("${errors[name]}").find()).isTrue();
			assertThat(UNQUOTED_MAP_INDEX.matcher("${errors['name']}").find()).isFalse();
			assertThat(UNQUOTED_MAP_INDEX.matcher("${errors.get(name)}").find()).isFalse();
			assertThat(UNQUOTED_MAP_INDEX.matcher("${items[0]}").find()).isFalse();
		}
	}

	@Nested
	class TheInlineCheck {

		@Test
		void findsStylesScriptsAndHandlers() {
			assertThat(inlineCode(parse("""
					<div style="color: red"><p th:style="${x}">a</p><button onclick="go()">b</button>
					<a href="javascript:void(0)">c</a><script>alert(1)</script><style>p {}</style></div>
					"""))).containsExactly("<div style>", "<p th:style>", "<button onclick>", "<a href>", "<script>", "<style>");
		}

		@Test
		void acceptsScriptsFromFiles() {
			assertThat(inlineCode(parse("""
					<head><script th:src="@{/js/kim.js}" defer></script><script src="/x.js"></script></head>
					"""))).isEmpty();
		}
	}
}
