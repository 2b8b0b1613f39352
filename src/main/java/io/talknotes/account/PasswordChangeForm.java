package io.talknotes.account;

/**
 * What the form to change one's own password sends: the current password, and the new one
 * typed twice.
 *
 * @param currentPassword the password used to log in today
 * @param newPassword the password wanted
 * @param repeatedPassword the password wanted, typed again
 */
record PasswordChangeForm(String currentPassword, String newPassword, String repeatedPassword) {

	static PasswordChangeForm blank() {
		return new PasswordChangeForm("", "", "");
	}

}
