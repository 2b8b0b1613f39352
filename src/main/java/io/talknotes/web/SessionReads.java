package io.talknotes.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request reads its session from the database once. Spring Session reads a signed-in
 * reader's session up to three times in one request: for the request itself, for Spring
 * Security's check that the session was not ended (through
 * {@code SpringSessionBackedSessionRegistry}), and again after the response was sent,
 * when its filter commits the session a second time. Within one request the session
 * repository now gives the session it already read for an id, as saved, until it is
 * deleted; outside a request (the expired sessions' clean-up) it reads as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionReads {

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

	/** The session repository, reading each session once per request. */
	@Bean
	static BeanPostProcessor sessionsReadOncePerRequest() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof SessionRepository<?>) ? readingOncePerRequest(bean) : bean;
			}

		};
	}

	/**
	 * Marks the span of a request in which sessions read are remembered: around Spring
	 * Session's filter, which commits the session after the rest of the chain ended.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadsOfARequest() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						inOneRequest(() -> chain.doFilter(request, response));
					}

				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/** A repository of sessions that, within {@link #inOneRequest}, reads each once. */
	static Object readingOncePerRequest(Object repository) {
		ProxyFactory proxy = new ProxyFactory(repository);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new ReadOnce());
		return proxy.getProxy(repository.getClass().getClassLoader());
	}

	/** Runs one request's work, remembering the sessions it reads. */
	static void inOneRequest(RequestWork work) throws ServletException, IOException {
		if (READ.get() != null) {
			work.run();
			return;
		}
		READ.set(new HashMap<>());
		try {
			work.run();
		}
		finally {
			READ.remove();
		}
	}

	/** The work of a request. */
	@FunctionalInterface
	interface RequestWork {

		void run() throws ServletException, IOException;

	}

	/**
	 * Gives a session already read in this request instead of reading it again; a saved
	 * session is remembered under its id, which a login changes, and a deleted one is
	 * forgotten.
	 */
	private static final class ReadOnce implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Map<String, Session> read = READ.get();
			Object[] arguments = invocation.getArguments();
			if (read == null || arguments.length != 1) {
				return invocation.proceed();
			}
			switch (invocation.getMethod().getName()) {
				case "findById" -> {
					Session known = read.get((String) arguments[0]);
					if (known != null) {
						return known;
					}
					Object found = invocation.proceed();
					if (found instanceof Session session) {
						read.put(session.getId(), session);
					}
					return found;
				}
				case "save" -> {
					Object result = invocation.proceed();
					if (arguments[0] instanceof Session session) {
						read.values().removeIf((known) -> known == session);
						read.put(session.getId(), session);
					}
					return result;
				}
				case "deleteById" -> {
					read.remove((String) arguments[0]);
					return invocation.proceed();
				}
				default -> {
					return invocation.proceed();
				}
			}
		}

	}

}
