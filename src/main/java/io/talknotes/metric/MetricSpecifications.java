package io.talknotes.metric;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns the filters of a {@link MetricQuery} into a query.
 */
final class MetricSpecifications {

	private MetricSpecifications() {
	}

	/**
	 * The figures that match the query's filters.
	 * @param query the filters
	 * @param units the units the unit filter stands for, from the query's unit and the
	 * units that convert into it; ignored when the query has no unit filter
	 */
	static Specification<ScaleMetric> matching(MetricQuery query, Collection<String> units) {
		Specification<ScaleMetric> spec = Specification.unrestricted();
		if (query.unit() != null) {
			spec = spec.and((metric, q, cb) -> metric.get("unit").in(units.isEmpty() ? List.of(query.unit()) : units));
		}
		if (query.company() != null) {
			spec = spec.and((metric, q, cb) -> cb.equal(metric.get("company").get("slug"), query.company()));
		}
		if (query.project() != null) {
			spec = spec.and((metric, q, cb) -> cb.equal(metric.get("project").get("slug"), query.project()));
		}
		if (query.conference() != null) {
			spec = spec
				.and((metric, q, cb) -> cb.equal(metric.get("talk").get("conference").get("slug"), query.conference()));
		}
		return spec;
	}

}
