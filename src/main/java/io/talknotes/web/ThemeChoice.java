package io.talknotes.web;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The theme a reader chose with the header's toggle, which remembers it in a cookie: put
 * in every request as {@code theme}, so that the page is sent in it and never flashes the
 * other one first. Without a choice, or with a value it does not know, pages follow the
 * system's setting.
 */
@Component
class ThemeChoice implements WebMvcConfigurer, HandlerInterceptor {

	static final String COOKIE = "theme";

	private static final Set<String> THEMES = Set.of("light", "dark");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && THEMES.contains(cookie.getValue())) {
					request.setAttribute(COOKIE, cookie.getValue());
				}
			}
		}
		return true;
	}

}
