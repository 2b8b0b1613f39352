package io.talknotes.imports;

/**
 * Where an uploaded schedule stands.
 */
enum ImportStatus {

	/** Read and stored: its preview can be shown and it can be applied. */
	READY,

	/** Being applied in the background. */
	APPLYING,

	/** Applied: the talks are in. */
	APPLIED,

	/** Applying failed and was rolled back: nothing of it was applied. */
	FAILED

}
