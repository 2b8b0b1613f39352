package io.talknotes.system;

/**
 * Something a URL names does not exist. Shown as a friendly 404 page.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String key;

	protected NotFoundException(String kind, String key) {
		super("No " + kind + " '" + key + "'");
		this.kind = kind;
		this.key = key;
	}

	/**
	 * What was looked for, e.g. "talk": the page says so with the message
	 * {@code error.404.what.<kind>}.
	 */
	public String getKind() {
		return this.kind;
	}

	/** The slug or id that matched nothing. */
	public String getKey() {
		return this.key;
	}

}
