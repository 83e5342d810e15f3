// Entry of the canvas bundle: the root component NiceGUI's graph_view.js mounts.
import '@vue-flow/core/dist/style.css'
import '@vue-flow/node-resizer/dist/style.css'
import './styles.css'
export { default as MultiplexCanvas } from './Canvas.vue'
import './assetRetry.js'
