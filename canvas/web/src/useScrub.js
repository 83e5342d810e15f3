// The playback state and scrub/seek gestures the canvas's own players share (AudioPlayer, ClipPlayer):
// the time follows the media element each animation frame while it plays, a pointer down on the scrub
// bar seeks and keeps seeking while dragged (pointer captured), and the time reads m:ss.
import { ref, onBeforeUnmount } from 'vue'

export const fmtTime = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`

export function useScrub(media) {
  const t = ref(0)
  const dur = ref(0)
  const playing = ref(false)
  let raf = 0

  function tick() {
    if (media.value) t.value = media.value.currentTime
    raf = playing.value ? requestAnimationFrame(tick) : 0
  }
  function onPlay() { playing.value = true; if (!raf) raf = requestAnimationFrame(tick) }
  function onPause() { playing.value = false; if (media.value) t.value = media.value.currentTime }
  function seekAt(e, bar) {
    const m = media.value
    if (!m || !dur.value) return
    const r = bar.getBoundingClientRect()
    m.currentTime = t.value = Math.max(0, Math.min(1, (e.clientX - r.left) / r.width)) * dur.value
  }
  function scrubDown(e) {
    e.preventDefault()
    const bar = e.currentTarget
    bar.setPointerCapture?.(e.pointerId)
    seekAt(e, bar)
    const move = (ev) => seekAt(ev, bar)
    const up = () => { bar.removeEventListener('pointermove', move); bar.removeEventListener('pointerup', up) }
    bar.addEventListener('pointermove', move)
    bar.addEventListener('pointerup', up)
  }
  onBeforeUnmount(() => { if (raf) cancelAnimationFrame(raf) })
  return { t, dur, playing, onPlay, onPause, scrubDown, fmt: fmtTime }
}
