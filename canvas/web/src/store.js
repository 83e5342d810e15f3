// Shared canvas state: what the server pushed (blocks, edges, sequence, activity, people) and how
// gestures go back (`send`). Nodes inject it; only Canvas.vue writes to it.
import { reactive, inject, computed } from 'vue'

export const STORE = Symbol('multiplex-store')

export function createStore(emit) {
  const state = reactive({
    me: { id: '', name: '', color: '#00e5ff' },
    board: '',
    sequence: [],
    shots: {}, // intent id -> {number, locked, cut_in, cut_out, duration_s, edit_s, start_s} (the server computes it)
    comments: [],
    snapshots: [],
    activity: { peers: [], running: [], queue: [], log: [] },
    users: [],
    openComments: null, // block id whose thread is open
    token: '',
    choices: {}, // intent panel vocabularies (shot_size, angle, camera_move, transition) from the schema
    lod: 0, // level of detail: 0 full blocks, 1 light cards (kind, title), 2 rectangles
    pipelines: { list: [], defaults: {}, live: false }, // what intents can run (canvas/model.py pipelines_view)
  })
  const seqIndex = computed(() => new Map(state.sequence.map((id, i) => [id, i + 1])))
  // Per-block lookups built once per change, so a block reads one Map entry instead of every block
  // filtering every comment and every person (1,000 blocks x each presence tick). Blocks with nothing
  // get the same frozen empty list, so their computeds see no change and they do not re-render.
  const commentsByBlock = computed(() => groupBy(state.comments, (c) => [c.block]))
  const othersByBlock = computed(() => groupBy(state.users.filter((u) => u.id !== state.me.id), (u) => u.selection || []))
  const commentsOf = (id) => commentsByBlock.value.get(id) || NONE
  const othersOn = (id) => othersByBlock.value.get(id) || NONE
  let req = 0
  const send = (op, payload = {}) => {
    req += 1
    emit('command', { op, req, ...payload })
    return req
  }
  return { state, send, seqIndex, commentsOf, othersOn }
}

const NONE = Object.freeze([])
function groupBy(items, keys) {
  const out = new Map()
  for (const it of items) {
    for (const k of keys(it)) {
      const list = out.get(k)
      if (list) list.push(it)
      else out.set(k, [it])
    }
  }
  return out
}

export function useStore() {
  return inject(STORE)
}

export const STATUS_COLOR = {
  idle: '#3a3a3e', queued: '#ffc947', claimed: '#ffc947', rendering: '#00e5ff', done: '#64ffda',
  failed: '#ff5722', cancelled: '#6b7280',
}

// Status as text: the same hue as the edge, but idle is a readable grey (the edge's #3a3a3e is ~1.6:1
// on a block; this is ~6.5:1), and failed is the error coral.
export const STATUS_INK = { ...STATUS_COLOR, idle: '#9ca3af', cancelled: '#9ca3af' }
export const SELECTED = '#f1f3f5' // selection accent: electric blue is reserved for "rendering"

/** Search ranking: title starts with the query, title contains it, then any other text (issue 16 item 6). */
export function rankBlocks(all, query, limit = 30) {
  const q = query.trim().toLowerCase()
  if (!q) return all.slice(0, limit)
  const scored = []
  all.forEach((b, i) => {
    const title = String(b.title || '').toLowerCase()
    let rank = title.startsWith(q) ? 0 : title.includes(q) ? 1 : -1
    if (rank < 0) {
      const rest = `${b.description || ''} ${b.text || ''} ${b.caption || ''} ${b.kind} ${b.sub}`.toLowerCase()
      rank = rest.includes(q) ? 2 : -1
    }
    if (rank >= 0) scored.push([rank, i, b])
  })
  scored.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  return scored.slice(0, limit).map((x) => x[2])
}

// Each kind's accent (palette, search, far-zoom cards). The intent's is rose, never electric blue: blue
// means "rendering" (STATUS_COLOR) and only that.
export const KIND_ACCENT = {
  intent: '#ff79c6', comp: '#ffc947', gen_art: '#64ffda', activity: '#64ffda', narration: '#9c88ff',
  visual_narration: '#9c88ff',
}

export function fmtBytes(mb) {
  if (!mb) return '—'
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)}G` : `${Math.round(mb)}M`
}

export function shortTime(t) {
  // HLC stamps start with wall-clock milliseconds or ISO text; show hh:mm:ss
  if (!t) return ''
  const ms = Number(String(t).split(/[.:-]/)[0])
  const d = Number.isFinite(ms) && ms > 1e11 ? new Date(ms) : new Date(t)
  return Number.isNaN(d.getTime()) ? String(t).slice(0, 8) : d.toTimeString().slice(0, 8)
}
