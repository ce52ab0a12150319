-- Districts and counties (县级) join the region tree, so that every code a phone reports resolves.
alter table region drop constraint if exists region_level_check;
alter table region add constraint region_level_check check (level in ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY'));
