package io.talknotes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TalknotesApplication {

	public static void main(String[] args) {
		SpringApplication.run(TalknotesApplication.class, args);
	}

}
