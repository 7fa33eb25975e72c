-- Staff accounts: clinicians and admins. Passwords as bcrypt (modular crypt format).
create table staff_account (
    username      varchar(100) not null primary key,
    password_hash varchar(100) not null,
    roles         varchar(100) not null,
    clinic_id     varchar(64),
    created_at    timestamp    not null
);
