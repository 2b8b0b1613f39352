package io.talknotes.project;

import java.util.List;

import io.talknotes.system.FormerSlugs;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technologies talks and notes are about.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	private final ProjectRepository projects;

	private final FormerSlugs formerSlugs;

	ProjectService(ProjectRepository projects, FormerSlugs formerSlugs) {
		this.projects = projects;
		this.formerSlugs = formerSlugs;
	}

	/** Every project by name, with how many talks and figures it has. */
	public List<ProjectSummary> summaries() {
		return this.projects.summaries();
	}

	/** Every project by name, for choosing one in a filter or form. */
	public List<Project> all() {
		return this.projects.findAll(Sort.by("name"));
	}

	/**
	 * The project with that slug.
	 * @throws ProjectNotFoundException when there is none
	 */
	public Project get(String slug) {
		return this.projects.findBySlug(slug).orElseThrow(() -> ProjectNotFoundException.forSlug(slug));
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
			String slug = this.formerSlugs.unique("project", clean, "project", null, this.projects::existsBySlug);
			return this.projects.save(new Project(slug, clean, null));
		});
	}

}
