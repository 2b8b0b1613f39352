package io.talknotes.metric;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns the filters of a {@link MetricQuery} into a query.
 */
final class MetricSpecifications {

	private MetricSpecifications() {
	}

	static Specification<ScaleMetric> matching(MetricQuery query) {
		Specification<ScaleMetric> spec = Specification.unrestricted();
		if (query.unit() != null) {
			spec = spec.and((metric, q, cb) -> cb.equal(metric.get("unit"), query.unit()));
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
