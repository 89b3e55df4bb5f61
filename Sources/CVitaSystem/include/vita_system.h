#ifndef VITA_SYSTEM_H
#define VITA_SYSTEM_H

/// Swaps the entries at two paths in one step (renameat2 with RENAME_EXCHANGE on Linux,
/// renameatx_np with RENAME_SWAP on macOS): at every moment each path names one of the two.
/// Returns 0, or -1 with errno set; EINVAL, ENOSYS or ENOTSUP where the system or the file system
/// cannot. Swift's Glibc module does not export renameat2, which glibc declares only under _GNU_SOURCE.
int vita_exchange(int from_folder, const char *from, int to_folder, const char *to);

/// The type of the file system that holds `path` (statfs's f_type on Linux, as linux/magic.h
/// numbers them), or -1 with errno set. Swift's Glibc module does not include sys/vfs.h.
long long vita_file_system_type(const char *path);

#endif
