# shellcheck shell=bash
# ./rete token: mints an HS256 JWT for the development signing key (eng/lib.sh).
# Pure bash and openssl, so it works before anything is built or running. Requires eng/lib.sh.

RETE_ROLES=(consortium-admin operator social-worker cpi-operator partner auditor ops)
RETE_TOKEN_DEFAULT_SUB=dev-user
RETE_TOKEN_DEFAULT_ROLE=operator
RETE_TOKEN_DEFAULT_TTL=28800 # 8 hours

token_usage() {
  cat <<EOF
usage: ./rete token --tenant TENANT [--role ROLE]... [--sub SUBJECT] [--org ORG_ID]
                    [--municipality ISTAT]... [--ttl SECONDS]

Prints a development JWT (HS256, issuer $RETE_JWT_ISSUER, audience $RETE_JWT_AUDIENCE) on stdout, nothing else.
  --tenant        consortium slug, required (e.g. trecate, zona-ovest)
  --role          repeatable; default $RETE_TOKEN_DEFAULT_ROLE. One of:
                  ${RETE_ROLES[*]}
  --sub           subject; default $RETE_TOKEN_DEFAULT_SUB
  --org           the caller's organisation id
  --municipality  repeatable; ISTAT code (6 digits) the caller may act for; none means the whole tenant
  --ttl           lifetime in seconds; default $RETE_TOKEN_DEFAULT_TTL (8 hours)

example: curl -H "Authorization: Bearer \$(./rete token --tenant trecate --role operator)" ...
EOF
}

_b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# A JSON string literal. Control characters are refused by the caller's validation.
_json_str() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

_json_array() { # values...
  local out='[' v sep=''
  for v in "$@"; do
    out+=$sep$(_json_str "$v")
    sep=,
  done
  printf '%s]' "$out"
}

token_main() {
  local tenant='' sub=$RETE_TOKEN_DEFAULT_SUB org='' ttl=$RETE_TOKEN_DEFAULT_TTL opt val
  local -a roles=() municipalities=()
  while (($#)); do
    opt=$1
    case $opt in
      -h | --help) token_usage; return 0 ;;
      --*=*) val=${opt#*=}; opt=${opt%%=*}; shift ;;
      --*)
        (($# >= 2)) || die "token: $opt needs a value (see ./rete token --help)"
        val=$2
        shift 2
        ;;
      *) die "token: unexpected argument '$opt' (see ./rete token --help)" ;;
    esac
    [[ $val =~ [[:cntrl:]] ]] && die "token: $opt contains control characters"
    case $opt in
      --tenant) tenant=$val ;;
      --role) roles+=("$val") ;;
      --sub) sub=$val ;;
      --org) org=$val ;;
      --municipality) municipalities+=("$val") ;;
      --ttl) ttl=$val ;;
      *) die "token: unknown option $opt (see ./rete token --help)" ;;
    esac
  done

  [[ -n $tenant ]] || die "token: --tenant is required (see ./rete token --help)"
  [[ $tenant =~ ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$ ]] ||
    die "token: tenant '$tenant' is not a slug (lowercase letters, digits and dashes, e.g. zona-ovest)"
  # The services accept only registered tenants (Tenancy:Tenants; Development: the sample consortia).
  local -a known_tenants
  read -ra known_tenants <<<"${RETE_TENANTS:-trecate zona-ovest torino}"
  [[ " ${known_tenants[*]} " == *" $tenant "* ]] ||
    die "token: tenant '$tenant' is not registered (registered: ${known_tenants[*]}; set RETE_TENANTS to change)"
  [[ -n $sub ]] || die "token: --sub must not be empty"
  [[ $ttl =~ ^[1-9][0-9]*$ ]] || die "token: --ttl must be a positive number of seconds"
  ((${#roles[@]})) || roles=("$RETE_TOKEN_DEFAULT_ROLE")
  local role known m
  for role in "${roles[@]}"; do
    for known in "${RETE_ROLES[@]}"; do [[ $role == "$known" ]] && continue 2; done
    die "token: unknown role '$role' (roles: ${RETE_ROLES[*]})"
  done
  for m in "${municipalities[@]}"; do
    [[ $m =~ ^[0-9]{6}$ ]] || die "token: municipality '$m' is not an ISTAT code (6 digits, e.g. 003149)"
  done
  command -v openssl >/dev/null 2>&1 || die "token: openssl is required"

  local now exp payload header role_json
  now=$(date +%s)
  exp=$((now + ttl))
  if ((${#roles[@]} == 1)); then role_json=$(_json_str "${roles[0]}"); else role_json=$(_json_array "${roles[@]}"); fi
  payload="{\"iss\":$(_json_str "$RETE_JWT_ISSUER"),\"aud\":$(_json_str "$RETE_JWT_AUDIENCE")"
  payload+=",\"sub\":$(_json_str "$sub"),\"tenant\":$(_json_str "$tenant"),\"role\":$role_json"
  [[ -n $org ]] && payload+=",\"org\":$(_json_str "$org")"
  ((${#municipalities[@]})) && payload+=",\"municipality\":$(_json_array "${municipalities[@]}")"
  payload+=",\"iat\":$now,\"nbf\":$now,\"exp\":$exp}"
  header='{"alg":"HS256","typ":"JWT"}'

  local signing_input signature
  signing_input="$(printf '%s' "$header" | _b64url).$(printf '%s' "$payload" | _b64url)"
  signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -hmac "$RETE_DEV_SIGNING_KEY" -binary | _b64url)
  [[ -n $signature ]] || die "token: signing failed"
  printf '%s.%s\n' "$signing_input" "$signature"
}
