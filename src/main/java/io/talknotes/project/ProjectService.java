package io.talknotes.project;

import java.util.List;
import java.util.Optional;
import java.util.Map;

import io.talknotes.system.DeletionRefusedException;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.ItemKind;
import io.talknotes.system.NameTakenException;
import io.talknotes.system.NamedEntities;
import io.talknotes.system.Names;
import io.talknotes.system.Usage;
import io.talknotes.system.Usages;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technologies talks and notes are about, added, changed and deleted by hand or found
 * by name.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	private static final String KIND = "project";

	private final ProjectRepository projects;

	private final FormerSlugs formerSlugs;

	private final NamedEntities named;

	private final Usages usages;

	ProjectService(ProjectRepository projects, FormerSlugs formerSlugs, NamedEntities named, Usages usages) {
		this.projects = projects;
		this.formerSlugs = formerSlugs;
		this.named = named;
		this.usages = usages;
	}

	/** Every project by name, with how many talks and figures it has. */
	public List<ProjectSummary> summaries() {
		List<Project> all = this.projects.findAll(Sort.by(Sort.Order.by("name").ignoreCase()));
		List<Long> ids = all.stream().map(Project::getId).toList();
		Map<Long, Long> talks = this.usages.count(Usage.TALKS, ItemKind.PROJECT, ids);
		Map<Long, Long> figures = this.usages.count(Usage.FIGURES, ItemKind.PROJECT, ids);
		return all.stream()
			.map((project) -> new ProjectSummary(project.getSlug(), project.getName(), project.getMaturity(),
					talks.getOrDefault(project.getId(), 0L), figures.getOrDefault(project.getId(), 0L)))
			.toList();
	}

	/** Every project by name, for choosing one in a filter or form. */
	@Cacheable(cacheNames = "projects", sync = true)
	public List<Project> all() {
		return List.copyOf(this.projects.findAll(Sort.by("name")));
	}

	/**
	 * The project with that slug.
	 * @throws ProjectNotFoundException when there is none
	 */
	public Project get(String slug) {
		return this.projects.findBySlug(slug).orElseThrow(() -> ProjectNotFoundException.forSlug(slug));
	}

	/** The name of the project with that slug, if there is one. */
	public Optional<String> nameWithSlug(String slug) {
		return this.projects.findBySlug(slug).map(Project::getName);
	}

	/** The slug of the project with that name, ignoring case, if there is one. */
	public Optional<String> slugNamed(String name) {
		return this.projects.findFirstByNameIgnoreCaseOrderById(name).map(Project::getSlug);
	}

	/**
	 * The project with that name, ignoring case, or else a new one with a slug made from
	 * the name and not used yet.
	 * @param name the name as typed; surrounding and repeated blanks are dropped
	 * @return the existing or new project
	 */
	@Transactional
	public Project findOrCreate(String name) {
		String clean = name.strip().replaceAll("\\s+", " ");
		return this.projects.findFirstByNameIgnoreCaseOrderById(clean).orElseGet(() -> {
			String slug = this.formerSlugs.unique(KIND, clean, KIND, null, this.projects::existsBySlug);
			return this.projects.save(new Project(slug, clean, null));
		});
	}

	/**
	 * Adds a project, with a slug made from its name.
	 * @throws NameTakenException when a project has that name
	 */
	@Transactional
	public Project create(ProjectForm form) {
		this.named.requireFree(this.projects.findFirstByNameIgnoreCaseOrderById(form.name()), null);
		Project project = new Project(this.named.slugFor(KIND, form.name(), this.projects::existsBySlug), form.name(),
				null);
		return this.projects.save(fill(project, form));
	}

	/**
	 * Changes a project. A new name gives it a new slug; the old one leads to it still,
	 * and its talks are found by the new name.
	 * @throws ProjectNotFoundException when there is none with that slug
	 * @throws NameTakenException when another project has the new name
	 */
	@Transactional
	public Project update(String slug, ProjectForm form) {
		Project project = get(slug);
		this.named.requireFree(this.projects.findFirstByNameIgnoreCaseOrderById(form.name()), project);
		this.named.rename(KIND, project, form.name(), this.projects::existsBySlug);
		return fill(project, form);
	}

	/**
	 * What deleting the project would do.
	 * @throws ProjectNotFoundException when there is none with that slug
	 */
	public ProjectDeletion deletion(String slug) {
		Project project = get(slug);
		return new ProjectDeletion(project, this.usages.count(Usage.TALKS, ItemKind.PROJECT, project.getId()),
				this.usages.count(Usage.FIGURES, ItemKind.PROJECT, project.getId()));
	}

	/**
	 * Deletes a project, taking it off the talks that cover it, unless figures are about
	 * it.
	 * @throws ProjectNotFoundException when there is none with that slug
	 * @throws DeletionRefusedException when figures are about it
	 */
	@Transactional
	public void delete(String slug) {
		ProjectDeletion deletion = deletion(slug);
		if (deletion.refused()) {
			throw new DeletionRefusedException(deletion.project().getName());
		}
		this.named.deleting(KIND, deletion.project());
		this.projects.delete(deletion.project());
	}

	private static Project fill(Project project, ProjectForm form) {
		project.describe(Names.orNull(form.maturity()), Names.orNull(form.description()));
		project.link(Names.orNull(form.websiteUrl()));
		return project;
	}

}
