package io.talknotes.search;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passage scores as Lucene scores it, so the sentence shown of a note is the one Lucene
 * would choose.
 */
class PassageScoresPropertyTests {

	@Property(tries = 1000)
	void scoresEveryPassageAsLuceneDoes(@ForAll("matches") List<Match> matches,
			@ForAll @IntRange(max = 5_000) int start, @ForAll @IntRange(max = 400) int length,
			@ForAll @IntRange(min = 1, max = 100_000) int contentLength) {
		Passage passage = new Passage();
		passage.setStartOffset(start);
		passage.setEndOffset(start + length);
		for (Match match : matches) {
			passage.addMatch(start, start, new BytesRef(match.word()), match.inText());
		}
		float lucene = new PassageScorer().score(passage, contentLength);
		assertThat(new PassageScores().score(passage, contentLength)).as("score of %s", matches).isEqualTo(lucene);
	}

	@Provide
	Arbitrary<List<Match>> matches() {
		Arbitrary<String> words = Arbitraries.of("kube", "helm", "tiller", "etcd", "kubernetes", "k");
		Arbitrary<Integer> inText = Arbitraries.oneOf(Arbitraries.integers().between(1, 50),
				Arbitraries.just(Integer.MAX_VALUE));
		return Combinators.combine(words, inText).as(Match::new).list().ofMaxSize(12);
	}

	/** A match of a word, and the word's count in the whole text. */
	record Match(String word, int inText) {
	}

}
