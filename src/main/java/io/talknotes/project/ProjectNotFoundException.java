package io.talknotes.project;

import io.talknotes.system.NotFoundException;

/**
 * No project has the slug a URL names.
 */
public class ProjectNotFoundException extends NotFoundException {

	private ProjectNotFoundException(String slug) {
		super("project", slug);
	}

	public static ProjectNotFoundException forSlug(String slug) {
		return new ProjectNotFoundException(slug);
	}

}
