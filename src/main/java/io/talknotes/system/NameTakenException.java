package io.talknotes.system;

/**
 * Another item of the same kind already has the name asked for; names are unique per
 * kind, whatever their case.
 */
public class NameTakenException extends RuntimeException {

	private final NamedLink holder;

	public NameTakenException(NamedEntity holder) {
		super("The name '" + holder.getName() + "' is taken");
		this.holder = new NamedLink(holder.getSlug(), holder.getName());
	}

	/** The item that has the name. */
	public NamedLink getHolder() {
		return this.holder;
	}

}
