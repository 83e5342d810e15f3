// A take rendered on another machine reaches this board before its file reaches this machine: the page
// asks /assets/<sha> at once, gets 404, and a browser never asks again (a broken image, a clip stuck at
// readyState 0 until a reload). Every <img>, <video> and <audio> that fails on an /assets/ URL is asked
// again after 0.5, 1, 2, 4 ... s (capped at 8 s, for about two minutes), with a query the browser has not
// cached; the file's name is its hash, so whatever finally loads is the right one.
const PREFIX = '/assets/'
const MAX_TRIES = 18
const tries = new WeakMap()

function assetPath(src) {
  try {
    const url = new URL(src, window.location.href)
    return url.pathname.startsWith(PREFIX) ? url : null
  } catch {
    return null
  }
}

function retry(el) {
  const attr = el.getAttribute('src') || ''
  const url = assetPath(attr.split('#')[0])
  if (!url) return
  const n = tries.get(el) || 0
  if (n >= MAX_TRIES) return
  tries.set(el, n + 1)
  el.dataset.assetRetries = String(n + 1)
  const wait = Math.min(8000, 500 * 2 ** n)
  setTimeout(() => {
    if (!el.isConnected || (el.getAttribute('src') || '') !== attr) return // replaced meanwhile
    url.searchParams.set('retry', String(n + 1))
    const hash = attr.includes('#') ? attr.slice(attr.indexOf('#')) : ''
    el.setAttribute('src', url.pathname + url.search + hash)
    if (typeof el.load === 'function') el.load()
  }, wait)
}

export function installAssetRetry(root = document) {
  root.addEventListener('error', (ev) => {
    const el = ev.target
    if (el instanceof HTMLImageElement || el instanceof HTMLMediaElement) retry(el)
  }, true) // 'error' does not bubble: listen while it is captured
  root.addEventListener('load', (ev) => { if (ev.target instanceof HTMLImageElement) tries.delete(ev.target) }, true)
}

if (typeof document !== 'undefined') installAssetRetry()
