package org.shebao.calcservice.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import org.shebao.contract.PolicyJson;

/** Requests, answers and events are read and written as the contract defines (decimals never pass through doubles). */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        PolicyJson.configure(mapper);
    }
}
