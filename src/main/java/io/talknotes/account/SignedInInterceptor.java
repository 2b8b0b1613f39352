package io.talknotes.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts who is logged in ({@link SignedIn}) in every request as {@code me}, so the layout
 * shows it on every page, error pages included.
 */
@Component
class SignedInInterceptor implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "me";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(ATTRIBUTE, SignedIn.current());
		return true;
	}

}
