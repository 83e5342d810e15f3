"""Everything on the wire: Yjs sync sessions and links, their frames, websocket adapters, the board-key
handshake and invites, zeroconf discovery, the dial topology, an in-process loopback network.
Imports the document model, never storage."""
