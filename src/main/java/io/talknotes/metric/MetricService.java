package io.talknotes.metric;

import java.util.List;

import io.talknotes.system.NamedLink;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures companies quoted in talks.
 */
@Service
@Transactional(readOnly = true)
public class MetricService {

	private final ScaleMetricRepository metrics;

	MetricService(ScaleMetricRepository metrics) {
		this.metrics = metrics;
	}

	/** The figures quoted in a talk, in the order they were quoted. */
	public List<MetricView> forTalk(Long talkId) {
		return this.metrics.findByTalk(talkId).stream().map(MetricService::view).toList();
	}

	/** The figures about a company. */
	public List<MetricView> forCompany(String companySlug) {
		return this.metrics.findByCompany(companySlug).stream().map(MetricService::view).toList();
	}

	/** The figures about a project. */
	public List<MetricView> forProject(String projectSlug) {
		return this.metrics.findByProject(projectSlug).stream().map(MetricService::view).toList();
	}

	/** Every figure. */
	public List<MetricView> all() {
		return this.metrics.findAllWithLinks().stream().map(MetricService::view).toList();
	}

	/** How many figures the talks of a conference quoted. */
	public long countForConference(Long conferenceId) {
		return this.metrics.countByConference(conferenceId);
	}

	private static MetricView view(ScaleMetric metric) {
		return new MetricView(metric.getId(), metric.getTextAsWritten(), metric.getValue(), metric.getUnit(),
				metric.getQualifier(), metric.getPeriod(), metric.getSubject(),
				new NamedLink(metric.getTalk().getSlug(), metric.getTalk().getTitle()),
				(metric.getCompany() != null)
						? new NamedLink(metric.getCompany().getSlug(), metric.getCompany().getName()) : null,
				(metric.getProject() != null)
						? new NamedLink(metric.getProject().getSlug(), metric.getProject().getName()) : null);
	}

}
