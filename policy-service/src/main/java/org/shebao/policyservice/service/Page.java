package org.shebao.policyservice.service;

import java.util.List;

/** One page of a listing and how many items the whole listing has. */
public record Page<T>(List<T> items, long total) {
}
