package de.nrw.kim.client.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.ColognePhonetic;

/**
 * The spellings of a name that search and duplicate detection compare (ADR 0101). Every spelling is
 * lower-case Latin ASCII, words separated by one space, so PostgreSQL's trigram index never has to
 * deal with other scripts:
 * <ul>
 * <li>Latin: without diacritics ("muller"), with German umlaut spelling ("mueller") and collapsed
 * ("ue" → "u"), so Müller, Mueller and Muller meet;</li>
 * <li>Cyrillic: BGN/PCGN for Russian ("shevchenko") and Ukrainian ("hryhoriy"), ICU's scholarly
 * transliteration made ASCII ("sevcenko") and the German Duden spelling ("schewtschenko");</li>
 * <li>Arabic script: ICU Arabic-Latin made ASCII ("mhmd alhsn"), and with و/ي inside a word read as
 * u/i ("ywsf" → "yusf"); without short vowels, it meets Latin spellings through the Cologne phonetic
 * code ("mhmd" = "mohammed" = 662);</li>
 * <li>any other script: ICU Any-Latin.</li>
 * </ul>
 */
public final class SearchKeys {

	private static final ColognePhonetic COLOGNE = new ColognePhonetic();
	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
	private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
	private static final Pattern ARABIC_LONG_VOWELS = Pattern.compile("(?<=\\p{L})[wy]");
	private static final Pattern APOSTROPHES = Pattern.compile("['ʼʾʿ’`´ʹʺ]");
	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
	private static final Pattern UMLAUT_DIGRAPH = Pattern.compile("ae|oe|ue");
	private static final int MAX_WORDS = 8;

	private static final Translit RUSSIAN_BGN = new Translit("Russian-Latin/BGN");
	private static final Translit UKRAINIAN_BGN = new Translit("Ukrainian-Latin/BGN");
	private static final Translit CYRILLIC_LATIN = new Translit("Cyrillic-Latin");
	private static final Translit ARABIC_LATIN = new Translit("Arabic-Latin");
	private static final Translit ANY_LATIN_ASCII = new Translit("Any-Latin; Latin-ASCII");
	private static final Translit LATIN_ASCII = new Translit("Latin-ASCII");
	private static final Translit GERMAN_CYRILLIC = new Translit(Transliterator.createFromRules("Cyrillic-German", """
			щ > schtsch; ш > sch; ч > tsch; ж > sch; х > ch; ц > z; в > w; з > s; с > s; й > i; ю > ju; я > ja;
			є > je; ї > ji; і > i; и > i; ы > y; э > e; е > e; ё > jo; ь > ; ъ > ; г > g; ґ > g; а > a; б > b;
			д > d; к > k; л > l; м > m; н > n; о > o; п > p; р > r; т > t; у > u; ф > f;
			""", Transliterator.FORWARD));

	private SearchKeys() {
	}

	/** The text stored in {@code client.search_names}: every spelling of the name, distinct, space separated. */
	public static String searchNames(String givenName, String familyName, String originalScriptName) {
		return String.join(" ", nameSpellings(givenName, familyName, originalScriptName));
	}

	/** The Cologne phonetic codes stored in {@code client.phonetic_codes}: of every word of every spelling. */
	public static List<String> phoneticCodes(String givenName, String familyName, String originalScriptName) {
		Set<String> codes = new LinkedHashSet<>();
		for (String spelling : nameSpellings(givenName, familyName, originalScriptName)) {
			codes.addAll(codes(List.of(spelling.split(" ")), 1));
		}
		return List.copyOf(codes);
	}

	/** What a search query is compared as: one {@link QueryForm} per spelling, at most a few. */
	public static List<QueryForm> query(String text) {
		Set<String> variants = new LinkedHashSet<>(spellings(text));
		if (text.indexOf('-') >= 0) {
			variants.addAll(spellings(text.replace("-", "")));
		}
		return variants.stream().map(SearchKeys::queryForm).toList();
	}

	/**
	 * All spellings of a text as Latin ASCII word sequences, the plain one first. Empty when the text
	 * holds no letter or digit.
	 */
	public static List<String> spellings(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		List<String> scripts = new ArrayList<>(List.of(lower));
		if (CYRILLIC.matcher(lower).find()) {
			scripts = List.of(RUSSIAN_BGN.apply(lower), UKRAINIAN_BGN.apply(lower), CYRILLIC_LATIN.apply(lower),
					GERMAN_CYRILLIC.apply(lower));
		}
		if (ARABIC.matcher(lower).find()) {
			List<String> latin = new ArrayList<>(scripts.stream().map(ARABIC_LATIN::apply).toList());
			// و and ي inside a word are mostly the long vowels u and i: "ywsf" → "yusf" (Yusuf)
			scripts.stream().map(ARABIC_LATIN::apply).map(latinText -> ARABIC_LONG_VOWELS.matcher(latinText)
					.replaceAll(m -> m.group().equals("w") ? "u" : "i")).forEach(latin::add);
			scripts = latin;
		}
		Set<String> result = new LinkedHashSet<>();
		for (String script : scripts) {
			String ascii = words(toAscii(script));
			String german = words(toAscii(germanUmlauts(script)));
			for (String spelling : List.of(ascii, german, collapseUmlautDigraphs(ascii))) {
				if (!spelling.isEmpty()) {
					result.add(spelling);
				}
			}
		}
		return List.copyOf(result);
	}

	/** Cologne phonetic codes of the words, skipping words shorter than {@code minLength} and empty codes. */
	static List<String> codes(List<String> words, int minLength) {
		Set<String> codes = new LinkedHashSet<>();
		for (String word : words) {
			if (word.length() >= minLength) {
				String code = COLOGNE.encode(word);
				if (!code.isEmpty()) {
					codes.add(code);
				}
			}
		}
		return List.copyOf(codes);
	}

	/** The Cologne code of a whole name part, words joined ("Al-Hassan" → "alhassan" → 0586). */
	static String phoneticCode(String spelling) {
		return COLOGNE.encode(spelling.replace(" ", ""));
	}

	private static List<String> nameSpellings(String givenName, String familyName, String originalScriptName) {
		Set<String> spellings = new LinkedHashSet<>(spellings(join(givenName, familyName)));
		// a name part of several words ("Al-Hassan", "Abu Bakr") also as one word, as other scripts write it
		for (String part : new String[] { givenName, familyName }) {
			for (String spelling : spellings(part)) {
				if (spelling.indexOf(' ') > 0) {
					spellings.add(spelling.replace(" ", ""));
				}
			}
		}
		spellings.addAll(spellings(originalScriptName));
		return List.copyOf(spellings);
	}

	private static QueryForm queryForm(String spelling) {
		List<String> words = List.of(spelling.split(" "));
		if (words.size() > MAX_WORDS) {
			words = words.subList(0, MAX_WORDS);
		}
		// one- and two-letter words (initials, partial input) have codes too coarse to filter by
		return new QueryForm(String.join(" ", words), words, codes(words, 3));
	}

	/**
	 * Any-Latin leaves Latin text unchanged, and Latin-ASCII leaves ASCII unchanged: skipping them there
	 * gives the same result several times faster (SearchKeysBenchmark, docs/betrieb/skalierung.md).
	 */
	private static String toAscii(String text) {
		if (text.chars().allMatch(c -> c < 0x80)) {
			return text;
		}
		return text.codePoints().allMatch(SearchKeys::isLatinOrCommon) ? LATIN_ASCII.apply(text) : ANY_LATIN_ASCII.apply(text);
	}

	/** Latin, common or inherited script; the halfwidth and fullwidth forms go through Any-Latin. */
	private static boolean isLatinOrCommon(int codePoint) {
		int script = UScript.getScript(codePoint);
		return codePoint < 0xFF00 && (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED);
	}

	private static String join(String a, String b) {
		return (a == null ? "" : a) + " " + (b == null ? "" : b);
	}

	private static String germanUmlauts(String text) {
		return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
	}

	private static String collapseUmlautDigraphs(String ascii) {
		return UMLAUT_DIGRAPH.matcher(ascii).replaceAll(m -> m.group().substring(0, 1));
	}

	private static String words(String latin) {
		String lower = APOSTROPHES.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
		return NOT_WORD.matcher(lower).replaceAll(" ").trim();
	}

	/**
	 * One spelling of a query.
	 *
	 * @param text  the words, space separated, compared by trigram word similarity
	 * @param words the words, for the prefix bonus
	 * @param codes Cologne codes of the words of three letters or more; a client matches phonetically
	 *              when it has all of them
	 */
	public record QueryForm(String text, List<String> words, List<String> codes) {
	}

	/** ICU transliterators are not documented as thread-safe; one lock each is cheap at our volume. */
	private static final class Translit {

		private final Transliterator transliterator;

		Translit(String id) {
			this(Transliterator.getInstance(id));
		}

		Translit(Transliterator transliterator) {
			this.transliterator = transliterator;
		}

		synchronized String apply(String text) {
			return transliterator.transliterate(text);
		}
	}
}
