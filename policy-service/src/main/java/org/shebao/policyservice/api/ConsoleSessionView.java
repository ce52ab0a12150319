package org.shebao.policyservice.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who is signed in to the console.
 *
 * @param roles policy-editor and/or policy-approver
 */
@Schema(description = "The operator signed in to the console")
public record ConsoleSessionView(@Schema(examples = "alice") String name, List<String> roles) {
}
