package io.talknotes.metric;

/**
 * A figure was saved by someone else while it was being edited or about to be deleted.
 */
public class MetricConflictException extends RuntimeException {

	private final MetricView current;

	MetricConflictException(MetricView current) {
		super("Figure " + current.id() + " was changed by someone else");
		this.current = current;
	}

	/** The figure as it is now saved. */
	public MetricView getCurrent() {
		return this.current;
	}

}
