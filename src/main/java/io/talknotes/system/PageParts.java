package io.talknotes.system;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Every {@link PagePart} of the application, for the controller of a page to fill its
 * model from.
 */
@Component
public class PageParts {

	private final List<PagePart> parts;

	public PageParts(ObjectProvider<PagePart> parts) {
		this.parts = parts.orderedStream().toList();
	}

	/** Lets every part add what it shows on the page of the item. */
	public void addTo(ItemKind page, Long id, String slug, Model model) {
		this.parts.forEach((part) -> part.addTo(page, id, slug, model));
	}

}
