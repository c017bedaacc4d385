# shellcheck shell=bash
# ./rete token: mints a development JWT with tools/Rete.Tokens (built on first use); ./rete token --help for the options.

token_main() {
  local dll=$RETE_ROOT/tools/Rete.Tokens/bin/Release/net10.0/Rete.Tokens.dll
  [[ -f $dll ]] || dotnet build "$RETE_ROOT/tools/Rete.Tokens" -c Release -v q -nologo >&2 || die "token: building tools/Rete.Tokens failed"
  exec dotnet "$dll" "$@"
}
