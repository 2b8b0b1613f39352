package io.talknotes.search;

import java.util.List;

import io.talknotes.talk.TalkKind;

import org.springframework.web.util.HtmlUtils;

/**
 * A talk that matched a search: the matching words are wrapped in {@code <mark>} and the
 * rest of the text is HTML-escaped.
 *
 * @param slug the talk's slug
 * @param title the title as written
 * @param titleHighlights the title with matches marked, if it matched
 * @param kind the kind of session
 * @param conference the conference's name
 * @param companies the presenting companies' names
 * @param passages the best passages of its notes
 * @param abstractHighlights the best passages of its abstract
 * @param figureHighlights the figures that matched
 */
public record TalkHit(String slug, String title, List<String> titleHighlights, TalkKind kind, String conference,
		List<String> companies, List<String> passages, List<String> abstractHighlights, List<String> figureHighlights) {

	/** The same talk with the best passages of its notes. */
	TalkHit withPassages(List<String> passages) {
		return new TalkHit(this.slug, this.title, this.titleHighlights, this.kind, this.conference, this.companies,
				passages, this.abstractHighlights, this.figureHighlights);
	}

	/** The title with matches marked, HTML-escaped either way. */
	public String titleHtml() {
		return this.titleHighlights.isEmpty() ? HtmlUtils.htmlEscape(this.title) : this.titleHighlights.get(0);
	}

}
