package io.talknotes.talk;

import java.util.Locale;

import io.talknotes.company.Company;
import io.talknotes.project.Project;
import io.talknotes.speaker.Speaker;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link TalkFilter} into a query.
 */
final class TalkSpecifications {

	private TalkSpecifications() {
	}

	static Specification<Talk> matching(TalkFilter filter, TalkContents contents) {
		Specification<Talk> spec = Specification.unrestricted();
		if (filter.conference() != null) {
			spec = spec.and((talk, query, cb) -> cb.equal(talk.get("conference").get("slug"), filter.conference()));
		}
		if (filter.kind() != null) {
			spec = spec.and((talk, query, cb) -> cb.equal(talk.get("kind"), filter.kind()));
		}
		if (filter.company() != null) {
			spec = spec.and((talk, query, cb) -> {
				Subquery<Long> sub = query.subquery(Long.class);
				Root<Talk> other = sub.from(Talk.class);
				Join<Talk, Company> company = other.join("companies");
				return cb.exists(sub.select(other.get("id"))
					.where(cb.equal(other, talk), cb.equal(company.get("slug"), filter.company())));
			});
		}
		if (filter.project() != null) {
			spec = spec.and((talk, query, cb) -> {
				Subquery<Long> sub = query.subquery(Long.class);
				Root<Talk> other = sub.from(Talk.class);
				Join<Talk, Project> project = other.join("projects");
				return cb.exists(sub.select(other.get("id"))
					.where(cb.equal(other, talk), cb.equal(project.get("slug"), filter.project())));
			});
		}
		if (filter.notes() != null) {
			Specification<Talk> withNotes = contents.present(TalkContent.Kind.NOTES);
			spec = spec.and((filter.notes() == TalkFilter.NotesFilter.WITH) ? withNotes : Specification.not(withNotes));
		}
		if (filter.attended() != null) {
			spec = spec.and((talk, query, cb) -> cb.equal(talk.get("attended"), filter.attended()));
		}
		if (filter.text() != null) {
			spec = spec.and(containing(filter.text()));
		}
		return spec;
	}

	/**
	 * Talks whose title, or the name of one of whose speakers or companies, holds the
	 * text.
	 */
	private static Specification<Talk> containing(String text) {
		String pattern = "%"
				+ text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return (talk, query, cb) -> {
			Subquery<Long> speakers = query.subquery(Long.class);
			Root<Talk> bySpeaker = speakers.from(Talk.class);
			Join<Talk, Speaker> speaker = bySpeaker.join("speakers");
			speakers.select(bySpeaker.get("id"))
				.where(cb.equal(bySpeaker, talk), cb.like(cb.lower(speaker.get("name")), pattern, '\\'));
			Subquery<Long> companies = query.subquery(Long.class);
			Root<Talk> byCompany = companies.from(Talk.class);
			Join<Talk, Company> company = byCompany.join("companies");
			companies.select(byCompany.get("id"))
				.where(cb.equal(byCompany, talk), cb.like(cb.lower(company.get("name")), pattern, '\\'));
			return cb.or(cb.like(cb.lower(talk.get("title")), pattern, '\\'), cb.exists(speakers),
					cb.exists(companies));
		};
	}

}
