package io.talknotes.search;

import java.util.List;

import io.talknotes.company.Company;
import io.talknotes.conference.Conference;
import io.talknotes.note.Note;
import io.talknotes.project.Project;
import io.talknotes.talk.Talk;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

/**
 * The index fields that only make sense to this feature's search engine, mapped here so
 * that entities carry no engine types: the note text kept for passages, the way the
 * chosen search engine reads them ({@link PassageTextBinder}); and what features built on
 * talks add to a talk's document (its notes and figures), so that talks need not know
 * them; and the slug of the conferences, companies and projects a talk names, by which
 * search filters.
 */
public class SearchMappings implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		mapping.type(Note.class).binder(new PassageTextBinder());
		mapping.type(Talk.class).binder(new TalkContentBinder());
		for (Class<?> named : List.of(Conference.class, Company.class, Project.class)) {
			mapping.type(named).binder(new NamedItemFacetBinder());
		}
	}

}
