package de.nrw.kim.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a Thymeleaf template the way the i18n test needs it: which message keys it uses, and which
 * visible texts it hard-codes instead of taking them from a message bundle.
 */
final class TemplateTexts {

	/** {@code #{key}} and {@code #{key(args)}}; dynamic keys such as {@code #{${…}}} start with $ or _ and are skipped. */
	private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{\\s*([\\p{Alnum}][\\w.\\-]*)\\s*[(}]");
	private static final Pattern MESSAGES_UTILITY = Pattern.compile("#messages\\.msg(?:OrNull)?\\(\\s*'([^']+)'");
	/** Inlined expressions {@code [[…]]} and {@code [(…)]} are replaced by Thymeleaf, so they are not hard-coded. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
	/** Text counts as visible when it has a letter or a digit; "·", "–", "/" and the like alone do not. */
	private static final Pattern VISIBLE = Pattern.compile("[\\p{L}\\p{N}]");
	/** Attributes that browsers show or screen readers read out. */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "label");
	private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:errors", "data-th-text",
			"data-th-utext", "data-th-errors");
	private static final Set<String> ELEMENT_REPLACING = Set.of("th:replace", "th:insert", "th:include",
			"data-th-replace", "data-th-insert", "data-th-include");

	private TemplateTexts() {
	}

	static Set<String> messageKeys(String template) {
		Set<String> keys = new LinkedHashSet<>();
		for (Pattern pattern : List.of(MESSAGE_EXPRESSION, MESSAGES_UTILITY)) {
			Matcher matcher = pattern.matcher(template);
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}
		return keys;
	}

	/**
	 * The visible texts of a template that no Thymeleaf attribute replaces, as "&lt;tag&gt; text" or
	 * "&lt;tag attribute&gt; text". The template is parsed as XML so that fragments (a lone
	 * {@code <tr>}, say) keep the nesting they are written with.
	 */
	static List<String> hardCodedTexts(String template) {
		Document document = Jsoup.parse(template, "", Parser.xmlParser());
		List<String> found = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text && text.parent() != null) {
				Element parent = text.parent();
				String visible = INLINED.matcher(text.text()).replaceAll("").strip();
				if (VISIBLE.matcher(visible).find() && !bodyReplaced(parent)) {
					found.add("<" + parent.tagName() + "> " + visible);
				}
			}
			if (node instanceof Element element && !replaced(element)) {
				for (Attribute attribute : element.attributes()) {
					String name = attribute.getKey().toLowerCase();
					if (TEXT_ATTRIBUTES.contains(name) && VISIBLE.matcher(attribute.getValue()).find()
							&& !dynamic(element, name)) {
						found.add("<" + element.tagName() + " " + name + "> " + attribute.getValue().strip());
					}
				}
			}
		}, document);
		return found;
	}

	/** Whether what is written inside the element never reaches the browser (Thymeleaf replaces or removes it). */
	private static boolean bodyReplaced(Element element) {
		return BODY_REPLACING.stream().anyMatch(element::hasAttr)
				|| ELEMENT_REPLACING.stream().anyMatch(name -> replacesWithOtherTemplate(element, name))
				|| remove(element).matches("all|body")
				|| element.tagName().equals("script") || element.tagName().equals("style")
				|| replaced(element);
	}

	/** Whether the element itself, with its attributes, never reaches the browser. */
	private static boolean replaced(Element element) {
		return replacesWithOtherTemplate(element, "th:replace") || replacesWithOtherTemplate(element, "data-th-replace")
				|| remove(element).equals("all")
				|| (element.parent() != null && bodyReplaced(element.parent()));
	}

	/** "~{::section}" takes parts of this very template: those parts are shown, so their texts still count. */
	private static boolean replacesWithOtherTemplate(Element element, String attribute) {
		return element.hasAttr(attribute) && !element.attr(attribute).matches("(?s).*~\\{\\s*(this\\s*)?::.*");
	}

	private static String remove(Element element) {
		String remove = element.hasAttr("th:remove") ? element.attr("th:remove") : element.attr("data-th-remove");
		return remove.strip().replace("'", "");
	}

	/** {@code th:title}, {@code th:attr="title=…"}, {@code th:alt-title} and the like set the attribute. */
	private static boolean dynamic(Element element, String name) {
		for (Attribute attribute : element.attributes()) {
			String key = attribute.getKey().toLowerCase().replaceFirst("^data-th-", "th:");
			if (key.equals("th:" + name) || (key.equals("th:alt-title") && (name.equals("alt") || name.equals("title")))
					|| ((key.equals("th:attr") || key.equals("th:attrappend") || key.equals("th:attrprepend"))
							&& attribute.getValue().matches("(?s)(.*[,\\s])?" + Pattern.quote(name) + "\\s*=.*"))) {
				return true;
			}
		}
		return false;
	}
}
