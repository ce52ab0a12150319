package org.shebao.policyservice.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a version is rejected or withdrawn; kept in the audit log. */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
