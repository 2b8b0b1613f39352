package io.talknotes.web;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The transactions in which Spring Session reads a signed-in reader's session at the
 * start of a request and writes its last access at the end. Through the application's JPA
 * transaction manager each of them opened and closed an entity manager as well; plain
 * JDBC transactions do without. The manager is not a default candidate: only Spring
 * Session, which asks for it by its qualifier, gets it, and everything else keeps the JPA
 * transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	static PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

}
