// The stock npm y-websocket client against the multiplex relay: connect with a token, read the
// board, add one intent block, wait for the relay to echo its state, print what it saw as JSON, exit.
// Usage: node client.mjs <relay ws url> <board> <token> <title>
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

const [url, board, token, title] = process.argv.slice(2)
const doc = new Y.Doc()
const provider = new WebsocketProvider(url + '/yjs', board, doc, {
  params: { token }, WebSocketPolyfill: WebSocket, maxBackoffTime: 500
})
const closes = []
provider.on('connection-close', (event) => { if (event) closes.push([event.code, event.reason]) })
const done = (result) => {
  process.stdout.write(JSON.stringify({ ...result, closes }) + '\n')
  provider.destroy()
  setTimeout(() => process.exit(0), 50)
}
setTimeout(() => done({ synced: false }), 8000)

provider.once('sync', () => {
  const blocks = doc.getMap('blocks')
  const titles = [...blocks.values()].map((b) => (b instanceof Y.Map ? b.get('title') : null)).filter(Boolean)
  const block = new Y.Map()
  for (const [k, v] of Object.entries({ kind: 'intent', sub: 'scene', title, x: 0, y: 0, w: 280, h: 160 })) {
    block.set(k, v)
  }
  blocks.set('int_js' + Date.now().toString(36), block)
  // One round trip after the edit: the relay has read our update before it answers this frame's pong.
  setTimeout(() => done({ synced: true, titles }), 700)
})
