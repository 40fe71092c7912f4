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
# Kernel command line: ub.mode=run (default) runs /run/ub/cmd.sh with its
# output in /run/ub/output; ub.mode=shell runs it on the serial console as an
# interactive session.

PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
NONCE=-

say() {
	echo "@@UB-LAB@@ $NONCE $*" >/dev/console
}

power_off() {
	sync
	# sysrq powers off from a workqueue: wait here rather than start other
	# programs that would read a disk being shut down.
	echo o >/proc/sysrq-trigger && sleep 10
	# Only reached without CONFIG_MAGIC_SYSRQ: reboot(2) with RB_POWER_OFF.
	python3 -c 'import ctypes; ctypes.CDLL(None).reboot(0x4321fedc)'
	sleep 60
}

fatal() {
	say FATAL "$*"
	power_off
}

mount9p() { # tag dir [ro|rw]
	mkdir -p "$2" &&
		mount -t 9p -o "trans=virtio,version=9p2000.L,msize=262144,$3" "$1" "$2"
}

mountpoint -q /proc || mount -t proc proc /proc
mount -t sysfs sysfs /sys
mountpoint -q /dev || mount -t devtmpfs -o mode=0755 devtmpfs /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts -o gid=5,mode=0620,ptmxmode=0666 devpts /dev/pts
mount -t tmpfs -o mode=1777 tmpfs /dev/shm
[ -e /dev/fd ] || ln -s /proc/self/fd /dev/fd
[ -e /dev/stdin ] || ln -s /proc/self/fd/0 /dev/stdin
[ -e /dev/stdout ] || ln -s /proc/self/fd/1 /dev/stdout
[ -e /dev/stderr ] || ln -s /proc/self/fd/2 /dev/stderr
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=0755 tmpfs /run
mountpoint -q /sys/kernel/debug 2>/dev/null || mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
cat /etc/hostname >/proc/sys/kernel/hostname 2>/dev/null || echo ub-lab >/proc/sys/kernel/hostname
ip link set lo up || fatal "cannot bring up the loopback interface"

mount9p ubrun /run/ub rw || fatal "cannot mount the per-run share (9p tag ubrun)"
NONCE=$(cat /run/ub/nonce)
say INIT "$(cut -d' ' -f1 /proc/uptime)"
mount9p results /results rw || fatal "cannot mount the results share (9p tag results)"
if [ -f /run/ub/mounts ]; then
	while read -r tag dir; do
		mount9p "$tag" "$dir" ro || fatal "cannot mount share $tag at $dir"
	done </run/ub/mounts
fi

mode=run
for arg in $(cat /proc/cmdline); do
	case "$arg" in ub.mode=*) mode=${arg#ub.mode=} ;; esac
done

if dmesg | grep -q 'page tables isolation: enabled'; then
	say KPTI on
else
	say KPTI off
fi
say UNAME "$(uname -r)"

# The command's environment: nothing inherited from the kernel's argv/envp.
set -- env -i PATH="$PATH" HOME=/root TERM=linux LANG=C.UTF-8 SHELL=/bin/bash \
	USER=root LOGNAME=root PYTHONPATH=/ub/src UB_RESULTS=/results UB_REPO=/ub
cd /root || fatal "no /root"
say READY "$(cut -d' ' -f1 /proc/uptime)"
case "$mode" in
shell)
	dmesg -n 1
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
