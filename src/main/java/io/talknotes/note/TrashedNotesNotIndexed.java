package io.talknotes.note;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps notes in the trash out of the notes index, so that their passages are never shown
 * in search results; a note taken out of the trash is indexed again.
 * <p>
 * Public because Hibernate Search creates it by reflection.
 */
public class TrashedNotesNotIndexed implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("deletedAt");
		context.bridge(Note.class, new Bridge());
	}

	private static final class Bridge implements RoutingBridge<Note> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, Note note,
				RoutingBridgeRouteContext context) {
			if (note.isTrashed()) {
				routes.notIndexed();
			}
			else {
				routes.addRoute();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Note note,
				RoutingBridgeRouteContext context) {
			// A note has one document, without a routing key: delete it wherever it is
			routes.addRoute();
		}

	}

}
