#!/usr/bin/env bash
# Create one virtualenv per competitor scanner, outside the repository.
#   bash bench/setup_envs.sh            # into /work/benchenv
#   BENCH_ENV=/some/dir bash bench/setup_envs.sh
# Versions are pinned to the ones the results in bench/README.md were measured with.
# No competitor needs torch; the constraint only guards against a dependency ever
# pulling an unpinned (multi-GB CUDA) torch.
set -euo pipefail

BENCH_ENV="${BENCH_ENV:-/work/benchenv}"
mkdir -p "$BENCH_ENV"
printf 'torch==2.13.0\n' > "$BENCH_ENV/constraints.txt"

declare -A PKGS=(
  [modelscan]="modelscan==0.8.8"
  # fickling 0.1.12 imports typing_extensions without declaring it as a dependency.
  [fickling]="fickling==0.1.12 typing_extensions"
  [picklescan]="picklescan==1.0.5"
  [modelaudit]="modelaudit==0.2.54"
)

for name in modelscan picklescan fickling modelaudit; do
  venv="$BENCH_ENV/$name"
  if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
  fi
  # shellcheck disable=SC2086
  "$venv/bin/pip" install --quiet -c "$BENCH_ENV/constraints.txt" ${PKGS[$name]}
  echo "$name: $("$venv/bin/python" -c "import importlib.metadata as m; print(m.version('$name'))")"
done

# mlward itself, installed the same way (a regular install with compiled bytecode, not the editable
# checkout), so that start-up costs compare like with like. Re-run after changing the code.
repo="$(cd "$(dirname "$0")/.." && pwd)"
if [[ ! -x "$BENCH_ENV/mlward/bin/python" ]]; then
  python3 -m venv "$BENCH_ENV/mlward"
fi
"$BENCH_ENV/mlward/bin/pip" install --quiet --force-reinstall --no-deps "$repo"
"$BENCH_ENV/mlward/bin/pip" install --quiet -c "$BENCH_ENV/constraints.txt" "$repo"
echo "mlward: $("$BENCH_ENV/mlward/bin/mlward" --version) ($BENCH_ENV/mlward/bin/mlward)"
