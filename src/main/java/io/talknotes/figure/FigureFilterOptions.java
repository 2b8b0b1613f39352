package io.talknotes.figure;

import java.util.List;

import io.talknotes.system.NamedLink;

/**
 * What the filters of the figures page offer: only units, companies, projects and
 * conferences that have figures, by name.
 *
 * @param units the units' canonical names
 * @param companies the companies figures are about
 * @param projects the projects figures are about
 * @param conferences the conferences whose talks quoted figures
 */
public record FigureFilterOptions(List<String> units, List<NamedLink> companies, List<NamedLink> projects,
		List<NamedLink> conferences) {

}
