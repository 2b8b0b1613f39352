package io.talknotes.account;

/**
 * What an account may do. Each role may do everything the one before it may.
 */
public enum Role {

	/** Reads notes, figures and search results. */
	READER,

	/** Also adds notes and figures, and changes and deletes their own. */
	EDITOR,

	/** Also changes anything, and manages accounts. */
	ADMIN;

	/** The authority Spring Security checks, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
