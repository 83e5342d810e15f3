"""Everything on the wire: Yjs sync sessions and links, their frames, websocket adapters, the board-key
handshake and invites, zeroconf discovery, the dial topology, an in-process loopback network, and
the mechanics of the HTTP access gates (signed session cookies, refusals, the origin rule).
Imports the document model, never storage."""
