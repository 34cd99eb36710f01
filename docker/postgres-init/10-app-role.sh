#!/bin/sh
# Runs once, when the postgres container starts on an empty volume, as the
# superuser: it creates the extensions (which need a superuser) and the role
# the API connects as. That role owns the database, so migrations can create
# and change tables, but it cannot read other databases, load extensions or
# files, or change server settings.
set -eu

psql --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set app_password="$LUKUHAASTE_DB_PASSWORD" <<'SQL'
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE ROLE lukuhaaste LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
ALTER DATABASE :"DBNAME" OWNER TO lukuhaaste;
ALTER SCHEMA public OWNER TO lukuhaaste;
SQL
