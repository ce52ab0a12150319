package org.shebao.policyservice.api;

import java.util.List;

/** One page of a listing; {@code page} counts from 0. */
public record PageView<T>(List<T> items, long total, int page, int size) {
}
