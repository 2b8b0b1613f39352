package io.talknotes.company;

import java.util.List;

import io.talknotes.system.FormerSlugs;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations that presented talks or were quoted in them.
 */
@Service
@Transactional(readOnly = true)
public class CompanyService {

	private final CompanyRepository companies;

	private final FormerSlugs formerSlugs;

	CompanyService(CompanyRepository companies, FormerSlugs formerSlugs) {
		this.companies = companies;
		this.formerSlugs = formerSlugs;
	}

	/** Every company by name, with how many talks and figures it has. */
	public List<CompanySummary> summaries() {
		return this.companies.summaries();
	}

	/** Every company by name, for choosing one in a filter or form. */
	public List<Company> all() {
		return this.companies.findAll(Sort.by("name"));
	}

	/**
	 * The company with that slug.
	 * @throws CompanyNotFoundException when there is none
	 */
	public Company get(String slug) {
		return this.companies.findBySlug(slug).orElseThrow(() -> CompanyNotFoundException.forSlug(slug));
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
			String slug = this.formerSlugs.unique("company", clean, "company", null, this.companies::existsBySlug);
			return this.companies.save(new Company(slug, clean));
		});
	}

}
