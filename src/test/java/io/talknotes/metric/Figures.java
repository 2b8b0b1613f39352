package io.talknotes.metric;

import io.talknotes.TestAccounts;
import io.talknotes.metric.shorthand.MetricParser;
import io.talknotes.metric.shorthand.ParsedMetric;
import io.talknotes.system.NamedLink;

/**
 * Figures as pages show them, for tests that do not need a database.
 */
final class Figures {

	static final NamedLink KUBECON = new NamedLink("kubecon-cloudnativecon-na-2019",
			"KubeCon + CloudNativeCon North America 2019");

	static final NamedLink UPDATES = new NamedLink("cncf-project-updates", "CNCF Project Updates");

	private static final MetricParser PARSER = new MetricParser();

	private Figures() {
	}

	/**
	 * A figure as read from its text and then stored: like the stored columns, it keeps
	 * its percentile but no words around the unit.
	 */
	static MetricView view(long id, String text, NamedLink company, NamedLink project, String subject) {
		return saved(id, text, company, project, subject, 0);
	}

	/** A figure as stored after some saves: its version is what forms send back. */
	static MetricView saved(long id, String text, NamedLink company, NamedLink project, String subject, long version) {
		ParsedMetric read = PARSER.parse(text);
		ParsedMetric stored = ParsedMetric.of(read.value(), read.unit(), read.qualifier(), read.period(), "", "",
				read.percentile());
		return new MetricView(id, text, stored, subject, UPDATES, KUBECON, company, project, version,
				TestAccounts.EDITOR);
	}

	static NamedLink link(String slug, String name) {
		return new NamedLink(slug, name);
	}

}
