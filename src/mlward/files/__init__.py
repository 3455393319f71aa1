"""Safe file access underneath every scanner: regular files only, bounded reads, one digesting pass,
tree walks that never leave the scanned root, and format sniffing by content."""
