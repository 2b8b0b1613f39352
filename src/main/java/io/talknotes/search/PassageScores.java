package io.talknotes.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a passage as Lucene's {@link PassageScorer} does, to the last bit, without the
 * hash of words Lucene's makes for each passage: that hash takes a block of 32 kB at its
 * first word, for every sentence with a match in every note shown, a twentieth of a
 * results page's time at 100,000 notes. A passage holds a few matches, so its distinct
 * words are found by comparing them with those before.
 */
final class PassageScores extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		BytesRef[] words = passage.getMatchTerms();
		int[] inText = passage.getMatchTermFreqsInDoc();
		int matches = passage.getNumMatches();
		// Summed in the order the words first match, as Lucene sums them.
		double score = 0d;
		for (int i = 0; i < matches; i++) {
			if (matchedBefore(words, i)) {
				continue;
			}
			int inPassage = 1;
			for (int j = i + 1; j < matches; j++) {
				if (words[j].equals(words[i])) {
					inPassage++;
				}
			}
			score += tf(inPassage, passage.getLength()) * weight(contentLength, inText[i]);
		}
		score *= norm(passage.getStartOffset());
		return (float) score;
	}

	private static boolean matchedBefore(BytesRef[] words, int match) {
		for (int i = 0; i < match; i++) {
			if (words[i].equals(words[match])) {
				return true;
			}
		}
		return false;
	}

}
