package io.talknotes.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.stereotype.Component;

/**
 * The version of the application's data: a number in the database that every transaction
 * writing one of the application's entities raises just before it commits, so that what
 * was made from the data at one version stays right until the number moves, on every node
 * sharing the database.
 * <p>
 * The number is raised inside the writing transaction, so a reader never sees it before
 * the data it stands for. Writes by SQL that bypass the entities (the seed, bulk loads)
 * do not raise it, but every start of the application does.
 * <p>
 * On the embedded database, which no other process can write while the application runs,
 * the number is read once and remembered until the application's next write commits,
 * instead of on every request.
 */
@Component
public class DataVersion implements HibernatePropertiesCustomizer {

	private static final String RAISE = "update data_version set version = version + 1 where id = 1";

	/** The request attribute that holds the version a reading request saw. */
	private static final String SEEN = DataVersion.class.getName() + ".SEEN";

	private final JdbcTemplate jdbc;

	/**
	 * Moves when a transaction raising the version is about to commit and once it has
	 * ended: a version remembered under an older count is read again.
	 */
	private final AtomicLong changes = new AtomicLong();

	private final Changes listener = new Changes(this.changes);

	/**
	 * Whether this application is the only one that writes the database: an embedded
	 * database in its own files, which no other process can open while it runs.
	 */
	private final SingletonSupplier<Boolean> alone;

	/** The version last read, when this application is the only writer. */
	private volatile Remembered remembered;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.alone = SingletonSupplier.of(() -> writesAlone(
				jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL())));
	}

	/**
	 * Whether a database at that address can be written by this application only: H2 in
	 * files (which it locks) and not served to others through H2's server mode.
	 */
	public static boolean writesAlone(String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return false;
		}
		String upper = url.toUpperCase(Locale.ROOT);
		return !upper.startsWith("JDBC:H2:MEM:") && !upper.startsWith("JDBC:H2:TCP:")
				&& !upper.startsWith("JDBC:H2:SSL:") && !upper.contains("AUTO_SERVER=TRUE");
	}

	/**
	 * The version of the data as committed now; read once per request that only reads
	 * (GET or HEAD), as such a request writes nothing that could move it.
	 */
	public long current() {
		HttpServletRequest reading = readingRequest();
		if (reading != null && reading.getAttribute(SEEN) instanceof Long seen) {
			return seen;
		}
		long current = this.alone.obtain() ? remembered() : read();
		if (reading != null) {
			reading.setAttribute(SEEN, current);
		}
		return current;
	}

	/**
	 * The version as last read, unless a writing transaction began to commit since: the
	 * only writer knows when the version moves, and need not ask the database on every
	 * request. A reading stamped with the count of changes before it is used only while
	 * that count holds.
	 */
	private long remembered() {
		long count = this.changes.get();
		Remembered last = this.remembered;
		if (last != null && last.changes() == count) {
			return last.version();
		}
		long version = read();
		this.remembered = new Remembered(count, version);
		return version;
	}

	private long read() {
		Long version = this.jdbc.queryForObject("select version from data_version where id = 1", Long.class);
		return (version != null) ? version : 0;
	}

	private static HttpServletRequest readingRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String method = request.getMethod();
			return ("GET".equals(method) || "HEAD".equals(method)) ? request : null;
		}
		return null;
	}

	/**
	 * A start may follow writes that bypassed the entities (a restored backup, a bulk
	 * load, a new build's pages): what was made before it is not trusted after it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void raiseOnStart() {
		this.changes.incrementAndGet();
		this.jdbc.update(RAISE);
		this.changes.incrementAndGet();
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(this.listener));
	}

	/** A version read, with the count of changes before it was read. */
	private record Remembered(long changes, long version) {

	}

	/**
	 * Listens to every write of an entity and collection, and raises the version once per
	 * transaction that wrote one of the application's own entities.
	 */
	static final class Changes
			implements Integrator, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
			PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

		private static final String OWN_ENTITIES = "io.talknotes.";

		/** Sessions whose transaction raises the version when it commits. */
		private final Set<SharedSessionContractImplementor> raising = ConcurrentHashMap.newKeySet();

		private final AtomicLong changes;

		Changes(AtomicLong changes) {
			this.changes = changes;
		}

		@Override
		public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor sessionFactory) {
			EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
			listeners.appendListeners(EventType.POST_INSERT, this);
			listeners.appendListeners(EventType.POST_UPDATE, this);
			listeners.appendListeners(EventType.POST_DELETE, this);
			listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
			listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
			listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
		}

		@Override
		public void onPostInsert(PostInsertEvent event) {
			changed(event.getSession(), event.getPersister().getEntityName());
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			changed(event.getSession(), event.getPersister().getEntityName());
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			changed(event.getSession(), event.getPersister().getEntityName());
		}

		@Override
		public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
			changed(event.getSession(), event.getAffectedOwnerEntityName());
		}

		@Override
		public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
			changed(event.getSession(), event.getAffectedOwnerEntityName());
		}

		@Override
		public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
			changed(event.getSession(), event.getAffectedOwnerEntityName());
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

		/** Hibernate Search's own tables (its outbox, its agents) are not the data. */
		private void changed(SharedSessionContractImplementor session, String entityName) {
			if (entityName == null || !entityName.startsWith(OWN_ENTITIES) || !this.raising.add(session)) {
				return;
			}
			TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
			callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) (writing) -> {
				this.changes.incrementAndGet();
				writing.doWork(Changes::raise);
			});
			callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (committed, done) -> {
				this.raising.remove(done);
				this.changes.incrementAndGet();
			});
		}

		private static void raise(Connection connection) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(RAISE)) {
				statement.executeUpdate();
			}
		}

	}

}
