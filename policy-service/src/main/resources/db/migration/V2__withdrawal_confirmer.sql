-- Who confirmed a withdrawal, kept apart from the reviewer who published the version.
alter table policy_version add column withdrawn_by varchar(100);
alter table policy_version add column withdrawn_at timestamptz;
