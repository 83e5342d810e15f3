"""The board document model: the schema (defined once), typed accessors over pycrdt, and the protocols
that live inside the document — jobs, claims, roster, activity, costs, annotations, the replica that
holds one board. Pure: no disk, no sockets; `mesh.storage` and `mesh.net` build on it, never the reverse.
(Import-free on purpose: the CLI imports `mesh.model.names` without loading pycrdt.)"""
