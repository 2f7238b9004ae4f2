package dev.atlvs.spring.actuate;

import dev.atlvs.core.Atlvs;
import dev.atlvs.spring.AtlvsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code atlvs} health indicator, when Actuator is on the class path and an {@link Atlvs} bean exists;
 * {@code management.health.atlvs.enabled=false} turns it off.
 */
@AutoConfiguration(after = AtlvsAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(Atlvs.class)
@ConditionalOnEnabledHealthIndicator("atlvs")
public class AtlvsHealthContributorAutoConfiguration {

    /** The indicator over the application's single {@link Atlvs}. */
    @Bean
    @ConditionalOnMissingBean(name = "atlvsHealthIndicator")
    public AtlvsHealthIndicator atlvsHealthIndicator(Atlvs atlvs) {
        return new AtlvsHealthIndicator(atlvs);
    }
}
