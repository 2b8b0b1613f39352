package io.talknotes.search;

import java.util.Map;

/**
 * The fields of the talks' and notes' search documents that searches read, named once for
 * both ways of searching ({@link LuceneTalkSearch} and {@link DslTalkSearch}).
 */
final class IndexFields {

	/** A talk's slug. */
	static final String SLUG = "slug";

	/** A talk's title. */
	static final String TITLE = "title";

	/** A talk's kind of session. */
	static final String KIND = "kind";

	/** The name of a talk's conference, as written. */
	static final String CONFERENCE = "conference.name_keyword";

	/** The names of the companies that presented a talk, as written. */
	static final String COMPANIES = "companies.name_keyword";

	/** The names of a talk's speakers, as written. */
	static final String SPEAKERS = "speakers.name_keyword";

	/** The names of a talk's speakers, searched by their words. */
	static final String SPEAKER_WORDS = "speakers.name";

	/** The names of the companies that presented a talk, searched by their words. */
	static final String COMPANY_WORDS = "companies.name";

	/** A talk's abstract. */
	static final String ABSTRACT = "abstractText";

	/**
	 * What a results page shows of a talk, as one doc value
	 * ({@link StoredTalk#encoded()}); on the Lucene path only.
	 */
	static final String SHOWN = "shown";

	/** The figures quoted in a talk, as written. */
	static final String FIGURES = "figures.text";

	/**
	 * The fields of a talk that the typed words are searched in, and how much each
	 * weighs.
	 */
	static final Map<String, Float> SEARCHED = Map.of(TITLE, 4f, COMPANY_WORDS, 2f, "projects.name", 2f, SPEAKER_WORDS,
			2f, ABSTRACT, 1.5f, FIGURES, 1.5f, "figures.subject", 1f, "noteText", 1f, "conference.name", 0.5f);

	/** The slug of a note's talk. */
	static final String NOTE_TALK = "talk.slug";

	/** A note's author. */
	static final String NOTE_AUTHOR = "author";

	private IndexFields() {
	}

}
