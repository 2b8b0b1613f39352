package io.talknotes.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.talknotes.company.Company;
import io.talknotes.speaker.Speaker;
import io.talknotes.system.FormerSlugs;
import jakarta.persistence.EntityManager;

/**
 * The speakers and companies of one apply. Those that exist are looked up all at once,
 * found by name ignoring case (the oldest when several have it), as the speaker and
 * company features find them one at a time; the others are created once, with a slug that
 * no other item has or had. A speaker found without a company takes the one the file
 * gives.
 */
final class ImportPeople {

	/** How many names one lookup asks for. */
	private static final int CHUNK = 500;

	private final ImportPeopleRepository people;

	private final FormerSlugs formerSlugs;

	private final EntityManager entityManager;

	private final Map<String, Speaker> speakers = new HashMap<>();

	private final Map<String, Company> companies = new HashMap<>();

	private SlugPool speakerSlugs;

	private SlugPool companySlugs;

	ImportPeople(ImportPeopleRepository people, FormerSlugs formerSlugs, EntityManager entityManager) {
		this.people = people;
		this.formerSlugs = formerSlugs;
		this.entityManager = entityManager;
	}

	/** Looks up every speaker and company the sessions name; call it first. */
	void load(Collection<ImportedSession> sessions) {
		Set<String> speakerNames = new HashSet<>();
		Set<String> companyNames = new HashSet<>();
		for (ImportedSession session : sessions) {
			session.speakers().forEach((speaker) -> speakerNames.add(key(speaker.name())));
			session.companies().forEach((company) -> companyNames.add(key(company)));
		}
		chunks(speakerNames, this.people::findSpeakersNamed)
			.forEach((speaker) -> this.speakers.putIfAbsent(key(speaker.getName()), speaker));
		chunks(companyNames, this.people::findCompaniesNamed)
			.forEach((company) -> this.companies.putIfAbsent(key(company.getName()), company));
		speakerNames.removeAll(this.speakers.keySet());
		companyNames.removeAll(this.companies.keySet());
		this.speakerSlugs = new SlugPool("speaker", speakerNames, this.formerSlugs, this.people::findSpeakerSlugsAmong,
				this.people::speakerExists);
		this.companySlugs = new SlugPool("company", companyNames, this.formerSlugs, this.people::findCompanySlugsAmong,
				this.people::companyExists);
	}

	/** The session's speakers, found by name or created with their company. */
	List<Speaker> speakersOf(ImportedSession session) {
		return session.speakers().stream().map(this::speaker).toList();
	}

	/** The companies the session's speakers speak for, found by name or created. */
	List<Company> companiesOf(ImportedSession session) {
		return session.companies().stream().map(this::company).toList();
	}

	private Speaker speaker(ScheduledSpeaker named) {
		Company company = (named.company() != null) ? company(named.company()) : null;
		Speaker speaker = this.speakers.computeIfAbsent(key(named.name()), (key) -> {
			String slug = this.speakerSlugs.slugFor(named.name(), null);
			return this.people.save(new Speaker(slug, named.name(), company));
		});
		if (speaker.getCompany() == null && company != null) {
			speaker.speaksFor(company);
		}
		return speaker;
	}

	private Company company(String name) {
		return this.companies.computeIfAbsent(key(name), (key) -> {
			Company company = new Company(this.companySlugs.slugFor(name, null), name);
			this.entityManager.persist(company);
			return company;
		});
	}

	private static <T> List<T> chunks(Set<String> names, Function<Collection<String>, List<T>> lookup) {
		List<String> all = new ArrayList<>(names);
		List<T> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(lookup.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
		}
		return found;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
