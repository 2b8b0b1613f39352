package io.talknotes.company;

import java.util.List;
import java.util.Optional;
import java.util.Map;

import io.talknotes.system.DeletionRefusedException;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.ItemKind;
import io.talknotes.system.NameTakenException;
import io.talknotes.system.NamedEntities;
import io.talknotes.system.Names;
import io.talknotes.system.Usage;
import io.talknotes.system.Usages;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations that presented talks or were quoted in them, added, changed and
 * deleted by hand or found by name.
 */
@Service
@Transactional(readOnly = true)
public class CompanyService {

	private static final String KIND = "company";

	private final CompanyRepository companies;

	private final FormerSlugs formerSlugs;

	private final NamedEntities named;

	private final Usages usages;

	CompanyService(CompanyRepository companies, FormerSlugs formerSlugs, NamedEntities named, Usages usages) {
		this.companies = companies;
		this.formerSlugs = formerSlugs;
		this.named = named;
		this.usages = usages;
	}

	/** Every company by name, with how many talks and figures it has. */
	public List<CompanySummary> summaries() {
		List<Company> all = this.companies.findAll(Sort.by(Sort.Order.by("name").ignoreCase()));
		List<Long> ids = all.stream().map(Company::getId).toList();
		Map<Long, Long> talks = this.usages.count(Usage.TALKS, ItemKind.COMPANY, ids);
		Map<Long, Long> figures = this.usages.count(Usage.FIGURES, ItemKind.COMPANY, ids);
		return all.stream()
			.map((company) -> new CompanySummary(company.getSlug(), company.getName(),
					talks.getOrDefault(company.getId(), 0L), figures.getOrDefault(company.getId(), 0L)))
			.toList();
	}

	/** Every company by name, for choosing one in a filter or form. */
	@Cacheable(cacheNames = "companies", sync = true)
	public List<Company> all() {
		return List.copyOf(this.companies.findAll(Sort.by("name")));
	}

	/**
	 * The company with that slug.
	 * @throws CompanyNotFoundException when there is none
	 */
	public Company get(String slug) {
		return this.companies.findBySlug(slug).orElseThrow(() -> CompanyNotFoundException.forSlug(slug));
	}

	/** The name of the company with that slug, if there is one. */
	public Optional<String> nameWithSlug(String slug) {
		return this.companies.findBySlug(slug).map(Company::getName);
	}

	/** The slug of the company with that name, ignoring case, if there is one. */
	public Optional<String> slugNamed(String name) {
		return this.companies.findFirstByNameIgnoreCaseOrderById(name).map(Company::getSlug);
	}

	/**
	 * The company with that name, ignoring case, or else a new one with a slug made from
	 * the name and not used yet.
	 * @param name the name as typed; surrounding and repeated blanks are dropped
	 * @return the existing or new company
	 */
	@Transactional
	public Company findOrCreate(String name) {
		String clean = name.strip().replaceAll("\\s+", " ");
		return this.companies.findFirstByNameIgnoreCaseOrderById(clean).orElseGet(() -> {
			String slug = this.formerSlugs.unique(KIND, clean, KIND, null, this.companies::existsBySlug);
			return this.companies.save(new Company(slug, clean));
		});
	}

	/**
	 * Adds a company, with a slug made from its name.
	 * @throws NameTakenException when a company has that name
	 */
	@Transactional
	public Company create(CompanyForm form) {
		this.named.requireFree(this.companies.findFirstByNameIgnoreCaseOrderById(form.name()), null);
		Company company = new Company(this.named.slugFor(KIND, form.name(), this.companies::existsBySlug), form.name());
		company.link(Names.orNull(form.websiteUrl()));
		return this.companies.save(company);
	}

	/**
	 * Changes a company. A new name gives it a new slug; the old one leads to it still,
	 * and its talks are found by the new name.
	 * @throws CompanyNotFoundException when there is none with that slug
	 * @throws NameTakenException when another company has the new name
	 */
	@Transactional
	public Company update(String slug, CompanyForm form) {
		Company company = get(slug);
		this.named.requireFree(this.companies.findFirstByNameIgnoreCaseOrderById(form.name()), company);
		this.named.rename(KIND, company, form.name(), this.companies::existsBySlug);
		company.link(Names.orNull(form.websiteUrl()));
		return company;
	}

	/**
	 * What deleting the company would do.
	 * @throws CompanyNotFoundException when there is none with that slug
	 */
	public CompanyDeletion deletion(String slug) {
		Company company = get(slug);
		Long id = company.getId();
		return new CompanyDeletion(company, this.usages.count(Usage.TALKS, ItemKind.COMPANY, id),
				this.usages.count(Usage.SPEAKERS, ItemKind.COMPANY, id),
				this.usages.count(Usage.FIGURES, ItemKind.COMPANY, id));
	}

	/**
	 * Deletes a company, taking it off the talks that name it and the speakers who speak
	 * for it, unless figures are about it.
	 * @throws CompanyNotFoundException when there is none with that slug
	 * @throws DeletionRefusedException when figures are about it
	 */
	@Transactional
	public void delete(String slug) {
		CompanyDeletion deletion = deletion(slug);
		if (deletion.refused()) {
			throw new DeletionRefusedException(deletion.company().getName());
		}
		this.named.deleting(KIND, deletion.company());
		this.companies.delete(deletion.company());
	}

}
