package io.talknotes.web;

import java.util.Set;

import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code /actuator/health} answering {@code {"status":"UP"}} as its contract says,
 * without listing the probes' groups beside it; the probes still answer at their own
 * addresses, {@code /actuator/health/liveness} and {@code /actuator/health/readiness}.
 */
@Component
class HealthGroupsUnlisted implements HealthEndpointGroupsPostProcessor {

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		return new HealthEndpointGroups() {

			@Override
			public HealthEndpointGroup getPrimary() {
				return groups.getPrimary();
			}

			@Override
			public Set<String> getNames() {
				return Set.of();
			}

			@Override
			public HealthEndpointGroup get(String name) {
				return groups.get(name);
			}

		};
	}

}
