/**
 * Accounts: who may read, write and administer, their roles and hashed passwords. Owns
 * logging in (with throttling of repeated failures), changing one's own password, the
 * admin page that manages accounts, and the admin account set at start-up.
 */
package io.talknotes.account;
