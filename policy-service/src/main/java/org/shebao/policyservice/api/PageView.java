package org.shebao.policyservice.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing; {@code page} counts from 0. */
public record PageView<T>(@Schema(required = true) List<T> items, @Schema(required = true) long total,
        @Schema(required = true) int page, @Schema(required = true) int size) {
}
