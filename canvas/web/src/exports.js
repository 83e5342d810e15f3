// Exports over plain HTTP (the page's canvas token): start one, poll its progress, then download the file.
// The server builds it in a worker thread (flows/deliverables); an animatic takes a while.
export const EXPORT_KINDS = [
  { kind: 'pdf', label: 'PDF', icon: 'file-text', title: 'Storyboard sheets (6 panels a landscape page)' },
  { kind: 'animatic', label: 'MP4', icon: 'film', title: 'The animatic as a file' },
  { kind: 'csv', label: 'CSV', icon: 'table', title: 'Shot list' },
  { kind: 'otio', label: 'OTIO', icon: 'layers', title: 'OpenTimelineIO timeline with each clip\u2019s provenance' },
  { kind: 'fcp7', label: 'FCP7', icon: 'layers', title: 'Final Cut 7 / Premiere / Resolve XML' },
  { kind: 'fcpxml', label: 'FCPXML', icon: 'layers', title: 'Final Cut Pro X' },
  { kind: 'edl', label: 'EDL', icon: 'layers', title: 'CMX 3600 EDL' },
  { kind: 'zip', label: 'ZIP', icon: 'package', title: 'Every take with a JSON manifest' },
]

async function answer(res) {
  let body = null
  try { body = await res.json() } catch { body = null }
  if (!res.ok) throw new Error((body && body.error) || `export failed (${res.status})`)
  return body
}

export async function runExport(token, kind, { block = '', options = {}, onProgress = () => {} } = {}) {
  const q = new URLSearchParams({ token, kind, block })
  let st = await answer(await fetch(`/canvas/api/export?${q}`, {
    method: 'POST', body: JSON.stringify(options), headers: { 'content-type': 'application/json' },
  }))
  while (st.state === 'running') {
    onProgress(st)
    await new Promise((r) => setTimeout(r, 300))
    st = await answer(await fetch(`/canvas/api/export/${encodeURIComponent(st.id)}?${new URLSearchParams({ token })}`))
  }
  onProgress(st)
  if (st.state !== 'done') throw new Error(`${kind} export ${st.state}: ${st.error || 'no reason given'}`)
  return st
}

export function download(url, filename) {
  const a = document.createElement('a')
  a.href = url
  a.download = filename || ''
  a.dataset.role = 'export-download'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  setTimeout(() => a.remove(), 60_000) // kept a while: tests read what was downloaded from it
}
