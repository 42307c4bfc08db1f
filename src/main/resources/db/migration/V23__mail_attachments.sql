-- Files that go with an outbox mail, such as a calendar invitation (.ics), in the order attached.
create table outbox_attachment (
    mail_id      uuid    not null references outbox_mail (id) on delete cascade,
    position     integer not null,
    filename     text    not null,
    content_type text    not null,
    content      bytea   not null,
    primary key (mail_id, position)
);
