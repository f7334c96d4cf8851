package com.merchantonboarding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MerchantOnboardingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MerchantOnboardingApplication.class, args);
    }
}
