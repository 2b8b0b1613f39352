package io.talknotes.search;

import java.util.List;

import io.talknotes.talk.TalkKind;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * A talk that matched a search, read straight from the index: the matching words are
 * wrapped in {@code <mark>} and the rest of the text is HTML-escaped.
 *
 * @param slug the talk's slug
 * @param title the title as written
 * @param titleHighlights the title with matches marked, if it matched
 * @param kind the kind of session
 * @param conference the conference's name
 * @param companies the presenting companies' names
 * @param passages the best passages of its notes
 * @param abstractHighlights the best passages of its abstract
 * @param metricHighlights the figures that matched
 */
@ProjectionConstructor
public record TalkHit(@FieldProjection String slug, @FieldProjection String title,
		@HighlightProjection(path = "title", highlighter = SearchService.WHOLE) List<String> titleHighlights,
		@FieldProjection TalkKind kind, @FieldProjection(path = "conference.name_keyword") String conference,
		@FieldProjection(path = "companies.name_keyword") List<String> companies,
		@HighlightProjection(path = "notes.body") List<String> passages,
		@HighlightProjection(path = "abstractText") List<String> abstractHighlights,
		@HighlightProjection(path = "metrics.text", highlighter = SearchService.WHOLE) List<String> metricHighlights) {

	/** The title with matches marked, HTML-escaped either way. */
	public String titleHtml() {
		return this.titleHighlights.isEmpty() ? org.springframework.web.util.HtmlUtils.htmlEscape(this.title)
				: this.titleHighlights.get(0);
	}

}
