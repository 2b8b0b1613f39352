package io.talknotes.search;

/**
 * A search whose words analyse to more terms than the engine takes in one query: some
 * long phrases of some scripts do.
 */
class SearchTooLargeException extends RuntimeException {

	SearchTooLargeException(Throwable cause) {
		super("The search has more terms than the engine takes at once", cause);
	}

}
