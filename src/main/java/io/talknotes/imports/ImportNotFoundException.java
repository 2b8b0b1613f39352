package io.talknotes.imports;

import io.talknotes.system.NotFoundException;

/**
 * No import has the id a URL names.
 */
class ImportNotFoundException extends NotFoundException {

	private ImportNotFoundException(Long id) {
		super("import", String.valueOf(id));
	}

	static ImportNotFoundException forId(Long id) {
		return new ImportNotFoundException(id);
	}

}
