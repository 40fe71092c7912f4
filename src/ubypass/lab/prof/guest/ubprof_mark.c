/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ubprof_mark: the lab profiler's window from the guest's shell.
 *
 *   ubprof_mark open | close        execute the mark and return
 *   ubprof_mark run MAPS CMD...     open, run CMD, close; exit with CMD's status
 *
 * `run` keeps the latest non-empty /proc/PID/maps of CMD in MAPS (read after
 * exec and then every 100 ms until CMD exits; a process's maps vanish when
 * it exits, so the last read is the most complete one).  Those reads fall
 * inside the window: a command that should not see them opens and closes
 * the window itself (bench/ubprof.h) and leaves MAPS to ubprof_close().
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ubprof.h"

static char maps_buf[1 << 20];

static void snapshot(pid_t pid, const char *dest)
{
	char path[64];
	size_t len = 0;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	while (len < sizeof(maps_buf) &&
	       (n = read(fd, maps_buf + len, sizeof(maps_buf) - len)) > 0)
		len += (size_t)n;
	close(fd);
	if (len == 0)
		return;
	fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	if (write(fd, maps_buf, len) != (ssize_t)len)
		perror(dest);
	close(fd);
}

static int run(const char *maps, char **argv)
{
	struct timespec tick = { 0, 100 * 1000 * 1000 };
	int gate[2], status = 0;
	char byte;
	pid_t pid;

	if (pipe2(gate, O_CLOEXEC)) {
		perror("pipe2");
		return 125;
	}
	ubprof_open();
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return 125;
	}
	if (pid == 0) {
		close(gate[0]);
		execvp(argv[0], argv);
		fprintf(stderr, "ubprof_mark: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(gate[1]);
	/* EOF when the exec succeeded (close-on-exec) or the child died. */
	while (read(gate[0], &byte, 1) < 0 && errno == EINTR)
		;
	close(gate[0]);
	for (;;) {
		pid_t got;

		snapshot(pid, maps);
		got = waitpid(pid, &status, WNOHANG);
		if (got == pid)
			break;
		if (got < 0) {
			perror("waitpid");
			status = 125 << 8;
			break;
		}
		nanosleep(&tick, NULL);
	}
	__asm__ volatile(UBPROF_CLOSE_BYTES ::: "memory");
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "open")) {
		ubprof_open();
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "close")) {
		__asm__ volatile(UBPROF_CLOSE_BYTES ::: "memory");
		return 0;
	}
	if (argc >= 4 && !strcmp(argv[1], "run"))
		return run(argv[2], argv + 3);
	fprintf(stderr, "usage: ubprof_mark open | close | run MAPS CMD...\n");
	return 2;
}
