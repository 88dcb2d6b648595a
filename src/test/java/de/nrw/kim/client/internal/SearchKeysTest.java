package de.nrw.kim.client.internal;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeysTest {

	@Nested
	class Spellings {

		@Test
		void umlautsAreKeptAsPlainVowelAsGermanDigraphAndCollapsed() {
			assertThat(SearchKeys.spellings("Müller")).containsExactly("muller", "mueller");
			assertThat(SearchKeys.spellings("Mueller")).contains("mueller", "muller");
			assertThat(SearchKeys.spellings("Muller")).containsExactly("muller");
			assertThat(SearchKeys.spellings("Strauß")).contains("strauss");
		}

		@Test
		void diacriticsOfOtherLanguagesAreRemoved() {
			assertThat(SearchKeys.spellings("Ševčenko Łukasz Şahin")).contains("sevcenko lukasz sahin");
		}

		@Test
		void cyrillicGetsBgnScholarlyAndGermanTransliterations() {
			assertThat(SearchKeys.spellings("Олександр Шевченко"))
					.contains("oleksandr shevchenko", "oleksandr sevcenko", "oleksandr schewtschenko");
			assertThat(SearchKeys.spellings("Григорій")).contains("grigoriy", "hryhoriy", "grigorij");
		}

		@Test
		void arabicIsTransliteratedWithoutShortVowels() {
			assertThat(SearchKeys.spellings("محمد الحسن")).containsExactly("mhmd alhsn");
			assertThat(SearchKeys.spellings("يوسف")).containsExactly("ywsf", "yusf");
		}

		@Test
		void apostrophesJoinAndPunctuationSeparates() {
			assertThat(SearchKeys.spellings("O'Brien-Smith")).containsExactly("obrien smith");
			assertThat(SearchKeys.spellings("?!")).isEmpty();
			assertThat(SearchKeys.spellings("  ")).isEmpty();
		}

		@Test
		void otherScriptsGoThroughAnyLatin() {
			assertThat(SearchKeys.spellings("Ελένη")).containsExactly("elene");
		}
	}

	@Nested
	class StoredKeys {

		@Test
		void searchNamesHoldTheLatinNameItsVariantsAndTheOriginalScriptTransliterated() {
			String names = SearchKeys.searchNames("Oleksandr", "Müller-Lüdenscheidt", "Олександр Шевченко");
			assertThat(names).contains("oleksandr muller ludenscheidt", "oleksandr mueller lueddenscheidt".replace("dd", "d"),
					"mullerludenscheidt", "oleksandr shevchenko", "oleksandr sevcenko");
			assertThat(names).matches("[a-z0-9 ]+");
		}

		@Test
		void phoneticCodesCoverEveryWordOfEverySpelling() {
			List<String> codes = SearchKeys.phoneticCodes("Anna", "Meier", null);
			assertThat(codes).containsExactlyInAnyOrder("06", "67");
			assertThat(SearchKeys.phoneticCodes("Mohammed", "Al-Hassan", null)).contains("662", "05", "086", "0586");
		}
	}

	@Nested
	class Phonetics {

		@Test
		void meierMayerMaierAndMeyerShareTheirCologneCode() {
			assertThat(List.of("meier", "mayer", "maier", "meyer")).allSatisfy(
					name -> assertThat(SearchKeys.codes(List.of(name), 1)).containsExactly("67"));
		}

		@Test
		void arabicWithoutVowelsMeetsItsLatinSpellings() {
			assertThat(SearchKeys.phoneticCode("mhmd")).isEqualTo(SearchKeys.phoneticCode("mohammed"))
					.isEqualTo(SearchKeys.phoneticCode("muhammad"));
			assertThat(SearchKeys.phoneticCode("al hsn")).isEqualTo(SearchKeys.phoneticCode("alhassan"));
		}
	}

	@Nested
	class Queries {

		@Test
		void aQueryHasOneFormPerSpellingWithCodesOfWordsOfThreeLettersOrMore() {
			List<SearchKeys.QueryForm> forms = SearchKeys.query("Jo Müller");
			assertThat(forms).extracting(SearchKeys.QueryForm::text).containsExactly("jo muller", "jo mueller");
			assertThat(forms.get(0).codes()).containsExactly("657");
			assertThat(forms.get(0).words()).containsExactly("jo", "muller");
		}

		@Test
		void aHyphenatedQueryAlsoComesJoined() {
			assertThat(SearchKeys.query("Al-Hassan")).extracting(SearchKeys.QueryForm::text)
					.contains("al hassan", "alhassan");
		}

		@Test
		void aQueryWithoutLettersHasNoForm() {
			assertThat(SearchKeys.query("–")).isEmpty();
		}
	}
}
