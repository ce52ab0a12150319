-- Audit entries keep the state before and after a change in a format of their own, tagged by "type" (see
-- AuditedState), instead of the API view of the day. Every existing entry is converted; none is removed.
--   "SUBMITTED"                 -> {"type":"status","status":"SUBMITTED"}
--   "2025-07-01"                -> {"type":"end","effectiveTo":"2025-07-01"}      (ENDED_BY_PUBLICATION)
--   {region}                    -> {"type":"region", ...the same fields}
--   {policy version view}       -> {"type":"version", ...the same fields, withdrawalRequest{...} flattened}
create function pg_temp.audited_state(entity_type text, state jsonb) returns jsonb
language sql immutable as $$
    select case
        when state is null or jsonb_typeof(state) = 'null' then null
        when jsonb_typeof(state) = 'string' and state #>> '{}' ~ '^\d{4}-\d{2}-\d{2}$'
            then jsonb_build_object('type', 'end', 'effectiveTo', state)
        when jsonb_typeof(state) = 'string' then jsonb_build_object('type', 'status', 'status', state)
        when entity_type = 'REGION' then jsonb_build_object('type', 'region') || state
        else jsonb_build_object('type', 'version') || (state - 'withdrawalRequest') || jsonb_strip_nulls(
            jsonb_build_object(
                'withdrawalRequestedBy', state #> '{withdrawalRequest,requestedBy}',
                'withdrawalRequestedAt', state #> '{withdrawalRequest,requestedAt}',
                'withdrawalReason', state #> '{withdrawalRequest,reason}',
                'withdrawnBy', state #> '{withdrawalRequest,confirmedBy}',
                'withdrawnAt', state #> '{withdrawalRequest,confirmedAt}'))
    end
$$;

update audit_entry
set before = pg_temp.audited_state(entity_type, before),
    after  = pg_temp.audited_state(entity_type, after);

drop function pg_temp.audited_state(text, jsonb);
