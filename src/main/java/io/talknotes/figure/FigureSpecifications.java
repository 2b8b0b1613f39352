package io.talknotes.figure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns the filters of a {@link FigureQuery} into a query.
 */
final class FigureSpecifications {

	private FigureSpecifications() {
	}

	/**
	 * The figures that match the query's filters.
	 * @param query the filters
	 * @param units the units the unit filter stands for, from the query's unit and the
	 * units that convert into it; ignored when the query has no unit filter
	 */
	static Specification<Figure> matching(FigureQuery query, Collection<String> units) {
		Specification<Figure> spec = Specification.unrestricted();
		if (query.unit() != null) {
			spec = spec.and((figure, q, cb) -> figure.get("unit").in(units.isEmpty() ? List.of(query.unit()) : units));
		}
		if (query.company() != null) {
			spec = spec.and((figure, q, cb) -> cb.equal(figure.get("company").get("slug"), query.company()));
		}
		if (query.project() != null) {
			spec = spec.and((figure, q, cb) -> cb.equal(figure.get("project").get("slug"), query.project()));
		}
		if (query.conference() != null) {
			spec = spec
				.and((figure, q, cb) -> cb.equal(figure.get("talk").get("conference").get("slug"), query.conference()));
		}
		return spec;
	}

}
