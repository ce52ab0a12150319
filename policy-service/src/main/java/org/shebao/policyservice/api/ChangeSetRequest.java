package org.shebao.policyservice.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Many drafts imported at once, all or nothing. Items identical to a published version are reported as UNCHANGED and
 * not drafted again, so re-importing the same file changes nothing. Items of one (region, kind) are published in the
 * order given.
 */
@Schema(description = "A bulk import of drafts")
public record ChangeSetRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "2025年7月社保缴费基数调整") String title,
        @NotEmpty @Size(max = ChangeSetRequest.MAX_ITEMS) List<@NotNull @Valid DraftRequest> items) {

    /** Larger imports are split. */
    public static final int MAX_ITEMS = 5000;
}
