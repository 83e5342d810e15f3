import { getCurrentScope as da, inject as $t, effectScope as fa, watch as _e, provide as At, defineComponent as Re, useSlots as Or, onUnmounted as Br, openBlock as E, createElementBlock as A, unref as H, createVNode as ae, withCtx as Le, renderSlot as qe, computed as W, normalizeStyle as Me, normalizeClass as Ae, getCurrentInstance as Zt, reactive as sn, onScopeDispose as Dn, ref as ve, nextTick as Ye, onBeforeMount as Rr, onMounted as tt, shallowRef as xt, toRef as ze, createElementVNode as k, Fragment as ye, renderList as Oe, onBeforeUnmount as jt, isMemoSame as Lr, createBlock as De, createCommentVNode as ee, toDisplayString as F, isRef as qo, toRefs as Vr, customRef as Hr, createPropsRestProxy as Fr, toValue as Ce, resolveComponent as ha, h as Ne, useAttrs as Yr, mergeProps as va, resolveDynamicComponent as Go, createTextVNode as be, markRaw as We, readonly as Xr, withModifiers as de, watchEffect as qr, withDirectives as qt, withKeys as dt, vModelText as ln, Teleport as Gr, vModelCheckbox as Ur } from "vue";
function un(e) {
  return da() ? (Dn(e), !0) : !1;
}
function ft(e) {
  return typeof e == "function" ? e() : H(e);
}
const Wr = typeof window < "u" && typeof document < "u", Kr = (e) => typeof e < "u", Zr = Object.prototype.toString, jr = (e) => Zr.call(e) === "[object Object]", Jr = () => {
};
function Qr(e, t) {
  function n(...o) {
    return new Promise((i, a) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(a);
    });
  }
  return n;
}
const ma = (e) => e();
function es(e = ma) {
  const t = ve(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...a) => {
    t.value && e(...a);
  };
  return { isActive: Xr(t), pause: n, resume: o, eventFilter: i };
}
function li(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function ts(e, t, n = {}) {
  const {
    eventFilter: o = ma,
    ...i
  } = n;
  return _e(
    e,
    Qr(
      o,
      t
    ),
    i
  );
}
function Lt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: a, pause: r, resume: s, isActive: l } = es(o);
  return { stop: ts(
    e,
    t,
    {
      ...i,
      eventFilter: a
    }
  ), pause: r, resume: s, isActive: l };
}
function ns(e, t = {}) {
  if (!qo(e))
    return Vr(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Hr(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var a;
        if ((a = ft(t.replaceRef)) != null ? a : !0)
          if (Array.isArray(e.value)) {
            const s = [...e.value];
            s[o] = i, e.value = s;
          } else {
            const s = { ...e.value, [o]: i };
            Object.setPrototypeOf(s, Object.getPrototypeOf(e.value)), e.value = s;
          }
        else
          e.value[o] = i;
      }
    }));
  return n;
}
function Co(e, t = !1) {
  function n(d, { flush: f = "sync", deep: h = !1, timeout: w, throwOnTimeout: m } = {}) {
    let g = null;
    const C = [new Promise((p) => {
      g = _e(
        e,
        (v) => {
          d(v) !== t && (g == null || g(), p(v));
        },
        {
          flush: f,
          deep: h,
          immediate: !0
        }
      );
    })];
    return w != null && C.push(
      li(w, m).then(() => ft(e)).finally(() => g == null ? void 0 : g())
    ), Promise.race(C);
  }
  function o(d, f) {
    if (!qo(d))
      return n((v) => v === d, f);
    const { flush: h = "sync", deep: w = !1, timeout: m, throwOnTimeout: g } = f ?? {};
    let x = null;
    const p = [new Promise((v) => {
      x = _e(
        [e, d],
        ([M, O]) => {
          t !== (M === O) && (x == null || x(), v(M));
        },
        {
          flush: h,
          deep: w,
          immediate: !0
        }
      );
    })];
    return m != null && p.push(
      li(m, g).then(() => ft(e)).finally(() => (x == null || x(), ft(e)))
    ), Promise.race(p);
  }
  function i(d) {
    return n((f) => !!f, d);
  }
  function a(d) {
    return o(null, d);
  }
  function r(d) {
    return o(void 0, d);
  }
  function s(d) {
    return n(Number.isNaN, d);
  }
  function l(d, f) {
    return n((h) => {
      const w = Array.from(h);
      return w.includes(d) || w.includes(ft(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let h = -1;
    return n(() => (h += 1, h >= d), f);
  }
  return Array.isArray(ft(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return Co(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: i,
    toBeNull: a,
    toBeNaN: s,
    toBeUndefined: r,
    changed: u,
    changedTimes: c,
    get not() {
      return Co(e, !t);
    }
  };
}
function Mo(e) {
  return Co(e);
}
function os(e) {
  var t;
  const n = ft(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const pa = Wr ? window : void 0;
function ga(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = pa) : [t, n, o, i] = e, !t)
    return Jr;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const a = [], r = () => {
    a.forEach((c) => c()), a.length = 0;
  }, s = (c, d, f, h) => (c.addEventListener(d, f, h), () => c.removeEventListener(d, f, h)), l = _e(
    () => [os(t), ft(i)],
    ([c, d]) => {
      if (r(), !c)
        return;
      const f = jr(d) ? { ...d } : d;
      a.push(
        ...n.flatMap((h) => o.map((w) => s(c, h, w, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), r();
  };
  return un(u), u;
}
function is(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function ui(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = pa,
    eventName: a = "keydown",
    passive: r = !1,
    dedupe: s = !1
  } = o, l = is(t);
  return ga(i, a, (c) => {
    c.repeat && ft(s) || l(c) && n(c);
  }, r);
}
function as(e) {
  return JSON.parse(JSON.stringify(e));
}
function po(e, t, n, o = {}) {
  var i, a, r;
  const {
    clone: s = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, h = Zt(), w = n || (h == null ? void 0 : h.emit) || ((i = h == null ? void 0 : h.$emit) == null ? void 0 : i.bind(h)) || ((r = (a = h == null ? void 0 : h.proxy) == null ? void 0 : a.$emit) == null ? void 0 : r.bind(h == null ? void 0 : h.proxy));
  let m = u;
  t || (t = "modelValue"), m = m || `update:${t.toString()}`;
  const g = (p) => s ? typeof s == "function" ? s(p) : as(p) : p, x = () => Kr(e[t]) ? g(e[t]) : d, C = (p) => {
    f ? f(p) && w(m, p) : w(m, p);
  };
  if (l) {
    const p = x(), v = ve(p);
    let M = !1;
    return _e(
      () => e[t],
      (O) => {
        M || (M = !0, v.value = g(O), Ye(() => M = !1));
      }
    ), _e(
      v,
      (O) => {
        !M && (O !== e[t] || c) && C(O);
      },
      { deep: c }
    ), v;
  } else
    return W({
      get() {
        return x();
      },
      set(p) {
        C(p);
      }
    });
}
var rs = { value: () => {
} };
function Qn() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new On(n);
}
function On(e) {
  this._ = e;
}
function ss(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
On.prototype = Qn.prototype = {
  constructor: On,
  on: function(e, t) {
    var n = this._, o = ss(e + "", n), i, a = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++a < r; )
        if ((i = (e = o[a]).type) && (i = ls(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++a < r; )
      if (i = (e = o[a]).type)
        n[i] = ci(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = ci(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new On(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0)
      for (var n = new Array(i), o = 0, i, a; o < i; ++o)
        n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (a = this._[e], o = 0, i = a.length; o < i; ++o)
      a[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, a = o.length; i < a; ++i)
      o[i].value.apply(t, n);
  }
};
function ls(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ci(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = rs, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Io = "http://www.w3.org/1999/xhtml";
const di = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Io,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function eo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), di.hasOwnProperty(t) ? { space: di[t], local: e } : e;
}
function us(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Io && t.documentElement.namespaceURI === Io ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function cs(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ya(e) {
  var t = eo(e);
  return (t.local ? cs : us)(t);
}
function ds() {
}
function Uo(e) {
  return e == null ? ds : function() {
    return this.querySelector(e);
  };
}
function fs(e) {
  typeof e != "function" && (e = Uo(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = a[c]) && (u = e.call(l, l.__data__, c, a)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new Ke(o, this._parents);
}
function hs(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function vs() {
  return [];
}
function wa(e) {
  return e == null ? vs : function() {
    return this.querySelectorAll(e);
  };
}
function ms(e) {
  return function() {
    return hs(e.apply(this, arguments));
  };
}
function ps(e) {
  typeof e == "function" ? e = ms(e) : e = wa(e);
  for (var t = this._groups, n = t.length, o = [], i = [], a = 0; a < n; ++a)
    for (var r = t[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new Ke(o, i);
}
function xa(e) {
  return function() {
    return this.matches(e);
  };
}
function ba(e) {
  return function(t) {
    return t.matches(e);
  };
}
var gs = Array.prototype.find;
function ys(e) {
  return function() {
    return gs.call(this.children, e);
  };
}
function ws() {
  return this.firstElementChild;
}
function xs(e) {
  return this.select(e == null ? ws : ys(typeof e == "function" ? e : ba(e)));
}
var bs = Array.prototype.filter;
function ks() {
  return Array.from(this.children);
}
function _s(e) {
  return function() {
    return bs.call(this.children, e);
  };
}
function Ss(e) {
  return this.selectAll(e == null ? ks : _s(typeof e == "function" ? e : ba(e)));
}
function $s(e) {
  typeof e != "function" && (e = xa(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new Ke(o, this._parents);
}
function ka(e) {
  return new Array(e.length);
}
function Es() {
  return new Ke(this._enter || this._groups.map(ka), this._parents);
}
function Fn(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Fn.prototype = {
  constructor: Fn,
  appendChild: function(e) {
    return this._parent.insertBefore(e, this._next);
  },
  insertBefore: function(e, t) {
    return this._parent.insertBefore(e, t);
  },
  querySelector: function(e) {
    return this._parent.querySelector(e);
  },
  querySelectorAll: function(e) {
    return this._parent.querySelectorAll(e);
  }
};
function Ns(e) {
  return function() {
    return e;
  };
}
function Cs(e, t, n, o, i, a) {
  for (var r = 0, s, l = t.length, u = a.length; r < u; ++r)
    (s = t[r]) ? (s.__data__ = a[r], o[r] = s) : n[r] = new Fn(e, a[r]);
  for (; r < l; ++r)
    (s = t[r]) && (i[r] = s);
}
function Ms(e, t, n, o, i, a, r) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = a.length, f = new Array(c), h;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = h = r.call(l, l.__data__, s, t) + "", u.has(h) ? i[s] = l : u.set(h, l));
  for (s = 0; s < d; ++s)
    h = r.call(e, a[s], s, a) + "", (l = u.get(h)) ? (o[s] = l, l.__data__ = a[s], u.delete(h)) : n[s] = new Fn(e, a[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(f[s]) === l && (i[s] = l);
}
function Is(e) {
  return e.__data__;
}
function Ts(e, t) {
  if (!arguments.length)
    return Array.from(this, Is);
  var n = t ? Ms : Cs, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Ns(e));
  for (var a = i.length, r = new Array(a), s = new Array(a), l = new Array(a), u = 0; u < a; ++u) {
    var c = o[u], d = i[u], f = d.length, h = Ps(e.call(c, c && c.__data__, u, o)), w = h.length, m = s[u] = new Array(w), g = r[u] = new Array(w), x = l[u] = new Array(f);
    n(c, d, m, g, x, h, t);
    for (var C = 0, p = 0, v, M; C < w; ++C)
      if (v = m[C]) {
        for (C >= p && (p = C + 1); !(M = g[p]) && ++p < w; )
          ;
        v._next = M || null;
      }
  }
  return r = new Ke(r, o), r._enter = s, r._exit = l, r;
}
function Ps(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function As() {
  return new Ke(this._exit || this._groups.map(ka), this._parents);
}
function zs(e, t, n) {
  var o = this.enter(), i = this, a = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), o && i ? o.merge(i).order() : i;
}
function Ds(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, a = o.length, r = Math.min(i, a), s = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), h, w = 0; w < d; ++w)
      (h = u[w] || c[w]) && (f[w] = h);
  for (; l < i; ++l)
    s[l] = n[l];
  return new Ke(s, this._parents);
}
function Os() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, a = o[i], r; --i >= 0; )
      (r = o[i]) && (a && r.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(r, a), a = r);
  return this;
}
function Bs(e) {
  e || (e = Rs);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), a = 0; a < o; ++a) {
    for (var r = n[a], s = r.length, l = i[a] = new Array(s), u, c = 0; c < s; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Ke(i, this._parents).order();
}
function Rs(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Ls() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Vs() {
  return Array.from(this);
}
function Hs() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length; i < a; ++i) {
      var r = o[i];
      if (r)
        return r;
    }
  return null;
}
function Fs() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Ys() {
  return !this.node();
}
function Xs(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], a = 0, r = i.length, s; a < r; ++a)
      (s = i[a]) && e.call(s, s.__data__, a, i);
  return this;
}
function qs(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Gs(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Us(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Ws(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Ks(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Zs(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function js(e, t) {
  var n = eo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Gs : qs : typeof t == "function" ? n.local ? Zs : Ks : n.local ? Ws : Us)(n, t));
}
function _a(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Js(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Qs(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function el(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function tl(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Js : typeof t == "function" ? el : Qs)(e, t, n ?? "")) : Gt(this.node(), e);
}
function Gt(e, t) {
  return e.style.getPropertyValue(t) || _a(e).getComputedStyle(e, null).getPropertyValue(t);
}
function nl(e) {
  return function() {
    delete this[e];
  };
}
function ol(e, t) {
  return function() {
    this[e] = t;
  };
}
function il(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function al(e, t) {
  return arguments.length > 1 ? this.each((t == null ? nl : typeof t == "function" ? il : ol)(e, t)) : this.node()[e];
}
function Sa(e) {
  return e.trim().split(/^|\s+/);
}
function Wo(e) {
  return e.classList || new $a(e);
}
function $a(e) {
  this._node = e, this._names = Sa(e.getAttribute("class") || "");
}
$a.prototype = {
  add: function(e) {
    var t = this._names.indexOf(e);
    t < 0 && (this._names.push(e), this._node.setAttribute("class", this._names.join(" ")));
  },
  remove: function(e) {
    var t = this._names.indexOf(e);
    t >= 0 && (this._names.splice(t, 1), this._node.setAttribute("class", this._names.join(" ")));
  },
  contains: function(e) {
    return this._names.indexOf(e) >= 0;
  }
};
function Ea(e, t) {
  for (var n = Wo(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Na(e, t) {
  for (var n = Wo(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function rl(e) {
  return function() {
    Ea(this, e);
  };
}
function sl(e) {
  return function() {
    Na(this, e);
  };
}
function ll(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ea : Na)(this, e);
  };
}
function ul(e, t) {
  var n = Sa(e + "");
  if (arguments.length < 2) {
    for (var o = Wo(this.node()), i = -1, a = n.length; ++i < a; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? ll : t ? rl : sl)(n, t));
}
function cl() {
  this.textContent = "";
}
function dl(e) {
  return function() {
    this.textContent = e;
  };
}
function fl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function hl(e) {
  return arguments.length ? this.each(e == null ? cl : (typeof e == "function" ? fl : dl)(e)) : this.node().textContent;
}
function vl() {
  this.innerHTML = "";
}
function ml(e) {
  return function() {
    this.innerHTML = e;
  };
}
function pl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function gl(e) {
  return arguments.length ? this.each(e == null ? vl : (typeof e == "function" ? pl : ml)(e)) : this.node().innerHTML;
}
function yl() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function wl() {
  return this.each(yl);
}
function xl() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function bl() {
  return this.each(xl);
}
function kl(e) {
  var t = typeof e == "function" ? e : ya(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function _l() {
  return null;
}
function Sl(e, t) {
  var n = typeof e == "function" ? e : ya(e), o = t == null ? _l : typeof t == "function" ? t : Uo(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function $l() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function El() {
  return this.each($l);
}
function Nl() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Cl() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Ml(e) {
  return this.select(e ? Cl : Nl);
}
function Il(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Tl(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Pl(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Al(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, a; n < i; ++n)
        a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++o] = a;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function zl(e, t, n) {
  return function() {
    var o = this.__on, i, a = Tl(t);
    if (o) {
      for (var r = 0, s = o.length; r < s; ++r)
        if ((i = o[r]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = a, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, a, n), i = { type: e.type, name: e.name, value: t, listener: a, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function Dl(e, t, n) {
  var o = Pl(e + ""), i, a = o.length, r;
  if (arguments.length < 2) {
    var s = this.node().__on;
    if (s) {
      for (var l = 0, u = s.length, c; l < u; ++l)
        for (i = 0, c = s[l]; i < a; ++i)
          if ((r = o[i]).type === c.type && r.name === c.name)
            return c.value;
    }
    return;
  }
  for (s = t ? zl : Al, i = 0; i < a; ++i)
    this.each(s(o[i], t, n));
  return this;
}
function Ca(e, t, n) {
  var o = _a(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Ol(e, t) {
  return function() {
    return Ca(this, e, t);
  };
}
function Bl(e, t) {
  return function() {
    return Ca(this, e, t.apply(this, arguments));
  };
}
function Rl(e, t) {
  return this.each((typeof t == "function" ? Bl : Ol)(e, t));
}
function* Ll() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length, r; i < a; ++i)
      (r = o[i]) && (yield r);
}
var Ma = [null];
function Ke(e, t) {
  this._groups = e, this._parents = t;
}
function xn() {
  return new Ke([[document.documentElement]], Ma);
}
function Vl() {
  return this;
}
Ke.prototype = xn.prototype = {
  constructor: Ke,
  select: fs,
  selectAll: ps,
  selectChild: xs,
  selectChildren: Ss,
  filter: $s,
  data: Ts,
  enter: Es,
  exit: As,
  join: zs,
  merge: Ds,
  selection: Vl,
  order: Os,
  sort: Bs,
  call: Ls,
  nodes: Vs,
  node: Hs,
  size: Fs,
  empty: Ys,
  each: Xs,
  attr: js,
  style: tl,
  property: al,
  classed: ul,
  text: hl,
  html: gl,
  raise: wl,
  lower: bl,
  append: kl,
  insert: Sl,
  remove: El,
  clone: Ml,
  datum: Il,
  on: Dl,
  dispatch: Rl,
  [Symbol.iterator]: Ll
};
function Qe(e) {
  return typeof e == "string" ? new Ke([[document.querySelector(e)]], [document.documentElement]) : new Ke([[e]], Ma);
}
function Hl(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function it(e, t) {
  if (e = Hl(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var o = n.createSVGPoint();
      return o.x = e.clientX, o.y = e.clientY, o = o.matrixTransform(t.getScreenCTM().inverse()), [o.x, o.y];
    }
    if (t.getBoundingClientRect) {
      var i = t.getBoundingClientRect();
      return [e.clientX - i.left - t.clientLeft, e.clientY - i.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
const Fl = { passive: !1 }, cn = { capture: !0, passive: !1 };
function go(e) {
  e.stopImmediatePropagation();
}
function Ht(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ia(e) {
  var t = e.document.documentElement, n = Qe(e).on("dragstart.drag", Ht, cn);
  "onselectstart" in t ? n.on("selectstart.drag", Ht, cn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Ta(e, t) {
  var n = e.document.documentElement, o = Qe(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ht, cn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Sn = (e) => () => e;
function To(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: a,
  x: r,
  y: s,
  dx: l,
  dy: u,
  dispatch: c
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    subject: { value: n, enumerable: !0, configurable: !0 },
    target: { value: o, enumerable: !0, configurable: !0 },
    identifier: { value: i, enumerable: !0, configurable: !0 },
    active: { value: a, enumerable: !0, configurable: !0 },
    x: { value: r, enumerable: !0, configurable: !0 },
    y: { value: s, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
To.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Yl(e) {
  return !e.ctrlKey && !e.button;
}
function Xl() {
  return this.parentNode;
}
function ql(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Gl() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ul() {
  var e = Yl, t = Xl, n = ql, o = Gl, i = {}, a = Qn("start", "drag", "end"), r = 0, s, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", h).filter(o).on("touchstart.drag", g).on("touchmove.drag", x, Fl).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(v, M) {
    if (!(c || !e.call(this, v, M))) {
      var O = p(this, t.call(this, v, M), v, M, "mouse");
      O && (Qe(v.view).on("mousemove.drag", w, cn).on("mouseup.drag", m, cn), Ia(v.view), go(v), u = !1, s = v.clientX, l = v.clientY, O("start", v));
    }
  }
  function w(v) {
    if (Ht(v), !u) {
      var M = v.clientX - s, O = v.clientY - l;
      u = M * M + O * O > d;
    }
    i.mouse("drag", v);
  }
  function m(v) {
    Qe(v.view).on("mousemove.drag mouseup.drag", null), Ta(v.view, u), Ht(v), i.mouse("end", v);
  }
  function g(v, M) {
    if (e.call(this, v, M)) {
      var O = v.changedTouches, Y = t.call(this, v, M), B = O.length, G, K;
      for (G = 0; G < B; ++G)
        (K = p(this, Y, v, M, O[G].identifier, O[G])) && (go(v), K("start", v, O[G]));
    }
  }
  function x(v) {
    var M = v.changedTouches, O = M.length, Y, B;
    for (Y = 0; Y < O; ++Y)
      (B = i[M[Y].identifier]) && (Ht(v), B("drag", v, M[Y]));
  }
  function C(v) {
    var M = v.changedTouches, O = M.length, Y, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), Y = 0; Y < O; ++Y)
      (B = i[M[Y].identifier]) && (go(v), B("end", v, M[Y]));
  }
  function p(v, M, O, Y, B, G) {
    var K = a.copy(), X = it(G || O, M), N, j, _;
    if ((_ = n.call(v, new To("beforestart", {
      sourceEvent: O,
      target: f,
      identifier: B,
      active: r,
      x: X[0],
      y: X[1],
      dx: 0,
      dy: 0,
      dispatch: K
    }), Y)) != null)
      return N = _.x - X[0] || 0, j = _.y - X[1] || 0, function V(T, D, I) {
        var L = X, U;
        switch (T) {
          case "start":
            i[B] = V, U = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            X = it(I || D, M), U = r;
            break;
        }
        K.call(
          T,
          v,
          new To(T, {
            sourceEvent: D,
            subject: _,
            target: f,
            identifier: B,
            active: U,
            x: X[0] + N,
            y: X[1] + j,
            dx: X[0] - L[0],
            dy: X[1] - L[1],
            dispatch: K
          }),
          Y
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : Sn(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : Sn(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : Sn(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : Sn(!!v), f) : o;
  }, f.on = function() {
    var v = a.on.apply(a, arguments);
    return v === a ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
function Ko(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Pa(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function bn() {
}
var dn = 0.7, Yn = 1 / dn, Ft = "\\s*([+-]?\\d+)\\s*", fn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", st = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Wl = /^#([0-9a-f]{3,8})$/, Kl = new RegExp(`^rgb\\(${Ft},${Ft},${Ft}\\)$`), Zl = new RegExp(`^rgb\\(${st},${st},${st}\\)$`), jl = new RegExp(`^rgba\\(${Ft},${Ft},${Ft},${fn}\\)$`), Jl = new RegExp(`^rgba\\(${st},${st},${st},${fn}\\)$`), Ql = new RegExp(`^hsl\\(${fn},${st},${st}\\)$`), eu = new RegExp(`^hsla\\(${fn},${st},${st},${fn}\\)$`), fi = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
Ko(bn, zt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: hi,
  // Deprecated! Use color.formatHex.
  formatHex: hi,
  formatHex8: tu,
  formatHsl: nu,
  formatRgb: vi,
  toString: vi
});
function hi() {
  return this.rgb().formatHex();
}
function tu() {
  return this.rgb().formatHex8();
}
function nu() {
  return Aa(this).formatHsl();
}
function vi() {
  return this.rgb().formatRgb();
}
function zt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Wl.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? mi(t) : n === 3 ? new Ge(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? $n(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? $n(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Kl.exec(e)) ? new Ge(t[1], t[2], t[3], 1) : (t = Zl.exec(e)) ? new Ge(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = jl.exec(e)) ? $n(t[1], t[2], t[3], t[4]) : (t = Jl.exec(e)) ? $n(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Ql.exec(e)) ? yi(t[1], t[2] / 100, t[3] / 100, 1) : (t = eu.exec(e)) ? yi(t[1], t[2] / 100, t[3] / 100, t[4]) : fi.hasOwnProperty(e) ? mi(fi[e]) : e === "transparent" ? new Ge(NaN, NaN, NaN, 0) : null;
}
function mi(e) {
  return new Ge(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function $n(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ge(e, t, n, o);
}
function ou(e) {
  return e instanceof bn || (e = zt(e)), e ? (e = e.rgb(), new Ge(e.r, e.g, e.b, e.opacity)) : new Ge();
}
function Po(e, t, n, o) {
  return arguments.length === 1 ? ou(e) : new Ge(e, t, n, o ?? 1);
}
function Ge(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
Ko(Ge, Po, Pa(bn, {
  brighter(e) {
    return e = e == null ? Yn : Math.pow(Yn, e), new Ge(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? dn : Math.pow(dn, e), new Ge(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ge(Tt(this.r), Tt(this.g), Tt(this.b), Xn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: pi,
  // Deprecated! Use color.formatHex.
  formatHex: pi,
  formatHex8: iu,
  formatRgb: gi,
  toString: gi
}));
function pi() {
  return `#${Mt(this.r)}${Mt(this.g)}${Mt(this.b)}`;
}
function iu() {
  return `#${Mt(this.r)}${Mt(this.g)}${Mt(this.b)}${Mt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function gi() {
  const e = Xn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Tt(this.r)}, ${Tt(this.g)}, ${Tt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Xn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Tt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Mt(e) {
  return e = Tt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function yi(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new et(e, t, n, o);
}
function Aa(e) {
  if (e instanceof et)
    return new et(e.h, e.s, e.l, e.opacity);
  if (e instanceof bn || (e = zt(e)), !e)
    return new et();
  if (e instanceof et)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), a = Math.max(t, n, o), r = NaN, s = a - i, l = (a + i) / 2;
  return s ? (t === a ? r = (n - o) / s + (n < o) * 6 : n === a ? r = (o - t) / s + 2 : r = (t - n) / s + 4, s /= l < 0.5 ? a + i : 2 - a - i, r *= 60) : s = l > 0 && l < 1 ? 0 : r, new et(r, s, l, e.opacity);
}
function au(e, t, n, o) {
  return arguments.length === 1 ? Aa(e) : new et(e, t, n, o ?? 1);
}
function et(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
Ko(et, au, Pa(bn, {
  brighter(e) {
    return e = e == null ? Yn : Math.pow(Yn, e), new et(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? dn : Math.pow(dn, e), new et(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ge(
      yo(e >= 240 ? e - 240 : e + 120, i, o),
      yo(e, i, o),
      yo(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new et(wi(this.h), En(this.s), En(this.l), Xn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Xn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${wi(this.h)}, ${En(this.s) * 100}%, ${En(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function wi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function En(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function yo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Zo = (e) => () => e;
function ru(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function su(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function lu(e) {
  return (e = +e) == 1 ? za : function(t, n) {
    return n - t ? su(t, n, e) : Zo(isNaN(t) ? n : t);
  };
}
function za(e, t) {
  var n = t - e;
  return n ? ru(e, n) : Zo(isNaN(e) ? t : e);
}
const qn = function e(t) {
  var n = lu(t);
  function o(i, a) {
    var r = n((i = Po(i)).r, (a = Po(a)).r), s = n(i.g, a.g), l = n(i.b, a.b), u = za(i.opacity, a.opacity);
    return function(c) {
      return i.r = r(c), i.g = s(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function uu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(a) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - a) + t[i] * a;
    return o;
  };
}
function cu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function du(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), a = new Array(n), r;
  for (r = 0; r < o; ++r)
    i[r] = on(e[r], t[r]);
  for (; r < n; ++r)
    a[r] = t[r];
  return function(s) {
    for (r = 0; r < o; ++r)
      a[r] = i[r](s);
    return a;
  };
}
function fu(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function at(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function hu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = on(e[i], t[i]) : o[i] = t[i];
  return function(a) {
    for (i in n)
      o[i] = n[i](a);
    return o;
  };
}
var Ao = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, wo = new RegExp(Ao.source, "g");
function vu(e) {
  return function() {
    return e;
  };
}
function mu(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Da(e, t) {
  var n = Ao.lastIndex = wo.lastIndex = 0, o, i, a, r = -1, s = [], l = [];
  for (e = e + "", t = t + ""; (o = Ao.exec(e)) && (i = wo.exec(t)); )
    (a = i.index) > n && (a = t.slice(n, a), s[r] ? s[r] += a : s[++r] = a), (o = o[0]) === (i = i[0]) ? s[r] ? s[r] += i : s[++r] = i : (s[++r] = null, l.push({ i: r, x: at(o, i) })), n = wo.lastIndex;
  return n < t.length && (a = t.slice(n), s[r] ? s[r] += a : s[++r] = a), s.length < 2 ? l[0] ? mu(l[0].x) : vu(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      s[(d = l[c]).i] = d.x(u);
    return s.join("");
  });
}
function on(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? Zo(t) : (n === "number" ? at : n === "string" ? (o = zt(t)) ? (t = o, qn) : Da : t instanceof zt ? qn : t instanceof Date ? fu : cu(t) ? uu : Array.isArray(t) ? du : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? hu : at)(e, t);
}
var xi = 180 / Math.PI, zo = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Oa(e, t, n, o, i, a) {
  var r, s, l;
  return (r = Math.sqrt(e * e + t * t)) && (e /= r, t /= r), (l = e * n + t * o) && (n -= e * l, o -= t * l), (s = Math.sqrt(n * n + o * o)) && (n /= s, o /= s, l /= s), e * o < t * n && (e = -e, t = -t, l = -l, r = -r), {
    translateX: i,
    translateY: a,
    rotate: Math.atan2(t, e) * xi,
    skewX: Math.atan(l) * xi,
    scaleX: r,
    scaleY: s
  };
}
var Nn;
function pu(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? zo : Oa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function gu(e) {
  return e == null || (Nn || (Nn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Nn.setAttribute("transform", e), !(e = Nn.transform.baseVal.consolidate())) ? zo : (e = e.matrix, Oa(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ba(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function a(u, c, d, f, h, w) {
    if (u !== d || c !== f) {
      var m = h.push("translate(", null, t, null, n);
      w.push({ i: m - 4, x: at(u, d) }, { i: m - 2, x: at(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function r(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: at(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function s(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: at(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, h, w) {
    if (u !== d || c !== f) {
      var m = h.push(i(h) + "scale(", null, ",", null, ")");
      w.push({ i: m - 4, x: at(u, d) }, { i: m - 2, x: at(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), a(u.translateX, u.translateY, c.translateX, c.translateY, d, f), r(u.rotate, c.rotate, d, f), s(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(h) {
      for (var w = -1, m = f.length, g; ++w < m; )
        d[(g = f[w]).i] = g.x(h);
      return d.join("");
    };
  };
}
var yu = Ba(pu, "px, ", "px)", "deg)"), wu = Ba(gu, ", ", ")", ")"), xu = 1e-12;
function bi(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function bu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function ku(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Bn = function e(t, n, o) {
  function i(a, r) {
    var s = a[0], l = a[1], u = a[2], c = r[0], d = r[1], f = r[2], h = c - s, w = d - l, m = h * h + w * w, g, x;
    if (m < xu)
      x = Math.log(f / u) / t, g = function(Y) {
        return [
          s + Y * h,
          l + Y * w,
          u * Math.exp(t * Y * x)
        ];
      };
    else {
      var C = Math.sqrt(m), p = (f * f - u * u + o * m) / (2 * u * n * C), v = (f * f - u * u - o * m) / (2 * f * n * C), M = Math.log(Math.sqrt(p * p + 1) - p), O = Math.log(Math.sqrt(v * v + 1) - v);
      x = (O - M) / t, g = function(Y) {
        var B = Y * x, G = bi(M), K = u / (n * C) * (G * ku(t * B + M) - bu(M));
        return [
          s + K * h,
          l + K * w,
          u * G / bi(t * B + M)
        ];
      };
    }
    return g.duration = x * 1e3 * t / Math.SQRT2, g;
  }
  return i.rho = function(a) {
    var r = Math.max(1e-3, +a), s = r * r, l = s * s;
    return e(r, s, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Ut = 0, en = 0, Jt = 0, Ra = 1e3, Gn, tn, Un = 0, Dt = 0, to = 0, hn = typeof performance == "object" && performance.now ? performance : Date, La = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function jo() {
  return Dt || (La(_u), Dt = hn.now() + to);
}
function _u() {
  Dt = 0;
}
function Wn() {
  this._call = this._time = this._next = null;
}
Wn.prototype = Va.prototype = {
  constructor: Wn,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? jo() : +n) + (t == null ? 0 : +t), !this._next && tn !== this && (tn ? tn._next = this : Gn = this, tn = this), this._call = e, this._time = n, Do();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Do());
  }
};
function Va(e, t, n) {
  var o = new Wn();
  return o.restart(e, t, n), o;
}
function Su() {
  jo(), ++Ut;
  for (var e = Gn, t; e; )
    (t = Dt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Ut;
}
function ki() {
  Dt = (Un = hn.now()) + to, Ut = en = 0;
  try {
    Su();
  } finally {
    Ut = 0, Eu(), Dt = 0;
  }
}
function $u() {
  var e = hn.now(), t = e - Un;
  t > Ra && (to -= t, Un = e);
}
function Eu() {
  for (var e, t = Gn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Gn = n);
  tn = e, Do(o);
}
function Do(e) {
  if (!Ut) {
    en && (en = clearTimeout(en));
    var t = e - Dt;
    t > 24 ? (e < 1 / 0 && (en = setTimeout(ki, e - hn.now() - to)), Jt && (Jt = clearInterval(Jt))) : (Jt || (Un = hn.now(), Jt = setInterval($u, Ra)), Ut = 1, La(ki));
  }
}
function _i(e, t, n) {
  var o = new Wn();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Nu = Qn("start", "end", "cancel", "interrupt"), Cu = [], Ha = 0, Si = 1, Oo = 2, Rn = 3, $i = 4, Bo = 5, Ln = 6;
function no(e, t, n, o, i, a) {
  var r = e.__transition;
  if (!r)
    e.__transition = {};
  else if (n in r)
    return;
  Mu(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Nu,
    tween: Cu,
    time: a.time,
    delay: a.delay,
    duration: a.duration,
    ease: a.ease,
    timer: null,
    state: Ha
  });
}
function Jo(e, t) {
  var n = nt(e, t);
  if (n.state > Ha)
    throw new Error("too late; already scheduled");
  return n;
}
function lt(e, t) {
  var n = nt(e, t);
  if (n.state > Rn)
    throw new Error("too late; already running");
  return n;
}
function nt(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Mu(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Va(a, 0, n.time);
  function a(u) {
    n.state = Si, n.timer.restart(r, n.delay, n.time), n.delay <= u && r(u - n.delay);
  }
  function r(u) {
    var c, d, f, h;
    if (n.state !== Si)
      return l();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === Rn)
          return _i(r);
        h.state === $i ? (h.state = Ln, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = Ln, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (_i(function() {
      n.state === Rn && (n.state = $i, n.timer.restart(s, n.delay, n.time), s(u));
    }), n.state = Oo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Oo) {
      for (n.state = Rn, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = h);
      i.length = d + 1;
    }
  }
  function s(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Bo, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Bo && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = Ln, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function Vn(e, t) {
  var n = e.__transition, o, i, a = !0, r;
  if (n) {
    t = t == null ? null : t + "";
    for (r in n) {
      if ((o = n[r]).name !== t) {
        a = !1;
        continue;
      }
      i = o.state > Oo && o.state < Bo, o.state = Ln, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[r];
    }
    a && delete e.__transition;
  }
}
function Iu(e) {
  return this.each(function() {
    Vn(this, e);
  });
}
function Tu(e, t) {
  var n, o;
  return function() {
    var i = lt(this, e), a = i.tween;
    if (a !== n) {
      o = n = a;
      for (var r = 0, s = o.length; r < s; ++r)
        if (o[r].name === t) {
          o = o.slice(), o.splice(r, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function Pu(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var a = lt(this, e), r = a.tween;
    if (r !== o) {
      i = (o = r).slice();
      for (var s = { name: t, value: n }, l = 0, u = i.length; l < u; ++l)
        if (i[l].name === t) {
          i[l] = s;
          break;
        }
      l === u && i.push(s);
    }
    a.tween = i;
  };
}
function Au(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = nt(this.node(), n).tween, i = 0, a = o.length, r; i < a; ++i)
      if ((r = o[i]).name === e)
        return r.value;
    return null;
  }
  return this.each((t == null ? Tu : Pu)(n, e, t));
}
function Qo(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = lt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return nt(i, o).value[t];
  };
}
function Fa(e, t) {
  var n;
  return (typeof t == "number" ? at : t instanceof zt ? qn : (n = zt(t)) ? (t = n, qn) : Da)(e, t);
}
function zu(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Du(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ou(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = this.getAttribute(e);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function Bu(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = this.getAttributeNS(e.space, e.local);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function Ru(e, t, n) {
  var o, i, a;
  return function() {
    var r, s = n(this), l;
    return s == null ? void this.removeAttribute(e) : (r = this.getAttribute(e), l = s + "", r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s)));
  };
}
function Lu(e, t, n) {
  var o, i, a;
  return function() {
    var r, s = n(this), l;
    return s == null ? void this.removeAttributeNS(e.space, e.local) : (r = this.getAttributeNS(e.space, e.local), l = s + "", r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s)));
  };
}
function Vu(e, t) {
  var n = eo(e), o = n === "transform" ? wu : Fa;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Lu : Ru)(n, o, Qo(this, "attr." + e, t)) : t == null ? (n.local ? Du : zu)(n) : (n.local ? Bu : Ou)(n, o, t));
}
function Hu(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Fu(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Yu(e, t) {
  var n, o;
  function i() {
    var a = t.apply(this, arguments);
    return a !== o && (n = (o = a) && Fu(e, a)), n;
  }
  return i._value = t, i;
}
function Xu(e, t) {
  var n, o;
  function i() {
    var a = t.apply(this, arguments);
    return a !== o && (n = (o = a) && Hu(e, a)), n;
  }
  return i._value = t, i;
}
function qu(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = eo(e);
  return this.tween(n, (o.local ? Yu : Xu)(o, t));
}
function Gu(e, t) {
  return function() {
    Jo(this, e).delay = +t.apply(this, arguments);
  };
}
function Uu(e, t) {
  return t = +t, function() {
    Jo(this, e).delay = t;
  };
}
function Wu(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Gu : Uu)(t, e)) : nt(this.node(), t).delay;
}
function Ku(e, t) {
  return function() {
    lt(this, e).duration = +t.apply(this, arguments);
  };
}
function Zu(e, t) {
  return t = +t, function() {
    lt(this, e).duration = t;
  };
}
function ju(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ku : Zu)(t, e)) : nt(this.node(), t).duration;
}
function Ju(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    lt(this, e).ease = t;
  };
}
function Qu(e) {
  var t = this._id;
  return arguments.length ? this.each(Ju(t, e)) : nt(this.node(), t).ease;
}
function ec(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    lt(this, e).ease = n;
  };
}
function tc(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(ec(this._id, e));
}
function nc(e) {
  typeof e != "function" && (e = xa(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new mt(o, this._parents, this._name, this._id);
}
function oc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, a = Math.min(o, i), r = new Array(o), s = 0; s < a; ++s)
    for (var l = t[s], u = n[s], c = l.length, d = r[s] = new Array(c), f, h = 0; h < c; ++h)
      (f = l[h] || u[h]) && (d[h] = f);
  for (; s < o; ++s)
    r[s] = t[s];
  return new mt(r, this._parents, this._name, this._id);
}
function ic(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function ac(e, t, n) {
  var o, i, a = ic(t) ? Jo : lt;
  return function() {
    var r = a(this, e), s = r.on;
    s !== o && (i = (o = s).copy()).on(t, n), r.on = i;
  };
}
function rc(e, t) {
  var n = this._id;
  return arguments.length < 2 ? nt(this.node(), n).on.on(e) : this.each(ac(n, e, t));
}
function sc(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function lc() {
  return this.on("end.remove", sc(this._id));
}
function uc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Uo(e));
  for (var o = this._groups, i = o.length, a = new Array(i), r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, u = a[r] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = s[f]) && (d = e.call(c, c.__data__, f, s)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, no(u[f], t, n, f, u, nt(c, n)));
  return new mt(a, this._parents, t, n);
}
function cc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = wa(e));
  for (var o = this._groups, i = o.length, a = [], r = [], s = 0; s < i; ++s)
    for (var l = o[s], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), h, w = nt(c, n), m = 0, g = f.length; m < g; ++m)
          (h = f[m]) && no(h, t, n, m, f, w);
        a.push(f), r.push(c);
      }
  return new mt(a, r, t, n);
}
var dc = xn.prototype.constructor;
function fc() {
  return new dc(this._groups, this._parents);
}
function hc(e, t) {
  var n, o, i;
  return function() {
    var a = Gt(this, e), r = (this.style.removeProperty(e), Gt(this, e));
    return a === r ? null : a === n && r === o ? i : i = t(n = a, o = r);
  };
}
function Ya(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function vc(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = Gt(this, e);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function mc(e, t, n) {
  var o, i, a;
  return function() {
    var r = Gt(this, e), s = n(this), l = s + "";
    return s == null && (l = s = (this.style.removeProperty(e), Gt(this, e))), r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s));
  };
}
function pc(e, t) {
  var n, o, i, a = "style." + t, r = "end." + a, s;
  return function() {
    var l = lt(this, e), u = l.on, c = l.value[a] == null ? s || (s = Ya(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(r, i = c), l.on = o;
  };
}
function gc(e, t, n) {
  var o = (e += "") == "transform" ? yu : Fa;
  return t == null ? this.styleTween(e, hc(e, o)).on("end.style." + e, Ya(e)) : typeof t == "function" ? this.styleTween(e, mc(e, o, Qo(this, "style." + e, t))).each(pc(this._id, e)) : this.styleTween(e, vc(e, o, t), n).on("end.style." + e, null);
}
function yc(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function wc(e, t, n) {
  var o, i;
  function a() {
    var r = t.apply(this, arguments);
    return r !== i && (o = (i = r) && yc(e, r, n)), o;
  }
  return a._value = t, a;
}
function xc(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, wc(e, t, n ?? ""));
}
function bc(e) {
  return function() {
    this.textContent = e;
  };
}
function kc(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function _c(e) {
  return this.tween("text", typeof e == "function" ? kc(Qo(this, "text", e)) : bc(e == null ? "" : e + ""));
}
function Sc(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function $c(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Sc(i)), t;
  }
  return o._value = e, o;
}
function Ec(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, $c(e));
}
function Nc() {
  for (var e = this._name, t = this._id, n = Xa(), o = this._groups, i = o.length, a = 0; a < i; ++a)
    for (var r = o[a], s = r.length, l, u = 0; u < s; ++u)
      if (l = r[u]) {
        var c = nt(l, t);
        no(l, e, n, u, r, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new mt(o, this._parents, e, n);
}
function Cc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(a, r) {
    var s = { value: r }, l = { value: function() {
      --i === 0 && a();
    } };
    n.each(function() {
      var u = lt(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(l)), u.on = t;
    }), i === 0 && a();
  });
}
var Mc = 0;
function mt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Xa() {
  return ++Mc;
}
var ct = xn.prototype;
mt.prototype = {
  constructor: mt,
  select: uc,
  selectAll: cc,
  selectChild: ct.selectChild,
  selectChildren: ct.selectChildren,
  filter: nc,
  merge: oc,
  selection: fc,
  transition: Nc,
  call: ct.call,
  nodes: ct.nodes,
  node: ct.node,
  size: ct.size,
  empty: ct.empty,
  each: ct.each,
  on: rc,
  attr: Vu,
  attrTween: qu,
  style: gc,
  styleTween: xc,
  text: _c,
  textTween: Ec,
  remove: lc,
  tween: Au,
  delay: Wu,
  duration: ju,
  ease: Qu,
  easeVarying: tc,
  end: Cc,
  [Symbol.iterator]: ct[Symbol.iterator]
};
function Ic(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Tc = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Ic
};
function Pc(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Ac(e) {
  var t, n;
  e instanceof mt ? (t = e._id, e = e._name) : (t = Xa(), (n = Tc).time = jo(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, a = 0; a < i; ++a)
    for (var r = o[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && no(l, e, t, u, r, n || Pc(l, t));
  return new mt(o, this._parents, e, t);
}
xn.prototype.interrupt = Iu;
xn.prototype.transition = Ac;
const Cn = (e) => () => e;
function zc(e, {
  sourceEvent: t,
  target: n,
  transform: o,
  dispatch: i
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    target: { value: n, enumerable: !0, configurable: !0 },
    transform: { value: o, enumerable: !0, configurable: !0 },
    _: { value: i }
  });
}
function ht(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
ht.prototype = {
  constructor: ht,
  scale: function(e) {
    return e === 1 ? this : new ht(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new ht(this.k, this.x + this.k * e, this.y + this.k * t);
  },
  apply: function(e) {
    return [e[0] * this.k + this.x, e[1] * this.k + this.y];
  },
  applyX: function(e) {
    return e * this.k + this.x;
  },
  applyY: function(e) {
    return e * this.k + this.y;
  },
  invert: function(e) {
    return [(e[0] - this.x) / this.k, (e[1] - this.y) / this.k];
  },
  invertX: function(e) {
    return (e - this.x) / this.k;
  },
  invertY: function(e) {
    return (e - this.y) / this.k;
  },
  rescaleX: function(e) {
    return e.copy().domain(e.range().map(this.invertX, this).map(e.invert, e));
  },
  rescaleY: function(e) {
    return e.copy().domain(e.range().map(this.invertY, this).map(e.invert, e));
  },
  toString: function() {
    return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
  }
};
var Wt = new ht(1, 0, 0);
ht.prototype;
function xo(e) {
  e.stopImmediatePropagation();
}
function Qt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Dc(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Oc() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ei() {
  return this.__zoom || Wt;
}
function Bc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Rc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Lc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], a = e.invertY(t[0][1]) - n[0][1], r = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    r > a ? (a + r) / 2 : Math.min(0, a) || Math.max(0, r)
  );
}
function Vc() {
  var e = Dc, t = Oc, n = Lc, o = Bc, i = Rc, a = [0, 1 / 0], r = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], s = 250, l = Bn, u = Qn("start", "zoom", "end"), c, d, f, h = 500, w = 150, m = 0, g = 10;
  function x(_) {
    _.property("__zoom", Ei).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", G).on("dblclick.zoom", K).filter(i).on("touchstart.zoom", X).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", j).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  x.transform = function(_, V, T, D) {
    var I = _.selection ? _.selection() : _;
    I.property("__zoom", Ei), _ !== I ? M(_, V, T, D) : I.interrupt().each(function() {
      O(this, arguments).event(D).start().zoom(null, typeof V == "function" ? V.apply(this, arguments) : V).end();
    });
  }, x.scaleBy = function(_, V, T, D) {
    x.scaleTo(_, function() {
      var I = this.__zoom.k, L = typeof V == "function" ? V.apply(this, arguments) : V;
      return I * L;
    }, T, D);
  }, x.scaleTo = function(_, V, T, D) {
    x.transform(_, function() {
      var I = t.apply(this, arguments), L = this.__zoom, U = T == null ? v(I) : typeof T == "function" ? T.apply(this, arguments) : T, J = L.invert(U), re = typeof V == "function" ? V.apply(this, arguments) : V;
      return n(p(C(L, re), U, J), I, r);
    }, T, D);
  }, x.translateBy = function(_, V, T, D) {
    x.transform(_, function() {
      return n(this.__zoom.translate(
        typeof V == "function" ? V.apply(this, arguments) : V,
        typeof T == "function" ? T.apply(this, arguments) : T
      ), t.apply(this, arguments), r);
    }, null, D);
  }, x.translateTo = function(_, V, T, D, I) {
    x.transform(_, function() {
      var L = t.apply(this, arguments), U = this.__zoom, J = D == null ? v(L) : typeof D == "function" ? D.apply(this, arguments) : D;
      return n(Wt.translate(J[0], J[1]).scale(U.k).translate(
        typeof V == "function" ? -V.apply(this, arguments) : -V,
        typeof T == "function" ? -T.apply(this, arguments) : -T
      ), L, r);
    }, D, I);
  };
  function C(_, V) {
    return V = Math.max(a[0], Math.min(a[1], V)), V === _.k ? _ : new ht(V, _.x, _.y);
  }
  function p(_, V, T) {
    var D = V[0] - T[0] * _.k, I = V[1] - T[1] * _.k;
    return D === _.x && I === _.y ? _ : new ht(_.k, D, I);
  }
  function v(_) {
    return [(+_[0][0] + +_[1][0]) / 2, (+_[0][1] + +_[1][1]) / 2];
  }
  function M(_, V, T, D) {
    _.on("start.zoom", function() {
      O(this, arguments).event(D).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(D).end();
    }).tween("zoom", function() {
      var I = this, L = arguments, U = O(I, L).event(D), J = t.apply(I, L), re = T == null ? v(J) : typeof T == "function" ? T.apply(I, L) : T, ue = Math.max(J[1][0] - J[0][0], J[1][1] - J[0][1]), ge = I.__zoom, te = typeof V == "function" ? V.apply(I, L) : V, Z = l(ge.invert(re).concat(ue / ge.k), te.invert(re).concat(ue / te.k));
      return function(Q) {
        if (Q === 1)
          Q = te;
        else {
          var Se = Z(Q), Ie = ue / Se[2];
          Q = new ht(Ie, re[0] - Se[0] * Ie, re[1] - Se[1] * Ie);
        }
        U.zoom(null, Q);
      };
    });
  }
  function O(_, V, T) {
    return !T && _.__zooming || new Y(_, V);
  }
  function Y(_, V) {
    this.that = _, this.args = V, this.active = 0, this.sourceEvent = null, this.extent = t.apply(_, V), this.taps = 0;
  }
  Y.prototype = {
    event: function(_) {
      return _ && (this.sourceEvent = _), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(_, V) {
      return this.mouse && _ !== "mouse" && (this.mouse[1] = V.invert(this.mouse[0])), this.touch0 && _ !== "touch" && (this.touch0[1] = V.invert(this.touch0[0])), this.touch1 && _ !== "touch" && (this.touch1[1] = V.invert(this.touch1[0])), this.that.__zoom = V, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(_) {
      var V = Qe(this.that).datum();
      u.call(
        _,
        this.that,
        new zc(_, {
          sourceEvent: this.sourceEvent,
          target: x,
          transform: this.that.__zoom,
          dispatch: u
        }),
        V
      );
    }
  };
  function B(_, ...V) {
    if (!e.apply(this, arguments))
      return;
    var T = O(this, V).event(_), D = this.__zoom, I = Math.max(a[0], Math.min(a[1], D.k * Math.pow(2, o.apply(this, arguments)))), L = it(_);
    if (T.wheel)
      (T.mouse[0][0] !== L[0] || T.mouse[0][1] !== L[1]) && (T.mouse[1] = D.invert(T.mouse[0] = L)), clearTimeout(T.wheel);
    else {
      if (D.k === I)
        return;
      T.mouse = [L, D.invert(L)], Vn(this), T.start();
    }
    Qt(_), T.wheel = setTimeout(U, w), T.zoom("mouse", n(p(C(D, I), T.mouse[0], T.mouse[1]), T.extent, r));
    function U() {
      T.wheel = null, T.end();
    }
  }
  function G(_, ...V) {
    if (f || !e.apply(this, arguments))
      return;
    var T = _.currentTarget, D = O(this, V, !0).event(_), I = Qe(_.view).on("mousemove.zoom", re, !0).on("mouseup.zoom", ue, !0), L = it(_, T), U = _.clientX, J = _.clientY;
    Ia(_.view), xo(_), D.mouse = [L, this.__zoom.invert(L)], Vn(this), D.start();
    function re(ge) {
      if (Qt(ge), !D.moved) {
        var te = ge.clientX - U, Z = ge.clientY - J;
        D.moved = te * te + Z * Z > m;
      }
      D.event(ge).zoom("mouse", n(p(D.that.__zoom, D.mouse[0] = it(ge, T), D.mouse[1]), D.extent, r));
    }
    function ue(ge) {
      I.on("mousemove.zoom mouseup.zoom", null), Ta(ge.view, D.moved), Qt(ge), D.event(ge).end();
    }
  }
  function K(_, ...V) {
    if (e.apply(this, arguments)) {
      var T = this.__zoom, D = it(_.changedTouches ? _.changedTouches[0] : _, this), I = T.invert(D), L = T.k * (_.shiftKey ? 0.5 : 2), U = n(p(C(T, L), D, I), t.apply(this, V), r);
      Qt(_), s > 0 ? Qe(this).transition().duration(s).call(M, U, D, _) : Qe(this).call(x.transform, U, D, _);
    }
  }
  function X(_, ...V) {
    if (e.apply(this, arguments)) {
      var T = _.touches, D = T.length, I = O(this, V, _.changedTouches.length === D).event(_), L, U, J, re;
      for (xo(_), U = 0; U < D; ++U)
        J = T[U], re = it(J, this), re = [re, this.__zoom.invert(re), J.identifier], I.touch0 ? !I.touch1 && I.touch0[2] !== re[2] && (I.touch1 = re, I.taps = 0) : (I.touch0 = re, L = !0, I.taps = 1 + !!c);
      c && (c = clearTimeout(c)), L && (I.taps < 2 && (d = re[0], c = setTimeout(function() {
        c = null;
      }, h)), Vn(this), I.start());
    }
  }
  function N(_, ...V) {
    if (this.__zooming) {
      var T = O(this, V).event(_), D = _.changedTouches, I = D.length, L, U, J, re;
      for (Qt(_), L = 0; L < I; ++L)
        U = D[L], J = it(U, this), T.touch0 && T.touch0[2] === U.identifier ? T.touch0[0] = J : T.touch1 && T.touch1[2] === U.identifier && (T.touch1[0] = J);
      if (U = T.that.__zoom, T.touch1) {
        var ue = T.touch0[0], ge = T.touch0[1], te = T.touch1[0], Z = T.touch1[1], Q = (Q = te[0] - ue[0]) * Q + (Q = te[1] - ue[1]) * Q, Se = (Se = Z[0] - ge[0]) * Se + (Se = Z[1] - ge[1]) * Se;
        U = C(U, Math.sqrt(Q / Se)), J = [(ue[0] + te[0]) / 2, (ue[1] + te[1]) / 2], re = [(ge[0] + Z[0]) / 2, (ge[1] + Z[1]) / 2];
      } else if (T.touch0)
        J = T.touch0[0], re = T.touch0[1];
      else
        return;
      T.zoom("touch", n(p(U, J, re), T.extent, r));
    }
  }
  function j(_, ...V) {
    if (this.__zooming) {
      var T = O(this, V).event(_), D = _.changedTouches, I = D.length, L, U;
      for (xo(_), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), L = 0; L < I; ++L)
        U = D[L], T.touch0 && T.touch0[2] === U.identifier ? delete T.touch0 : T.touch1 && T.touch1[2] === U.identifier && delete T.touch1;
      if (T.touch1 && !T.touch0 && (T.touch0 = T.touch1, delete T.touch1), T.touch0)
        T.touch0[1] = this.__zoom.invert(T.touch0[0]);
      else if (T.end(), T.taps === 2 && (U = it(U, this), Math.hypot(d[0] - U[0], d[1] - U[1]) < g)) {
        var J = Qe(this).on("dblclick.zoom");
        J && J.apply(this, arguments);
      }
    }
  }
  return x.wheelDelta = function(_) {
    return arguments.length ? (o = typeof _ == "function" ? _ : Cn(+_), x) : o;
  }, x.filter = function(_) {
    return arguments.length ? (e = typeof _ == "function" ? _ : Cn(!!_), x) : e;
  }, x.touchable = function(_) {
    return arguments.length ? (i = typeof _ == "function" ? _ : Cn(!!_), x) : i;
  }, x.extent = function(_) {
    return arguments.length ? (t = typeof _ == "function" ? _ : Cn([[+_[0][0], +_[0][1]], [+_[1][0], +_[1][1]]]), x) : t;
  }, x.scaleExtent = function(_) {
    return arguments.length ? (a[0] = +_[0], a[1] = +_[1], x) : [a[0], a[1]];
  }, x.translateExtent = function(_) {
    return arguments.length ? (r[0][0] = +_[0][0], r[1][0] = +_[1][0], r[0][1] = +_[0][1], r[1][1] = +_[1][1], x) : [[r[0][0], r[0][1]], [r[1][0], r[1][1]]];
  }, x.constrain = function(_) {
    return arguments.length ? (n = _, x) : n;
  }, x.duration = function(_) {
    return arguments.length ? (s = +_, x) : s;
  }, x.interpolate = function(_) {
    return arguments.length ? (l = _, x) : l;
  }, x.on = function() {
    var _ = u.on.apply(u, arguments);
    return _ === u ? x : _;
  }, x.clickDistance = function(_) {
    return arguments.length ? (m = (_ = +_) * _, x) : Math.sqrt(m);
  }, x.tapDistance = function(_) {
    return arguments.length ? (g = +_, x) : g;
  }, x;
}
var le = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(le || {}), ei = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(ei || {}), Nt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Nt || {}), kt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(kt || {}), Ro = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Ro || {}), an = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(an || {});
const Hc = ["INPUT", "SELECT", "TEXTAREA"], Fc = typeof document < "u" ? document : null;
function Lo(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, a = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Hc.includes(o == null ? void 0 : o.nodeName) || i || !!a;
}
function Yc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Ni(e, t, n, o) {
  const i = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((r) => r.trim().toLowerCase());
  if (i.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const a = i.every(
    (r, s) => n.has(r) && Array.from(n.values())[s] === i[s]
  );
  return o && n.delete(e.toLowerCase()), a;
}
function Xc(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = qc(n.code, e);
    return Array.isArray(e) ? e.some((i) => Ni(n[o], i, t, n.type === "keyup")) : Ni(n[o], e, t, n.type === "keyup");
  };
}
function qc(e, t) {
  return t.includes(e) ? "code" : "key";
}
function rn(e, t) {
  const n = W(() => Ce(t == null ? void 0 : t.target) ?? Fc), o = xt(Ce(e) === !0);
  let i = !1;
  const a = /* @__PURE__ */ new Set();
  let r = l(Ce(e));
  _e(
    () => Ce(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && s(), r = l(u);
    },
    {
      immediate: !0
    }
  ), ga(["blur", "contextmenu"], s), ui(
    (...u) => r(...u),
    (u) => {
      var c, d;
      const f = Ce(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, h = Ce(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Yc(u), (!i || i && !f) && Lo(u))
        return;
      const m = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, g = (m == null ? void 0 : m.nodeName) === "BUTTON" || (m == null ? void 0 : m.nodeName) === "A";
      !h && (i || !g) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), ui(
    (...u) => r(...u),
    (u) => {
      const c = Ce(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Lo(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function s() {
    i = !1, a.clear(), o.value = Ce(e) === !0;
  }
  function l(u) {
    return u === null ? (s(), () => !1) : typeof u == "boolean" ? (s(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Xc(u, a) : u;
  }
  return o;
}
const qa = "vue-flow__node-desc", Ga = "vue-flow__edge-desc", Gc = "vue-flow__aria-live", Ua = ["Enter", " ", "Escape"], Yt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function Kn(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function Zn(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function oo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function pt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Wa(e, t) {
  return {
    x: pt(e.x, t[0][0], t[1][0]),
    y: pt(e.y, t[0][1], t[1][1])
  };
}
function Ci(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function _t(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Pt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !_t(e);
}
function nn(e) {
  return Pt(e) && "computedPosition" in e;
}
function Mn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Uc(e) {
  return Mn(e.width) && Mn(e.height) && Mn(e.x) && Mn(e.y);
}
function Wc(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: We({
      width: 0,
      height: 0
    }),
    computedPosition: We({
      z: 0,
      ...e.position
    }),
    // todo: shouldn't be defined initially, as we want to use handleBounds to check if a node was actually initialized or not
    handleBounds: {
      source: [],
      target: []
    },
    draggable: void 0,
    selectable: void 0,
    connectable: void 0,
    focusable: void 0,
    selected: !1,
    dragging: !1,
    resizing: !1,
    initialized: !1,
    isParent: !1,
    position: {
      x: 0,
      y: 0
    },
    data: Ve(e.data) ? e.data : {},
    events: We(Ve(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Ka(e, t, n) {
  var o, i;
  const a = {
    id: e.id.toString(),
    type: e.type ?? (t == null ? void 0 : t.type) ?? "default",
    source: e.source.toString(),
    target: e.target.toString(),
    sourceHandle: (o = e.sourceHandle) == null ? void 0 : o.toString(),
    targetHandle: (i = e.targetHandle) == null ? void 0 : i.toString(),
    updatable: e.updatable ?? (n == null ? void 0 : n.updatable),
    selectable: e.selectable ?? (n == null ? void 0 : n.selectable),
    focusable: e.focusable ?? (n == null ? void 0 : n.focusable),
    data: Ve(e.data) ? e.data : {},
    events: We(Ve(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? a, e, { id: e.id.toString() });
}
function Za(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, a = /* @__PURE__ */ new Set(), r = o === "source" ? "target" : "source";
  for (const s of n)
    s[r] === i && a.add(s[o]);
  return t.filter((s) => a.has(s.id));
}
function Kc(...e) {
  if (e.length === 3) {
    const [a, r, s] = e;
    return Za(a, r, s, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((a) => _t(a) && a.source === o).map((a) => n.find((r) => Pt(r) && r.id === a.target));
}
function Zc(...e) {
  if (e.length === 3) {
    const [a, r, s] = e;
    return Za(a, r, s, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((a) => _t(a) && a.target === o).map((a) => n.find((r) => Pt(r) && r.id === a.source));
}
function ja({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function jc(e, t) {
  return t.some(
    (n) => _t(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function vn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function mn({ x: e, y: t }, { x: n, y: o, zoom: i }, a = !1, r = [1, 1]) {
  const s = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return a ? io(s, r) : s;
}
function Jc(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Ja({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Qc({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Qa(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Jc(
      t,
      Ja({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Qc(t);
}
function er(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const a = {
    ...mn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, r = [];
  for (const s of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = s, d = l.width ?? s.width ?? null, f = l.height ?? s.height ?? null;
    if (i && !u || c)
      continue;
    const h = Zn(a, Kn(s)), w = d === null || f === null, m = o && h > 0, g = (d ?? 0) * (f ?? 0);
    (w || m || h >= g || s.dragging) && r.push(s);
  }
  return r;
}
function tr(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Vt(e, t) {
  if (typeof e == "number")
    return Math.floor((t - t / (1 + e)) * 0.5);
  if (typeof e == "string" && e.endsWith("px")) {
    const n = Number.parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(n);
  }
  if (typeof e == "string" && e.endsWith("%")) {
    const n = Number.parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(t * n * 0.01);
  }
  return kn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function ed(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Vt(e, n), i = Vt(e, t);
    return {
      top: o,
      right: i,
      bottom: o,
      left: i,
      x: i * 2,
      y: o * 2
    };
  }
  if (typeof e == "object") {
    const o = Vt(e.top ?? e.y ?? 0, n), i = Vt(e.bottom ?? e.y ?? 0, n), a = Vt(e.left ?? e.x ?? 0, t), r = Vt(e.right ?? e.x ?? 0, t);
    return { top: o, right: r, bottom: i, left: a, x: a + r, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function td(e, t, n, o, i, a) {
  const { x: r, y: s } = vn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = vn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - l, d = a - u;
  return {
    left: Math.floor(r),
    top: Math.floor(s),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function Mi(e, t, n, o, i, a = 0.1) {
  const r = ed(a, t, n), s = (t - r.x) / e.width, l = (n - r.y) / e.height, u = Math.min(s, l), c = pt(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, h = t / 2 - d * c, w = n / 2 - f * c, m = td(e, h, w, c, t, n), g = {
    left: Math.min(m.left - r.left, 0),
    top: Math.min(m.top - r.top, 0),
    right: Math.min(m.right - r.right, 0),
    bottom: Math.min(m.bottom - r.bottom, 0)
  };
  return {
    x: h - g.left + g.right,
    y: w - g.top + g.bottom,
    zoom: c
  };
}
function nd(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function nr(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : nr(n, t) : !1;
}
function pn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Ii(e) {
  const t = e.ctrlKey && jn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ti(e, t, n) {
  return e < t ? pt(Math.abs(e - t), 1, t) / t : e > n ? -pt(Math.abs(e - n), 1, t) / t : 0;
}
function or(e, t, n = 15, o = 40) {
  const i = Ti(e.x, o, t.width - o) * n, a = Ti(e.y, o, t.height - o) * n;
  return [i, a];
}
function bo(e, t) {
  if (t) {
    const n = e.position.x + e.dimensions.width - t.dimensions.width, o = e.position.y + e.dimensions.height - t.dimensions.height;
    if (n > 0 || o > 0 || e.position.x < 0 || e.position.y < 0) {
      let i = {};
      if (typeof t.style == "function" ? i = { ...t.style(t) } : t.style && (i = { ...t.style }), i.width = i.width ?? `${t.dimensions.width}px`, i.height = i.height ?? `${t.dimensions.height}px`, n > 0)
        if (typeof i.width == "string") {
          const a = Number(i.width.replace("px", ""));
          i.width = `${a + n}px`;
        } else
          i.width += n;
      if (o > 0)
        if (typeof i.height == "string") {
          const a = Number(i.height.replace("px", ""));
          i.height = `${a + o}px`;
        } else
          i.height += o;
      if (e.position.x < 0) {
        const a = Math.abs(e.position.x);
        if (t.position.x = t.position.x - a, typeof i.width == "string") {
          const r = Number(i.width.replace("px", ""));
          i.width = `${r + a}px`;
        } else
          i.width += a;
        e.position.x = 0;
      }
      if (e.position.y < 0) {
        const a = Math.abs(e.position.y);
        if (t.position.y = t.position.y - a, typeof i.height == "string") {
          const r = Number(i.height.replace("px", ""));
          i.height = `${r + a}px`;
        } else
          i.height += a;
        e.position.y = 0;
      }
      t.dimensions.width = Number(i.width.toString().replace("px", "")), t.dimensions.height = Number(i.height.toString().replace("px", "")), typeof t.style == "function" ? t.style = (a) => {
        const r = t.style;
        return {
          ...r(a),
          ...i
        };
      } : t.style = {
        ...t.style,
        ...i
      };
    }
  }
}
function Pi(e, t) {
  var n, o;
  const i = e.filter((r) => r.type === "add" || r.type === "remove");
  for (const r of i)
    if (r.type === "add")
      t.findIndex((l) => l.id === r.item.id) === -1 && t.push(r.item);
    else if (r.type === "remove") {
      const s = t.findIndex((l) => l.id === r.id);
      s !== -1 && t.splice(s, 1);
    }
  const a = t.map((r) => r.id);
  for (const r of t)
    for (const s of e)
      if (s.id === r.id)
        switch (s.type) {
          case "select":
            r.selected = s.selected;
            break;
          case "position":
            if (nn(r) && (typeof s.position < "u" && (r.position = s.position), typeof s.dragging < "u" && (r.dragging = s.dragging), r.expandParent && r.parentNode)) {
              const l = t[a.indexOf(r.parentNode)];
              l && nn(l) && bo(r, l);
            }
            break;
          case "dimensions":
            if (nn(r) && (typeof s.dimensions < "u" && (r.dimensions = s.dimensions), typeof s.updateStyle < "u" && s.updateStyle && (r.style = {
              ...r.style || {},
              width: `${(n = s.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = s.dimensions) == null ? void 0 : o.height}px`
            }), typeof s.resizing < "u" && (r.resizing = s.resizing), r.expandParent && r.parentNode)) {
              const l = t[a.indexOf(r.parentNode)];
              l && nn(l) && (!!l.dimensions.width && !!l.dimensions.height ? bo(r, l) : Ye(() => {
                bo(r, l);
              }));
            }
            break;
        }
  return t;
}
function yt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Ai(e) {
  return {
    item: e,
    type: "add"
  };
}
function zi(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Di(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function wt(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, a] of e) {
    const r = t.has(i);
    !(a.selected === void 0 && !r) && a.selected !== r && (n && (a.selected = r), o.push(yt(a.id, r)));
  }
  return o;
}
const Oi = () => {
};
function oe(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Oi, o = () => !1;
  const i = () => t.size > 0 || o(), a = (f) => {
    n = f;
  }, r = () => {
    n = Oi;
  }, s = (f) => {
    o = f;
  }, l = () => {
    o = () => !1;
  }, u = (f) => {
    t.delete(f);
  };
  return {
    on: (f) => {
      t.add(f);
      const h = () => u(f);
      return un(h), { off: h };
    },
    off: u,
    trigger: (f) => {
      const h = [n];
      return i() ? h.push(...t) : e && h.push(e), Promise.allSettled(h.map((w) => w(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: a,
    removeEmitter: r,
    setHasEmitListeners: s,
    removeHasEmitListeners: l
  };
}
function Bi(e, t, n) {
  let o = e;
  do {
    if (o && o.matches(t))
      return !0;
    if (o === n)
      return !1;
    o = o.parentElement;
  } while (o);
  return !1;
}
function od(e, t, n, o) {
  var i, a;
  const r = /* @__PURE__ */ new Map();
  for (const [s, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !nr(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(s) && r.set(s, {
      id: l.id,
      position: l.position || { x: 0, y: 0 },
      distance: {
        x: n.x - ((i = l.computedPosition) == null ? void 0 : i.x) || 0,
        y: n.y - ((a = l.computedPosition) == null ? void 0 : a.y) || 0
      },
      from: { x: l.computedPosition.x, y: l.computedPosition.y },
      extent: l.extent,
      parentNode: l.parentNode,
      dimensions: { ...l.dimensions },
      expandParent: l.expandParent
    });
  return Array.from(r.values());
}
function ko({
  id: e,
  dragItems: t,
  findNode: n
}) {
  const o = [];
  for (const i of t) {
    const a = n(i.id);
    a && o.push(a);
  }
  return [e ? o.find((i) => i.id === e) : o[0], o];
}
function ir(e) {
  if (Array.isArray(e))
    switch (e.length) {
      case 1:
        return [e[0], e[0], e[0], e[0]];
      case 2:
        return [e[0], e[1], e[0], e[1]];
      case 3:
        return [e[0], e[1], e[2], e[1]];
      case 4:
        return e;
      default:
        return [0, 0, 0, 0];
    }
  return [e, e, e, e];
}
function id(e, t, n) {
  const [o, i, a, r] = typeof e != "string" ? ir(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + r, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - a
    ]
  ] : !1;
}
function ad(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const a = id(i, e, o);
      a && (i = a);
    } else
      t(new Fe(He.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const a = (o == null ? void 0 : o.computedPosition.x) || 0, r = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + a, i[0][1] + r],
      [i[1][0] + a, i[1][1] + r]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [a, r, s, l] = ir(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i.range[0][0] + u + l, i.range[0][1] + c + a],
      [i.range[1][0] + u - r, i.range[1][1] + c - s]
    ];
  }
  return i === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : i;
}
function rd({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function ti(e, t, n, o, i) {
  const a = rd(e.dimensions, ad(e, n, o, i)), r = Wa(t, a);
  return {
    position: {
      x: r.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: r.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: r
  };
}
function Kt(e, t, n = le.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, a = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: r, height: s } = t ?? cd(e);
  if (o)
    return { x: i + r / 2, y: a + s / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case le.Top:
      return { x: i + r / 2, y: a };
    case le.Right:
      return { x: i + r, y: a + s / 2 };
    case le.Bottom:
      return { x: i + r / 2, y: a + s };
    case le.Left:
      return { x: i, y: a + s / 2 };
  }
}
function Ri(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function sd({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: i,
  targetHeight: a,
  width: r,
  height: s,
  viewport: l
}) {
  const u = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + i),
    y2: Math.max(e.y + o, t.y + a)
  };
  u.x === u.x2 && (u.x2 += 1), u.y === u.y2 && (u.y2 += 1);
  const c = Ja({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: r / l.zoom,
    height: s / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), f = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * f) > 0;
}
function ld(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const a = t(e.source), r = t(e.target);
  return !a || !r ? 0 : (n && (i = o ? e.zIndex : Math.max(a.computedPosition.z || 0, r.computedPosition.z || 0)), i);
}
var He = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(He || {});
const Li = {
  MISSING_STYLES: () => "It seems that you haven't loaded the necessary styles. Please import '@vue-flow/core/dist/style.css' to ensure that the graph is rendered correctly",
  MISSING_VIEWPORT_DIMENSIONS: () => "The Vue Flow parent container needs a width and a height to render the graph",
  NODE_INVALID: (e) => `Node is invalid
Node: ${e}`,
  NODE_NOT_FOUND: (e) => `Node not found
Node: ${e}`,
  NODE_MISSING_PARENT: (e, t) => `Node is missing a parent
Node: ${e}
Parent: ${t}`,
  NODE_TYPE_MISSING: (e) => `Node type is missing
Type: ${e}`,
  NODE_EXTENT_INVALID: (e) => `Only child nodes can use a parent extent
Node: ${e}`,
  EDGE_INVALID: (e) => `An edge needs a source and a target
Edge: ${e}`,
  EDGE_SOURCE_MISSING: (e, t) => `Edge source is missing
Edge: ${e} 
Source: ${t}`,
  EDGE_TARGET_MISSING: (e, t) => `Edge target is missing
Edge: ${e} 
Target: ${t}`,
  EDGE_TYPE_MISSING: (e) => `Edge type is missing
Type: ${e}`,
  EDGE_SOURCE_TARGET_SAME: (e, t, n) => `Edge source and target are the same
Edge: ${e} 
Source: ${t} 
Target: ${n}`,
  EDGE_SOURCE_TARGET_MISSING: (e, t, n) => `Edge source or target is missing
Edge: ${e} 
Source: ${t} 
Target: ${n}`,
  EDGE_ORPHANED: (e) => `Edge was orphaned (suddenly missing source or target) and has been removed
Edge: ${e}`,
  EDGE_NOT_FOUND: (e) => `Edge not found
Edge: ${e}`,
  // deprecation errors
  USEVUEFLOW_OPTIONS: () => "The options parameter is deprecated and will be removed in the next major version. Please use the id parameter instead"
};
class Fe extends Error {
  constructor(t, ...n) {
    var o;
    super((o = Li[t]) == null ? void 0 : o.call(Li, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function ni(e) {
  return "clientX" in e;
}
function ud(e) {
  return "sourceEvent" in e;
}
function rt(e, t) {
  const n = ni(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const jn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function cd(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function io(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const dd = () => !0;
function _o(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function fd(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const a of t.values())
    Zn(i, Kn(a)) > 0 && o.push(a);
  return o;
}
const hd = 250;
function vd(e, t, n, o) {
  var i, a;
  let r = [], s = Number.POSITIVE_INFINITY;
  const l = fd(e, n, t + hd);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((a = u.handleBounds) == null ? void 0 : a.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: h } = Kt(u, d, d.position, !0), w = Math.sqrt((f - e.x) ** 2 + (h - e.y) ** 2);
      w > t || (w < s ? (r = [{ ...d, x: f, y: h }], s = w) : w === s && r.push({ ...d, x: f, y: h }));
    }
  }
  if (!r.length)
    return null;
  if (r.length > 1) {
    const u = o.type === "source" ? "target" : "source";
    return r.find((c) => c.type === u) ?? r[0];
  }
  return r[0];
}
function Vi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: a,
  doc: r,
  lib: s,
  flowId: l,
  isValidConnection: u = dd
}, c, d, f, h) {
  const w = a === "target", m = t ? r.querySelector(`.${s}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: g, y: x } = rt(e), C = r.elementFromPoint(g, x), p = C != null && C.classList.contains(`${s}-flow__handle`) ? C : m, v = {
    handleDomNode: p,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (p) {
    const M = ar(void 0, p), O = p.getAttribute("data-nodeid"), Y = p.getAttribute("data-handleid"), B = p.classList.contains("connectable"), G = p.classList.contains("connectableend");
    if (!O || !M)
      return v;
    const K = {
      source: w ? O : o,
      sourceHandle: w ? Y : i,
      target: w ? o : O,
      targetHandle: w ? i : Y
    };
    v.connection = K;
    const N = B && G && (n === kt.Strict ? w && M === "source" || !w && M === "target" : O !== o || Y !== i);
    v.isValid = N && u(K, {
      nodes: d,
      edges: c,
      sourceNode: f(K.source),
      targetNode: f(K.target)
    }), v.toHandle = rr(O, M, Y, h, n, !0);
  }
  return v;
}
function ar(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function md(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function pd(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function rr(e, t, n, o, i, a = !1) {
  var r, s, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === kt.Strict ? (r = u.handleBounds) == null ? void 0 : r[t] : [...((s = u.handleBounds) == null ? void 0 : s.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && a ? { ...d, ...Kt(u, d, d.position, !0) } : d;
}
const Vo = {
  [le.Left]: le.Right,
  [le.Right]: le.Left,
  [le.Top]: le.Bottom,
  [le.Bottom]: le.Top
}, gd = ["production", "prod"];
function kn(e, ...t) {
  sr() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function sr() {
  return !gd.includes("production");
}
function Hi(e, t, n, o, i) {
  const a = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return a != null && a.length ? Array.from(a).map((r) => {
    const s = r.getBoundingClientRect();
    return {
      id: r.getAttribute("data-handleid"),
      type: e,
      nodeId: i,
      position: r.getAttribute("data-handlepos"),
      x: (s.left - n.left) / o,
      y: (s.top - n.top) / o,
      ...oo(r)
    };
  }) : null;
}
function Ho(e, t, n, o, i, a = !1, r) {
  i.value = !1, e.selected ? (a || e.selected && t) && (o([e]), Ye(() => {
    r.blur();
  })) : n([e]);
}
function Ve(e) {
  return typeof H(e) < "u";
}
function yd(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Fe(He.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return _t(e) ? i = e : i = {
    ...e,
    id: ja(e)
  }, i = Ka(i, void 0, o), jc(i, t) ? !1 : i;
}
function wd(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Fe(He.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Fe(He.EDGE_NOT_FOUND, e.id)), !1;
  const { id: a, ...r } = e;
  return {
    ...r,
    id: o ? ja(t) : a,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Fi(e, t, n) {
  const o = {}, i = [];
  for (let a = 0; a < e.length; ++a) {
    const r = e[a];
    if (!Pt(r)) {
      n(
        new Fe(He.NODE_INVALID, r == null ? void 0 : r.id) || `[ID UNKNOWN|INDEX ${a}]`
      );
      continue;
    }
    const s = Wc(r, t(r.id), r.parentNode);
    r.parentNode && (o[r.parentNode] = !0), i[a] = s;
  }
  for (const a of i) {
    const r = t(a.parentNode) || i.find((s) => s.id === a.parentNode);
    a.parentNode && !r && n(new Fe(He.NODE_MISSING_PARENT, a.id, a.parentNode)), (a.parentNode || o[a.id]) && (o[a.id] && (a.isParent = !0), r && (r.isParent = !0));
  }
  return i;
}
function Yi(e, t, n, o, i, a) {
  let r = i;
  const s = o.get(r) || /* @__PURE__ */ new Map();
  o.set(r, s.set(n, t)), r = `${i}-${e}`;
  const l = o.get(r) || /* @__PURE__ */ new Map();
  if (o.set(r, l.set(n, t)), a) {
    r = `${i}-${e}-${a}`;
    const u = o.get(r) || /* @__PURE__ */ new Map();
    o.set(r, u.set(n, t));
  }
}
function So(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: a, sourceHandle: r = null, targetHandle: s = null } = o, l = { edgeId: o.id, source: i, target: a, sourceHandle: r, targetHandle: s }, u = `${i}-${r}--${a}-${s}`, c = `${a}-${s}--${i}-${r}`;
    Yi("source", l, c, e, i, r), Yi("target", l, u, e, a, s);
  }
}
function Xi(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function $o(e, t, n, o, i, a, r, s) {
  const l = [];
  for (const u of e) {
    const c = _t(u) ? u : yd(u, s, i, a);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new Fe(He.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Fe(He.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new Fe(He.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: s,
      nodes: r,
      sourceNode: d,
      targetNode: f
    })) {
      i(new Fe(He.EDGE_INVALID, c.id));
      continue;
    }
    const h = o(c.id);
    l.push({
      ...Ka(c, h, a),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const qi = Symbol("vueFlow"), oi = Symbol("nodeId"), lr = Symbol("nodeRef"), xd = Symbol("edgeId"), bd = Symbol("edgeRef"), ao = Symbol("slots");
function ur(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: i,
    nodeLookup: a,
    nodeExtent: r,
    nodeDragThreshold: s,
    viewport: l,
    autoPanOnNodeDrag: u,
    autoPanSpeed: c,
    nodesDraggable: d,
    panBy: f,
    findNode: h,
    multiSelectionActive: w,
    nodesSelectionActive: m,
    selectNodesOnDrag: g,
    removeSelectedElements: x,
    addSelectedNodes: C,
    updateNodePositions: p,
    emits: v
  } = Be(), { onStart: M, onDrag: O, onStop: Y, onClick: B, el: G, disabled: K, id: X, selectable: N, dragHandle: j } = e, _ = xt(!1);
  let V = [], T, D = null, I = { x: void 0, y: void 0 }, L = { x: 0, y: 0 }, U = null, J = !1, re = !1, ue = 0, ge = !1;
  const te = cr(), Z = ({ x: he, y: fe }) => {
    I = { x: he, y: fe };
    let b = !1;
    if (V = V.map((y) => {
      const S = { x: he - y.distance.x, y: fe - y.distance.y }, { computedPosition: z } = ti(
        y,
        n.value ? io(S, o.value) : S,
        v.error,
        r.value,
        y.parentNode ? h(y.parentNode) : void 0
      );
      return b = b || y.position.x !== z.x || y.position.y !== z.y, y.position = z, y;
    }), re = re || b, !!b && (p(V, !0, !0), _.value = !0, U)) {
      const [y, S] = ko({
        id: X,
        dragItems: V,
        findNode: h
      });
      O({ event: U, node: y, nodes: S });
    }
  }, Q = () => {
    if (!D)
      return;
    const [he, fe] = or(L, D, c.value);
    if (he !== 0 || fe !== 0) {
      const b = {
        x: (I.x ?? 0) - he / l.value.zoom,
        y: (I.y ?? 0) - fe / l.value.zoom
      };
      f({ x: he, y: fe }) && Z(b);
    }
    ue = requestAnimationFrame(Q);
  }, Se = (he, fe) => {
    J = !0;
    const b = h(X);
    !g.value && !w.value && b && (b.selected || x()), b && Ce(N) && g.value && Ho(
      b,
      w.value,
      C,
      x,
      m,
      !1,
      fe
    );
    const y = te(he.sourceEvent);
    if (I = y, V = od(a.value, d.value, y, X), V.length) {
      const [S, z] = ko({
        id: X,
        dragItems: V,
        findNode: h
      });
      M({ event: he.sourceEvent, node: S, nodes: z });
    }
  }, Ie = (he, fe) => {
    var b;
    he.sourceEvent.type === "touchmove" && he.sourceEvent.touches.length > 1 || (re = !1, s.value === 0 && Se(he, fe), I = te(he.sourceEvent), D = ((b = t.value) == null ? void 0 : b.getBoundingClientRect()) || null, L = rt(he.sourceEvent, D));
  }, we = (he, fe) => {
    const b = te(he.sourceEvent);
    if (!ge && J && u.value && (ge = !0, Q()), !J) {
      const y = b.xSnapped - (I.x ?? 0), S = b.ySnapped - (I.y ?? 0);
      Math.sqrt(y * y + S * S) > s.value && Se(he, fe);
    }
    (I.x !== b.xSnapped || I.y !== b.ySnapped) && V.length && J && (U = he.sourceEvent, L = rt(he.sourceEvent, D), Z(b));
  }, Ee = (he) => {
    let fe = !1;
    if (!J && !_.value && !w.value) {
      const b = he.sourceEvent, y = te(b), S = y.xSnapped - (I.x ?? 0), z = y.ySnapped - (I.y ?? 0), P = Math.sqrt(S * S + z * z);
      P !== 0 && P <= s.value && (B == null || B(b), fe = !0);
    }
    if (V.length && !fe) {
      re && (p(V, !1, !1), re = !1);
      const [b, y] = ko({
        id: X,
        dragItems: V,
        findNode: h
      });
      Y({ event: he.sourceEvent, node: b, nodes: y });
    }
    V = [], _.value = !1, ge = !1, J = !1, I = { x: void 0, y: void 0 }, cancelAnimationFrame(ue);
  };
  return _e([() => Ce(K), G], ([he, fe], b, y) => {
    if (fe) {
      const S = Qe(fe);
      he || (T = Ul().on("start", (z) => Ie(z, fe)).on("drag", (z) => we(z, fe)).on("end", (z) => Ee(z)).filter((z) => {
        const P = z.target, ne = Ce(j);
        return !z.button && (!i.value || !Bi(P, `.${i.value}`, fe) && (!ne || Bi(P, ne, fe)));
      }), S.call(T)), y(() => {
        S.on(".drag", null), T && (T.on("start", null), T.on("drag", null), T.on("end", null));
      });
    }
  }), _;
}
function kd() {
  return {
    doubleClick: oe(),
    click: oe(),
    mouseEnter: oe(),
    mouseMove: oe(),
    mouseLeave: oe(),
    contextMenu: oe(),
    updateStart: oe(),
    update: oe(),
    updateEnd: oe()
  };
}
function _d(e, t) {
  const n = kd();
  return n.doubleClick.on((o) => {
    var i, a;
    t.edgeDoubleClick(o), (a = (i = e.events) == null ? void 0 : i.doubleClick) == null || a.call(i, o);
  }), n.click.on((o) => {
    var i, a;
    t.edgeClick(o), (a = (i = e.events) == null ? void 0 : i.click) == null || a.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, a;
    t.edgeMouseEnter(o), (a = (i = e.events) == null ? void 0 : i.mouseEnter) == null || a.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, a;
    t.edgeMouseMove(o), (a = (i = e.events) == null ? void 0 : i.mouseMove) == null || a.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, a;
    t.edgeMouseLeave(o), (a = (i = e.events) == null ? void 0 : i.mouseLeave) == null || a.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, a;
    t.edgeContextMenu(o), (a = (i = e.events) == null ? void 0 : i.contextMenu) == null || a.call(i, o);
  }), n.updateStart.on((o) => {
    var i, a;
    t.edgeUpdateStart(o), (a = (i = e.events) == null ? void 0 : i.updateStart) == null || a.call(i, o);
  }), n.update.on((o) => {
    var i, a;
    t.edgeUpdate(o), (a = (i = e.events) == null ? void 0 : i.update) == null || a.call(i, o);
  }), n.updateEnd.on((o) => {
    var i, a;
    t.edgeUpdateEnd(o), (a = (i = e.events) == null ? void 0 : i.updateEnd) == null || a.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, a]) => (o.emit[i] = a.trigger, o.on[i] = a.on, o),
    { emit: {}, on: {} }
  );
}
function cr() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Be();
  return (i) => {
    var a;
    const r = ((a = o.value) == null ? void 0 : a.getBoundingClientRect()) ?? { left: 0, top: 0 }, s = ud(i) ? i.sourceEvent : i, { x: l, y: u } = rt(s, r), c = mn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? io(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function In() {
  return !0;
}
function dr({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: i,
  onEdgeUpdate: a,
  onEdgeUpdateEnd: r
}) {
  const {
    id: s,
    vueFlowRef: l,
    connectionMode: u,
    connectionRadius: c,
    connectOnClick: d,
    connectionClickStartHandle: f,
    nodesConnectable: h,
    autoPanOnConnect: w,
    autoPanSpeed: m,
    findNode: g,
    panBy: x,
    startConnection: C,
    updateConnection: p,
    endConnection: v,
    emits: M,
    viewport: O,
    edges: Y,
    nodes: B,
    isValidConnection: G,
    nodeLookup: K
  } = Be();
  let X = null, N = !1, j = null;
  function _(T) {
    var D;
    const I = Ce(n) === "target", L = ni(T), U = Ci(T.target), J = T.currentTarget;
    if (J && (L && T.button === 0 || !L)) {
      let re = function(se) {
        b = rt(se, Ee), Z = vd(
          mn(b, O.value, !1, [1, 1]),
          c.value,
          K.value,
          z
        ), y || (S(), y = !0);
        const me = Vi(
          se,
          {
            handle: Z,
            connectionMode: u.value,
            fromNodeId: Ce(t),
            fromHandleId: Ce(e),
            fromType: I ? "target" : "source",
            isValidConnection: te,
            doc: U,
            lib: "vue",
            flowId: s,
            nodeLookup: K.value
          },
          Y.value,
          B.value,
          g,
          K.value
        );
        j = me.handleDomNode, X = me.connection, N = pd(!!Z, me.isValid);
        const ke = {
          // from stays the same
          ...ce,
          isValid: N,
          to: me.toHandle && N ? vn({ x: me.toHandle.x, y: me.toHandle.y }, O.value) : b,
          toHandle: me.toHandle,
          toPosition: N && me.toHandle ? me.toHandle.position : Vo[z.position],
          toNode: me.toHandle ? K.value.get(me.toHandle.nodeId) : null
        };
        if (N && Z && (ce != null && ce.toHandle) && ke.toHandle && ce.toHandle.type === ke.toHandle.type && ce.toHandle.nodeId === ke.toHandle.nodeId && ce.toHandle.id === ke.toHandle.id && ce.to.x === ke.to.x && ce.to.y === ke.to.y)
          return;
        const Pe = Z ?? me.toHandle;
        if (p(
          Pe && N ? vn(
            {
              x: Pe.x,
              y: Pe.y
            },
            O.value
          ) : b,
          Pe,
          md(!!Pe, N)
        ), ce = ke, !Z && !N && !j)
          return _o(fe);
        X && X.source !== X.target && j && (_o(fe), fe = j, j.classList.add("connecting", "vue-flow__handle-connecting"), j.classList.toggle("valid", !!N), j.classList.toggle("vue-flow__handle-valid", !!N));
      }, ue = function(se) {
        "touches" in se && se.touches.length > 0 || ((Z || j) && X && N && (a ? a(se, X) : M.connect(X)), M.connectEnd(se), i && (r == null || r(se)), _o(fe), cancelAnimationFrame(Q), v(se), y = !1, N = !1, X = null, j = null, U.removeEventListener("mousemove", re), U.removeEventListener("mouseup", ue), U.removeEventListener("touchmove", re), U.removeEventListener("touchend", ue));
      };
      const ge = g(Ce(t));
      let te = Ce(o) || G.value || In;
      !te && ge && (te = (I ? ge.isValidSourcePos : ge.isValidTargetPos) || In);
      let Z, Q = 0;
      const { x: Se, y: Ie } = rt(T), we = ar(Ce(i), J), Ee = (D = l.value) == null ? void 0 : D.getBoundingClientRect();
      if (!Ee || !we)
        return;
      const he = rr(Ce(t), we, Ce(e), K.value, u.value);
      if (!he)
        return;
      let fe, b = rt(T, Ee), y = !1;
      const S = () => {
        if (!w.value)
          return;
        const [se, me] = or(b, Ee, m.value);
        x({ x: se, y: me }), Q = requestAnimationFrame(S);
      }, z = {
        ...he,
        nodeId: Ce(t),
        type: we,
        position: he.position
      }, P = K.value.get(Ce(t)), ie = {
        inProgress: !0,
        isValid: null,
        from: Kt(P, z, le.Left, !0),
        fromHandle: z,
        fromPosition: z.position,
        fromNode: P,
        to: b,
        toHandle: null,
        toPosition: Vo[z.position],
        toNode: null
      };
      C(
        {
          nodeId: Ce(t),
          id: Ce(e),
          type: we,
          position: (J == null ? void 0 : J.getAttribute("data-handlepos")) || le.Top,
          ...b
        },
        {
          x: Se - Ee.left,
          y: Ie - Ee.top
        }
      ), M.connectStart({ event: T, nodeId: Ce(t), handleId: Ce(e), handleType: we });
      let ce = ie;
      U.addEventListener("mousemove", re), U.addEventListener("mouseup", ue), U.addEventListener("touchmove", re), U.addEventListener("touchend", ue);
    }
  }
  function V(T) {
    var D, I;
    if (!d.value)
      return;
    const L = Ce(n) === "target";
    if (!f.value) {
      M.clickConnectStart({ event: T, nodeId: Ce(t), handleId: Ce(e) }), C(
        {
          nodeId: Ce(t),
          type: Ce(n),
          id: Ce(e),
          position: le.Top,
          ...rt(T)
        },
        void 0,
        !0
      );
      return;
    }
    let U = Ce(o) || G.value || In;
    const J = g(Ce(t));
    if (!U && J && (U = (L ? J.isValidSourcePos : J.isValidTargetPos) || In), J && (typeof J.connectable > "u" ? h.value : J.connectable) === !1)
      return;
    const re = Ci(T.target), ue = Vi(
      T,
      {
        handle: {
          nodeId: Ce(t),
          id: Ce(e),
          type: Ce(n),
          position: le.Top,
          ...rt(T)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: U,
        doc: re,
        lib: "vue",
        flowId: s,
        nodeLookup: K.value
      },
      Y.value,
      B.value,
      g,
      K.value
    ), ge = ((D = ue.connection) == null ? void 0 : D.source) === ((I = ue.connection) == null ? void 0 : I.target);
    ue.isValid && ue.connection && !ge && M.connect(ue.connection), M.clickConnectEnd(T), v(T, !0);
  }
  return {
    handlePointerDown: _,
    handleClick: V
  };
}
function Sd() {
  return $t(oi, "");
}
function fr(e) {
  const t = e ?? Sd() ?? "", n = $t(lr, ve(null)), { findNode: o, edges: i, emits: a } = Be(), r = o(t);
  return r || a.error(new Fe(He.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: r,
    parentNode: W(() => o(r.parentNode)),
    connectedEdges: W(() => tr([r], i.value))
  };
}
function $d() {
  return {
    doubleClick: oe(),
    click: oe(),
    mouseEnter: oe(),
    mouseMove: oe(),
    mouseLeave: oe(),
    contextMenu: oe(),
    dragStart: oe(),
    drag: oe(),
    dragStop: oe()
  };
}
function Ed(e, t) {
  const n = $d();
  return n.doubleClick.on((o) => {
    var i, a;
    t.nodeDoubleClick(o), (a = (i = e.events) == null ? void 0 : i.doubleClick) == null || a.call(i, o);
  }), n.click.on((o) => {
    var i, a;
    t.nodeClick(o), (a = (i = e.events) == null ? void 0 : i.click) == null || a.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, a;
    t.nodeMouseEnter(o), (a = (i = e.events) == null ? void 0 : i.mouseEnter) == null || a.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, a;
    t.nodeMouseMove(o), (a = (i = e.events) == null ? void 0 : i.mouseMove) == null || a.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, a;
    t.nodeMouseLeave(o), (a = (i = e.events) == null ? void 0 : i.mouseLeave) == null || a.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, a;
    t.nodeContextMenu(o), (a = (i = e.events) == null ? void 0 : i.contextMenu) == null || a.call(i, o);
  }), n.dragStart.on((o) => {
    var i, a;
    t.nodeDragStart(o), (a = (i = e.events) == null ? void 0 : i.dragStart) == null || a.call(i, o);
  }), n.drag.on((o) => {
    var i, a;
    t.nodeDrag(o), (a = (i = e.events) == null ? void 0 : i.drag) == null || a.call(i, o);
  }), n.dragStop.on((o) => {
    var i, a;
    t.nodeDragStop(o), (a = (i = e.events) == null ? void 0 : i.dragStop) == null || a.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, a]) => (o.emit[i] = a.trigger, o.on[i] = a.on, o),
    { emit: {}, on: {} }
  );
}
function hr() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: a, nodesDraggable: r, emits: s } = Be();
  return (l, u = !1) => {
    const c = a.value ? i.value[0] : 5, d = a.value ? i.value[1] : 5, f = u ? 4 : 1, h = l.x * c * f, w = l.y * d * f, m = [];
    for (const g of e.value)
      if (g.draggable || r && typeof g.draggable > "u") {
        const x = { x: g.computedPosition.x + h, y: g.computedPosition.y + w }, { position: C } = ti(
          g,
          x,
          s.error,
          t.value,
          g.parentNode ? o(g.parentNode) : void 0
        );
        m.push({
          id: g.id,
          position: C,
          from: g.position,
          distance: { x: l.x, y: l.y },
          dimensions: g.dimensions
        });
      }
    n(m, !0, !1);
  };
}
const Tn = 0.1, Nd = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function gt() {
  return kn("Viewport not initialized yet."), Promise.resolve(!1);
}
const Cd = {
  zoomIn: gt,
  zoomOut: gt,
  zoomTo: gt,
  fitView: gt,
  setCenter: gt,
  fitBounds: gt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: gt,
  setTransform: gt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function Md(e) {
  function t(o, i) {
    return new Promise((a) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? on : Bn).scaleBy(
        Eo(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          a(!0);
        }),
        o
      ) : a(!1);
    });
  }
  function n(o, i, a, r) {
    return new Promise((s) => {
      var l;
      const { x: u, y: c } = Wa({ x: -o, y: -i }, e.translateExtent), d = Wt.translate(-u, -c).scale(a);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? on : Bn).transform(
        Eo(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
          s(!0);
        }),
        d
      ) : s(!1);
    });
  }
  return W(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, a) => new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((a == null ? void 0 : a.interpolate) === "linear" ? on : Bn).scaleTo(
        Eo(e.d3Selection, a == null ? void 0 : a.duration, a == null ? void 0 : a.ease, () => {
          r(!0);
        }),
        i
      ) : r(!1);
    }),
    setViewport: (i, a) => n(i.x, i.y, i.zoom, a),
    setTransform: (i, a) => n(i.x, i.y, i.zoom, a),
    getViewport: () => ({
      x: e.viewport.x,
      y: e.viewport.y,
      zoom: e.viewport.zoom
    }),
    getTransform: () => ({
      x: e.viewport.x,
      y: e.viewport.y,
      zoom: e.viewport.zoom
    }),
    fitView: (i = {
      padding: Tn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var a, r;
      const s = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !f.hidden) && (!((a = i.nodes) != null && a.length) || (r = i.nodes) != null && r.length && i.nodes.includes(f.id)) && s.push(f);
      if (!s.length)
        return Promise.resolve(!1);
      const l = Qa(s), { x: u, y: c, zoom: d } = Mi(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Tn
      );
      return n(u, c, d, i);
    },
    setCenter: (i, a, r) => {
      const s = typeof (r == null ? void 0 : r.zoom) < "u" ? r.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * s, u = e.dimensions.height / 2 - a * s;
      return n(l, u, s, r);
    },
    fitBounds: (i, a = { padding: Tn }) => {
      const { x: r, y: s, zoom: l } = Mi(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        a.padding ?? Tn
      );
      return n(r, s, l, a);
    },
    project: (i) => mn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: a, y: r } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x - a,
          y: i.y - r
        };
        return mn(s, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: a, y: r } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x + a,
          y: i.y + r
        };
        return vn(s, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : Cd);
}
function Eo(e, t = 0, n = Nd, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Id(e, t, n) {
  const o = fa(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let m, g, x = !!(n.nodes.value.length || n.edges.value.length);
        m = Lt([e.modelValue, () => {
          var C, p;
          return (p = (C = e.modelValue) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (g == null || g.pause(), n.setElements(C), !g && !x && C.length ? x = !0 : g == null || g.resume());
        }), g = Lt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([C, p]) => {
            var v;
            (v = e.modelValue) != null && v.value && Array.isArray(e.modelValue.value) && (m == null || m.pause(), e.modelValue.value = [...C, ...p], Ye(() => {
              m == null || m.resume();
            }));
          },
          { immediate: x }
        ), Dn(() => {
          m == null || m.stop(), g == null || g.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        let m, g, x = !!n.nodes.value.length;
        m = Lt([e.nodes, () => {
          var C, p;
          return (p = (C = e.nodes) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (g == null || g.pause(), n.setNodes(C), !g && !x && C.length ? x = !0 : g == null || g.resume());
        }), g = Lt(
          [n.nodes, () => n.nodes.value.length],
          ([C]) => {
            var p;
            (p = e.nodes) != null && p.value && Array.isArray(e.nodes.value) && (m == null || m.pause(), e.nodes.value = [...C], Ye(() => {
              m == null || m.resume();
            }));
          },
          { immediate: x }
        ), Dn(() => {
          m == null || m.stop(), g == null || g.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let m, g, x = !!n.edges.value.length;
        m = Lt([e.edges, () => {
          var C, p;
          return (p = (C = e.edges) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (g == null || g.pause(), n.setEdges(C), !g && !x && C.length ? x = !0 : g == null || g.resume());
        }), g = Lt(
          [n.edges, () => n.edges.value.length],
          ([C]) => {
            var p;
            (p = e.edges) != null && p.value && Array.isArray(e.edges.value) && (m == null || m.pause(), e.edges.value = [...C], Ye(() => {
              m == null || m.resume();
            }));
          },
          { immediate: x }
        ), Dn(() => {
          m == null || m.stop(), g == null || g.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        _e(
          () => t.maxZoom,
          () => {
            t.maxZoom && Ve(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        _e(
          () => t.minZoom,
          () => {
            t.minZoom && Ve(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        _e(
          () => t.translateExtent,
          () => {
            t.translateExtent && Ve(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        _e(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && Ve(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        _e(
          () => t.applyDefault,
          () => {
            Ve(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const m = async (g) => {
          let x = g;
          typeof t.autoConnect == "function" && (x = await t.autoConnect(g)), x !== !1 && n.addEdges([x]);
        };
        _e(
          () => t.autoConnect,
          () => {
            Ve(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), _e(
          n.autoConnect,
          (g, x, C) => {
            g ? n.onConnect(m) : n.hooks.value.connect.off(m), C(() => {
              n.hooks.value.connect.off(m);
            });
          },
          { immediate: !0 }
        );
      });
    }, h = () => {
      const m = [
        "id",
        "modelValue",
        "translateExtent",
        "nodeExtent",
        "edges",
        "nodes",
        "maxZoom",
        "minZoom",
        "applyDefault",
        "autoConnect"
      ];
      for (const g of Object.keys(t)) {
        const x = g;
        if (!m.includes(x)) {
          const C = ze(() => t[x]), p = n[x];
          qo(p) && o.run(() => {
            _e(
              C,
              (v) => {
                Ve(v) && (p.value = v);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), a(), r(), l(), s(), u(), c(), d(), f(), h();
    })();
  }), () => o.stop();
}
function Td() {
  return {
    edgesChange: oe(),
    nodesChange: oe(),
    nodeDoubleClick: oe(),
    nodeClick: oe(),
    nodeMouseEnter: oe(),
    nodeMouseMove: oe(),
    nodeMouseLeave: oe(),
    nodeContextMenu: oe(),
    nodeDragStart: oe(),
    nodeDrag: oe(),
    nodeDragStop: oe(),
    nodesInitialized: oe(),
    miniMapNodeClick: oe(),
    miniMapNodeDoubleClick: oe(),
    miniMapNodeMouseEnter: oe(),
    miniMapNodeMouseMove: oe(),
    miniMapNodeMouseLeave: oe(),
    connect: oe(),
    connectStart: oe(),
    connectEnd: oe(),
    clickConnectStart: oe(),
    clickConnectEnd: oe(),
    paneReady: oe(),
    init: oe(),
    move: oe(),
    moveStart: oe(),
    moveEnd: oe(),
    selectionDragStart: oe(),
    selectionDrag: oe(),
    selectionDragStop: oe(),
    selectionContextMenu: oe(),
    selectionStart: oe(),
    selectionEnd: oe(),
    viewportChangeStart: oe(),
    viewportChange: oe(),
    viewportChangeEnd: oe(),
    paneScroll: oe(),
    paneClick: oe(),
    paneContextMenu: oe(),
    paneMouseEnter: oe(),
    paneMouseMove: oe(),
    paneMouseLeave: oe(),
    edgeContextMenu: oe(),
    edgeMouseEnter: oe(),
    edgeMouseMove: oe(),
    edgeMouseLeave: oe(),
    edgeDoubleClick: oe(),
    edgeClick: oe(),
    edgeUpdateStart: oe(),
    edgeUpdate: oe(),
    edgeUpdateEnd: oe(),
    updateNodeInternals: oe(),
    error: oe((e) => kn(e.message))
  };
}
function Pd(e, t) {
  const n = Zt();
  Rr(() => {
    for (const [i, a] of Object.entries(t.value)) {
      const r = (s) => {
        e(i, s);
      };
      a.setEmitter(r), un(a.removeEmitter), a.setHasEmitListeners(() => o(i)), un(a.removeHasEmitListeners);
    }
  });
  function o(i) {
    var a;
    const r = Ad(i);
    return !!((a = n == null ? void 0 : n.vnode.props) == null ? void 0 : a[r]);
  }
}
function Ad(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, a) => a.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function vr() {
  return {
    vueFlowRef: null,
    viewportRef: null,
    nodes: [],
    edges: [],
    connectionLookup: /* @__PURE__ */ new Map(),
    nodeTypes: {},
    edgeTypes: {},
    initialized: !1,
    dimensions: {
      width: 0,
      height: 0
    },
    viewport: { x: 0, y: 0, zoom: 1 },
    d3Zoom: null,
    d3Selection: null,
    d3ZoomHandler: null,
    minZoom: 0.5,
    maxZoom: 2,
    translateExtent: [
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    ],
    nodeExtent: [
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    ],
    selectionMode: ei.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: an.Free,
    paneClickDistance: 0,
    panOnDrag: !0,
    edgeUpdaterRadius: 10,
    onlyRenderVisibleElements: !1,
    defaultViewport: { x: 0, y: 0, zoom: 1 },
    nodesSelectionActive: !1,
    userSelectionActive: !1,
    userSelectionRect: null,
    defaultMarkerColor: "#b1b1b7",
    connectionLineStyle: {},
    connectionLineType: null,
    connectionLineOptions: {
      type: Nt.Bezier,
      style: {}
    },
    connectionMode: kt.Loose,
    connectionStartHandle: null,
    connectionEndHandle: null,
    connectionClickStartHandle: null,
    connectionPosition: { x: Number.NaN, y: Number.NaN },
    connectionRadius: 20,
    connectOnClick: !0,
    connectionStatus: null,
    isValidConnection: null,
    snapGrid: [15, 15],
    snapToGrid: !1,
    edgesUpdatable: !1,
    edgesFocusable: !0,
    nodesFocusable: !0,
    nodesConnectable: !0,
    nodesDraggable: !0,
    nodeDragThreshold: 1,
    elementsSelectable: !0,
    selectNodesOnDrag: !0,
    multiSelectionActive: !1,
    selectionKeyCode: "Shift",
    multiSelectionKeyCode: jn() ? "Meta" : "Control",
    zoomActivationKeyCode: jn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: Td(),
    applyDefault: !0,
    autoConnect: !1,
    fitViewOnInit: !1,
    fitViewOnInitDone: !1,
    noDragClassName: "nodrag",
    noWheelClassName: "nowheel",
    noPanClassName: "nopan",
    defaultEdgeOptions: void 0,
    elevateEdgesOnSelect: !1,
    elevateNodesOnSelect: !0,
    autoPanOnNodeDrag: !0,
    autoPanOnConnect: !0,
    autoPanSpeed: 15,
    disableKeyboardA11y: !1,
    ariaLiveMessage: ""
  };
}
const zd = [
  "id",
  "vueFlowRef",
  "viewportRef",
  "initialized",
  "modelValue",
  "nodes",
  "edges",
  "maxZoom",
  "minZoom",
  "translateExtent",
  "hooks",
  "defaultEdgeOptions"
];
function Dd(e, t, n) {
  const o = Md(e), i = (b) => {
    const y = b ?? [];
    e.hooks.updateNodeInternals.trigger(y);
  }, a = (b) => Zc(b, e.nodes, e.edges), r = (b) => Kc(b, e.nodes, e.edges), s = (b) => tr(b, e.edges), l = ({ id: b, type: y, nodeId: S }) => {
    var z;
    const P = b ? `-${y}-${b}` : `-${y}`;
    return Array.from(((z = e.connectionLookup.get(`${S}${P}`)) == null ? void 0 : z.values()) ?? []);
  }, u = (b) => {
    if (b)
      return t.value.get(b);
  }, c = (b) => {
    if (b)
      return n.value.get(b);
  }, d = (b, y, S) => {
    var z, P;
    const ne = [];
    for (const ie of b) {
      const ce = {
        id: ie.id,
        type: "position",
        dragging: S,
        from: ie.from
      };
      if (y && (ce.position = ie.position, ie.parentNode)) {
        const se = u(ie.parentNode);
        ce.position = {
          x: ce.position.x - (((z = se == null ? void 0 : se.computedPosition) == null ? void 0 : z.x) ?? 0),
          y: ce.position.y - (((P = se == null ? void 0 : se.computedPosition) == null ? void 0 : P.y) ?? 0)
        };
      }
      ne.push(ce);
    }
    ne != null && ne.length && e.hooks.nodesChange.trigger(ne);
  }, f = (b) => {
    if (!e.vueFlowRef)
      return;
    const y = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!y)
      return;
    const S = window.getComputedStyle(y), { m22: z } = new window.DOMMatrixReadOnly(S.transform), P = [];
    for (const ne of b) {
      const ie = ne, ce = u(ie.id);
      if (ce) {
        const se = oo(ie.nodeElement);
        if (!!(se.width && se.height && (ce.dimensions.width !== se.width || ce.dimensions.height !== se.height || ie.forceUpdate))) {
          const ke = ie.nodeElement.getBoundingClientRect();
          ce.dimensions = se, ce.handleBounds.source = Hi("source", ie.nodeElement, ke, z, ce.id), ce.handleBounds.target = Hi("target", ie.nodeElement, ke, z, ce.id), P.push({
            id: ce.id,
            type: "dimensions",
            dimensions: se
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), P.length && e.hooks.nodesChange.trigger(P);
  }, h = (b, y) => {
    const S = /* @__PURE__ */ new Set(), z = /* @__PURE__ */ new Set();
    for (const ie of b)
      Pt(ie) ? S.add(ie.id) : _t(ie) && z.add(ie.id);
    const P = wt(t.value, S, !0), ne = wt(n.value, z);
    if (e.multiSelectionActive) {
      for (const ie of S)
        P.push(yt(ie, y));
      for (const ie of z)
        ne.push(yt(ie, y));
    }
    P.length && e.hooks.nodesChange.trigger(P), ne.length && e.hooks.edgesChange.trigger(ne);
  }, w = (b) => {
    if (e.multiSelectionActive) {
      const y = b.map((S) => yt(S.id, !0));
      e.hooks.nodesChange.trigger(y);
      return;
    }
    e.hooks.nodesChange.trigger(wt(t.value, new Set(b.map((y) => y.id)), !0)), e.hooks.edgesChange.trigger(wt(n.value));
  }, m = (b) => {
    if (e.multiSelectionActive) {
      const y = b.map((S) => yt(S.id, !0));
      e.hooks.edgesChange.trigger(y);
      return;
    }
    e.hooks.edgesChange.trigger(wt(n.value, new Set(b.map((y) => y.id)))), e.hooks.nodesChange.trigger(wt(t.value, /* @__PURE__ */ new Set(), !0));
  }, g = (b) => {
    h(b, !0);
  }, x = (b) => {
    const S = (b || e.nodes).map((z) => (z.selected = !1, yt(z.id, !1)));
    e.hooks.nodesChange.trigger(S);
  }, C = (b) => {
    const S = (b || e.edges).map((z) => (z.selected = !1, yt(z.id, !1)));
    e.hooks.edgesChange.trigger(S);
  }, p = (b) => {
    if (!b || !b.length)
      return h([], !1);
    const y = b.reduce(
      (S, z) => {
        const P = yt(z.id, !1);
        return Pt(z) ? S.nodes.push(P) : S.edges.push(P), S;
      },
      { nodes: [], edges: [] }
    );
    y.nodes.length && e.hooks.nodesChange.trigger(y.nodes), y.edges.length && e.hooks.edgesChange.trigger(y.edges);
  }, v = (b) => {
    var y;
    (y = e.d3Zoom) == null || y.scaleExtent([b, e.maxZoom]), e.minZoom = b;
  }, M = (b) => {
    var y;
    (y = e.d3Zoom) == null || y.scaleExtent([e.minZoom, b]), e.maxZoom = b;
  }, O = (b) => {
    var y;
    (y = e.d3Zoom) == null || y.translateExtent(b), e.translateExtent = b;
  }, Y = (b) => {
    e.nodeExtent = b, i();
  }, B = (b) => {
    var y;
    (y = e.d3Zoom) == null || y.clickDistance(b);
  }, G = (b) => {
    e.nodesDraggable = b, e.nodesConnectable = b, e.elementsSelectable = b;
  }, K = (b) => {
    const y = b instanceof Function ? b(e.nodes) : b;
    !e.initialized && !y.length || (e.nodes = Fi(y, u, e.hooks.error.trigger));
  }, X = (b) => {
    const y = b instanceof Function ? b(e.edges) : b;
    if (!e.initialized && !y.length)
      return;
    const S = $o(
      y,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    So(e.connectionLookup, n.value, S), e.edges = S;
  }, N = (b) => {
    const y = b instanceof Function ? b([...e.nodes, ...e.edges]) : b;
    !e.initialized && !y.length || (K(y.filter(Pt)), X(y.filter(_t)));
  }, j = (b) => {
    let y = b instanceof Function ? b(e.nodes) : b;
    y = Array.isArray(y) ? y : [y];
    const S = Fi(y, u, e.hooks.error.trigger), z = [];
    for (const P of S)
      z.push(Ai(P));
    z.length && e.hooks.nodesChange.trigger(z);
  }, _ = (b) => {
    let y = b instanceof Function ? b(e.edges) : b;
    y = Array.isArray(y) ? y : [y];
    const S = $o(
      y,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), z = [];
    for (const P of S)
      z.push(Ai(P));
    z.length && e.hooks.edgesChange.trigger(z);
  }, V = (b, y = !0, S = !1) => {
    const z = b instanceof Function ? b(e.nodes) : b, P = Array.isArray(z) ? z : [z], ne = [], ie = [];
    function ce(me) {
      const ke = s(me);
      for (const Pe of ke)
        (!Ve(Pe.deletable) || Pe.deletable) && ie.push(Di(Pe.id, Pe.source, Pe.target, Pe.sourceHandle, Pe.targetHandle));
    }
    function se(me) {
      const ke = [];
      for (const Pe of e.nodes)
        Pe.parentNode === me && ke.push(Pe);
      if (ke.length) {
        for (const Pe of ke)
          ne.push(zi(Pe.id));
        y && ce(ke);
        for (const Pe of ke)
          se(Pe.id);
      }
    }
    for (const me of P) {
      const ke = typeof me == "string" ? u(me) : me;
      ke && (Ve(ke.deletable) && !ke.deletable || (ne.push(zi(ke.id)), y && ce([ke]), S && se(ke.id)));
    }
    ie.length && e.hooks.edgesChange.trigger(ie), ne.length && e.hooks.nodesChange.trigger(ne);
  }, T = (b) => {
    const y = b instanceof Function ? b(e.edges) : b, S = Array.isArray(y) ? y : [y], z = [];
    for (const P of S) {
      const ne = typeof P == "string" ? c(P) : P;
      ne && (Ve(ne.deletable) && !ne.deletable || z.push(
        Di(
          typeof P == "string" ? P : P.id,
          ne.source,
          ne.target,
          ne.sourceHandle,
          ne.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(z);
  }, D = (b, y, S = !0) => {
    const z = c(b.id);
    if (!z)
      return !1;
    const P = e.edges.indexOf(z), ne = wd(b, y, z, S, e.hooks.error.trigger);
    if (ne) {
      const [ie] = $o(
        [ne],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ce, se) => se === P ? ie : ce), So(e.connectionLookup, n.value, [ie]), ie;
    }
    return !1;
  }, I = (b, y, S = { replace: !1 }) => {
    const z = c(b);
    if (!z)
      return;
    const P = typeof y == "function" ? y(z) : y;
    z.data = S.replace ? P : { ...z.data, ...P };
  }, L = (b) => Pi(b, e.nodes), U = (b) => {
    const y = Pi(b, e.edges);
    return So(e.connectionLookup, n.value, y), y;
  }, J = (b, y, S = { replace: !1 }) => {
    const z = u(b);
    if (!z)
      return;
    const P = typeof y == "function" ? y(z) : y;
    S.replace ? e.nodes.splice(e.nodes.indexOf(z), 1, P) : Object.assign(z, P);
  }, re = (b, y, S = { replace: !1 }) => {
    const z = u(b);
    if (!z)
      return;
    const P = typeof y == "function" ? y(z) : y;
    z.data = S.replace ? P : { ...z.data, ...P };
  }, ue = (b, y, S = !1) => {
    S ? e.connectionClickStartHandle = b : e.connectionStartHandle = b, e.connectionEndHandle = null, e.connectionStatus = null, y && (e.connectionPosition = y);
  }, ge = (b, y = null, S = null) => {
    e.connectionStartHandle && (e.connectionPosition = b, e.connectionEndHandle = y, e.connectionStatus = S);
  }, te = (b, y) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, y ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, Z = (b) => {
    const y = Uc(b), S = y ? null : nn(b) ? b : u(b.id);
    return !y && !S ? [null, null, y] : [y ? b : Kn(S), S, y];
  }, Q = (b, y = !0, S = e.nodes) => {
    const [z, P, ne] = Z(b);
    if (!z)
      return [];
    const ie = [];
    for (const ce of S || e.nodes) {
      if (!ne && (ce.id === P.id || !ce.computedPosition))
        continue;
      const se = Kn(ce), me = Zn(se, z);
      (y && me > 0 || me >= se.width * se.height || me >= Number(z.width) * Number(z.height)) && ie.push(ce);
    }
    return ie;
  }, Se = (b, y, S = !0) => {
    const [z] = Z(b);
    if (!z)
      return !1;
    const P = Zn(z, y);
    return S && P > 0 || P >= Number(z.width) * Number(z.height);
  }, Ie = (b) => {
    const { viewport: y, dimensions: S, d3Zoom: z, d3Selection: P, translateExtent: ne } = e;
    if (!z || !P || !b.x && !b.y)
      return !1;
    const ie = Wt.translate(y.x + b.x, y.y + b.y).scale(y.zoom), ce = [
      [0, 0],
      [S.width, S.height]
    ], se = z.constrain()(ie, ce, ne), me = e.viewport.x !== se.x || e.viewport.y !== se.y || e.viewport.zoom !== se.k;
    return z.transform(P, se), me;
  }, we = (b) => {
    const y = b instanceof Function ? b(e) : b, S = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Ve(y.defaultEdgeOptions) && (e.defaultEdgeOptions = y.defaultEdgeOptions);
    const z = y.modelValue || y.nodes || y.edges ? [] : void 0;
    z && (y.modelValue && z.push(...y.modelValue), y.nodes && z.push(...y.nodes), y.edges && z.push(...y.edges), N(z));
    const P = () => {
      Ve(y.maxZoom) && M(y.maxZoom), Ve(y.minZoom) && v(y.minZoom), Ve(y.translateExtent) && O(y.translateExtent);
    };
    for (const ne of Object.keys(y)) {
      const ie = ne, ce = y[ie];
      ![...zd, ...S].includes(ie) && Ve(ce) && (e[ie] = ce);
    }
    Mo(() => e.d3Zoom).not.toBeNull().then(P), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: N,
    setNodes: K,
    setEdges: X,
    addNodes: j,
    addEdges: _,
    removeNodes: V,
    removeEdges: T,
    findNode: u,
    findEdge: c,
    updateEdge: D,
    updateEdgeData: I,
    updateNode: J,
    updateNodeData: re,
    applyEdgeChanges: U,
    applyNodeChanges: L,
    addSelectedElements: g,
    addSelectedNodes: w,
    addSelectedEdges: m,
    setMinZoom: v,
    setMaxZoom: M,
    setTranslateExtent: O,
    setNodeExtent: Y,
    setPaneClickDistance: B,
    removeSelectedElements: p,
    removeSelectedNodes: x,
    removeSelectedEdges: C,
    startConnection: ue,
    updateConnection: ge,
    endConnection: te,
    setInteractive: G,
    setState: we,
    getIntersectingNodes: Q,
    getIncomers: a,
    getOutgoers: r,
    getConnectedEdges: s,
    getHandleConnections: l,
    isNodeIntersecting: Se,
    panBy: Ie,
    fitView: (b) => o.value.fitView(b),
    zoomIn: (b) => o.value.zoomIn(b),
    zoomOut: (b) => o.value.zoomOut(b),
    zoomTo: (b, y) => o.value.zoomTo(b, y),
    setViewport: (b, y) => o.value.setViewport(b, y),
    setTransform: (b, y) => o.value.setTransform(b, y),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (b, y, S) => o.value.setCenter(b, y, S),
    fitBounds: (b, y) => o.value.fitBounds(b, y),
    project: (b) => o.value.project(b),
    screenToFlowCoordinate: (b) => o.value.screenToFlowCoordinate(b),
    flowToScreenCoordinate: (b) => o.value.flowToScreenCoordinate(b),
    toObject: () => {
      const b = [], y = [];
      for (const S of e.nodes) {
        const {
          computedPosition: z,
          handleBounds: P,
          selected: ne,
          dimensions: ie,
          isParent: ce,
          resizing: se,
          dragging: me,
          events: ke,
          ...Pe
        } = S;
        b.push(Pe);
      }
      for (const S of e.edges) {
        const { selected: z, sourceNode: P, targetNode: ne, events: ie, ...ce } = S;
        y.push(ce);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: b,
          edges: y,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (b) => new Promise((y) => {
      const { nodes: S, edges: z, position: P, zoom: ne, viewport: ie } = b;
      S && K(S), z && X(z);
      const [ce, se] = ie != null && ie.x && (ie != null && ie.y) ? [ie.x, ie.y] : P ?? [null, null];
      if (ce && se) {
        const me = (ie == null ? void 0 : ie.zoom) || ne || e.viewport.zoom;
        return Mo(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ce,
            y: se,
            zoom: me
          }).then(() => {
            y(!0);
          });
        });
      } else
        y(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const b = vr();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const y = Wt.translate(b.defaultViewport.x ?? 0, b.defaultViewport.y ?? 0).scale(pt(b.defaultViewport.zoom ?? 1, b.minZoom, b.maxZoom)), S = e.viewportRef.getBoundingClientRect(), z = [
          [0, 0],
          [S.width, S.height]
        ], P = e.d3Zoom.constrain()(y, z, b.translateExtent);
        e.d3Zoom.transform(e.d3Selection, P);
      }
      we(b);
    },
    $destroy: () => {
    }
  };
}
const Od = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Bd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, bt = /* @__PURE__ */ Re({
  ...Bd,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => le.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Fr(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = ze(() => n.type ?? "source"), i = ze(() => n.isValidConnection ?? null), {
      id: a,
      connectionStartHandle: r,
      connectionClickStartHandle: s,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Be(), { id: h, node: w, nodeEl: m, connectedEdges: g } = fr(), x = ve(), C = ze(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), p = ze(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), v = ze(
      () => {
        var X, N, j, _, V, T;
        return ((X = r.value) == null ? void 0 : X.nodeId) === h && ((N = r.value) == null ? void 0 : N.id) === e.id && ((j = r.value) == null ? void 0 : j.type) === o.value || ((_ = l.value) == null ? void 0 : _.nodeId) === h && ((V = l.value) == null ? void 0 : V.id) === e.id && ((T = l.value) == null ? void 0 : T.type) === o.value;
      }
    ), M = ze(
      () => {
        var X, N, j;
        return ((X = s.value) == null ? void 0 : X.nodeId) === h && ((N = s.value) == null ? void 0 : N.id) === e.id && ((j = s.value) == null ? void 0 : j.type) === o.value;
      }
    ), { handlePointerDown: O, handleClick: Y } = dr({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), B = W(() => typeof e.connectable == "string" && e.connectable === "single" ? !g.value.some((X) => {
      const N = X[`${o.value}Handle`];
      return X[o.value] !== h ? !1 : N ? N === e.id : !0;
    }) : typeof e.connectable == "number" ? g.value.filter((X) => {
      const N = X[`${o.value}Handle`];
      return X[o.value] !== h ? !1 : N ? N === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(w, g.value) : Ve(e.connectable) ? e.connectable : c.value);
    tt(() => {
      var X;
      if (!w.dimensions.width || !w.dimensions.height)
        return;
      const N = (X = w.handleBounds[o.value]) == null ? void 0 : X.find((L) => L.id === e.id);
      if (!u.value || N)
        return;
      const j = u.value.querySelector(".vue-flow__transformationpane");
      if (!m.value || !x.value || !j || !e.id)
        return;
      const _ = m.value.getBoundingClientRect(), V = x.value.getBoundingClientRect(), T = window.getComputedStyle(j), { m22: D } = new window.DOMMatrixReadOnly(T.transform), I = {
        id: e.id,
        position: e.position,
        x: (V.left - _.left) / D,
        y: (V.top - _.top) / D,
        type: o.value,
        nodeId: h,
        ...oo(x.value)
      };
      w.handleBounds[o.value] = [...w.handleBounds[o.value] ?? [], I];
    });
    function G(X) {
      const N = ni(X);
      B.value && C.value && (N && X.button === 0 || !N) && O(X);
    }
    function K(X) {
      !h || !s.value && !C.value || B.value && Y(X);
    }
    return t({
      handleClick: Y,
      handlePointerDown: O,
      onClick: K,
      onPointerDown: G
    }), (X, N) => (E(), A("div", {
      ref_key: "handle",
      ref: x,
      "data-id": `${H(a)}-${H(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": H(h),
      "data-handlepos": X.position,
      class: Ae(["vue-flow__handle", [
        `vue-flow__handle-${X.position}`,
        `vue-flow__handle-${e.id}`,
        H(d),
        H(f),
        o.value,
        {
          connectable: B.value,
          connecting: M.value,
          connectablestart: C.value,
          connectableend: p.value,
          connectionindicator: B.value && (C.value && !v.value || p.value && v.value)
        }
      ]]),
      onMousedown: G,
      onTouchstartPassive: G,
      onClick: K
    }, [
      qe(X.$slots, "default", { id: X.id })
    ], 42, Od));
  }
}), ro = function({
  sourcePosition: e = le.Bottom,
  targetPosition: t = le.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: a,
  data: r
}) {
  const s = r.label ?? n;
  return [
    Ne(bt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof s != "string" && s ? Ne(s) : Ne(ye, [s]),
    Ne(bt, { type: "source", position: e, connectable: o, isValidConnection: a })
  ];
};
ro.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
ro.inheritAttrs = !1;
ro.compatConfig = { MODE: 3 };
const Rd = ro, so = function({
  targetPosition: e = le.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const a = i.label ?? t;
  return [
    Ne(bt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof a != "string" && a ? Ne(a) : Ne(ye, [a])
  ];
};
so.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
so.inheritAttrs = !1;
so.compatConfig = { MODE: 3 };
const Ld = so, lo = function({
  sourcePosition: e = le.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const a = i.label ?? t;
  return [
    typeof a != "string" && a ? Ne(a) : Ne(ye, [a]),
    Ne(bt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
lo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
lo.inheritAttrs = !1;
lo.compatConfig = { MODE: 3 };
const Vd = lo, Hd = ["transform"], Fd = ["width", "height", "x", "y", "rx", "ry"], Yd = ["y"], Xd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, qd = /* @__PURE__ */ Re({
  ...Xd,
  props: {
    x: {},
    y: {},
    label: {},
    labelStyle: { default: () => ({}) },
    labelShowBg: { type: Boolean, default: !0 },
    labelBgStyle: { default: () => ({}) },
    labelBgPadding: { default: () => [2, 4] },
    labelBgBorderRadius: { default: 2 }
  },
  setup(e) {
    const t = ve({ x: 0, y: 0, width: 0, height: 0 }), n = ve(null), o = W(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    tt(i), _e([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const a = n.value.getBBox();
      (a.width !== t.value.width || a.height !== t.value.height) && (t.value = a);
    }
    return (a, r) => (E(), A("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      a.labelShowBg ? (E(), A("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * a.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * a.labelBgPadding[1]}px`,
        x: -a.labelBgPadding[0],
        y: -a.labelBgPadding[1],
        style: Me(a.labelBgStyle),
        rx: a.labelBgBorderRadius,
        ry: a.labelBgBorderRadius
      }, null, 12, Fd)) : ee("", !0),
      k("text", va(a.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: a.labelStyle
      }), [
        qe(a.$slots, "default", {}, () => [
          typeof a.label != "string" ? (E(), De(Go(a.label), { key: 0 })) : (E(), A(ye, { key: 1 }, [
            be(F(a.label), 1)
          ], 64))
        ])
      ], 16, Yd)
    ], 8, Hd));
  }
}), Gd = ["id", "d", "marker-end", "marker-start"], Ud = ["d", "stroke-width"], Wd = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, uo = /* @__PURE__ */ Re({
  ...Wd,
  props: {
    id: {},
    labelX: {},
    labelY: {},
    path: {},
    label: {},
    markerStart: {},
    markerEnd: {},
    interactionWidth: { default: 20 },
    labelStyle: {},
    labelShowBg: { type: Boolean },
    labelBgStyle: {},
    labelBgPadding: {},
    labelBgBorderRadius: {}
  },
  setup(e, { expose: t }) {
    const n = ve(null), o = ve(null), i = ve(null), a = Yr();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (r, s) => (E(), A(ye, null, [
      k("path", va(H(a), {
        id: r.id,
        ref_key: "pathEl",
        ref: n,
        d: r.path,
        class: "vue-flow__edge-path",
        "marker-end": r.markerEnd,
        "marker-start": r.markerStart
      }), null, 16, Gd),
      r.interactionWidth ? (E(), A("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: r.path,
        "stroke-width": r.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Ud)) : ee("", !0),
      r.label && r.labelX && r.labelY ? (E(), De(qd, {
        key: 1,
        ref_key: "labelEl",
        ref: i,
        x: r.labelX,
        y: r.labelY,
        label: r.label,
        "label-show-bg": r.labelShowBg,
        "label-bg-style": r.labelBgStyle,
        "label-bg-padding": r.labelBgPadding,
        "label-bg-border-radius": r.labelBgBorderRadius,
        "label-style": r.labelStyle
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : ee("", !0)
    ], 64));
  }
});
function mr({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, a = n < e ? n + i : n - i, r = Math.abs(o - t) / 2, s = o < t ? o + r : o - r;
  return [a, s, i, r];
}
function pr({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: a,
  targetControlX: r,
  targetControlY: s
}) {
  const l = e * 0.125 + i * 0.375 + r * 0.375 + n * 0.125, u = t * 0.125 + a * 0.375 + s * 0.375 + o * 0.125, c = Math.abs(l - e), d = Math.abs(u - t);
  return [l, u, c, d];
}
function Pn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Gi({ pos: e, x1: t, y1: n, x2: o, y2: i, c: a }) {
  let r, s;
  switch (e) {
    case le.Left:
      r = t - Pn(t - o, a), s = n;
      break;
    case le.Right:
      r = t + Pn(o - t, a), s = n;
      break;
    case le.Top:
      r = t, s = n - Pn(n - i, a);
      break;
    case le.Bottom:
      r = t, s = n + Pn(i - n, a);
      break;
  }
  return [r, s];
}
function gr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = le.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = le.Top,
    curvature: s = 0.25
  } = e, [l, u] = Gi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: a,
    c: s
  }), [c, d] = Gi({
    pos: r,
    x1: i,
    y1: a,
    x2: t,
    y2: n,
    c: s
  }), [f, h, w, m] = pr({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: a,
    sourceControlX: l,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: d
  });
  return [
    `M${t},${n} C${l},${u} ${c},${d} ${i},${a}`,
    f,
    h,
    w,
    m
  ];
}
function Ui({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let a, r;
  switch (e) {
    case le.Left:
    case le.Right:
      a = 0.5 * (t + o), r = n;
      break;
    case le.Top:
    case le.Bottom:
      a = t, r = 0.5 * (n + i);
      break;
  }
  return [a, r];
}
function yr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = le.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = le.Top
  } = e, [s, l] = Ui({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: a
  }), [u, c] = Ui({
    pos: r,
    x1: i,
    y1: a,
    x2: t,
    y2: n
  }), [d, f, h, w] = pr({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: a,
    sourceControlX: s,
    sourceControlY: l,
    targetControlX: u,
    targetControlY: c
  });
  return [
    `M${t},${n} C${s},${l} ${u},${c} ${i},${a}`,
    d,
    f,
    h,
    w
  ];
}
const Wi = {
  [le.Left]: { x: -1, y: 0 },
  [le.Right]: { x: 1, y: 0 },
  [le.Top]: { x: 0, y: -1 },
  [le.Bottom]: { x: 0, y: 1 }
};
function Kd({
  source: e,
  sourcePosition: t = le.Bottom,
  target: n
}) {
  return t === le.Left || t === le.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Ki(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Zd({
  source: e,
  sourcePosition: t = le.Bottom,
  target: n,
  targetPosition: o = le.Top,
  center: i,
  offset: a
}) {
  const r = Wi[t], s = Wi[o], l = { x: e.x + r.x * a, y: e.y + r.y * a }, u = { x: n.x + s.x * a, y: n.y + s.y * a }, c = Kd({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let h, w, m;
  const g = { x: 0, y: 0 }, x = { x: 0, y: 0 }, [C, p, v, M] = mr({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (r[d] * s[d] === -1) {
    w = i.x ?? C, m = i.y ?? p;
    const Y = [
      { x: w, y: l.y },
      { x: w, y: u.y }
    ], B = [
      { x: l.x, y: m },
      { x: u.x, y: m }
    ];
    r[d] === f ? h = d === "x" ? Y : B : h = d === "x" ? B : Y;
  } else {
    const Y = [{ x: l.x, y: u.y }], B = [{ x: u.x, y: l.y }];
    if (d === "x" ? h = r.x === f ? B : Y : h = r.y === f ? Y : B, t === o) {
      const j = Math.abs(e[d] - n[d]);
      if (j <= a) {
        const _ = Math.min(a - 1, a - j);
        r[d] === f ? g[d] = (l[d] > e[d] ? -1 : 1) * _ : x[d] = (u[d] > n[d] ? -1 : 1) * _;
      }
    }
    if (t !== o) {
      const j = d === "x" ? "y" : "x", _ = r[d] === s[j], V = l[j] > u[j], T = l[j] < u[j];
      (r[d] === 1 && (!_ && V || _ && T) || r[d] !== 1 && (!_ && T || _ && V)) && (h = d === "x" ? Y : B);
    }
    const G = { x: l.x + g.x, y: l.y + g.y }, K = { x: u.x + x.x, y: u.y + x.y }, X = Math.max(Math.abs(G.x - h[0].x), Math.abs(K.x - h[0].x)), N = Math.max(Math.abs(G.y - h[0].y), Math.abs(K.y - h[0].y));
    X >= N ? (w = (G.x + K.x) / 2, m = h[0].y) : (w = h[0].x, m = (G.y + K.y) / 2);
  }
  return [[
    e,
    { x: l.x + g.x, y: l.y + g.y },
    ...h,
    { x: u.x + x.x, y: u.y + x.y },
    n
  ], w, m, v, M];
}
function jd(e, t, n, o) {
  const i = Math.min(Ki(e, t) / 2, Ki(t, n) / 2, o), { x: a, y: r } = t;
  if (e.x === a && a === n.x || e.y === r && r === n.y)
    return `L${a} ${r}`;
  if (e.y === r) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${a + i * u},${r}Q ${a},${r} ${a},${r + i * c}`;
  }
  const s = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${a},${r + i * l}Q ${a},${r} ${a + i * s},${r}`;
}
function Fo(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = le.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = le.Top,
    borderRadius: s = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, h, w, m] = Zd({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: a },
    targetPosition: r,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((x, C, p) => {
    let v;
    return p > 0 && p < d.length - 1 ? v = jd(d[p - 1], C, d[p + 1], s) : v = `${p === 0 ? "M" : "L"}${C.x} ${C.y}`, x += v, x;
  }, ""), f, h, w, m];
}
function Jd(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [a, r, s, l] = mr({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, a, r, s, l];
}
const Qd = Re({
  name: "StraightEdge",
  props: [
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = Jd(e);
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ef = Qd, tf = Re({
  name: "SmoothStepEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "borderRadius",
    "markerEnd",
    "markerStart",
    "interactionWidth",
    "offset"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = Fo({
        ...e,
        sourcePosition: e.sourcePosition ?? le.Bottom,
        targetPosition: e.targetPosition ?? le.Top
      });
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), wr = tf, nf = Re({
  name: "StepEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  setup(e, { attrs: t }) {
    return () => Ne(wr, { ...e, ...t, borderRadius: 0 });
  }
}), of = nf, af = Re({
  name: "BezierEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "curvature",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = gr({
        ...e,
        sourcePosition: e.sourcePosition ?? le.Bottom,
        targetPosition: e.targetPosition ?? le.Top
      });
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), rf = af, sf = Re({
  name: "SimpleBezierEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = yr({
        ...e,
        sourcePosition: e.sourcePosition ?? le.Bottom,
        targetPosition: e.targetPosition ?? le.Top
      });
      return Ne(uo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), lf = sf, uf = {
  input: Vd,
  default: Rd,
  output: Ld
}, cf = {
  default: rf,
  straight: ef,
  step: of,
  smoothstep: wr,
  simplebezier: lf
};
function df(e, t, n) {
  const o = W(() => (m) => t.value.get(m)), i = W(() => (m) => n.value.get(m)), a = W(() => {
    const m = {
      ...cf,
      ...e.edgeTypes
    }, g = Object.keys(m);
    for (const x of e.edges)
      x.type && !g.includes(x.type) && (m[x.type] = x.type);
    return m;
  }), r = W(() => {
    const m = {
      ...uf,
      ...e.nodeTypes
    }, g = Object.keys(m);
    for (const x of e.nodes)
      x.type && !g.includes(x.type) && (m[x.type] = x.type);
    return m;
  }), s = W(() => e.onlyRenderVisibleElements ? er(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = W(() => {
    if (e.onlyRenderVisibleElements) {
      const m = [];
      for (const g of e.edges) {
        const x = t.value.get(g.source), C = t.value.get(g.target);
        sd({
          sourcePos: x.computedPosition || { x: 0, y: 0 },
          targetPos: C.computedPosition || { x: 0, y: 0 },
          sourceWidth: x.dimensions.width,
          sourceHeight: x.dimensions.height,
          targetWidth: C.dimensions.width,
          targetHeight: C.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && m.push(g);
      }
      return m;
    }
    return e.edges;
  }), u = W(() => [...s.value, ...l.value]), c = W(() => {
    const m = [];
    for (const g of e.nodes)
      g.selected && m.push(g);
    return m;
  }), d = W(() => {
    const m = [];
    for (const g of e.edges)
      g.selected && m.push(g);
    return m;
  }), f = W(() => [
    ...c.value,
    ...d.value
  ]), h = W(() => {
    const m = [];
    for (const g of e.nodes)
      g.dimensions.width && g.dimensions.height && g.handleBounds !== void 0 && m.push(g);
    return m;
  }), w = W(
    () => s.value.length > 0 && h.value.length === s.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: a,
    getNodeTypes: r,
    getEdges: l,
    getNodes: s,
    getSelectedElements: f,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: h,
    areNodesInitialized: w
  };
}
class Ct {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = Zt()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Ct.instance;
    return Ct.instance = o ?? new Ct(), n && (n.config.globalProperties.$vueFlowStorage = Ct.instance), Ct.instance;
  }
  set(t, n) {
    return this.flows.set(t, n);
  }
  get(t) {
    return this.flows.get(t);
  }
  remove(t) {
    return this.flows.delete(t);
  }
  create(t, n) {
    const o = vr(), i = sn(o), a = {};
    for (const [f, h] of Object.entries(i.hooks)) {
      const w = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      a[w] = h.on;
    }
    const r = {};
    for (const [f, h] of Object.entries(i.hooks))
      r[f] = h.trigger;
    const s = W(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        f.set(h.id, h);
      return f;
    }), l = W(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        f.set(h.id, h);
      return f;
    }), u = df(i, s, l), c = Dd(i, s, l);
    c.setState({ ...i, ...n });
    const d = {
      ...a,
      ...u,
      ...c,
      ...ns(i),
      nodeLookup: s,
      edgeLookup: l,
      emits: r,
      id: t,
      vueFlowVersion: "1.48.2",
      $destroy: () => {
        this.remove(t);
      }
    };
    return this.set(t, d), d;
  }
  getId() {
    return `vue-flow-${this.currentId++}`;
  }
}
function Be(e) {
  const t = Ct.getInstance(), n = da(), o = typeof e == "object", i = o ? e : { id: e }, a = i.id, r = a ?? (n == null ? void 0 : n.vueFlowId);
  let s;
  if (n) {
    const l = $t(qi, null);
    typeof l < "u" && l !== null && (!r || l.id === r) && (s = l);
  }
  if (s || r && (s = t.get(r)), !s || r && s.id !== r) {
    const l = a ?? t.getId(), u = t.create(l, i);
    s = u, (n ?? fa(!0)).run(() => {
      _e(
        u.applyDefault,
        (d, f, h) => {
          const w = (g) => {
            u.applyNodeChanges(g);
          }, m = (g) => {
            u.applyEdgeChanges(g);
          };
          d ? (u.onNodesChange(w), u.onEdgesChange(m)) : (u.hooks.value.nodesChange.off(w), u.hooks.value.edgesChange.off(m)), h(() => {
            u.hooks.value.nodesChange.off(w), u.hooks.value.edgesChange.off(m);
          });
        },
        { immediate: !0 }
      ), un(() => {
        if (s) {
          const d = t.get(s.id);
          d ? d.$destroy() : kn(`No store instance found for id ${s.id} in storage.`);
        }
      });
    });
  } else
    o && s.setState(i);
  if (n && (At(qi, s), n.vueFlowId = s.id), o) {
    const l = Zt();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && s.emits.error(new Fe(He.USEVUEFLOW_OPTIONS));
  }
  return s;
}
function ff(e) {
  const { emits: t, dimensions: n } = Be();
  let o;
  tt(() => {
    const i = () => {
      var a, r;
      if (!e.value || !(((r = (a = e.value).checkVisibility) == null ? void 0 : r.call(a)) ?? !0))
        return;
      const s = oo(e.value);
      (s.width === 0 || s.height === 0) && t.error(new Fe(He.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: s.width || 500, height: s.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), jt(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const hf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, vf = /* @__PURE__ */ Re({
  ...hf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (E(), A("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Me({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), mf = ["tabIndex"], pf = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, gf = /* @__PURE__ */ Re({
  ...pf,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: a, userSelectionActive: r } = Be(), s = hr(), l = ve(null), u = ur({
      el: l,
      onStart(w) {
        t.selectionDragStart(w), t.nodeDragStart(w);
      },
      onDrag(w) {
        t.selectionDrag(w), t.nodeDrag(w);
      },
      onStop(w) {
        t.selectionDragStop(w), t.nodeDragStop(w);
      }
    });
    tt(() => {
      var w;
      a.value || (w = l.value) == null || w.focus({ preventScroll: !0 });
    });
    const c = W(() => Qa(o.value)), d = W(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(w) {
      t.selectionContextMenu({ event: w, nodes: o.value });
    }
    function h(w) {
      a.value || Yt[w.key] && (w.preventDefault(), s(
        {
          x: Yt[w.key].x,
          y: Yt[w.key].y
        },
        w.shiftKey
      ));
    }
    return (w, m) => !H(r) && c.value.width && c.value.height ? (E(), A("div", {
      key: 0,
      class: Ae(["vue-flow__nodesselection vue-flow__container", H(i)]),
      style: Me({ transform: `translate(${H(n).x}px,${H(n).y}px) scale(${H(n).zoom})` })
    }, [
      k("div", {
        ref_key: "el",
        ref: l,
        class: Ae([{ dragging: H(u) }, "vue-flow__nodesselection-rect"]),
        style: Me(d.value),
        tabIndex: H(a) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: h
      }, null, 46, mf)
    ], 6)) : ee("", !0);
  }
});
function yf(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const wf = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, xf = /* @__PURE__ */ Re({
  ...wf,
  props: {
    isSelecting: { type: Boolean },
    selectionKeyPressed: { type: Boolean }
  },
  setup(e) {
    const {
      vueFlowRef: t,
      nodes: n,
      viewport: o,
      emits: i,
      userSelectionActive: a,
      removeSelectedElements: r,
      userSelectionRect: s,
      elementsSelectable: l,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: d,
      removeNodes: f,
      removeEdges: h,
      selectionMode: w,
      deleteKeyCode: m,
      multiSelectionKeyCode: g,
      multiSelectionActive: x,
      edgeLookup: C,
      nodeLookup: p,
      connectionLookup: v,
      defaultEdgeOptions: M,
      connectionStartHandle: O,
      panOnDrag: Y
    } = Be(), B = xt(null), G = xt(/* @__PURE__ */ new Set()), K = xt(/* @__PURE__ */ new Set()), X = xt(null), N = ze(() => l.value && (e.isSelecting || a.value)), j = ze(() => O.value !== null);
    let _ = !1, V = !1;
    const T = rn(m, { actInsideInputWithModifier: !1 }), D = rn(g);
    _e(T, (te) => {
      te && (f(d.value), h(c.value), u.value = !1);
    }), _e(D, (te) => {
      x.value = te;
    });
    function I(te, Z) {
      return (Q) => {
        Q.target === Z && (te == null || te(Q));
      };
    }
    function L(te) {
      if (_ || j.value) {
        _ = !1;
        return;
      }
      i.paneClick(te), r(), u.value = !1;
    }
    function U(te) {
      var Z;
      if (Array.isArray(Y.value) && ((Z = Y.value) != null && Z.includes(2))) {
        te.preventDefault();
        return;
      }
      i.paneContextMenu(te);
    }
    function J(te) {
      i.paneScroll(te);
    }
    function re(te) {
      var Z, Q, Se;
      if (X.value = ((Z = t.value) == null ? void 0 : Z.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || te.button !== 0 || te.target !== B.value || !X.value)
        return;
      (Se = (Q = te.target) == null ? void 0 : Q.setPointerCapture) == null || Se.call(Q, te.pointerId);
      const { x: Ie, y: we } = yf(te, X.value);
      V = !0, _ = !1, r(), s.value = {
        width: 0,
        height: 0,
        startX: Ie,
        startY: we,
        x: Ie,
        y: we
      }, i.selectionStart(te);
    }
    function ue(te) {
      var Z;
      if (!X.value || !s.value)
        return;
      _ = !0;
      const { x: Q, y: Se } = rt(te, X.value), { startX: Ie = 0, startY: we = 0 } = s.value, Ee = {
        startX: Ie,
        startY: we,
        x: Q < Ie ? Q : Ie,
        y: Se < we ? Se : we,
        width: Math.abs(Q - Ie),
        height: Math.abs(Se - we)
      }, he = G.value, fe = K.value;
      G.value = new Set(
        er(n.value, Ee, o.value, w.value === ei.Partial, !0).map(
          (y) => y.id
        )
      ), K.value = /* @__PURE__ */ new Set();
      const b = ((Z = M.value) == null ? void 0 : Z.selectable) ?? !0;
      for (const y of G.value) {
        const S = v.value.get(y);
        if (S)
          for (const { edgeId: z } of S.values()) {
            const P = C.value.get(z);
            P && (P.selectable ?? b) && K.value.add(z);
          }
      }
      if (!Xi(he, G.value)) {
        const y = wt(p.value, G.value, !0);
        i.nodesChange(y);
      }
      if (!Xi(fe, K.value)) {
        const y = wt(C.value, K.value);
        i.edgesChange(y);
      }
      s.value = Ee, a.value = !0, u.value = !1;
    }
    function ge(te) {
      var Z;
      te.button !== 0 || !V || ((Z = te.target) == null || Z.releasePointerCapture(te.pointerId), !a.value && s.value && te.target === B.value && L(te), a.value = !1, s.value = null, u.value = G.value.size > 0, i.selectionEnd(te), e.selectionKeyPressed && (_ = !1), V = !1);
    }
    return (te, Z) => (E(), A("div", {
      ref_key: "container",
      ref: B,
      class: Ae(["vue-flow__pane vue-flow__container", { selection: te.isSelecting }]),
      onClick: Z[0] || (Z[0] = (Q) => N.value ? void 0 : I(L, B.value)(Q)),
      onContextmenu: Z[1] || (Z[1] = (Q) => I(U, B.value)(Q)),
      onWheelPassive: Z[2] || (Z[2] = (Q) => I(J, B.value)(Q)),
      onPointerenter: Z[3] || (Z[3] = (Q) => N.value ? void 0 : H(i).paneMouseEnter(Q)),
      onPointerdown: Z[4] || (Z[4] = (Q) => N.value ? re(Q) : H(i).paneMouseMove(Q)),
      onPointermove: Z[5] || (Z[5] = (Q) => N.value ? ue(Q) : H(i).paneMouseMove(Q)),
      onPointerup: Z[6] || (Z[6] = (Q) => N.value ? ge(Q) : void 0),
      onPointerleave: Z[7] || (Z[7] = (Q) => H(i).paneMouseLeave(Q))
    }, [
      qe(te.$slots, "default"),
      H(a) && H(s) ? (E(), De(vf, {
        key: 0,
        "user-selection-rect": H(s)
      }, null, 8, ["user-selection-rect"])) : ee("", !0),
      H(u) && H(d).length ? (E(), De(gf, { key: 1 })) : ee("", !0)
    ], 34));
  }
}), bf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, kf = /* @__PURE__ */ Re({
  ...bf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Be(), i = W(() => n.value ? !o.value : !1), a = W(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (r, s) => (E(), A("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Me({ transform: a.value, opacity: i.value ? 0 : void 0 })
    }, [
      qe(r.$slots, "default")
    ], 4));
  }
}), _f = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, Sf = /* @__PURE__ */ Re({
  ..._f,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: i,
      zoomActivationKeyCode: a,
      selectionKeyCode: r,
      panActivationKeyCode: s,
      panOnScroll: l,
      panOnScrollMode: u,
      panOnScrollSpeed: c,
      panOnDrag: d,
      zoomOnDoubleClick: f,
      zoomOnPinch: h,
      zoomOnScroll: w,
      preventScrolling: m,
      noWheelClassName: g,
      noPanClassName: x,
      emits: C,
      connectionStartHandle: p,
      userSelectionActive: v,
      paneDragging: M,
      d3Zoom: O,
      d3Selection: Y,
      d3ZoomHandler: B,
      viewport: G,
      viewportRef: K,
      paneClickDistance: X
    } = Be();
    ff(K);
    const N = xt(!1), j = xt(!1);
    let _ = null, V = !1, T = 0, D = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const I = rn(s), L = rn(r), U = rn(a), J = ze(
      () => (!L.value || L.value && r.value === !0) && (I.value || d.value)
    ), re = ze(() => I.value || l.value), ue = ze(() => r.value === !0 && J.value !== !0), ge = ze(
      () => L.value && r.value !== !0 || v.value || ue.value
    ), te = ze(() => p.value !== null);
    tt(() => {
      if (!K.value) {
        kn("Viewport element is missing");
        return;
      }
      const we = K.value, Ee = we.getBoundingClientRect(), he = Vc().clickDistance(X.value).scaleExtent([t.value, n.value]).translateExtent(i.value), fe = Qe(we).call(he), b = fe.on("wheel.zoom"), y = Wt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(pt(o.value.zoom ?? 1, t.value, n.value)), S = [
        [0, 0],
        [Ee.width, Ee.height]
      ], z = he.constrain()(y, S, i.value);
      he.transform(fe, z), he.wheelDelta(Ii), O.value = he, Y.value = fe, B.value = b, G.value = { x: z.x, y: z.y, zoom: z.k }, he.on("start", (P) => {
        var ne;
        if (!P.sourceEvent)
          return null;
        T = P.sourceEvent.button, N.value = !0;
        const ie = Se(P.transform);
        ((ne = P.sourceEvent) == null ? void 0 : ne.type) === "mousedown" && (M.value = !0), D = ie, C.viewportChangeStart(ie), C.moveStart({ event: P, flowTransform: ie });
      }), he.on("end", (P) => {
        if (!P.sourceEvent)
          return null;
        if (N.value = !1, M.value = !1, Z(J.value, T ?? 0) && !V && C.paneContextMenu(P.sourceEvent), V = !1, Q(D, P.transform)) {
          const ne = Se(P.transform);
          D = ne, C.viewportChangeEnd(ne), C.moveEnd({ event: P, flowTransform: ne });
        }
      }), he.filter((P) => {
        var ne;
        const ie = U.value || w.value, ce = h.value && P.ctrlKey, se = P.button, me = P.type === "wheel";
        if (se === 1 && P.type === "mousedown" && (Ie(P, "vue-flow__node") || Ie(P, "vue-flow__edge")))
          return !0;
        if (!J.value && !ie && !re.value && !f.value && !h.value || v.value || te.value && !me || !f.value && P.type === "dblclick" || Ie(P, g.value) && me || Ie(P, x.value) && (!me || re.value && me && !U.value) || !h.value && P.ctrlKey && me || !ie && !re.value && !ce && me)
          return !1;
        if (!h && P.type === "touchstart" && ((ne = P.touches) == null ? void 0 : ne.length) > 1)
          return P.preventDefault(), !1;
        if (!J.value && (P.type === "mousedown" || P.type === "touchstart") || ue.value && Array.isArray(d.value) && d.value.includes(0) && se === 0 || Array.isArray(d.value) && !d.value.includes(se) && (P.type === "mousedown" || P.type === "touchstart"))
          return !1;
        const ke = Array.isArray(d.value) && d.value.includes(se) || r.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !se || se <= 1;
        return (!P.ctrlKey || I.value || me) && ke;
      }), _e(
        [v, J],
        () => {
          v.value && !N.value ? he.on("zoom", null) : v.value || he.on("zoom", (P) => {
            G.value = { x: P.transform.x, y: P.transform.y, zoom: P.transform.k };
            const ne = Se(P.transform);
            V = Z(J.value, T ?? 0), C.viewportChange(ne), C.move({ event: P, flowTransform: ne });
          });
        },
        { immediate: !0 }
      ), _e(
        [v, re, u, U, h, m, g],
        () => {
          re.value && !U.value && !v.value ? fe.on(
            "wheel.zoom",
            (P) => {
              if (Ie(P, g.value))
                return !1;
              const ne = U.value || w.value, ie = h.value && P.ctrlKey;
              if (!(!m.value || re.value || ne || ie))
                return !1;
              P.preventDefault(), P.stopImmediatePropagation();
              const se = fe.property("__zoom").k || 1, me = jn();
              if (!I.value && P.ctrlKey && h.value && me) {
                const ho = it(P), _n = Ii(P), vo = se * 2 ** _n;
                he.scaleTo(fe, vo, ho, P);
                return;
              }
              const ke = P.deltaMode === 1 ? 20 : 1;
              let Pe = u.value === an.Vertical ? 0 : P.deltaX * ke, ot = u.value === an.Horizontal ? 0 : P.deltaY * ke;
              !me && P.shiftKey && u.value !== an.Vertical && !Pe && ot && (Pe = ot, ot = 0), he.translateBy(
                fe,
                -(Pe / se) * c.value,
                -(ot / se) * c.value
              );
              const Ue = Se(fe.property("__zoom"));
              _ && clearTimeout(_), j.value ? (C.move({ event: P, flowTransform: Ue }), C.viewportChange(Ue), _ = setTimeout(() => {
                C.moveEnd({ event: P, flowTransform: Ue }), C.viewportChangeEnd(Ue), j.value = !1;
              }, 150)) : (j.value = !0, C.moveStart({ event: P, flowTransform: Ue }), C.viewportChangeStart(Ue));
            },
            { passive: !1 }
          ) : typeof b < "u" && fe.on(
            "wheel.zoom",
            function(P, ne) {
              const ie = !m.value && P.type === "wheel" && !P.ctrlKey, ce = U.value || w.value, se = h.value && P.ctrlKey;
              if (!ce && !l.value && !se && P.type === "wheel" || ie || Ie(P, g.value))
                return null;
              P.preventDefault(), b.call(this, P, ne);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function Z(we, Ee) {
      return Ee === 2 && Array.isArray(we) && we.includes(2);
    }
    function Q(we, Ee) {
      return we.x !== Ee.x && !Number.isNaN(Ee.x) || we.y !== Ee.y && !Number.isNaN(Ee.y) || we.zoom !== Ee.k && !Number.isNaN(Ee.k);
    }
    function Se(we) {
      return {
        x: we.x,
        y: we.y,
        zoom: we.k
      };
    }
    function Ie(we, Ee) {
      return we.target.closest(`.${Ee}`);
    }
    return (we, Ee) => (E(), A("div", {
      ref_key: "viewportRef",
      ref: K,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ae(xf, {
        "is-selecting": ge.value,
        "selection-key-pressed": H(L),
        class: Ae({
          connecting: te.value,
          dragging: H(M),
          draggable: H(d) === !0 || Array.isArray(H(d)) && H(d).includes(0)
        })
      }, {
        default: Le(() => [
          ae(kf, null, {
            default: Le(() => [
              qe(we.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), $f = ["id"], Ef = ["id"], Nf = ["id"], Cf = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Mf = /* @__PURE__ */ Re({
  ...Cf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Be();
    return (i, a) => (E(), A(ye, null, [
      k("div", {
        id: `${H(qa)}-${H(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + F(H(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, $f),
      k("div", {
        id: `${H(Ga)}-${H(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Ef),
      H(n) ? ee("", !0) : (E(), A("div", {
        key: 0,
        id: `${H(Gc)}-${H(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, F(H(o)), 9, Nf))
    ], 64));
  }
});
function If() {
  const e = Be();
  _e(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Tf(e, t, n) {
  return n === le.Left ? e - t : n === le.Right ? e + t : e;
}
function Pf(e, t, n) {
  return n === le.Top ? e - t : n === le.Bottom ? e + t : e;
}
const ii = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = le.Top,
  type: i
}) {
  return Ne("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Tf(t, e, o),
    cy: Pf(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
ii.props = ["radius", "centerX", "centerY", "position", "type"];
ii.compatConfig = { MODE: 3 };
const Zi = ii, Af = Re({
  name: "Edge",
  compatConfig: { MODE: 3 },
  props: ["id"],
  setup(e) {
    const {
      id: t,
      addSelectedEdges: n,
      connectionMode: o,
      edgeUpdaterRadius: i,
      emits: a,
      nodesSelectionActive: r,
      noPanClassName: s,
      getEdgeTypes: l,
      removeSelectedEdges: u,
      findEdge: c,
      findNode: d,
      isValidConnection: f,
      multiSelectionActive: h,
      disableKeyboardA11y: w,
      elementsSelectable: m,
      edgesUpdatable: g,
      edgesFocusable: x,
      hooks: C
    } = Be(), p = W(() => c(e.id)), { emit: v, on: M } = _d(p.value, a), O = $t(ao), Y = Zt(), B = ve(!1), G = ve(!1), K = ve(""), X = ve(null), N = ve("source"), j = ve(null), _ = ze(
      () => typeof p.value.selectable > "u" ? m.value : p.value.selectable
    ), V = ze(() => typeof p.value.updatable > "u" ? g.value : p.value.updatable), T = ze(() => typeof p.value.focusable > "u" ? x.value : p.value.focusable);
    At(xd, e.id), At(bd, j);
    const D = W(() => p.value.class instanceof Function ? p.value.class(p.value) : p.value.class), I = W(() => p.value.style instanceof Function ? p.value.style(p.value) : p.value.style), L = W(() => {
      const y = p.value.type || "default", S = O == null ? void 0 : O[`edge-${y}`];
      if (S)
        return S;
      let z = p.value.template ?? l.value[y];
      if (typeof z == "string" && Y) {
        const P = Object.keys(Y.appContext.components);
        P && P.includes(y) && (z = ha(y, !1));
      }
      return z && typeof z != "string" ? z : (a.error(new Fe(He.EDGE_TYPE_MISSING, z)), !1);
    }), { handlePointerDown: U } = dr({
      nodeId: K,
      handleId: X,
      type: N,
      isValidConnection: f,
      edgeUpdaterType: N,
      onEdgeUpdate: ue,
      onEdgeUpdateEnd: ge
    });
    return () => {
      const y = d(p.value.source), S = d(p.value.target), z = "pathOptions" in p.value ? p.value.pathOptions : {};
      if (!y && !S)
        return a.error(new Fe(He.EDGE_SOURCE_TARGET_MISSING, p.value.id, p.value.source, p.value.target)), null;
      if (!y)
        return a.error(new Fe(He.EDGE_SOURCE_MISSING, p.value.id, p.value.source)), null;
      if (!S)
        return a.error(new Fe(He.EDGE_TARGET_MISSING, p.value.id, p.value.target)), null;
      if (!p.value || p.value.hidden || y.hidden || S.hidden)
        return null;
      let P;
      o.value === kt.Strict ? P = y.handleBounds.source : P = [...y.handleBounds.source || [], ...y.handleBounds.target || []];
      const ne = Ri(P, p.value.sourceHandle);
      let ie;
      o.value === kt.Strict ? ie = S.handleBounds.target : ie = [...S.handleBounds.target || [], ...S.handleBounds.source || []];
      const ce = Ri(ie, p.value.targetHandle), se = (ne == null ? void 0 : ne.position) || le.Bottom, me = (ce == null ? void 0 : ce.position) || le.Top, { x: ke, y: Pe } = Kt(y, ne, se), { x: ot, y: Ue } = Kt(S, ce, me);
      return p.value.sourceX = ke, p.value.sourceY = Pe, p.value.targetX = ot, p.value.targetY = Ue, Ne(
        "g",
        {
          ref: j,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${L.value === !1 ? "default" : p.value.type || "default"}`,
            s.value,
            D.value,
            {
              updating: B.value,
              selected: p.value.selected,
              animated: p.value.animated,
              inactive: !_.value && !C.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: T.value ? 0 : void 0,
          "aria-label": p.value.ariaLabel === null ? void 0 : p.value.ariaLabel ?? `Edge from ${p.value.source} to ${p.value.target}`,
          "aria-describedby": T.value ? `${Ga}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: T.value ? "group" : "img",
          ...p.value.domAttributes,
          onClick: Z,
          onContextmenu: Q,
          onDblclick: Se,
          onMouseenter: Ie,
          onMousemove: we,
          onMouseleave: Ee,
          onKeyDown: T.value ? b : void 0
        },
        [
          G.value ? null : Ne(L.value === !1 ? l.value.default : L.value, {
            id: e.id,
            sourceNode: y,
            targetNode: S,
            source: p.value.source,
            target: p.value.target,
            type: p.value.type,
            updatable: V.value,
            selected: p.value.selected,
            animated: p.value.animated,
            label: p.value.label,
            labelStyle: p.value.labelStyle,
            labelShowBg: p.value.labelShowBg,
            labelBgStyle: p.value.labelBgStyle,
            labelBgPadding: p.value.labelBgPadding,
            labelBgBorderRadius: p.value.labelBgBorderRadius,
            data: p.value.data,
            events: { ...p.value.events, ...M },
            style: I.value,
            markerStart: `url('#${pn(p.value.markerStart, t)}')`,
            markerEnd: `url('#${pn(p.value.markerEnd, t)}')`,
            sourcePosition: se,
            targetPosition: me,
            sourceX: ke,
            sourceY: Pe,
            targetX: ot,
            targetY: Ue,
            sourceHandleId: p.value.sourceHandle,
            targetHandleId: p.value.targetHandle,
            interactionWidth: p.value.interactionWidth,
            ...z
          }),
          [
            V.value === "source" || V.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: he,
                  onMouseenter: J,
                  onMouseout: re
                },
                Ne(Zi, {
                  position: se,
                  centerX: ke,
                  centerY: Pe,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            V.value === "target" || V.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: fe,
                  onMouseenter: J,
                  onMouseout: re
                },
                Ne(Zi, {
                  position: me,
                  centerX: ot,
                  centerY: Ue,
                  radius: i.value,
                  type: "target",
                  "data-type": "target"
                })
              )
            ] : null
          ]
        ]
      );
    };
    function J() {
      B.value = !0;
    }
    function re() {
      B.value = !1;
    }
    function ue(y, S) {
      v.update({ event: y, edge: p.value, connection: S });
    }
    function ge(y) {
      v.updateEnd({ event: y, edge: p.value }), G.value = !1;
    }
    function te(y, S) {
      y.button === 0 && (G.value = !0, K.value = S ? p.value.target : p.value.source, X.value = (S ? p.value.targetHandle : p.value.sourceHandle) ?? null, N.value = S ? "target" : "source", v.updateStart({ event: y, edge: p.value }), U(y));
    }
    function Z(y) {
      var S;
      const z = { event: y, edge: p.value };
      _.value && (r.value = !1, p.value.selected && h.value ? (u([p.value]), (S = j.value) == null || S.blur()) : n([p.value])), v.click(z);
    }
    function Q(y) {
      v.contextMenu({ event: y, edge: p.value });
    }
    function Se(y) {
      v.doubleClick({ event: y, edge: p.value });
    }
    function Ie(y) {
      v.mouseEnter({ event: y, edge: p.value });
    }
    function we(y) {
      v.mouseMove({ event: y, edge: p.value });
    }
    function Ee(y) {
      v.mouseLeave({ event: y, edge: p.value });
    }
    function he(y) {
      te(y, !0);
    }
    function fe(y) {
      te(y, !1);
    }
    function b(y) {
      var S;
      !w.value && Ua.includes(y.key) && _.value && (y.key === "Escape" ? ((S = j.value) == null || S.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), zf = Af, Df = Re({
  name: "ConnectionLine",
  compatConfig: { MODE: 3 },
  setup() {
    var e;
    const {
      id: t,
      connectionMode: n,
      connectionStartHandle: o,
      connectionEndHandle: i,
      connectionPosition: a,
      connectionLineType: r,
      connectionLineStyle: s,
      connectionLineOptions: l,
      connectionStatus: u,
      viewport: c,
      findNode: d
    } = Be(), f = (e = $t(ao)) == null ? void 0 : e["connection-line"], h = W(() => {
      var C;
      return d((C = o.value) == null ? void 0 : C.nodeId);
    }), w = W(() => {
      var C;
      return d((C = i.value) == null ? void 0 : C.nodeId) ?? null;
    }), m = W(() => ({
      x: (a.value.x - c.value.x) / c.value.zoom,
      y: (a.value.y - c.value.y) / c.value.zoom
    })), g = W(
      () => l.value.markerStart ? `url(#${pn(l.value.markerStart, t)})` : ""
    ), x = W(
      () => l.value.markerEnd ? `url(#${pn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var C, p, v;
      if (!h.value || !o.value)
        return null;
      const M = o.value.id, O = o.value.type, Y = h.value.handleBounds;
      let B = (Y == null ? void 0 : Y[O]) ?? [];
      if (n.value === kt.Loose) {
        const I = (Y == null ? void 0 : Y[O === "source" ? "target" : "source"]) ?? [];
        B = [...B, ...I];
      }
      if (!B)
        return null;
      const G = (M ? B.find((I) => I.id === M) : B[0]) ?? null, K = (G == null ? void 0 : G.position) ?? le.Top, { x: X, y: N } = Kt(h.value, G, K);
      let j = null;
      w.value && (n.value === kt.Strict ? j = ((C = w.value.handleBounds[O === "source" ? "target" : "source"]) == null ? void 0 : C.find(
        (I) => {
          var L;
          return I.id === ((L = i.value) == null ? void 0 : L.id);
        }
      )) || null : j = ((p = [...w.value.handleBounds.source ?? [], ...w.value.handleBounds.target ?? []]) == null ? void 0 : p.find(
        (I) => {
          var L;
          return I.id === ((L = i.value) == null ? void 0 : L.id);
        }
      )) || null);
      const _ = ((v = i.value) == null ? void 0 : v.position) ?? (K ? Vo[K] : null);
      if (!K || !_)
        return null;
      const V = r.value ?? l.value.type ?? Nt.Bezier;
      let T = "";
      const D = {
        sourceX: X,
        sourceY: N,
        sourcePosition: K,
        targetX: m.value.x,
        targetY: m.value.y,
        targetPosition: _
      };
      return V === Nt.Bezier ? [T] = gr(D) : V === Nt.Step ? [T] = Fo({
        ...D,
        borderRadius: 0
      }) : V === Nt.SmoothStep ? [T] = Fo(D) : V === Nt.SimpleBezier ? [T] = yr(D) : T = `M${X},${N} ${m.value.x},${m.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          f ? Ne(f, {
            sourceX: X,
            sourceY: N,
            sourcePosition: K,
            targetX: m.value.x,
            targetY: m.value.y,
            targetPosition: _,
            sourceNode: h.value,
            sourceHandle: G,
            targetNode: w.value,
            targetHandle: j,
            markerEnd: x.value,
            markerStart: g.value,
            connectionStatus: u.value
          }) : Ne("path", {
            d: T,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...s.value,
              ...l.value.style
            },
            "marker-end": x.value,
            "marker-start": g.value
          })
        )
      );
    };
  }
}), Of = Df, Bf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Rf = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Lf = /* @__PURE__ */ Re({
  ...Rf,
  props: {
    id: {},
    type: {},
    color: { default: "none" },
    width: { default: 12.5 },
    height: { default: 12.5 },
    markerUnits: { default: "strokeWidth" },
    orient: { default: "auto-start-reverse" },
    strokeWidth: { default: 1 }
  },
  setup(e) {
    return (t, n) => (E(), A("marker", {
      id: t.id,
      class: "vue-flow__arrowhead",
      viewBox: "-10 -10 20 20",
      refX: "0",
      refY: "0",
      markerWidth: `${t.width}`,
      markerHeight: `${t.height}`,
      markerUnits: t.markerUnits,
      orient: t.orient
    }, [
      t.type === H(Ro).ArrowClosed ? (E(), A("polyline", {
        key: 0,
        style: Me({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : ee("", !0),
      t.type === H(Ro).Arrow ? (E(), A("polyline", {
        key: 1,
        style: Me({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : ee("", !0)
    ], 8, Bf));
  }
}), Vf = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Hf = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Ff = /* @__PURE__ */ Re({
  ...Hf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Be(), a = W(() => {
      const r = /* @__PURE__ */ new Set(), s = [], l = (u) => {
        if (u) {
          const c = pn(u, t);
          r.has(c) || (typeof u == "object" ? s.push({ ...u, id: c, color: u.color || i.value }) : s.push({ id: c, color: i.value, type: u }), r.add(c));
        }
      };
      for (const u of [o.value.markerEnd, o.value.markerStart])
        l(u);
      for (const u of n.value)
        for (const c of [u.markerStart, u.markerEnd])
          l(c);
      return s.sort((u, c) => u.id.localeCompare(c.id));
    });
    return (r, s) => (E(), A("svg", Vf, [
      k("defs", null, [
        (E(!0), A(ye, null, Oe(a.value, (l) => (E(), De(Lf, {
          id: l.id,
          key: l.id,
          type: l.type,
          color: l.color,
          width: l.width,
          height: l.height,
          markerUnits: l.markerUnits,
          "stroke-width": l.strokeWidth,
          orient: l.orient
        }, null, 8, ["id", "type", "color", "width", "height", "markerUnits", "stroke-width", "orient"]))), 128))
      ])
    ]));
  }
}), Yf = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Xf = /* @__PURE__ */ Re({
  ...Yf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Be();
    return (i, a) => (E(), A(ye, null, [
      ae(Ff),
      (E(!0), A(ye, null, Oe(H(n), (r) => (E(), A("svg", {
        key: r.id,
        class: "vue-flow__edges vue-flow__container",
        style: Me({ zIndex: H(ld)(r, H(t), H(o)) })
      }, [
        ae(H(zf), {
          id: r.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      ae(H(Of))
    ], 64));
  }
}), qf = Re({
  name: "Node",
  compatConfig: { MODE: 3 },
  props: ["id", "resizeObserver"],
  setup(e) {
    const {
      id: t,
      noPanClassName: n,
      selectNodesOnDrag: o,
      nodesSelectionActive: i,
      multiSelectionActive: a,
      emits: r,
      removeSelectedNodes: s,
      addSelectedNodes: l,
      updateNodeDimensions: u,
      onUpdateNodeInternals: c,
      getNodeTypes: d,
      nodeExtent: f,
      elevateNodesOnSelect: h,
      disableKeyboardA11y: w,
      ariaLiveMessage: m,
      snapToGrid: g,
      snapGrid: x,
      nodeDragThreshold: C,
      nodesDraggable: p,
      elementsSelectable: v,
      nodesConnectable: M,
      nodesFocusable: O,
      hooks: Y
    } = Be(), B = ve(null);
    At(lr, B), At(oi, e.id);
    const G = $t(ao), K = Zt(), X = hr(), { node: N, parentNode: j } = fr(e.id), { emit: _, on: V } = Ed(N, r), T = ze(() => typeof N.draggable > "u" ? p.value : N.draggable), D = ze(() => typeof N.selectable > "u" ? v.value : N.selectable), I = ze(() => typeof N.connectable > "u" ? M.value : N.connectable), L = ze(() => typeof N.focusable > "u" ? O.value : N.focusable), U = W(
      () => D.value || T.value || Y.value.nodeClick.hasListeners() || Y.value.nodeDoubleClick.hasListeners() || Y.value.nodeMouseEnter.hasListeners() || Y.value.nodeMouseMove.hasListeners() || Y.value.nodeMouseLeave.hasListeners()
    ), J = ze(() => !!N.dimensions.width && !!N.dimensions.height), re = W(() => {
      const S = N.type || "default", z = G == null ? void 0 : G[`node-${S}`];
      if (z)
        return z;
      let P = N.template || d.value[S];
      if (typeof P == "string" && K) {
        const ne = Object.keys(K.appContext.components);
        ne && ne.includes(S) && (P = ha(S, !1));
      }
      return P && typeof P != "string" ? P : (r.error(new Fe(He.NODE_TYPE_MISSING, P)), !1);
    }), ue = ur({
      id: e.id,
      el: B,
      disabled: () => !T.value,
      selectable: D,
      dragHandle: () => N.dragHandle,
      onStart(S) {
        _.dragStart(S);
      },
      onDrag(S) {
        _.drag(S);
      },
      onStop(S) {
        _.dragStop(S);
      },
      onClick(S) {
        b(S);
      }
    }), ge = W(() => N.class instanceof Function ? N.class(N) : N.class), te = W(() => {
      const S = (N.style instanceof Function ? N.style(N) : N.style) || {}, z = N.width instanceof Function ? N.width(N) : N.width, P = N.height instanceof Function ? N.height(N) : N.height;
      return !S.width && z && (S.width = typeof z == "string" ? z : `${z}px`), !S.height && P && (S.height = typeof P == "string" ? P : `${P}px`), S;
    }), Z = ze(() => Number(N.zIndex ?? te.value.zIndex ?? 0));
    return c((S) => {
      (S.includes(e.id) || !S.length) && Se();
    }), tt(() => {
      _e(
        () => N.hidden,
        (S = !1, z, P) => {
          !S && B.value && (e.resizeObserver.observe(B.value), P(() => {
            B.value && e.resizeObserver.unobserve(B.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), _e([() => N.type, () => N.sourcePosition, () => N.targetPosition], () => {
      Ye(() => {
        u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
      });
    }), _e(
      [
        () => N.position.x,
        () => N.position.y,
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.computedPosition.x;
        },
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.computedPosition.y;
        },
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.computedPosition.z;
        },
        Z,
        () => N.selected,
        () => N.dimensions.height,
        () => N.dimensions.width,
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.dimensions.height;
        },
        () => {
          var S;
          return (S = j.value) == null ? void 0 : S.dimensions.width;
        }
      ],
      ([S, z, P, ne, ie, ce]) => {
        const se = {
          x: S,
          y: z,
          z: ce + (h.value && N.selected ? 1e3 : 0)
        };
        typeof P < "u" && typeof ne < "u" ? N.computedPosition = nd({ x: P, y: ne, z: ie }, se) : N.computedPosition = se;
      },
      { flush: "post", immediate: !0 }
    ), _e([() => N.extent, f], ([S, z], [P, ne]) => {
      (S !== P || z !== ne) && Q();
    }), N.extent === "parent" || typeof N.extent == "object" && "range" in N.extent && N.extent.range === "parent" ? Mo(() => J).toBe(!0).then(Q) : Q(), () => N.hidden ? null : Ne(
      "div",
      {
        ref: B,
        "data-id": N.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${re.value === !1 ? "default" : N.type || "default"}`,
          {
            [n.value]: T.value,
            dragging: ue == null ? void 0 : ue.value,
            draggable: T.value,
            selected: N.selected,
            selectable: D.value,
            parent: N.isParent
          },
          ge.value
        ],
        style: {
          visibility: J.value ? "visible" : "hidden",
          zIndex: N.computedPosition.z ?? Z.value,
          transform: `translate(${N.computedPosition.x}px,${N.computedPosition.y}px)`,
          pointerEvents: U.value ? "all" : "none",
          ...te.value
        },
        tabIndex: L.value ? 0 : void 0,
        role: L.value ? "group" : void 0,
        "aria-describedby": w.value ? void 0 : `${qa}-${t}`,
        "aria-label": N.ariaLabel,
        "aria-roledescription": "node",
        ...N.domAttributes,
        onMouseenter: Ie,
        onMousemove: we,
        onMouseleave: Ee,
        onContextmenu: he,
        onClick: b,
        onDblclick: fe,
        onKeydown: y
      },
      [
        Ne(re.value === !1 ? d.value.default : re.value, {
          id: N.id,
          type: N.type,
          data: N.data,
          events: { ...N.events, ...V },
          selected: N.selected,
          resizing: N.resizing,
          dragging: ue.value,
          connectable: I.value,
          position: N.computedPosition,
          dimensions: N.dimensions,
          isValidTargetPos: N.isValidTargetPos,
          isValidSourcePos: N.isValidSourcePos,
          parent: N.parentNode,
          parentNodeId: N.parentNode,
          zIndex: N.computedPosition.z ?? Z.value,
          targetPosition: N.targetPosition,
          sourcePosition: N.sourcePosition,
          label: N.label,
          dragHandle: N.dragHandle,
          onUpdateNodeInternals: Se
        })
      ]
    );
    function Q() {
      const S = N.computedPosition, { computedPosition: z, position: P } = ti(
        N,
        g.value ? io(S, x.value) : S,
        r.error,
        f.value,
        j.value
      );
      (N.computedPosition.x !== z.x || N.computedPosition.y !== z.y) && (N.computedPosition = { ...N.computedPosition, ...z }), (N.position.x !== P.x || N.position.y !== P.y) && (N.position = P);
    }
    function Se() {
      B.value && u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
    }
    function Ie(S) {
      ue != null && ue.value || _.mouseEnter({ event: S, node: N });
    }
    function we(S) {
      ue != null && ue.value || _.mouseMove({ event: S, node: N });
    }
    function Ee(S) {
      ue != null && ue.value || _.mouseLeave({ event: S, node: N });
    }
    function he(S) {
      return _.contextMenu({ event: S, node: N });
    }
    function fe(S) {
      return _.doubleClick({ event: S, node: N });
    }
    function b(S) {
      D.value && (!o.value || !T.value || C.value > 0) && Ho(
        N,
        a.value,
        l,
        s,
        i,
        !1,
        B.value
      ), _.click({ event: S, node: N });
    }
    function y(S) {
      if (!(Lo(S) || w.value))
        if (Ua.includes(S.key) && D.value) {
          const z = S.key === "Escape";
          Ho(
            N,
            a.value,
            l,
            s,
            i,
            z,
            B.value
          );
        } else T.value && N.selected && Yt[S.key] && (S.preventDefault(), m.value = `Moved selected node ${S.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~N.position.x}, y: ${~~N.position.y}`, X(
          {
            x: Yt[S.key].x,
            y: Yt[S.key].y
          },
          S.shiftKey
        ));
    }
  }
}), Gf = qf;
function Uf(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Be();
  return W(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Wf = { class: "vue-flow__nodes vue-flow__container" }, Kf = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Zf = /* @__PURE__ */ Re({
  ...Kf,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Be(), i = Uf(), a = ve();
    return _e(
      i,
      (r) => {
        r && Ye(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), tt(() => {
      a.value = new ResizeObserver((r) => {
        const s = r.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        Ye(() => n(s));
      });
    }), jt(() => {
      var r;
      return (r = a.value) == null ? void 0 : r.disconnect();
    }), (r, s) => (E(), A("div", Wf, [
      a.value ? (E(!0), A(ye, { key: 0 }, Oe(H(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && Lr(d, f))
          return d;
        const h = (E(), De(H(Gf), {
          id: l.id,
          key: l.id,
          "resize-observer": a.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = f, h;
      }, s, 0), 128)) : ee("", !0)
    ]));
  }
});
function jf() {
  const { emits: e } = Be();
  tt(() => {
    if (sr()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Fe(He.MISSING_STYLES));
    }
  });
}
const Jf = /* @__PURE__ */ k("div", { class: "vue-flow__edge-labels" }, null, -1), Qf = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, eh = /* @__PURE__ */ Re({
  ...Qf,
  props: {
    id: {},
    modelValue: {},
    nodes: {},
    edges: {},
    edgeTypes: {},
    nodeTypes: {},
    connectionMode: {},
    connectionLineType: {},
    connectionLineStyle: { default: void 0 },
    connectionLineOptions: { default: void 0 },
    connectionRadius: {},
    isValidConnection: { type: [Function, null], default: void 0 },
    deleteKeyCode: { default: void 0 },
    selectionKeyCode: { type: [Boolean, null], default: void 0 },
    multiSelectionKeyCode: { default: void 0 },
    zoomActivationKeyCode: { default: void 0 },
    panActivationKeyCode: { default: void 0 },
    snapToGrid: { type: Boolean, default: void 0 },
    snapGrid: {},
    onlyRenderVisibleElements: { type: Boolean, default: void 0 },
    edgesUpdatable: { type: [Boolean, String], default: void 0 },
    nodesDraggable: { type: Boolean, default: void 0 },
    nodesConnectable: { type: Boolean, default: void 0 },
    nodeDragThreshold: {},
    elementsSelectable: { type: Boolean, default: void 0 },
    selectNodesOnDrag: { type: Boolean, default: void 0 },
    panOnDrag: { type: [Boolean, Array], default: void 0 },
    minZoom: {},
    maxZoom: {},
    defaultViewport: {},
    translateExtent: {},
    nodeExtent: {},
    defaultMarkerColor: {},
    zoomOnScroll: { type: Boolean, default: void 0 },
    zoomOnPinch: { type: Boolean, default: void 0 },
    panOnScroll: { type: Boolean, default: void 0 },
    panOnScrollSpeed: {},
    panOnScrollMode: {},
    paneClickDistance: {},
    zoomOnDoubleClick: { type: Boolean, default: void 0 },
    preventScrolling: { type: Boolean, default: void 0 },
    selectionMode: {},
    edgeUpdaterRadius: {},
    fitViewOnInit: { type: Boolean, default: void 0 },
    connectOnClick: { type: Boolean, default: void 0 },
    applyDefault: { type: Boolean, default: void 0 },
    autoConnect: { type: [Boolean, Function], default: void 0 },
    noDragClassName: {},
    noWheelClassName: {},
    noPanClassName: {},
    defaultEdgeOptions: {},
    elevateEdgesOnSelect: { type: Boolean, default: void 0 },
    elevateNodesOnSelect: { type: Boolean, default: void 0 },
    disableKeyboardA11y: { type: Boolean, default: void 0 },
    edgesFocusable: { type: Boolean, default: void 0 },
    nodesFocusable: { type: Boolean, default: void 0 },
    autoPanOnConnect: { type: Boolean, default: void 0 },
    autoPanOnNodeDrag: { type: Boolean, default: void 0 },
    autoPanSpeed: {}
  },
  emits: ["nodesChange", "edgesChange", "nodesInitialized", "paneReady", "init", "updateNodeInternals", "error", "connect", "connectStart", "connectEnd", "clickConnectStart", "clickConnectEnd", "moveStart", "move", "moveEnd", "selectionDragStart", "selectionDrag", "selectionDragStop", "selectionContextMenu", "selectionStart", "selectionEnd", "viewportChangeStart", "viewportChange", "viewportChangeEnd", "paneScroll", "paneClick", "paneContextMenu", "paneMouseEnter", "paneMouseMove", "paneMouseLeave", "edgeUpdate", "edgeContextMenu", "edgeMouseEnter", "edgeMouseMove", "edgeMouseLeave", "edgeDoubleClick", "edgeClick", "edgeUpdateStart", "edgeUpdateEnd", "nodeContextMenu", "nodeMouseEnter", "nodeMouseMove", "nodeMouseLeave", "nodeDoubleClick", "nodeClick", "nodeDragStart", "nodeDrag", "nodeDragStop", "miniMapNodeClick", "miniMapNodeDoubleClick", "miniMapNodeMouseEnter", "miniMapNodeMouseMove", "miniMapNodeMouseLeave", "update:modelValue", "update:nodes", "update:edges"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = Or(), a = po(o, "modelValue", n), r = po(o, "nodes", n), s = po(o, "edges", n), l = Be(o), u = Id({ modelValue: a, nodes: r, edges: s }, o, l);
    return Pd(n, l.hooks), If(), jf(), At(ao, i), Br(u), t(l), (c, d) => (E(), A("div", {
      ref: H(l).vueFlowRef,
      class: "vue-flow"
    }, [
      ae(Sf, null, {
        default: Le(() => [
          ae(Xf),
          Jf,
          ae(Zf),
          qe(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      qe(c.$slots, "default"),
      ae(Mf)
    ], 512));
  }
}), th = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, ji = /* @__PURE__ */ Re({
  ...th,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Be(), o = W(() => `${t.position}`.split("-"));
    return (i, a) => (E(), A("div", {
      class: Ae(["vue-flow__panel", o.value]),
      style: Me({ pointerEvents: H(n) ? "none" : "all" })
    }, [
      qe(i.$slots, "default")
    ], 6));
  }
});
var vt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(vt || {});
const xr = function({ dimensions: e, size: t, color: n }) {
  return Ne("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, br = function({ radius: e, color: t }) {
  return Ne("circle", { cx: e, cy: e, r: e, fill: t });
};
vt.Lines + "", vt.Dots + "";
const nh = {
  [vt.Dots]: "#81818a",
  [vt.Lines]: "#eee"
}, oh = ["id", "x", "y", "width", "height", "patternTransform"], ih = {
  key: 2,
  height: "100",
  width: "100"
}, ah = ["fill"], rh = ["x", "y", "fill"], sh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, lh = /* @__PURE__ */ Re({
  ...sh,
  props: {
    id: {},
    variant: { default: () => vt.Dots },
    gap: { default: 20 },
    size: { default: 1 },
    lineWidth: { default: 1 },
    patternColor: {},
    color: {},
    bgColor: {},
    height: { default: 100 },
    width: { default: 100 },
    x: { default: 0 },
    y: { default: 0 },
    offset: { default: 0 }
  },
  setup(e) {
    const { id: t, viewport: n } = Be(), o = W(() => {
      const r = n.value.zoom, [s, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [s * r || 1, l * r || 1], c = e.size * r, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [d * r || 1 + u[0] / 2, f * r || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: h,
        size: c
      };
    }), i = ze(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), a = ze(() => e.color || e.patternColor || nh[e.variant || vt.Dots]);
    return (r, s) => (E(), A("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Me({
        height: `${r.height > 100 ? 100 : r.height}%`,
        width: `${r.width > 100 ? 100 : r.width}%`
      })
    }, [
      qe(r.$slots, "pattern-container", { id: i.value }, () => [
        k("pattern", {
          id: i.value,
          x: H(n).x % o.value.scaledGap[0],
          y: H(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          qe(r.$slots, "pattern", {}, () => [
            r.variant === H(vt).Lines ? (E(), De(H(xr), {
              key: 0,
              size: r.lineWidth,
              color: a.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : r.variant === H(vt).Dots ? (E(), De(H(br), {
              key: 1,
              color: a.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : ee("", !0),
            r.bgColor ? (E(), A("svg", ih, [
              k("rect", {
                width: "100%",
                height: "100%",
                fill: r.bgColor
              }, null, 8, ah)
            ])) : ee("", !0)
          ])
        ], 8, oh)
      ]),
      k("rect", {
        x: r.x,
        y: r.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, rh),
      qe(r.$slots, "default", { id: i.value })
    ], 4));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const uh = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
var An = {
  xmlns: "http://www.w3.org/2000/svg",
  width: 24,
  height: 24,
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  "stroke-width": 2,
  "stroke-linecap": "round",
  "stroke-linejoin": "round"
};
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ch = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: a, class: r, ...s }, { slots: l }) => Ne(
  "svg",
  {
    ...An,
    width: e || An.width,
    height: e || An.height,
    stroke: o || An.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${uh(a ?? "icon")}`],
    ...s
  },
  [...i.map((u) => Ne(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const pe = (e, t) => (n, { slots: o }) => Ne(
  ch,
  {
    ...n,
    iconNode: t,
    name: e
  },
  o
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const dh = pe("AudioLinesIcon", [
  ["path", { d: "M2 10v3", key: "1fnikh" }],
  ["path", { d: "M6 6v11", key: "11sgs0" }],
  ["path", { d: "M10 3v18", key: "yhl04a" }],
  ["path", { d: "M14 8v7", key: "3a1oy3" }],
  ["path", { d: "M18 5v13", key: "123xd1" }],
  ["path", { d: "M22 10v3", key: "154ddg" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const fh = pe("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const hh = pe("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const vh = pe("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const mh = pe("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ji = pe("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ph = pe("ClapperboardIcon", [
  [
    "path",
    { d: "M20.2 6 3 11l-.9-2.4c-.3-1.1.3-2.2 1.3-2.5l13.5-4c1.1-.3 2.2.3 2.5 1.3Z", key: "1tn4o7" }
  ],
  ["path", { d: "m6.2 5.3 3.1 3.9", key: "iuk76l" }],
  ["path", { d: "m12.4 3.4 3.1 4", key: "6hsd6n" }],
  ["path", { d: "M3 11h18v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2Z", key: "ltgou9" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const gh = pe("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const yh = pe("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const wh = pe("CpuIcon", [
  ["rect", { width: "16", height: "16", x: "4", y: "4", rx: "2", key: "14l7u7" }],
  ["rect", { width: "6", height: "6", x: "9", y: "9", rx: "1", key: "5aljv4" }],
  ["path", { d: "M15 2v2", key: "13l42r" }],
  ["path", { d: "M15 20v2", key: "15mkzm" }],
  ["path", { d: "M2 15h2", key: "1gxd5l" }],
  ["path", { d: "M2 9h2", key: "1bbxkp" }],
  ["path", { d: "M20 15h2", key: "19e6y8" }],
  ["path", { d: "M20 9h2", key: "19tzq7" }],
  ["path", { d: "M9 2v2", key: "165o2o" }],
  ["path", { d: "M9 20v2", key: "i2bqo8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const xh = pe("DownloadIcon", [
  ["path", { d: "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4", key: "ih7n3h" }],
  ["polyline", { points: "7 10 12 15 17 10", key: "2ggqvy" }],
  ["line", { x1: "12", x2: "12", y1: "15", y2: "3", key: "1vk2je" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const bh = pe("FileTextIcon", [
  ["path", { d: "M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z", key: "1rqfz7" }],
  ["path", { d: "M14 2v4a2 2 0 0 0 2 2h4", key: "tnqrlb" }],
  ["path", { d: "M10 9H8", key: "b1mrlr" }],
  ["path", { d: "M16 13H8", key: "t4e002" }],
  ["path", { d: "M16 17H8", key: "z1uh3a" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const kh = pe("FilmIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }],
  ["path", { d: "M7 3v18", key: "bbkbws" }],
  ["path", { d: "M3 7.5h4", key: "zfgn84" }],
  ["path", { d: "M3 12h18", key: "1i2n21" }],
  ["path", { d: "M3 16.5h4", key: "1230mu" }],
  ["path", { d: "M17 3v18", key: "in4fa5" }],
  ["path", { d: "M17 7.5h4", key: "myr1c1" }],
  ["path", { d: "M17 16.5h4", key: "go4c1d" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const _h = pe("HistoryIcon", [
  ["path", { d: "M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8", key: "1357e3" }],
  ["path", { d: "M3 3v5h5", key: "1xhq8a" }],
  ["path", { d: "M12 7v5l4 2", key: "1fdv2h" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Sh = pe("ImageIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", ry: "2", key: "1m3agn" }],
  ["circle", { cx: "9", cy: "9", r: "2", key: "af1f0g" }],
  ["path", { d: "m21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21", key: "1xmnt7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const $h = pe("InfoIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["path", { d: "M12 16v-4", key: "1dtifu" }],
  ["path", { d: "M12 8h.01", key: "e9boi3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Eh = pe("LayersIcon", [
  [
    "path",
    {
      d: "m12.83 2.18a2 2 0 0 0-1.66 0L2.6 6.08a1 1 0 0 0 0 1.83l8.58 3.91a2 2 0 0 0 1.66 0l8.58-3.9a1 1 0 0 0 0-1.83Z",
      key: "8b97xw"
    }
  ],
  ["path", { d: "m22 17.65-9.17 4.16a2 2 0 0 1-1.66 0L2 17.65", key: "dd6zsq" }],
  ["path", { d: "m22 12.65-9.17 4.16a2 2 0 0 1-1.66 0L2 12.65", key: "ep9fru" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Nh = pe("Link2Icon", [
  ["path", { d: "M9 17H7A5 5 0 0 1 7 7h2", key: "8i5ue5" }],
  ["path", { d: "M15 7h2a5 5 0 1 1 0 10h-2", key: "1b9ql8" }],
  ["line", { x1: "8", x2: "16", y1: "12", y2: "12", key: "1jonct" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ch = pe("ListOrderedIcon", [
  ["path", { d: "M10 12h11", key: "6m4ad9" }],
  ["path", { d: "M10 18h11", key: "11hvi2" }],
  ["path", { d: "M10 6h11", key: "c7qv1k" }],
  ["path", { d: "M4 10h2", key: "16xx2s" }],
  ["path", { d: "M4 6h1v4", key: "cnovpq" }],
  ["path", { d: "M6 18H4c0-1 2-2 2-3s-1-1.5-2-1", key: "m9a95d" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Mh = pe("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ih = pe("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Th = pe("Maximize2Icon", [
  ["polyline", { points: "15 3 21 3 21 9", key: "mznyad" }],
  ["polyline", { points: "9 21 3 21 3 15", key: "1avn1i" }],
  ["line", { x1: "21", x2: "14", y1: "3", y2: "10", key: "ota7mn" }],
  ["line", { x1: "3", x2: "10", y1: "21", y2: "14", key: "1atl0r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ph = pe("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ah = pe("MicIcon", [
  ["path", { d: "M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z", key: "131961" }],
  ["path", { d: "M19 10v2a7 7 0 0 1-14 0v-2", key: "1vc78b" }],
  ["line", { x1: "12", x2: "12", y1: "19", y2: "22", key: "x3vr5v" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const zh = pe("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Dh = pe("PackageIcon", [
  [
    "path",
    {
      d: "M11 21.73a2 2 0 0 0 2 0l7-4A2 2 0 0 0 21 16V8a2 2 0 0 0-1-1.73l-7-4a2 2 0 0 0-2 0l-7 4A2 2 0 0 0 3 8v8a2 2 0 0 0 1 1.73z",
      key: "1a0edw"
    }
  ],
  ["path", { d: "M12 22V12", key: "d0xqtd" }],
  ["path", { d: "m3.3 7 7.703 4.734a2 2 0 0 0 1.994 0L20.7 7", key: "yx3hmr" }],
  ["path", { d: "m7.5 4.27 9 5.15", key: "1c824w" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Oh = pe("PaletteIcon", [
  ["circle", { cx: "13.5", cy: "6.5", r: ".5", fill: "currentColor", key: "1okk4w" }],
  ["circle", { cx: "17.5", cy: "10.5", r: ".5", fill: "currentColor", key: "f64h9f" }],
  ["circle", { cx: "8.5", cy: "7.5", r: ".5", fill: "currentColor", key: "fotxhn" }],
  ["circle", { cx: "6.5", cy: "12.5", r: ".5", fill: "currentColor", key: "qy21gx" }],
  [
    "path",
    {
      d: "M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10c.926 0 1.648-.746 1.648-1.688 0-.437-.18-.835-.437-1.125-.29-.289-.438-.652-.438-1.125a1.64 1.64 0 0 1 1.668-1.668h1.996c3.051 0 5.555-2.503 5.555-5.554C21.965 6.012 17.461 2 12 2z",
      key: "12rzf8"
    }
  ]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Bh = pe("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Rh = pe("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Lh = pe("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Vh = pe("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Hh = pe("ScanEyeIcon", [
  ["path", { d: "M3 7V5a2 2 0 0 1 2-2h2", key: "aa7l1z" }],
  ["path", { d: "M17 3h2a2 2 0 0 1 2 2v2", key: "4qcy5o" }],
  ["path", { d: "M21 17v2a2 2 0 0 1-2 2h-2", key: "6vwrx8" }],
  ["path", { d: "M7 21H5a2 2 0 0 1-2-2v-2", key: "ioqczr" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }],
  [
    "path",
    {
      d: "M18.944 12.33a1 1 0 0 0 0-.66 7.5 7.5 0 0 0-13.888 0 1 1 0 0 0 0 .66 7.5 7.5 0 0 0 13.888 0",
      key: "11ak4c"
    }
  ]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Fh = pe("ScrollTextIcon", [
  ["path", { d: "M15 12h-5", key: "r7krc0" }],
  ["path", { d: "M15 8h-5", key: "1khuty" }],
  ["path", { d: "M19 17V5a2 2 0 0 0-2-2H4", key: "zz82l3" }],
  [
    "path",
    {
      d: "M8 21h12a2 2 0 0 0 2-2v-1a1 1 0 0 0-1-1H11a1 1 0 0 0-1 1v1a2 2 0 1 1-4 0V5a2 2 0 1 0-4 0v2a1 1 0 0 0 1 1h3",
      key: "1ph1d7"
    }
  ]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Yh = pe("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Xh = pe("SlidersHorizontalIcon", [
  ["line", { x1: "21", x2: "14", y1: "4", y2: "4", key: "obuewd" }],
  ["line", { x1: "10", x2: "3", y1: "4", y2: "4", key: "1q6298" }],
  ["line", { x1: "21", x2: "12", y1: "12", y2: "12", key: "1iu8h1" }],
  ["line", { x1: "8", x2: "3", y1: "12", y2: "12", key: "ntss68" }],
  ["line", { x1: "21", x2: "16", y1: "20", y2: "20", key: "14d8ph" }],
  ["line", { x1: "12", x2: "3", y1: "20", y2: "20", key: "m0wm8r" }],
  ["line", { x1: "14", x2: "14", y1: "2", y2: "6", key: "14e1ph" }],
  ["line", { x1: "8", x2: "8", y1: "10", y2: "14", key: "1i6ji0" }],
  ["line", { x1: "16", x2: "16", y1: "18", y2: "22", key: "1lctlv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const qh = pe("SparklesIcon", [
  [
    "path",
    {
      d: "M9.937 15.5A2 2 0 0 0 8.5 14.063l-6.135-1.582a.5.5 0 0 1 0-.962L8.5 9.936A2 2 0 0 0 9.937 8.5l1.582-6.135a.5.5 0 0 1 .963 0L14.063 8.5A2 2 0 0 0 15.5 9.937l6.135 1.581a.5.5 0 0 1 0 .964L15.5 14.063a2 2 0 0 0-1.437 1.437l-1.582 6.135a.5.5 0 0 1-.963 0z",
      key: "4pj2yx"
    }
  ],
  ["path", { d: "M20 3v4", key: "1olli1" }],
  ["path", { d: "M22 5h-4", key: "1gvqau" }],
  ["path", { d: "M4 17v2", key: "vumght" }],
  ["path", { d: "M5 18H3", key: "zchphs" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Gh = pe("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Uh = pe("StarIcon", [
  [
    "path",
    {
      d: "M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z",
      key: "r04s7s"
    }
  ]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Wh = pe("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Kh = pe("TableIcon", [
  ["path", { d: "M12 3v18", key: "108xh3" }],
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }],
  ["path", { d: "M3 9h18", key: "1pudct" }],
  ["path", { d: "M3 15h18", key: "5xshup" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Zh = pe("TimerIcon", [
  ["line", { x1: "10", x2: "14", y1: "2", y2: "2", key: "14vaq8" }],
  ["line", { x1: "12", x2: "15", y1: "14", y2: "11", key: "17fdiu" }],
  ["circle", { cx: "12", cy: "14", r: "8", key: "1e1u0o" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const jh = pe("Trash2Icon", [
  ["path", { d: "M3 6h18", key: "d0wm0j" }],
  ["path", { d: "M19 6v14c0 1-1 2-2 2H7c-1 0-2-1-2-2V6", key: "4alrt4" }],
  ["path", { d: "M8 6V4c0-1 1-2 2-2h4c1 0 2 1 2 2v2", key: "v07s0e" }],
  ["line", { x1: "10", x2: "10", y1: "11", y2: "17", key: "1uufr5" }],
  ["line", { x1: "14", x2: "14", y1: "11", y2: "17", key: "xtxkd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Jh = pe("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Qh = pe("UploadIcon", [
  ["path", { d: "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4", key: "ih7n3h" }],
  ["polyline", { points: "17 8 12 3 7 8", key: "t8dd8p" }],
  ["line", { x1: "12", x2: "12", y1: "3", y2: "15", key: "widbto" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ev = pe("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const tv = pe("Volume2Icon", [
  [
    "path",
    {
      d: "M11 4.702a.705.705 0 0 0-1.203-.498L6.413 7.587A1.4 1.4 0 0 1 5.416 8H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2.416a1.4 1.4 0 0 1 .997.413l3.383 3.384A.705.705 0 0 0 11 19.298z",
      key: "uqj9uw"
    }
  ],
  ["path", { d: "M16 9a5 5 0 0 1 0 6", key: "1q6k2b" }],
  ["path", { d: "M19.364 18.364a9 9 0 0 0 0-12.728", key: "ijwkga" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const nv = pe("VolumeXIcon", [
  [
    "path",
    {
      d: "M11 4.702a.705.705 0 0 0-1.203-.498L6.413 7.587A1.4 1.4 0 0 1 5.416 8H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2.416a1.4 1.4 0 0 1 .997.413l3.383 3.384A.705.705 0 0 0 11 19.298z",
      key: "uqj9uw"
    }
  ],
  ["line", { x1: "22", x2: "16", y1: "9", y2: "15", key: "1ewh16" }],
  ["line", { x1: "16", x2: "22", y1: "9", y2: "15", key: "5ykzw1" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ov = pe("WorkflowIcon", [
  ["rect", { width: "8", height: "8", x: "3", y: "3", rx: "2", key: "by2w9f" }],
  ["path", { d: "M7 11v4a2 2 0 0 0 2 2h4", key: "xkn7yn" }],
  ["rect", { width: "8", height: "8", x: "13", y: "13", rx: "2", key: "1cgmvn" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const iv = pe("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), xe = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: ph,
      "user-round": ev,
      palette: Oh,
      timer: Zh,
      image: Sh,
      "sticky-note": Wh,
      mic: Ah,
      "sliders-horizontal": Xh,
      cpu: wh,
      workflow: ov,
      "list-ordered": Ch,
      "scroll-text": Fh,
      "audio-lines": dh,
      "scan-eye": Hh,
      play: Rh,
      square: Gh,
      trash: jh,
      copy: yh,
      comment: Ph,
      check: fh,
      x: iv,
      left: vh,
      right: mh,
      star: Uh,
      sparkles: qh,
      search: Yh,
      history: _h,
      fit: Th,
      plus: Lh,
      minus: zh,
      undo: Jh,
      redo: Vh,
      dot: Ji,
      film: kh,
      upload: Qh,
      link: Nh,
      pause: Bh,
      clock: gh,
      layers: Eh,
      lock: Ih,
      unlock: Mh,
      download: xh,
      "file-text": bh,
      table: Kh,
      package: Dh,
      info: $h,
      down: hh,
      volume: tv,
      "volume-x": nv
    }, n = e, o = W(() => t[n.name] || Ji);
    return (i, a) => (E(), De(Go(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, kr = Symbol("multiplex-store");
function av(e) {
  const t = sn({
    me: { id: "", name: "", color: "#00e5ff" },
    board: "",
    sequence: [],
    shots: {},
    // intent id -> {number, locked, cut_in, cut_out, duration_s, edit_s, start_s} (the server computes it)
    comments: [],
    snapshots: [],
    activity: { peers: [], running: [], queue: [], log: [] },
    users: [],
    openComments: null,
    // block id whose thread is open
    token: "",
    choices: {},
    // intent panel vocabularies (shot_size, angle, camera_move, transition) from the schema
    lod: 0,
    // level of detail: 0 full blocks, 1 light cards (kind, title), 2 rectangles
    pipelines: { list: [], defaults: {}, live: !1 }
    // what intents can run (canvas/model.py pipelines_view)
  }), n = W(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = W(() => ea(t.comments, (u) => [u.block])), i = W(() => ea(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), a = (u) => o.value.get(u) || Qi, r = (u) => i.value.get(u) || Qi;
  let s = 0;
  return { state: t, send: (u, c = {}) => (s += 1, e("command", { op: u, req: s, ...c }), s), seqIndex: n, commentsOf: a, othersOn: r };
}
const Qi = Object.freeze([]);
function ea(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const a = n.get(i);
      a ? a.push(o) : n.set(i, [o]);
    }
  return n;
}
function Et() {
  return $t(kr);
}
const St = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, ta = { ...St, idle: "#9ca3af", cancelled: "#9ca3af" }, rv = "#f1f3f5";
function sv(e, t, n = 30) {
  const o = t.trim().toLowerCase();
  if (!o) return e.slice(0, n);
  const i = [];
  return e.forEach((a, r) => {
    const s = String(a.title || "").toLowerCase();
    let l = s.startsWith(o) ? 0 : s.includes(o) ? 1 : -1;
    l < 0 && (l = `${a.description || ""} ${a.text || ""} ${a.caption || ""} ${a.kind} ${a.sub}`.toLowerCase().includes(o) ? 2 : -1), l >= 0 && i.push([l, r, a]);
  }), i.sort((a, r) => a[0] - r[0] || a[1] - r[1]), i.slice(0, n).map((a) => a[2]);
}
const gn = {
  intent: "#ff79c6",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function na(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function co(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const lv = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, uv = ["data-kind", "data-sub", "aria-label", "onPointerdown", "onPointerenter"], cv = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = ve(null), i = ve(null);
    function a(d, f) {
      const h = d.currentTarget.getBoundingClientRect(), w = d.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: f.label, x: w.right + 8, y: h.top + h.height / 2 };
    }
    const r = gn;
    let s = null;
    function l(d, f, h) {
      d.button === 0 && (i.value = null, d.preventDefault(), s = { x: d.clientX, y: d.clientY, group: f, item: h, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(d) {
      s && (!s.moved && Math.hypot(d.clientX - s.x, d.clientY - s.y) < 4 || (s.moved = !0, o.value = { x: d.clientX, y: d.clientY, label: s.item.label, icon: s.item.icon, color: r[s.group.kind] }));
    }
    function c(d) {
      window.removeEventListener("pointermove", u);
      const f = s;
      s = null, o.value = null, f && n("place", { kind: f.group.kind, sub: f.item.sub, clientX: d.clientX, clientY: d.clientY, dragged: f.moved });
    }
    return (d, f) => (E(), A(ye, null, [
      k("nav", lv, [
        f[1] || (f[1] = k("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          k("span", null, "m"),
          k("i")
        ], -1)),
        (E(!0), A(ye, null, Oe(e.groups, (h) => (E(), A("div", {
          key: h.kind,
          class: "mx-pal-group",
          style: Me({ "--accent": H(r)[h.kind] })
        }, [
          (E(!0), A(ye, null, Oe(h.items, (w) => (E(), A("button", {
            key: w.sub,
            class: "mx-pal-item",
            "data-kind": h.kind,
            "data-sub": w.sub,
            "aria-label": w.label,
            onPointerdown: (m) => l(m, h, w),
            onPointerenter: (m) => a(m, w),
            onPointerleave: f[0] || (f[0] = (m) => i.value = null)
          }, [
            ae(xe, {
              name: w.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, uv))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (E(), A("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: Me({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, F(i.value.label), 5)) : ee("", !0),
      o.value ? (E(), A("div", {
        key: 1,
        class: "mx-ghost",
        style: Me({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        ae(xe, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        be(" " + F(o.value.label), 1)
      ], 4)) : ee("", !0)
    ], 64));
  }
}, dv = ["width", "height"], fv = {
  __name: "Minimap",
  props: {
    flow: Object,
    blocks: Map,
    rev: Number,
    colorOf: Function,
    width: { type: Number, default: 200 },
    height: { type: Number, default: 136 }
  },
  setup(e) {
    const t = e, n = ve(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, a = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, r = 0;
    function s() {
      let m = 1 / 0, g = 1 / 0, x = -1 / 0, C = -1 / 0;
      for (const p of t.blocks.values())
        p.x < m && (m = p.x), p.y < g && (g = p.y), p.x + p.w > x && (x = p.x + p.w), p.y + p.h > C && (C = p.y + p.h);
      return m === 1 / 0 ? null : { x0: m, y0: g, x1: x, y1: C };
    }
    function l() {
      r = 0;
      const m = n.value;
      if (!m) return;
      const g = m.getContext("2d"), x = m.width, C = m.height, p = t.flow.viewport.value, v = t.flow.dimensions.value, M = { x0: -p.x / p.zoom, y0: -p.y / p.zoom, x1: (v.width - p.x) / p.zoom, y1: (v.height - p.y) / p.zoom };
      i === null && (i = s() || M);
      const O = { x0: Math.min(i.x0, M.x0), y0: Math.min(i.y0, M.y0), x1: Math.max(i.x1, M.x1), y1: Math.max(i.y1, M.y1) }, Y = Math.max(O.x1 - O.x0, O.y1 - O.y0) * 0.04;
      O.x0 -= Y, O.y0 -= Y, O.x1 += Y, O.y1 += Y;
      const B = Math.min(x / (O.x1 - O.x0), C / (O.y1 - O.y0));
      a = { x0: O.x0, y0: O.y0, scale: B, ox: (x - (O.x1 - O.x0) * B) / 2, oy: (C - (O.y1 - O.y0) * B) / 2 }, g.clearRect(0, 0, x, C), g.globalAlpha = 0.75;
      for (const j of t.blocks.values())
        g.fillStyle = t.colorOf(j), g.fillRect(a.ox + (j.x - O.x0) * B, a.oy + (j.y - O.y0) * B, Math.max(1, j.w * B), Math.max(1, j.h * B));
      g.globalAlpha = 1;
      const G = a.ox + (M.x0 - O.x0) * B, K = a.oy + (M.y0 - O.y0) * B, X = (M.x1 - M.x0) * B, N = (M.y1 - M.y0) * B;
      g.fillStyle = "rgba(10,10,11,0.62)", g.beginPath(), g.rect(0, 0, x, C), g.rect(G, K, X, N), g.fill("evenodd"), g.strokeStyle = "rgba(241,243,245,0.45)", g.lineWidth = o, g.strokeRect(G + o / 2, K + o / 2, X - o, N - o);
    }
    function u(m) {
      m && (i = null), r || (r = requestAnimationFrame(l));
    }
    _e(() => t.rev, () => u(!0)), _e(() => t.flow.viewport.value, () => u(!1)), _e(() => t.flow.dimensions.value, () => u(!1)), tt(() => u(!0)), jt(() => r && cancelAnimationFrame(r));
    function c(m) {
      const g = n.value.getBoundingClientRect(), x = (m.clientX - g.left) * o, C = (m.clientY - g.top) * o;
      return { x: (x - a.ox) / a.scale + a.x0, y: (C - a.oy) / a.scale + a.y0 };
    }
    function d(m, g) {
      const x = t.flow.dimensions.value, C = g ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: x.width / 2 - m.x * C, y: x.height / 2 - m.y * C, zoom: C });
    }
    function f(m) {
      m.button === 0 && (n.value.setPointerCapture(m.pointerId), d(c(m)));
    }
    function h(m) {
      m.buttons & 1 && d(c(m));
    }
    function w(m) {
      const g = t.flow.viewport.value, x = t.flow.dimensions.value, C = { x: (x.width / 2 - g.x) / g.zoom, y: (x.height / 2 - g.y) / g.zoom }, p = Math.max(0.05, Math.min(3, g.zoom * Math.exp(-m.deltaY * 15e-4)));
      d(C, p);
    }
    return (m, g) => (E(), A("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * H(o),
      height: e.height * H(o),
      style: Me({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: f,
      onPointermove: h,
      onWheel: de(w, ["prevent", "stop"])
    }, null, 44, dv));
  }
}, hv = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = W(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (E(), A("div", {
      key: 0,
      class: "mx-cursors",
      style: Me({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (E(!0), A(ye, null, Oe(e.users, (a) => (E(), A("div", {
        key: a.id,
        class: "mx-cursor",
        style: Me({ left: `${a.cursor.x}px`, top: `${a.cursor.y}px`, "--c": a.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = k("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          k("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        k("span", null, F(a.name), 1)
      ], 4))), 128))
    ], 4)) : ee("", !0);
  }
}, vv = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" };
function ai(e) {
  const t = e.data || {}, n = t.kind === "intent" ? St[(t.status || {}).state] || St.idle : gn[t.kind] || "#333";
  return Ne("div", {
    class: ["mx-lod", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "1"
  }, [
    Ne("div", { class: "mx-lod-kind" }, t.kind === "intent" || t.kind === "comp" ? t.sub : vv[t.kind] || t.kind),
    Ne("div", { class: "mx-lod-title" }, t.title || t.sub)
  ]);
}
ai.props = ["id", "data", "selected"];
ai.inheritAttrs = !1;
function ri(e) {
  const t = e.data || {}, n = t.kind === "intent" ? St[(t.status || {}).state] || St.idle : gn[t.kind] || "#333";
  return Ne("div", {
    class: ["mx-lod mx-rect", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "2"
  });
}
ri.props = ["id", "data", "selected"];
ri.inheritAttrs = !1;
var Yo = "http://www.w3.org/1999/xhtml";
const oa = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Yo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function _r(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), oa.hasOwnProperty(t) ? { space: oa[t], local: e } : e;
}
function mv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Yo && t.documentElement.namespaceURI === Yo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function pv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Sr(e) {
  var t = _r(e);
  return (t.local ? pv : mv)(t);
}
function gv() {
}
function $r(e) {
  return e == null ? gv : function() {
    return this.querySelector(e);
  };
}
function yv(e) {
  typeof e != "function" && (e = $r(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = a[c]) && (u = e.call(l, l.__data__, c, a)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new je(o, this._parents);
}
function wv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function xv() {
  return [];
}
function bv(e) {
  return e == null ? xv : function() {
    return this.querySelectorAll(e);
  };
}
function kv(e) {
  return function() {
    return wv(e.apply(this, arguments));
  };
}
function _v(e) {
  typeof e == "function" ? e = kv(e) : e = bv(e);
  for (var t = this._groups, n = t.length, o = [], i = [], a = 0; a < n; ++a)
    for (var r = t[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new je(o, i);
}
function Sv(e) {
  return function() {
    return this.matches(e);
  };
}
function Er(e) {
  return function(t) {
    return t.matches(e);
  };
}
var $v = Array.prototype.find;
function Ev(e) {
  return function() {
    return $v.call(this.children, e);
  };
}
function Nv() {
  return this.firstElementChild;
}
function Cv(e) {
  return this.select(e == null ? Nv : Ev(typeof e == "function" ? e : Er(e)));
}
var Mv = Array.prototype.filter;
function Iv() {
  return Array.from(this.children);
}
function Tv(e) {
  return function() {
    return Mv.call(this.children, e);
  };
}
function Pv(e) {
  return this.selectAll(e == null ? Iv : Tv(typeof e == "function" ? e : Er(e)));
}
function Av(e) {
  typeof e != "function" && (e = Sv(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new je(o, this._parents);
}
function Nr(e) {
  return new Array(e.length);
}
function zv() {
  return new je(this._enter || this._groups.map(Nr), this._parents);
}
function Jn(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Jn.prototype = {
  constructor: Jn,
  appendChild: function(e) {
    return this._parent.insertBefore(e, this._next);
  },
  insertBefore: function(e, t) {
    return this._parent.insertBefore(e, t);
  },
  querySelector: function(e) {
    return this._parent.querySelector(e);
  },
  querySelectorAll: function(e) {
    return this._parent.querySelectorAll(e);
  }
};
function Dv(e) {
  return function() {
    return e;
  };
}
function Ov(e, t, n, o, i, a) {
  for (var r = 0, s, l = t.length, u = a.length; r < u; ++r)
    (s = t[r]) ? (s.__data__ = a[r], o[r] = s) : n[r] = new Jn(e, a[r]);
  for (; r < l; ++r)
    (s = t[r]) && (i[r] = s);
}
function Bv(e, t, n, o, i, a, r) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = a.length, f = new Array(c), h;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = h = r.call(l, l.__data__, s, t) + "", u.has(h) ? i[s] = l : u.set(h, l));
  for (s = 0; s < d; ++s)
    h = r.call(e, a[s], s, a) + "", (l = u.get(h)) ? (o[s] = l, l.__data__ = a[s], u.delete(h)) : n[s] = new Jn(e, a[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(f[s]) === l && (i[s] = l);
}
function Rv(e) {
  return e.__data__;
}
function Lv(e, t) {
  if (!arguments.length) return Array.from(this, Rv);
  var n = t ? Bv : Ov, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Dv(e));
  for (var a = i.length, r = new Array(a), s = new Array(a), l = new Array(a), u = 0; u < a; ++u) {
    var c = o[u], d = i[u], f = d.length, h = Vv(e.call(c, c && c.__data__, u, o)), w = h.length, m = s[u] = new Array(w), g = r[u] = new Array(w), x = l[u] = new Array(f);
    n(c, d, m, g, x, h, t);
    for (var C = 0, p = 0, v, M; C < w; ++C)
      if (v = m[C]) {
        for (C >= p && (p = C + 1); !(M = g[p]) && ++p < w; ) ;
        v._next = M || null;
      }
  }
  return r = new je(r, o), r._enter = s, r._exit = l, r;
}
function Vv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Hv() {
  return new je(this._exit || this._groups.map(Nr), this._parents);
}
function Fv(e, t, n) {
  var o = this.enter(), i = this, a = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), o && i ? o.merge(i).order() : i;
}
function Yv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, a = o.length, r = Math.min(i, a), s = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), h, w = 0; w < d; ++w)
      (h = u[w] || c[w]) && (f[w] = h);
  for (; l < i; ++l)
    s[l] = n[l];
  return new je(s, this._parents);
}
function Xv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, a = o[i], r; --i >= 0; )
      (r = o[i]) && (a && r.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(r, a), a = r);
  return this;
}
function qv(e) {
  e || (e = Gv);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), a = 0; a < o; ++a) {
    for (var r = n[a], s = r.length, l = i[a] = new Array(s), u, c = 0; c < s; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new je(i, this._parents).order();
}
function Gv(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Uv() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Wv() {
  return Array.from(this);
}
function Kv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length; i < a; ++i) {
      var r = o[i];
      if (r) return r;
    }
  return null;
}
function Zv() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function jv() {
  return !this.node();
}
function Jv(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], a = 0, r = i.length, s; a < r; ++a)
      (s = i[a]) && e.call(s, s.__data__, a, i);
  return this;
}
function Qv(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function em(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function tm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function nm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function om(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function im(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function am(e, t) {
  var n = _r(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? em : Qv : typeof t == "function" ? n.local ? im : om : n.local ? nm : tm)(n, t));
}
function Cr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function rm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function sm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function lm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function um(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? rm : typeof t == "function" ? lm : sm)(e, t, n ?? "")) : cm(this.node(), e);
}
function cm(e, t) {
  return e.style.getPropertyValue(t) || Cr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function dm(e) {
  return function() {
    delete this[e];
  };
}
function fm(e, t) {
  return function() {
    this[e] = t;
  };
}
function hm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function vm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? dm : typeof t == "function" ? hm : fm)(e, t)) : this.node()[e];
}
function Mr(e) {
  return e.trim().split(/^|\s+/);
}
function si(e) {
  return e.classList || new Ir(e);
}
function Ir(e) {
  this._node = e, this._names = Mr(e.getAttribute("class") || "");
}
Ir.prototype = {
  add: function(e) {
    var t = this._names.indexOf(e);
    t < 0 && (this._names.push(e), this._node.setAttribute("class", this._names.join(" ")));
  },
  remove: function(e) {
    var t = this._names.indexOf(e);
    t >= 0 && (this._names.splice(t, 1), this._node.setAttribute("class", this._names.join(" ")));
  },
  contains: function(e) {
    return this._names.indexOf(e) >= 0;
  }
};
function Tr(e, t) {
  for (var n = si(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Pr(e, t) {
  for (var n = si(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function mm(e) {
  return function() {
    Tr(this, e);
  };
}
function pm(e) {
  return function() {
    Pr(this, e);
  };
}
function gm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Tr : Pr)(this, e);
  };
}
function ym(e, t) {
  var n = Mr(e + "");
  if (arguments.length < 2) {
    for (var o = si(this.node()), i = -1, a = n.length; ++i < a; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? gm : t ? mm : pm)(n, t));
}
function wm() {
  this.textContent = "";
}
function xm(e) {
  return function() {
    this.textContent = e;
  };
}
function bm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function km(e) {
  return arguments.length ? this.each(e == null ? wm : (typeof e == "function" ? bm : xm)(e)) : this.node().textContent;
}
function _m() {
  this.innerHTML = "";
}
function Sm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function $m(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Em(e) {
  return arguments.length ? this.each(e == null ? _m : (typeof e == "function" ? $m : Sm)(e)) : this.node().innerHTML;
}
function Nm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Cm() {
  return this.each(Nm);
}
function Mm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Im() {
  return this.each(Mm);
}
function Tm(e) {
  var t = typeof e == "function" ? e : Sr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Pm() {
  return null;
}
function Am(e, t) {
  var n = typeof e == "function" ? e : Sr(e), o = t == null ? Pm : typeof t == "function" ? t : $r(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function zm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Dm() {
  return this.each(zm);
}
function Om() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Bm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Rm(e) {
  return this.select(e ? Bm : Om);
}
function Lm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Vm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Hm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Fm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, a; n < i; ++n)
        a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++o] = a;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Ym(e, t, n) {
  return function() {
    var o = this.__on, i, a = Vm(t);
    if (o) {
      for (var r = 0, s = o.length; r < s; ++r)
        if ((i = o[r]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = a, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, a, n), i = { type: e.type, name: e.name, value: t, listener: a, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function Xm(e, t, n) {
  var o = Hm(e + ""), i, a = o.length, r;
  if (arguments.length < 2) {
    var s = this.node().__on;
    if (s) {
      for (var l = 0, u = s.length, c; l < u; ++l)
        for (i = 0, c = s[l]; i < a; ++i)
          if ((r = o[i]).type === c.type && r.name === c.name)
            return c.value;
    }
    return;
  }
  for (s = t ? Ym : Fm, i = 0; i < a; ++i) this.each(s(o[i], t, n));
  return this;
}
function Ar(e, t, n) {
  var o = Cr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function qm(e, t) {
  return function() {
    return Ar(this, e, t);
  };
}
function Gm(e, t) {
  return function() {
    return Ar(this, e, t.apply(this, arguments));
  };
}
function Um(e, t) {
  return this.each((typeof t == "function" ? Gm : qm)(e, t));
}
function* Wm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length, r; i < a; ++i)
      (r = o[i]) && (yield r);
}
var Km = [null];
function je(e, t) {
  this._groups = e, this._parents = t;
}
function Zm() {
  return this;
}
je.prototype = {
  constructor: je,
  select: yv,
  selectAll: _v,
  selectChild: Cv,
  selectChildren: Pv,
  filter: Av,
  data: Lv,
  enter: zv,
  exit: Hv,
  join: Fv,
  merge: Yv,
  selection: Zm,
  order: Xv,
  sort: qv,
  call: Uv,
  nodes: Wv,
  node: Kv,
  size: Zv,
  empty: jv,
  each: Jv,
  attr: am,
  style: um,
  property: vm,
  classed: ym,
  text: km,
  html: Em,
  raise: Cm,
  lower: Im,
  append: Tm,
  insert: Am,
  remove: Dm,
  clone: Rm,
  datum: Lm,
  on: Xm,
  dispatch: Um,
  [Symbol.iterator]: Wm
};
function yn(e) {
  return typeof e == "string" ? new je([[document.querySelector(e)]], [document.documentElement]) : new je([[e]], Km);
}
function jm(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function ia(e, t) {
  if (e = jm(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var o = n.createSVGPoint();
      return o.x = e.clientX, o.y = e.clientY, o = o.matrixTransform(t.getScreenCTM().inverse()), [o.x, o.y];
    }
    if (t.getBoundingClientRect) {
      var i = t.getBoundingClientRect();
      return [e.clientX - i.left - t.clientLeft, e.clientY - i.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
var Jm = { value: () => {
} };
function zr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Hn(n);
}
function Hn(e) {
  this._ = e;
}
function Qm(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Hn.prototype = zr.prototype = {
  constructor: Hn,
  on: function(e, t) {
    var n = this._, o = Qm(e + "", n), i, a = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++a < r; ) if ((i = (e = o[a]).type) && (i = ep(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++a < r; )
      if (i = (e = o[a]).type) n[i] = aa(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = aa(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new Hn(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0) for (var n = new Array(i), o = 0, i, a; o < i; ++o) n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (a = this._[e], o = 0, i = a.length; o < i; ++o) a[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, a = o.length; i < a; ++i) o[i].value.apply(t, n);
  }
};
function ep(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function aa(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Jm, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const tp = { passive: !1 }, wn = { capture: !0, passive: !1 };
function No(e) {
  e.stopImmediatePropagation();
}
function Xt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function np(e) {
  var t = e.document.documentElement, n = yn(e).on("dragstart.drag", Xt, wn);
  "onselectstart" in t ? n.on("selectstart.drag", Xt, wn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function op(e, t) {
  var n = e.document.documentElement, o = yn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Xt, wn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const zn = (e) => () => e;
function Xo(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: a,
  x: r,
  y: s,
  dx: l,
  dy: u,
  dispatch: c
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    subject: { value: n, enumerable: !0, configurable: !0 },
    target: { value: o, enumerable: !0, configurable: !0 },
    identifier: { value: i, enumerable: !0, configurable: !0 },
    active: { value: a, enumerable: !0, configurable: !0 },
    x: { value: r, enumerable: !0, configurable: !0 },
    y: { value: s, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Xo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function ip(e) {
  return !e.ctrlKey && !e.button;
}
function ap() {
  return this.parentNode;
}
function rp(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function sp() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function lp() {
  var e = ip, t = ap, n = rp, o = sp, i = {}, a = zr("start", "drag", "end"), r = 0, s, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", h).filter(o).on("touchstart.drag", g).on("touchmove.drag", x, tp).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(v, M) {
    if (!(c || !e.call(this, v, M))) {
      var O = p(this, t.call(this, v, M), v, M, "mouse");
      O && (yn(v.view).on("mousemove.drag", w, wn).on("mouseup.drag", m, wn), np(v.view), No(v), u = !1, s = v.clientX, l = v.clientY, O("start", v));
    }
  }
  function w(v) {
    if (Xt(v), !u) {
      var M = v.clientX - s, O = v.clientY - l;
      u = M * M + O * O > d;
    }
    i.mouse("drag", v);
  }
  function m(v) {
    yn(v.view).on("mousemove.drag mouseup.drag", null), op(v.view, u), Xt(v), i.mouse("end", v);
  }
  function g(v, M) {
    if (e.call(this, v, M)) {
      var O = v.changedTouches, Y = t.call(this, v, M), B = O.length, G, K;
      for (G = 0; G < B; ++G)
        (K = p(this, Y, v, M, O[G].identifier, O[G])) && (No(v), K("start", v, O[G]));
    }
  }
  function x(v) {
    var M = v.changedTouches, O = M.length, Y, B;
    for (Y = 0; Y < O; ++Y)
      (B = i[M[Y].identifier]) && (Xt(v), B("drag", v, M[Y]));
  }
  function C(v) {
    var M = v.changedTouches, O = M.length, Y, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), Y = 0; Y < O; ++Y)
      (B = i[M[Y].identifier]) && (No(v), B("end", v, M[Y]));
  }
  function p(v, M, O, Y, B, G) {
    var K = a.copy(), X = ia(G || O, M), N, j, _;
    if ((_ = n.call(v, new Xo("beforestart", {
      sourceEvent: O,
      target: f,
      identifier: B,
      active: r,
      x: X[0],
      y: X[1],
      dx: 0,
      dy: 0,
      dispatch: K
    }), Y)) != null)
      return N = _.x - X[0] || 0, j = _.y - X[1] || 0, function V(T, D, I) {
        var L = X, U;
        switch (T) {
          case "start":
            i[B] = V, U = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            X = ia(I || D, M), U = r;
            break;
        }
        K.call(
          T,
          v,
          new Xo(T, {
            sourceEvent: D,
            subject: _,
            target: f,
            identifier: B,
            active: U,
            x: X[0] + N,
            y: X[1] + j,
            dx: X[0] - L[0],
            dy: X[1] - L[1],
            dispatch: K
          }),
          Y
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : zn(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : zn(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : zn(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : zn(!!v), f) : o;
  }, f.on = function() {
    var v = a.on.apply(a, arguments);
    return v === a ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
var Ot = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Ot || {});
function up({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: a }) {
  const r = e - t, s = n - o, l = [r > 0 ? 1 : r < 0 ? -1 : 0, s > 0 ? 1 : s < 0 ? -1 : 0];
  return r && i && (l[0] = l[0] * -1), s && a && (l[1] = l[1] * -1), l;
}
const cp = {
  [Ot.Line]: "right",
  [Ot.Handle]: "bottom-right"
}, dp = {
  [Ot.Line]: "borderColor",
  [Ot.Handle]: "backgroundColor"
}, fp = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, ra = /* @__PURE__ */ Re({
  ...fp,
  props: {
    nodeId: {},
    color: {},
    minWidth: { default: 10 },
    minHeight: { default: 10 },
    maxWidth: { default: Number.MAX_VALUE },
    maxHeight: { default: Number.MAX_VALUE },
    position: {},
    variant: { default: "handle" },
    shouldResize: {},
    keepAspectRatio: { type: [Boolean, Number], default: !1 },
    autoScale: { type: Boolean, default: !0 },
    handleClassName: {},
    handleStyle: {},
    lineClassName: {},
    lineStyle: {},
    isVisible: { type: Boolean }
  },
  emits: ["resizeStart", "resize", "resizeEnd"],
  setup(e, { emit: t }) {
    const n = e, o = { width: 0, height: 0, x: 0, y: 0 }, i = {
      ...o,
      pointerX: 0,
      pointerY: 0,
      aspectRatio: 1
    }, { findNode: a, emits: r, viewport: s, noDragClassName: l } = Be(), u = cr(), c = ve();
    let d = i, f = o;
    const h = ze(() => n.position ?? cp[n.variant]), w = W(() => h.value.split("-")), m = ze(() => n.color ? { [dp[n.variant]]: n.color } : {});
    return qr((g) => {
      if (!c.value || !n.nodeId)
        return;
      const x = yn(c.value), C = h.value.includes("right") || h.value.includes("left"), p = h.value.includes("bottom") || h.value.includes("top"), v = h.value.includes("left"), M = h.value.includes("top"), O = lp().on("start", (Y) => {
        const B = a(n.nodeId), { xSnapped: G, ySnapped: K } = u(Y);
        f = {
          width: (B == null ? void 0 : B.dimensions.width) ?? 0,
          height: (B == null ? void 0 : B.dimensions.height) ?? 0,
          x: (B == null ? void 0 : B.position.x) ?? 0,
          y: (B == null ? void 0 : B.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: G,
          pointerY: K,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: Y, params: f });
      }).on("drag", (Y) => {
        var B;
        const { xSnapped: G, ySnapped: K } = u(Y), X = a(n.nodeId);
        if (X) {
          const N = [], {
            pointerX: j,
            pointerY: _,
            width: V,
            height: T,
            x: D,
            y: I,
            aspectRatio: L
          } = d, { x: U, y: J, width: re, height: ue } = f, ge = Math.floor(C ? G - j : 0), te = Math.floor(p ? K - _ : 0);
          let Z = pt(V + (v ? -ge : ge), n.minWidth, n.maxWidth), Q = pt(T + (M ? -te : te), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const fe = Z / Q;
            let b = L;
            typeof n.keepAspectRatio == "number" && fe !== n.keepAspectRatio && (b = n.keepAspectRatio);
            const y = C && p, S = C && !p, z = p && !C;
            Z = fe <= b && y || z ? Q * b : Z, Q = fe > b && y || S ? Z / b : Q, Z >= n.maxWidth ? (Z = n.maxWidth, Q = n.maxWidth / b) : Z <= n.minWidth && (Z = n.minWidth, Q = n.minWidth / b), Q >= n.maxHeight ? (Q = n.maxHeight, Z = n.maxHeight * b) : Q <= n.minHeight && (Q = n.minHeight, Z = n.minHeight * b);
          }
          const Se = Z !== re, Ie = Q !== ue;
          if (v || M) {
            const fe = v ? D - (Z - V) : D, b = M ? I - (Q - T) : I, y = fe !== U && Se, S = b !== J && Ie;
            if (y || S) {
              const z = {
                id: X.id,
                type: "position",
                from: X.position,
                position: {
                  x: y ? fe : U,
                  y: S ? b : J
                }
              };
              N.push(z), f.x = z.position.x, f.y = z.position.y;
            }
          }
          if (n.nodeId && (Se || Ie)) {
            const fe = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: Z,
                height: Q
              }
            };
            N.push(fe), f.width = Z, f.height = Q;
          }
          if (N.length === 0)
            return;
          const we = up({
            width: f.width,
            prevWidth: re,
            height: f.height,
            prevHeight: ue,
            invertX: v,
            invertY: M
          }), Ee = { ...f, direction: we };
          if (((B = n.shouldResize) == null ? void 0 : B.call(n, Y, Ee)) === !1)
            return;
          t("resize", { event: Y, params: Ee }), r.nodesChange(N);
        }
      }).on("end", (Y) => {
        if (n.nodeId) {
          const B = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: Y, params: f }), r.nodesChange([B]);
        }
      });
      x.call(O), g(() => {
        x.on(".drag", null);
      });
    }), (g, x) => (E(), A("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Ae(["vue-flow__resize-control", [...w.value, g.variant, H(l)]]),
      style: Me({
        ...m.value,
        scale: g.variant === H(Ot).Handle ? `${Math.max(1 / H(s).zoom, 1)}` : void 0
      })
    }, [
      qe(g.$slots, "default")
    ], 6));
  }
}), hp = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, vp = /* @__PURE__ */ Re({
  ...hp,
  props: {
    nodeId: {},
    color: {},
    handleClassName: {},
    handleStyle: {},
    lineClassName: {},
    lineStyle: {},
    isVisible: { type: Boolean, default: !0 },
    minWidth: {},
    minHeight: {},
    maxWidth: {},
    maxHeight: {},
    shouldResize: {},
    keepAspectRatio: { type: [Boolean, Number] },
    autoScale: { type: Boolean, default: !0 }
  },
  emits: ["resizeStart", "resize", "resizeEnd"],
  setup(e, { emit: t }) {
    const n = e, { findNode: o, emits: i } = Be(), a = ["top-left", "top-right", "bottom-left", "bottom-right"], r = ["top", "right", "bottom", "left"], s = $t(oi, null), l = ze(() => typeof n.nodeId == "string" ? n.nodeId : s), u = W(() => o(l.value));
    return _e(
      [
        () => n.minWidth,
        () => n.minHeight,
        () => n.maxWidth,
        () => n.maxHeight,
        () => {
          var c;
          return !!((c = u.value) != null && c.dimensions.width) && !!u.value.dimensions.height;
        }
      ],
      ([c, d, f, h, w]) => {
        const m = u.value;
        if (m && w) {
          const g = {
            id: m.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: m.dimensions.width,
              height: m.dimensions.height
            }
          };
          c && m.dimensions.width < c && (g.dimensions.width = c), d && m.dimensions.height < d && (g.dimensions.height = d), f && m.dimensions.width > f && (g.dimensions.width = f), h && m.dimensions.height > h && (g.dimensions.height = h), (g.dimensions.width !== m.dimensions.width || g.dimensions.height !== m.dimensions.height) && i.nodesChange([g]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (E(), A(ye, { key: 0 }, [
      (E(), A(ye, null, Oe(r, (f) => ae(ra, {
        key: f,
        class: Ae(c.lineClassName),
        style: Me(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: H(Ot).Line,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: d[0] || (d[0] = (h) => t("resizeStart", h)),
        onResize: d[1] || (d[1] = (h) => t("resize", h)),
        onResizeEnd: d[2] || (d[2] = (h) => t("resizeEnd", h))
      }, null, 8, ["class", "style", "node-id", "position", "variant", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64)),
      (E(), A(ye, null, Oe(a, (f) => ae(ra, {
        key: f,
        class: Ae(c.handleClassName),
        style: Me(c.handleStyle),
        "node-id": l.value,
        position: f,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: d[3] || (d[3] = (h) => t("resizeStart", h)),
        onResize: d[4] || (d[4] = (h) => t("resize", h)),
        onResizeEnd: d[5] || (d[5] = (h) => t("resizeEnd", h))
      }, null, 8, ["class", "style", "node-id", "position", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64))
    ], 64)) : ee("", !0);
  }
}), mp = ["data-id", "data-kind", "data-sub"], pp = {
  key: 4,
  class: "mx-others"
}, gp = { class: "mx-head" }, yp = { class: "mx-kind" }, wp = { class: "mx-tools nodrag" }, xp = { class: "mx-body" }, bp = { class: "mx-thread-title" }, kp = { class: "mx-comment-meta" }, _p = ["onClick"], Sp = { class: "mx-comment-text" }, $p = {
  key: 0,
  class: "mx-empty"
}, Ep = ["onKeydown"], Bt = {
  __name: "BlockFrame",
  props: {
    data: Object,
    selected: Boolean,
    icon: String,
    kindLabel: String,
    edge: String,
    target: Boolean,
    source: Boolean,
    minW: { type: Number, default: 140 },
    minH: { type: Number, default: 90 },
    shape: { type: String, default: "" }
  },
  setup(e) {
    const t = e, { state: n, send: o, commentsOf: i, othersOn: a } = Et(), r = W(() => i(t.data.id)), s = W(() => r.value.filter((m) => !m.resolved).length), l = W(() => n.openComments === t.data.id), u = W(() => a(t.data.id)), c = ve(""), d = ve(null);
    function f() {
      n.openComments = l.value ? null : t.data.id, n.openComments && Ye(() => d.value && d.value.focus());
    }
    function h() {
      const m = c.value.trim();
      m && (o("comment", { id: t.data.id, text: m }), c.value = "");
    }
    function w(m) {
      const g = m.params || {};
      o("move", { moves: [{ id: t.data.id, x: g.x, y: g.y, w: g.width, h: g.height }] });
    }
    return (m, g) => (E(), A("div", {
      class: Ae(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: Me({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (E(), De(H(vp), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: H(rv),
        onResizeEnd: w
      }, null, 8, ["min-width", "min-height", "color"])) : ee("", !0),
      e.target ? (E(), De(H(bt), {
        key: 1,
        id: "in",
        type: "target",
        position: H(le).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : ee("", !0),
      e.source ? (E(), De(H(bt), {
        key: 2,
        type: "source",
        position: H(le).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : ee("", !0),
      e.data.kind === "intent" ? (E(), A(ye, { key: 3 }, [
        ae(H(bt), {
          id: "seq-in",
          type: "target",
          position: H(le).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        ae(H(bt), {
          id: "seq-out",
          type: "source",
          position: H(le).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : ee("", !0),
      u.value.length ? (E(), A("div", pp, [
        (E(!0), A(ye, null, Oe(u.value, (x) => (E(), A("span", {
          key: x.id,
          class: "mx-other-tag",
          style: Me({ background: x.color })
        }, F(x.name), 5))), 128))
      ])) : ee("", !0),
      k("header", gp, [
        ae(xe, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        qe(m.$slots, "kind", {}, () => [
          k("span", yp, F(e.kindLabel), 1)
        ]),
        g[6] || (g[6] = k("span", { class: "mx-spacer" }, null, -1)),
        qe(m.$slots, "head"),
        s.value ? (E(), A("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: de(f, ["stop"]),
          title: "Comments"
        }, [
          ae(xe, {
            name: "comment",
            size: 11
          }),
          be(F(s.value), 1)
        ])) : ee("", !0),
        k("div", wp, [
          k("button", {
            title: "Comment",
            onClick: de(f, ["stop"])
          }, [
            ae(xe, {
              name: "comment",
              size: 13
            })
          ]),
          k("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: g[0] || (g[0] = de((x) => H(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            ae(xe, {
              name: "copy",
              size: 13
            })
          ]),
          k("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: g[1] || (g[1] = de((x) => H(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            ae(xe, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      k("div", xp, [
        qe(m.$slots, "default")
      ]),
      qe(m.$slots, "foot"),
      l.value ? (E(), A("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: g[4] || (g[4] = de(() => {
        }, ["stop"])),
        onKeydown: g[5] || (g[5] = de(() => {
        }, ["stop"]))
      }, [
        k("div", bp, [
          g[7] || (g[7] = be("Comments ")),
          k("button", {
            class: "mx-x",
            onClick: g[2] || (g[2] = (x) => H(n).openComments = null)
          }, [
            ae(xe, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (E(!0), A(ye, null, Oe(r.value, (x) => (E(), A("div", {
          key: x.id,
          class: Ae(["mx-comment", { resolved: x.resolved }])
        }, [
          k("div", kp, [
            k("b", null, F(x.author), 1),
            k("span", null, F(H(co)(x.created)), 1),
            k("button", {
              class: "mx-resolve",
              onClick: (C) => H(o)("resolve", { id: x.id, resolved: !x.resolved })
            }, F(x.resolved ? "reopen" : "resolve"), 9, _p)
          ]),
          k("div", Sp, F(x.text), 1)
        ], 2))), 128)),
        r.value.length ? ee("", !0) : (E(), A("div", $p, "No comments yet.")),
        qt(k("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": g[3] || (g[3] = (x) => c.value = x),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: dt(de(h, ["exact", "prevent"]), ["enter"])
        }, null, 40, Ep), [
          [ln, c.value]
        ])
      ], 32)) : ee("", !0)
    ], 14, mp));
  }
}, Np = ["value", "rows", "placeholder", "data-field"], Cp = ["value", "placeholder", "data-field"], sa = 450, It = {
  __name: "TextField",
  props: {
    blockId: String,
    field: String,
    value: { type: String, default: "" },
    multiline: Boolean,
    placeholder: String,
    cls: String,
    merge: { type: Boolean, default: !0 },
    rows: { type: Number, default: 3 }
  },
  setup(e) {
    const t = e, { send: n } = Et(), o = ve(null), i = ve(t.value || "");
    let a = t.value || "", r = null, s = 0, l = null;
    function u() {
      r = null, i.value !== a && (t.merge ? n("text", { id: t.blockId, field: t.field, base: a, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), a = i.value);
    }
    function c() {
      const w = o.value;
      !w || !t.multiline || (w.style.height = "auto", w.style.height = `${w.scrollHeight}px`);
    }
    tt(c), _e(i, () => Ye(c));
    function d(w) {
      i.value = w.target.value, s = Date.now(), r && clearTimeout(r), r = setTimeout(u, 160);
    }
    function f(w) {
      const m = o.value, g = m && document.activeElement === m;
      if (g && (r || Date.now() - s < sa)) {
        l = w, setTimeout(() => {
          if (l !== null) {
            const C = l;
            l = null, f(C);
          }
        }, sa);
        return;
      }
      if (l = null, w === i.value) {
        a = w;
        return;
      }
      let x = g ? m.selectionStart : null;
      if (x !== null) {
        let C = 0;
        const p = i.value;
        for (; C < p.length && C < w.length && p[C] === w[C]; ) C++;
        C < x && (x += w.length - p.length);
      }
      i.value = w, a = w, x !== null && requestAnimationFrame(() => {
        try {
          m.setSelectionRange(x, x);
        } catch {
        }
      });
    }
    function h() {
      r && (clearTimeout(r), u());
    }
    return _e(() => t.value, (w) => f(w || "")), jt(() => {
      r && (clearTimeout(r), u());
    }), (w, m) => e.multiline ? (E(), A("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onBlur: h,
      onKeydown: m[0] || (m[0] = de(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, Np)) : (E(), A("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onKeydown: [
        m[1] || (m[1] = de(() => {
        }, ["stop"])),
        m[2] || (m[2] = dt((g) => g.target.blur(), ["enter"]))
      ],
      onBlur: h,
      "data-field": e.field
    }, null, 42, Cp));
  }
}, Mp = { class: "mx-panel-ids" }, Ip = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, Tp = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, Pp = { class: "lens" }, Ap = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, zp = ["value"], Dp = ["value"], Op = { class: "of" }, Bp = ["data-choice"], Rp = { class: "k" }, Lp = { class: "mx-chips" }, Vp = ["data-value", "onClick"], Hp = { class: "k" }, Fp = {
  __name: "ShotPanel",
  props: { id: String, data: Object, shot: Object },
  setup(e) {
    const t = e, { state: n, send: o } = Et(), i = [
      { field: "shot_size", label: "size" },
      { field: "angle", label: "angle" },
      { field: "camera_move", label: "move" },
      { field: "transition", label: "out" }
    ], a = [
      { field: "action", label: "action", ph: "What we see happen", merge: !1 },
      { field: "dialogue", label: "dialogue", ph: "Who says what", merge: !1 },
      { field: "sound", label: "sound", ph: "Ambience, effects, music", merge: !1 },
      { field: "notes", label: "notes", ph: "For the crew", merge: !0 }
    ];
    function r(l, u) {
      const c = t.shot;
      if (!c) return;
      const d = u.target.value === "" ? 0 : parseFloat(u.target.value);
      if (!Number.isFinite(d)) return;
      const f = l === "in" ? d : c.cut_in, h = l === "out" ? d : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: f, cut_out: h });
      const w = u.target;
      setTimeout(() => {
        document.activeElement !== w && t.shot && (w.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function s(l, u) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === u ? "" : u } });
    }
    return (l, u) => (E(), A("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = de(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = de(() => {
      }, ["stop"]))
    }, [
      k("div", Mp, [
        k("label", null, [
          u[6] || (u[6] = k("span", null, "sc", -1)),
          ae(It, {
            "block-id": e.id,
            field: "scene_no",
            value: e.data.scene_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        k("label", null, [
          u[7] || (u[7] = k("span", null, "sh", -1)),
          ae(It, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (E(), A("label", Ip, [
          u[8] || (u[8] = k("span", null, "#", -1)),
          k("b", Tp, F(e.shot.number), 1)
        ])) : ee("", !0),
        k("label", Pp, [
          u[9] || (u[9] = k("span", null, "lens", -1)),
          ae(It, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (E(), A("div", Ap, [
        u[14] || (u[14] = k("span", { class: "k" }, "cut", -1)),
        k("label", null, [
          u[10] || (u[10] = be("in ")),
          k("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => r("in", c)),
            onKeydown: u[1] || (u[1] = de(() => {
            }, ["stop"]))
          }, null, 40, zp),
          u[11] || (u[11] = be("s"))
        ]),
        k("label", null, [
          u[12] || (u[12] = be("out ")),
          k("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => r("out", c)),
            onKeydown: u[3] || (u[3] = de(() => {
            }, ["stop"]))
          }, null, 40, Dp),
          u[13] || (u[13] = be("s"))
        ]),
        k("span", Op, "of " + F(e.shot.duration_s) + "s (" + F(e.shot.duration_from) + ")", 1)
      ])) : ee("", !0),
      (E(), A(ye, null, Oe(i, (c) => k("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        k("span", Rp, F(c.label), 1),
        k("div", Lp, [
          (E(!0), A(ye, null, Oe((H(n).choices[c.field] || []).filter((d) => d), (d) => (E(), A("button", {
            key: d,
            class: Ae({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: de((f) => s(c.field, d), ["stop"])
          }, F(d), 11, Vp))), 128))
        ])
      ], 8, Bp)), 64)),
      (E(), A(ye, null, Oe(a, (c) => k("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        k("span", Hp, F(c.label), 1),
        ae(It, {
          "block-id": e.id,
          field: c.field,
          value: e.data[c.field],
          merge: c.merge,
          multiline: "",
          rows: 1,
          placeholder: c.ph,
          cls: "mx-panel-area"
        }, null, 8, ["block-id", "field", "value", "merge", "placeholder"])
      ])), 64))
    ], 32));
  }
}, Yp = ["src", "poster", "loop", "muted", "data-role"], Xp = {
  key: 0,
  class: "mx-clip-big",
  "aria-hidden": "true"
}, qp = {
  key: 0,
  class: "mx-scrub nodrag"
}, Gp = ["title"], Up = { class: "mx-scrub-track" }, Wp = { "data-role": "time" }, Kp = ["data-muted", "title"], fo = {
  __name: "ClipPlayer",
  props: {
    src: String,
    poster: { type: String, default: "" },
    scrub: { type: Boolean, default: !0 },
    sound: { type: Boolean, default: !1 },
    videoRole: { type: String, default: void 0 }
  },
  setup(e) {
    const t = e, n = ve(null), o = ve(0), i = ve(0), a = ve(!1), r = ve(!t.sound);
    let s = 0;
    function l() {
      const M = n.value;
      M && (o.value = M.currentTime), s = a.value ? requestAnimationFrame(l) : 0;
    }
    function u() {
      const M = n.value;
      if (!M) return;
      M.preload = "auto", M.muted = r.value;
      const O = M.play();
      O && O.catch && O.catch(() => {
      });
    }
    function c() {
      const M = n.value;
      M && M.pause();
    }
    function d() {
      a.value ? c() : u();
    }
    function f() {
      t.sound || u();
    }
    function h() {
      t.sound || c();
    }
    function w() {
      r.value = !r.value, n.value && (n.value.muted = r.value);
    }
    function m() {
      a.value = !0, s || (s = requestAnimationFrame(l));
    }
    function g() {
      a.value = !1, n.value && (o.value = n.value.currentTime);
    }
    function x(M) {
      i.value = M.target.duration || 0, M.target.muted = r.value;
    }
    function C(M) {
      const O = n.value, Y = M.currentTarget;
      if (!O || !i.value) return;
      const B = Y.getBoundingClientRect();
      O.currentTime = o.value = Math.max(0, Math.min(1, (M.clientX - B.left) / B.width)) * i.value;
    }
    function p(M) {
      var G;
      M.preventDefault();
      const O = M.currentTarget;
      (G = O.setPointerCapture) == null || G.call(O, M.pointerId), C(M);
      const Y = (K) => C({ clientX: K.clientX, currentTarget: O }), B = () => {
        O.removeEventListener("pointermove", Y), O.removeEventListener("pointerup", B);
      };
      O.addEventListener("pointermove", Y), O.addEventListener("pointerup", B);
    }
    const v = (M) => `${Math.floor(M / 60)}:${String(Math.floor(M % 60)).padStart(2, "0")}`;
    return jt(() => {
      s && cancelAnimationFrame(s);
    }), (M, O) => (E(), A("div", {
      class: Ae(["mx-clip", { playing: a.value, "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: f,
      onPointerleave: h
    }, [
      k("div", {
        class: "mx-clip-pic",
        onClick: O[0] || (O[0] = (Y) => e.sound && d())
      }, [
        k("video", {
          ref_key: "video",
          ref: n,
          src: `${e.src}#t=0.05`,
          poster: e.poster || void 0,
          loop: !e.sound,
          muted: r.value,
          playsinline: "",
          preload: "metadata",
          disablepictureinpicture: "",
          "data-role": e.videoRole,
          onLoadedmetadata: x,
          onPlay: m,
          onPause: g,
          onEnded: g
        }, null, 40, Yp),
        e.sound && !a.value ? (E(), A("span", Xp, [
          ae(xe, {
            name: "play",
            size: 22
          })
        ])) : ee("", !0)
      ]),
      e.scrub || e.sound ? (E(), A("div", qp, [
        e.sound ? (E(), A("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "play",
          title: a.value ? "Pause" : "Play",
          onClick: de(d, ["stop"])
        }, [
          ae(xe, {
            name: a.value ? "pause" : "play",
            size: 12
          }, null, 8, ["name"])
        ], 8, Gp)) : ee("", !0),
        k("div", {
          class: "mx-scrub-bar",
          "data-role": "scrub",
          onPointerdown: de(p, ["stop"])
        }, [
          k("div", Up, [
            k("i", {
              style: Me({ width: i.value ? `${o.value / i.value * 100}%` : "0%" })
            }, null, 4)
          ])
        ], 32),
        k("span", Wp, F(v(o.value)) + " / " + F(v(i.value)), 1),
        e.sound ? (E(), A("button", {
          key: 1,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": r.value ? "1" : "0",
          title: r.value ? "Sound on" : "Mute",
          onClick: de(w, ["stop"])
        }, [
          ae(xe, {
            name: r.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, Kp)) : ee("", !0)
      ])) : ee("", !0)
    ], 34));
  }
}, Zp = ["data-runs", "title"], jp = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, Jp = { class: "mx-status-text" }, Qp = {
  key: 0,
  class: "mx-pct",
  "data-role": "pct"
}, eg = {
  key: 0,
  class: "mx-progress"
}, tg = { class: "mx-intent-main" }, ng = { class: "mx-intent-text" }, og = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, ig = ["src"], ag = {
  key: 1,
  class: "mx-thumb"
}, rg = ["src"], sg = ["title", "data-in", "data-out", "data-duration"], lg = ["data-locked", "title"], ug = { class: "bar" }, cg = { class: "mx-foot nodrag" }, dg = ["title"], fg = {
  key: 1,
  class: "mx-subs"
}, hg = ["title", "onClick"], vg = {
  key: 2,
  class: "mx-dur",
  title: "Duration in seconds"
}, mg = ["value"], pg = {
  key: 3,
  class: "mx-grow"
}, gg = ["data-pipeline", "onClick"], yg = { class: "mx-pipe-name" }, wg = { key: 0 }, xg = { class: "mx-pipe-stages" }, bg = { key: 0 }, kg = {
  key: 0,
  class: "mx-pipe-desc"
}, _g = { class: "mx-pipe-name" }, Sg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = Et(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, a = W(() => t.data.status || { state: "idle", label: "idle" }), r = W(() => St[a.value.state] || St.idle), s = W(() => ta[a.value.state] || ta.idle), l = W(() => {
      const D = a.value.label || a.value.state;
      return D.startsWith(a.value.state) ? D : `${a.value.state} · ${D}`;
    }), u = W(() => `${Math.round((a.value.fraction || 0) * 100)}%`), c = W(() => X.value && a.value.fraction !== void 0), d = ve(!1);
    _e(() => a.value.state, (D) => {
      D !== "failed" && (d.value = !1);
    });
    const f = ve(!1), h = W(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), w = W(() => n.pipelines.list.find((D) => D.name === h.value) || null);
    function m() {
      f.value = !f.value, f.value && o("pipelines");
    }
    function g(D) {
      f.value = !1, o("pipeline", { id: t.id, name: D });
    }
    const x = W(() => n.shots[t.id] || null), C = W(() => x.value ? x.value.number : "—"), p = W(() => {
      const D = x.value;
      if (!D) return "";
      const I = D.cut_in > 0 || D.cut_out < D.duration_s;
      return `in ${v(D.cut_in)} · out ${v(D.cut_out)} of ${v(D.duration_s)}${I ? " (handles kept)" : ""}`;
    });
    function v(D) {
      return `${Math.round(D * 100) / 100}s`;
    }
    function M() {
      x.value && o("lock", { id: t.id, locked: !x.value.locked });
    }
    const O = ve(null);
    function Y(D) {
      if (D.button !== 0) return;
      D.preventDefault(), D.stopPropagation();
      const I = { x: D.clientX, y: D.clientY };
      let L = !1;
      const U = (re) => {
        if (!L && Math.hypot(re.clientX - I.x, re.clientY - I.y) < 4) return;
        L = !0;
        const ue = B(re);
        O.value = { x: re.clientX, y: re.clientY, target: ue ? ue.id : "", before: ue ? ue.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ge) => ge.classList.remove("mx-seq-drop", "before", "after")), ue && ue.el.classList.add("mx-seq-drop", ue.before ? "before" : "after");
      }, J = (re) => {
        if (window.removeEventListener("pointermove", U), window.removeEventListener("pointerup", J), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((te) => te.classList.remove("mx-seq-drop", "before", "after")), O.value = null, !L) return;
        const ue = B(re);
        if (!ue) return;
        let ge = ue.id;
        if (ue.before) {
          const te = n.sequence.filter((Q) => Q !== t.id), Z = te.indexOf(ue.id);
          ge = Z > 0 ? te[Z - 1] : null;
        }
        ge !== t.id && o("place_after", { id: t.id, after: ge });
      };
      window.addEventListener("pointermove", U), window.addEventListener("pointerup", J);
    }
    function B(D) {
      var U;
      const I = (U = document.elementFromPoint(D.clientX, D.clientY)) == null ? void 0 : U.closest('.mx-block[data-kind="intent"][data-id]');
      if (!I || I.dataset.id === t.id) return null;
      const L = I.getBoundingClientRect();
      return { el: I, id: I.dataset.id, before: D.clientX < L.left + L.width / 2 };
    }
    const G = W(() => {
      const D = t.data.takes || [], I = t.data.chosen || {};
      return D.find((L) => L.id === I.clip) || D.find((L) => L.id === I.still) || null;
    }), K = W(() => {
      const D = (t.data.takes || []).find((I) => I.id === (t.data.chosen || {}).still);
      return D && !(D.mime || "").startsWith("video") ? D.url : "";
    }), X = W(() => ["queued", "claimed", "rendering"].includes(a.value.state));
    function N(D) {
      const I = n.sequence.indexOf(t.id);
      I < 0 || o("reorder", { id: t.id, index: Math.max(0, I + D) });
    }
    const j = ve(!1), _ = Be();
    _e(j, (D) => {
      D && Ye(() => {
        const I = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), L = document.querySelector(".vue-flow");
        if (!I || !L) return;
        const U = I.getBoundingClientRect().bottom - L.getBoundingClientRect().bottom + 16;
        if (U > 0) {
          const J = _.viewport.value;
          _.setViewport({ x: J.x, y: J.y - U, zoom: J.zoom }, { duration: 200 });
        }
      });
    });
    const V = W(() => {
      const D = t.data, I = x.value ? x.value.number : "";
      return [[D.scene_no && `sc ${D.scene_no}`, I && `sh ${I}`].filter(Boolean).join(" "), D.shot_size, D.angle, D.camera_move, D.lens, D.transition].filter(Boolean).join(" · ");
    });
    function T(D) {
      const I = parseFloat(D.target.value);
      Number.isFinite(I) && o("update", { id: t.id, fields: { duration_s: I } });
    }
    return (D, I) => (E(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: r.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: Le(() => [
        k("button", {
          class: Ae(["mx-pipe-chip nodrag", { on: f.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": h.value,
          title: w.value ? `Runs the ${h.value} pipeline: ${w.value.stages.join(" → ")}. Click to pick another` : `Runs ${h.value}`,
          onClick: de(m, ["stop"])
        }, [
          k("span", null, F(h.value), 1),
          ae(xe, {
            name: "down",
            size: 10
          })
        ], 10, Zp)
      ]),
      head: Le(() => [
        k("span", jp, [
          k("button", {
            onClick: I[0] || (I[0] = de((L) => N(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            ae(xe, {
              name: "left",
              size: 11
            })
          ]),
          k("b", {
            "data-role": "shot-number",
            class: Ae({ locked: x.value && x.value.locked }),
            onPointerdown: Y
          }, F(C.value), 35),
          k("button", {
            onClick: I[1] || (I[1] = de((L) => N(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            ae(xe, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (E(), De(Go(a.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: Me({ color: s.value }),
          title: a.value.state === "failed" ? "Why it failed" : [l.value, a.value.peer && `on ${a.value.peer}`, a.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": a.value.state,
          onClick: I[2] || (I[2] = de((L) => a.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: Le(() => [
            k("i", {
              class: "mx-dot",
              style: Me({ background: a.value.state === "idle" ? s.value : r.value })
            }, null, 4),
            k("span", Jp, F(l.value), 1),
            c.value ? (E(), A("b", Qp, F(u.value), 1)) : ee("", !0),
            a.value.state === "failed" ? (E(), De(xe, {
              key: 1,
              name: "info",
              size: 11
            })) : ee("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: Le(() => [
        k("footer", cg, [
          X.value && a.value.peer ? (E(), A("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${a.value.peer}`
          }, [
            I[13] || (I[13] = be("on ")),
            k("b", null, F(a.value.peer), 1)
          ], 8, dg)) : (E(), A("div", fg, [
            (E(), A(ye, null, Oe(i, (L, U) => k("button", {
              key: U,
              class: Ae({ on: e.data.sub === U }),
              title: U,
              onClick: de((J) => H(o)("update", { id: e.id, fields: { sub: U } }), ["stop"])
            }, [
              ae(xe, {
                name: L,
                size: 12
              }, null, 8, ["name"])
            ], 10, hg)), 64))
          ])),
          X.value && a.value.peer ? ee("", !0) : (E(), A("label", vg, [
            k("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: T,
              onKeydown: I[4] || (I[4] = de(() => {
              }, ["stop"]))
            }, null, 40, mg),
            I[14] || (I[14] = be("s "))
          ])),
          k("button", {
            class: Ae(["mx-panel-toggle", { on: j.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: I[5] || (I[5] = de((L) => j.value = !j.value, ["stop"]))
          }, [
            ae(xe, {
              name: "film",
              size: 12
            })
          ], 2),
          X.value && a.value.peer ? ee("", !0) : (E(), A("span", pg)),
          X.value ? (E(), A("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: I[6] || (I[6] = de((L) => H(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            ae(xe, {
              name: "square",
              size: 10
            }),
            I[15] || (I[15] = be("Cancel"))
          ])) : (E(), A("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: I[7] || (I[7] = de((L) => H(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            ae(xe, {
              name: "play",
              size: 11
            }),
            I[16] || (I[16] = be("Render"))
          ]))
        ]),
        a.value.state === "failed" && d.value ? (E(), A("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: I[9] || (I[9] = de(() => {
          }, ["stop"]))
        }, [
          k("b", null, F(a.value.stage ? `${a.value.stage} failed` : "failed"), 1),
          be(F(a.value.reason) + " ", 1),
          k("button", {
            class: "mx-x",
            title: "Close",
            onClick: I[8] || (I[8] = de((L) => d.value = !1, ["stop"]))
          }, [
            ae(xe, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : ee("", !0),
        f.value ? (E(), A("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: I[11] || (I[11] = de(() => {
          }, ["stop"])),
          onWheel: I[12] || (I[12] = de(() => {
          }, ["stop"]))
        }, [
          I[18] || (I[18] = k("div", { class: "mx-pipes-title" }, [
            be("Pipeline "),
            k("span", null, "what rendering this intent makes")
          ], -1)),
          (E(!0), A(ye, null, Oe(H(n).pipelines.list, (L) => (E(), A("button", {
            key: L.name,
            class: Ae(["mx-pipe", { on: L.name === h.value }]),
            "data-pipeline": L.name,
            onClick: de((U) => g(L.name), ["stop"])
          }, [
            k("span", yg, [
              be(F(L.name), 1),
              L.name === H(n).pipelines.defaults[e.data.sub] ? (E(), A("i", wg, "default for " + F(e.data.sub), 1)) : ee("", !0)
            ]),
            k("span", xg, [
              be(F(L.needs.join(" → ")), 1),
              L.optional.length ? (E(), A("i", bg, "+ " + F(L.optional.join(", ")) + " when linked", 1)) : ee("", !0)
            ]),
            L.description ? (E(), A("span", kg, F(L.description), 1)) : ee("", !0),
            H(n).pipelines.live ? (E(), A("span", {
              key: 1,
              class: Ae(["mx-pipe-who", { none: !L.runnable_by.length }])
            }, F(L.runnable_by.length ? `runs on ${L.runnable_by.join(", ")}` : `no live machine runs ${L.needs.join(" + ")}`), 3)) : ee("", !0)
          ], 10, gg))), 128)),
          e.data.pipeline ? (E(), A("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: I[10] || (I[10] = de((L) => {
              H(o)("pipeline", { id: e.id, name: "" }), f.value = !1;
            }, ["stop"]))
          }, [
            k("span", _g, [
              I[17] || (I[17] = be("back to the default")),
              k("i", null, F(H(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : ee("", !0)
        ], 32)) : ee("", !0),
        j.value ? (E(), De(Fp, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: x.value
        }, null, 8, ["id", "data", "shot"])) : ee("", !0),
        (E(), De(Gr, { to: "body" }, [
          O.value ? (E(), A("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: Me({ left: `${O.value.x + 12}px`, top: `${O.value.y + 12}px` })
          }, [
            be(" shot " + F(C.value), 1),
            O.value.target ? (E(), A(ye, { key: 0 }, [
              be(" · " + F(O.value.before ? "before" : "after"), 1)
            ], 64)) : ee("", !0)
          ], 4)) : ee("", !0)
        ]))
      ]),
      default: Le(() => [
        a.value.fraction !== void 0 && a.value.state !== "idle" ? (E(), A("div", eg, [
          k("div", {
            style: Me({ width: `${Math.round((a.value.fraction || 0) * 100)}%`, background: r.value })
          }, null, 4)
        ])) : ee("", !0),
        k("div", tg, [
          k("div", ng, [
            ae(It, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            ae(It, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            V.value ? (E(), A("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: I[3] || (I[3] = de((L) => j.value = !j.value, ["stop"]))
            }, F(V.value), 1)) : ee("", !0)
          ]),
          a.value.state === "rendering" && a.value.thumb ? (E(), A("div", og, [
            k("img", {
              src: a.value.thumb,
              alt: ""
            }, null, 8, ig)
          ])) : G.value ? (E(), A("div", ag, [
            (G.value.mime || "").startsWith("video") ? (E(), De(fo, {
              key: 0,
              src: G.value.url,
              poster: K.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (E(), A("img", {
              key: 1,
              src: G.value.url,
              alt: ""
            }, null, 8, rg))
          ])) : ee("", !0)
        ]),
        x.value ? (E(), A("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: p.value,
          "data-in": x.value.cut_in,
          "data-out": x.value.cut_out,
          "data-duration": x.value.duration_s
        }, [
          k("button", {
            class: Ae(["mx-lock", { on: x.value.locked }]),
            "data-role": "lock",
            "data-locked": x.value.locked ? "true" : "false",
            title: x.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: de(M, ["stop"])
          }, [
            ae(xe, {
              name: x.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, lg),
          k("div", ug, [
            k("i", {
              style: Me({ left: `${x.value.cut_in / x.value.duration_s * 100}%`, width: `${(x.value.cut_out - x.value.cut_in) / x.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          k("span", null, [
            be(F(v(x.value.cut_in)) + "–" + F(v(x.value.cut_out)), 1),
            x.value.edit_s !== x.value.duration_s ? (E(), A(ye, { key: 0 }, [
              be(" / " + F(v(x.value.duration_s)), 1)
            ], 64)) : ee("", !0)
          ])
        ], 8, sg)) : ee("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
}, $g = ["src"], Eg = ["title"], Ng = { class: "mx-scrub-track" }, Cg = { "data-role": "time" }, Mg = {
  __name: "AudioPlayer",
  props: { src: String },
  setup(e) {
    const t = ve(null), n = ve(0), o = ve(0), i = ve(!1);
    let a = 0;
    function r() {
      t.value && (n.value = t.value.currentTime), a = i.value ? requestAnimationFrame(r) : 0;
    }
    function s() {
      const w = t.value;
      if (!w) return;
      if (!w.paused) {
        w.pause();
        return;
      }
      const m = w.play();
      m && m.catch && m.catch(() => {
      });
    }
    function l() {
      const w = t.value;
      if (Number.isFinite(w.duration)) {
        o.value = w.duration;
        return;
      }
      const m = () => {
        w.removeEventListener("durationchange", m), o.value = Number.isFinite(w.duration) ? w.duration : 0, w.currentTime = 0;
      };
      w.addEventListener("durationchange", m), w.currentTime = 1e7;
    }
    function u() {
      i.value = !0, a || (a = requestAnimationFrame(r));
    }
    function c() {
      i.value = !1, t.value && (n.value = t.value.currentTime);
    }
    function d(w, m) {
      const g = t.value;
      if (!g || !o.value) return;
      const x = m.getBoundingClientRect();
      g.currentTime = n.value = Math.max(0, Math.min(1, (w.clientX - x.left) / x.width)) * o.value;
    }
    function f(w) {
      var C;
      w.preventDefault();
      const m = w.currentTarget;
      (C = m.setPointerCapture) == null || C.call(m, w.pointerId), d(w, m);
      const g = (p) => d(p, m), x = () => {
        m.removeEventListener("pointermove", g), m.removeEventListener("pointerup", x);
      };
      m.addEventListener("pointermove", g), m.addEventListener("pointerup", x);
    }
    const h = (w) => `${Math.floor(w / 60)}:${String(Math.floor(w % 60)).padStart(2, "0")}`;
    return (w, m) => (E(), A("div", {
      class: Ae(["mx-audio nodrag", { playing: i.value }]),
      "data-role": "voice-player"
    }, [
      k("audio", {
        ref_key: "audio",
        ref: t,
        src: e.src,
        preload: "metadata",
        onLoadedmetadata: l,
        onPlay: u,
        onPause: c,
        onEnded: c
      }, null, 40, $g),
      k("button", {
        class: "mx-clip-btn",
        "data-role": "play",
        title: i.value ? "Pause" : "Play",
        onClick: de(s, ["stop"])
      }, [
        ae(xe, {
          name: i.value ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, Eg),
      k("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: de(f, ["stop"])
      }, [
        k("div", Ng, [
          k("i", {
            style: Me({ width: o.value ? `${n.value / o.value * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      k("span", Cg, F(h(n.value)) + " / " + F(h(o.value)), 1)
    ], 2));
  }
};
async function Dr(e, t, { block: n = "", x: o = 0, y: i = 0, attach: a = "" } = {}) {
  const r = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: a, name: t.name || "" }), s = await fetch(`/canvas/api/upload?${r}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!s.ok) throw new Error(await s.text() || `upload failed (${s.status})`);
  return s.json();
}
const Ig = {
  key: 0,
  class: "mx-comp-clip"
}, Tg = ["src"], Pg = {
  key: 2,
  class: "mx-drop-hint"
}, Ag = {
  key: 2,
  class: "mx-voice nodrag"
}, zg = { class: "k" }, Dg = ["value", "onChange"], Og = ["onClick"], Bg = { class: "mx-kv add" }, Rg = { id: "mx-directive-keys" }, Lg = ["value"], Vg = {
  key: 4,
  class: "mx-reason"
}, Hg = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = Et(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, a = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, r = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], s = W(() => Object.entries(t.data.params || {})), l = ve(""), u = ve(""), c = ve(!1), d = ve(null), f = ve("");
    function h(p, v) {
      const M = { ...t.data.params || {} };
      v === null ? delete M[p] : M[p] = v, o("update", { id: t.id, fields: { params: M } });
    }
    function w() {
      l.value.trim() && (h(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function m(p) {
      c.value = !1;
      const v = p.dataTransfer && p.dataTransfer.files && p.dataTransfer.files[0];
      v && (p.preventDefault(), p.stopPropagation(), await g(v));
    }
    async function g(p) {
      f.value = "";
      try {
        await Dr(n.token, p, { block: t.id });
      } catch (v) {
        f.value = String(v.message || v);
      }
    }
    function x(p) {
      const v = p.target.files[0];
      v && g(v);
    }
    async function C() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const p = await navigator.mediaDevices.getUserMedia({ audio: !0 }), v = new MediaRecorder(p), M = [];
        v.ondataavailable = (O) => M.push(O.data), v.onstop = () => {
          p.getTracks().forEach((O) => O.stop()), d.value = null, g(new Blob(M, { type: v.mimeType || "audio/webm" }));
        }, v.start(), d.value = v;
      } catch (p) {
        f.value = "microphone unavailable: " + (p.message || p);
      }
    }
    return (p, v) => (E(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": `comp · ${a[e.data.sub]}`,
      edge: "#ffc947",
      source: "",
      shape: "mx-notched",
      "min-w": 160,
      "min-h": 100
    }, {
      default: Le(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (E(), A("div", {
          key: 0,
          class: Ae(["mx-drop nodrag", { over: c.value }]),
          onDragover: v[0] || (v[0] = de((M) => c.value = !0, ["prevent", "stop"])),
          onDragleave: v[1] || (v[1] = (M) => c.value = !1),
          onDrop: m
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (E(), A("div", Ig, [
            ae(fo, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (E(), A("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Tg)) : (E(), A("label", Pg, [
            ae(xe, {
              name: "upload",
              size: 18
            }),
            v[5] || (v[5] = k("span", null, [
              be("Drop an image or "),
              k("u", null, "choose")
            ], -1)),
            k("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: x
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (E(), De(It, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (E(), A("div", Ag, [
          k("button", {
            class: Ae(["mx-rec", { live: d.value }]),
            onClick: de(C, ["stop"])
          }, [
            ae(xe, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            be(F(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (E(), De(Mg, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : ee("", !0)
        ])) : e.data.sub === "directive" ? (E(), A("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: v[4] || (v[4] = de(() => {
          }, ["stop"]))
        }, [
          (E(!0), A(ye, null, Oe(s.value, ([M, O]) => (E(), A("div", {
            key: M,
            class: "mx-kv"
          }, [
            k("span", zg, F(M), 1),
            k("input", {
              class: "v",
              value: O,
              onChange: (Y) => h(M, Y.target.value)
            }, null, 40, Dg),
            k("button", {
              onClick: de((Y) => h(M, null), ["stop"])
            }, [
              ae(xe, {
                name: "x",
                size: 11
              })
            ], 8, Og)
          ]))), 128)),
          k("div", Bg, [
            qt(k("input", {
              class: "k",
              "onUpdate:modelValue": v[2] || (v[2] = (M) => l.value = M),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: dt(w, ["enter"])
            }, null, 544), [
              [ln, l.value]
            ]),
            qt(k("input", {
              class: "v",
              "onUpdate:modelValue": v[3] || (v[3] = (M) => u.value = M),
              placeholder: "value",
              onKeydown: dt(w, ["enter"])
            }, null, 544), [
              [ln, u.value]
            ]),
            k("button", {
              onClick: de(w, ["stop"])
            }, [
              ae(xe, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          k("datalist", Rg, [
            (E(), A(ye, null, Oe(r, (M) => k("option", {
              key: M,
              value: M
            }, null, 8, Lg)), 64))
          ])
        ], 32)) : ee("", !0),
        f.value ? (E(), A("div", Vg, F(f.value), 1)) : ee("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Fg = {
  key: 0,
  class: "mx-chosen",
  title: "The chosen take",
  "data-role": "chosen"
}, Yg = { class: "mx-media-box" }, Xg = ["src"], qg = {
  key: 2,
  class: "mx-empty"
}, Gg = { class: "mx-foot nodrag" }, Ug = {
  key: 0,
  class: "mx-takes"
}, Wg = ["title"], Kg = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = Et(), o = W(() => t.data.takes || [t.id]), i = W(() => Math.max(0, o.value.indexOf(t.id))), a = W(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function r(s) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + s + l) % l] });
    }
    return (s, l) => (E(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: a.value ? "film" : "image",
      "kind-label": `gen.art · ${e.data.stage || e.data.sub}`,
      edge: "#64ffda",
      source: "",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 130
    }, {
      head: Le(() => [
        e.data.chosen ? (E(), A("span", Fg, [
          ae(xe, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = be("chosen"))
        ])) : ee("", !0)
      ]),
      foot: Le(() => [
        k("footer", Gg, [
          o.value.length > 1 ? (E(), A("span", Ug, [
            k("button", {
              onClick: l[0] || (l[0] = de((u) => r(-1), ["stop"])),
              title: "Previous take"
            }, [
              ae(xe, {
                name: "left",
                size: 11
              })
            ]),
            be(" take " + F(i.value + 1) + "/" + F(o.value.length) + " ", 1),
            k("button", {
              onClick: l[1] || (l[1] = de((u) => r(1), ["stop"])),
              title: "Next take"
            }, [
              ae(xe, {
                name: "right",
                size: 11
              })
            ])
          ])) : ee("", !0),
          e.data.chosen ? ee("", !0) : (E(), A("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = de((u) => H(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          k("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            be(F(e.data.width) + "×" + F(e.data.height), 1),
            e.data.duration_s ? (E(), A(ye, { key: 0 }, [
              be(" · " + F(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : ee("", !0),
            be(" · " + F(e.data.peer_name || e.data.peer_id), 1)
          ], 8, Wg),
          k("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = de((u) => H(n)("grow", { id: e.id }), ["stop"]))
          }, [
            ae(xe, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = be("New intent"))
          ])
        ])
      ]),
      default: Le(() => [
        k("div", Yg, [
          a.value && e.data.url ? (E(), De(fo, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (E(), A("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Xg)) : (E(), A("div", qg, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Zg = { class: "mx-stream nowheel" }, jg = {
  key: 0,
  class: "mx-empty"
}, Jg = { class: "mx-machine-head" }, Qg = { class: "n" }, ey = { class: "bar" }, ty = { class: "u" }, ny = { class: "m" }, oy = { class: "t" }, iy = {
  key: 0,
  class: "mx-dim"
}, ay = {
  key: 0,
  class: "mx-empty"
}, ry = { class: "mx-job-head" }, sy = { class: "bar" }, ly = { class: "mx-dim" }, uy = {
  key: 0,
  class: "mx-empty"
}, cy = { class: "n" }, dy = { class: "s" }, fy = {
  key: 0,
  class: "mx-empty"
}, hy = { class: "t" }, vy = { class: "p" }, my = { class: "msg" }, py = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = Et(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, a = W(() => (t.data.peer_filter || "").toLowerCase()), r = W(() => n.activity.peers.filter((c) => !a.value || c.id.toLowerCase().includes(a.value) || c.name.toLowerCase().includes(a.value))), s = W(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (E(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Le(() => d[0] || (d[0] = [
        k("span", { class: "mx-live" }, [
          k("i"),
          be("live")
        ], -1)
      ])),
      default: Le(() => [
        k("div", Zg, [
          e.data.sub === "gpu" ? (E(), A(ye, { key: 0 }, [
            r.value.length ? ee("", !0) : (E(), A("div", jg, d[1] || (d[1] = [
              be("No machines on this board yet. Start a peer: "),
              k("code", null, "multiplex up", -1)
            ]))),
            (E(!0), A(ye, null, Oe(r.value, (f) => (E(), A("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              k("div", Jg, [
                k("i", {
                  class: Ae(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                k("b", null, F(f.name), 1),
                k("span", null, F(f.busy) + "/" + F(f.slots) + " busy" + F(f.paused ? " · paused" : ""), 1)
              ]),
              (E(!0), A(ye, null, Oe(f.gpus, (h) => (E(), A("div", {
                key: h.index,
                class: "mx-gpu"
              }, [
                k("span", Qg, F(h.index), 1),
                k("div", ey, [
                  k("div", {
                    style: Me({ width: `${h.util}%`, background: l(h.util) })
                  }, null, 4)
                ]),
                k("span", ty, F(Math.round(h.util)) + "%", 1),
                k("span", ny, F(H(na)(h.mem_used)) + "/" + F(H(na)(h.mem_total)), 1),
                k("span", oy, F(h.temp ? `${Math.round(h.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? ee("", !0) : (E(), A("div", iy, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (E(), A(ye, { key: 1 }, [
            H(n).activity.running.length ? ee("", !0) : (E(), A("div", ay, "Nothing rendering.")),
            (E(!0), A(ye, null, Oe(H(n).activity.running, (f) => (E(), A("div", {
              key: f.id,
              class: "mx-job"
            }, [
              k("div", ry, [
                k("b", null, F(f.title || f.intent), 1),
                k("span", null, F(f.stage) + " · " + F(f.peer || "—"), 1)
              ]),
              k("div", sy, [
                k("div", {
                  style: Me({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              k("div", ly, F(f.state) + " " + F(Math.round(f.fraction * 100)) + "% " + F(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (E(), A(ye, { key: 2 }, [
            H(n).activity.queue.length ? ee("", !0) : (E(), A("div", uy, "Queue is empty.")),
            (E(!0), A(ye, null, Oe(H(n).activity.queue, (f, h) => (E(), A("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              k("span", cy, F(String(h + 1).padStart(2, "0")), 1),
              k("b", null, F(f.title || f.intent), 1),
              k("span", null, F(f.stage), 1),
              k("span", dy, F(f.state), 1)
            ]))), 128))
          ], 64)) : (E(), A(ye, { key: 3 }, [
            s.value.length ? ee("", !0) : (E(), A("div", fy, "Waiting for activity…")),
            (E(!0), A(ye, null, Oe(s.value, (f, h) => (E(), A("div", {
              key: h,
              class: "mx-logline"
            }, [
              k("span", hy, F(H(co)(f.t)), 1),
              k("span", {
                class: "k",
                style: Me({ color: u[f.kind] || "#9ca3af" })
              }, F(f.kind), 5),
              k("span", vy, F(f.peer), 1),
              k("span", my, F(f.stage) + " " + F(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, gy = { class: "mx-narrator" }, yy = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, wy = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, xy = ["aria-expanded"], by = {
  key: 0,
  class: "mx-think-text"
}, ky = {
  key: 2,
  class: "mx-empty"
}, _y = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = ve(null), o = ve(!1), i = W(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), a = W(() => (t.data.think || "").trim());
    return _e(() => t.data.text, () => Ye(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (r, s) => (E(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Le(() => [
        k("span", gy, [
          be(F(e.data.narrator || "narrator"), 1),
          e.data.updated ? (E(), A(ye, { key: 0 }, [
            be(" · " + F(H(co)(e.data.updated)), 1)
          ], 64)) : ee("", !0)
        ])
      ]),
      default: Le(() => [
        k("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (E(), A("p", yy, F(e.data.status), 1)) : ee("", !0),
          a.value ? (E(), A("div", wy, [
            k("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: s[0] || (s[0] = de((l) => o.value = !o.value, ["stop"]))
            }, F(o.value ? "▾" : "▸") + " reasoning ", 9, xy),
            o.value ? (E(), A("pre", by, F(a.value), 1)) : ee("", !0)
          ])) : ee("", !0),
          (E(!0), A(ye, null, Oe(i.value, (l, u) => (E(), A("p", {
            key: u,
            class: Ae({ last: u === i.value.length - 1 })
          }, F(l), 3))), 128)),
          i.value.length ? ee("", !0) : (E(), A("p", ky, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Sy = { class: "mx-media-box mx-with-caption" }, $y = ["src"], Ey = {
  key: 1,
  class: "mx-visual-empty"
}, Ny = {
  class: "mx-caption",
  "data-role": "caption"
}, Cy = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (E(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      foot: Le(() => [
        k("div", Ny, F(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: Le(() => [
        k("div", Sy, [
          e.data.url ? (E(), A("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, $y)) : (E(), A("div", Ey, n[0] || (n[0] = [
            k("span", null, null, -1)
          ])))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, My = [
  { kind: "pdf", label: "PDF", icon: "file-text", title: "Storyboard sheets (6 panels a landscape page)" },
  { kind: "animatic", label: "MP4", icon: "film", title: "The animatic as a file" },
  { kind: "csv", label: "CSV", icon: "table", title: "Shot list" },
  { kind: "otio", label: "OTIO", icon: "layers", title: "OpenTimelineIO timeline with each clip’s provenance" },
  { kind: "fcp7", label: "FCP7", icon: "layers", title: "Final Cut 7 / Premiere / Resolve XML" },
  { kind: "fcpxml", label: "FCPXML", icon: "layers", title: "Final Cut Pro X" },
  { kind: "edl", label: "EDL", icon: "layers", title: "CMX 3600 EDL" },
  { kind: "zip", label: "ZIP", icon: "package", title: "Every take with a JSON manifest" }
];
async function la(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function ua(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const a = new URLSearchParams({ token: e, kind: t, block: n });
  let r = await la(await fetch(`/canvas/api/export?${a}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; r.state === "running"; )
    i(r), await new Promise((s) => setTimeout(s, 300)), r = await la(await fetch(`/canvas/api/export/${encodeURIComponent(r.id)}?${new URLSearchParams({ token: e })}`));
  if (i(r), r.state !== "done") throw new Error(`${t} export ${r.state}: ${r.error || "no reason given"}`);
  return r;
}
function Iy(e, t) {
  const n = document.createElement("a");
  n.href = e, n.download = t || "", n.dataset.role = "export-download", n.style.display = "none", document.body.appendChild(n), n.click(), setTimeout(() => n.remove(), 6e4);
}
const Ty = {
  class: "mx-meta",
  "data-role": "sequence-length"
}, Py = { class: "mx-media-box mx-animatic-box" }, Ay = {
  key: 1,
  class: "mx-empty mx-animatic-empty"
}, zy = ["data-fraction"], Dy = { class: "bar" }, Oy = { class: "mx-foot nodrag" }, By = ["disabled"], Ry = {
  class: "mx-check",
  title: "Burn the shot number into every frame"
}, Ly = ["data-duration"], Vy = {
  class: "mx-exports nodrag",
  "data-role": "exports"
}, Hy = ["title", "data-kind", "disabled", "onClick"], Fy = {
  key: 0,
  class: "mx-reason",
  "data-role": "export-error"
}, Yy = {
  __name: "AnimaticNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = Et(), o = sn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = sn({}), a = W(() => Object.values(n.shots)), r = W(() => a.value.reduce((c, d) => c + d.edit_s, 0)), s = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await ua(n.token, "animatic", {
            block: t.id,
            options: o.burnIn ? { burn_in: !0 } : {},
            onProgress: (c) => {
              o.fraction = c.fraction || 0, o.message = c.message || "";
            }
          });
        } catch (c) {
          o.error = String(c.message || c);
        } finally {
          o.running = !1;
        }
      }
    }
    async function u(c) {
      if (i[c] === void 0) {
        i[c] = 0;
        try {
          const d = await ua(n.token, c, { onProgress: (f) => {
            i[c] = f.fraction || 0;
          } });
          Iy(d.url, d.filename);
        } catch (d) {
          o.error = String(d.message || d);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, d) => (E(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "film",
      "kind-label": "animatic",
      edge: "#ffc947",
      shape: "mx-media mx-animatic",
      "min-w": 320,
      "min-h": 240
    }, {
      head: Le(() => [
        k("span", Ty, F(a.value.length) + " shot" + F(a.value.length === 1 ? "" : "s") + " · " + F(s(r.value)), 1)
      ]),
      foot: Le(() => [
        k("footer", Oy, [
          k("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !a.value.length,
            onClick: de(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            ae(xe, {
              name: "play",
              size: 11
            }),
            be(F(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, By),
          k("label", Ry, [
            qt(k("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (f) => o.burnIn = f),
              onKeydown: d[1] || (d[1] = de(() => {
              }, ["stop"]))
            }, null, 544), [
              [Ur, o.burnIn]
            ]),
            d[2] || (d[2] = be("shot no."))
          ]),
          d[3] || (d[3] = k("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (E(), A("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            be(F(e.data.shots) + " shots · " + F(s(e.data.duration_s)), 1),
            e.data.built ? (E(), A(ye, { key: 0 }, [
              be(" · " + F(H(co)(e.data.built)), 1)
            ], 64)) : ee("", !0)
          ], 8, Ly)) : ee("", !0)
        ]),
        k("div", Vy, [
          (E(!0), A(ye, null, Oe(H(My), (f) => (E(), A("button", {
            key: f.kind,
            title: `${f.title} — download`,
            "data-kind": f.kind,
            class: Ae({ busy: i[f.kind] !== void 0 }),
            disabled: !a.value.length,
            onClick: de((h) => u(f.kind), ["stop"])
          }, [
            ae(xe, {
              name: i[f.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            be(F(f.label) + " ", 1),
            i[f.kind] !== void 0 ? (E(), A("i", {
              key: 0,
              style: Me({ width: `${Math.round(i[f.kind] * 100)}%` })
            }, null, 4)) : ee("", !0)
          ], 10, Hy))), 128))
        ]),
        o.error ? (E(), A("div", Fy, F(o.error), 1)) : ee("", !0)
      ]),
      default: Le(() => [
        k("div", Py, [
          e.data.url ? (E(), De(fo, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (E(), A("div", Ay, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (E(), A("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            k("div", Dy, [
              k("i", {
                style: Me({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            k("span", null, F(Math.round(o.fraction * 100)) + "% · " + F(o.message), 1)
          ], 8, zy)) : ee("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Xy = { class: "mx-root" }, qy = { class: "mx-wordmark" }, Gy = { "data-role": "board-name" }, Uy = { class: "mx-people" }, Wy = ["title"], Ky = ["disabled"], Zy = { key: 0 }, jy = { class: "mx-snap-new" }, Jy = ["onClick"], Qy = ["onClick"], e1 = {
  key: 0,
  class: "mx-empty"
}, t1 = { class: "mx-toasts" }, n1 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, o1 = { class: "mx-dialog-kicker" }, i1 = { class: "mx-dialog-title" }, a1 = { class: "mx-cost" }, r1 = {
  key: 0,
  class: "mx-warn"
}, s1 = { class: "mx-dialog-actions" }, l1 = { class: "mx-search-in" }, u1 = ["onClick", "onMouseenter"], ca = "mx-flow", c1 = 0.42, d1 = 0.2, h1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, a = av(i), { state: r, send: s } = a;
    At(kr, a), r.me = o.me || r.me, r.board = o.board, r.token = o.token;
    const l = Be(ca), u = {
      intent: We(Sg),
      comp: We(Hg),
      gen_art: We(Kg),
      activity: We(py),
      narration: We(_y),
      visual_narration: We(Cy),
      animatic: We(Yy)
    }, c = ($) => $.kind === "activity" && $.sub === "animatic" ? "animatic" : $.kind, d = Object.fromEntries(Object.keys(u).map(($) => [$, We(ai)])), f = Object.fromEntries(Object.keys(u).map(($) => [$, We(ri)])), h = W(() => r.lod === 2 ? f : r.lod ? d : u), w = [8, 8], m = ["Shift", "Meta", "Control"], g = { type: "default" }, x = { class: "mx-connecting" }, C = /* @__PURE__ */ new Map(), p = ve(0), v = /* @__PURE__ */ new Map(), M = ve(null), O = ve(!1), Y = ve([]), B = ve(null), G = sn({ open: !1, q: "", i: 0 }), K = ve(!1), X = ve(""), N = ve(!1);
    function j($) {
      return {
        id: $.id,
        type: c($),
        position: { x: $.x, y: $.y },
        data: $,
        style: { width: `${$.w}px`, height: `${$.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function _($) {
      return {
        id: $.id,
        source: $.src,
        target: $.dst,
        type: "default",
        class: `mx-edge mx-edge-${$.kind}`,
        targetHandle: "in",
        animated: $.kind === "gen_art",
        data: $,
        deletable: !0
      };
    }
    function V() {
      const $ = [];
      if (r.lod === 2) return $;
      const R = r.sequence.filter((q) => C.has(q));
      for (let q = 0; q + 1 < R.length; q++)
        $.push({
          id: `seq:${R[q]}:${R[q + 1]}`,
          source: R[q],
          target: R[q + 1],
          type: "straight",
          class: "mx-edge mx-edge-seq",
          selectable: !1,
          deletable: !1,
          focusable: !1,
          sourceHandle: "seq-out",
          targetHandle: "seq-in",
          data: { kind: "seq" }
        });
      return $;
    }
    function T() {
      const $ = l.edges.value.filter((R) => R.id.startsWith("seq:")).map((R) => R.id);
      $.length && l.removeEdges($), l.addEdges(V());
    }
    function D($) {
      const R = window.__mxMarks = window.__mxMarks || {};
      R.reset = performance.now(), C.clear(), v.clear(), I.clear();
      for (const q of $.blocks) I.add(q.id);
      for (const q of $.blocks) C.set(q.id, q);
      for (const q of $.edges) v.set(q.id, q);
      r.sequence = $.sequence || [], r.shots = $.shots || {}, r.comments = $.comments || [], r.snapshots = $.snapshots || [], $.activity && (r.activity = $.activity), $.users && (r.users = $.users), $.choices && (r.choices = $.choices), $.pipelines && (r.pipelines = $.pipelines), O.value || ue($.blocks), p.value++, l.setNodes($.blocks.map(j)), l.setEdges([...$.edges.map(_), ...V()]), R.set = performance.now(), O.value || (O.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const I = /* @__PURE__ */ new Set();
    function L($, R, q, Te = 0) {
      const $e = l.findNode($);
      if (!$e) {
        I.has($) ? Te < 8 && Ye(() => {
          const Je = C.get($);
          Je && L($, Je, [], Te + 1);
        }) : (I.add($), q.push(j(R)));
        return;
      }
      $e.data = R, $e.type !== c(R) && ($e.type = c(R)), !$e.dragging && ($e.position.x !== R.x || $e.position.y !== R.y) && ($e.position = { x: R.x, y: R.y });
      const Xe = `${R.w}px`, Ze = `${R.h}px`;
      (!$e.style || $e.style.width !== Xe || $e.style.height !== Ze) && ($e.style = { ...$e.style || {}, width: Xe, height: Ze });
    }
    function U($) {
      if ($.blocks) {
        const R = [], q = [];
        for (const [Te, $e] of Object.entries($.blocks)) {
          if ($e === null) {
            C.delete(Te), I.delete(Te) && q.push(Te);
            continue;
          }
          C.set(Te, $e), L(Te, $e, R);
        }
        q.length && l.removeNodes(q), R.length && l.addNodes(R), p.value++;
      }
      if ($.edges) {
        const R = [], q = [];
        for (const [Te, $e] of Object.entries($.edges))
          $e === null ? (v.delete(Te), q.push(Te)) : v.has(Te) || (v.set(Te, $e), R.push(_($e)));
        q.length && l.removeEdges(q), R.length && Ye(() => l.addEdges(R));
      }
      $.sequence && (r.sequence = $.sequence), $.shots && (r.shots = $.shots), ($.sequence || $.blocks && Object.values($.blocks).some((R) => R === null || R && R.kind === "intent")) && Ye(T), $.comments && (r.comments = $.comments), $.snapshots && (r.snapshots = $.snapshots), $.activity && (r.activity = $.activity), $.users && (r.users = $.users);
    }
    function J($) {
      const R = { id: Math.random(), text: $.text || String($), kind: $.kind || "info" };
      Y.value.push(R), setTimeout(() => {
        Y.value = Y.value.filter((q) => q !== R);
      }, $.kind === "error" ? 6e3 : 3200);
    }
    function re($) {
      $.preview && (B.value = $.preview), $.pipelines && (r.pipelines = $.pipelines), $.notify && J({ text: $.notify }), $.error && J({ text: $.error, kind: "error" });
    }
    t({ reset: D, apply: U, notify: J, reply: re }), l.onNodeDragStop(({ nodes: $ }) => {
      s("move", { moves: $.map((R) => ({ id: R.id, x: Math.round(R.position.x), y: Math.round(R.position.y) })) });
    });
    function ue($) {
      const R = M.value;
      if (!$.length || !R) return;
      let q = 1 / 0, Te = 1 / 0, $e = -1 / 0, Xe = -1 / 0;
      for (const Rt of $)
        q = Math.min(q, Rt.x), Te = Math.min(Te, Rt.y), $e = Math.max($e, Rt.x + Rt.w), Xe = Math.max(Xe, Rt.y + Rt.h);
      const Ze = R.clientWidth, Je = R.clientHeight, ut = Math.max(0.05, Math.min(1, Math.min(Ze / ($e - q), Je / (Xe - Te)) * (1 - 0.12)));
      r.lod = Ee(ut), l.setViewport({ x: (Ze - ($e - q) * ut) / 2 - q * ut, y: (Je - (Xe - Te) * ut) / 2 - Te * ut, zoom: ut });
    }
    l.onConnect(($) => s("connect", { source: $.source, target: $.target }));
    function ge({ kind: $, sub: R, clientX: q, clientY: Te, dragged: $e }) {
      const Xe = M.value.getBoundingClientRect();
      let Ze;
      if ($e) {
        if (q < Xe.left || Te < Xe.top) return;
        Ze = l.screenToFlowCoordinate({ x: q, y: Te });
      } else
        Ze = l.screenToFlowCoordinate({ x: Xe.left + Xe.width / 2, y: Xe.top + Xe.height / 2 });
      let Je = "";
      if ($e && $ === "comp") {
        const mo = document.elementFromPoint(q, Te), ut = mo && mo.closest('[data-kind="intent"][data-id]');
        ut && (Je = ut.dataset.id);
      }
      s("create", { kind: $, sub: R, x: Math.round(Ze.x - 40), y: Math.round(Ze.y - 20), attach: Je });
    }
    async function te($) {
      var Xe;
      N.value = !1;
      const R = [...$.dataTransfer && $.dataTransfer.files || []];
      if (!R.length) return;
      $.preventDefault();
      const q = (Xe = document.elementFromPoint($.clientX, $.clientY)) == null ? void 0 : Xe.closest('[data-kind="intent"][data-id]');
      let { x: Te, y: $e } = l.screenToFlowCoordinate({ x: $.clientX, y: $.clientY });
      for (const Ze of R.slice(0, 12)) {
        try {
          await Dr(r.token, Ze, { x: Math.round(Te), y: Math.round($e), attach: q ? q.dataset.id : "" });
        } catch (Je) {
          J({ text: String(Je.message || Je), kind: "error" });
        }
        Te += 30, $e += 30;
      }
    }
    const Z = W(() => l.getSelectedNodes.value.map(($) => $.id)), Q = W(() => l.getSelectedNodes.value.filter(($) => $.type === "intent").map(($) => $.id));
    let Se = null;
    _e(Z, ($) => {
      clearTimeout(Se), Se = setTimeout(() => i("presence", { selection: $.slice(0, 200) }), 120);
    });
    let Ie = 0;
    function we($) {
      const R = performance.now();
      if (R - Ie < 80) return;
      Ie = R;
      const q = l.screenToFlowCoordinate({ x: $.clientX, y: $.clientY });
      i("presence", { cursor: { x: Math.round(q.x), y: Math.round(q.y) } });
    }
    function Ee($) {
      return $ < d1 ? 2 : $ < c1 ? 1 : 0;
    }
    _e(() => Ee(l.viewport.value.zoom), ($) => {
      r.lod = $;
    }, { immediate: !0 }), _e(() => r.lod, ($, R) => {
      ($ === 2 || R === 2) && T(), $ || Ye(() => requestAnimationFrame(() => l.updateNodeInternals(l.nodes.value.map((q) => q.id))));
    });
    const he = ve(!1);
    let fe = null;
    l.onMove(() => {
      he.value || (he.value = !0), clearTimeout(fe), fe = setTimeout(() => {
        he.value = !1;
      }, 180);
    });
    const b = W(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), y = W(() => {
      const $ = b.value;
      return { gap: 24 * 2 ** $, size: $ ? 1.2 * 2 ** ($ + 1) : 1.2 };
    }), S = W(() => r.users.filter(($) => $.id !== r.me.id && $.cursor)), z = W(() => {
      const $ = /* @__PURE__ */ new Map();
      for (const R of r.users) $.has(R.id) || $.set(R.id, R);
      return [...$.values()];
    });
    function P() {
      const $ = Q.value;
      if (!$.length) {
        J({ text: "Select one or more intents to render" });
        return;
      }
      s("preview", { ids: $ });
    }
    function ne() {
      B.value && (s("render", { ids: B.value.intents }), B.value = null);
    }
    const ie = W(() => {
      const $ = B.value;
      return $ ? $.gpus > 0 ? `Commit ${$.gpus} GPU${$.gpus > 1 ? "s" : ""}` : $.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function ce() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function se($) {
      $ > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const me = W(() => sv([...C.values()], G.q));
    function ke() {
      G.open = !0, G.q = "", G.i = 0, Ye(() => {
        var $;
        return ($ = document.querySelector(".mx-search input")) == null ? void 0 : $.focus();
      });
    }
    function Pe($) {
      if (!$) return;
      G.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const R = l.findNode($.id);
      R && (l.addSelectedNodes([R]), l.fitView({ nodes: [$.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function ot($) {
      const R = $.target;
      return R && (R.tagName === "INPUT" || R.tagName === "TEXTAREA" || R.isContentEditable);
    }
    function Ue($) {
      const R = $.ctrlKey || $.metaKey, q = $.key.toLowerCase();
      if (R && q === "k") {
        $.preventDefault(), ke();
        return;
      }
      if ($.key === "Escape") {
        G.open = !1, B.value = null, K.value = !1, r.openComments = null;
        return;
      }
      if (B.value && $.key === "Enter") {
        $.preventDefault(), ne();
        return;
      }
      if (!ot($))
        if ($.key === "Delete" || $.key === "Backspace") {
          const Te = l.getSelectedEdges.value.filter(($e) => !$e.id.startsWith("seq:")).map(($e) => $e.id);
          (Z.value.length || Te.length) && ($.preventDefault(), s("delete", { ids: Z.value, edges: Te }));
        } else R && q === "d" ? ($.preventDefault(), s("duplicate", { ids: Z.value })) : R && q === "z" && !$.shiftKey ? ($.preventDefault(), s("undo")) : R && (q === "y" || q === "z" && $.shiftKey) ? ($.preventDefault(), s("redo")) : !R && q === "r" ? ($.preventDefault(), P()) : !R && q === "f" ? ($.preventDefault(), ce()) : !R && $.key === "/" ? ($.preventDefault(), ke()) : R && q === "a" && ($.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    tt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", Ue), i("ready");
    }), jt(() => window.removeEventListener("keydown", Ue));
    const ho = ($) => $.kind === "intent" ? St[($.status || {}).state] || "#4a4a50" : gn[$.kind] || "#333";
    function _n() {
      const $ = X.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      s("snapshot", { name: $ }), X.value = "";
    }
    const vo = ($) => ($ || "?").split(/[\s._-]+/).map((R) => R[0]).join("").slice(0, 2).toUpperCase();
    return ($, R) => (E(), A("div", Xy, [
      ae(cv, {
        groups: e.palette,
        onPlace: ge
      }, null, 8, ["groups"]),
      k("div", {
        ref_key: "wrap",
        ref: M,
        class: Ae(["mx-stage", { "file-over": N.value, moving: he.value }]),
        onPointermove: we,
        onDragover: R[7] || (R[7] = de((q) => N.value = !0, ["prevent"])),
        onDragleave: R[8] || (R[8] = de((q) => N.value = !1, ["self"])),
        onDrop: te
      }, [
        ae(H(eh), {
          id: ca,
          "node-types": h.value,
          "snap-to-grid": !0,
          "snap-grid": w,
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": m,
          "selection-key-code": "Shift",
          "only-render-visible-elements": !H(r).lod,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": g,
          "connection-line-options": x,
          class: "mx-flow"
        }, {
          default: Le(() => [
            ae(H(lh), {
              "pattern-color": "#2c2c31",
              gap: y.value.gap,
              size: y.value.size
            }, null, 8, ["gap", "size"]),
            ae(H(ji), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Le(() => [
                k("div", qy, [
                  R[19] || (R[19] = be("multiplex")),
                  R[20] || (R[20] = k("span", null, "/", -1)),
                  k("b", Gy, F(H(r).board), 1)
                ])
              ]),
              _: 1
            }),
            ae(H(ji), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Le(() => [
                k("div", Uy, [
                  (E(!0), A(ye, null, Oe(z.value, (q) => (E(), A("span", {
                    key: q.id,
                    class: "mx-avatar",
                    style: Me({ "--c": q.color }),
                    title: q.id === H(r).me.id ? `${q.name} (you)` : q.name
                  }, F(vo(q.name)), 13, Wy))), 128))
                ]),
                R[23] || (R[23] = k("i", { class: "mx-sep" }, null, -1)),
                k("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: R[0] || (R[0] = (q) => H(s)("undo")),
                  "data-role": "undo"
                }, [
                  ae(xe, {
                    name: "undo",
                    size: 15
                  })
                ]),
                k("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: R[1] || (R[1] = (q) => H(s)("redo")),
                  "data-role": "redo"
                }, [
                  ae(xe, {
                    name: "redo",
                    size: 15
                  })
                ]),
                R[24] || (R[24] = k("i", { class: "mx-sep" }, null, -1)),
                k("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: ke
                }, [
                  ae(xe, {
                    name: "search",
                    size: 15
                  })
                ]),
                k("button", {
                  title: "Snapshots",
                  onClick: R[2] || (R[2] = (q) => K.value = !K.value),
                  "data-role": "snapshots"
                }, [
                  ae(xe, {
                    name: "history",
                    size: 15
                  })
                ]),
                k("button", {
                  title: "Zoom out",
                  onClick: R[3] || (R[3] = (q) => se(-1))
                }, [
                  ae(xe, {
                    name: "minus",
                    size: 15
                  })
                ]),
                k("button", {
                  title: "Zoom in",
                  onClick: R[4] || (R[4] = (q) => se(1))
                }, [
                  ae(xe, {
                    name: "plus",
                    size: 15
                  })
                ]),
                k("button", {
                  title: "Fit view (F)",
                  onClick: ce,
                  "data-role": "fit"
                }, [
                  ae(xe, {
                    name: "fit",
                    size: 15
                  })
                ]),
                k("button", {
                  class: "mx-render",
                  disabled: !Q.value.length,
                  title: "Render selection (R)",
                  onClick: P,
                  "data-role": "render-selection"
                }, [
                  ae(xe, {
                    name: "play",
                    size: 13
                  }),
                  R[21] || (R[21] = be("Render")),
                  Q.value.length ? (E(), A("span", Zy, F(Q.value.length), 1)) : ee("", !0)
                ], 8, Ky),
                K.value ? (E(), A("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: R[6] || (R[6] = de(() => {
                  }, ["stop"]))
                }, [
                  R[22] || (R[22] = k("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  k("div", jy, [
                    qt(k("input", {
                      "onUpdate:modelValue": R[5] || (R[5] = (q) => X.value = q),
                      placeholder: "Name this moment of the board",
                      onKeydown: dt(_n, ["enter"])
                    }, null, 544), [
                      [ln, X.value]
                    ]),
                    k("button", { onClick: _n }, "Save")
                  ]),
                  (E(!0), A(ye, null, Oe(H(r).snapshots.slice().reverse(), (q) => (E(), A("div", {
                    key: q.id,
                    class: "mx-snap"
                  }, [
                    k("div", null, [
                      k("b", null, F(q.name), 1),
                      k("span", null, F(q.author) + " · " + F(q.blocks) + " blocks · " + F((q.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    k("button", {
                      onClick: (Te) => H(s)("restore", { id: q.id })
                    }, "Restore", 8, Jy),
                    k("button", {
                      class: "ghost",
                      onClick: (Te) => H(s)("drop_snapshot", { id: q.id })
                    }, [
                      ae(xe, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, Qy)
                  ]))), 128)),
                  H(r).snapshots.length ? ee("", !0) : (E(), A("div", e1, "No snapshots yet."))
                ], 32)) : ee("", !0)
              ]),
              _: 1
            }),
            ae(hv, {
              flow: H(l),
              users: S.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types", "only-render-visible-elements"]),
        ae(fv, {
          flow: H(l),
          blocks: H(C),
          rev: p.value,
          "color-of": ho
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      k("div", t1, [
        (E(!0), A(ye, null, Oe(Y.value, (q) => (E(), A("div", {
          key: q.id,
          class: Ae(["mx-toast", q.kind])
        }, F(q.text), 3))), 128))
      ]),
      B.value ? (E(), A("div", {
        key: 0,
        class: "mx-modal",
        onClick: R[10] || (R[10] = de((q) => B.value = null, ["self"]))
      }, [
        k("div", n1, [
          k("div", o1, "Render " + F(B.value.intents.length) + " intent" + F(B.value.intents.length > 1 ? "s" : ""), 1),
          k("div", i1, F(B.value.titles.join(" · ")), 1),
          k("div", a1, [
            k("div", null, [
              R[25] || (R[25] = k("span", null, "machines", -1)),
              k("b", null, F(B.value.machines.length ? B.value.machines.join(", ") : "none live"), 1)
            ]),
            k("div", null, [
              R[26] || (R[26] = k("span", null, "gpus", -1)),
              k("b", null, F(B.value.gpus), 1)
            ]),
            k("div", null, [
              R[27] || (R[27] = k("span", null, "jobs", -1)),
              k("b", null, F(B.value.jobs), 1)
            ]),
            k("div", null, [
              R[28] || (R[28] = k("span", null, "estimate", -1)),
              k("b", null, F(B.value.seconds < 90 ? `~${Math.round(B.value.seconds)} s` : `~${Math.round(B.value.seconds / 60)} min`), 1)
            ])
          ]),
          B.value.unrunnable.length ? (E(), A("div", r1, "Nothing live can run " + F(B.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : ee("", !0),
          k("div", s1, [
            k("button", {
              class: "ghost",
              onClick: R[9] || (R[9] = (q) => B.value = null)
            }, "Cancel"),
            k("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: ne
            }, [
              ae(xe, {
                name: "play",
                size: 13
              }),
              be(F(ie.value), 1)
            ])
          ])
        ])
      ])) : ee("", !0),
      G.open ? (E(), A("div", {
        key: 1,
        class: "mx-modal",
        onClick: R[18] || (R[18] = de((q) => G.open = !1, ["self"]))
      }, [
        k("div", {
          class: "mx-search",
          onKeydown: R[17] || (R[17] = de(() => {
          }, ["stop"]))
        }, [
          k("div", l1, [
            ae(xe, {
              name: "search",
              size: 16
            }),
            qt(k("input", {
              "onUpdate:modelValue": R[11] || (R[11] = (q) => G.q = q),
              placeholder: "Find a block…",
              onKeydown: [
                R[12] || (R[12] = dt(de((q) => G.i = Math.min(G.i + 1, me.value.length - 1), ["prevent"]), ["down"])),
                R[13] || (R[13] = dt(de((q) => G.i = Math.max(G.i - 1, 0), ["prevent"]), ["up"])),
                R[14] || (R[14] = dt(de((q) => Pe(me.value[G.i]), ["prevent"]), ["enter"])),
                R[15] || (R[15] = dt((q) => G.open = !1, ["esc"]))
              ],
              onInput: R[16] || (R[16] = (q) => G.i = 0)
            }, null, 544), [
              [ln, G.q]
            ])
          ]),
          (E(!0), A(ye, null, Oe(me.value, (q, Te) => (E(), A("div", {
            key: q.id,
            class: Ae(["mx-result", { on: Te === G.i }]),
            onClick: ($e) => Pe(q),
            onMouseenter: ($e) => G.i = Te
          }, [
            k("i", {
              style: Me({ background: H(gn)[q.kind] })
            }, null, 4),
            k("b", null, F(q.title || q.sub), 1),
            k("span", null, F(q.kind.replace("_", " ")) + " · " + F(q.sub), 1)
          ], 42, u1))), 128))
        ], 32)
      ])) : ee("", !0)
    ]));
  }
};
export {
  h1 as MultiplexCanvas
};
