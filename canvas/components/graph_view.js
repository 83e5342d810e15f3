// NiceGUI side of the canvas component: mounts the bundled Vue Flow canvas and relays calls/events.
import { MultiplexCanvas } from "multiplex-flow";

export default {
  components: { MultiplexCanvas },
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  template: `<MultiplexCanvas ref="canvas" :palette="palette" :me="me" :board="board" :token="token"
    @command="(c) => $emit('command', c)" @presence="(p) => $emit('presence', p)" @ready="$emit('ready')" />`,
  methods: {
    reset(snapshot) { this.$refs.canvas.reset(snapshot); },
    apply(diff) { this.$refs.canvas.apply(diff); },
    notify(msg) { this.$refs.canvas.notify(msg); },
    reply(r) { this.$refs.canvas.reply(r); },
  },
};
