package io.talknotes.project;

import java.util.List;

import io.talknotes.system.Slugs;

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

	ProjectService(ProjectRepository projects) {
		this.projects = projects;
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
			String slug = Slugs.unique(clean, "project", this.projects::existsBySlug);
			return this.projects.save(new Project(slug, clean, null));
		});
	}

}
