package io.talknotes.figure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.talknotes.account.AccountService;
import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.figure.shorthand.FigureParseException;
import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.figure.shorthand.UnitCatalogue;
import io.talknotes.project.Project;
import io.talknotes.project.ProjectService;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkService;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The figures companies quoted in talks: finding, comparing, adding and revising them.
 */
@Service
@Transactional(readOnly = true)
public class FigureService {

	/** The width of the unit column: longer unknown units are refused. */
	static final int MAX_UNIT_LENGTH = 60;

	private static final Comparator<NamedLink> BY_NAME = Comparator.comparing(NamedLink::name,
			String.CASE_INSENSITIVE_ORDER);

	private final UnitCatalogue units;

	private final FigureParser parser;

	private final FigureRepository figures;

	private final TalkService talks;

	private final CompanyService companies;

	private final ProjectService projects;

	private final AccountService accounts;

	FigureService(FigureRepository figures, TalkService talks, CompanyService companies, ProjectService projects,
			AccountService accounts, UnitCatalogue units) {
		this.units = units;
		this.parser = new FigureParser(units);
		this.figures = figures;
		this.accounts = accounts;
		this.talks = talks;
		this.companies = companies;
		this.projects = projects;
	}

	/** The figures quoted in a talk, in the order they were quoted. */
	@Cacheable(cacheNames = "talk-figures", sync = true)
	public List<FigureView> forTalk(Long talkId) {
		return this.figures.findByTalk(talkId).stream().map(this::view).toList();
	}

	/** The figures about a company, by unit and then largest first. */
	public List<FigureView> forCompany(String companySlug) {
		return this.figures.findByCompany(companySlug).stream().map(this::view).toList();
	}

	/** The figures about a project, by unit and then largest first. */
	public List<FigureView> forProject(String projectSlug) {
		return this.figures.findByProject(projectSlug).stream().map(this::view).toList();
	}

	/**
	 * The figures that match the query's filters, in its order. A unit filter also finds
	 * the figures in units that convert into it: "terabytes" finds petabytes and Gbps
	 * too, "queries per second" finds queries per minute.
	 */
	public List<FigureView> find(FigureQuery query) {
		List<String> units = (query.unit() != null) ? this.units.comparable(query.unit(), this.figures.findUnits())
				: List.of();
		return this.figures.findAll(FigureSpecifications.matching(query, units))
			.stream()
			.map(this::view)
			.sorted(query.order())
			.toList();
	}

	/** The units, companies, projects and conferences that have figures. */
	public FigureFilterOptions filterOptions() {
		return new FigureFilterOptions(this.figures.findUnits().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
				this.figures.findCompanies().stream().sorted(BY_NAME).toList(),
				this.figures.findProjects().stream().sorted(BY_NAME).toList(),
				this.figures.findConferences().stream().sorted(BY_NAME).toList());
	}

	/**
	 * A figure of the talk.
	 * @throws FigureNotFoundException when the talk has no such figure
	 */
	public FigureView get(String talkSlug, Long id) {
		return view(find(talkSlug, id));
	}

	/**
	 * Reads a figure the way it would be saved.
	 * @throws FigureParseException when it cannot be read or saved; its message key says
	 * why
	 */
	public ParsedFigure understand(String text) {
		ParsedFigure figure = this.parser.parse(text);
		if (figure.unit().name().length() > MAX_UNIT_LENGTH) {
			throw new FigureParseException(text, "figure.problem.unitTooLong", MAX_UNIT_LENGTH);
		}
		return figure;
	}

	/**
	 * The username of the account that added a figure: empty when there is no such
	 * figure, an empty name for a figure inserted by SQL, which no account owns.
	 */
	public Optional<String> ownerOf(Long id) {
		return this.figures.findCreatorById(id);
	}

	/**
	 * Adds a figure to the talk, after those it has, adding the company or project when a
	 * new name is given.
	 * @param username the account that adds it
	 * @throws FigureParseException when the text cannot be read
	 */
	@Transactional
	public FigureView add(String talkSlug, FigureForm form, String username) {
		ParsedFigure parsed = understand(form.text());
		Talk talk = this.talks.find(talkSlug);
		int sortOrder = this.figures.findLastSortOrder(talk.getId()) + 1;
		Figure figure = new Figure(talk, sortOrder, parsed, company(form), project(form), form.cleanSubject(),
				this.accounts.find(username));
		return view(this.figures.save(figure));
	}

	/**
	 * Replaces what a figure of the talk says and whom it is about.
	 * @param expectedVersion the version the editor started from
	 * @throws FigureNotFoundException when the talk has no such figure
	 * @throws FigureParseException when the text cannot be read
	 * @throws FigureConflictException when someone else saved the figure in the meantime
	 */
	@Transactional
	public FigureView revise(String talkSlug, Long id, long expectedVersion, FigureForm form) {
		ParsedFigure parsed = understand(form.text());
		Figure figure = findAt(talkSlug, id, expectedVersion);
		figure.revise(parsed, company(form), project(form), form.cleanSubject());
		try {
			return view(this.figures.saveAndFlush(figure));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new FigureConflictException(view(figure));
		}
	}

	/**
	 * Deletes a figure of the talk, unless it changed since the page that asked for it
	 * was shown: what someone else just saved is never deleted unseen.
	 * @param expectedVersion the version the confirmation page showed
	 * @throws FigureNotFoundException when the talk has no such figure
	 * @return what the figure was, for adding it back
	 * @throws FigureConflictException when someone else saved the figure in the meantime
	 */
	@Transactional
	public DeletedFigure delete(String talkSlug, Long id, long expectedVersion) {
		Figure figure = findAt(talkSlug, id, expectedVersion);
		DeletedFigure deleted = DeletedFigure.of(figure);
		this.figures.delete(figure);
		try {
			this.figures.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new FigureConflictException(view(figure));
		}
		return deleted;
	}

	/**
	 * Adds a deleted figure back to the talk, in the place it had, owned by the account
	 * given. It is a new figure with a new id, read again from its text.
	 * @param position its place among the talk's figures, or a negative number for after
	 * the last one
	 * @param owner the username of the account it belongs to; {@code null}, or an account
	 * that no longer exists, for none (as for figures inserted by SQL, only admins change
	 * it)
	 * @throws FigureParseException when the text cannot be read
	 */
	@Transactional
	public FigureView restore(String talkSlug, FigureForm form, int position, String owner) {
		ParsedFigure parsed = understand(form.text());
		Talk talk = this.talks.find(talkSlug);
		int sortOrder = (position >= 0) ? position : this.figures.findLastSortOrder(talk.getId()) + 1;
		Figure figure = new Figure(talk, sortOrder, parsed, company(form), project(form), form.cleanSubject(),
				(StringUtils.hasText(owner) && this.accounts.exists(owner)) ? this.accounts.find(owner) : null);
		return view(this.figures.save(figure));
	}

	private Figure findAt(String talkSlug, Long id, long expectedVersion) {
		Figure figure = find(talkSlug, id);
		if (figure.getVersion() != expectedVersion) {
			throw new FigureConflictException(view(figure));
		}
		return figure;
	}

	private Figure find(String talkSlug, Long id) {
		return this.figures.findWithLinksById(id)
			.filter((figure) -> figure.getTalk().getSlug().equals(talkSlug))
			.orElseThrow(() -> FigureNotFoundException.forId(id));
	}

	private Company company(FigureForm form) {
		if (StringUtils.hasText(form.newCompanyName())) {
			return this.companies.findOrCreate(form.newCompanyName());
		}
		return StringUtils.hasText(form.companySlug()) ? this.companies.get(form.companySlug().strip()) : null;
	}

	private Project project(FigureForm form) {
		if (StringUtils.hasText(form.newProjectName())) {
			return this.projects.findOrCreate(form.newProjectName());
		}
		return StringUtils.hasText(form.projectSlug()) ? this.projects.get(form.projectSlug().strip()) : null;
	}

	private FigureView view(Figure figure) {
		return FigureView.of(figure, this.units);
	}

}
