package io.talknotes.figure;

import io.talknotes.TestAccounts;
import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.system.NamedLink;

/**
 * Figures as pages show them, for tests that do not need a database.
 */
final class Figures {

	static final NamedLink KUBECON = new NamedLink("kubecon-cloudnativecon-na-2019",
			"KubeCon + CloudNativeCon North America 2019");

	static final NamedLink UPDATES = new NamedLink("cncf-project-updates", "CNCF Project Updates");

	private static final FigureParser PARSER = new FigureParser();

	private Figures() {
	}

	/**
	 * A figure as read from its text and then stored: like the stored columns, it keeps
	 * its percentile but no words around the unit.
	 */
	static FigureView view(long id, String text, NamedLink company, NamedLink project, String subject) {
		return saved(id, text, company, project, subject, 0);
	}

	/** A figure as stored after some saves: its version is what forms send back. */
	static FigureView saved(long id, String text, NamedLink company, NamedLink project, String subject, long version) {
		ParsedFigure read = PARSER.parse(text);
		ParsedFigure stored = ParsedFigure.of(read.value(), read.unit(), read.qualifier(), read.period(), "", "",
				read.percentile());
		return new FigureView(id, text, stored, subject, UPDATES, KUBECON, company, project, version,
				TestAccounts.EDITOR);
	}

	static NamedLink link(String slug, String name) {
		return new NamedLink(slug, name);
	}

}
