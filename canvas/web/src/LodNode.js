// The far-zoom block: one flat card (kind and title), no handles, no tools, no watchers. Vue Flow
// swaps every node type to this below the level-of-detail zoom, so a 1,000-block board mounts and
// pans as 1,000 plain divs. A stateless functional component: no instance, no setup, no effects.
import { h } from 'vue'
import { STATUS_COLOR, KIND_ACCENT } from './store.js'

const LABEL = { gen_art: 'gen.art', visual_narration: 'visual', narration: 'narration', activity: 'activity' }

export default function LodNode(props) {
  const d = props.data || {}
  const edge = d.kind === 'intent' ? STATUS_COLOR[(d.status || {}).state] || STATUS_COLOR.idle : KIND_ACCENT[d.kind] || '#333'
  return h('div', {
    class: ['mx-lod', props.selected ? 'is-selected' : ''], style: { '--edge': edge },
    'data-id': d.id, 'data-kind': d.kind, 'data-sub': d.sub, 'data-lod': '1',
  }, [
    h('div', { class: 'mx-lod-kind' }, d.kind === 'intent' || d.kind === 'comp' ? d.sub : LABEL[d.kind] || d.kind),
    h('div', { class: 'mx-lod-title' }, d.title || d.sub),
  ])
}
LodNode.props = ['id', 'data', 'selected']
LodNode.inheritAttrs = false

// Farther still (titles would be a few pixels tall): a bare rectangle in the block's colour. Text is
// what a software-rendered pan spends its time on; without it a fitted 1,000-block board pans ~10x faster.
export function RectNode(props) {
  const d = props.data || {}
  const edge = d.kind === 'intent' ? STATUS_COLOR[(d.status || {}).state] || STATUS_COLOR.idle : KIND_ACCENT[d.kind] || '#333'
  return h('div', {
    class: ['mx-lod mx-rect', props.selected ? 'is-selected' : ''], style: { '--edge': edge },
    'data-id': d.id, 'data-kind': d.kind, 'data-sub': d.sub, 'data-lod': '2',
  })
}
RectNode.props = ['id', 'data', 'selected']
RectNode.inheritAttrs = false
