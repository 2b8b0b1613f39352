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
 * @param names the names of its speakers and companies that matched
 */
public record TalkHit(String slug, String title, List<String> titleHighlights, TalkKind kind, String conference,
		List<String> companies, List<String> passages, List<String> abstractHighlights, List<String> figureHighlights,
		NameHighlights names) {

	/** The same talk with the best passages of its notes. */
	TalkHit withPassages(List<String> passages) {
		return new TalkHit(this.slug, this.title, this.titleHighlights, this.kind, this.conference, this.companies,
				passages, this.abstractHighlights, this.figureHighlights, this.names);
	}

	/**
	 * Whether only a speaker's or a company's name says why the talk was found: no
	 * passage, abstract, figure or title shows a match.
	 */
	public boolean foundByNameAlone() {
		return !this.names.isEmpty() && this.titleHighlights.isEmpty() && this.passages.isEmpty()
				&& this.abstractHighlights.isEmpty() && this.figureHighlights.isEmpty();
	}

	/** The title with matches marked, HTML-escaped either way. */
	public String titleHtml() {
		return this.titleHighlights.isEmpty() ? HtmlUtils.htmlEscape(this.title) : this.titleHighlights.get(0);
	}

}
