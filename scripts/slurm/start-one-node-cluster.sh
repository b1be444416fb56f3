#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for the sharded-run test and for trying the recipe: installs Debian's
# slurm-wlm and munge when missing (needs root and the Debian package registry), writes a minimal slurm.conf with this
# host as controller and only node, starts munged, slurmctld and slurmd. Idempotent: a running cluster is left as is.
# Exit 0 when `sinfo` answers; non-zero with a reason otherwise.
set -euo pipefail
if sinfo >/dev/null 2>&1 && [ "$(sinfo -h -o %T 2>/dev/null | head -1)" != "" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "start-one-node-cluster: needs root (or a running Slurm)" >&2; exit 1; fi
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq slurm-wlm munge >/dev/null
fi
host="$(hostname -s)"
cpus="$(nproc)"
memory="$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)"

# munge: a key, then the daemon as its own user.
mkdir -p /etc/munge /var/log/munge /var/lib/munge /run/munge
[ -s /etc/munge/munge.key ] || dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
chown -R munge:munge /etc/munge /var/log/munge /var/lib/munge /run/munge
chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || su -s /bin/sh munge -c munged

# slurm: this host is the controller and the one node.
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=processor
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
pgrep -x slurmctld >/dev/null || slurmctld -i
pgrep -x slurmd >/dev/null || slurmd
for _ in $(seq 1 30); do
  if [ "$(sinfo -h -o %T 2>/dev/null | head -1)" = "idle" ]; then exit 0; fi
  sleep 1
done
echo "start-one-node-cluster: Slurm did not come up; see /var/log/slurm/" >&2
sinfo >&2 || true
exit 1
