#!/usr/bin/env bash
# The action's check step: prints the findings to the log, writes the SARIF log and records the exit
# status as an output. It never fails itself, so that the upload runs; the verdict step decides.
set -uo pipefail

args=()
while IFS= read -r line; do
  # One path per line; surrounding white space is trimmed, blank lines are skipped.
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -n "$line" ] && args+=("$line")
done <<< "$INPUT_PATHS"

# Profiles: separated by new lines, commas or spaces; each becomes a --profile option, which the
# CLI validates (an unknown name is a usage error, exit status 2).
for name in ${INPUT_PROFILE//,/ }; do
  args+=(--profile "$name")
done

node "$SECURITY_POLICY_CLI" check "${args[@]}"
node "$SECURITY_POLICY_CLI" check --format sarif "${args[@]}" > "$INPUT_SARIF_FILE"
code=$?
{
  echo "exit-code=$code"
  echo "sarif-file=$INPUT_SARIF_FILE"
} >> "$GITHUB_OUTPUT"
exit 0
