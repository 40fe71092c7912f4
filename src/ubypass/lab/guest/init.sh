#!/bin/sh
# PID 1 of the lab guest, run from the project checkout by /sbin/ub-init.
#
# It sets up a minimal system (proc, sys, dev, devpts, tmp, run, loopback,
# hostname), mounts the 9p shares the host describes in /run/ub, runs the
# host's command as root, and reports to the host on the console with lines
# "@@UB-LAB@@ <nonce> <KEY> <value>" that vm.py parses (console.py). The nonce
# comes from the per-run share, so no other console text can forge a report.
# The command's own output goes to a file in the per-run share, never to the
# console, so kernel messages and the command's output never mix.
#
# Every program started costs ~0.2 s under TCG, so this script uses shell
# builtins wherever it can and mounts everything with one `mount -a`.
#
# Kernel command line: ub.mode=run (default) runs /run/ub/cmd.sh with its
# output in /run/ub/output; ub.mode=shell runs it on the serial console as an
# interactive session.

PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
NONCE=-
HERE=${0%/*}

say() {
	echo "@@UB-LAB@@ $NONCE $*" >/dev/console
}

power_off() {
	sync
	# sysrq powers off from a workqueue: wait here with shell builtins only
	# (a read from a FIFO nobody opens for writing), not by starting a
	# program that would have to be read from a disk being shut down.
	if echo o >/proc/sysrq-trigger; then
		[ -p /run/halt ] && read -r _ </run/halt
		sleep 10
	fi
	# Only reached without CONFIG_MAGIC_SYSRQ: reboot(2) with RB_POWER_OFF.
	python3 -c 'import ctypes; ctypes.CDLL(None).reboot(0x4321fedc)'
	sleep 60
}

fatal() {
	say FATAL "$*"
	power_off
}

uptime() {
	read -r up _ </proc/uptime
	echo "$up"
}

# /proc is mounted by the stub; the rest, with the per-run and results
# shares, in one go.
mount -a -T "$HERE/fstab" || fatal "mount -a -T $HERE/fstab failed (see above)"
(
	for name in fd:/proc/self/fd stdin:/proc/self/fd/0 stdout:/proc/self/fd/1 \
		stderr:/proc/self/fd/2; do
		[ -e "/dev/${name%%:*}" ] || ln -s "${name#*:}" "/dev/${name%%:*}"
	done
	mkfifo /run/halt
) &
links=$!
read -r NONCE </run/ub/nonce || fatal "no nonce in the per-run share"
say INIT "$(uptime)"
read -r name </etc/hostname || name=ub-lab
echo "$name" >/proc/sys/kernel/hostname
ip link set lo up || fatal "cannot bring up the loopback interface"
if [ -f /run/ub/mounts ]; then
	while read -r tag dir access; do
		[ -d "$dir" ] || mkdir -p "$dir"
		mount -t 9p -o "trans=virtio,version=9p2000.L,msize=262144,$access" "$tag" "$dir" ||
			fatal "cannot mount share $tag at $dir"
	done </run/ub/mounts
fi

mode=run
read -r cmdline </proc/cmdline
for arg in $cmdline; do
	case "$arg" in ub.mode=*) mode=${arg#ub.mode=} ;; esac
done

# X86_FEATURE_PTI as /proc/cpuinfo shows it; the host checks it against
# what the kernel printed at boot.
kpti=off
while read -r key rest; do
	case "$key" in flags) case " $rest " in *" pti "*) kpti=on ;; esac; break ;; esac
done </proc/cpuinfo
say KPTI "$kpti"
read -r release </proc/sys/kernel/osrelease
say UNAME "$release"
wait "$links"

# The command's environment: nothing inherited from the kernel's argv/envp.
set -- env -i PATH="$PATH" HOME=/root TERM=linux LANG=C.UTF-8 SHELL=/bin/bash \
	USER=root LOGNAME=root PYTHONPATH=/ub/src UB_RESULTS=/results UB_REPO=/ub
cd /root || fatal "no /root"
say READY "$(uptime)"
case "$mode" in
shell)
	echo 1 >/proc/sys/kernel/printk
	# A session with the serial line as its controlling terminal, so that
	# job control and ^C work.
	"$@" setsid -w -c /bin/sh /run/ub/cmd.sh <>/dev/ttyS0 >&0 2>&1
	status=$?
	;;
*)
	"$@" /bin/sh /run/ub/cmd.sh </dev/null >/run/ub/output 2>&1
	status=$?
	;;
esac
sync
say EXIT "$status"
power_off
