package io.talknotes.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the JSON API described at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI talknotesApi() {
		return new OpenAPI().info(new Info().title("Talknotes API")
			.version("v1")
			.description("JSON endpoints of Talknotes, under /api/v1."));
	}

}
