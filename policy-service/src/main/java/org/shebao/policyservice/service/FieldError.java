package org.shebao.policyservice.service;

/** What is wrong with one input, by its path ({@code items[3].regionCode}). */
public record FieldError(String field, String message) {
}
