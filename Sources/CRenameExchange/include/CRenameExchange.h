#ifndef PLANSITE_RENAME_EXCHANGE_H
#define PLANSITE_RENAME_EXCHANGE_H

/// Atomically swaps two paths (renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, otherwise -1 with errno set.
int plansite_rename_exchange(const char *from, const char *to);

#endif
