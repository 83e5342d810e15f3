"""Everything on disk: the board store (append-only logs with group commit, snapshots), the hub that
opens boards from MULTIPLEX_HOME, the content-addressed asset store, secrets, and the home lock.
Imports the document model, never the network."""
