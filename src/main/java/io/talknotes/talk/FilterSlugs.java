package io.talknotes.talk;

import java.util.Optional;
import java.util.regex.Pattern;

import io.talknotes.company.CompanyService;
import io.talknotes.conference.ConferenceService;
import io.talknotes.project.ProjectService;
import io.talknotes.system.ItemKind;

import org.springframework.stereotype.Component;

/**
 * Filters of the talk list and of search name conferences, companies and projects by
 * slug. A link written with a name instead ("?company=Lyft", as links did once) is
 * answered with the slug it should have used, so that the page can send it there.
 */
@Component
public class FilterSlugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ConferenceService conferences;

	private final CompanyService companies;

	private final ProjectService projects;

	FilterSlugs(ConferenceService conferences, CompanyService companies, ProjectService projects) {
		this.conferences = conferences;
		this.companies = companies;
		this.projects = projects;
	}

	/**
	 * The slug a filter value should have been, when it is not written as a slug but
	 * names an item.
	 * @param kind a conference, company or project
	 * @param value the value sent, or {@code null}
	 * @return the slug of the item so named; empty when the value is a slug already, is
	 * missing or names nothing
	 */
	public Optional<String> slugFor(ItemKind kind, String value) {
		if (value == null || SLUG.matcher(value).matches()) {
			return Optional.empty();
		}
		return switch (kind) {
			case CONFERENCE -> this.conferences.slugNamed(value);
			case COMPANY -> this.companies.slugNamed(value);
			case PROJECT -> this.projects.slugNamed(value);
			default -> Optional.empty();
		};
	}

	/**
	 * The name of the item a filter chose by slug, as a chosen filter is shown.
	 * @param kind a conference, company or project
	 * @param slug the slug sent, or {@code null}
	 * @return its name; empty when nothing has that slug
	 */
	public Optional<String> nameFor(ItemKind kind, String slug) {
		if (slug == null) {
			return Optional.empty();
		}
		return switch (kind) {
			case CONFERENCE -> this.conferences.nameWithSlug(slug);
			case COMPANY -> this.companies.nameWithSlug(slug);
			case PROJECT -> this.projects.nameWithSlug(slug);
			default -> Optional.empty();
		};
	}

}
