package io.talknotes.talk;

import io.talknotes.company.Company;
import io.talknotes.project.Project;
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
		return spec;
	}

}
