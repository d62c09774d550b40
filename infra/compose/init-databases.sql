-- Mounted into the postgres container's /docker-entrypoint-initdb.d by docker-compose.yml.
-- The postgres image runs it once, when it initialises an empty data volume, as
-- POSTGRES_USER (kam, a superuser inside that container). It does not run again on
-- later starts: to apply a change, remove the volume (docker compose down -v).
--
-- One database per service (docs/configuration.md), owned by the user the services
-- connect as (KAM_DB_USER). Each service's Flyway migrations create its tables.
CREATE DATABASE kam_account OWNER kam;
CREATE DATABASE kam_contact OWNER kam;
CREATE DATABASE kam_incentive OWNER kam;
