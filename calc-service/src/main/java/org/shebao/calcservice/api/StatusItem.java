package org.shebao.calcservice.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.StatusCode;

/**
 * A caveat or warning: a stable code to act on, the field it concerns (a path in {@code result} or in the request, or
 * {@code policies[i]}; absent when it concerns the whole answer) and one sentence in Chinese and in English for people.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A caveat or warning with a stable code and text in Chinese and English")
public record StatusItem(StatusCode code, String field, String zh, String en) {
}
