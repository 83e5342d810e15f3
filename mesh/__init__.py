"""The mesh: the board document and everything about keeping it — in three layers that import one way:
`mesh.model` (the document: schema, typed accessors, jobs, claims, roster), `mesh.storage` (disk: board
store, hub, assets, secrets, home lock) and `mesh.net` (wire: sync, handshake, discovery, topology).
`_log`, `const` and `errors` are shared by all three. `mesh` imports no sibling package."""
