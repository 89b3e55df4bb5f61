#define _GNU_SOURCE
#include "vita_system.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <sys/vfs.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#endif

int vita_exchange(int from_folder, const char *from, int to_folder, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
  // The system call itself: glibc's wrapper is only in glibc 2.28 and later.
  return (int)syscall(SYS_renameat2, from_folder, from, to_folder, to, RENAME_EXCHANGE);
#elif defined(__APPLE__)
  return renameatx_np(from_folder, from, to_folder, to, RENAME_SWAP);
#else
  (void)from_folder;
  (void)from;
  (void)to_folder;
  (void)to;
  errno = ENOSYS;
  return -1;
#endif
}

long long vita_file_system_type(const char *path) {
#if defined(__linux__)
  struct statfs info;
  if (statfs(path, &info) != 0) return -1;
  return (long long)(unsigned long)info.f_type;
#else
  (void)path;
  errno = ENOSYS;
  return -1;
#endif
}
