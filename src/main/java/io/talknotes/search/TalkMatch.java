package io.talknotes.search;

import java.util.List;

import io.talknotes.talk.TalkKind;

/**
 * A talk that matched, as read from its search document: its own fields, with the
 * matching words of its title, abstract and figures marked.
 *
 * @param slug the talk's slug
 * @param title the title as written
 * @param titleHighlights the title with matches marked, if it matched
 * @param kind the kind of session
 * @param conference the conference's name
 * @param companies the presenting companies' names
 * @param abstractHighlights the best passages of its abstract
 * @param metricHighlights the figures that matched
 */
record TalkMatch(String slug, String title, List<String> titleHighlights, TalkKind kind, String conference,
		List<String> companies, List<String> abstractHighlights, List<String> metricHighlights) {

	/** The talk as a result, with the best passages of its notes. */
	TalkHit withPassages(List<String> passages) {
		return new TalkHit(this.slug, this.title, this.titleHighlights, this.kind, this.conference, this.companies,
				passages, this.abstractHighlights, this.metricHighlights);
	}

}
