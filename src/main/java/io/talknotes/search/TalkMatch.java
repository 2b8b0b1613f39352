package io.talknotes.search;

import java.util.List;

import io.talknotes.talk.TalkKind;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

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
@ProjectionConstructor
record TalkMatch(@FieldProjection String slug, @FieldProjection String title,
		@HighlightProjection(path = "title", highlighter = SearchService.WHOLE) List<String> titleHighlights,
		@FieldProjection TalkKind kind, @FieldProjection(path = "conference.name_keyword") String conference,
		@FieldProjection(path = "companies.name_keyword") List<String> companies,
		@HighlightProjection(path = "abstractText") List<String> abstractHighlights,
		@HighlightProjection(path = "metrics.text", highlighter = SearchService.WHOLE) List<String> metricHighlights) {

	/** The talk as a result, with the best passages of its notes. */
	TalkHit withPassages(List<String> passages) {
		return new TalkHit(this.slug, this.title, this.titleHighlights, this.kind, this.conference, this.companies,
				passages, this.abstractHighlights, this.metricHighlights);
	}

}
