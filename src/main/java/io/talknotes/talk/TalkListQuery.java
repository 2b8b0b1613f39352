package io.talknotes.talk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.talknotes.system.ItemKind;
import io.talknotes.system.Names;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The talk list's filters as its query parameters send them. Every part is optional; a
 * blank or unknown value does not filter.
 *
 * @param conference slug of the conference
 * @param kind kind of session, as {@link TalkKind#getParameter()} writes it
 * @param company slug of a presenting company
 * @param project slug of a covered project
 * @param notes {@code with} or {@code without}
 * @param attended {@code true} or {@code false}
 * @param q words in the title, or in a speaker's or company's name
 * @param sort the order, as {@link TalkOrder#getParameter()} writes it
 * @param page the page's number, from 1
 */
record TalkListQuery(String conference, String kind, String company, String project, String notes, String attended,
		String q, String sort, String page) {

	/** Words to look for are cut to this length: a title is never longer. */
	private static final int MAX_TEXT = 200;

	/** The filter the list is narrowed by. */
	TalkFilter filter() {
		String text = Names.orNull(Names.clean(this.q));
		return new TalkFilter(slug(this.conference), TalkKind.fromParameter(this.kind), slug(this.company),
				slug(this.project), TalkFilter.NotesFilter.fromParameter(this.notes), yesOrNo(this.attended),
				(text != null && text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text);
	}

	/** The order asked for; the programme's order when none or an unknown one. */
	TalkOrder order() {
		return TalkOrder.fromParameter(this.sort);
	}

	/** The page asked for; the first when none or not a page number. */
	int pageNumber() {
		if (this.page == null || !this.page.matches("[1-9][0-9]{0,5}")) {
			return 1;
		}
		return Integer.parseInt(this.page);
	}

	/** The same filters and order on another page, the words as they are looked for. */
	TalkListQuery onPage(int number) {
		return new TalkListQuery(this.conference, this.kind, this.company, this.project, this.notes, this.attended,
				filter().text(), this.sort, (number > 1) ? String.valueOf(number) : null);
	}

	/**
	 * The same filters with any conference, company or project written by name instead of
	 * by slug replaced by its slug.
	 */
	TalkListQuery bySlug(FilterSlugs slugs) {
		return new TalkListQuery(slugs.slugFor(ItemKind.CONFERENCE, this.conference).orElse(this.conference), this.kind,
				slugs.slugFor(ItemKind.COMPANY, this.company).orElse(this.company),
				slugs.slugFor(ItemKind.PROJECT, this.project).orElse(this.project), this.notes, this.attended, this.q,
				this.sort, this.page);
	}

	/** The address of the talk list with these filters, those not given left out. */
	String href() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/talks");
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("conference", this.conference);
		parameters.put("kind", this.kind);
		parameters.put("company", this.company);
		parameters.put("project", this.project);
		parameters.put("notes", this.notes);
		parameters.put("attended", this.attended);
		parameters.put("q", this.q);
		parameters.put("sort", this.sort);
		parameters.put("page", this.page);
		parameters.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				uri.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return uri.build(true).toUriString();
	}

	private static String slug(String value) {
		return Names.orNull(Names.clean(value));
	}

	private static Boolean yesOrNo(String value) {
		return ("true".equals(value) || "false".equals(value)) ? Boolean.valueOf(value) : null;
	}

}
