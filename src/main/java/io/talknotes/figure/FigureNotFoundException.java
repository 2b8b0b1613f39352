package io.talknotes.figure;

import io.talknotes.system.NotFoundException;

/**
 * The talk has no figure with the id a URL names.
 */
public class FigureNotFoundException extends NotFoundException {

	private FigureNotFoundException(Long id) {
		super("figure", String.valueOf(id));
	}

	public static FigureNotFoundException forId(Long id) {
		return new FigureNotFoundException(id);
	}

}
