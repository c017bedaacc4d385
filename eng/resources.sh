# shellcheck shell=bash
# ---------------------------------------------------------------------------------------------------
#  DEVELOPMENT-ONLY DEFAULTS.
#
#  Everything the launcher (./rete) and the test run need to know about the local topology: resource
#  names, ports, passwords and the JWT signing key. The passwords and the key below are published in
#  this repository: they are for a developer's machine and for throwaway test instances, bound to
#  127.0.0.1. Never use them for anything shared, reachable from a network, or in production.
#
#  Resource names mirror ServiceDefaults/ReteResources.cs (the AppHost and the tests use the same).
# ---------------------------------------------------------------------------------------------------

# Resource names.
RETE_RES_POSTGRES=postgres
RETE_RES_MESSAGING=messaging
RETE_RES_GATEWAY=gateway
RETE_RES_WEB=web
RETE_EDGE=(gateway web)   # started after the services, in this order: the gateway, then the web application behind it
RETE_SERVICES=(identity registry grants placements referrals indicators)    # the services with a database, in start order

# Each service's database: the resource name (connection string key) and the database inside the server.
declare -A RETE_SERVICE_DB_RESOURCE=(
  [identity]=identity-db [registry]=registry-db [grants]=grants-db [placements]=placements-db [referrals]=referrals-db [indicators]=indicators-db
)
declare -A RETE_SERVICE_DB_NAME=(
  [identity]=identity [registry]=registry [grants]=grants [placements]=placements [referrals]=referrals [indicators]=indicators
)

# Projects, relative to the repository root. The launcher starts Rete.<Name>.dll from
# <project dir>/bin/Release/net10.0/ for every project that exists.
declare -A RETE_PROJECT=(
  [identity]=services/Identity/Rete.Identity.csproj
  [registry]=services/Registry/Rete.Registry.csproj
  [grants]=services/Grants/Rete.Grants.csproj
  [placements]=services/Placements/Rete.Placements.csproj
  [referrals]=services/Referrals/Rete.Referrals.csproj
  [indicators]=services/Indicators/Rete.Indicators.csproj
  [gateway]=gateway/Rete.Gateway.csproj
  [web]=web/Rete.Web.csproj
)
RETE_SOLUTION_FILTER=Rete.sln           # every project, the Aspire AppHost included
RETE_CONFIGURATION=Release
RETE_TARGET_FRAMEWORK=net10.0
RETE_SEEDS_PROJECT=seeds/Rete.Seeds/Rete.Seeds.csproj
RETE_SEEDS_DATA=seeds/data

# Ports, all on 127.0.0.1. Every port is shifted by RETE_PORT_OFFSET (default 0) so that a second
# instance (the end-to-end tests use +2000, the test infrastructure +1000) runs beside a developer's
# one; keep offsets multiples of 100. The gateway takes RETE_GATEWAY_PORT when it is set.
# Every port stays below 32768: Linux hands out 32768-60999 as ephemeral ports for outgoing connections, and a
# listener there can find its port taken by a client socket (seen under test load).
declare -A RETE_BASE_PORT=(
  [gateway]=8080
  [web]=5106
  [identity]=5100 [registry]=5101 [grants]=5102 [placements]=5103 [referrals]=5104 [indicators]=5105
  [postgres]=25432
  [amqp]=25672            # RabbitMQ AMQP listener
  [management]=25673      # RabbitMQ management UI and HTTP API
  [erlang-dist]=25674     # the broker's Erlang distribution port
  [epmd]=25675            # a private Erlang port mapper per instance
  [erlang-cli]=25676      # first of the ports the RabbitMQ CLI tools use (up to +9)
)
RETE_TEST_PORT_DELTA=1000   # ./rete test: the throwaway Postgres and broker for integration tests

# Credentials (development only).
RETE_DEV_PASSWORD=rete-dev-password
RETE_PG_SUPERUSER=postgres
RETE_RABBITMQ_USER=rete

# JWT (development only): services validate HS256 tokens signed with this shared key; ./rete token and
# the seeder mint them. The key's UTF-8 bytes are the HMAC key.
RETE_DEV_SIGNING_KEY=rete-development-signing-key-not-for-production
RETE_JWT_ISSUER=rete-dev
RETE_JWT_AUDIENCE=rete
RETE_ROLES=(consortium-admin operator social-worker cpi-operator partner auditor ops)
RETE_TOKEN_DEFAULT_SUB=dev-user
RETE_TOKEN_DEFAULT_ROLE=operator
RETE_TOKEN_DEFAULT_TTL=28800   # 8 hours

# Tools.
RETE_PG_VERSION=15
RETE_RABBITMQ_BIN=/usr/lib/rabbitmq/bin
RETE_HEALTH_TIMEOUT=60         # seconds to wait for each service's /health
