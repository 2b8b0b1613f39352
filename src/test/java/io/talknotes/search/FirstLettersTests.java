package io.talknotes.search;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstLettersTests {

	private static final List<String> ENDINGS = List.of("", "s", "es", "ies", "ed", "ing", "ly", "er", "est", "ness",
			"ity", "able", "ation", "al", "ment", "ive", "ize", "ic", "ian", "ese", "ish");

	private final Analyzer kStem = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer word = new KeywordTokenizer();
			return new TokenStreamComponents(word, new KStemFilter(word));
		}

	};

	@Test
	void letsThroughEveryWordKStemKnowsWithWhatItStemsTo() throws Exception {
		List<String> words = kStemsWords();
		assertThat(words).hasSizeGreaterThan(25_000).contains("holland", "siamese", "aging", "clusters");
		int checked = 0;
		for (String known : words) {
			for (String ending : ENDINGS) {
				String word = known + ending;
				String stem = stem(word);
				assertThat(FirstLetters.of(new BytesRef[] { new BytesRef(stem) }).test(word)).as("%s → %s", word, stem)
					.isTrue();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(500_000);
	}

	@Test
	void leavesOutWordsThatCannotStemToAQuerysWords() {
		FirstLetters letters = FirstLetters.of(new BytesRef[] { new BytesRef("cluster"), new BytesRef("35m") });

		assertThat(letters.test("clusters")).isTrue();
		assertThat(letters.test("35m")).isTrue();
		assertThat(letters.test("kubeflow")).as("replaced by a word in c").isTrue();
		assertThat(letters.test("nodes")).isFalse();
		assertThat(letters.test("45m")).isFalse();
		assertThat(letters.test("été")).isFalse();
		assertThat(letters.test("")).isFalse();
		assertThat(FirstLetters.of(new BytesRef[] { new BytesRef("été") }).test("ﬁle")).isTrue();
		assertThat(FirstLetters.of(new BytesRef[0]).test("anything")).isFalse();
	}

	private String stem(String word) throws IOException {
		try (TokenStream stream = this.kStem.tokenStream("word", word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			stream.incrementToken();
			String stem = term.toString();
			stream.end();
			return stem;
		}
	}

	/** The words of KStem's dictionary and of its tables of exceptions. */
	private static List<String> kStemsWords() throws ReflectiveOperationException {
		List<String> words = new ArrayList<>();
		Class<?> stemmer = Class.forName("org.apache.lucene.analysis.en.KStemmer");
		for (String table : List.of("exceptionWords", "supplementDict", "properNouns")) {
			words.addAll(List.of((String[]) read(stemmer, table)));
		}
		for (String table : List.of("directConflations", "countryNationality")) {
			for (String[] pair : (String[][]) read(stemmer, table)) {
				words.addAll(List.of(pair));
			}
		}
		for (int i = 1; i <= 8; i++) {
			words
				.addAll(List.of((String[]) read(Class.forName("org.apache.lucene.analysis.en.KStemData" + i), "data")));
		}
		words.add("clusters");
		return words;
	}

	private static Object read(Class<?> type, String name) throws ReflectiveOperationException {
		Field field = type.getDeclaredField(name);
		field.setAccessible(true);
		return field.get(null);
	}

}
