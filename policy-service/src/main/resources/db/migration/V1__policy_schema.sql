-- Regions (GB/T 2260 codes). The nation is the pseudo-region 100000, root of the tree.
create table region (
    code                        varchar(6)   primary key check (code ~ '^[0-9]{6}$'),
    name                        varchar(100) not null,
    level                       varchar(10)  not null check (level in ('NATIONAL', 'PROVINCE', 'CITY')),
    parent_code                 varchar(6)      references region (code),
    si_year_start_month         integer      not null check (si_year_start_month between 1 and 12),
    revision                    bigint       not null,
    updated_at                  timestamptz  not null,
    updated_by                  varchar(100) not null,
    check ((level = 'NATIONAL') = (parent_code is null))
);
create index region_parent on region (parent_code);

-- One row per (region, kind): the lock taken while publishing, the timeline revision and the next version number.
create table policy_key (
    region_code  varchar(6)     not null references region (code),
    kind         varchar(20) not null,
    revision     bigint      not null default 0,
    next_version integer     not null default 1,
    primary key (region_code, kind)
);

-- Bulk imports: many drafts submitted and approved together.
create table change_set (
    id               bigserial    primary key,
    title            varchar(200) not null,
    status           varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED')),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    submitted_at     timestamptz,
    reviewed_by      varchar(100),
    reviewed_at      timestamptz,
    rejection_reason text,
    row_version      integer      not null default 0
);

create table policy_version (
    id                        bigserial    primary key,
    region_code               varchar(6)      not null,
    kind                      varchar(20)  not null,
    version                   integer      not null,
    status                    varchar(12)  not null
        check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')),
    effective_from            date         not null,
    -- as the operator wrote it; effective_to may end earlier when a later publication takes over
    declared_effective_to     date,
    effective_to              date,
    ended_by_version_id       bigint       references policy_version (id),
    confidence                varchar(12)  not null check (confidence in ('OFFICIAL', 'THIRD_PARTY', 'ESTIMATE')),
    source                    jsonb        not null,
    last_reviewed             date,
    note                      text,
    payload                   jsonb        not null,
    change_set_id             bigint       references change_set (id),
    author                    varchar(100) not null,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    submitted_at              timestamptz,
    reviewer                  varchar(100),
    reviewed_at               timestamptz,
    rejection_reason          text,
    published_at              timestamptz,
    published_revision        bigint,
    withdrawal_requested_by   varchar(100),
    withdrawal_requested_at   timestamptz,
    withdrawal_reason         text,
    row_version               integer      not null default 0,
    unique (region_code, kind, version),
    foreign key (region_code, kind) references policy_key (region_code, kind),
    check (declared_effective_to is null or declared_effective_to > effective_from),
    check ((status in ('PUBLISHED', 'WITHDRAWN')) = (published_revision is not null))
);
create index policy_version_key_status on policy_version (region_code, kind, status);
create index policy_version_change_set on policy_version (change_set_id);

-- Transactional outbox: written in the same transaction as the change it announces, sent by the relay in id order.
create table outbox_event (
    id         bigserial    primary key,
    event_key  varchar(100) not null,
    revision   bigint       not null,
    payload    text         not null,
    created_at timestamptz  not null,
    sent_at    timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Who changed what, when, with the state before and after.
create table audit_entry (
    id          bigserial    primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(30)  not null,
    entity_type varchar(20)  not null,
    entity_id   varchar(40)  not null,
    before      jsonb,
    after       jsonb,
    detail      text
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
