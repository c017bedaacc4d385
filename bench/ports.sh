# shellcheck shell=bash
# What bench/run needs to know about an instance when eng/resources.sh is not there (the AppHost launcher keeps its
# ports in AppHost/RetePorts.cs): base ports before RETE_PORT_OFFSET, database names, build output. Sourced.
declare -A RETE_BASE_PORT=(
  [gateway]=8080 [identity]=5100 [registry]=5101 [grants]=5102 [placements]=5103 [referrals]=5104 [indicators]=5105
  [web]=5106 [postgres]=25432 [amqp]=25672
)
declare -A RETE_SERVICE_DB_NAME=(
  [registry]=registry [grants]=grants [placements]=placements [referrals]=referrals [indicators]=indicators
)
declare -A RETE_PROJECT=(
  [registry]=services/Registry/Rete.Registry.csproj [grants]=services/Grants/Rete.Grants.csproj
  [placements]=services/Placements/Rete.Placements.csproj [referrals]=services/Referrals/Rete.Referrals.csproj
)
RETE_PG_SUPERUSER=postgres
RETE_RABBITMQ_USER=${RETE_RABBITMQ_USER:-rete}
RETE_DEV_PASSWORD=${RETE_DEV_PASSWORD:-rete-dev-password}
RETE_CONFIGURATION=${RETE_CONFIGURATION:-Release}
RETE_TARGET_FRAMEWORK=${RETE_TARGET_FRAMEWORK:-net10.0}
