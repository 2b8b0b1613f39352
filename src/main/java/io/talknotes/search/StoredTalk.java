package io.talknotes.search;

import java.util.List;

import io.talknotes.talk.TalkKind;
import org.apache.lucene.search.Query;

import static io.talknotes.search.IndexFields.ABSTRACT;
import static io.talknotes.search.IndexFields.COMPANY_WORDS;
import static io.talknotes.search.IndexFields.FIGURES;
import static io.talknotes.search.IndexFields.SPEAKER_WORDS;
import static io.talknotes.search.IndexFields.TITLE;

/**
 * What a talk's search document keeps of the talk for a results page, as read from the
 * index by either way of searching.
 *
 * @param slug the talk's slug
 * @param title the title as written
 * @param kind the kind of session
 * @param conference the conference's name
 * @param companies the presenting companies' names
 * @param speakers the speakers' names
 * @param abstractText the abstract, or null
 * @param figures the figures quoted in the talk, as written
 */
record StoredTalk(String slug, String title, TalkKind kind, String conference, List<String> companies,
		List<String> speakers, String abstractText, List<String> figures) {

	/**
	 * The talk as a results page shows it, the query's words marked in its title,
	 * abstract, figures and names; the passages of its notes are added after.
	 * @param highlighting marks the query's words
	 * @param query the query, as {@link TalkQuery} builds it
	 */
	TalkHit marked(Highlighting highlighting, Query query) {
		return new TalkHit(this.slug, this.title, highlighting.whole(TITLE, query, List.of(this.title)), this.kind,
				this.conference, this.companies, List.of(),
				highlighting.bestSentences(ABSTRACT, query, this.abstractText, Passages.ABSTRACT),
				highlighting.whole(FIGURES, query, this.figures),
				new NameHighlights(highlighting.whole(SPEAKER_WORDS, query, this.speakers),
						highlighting.whole(COMPANY_WORDS, query, this.companies)));
	}

}
