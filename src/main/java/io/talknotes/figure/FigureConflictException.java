package io.talknotes.figure;

/**
 * A figure was saved by someone else while it was being edited or about to be deleted.
 */
public class FigureConflictException extends RuntimeException {

	private final FigureView current;

	FigureConflictException(FigureView current) {
		super("Figure " + current.id() + " was changed by someone else");
		this.current = current;
	}

	/** The figure as it is now saved. */
	public FigureView getCurrent() {
		return this.current;
	}

}
