package io.talknotes.system;

/**
 * An item was not deleted because notes or figures still depend on it; its delete page
 * says which.
 */
public class DeletionRefusedException extends RuntimeException {

	public DeletionRefusedException(String name) {
		super("'" + name + "' still has notes or figures");
	}

}
