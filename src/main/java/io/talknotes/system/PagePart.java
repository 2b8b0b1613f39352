package io.talknotes.system;

import org.springframework.ui.Model;

/**
 * What a feature adds to the page of an item another feature owns: the talks of a company
 * come from the talk feature, its figures from the figure feature. The page's own feature
 * asks every part through {@link PageParts}, so it needs to know none of the features
 * built on it.
 */
public interface PagePart {

	/**
	 * Adds what this part shows on the page to its model; does nothing for pages it has
	 * no part in.
	 * @param page the kind of item the page shows
	 * @param id the id of the item the page shows
	 * @param slug the slug of that item
	 * @param model the page's model
	 */
	void addTo(ItemKind page, Long id, String slug, Model model);

}
