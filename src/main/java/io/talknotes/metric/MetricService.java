package io.talknotes.metric;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.talknotes.account.AccountService;
import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.metric.shorthand.MetricParseException;
import io.talknotes.metric.shorthand.MetricParser;
import io.talknotes.metric.shorthand.ParsedMetric;
import io.talknotes.metric.shorthand.UnitCatalogue;
import io.talknotes.project.Project;
import io.talknotes.project.ProjectService;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkService;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The figures companies quoted in talks: finding, comparing, adding and revising them.
 */
@Service
@Transactional(readOnly = true)
public class MetricService {

	/** The width of the unit column: longer unknown units are refused. */
	static final int MAX_UNIT_LENGTH = 60;

	private static final Comparator<NamedLink> BY_NAME = Comparator.comparing(NamedLink::name,
			String.CASE_INSENSITIVE_ORDER);

	private final UnitCatalogue units;

	private final MetricParser parser;

	private final ScaleMetricRepository metrics;

	private final TalkService talks;

	private final CompanyService companies;

	private final ProjectService projects;

	private final AccountService accounts;

	MetricService(ScaleMetricRepository metrics, TalkService talks, CompanyService companies, ProjectService projects,
			AccountService accounts, UnitCatalogue units) {
		this.units = units;
		this.parser = new MetricParser(units);
		this.metrics = metrics;
		this.accounts = accounts;
		this.talks = talks;
		this.companies = companies;
		this.projects = projects;
	}

	/** The figures quoted in a talk, in the order they were quoted. */
	public List<MetricView> forTalk(Long talkId) {
		return this.metrics.findByTalk(talkId).stream().map(this::view).toList();
	}

	/** The figures about a company, by unit and then largest first. */
	public List<MetricView> forCompany(String companySlug) {
		return this.metrics.findByCompany(companySlug).stream().map(this::view).toList();
	}

	/** The figures about a project, by unit and then largest first. */
	public List<MetricView> forProject(String projectSlug) {
		return this.metrics.findByProject(projectSlug).stream().map(this::view).toList();
	}

	/**
	 * The figures that match the query's filters, in its order. A unit filter also finds
	 * the figures in units that convert into it: "terabytes" finds petabytes and Gbps
	 * too, "queries per second" finds queries per minute.
	 */
	public List<MetricView> find(MetricQuery query) {
		List<String> units = (query.unit() != null) ? this.units.comparable(query.unit(), this.metrics.findUnits())
				: List.of();
		return this.metrics.findAll(MetricSpecifications.matching(query, units))
			.stream()
			.map(this::view)
			.sorted(query.order())
			.toList();
	}

	/** The units, companies, projects and conferences that have figures. */
	public MetricFilterOptions filterOptions() {
		return new MetricFilterOptions(this.metrics.findUnits().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
				this.metrics.findCompanies().stream().sorted(BY_NAME).toList(),
				this.metrics.findProjects().stream().sorted(BY_NAME).toList(),
				this.metrics.findConferences().stream().sorted(BY_NAME).toList());
	}

	/**
	 * A figure of the talk.
	 * @throws MetricNotFoundException when the talk has no such figure
	 */
	public MetricView get(String talkSlug, Long id) {
		return view(find(talkSlug, id));
	}

	/**
	 * Reads a figure the way it would be saved.
	 * @throws MetricParseException when it cannot be read or saved; the message says why
	 */
	public ParsedMetric understand(String text) {
		ParsedMetric figure = this.parser.parse(text);
		if (figure.unit().name().length() > MAX_UNIT_LENGTH) {
			throw new MetricParseException(text,
					"Keep what is counted to " + MAX_UNIT_LENGTH + " characters or fewer, for example \"pods\".");
		}
		return figure;
	}

	/**
	 * The username of the account that added a figure: empty when there is no such
	 * figure, an empty name for a figure inserted by SQL, which no account owns.
	 */
	public Optional<String> ownerOf(Long id) {
		return this.metrics.findCreatorById(id);
	}

	/**
	 * Adds a figure to the talk, after those it has, adding the company or project when a
	 * new name is given.
	 * @param username the account that adds it
	 * @throws MetricParseException when the text cannot be read
	 */
	@Transactional
	public MetricView add(String talkSlug, MetricForm form, String username) {
		ParsedMetric figure = understand(form.text());
		Talk talk = this.talks.find(talkSlug);
		int sortOrder = this.metrics.findLastSortOrder(talk.getId()) + 1;
		ScaleMetric metric = new ScaleMetric(talk, sortOrder, figure, company(form), project(form), form.cleanSubject(),
				this.accounts.find(username));
		return view(this.metrics.save(metric));
	}

	/**
	 * Replaces what a figure of the talk says and whom it is about.
	 * @param expectedVersion the version the editor started from
	 * @throws MetricNotFoundException when the talk has no such figure
	 * @throws MetricParseException when the text cannot be read
	 * @throws MetricConflictException when someone else saved the figure in the meantime
	 */
	@Transactional
	public MetricView revise(String talkSlug, Long id, long expectedVersion, MetricForm form) {
		ParsedMetric figure = understand(form.text());
		ScaleMetric metric = findAt(talkSlug, id, expectedVersion);
		metric.revise(figure, company(form), project(form), form.cleanSubject());
		try {
			return view(this.metrics.saveAndFlush(metric));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new MetricConflictException(view(metric));
		}
	}

	/**
	 * Deletes a figure of the talk, unless it changed since the page that asked for it
	 * was shown: what someone else just saved is never deleted unseen.
	 * @param expectedVersion the version the confirmation page showed
	 * @throws MetricNotFoundException when the talk has no such figure
	 * @throws MetricConflictException when someone else saved the figure in the meantime
	 */
	@Transactional
	public void delete(String talkSlug, Long id, long expectedVersion) {
		ScaleMetric metric = findAt(talkSlug, id, expectedVersion);
		this.metrics.delete(metric);
		try {
			this.metrics.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new MetricConflictException(view(metric));
		}
	}

	private ScaleMetric findAt(String talkSlug, Long id, long expectedVersion) {
		ScaleMetric metric = find(talkSlug, id);
		if (metric.getVersion() != expectedVersion) {
			throw new MetricConflictException(view(metric));
		}
		return metric;
	}

	private ScaleMetric find(String talkSlug, Long id) {
		return this.metrics.findWithLinksById(id)
			.filter((metric) -> metric.getTalk().getSlug().equals(talkSlug))
			.orElseThrow(() -> MetricNotFoundException.forId(id));
	}

	private Company company(MetricForm form) {
		if (StringUtils.hasText(form.newCompanyName())) {
			return this.companies.findOrCreate(form.newCompanyName());
		}
		return StringUtils.hasText(form.companySlug()) ? this.companies.get(form.companySlug().strip()) : null;
	}

	private Project project(MetricForm form) {
		if (StringUtils.hasText(form.newProjectName())) {
			return this.projects.findOrCreate(form.newProjectName());
		}
		return StringUtils.hasText(form.projectSlug()) ? this.projects.get(form.projectSlug().strip()) : null;
	}

	private MetricView view(ScaleMetric metric) {
		return MetricView.of(metric, this.units);
	}

}
