#!/usr/bin/env bash
# Runs a sweep as a real Slurm job array on a single-node cluster started here, and checks that the merged parts
# equal the same sweep run locally, file by file (docs/experiments.md, "Slurm"; set-up after
# ../shared/notes/slurm-single-node.md of the team notes).
#
# Needs root to install Debian's slurmctld, slurmd, slurm-client and munge (skipped when present) and to run the
# daemons. Everything else lives in a scratch folder; the daemons it starts are stopped on exit, whatever happens.
# Set MINISTERIAL_SKIP_SLURM=1 to skip this check.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${MINISTERIAL_SKIP_SLURM:-0}" = 1 ]; then
  echo "slurm-check: skipped (MINISTERIAL_SKIP_SLURM=1)"
  exit 0
fi

experiment=experiments/textbook-factorial.yaml
shards=4
scratch="$(mktemp -d "${TMPDIR:-/tmp}/ministerial-slurm.XXXXXX")"
log() { echo "slurm-check: $*"; }

# --- install -------------------------------------------------------------------------------------------------------
if ! [ -x /usr/sbin/slurmctld ] || ! [ -x /usr/sbin/slurmd ] || ! command -v sbatch >/dev/null \
   || ! [ -x /usr/sbin/munged ]; then
  if [ "$(id -u)" != 0 ]; then
    log "Slurm and munge are not installed and installing them needs root" >&2
    exit 1
  fi
  log "installing slurmctld slurmd slurm-client munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurmctld slurmd slurm-client munge >/dev/null
fi

# --- stop whatever we started, on any exit ------------------------------------------------------------------------
started_munge=0
cleanup() {
  status=$?
  for pidfile in "$scratch/slurmd.pid" "$scratch/slurmctld.pid"; do
    if [ -s "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  if [ "$started_munge" = 1 ] && [ -s /run/munge/munged.pid ]; then
    kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
  fi
  sleep 1
  if [ "$status" != 0 ]; then
    log "failed; daemon and job logs follow" >&2
    tail -n 20 "$scratch"/*.log "$scratch"/merged/slurm/logs/*.out 2>/dev/null >&2 || true
  fi
  rm -rf "$scratch"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- munge: reuse a running daemon, else start one ----------------------------------------------------------------
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  mkdir -p /run/munge
  chown munge:munge /run/munge
  chmod 0755 /run/munge
  su -s /bin/sh munge -c /usr/sbin/munged
  started_munge=1
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null
fi

# --- a single-node cluster, on ports of its own ---------------------------------------------------------------------
host="$(hostname -s)"
port=$((20000 + RANDOM % 20000))
mkdir -p "$scratch/state" "$scratch/spool"
cat > "$scratch/slurm.conf" <<CONF
ClusterName=ministerial-ci
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$scratch/state
SlurmdSpoolDir=$scratch/spool
SlurmctldPidFile=$scratch/slurmctld.pid
SlurmdPidFile=$scratch/slurmd.pid
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$scratch/slurm.conf"
/usr/sbin/slurmctld -L "$scratch/slurmctld.log"
/usr/sbin/slurmd -L "$scratch/slurmd.log"
for _ in $(seq 60); do
  if sinfo -h -o %t 2>/dev/null | grep -q idle; then break; fi
  sleep 1
done
sinfo -h -o %t | grep -q idle || { log "the node did not become idle" >&2; exit 1; }
log "cluster up: $(sinfo -h -o '%P %D nodes %c cpus %t')"

# --- the sweep through Slurm, then locally -------------------------------------------------------------------------
bin/ministerial --version >/dev/null   # builds the jar now, not in four tasks at once
submitted="$(bin/ministerial slurm "$experiment" --shards "$shards" --out "$scratch/merged" --submit)"
echo "$submitted"
jobs="$(echo "$submitted" | sed -n 's/^submitted job array \([0-9]*\) .* merge job \([0-9]*\)$/\1,\2/p')"
[ -n "$jobs" ] || { log "no job ids in the output of ministerial slurm" >&2; exit 1; }
for _ in $(seq 240); do
  [ -z "$(squeue -h -j "$jobs" 2>/dev/null)" ] && break
  sleep 1
done
[ -z "$(squeue -h -j "$jobs" 2>/dev/null)" ] || { log "jobs $jobs still queued after 4 minutes" >&2; exit 1; }
[ -f "$scratch/merged/manifest.json" ] || { log "the merge job did not finish the results folder" >&2; exit 1; }
[ -f "$scratch/merged/slurm/logs/shard-0.out" ] || { log "no task log where the quoted #SBATCH --output points" >&2; exit 1; }

bin/ministerial sweep "$experiment" --threads 2 --out "$scratch/local" >/dev/null 2>&1
for f in runs.csv rounds.csv.gz coalitions.csv.gz rejections.csv.gz groups.csv design.csv points.csv summary.json; do
  cmp "$scratch/local/$f" "$scratch/merged/$f"
done
log "ok: the $shards-task job array, merged, equals the local sweep (runs, rounds, coalitions, design, points, summary)"
