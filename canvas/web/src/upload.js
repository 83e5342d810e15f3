// Bytes go over plain HTTP (images, voice notes), not the websocket: the socket caps messages near 1 MB.
export async function uploadFile(token, blob, { block = '', x = 0, y = 0, attach = '' } = {}) {
  const q = new URLSearchParams({ token, block, x: String(x), y: String(y), attach, name: blob.name || '' })
  const res = await fetch(`/canvas/api/upload?${q}`, {
    method: 'POST', body: blob, headers: { 'content-type': blob.type || 'application/octet-stream' },
  })
  if (!res.ok) throw new Error((await res.text()) || `upload failed (${res.status})`)
  return res.json()
}
