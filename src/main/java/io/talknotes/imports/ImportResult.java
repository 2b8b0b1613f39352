package io.talknotes.imports;

import java.util.List;

import io.talknotes.system.NamedLink;

/**
 * What applying an import did, with links to the talks it touched as they are now.
 *
 * @param conference the conference it went to
 * @param added the talks it added
 * @param changed the talks it changed
 * @param reinstated the talks it reinstated
 * @param cancelled the talks it cancelled
 * @param leftAlone how many talks of the file it left as they were
 */
public record ImportResult(NamedLink conference, List<NamedLink> added, List<NamedLink> changed,
		List<NamedLink> reinstated, List<NamedLink> cancelled, int leftAlone) {

}
