#!/usr/bin/env bash
# Prints a bearer token for the local stack.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/local/token.sh <user> <role>...

Prints a JWT (RS256, valid 8 hours) for the local stack: the local issuer (LocalJwt.ISSUER),
subject and upn <user>, groups <role>..., signed with DATA_DIR/jwt/privateKey.pem, which run.sh
generates on its first start. Roles: policy-editor, policy-approver.

  curl -H "Authorization: Bearer $(deploy/local/token.sh alice policy-editor)" http://127.0.0.1:8081/api/v1/...

Environment:
  DATA_DIR    state of the local stack (default: deploy/local/.data)
  JAVA_HOME   the JDK to use (default: java on the PATH)

Exit codes: 0 token printed; 1 no key yet (start the stack once) or build failed; 2 wrong usage.
EOF
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "" | -*) usage >&2; exit 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
classes="$here/stack/target/classes"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# LocalJwt needs nothing but the JDK, so the module's classes are enough.
if [[ ! -f "$classes/org/shebao/localstack/LocalJwt.class" ]]; then
  mvn -B -q -f "$here/stack/pom.xml" compile >&2 || exit 1
fi
exec "$java" -cp "$classes" org.shebao.localstack.LocalJwt "${DATA_DIR:-$here/.data}/jwt" "$@"
