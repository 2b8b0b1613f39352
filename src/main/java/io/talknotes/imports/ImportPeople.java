package io.talknotes.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.speaker.Speaker;
import io.talknotes.speaker.SpeakerService;

/**
 * The speakers and companies of one apply, each looked up or created once however many
 * sessions name it.
 */
final class ImportPeople {

	private final SpeakerService speakerService;

	private final CompanyService companyService;

	private final Map<String, Speaker> speakers = new HashMap<>();

	private final Map<String, Company> companies = new HashMap<>();

	ImportPeople(SpeakerService speakerService, CompanyService companyService) {
		this.speakerService = speakerService;
		this.companyService = companyService;
	}

	/** Remembers speakers already loaded, so that they need no lookup. */
	void know(Iterable<Speaker> known) {
		known.forEach((speaker) -> this.speakers.putIfAbsent(key(speaker.getName()), speaker));
	}

	/** The session's speakers, found by name or created with their company. */
	List<Speaker> speakersOf(ImportedSession session) {
		return session.speakers().stream().map(this::speaker).toList();
	}

	/** The companies the session's speakers speak for, found by name or created. */
	List<Company> companiesOf(ImportedSession session) {
		return session.companies().stream().map(this::company).toList();
	}

	private Speaker speaker(ScheduledSpeaker speaker) {
		Company company = (speaker.company() != null) ? company(speaker.company()) : null;
		Speaker found = this.speakers.computeIfAbsent(key(speaker.name()),
				(name) -> this.speakerService.findOrCreate(speaker.name(), company));
		if (found.getCompany() == null && company != null) {
			found.speaksFor(company);
		}
		return found;
	}

	private Company company(String name) {
		return this.companies.computeIfAbsent(key(name), (key) -> this.companyService.findOrCreate(name));
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
