package io.talknotes.figure.shorthand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The units figures can be written in: the built-in catalogue
 * ({@code units/catalogue.txt}), plus any taught from another catalogue such as the
 * {@value #TAUGHT_FILE} file in the data folder. Immutable and thread-safe.
 */
public final class UnitCatalogue {

	/** The name of the catalogue file in the data folder that teaches further units. */
	public static final String TAUGHT_FILE = "units.txt";

	private static final UnitCatalogue BUILT_IN = new UnitCatalogue(FigureUnit.catalogue());

	private final List<FigureUnit> units;

	private final UnitMatcher matcher;

	private UnitCatalogue(List<FigureUnit> units) {
		this.units = List.copyOf(units);
		this.matcher = new UnitMatcher(this.units);
	}

	/**
	 * Returns the built-in catalogue.
	 * @return the units Talknotes knows without being taught
	 */
	public static UnitCatalogue builtIn() {
		return BUILT_IN;
	}

	/**
	 * Returns this catalogue with the units of further catalogue lines, in the format of
	 * {@code units/catalogue.txt}. Percentage units cannot be taught.
	 * @param source where the lines come from, named in messages, e.g. a file's path
	 * @param lines the lines
	 * @return a catalogue with the taught units after these
	 * @throws IllegalArgumentException naming the source and line when a line cannot be
	 * read or names a unit this catalogue already has
	 */
	public UnitCatalogue teach(String source, List<String> lines) {
		List<FigureUnit> taught = CatalogueLines.read(source, lines, this.units, false);
		List<FigureUnit> all = new ArrayList<>(this.units);
		all.addAll(taught);
		return new UnitCatalogue(all);
	}

	/**
	 * Returns every unit.
	 * @return the units, built-in first, in a stable order
	 */
	public List<FigureUnit> units() {
		return this.units;
	}

	/**
	 * Finds the unit named exactly by {@code words}, ignoring case.
	 * @param words a canonical name, singular, short form or synonym, e.g. {@code "TB"}
	 * @return the unit, or empty if this catalogue has none by that name
	 */
	public Optional<FigureUnit> lookup(String words) {
		return this.matcher.lookup(words);
	}

	/**
	 * Returns the unit a stored figure names: known if this catalogue has it, else kept
	 * as written.
	 * @param name the stored canonical name or words, e.g. {@code "terabytes"}
	 * @return the unit
	 */
	public FigureUnit resolve(String name) {
		return lookup(name).orElseGet(() -> FigureUnit.unknown(name));
	}

	/**
	 * Returns the units whose figures compare with figures in {@code unit}, because they
	 * convert into the same base unit: for "terabytes", the data sizes and bandwidths.
	 * @param unit a unit's canonical name, or the words of an unknown unit
	 * @param candidates the units to choose from, e.g. those figures are stored in
	 * @return {@code unit} first, then the comparable candidates in their order
	 */
	public List<String> comparable(String unit, Collection<String> candidates) {
		String base = Measure.baseUnit(resolve(unit));
		List<String> comparable = new ArrayList<>(List.of(unit));
		candidates.stream()
			.filter((candidate) -> !candidate.equals(unit) && Measure.baseUnit(resolve(candidate)).equals(base))
			.forEach(comparable::add);
		return comparable;
	}

	/**
	 * Returns the line that would teach an unknown unit as a count, e.g.
	 * {@code "keyspaces = count"}, for a catalogue such as {@value #TAUGHT_FILE}.
	 * @param unit a unit the catalogue does not know
	 * @return the line, or {@code null} when the unit is known or its words cannot be a
	 * name in a catalogue line
	 */
	public static String lineToTeach(FigureUnit unit) {
		return unit.isKnown() ? null : CatalogueLines.suggest(unit);
	}

	UnitMatcher matcher() {
		return this.matcher;
	}

}
