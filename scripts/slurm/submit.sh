#!/usr/bin/env bash
# Runs a Processor pipeline on Slurm: N map jobs (a job array, one shard each) and a reduce that starts when all of
# them succeeded. The pipeline's folder, its inputs and the shard folder must be on storage every node sees (NFS, a
# cloud file share, an object store mounted as a file system).
#
# Usage: scripts/slurm/submit.sh PIPELINE N [SHARD_DIR] [-- SBATCH_OPTIONS...]
#   PIPELINE   the pipeline file (absolute, or relative to the current folder)
#   N          how many map jobs (shards)
#   SHARD_DIR  where the shard results go (default: .processor/shards/NAME beside the pipeline)
#   after --   options for both sbatch calls (e.g. --partition=main --time=02:00:00 --mem=8G)
# PROCESSOR names the command (default: processor; e.g. PROCESSOR="dotnet /opt/processor/processor.dll").
# Prints the two job ids: "map JOBID" and "reduce JOBID". Wait with: scontrol show job JOBID, or sacct -j JOBID.
set -euo pipefail
if [ $# -lt 2 ]; then sed -n '2,13p' "$0" >&2; exit 2; fi
pipeline="$(realpath "$1")"; shards="$2"; shift 2
name="$(basename "${pipeline%.*}")"
shard_dir="$(dirname "$pipeline")/.processor/shards/$name"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then shard_dir="$(realpath -m "$1")"; shift; fi
[ "${1:-}" = "--" ] && shift
processor="${PROCESSOR:-processor}"
case "$shards" in ''|*[!0-9]*) echo "submit.sh: N must be a whole number, not '$shards'" >&2; exit 2 ;; esac
logs="$(dirname "$pipeline")/.processor/slurm-logs"
mkdir -p "$shard_dir" "$logs"
rm -f "$shard_dir"/*.pshard   # shards of an earlier split are never merged with this one

# $SLURM_ARRAY_TASK_ID is expanded by the job, not here.
map=$(sbatch --parsable --job-name="processor-map-$name" --array="1-$shards" --output="$logs/map-%A-%a.log" "$@" \
  --wrap "$processor run '$pipeline' --shard \"\$SLURM_ARRAY_TASK_ID/$shards\" --shard-dir '$shard_dir' --log-format plain")
reduce=$(sbatch --parsable --job-name="processor-reduce-$name" --dependency="afterok:$map" --kill-on-invalid-dep=yes \
  --output="$logs/reduce-%j.log" "$@" \
  --wrap "$processor run '$pipeline' --merge-shards '$shard_dir' --log-format plain")
echo "map $map"
echo "reduce $reduce"
