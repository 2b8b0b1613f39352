package io.talknotes.system;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * A slug an item had before it was renamed, kept so that links to the old address still
 * lead to it.
 */
@Entity
@IdClass(FormerSlug.Key.class)
class FormerSlug {

	@Id
	private String kind;

	@Id
	private String slug;

	@Column(nullable = false)
	private String currentSlug;

	protected FormerSlug() {
	}

	FormerSlug(String kind, String slug, String currentSlug) {
		this.kind = kind;
		this.slug = slug;
		this.currentSlug = currentSlug;
	}

	String getCurrentSlug() {
		return this.currentSlug;
	}

	void movedTo(String slug) {
		this.currentSlug = slug;
	}

	record Key(String kind, String slug) implements Serializable {

		Key() {
			this(null, null);
		}

	}

}
