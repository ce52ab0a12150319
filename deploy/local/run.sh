#!/usr/bin/env bash
# Runs the local stack: PostgreSQL, Kafka, policy-service and calc-service, with the policy data set loaded.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/local/run.sh [--build] [--reset] [LocalStack options]

Starts a real PostgreSQL 17 and a real Kafka broker (no Docker), then policy-service and
calc-service from their packaged jars, loads deploy/data through policy-service's API, waits
until calc-service calculates, and prints a line starting with READY and the URLs. It runs in
the foreground until stopped: Ctrl-C, or `kill <pid>` (SIGTERM) stops the services, then Kafka,
then PostgreSQL. It also runs in the background without a terminal (nohup deploy/local/run.sh &).

Options:
  --build      build first (mvn -B -q -DskipTests install at the repository root); done anyway
               when a service jar or the stack module is not built yet
  --reset      delete the stack's data (database, broker, keys, logs) before starting;
               deleting DATA_DIR does the same
  --help       this text
  LocalStack options, which override the variables below: --data-dir DIR, --pg-port N,
  --kafka-port N, --kafka-controller-port N, --policy-port N, --calc-port N

Environment:
  DATA_DIR               state of the stack (default: deploy/local/.data); logs in DATA_DIR/logs
  PG_PORT                PostgreSQL, user postgres, no password, database policy (default 55432)
  KAFKA_PORT             Kafka PLAINTEXT listener (default 9092)
  KAFKA_CONTROLLER_PORT  Kafka KRaft controller (default 9093)
  POLICY_PORT            policy-service HTTP (default 8081)
  CALC_PORT              calc-service HTTP (default 8082)
  JAVA_HOME              the JDK to use (default: java on the PATH)

Tokens for the API: deploy/local/token.sh <user> <role>... (roles: policy-editor, policy-approver).

Exit codes: 0 help; 1 build or start failed, or a process of the stack stopped by itself;
2 wrong option; 3 a stack from the same DATA_DIR is already running; 130/143 stopped by
SIGINT/SIGTERM.
EOF
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
stack="$here/stack"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

build=false
args=()
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --build) build=true ;;
    *) args+=("$arg") ;;
  esac
done

built() {
  [[ -f "$repo_root/policy-service/target/quarkus-app/quarkus-run.jar" &&
     -f "$repo_root/calc-service/target/quarkus-app/quarkus-run.jar" &&
     -f "$stack/target/classes/org/shebao/localstack/LocalStack.class" ]]
}
if $build || ! built; then
  echo "Building: mvn -B -q -DskipTests install" >&2
  (cd "$repo_root" && mvn -B -q -DskipTests install) || exit 1
fi

classpath_file="$stack/target/runtime-classpath.txt"
if $build || [[ ! -f "$classpath_file" || "$stack/pom.xml" -nt "$classpath_file" || "$repo_root/pom.xml" -nt "$classpath_file" ]]; then
  (cd "$stack" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$classpath_file") || exit 1
  touch "$classpath_file" # the plugin leaves an unchanged file as it was
fi

data_dir="${DATA_DIR:-$here/.data}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"

# The services run with the repository root as working directory, wherever this script is started from.
cd "$repo_root"
# exec: SIGTERM and SIGINT go straight to the JVM, whose shutdown hook stops the stack in order.
exec "$java" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$stack/target/classes:$(cat "$classpath_file")" \
  org.shebao.localstack.LocalStack \
  --repo-root "$repo_root" \
  --data-dir "$data_dir" \
  --pg-port "${PG_PORT:-55432}" \
  --kafka-port "${KAFKA_PORT:-9092}" \
  --kafka-controller-port "${KAFKA_CONTROLLER_PORT:-9093}" \
  --policy-port "${POLICY_PORT:-8081}" \
  --calc-port "${CALC_PORT:-8082}" \
  ${args[@]+"${args[@]}"}
