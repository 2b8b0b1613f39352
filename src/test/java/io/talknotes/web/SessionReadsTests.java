package io.talknotes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.talknotes.FormSession;
import io.talknotes.TestAccounts;
import io.talknotes.account.AccountService;
import io.talknotes.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

class SessionReadsTests {

	private final CountingRepository stored = new CountingRepository();

	private final MapSessionRepository sessions = (MapSessionRepository) SessionReads
		.readingOncePerRequest(this.stored);

	@Test
	void aSignedInPageReadsItsSessionFromTheDatabaseOnce() throws Exception {
		AccountService accounts = SharedApplication.bean(AccountService.class);
		if (!accounts.exists("sam")) {
			accounts.create("sam", "Sam Sessions", Role.READER, TestAccounts.PASSWORD);
		}
		FormSession browser = new FormSession(SharedApplication.uri("").toString());
		browser.logIn("sam", TestAccounts.PASSWORD);
		JdbcTemplate database = new JdbcTemplate(SharedApplication.bean(DataSource.class));
		database.execute("SET QUERY_STATISTICS TRUE");
		try {
			long before = sessionReads(database);

			for (int i = 0; i < 5; i++) {
				assertThat(browser.get("/account/password").body()).contains("Sam Sessions");
			}

			assertThat(sessionReads(database) - before).isEqualTo(5);
		}
		finally {
			// The shared application's other tests run without the counting.
			database.execute("SET QUERY_STATISTICS FALSE");
		}
	}

	private static long sessionReads(JdbcTemplate database) {
		Long reads = database.queryForObject(
				"select coalesce(sum(execution_count), 0) "
						+ "from information_schema.query_statistics where upper(sql_statement) like ?",
				Long.class, "%FROM SPRING_SESSION S%WHERE S.SESSION_ID = ?%");
		return (reads != null) ? reads : 0;
	}

	@Test
	void aRequestReadsEachSessionOnce() throws Exception {
		String id = storedSession();
		List<Session> found = new ArrayList<>();

		SessionReads.inOneRequest(() -> {
			found.add(this.sessions.findById(id));
			found.add(this.sessions.findById(id));
			found.add(this.sessions.findById(id));
		});

		assertThat(this.stored.reads).isEqualTo(1);
		assertThat(found).allSatisfy((session) -> assertThat(session).isSameAs(found.get(0)));
		assertThat(found.get(0).getId()).isEqualTo(id);
	}

	@Test
	void eachRequestReadsTheSessionAgain() throws Exception {
		String id = storedSession();

		SessionReads.inOneRequest(() -> this.sessions.findById(id));
		SessionReads.inOneRequest(() -> this.sessions.findById(id));

		assertThat(this.stored.reads).isEqualTo(2);
	}

	@Test
	void outsideARequestEveryReadGoesToTheStore() {
		String id = storedSession();

		this.sessions.findById(id);
		this.sessions.findById(id);

		assertThat(this.stored.reads).isEqualTo(2);
	}

	@Test
	void aSessionDeletedInTheRequestIsNotFoundAfterwards() throws Exception {
		String id = storedSession();
		List<Session> found = new ArrayList<>();

		SessionReads.inOneRequest(() -> {
			this.sessions.findById(id);
			this.sessions.deleteById(id);
			found.add(this.sessions.findById(id));
		});

		assertThat(found).containsExactly((Session) null);
	}

	@Test
	void aSessionWhoseIdChangedIsFoundUnderItsNewId() throws Exception {
		String id = storedSession();
		List<Session> found = new ArrayList<>();

		SessionReads.inOneRequest(() -> {
			MapSession session = this.sessions.findById(id);
			String newId = session.changeSessionId();
			session.setAttribute("signed-in", "yes");
			this.sessions.save(session);
			found.add(this.sessions.findById(newId));
		});

		assertThat(found.get(0).<String>getAttribute("signed-in")).isEqualTo("yes");
		assertThat(this.stored.reads).isEqualTo(1);
	}

	private String storedSession() {
		MapSession session = this.stored.createSession();
		this.stored.save(session);
		return session.getId();
	}

	/** The sessions in memory, counting how often they are read. */
	static class CountingRepository extends MapSessionRepository {

		int reads;

		CountingRepository() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public MapSession findById(String id) {
			this.reads++;
			return super.findById(id);
		}

	}

}
