package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title and speakers that Sched packs into one iCalendar SUMMARY.
 * <p>
 * Sched writes {@code Title - Speaker A & Speaker B, Company; Speaker C, Other Company}:
 * after the last {@code " - "} come groups separated by {@code ";"}; each group is one or
 * more names joined by {@code "&"}, then, after a comma, who they speak for. When a
 * speaker also gave a job title Sched writes {@code Name, Job Title, Company}, so the
 * company is the last comma-separated part (with a legal suffix such as {@code Inc.} kept
 * with the part before it). A group without a comma names speakers without a company. A
 * role such as {@code Moderated by} in front of a name is dropped.
 * <p>
 * Titles contain {@code " - "} too ("Kubernetes - The Hard Way"), so the part after the
 * last {@code " - "} is only taken as speakers when every name in it
 * {@link PersonNames#looksLikeName looks like a person's name}; otherwise the whole
 * summary is the title and no speaker is read.
 *
 * @param title the title, never blank for a non-blank summary
 * @param speakers the speakers in the order written, possibly none
 */
record SchedSummary(String title, List<ScheduledSpeaker> speakers) {

	private static final Pattern SEPARATOR = Pattern.compile(" [-\u2013] ");

	private static final Pattern ROLE = Pattern.compile(
			"^(?:moderated by|moderator:|moderators:|panelists?:|featuring|hosted by|presented by)\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "inc.", "llc", "llc.", "ltd", "ltd.", "gmbh", "ag",
			"sa", "s.a.", "bv", "b.v.", "nv", "n.v.", "corp", "corp.", "co.", "plc", "pty ltd", "s.l.", "oy", "ab");

	SchedSummary {
		speakers = List.copyOf(speakers);
	}

	/**
	 * Splits a SUMMARY as Sched writes it.
	 * @param summary the SUMMARY, unescaped
	 * @return the title and the speakers read from it
	 */
	static SchedSummary parse(String summary) {
		String whole = summary.strip();
		int cut = lastSeparator(whole);
		if (cut < 0) {
			return new SchedSummary(whole, List.of());
		}
		String title = whole.substring(0, cut).strip();
		Optional<List<ScheduledSpeaker>> speakers = speakers(whole.substring(cut + 3));
		if (title.isEmpty() || speakers.isEmpty()) {
			return new SchedSummary(whole, List.of());
		}
		return new SchedSummary(title, speakers.get());
	}

	private static int lastSeparator(String summary) {
		int last = -1;
		var matcher = SEPARATOR.matcher(summary);
		while (matcher.find()) {
			last = matcher.start();
		}
		return last;
	}

	private static Optional<List<ScheduledSpeaker>> speakers(String tail) {
		List<ScheduledSpeaker> speakers = new ArrayList<>();
		for (String group : tail.split(";", -1)) {
			if (!readGroup(group.strip(), speakers)) {
				return Optional.empty();
			}
		}
		return Optional.of(speakers);
	}

	private static boolean readGroup(String group, List<ScheduledSpeaker> speakers) {
		String people = ROLE.matcher(group).replaceFirst("");
		int comma = people.indexOf(',');
		String company = (comma < 0) ? null : company(people.substring(comma + 1));
		if (comma >= 0 && company == null) {
			return false;
		}
		String names = (comma < 0) ? people : people.substring(0, comma);
		for (String name : names.split("&", -1)) {
			String person = ROLE.matcher(name.strip()).replaceFirst("").strip();
			if (!PersonNames.looksLikeName(person)) {
				return false;
			}
			speakers.add(new ScheduledSpeaker(person, company));
		}
		return true;
	}

	private static String company(String afterName) {
		List<String> parts = new ArrayList<>();
		for (String part : afterName.split(",", -1)) {
			parts.add(part.strip());
		}
		if (parts.stream().anyMatch(String::isEmpty)) {
			return null;
		}
		int last = parts.size() - 1;
		if (last > 0 && LEGAL_SUFFIXES.contains(parts.get(last).toLowerCase(Locale.ROOT))) {
			return parts.get(last - 1) + ", " + parts.get(last);
		}
		return parts.get(last);
	}

}
