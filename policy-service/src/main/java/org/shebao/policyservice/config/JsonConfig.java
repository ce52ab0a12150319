package org.shebao.policyservice.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import org.shebao.contract.PolicyJson;

/** The REST layer reads and writes JSON exactly as the contract does (decimals never pass through doubles). */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        PolicyJson.configure(mapper);
    }
}
