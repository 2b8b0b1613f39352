package io.talknotes.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each folder under its own address, with a hash of its content in the
 * address and a year-long cache lifetime.
 *
 * <p>
 * Every link a page writes passes through the resource chain, which rewrites the
 * addresses of static files. Were static files served from {@code /**}, as by default,
 * every link to a page ({@code /talks/…}) would match it too and cost a class-path
 * look-up that finds nothing, on every render: that was half of a talk page's time.
 * Mapped folder by folder, a link to a page matches no folder and costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		add(registry, "/css/**", "classpath:/static/css/");
		add(registry, "/js/**", "classpath:/static/js/");
		add(registry, "/favicon*.svg", "classpath:/static/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver())
			.addResolver(byContent());
	}

	private static void add(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(byContent());
	}

	private static VersionResourceResolver byContent() {
		return new VersionResourceResolver().addContentVersionStrategy("/**");
	}

}
