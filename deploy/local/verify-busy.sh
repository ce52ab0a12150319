#!/usr/bin/env bash
# Runs the test suite while stress-ng keeps CPUs busy, to show that no test depends on the machine's speed.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/local/verify-busy.sh [--cpus N] [Maven arguments]

Starts `stress-ng --cpu N` (default: the number of CPUs) in the background, runs
`mvn -B verify` with the given Maven arguments at the repository root, stops stress-ng
however Maven ends, and prints the outcome. Installs stress-ng with apt-get (Debian/Ubuntu)
when it is missing. Examples:

  deploy/local/verify-busy.sh                          # the whole suite, every CPU busy
  deploy/local/verify-busy.sh --cpus 1 -pl calc-service -am

Exit code: Maven's.
EOF
}

cpus="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)"
mvn_args=()
while (($#)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --cpus)
      [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--cpus needs a positive number" >&2; exit 2; }
      cpus="$2"; shift 2 ;;
    *) mvn_args+=("$1"); shift ;;
  esac
done

if ! command -v stress-ng >/dev/null; then
  command -v apt-get >/dev/null || { echo "stress-ng is missing and there is no apt-get to install it" >&2; exit 1; }
  sudo=""
  [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  echo "Installing stress-ng" >&2
  $sudo apt-get update -qq && $sudo apt-get install -y -qq stress-ng >/dev/null
fi

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# --timeout bounds the load even if this script is killed before its trap runs.
stress-ng --cpu "$cpus" --timeout 3h --quiet &
stress_pid=$!
trap 'kill "$stress_pid" 2>/dev/null || true; wait "$stress_pid" 2>/dev/null || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
echo "stress-ng --cpu $cpus running (pid $stress_pid) on $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') CPUs" >&2

started=$SECONDS
status=0
mvn -B verify ${mvn_args[@]+"${mvn_args[@]}"} || status=$?
elapsed=$((SECONDS - started))

if ((status == 0)); then
  echo "verify-busy: PASSED with $cpus CPU stressor(s) in $((elapsed / 60)) min $((elapsed % 60)) s"
else
  echo "verify-busy: FAILED (mvn exit $status) with $cpus CPU stressor(s) after $((elapsed / 60)) min $((elapsed % 60)) s"
fi
exit "$status"
