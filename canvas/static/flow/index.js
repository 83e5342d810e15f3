import { getCurrentScope as mr, inject as $t, effectScope as pr, watch as $e, provide as Pt, defineComponent as Re, useSlots as Fa, onUnmounted as Ya, openBlock as C, createElementBlock as D, unref as G, createVNode as fe, withCtx as Le, renderSlot as We, computed as te, normalizeStyle as Te, normalizeClass as Ae, getCurrentInstance as Jt, reactive as ln, onScopeDispose as On, ref as ge, nextTick as Ge, onBeforeMount as Xa, onMounted as Qe, shallowRef as bt, toRef as ze, createElementVNode as S, Fragment as _e, renderList as Oe, onBeforeUnmount as Ot, isMemoSame as qa, createBlock as De, createCommentVNode as le, toDisplayString as W, isRef as Uo, toRefs as Ga, customRef as Ua, createPropsRestProxy as Wa, toValue as Ie, resolveComponent as gr, h as Pe, useAttrs as Ka, mergeProps as yr, resolveDynamicComponent as Wo, createTextVNode as Ce, markRaw as tt, readonly as Za, withModifiers as pe, toRaw as po, watchEffect as ja, withDirectives as Gt, withKeys as dt, vModelText as un, Teleport as Ja, vModelCheckbox as Qa } from "vue";
function cn(e) {
  return mr() ? (On(e), !0) : !1;
}
function ft(e) {
  return typeof e == "function" ? e() : G(e);
}
const es = typeof window < "u" && typeof document < "u", ts = (e) => typeof e < "u", ns = Object.prototype.toString, os = (e) => ns.call(e) === "[object Object]", is = () => {
};
function rs(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const wr = (e) => e();
function as(e = wr) {
  const t = ge(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...r) => {
    t.value && e(...r);
  };
  return { isActive: Za(t), pause: n, resume: o, eventFilter: i };
}
function ci(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function ss(e, t, n = {}) {
  const {
    eventFilter: o = wr,
    ...i
  } = n;
  return $e(
    e,
    rs(
      o,
      t
    ),
    i
  );
}
function Vt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: a, resume: s, isActive: l } = as(o);
  return { stop: ss(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: a, resume: s, isActive: l };
}
function ls(e, t = {}) {
  if (!Uo(e))
    return Ga(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Ua(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = ft(t.replaceRef)) != null ? r : !0)
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
function Mo(e, t = !1) {
  function n(d, { flush: f = "sync", deep: v = !1, timeout: b, throwOnTimeout: g } = {}) {
    let y = null;
    const M = [new Promise((w) => {
      y = $e(
        e,
        (p) => {
          d(p) !== t && (y == null || y(), w(p));
        },
        {
          flush: f,
          deep: v,
          immediate: !0
        }
      );
    })];
    return b != null && M.push(
      ci(b, g).then(() => ft(e)).finally(() => y == null ? void 0 : y())
    ), Promise.race(M);
  }
  function o(d, f) {
    if (!Uo(d))
      return n((p) => p === d, f);
    const { flush: v = "sync", deep: b = !1, timeout: g, throwOnTimeout: y } = f ?? {};
    let _ = null;
    const w = [new Promise((p) => {
      _ = $e(
        [e, d],
        ([P, B]) => {
          t !== (P === B) && (_ == null || _(), p(P));
        },
        {
          flush: v,
          deep: b,
          immediate: !0
        }
      );
    })];
    return g != null && w.push(
      ci(g, y).then(() => ft(e)).finally(() => (_ == null || _(), ft(e)))
    ), Promise.race(w);
  }
  function i(d) {
    return n((f) => !!f, d);
  }
  function r(d) {
    return o(null, d);
  }
  function a(d) {
    return o(void 0, d);
  }
  function s(d) {
    return n(Number.isNaN, d);
  }
  function l(d, f) {
    return n((v) => {
      const b = Array.from(v);
      return b.includes(d) || b.includes(ft(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let v = -1;
    return n(() => (v += 1, v >= d), f);
  }
  return Array.isArray(ft(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return Mo(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: i,
    toBeNull: r,
    toBeNaN: s,
    toBeUndefined: a,
    changed: u,
    changedTimes: c,
    get not() {
      return Mo(e, !t);
    }
  };
}
function Io(e) {
  return Mo(e);
}
function us(e) {
  var t;
  const n = ft(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const xr = es ? window : void 0;
function br(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = xr) : [t, n, o, i] = e, !t)
    return is;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], a = () => {
    r.forEach((c) => c()), r.length = 0;
  }, s = (c, d, f, v) => (c.addEventListener(d, f, v), () => c.removeEventListener(d, f, v)), l = $e(
    () => [us(t), ft(i)],
    ([c, d]) => {
      if (a(), !c)
        return;
      const f = os(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((v) => o.map((b) => s(c, v, b, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), a();
  };
  return cn(u), u;
}
function cs(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function di(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = xr,
    eventName: r = "keydown",
    passive: a = !1,
    dedupe: s = !1
  } = o, l = cs(t);
  return br(i, r, (c) => {
    c.repeat && ft(s) || l(c) && n(c);
  }, a);
}
function ds(e) {
  return JSON.parse(JSON.stringify(e));
}
function go(e, t, n, o = {}) {
  var i, r, a;
  const {
    clone: s = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, v = Jt(), b = n || (v == null ? void 0 : v.emit) || ((i = v == null ? void 0 : v.$emit) == null ? void 0 : i.bind(v)) || ((a = (r = v == null ? void 0 : v.proxy) == null ? void 0 : r.$emit) == null ? void 0 : a.bind(v == null ? void 0 : v.proxy));
  let g = u;
  t || (t = "modelValue"), g = g || `update:${t.toString()}`;
  const y = (w) => s ? typeof s == "function" ? s(w) : ds(w) : w, _ = () => ts(e[t]) ? y(e[t]) : d, M = (w) => {
    f ? f(w) && b(g, w) : b(g, w);
  };
  if (l) {
    const w = _(), p = ge(w);
    let P = !1;
    return $e(
      () => e[t],
      (B) => {
        P || (P = !0, p.value = y(B), Ge(() => P = !1));
      }
    ), $e(
      p,
      (B) => {
        !P && (B !== e[t] || c) && M(B);
      },
      { deep: c }
    ), p;
  } else
    return te({
      get() {
        return _();
      },
      set(w) {
        M(w);
      }
    });
}
var fs = { value: () => {
} };
function to() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Bn(n);
}
function Bn(e) {
  this._ = e;
}
function hs(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Bn.prototype = to.prototype = {
  constructor: Bn,
  on: function(e, t) {
    var n = this._, o = hs(e + "", n), i, r = -1, a = o.length;
    if (arguments.length < 2) {
      for (; ++r < a; )
        if ((i = (e = o[r]).type) && (i = vs(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < a; )
      if (i = (e = o[r]).type)
        n[i] = fi(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = fi(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new Bn(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0)
      for (var n = new Array(i), o = 0, i, r; o < i; ++o)
        n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (r = this._[e], o = 0, i = r.length; o < i; ++o)
      r[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, r = o.length; i < r; ++i)
      o[i].value.apply(t, n);
  }
};
function vs(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function fi(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = fs, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var To = "http://www.w3.org/1999/xhtml";
const hi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: To,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function no(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), hi.hasOwnProperty(t) ? { space: hi[t], local: e } : e;
}
function ms(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === To && t.documentElement.namespaceURI === To ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function ps(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function kr(e) {
  var t = no(e);
  return (t.local ? ps : ms)(t);
}
function gs() {
}
function Ko(e) {
  return e == null ? gs : function() {
    return this.querySelector(e);
  };
}
function ys(e) {
  typeof e != "function" && (e = Ko(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = new Array(a), l, u, c = 0; c < a; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new Ze(o, this._parents);
}
function ws(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function xs() {
  return [];
}
function _r(e) {
  return e == null ? xs : function() {
    return this.querySelectorAll(e);
  };
}
function bs(e) {
  return function() {
    return ws(e.apply(this, arguments));
  };
}
function ks(e) {
  typeof e == "function" ? e = bs(e) : e = _r(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var a = t[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && (o.push(e.call(l, l.__data__, u, a)), i.push(l));
  return new Ze(o, i);
}
function Sr(e) {
  return function() {
    return this.matches(e);
  };
}
function $r(e) {
  return function(t) {
    return t.matches(e);
  };
}
var _s = Array.prototype.find;
function Ss(e) {
  return function() {
    return _s.call(this.children, e);
  };
}
function $s() {
  return this.firstElementChild;
}
function Es(e) {
  return this.select(e == null ? $s : Ss(typeof e == "function" ? e : $r(e)));
}
var Ns = Array.prototype.filter;
function Cs() {
  return Array.from(this.children);
}
function Ms(e) {
  return function() {
    return Ns.call(this.children, e);
  };
}
function Is(e) {
  return this.selectAll(e == null ? Cs : Ms(typeof e == "function" ? e : $r(e)));
}
function Ts(e) {
  typeof e != "function" && (e = Sr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new Ze(o, this._parents);
}
function Er(e) {
  return new Array(e.length);
}
function Ps() {
  return new Ze(this._enter || this._groups.map(Er), this._parents);
}
function Yn(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Yn.prototype = {
  constructor: Yn,
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
function As(e) {
  return function() {
    return e;
  };
}
function zs(e, t, n, o, i, r) {
  for (var a = 0, s, l = t.length, u = r.length; a < u; ++a)
    (s = t[a]) ? (s.__data__ = r[a], o[a] = s) : n[a] = new Yn(e, r[a]);
  for (; a < l; ++a)
    (s = t[a]) && (i[a] = s);
}
function Ds(e, t, n, o, i, r, a) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), v;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = v = a.call(l, l.__data__, s, t) + "", u.has(v) ? i[s] = l : u.set(v, l));
  for (s = 0; s < d; ++s)
    v = a.call(e, r[s], s, r) + "", (l = u.get(v)) ? (o[s] = l, l.__data__ = r[s], u.delete(v)) : n[s] = new Yn(e, r[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(f[s]) === l && (i[s] = l);
}
function Os(e) {
  return e.__data__;
}
function Bs(e, t) {
  if (!arguments.length)
    return Array.from(this, Os);
  var n = t ? Ds : zs, o = this._parents, i = this._groups;
  typeof e != "function" && (e = As(e));
  for (var r = i.length, a = new Array(r), s = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, v = Rs(e.call(c, c && c.__data__, u, o)), b = v.length, g = s[u] = new Array(b), y = a[u] = new Array(b), _ = l[u] = new Array(f);
    n(c, d, g, y, _, v, t);
    for (var M = 0, w = 0, p, P; M < b; ++M)
      if (p = g[M]) {
        for (M >= w && (w = M + 1); !(P = y[w]) && ++w < b; )
          ;
        p._next = P || null;
      }
  }
  return a = new Ze(a, o), a._enter = s, a._exit = l, a;
}
function Rs(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Ls() {
  return new Ze(this._exit || this._groups.map(Er), this._parents);
}
function Vs(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Hs(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, a = Math.min(i, r), s = new Array(i), l = 0; l < a; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), v, b = 0; b < d; ++b)
      (v = u[b] || c[b]) && (f[b] = v);
  for (; l < i; ++l)
    s[l] = n[l];
  return new Ze(s, this._parents);
}
function Fs() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], a; --i >= 0; )
      (a = o[i]) && (r && a.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(a, r), r = a);
  return this;
}
function Ys(e) {
  e || (e = Xs);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var a = n[r], s = a.length, l = i[r] = new Array(s), u, c = 0; c < s; ++c)
      (u = a[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Ze(i, this._parents).order();
}
function Xs(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function qs() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Gs() {
  return Array.from(this);
}
function Us() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var a = o[i];
      if (a)
        return a;
    }
  return null;
}
function Ws() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Ks() {
  return !this.node();
}
function Zs(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, a = i.length, s; r < a; ++r)
      (s = i[r]) && e.call(s, s.__data__, r, i);
  return this;
}
function js(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Js(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Qs(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function el(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function tl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function nl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function ol(e, t) {
  var n = no(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Js : js : typeof t == "function" ? n.local ? nl : tl : n.local ? el : Qs)(n, t));
}
function Nr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function il(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function rl(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function al(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function sl(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? il : typeof t == "function" ? al : rl)(e, t, n ?? "")) : Ut(this.node(), e);
}
function Ut(e, t) {
  return e.style.getPropertyValue(t) || Nr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function ll(e) {
  return function() {
    delete this[e];
  };
}
function ul(e, t) {
  return function() {
    this[e] = t;
  };
}
function cl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function dl(e, t) {
  return arguments.length > 1 ? this.each((t == null ? ll : typeof t == "function" ? cl : ul)(e, t)) : this.node()[e];
}
function Cr(e) {
  return e.trim().split(/^|\s+/);
}
function Zo(e) {
  return e.classList || new Mr(e);
}
function Mr(e) {
  this._node = e, this._names = Cr(e.getAttribute("class") || "");
}
Mr.prototype = {
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
function Ir(e, t) {
  for (var n = Zo(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Tr(e, t) {
  for (var n = Zo(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function fl(e) {
  return function() {
    Ir(this, e);
  };
}
function hl(e) {
  return function() {
    Tr(this, e);
  };
}
function vl(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ir : Tr)(this, e);
  };
}
function ml(e, t) {
  var n = Cr(e + "");
  if (arguments.length < 2) {
    for (var o = Zo(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? vl : t ? fl : hl)(n, t));
}
function pl() {
  this.textContent = "";
}
function gl(e) {
  return function() {
    this.textContent = e;
  };
}
function yl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function wl(e) {
  return arguments.length ? this.each(e == null ? pl : (typeof e == "function" ? yl : gl)(e)) : this.node().textContent;
}
function xl() {
  this.innerHTML = "";
}
function bl(e) {
  return function() {
    this.innerHTML = e;
  };
}
function kl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function _l(e) {
  return arguments.length ? this.each(e == null ? xl : (typeof e == "function" ? kl : bl)(e)) : this.node().innerHTML;
}
function Sl() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function $l() {
  return this.each(Sl);
}
function El() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Nl() {
  return this.each(El);
}
function Cl(e) {
  var t = typeof e == "function" ? e : kr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Ml() {
  return null;
}
function Il(e, t) {
  var n = typeof e == "function" ? e : kr(e), o = t == null ? Ml : typeof t == "function" ? t : Ko(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Tl() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Pl() {
  return this.each(Tl);
}
function Al() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function zl() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Dl(e) {
  return this.select(e ? zl : Al);
}
function Ol(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Bl(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Rl(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Ll(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Vl(e, t, n) {
  return function() {
    var o = this.__on, i, r = Bl(t);
    if (o) {
      for (var a = 0, s = o.length; a < s; ++a)
        if ((i = o[a]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function Hl(e, t, n) {
  var o = Rl(e + ""), i, r = o.length, a;
  if (arguments.length < 2) {
    var s = this.node().__on;
    if (s) {
      for (var l = 0, u = s.length, c; l < u; ++l)
        for (i = 0, c = s[l]; i < r; ++i)
          if ((a = o[i]).type === c.type && a.name === c.name)
            return c.value;
    }
    return;
  }
  for (s = t ? Vl : Ll, i = 0; i < r; ++i)
    this.each(s(o[i], t, n));
  return this;
}
function Pr(e, t, n) {
  var o = Nr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Fl(e, t) {
  return function() {
    return Pr(this, e, t);
  };
}
function Yl(e, t) {
  return function() {
    return Pr(this, e, t.apply(this, arguments));
  };
}
function Xl(e, t) {
  return this.each((typeof t == "function" ? Yl : Fl)(e, t));
}
function* ql() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, a; i < r; ++i)
      (a = o[i]) && (yield a);
}
var Ar = [null];
function Ze(e, t) {
  this._groups = e, this._parents = t;
}
function xn() {
  return new Ze([[document.documentElement]], Ar);
}
function Gl() {
  return this;
}
Ze.prototype = xn.prototype = {
  constructor: Ze,
  select: ys,
  selectAll: ks,
  selectChild: Es,
  selectChildren: Is,
  filter: Ts,
  data: Bs,
  enter: Ps,
  exit: Ls,
  join: Vs,
  merge: Hs,
  selection: Gl,
  order: Fs,
  sort: Ys,
  call: qs,
  nodes: Gs,
  node: Us,
  size: Ws,
  empty: Ks,
  each: Zs,
  attr: ol,
  style: sl,
  property: dl,
  classed: ml,
  text: wl,
  html: _l,
  raise: $l,
  lower: Nl,
  append: Cl,
  insert: Il,
  remove: Pl,
  clone: Dl,
  datum: Ol,
  on: Hl,
  dispatch: Xl,
  [Symbol.iterator]: ql
};
function nt(e) {
  return typeof e == "string" ? new Ze([[document.querySelector(e)]], [document.documentElement]) : new Ze([[e]], Ar);
}
function Ul(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function rt(e, t) {
  if (e = Ul(e), t === void 0 && (t = e.currentTarget), t) {
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
const Wl = { passive: !1 }, dn = { capture: !0, passive: !1 };
function yo(e) {
  e.stopImmediatePropagation();
}
function Ft(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function zr(e) {
  var t = e.document.documentElement, n = nt(e).on("dragstart.drag", Ft, dn);
  "onselectstart" in t ? n.on("selectstart.drag", Ft, dn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Dr(e, t) {
  var n = e.document.documentElement, o = nt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ft, dn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Sn = (e) => () => e;
function Po(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: a,
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
    active: { value: r, enumerable: !0, configurable: !0 },
    x: { value: a, enumerable: !0, configurable: !0 },
    y: { value: s, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Po.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Kl(e) {
  return !e.ctrlKey && !e.button;
}
function Zl() {
  return this.parentNode;
}
function jl(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Jl() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ql() {
  var e = Kl, t = Zl, n = jl, o = Jl, i = {}, r = to("start", "drag", "end"), a = 0, s, l, u, c, d = 0;
  function f(p) {
    p.on("mousedown.drag", v).filter(o).on("touchstart.drag", y).on("touchmove.drag", _, Wl).on("touchend.drag touchcancel.drag", M).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function v(p, P) {
    if (!(c || !e.call(this, p, P))) {
      var B = w(this, t.call(this, p, P), p, P, "mouse");
      B && (nt(p.view).on("mousemove.drag", b, dn).on("mouseup.drag", g, dn), zr(p.view), yo(p), u = !1, s = p.clientX, l = p.clientY, B("start", p));
    }
  }
  function b(p) {
    if (Ft(p), !u) {
      var P = p.clientX - s, B = p.clientY - l;
      u = P * P + B * B > d;
    }
    i.mouse("drag", p);
  }
  function g(p) {
    nt(p.view).on("mousemove.drag mouseup.drag", null), Dr(p.view, u), Ft(p), i.mouse("end", p);
  }
  function y(p, P) {
    if (e.call(this, p, P)) {
      var B = p.changedTouches, F = t.call(this, p, P), H = B.length, oe, ee;
      for (oe = 0; oe < H; ++oe)
        (ee = w(this, F, p, P, B[oe].identifier, B[oe])) && (yo(p), ee("start", p, B[oe]));
    }
  }
  function _(p) {
    var P = p.changedTouches, B = P.length, F, H;
    for (F = 0; F < B; ++F)
      (H = i[P[F].identifier]) && (Ft(p), H("drag", p, P[F]));
  }
  function M(p) {
    var P = p.changedTouches, B = P.length, F, H;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), F = 0; F < B; ++F)
      (H = i[P[F].identifier]) && (yo(p), H("end", p, P[F]));
  }
  function w(p, P, B, F, H, oe) {
    var ee = r.copy(), K = rt(oe || B, P), T, ie, $;
    if (($ = n.call(p, new Po("beforestart", {
      sourceEvent: B,
      target: f,
      identifier: H,
      active: a,
      x: K[0],
      y: K[1],
      dx: 0,
      dy: 0,
      dispatch: ee
    }), F)) != null)
      return T = $.x - K[0] || 0, ie = $.y - K[1] || 0, function q(A, O, z) {
        var Y = K, j;
        switch (A) {
          case "start":
            i[H] = q, j = a++;
            break;
          case "end":
            delete i[H], --a;
          case "drag":
            K = rt(z || O, P), j = a;
            break;
        }
        ee.call(
          A,
          p,
          new Po(A, {
            sourceEvent: O,
            subject: $,
            target: f,
            identifier: H,
            active: j,
            x: K[0] + T,
            y: K[1] + ie,
            dx: K[0] - Y[0],
            dy: K[1] - Y[1],
            dispatch: ee
          }),
          F
        );
      };
  }
  return f.filter = function(p) {
    return arguments.length ? (e = typeof p == "function" ? p : Sn(!!p), f) : e;
  }, f.container = function(p) {
    return arguments.length ? (t = typeof p == "function" ? p : Sn(p), f) : t;
  }, f.subject = function(p) {
    return arguments.length ? (n = typeof p == "function" ? p : Sn(p), f) : n;
  }, f.touchable = function(p) {
    return arguments.length ? (o = typeof p == "function" ? p : Sn(!!p), f) : o;
  }, f.on = function() {
    var p = r.on.apply(r, arguments);
    return p === r ? f : p;
  }, f.clickDistance = function(p) {
    return arguments.length ? (d = (p = +p) * p, f) : Math.sqrt(d);
  }, f;
}
function jo(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Or(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function bn() {
}
var fn = 0.7, Xn = 1 / fn, Yt = "\\s*([+-]?\\d+)\\s*", hn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", lt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", eu = /^#([0-9a-f]{3,8})$/, tu = new RegExp(`^rgb\\(${Yt},${Yt},${Yt}\\)$`), nu = new RegExp(`^rgb\\(${lt},${lt},${lt}\\)$`), ou = new RegExp(`^rgba\\(${Yt},${Yt},${Yt},${hn}\\)$`), iu = new RegExp(`^rgba\\(${lt},${lt},${lt},${hn}\\)$`), ru = new RegExp(`^hsl\\(${hn},${lt},${lt}\\)$`), au = new RegExp(`^hsla\\(${hn},${lt},${lt},${hn}\\)$`), vi = {
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
jo(bn, At, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: mi,
  // Deprecated! Use color.formatHex.
  formatHex: mi,
  formatHex8: su,
  formatHsl: lu,
  formatRgb: pi,
  toString: pi
});
function mi() {
  return this.rgb().formatHex();
}
function su() {
  return this.rgb().formatHex8();
}
function lu() {
  return Br(this).formatHsl();
}
function pi() {
  return this.rgb().formatRgb();
}
function At(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = eu.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? gi(t) : n === 3 ? new Ke(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? $n(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? $n(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = tu.exec(e)) ? new Ke(t[1], t[2], t[3], 1) : (t = nu.exec(e)) ? new Ke(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = ou.exec(e)) ? $n(t[1], t[2], t[3], t[4]) : (t = iu.exec(e)) ? $n(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = ru.exec(e)) ? xi(t[1], t[2] / 100, t[3] / 100, 1) : (t = au.exec(e)) ? xi(t[1], t[2] / 100, t[3] / 100, t[4]) : vi.hasOwnProperty(e) ? gi(vi[e]) : e === "transparent" ? new Ke(NaN, NaN, NaN, 0) : null;
}
function gi(e) {
  return new Ke(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function $n(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ke(e, t, n, o);
}
function uu(e) {
  return e instanceof bn || (e = At(e)), e ? (e = e.rgb(), new Ke(e.r, e.g, e.b, e.opacity)) : new Ke();
}
function Ao(e, t, n, o) {
  return arguments.length === 1 ? uu(e) : new Ke(e, t, n, o ?? 1);
}
function Ke(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
jo(Ke, Ao, Or(bn, {
  brighter(e) {
    return e = e == null ? Xn : Math.pow(Xn, e), new Ke(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? fn : Math.pow(fn, e), new Ke(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ke(It(this.r), It(this.g), It(this.b), qn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: yi,
  // Deprecated! Use color.formatHex.
  formatHex: yi,
  formatHex8: cu,
  formatRgb: wi,
  toString: wi
}));
function yi() {
  return `#${Ct(this.r)}${Ct(this.g)}${Ct(this.b)}`;
}
function cu() {
  return `#${Ct(this.r)}${Ct(this.g)}${Ct(this.b)}${Ct((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function wi() {
  const e = qn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${It(this.r)}, ${It(this.g)}, ${It(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function qn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function It(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Ct(e) {
  return e = It(e), (e < 16 ? "0" : "") + e.toString(16);
}
function xi(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new ot(e, t, n, o);
}
function Br(e) {
  if (e instanceof ot)
    return new ot(e.h, e.s, e.l, e.opacity);
  if (e instanceof bn || (e = At(e)), !e)
    return new ot();
  if (e instanceof ot)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), a = NaN, s = r - i, l = (r + i) / 2;
  return s ? (t === r ? a = (n - o) / s + (n < o) * 6 : n === r ? a = (o - t) / s + 2 : a = (t - n) / s + 4, s /= l < 0.5 ? r + i : 2 - r - i, a *= 60) : s = l > 0 && l < 1 ? 0 : a, new ot(a, s, l, e.opacity);
}
function du(e, t, n, o) {
  return arguments.length === 1 ? Br(e) : new ot(e, t, n, o ?? 1);
}
function ot(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
jo(ot, du, Or(bn, {
  brighter(e) {
    return e = e == null ? Xn : Math.pow(Xn, e), new ot(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? fn : Math.pow(fn, e), new ot(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ke(
      wo(e >= 240 ? e - 240 : e + 120, i, o),
      wo(e, i, o),
      wo(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new ot(bi(this.h), En(this.s), En(this.l), qn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = qn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${bi(this.h)}, ${En(this.s) * 100}%, ${En(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function bi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function En(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function wo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Jo = (e) => () => e;
function fu(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function hu(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function vu(e) {
  return (e = +e) == 1 ? Rr : function(t, n) {
    return n - t ? hu(t, n, e) : Jo(isNaN(t) ? n : t);
  };
}
function Rr(e, t) {
  var n = t - e;
  return n ? fu(e, n) : Jo(isNaN(e) ? t : e);
}
const Gn = function e(t) {
  var n = vu(t);
  function o(i, r) {
    var a = n((i = Ao(i)).r, (r = Ao(r)).r), s = n(i.g, r.g), l = n(i.b, r.b), u = Rr(i.opacity, r.opacity);
    return function(c) {
      return i.r = a(c), i.g = s(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function mu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function pu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function gu(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), a;
  for (a = 0; a < o; ++a)
    i[a] = rn(e[a], t[a]);
  for (; a < n; ++a)
    r[a] = t[a];
  return function(s) {
    for (a = 0; a < o; ++a)
      r[a] = i[a](s);
    return r;
  };
}
function yu(e, t) {
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
function wu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = rn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var zo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, xo = new RegExp(zo.source, "g");
function xu(e) {
  return function() {
    return e;
  };
}
function bu(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Lr(e, t) {
  var n = zo.lastIndex = xo.lastIndex = 0, o, i, r, a = -1, s = [], l = [];
  for (e = e + "", t = t + ""; (o = zo.exec(e)) && (i = xo.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), s[a] ? s[a] += r : s[++a] = r), (o = o[0]) === (i = i[0]) ? s[a] ? s[a] += i : s[++a] = i : (s[++a] = null, l.push({ i: a, x: at(o, i) })), n = xo.lastIndex;
  return n < t.length && (r = t.slice(n), s[a] ? s[a] += r : s[++a] = r), s.length < 2 ? l[0] ? bu(l[0].x) : xu(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      s[(d = l[c]).i] = d.x(u);
    return s.join("");
  });
}
function rn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? Jo(t) : (n === "number" ? at : n === "string" ? (o = At(t)) ? (t = o, Gn) : Lr : t instanceof At ? Gn : t instanceof Date ? yu : pu(t) ? mu : Array.isArray(t) ? gu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? wu : at)(e, t);
}
var ki = 180 / Math.PI, Do = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Vr(e, t, n, o, i, r) {
  var a, s, l;
  return (a = Math.sqrt(e * e + t * t)) && (e /= a, t /= a), (l = e * n + t * o) && (n -= e * l, o -= t * l), (s = Math.sqrt(n * n + o * o)) && (n /= s, o /= s, l /= s), e * o < t * n && (e = -e, t = -t, l = -l, a = -a), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * ki,
    skewX: Math.atan(l) * ki,
    scaleX: a,
    scaleY: s
  };
}
var Nn;
function ku(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Do : Vr(t.a, t.b, t.c, t.d, t.e, t.f);
}
function _u(e) {
  return e == null || (Nn || (Nn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Nn.setAttribute("transform", e), !(e = Nn.transform.baseVal.consolidate())) ? Do : (e = e.matrix, Vr(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Hr(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, v, b) {
    if (u !== d || c !== f) {
      var g = v.push("translate(", null, t, null, n);
      b.push({ i: g - 4, x: at(u, d) }, { i: g - 2, x: at(c, f) });
    } else (d || f) && v.push("translate(" + d + t + f + n);
  }
  function a(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: at(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function s(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: at(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, v, b) {
    if (u !== d || c !== f) {
      var g = v.push(i(v) + "scale(", null, ",", null, ")");
      b.push({ i: g - 4, x: at(u, d) }, { i: g - 2, x: at(c, f) });
    } else (d !== 1 || f !== 1) && v.push(i(v) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), a(u.rotate, c.rotate, d, f), s(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(v) {
      for (var b = -1, g = f.length, y; ++b < g; )
        d[(y = f[b]).i] = y.x(v);
      return d.join("");
    };
  };
}
var Su = Hr(ku, "px, ", "px)", "deg)"), $u = Hr(_u, ", ", ")", ")"), Eu = 1e-12;
function _i(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Nu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Cu(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Rn = function e(t, n, o) {
  function i(r, a) {
    var s = r[0], l = r[1], u = r[2], c = a[0], d = a[1], f = a[2], v = c - s, b = d - l, g = v * v + b * b, y, _;
    if (g < Eu)
      _ = Math.log(f / u) / t, y = function(F) {
        return [
          s + F * v,
          l + F * b,
          u * Math.exp(t * F * _)
        ];
      };
    else {
      var M = Math.sqrt(g), w = (f * f - u * u + o * g) / (2 * u * n * M), p = (f * f - u * u - o * g) / (2 * f * n * M), P = Math.log(Math.sqrt(w * w + 1) - w), B = Math.log(Math.sqrt(p * p + 1) - p);
      _ = (B - P) / t, y = function(F) {
        var H = F * _, oe = _i(P), ee = u / (n * M) * (oe * Cu(t * H + P) - Nu(P));
        return [
          s + ee * v,
          l + ee * b,
          u * oe / _i(t * H + P)
        ];
      };
    }
    return y.duration = _ * 1e3 * t / Math.SQRT2, y;
  }
  return i.rho = function(r) {
    var a = Math.max(1e-3, +r), s = a * a, l = s * s;
    return e(a, s, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Wt = 0, tn = 0, Qt = 0, Fr = 1e3, Un, nn, Wn = 0, zt = 0, oo = 0, vn = typeof performance == "object" && performance.now ? performance : Date, Yr = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Qo() {
  return zt || (Yr(Mu), zt = vn.now() + oo);
}
function Mu() {
  zt = 0;
}
function Kn() {
  this._call = this._time = this._next = null;
}
Kn.prototype = Xr.prototype = {
  constructor: Kn,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? Qo() : +n) + (t == null ? 0 : +t), !this._next && nn !== this && (nn ? nn._next = this : Un = this, nn = this), this._call = e, this._time = n, Oo();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Oo());
  }
};
function Xr(e, t, n) {
  var o = new Kn();
  return o.restart(e, t, n), o;
}
function Iu() {
  Qo(), ++Wt;
  for (var e = Un, t; e; )
    (t = zt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Wt;
}
function Si() {
  zt = (Wn = vn.now()) + oo, Wt = tn = 0;
  try {
    Iu();
  } finally {
    Wt = 0, Pu(), zt = 0;
  }
}
function Tu() {
  var e = vn.now(), t = e - Wn;
  t > Fr && (oo -= t, Wn = e);
}
function Pu() {
  for (var e, t = Un, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Un = n);
  nn = e, Oo(o);
}
function Oo(e) {
  if (!Wt) {
    tn && (tn = clearTimeout(tn));
    var t = e - zt;
    t > 24 ? (e < 1 / 0 && (tn = setTimeout(Si, e - vn.now() - oo)), Qt && (Qt = clearInterval(Qt))) : (Qt || (Wn = vn.now(), Qt = setInterval(Tu, Fr)), Wt = 1, Yr(Si));
  }
}
function $i(e, t, n) {
  var o = new Kn();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Au = to("start", "end", "cancel", "interrupt"), zu = [], qr = 0, Ei = 1, Bo = 2, Ln = 3, Ni = 4, Ro = 5, Vn = 6;
function io(e, t, n, o, i, r) {
  var a = e.__transition;
  if (!a)
    e.__transition = {};
  else if (n in a)
    return;
  Du(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Au,
    tween: zu,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: qr
  });
}
function ei(e, t) {
  var n = it(e, t);
  if (n.state > qr)
    throw new Error("too late; already scheduled");
  return n;
}
function ut(e, t) {
  var n = it(e, t);
  if (n.state > Ln)
    throw new Error("too late; already running");
  return n;
}
function it(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Du(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Xr(r, 0, n.time);
  function r(u) {
    n.state = Ei, n.timer.restart(a, n.delay, n.time), n.delay <= u && a(u - n.delay);
  }
  function a(u) {
    var c, d, f, v;
    if (n.state !== Ei)
      return l();
    for (c in o)
      if (v = o[c], v.name === n.name) {
        if (v.state === Ln)
          return $i(a);
        v.state === Ni ? (v.state = Vn, v.timer.stop(), v.on.call("interrupt", e, e.__data__, v.index, v.group), delete o[c]) : +c < t && (v.state = Vn, v.timer.stop(), v.on.call("cancel", e, e.__data__, v.index, v.group), delete o[c]);
      }
    if ($i(function() {
      n.state === Ln && (n.state = Ni, n.timer.restart(s, n.delay, n.time), s(u));
    }), n.state = Bo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Bo) {
      for (n.state = Ln, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (v = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = v);
      i.length = d + 1;
    }
  }
  function s(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Ro, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Ro && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = Vn, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function Hn(e, t) {
  var n = e.__transition, o, i, r = !0, a;
  if (n) {
    t = t == null ? null : t + "";
    for (a in n) {
      if ((o = n[a]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Bo && o.state < Ro, o.state = Vn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[a];
    }
    r && delete e.__transition;
  }
}
function Ou(e) {
  return this.each(function() {
    Hn(this, e);
  });
}
function Bu(e, t) {
  var n, o;
  return function() {
    var i = ut(this, e), r = i.tween;
    if (r !== n) {
      o = n = r;
      for (var a = 0, s = o.length; a < s; ++a)
        if (o[a].name === t) {
          o = o.slice(), o.splice(a, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function Ru(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = ut(this, e), a = r.tween;
    if (a !== o) {
      i = (o = a).slice();
      for (var s = { name: t, value: n }, l = 0, u = i.length; l < u; ++l)
        if (i[l].name === t) {
          i[l] = s;
          break;
        }
      l === u && i.push(s);
    }
    r.tween = i;
  };
}
function Lu(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = it(this.node(), n).tween, i = 0, r = o.length, a; i < r; ++i)
      if ((a = o[i]).name === e)
        return a.value;
    return null;
  }
  return this.each((t == null ? Bu : Ru)(n, e, t));
}
function ti(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ut(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return it(i, o).value[t];
  };
}
function Gr(e, t) {
  var n;
  return (typeof t == "number" ? at : t instanceof At ? Gn : (n = At(t)) ? (t = n, Gn) : Lr)(e, t);
}
function Vu(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Hu(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Fu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var a = this.getAttribute(e);
    return a === i ? null : a === o ? r : r = t(o = a, n);
  };
}
function Yu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var a = this.getAttributeNS(e.space, e.local);
    return a === i ? null : a === o ? r : r = t(o = a, n);
  };
}
function Xu(e, t, n) {
  var o, i, r;
  return function() {
    var a, s = n(this), l;
    return s == null ? void this.removeAttribute(e) : (a = this.getAttribute(e), l = s + "", a === l ? null : a === o && l === i ? r : (i = l, r = t(o = a, s)));
  };
}
function qu(e, t, n) {
  var o, i, r;
  return function() {
    var a, s = n(this), l;
    return s == null ? void this.removeAttributeNS(e.space, e.local) : (a = this.getAttributeNS(e.space, e.local), l = s + "", a === l ? null : a === o && l === i ? r : (i = l, r = t(o = a, s)));
  };
}
function Gu(e, t) {
  var n = no(e), o = n === "transform" ? $u : Gr;
  return this.attrTween(e, typeof t == "function" ? (n.local ? qu : Xu)(n, o, ti(this, "attr." + e, t)) : t == null ? (n.local ? Hu : Vu)(n) : (n.local ? Yu : Fu)(n, o, t));
}
function Uu(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Wu(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Ku(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Wu(e, r)), n;
  }
  return i._value = t, i;
}
function Zu(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Uu(e, r)), n;
  }
  return i._value = t, i;
}
function ju(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = no(e);
  return this.tween(n, (o.local ? Ku : Zu)(o, t));
}
function Ju(e, t) {
  return function() {
    ei(this, e).delay = +t.apply(this, arguments);
  };
}
function Qu(e, t) {
  return t = +t, function() {
    ei(this, e).delay = t;
  };
}
function ec(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ju : Qu)(t, e)) : it(this.node(), t).delay;
}
function tc(e, t) {
  return function() {
    ut(this, e).duration = +t.apply(this, arguments);
  };
}
function nc(e, t) {
  return t = +t, function() {
    ut(this, e).duration = t;
  };
}
function oc(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? tc : nc)(t, e)) : it(this.node(), t).duration;
}
function ic(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ut(this, e).ease = t;
  };
}
function rc(e) {
  var t = this._id;
  return arguments.length ? this.each(ic(t, e)) : it(this.node(), t).ease;
}
function ac(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    ut(this, e).ease = n;
  };
}
function sc(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(ac(this._id, e));
}
function lc(e) {
  typeof e != "function" && (e = Sr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new mt(o, this._parents, this._name, this._id);
}
function uc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), a = new Array(o), s = 0; s < r; ++s)
    for (var l = t[s], u = n[s], c = l.length, d = a[s] = new Array(c), f, v = 0; v < c; ++v)
      (f = l[v] || u[v]) && (d[v] = f);
  for (; s < o; ++s)
    a[s] = t[s];
  return new mt(a, this._parents, this._name, this._id);
}
function cc(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function dc(e, t, n) {
  var o, i, r = cc(t) ? ei : ut;
  return function() {
    var a = r(this, e), s = a.on;
    s !== o && (i = (o = s).copy()).on(t, n), a.on = i;
  };
}
function fc(e, t) {
  var n = this._id;
  return arguments.length < 2 ? it(this.node(), n).on.on(e) : this.each(dc(n, e, t));
}
function hc(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function vc() {
  return this.on("end.remove", hc(this._id));
}
function mc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Ko(e));
  for (var o = this._groups, i = o.length, r = new Array(i), a = 0; a < i; ++a)
    for (var s = o[a], l = s.length, u = r[a] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = s[f]) && (d = e.call(c, c.__data__, f, s)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, io(u[f], t, n, f, u, it(c, n)));
  return new mt(r, this._parents, t, n);
}
function pc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = _r(e));
  for (var o = this._groups, i = o.length, r = [], a = [], s = 0; s < i; ++s)
    for (var l = o[s], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), v, b = it(c, n), g = 0, y = f.length; g < y; ++g)
          (v = f[g]) && io(v, t, n, g, f, b);
        r.push(f), a.push(c);
      }
  return new mt(r, a, t, n);
}
var gc = xn.prototype.constructor;
function yc() {
  return new gc(this._groups, this._parents);
}
function wc(e, t) {
  var n, o, i;
  return function() {
    var r = Ut(this, e), a = (this.style.removeProperty(e), Ut(this, e));
    return r === a ? null : r === n && a === o ? i : i = t(n = r, o = a);
  };
}
function Ur(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function xc(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var a = Ut(this, e);
    return a === i ? null : a === o ? r : r = t(o = a, n);
  };
}
function bc(e, t, n) {
  var o, i, r;
  return function() {
    var a = Ut(this, e), s = n(this), l = s + "";
    return s == null && (l = s = (this.style.removeProperty(e), Ut(this, e))), a === l ? null : a === o && l === i ? r : (i = l, r = t(o = a, s));
  };
}
function kc(e, t) {
  var n, o, i, r = "style." + t, a = "end." + r, s;
  return function() {
    var l = ut(this, e), u = l.on, c = l.value[r] == null ? s || (s = Ur(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(a, i = c), l.on = o;
  };
}
function _c(e, t, n) {
  var o = (e += "") == "transform" ? Su : Gr;
  return t == null ? this.styleTween(e, wc(e, o)).on("end.style." + e, Ur(e)) : typeof t == "function" ? this.styleTween(e, bc(e, o, ti(this, "style." + e, t))).each(kc(this._id, e)) : this.styleTween(e, xc(e, o, t), n).on("end.style." + e, null);
}
function Sc(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function $c(e, t, n) {
  var o, i;
  function r() {
    var a = t.apply(this, arguments);
    return a !== i && (o = (i = a) && Sc(e, a, n)), o;
  }
  return r._value = t, r;
}
function Ec(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, $c(e, t, n ?? ""));
}
function Nc(e) {
  return function() {
    this.textContent = e;
  };
}
function Cc(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function Mc(e) {
  return this.tween("text", typeof e == "function" ? Cc(ti(this, "text", e)) : Nc(e == null ? "" : e + ""));
}
function Ic(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function Tc(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Ic(i)), t;
  }
  return o._value = e, o;
}
function Pc(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, Tc(e));
}
function Ac() {
  for (var e = this._name, t = this._id, n = Wr(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var a = o[r], s = a.length, l, u = 0; u < s; ++u)
      if (l = a[u]) {
        var c = it(l, t);
        io(l, e, n, u, a, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new mt(o, this._parents, e, n);
}
function zc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, a) {
    var s = { value: a }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = ut(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var Dc = 0;
function mt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Wr() {
  return ++Dc;
}
var ct = xn.prototype;
mt.prototype = {
  constructor: mt,
  select: mc,
  selectAll: pc,
  selectChild: ct.selectChild,
  selectChildren: ct.selectChildren,
  filter: lc,
  merge: uc,
  selection: yc,
  transition: Ac,
  call: ct.call,
  nodes: ct.nodes,
  node: ct.node,
  size: ct.size,
  empty: ct.empty,
  each: ct.each,
  on: fc,
  attr: Gu,
  attrTween: ju,
  style: _c,
  styleTween: Ec,
  text: Mc,
  textTween: Pc,
  remove: vc,
  tween: Lu,
  delay: ec,
  duration: oc,
  ease: rc,
  easeVarying: sc,
  end: zc,
  [Symbol.iterator]: ct[Symbol.iterator]
};
function Oc(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Bc = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Oc
};
function Rc(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Lc(e) {
  var t, n;
  e instanceof mt ? (t = e._id, e = e._name) : (t = Wr(), (n = Bc).time = Qo(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var a = o[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && io(l, e, t, u, a, n || Rc(l, t));
  return new mt(o, this._parents, e, t);
}
xn.prototype.interrupt = Ou;
xn.prototype.transition = Lc;
const Cn = (e) => () => e;
function Vc(e, {
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
var Kt = new ht(1, 0, 0);
ht.prototype;
function bo(e) {
  e.stopImmediatePropagation();
}
function en(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Hc(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Fc() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ci() {
  return this.__zoom || Kt;
}
function Yc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Xc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function qc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], a = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    a > r ? (r + a) / 2 : Math.min(0, r) || Math.max(0, a)
  );
}
function Gc() {
  var e = Hc, t = Fc, n = qc, o = Yc, i = Xc, r = [0, 1 / 0], a = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], s = 250, l = Rn, u = to("start", "zoom", "end"), c, d, f, v = 500, b = 150, g = 0, y = 10;
  function _($) {
    $.property("__zoom", Ci).on("wheel.zoom", H, { passive: !1 }).on("mousedown.zoom", oe).on("dblclick.zoom", ee).filter(i).on("touchstart.zoom", K).on("touchmove.zoom", T).on("touchend.zoom touchcancel.zoom", ie).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  _.transform = function($, q, A, O) {
    var z = $.selection ? $.selection() : $;
    z.property("__zoom", Ci), $ !== z ? P($, q, A, O) : z.interrupt().each(function() {
      B(this, arguments).event(O).start().zoom(null, typeof q == "function" ? q.apply(this, arguments) : q).end();
    });
  }, _.scaleBy = function($, q, A, O) {
    _.scaleTo($, function() {
      var z = this.__zoom.k, Y = typeof q == "function" ? q.apply(this, arguments) : q;
      return z * Y;
    }, A, O);
  }, _.scaleTo = function($, q, A, O) {
    _.transform($, function() {
      var z = t.apply(this, arguments), Y = this.__zoom, j = A == null ? p(z) : typeof A == "function" ? A.apply(this, arguments) : A, se = Y.invert(j), ue = typeof q == "function" ? q.apply(this, arguments) : q;
      return n(w(M(Y, ue), j, se), z, a);
    }, A, O);
  }, _.translateBy = function($, q, A, O) {
    _.transform($, function() {
      return n(this.__zoom.translate(
        typeof q == "function" ? q.apply(this, arguments) : q,
        typeof A == "function" ? A.apply(this, arguments) : A
      ), t.apply(this, arguments), a);
    }, null, O);
  }, _.translateTo = function($, q, A, O, z) {
    _.transform($, function() {
      var Y = t.apply(this, arguments), j = this.__zoom, se = O == null ? p(Y) : typeof O == "function" ? O.apply(this, arguments) : O;
      return n(Kt.translate(se[0], se[1]).scale(j.k).translate(
        typeof q == "function" ? -q.apply(this, arguments) : -q,
        typeof A == "function" ? -A.apply(this, arguments) : -A
      ), Y, a);
    }, O, z);
  };
  function M($, q) {
    return q = Math.max(r[0], Math.min(r[1], q)), q === $.k ? $ : new ht(q, $.x, $.y);
  }
  function w($, q, A) {
    var O = q[0] - A[0] * $.k, z = q[1] - A[1] * $.k;
    return O === $.x && z === $.y ? $ : new ht($.k, O, z);
  }
  function p($) {
    return [(+$[0][0] + +$[1][0]) / 2, (+$[0][1] + +$[1][1]) / 2];
  }
  function P($, q, A, O) {
    $.on("start.zoom", function() {
      B(this, arguments).event(O).start();
    }).on("interrupt.zoom end.zoom", function() {
      B(this, arguments).event(O).end();
    }).tween("zoom", function() {
      var z = this, Y = arguments, j = B(z, Y).event(O), se = t.apply(z, Y), ue = A == null ? p(se) : typeof A == "function" ? A.apply(z, Y) : A, me = Math.max(se[1][0] - se[0][0], se[1][1] - se[0][1]), ye = z.__zoom, re = typeof q == "function" ? q.apply(z, Y) : q, ne = l(ye.invert(ue).concat(me / ye.k), re.invert(ue).concat(me / re.k));
      return function(ae) {
        if (ae === 1)
          ae = re;
        else {
          var Me = ne(ae), Ne = me / Me[2];
          ae = new ht(Ne, ue[0] - Me[0] * Ne, ue[1] - Me[1] * Ne);
        }
        j.zoom(null, ae);
      };
    });
  }
  function B($, q, A) {
    return !A && $.__zooming || new F($, q);
  }
  function F($, q) {
    this.that = $, this.args = q, this.active = 0, this.sourceEvent = null, this.extent = t.apply($, q), this.taps = 0;
  }
  F.prototype = {
    event: function($) {
      return $ && (this.sourceEvent = $), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function($, q) {
      return this.mouse && $ !== "mouse" && (this.mouse[1] = q.invert(this.mouse[0])), this.touch0 && $ !== "touch" && (this.touch0[1] = q.invert(this.touch0[0])), this.touch1 && $ !== "touch" && (this.touch1[1] = q.invert(this.touch1[0])), this.that.__zoom = q, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function($) {
      var q = nt(this.that).datum();
      u.call(
        $,
        this.that,
        new Vc($, {
          sourceEvent: this.sourceEvent,
          target: _,
          transform: this.that.__zoom,
          dispatch: u
        }),
        q
      );
    }
  };
  function H($, ...q) {
    if (!e.apply(this, arguments))
      return;
    var A = B(this, q).event($), O = this.__zoom, z = Math.max(r[0], Math.min(r[1], O.k * Math.pow(2, o.apply(this, arguments)))), Y = rt($);
    if (A.wheel)
      (A.mouse[0][0] !== Y[0] || A.mouse[0][1] !== Y[1]) && (A.mouse[1] = O.invert(A.mouse[0] = Y)), clearTimeout(A.wheel);
    else {
      if (O.k === z)
        return;
      A.mouse = [Y, O.invert(Y)], Hn(this), A.start();
    }
    en($), A.wheel = setTimeout(j, b), A.zoom("mouse", n(w(M(O, z), A.mouse[0], A.mouse[1]), A.extent, a));
    function j() {
      A.wheel = null, A.end();
    }
  }
  function oe($, ...q) {
    if (f || !e.apply(this, arguments))
      return;
    var A = $.currentTarget, O = B(this, q, !0).event($), z = nt($.view).on("mousemove.zoom", ue, !0).on("mouseup.zoom", me, !0), Y = rt($, A), j = $.clientX, se = $.clientY;
    zr($.view), bo($), O.mouse = [Y, this.__zoom.invert(Y)], Hn(this), O.start();
    function ue(ye) {
      if (en(ye), !O.moved) {
        var re = ye.clientX - j, ne = ye.clientY - se;
        O.moved = re * re + ne * ne > g;
      }
      O.event(ye).zoom("mouse", n(w(O.that.__zoom, O.mouse[0] = rt(ye, A), O.mouse[1]), O.extent, a));
    }
    function me(ye) {
      z.on("mousemove.zoom mouseup.zoom", null), Dr(ye.view, O.moved), en(ye), O.event(ye).end();
    }
  }
  function ee($, ...q) {
    if (e.apply(this, arguments)) {
      var A = this.__zoom, O = rt($.changedTouches ? $.changedTouches[0] : $, this), z = A.invert(O), Y = A.k * ($.shiftKey ? 0.5 : 2), j = n(w(M(A, Y), O, z), t.apply(this, q), a);
      en($), s > 0 ? nt(this).transition().duration(s).call(P, j, O, $) : nt(this).call(_.transform, j, O, $);
    }
  }
  function K($, ...q) {
    if (e.apply(this, arguments)) {
      var A = $.touches, O = A.length, z = B(this, q, $.changedTouches.length === O).event($), Y, j, se, ue;
      for (bo($), j = 0; j < O; ++j)
        se = A[j], ue = rt(se, this), ue = [ue, this.__zoom.invert(ue), se.identifier], z.touch0 ? !z.touch1 && z.touch0[2] !== ue[2] && (z.touch1 = ue, z.taps = 0) : (z.touch0 = ue, Y = !0, z.taps = 1 + !!c);
      c && (c = clearTimeout(c)), Y && (z.taps < 2 && (d = ue[0], c = setTimeout(function() {
        c = null;
      }, v)), Hn(this), z.start());
    }
  }
  function T($, ...q) {
    if (this.__zooming) {
      var A = B(this, q).event($), O = $.changedTouches, z = O.length, Y, j, se, ue;
      for (en($), Y = 0; Y < z; ++Y)
        j = O[Y], se = rt(j, this), A.touch0 && A.touch0[2] === j.identifier ? A.touch0[0] = se : A.touch1 && A.touch1[2] === j.identifier && (A.touch1[0] = se);
      if (j = A.that.__zoom, A.touch1) {
        var me = A.touch0[0], ye = A.touch0[1], re = A.touch1[0], ne = A.touch1[1], ae = (ae = re[0] - me[0]) * ae + (ae = re[1] - me[1]) * ae, Me = (Me = ne[0] - ye[0]) * Me + (Me = ne[1] - ye[1]) * Me;
        j = M(j, Math.sqrt(ae / Me)), se = [(me[0] + re[0]) / 2, (me[1] + re[1]) / 2], ue = [(ye[0] + ne[0]) / 2, (ye[1] + ne[1]) / 2];
      } else if (A.touch0)
        se = A.touch0[0], ue = A.touch0[1];
      else
        return;
      A.zoom("touch", n(w(j, se, ue), A.extent, a));
    }
  }
  function ie($, ...q) {
    if (this.__zooming) {
      var A = B(this, q).event($), O = $.changedTouches, z = O.length, Y, j;
      for (bo($), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, v), Y = 0; Y < z; ++Y)
        j = O[Y], A.touch0 && A.touch0[2] === j.identifier ? delete A.touch0 : A.touch1 && A.touch1[2] === j.identifier && delete A.touch1;
      if (A.touch1 && !A.touch0 && (A.touch0 = A.touch1, delete A.touch1), A.touch0)
        A.touch0[1] = this.__zoom.invert(A.touch0[0]);
      else if (A.end(), A.taps === 2 && (j = rt(j, this), Math.hypot(d[0] - j[0], d[1] - j[1]) < y)) {
        var se = nt(this).on("dblclick.zoom");
        se && se.apply(this, arguments);
      }
    }
  }
  return _.wheelDelta = function($) {
    return arguments.length ? (o = typeof $ == "function" ? $ : Cn(+$), _) : o;
  }, _.filter = function($) {
    return arguments.length ? (e = typeof $ == "function" ? $ : Cn(!!$), _) : e;
  }, _.touchable = function($) {
    return arguments.length ? (i = typeof $ == "function" ? $ : Cn(!!$), _) : i;
  }, _.extent = function($) {
    return arguments.length ? (t = typeof $ == "function" ? $ : Cn([[+$[0][0], +$[0][1]], [+$[1][0], +$[1][1]]]), _) : t;
  }, _.scaleExtent = function($) {
    return arguments.length ? (r[0] = +$[0], r[1] = +$[1], _) : [r[0], r[1]];
  }, _.translateExtent = function($) {
    return arguments.length ? (a[0][0] = +$[0][0], a[1][0] = +$[1][0], a[0][1] = +$[0][1], a[1][1] = +$[1][1], _) : [[a[0][0], a[0][1]], [a[1][0], a[1][1]]];
  }, _.constrain = function($) {
    return arguments.length ? (n = $, _) : n;
  }, _.duration = function($) {
    return arguments.length ? (s = +$, _) : s;
  }, _.interpolate = function($) {
    return arguments.length ? (l = $, _) : l;
  }, _.on = function() {
    var $ = u.on.apply(u, arguments);
    return $ === u ? _ : $;
  }, _.clickDistance = function($) {
    return arguments.length ? (g = ($ = +$) * $, _) : Math.sqrt(g);
  }, _.tapDistance = function($) {
    return arguments.length ? (y = +$, _) : y;
  }, _;
}
var ve = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(ve || {}), ni = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(ni || {}), Et = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Et || {}), _t = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(_t || {}), Lo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Lo || {}), an = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(an || {});
const Uc = ["INPUT", "SELECT", "TEXTAREA"], Wc = typeof document < "u" ? document : null;
function Vo(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Uc.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Kc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Mi(e, t, n, o) {
  const i = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((a) => a.trim().toLowerCase());
  if (i.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const r = i.every(
    (a, s) => n.has(a) && Array.from(n.values())[s] === i[s]
  );
  return o && n.delete(e.toLowerCase()), r;
}
function Zc(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = jc(n.code, e);
    return Array.isArray(e) ? e.some((i) => Mi(n[o], i, t, n.type === "keyup")) : Mi(n[o], e, t, n.type === "keyup");
  };
}
function jc(e, t) {
  return t.includes(e) ? "code" : "key";
}
function sn(e, t) {
  const n = te(() => Ie(t == null ? void 0 : t.target) ?? Wc), o = bt(Ie(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let a = l(Ie(e));
  $e(
    () => Ie(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && s(), a = l(u);
    },
    {
      immediate: !0
    }
  ), br(["blur", "contextmenu"], s), di(
    (...u) => a(...u),
    (u) => {
      var c, d;
      const f = Ie(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, v = Ie(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Kc(u), (!i || i && !f) && Vo(u))
        return;
      const g = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, y = (g == null ? void 0 : g.nodeName) === "BUTTON" || (g == null ? void 0 : g.nodeName) === "A";
      !v && (i || !y) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), di(
    (...u) => a(...u),
    (u) => {
      const c = Ie(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Vo(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function s() {
    i = !1, r.clear(), o.value = Ie(e) === !0;
  }
  function l(u) {
    return u === null ? (s(), () => !1) : typeof u == "boolean" ? (s(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Zc(u, r) : u;
  }
  return o;
}
const Kr = "vue-flow__node-desc", Zr = "vue-flow__edge-desc", Jc = "vue-flow__aria-live", jr = ["Enter", " ", "Escape"], Xt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function Zn(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function jn(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function ro(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function pt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Jr(e, t) {
  return {
    x: pt(e.x, t[0][0], t[1][0]),
    y: pt(e.y, t[0][1], t[1][1])
  };
}
function Ii(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function St(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Tt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !St(e);
}
function on(e) {
  return Tt(e) && "computedPosition" in e;
}
function Mn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Qc(e) {
  return Mn(e.width) && Mn(e.height) && Mn(e.x) && Mn(e.y);
}
function ed(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: tt({
      width: 0,
      height: 0
    }),
    computedPosition: tt({
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
    data: Fe(e.data) ? e.data : {},
    events: tt(Fe(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Qr(e, t, n) {
  var o, i;
  const r = {
    id: e.id.toString(),
    type: e.type ?? (t == null ? void 0 : t.type) ?? "default",
    source: e.source.toString(),
    target: e.target.toString(),
    sourceHandle: (o = e.sourceHandle) == null ? void 0 : o.toString(),
    targetHandle: (i = e.targetHandle) == null ? void 0 : i.toString(),
    updatable: e.updatable ?? (n == null ? void 0 : n.updatable),
    selectable: e.selectable ?? (n == null ? void 0 : n.selectable),
    focusable: e.focusable ?? (n == null ? void 0 : n.focusable),
    data: Fe(e.data) ? e.data : {},
    events: tt(Fe(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function ea(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), a = o === "source" ? "target" : "source";
  for (const s of n)
    s[a] === i && r.add(s[o]);
  return t.filter((s) => r.has(s.id));
}
function td(...e) {
  if (e.length === 3) {
    const [r, a, s] = e;
    return ea(r, a, s, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => St(r) && r.source === o).map((r) => n.find((a) => Tt(a) && a.id === r.target));
}
function nd(...e) {
  if (e.length === 3) {
    const [r, a, s] = e;
    return ea(r, a, s, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => St(r) && r.target === o).map((r) => n.find((a) => Tt(a) && a.id === r.source));
}
function ta({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function od(e, t) {
  return t.some(
    (n) => St(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function mn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function pn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, a = [1, 1]) {
  const s = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? ao(s, a) : s;
}
function id(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function na({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function rd({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function oa(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = id(
      t,
      na({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return rd(t);
}
function ia(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...pn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, a = [];
  for (const s of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = s, d = l.width ?? s.width ?? null, f = l.height ?? s.height ?? null;
    if (i && !u || c)
      continue;
    const v = jn(r, Zn(s)), b = d === null || f === null, g = o && v > 0, y = (d ?? 0) * (f ?? 0);
    (b || g || v >= y || s.dragging) && a.push(s);
  }
  return a;
}
function ra(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Ht(e, t) {
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
function ad(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Ht(e, n), i = Ht(e, t);
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
    const o = Ht(e.top ?? e.y ?? 0, n), i = Ht(e.bottom ?? e.y ?? 0, n), r = Ht(e.left ?? e.x ?? 0, t), a = Ht(e.right ?? e.x ?? 0, t);
    return { top: o, right: a, bottom: i, left: r, x: r + a, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function sd(e, t, n, o, i, r) {
  const { x: a, y: s } = mn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = mn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - l, d = r - u;
  return {
    left: Math.floor(a),
    top: Math.floor(s),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function Ti(e, t, n, o, i, r = 0.1) {
  const a = ad(r, t, n), s = (t - a.x) / e.width, l = (n - a.y) / e.height, u = Math.min(s, l), c = pt(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, v = t / 2 - d * c, b = n / 2 - f * c, g = sd(e, v, b, c, t, n), y = {
    left: Math.min(g.left - a.left, 0),
    top: Math.min(g.top - a.top, 0),
    right: Math.min(g.right - a.right, 0),
    bottom: Math.min(g.bottom - a.bottom, 0)
  };
  return {
    x: v - y.left + y.right,
    y: b - y.top + y.bottom,
    zoom: c
  };
}
function ld(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function aa(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : aa(n, t) : !1;
}
function gn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Pi(e) {
  const t = e.ctrlKey && Jn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ai(e, t, n) {
  return e < t ? pt(Math.abs(e - t), 1, t) / t : e > n ? -pt(Math.abs(e - n), 1, t) / t : 0;
}
function sa(e, t, n = 15, o = 40) {
  const i = Ai(e.x, o, t.width - o) * n, r = Ai(e.y, o, t.height - o) * n;
  return [i, r];
}
function ko(e, t) {
  if (t) {
    const n = e.position.x + e.dimensions.width - t.dimensions.width, o = e.position.y + e.dimensions.height - t.dimensions.height;
    if (n > 0 || o > 0 || e.position.x < 0 || e.position.y < 0) {
      let i = {};
      if (typeof t.style == "function" ? i = { ...t.style(t) } : t.style && (i = { ...t.style }), i.width = i.width ?? `${t.dimensions.width}px`, i.height = i.height ?? `${t.dimensions.height}px`, n > 0)
        if (typeof i.width == "string") {
          const r = Number(i.width.replace("px", ""));
          i.width = `${r + n}px`;
        } else
          i.width += n;
      if (o > 0)
        if (typeof i.height == "string") {
          const r = Number(i.height.replace("px", ""));
          i.height = `${r + o}px`;
        } else
          i.height += o;
      if (e.position.x < 0) {
        const r = Math.abs(e.position.x);
        if (t.position.x = t.position.x - r, typeof i.width == "string") {
          const a = Number(i.width.replace("px", ""));
          i.width = `${a + r}px`;
        } else
          i.width += r;
        e.position.x = 0;
      }
      if (e.position.y < 0) {
        const r = Math.abs(e.position.y);
        if (t.position.y = t.position.y - r, typeof i.height == "string") {
          const a = Number(i.height.replace("px", ""));
          i.height = `${a + r}px`;
        } else
          i.height += r;
        e.position.y = 0;
      }
      t.dimensions.width = Number(i.width.toString().replace("px", "")), t.dimensions.height = Number(i.height.toString().replace("px", "")), typeof t.style == "function" ? t.style = (r) => {
        const a = t.style;
        return {
          ...a(r),
          ...i
        };
      } : t.style = {
        ...t.style,
        ...i
      };
    }
  }
}
function zi(e, t) {
  var n, o;
  const i = e.filter((a) => a.type === "add" || a.type === "remove");
  for (const a of i)
    if (a.type === "add")
      t.findIndex((l) => l.id === a.item.id) === -1 && t.push(a.item);
    else if (a.type === "remove") {
      const s = t.findIndex((l) => l.id === a.id);
      s !== -1 && t.splice(s, 1);
    }
  const r = t.map((a) => a.id);
  for (const a of t)
    for (const s of e)
      if (s.id === a.id)
        switch (s.type) {
          case "select":
            a.selected = s.selected;
            break;
          case "position":
            if (on(a) && (typeof s.position < "u" && (a.position = s.position), typeof s.dragging < "u" && (a.dragging = s.dragging), a.expandParent && a.parentNode)) {
              const l = t[r.indexOf(a.parentNode)];
              l && on(l) && ko(a, l);
            }
            break;
          case "dimensions":
            if (on(a) && (typeof s.dimensions < "u" && (a.dimensions = s.dimensions), typeof s.updateStyle < "u" && s.updateStyle && (a.style = {
              ...a.style || {},
              width: `${(n = s.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = s.dimensions) == null ? void 0 : o.height}px`
            }), typeof s.resizing < "u" && (a.resizing = s.resizing), a.expandParent && a.parentNode)) {
              const l = t[r.indexOf(a.parentNode)];
              l && on(l) && (!!l.dimensions.width && !!l.dimensions.height ? ko(a, l) : Ge(() => {
                ko(a, l);
              }));
            }
            break;
        }
  return t;
}
function wt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Di(e) {
  return {
    item: e,
    type: "add"
  };
}
function Oi(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Bi(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function xt(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const a = t.has(i);
    !(r.selected === void 0 && !a) && r.selected !== a && (n && (r.selected = a), o.push(wt(r.id, a)));
  }
  return o;
}
const Ri = () => {
};
function ce(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Ri, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, a = () => {
    n = Ri;
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
      const v = () => u(f);
      return cn(v), { off: v };
    },
    off: u,
    trigger: (f) => {
      const v = [n];
      return i() ? v.push(...t) : e && v.push(e), Promise.allSettled(v.map((b) => b(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: a,
    setHasEmitListeners: s,
    removeHasEmitListeners: l
  };
}
function Li(e, t, n) {
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
function ud(e, t, n, o) {
  var i, r;
  const a = /* @__PURE__ */ new Map();
  for (const [s, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !aa(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(s) && a.set(s, {
      id: l.id,
      position: l.position || { x: 0, y: 0 },
      distance: {
        x: n.x - ((i = l.computedPosition) == null ? void 0 : i.x) || 0,
        y: n.y - ((r = l.computedPosition) == null ? void 0 : r.y) || 0
      },
      from: { x: l.computedPosition.x, y: l.computedPosition.y },
      extent: l.extent,
      parentNode: l.parentNode,
      dimensions: { ...l.dimensions },
      expandParent: l.expandParent
    });
  return Array.from(a.values());
}
function _o({
  id: e,
  dragItems: t,
  findNode: n
}) {
  const o = [];
  for (const i of t) {
    const r = n(i.id);
    r && o.push(r);
  }
  return [e ? o.find((i) => i.id === e) : o[0], o];
}
function la(e) {
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
function cd(e, t, n) {
  const [o, i, r, a] = typeof e != "string" ? la(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + a, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function dd(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = cd(i, e, o);
      r && (i = r);
    } else
      t(new qe(Ye.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = (o == null ? void 0 : o.computedPosition.x) || 0, a = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + r, i[0][1] + a],
      [i[1][0] + r, i[1][1] + a]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [r, a, s, l] = la(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i.range[0][0] + u + l, i.range[0][1] + c + r],
      [i.range[1][0] + u - a, i.range[1][1] + c - s]
    ];
  }
  return i === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : i;
}
function fd({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function oi(e, t, n, o, i) {
  const r = fd(e.dimensions, dd(e, n, o, i)), a = Jr(t, r);
  return {
    position: {
      x: a.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: a.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: a
  };
}
function Zt(e, t, n = ve.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: a, height: s } = t ?? pd(e);
  if (o)
    return { x: i + a / 2, y: r + s / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case ve.Top:
      return { x: i + a / 2, y: r };
    case ve.Right:
      return { x: i + a, y: r + s / 2 };
    case ve.Bottom:
      return { x: i + a / 2, y: r + s };
    case ve.Left:
      return { x: i, y: r + s / 2 };
  }
}
function Vi(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function hd({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: i,
  targetHeight: r,
  width: a,
  height: s,
  viewport: l
}) {
  const u = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + i),
    y2: Math.max(e.y + o, t.y + r)
  };
  u.x === u.x2 && (u.x2 += 1), u.y === u.y2 && (u.y2 += 1);
  const c = na({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: a / l.zoom,
    height: s / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), f = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * f) > 0;
}
function vd(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), a = t(e.target);
  return !r || !a ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, a.computedPosition.z || 0)), i);
}
var Ye = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(Ye || {});
const Hi = {
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
class qe extends Error {
  constructor(t, ...n) {
    var o;
    super((o = Hi[t]) == null ? void 0 : o.call(Hi, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function ii(e) {
  return "clientX" in e;
}
function md(e) {
  return "sourceEvent" in e;
}
function st(e, t) {
  const n = ii(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const Jn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function pd(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function ao(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const gd = () => !0;
function So(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function yd(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    jn(i, Zn(r)) > 0 && o.push(r);
  return o;
}
const wd = 250;
function xd(e, t, n, o) {
  var i, r;
  let a = [], s = Number.POSITIVE_INFINITY;
  const l = yd(e, n, t + wd);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: v } = Zt(u, d, d.position, !0), b = Math.sqrt((f - e.x) ** 2 + (v - e.y) ** 2);
      b > t || (b < s ? (a = [{ ...d, x: f, y: v }], s = b) : b === s && a.push({ ...d, x: f, y: v }));
    }
  }
  if (!a.length)
    return null;
  if (a.length > 1) {
    const u = o.type === "source" ? "target" : "source";
    return a.find((c) => c.type === u) ?? a[0];
  }
  return a[0];
}
function Fi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: a,
  lib: s,
  flowId: l,
  isValidConnection: u = gd
}, c, d, f, v) {
  const b = r === "target", g = t ? a.querySelector(`.${s}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: y, y: _ } = st(e), M = a.elementFromPoint(y, _), w = M != null && M.classList.contains(`${s}-flow__handle`) ? M : g, p = {
    handleDomNode: w,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (w) {
    const P = ua(void 0, w), B = w.getAttribute("data-nodeid"), F = w.getAttribute("data-handleid"), H = w.classList.contains("connectable"), oe = w.classList.contains("connectableend");
    if (!B || !P)
      return p;
    const ee = {
      source: b ? B : o,
      sourceHandle: b ? F : i,
      target: b ? o : B,
      targetHandle: b ? i : F
    };
    p.connection = ee;
    const T = H && oe && (n === _t.Strict ? b && P === "source" || !b && P === "target" : B !== o || F !== i);
    p.isValid = T && u(ee, {
      nodes: d,
      edges: c,
      sourceNode: f(ee.source),
      targetNode: f(ee.target)
    }), p.toHandle = ca(B, P, F, v, n, !0);
  }
  return p;
}
function ua(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function bd(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function kd(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function ca(e, t, n, o, i, r = !1) {
  var a, s, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === _t.Strict ? (a = u.handleBounds) == null ? void 0 : a[t] : [...((s = u.handleBounds) == null ? void 0 : s.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && r ? { ...d, ...Zt(u, d, d.position, !0) } : d;
}
const Ho = {
  [ve.Left]: ve.Right,
  [ve.Right]: ve.Left,
  [ve.Top]: ve.Bottom,
  [ve.Bottom]: ve.Top
}, _d = ["production", "prod"];
function kn(e, ...t) {
  da() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function da() {
  return !_d.includes("production");
}
function Yi(e, t, n, o, i) {
  const r = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return r != null && r.length ? Array.from(r).map((a) => {
    const s = a.getBoundingClientRect();
    return {
      id: a.getAttribute("data-handleid"),
      type: e,
      nodeId: i,
      position: a.getAttribute("data-handlepos"),
      x: (s.left - n.left) / o,
      y: (s.top - n.top) / o,
      ...ro(a)
    };
  }) : null;
}
function Fo(e, t, n, o, i, r = !1, a) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ge(() => {
    a.blur();
  })) : n([e]);
}
function Fe(e) {
  return typeof G(e) < "u";
}
function Sd(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new qe(Ye.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return St(e) ? i = e : i = {
    ...e,
    id: ta(e)
  }, i = Qr(i, void 0, o), od(i, t) ? !1 : i;
}
function $d(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new qe(Ye.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new qe(Ye.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...a } = e;
  return {
    ...a,
    id: o ? ta(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Xi(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const a = e[r];
    if (!Tt(a)) {
      n(
        new qe(Ye.NODE_INVALID, a == null ? void 0 : a.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const s = ed(a, t(a.id), a.parentNode);
    a.parentNode && (o[a.parentNode] = !0), i[r] = s;
  }
  for (const r of i) {
    const a = t(r.parentNode) || i.find((s) => s.id === r.parentNode);
    r.parentNode && !a && n(new qe(Ye.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), a && (a.isParent = !0));
  }
  return i;
}
function qi(e, t, n, o, i, r) {
  let a = i;
  const s = o.get(a) || /* @__PURE__ */ new Map();
  o.set(a, s.set(n, t)), a = `${i}-${e}`;
  const l = o.get(a) || /* @__PURE__ */ new Map();
  if (o.set(a, l.set(n, t)), r) {
    a = `${i}-${e}-${r}`;
    const u = o.get(a) || /* @__PURE__ */ new Map();
    o.set(a, u.set(n, t));
  }
}
function $o(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: a = null, targetHandle: s = null } = o, l = { edgeId: o.id, source: i, target: r, sourceHandle: a, targetHandle: s }, u = `${i}-${a}--${r}-${s}`, c = `${r}-${s}--${i}-${a}`;
    qi("source", l, c, e, i, a), qi("target", l, u, e, r, s);
  }
}
function Gi(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function Eo(e, t, n, o, i, r, a, s) {
  const l = [];
  for (const u of e) {
    const c = St(u) ? u : Sd(u, s, i, r);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new qe(Ye.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new qe(Ye.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new qe(Ye.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: s,
      nodes: a,
      sourceNode: d,
      targetNode: f
    })) {
      i(new qe(Ye.EDGE_INVALID, c.id));
      continue;
    }
    const v = o(c.id);
    l.push({
      ...Qr(c, v, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const Ui = Symbol("vueFlow"), ri = Symbol("nodeId"), fa = Symbol("nodeRef"), Ed = Symbol("edgeId"), Nd = Symbol("edgeRef"), so = Symbol("slots");
function ha(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: i,
    nodeLookup: r,
    nodeExtent: a,
    nodeDragThreshold: s,
    viewport: l,
    autoPanOnNodeDrag: u,
    autoPanSpeed: c,
    nodesDraggable: d,
    panBy: f,
    findNode: v,
    multiSelectionActive: b,
    nodesSelectionActive: g,
    selectNodesOnDrag: y,
    removeSelectedElements: _,
    addSelectedNodes: M,
    updateNodePositions: w,
    emits: p
  } = Be(), { onStart: P, onDrag: B, onStop: F, onClick: H, el: oe, disabled: ee, id: K, selectable: T, dragHandle: ie } = e, $ = bt(!1);
  let q = [], A, O = null, z = { x: void 0, y: void 0 }, Y = { x: 0, y: 0 }, j = null, se = !1, ue = !1, me = 0, ye = !1;
  const re = va(), ne = ({ x: R, y: V }) => {
    z = { x: R, y: V };
    let m = !1;
    if (q = q.map((h) => {
      const x = { x: R - h.distance.x, y: V - h.distance.y }, { computedPosition: I } = oi(
        h,
        n.value ? ao(x, o.value) : x,
        p.error,
        a.value,
        h.parentNode ? v(h.parentNode) : void 0
      );
      return m = m || h.position.x !== I.x || h.position.y !== I.y, h.position = I, h;
    }), ue = ue || m, !!m && (w(q, !0, !0), $.value = !0, j)) {
      const [h, x] = _o({
        id: K,
        dragItems: q,
        findNode: v
      });
      B({ event: j, node: h, nodes: x });
    }
  }, ae = () => {
    if (!O)
      return;
    const [R, V] = sa(Y, O, c.value);
    if (R !== 0 || V !== 0) {
      const m = {
        x: (z.x ?? 0) - R / l.value.zoom,
        y: (z.y ?? 0) - V / l.value.zoom
      };
      f({ x: R, y: V }) && ne(m);
    }
    me = requestAnimationFrame(ae);
  }, Me = (R, V) => {
    se = !0;
    const m = v(K);
    !y.value && !b.value && m && (m.selected || _()), m && Ie(T) && y.value && Fo(
      m,
      b.value,
      M,
      _,
      g,
      !1,
      V
    );
    const h = re(R.sourceEvent);
    if (z = h, q = ud(r.value, d.value, h, K), q.length) {
      const [x, I] = _o({
        id: K,
        dragItems: q,
        findNode: v
      });
      P({ event: R.sourceEvent, node: x, nodes: I });
    }
  }, Ne = (R, V) => {
    var m;
    R.sourceEvent.type === "touchmove" && R.sourceEvent.touches.length > 1 || (ue = !1, s.value === 0 && Me(R, V), z = re(R.sourceEvent), O = ((m = t.value) == null ? void 0 : m.getBoundingClientRect()) || null, Y = st(R.sourceEvent, O));
  }, we = (R, V) => {
    const m = re(R.sourceEvent);
    if (!ye && se && u.value && (ye = !0, ae()), !se) {
      const h = m.xSnapped - (z.x ?? 0), x = m.ySnapped - (z.y ?? 0);
      Math.sqrt(h * h + x * x) > s.value && Me(R, V);
    }
    (z.x !== m.xSnapped || z.y !== m.ySnapped) && q.length && se && (j = R.sourceEvent, Y = st(R.sourceEvent, O), ne(m));
  }, E = (R) => {
    let V = !1;
    if (!se && !$.value && !b.value) {
      const m = R.sourceEvent, h = re(m), x = h.xSnapped - (z.x ?? 0), I = h.ySnapped - (z.y ?? 0), k = Math.sqrt(x * x + I * I);
      k !== 0 && k <= s.value && (H == null || H(m), V = !0);
    }
    if (q.length && !V) {
      ue && (w(q, !1, !1), ue = !1);
      const [m, h] = _o({
        id: K,
        dragItems: q,
        findNode: v
      });
      F({ event: R.sourceEvent, node: m, nodes: h });
    }
    q = [], $.value = !1, ye = !1, se = !1, z = { x: void 0, y: void 0 }, cancelAnimationFrame(me);
  };
  return $e([() => Ie(ee), oe], ([R, V], m, h) => {
    if (V) {
      const x = nt(V);
      R || (A = Ql().on("start", (I) => Ne(I, V)).on("drag", (I) => we(I, V)).on("end", (I) => E(I)).filter((I) => {
        const k = I.target, X = Ie(ie);
        return !I.button && (!i.value || !Li(k, `.${i.value}`, V) && (!X || Li(k, X, V)));
      }), x.call(A)), h(() => {
        x.on(".drag", null), A && (A.on("start", null), A.on("drag", null), A.on("end", null));
      });
    }
  }), $;
}
function Cd() {
  return {
    doubleClick: ce(),
    click: ce(),
    mouseEnter: ce(),
    mouseMove: ce(),
    mouseLeave: ce(),
    contextMenu: ce(),
    updateStart: ce(),
    update: ce(),
    updateEnd: ce()
  };
}
function Md(e, t) {
  const n = Cd();
  return n.doubleClick.on((o) => {
    var i, r;
    t.edgeDoubleClick(o), (r = (i = e.events) == null ? void 0 : i.doubleClick) == null || r.call(i, o);
  }), n.click.on((o) => {
    var i, r;
    t.edgeClick(o), (r = (i = e.events) == null ? void 0 : i.click) == null || r.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, r;
    t.edgeMouseEnter(o), (r = (i = e.events) == null ? void 0 : i.mouseEnter) == null || r.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, r;
    t.edgeMouseMove(o), (r = (i = e.events) == null ? void 0 : i.mouseMove) == null || r.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, r;
    t.edgeMouseLeave(o), (r = (i = e.events) == null ? void 0 : i.mouseLeave) == null || r.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, r;
    t.edgeContextMenu(o), (r = (i = e.events) == null ? void 0 : i.contextMenu) == null || r.call(i, o);
  }), n.updateStart.on((o) => {
    var i, r;
    t.edgeUpdateStart(o), (r = (i = e.events) == null ? void 0 : i.updateStart) == null || r.call(i, o);
  }), n.update.on((o) => {
    var i, r;
    t.edgeUpdate(o), (r = (i = e.events) == null ? void 0 : i.update) == null || r.call(i, o);
  }), n.updateEnd.on((o) => {
    var i, r;
    t.edgeUpdateEnd(o), (r = (i = e.events) == null ? void 0 : i.updateEnd) == null || r.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, r]) => (o.emit[i] = r.trigger, o.on[i] = r.on, o),
    { emit: {}, on: {} }
  );
}
function va() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Be();
  return (i) => {
    var r;
    const a = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, s = md(i) ? i.sourceEvent : i, { x: l, y: u } = st(s, a), c = pn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? ao(c, t.value) : c;
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
function ma({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: i,
  onEdgeUpdate: r,
  onEdgeUpdateEnd: a
}) {
  const {
    id: s,
    vueFlowRef: l,
    connectionMode: u,
    connectionRadius: c,
    connectOnClick: d,
    connectionClickStartHandle: f,
    nodesConnectable: v,
    autoPanOnConnect: b,
    autoPanSpeed: g,
    findNode: y,
    panBy: _,
    startConnection: M,
    updateConnection: w,
    endConnection: p,
    emits: P,
    viewport: B,
    edges: F,
    nodes: H,
    isValidConnection: oe,
    nodeLookup: ee
  } = Be();
  let K = null, T = !1, ie = null;
  function $(A) {
    var O;
    const z = Ie(n) === "target", Y = ii(A), j = Ii(A.target), se = A.currentTarget;
    if (se && (Y && A.button === 0 || !Y)) {
      let ue = function(J) {
        m = st(J, E), ne = xd(
          pn(m, B.value, !1, [1, 1]),
          c.value,
          ee.value,
          I
        ), h || (x(), h = !0);
        const de = Fi(
          J,
          {
            handle: ne,
            connectionMode: u.value,
            fromNodeId: Ie(t),
            fromHandleId: Ie(e),
            fromType: z ? "target" : "source",
            isValidConnection: re,
            doc: j,
            lib: "vue",
            flowId: s,
            nodeLookup: ee.value
          },
          F.value,
          H.value,
          y,
          ee.value
        );
        ie = de.handleDomNode, K = de.connection, T = kd(!!ne, de.isValid);
        const he = {
          // from stays the same
          ...Z,
          isValid: T,
          to: de.toHandle && T ? mn({ x: de.toHandle.x, y: de.toHandle.y }, B.value) : m,
          toHandle: de.toHandle,
          toPosition: T && de.toHandle ? de.toHandle.position : Ho[I.position],
          toNode: de.toHandle ? ee.value.get(de.toHandle.nodeId) : null
        };
        if (T && ne && (Z != null && Z.toHandle) && he.toHandle && Z.toHandle.type === he.toHandle.type && Z.toHandle.nodeId === he.toHandle.nodeId && Z.toHandle.id === he.toHandle.id && Z.to.x === he.to.x && Z.to.y === he.to.y)
          return;
        const Se = ne ?? de.toHandle;
        if (w(
          Se && T ? mn(
            {
              x: Se.x,
              y: Se.y
            },
            B.value
          ) : m,
          Se,
          bd(!!Se, T)
        ), Z = he, !ne && !T && !ie)
          return So(V);
        K && K.source !== K.target && ie && (So(V), V = ie, ie.classList.add("connecting", "vue-flow__handle-connecting"), ie.classList.toggle("valid", !!T), ie.classList.toggle("vue-flow__handle-valid", !!T));
      }, me = function(J) {
        "touches" in J && J.touches.length > 0 || ((ne || ie) && K && T && (r ? r(J, K) : P.connect(K)), P.connectEnd(J), i && (a == null || a(J)), So(V), cancelAnimationFrame(ae), p(J), h = !1, T = !1, K = null, ie = null, j.removeEventListener("mousemove", ue), j.removeEventListener("mouseup", me), j.removeEventListener("touchmove", ue), j.removeEventListener("touchend", me));
      };
      const ye = y(Ie(t));
      let re = Ie(o) || oe.value || In;
      !re && ye && (re = (z ? ye.isValidSourcePos : ye.isValidTargetPos) || In);
      let ne, ae = 0;
      const { x: Me, y: Ne } = st(A), we = ua(Ie(i), se), E = (O = l.value) == null ? void 0 : O.getBoundingClientRect();
      if (!E || !we)
        return;
      const R = ca(Ie(t), we, Ie(e), ee.value, u.value);
      if (!R)
        return;
      let V, m = st(A, E), h = !1;
      const x = () => {
        if (!b.value)
          return;
        const [J, de] = sa(m, E, g.value);
        _({ x: J, y: de }), ae = requestAnimationFrame(x);
      }, I = {
        ...R,
        nodeId: Ie(t),
        type: we,
        position: R.position
      }, k = ee.value.get(Ie(t)), U = {
        inProgress: !0,
        isValid: null,
        from: Zt(k, I, ve.Left, !0),
        fromHandle: I,
        fromPosition: I.position,
        fromNode: k,
        to: m,
        toHandle: null,
        toPosition: Ho[I.position],
        toNode: null
      };
      M(
        {
          nodeId: Ie(t),
          id: Ie(e),
          type: we,
          position: (se == null ? void 0 : se.getAttribute("data-handlepos")) || ve.Top,
          ...m
        },
        {
          x: Me - E.left,
          y: Ne - E.top
        }
      ), P.connectStart({ event: A, nodeId: Ie(t), handleId: Ie(e), handleType: we });
      let Z = U;
      j.addEventListener("mousemove", ue), j.addEventListener("mouseup", me), j.addEventListener("touchmove", ue), j.addEventListener("touchend", me);
    }
  }
  function q(A) {
    var O, z;
    if (!d.value)
      return;
    const Y = Ie(n) === "target";
    if (!f.value) {
      P.clickConnectStart({ event: A, nodeId: Ie(t), handleId: Ie(e) }), M(
        {
          nodeId: Ie(t),
          type: Ie(n),
          id: Ie(e),
          position: ve.Top,
          ...st(A)
        },
        void 0,
        !0
      );
      return;
    }
    let j = Ie(o) || oe.value || In;
    const se = y(Ie(t));
    if (!j && se && (j = (Y ? se.isValidSourcePos : se.isValidTargetPos) || In), se && (typeof se.connectable > "u" ? v.value : se.connectable) === !1)
      return;
    const ue = Ii(A.target), me = Fi(
      A,
      {
        handle: {
          nodeId: Ie(t),
          id: Ie(e),
          type: Ie(n),
          position: ve.Top,
          ...st(A)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: j,
        doc: ue,
        lib: "vue",
        flowId: s,
        nodeLookup: ee.value
      },
      F.value,
      H.value,
      y,
      ee.value
    ), ye = ((O = me.connection) == null ? void 0 : O.source) === ((z = me.connection) == null ? void 0 : z.target);
    me.isValid && me.connection && !ye && P.connect(me.connection), P.clickConnectEnd(A), p(A, !0);
  }
  return {
    handlePointerDown: $,
    handleClick: q
  };
}
function Id() {
  return $t(ri, "");
}
function pa(e) {
  const t = e ?? Id() ?? "", n = $t(fa, ge(null)), { findNode: o, edges: i, emits: r } = Be(), a = o(t);
  return a || r.error(new qe(Ye.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: a,
    parentNode: te(() => o(a.parentNode)),
    connectedEdges: te(() => ra([a], i.value))
  };
}
function Td() {
  return {
    doubleClick: ce(),
    click: ce(),
    mouseEnter: ce(),
    mouseMove: ce(),
    mouseLeave: ce(),
    contextMenu: ce(),
    dragStart: ce(),
    drag: ce(),
    dragStop: ce()
  };
}
function Pd(e, t) {
  const n = Td();
  return n.doubleClick.on((o) => {
    var i, r;
    t.nodeDoubleClick(o), (r = (i = e.events) == null ? void 0 : i.doubleClick) == null || r.call(i, o);
  }), n.click.on((o) => {
    var i, r;
    t.nodeClick(o), (r = (i = e.events) == null ? void 0 : i.click) == null || r.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, r;
    t.nodeMouseEnter(o), (r = (i = e.events) == null ? void 0 : i.mouseEnter) == null || r.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, r;
    t.nodeMouseMove(o), (r = (i = e.events) == null ? void 0 : i.mouseMove) == null || r.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, r;
    t.nodeMouseLeave(o), (r = (i = e.events) == null ? void 0 : i.mouseLeave) == null || r.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, r;
    t.nodeContextMenu(o), (r = (i = e.events) == null ? void 0 : i.contextMenu) == null || r.call(i, o);
  }), n.dragStart.on((o) => {
    var i, r;
    t.nodeDragStart(o), (r = (i = e.events) == null ? void 0 : i.dragStart) == null || r.call(i, o);
  }), n.drag.on((o) => {
    var i, r;
    t.nodeDrag(o), (r = (i = e.events) == null ? void 0 : i.drag) == null || r.call(i, o);
  }), n.dragStop.on((o) => {
    var i, r;
    t.nodeDragStop(o), (r = (i = e.events) == null ? void 0 : i.dragStop) == null || r.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, r]) => (o.emit[i] = r.trigger, o.on[i] = r.on, o),
    { emit: {}, on: {} }
  );
}
function ga() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: a, emits: s } = Be();
  return (l, u = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = u ? 4 : 1, v = l.x * c * f, b = l.y * d * f, g = [];
    for (const y of e.value)
      if (y.draggable || a && typeof y.draggable > "u") {
        const _ = { x: y.computedPosition.x + v, y: y.computedPosition.y + b }, { position: M } = oi(
          y,
          _,
          s.error,
          t.value,
          y.parentNode ? o(y.parentNode) : void 0
        );
        g.push({
          id: y.id,
          position: M,
          from: y.position,
          distance: { x: l.x, y: l.y },
          dimensions: y.dimensions
        });
      }
    n(g, !0, !1);
  };
}
const Tn = 0.1, Ad = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function yt() {
  return kn("Viewport not initialized yet."), Promise.resolve(!1);
}
const zd = {
  zoomIn: yt,
  zoomOut: yt,
  zoomTo: yt,
  fitView: yt,
  setCenter: yt,
  fitBounds: yt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: yt,
  setTransform: yt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function Dd(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? rn : Rn).scaleBy(
        No(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, a) {
    return new Promise((s) => {
      var l;
      const { x: u, y: c } = Jr({ x: -o, y: -i }, e.translateExtent), d = Kt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((a == null ? void 0 : a.interpolate) === "linear" ? rn : Rn).transform(
        No(e.d3Selection, a == null ? void 0 : a.duration, a == null ? void 0 : a.ease, () => {
          s(!0);
        }),
        d
      ) : s(!1);
    });
  }
  return te(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((a) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? rn : Rn).scaleTo(
        No(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
          a(!0);
        }),
        i
      ) : a(!1);
    }),
    setViewport: (i, r) => n(i.x, i.y, i.zoom, r),
    setTransform: (i, r) => n(i.x, i.y, i.zoom, r),
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
      var r, a;
      const s = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !f.hidden) && (!((r = i.nodes) != null && r.length) || (a = i.nodes) != null && a.length && i.nodes.includes(f.id)) && s.push(f);
      if (!s.length)
        return Promise.resolve(!1);
      const l = oa(s), { x: u, y: c, zoom: d } = Ti(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Tn
      );
      return n(u, c, d, i);
    },
    setCenter: (i, r, a) => {
      const s = typeof (a == null ? void 0 : a.zoom) < "u" ? a.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * s, u = e.dimensions.height / 2 - r * s;
      return n(l, u, s, a);
    },
    fitBounds: (i, r = { padding: Tn }) => {
      const { x: a, y: s, zoom: l } = Ti(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? Tn
      );
      return n(a, s, l, r);
    },
    project: (i) => pn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: a } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x - r,
          y: i.y - a
        };
        return pn(s, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: a } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x + r,
          y: i.y + a
        };
        return mn(s, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : zd);
}
function No(e, t = 0, n = Ad, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Od(e, t, n) {
  const o = pr(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let g, y, _ = !!(n.nodes.value.length || n.edges.value.length);
        g = Vt([e.modelValue, () => {
          var M, w;
          return (w = (M = e.modelValue) == null ? void 0 : M.value) == null ? void 0 : w.length;
        }], ([M]) => {
          M && Array.isArray(M) && (y == null || y.pause(), n.setElements(M), !y && !_ && M.length ? _ = !0 : y == null || y.resume());
        }), y = Vt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([M, w]) => {
            var p;
            (p = e.modelValue) != null && p.value && Array.isArray(e.modelValue.value) && (g == null || g.pause(), e.modelValue.value = [...M, ...w], Ge(() => {
              g == null || g.resume();
            }));
          },
          { immediate: _ }
        ), On(() => {
          g == null || g.stop(), y == null || y.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let g, y, _ = !!n.nodes.value.length;
        g = Vt([e.nodes, () => {
          var M, w;
          return (w = (M = e.nodes) == null ? void 0 : M.value) == null ? void 0 : w.length;
        }], ([M]) => {
          M && Array.isArray(M) && (y == null || y.pause(), n.setNodes(M), !y && !_ && M.length ? _ = !0 : y == null || y.resume());
        }), y = Vt(
          [n.nodes, () => n.nodes.value.length],
          ([M]) => {
            var w;
            (w = e.nodes) != null && w.value && Array.isArray(e.nodes.value) && (g == null || g.pause(), e.nodes.value = [...M], Ge(() => {
              g == null || g.resume();
            }));
          },
          { immediate: _ }
        ), On(() => {
          g == null || g.stop(), y == null || y.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        let g, y, _ = !!n.edges.value.length;
        g = Vt([e.edges, () => {
          var M, w;
          return (w = (M = e.edges) == null ? void 0 : M.value) == null ? void 0 : w.length;
        }], ([M]) => {
          M && Array.isArray(M) && (y == null || y.pause(), n.setEdges(M), !y && !_ && M.length ? _ = !0 : y == null || y.resume());
        }), y = Vt(
          [n.edges, () => n.edges.value.length],
          ([M]) => {
            var w;
            (w = e.edges) != null && w.value && Array.isArray(e.edges.value) && (g == null || g.pause(), e.edges.value = [...M], Ge(() => {
              g == null || g.resume();
            }));
          },
          { immediate: _ }
        ), On(() => {
          g == null || g.stop(), y == null || y.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        $e(
          () => t.maxZoom,
          () => {
            t.maxZoom && Fe(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        $e(
          () => t.minZoom,
          () => {
            t.minZoom && Fe(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        $e(
          () => t.translateExtent,
          () => {
            t.translateExtent && Fe(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        $e(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && Fe(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        $e(
          () => t.applyDefault,
          () => {
            Fe(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const g = async (y) => {
          let _ = y;
          typeof t.autoConnect == "function" && (_ = await t.autoConnect(y)), _ !== !1 && n.addEdges([_]);
        };
        $e(
          () => t.autoConnect,
          () => {
            Fe(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), $e(
          n.autoConnect,
          (y, _, M) => {
            y ? n.onConnect(g) : n.hooks.value.connect.off(g), M(() => {
              n.hooks.value.connect.off(g);
            });
          },
          { immediate: !0 }
        );
      });
    }, v = () => {
      const g = [
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
      for (const y of Object.keys(t)) {
        const _ = y;
        if (!g.includes(_)) {
          const M = ze(() => t[_]), w = n[_];
          Uo(w) && o.run(() => {
            $e(
              M,
              (p) => {
                Fe(p) && (w.value = p);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), r(), a(), l(), s(), u(), c(), d(), f(), v();
    })();
  }), () => o.stop();
}
function Bd() {
  return {
    edgesChange: ce(),
    nodesChange: ce(),
    nodeDoubleClick: ce(),
    nodeClick: ce(),
    nodeMouseEnter: ce(),
    nodeMouseMove: ce(),
    nodeMouseLeave: ce(),
    nodeContextMenu: ce(),
    nodeDragStart: ce(),
    nodeDrag: ce(),
    nodeDragStop: ce(),
    nodesInitialized: ce(),
    miniMapNodeClick: ce(),
    miniMapNodeDoubleClick: ce(),
    miniMapNodeMouseEnter: ce(),
    miniMapNodeMouseMove: ce(),
    miniMapNodeMouseLeave: ce(),
    connect: ce(),
    connectStart: ce(),
    connectEnd: ce(),
    clickConnectStart: ce(),
    clickConnectEnd: ce(),
    paneReady: ce(),
    init: ce(),
    move: ce(),
    moveStart: ce(),
    moveEnd: ce(),
    selectionDragStart: ce(),
    selectionDrag: ce(),
    selectionDragStop: ce(),
    selectionContextMenu: ce(),
    selectionStart: ce(),
    selectionEnd: ce(),
    viewportChangeStart: ce(),
    viewportChange: ce(),
    viewportChangeEnd: ce(),
    paneScroll: ce(),
    paneClick: ce(),
    paneContextMenu: ce(),
    paneMouseEnter: ce(),
    paneMouseMove: ce(),
    paneMouseLeave: ce(),
    edgeContextMenu: ce(),
    edgeMouseEnter: ce(),
    edgeMouseMove: ce(),
    edgeMouseLeave: ce(),
    edgeDoubleClick: ce(),
    edgeClick: ce(),
    edgeUpdateStart: ce(),
    edgeUpdate: ce(),
    edgeUpdateEnd: ce(),
    updateNodeInternals: ce(),
    error: ce((e) => kn(e.message))
  };
}
function Rd(e, t) {
  const n = Jt();
  Xa(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const a = (s) => {
        e(i, s);
      };
      r.setEmitter(a), cn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), cn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const a = Ld(i);
    return !!((r = n == null ? void 0 : n.vnode.props) == null ? void 0 : r[a]);
  }
}
function Ld(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function ya() {
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
    selectionMode: ni.Full,
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
      type: Et.Bezier,
      style: {}
    },
    connectionMode: _t.Loose,
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
    multiSelectionKeyCode: Jn() ? "Meta" : "Control",
    zoomActivationKeyCode: Jn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: Bd(),
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
const Vd = [
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
function Hd(e, t, n) {
  const o = Dd(e), i = (m) => {
    const h = m ?? [];
    e.hooks.updateNodeInternals.trigger(h);
  }, r = (m) => nd(m, e.nodes, e.edges), a = (m) => td(m, e.nodes, e.edges), s = (m) => ra(m, e.edges), l = ({ id: m, type: h, nodeId: x }) => {
    var I;
    const k = m ? `-${h}-${m}` : `-${h}`;
    return Array.from(((I = e.connectionLookup.get(`${x}${k}`)) == null ? void 0 : I.values()) ?? []);
  }, u = (m) => {
    if (m)
      return t.value.get(m);
  }, c = (m) => {
    if (m)
      return n.value.get(m);
  }, d = (m, h, x) => {
    var I, k;
    const X = [];
    for (const U of m) {
      const Z = {
        id: U.id,
        type: "position",
        dragging: x,
        from: U.from
      };
      if (h && (Z.position = U.position, U.parentNode)) {
        const J = u(U.parentNode);
        Z.position = {
          x: Z.position.x - (((I = J == null ? void 0 : J.computedPosition) == null ? void 0 : I.x) ?? 0),
          y: Z.position.y - (((k = J == null ? void 0 : J.computedPosition) == null ? void 0 : k.y) ?? 0)
        };
      }
      X.push(Z);
    }
    X != null && X.length && e.hooks.nodesChange.trigger(X);
  }, f = (m) => {
    if (!e.vueFlowRef)
      return;
    const h = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!h)
      return;
    const x = window.getComputedStyle(h), { m22: I } = new window.DOMMatrixReadOnly(x.transform), k = [];
    for (const X of m) {
      const U = X, Z = u(U.id);
      if (Z) {
        const J = ro(U.nodeElement);
        if (!!(J.width && J.height && (Z.dimensions.width !== J.width || Z.dimensions.height !== J.height || U.forceUpdate))) {
          const he = U.nodeElement.getBoundingClientRect();
          Z.dimensions = J, Z.handleBounds.source = Yi("source", U.nodeElement, he, I, Z.id), Z.handleBounds.target = Yi("target", U.nodeElement, he, I, Z.id), k.push({
            id: Z.id,
            type: "dimensions",
            dimensions: J
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), k.length && e.hooks.nodesChange.trigger(k);
  }, v = (m, h) => {
    const x = /* @__PURE__ */ new Set(), I = /* @__PURE__ */ new Set();
    for (const U of m)
      Tt(U) ? x.add(U.id) : St(U) && I.add(U.id);
    const k = xt(t.value, x, !0), X = xt(n.value, I);
    if (e.multiSelectionActive) {
      for (const U of x)
        k.push(wt(U, h));
      for (const U of I)
        X.push(wt(U, h));
    }
    k.length && e.hooks.nodesChange.trigger(k), X.length && e.hooks.edgesChange.trigger(X);
  }, b = (m) => {
    if (e.multiSelectionActive) {
      const h = m.map((x) => wt(x.id, !0));
      e.hooks.nodesChange.trigger(h);
      return;
    }
    e.hooks.nodesChange.trigger(xt(t.value, new Set(m.map((h) => h.id)), !0)), e.hooks.edgesChange.trigger(xt(n.value));
  }, g = (m) => {
    if (e.multiSelectionActive) {
      const h = m.map((x) => wt(x.id, !0));
      e.hooks.edgesChange.trigger(h);
      return;
    }
    e.hooks.edgesChange.trigger(xt(n.value, new Set(m.map((h) => h.id)))), e.hooks.nodesChange.trigger(xt(t.value, /* @__PURE__ */ new Set(), !0));
  }, y = (m) => {
    v(m, !0);
  }, _ = (m) => {
    const x = (m || e.nodes).map((I) => (I.selected = !1, wt(I.id, !1)));
    e.hooks.nodesChange.trigger(x);
  }, M = (m) => {
    const x = (m || e.edges).map((I) => (I.selected = !1, wt(I.id, !1)));
    e.hooks.edgesChange.trigger(x);
  }, w = (m) => {
    if (!m || !m.length)
      return v([], !1);
    const h = m.reduce(
      (x, I) => {
        const k = wt(I.id, !1);
        return Tt(I) ? x.nodes.push(k) : x.edges.push(k), x;
      },
      { nodes: [], edges: [] }
    );
    h.nodes.length && e.hooks.nodesChange.trigger(h.nodes), h.edges.length && e.hooks.edgesChange.trigger(h.edges);
  }, p = (m) => {
    var h;
    (h = e.d3Zoom) == null || h.scaleExtent([m, e.maxZoom]), e.minZoom = m;
  }, P = (m) => {
    var h;
    (h = e.d3Zoom) == null || h.scaleExtent([e.minZoom, m]), e.maxZoom = m;
  }, B = (m) => {
    var h;
    (h = e.d3Zoom) == null || h.translateExtent(m), e.translateExtent = m;
  }, F = (m) => {
    e.nodeExtent = m, i();
  }, H = (m) => {
    var h;
    (h = e.d3Zoom) == null || h.clickDistance(m);
  }, oe = (m) => {
    e.nodesDraggable = m, e.nodesConnectable = m, e.elementsSelectable = m;
  }, ee = (m) => {
    const h = m instanceof Function ? m(e.nodes) : m;
    !e.initialized && !h.length || (e.nodes = Xi(h, u, e.hooks.error.trigger));
  }, K = (m) => {
    const h = m instanceof Function ? m(e.edges) : m;
    if (!e.initialized && !h.length)
      return;
    const x = Eo(
      h,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    $o(e.connectionLookup, n.value, x), e.edges = x;
  }, T = (m) => {
    const h = m instanceof Function ? m([...e.nodes, ...e.edges]) : m;
    !e.initialized && !h.length || (ee(h.filter(Tt)), K(h.filter(St)));
  }, ie = (m) => {
    let h = m instanceof Function ? m(e.nodes) : m;
    h = Array.isArray(h) ? h : [h];
    const x = Xi(h, u, e.hooks.error.trigger), I = [];
    for (const k of x)
      I.push(Di(k));
    I.length && e.hooks.nodesChange.trigger(I);
  }, $ = (m) => {
    let h = m instanceof Function ? m(e.edges) : m;
    h = Array.isArray(h) ? h : [h];
    const x = Eo(
      h,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), I = [];
    for (const k of x)
      I.push(Di(k));
    I.length && e.hooks.edgesChange.trigger(I);
  }, q = (m, h = !0, x = !1) => {
    const I = m instanceof Function ? m(e.nodes) : m, k = Array.isArray(I) ? I : [I], X = [], U = [];
    function Z(de) {
      const he = s(de);
      for (const Se of he)
        (!Fe(Se.deletable) || Se.deletable) && U.push(Bi(Se.id, Se.source, Se.target, Se.sourceHandle, Se.targetHandle));
    }
    function J(de) {
      const he = [];
      for (const Se of e.nodes)
        Se.parentNode === de && he.push(Se);
      if (he.length) {
        for (const Se of he)
          X.push(Oi(Se.id));
        h && Z(he);
        for (const Se of he)
          J(Se.id);
      }
    }
    for (const de of k) {
      const he = typeof de == "string" ? u(de) : de;
      he && (Fe(he.deletable) && !he.deletable || (X.push(Oi(he.id)), h && Z([he]), x && J(he.id)));
    }
    U.length && e.hooks.edgesChange.trigger(U), X.length && e.hooks.nodesChange.trigger(X);
  }, A = (m) => {
    const h = m instanceof Function ? m(e.edges) : m, x = Array.isArray(h) ? h : [h], I = [];
    for (const k of x) {
      const X = typeof k == "string" ? c(k) : k;
      X && (Fe(X.deletable) && !X.deletable || I.push(
        Bi(
          typeof k == "string" ? k : k.id,
          X.source,
          X.target,
          X.sourceHandle,
          X.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(I);
  }, O = (m, h, x = !0) => {
    const I = c(m.id);
    if (!I)
      return !1;
    const k = e.edges.indexOf(I), X = $d(m, h, I, x, e.hooks.error.trigger);
    if (X) {
      const [U] = Eo(
        [X],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((Z, J) => J === k ? U : Z), $o(e.connectionLookup, n.value, [U]), U;
    }
    return !1;
  }, z = (m, h, x = { replace: !1 }) => {
    const I = c(m);
    if (!I)
      return;
    const k = typeof h == "function" ? h(I) : h;
    I.data = x.replace ? k : { ...I.data, ...k };
  }, Y = (m) => zi(m, e.nodes), j = (m) => {
    const h = zi(m, e.edges);
    return $o(e.connectionLookup, n.value, h), h;
  }, se = (m, h, x = { replace: !1 }) => {
    const I = u(m);
    if (!I)
      return;
    const k = typeof h == "function" ? h(I) : h;
    x.replace ? e.nodes.splice(e.nodes.indexOf(I), 1, k) : Object.assign(I, k);
  }, ue = (m, h, x = { replace: !1 }) => {
    const I = u(m);
    if (!I)
      return;
    const k = typeof h == "function" ? h(I) : h;
    I.data = x.replace ? k : { ...I.data, ...k };
  }, me = (m, h, x = !1) => {
    x ? e.connectionClickStartHandle = m : e.connectionStartHandle = m, e.connectionEndHandle = null, e.connectionStatus = null, h && (e.connectionPosition = h);
  }, ye = (m, h = null, x = null) => {
    e.connectionStartHandle && (e.connectionPosition = m, e.connectionEndHandle = h, e.connectionStatus = x);
  }, re = (m, h) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, h ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, ne = (m) => {
    const h = Qc(m), x = h ? null : on(m) ? m : u(m.id);
    return !h && !x ? [null, null, h] : [h ? m : Zn(x), x, h];
  }, ae = (m, h = !0, x = e.nodes) => {
    const [I, k, X] = ne(m);
    if (!I)
      return [];
    const U = [];
    for (const Z of x || e.nodes) {
      if (!X && (Z.id === k.id || !Z.computedPosition))
        continue;
      const J = Zn(Z), de = jn(J, I);
      (h && de > 0 || de >= J.width * J.height || de >= Number(I.width) * Number(I.height)) && U.push(Z);
    }
    return U;
  }, Me = (m, h, x = !0) => {
    const [I] = ne(m);
    if (!I)
      return !1;
    const k = jn(I, h);
    return x && k > 0 || k >= Number(I.width) * Number(I.height);
  }, Ne = (m) => {
    const { viewport: h, dimensions: x, d3Zoom: I, d3Selection: k, translateExtent: X } = e;
    if (!I || !k || !m.x && !m.y)
      return !1;
    const U = Kt.translate(h.x + m.x, h.y + m.y).scale(h.zoom), Z = [
      [0, 0],
      [x.width, x.height]
    ], J = I.constrain()(U, Z, X), de = e.viewport.x !== J.x || e.viewport.y !== J.y || e.viewport.zoom !== J.k;
    return I.transform(k, J), de;
  }, we = (m) => {
    const h = m instanceof Function ? m(e) : m, x = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Fe(h.defaultEdgeOptions) && (e.defaultEdgeOptions = h.defaultEdgeOptions);
    const I = h.modelValue || h.nodes || h.edges ? [] : void 0;
    I && (h.modelValue && I.push(...h.modelValue), h.nodes && I.push(...h.nodes), h.edges && I.push(...h.edges), T(I));
    const k = () => {
      Fe(h.maxZoom) && P(h.maxZoom), Fe(h.minZoom) && p(h.minZoom), Fe(h.translateExtent) && B(h.translateExtent);
    };
    for (const X of Object.keys(h)) {
      const U = X, Z = h[U];
      ![...Vd, ...x].includes(U) && Fe(Z) && (e[U] = Z);
    }
    Io(() => e.d3Zoom).not.toBeNull().then(k), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: T,
    setNodes: ee,
    setEdges: K,
    addNodes: ie,
    addEdges: $,
    removeNodes: q,
    removeEdges: A,
    findNode: u,
    findEdge: c,
    updateEdge: O,
    updateEdgeData: z,
    updateNode: se,
    updateNodeData: ue,
    applyEdgeChanges: j,
    applyNodeChanges: Y,
    addSelectedElements: y,
    addSelectedNodes: b,
    addSelectedEdges: g,
    setMinZoom: p,
    setMaxZoom: P,
    setTranslateExtent: B,
    setNodeExtent: F,
    setPaneClickDistance: H,
    removeSelectedElements: w,
    removeSelectedNodes: _,
    removeSelectedEdges: M,
    startConnection: me,
    updateConnection: ye,
    endConnection: re,
    setInteractive: oe,
    setState: we,
    getIntersectingNodes: ae,
    getIncomers: r,
    getOutgoers: a,
    getConnectedEdges: s,
    getHandleConnections: l,
    isNodeIntersecting: Me,
    panBy: Ne,
    fitView: (m) => o.value.fitView(m),
    zoomIn: (m) => o.value.zoomIn(m),
    zoomOut: (m) => o.value.zoomOut(m),
    zoomTo: (m, h) => o.value.zoomTo(m, h),
    setViewport: (m, h) => o.value.setViewport(m, h),
    setTransform: (m, h) => o.value.setTransform(m, h),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (m, h, x) => o.value.setCenter(m, h, x),
    fitBounds: (m, h) => o.value.fitBounds(m, h),
    project: (m) => o.value.project(m),
    screenToFlowCoordinate: (m) => o.value.screenToFlowCoordinate(m),
    flowToScreenCoordinate: (m) => o.value.flowToScreenCoordinate(m),
    toObject: () => {
      const m = [], h = [];
      for (const x of e.nodes) {
        const {
          computedPosition: I,
          handleBounds: k,
          selected: X,
          dimensions: U,
          isParent: Z,
          resizing: J,
          dragging: de,
          events: he,
          ...Se
        } = x;
        m.push(Se);
      }
      for (const x of e.edges) {
        const { selected: I, sourceNode: k, targetNode: X, events: U, ...Z } = x;
        h.push(Z);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: m,
          edges: h,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (m) => new Promise((h) => {
      const { nodes: x, edges: I, position: k, zoom: X, viewport: U } = m;
      x && ee(x), I && K(I);
      const [Z, J] = U != null && U.x && (U != null && U.y) ? [U.x, U.y] : k ?? [null, null];
      if (Z && J) {
        const de = (U == null ? void 0 : U.zoom) || X || e.viewport.zoom;
        return Io(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: Z,
            y: J,
            zoom: de
          }).then(() => {
            h(!0);
          });
        });
      } else
        h(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const m = ya();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const h = Kt.translate(m.defaultViewport.x ?? 0, m.defaultViewport.y ?? 0).scale(pt(m.defaultViewport.zoom ?? 1, m.minZoom, m.maxZoom)), x = e.viewportRef.getBoundingClientRect(), I = [
          [0, 0],
          [x.width, x.height]
        ], k = e.d3Zoom.constrain()(h, I, m.translateExtent);
        e.d3Zoom.transform(e.d3Selection, k);
      }
      we(m);
    },
    $destroy: () => {
    }
  };
}
const Fd = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Yd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, kt = /* @__PURE__ */ Re({
  ...Yd,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => ve.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Wa(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = ze(() => n.type ?? "source"), i = ze(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: a,
      connectionClickStartHandle: s,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Be(), { id: v, node: b, nodeEl: g, connectedEdges: y } = pa(), _ = ge(), M = ze(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), w = ze(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), p = ze(
      () => {
        var K, T, ie, $, q, A;
        return ((K = a.value) == null ? void 0 : K.nodeId) === v && ((T = a.value) == null ? void 0 : T.id) === e.id && ((ie = a.value) == null ? void 0 : ie.type) === o.value || (($ = l.value) == null ? void 0 : $.nodeId) === v && ((q = l.value) == null ? void 0 : q.id) === e.id && ((A = l.value) == null ? void 0 : A.type) === o.value;
      }
    ), P = ze(
      () => {
        var K, T, ie;
        return ((K = s.value) == null ? void 0 : K.nodeId) === v && ((T = s.value) == null ? void 0 : T.id) === e.id && ((ie = s.value) == null ? void 0 : ie.type) === o.value;
      }
    ), { handlePointerDown: B, handleClick: F } = ma({
      nodeId: v,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), H = te(() => typeof e.connectable == "string" && e.connectable === "single" ? !y.value.some((K) => {
      const T = K[`${o.value}Handle`];
      return K[o.value] !== v ? !1 : T ? T === e.id : !0;
    }) : typeof e.connectable == "number" ? y.value.filter((K) => {
      const T = K[`${o.value}Handle`];
      return K[o.value] !== v ? !1 : T ? T === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(b, y.value) : Fe(e.connectable) ? e.connectable : c.value);
    Qe(() => {
      var K;
      if (!b.dimensions.width || !b.dimensions.height)
        return;
      const T = (K = b.handleBounds[o.value]) == null ? void 0 : K.find((Y) => Y.id === e.id);
      if (!u.value || T)
        return;
      const ie = u.value.querySelector(".vue-flow__transformationpane");
      if (!g.value || !_.value || !ie || !e.id)
        return;
      const $ = g.value.getBoundingClientRect(), q = _.value.getBoundingClientRect(), A = window.getComputedStyle(ie), { m22: O } = new window.DOMMatrixReadOnly(A.transform), z = {
        id: e.id,
        position: e.position,
        x: (q.left - $.left) / O,
        y: (q.top - $.top) / O,
        type: o.value,
        nodeId: v,
        ...ro(_.value)
      };
      b.handleBounds[o.value] = [...b.handleBounds[o.value] ?? [], z];
    });
    function oe(K) {
      const T = ii(K);
      H.value && M.value && (T && K.button === 0 || !T) && B(K);
    }
    function ee(K) {
      !v || !s.value && !M.value || H.value && F(K);
    }
    return t({
      handleClick: F,
      handlePointerDown: B,
      onClick: ee,
      onPointerDown: oe
    }), (K, T) => (C(), D("div", {
      ref_key: "handle",
      ref: _,
      "data-id": `${G(r)}-${G(v)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": G(v),
      "data-handlepos": K.position,
      class: Ae(["vue-flow__handle", [
        `vue-flow__handle-${K.position}`,
        `vue-flow__handle-${e.id}`,
        G(d),
        G(f),
        o.value,
        {
          connectable: H.value,
          connecting: P.value,
          connectablestart: M.value,
          connectableend: w.value,
          connectionindicator: H.value && (M.value && !p.value || w.value && p.value)
        }
      ]]),
      onMousedown: oe,
      onTouchstartPassive: oe,
      onClick: ee
    }, [
      We(K.$slots, "default", { id: K.id })
    ], 42, Fd));
  }
}), lo = function({
  sourcePosition: e = ve.Bottom,
  targetPosition: t = ve.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: a
}) {
  const s = a.label ?? n;
  return [
    Pe(kt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof s != "string" && s ? Pe(s) : Pe(_e, [s]),
    Pe(kt, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
lo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
lo.inheritAttrs = !1;
lo.compatConfig = { MODE: 3 };
const Xd = lo, uo = function({
  targetPosition: e = ve.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Pe(kt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Pe(r) : Pe(_e, [r])
  ];
};
uo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
uo.inheritAttrs = !1;
uo.compatConfig = { MODE: 3 };
const qd = uo, co = function({
  sourcePosition: e = ve.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Pe(r) : Pe(_e, [r]),
    Pe(kt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
co.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
co.inheritAttrs = !1;
co.compatConfig = { MODE: 3 };
const Gd = co, Ud = ["transform"], Wd = ["width", "height", "x", "y", "rx", "ry"], Kd = ["y"], Zd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, jd = /* @__PURE__ */ Re({
  ...Zd,
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
    const t = ge({ x: 0, y: 0, width: 0, height: 0 }), n = ge(null), o = te(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    Qe(i), $e([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, a) => (C(), D("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (C(), D("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Te(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Wd)) : le("", !0),
      S("text", yr(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        We(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (C(), De(Wo(r.label), { key: 0 })) : (C(), D(_e, { key: 1 }, [
            Ce(W(r.label), 1)
          ], 64))
        ])
      ], 16, Kd)
    ], 8, Ud));
  }
}), Jd = ["id", "d", "marker-end", "marker-start"], Qd = ["d", "stroke-width"], ef = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, fo = /* @__PURE__ */ Re({
  ...ef,
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
    const n = ge(null), o = ge(null), i = ge(null), r = Ka();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (a, s) => (C(), D(_e, null, [
      S("path", yr(G(r), {
        id: a.id,
        ref_key: "pathEl",
        ref: n,
        d: a.path,
        class: "vue-flow__edge-path",
        "marker-end": a.markerEnd,
        "marker-start": a.markerStart
      }), null, 16, Jd),
      a.interactionWidth ? (C(), D("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: a.path,
        "stroke-width": a.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Qd)) : le("", !0),
      a.label && a.labelX && a.labelY ? (C(), De(jd, {
        key: 1,
        ref_key: "labelEl",
        ref: i,
        x: a.labelX,
        y: a.labelY,
        label: a.label,
        "label-show-bg": a.labelShowBg,
        "label-bg-style": a.labelBgStyle,
        "label-bg-padding": a.labelBgPadding,
        "label-bg-border-radius": a.labelBgBorderRadius,
        "label-style": a.labelStyle
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : le("", !0)
    ], 64));
  }
});
function wa({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, a = Math.abs(o - t) / 2, s = o < t ? o + a : o - a;
  return [r, s, i, a];
}
function xa({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: r,
  targetControlX: a,
  targetControlY: s
}) {
  const l = e * 0.125 + i * 0.375 + a * 0.375 + n * 0.125, u = t * 0.125 + r * 0.375 + s * 0.375 + o * 0.125, c = Math.abs(l - e), d = Math.abs(u - t);
  return [l, u, c, d];
}
function Pn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Wi({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let a, s;
  switch (e) {
    case ve.Left:
      a = t - Pn(t - o, r), s = n;
      break;
    case ve.Right:
      a = t + Pn(o - t, r), s = n;
      break;
    case ve.Top:
      a = t, s = n - Pn(n - i, r);
      break;
    case ve.Bottom:
      a = t, s = n + Pn(i - n, r);
      break;
  }
  return [a, s];
}
function ba(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ve.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = ve.Top,
    curvature: s = 0.25
  } = e, [l, u] = Wi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: s
  }), [c, d] = Wi({
    pos: a,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: s
  }), [f, v, b, g] = xa({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: l,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: d
  });
  return [
    `M${t},${n} C${l},${u} ${c},${d} ${i},${r}`,
    f,
    v,
    b,
    g
  ];
}
function Ki({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, a;
  switch (e) {
    case ve.Left:
    case ve.Right:
      r = 0.5 * (t + o), a = n;
      break;
    case ve.Top:
    case ve.Bottom:
      r = t, a = 0.5 * (n + i);
      break;
  }
  return [r, a];
}
function ka(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ve.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = ve.Top
  } = e, [s, l] = Ki({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = Ki({
    pos: a,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, v, b] = xa({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: s,
    sourceControlY: l,
    targetControlX: u,
    targetControlY: c
  });
  return [
    `M${t},${n} C${s},${l} ${u},${c} ${i},${r}`,
    d,
    f,
    v,
    b
  ];
}
const Zi = {
  [ve.Left]: { x: -1, y: 0 },
  [ve.Right]: { x: 1, y: 0 },
  [ve.Top]: { x: 0, y: -1 },
  [ve.Bottom]: { x: 0, y: 1 }
};
function tf({
  source: e,
  sourcePosition: t = ve.Bottom,
  target: n
}) {
  return t === ve.Left || t === ve.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function ji(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function nf({
  source: e,
  sourcePosition: t = ve.Bottom,
  target: n,
  targetPosition: o = ve.Top,
  center: i,
  offset: r
}) {
  const a = Zi[t], s = Zi[o], l = { x: e.x + a.x * r, y: e.y + a.y * r }, u = { x: n.x + s.x * r, y: n.y + s.y * r }, c = tf({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let v, b, g;
  const y = { x: 0, y: 0 }, _ = { x: 0, y: 0 }, [M, w, p, P] = wa({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[d] * s[d] === -1) {
    b = i.x ?? M, g = i.y ?? w;
    const F = [
      { x: b, y: l.y },
      { x: b, y: u.y }
    ], H = [
      { x: l.x, y: g },
      { x: u.x, y: g }
    ];
    a[d] === f ? v = d === "x" ? F : H : v = d === "x" ? H : F;
  } else {
    const F = [{ x: l.x, y: u.y }], H = [{ x: u.x, y: l.y }];
    if (d === "x" ? v = a.x === f ? H : F : v = a.y === f ? F : H, t === o) {
      const ie = Math.abs(e[d] - n[d]);
      if (ie <= r) {
        const $ = Math.min(r - 1, r - ie);
        a[d] === f ? y[d] = (l[d] > e[d] ? -1 : 1) * $ : _[d] = (u[d] > n[d] ? -1 : 1) * $;
      }
    }
    if (t !== o) {
      const ie = d === "x" ? "y" : "x", $ = a[d] === s[ie], q = l[ie] > u[ie], A = l[ie] < u[ie];
      (a[d] === 1 && (!$ && q || $ && A) || a[d] !== 1 && (!$ && A || $ && q)) && (v = d === "x" ? F : H);
    }
    const oe = { x: l.x + y.x, y: l.y + y.y }, ee = { x: u.x + _.x, y: u.y + _.y }, K = Math.max(Math.abs(oe.x - v[0].x), Math.abs(ee.x - v[0].x)), T = Math.max(Math.abs(oe.y - v[0].y), Math.abs(ee.y - v[0].y));
    K >= T ? (b = (oe.x + ee.x) / 2, g = v[0].y) : (b = v[0].x, g = (oe.y + ee.y) / 2);
  }
  return [[
    e,
    { x: l.x + y.x, y: l.y + y.y },
    ...v,
    { x: u.x + _.x, y: u.y + _.y },
    n
  ], b, g, p, P];
}
function of(e, t, n, o) {
  const i = Math.min(ji(e, t) / 2, ji(t, n) / 2, o), { x: r, y: a } = t;
  if (e.x === r && r === n.x || e.y === a && a === n.y)
    return `L${r} ${a}`;
  if (e.y === a) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${a}Q ${r},${a} ${r},${a + i * c}`;
  }
  const s = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${r},${a + i * l}Q ${r},${a} ${r + i * s},${a}`;
}
function Yo(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ve.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = ve.Top,
    borderRadius: s = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, v, b, g] = nf({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: a,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((_, M, w) => {
    let p;
    return w > 0 && w < d.length - 1 ? p = of(d[w - 1], M, d[w + 1], s) : p = `${w === 0 ? "M" : "L"}${M.x} ${M.y}`, _ += p, _;
  }, ""), f, v, b, g];
}
function rf(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, a, s, l] = wa({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, a, s, l];
}
const af = Re({
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
      const [n, o, i] = rf(e);
      return Pe(fo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), sf = af, lf = Re({
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
      const [n, o, i] = Yo({
        ...e,
        sourcePosition: e.sourcePosition ?? ve.Bottom,
        targetPosition: e.targetPosition ?? ve.Top
      });
      return Pe(fo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), _a = lf, uf = Re({
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
    return () => Pe(_a, { ...e, ...t, borderRadius: 0 });
  }
}), cf = uf, df = Re({
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
      const [n, o, i] = ba({
        ...e,
        sourcePosition: e.sourcePosition ?? ve.Bottom,
        targetPosition: e.targetPosition ?? ve.Top
      });
      return Pe(fo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ff = df, hf = Re({
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
      const [n, o, i] = ka({
        ...e,
        sourcePosition: e.sourcePosition ?? ve.Bottom,
        targetPosition: e.targetPosition ?? ve.Top
      });
      return Pe(fo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), vf = hf, mf = {
  input: Gd,
  default: Xd,
  output: qd
}, pf = {
  default: ff,
  straight: sf,
  step: cf,
  smoothstep: _a,
  simplebezier: vf
};
function gf(e, t, n) {
  const o = te(() => (g) => t.value.get(g)), i = te(() => (g) => n.value.get(g)), r = te(() => {
    const g = {
      ...pf,
      ...e.edgeTypes
    }, y = Object.keys(g);
    for (const _ of e.edges)
      _.type && !y.includes(_.type) && (g[_.type] = _.type);
    return g;
  }), a = te(() => {
    const g = {
      ...mf,
      ...e.nodeTypes
    }, y = Object.keys(g);
    for (const _ of e.nodes)
      _.type && !y.includes(_.type) && (g[_.type] = _.type);
    return g;
  }), s = te(() => e.onlyRenderVisibleElements ? ia(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = te(() => {
    if (e.onlyRenderVisibleElements) {
      const g = [];
      for (const y of e.edges) {
        const _ = t.value.get(y.source), M = t.value.get(y.target);
        hd({
          sourcePos: _.computedPosition || { x: 0, y: 0 },
          targetPos: M.computedPosition || { x: 0, y: 0 },
          sourceWidth: _.dimensions.width,
          sourceHeight: _.dimensions.height,
          targetWidth: M.dimensions.width,
          targetHeight: M.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && g.push(y);
      }
      return g;
    }
    return e.edges;
  }), u = te(() => [...s.value, ...l.value]), c = te(() => {
    const g = [];
    for (const y of e.nodes)
      y.selected && g.push(y);
    return g;
  }), d = te(() => {
    const g = [];
    for (const y of e.edges)
      y.selected && g.push(y);
    return g;
  }), f = te(() => [
    ...c.value,
    ...d.value
  ]), v = te(() => {
    const g = [];
    for (const y of e.nodes)
      y.dimensions.width && y.dimensions.height && y.handleBounds !== void 0 && g.push(y);
    return g;
  }), b = te(
    () => s.value.length > 0 && v.value.length === s.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: r,
    getNodeTypes: a,
    getEdges: l,
    getNodes: s,
    getSelectedElements: f,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: v,
    areNodesInitialized: b
  };
}
class Nt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = Jt()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Nt.instance;
    return Nt.instance = o ?? new Nt(), n && (n.config.globalProperties.$vueFlowStorage = Nt.instance), Nt.instance;
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
    const o = ya(), i = ln(o), r = {};
    for (const [f, v] of Object.entries(i.hooks)) {
      const b = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[b] = v.on;
    }
    const a = {};
    for (const [f, v] of Object.entries(i.hooks))
      a[f] = v.trigger;
    const s = te(() => {
      const f = /* @__PURE__ */ new Map();
      for (const v of i.nodes)
        f.set(v.id, v);
      return f;
    }), l = te(() => {
      const f = /* @__PURE__ */ new Map();
      for (const v of i.edges)
        f.set(v.id, v);
      return f;
    }), u = gf(i, s, l), c = Hd(i, s, l);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...u,
      ...c,
      ...ls(i),
      nodeLookup: s,
      edgeLookup: l,
      emits: a,
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
  const t = Nt.getInstance(), n = mr(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, a = r ?? (n == null ? void 0 : n.vueFlowId);
  let s;
  if (n) {
    const l = $t(Ui, null);
    typeof l < "u" && l !== null && (!a || l.id === a) && (s = l);
  }
  if (s || a && (s = t.get(a)), !s || a && s.id !== a) {
    const l = r ?? t.getId(), u = t.create(l, i);
    s = u, (n ?? pr(!0)).run(() => {
      $e(
        u.applyDefault,
        (d, f, v) => {
          const b = (y) => {
            u.applyNodeChanges(y);
          }, g = (y) => {
            u.applyEdgeChanges(y);
          };
          d ? (u.onNodesChange(b), u.onEdgesChange(g)) : (u.hooks.value.nodesChange.off(b), u.hooks.value.edgesChange.off(g)), v(() => {
            u.hooks.value.nodesChange.off(b), u.hooks.value.edgesChange.off(g);
          });
        },
        { immediate: !0 }
      ), cn(() => {
        if (s) {
          const d = t.get(s.id);
          d ? d.$destroy() : kn(`No store instance found for id ${s.id} in storage.`);
        }
      });
    });
  } else
    o && s.setState(i);
  if (n && (Pt(Ui, s), n.vueFlowId = s.id), o) {
    const l = Jt();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && s.emits.error(new qe(Ye.USEVUEFLOW_OPTIONS));
  }
  return s;
}
function yf(e) {
  const { emits: t, dimensions: n } = Be();
  let o;
  Qe(() => {
    const i = () => {
      var r, a;
      if (!e.value || !(((a = (r = e.value).checkVisibility) == null ? void 0 : a.call(r)) ?? !0))
        return;
      const s = ro(e.value);
      (s.width === 0 || s.height === 0) && t.error(new qe(Ye.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: s.width || 500, height: s.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Ot(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const wf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, xf = /* @__PURE__ */ Re({
  ...wf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (C(), D("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Te({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), bf = ["tabIndex"], kf = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, _f = /* @__PURE__ */ Re({
  ...kf,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: a } = Be(), s = ga(), l = ge(null), u = ha({
      el: l,
      onStart(b) {
        t.selectionDragStart(b), t.nodeDragStart(b);
      },
      onDrag(b) {
        t.selectionDrag(b), t.nodeDrag(b);
      },
      onStop(b) {
        t.selectionDragStop(b), t.nodeDragStop(b);
      }
    });
    Qe(() => {
      var b;
      r.value || (b = l.value) == null || b.focus({ preventScroll: !0 });
    });
    const c = te(() => oa(o.value)), d = te(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(b) {
      t.selectionContextMenu({ event: b, nodes: o.value });
    }
    function v(b) {
      r.value || Xt[b.key] && (b.preventDefault(), s(
        {
          x: Xt[b.key].x,
          y: Xt[b.key].y
        },
        b.shiftKey
      ));
    }
    return (b, g) => !G(a) && c.value.width && c.value.height ? (C(), D("div", {
      key: 0,
      class: Ae(["vue-flow__nodesselection vue-flow__container", G(i)]),
      style: Te({ transform: `translate(${G(n).x}px,${G(n).y}px) scale(${G(n).zoom})` })
    }, [
      S("div", {
        ref_key: "el",
        ref: l,
        class: Ae([{ dragging: G(u) }, "vue-flow__nodesselection-rect"]),
        style: Te(d.value),
        tabIndex: G(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: v
      }, null, 46, bf)
    ], 6)) : le("", !0);
  }
});
function Sf(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const $f = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, Ef = /* @__PURE__ */ Re({
  ...$f,
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
      userSelectionActive: r,
      removeSelectedElements: a,
      userSelectionRect: s,
      elementsSelectable: l,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: d,
      removeNodes: f,
      removeEdges: v,
      selectionMode: b,
      deleteKeyCode: g,
      multiSelectionKeyCode: y,
      multiSelectionActive: _,
      edgeLookup: M,
      nodeLookup: w,
      connectionLookup: p,
      defaultEdgeOptions: P,
      connectionStartHandle: B,
      panOnDrag: F
    } = Be(), H = bt(null), oe = bt(/* @__PURE__ */ new Set()), ee = bt(/* @__PURE__ */ new Set()), K = bt(null), T = ze(() => l.value && (e.isSelecting || r.value)), ie = ze(() => B.value !== null);
    let $ = !1, q = !1;
    const A = sn(g, { actInsideInputWithModifier: !1 }), O = sn(y);
    $e(A, (re) => {
      re && (f(d.value), v(c.value), u.value = !1);
    }), $e(O, (re) => {
      _.value = re;
    });
    function z(re, ne) {
      return (ae) => {
        ae.target === ne && (re == null || re(ae));
      };
    }
    function Y(re) {
      if ($ || ie.value) {
        $ = !1;
        return;
      }
      i.paneClick(re), a(), u.value = !1;
    }
    function j(re) {
      var ne;
      if (Array.isArray(F.value) && ((ne = F.value) != null && ne.includes(2))) {
        re.preventDefault();
        return;
      }
      i.paneContextMenu(re);
    }
    function se(re) {
      i.paneScroll(re);
    }
    function ue(re) {
      var ne, ae, Me;
      if (K.value = ((ne = t.value) == null ? void 0 : ne.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || re.button !== 0 || re.target !== H.value || !K.value)
        return;
      (Me = (ae = re.target) == null ? void 0 : ae.setPointerCapture) == null || Me.call(ae, re.pointerId);
      const { x: Ne, y: we } = Sf(re, K.value);
      q = !0, $ = !1, a(), s.value = {
        width: 0,
        height: 0,
        startX: Ne,
        startY: we,
        x: Ne,
        y: we
      }, i.selectionStart(re);
    }
    function me(re) {
      var ne;
      if (!K.value || !s.value)
        return;
      $ = !0;
      const { x: ae, y: Me } = st(re, K.value), { startX: Ne = 0, startY: we = 0 } = s.value, E = {
        startX: Ne,
        startY: we,
        x: ae < Ne ? ae : Ne,
        y: Me < we ? Me : we,
        width: Math.abs(ae - Ne),
        height: Math.abs(Me - we)
      }, R = oe.value, V = ee.value;
      oe.value = new Set(
        ia(n.value, E, o.value, b.value === ni.Partial, !0).map(
          (h) => h.id
        )
      ), ee.value = /* @__PURE__ */ new Set();
      const m = ((ne = P.value) == null ? void 0 : ne.selectable) ?? !0;
      for (const h of oe.value) {
        const x = p.value.get(h);
        if (x)
          for (const { edgeId: I } of x.values()) {
            const k = M.value.get(I);
            k && (k.selectable ?? m) && ee.value.add(I);
          }
      }
      if (!Gi(R, oe.value)) {
        const h = xt(w.value, oe.value, !0);
        i.nodesChange(h);
      }
      if (!Gi(V, ee.value)) {
        const h = xt(M.value, ee.value);
        i.edgesChange(h);
      }
      s.value = E, r.value = !0, u.value = !1;
    }
    function ye(re) {
      var ne;
      re.button !== 0 || !q || ((ne = re.target) == null || ne.releasePointerCapture(re.pointerId), !r.value && s.value && re.target === H.value && Y(re), r.value = !1, s.value = null, u.value = oe.value.size > 0, i.selectionEnd(re), e.selectionKeyPressed && ($ = !1), q = !1);
    }
    return (re, ne) => (C(), D("div", {
      ref_key: "container",
      ref: H,
      class: Ae(["vue-flow__pane vue-flow__container", { selection: re.isSelecting }]),
      onClick: ne[0] || (ne[0] = (ae) => T.value ? void 0 : z(Y, H.value)(ae)),
      onContextmenu: ne[1] || (ne[1] = (ae) => z(j, H.value)(ae)),
      onWheelPassive: ne[2] || (ne[2] = (ae) => z(se, H.value)(ae)),
      onPointerenter: ne[3] || (ne[3] = (ae) => T.value ? void 0 : G(i).paneMouseEnter(ae)),
      onPointerdown: ne[4] || (ne[4] = (ae) => T.value ? ue(ae) : G(i).paneMouseMove(ae)),
      onPointermove: ne[5] || (ne[5] = (ae) => T.value ? me(ae) : G(i).paneMouseMove(ae)),
      onPointerup: ne[6] || (ne[6] = (ae) => T.value ? ye(ae) : void 0),
      onPointerleave: ne[7] || (ne[7] = (ae) => G(i).paneMouseLeave(ae))
    }, [
      We(re.$slots, "default"),
      G(r) && G(s) ? (C(), De(xf, {
        key: 0,
        "user-selection-rect": G(s)
      }, null, 8, ["user-selection-rect"])) : le("", !0),
      G(u) && G(d).length ? (C(), De(_f, { key: 1 })) : le("", !0)
    ], 34));
  }
}), Nf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Cf = /* @__PURE__ */ Re({
  ...Nf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Be(), i = te(() => n.value ? !o.value : !1), r = te(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (a, s) => (C(), D("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Te({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      We(a.$slots, "default")
    ], 4));
  }
}), Mf = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, If = /* @__PURE__ */ Re({
  ...Mf,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: i,
      zoomActivationKeyCode: r,
      selectionKeyCode: a,
      panActivationKeyCode: s,
      panOnScroll: l,
      panOnScrollMode: u,
      panOnScrollSpeed: c,
      panOnDrag: d,
      zoomOnDoubleClick: f,
      zoomOnPinch: v,
      zoomOnScroll: b,
      preventScrolling: g,
      noWheelClassName: y,
      noPanClassName: _,
      emits: M,
      connectionStartHandle: w,
      userSelectionActive: p,
      paneDragging: P,
      d3Zoom: B,
      d3Selection: F,
      d3ZoomHandler: H,
      viewport: oe,
      viewportRef: ee,
      paneClickDistance: K
    } = Be();
    yf(ee);
    const T = bt(!1), ie = bt(!1);
    let $ = null, q = !1, A = 0, O = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const z = sn(s), Y = sn(a), j = sn(r), se = ze(
      () => (!Y.value || Y.value && a.value === !0) && (z.value || d.value)
    ), ue = ze(() => z.value || l.value), me = ze(() => a.value === !0 && se.value !== !0), ye = ze(
      () => Y.value && a.value !== !0 || p.value || me.value
    ), re = ze(() => w.value !== null);
    Qe(() => {
      if (!ee.value) {
        kn("Viewport element is missing");
        return;
      }
      const we = ee.value, E = we.getBoundingClientRect(), R = Gc().clickDistance(K.value).scaleExtent([t.value, n.value]).translateExtent(i.value), V = nt(we).call(R), m = V.on("wheel.zoom"), h = Kt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(pt(o.value.zoom ?? 1, t.value, n.value)), x = [
        [0, 0],
        [E.width, E.height]
      ], I = R.constrain()(h, x, i.value);
      R.transform(V, I), R.wheelDelta(Pi), B.value = R, F.value = V, H.value = m, oe.value = { x: I.x, y: I.y, zoom: I.k }, R.on("start", (k) => {
        var X;
        if (!k.sourceEvent)
          return null;
        A = k.sourceEvent.button, T.value = !0;
        const U = Me(k.transform);
        ((X = k.sourceEvent) == null ? void 0 : X.type) === "mousedown" && (P.value = !0), O = U, M.viewportChangeStart(U), M.moveStart({ event: k, flowTransform: U });
      }), R.on("end", (k) => {
        if (!k.sourceEvent)
          return null;
        if (T.value = !1, P.value = !1, ne(se.value, A ?? 0) && !q && M.paneContextMenu(k.sourceEvent), q = !1, ae(O, k.transform)) {
          const X = Me(k.transform);
          O = X, M.viewportChangeEnd(X), M.moveEnd({ event: k, flowTransform: X });
        }
      }), R.filter((k) => {
        var X;
        const U = j.value || b.value, Z = v.value && k.ctrlKey, J = k.button, de = k.type === "wheel";
        if (J === 1 && k.type === "mousedown" && (Ne(k, "vue-flow__node") || Ne(k, "vue-flow__edge")))
          return !0;
        if (!se.value && !U && !ue.value && !f.value && !v.value || p.value || re.value && !de || !f.value && k.type === "dblclick" || Ne(k, y.value) && de || Ne(k, _.value) && (!de || ue.value && de && !j.value) || !v.value && k.ctrlKey && de || !U && !ue.value && !Z && de)
          return !1;
        if (!v && k.type === "touchstart" && ((X = k.touches) == null ? void 0 : X.length) > 1)
          return k.preventDefault(), !1;
        if (!se.value && (k.type === "mousedown" || k.type === "touchstart") || me.value && Array.isArray(d.value) && d.value.includes(0) && J === 0 || Array.isArray(d.value) && !d.value.includes(J) && (k.type === "mousedown" || k.type === "touchstart"))
          return !1;
        const he = Array.isArray(d.value) && d.value.includes(J) || a.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !J || J <= 1;
        return (!k.ctrlKey || z.value || de) && he;
      }), $e(
        [p, se],
        () => {
          p.value && !T.value ? R.on("zoom", null) : p.value || R.on("zoom", (k) => {
            oe.value = { x: k.transform.x, y: k.transform.y, zoom: k.transform.k };
            const X = Me(k.transform);
            q = ne(se.value, A ?? 0), M.viewportChange(X), M.move({ event: k, flowTransform: X });
          });
        },
        { immediate: !0 }
      ), $e(
        [p, ue, u, j, v, g, y],
        () => {
          ue.value && !j.value && !p.value ? V.on(
            "wheel.zoom",
            (k) => {
              if (Ne(k, y.value))
                return !1;
              const X = j.value || b.value, U = v.value && k.ctrlKey;
              if (!(!g.value || ue.value || X || U))
                return !1;
              k.preventDefault(), k.stopImmediatePropagation();
              const J = V.property("__zoom").k || 1, de = Jn();
              if (!z.value && k.ctrlKey && v.value && de) {
                const je = rt(k), _n = Pi(k), mo = J * 2 ** _n;
                R.scaleTo(V, mo, je, k);
                return;
              }
              const he = k.deltaMode === 1 ? 20 : 1;
              let Se = u.value === an.Vertical ? 0 : k.deltaX * he, Ve = u.value === an.Horizontal ? 0 : k.deltaY * he;
              !de && k.shiftKey && u.value !== an.Vertical && !Se && Ve && (Se = Ve, Ve = 0), R.translateBy(
                V,
                -(Se / J) * c.value,
                -(Ve / J) * c.value
              );
              const He = Me(V.property("__zoom"));
              $ && clearTimeout($), ie.value ? (M.move({ event: k, flowTransform: He }), M.viewportChange(He), $ = setTimeout(() => {
                M.moveEnd({ event: k, flowTransform: He }), M.viewportChangeEnd(He), ie.value = !1;
              }, 150)) : (ie.value = !0, M.moveStart({ event: k, flowTransform: He }), M.viewportChangeStart(He));
            },
            { passive: !1 }
          ) : typeof m < "u" && V.on(
            "wheel.zoom",
            function(k, X) {
              const U = !g.value && k.type === "wheel" && !k.ctrlKey, Z = j.value || b.value, J = v.value && k.ctrlKey;
              if (!Z && !l.value && !J && k.type === "wheel" || U || Ne(k, y.value))
                return null;
              k.preventDefault(), m.call(this, k, X);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function ne(we, E) {
      return E === 2 && Array.isArray(we) && we.includes(2);
    }
    function ae(we, E) {
      return we.x !== E.x && !Number.isNaN(E.x) || we.y !== E.y && !Number.isNaN(E.y) || we.zoom !== E.k && !Number.isNaN(E.k);
    }
    function Me(we) {
      return {
        x: we.x,
        y: we.y,
        zoom: we.k
      };
    }
    function Ne(we, E) {
      return we.target.closest(`.${E}`);
    }
    return (we, E) => (C(), D("div", {
      ref_key: "viewportRef",
      ref: ee,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      fe(Ef, {
        "is-selecting": ye.value,
        "selection-key-pressed": G(Y),
        class: Ae({
          connecting: re.value,
          dragging: G(P),
          draggable: G(d) === !0 || Array.isArray(G(d)) && G(d).includes(0)
        })
      }, {
        default: Le(() => [
          fe(Cf, null, {
            default: Le(() => [
              We(we.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), Tf = ["id"], Pf = ["id"], Af = ["id"], zf = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Df = /* @__PURE__ */ Re({
  ...zf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Be();
    return (i, r) => (C(), D(_e, null, [
      S("div", {
        id: `${G(Kr)}-${G(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + W(G(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Tf),
      S("div", {
        id: `${G(Zr)}-${G(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Pf),
      G(n) ? le("", !0) : (C(), D("div", {
        key: 0,
        id: `${G(Jc)}-${G(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, W(G(o)), 9, Af))
    ], 64));
  }
});
function Of() {
  const e = Be();
  $e(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Bf(e, t, n) {
  return n === ve.Left ? e - t : n === ve.Right ? e + t : e;
}
function Rf(e, t, n) {
  return n === ve.Top ? e - t : n === ve.Bottom ? e + t : e;
}
const ai = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = ve.Top,
  type: i
}) {
  return Pe("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Bf(t, e, o),
    cy: Rf(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
ai.props = ["radius", "centerX", "centerY", "position", "type"];
ai.compatConfig = { MODE: 3 };
const Ji = ai, Lf = Re({
  name: "Edge",
  compatConfig: { MODE: 3 },
  props: ["id"],
  setup(e) {
    const {
      id: t,
      addSelectedEdges: n,
      connectionMode: o,
      edgeUpdaterRadius: i,
      emits: r,
      nodesSelectionActive: a,
      noPanClassName: s,
      getEdgeTypes: l,
      removeSelectedEdges: u,
      findEdge: c,
      findNode: d,
      isValidConnection: f,
      multiSelectionActive: v,
      disableKeyboardA11y: b,
      elementsSelectable: g,
      edgesUpdatable: y,
      edgesFocusable: _,
      hooks: M
    } = Be(), w = te(() => c(e.id)), { emit: p, on: P } = Md(w.value, r), B = $t(so), F = Jt(), H = ge(!1), oe = ge(!1), ee = ge(""), K = ge(null), T = ge("source"), ie = ge(null), $ = ze(
      () => typeof w.value.selectable > "u" ? g.value : w.value.selectable
    ), q = ze(() => typeof w.value.updatable > "u" ? y.value : w.value.updatable), A = ze(() => typeof w.value.focusable > "u" ? _.value : w.value.focusable);
    Pt(Ed, e.id), Pt(Nd, ie);
    const O = te(() => w.value.class instanceof Function ? w.value.class(w.value) : w.value.class), z = te(() => w.value.style instanceof Function ? w.value.style(w.value) : w.value.style), Y = te(() => {
      const h = w.value.type || "default", x = B == null ? void 0 : B[`edge-${h}`];
      if (x)
        return x;
      let I = w.value.template ?? l.value[h];
      if (typeof I == "string" && F) {
        const k = Object.keys(F.appContext.components);
        k && k.includes(h) && (I = gr(h, !1));
      }
      return I && typeof I != "string" ? I : (r.error(new qe(Ye.EDGE_TYPE_MISSING, I)), !1);
    }), { handlePointerDown: j } = ma({
      nodeId: ee,
      handleId: K,
      type: T,
      isValidConnection: f,
      edgeUpdaterType: T,
      onEdgeUpdate: me,
      onEdgeUpdateEnd: ye
    });
    return () => {
      const h = d(w.value.source), x = d(w.value.target), I = "pathOptions" in w.value ? w.value.pathOptions : {};
      if (!h && !x)
        return r.error(new qe(Ye.EDGE_SOURCE_TARGET_MISSING, w.value.id, w.value.source, w.value.target)), null;
      if (!h)
        return r.error(new qe(Ye.EDGE_SOURCE_MISSING, w.value.id, w.value.source)), null;
      if (!x)
        return r.error(new qe(Ye.EDGE_TARGET_MISSING, w.value.id, w.value.target)), null;
      if (!w.value || w.value.hidden || h.hidden || x.hidden)
        return null;
      let k;
      o.value === _t.Strict ? k = h.handleBounds.source : k = [...h.handleBounds.source || [], ...h.handleBounds.target || []];
      const X = Vi(k, w.value.sourceHandle);
      let U;
      o.value === _t.Strict ? U = x.handleBounds.target : U = [...x.handleBounds.target || [], ...x.handleBounds.source || []];
      const Z = Vi(U, w.value.targetHandle), J = (X == null ? void 0 : X.position) || ve.Bottom, de = (Z == null ? void 0 : Z.position) || ve.Top, { x: he, y: Se } = Zt(h, X, J), { x: Ve, y: He } = Zt(x, Z, de);
      return w.value.sourceX = he, w.value.sourceY = Se, w.value.targetX = Ve, w.value.targetY = He, Pe(
        "g",
        {
          ref: ie,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${Y.value === !1 ? "default" : w.value.type || "default"}`,
            s.value,
            O.value,
            {
              updating: H.value,
              selected: w.value.selected,
              animated: w.value.animated,
              inactive: !$.value && !M.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: A.value ? 0 : void 0,
          "aria-label": w.value.ariaLabel === null ? void 0 : w.value.ariaLabel ?? `Edge from ${w.value.source} to ${w.value.target}`,
          "aria-describedby": A.value ? `${Zr}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: A.value ? "group" : "img",
          ...w.value.domAttributes,
          onClick: ne,
          onContextmenu: ae,
          onDblclick: Me,
          onMouseenter: Ne,
          onMousemove: we,
          onMouseleave: E,
          onKeyDown: A.value ? m : void 0
        },
        [
          oe.value ? null : Pe(Y.value === !1 ? l.value.default : Y.value, {
            id: e.id,
            sourceNode: h,
            targetNode: x,
            source: w.value.source,
            target: w.value.target,
            type: w.value.type,
            updatable: q.value,
            selected: w.value.selected,
            animated: w.value.animated,
            label: w.value.label,
            labelStyle: w.value.labelStyle,
            labelShowBg: w.value.labelShowBg,
            labelBgStyle: w.value.labelBgStyle,
            labelBgPadding: w.value.labelBgPadding,
            labelBgBorderRadius: w.value.labelBgBorderRadius,
            data: w.value.data,
            events: { ...w.value.events, ...P },
            style: z.value,
            markerStart: `url('#${gn(w.value.markerStart, t)}')`,
            markerEnd: `url('#${gn(w.value.markerEnd, t)}')`,
            sourcePosition: J,
            targetPosition: de,
            sourceX: he,
            sourceY: Se,
            targetX: Ve,
            targetY: He,
            sourceHandleId: w.value.sourceHandle,
            targetHandleId: w.value.targetHandle,
            interactionWidth: w.value.interactionWidth,
            ...I
          }),
          [
            q.value === "source" || q.value === !0 ? [
              Pe(
                "g",
                {
                  onMousedown: R,
                  onMouseenter: se,
                  onMouseout: ue
                },
                Pe(Ji, {
                  position: J,
                  centerX: he,
                  centerY: Se,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            q.value === "target" || q.value === !0 ? [
              Pe(
                "g",
                {
                  onMousedown: V,
                  onMouseenter: se,
                  onMouseout: ue
                },
                Pe(Ji, {
                  position: de,
                  centerX: Ve,
                  centerY: He,
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
    function se() {
      H.value = !0;
    }
    function ue() {
      H.value = !1;
    }
    function me(h, x) {
      p.update({ event: h, edge: w.value, connection: x });
    }
    function ye(h) {
      p.updateEnd({ event: h, edge: w.value }), oe.value = !1;
    }
    function re(h, x) {
      h.button === 0 && (oe.value = !0, ee.value = x ? w.value.target : w.value.source, K.value = (x ? w.value.targetHandle : w.value.sourceHandle) ?? null, T.value = x ? "target" : "source", p.updateStart({ event: h, edge: w.value }), j(h));
    }
    function ne(h) {
      var x;
      const I = { event: h, edge: w.value };
      $.value && (a.value = !1, w.value.selected && v.value ? (u([w.value]), (x = ie.value) == null || x.blur()) : n([w.value])), p.click(I);
    }
    function ae(h) {
      p.contextMenu({ event: h, edge: w.value });
    }
    function Me(h) {
      p.doubleClick({ event: h, edge: w.value });
    }
    function Ne(h) {
      p.mouseEnter({ event: h, edge: w.value });
    }
    function we(h) {
      p.mouseMove({ event: h, edge: w.value });
    }
    function E(h) {
      p.mouseLeave({ event: h, edge: w.value });
    }
    function R(h) {
      re(h, !0);
    }
    function V(h) {
      re(h, !1);
    }
    function m(h) {
      var x;
      !b.value && jr.includes(h.key) && $.value && (h.key === "Escape" ? ((x = ie.value) == null || x.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Vf = Lf, Hf = Re({
  name: "ConnectionLine",
  compatConfig: { MODE: 3 },
  setup() {
    var e;
    const {
      id: t,
      connectionMode: n,
      connectionStartHandle: o,
      connectionEndHandle: i,
      connectionPosition: r,
      connectionLineType: a,
      connectionLineStyle: s,
      connectionLineOptions: l,
      connectionStatus: u,
      viewport: c,
      findNode: d
    } = Be(), f = (e = $t(so)) == null ? void 0 : e["connection-line"], v = te(() => {
      var M;
      return d((M = o.value) == null ? void 0 : M.nodeId);
    }), b = te(() => {
      var M;
      return d((M = i.value) == null ? void 0 : M.nodeId) ?? null;
    }), g = te(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), y = te(
      () => l.value.markerStart ? `url(#${gn(l.value.markerStart, t)})` : ""
    ), _ = te(
      () => l.value.markerEnd ? `url(#${gn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var M, w, p;
      if (!v.value || !o.value)
        return null;
      const P = o.value.id, B = o.value.type, F = v.value.handleBounds;
      let H = (F == null ? void 0 : F[B]) ?? [];
      if (n.value === _t.Loose) {
        const z = (F == null ? void 0 : F[B === "source" ? "target" : "source"]) ?? [];
        H = [...H, ...z];
      }
      if (!H)
        return null;
      const oe = (P ? H.find((z) => z.id === P) : H[0]) ?? null, ee = (oe == null ? void 0 : oe.position) ?? ve.Top, { x: K, y: T } = Zt(v.value, oe, ee);
      let ie = null;
      b.value && (n.value === _t.Strict ? ie = ((M = b.value.handleBounds[B === "source" ? "target" : "source"]) == null ? void 0 : M.find(
        (z) => {
          var Y;
          return z.id === ((Y = i.value) == null ? void 0 : Y.id);
        }
      )) || null : ie = ((w = [...b.value.handleBounds.source ?? [], ...b.value.handleBounds.target ?? []]) == null ? void 0 : w.find(
        (z) => {
          var Y;
          return z.id === ((Y = i.value) == null ? void 0 : Y.id);
        }
      )) || null);
      const $ = ((p = i.value) == null ? void 0 : p.position) ?? (ee ? Ho[ee] : null);
      if (!ee || !$)
        return null;
      const q = a.value ?? l.value.type ?? Et.Bezier;
      let A = "";
      const O = {
        sourceX: K,
        sourceY: T,
        sourcePosition: ee,
        targetX: g.value.x,
        targetY: g.value.y,
        targetPosition: $
      };
      return q === Et.Bezier ? [A] = ba(O) : q === Et.Step ? [A] = Yo({
        ...O,
        borderRadius: 0
      }) : q === Et.SmoothStep ? [A] = Yo(O) : q === Et.SimpleBezier ? [A] = ka(O) : A = `M${K},${T} ${g.value.x},${g.value.y}`, Pe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Pe(
          "g",
          { class: "vue-flow__connection" },
          f ? Pe(f, {
            sourceX: K,
            sourceY: T,
            sourcePosition: ee,
            targetX: g.value.x,
            targetY: g.value.y,
            targetPosition: $,
            sourceNode: v.value,
            sourceHandle: oe,
            targetNode: b.value,
            targetHandle: ie,
            markerEnd: _.value,
            markerStart: y.value,
            connectionStatus: u.value
          }) : Pe("path", {
            d: A,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...s.value,
              ...l.value.style
            },
            "marker-end": _.value,
            "marker-start": y.value
          })
        )
      );
    };
  }
}), Ff = Hf, Yf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Xf = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, qf = /* @__PURE__ */ Re({
  ...Xf,
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
    return (t, n) => (C(), D("marker", {
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
      t.type === G(Lo).ArrowClosed ? (C(), D("polyline", {
        key: 0,
        style: Te({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : le("", !0),
      t.type === G(Lo).Arrow ? (C(), D("polyline", {
        key: 1,
        style: Te({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : le("", !0)
    ], 8, Yf));
  }
}), Gf = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Uf = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Wf = /* @__PURE__ */ Re({
  ...Uf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Be(), r = te(() => {
      const a = /* @__PURE__ */ new Set(), s = [], l = (u) => {
        if (u) {
          const c = gn(u, t);
          a.has(c) || (typeof u == "object" ? s.push({ ...u, id: c, color: u.color || i.value }) : s.push({ id: c, color: i.value, type: u }), a.add(c));
        }
      };
      for (const u of [o.value.markerEnd, o.value.markerStart])
        l(u);
      for (const u of n.value)
        for (const c of [u.markerStart, u.markerEnd])
          l(c);
      return s.sort((u, c) => u.id.localeCompare(c.id));
    });
    return (a, s) => (C(), D("svg", Gf, [
      S("defs", null, [
        (C(!0), D(_e, null, Oe(r.value, (l) => (C(), De(qf, {
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
}), Kf = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Zf = /* @__PURE__ */ Re({
  ...Kf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Be();
    return (i, r) => (C(), D(_e, null, [
      fe(Wf),
      (C(!0), D(_e, null, Oe(G(n), (a) => (C(), D("svg", {
        key: a.id,
        class: "vue-flow__edges vue-flow__container",
        style: Te({ zIndex: G(vd)(a, G(t), G(o)) })
      }, [
        fe(G(Vf), {
          id: a.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      fe(G(Ff))
    ], 64));
  }
}), jf = Re({
  name: "Node",
  compatConfig: { MODE: 3 },
  props: ["id", "resizeObserver"],
  setup(e) {
    const {
      id: t,
      noPanClassName: n,
      selectNodesOnDrag: o,
      nodesSelectionActive: i,
      multiSelectionActive: r,
      emits: a,
      removeSelectedNodes: s,
      addSelectedNodes: l,
      updateNodeDimensions: u,
      onUpdateNodeInternals: c,
      getNodeTypes: d,
      nodeExtent: f,
      elevateNodesOnSelect: v,
      disableKeyboardA11y: b,
      ariaLiveMessage: g,
      snapToGrid: y,
      snapGrid: _,
      nodeDragThreshold: M,
      nodesDraggable: w,
      elementsSelectable: p,
      nodesConnectable: P,
      nodesFocusable: B,
      hooks: F
    } = Be(), H = ge(null);
    Pt(fa, H), Pt(ri, e.id);
    const oe = $t(so), ee = Jt(), K = ga(), { node: T, parentNode: ie } = pa(e.id), { emit: $, on: q } = Pd(T, a), A = ze(() => typeof T.draggable > "u" ? w.value : T.draggable), O = ze(() => typeof T.selectable > "u" ? p.value : T.selectable), z = ze(() => typeof T.connectable > "u" ? P.value : T.connectable), Y = ze(() => typeof T.focusable > "u" ? B.value : T.focusable), j = te(
      () => O.value || A.value || F.value.nodeClick.hasListeners() || F.value.nodeDoubleClick.hasListeners() || F.value.nodeMouseEnter.hasListeners() || F.value.nodeMouseMove.hasListeners() || F.value.nodeMouseLeave.hasListeners()
    ), se = ze(() => !!T.dimensions.width && !!T.dimensions.height), ue = te(() => {
      const x = T.type || "default", I = oe == null ? void 0 : oe[`node-${x}`];
      if (I)
        return I;
      let k = T.template || d.value[x];
      if (typeof k == "string" && ee) {
        const X = Object.keys(ee.appContext.components);
        X && X.includes(x) && (k = gr(x, !1));
      }
      return k && typeof k != "string" ? k : (a.error(new qe(Ye.NODE_TYPE_MISSING, k)), !1);
    }), me = ha({
      id: e.id,
      el: H,
      disabled: () => !A.value,
      selectable: O,
      dragHandle: () => T.dragHandle,
      onStart(x) {
        $.dragStart(x);
      },
      onDrag(x) {
        $.drag(x);
      },
      onStop(x) {
        $.dragStop(x);
      },
      onClick(x) {
        m(x);
      }
    }), ye = te(() => T.class instanceof Function ? T.class(T) : T.class), re = te(() => {
      const x = (T.style instanceof Function ? T.style(T) : T.style) || {}, I = T.width instanceof Function ? T.width(T) : T.width, k = T.height instanceof Function ? T.height(T) : T.height;
      return !x.width && I && (x.width = typeof I == "string" ? I : `${I}px`), !x.height && k && (x.height = typeof k == "string" ? k : `${k}px`), x;
    }), ne = ze(() => Number(T.zIndex ?? re.value.zIndex ?? 0));
    return c((x) => {
      (x.includes(e.id) || !x.length) && Me();
    }), Qe(() => {
      $e(
        () => T.hidden,
        (x = !1, I, k) => {
          !x && H.value && (e.resizeObserver.observe(H.value), k(() => {
            H.value && e.resizeObserver.unobserve(H.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), $e([() => T.type, () => T.sourcePosition, () => T.targetPosition], () => {
      Ge(() => {
        u([{ id: e.id, nodeElement: H.value, forceUpdate: !0 }]);
      });
    }), $e(
      [
        () => T.position.x,
        () => T.position.y,
        () => {
          var x;
          return (x = ie.value) == null ? void 0 : x.computedPosition.x;
        },
        () => {
          var x;
          return (x = ie.value) == null ? void 0 : x.computedPosition.y;
        },
        () => {
          var x;
          return (x = ie.value) == null ? void 0 : x.computedPosition.z;
        },
        ne,
        () => T.selected,
        () => T.dimensions.height,
        () => T.dimensions.width,
        () => {
          var x;
          return (x = ie.value) == null ? void 0 : x.dimensions.height;
        },
        () => {
          var x;
          return (x = ie.value) == null ? void 0 : x.dimensions.width;
        }
      ],
      ([x, I, k, X, U, Z]) => {
        const J = {
          x,
          y: I,
          z: Z + (v.value && T.selected ? 1e3 : 0)
        };
        typeof k < "u" && typeof X < "u" ? T.computedPosition = ld({ x: k, y: X, z: U }, J) : T.computedPosition = J;
      },
      { flush: "post", immediate: !0 }
    ), $e([() => T.extent, f], ([x, I], [k, X]) => {
      (x !== k || I !== X) && ae();
    }), T.extent === "parent" || typeof T.extent == "object" && "range" in T.extent && T.extent.range === "parent" ? Io(() => se).toBe(!0).then(ae) : ae(), () => T.hidden ? null : Pe(
      "div",
      {
        ref: H,
        "data-id": T.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${ue.value === !1 ? "default" : T.type || "default"}`,
          {
            [n.value]: A.value,
            dragging: me == null ? void 0 : me.value,
            draggable: A.value,
            selected: T.selected,
            selectable: O.value,
            parent: T.isParent
          },
          ye.value
        ],
        style: {
          visibility: se.value ? "visible" : "hidden",
          zIndex: T.computedPosition.z ?? ne.value,
          transform: `translate(${T.computedPosition.x}px,${T.computedPosition.y}px)`,
          pointerEvents: j.value ? "all" : "none",
          ...re.value
        },
        tabIndex: Y.value ? 0 : void 0,
        role: Y.value ? "group" : void 0,
        "aria-describedby": b.value ? void 0 : `${Kr}-${t}`,
        "aria-label": T.ariaLabel,
        "aria-roledescription": "node",
        ...T.domAttributes,
        onMouseenter: Ne,
        onMousemove: we,
        onMouseleave: E,
        onContextmenu: R,
        onClick: m,
        onDblclick: V,
        onKeydown: h
      },
      [
        Pe(ue.value === !1 ? d.value.default : ue.value, {
          id: T.id,
          type: T.type,
          data: T.data,
          events: { ...T.events, ...q },
          selected: T.selected,
          resizing: T.resizing,
          dragging: me.value,
          connectable: z.value,
          position: T.computedPosition,
          dimensions: T.dimensions,
          isValidTargetPos: T.isValidTargetPos,
          isValidSourcePos: T.isValidSourcePos,
          parent: T.parentNode,
          parentNodeId: T.parentNode,
          zIndex: T.computedPosition.z ?? ne.value,
          targetPosition: T.targetPosition,
          sourcePosition: T.sourcePosition,
          label: T.label,
          dragHandle: T.dragHandle,
          onUpdateNodeInternals: Me
        })
      ]
    );
    function ae() {
      const x = T.computedPosition, { computedPosition: I, position: k } = oi(
        T,
        y.value ? ao(x, _.value) : x,
        a.error,
        f.value,
        ie.value
      );
      (T.computedPosition.x !== I.x || T.computedPosition.y !== I.y) && (T.computedPosition = { ...T.computedPosition, ...I }), (T.position.x !== k.x || T.position.y !== k.y) && (T.position = k);
    }
    function Me() {
      H.value && u([{ id: e.id, nodeElement: H.value, forceUpdate: !0 }]);
    }
    function Ne(x) {
      me != null && me.value || $.mouseEnter({ event: x, node: T });
    }
    function we(x) {
      me != null && me.value || $.mouseMove({ event: x, node: T });
    }
    function E(x) {
      me != null && me.value || $.mouseLeave({ event: x, node: T });
    }
    function R(x) {
      return $.contextMenu({ event: x, node: T });
    }
    function V(x) {
      return $.doubleClick({ event: x, node: T });
    }
    function m(x) {
      O.value && (!o.value || !A.value || M.value > 0) && Fo(
        T,
        r.value,
        l,
        s,
        i,
        !1,
        H.value
      ), $.click({ event: x, node: T });
    }
    function h(x) {
      if (!(Vo(x) || b.value))
        if (jr.includes(x.key) && O.value) {
          const I = x.key === "Escape";
          Fo(
            T,
            r.value,
            l,
            s,
            i,
            I,
            H.value
          );
        } else A.value && T.selected && Xt[x.key] && (x.preventDefault(), g.value = `Moved selected node ${x.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~T.position.x}, y: ${~~T.position.y}`, K(
          {
            x: Xt[x.key].x,
            y: Xt[x.key].y
          },
          x.shiftKey
        ));
    }
  }
}), Jf = jf;
function Qf(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Be();
  return te(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const eh = { class: "vue-flow__nodes vue-flow__container" }, th = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, nh = /* @__PURE__ */ Re({
  ...th,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Be(), i = Qf(), r = ge();
    return $e(
      i,
      (a) => {
        a && Ge(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), Qe(() => {
      r.value = new ResizeObserver((a) => {
        const s = a.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        Ge(() => n(s));
      });
    }), Ot(() => {
      var a;
      return (a = r.value) == null ? void 0 : a.disconnect();
    }), (a, s) => (C(), D("div", eh, [
      r.value ? (C(!0), D(_e, { key: 0 }, Oe(G(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && qa(d, f))
          return d;
        const v = (C(), De(G(Jf), {
          id: l.id,
          key: l.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return v.memo = f, v;
      }, s, 0), 128)) : le("", !0)
    ]));
  }
});
function oh() {
  const { emits: e } = Be();
  Qe(() => {
    if (da()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new qe(Ye.MISSING_STYLES));
    }
  });
}
const ih = /* @__PURE__ */ S("div", { class: "vue-flow__edge-labels" }, null, -1), rh = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, ah = /* @__PURE__ */ Re({
  ...rh,
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
    const o = e, i = Fa(), r = go(o, "modelValue", n), a = go(o, "nodes", n), s = go(o, "edges", n), l = Be(o), u = Od({ modelValue: r, nodes: a, edges: s }, o, l);
    return Rd(n, l.hooks), Of(), oh(), Pt(so, i), Ya(u), t(l), (c, d) => (C(), D("div", {
      ref: G(l).vueFlowRef,
      class: "vue-flow"
    }, [
      fe(If, null, {
        default: Le(() => [
          fe(Zf),
          ih,
          fe(nh),
          We(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      We(c.$slots, "default"),
      fe(Df)
    ], 512));
  }
}), sh = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, Qi = /* @__PURE__ */ Re({
  ...sh,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Be(), o = te(() => `${t.position}`.split("-"));
    return (i, r) => (C(), D("div", {
      class: Ae(["vue-flow__panel", o.value]),
      style: Te({ pointerEvents: G(n) ? "none" : "all" })
    }, [
      We(i.$slots, "default")
    ], 6));
  }
});
var vt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(vt || {});
const Sa = function({ dimensions: e, size: t, color: n }) {
  return Pe("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, $a = function({ radius: e, color: t }) {
  return Pe("circle", { cx: e, cy: e, r: e, fill: t });
};
vt.Lines + "", vt.Dots + "";
const lh = {
  [vt.Dots]: "#81818a",
  [vt.Lines]: "#eee"
}, uh = ["id", "x", "y", "width", "height", "patternTransform"], ch = {
  key: 2,
  height: "100",
  width: "100"
}, dh = ["fill"], fh = ["x", "y", "fill"], hh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, vh = /* @__PURE__ */ Re({
  ...hh,
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
    const { id: t, viewport: n } = Be(), o = te(() => {
      const a = n.value.zoom, [s, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [s * a || 1, l * a || 1], c = e.size * a, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], v = [d * a || 1 + u[0] / 2, f * a || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: v,
        size: c
      };
    }), i = ze(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = ze(() => e.color || e.patternColor || lh[e.variant || vt.Dots]);
    return (a, s) => (C(), D("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Te({
        height: `${a.height > 100 ? 100 : a.height}%`,
        width: `${a.width > 100 ? 100 : a.width}%`
      })
    }, [
      We(a.$slots, "pattern-container", { id: i.value }, () => [
        S("pattern", {
          id: i.value,
          x: G(n).x % o.value.scaledGap[0],
          y: G(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          We(a.$slots, "pattern", {}, () => [
            a.variant === G(vt).Lines ? (C(), De(G(Sa), {
              key: 0,
              size: a.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : a.variant === G(vt).Dots ? (C(), De(G($a), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : le("", !0),
            a.bgColor ? (C(), D("svg", ch, [
              S("rect", {
                width: "100%",
                height: "100%",
                fill: a.bgColor
              }, null, 8, dh)
            ])) : le("", !0)
          ])
        ], 8, uh)
      ]),
      S("rect", {
        x: a.x,
        y: a.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, fh),
      We(a.$slots, "default", { id: i.value })
    ], 4));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const mh = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
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
const ph = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: a, ...s }, { slots: l }) => Pe(
  "svg",
  {
    ...An,
    width: e || An.width,
    height: e || An.height,
    stroke: o || An.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${mh(r ?? "icon")}`],
    ...s
  },
  [...i.map((u) => Pe(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const xe = (e, t) => (n, { slots: o }) => Pe(
  ph,
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
const gh = xe("AudioLinesIcon", [
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
const yh = xe("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const wh = xe("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const xh = xe("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const bh = xe("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const er = xe("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const kh = xe("ClapperboardIcon", [
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
const _h = xe("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Sh = xe("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const $h = xe("CpuIcon", [
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
const Eh = xe("DownloadIcon", [
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
const Nh = xe("FileTextIcon", [
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
const Ch = xe("FilmIcon", [
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
const Mh = xe("HistoryIcon", [
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
const Ih = xe("ImageIcon", [
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
const Th = xe("InfoIcon", [
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
const Ph = xe("LayersIcon", [
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
const Ah = xe("Link2Icon", [
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
const zh = xe("ListOrderedIcon", [
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
const Dh = xe("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Oh = xe("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Bh = xe("Maximize2Icon", [
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
const Rh = xe("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Lh = xe("MicIcon", [
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
const Vh = xe("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Hh = xe("PackageIcon", [
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
const Fh = xe("PaletteIcon", [
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
const Yh = xe("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Xh = xe("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const qh = xe("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Gh = xe("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Uh = xe("ScanEyeIcon", [
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
const Wh = xe("ScrollTextIcon", [
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
const Kh = xe("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Zh = xe("SlidersHorizontalIcon", [
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
const jh = xe("SparklesIcon", [
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
const Jh = xe("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Qh = xe("StarIcon", [
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
const ev = xe("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const tv = xe("TableIcon", [
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
const nv = xe("TimerIcon", [
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
const ov = xe("Trash2Icon", [
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
const iv = xe("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const rv = xe("UploadIcon", [
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
const av = xe("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const sv = xe("Volume2Icon", [
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
const lv = xe("VolumeXIcon", [
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
const uv = xe("WorkflowIcon", [
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
const cv = xe("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Ee = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: kh,
      "user-round": av,
      palette: Fh,
      timer: nv,
      image: Ih,
      "sticky-note": ev,
      mic: Lh,
      "sliders-horizontal": Zh,
      cpu: $h,
      workflow: uv,
      "list-ordered": zh,
      "scroll-text": Wh,
      "audio-lines": gh,
      "scan-eye": Uh,
      play: Xh,
      square: Jh,
      trash: ov,
      copy: Sh,
      comment: Rh,
      check: yh,
      x: cv,
      left: xh,
      right: bh,
      star: Qh,
      sparkles: jh,
      search: Kh,
      history: Mh,
      fit: Bh,
      plus: qh,
      minus: Vh,
      undo: iv,
      redo: Gh,
      dot: er,
      film: Ch,
      upload: rv,
      link: Ah,
      pause: Yh,
      clock: _h,
      layers: Ph,
      lock: Oh,
      unlock: Dh,
      download: Eh,
      "file-text": Nh,
      table: tv,
      package: Hh,
      info: Th,
      down: wh,
      volume: sv,
      "volume-x": lv
    }, n = e, o = te(() => t[n.name] || er);
    return (i, r) => (C(), De(Wo(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Ea = Symbol("multiplex-store");
function dv(e) {
  const t = ln({
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
  }), n = te(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = te(() => nr(t.comments, (u) => [u.block])), i = te(() => nr(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), r = (u) => o.value.get(u) || tr, a = (u) => i.value.get(u) || tr;
  let s = 0;
  return { state: t, send: (u, c = {}) => (s += 1, e("command", { op: u, req: s, ...c }), s), seqIndex: n, commentsOf: r, othersOn: a };
}
const tr = Object.freeze([]);
function nr(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const r = n.get(i);
      r ? r.push(o) : n.set(i, [o]);
    }
  return n;
}
function gt() {
  return $t(Ea);
}
const jt = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, or = { ...jt, idle: "#9ca3af", cancelled: "#9ca3af" }, Xo = "#f1f3f5";
function fv(e, t, n = 30) {
  const o = t.trim().toLowerCase();
  if (!o) return e.slice(0, n);
  const i = [];
  return e.forEach((r, a) => {
    const s = String(r.title || "").toLowerCase();
    let l = s.startsWith(o) ? 0 : s.includes(o) ? 1 : -1;
    l < 0 && (l = `${r.description || ""} ${r.text || ""} ${r.caption || ""} ${r.kind} ${r.sub}`.toLowerCase().includes(o) ? 2 : -1), l >= 0 && i.push([l, a, r]);
  }), i.sort((r, a) => r[0] - a[0] || r[1] - a[1]), i.slice(0, n).map((r) => r[2]);
}
const Qn = {
  intent: "#ff79c6",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function ir(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function ho(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const hv = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, vv = ["data-kind", "data-sub", "aria-label", "onPointerdown", "onPointerenter"], mv = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = ge(null), i = ge(null);
    function r(d, f) {
      const v = d.currentTarget.getBoundingClientRect(), b = d.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: f.label, x: b.right + 8, y: v.top + v.height / 2 };
    }
    const a = Qn;
    let s = null;
    function l(d, f, v) {
      d.button === 0 && (i.value = null, d.preventDefault(), s = { x: d.clientX, y: d.clientY, group: f, item: v, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(d) {
      s && (!s.moved && Math.hypot(d.clientX - s.x, d.clientY - s.y) < 4 || (s.moved = !0, o.value = { x: d.clientX, y: d.clientY, label: s.item.label, icon: s.item.icon, color: a[s.group.kind] }));
    }
    function c(d) {
      window.removeEventListener("pointermove", u);
      const f = s;
      s = null, o.value = null, f && n("place", { kind: f.group.kind, sub: f.item.sub, clientX: d.clientX, clientY: d.clientY, dragged: f.moved });
    }
    return (d, f) => (C(), D(_e, null, [
      S("nav", hv, [
        f[1] || (f[1] = S("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          S("span", null, "m"),
          S("i")
        ], -1)),
        (C(!0), D(_e, null, Oe(e.groups, (v) => (C(), D("div", {
          key: v.kind,
          class: "mx-pal-group",
          style: Te({ "--accent": G(a)[v.kind] })
        }, [
          (C(!0), D(_e, null, Oe(v.items, (b) => (C(), D("button", {
            key: b.sub,
            class: "mx-pal-item",
            "data-kind": v.kind,
            "data-sub": b.sub,
            "aria-label": b.label,
            onPointerdown: (g) => l(g, v, b),
            onPointerenter: (g) => r(g, b),
            onPointerleave: f[0] || (f[0] = (g) => i.value = null)
          }, [
            fe(Ee, {
              name: b.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, vv))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (C(), D("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: Te({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, W(i.value.label), 5)) : le("", !0),
      o.value ? (C(), D("div", {
        key: 1,
        class: "mx-ghost",
        style: Te({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        fe(Ee, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Ce(" " + W(o.value.label), 1)
      ], 4)) : le("", !0)
    ], 64));
  }
}, pv = ["width", "height"], gv = {
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
    const t = e, n = ge(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, r = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, a = 0;
    function s() {
      let g = 1 / 0, y = 1 / 0, _ = -1 / 0, M = -1 / 0;
      for (const w of t.blocks.values())
        w.x < g && (g = w.x), w.y < y && (y = w.y), w.x + w.w > _ && (_ = w.x + w.w), w.y + w.h > M && (M = w.y + w.h);
      return g === 1 / 0 ? null : { x0: g, y0: y, x1: _, y1: M };
    }
    function l() {
      a = 0;
      const g = n.value;
      if (!g) return;
      const y = g.getContext("2d"), _ = g.width, M = g.height, w = t.flow.viewport.value, p = t.flow.dimensions.value, P = { x0: -w.x / w.zoom, y0: -w.y / w.zoom, x1: (p.width - w.x) / w.zoom, y1: (p.height - w.y) / w.zoom };
      i === null && (i = s() || P);
      const B = { x0: Math.min(i.x0, P.x0), y0: Math.min(i.y0, P.y0), x1: Math.max(i.x1, P.x1), y1: Math.max(i.y1, P.y1) }, F = Math.max(B.x1 - B.x0, B.y1 - B.y0) * 0.04;
      B.x0 -= F, B.y0 -= F, B.x1 += F, B.y1 += F;
      const H = Math.min(_ / (B.x1 - B.x0), M / (B.y1 - B.y0));
      r = { x0: B.x0, y0: B.y0, scale: H, ox: (_ - (B.x1 - B.x0) * H) / 2, oy: (M - (B.y1 - B.y0) * H) / 2 }, y.clearRect(0, 0, _, M), y.globalAlpha = 0.75;
      for (const ie of t.blocks.values())
        y.fillStyle = t.colorOf(ie), y.fillRect(r.ox + (ie.x - B.x0) * H, r.oy + (ie.y - B.y0) * H, Math.max(1, ie.w * H), Math.max(1, ie.h * H));
      y.globalAlpha = 1;
      const oe = r.ox + (P.x0 - B.x0) * H, ee = r.oy + (P.y0 - B.y0) * H, K = (P.x1 - P.x0) * H, T = (P.y1 - P.y0) * H;
      y.fillStyle = "rgba(10,10,11,0.62)", y.beginPath(), y.rect(0, 0, _, M), y.rect(oe, ee, K, T), y.fill("evenodd"), y.strokeStyle = "rgba(241,243,245,0.45)", y.lineWidth = o, y.strokeRect(oe + o / 2, ee + o / 2, K - o, T - o);
    }
    function u(g) {
      g && (i = null), a || (a = requestAnimationFrame(l));
    }
    $e(() => t.rev, () => u(!0)), $e(() => t.flow.viewport.value, () => u(!1)), $e(() => t.flow.dimensions.value, () => u(!1)), Qe(() => u(!0)), Ot(() => a && cancelAnimationFrame(a));
    function c(g) {
      const y = n.value.getBoundingClientRect(), _ = (g.clientX - y.left) * o, M = (g.clientY - y.top) * o;
      return { x: (_ - r.ox) / r.scale + r.x0, y: (M - r.oy) / r.scale + r.y0 };
    }
    function d(g, y) {
      const _ = t.flow.dimensions.value, M = y ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: _.width / 2 - g.x * M, y: _.height / 2 - g.y * M, zoom: M });
    }
    function f(g) {
      g.button === 0 && (n.value.setPointerCapture(g.pointerId), d(c(g)));
    }
    function v(g) {
      g.buttons & 1 && d(c(g));
    }
    function b(g) {
      const y = t.flow.viewport.value, _ = t.flow.dimensions.value, M = { x: (_.width / 2 - y.x) / y.zoom, y: (_.height / 2 - y.y) / y.zoom }, w = Math.max(0.05, Math.min(3, y.zoom * Math.exp(-g.deltaY * 15e-4)));
      d(M, w);
    }
    return (g, y) => (C(), D("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * G(o),
      height: e.height * G(o),
      style: Te({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: f,
      onPointermove: v,
      onWheel: pe(b, ["prevent", "stop"])
    }, null, 44, pv));
  }
}, yv = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = te(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (C(), D("div", {
      key: 0,
      class: "mx-cursors",
      style: Te({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (C(!0), D(_e, null, Oe(e.users, (r) => (C(), D("div", {
        key: r.id,
        class: "mx-cursor",
        style: Te({ left: `${r.cursor.x}px`, top: `${r.cursor.y}px`, "--c": r.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = S("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          S("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        S("span", null, W(r.name), 1)
      ], 4))), 128))
    ], 4)) : le("", !0);
  }
}, wv = 3, rr = 12, ar = 0.2, zn = 8, xv = ".vue-flow__panel, .vue-flow__node, .vue-flow__edge, .vue-flow__nodesselection, .vue-flow__handle, button, input, textarea", bv = {
  __name: "FarCanvas",
  props: { flow: Object, edges: Map, rev: Number },
  emits: ["move"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, { state: r, othersOn: a } = gt(), s = ge(null), l = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" }, u = {
      comp: "rgba(255, 201, 71, 0.55)",
      gen_art: "rgba(100, 255, 218, 0.55)",
      grows: "rgba(156, 136, 255, 0.6)",
      seq: "rgba(241, 243, 245, 0.14)",
      default: "#3a3a40"
    };
    let c = Math.min(2, window.devicePixelRatio || 1), d = 0, f = !1, v = [];
    const b = /* @__PURE__ */ new Map(), g = /* @__PURE__ */ new Map();
    function y(E) {
      return E.kind === "intent" ? jt[(E.status || {}).state] || jt.idle : E.kind === "activity" && E.sub === "animatic" ? "#ffc947" : Qn[E.kind] || "#333333";
    }
    function _(E, R, V) {
      const m = `${E}${R}${V}`;
      let h = g.get(m);
      if (!h) {
        const x = (X) => {
          const U = parseInt(X.slice(1), 16);
          return [U >> 16 & 255, U >> 8 & 255, U & 255];
        }, I = x(E), k = x(R);
        h = `rgb(${I.map((X, U) => Math.round(X * V + k[U] * (1 - V))).join(",")})`, g.set(m, h);
      }
      return h;
    }
    function M() {
      d || (d = requestAnimationFrame(w));
    }
    function w() {
      d = 0;
      const E = B();
      F(), E && M();
    }
    function p() {
      const E = o.flow.viewport.value, R = o.flow.dimensions.value;
      return { vp: E, w: R.width, h: R.height, x0: -E.x / E.zoom, y0: -E.y / E.zoom, x1: (R.width - E.x) / E.zoom, y1: (R.height - E.y) / E.zoom };
    }
    const P = (E, R, V, m, h) => E.position.x < m && E.position.x + E.data.w > R && E.position.y < h && E.position.y + E.data.h > V;
    function B() {
      var Z, J, de;
      const E = o.flow.nodes.value, R = po(E), V = p(), m = r.lod === 0, h = (V.x1 - V.x0) * ar, x = (V.y1 - V.y0) * ar, I = (de = (J = (Z = document.activeElement) == null ? void 0 : Z.closest) == null ? void 0 : J.call(Z, ".vue-flow__node")) == null ? void 0 : de.dataset.id, k = [], X = [];
      for (let he = 0; he < R.length; he++) {
        const Se = R[he], Ve = m && P(Se, V.x0 - h, V.y0 - x, V.x1 + h, V.y1 + x);
        Se.hidden ? Ve && k.push(he) : !Ve && !Se.dragging && Se.id !== I && (P(Se, V.x0, V.y0, V.x1, V.y1) ? X.push(he) : E[he].hidden = !0);
      }
      for (const he of X.slice(0, f ? 1 / 0 : rr)) E[he].hidden = !0;
      const U = f ? 1 / 0 : wv;
      if (k.length > U) {
        const he = (V.x0 + V.x1) / 2, Se = (V.y0 + V.y1) / 2, Ve = (He) => {
          const je = R[He];
          return Math.hypot(je.position.x + je.data.w / 2 - he, je.position.y + je.data.h / 2 - Se);
        };
        k.sort((He, je) => Ve(He) - Ve(je));
      }
      for (const he of k.slice(0, U)) E[he].hidden = !1;
      return f = !1, k.length > U || X.length > rr;
    }
    function F() {
      const E = s.value;
      if (!E) return;
      const R = p(), V = Math.round(R.w * c), m = Math.round(R.h * c);
      (E.width !== V || E.height !== m) && (E.width = V, E.height = m);
      const h = E.getContext("2d");
      h.setTransform(1, 0, 0, 1, 0, 0), h.clearRect(0, 0, V, m);
      const x = po(o.flow.nodes.value), I = r.lod, k = [], X = [], U = /* @__PURE__ */ new Map();
      for (const J of x)
        U.set(J.id, J), J.hidden && P(J, R.x0, R.y0, R.x1, R.y1) && (J.selected ? X : k).push(J);
      v = k.concat(X);
      const Z = R.vp.zoom;
      h.setTransform(c * Z, 0, 0, c * Z, c * R.vp.x, c * R.vp.y), H(h, U, R, I), v.length && (I === 2 ? oe(h, v) : ee(h, v, Z), ie(h, v, Z));
    }
    function H(E, R, V, m) {
      const h = {}, x = (k, X, U, Z) => {
        if (!X || !U || m === 0 && !X.hidden && !U.hidden) return;
        const J = Z ? X.position.x + X.data.w / 2 : X.position.x + X.data.w, de = Z ? X.position.y + X.data.h : X.position.y + X.data.h / 2, he = Z ? U.position.x + U.data.w / 2 : U.position.x, Se = Z ? U.position.y : U.position.y + U.data.h / 2;
        if (Math.max(J, he) < V.x0 || Math.min(J, he) > V.x1 || Math.max(de, Se) < V.y0 || Math.min(de, Se) > V.y1) return;
        const Ve = h[k] || (h[k] = new Path2D());
        if (Ve.moveTo(J, de), Z) Ve.lineTo(he, Se);
        else {
          const He = Math.max(Math.abs(he - J) * 0.5, 25);
          Ve.bezierCurveTo(J + He, de, he - He, Se, he, Se);
        }
      };
      for (const k of o.edges.values()) x(u[k.kind] ? k.kind : "default", R.get(k.src), R.get(k.dst), !1);
      if (m < 2) {
        const k = r.sequence;
        for (let X = 0; X + 1 < k.length; X++) x("seq", R.get(k[X]), R.get(k[X + 1]), !0);
      }
      const I = V.vp.zoom;
      for (const [k, X] of Object.entries(h))
        E.strokeStyle = u[k], E.lineWidth = k === "seq" ? 1 : Math.max(1.2, 0.6 / I), E.setLineDash(m === 2 ? [] : k === "seq" ? [1, 6] : k === "gen_art" ? [4, 5] : k === "grows" ? [2, 4] : []), E.lineCap = k === "seq" ? "round" : "butt", E.stroke(X);
      E.setLineDash([]);
    }
    function oe(E, R) {
      const V = /* @__PURE__ */ new Map();
      for (const m of R) {
        const h = m.selected ? _(Xo, "#1c1c20", 0.55) : _(y(m.data), "#1c1c20", 0.3);
        let x = V.get(h);
        x || V.set(h, x = new Path2D()), x.rect(m.position.x, m.position.y, m.data.w, m.data.h);
      }
      for (const [m, h] of V)
        E.fillStyle = m, E.fill(h);
    }
    function ee(E, R, V) {
      const m = new Path2D(), h = new Path2D(), x = /* @__PURE__ */ new Map();
      for (const k of R) {
        const { x: X, y: U } = k.position, Z = k.data.w, J = k.data.h;
        (k.selected ? h : m).rect(X, U, Z, J);
        const de = y(k.data);
        let he = x.get(de);
        he || x.set(de, he = new Path2D()), he.rect(X, U, 4, J);
      }
      E.fillStyle = "#151517", E.fill(m), E.fillStyle = "#16191b", E.fill(h), E.lineWidth = 1, E.strokeStyle = "#252527", E.stroke(m), E.strokeStyle = Xo, E.stroke(h);
      for (const [k, X] of x)
        E.fillStyle = k, E.fill(X);
      if (V * 30 < 4) return;
      E.textBaseline = "middle", E.font = '18px "JetBrains Mono", ui-monospace, monospace', E.letterSpacing = "1.44px", E.globalAlpha = 0.85;
      const I = [];
      for (const k of R) {
        const X = k.data, U = X.w, Z = X.h, J = K(E, k, U - 39), de = 30 + J.length * 34.5, he = k.position.y + Math.max(15, (Z - de) / 2);
        I.push(he, J), E.fillStyle = y(X), E.fillText(String(X.kind === "intent" || X.kind === "comp" ? X.sub : l[X.kind] || X.kind).toUpperCase(), k.position.x + 22, he + 12, U - 39);
      }
      E.globalAlpha = 1, E.letterSpacing = "0px", E.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', E.fillStyle = "#f8f9fa";
      for (let k = 0; k < R.length; k++) {
        const X = R[k], U = I[2 * k], Z = I[2 * k + 1];
        for (let J = 0; J < Z.length; J++) E.fillText(Z[J], X.position.x + 22, U + 30 + 17.25 + J * 34.5);
      }
    }
    function K(E, R, V) {
      const m = String(R.data.title || R.data.sub || ""), h = `${m}|${V}|${R.data.h}`, x = b.get(R.id);
      if (x && x.key === h) return x.lines;
      const I = E.font, k = E.letterSpacing;
      E.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', E.letterSpacing = "0px";
      const X = Math.max(1, Math.min(3, Math.floor((R.data.h - 58) / 34.5))), U = [];
      let Z = "";
      const J = m.split(/\s+/).filter(Boolean);
      for (let de = 0; de < J.length; de++) {
        const he = Z ? `${Z} ${J[de]}` : J[de];
        if (!Z || E.measureText(he).width <= V) {
          Z = he;
          continue;
        }
        if (U.push(Z), Z = J[de], U.length === X) {
          Z = "", U[X - 1] = T(E, `${U[X - 1]} ${J.slice(de).join(" ")}`, V);
          break;
        }
      }
      return Z && U.push(U.length === X - 1 || E.measureText(Z).width > V ? T(E, Z, V) : Z), E.font = I, E.letterSpacing = k, b.set(R.id, { key: h, lines: U }), U;
    }
    function T(E, R, V) {
      if (E.measureText(R).width <= V) return R;
      let m = 0, h = R.length;
      for (; m < h; ) {
        const x = m + h + 1 >> 1;
        E.measureText(`${R.slice(0, x)}…`).width <= V ? m = x : h = x - 1;
      }
      return `${R.slice(0, m).trimEnd()}…`;
    }
    function ie(E, R, V) {
      E.lineWidth = 2 / V, E.setLineDash([6 / V, 4 / V]);
      for (const m of R) {
        const h = a(m.id);
        h.length && (E.strokeStyle = h[0].color, E.strokeRect(m.position.x - 3 / V, m.position.y - 3 / V, m.data.w + 6 / V, m.data.h + 6 / V));
      }
      E.setLineDash([]);
    }
    function $(E) {
      const R = s.value.getBoundingClientRect(), V = o.flow.viewport.value;
      return { x: (E.clientX - R.left - V.x) / V.zoom, y: (E.clientY - R.top - V.y) / V.zoom };
    }
    function q(E, R) {
      if (!s.value) return null;
      const V = $({ clientX: E, clientY: R });
      for (let m = v.length - 1; m >= 0; m--) {
        const h = v[m];
        if (V.x >= h.position.x && V.x <= h.position.x + h.data.w && V.y >= h.position.y && V.y <= h.position.y + h.data.h) return h.id;
      }
      return null;
    }
    const A = (E) => !(E.target.closest && E.target.closest(xv));
    let O = null, z = !1;
    function Y(E, R) {
      const V = o.flow, m = V.findNode(E);
      if (!m) return;
      if (R) {
        m.selected ? V.removeSelectedNodes([m]) : V.addSelectedNodes([m]);
        return;
      }
      const h = V.getSelectedNodes.value.filter((x) => x.id !== E);
      h.length && V.removeSelectedNodes(h), V.removeSelectedEdges(V.getSelectedEdges.value), m.selected || V.addSelectedNodes([m]);
    }
    function j(E) {
      if (z = !1, E.button !== 0 || !A(E)) return;
      const R = q(E.clientX, E.clientY);
      if (!R) return;
      E.stopPropagation(), E.preventDefault();
      const V = o.flow.findNode(R), m = V.selected ? o.flow.getSelectedNodes.value : [V];
      O = {
        id: R,
        x: E.clientX,
        y: E.clientY,
        moved: !1,
        add: E.shiftKey || E.ctrlKey || E.metaKey,
        nodes: m.map((h) => ({ m: h, x: h.position.x, y: h.position.y }))
      }, window.addEventListener("pointermove", se, !0), window.addEventListener("pointerup", ue, !0);
    }
    function se(E) {
      const R = O;
      if (!R || !R.moved && Math.hypot(E.clientX - R.x, E.clientY - R.y) < 4) return;
      R.moved = !0;
      const V = o.flow.viewport.value.zoom, m = (E.clientX - R.x) / V, h = (E.clientY - R.y) / V;
      for (const x of R.nodes) {
        const I = zn * Math.round((x.x + m) / zn), k = zn * Math.round((x.y + h) / zn);
        x.m.dragging = !0, x.m.position = { x: I, y: k }, x.m.computedPosition = { ...x.m.computedPosition, x: I, y: k };
      }
      M();
    }
    function ue() {
      window.removeEventListener("pointermove", se, !0), window.removeEventListener("pointerup", ue, !0);
      const E = O;
      if (O = null, !!E) {
        if (z = !0, E.moved) {
          for (const R of E.nodes) R.m.dragging = !1;
          i("move", E.nodes.map((R) => ({ id: R.m.id, x: Math.round(R.m.position.x), y: Math.round(R.m.position.y) })));
        } else Y(E.id, E.add);
        M();
      }
    }
    function me(E) {
      z && (z = !1, E.stopPropagation());
    }
    function ye(E) {
      if (!A(E)) return;
      const R = q(E.clientX, E.clientY);
      R && (E.stopPropagation(), E.preventDefault(), Y(R, !1), o.flow.fitView({ nodes: [R], padding: 0.6, maxZoom: 1, duration: 300 }));
    }
    let re = null;
    function ne(E) {
      E.buttons || O || (re = re || s.value.parentElement.querySelector(".vue-flow__pane"), re && (re.style.cursor = A(E) && q(E.clientX, E.clientY) ? "pointer" : ""));
    }
    let ae = null;
    $e(() => o.flow.userSelectionRect.value, (E) => {
      E && E.width + E.height > 0 && (ae = { ...E });
    }), o.flow.onSelectionEnd(() => {
      const E = ae;
      if (ae = null, !E) return;
      const R = o.flow.viewport.value, V = (E.x - R.x) / R.zoom, m = (E.y - R.y) / R.zoom, h = V + E.width / R.zoom, x = m + E.height / R.zoom, I = o.flow.nodes.value.filter((k) => k.hidden && k.position.x >= V && k.position.y >= m && k.position.x + k.data.w <= h && k.position.y + k.data.h <= x);
      I.length && o.flow.addSelectedNodes(I);
    }), $e(() => o.flow.viewport.value, M), $e(() => o.flow.dimensions.value, M), $e(() => [o.rev, r.lod, r.sequence, r.users], M), $e(() => o.flow.getSelectedNodes.value, M);
    function Me() {
      f = !0, d && (cancelAnimationFrame(d), d = 0), w();
    }
    t({ hitAt: q, settle: Me, schedule: M });
    let Ne = null;
    const we = [["pointerdown", j], ["click", me], ["dblclick", ye], ["pointermove", ne]];
    return Qe(() => {
      var R, V, m, h, x;
      Ne = s.value.parentElement;
      for (const [I, k] of we) Ne.addEventListener(I, k, !0);
      (V = (R = document.fonts) == null ? void 0 : R.ready) == null || V.then(() => {
        b.clear(), M();
      });
      const E = (I) => {
        const k = s.value.getBoundingClientRect(), X = o.flow.viewport.value, U = X.zoom;
        return I.map((Z) => ({
          id: Z.id,
          l: k.left + X.x + Z.position.x * U,
          t: k.top + X.y + Z.position.y * U,
          r: k.left + X.x + (Z.position.x + Z.data.w) * U,
          b: k.top + X.y + (Z.position.y + Z.data.h) * U
        }));
      };
      window.__mxFar = { drawn: () => E(v), blocks: () => E(po(o.flow.nodes.value).filter((I) => I.hidden)), hitAt: q }, (x = (m = window.matchMedia) == null ? void 0 : (h = m.call(window, `(resolution: ${c}dppx)`)).addEventListener) == null || x.call(h, "change", () => {
        c = Math.min(2, window.devicePixelRatio || 1), M();
      }), M();
    }), Ot(() => {
      if (d && cancelAnimationFrame(d), Ne) for (const [E, R] of we) Ne.removeEventListener(E, R, !0);
    }), (E, R) => (C(), D("canvas", {
      ref_key: "el",
      ref: s,
      class: "mx-far",
      "data-role": "far-canvas",
      "aria-hidden": "true"
    }, null, 512));
  }
};
var qo = "http://www.w3.org/1999/xhtml";
const sr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: qo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Na(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), sr.hasOwnProperty(t) ? { space: sr[t], local: e } : e;
}
function kv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === qo && t.documentElement.namespaceURI === qo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function _v(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Ca(e) {
  var t = Na(e);
  return (t.local ? _v : kv)(t);
}
function Sv() {
}
function Ma(e) {
  return e == null ? Sv : function() {
    return this.querySelector(e);
  };
}
function $v(e) {
  typeof e != "function" && (e = Ma(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = new Array(a), l, u, c = 0; c < a; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new Je(o, this._parents);
}
function Ev(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Nv() {
  return [];
}
function Cv(e) {
  return e == null ? Nv : function() {
    return this.querySelectorAll(e);
  };
}
function Mv(e) {
  return function() {
    return Ev(e.apply(this, arguments));
  };
}
function Iv(e) {
  typeof e == "function" ? e = Mv(e) : e = Cv(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var a = t[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && (o.push(e.call(l, l.__data__, u, a)), i.push(l));
  return new Je(o, i);
}
function Tv(e) {
  return function() {
    return this.matches(e);
  };
}
function Ia(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Pv = Array.prototype.find;
function Av(e) {
  return function() {
    return Pv.call(this.children, e);
  };
}
function zv() {
  return this.firstElementChild;
}
function Dv(e) {
  return this.select(e == null ? zv : Av(typeof e == "function" ? e : Ia(e)));
}
var Ov = Array.prototype.filter;
function Bv() {
  return Array.from(this.children);
}
function Rv(e) {
  return function() {
    return Ov.call(this.children, e);
  };
}
function Lv(e) {
  return this.selectAll(e == null ? Bv : Rv(typeof e == "function" ? e : Ia(e)));
}
function Vv(e) {
  typeof e != "function" && (e = Tv(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new Je(o, this._parents);
}
function Ta(e) {
  return new Array(e.length);
}
function Hv() {
  return new Je(this._enter || this._groups.map(Ta), this._parents);
}
function eo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
eo.prototype = {
  constructor: eo,
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
function Fv(e) {
  return function() {
    return e;
  };
}
function Yv(e, t, n, o, i, r) {
  for (var a = 0, s, l = t.length, u = r.length; a < u; ++a)
    (s = t[a]) ? (s.__data__ = r[a], o[a] = s) : n[a] = new eo(e, r[a]);
  for (; a < l; ++a)
    (s = t[a]) && (i[a] = s);
}
function Xv(e, t, n, o, i, r, a) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), v;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = v = a.call(l, l.__data__, s, t) + "", u.has(v) ? i[s] = l : u.set(v, l));
  for (s = 0; s < d; ++s)
    v = a.call(e, r[s], s, r) + "", (l = u.get(v)) ? (o[s] = l, l.__data__ = r[s], u.delete(v)) : n[s] = new eo(e, r[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(f[s]) === l && (i[s] = l);
}
function qv(e) {
  return e.__data__;
}
function Gv(e, t) {
  if (!arguments.length) return Array.from(this, qv);
  var n = t ? Xv : Yv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Fv(e));
  for (var r = i.length, a = new Array(r), s = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, v = Uv(e.call(c, c && c.__data__, u, o)), b = v.length, g = s[u] = new Array(b), y = a[u] = new Array(b), _ = l[u] = new Array(f);
    n(c, d, g, y, _, v, t);
    for (var M = 0, w = 0, p, P; M < b; ++M)
      if (p = g[M]) {
        for (M >= w && (w = M + 1); !(P = y[w]) && ++w < b; ) ;
        p._next = P || null;
      }
  }
  return a = new Je(a, o), a._enter = s, a._exit = l, a;
}
function Uv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Wv() {
  return new Je(this._exit || this._groups.map(Ta), this._parents);
}
function Kv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Zv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, a = Math.min(i, r), s = new Array(i), l = 0; l < a; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), v, b = 0; b < d; ++b)
      (v = u[b] || c[b]) && (f[b] = v);
  for (; l < i; ++l)
    s[l] = n[l];
  return new Je(s, this._parents);
}
function jv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], a; --i >= 0; )
      (a = o[i]) && (r && a.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(a, r), r = a);
  return this;
}
function Jv(e) {
  e || (e = Qv);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var a = n[r], s = a.length, l = i[r] = new Array(s), u, c = 0; c < s; ++c)
      (u = a[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Je(i, this._parents).order();
}
function Qv(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function em() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function tm() {
  return Array.from(this);
}
function nm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var a = o[i];
      if (a) return a;
    }
  return null;
}
function om() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function im() {
  return !this.node();
}
function rm(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, a = i.length, s; r < a; ++r)
      (s = i[r]) && e.call(s, s.__data__, r, i);
  return this;
}
function am(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function sm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function lm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function um(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function cm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function dm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function fm(e, t) {
  var n = Na(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? sm : am : typeof t == "function" ? n.local ? dm : cm : n.local ? um : lm)(n, t));
}
function Pa(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function hm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function vm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function mm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function pm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? hm : typeof t == "function" ? mm : vm)(e, t, n ?? "")) : gm(this.node(), e);
}
function gm(e, t) {
  return e.style.getPropertyValue(t) || Pa(e).getComputedStyle(e, null).getPropertyValue(t);
}
function ym(e) {
  return function() {
    delete this[e];
  };
}
function wm(e, t) {
  return function() {
    this[e] = t;
  };
}
function xm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function bm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? ym : typeof t == "function" ? xm : wm)(e, t)) : this.node()[e];
}
function Aa(e) {
  return e.trim().split(/^|\s+/);
}
function si(e) {
  return e.classList || new za(e);
}
function za(e) {
  this._node = e, this._names = Aa(e.getAttribute("class") || "");
}
za.prototype = {
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
function Da(e, t) {
  for (var n = si(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Oa(e, t) {
  for (var n = si(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function km(e) {
  return function() {
    Da(this, e);
  };
}
function _m(e) {
  return function() {
    Oa(this, e);
  };
}
function Sm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Da : Oa)(this, e);
  };
}
function $m(e, t) {
  var n = Aa(e + "");
  if (arguments.length < 2) {
    for (var o = si(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Sm : t ? km : _m)(n, t));
}
function Em() {
  this.textContent = "";
}
function Nm(e) {
  return function() {
    this.textContent = e;
  };
}
function Cm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Mm(e) {
  return arguments.length ? this.each(e == null ? Em : (typeof e == "function" ? Cm : Nm)(e)) : this.node().textContent;
}
function Im() {
  this.innerHTML = "";
}
function Tm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Pm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Am(e) {
  return arguments.length ? this.each(e == null ? Im : (typeof e == "function" ? Pm : Tm)(e)) : this.node().innerHTML;
}
function zm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Dm() {
  return this.each(zm);
}
function Om() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Bm() {
  return this.each(Om);
}
function Rm(e) {
  var t = typeof e == "function" ? e : Ca(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Lm() {
  return null;
}
function Vm(e, t) {
  var n = typeof e == "function" ? e : Ca(e), o = t == null ? Lm : typeof t == "function" ? t : Ma(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Hm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Fm() {
  return this.each(Hm);
}
function Ym() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Xm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function qm(e) {
  return this.select(e ? Xm : Ym);
}
function Gm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Um(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Wm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Km(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Zm(e, t, n) {
  return function() {
    var o = this.__on, i, r = Um(t);
    if (o) {
      for (var a = 0, s = o.length; a < s; ++a)
        if ((i = o[a]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function jm(e, t, n) {
  var o = Wm(e + ""), i, r = o.length, a;
  if (arguments.length < 2) {
    var s = this.node().__on;
    if (s) {
      for (var l = 0, u = s.length, c; l < u; ++l)
        for (i = 0, c = s[l]; i < r; ++i)
          if ((a = o[i]).type === c.type && a.name === c.name)
            return c.value;
    }
    return;
  }
  for (s = t ? Zm : Km, i = 0; i < r; ++i) this.each(s(o[i], t, n));
  return this;
}
function Ba(e, t, n) {
  var o = Pa(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Jm(e, t) {
  return function() {
    return Ba(this, e, t);
  };
}
function Qm(e, t) {
  return function() {
    return Ba(this, e, t.apply(this, arguments));
  };
}
function ep(e, t) {
  return this.each((typeof t == "function" ? Qm : Jm)(e, t));
}
function* tp() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, a; i < r; ++i)
      (a = o[i]) && (yield a);
}
var np = [null];
function Je(e, t) {
  this._groups = e, this._parents = t;
}
function op() {
  return this;
}
Je.prototype = {
  constructor: Je,
  select: $v,
  selectAll: Iv,
  selectChild: Dv,
  selectChildren: Lv,
  filter: Vv,
  data: Gv,
  enter: Hv,
  exit: Wv,
  join: Kv,
  merge: Zv,
  selection: op,
  order: jv,
  sort: Jv,
  call: em,
  nodes: tm,
  node: nm,
  size: om,
  empty: im,
  each: rm,
  attr: fm,
  style: pm,
  property: bm,
  classed: $m,
  text: Mm,
  html: Am,
  raise: Dm,
  lower: Bm,
  append: Rm,
  insert: Vm,
  remove: Fm,
  clone: qm,
  datum: Gm,
  on: jm,
  dispatch: ep,
  [Symbol.iterator]: tp
};
function yn(e) {
  return typeof e == "string" ? new Je([[document.querySelector(e)]], [document.documentElement]) : new Je([[e]], np);
}
function ip(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function lr(e, t) {
  if (e = ip(e), t === void 0 && (t = e.currentTarget), t) {
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
var rp = { value: () => {
} };
function Ra() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Fn(n);
}
function Fn(e) {
  this._ = e;
}
function ap(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Fn.prototype = Ra.prototype = {
  constructor: Fn,
  on: function(e, t) {
    var n = this._, o = ap(e + "", n), i, r = -1, a = o.length;
    if (arguments.length < 2) {
      for (; ++r < a; ) if ((i = (e = o[r]).type) && (i = sp(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < a; )
      if (i = (e = o[r]).type) n[i] = ur(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = ur(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new Fn(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0) for (var n = new Array(i), o = 0, i, r; o < i; ++o) n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (r = this._[e], o = 0, i = r.length; o < i; ++o) r[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, r = o.length; i < r; ++i) o[i].value.apply(t, n);
  }
};
function sp(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ur(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = rp, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const lp = { passive: !1 }, wn = { capture: !0, passive: !1 };
function Co(e) {
  e.stopImmediatePropagation();
}
function qt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function up(e) {
  var t = e.document.documentElement, n = yn(e).on("dragstart.drag", qt, wn);
  "onselectstart" in t ? n.on("selectstart.drag", qt, wn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function cp(e, t) {
  var n = e.document.documentElement, o = yn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", qt, wn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Dn = (e) => () => e;
function Go(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: a,
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
    active: { value: r, enumerable: !0, configurable: !0 },
    x: { value: a, enumerable: !0, configurable: !0 },
    y: { value: s, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Go.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function dp(e) {
  return !e.ctrlKey && !e.button;
}
function fp() {
  return this.parentNode;
}
function hp(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function vp() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function mp() {
  var e = dp, t = fp, n = hp, o = vp, i = {}, r = Ra("start", "drag", "end"), a = 0, s, l, u, c, d = 0;
  function f(p) {
    p.on("mousedown.drag", v).filter(o).on("touchstart.drag", y).on("touchmove.drag", _, lp).on("touchend.drag touchcancel.drag", M).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function v(p, P) {
    if (!(c || !e.call(this, p, P))) {
      var B = w(this, t.call(this, p, P), p, P, "mouse");
      B && (yn(p.view).on("mousemove.drag", b, wn).on("mouseup.drag", g, wn), up(p.view), Co(p), u = !1, s = p.clientX, l = p.clientY, B("start", p));
    }
  }
  function b(p) {
    if (qt(p), !u) {
      var P = p.clientX - s, B = p.clientY - l;
      u = P * P + B * B > d;
    }
    i.mouse("drag", p);
  }
  function g(p) {
    yn(p.view).on("mousemove.drag mouseup.drag", null), cp(p.view, u), qt(p), i.mouse("end", p);
  }
  function y(p, P) {
    if (e.call(this, p, P)) {
      var B = p.changedTouches, F = t.call(this, p, P), H = B.length, oe, ee;
      for (oe = 0; oe < H; ++oe)
        (ee = w(this, F, p, P, B[oe].identifier, B[oe])) && (Co(p), ee("start", p, B[oe]));
    }
  }
  function _(p) {
    var P = p.changedTouches, B = P.length, F, H;
    for (F = 0; F < B; ++F)
      (H = i[P[F].identifier]) && (qt(p), H("drag", p, P[F]));
  }
  function M(p) {
    var P = p.changedTouches, B = P.length, F, H;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), F = 0; F < B; ++F)
      (H = i[P[F].identifier]) && (Co(p), H("end", p, P[F]));
  }
  function w(p, P, B, F, H, oe) {
    var ee = r.copy(), K = lr(oe || B, P), T, ie, $;
    if (($ = n.call(p, new Go("beforestart", {
      sourceEvent: B,
      target: f,
      identifier: H,
      active: a,
      x: K[0],
      y: K[1],
      dx: 0,
      dy: 0,
      dispatch: ee
    }), F)) != null)
      return T = $.x - K[0] || 0, ie = $.y - K[1] || 0, function q(A, O, z) {
        var Y = K, j;
        switch (A) {
          case "start":
            i[H] = q, j = a++;
            break;
          case "end":
            delete i[H], --a;
          case "drag":
            K = lr(z || O, P), j = a;
            break;
        }
        ee.call(
          A,
          p,
          new Go(A, {
            sourceEvent: O,
            subject: $,
            target: f,
            identifier: H,
            active: j,
            x: K[0] + T,
            y: K[1] + ie,
            dx: K[0] - Y[0],
            dy: K[1] - Y[1],
            dispatch: ee
          }),
          F
        );
      };
  }
  return f.filter = function(p) {
    return arguments.length ? (e = typeof p == "function" ? p : Dn(!!p), f) : e;
  }, f.container = function(p) {
    return arguments.length ? (t = typeof p == "function" ? p : Dn(p), f) : t;
  }, f.subject = function(p) {
    return arguments.length ? (n = typeof p == "function" ? p : Dn(p), f) : n;
  }, f.touchable = function(p) {
    return arguments.length ? (o = typeof p == "function" ? p : Dn(!!p), f) : o;
  }, f.on = function() {
    var p = r.on.apply(r, arguments);
    return p === r ? f : p;
  }, f.clickDistance = function(p) {
    return arguments.length ? (d = (p = +p) * p, f) : Math.sqrt(d);
  }, f;
}
var Dt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Dt || {});
function pp({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const a = e - t, s = n - o, l = [a > 0 ? 1 : a < 0 ? -1 : 0, s > 0 ? 1 : s < 0 ? -1 : 0];
  return a && i && (l[0] = l[0] * -1), s && r && (l[1] = l[1] * -1), l;
}
const gp = {
  [Dt.Line]: "right",
  [Dt.Handle]: "bottom-right"
}, yp = {
  [Dt.Line]: "borderColor",
  [Dt.Handle]: "backgroundColor"
}, wp = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, cr = /* @__PURE__ */ Re({
  ...wp,
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
    }, { findNode: r, emits: a, viewport: s, noDragClassName: l } = Be(), u = va(), c = ge();
    let d = i, f = o;
    const v = ze(() => n.position ?? gp[n.variant]), b = te(() => v.value.split("-")), g = ze(() => n.color ? { [yp[n.variant]]: n.color } : {});
    return ja((y) => {
      if (!c.value || !n.nodeId)
        return;
      const _ = yn(c.value), M = v.value.includes("right") || v.value.includes("left"), w = v.value.includes("bottom") || v.value.includes("top"), p = v.value.includes("left"), P = v.value.includes("top"), B = mp().on("start", (F) => {
        const H = r(n.nodeId), { xSnapped: oe, ySnapped: ee } = u(F);
        f = {
          width: (H == null ? void 0 : H.dimensions.width) ?? 0,
          height: (H == null ? void 0 : H.dimensions.height) ?? 0,
          x: (H == null ? void 0 : H.position.x) ?? 0,
          y: (H == null ? void 0 : H.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: oe,
          pointerY: ee,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: F, params: f });
      }).on("drag", (F) => {
        var H;
        const { xSnapped: oe, ySnapped: ee } = u(F), K = r(n.nodeId);
        if (K) {
          const T = [], {
            pointerX: ie,
            pointerY: $,
            width: q,
            height: A,
            x: O,
            y: z,
            aspectRatio: Y
          } = d, { x: j, y: se, width: ue, height: me } = f, ye = Math.floor(M ? oe - ie : 0), re = Math.floor(w ? ee - $ : 0);
          let ne = pt(q + (p ? -ye : ye), n.minWidth, n.maxWidth), ae = pt(A + (P ? -re : re), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const V = ne / ae;
            let m = Y;
            typeof n.keepAspectRatio == "number" && V !== n.keepAspectRatio && (m = n.keepAspectRatio);
            const h = M && w, x = M && !w, I = w && !M;
            ne = V <= m && h || I ? ae * m : ne, ae = V > m && h || x ? ne / m : ae, ne >= n.maxWidth ? (ne = n.maxWidth, ae = n.maxWidth / m) : ne <= n.minWidth && (ne = n.minWidth, ae = n.minWidth / m), ae >= n.maxHeight ? (ae = n.maxHeight, ne = n.maxHeight * m) : ae <= n.minHeight && (ae = n.minHeight, ne = n.minHeight * m);
          }
          const Me = ne !== ue, Ne = ae !== me;
          if (p || P) {
            const V = p ? O - (ne - q) : O, m = P ? z - (ae - A) : z, h = V !== j && Me, x = m !== se && Ne;
            if (h || x) {
              const I = {
                id: K.id,
                type: "position",
                from: K.position,
                position: {
                  x: h ? V : j,
                  y: x ? m : se
                }
              };
              T.push(I), f.x = I.position.x, f.y = I.position.y;
            }
          }
          if (n.nodeId && (Me || Ne)) {
            const V = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: ne,
                height: ae
              }
            };
            T.push(V), f.width = ne, f.height = ae;
          }
          if (T.length === 0)
            return;
          const we = pp({
            width: f.width,
            prevWidth: ue,
            height: f.height,
            prevHeight: me,
            invertX: p,
            invertY: P
          }), E = { ...f, direction: we };
          if (((H = n.shouldResize) == null ? void 0 : H.call(n, F, E)) === !1)
            return;
          t("resize", { event: F, params: E }), a.nodesChange(T);
        }
      }).on("end", (F) => {
        if (n.nodeId) {
          const H = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: F, params: f }), a.nodesChange([H]);
        }
      });
      _.call(B), y(() => {
        _.on(".drag", null);
      });
    }), (y, _) => (C(), D("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Ae(["vue-flow__resize-control", [...b.value, y.variant, G(l)]]),
      style: Te({
        ...g.value,
        scale: y.variant === G(Dt).Handle ? `${Math.max(1 / G(s).zoom, 1)}` : void 0
      })
    }, [
      We(y.$slots, "default")
    ], 6));
  }
}), xp = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, bp = /* @__PURE__ */ Re({
  ...xp,
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
    const n = e, { findNode: o, emits: i } = Be(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], a = ["top", "right", "bottom", "left"], s = $t(ri, null), l = ze(() => typeof n.nodeId == "string" ? n.nodeId : s), u = te(() => o(l.value));
    return $e(
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
      ([c, d, f, v, b]) => {
        const g = u.value;
        if (g && b) {
          const y = {
            id: g.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: g.dimensions.width,
              height: g.dimensions.height
            }
          };
          c && g.dimensions.width < c && (y.dimensions.width = c), d && g.dimensions.height < d && (y.dimensions.height = d), f && g.dimensions.width > f && (y.dimensions.width = f), v && g.dimensions.height > v && (y.dimensions.height = v), (y.dimensions.width !== g.dimensions.width || y.dimensions.height !== g.dimensions.height) && i.nodesChange([y]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (C(), D(_e, { key: 0 }, [
      (C(), D(_e, null, Oe(a, (f) => fe(cr, {
        key: f,
        class: Ae(c.lineClassName),
        style: Te(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: G(Dt).Line,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: d[0] || (d[0] = (v) => t("resizeStart", v)),
        onResize: d[1] || (d[1] = (v) => t("resize", v)),
        onResizeEnd: d[2] || (d[2] = (v) => t("resizeEnd", v))
      }, null, 8, ["class", "style", "node-id", "position", "variant", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64)),
      (C(), D(_e, null, Oe(r, (f) => fe(cr, {
        key: f,
        class: Ae(c.handleClassName),
        style: Te(c.handleStyle),
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
        onResizeStart: d[3] || (d[3] = (v) => t("resizeStart", v)),
        onResize: d[4] || (d[4] = (v) => t("resize", v)),
        onResizeEnd: d[5] || (d[5] = (v) => t("resizeEnd", v))
      }, null, 8, ["class", "style", "node-id", "position", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64))
    ], 64)) : le("", !0);
  }
}), kp = ["data-id", "data-kind", "data-sub"], _p = {
  key: 4,
  class: "mx-others"
}, Sp = { class: "mx-head" }, $p = { class: "mx-kind" }, Ep = { class: "mx-tools nodrag" }, Np = { class: "mx-body" }, Cp = { class: "mx-thread-title" }, Mp = { class: "mx-comment-meta" }, Ip = ["onClick"], Tp = { class: "mx-comment-text" }, Pp = {
  key: 0,
  class: "mx-empty"
}, Ap = ["onKeydown"], Bt = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: r } = gt(), a = te(() => i(t.data.id)), s = te(() => a.value.filter((g) => !g.resolved).length), l = te(() => n.openComments === t.data.id), u = te(() => r(t.data.id)), c = ge(""), d = ge(null);
    function f() {
      n.openComments = l.value ? null : t.data.id, n.openComments && Ge(() => d.value && d.value.focus());
    }
    function v() {
      const g = c.value.trim();
      g && (o("comment", { id: t.data.id, text: g }), c.value = "");
    }
    function b(g) {
      const y = g.params || {};
      o("move", { moves: [{ id: t.data.id, x: y.x, y: y.y, w: y.width, h: y.height }] });
    }
    return (g, y) => (C(), D("div", {
      class: Ae(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: Te({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (C(), De(G(bp), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: G(Xo),
        onResizeEnd: b
      }, null, 8, ["min-width", "min-height", "color"])) : le("", !0),
      e.target ? (C(), De(G(kt), {
        key: 1,
        id: "in",
        type: "target",
        position: G(ve).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : le("", !0),
      e.source ? (C(), De(G(kt), {
        key: 2,
        type: "source",
        position: G(ve).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : le("", !0),
      e.data.kind === "intent" ? (C(), D(_e, { key: 3 }, [
        fe(G(kt), {
          id: "seq-in",
          type: "target",
          position: G(ve).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        fe(G(kt), {
          id: "seq-out",
          type: "source",
          position: G(ve).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : le("", !0),
      u.value.length ? (C(), D("div", _p, [
        (C(!0), D(_e, null, Oe(u.value, (_) => (C(), D("span", {
          key: _.id,
          class: "mx-other-tag",
          style: Te({ background: _.color })
        }, W(_.name), 5))), 128))
      ])) : le("", !0),
      S("header", Sp, [
        fe(Ee, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        We(g.$slots, "kind", {}, () => [
          S("span", $p, W(e.kindLabel), 1)
        ]),
        y[6] || (y[6] = S("span", { class: "mx-spacer" }, null, -1)),
        We(g.$slots, "head"),
        s.value ? (C(), D("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: pe(f, ["stop"]),
          title: "Comments"
        }, [
          fe(Ee, {
            name: "comment",
            size: 11
          }),
          Ce(W(s.value), 1)
        ])) : le("", !0),
        S("div", Ep, [
          S("button", {
            title: "Comment",
            onClick: pe(f, ["stop"])
          }, [
            fe(Ee, {
              name: "comment",
              size: 13
            })
          ]),
          S("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: y[0] || (y[0] = pe((_) => G(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            fe(Ee, {
              name: "copy",
              size: 13
            })
          ]),
          S("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: y[1] || (y[1] = pe((_) => G(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            fe(Ee, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      S("div", Np, [
        We(g.$slots, "default")
      ]),
      We(g.$slots, "foot"),
      l.value ? (C(), D("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: y[4] || (y[4] = pe(() => {
        }, ["stop"])),
        onKeydown: y[5] || (y[5] = pe(() => {
        }, ["stop"]))
      }, [
        S("div", Cp, [
          y[7] || (y[7] = Ce("Comments ")),
          S("button", {
            class: "mx-x",
            onClick: y[2] || (y[2] = (_) => G(n).openComments = null)
          }, [
            fe(Ee, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (C(!0), D(_e, null, Oe(a.value, (_) => (C(), D("div", {
          key: _.id,
          class: Ae(["mx-comment", { resolved: _.resolved }])
        }, [
          S("div", Mp, [
            S("b", null, W(_.author), 1),
            S("span", null, W(G(ho)(_.created)), 1),
            S("button", {
              class: "mx-resolve",
              onClick: (M) => G(o)("resolve", { id: _.id, resolved: !_.resolved })
            }, W(_.resolved ? "reopen" : "resolve"), 9, Ip)
          ]),
          S("div", Tp, W(_.text), 1)
        ], 2))), 128)),
        a.value.length ? le("", !0) : (C(), D("div", Pp, "No comments yet.")),
        Gt(S("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": y[3] || (y[3] = (_) => c.value = _),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: dt(pe(v, ["exact", "prevent"]), ["enter"])
        }, null, 40, Ap), [
          [un, c.value]
        ])
      ], 32)) : le("", !0)
    ], 14, kp));
  }
}, zp = ["value", "rows", "placeholder", "data-field"], Dp = ["value", "placeholder", "data-field"], dr = 450, Mt = {
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
    const t = e, { send: n } = gt(), o = ge(null), i = ge(t.value || "");
    let r = t.value || "", a = null, s = 0, l = null;
    function u() {
      a = null, i.value !== r && (t.merge ? n("text", { id: t.blockId, field: t.field, base: r, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), r = i.value);
    }
    function c() {
      const b = o.value;
      !b || !t.multiline || (b.style.height = "auto", b.style.height = `${b.scrollHeight}px`);
    }
    Qe(c), $e(i, () => Ge(c));
    function d(b) {
      i.value = b.target.value, s = Date.now(), a && clearTimeout(a), a = setTimeout(u, 160);
    }
    function f(b) {
      const g = o.value, y = g && document.activeElement === g;
      if (y && (a || Date.now() - s < dr)) {
        l = b, setTimeout(() => {
          if (l !== null) {
            const M = l;
            l = null, f(M);
          }
        }, dr);
        return;
      }
      if (l = null, b === i.value) {
        r = b;
        return;
      }
      let _ = y ? g.selectionStart : null;
      if (_ !== null) {
        let M = 0;
        const w = i.value;
        for (; M < w.length && M < b.length && w[M] === b[M]; ) M++;
        M < _ && (_ += b.length - w.length);
      }
      i.value = b, r = b, _ !== null && requestAnimationFrame(() => {
        try {
          g.setSelectionRange(_, _);
        } catch {
        }
      });
    }
    function v() {
      a && (clearTimeout(a), u());
    }
    return $e(() => t.value, (b) => f(b || "")), Ot(() => {
      a && (clearTimeout(a), u());
    }), (b, g) => e.multiline ? (C(), D("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onBlur: v,
      onKeydown: g[0] || (g[0] = pe(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, zp)) : (C(), D("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onKeydown: [
        g[1] || (g[1] = pe(() => {
        }, ["stop"])),
        g[2] || (g[2] = dt((y) => y.target.blur(), ["enter"]))
      ],
      onBlur: v,
      "data-field": e.field
    }, null, 42, Dp));
  }
}, Op = { class: "mx-panel-ids" }, Bp = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, Rp = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, Lp = { class: "lens" }, Vp = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, Hp = ["value"], Fp = ["value"], Yp = { class: "of" }, Xp = ["data-choice"], qp = { class: "k" }, Gp = { class: "mx-chips" }, Up = ["data-value", "onClick"], Wp = { class: "k" }, Kp = {
  __name: "ShotPanel",
  props: { id: String, data: Object, shot: Object },
  setup(e) {
    const t = e, { state: n, send: o } = gt(), i = [
      { field: "shot_size", label: "size" },
      { field: "angle", label: "angle" },
      { field: "camera_move", label: "move" },
      { field: "transition", label: "out" }
    ], r = [
      { field: "action", label: "action", ph: "What we see happen", merge: !1 },
      { field: "dialogue", label: "dialogue", ph: "Who says what", merge: !1 },
      { field: "sound", label: "sound", ph: "Ambience, effects, music", merge: !1 },
      { field: "notes", label: "notes", ph: "For the crew", merge: !0 }
    ];
    function a(l, u) {
      const c = t.shot;
      if (!c) return;
      const d = u.target.value === "" ? 0 : parseFloat(u.target.value);
      if (!Number.isFinite(d)) return;
      const f = l === "in" ? d : c.cut_in, v = l === "out" ? d : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: f, cut_out: v });
      const b = u.target;
      setTimeout(() => {
        document.activeElement !== b && t.shot && (b.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function s(l, u) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === u ? "" : u } });
    }
    return (l, u) => (C(), D("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = pe(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = pe(() => {
      }, ["stop"]))
    }, [
      S("div", Op, [
        S("label", null, [
          u[6] || (u[6] = S("span", null, "sc", -1)),
          fe(Mt, {
            "block-id": e.id,
            field: "scene_no",
            value: e.data.scene_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        S("label", null, [
          u[7] || (u[7] = S("span", null, "sh", -1)),
          fe(Mt, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (C(), D("label", Bp, [
          u[8] || (u[8] = S("span", null, "#", -1)),
          S("b", Rp, W(e.shot.number), 1)
        ])) : le("", !0),
        S("label", Lp, [
          u[9] || (u[9] = S("span", null, "lens", -1)),
          fe(Mt, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (C(), D("div", Vp, [
        u[14] || (u[14] = S("span", { class: "k" }, "cut", -1)),
        S("label", null, [
          u[10] || (u[10] = Ce("in ")),
          S("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => a("in", c)),
            onKeydown: u[1] || (u[1] = pe(() => {
            }, ["stop"]))
          }, null, 40, Hp),
          u[11] || (u[11] = Ce("s"))
        ]),
        S("label", null, [
          u[12] || (u[12] = Ce("out ")),
          S("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => a("out", c)),
            onKeydown: u[3] || (u[3] = pe(() => {
            }, ["stop"]))
          }, null, 40, Fp),
          u[13] || (u[13] = Ce("s"))
        ]),
        S("span", Yp, "of " + W(e.shot.duration_s) + "s (" + W(e.shot.duration_from) + ")", 1)
      ])) : le("", !0),
      (C(), D(_e, null, Oe(i, (c) => S("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        S("span", qp, W(c.label), 1),
        S("div", Gp, [
          (C(!0), D(_e, null, Oe((G(n).choices[c.field] || []).filter((d) => d), (d) => (C(), D("button", {
            key: d,
            class: Ae({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: pe((f) => s(c.field, d), ["stop"])
          }, W(d), 11, Up))), 128))
        ])
      ], 8, Xp)), 64)),
      (C(), D(_e, null, Oe(r, (c) => S("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        S("span", Wp, W(c.label), 1),
        fe(Mt, {
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
}, Zp = ["src", "poster", "loop", "muted", "data-role"], jp = {
  key: 0,
  class: "mx-clip-big",
  "aria-hidden": "true"
}, Jp = {
  key: 0,
  class: "mx-scrub nodrag"
}, Qp = ["title"], eg = { class: "mx-scrub-track" }, tg = { "data-role": "time" }, ng = ["data-muted", "title"], vo = {
  __name: "ClipPlayer",
  props: {
    src: String,
    poster: { type: String, default: "" },
    scrub: { type: Boolean, default: !0 },
    sound: { type: Boolean, default: !1 },
    videoRole: { type: String, default: void 0 }
  },
  setup(e) {
    const t = e, n = ge(null), o = ge(0), i = ge(0), r = ge(!1), a = ge(!t.sound);
    let s = 0;
    function l() {
      const P = n.value;
      P && (o.value = P.currentTime), s = r.value ? requestAnimationFrame(l) : 0;
    }
    function u() {
      const P = n.value;
      if (!P) return;
      P.preload = "auto", P.muted = a.value;
      const B = P.play();
      B && B.catch && B.catch(() => {
      });
    }
    function c() {
      const P = n.value;
      P && P.pause();
    }
    function d() {
      r.value ? c() : u();
    }
    function f() {
      t.sound || u();
    }
    function v() {
      t.sound || c();
    }
    function b() {
      a.value = !a.value, n.value && (n.value.muted = a.value);
    }
    function g() {
      r.value = !0, s || (s = requestAnimationFrame(l));
    }
    function y() {
      r.value = !1, n.value && (o.value = n.value.currentTime);
    }
    function _(P) {
      i.value = P.target.duration || 0, P.target.muted = a.value;
    }
    function M(P) {
      const B = n.value, F = P.currentTarget;
      if (!B || !i.value) return;
      const H = F.getBoundingClientRect();
      B.currentTime = o.value = Math.max(0, Math.min(1, (P.clientX - H.left) / H.width)) * i.value;
    }
    function w(P) {
      var oe;
      P.preventDefault();
      const B = P.currentTarget;
      (oe = B.setPointerCapture) == null || oe.call(B, P.pointerId), M(P);
      const F = (ee) => M({ clientX: ee.clientX, currentTarget: B }), H = () => {
        B.removeEventListener("pointermove", F), B.removeEventListener("pointerup", H);
      };
      B.addEventListener("pointermove", F), B.addEventListener("pointerup", H);
    }
    const p = (P) => `${Math.floor(P / 60)}:${String(Math.floor(P % 60)).padStart(2, "0")}`;
    return Ot(() => {
      s && cancelAnimationFrame(s);
    }), (P, B) => (C(), D("div", {
      class: Ae(["mx-clip", { playing: r.value, "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: f,
      onPointerleave: v
    }, [
      S("div", {
        class: "mx-clip-pic",
        onClick: B[0] || (B[0] = (F) => e.sound && d())
      }, [
        S("video", {
          ref_key: "video",
          ref: n,
          src: `${e.src}#t=0.05`,
          poster: e.poster || void 0,
          loop: !e.sound,
          muted: a.value,
          playsinline: "",
          preload: "metadata",
          disablepictureinpicture: "",
          "data-role": e.videoRole,
          onLoadedmetadata: _,
          onPlay: g,
          onPause: y,
          onEnded: y
        }, null, 40, Zp),
        e.sound && !r.value ? (C(), D("span", jp, [
          fe(Ee, {
            name: "play",
            size: 22
          })
        ])) : le("", !0)
      ]),
      e.scrub || e.sound ? (C(), D("div", Jp, [
        e.sound ? (C(), D("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "play",
          title: r.value ? "Pause" : "Play",
          onClick: pe(d, ["stop"])
        }, [
          fe(Ee, {
            name: r.value ? "pause" : "play",
            size: 12
          }, null, 8, ["name"])
        ], 8, Qp)) : le("", !0),
        S("div", {
          class: "mx-scrub-bar",
          "data-role": "scrub",
          onPointerdown: pe(w, ["stop"])
        }, [
          S("div", eg, [
            S("i", {
              style: Te({ width: i.value ? `${o.value / i.value * 100}%` : "0%" })
            }, null, 4)
          ])
        ], 32),
        S("span", tg, W(p(o.value)) + " / " + W(p(i.value)), 1),
        e.sound ? (C(), D("button", {
          key: 1,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": a.value ? "1" : "0",
          title: a.value ? "Sound on" : "Mute",
          onClick: pe(b, ["stop"])
        }, [
          fe(Ee, {
            name: a.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, ng)) : le("", !0)
      ])) : le("", !0)
    ], 34));
  }
}, og = ["data-runs", "title"], ig = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, rg = { class: "mx-status-text" }, ag = {
  key: 0,
  class: "mx-pct",
  "data-role": "pct"
}, sg = {
  key: 0,
  class: "mx-progress"
}, lg = { class: "mx-intent-main" }, ug = { class: "mx-intent-text" }, cg = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, dg = ["src"], fg = {
  key: 1,
  class: "mx-thumb"
}, hg = ["src"], vg = ["title", "data-in", "data-out", "data-duration"], mg = ["data-locked", "title"], pg = { class: "bar" }, gg = { class: "mx-foot nodrag" }, yg = ["title"], wg = {
  key: 1,
  class: "mx-subs"
}, xg = ["title", "onClick"], bg = {
  key: 2,
  class: "mx-dur",
  title: "Duration in seconds"
}, kg = ["value"], _g = {
  key: 3,
  class: "mx-grow"
}, Sg = ["data-pipeline", "onClick"], $g = { class: "mx-pipe-name" }, Eg = { key: 0 }, Ng = { class: "mx-pipe-stages" }, Cg = { key: 0 }, Mg = {
  key: 0,
  class: "mx-pipe-desc"
}, Ig = { class: "mx-pipe-name" }, Tg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = gt(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, r = te(() => t.data.status || { state: "idle", label: "idle" }), a = te(() => jt[r.value.state] || jt.idle), s = te(() => or[r.value.state] || or.idle), l = te(() => {
      const O = r.value.label || r.value.state;
      return O.startsWith(r.value.state) ? O : `${r.value.state} · ${O}`;
    }), u = te(() => `${Math.round((r.value.fraction || 0) * 100)}%`), c = te(() => K.value && r.value.fraction !== void 0), d = ge(!1);
    $e(() => r.value.state, (O) => {
      O !== "failed" && (d.value = !1);
    });
    const f = ge(!1), v = te(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), b = te(() => n.pipelines.list.find((O) => O.name === v.value) || null);
    function g() {
      f.value = !f.value, f.value && o("pipelines");
    }
    function y(O) {
      f.value = !1, o("pipeline", { id: t.id, name: O });
    }
    const _ = te(() => n.shots[t.id] || null), M = te(() => _.value ? _.value.number : "—"), w = te(() => {
      const O = _.value;
      if (!O) return "";
      const z = O.cut_in > 0 || O.cut_out < O.duration_s;
      return `in ${p(O.cut_in)} · out ${p(O.cut_out)} of ${p(O.duration_s)}${z ? " (handles kept)" : ""}`;
    });
    function p(O) {
      return `${Math.round(O * 100) / 100}s`;
    }
    function P() {
      _.value && o("lock", { id: t.id, locked: !_.value.locked });
    }
    const B = ge(null);
    function F(O) {
      if (O.button !== 0) return;
      O.preventDefault(), O.stopPropagation();
      const z = { x: O.clientX, y: O.clientY };
      let Y = !1;
      const j = (ue) => {
        if (!Y && Math.hypot(ue.clientX - z.x, ue.clientY - z.y) < 4) return;
        Y = !0;
        const me = H(ue);
        B.value = { x: ue.clientX, y: ue.clientY, target: me ? me.id : "", before: me ? me.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ye) => ye.classList.remove("mx-seq-drop", "before", "after")), me && me.el.classList.add("mx-seq-drop", me.before ? "before" : "after");
      }, se = (ue) => {
        if (window.removeEventListener("pointermove", j), window.removeEventListener("pointerup", se), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((re) => re.classList.remove("mx-seq-drop", "before", "after")), B.value = null, !Y) return;
        const me = H(ue);
        if (!me) return;
        let ye = me.id;
        if (me.before) {
          const re = n.sequence.filter((ae) => ae !== t.id), ne = re.indexOf(me.id);
          ye = ne > 0 ? re[ne - 1] : null;
        }
        ye !== t.id && o("place_after", { id: t.id, after: ye });
      };
      window.addEventListener("pointermove", j), window.addEventListener("pointerup", se);
    }
    function H(O) {
      var j;
      const z = (j = document.elementFromPoint(O.clientX, O.clientY)) == null ? void 0 : j.closest('.mx-block[data-kind="intent"][data-id]');
      if (!z || z.dataset.id === t.id) return null;
      const Y = z.getBoundingClientRect();
      return { el: z, id: z.dataset.id, before: O.clientX < Y.left + Y.width / 2 };
    }
    const oe = te(() => {
      const O = t.data.takes || [], z = t.data.chosen || {};
      return O.find((Y) => Y.id === z.clip) || O.find((Y) => Y.id === z.still) || null;
    }), ee = te(() => {
      const O = (t.data.takes || []).find((z) => z.id === (t.data.chosen || {}).still);
      return O && !(O.mime || "").startsWith("video") ? O.url : "";
    }), K = te(() => ["queued", "claimed", "rendering"].includes(r.value.state));
    function T(O) {
      const z = n.sequence.indexOf(t.id);
      z < 0 || o("reorder", { id: t.id, index: Math.max(0, z + O) });
    }
    const ie = ge(!1), $ = Be();
    $e(ie, (O) => {
      O && Ge(() => {
        const z = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), Y = document.querySelector(".vue-flow");
        if (!z || !Y) return;
        const j = z.getBoundingClientRect().bottom - Y.getBoundingClientRect().bottom + 16;
        if (j > 0) {
          const se = $.viewport.value;
          $.setViewport({ x: se.x, y: se.y - j, zoom: se.zoom }, { duration: 200 });
        }
      });
    });
    const q = te(() => {
      const O = t.data, z = _.value ? _.value.number : "";
      return [[O.scene_no && `sc ${O.scene_no}`, z && `sh ${z}`].filter(Boolean).join(" "), O.shot_size, O.angle, O.camera_move, O.lens, O.transition].filter(Boolean).join(" · ");
    });
    function A(O) {
      const z = parseFloat(O.target.value);
      Number.isFinite(z) && o("update", { id: t.id, fields: { duration_s: z } });
    }
    return (O, z) => (C(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: a.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: Le(() => [
        S("button", {
          class: Ae(["mx-pipe-chip nodrag", { on: f.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": v.value,
          title: b.value ? `Runs the ${v.value} pipeline: ${b.value.stages.join(" → ")}. Click to pick another` : `Runs ${v.value}`,
          onClick: pe(g, ["stop"])
        }, [
          S("span", null, W(v.value), 1),
          fe(Ee, {
            name: "down",
            size: 10
          })
        ], 10, og)
      ]),
      head: Le(() => [
        S("span", ig, [
          S("button", {
            onClick: z[0] || (z[0] = pe((Y) => T(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            fe(Ee, {
              name: "left",
              size: 11
            })
          ]),
          S("b", {
            "data-role": "shot-number",
            class: Ae({ locked: _.value && _.value.locked }),
            onPointerdown: F
          }, W(M.value), 35),
          S("button", {
            onClick: z[1] || (z[1] = pe((Y) => T(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            fe(Ee, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (C(), De(Wo(r.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: Te({ color: s.value }),
          title: r.value.state === "failed" ? "Why it failed" : [l.value, r.value.peer && `on ${r.value.peer}`, r.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": r.value.state,
          onClick: z[2] || (z[2] = pe((Y) => r.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: Le(() => [
            S("i", {
              class: "mx-dot",
              style: Te({ background: r.value.state === "idle" ? s.value : a.value })
            }, null, 4),
            S("span", rg, W(l.value), 1),
            c.value ? (C(), D("b", ag, W(u.value), 1)) : le("", !0),
            r.value.state === "failed" ? (C(), De(Ee, {
              key: 1,
              name: "info",
              size: 11
            })) : le("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: Le(() => [
        S("footer", gg, [
          K.value && r.value.peer ? (C(), D("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${r.value.peer}`
          }, [
            z[13] || (z[13] = Ce("on ")),
            S("b", null, W(r.value.peer), 1)
          ], 8, yg)) : (C(), D("div", wg, [
            (C(), D(_e, null, Oe(i, (Y, j) => S("button", {
              key: j,
              class: Ae({ on: e.data.sub === j }),
              title: j,
              onClick: pe((se) => G(o)("update", { id: e.id, fields: { sub: j } }), ["stop"])
            }, [
              fe(Ee, {
                name: Y,
                size: 12
              }, null, 8, ["name"])
            ], 10, xg)), 64))
          ])),
          K.value && r.value.peer ? le("", !0) : (C(), D("label", bg, [
            S("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: A,
              onKeydown: z[4] || (z[4] = pe(() => {
              }, ["stop"]))
            }, null, 40, kg),
            z[14] || (z[14] = Ce("s "))
          ])),
          S("button", {
            class: Ae(["mx-panel-toggle", { on: ie.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: z[5] || (z[5] = pe((Y) => ie.value = !ie.value, ["stop"]))
          }, [
            fe(Ee, {
              name: "film",
              size: 12
            })
          ], 2),
          K.value && r.value.peer ? le("", !0) : (C(), D("span", _g)),
          K.value ? (C(), D("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: z[6] || (z[6] = pe((Y) => G(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            fe(Ee, {
              name: "square",
              size: 10
            }),
            z[15] || (z[15] = Ce("Cancel"))
          ])) : (C(), D("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: z[7] || (z[7] = pe((Y) => G(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            fe(Ee, {
              name: "play",
              size: 11
            }),
            z[16] || (z[16] = Ce("Render"))
          ]))
        ]),
        r.value.state === "failed" && d.value ? (C(), D("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: z[9] || (z[9] = pe(() => {
          }, ["stop"]))
        }, [
          S("b", null, W(r.value.stage ? `${r.value.stage} failed` : "failed"), 1),
          Ce(W(r.value.reason) + " ", 1),
          S("button", {
            class: "mx-x",
            title: "Close",
            onClick: z[8] || (z[8] = pe((Y) => d.value = !1, ["stop"]))
          }, [
            fe(Ee, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : le("", !0),
        f.value ? (C(), D("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: z[11] || (z[11] = pe(() => {
          }, ["stop"])),
          onWheel: z[12] || (z[12] = pe(() => {
          }, ["stop"]))
        }, [
          z[18] || (z[18] = S("div", { class: "mx-pipes-title" }, [
            Ce("Pipeline "),
            S("span", null, "what rendering this intent makes")
          ], -1)),
          (C(!0), D(_e, null, Oe(G(n).pipelines.list, (Y) => (C(), D("button", {
            key: Y.name,
            class: Ae(["mx-pipe", { on: Y.name === v.value }]),
            "data-pipeline": Y.name,
            onClick: pe((j) => y(Y.name), ["stop"])
          }, [
            S("span", $g, [
              Ce(W(Y.name), 1),
              Y.name === G(n).pipelines.defaults[e.data.sub] ? (C(), D("i", Eg, "default for " + W(e.data.sub), 1)) : le("", !0)
            ]),
            S("span", Ng, [
              Ce(W(Y.needs.join(" → ")), 1),
              Y.optional.length ? (C(), D("i", Cg, "+ " + W(Y.optional.join(", ")) + " when linked", 1)) : le("", !0)
            ]),
            Y.description ? (C(), D("span", Mg, W(Y.description), 1)) : le("", !0),
            G(n).pipelines.live ? (C(), D("span", {
              key: 1,
              class: Ae(["mx-pipe-who", { none: !Y.runnable_by.length }])
            }, W(Y.runnable_by.length ? `runs on ${Y.runnable_by.join(", ")}` : `no live machine runs ${Y.needs.join(" + ")}`), 3)) : le("", !0)
          ], 10, Sg))), 128)),
          e.data.pipeline ? (C(), D("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: z[10] || (z[10] = pe((Y) => {
              G(o)("pipeline", { id: e.id, name: "" }), f.value = !1;
            }, ["stop"]))
          }, [
            S("span", Ig, [
              z[17] || (z[17] = Ce("back to the default")),
              S("i", null, W(G(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : le("", !0)
        ], 32)) : le("", !0),
        ie.value ? (C(), De(Kp, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: _.value
        }, null, 8, ["id", "data", "shot"])) : le("", !0),
        (C(), De(Ja, { to: "body" }, [
          B.value ? (C(), D("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: Te({ left: `${B.value.x + 12}px`, top: `${B.value.y + 12}px` })
          }, [
            Ce(" shot " + W(M.value), 1),
            B.value.target ? (C(), D(_e, { key: 0 }, [
              Ce(" · " + W(B.value.before ? "before" : "after"), 1)
            ], 64)) : le("", !0)
          ], 4)) : le("", !0)
        ]))
      ]),
      default: Le(() => [
        r.value.fraction !== void 0 && r.value.state !== "idle" ? (C(), D("div", sg, [
          S("div", {
            style: Te({ width: `${Math.round((r.value.fraction || 0) * 100)}%`, background: a.value })
          }, null, 4)
        ])) : le("", !0),
        S("div", lg, [
          S("div", ug, [
            fe(Mt, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            fe(Mt, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            q.value ? (C(), D("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: z[3] || (z[3] = pe((Y) => ie.value = !ie.value, ["stop"]))
            }, W(q.value), 1)) : le("", !0)
          ]),
          r.value.state === "rendering" && r.value.thumb ? (C(), D("div", cg, [
            S("img", {
              src: r.value.thumb,
              alt: ""
            }, null, 8, dg)
          ])) : oe.value ? (C(), D("div", fg, [
            (oe.value.mime || "").startsWith("video") ? (C(), De(vo, {
              key: 0,
              src: oe.value.url,
              poster: ee.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (C(), D("img", {
              key: 1,
              src: oe.value.url,
              alt: ""
            }, null, 8, hg))
          ])) : le("", !0)
        ]),
        _.value ? (C(), D("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: w.value,
          "data-in": _.value.cut_in,
          "data-out": _.value.cut_out,
          "data-duration": _.value.duration_s
        }, [
          S("button", {
            class: Ae(["mx-lock", { on: _.value.locked }]),
            "data-role": "lock",
            "data-locked": _.value.locked ? "true" : "false",
            title: _.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: pe(P, ["stop"])
          }, [
            fe(Ee, {
              name: _.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, mg),
          S("div", pg, [
            S("i", {
              style: Te({ left: `${_.value.cut_in / _.value.duration_s * 100}%`, width: `${(_.value.cut_out - _.value.cut_in) / _.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          S("span", null, [
            Ce(W(p(_.value.cut_in)) + "–" + W(p(_.value.cut_out)), 1),
            _.value.edit_s !== _.value.duration_s ? (C(), D(_e, { key: 0 }, [
              Ce(" / " + W(p(_.value.duration_s)), 1)
            ], 64)) : le("", !0)
          ])
        ], 8, vg)) : le("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
}, Pg = ["src"], Ag = ["title"], zg = { class: "mx-scrub-track" }, Dg = { "data-role": "time" }, Og = {
  __name: "AudioPlayer",
  props: { src: String },
  setup(e) {
    const t = ge(null), n = ge(0), o = ge(0), i = ge(!1);
    let r = 0;
    function a() {
      t.value && (n.value = t.value.currentTime), r = i.value ? requestAnimationFrame(a) : 0;
    }
    function s() {
      const b = t.value;
      if (!b) return;
      if (!b.paused) {
        b.pause();
        return;
      }
      const g = b.play();
      g && g.catch && g.catch(() => {
      });
    }
    function l() {
      const b = t.value;
      if (Number.isFinite(b.duration)) {
        o.value = b.duration;
        return;
      }
      const g = () => {
        b.removeEventListener("durationchange", g), o.value = Number.isFinite(b.duration) ? b.duration : 0, b.currentTime = 0;
      };
      b.addEventListener("durationchange", g), b.currentTime = 1e7;
    }
    function u() {
      i.value = !0, r || (r = requestAnimationFrame(a));
    }
    function c() {
      i.value = !1, t.value && (n.value = t.value.currentTime);
    }
    function d(b, g) {
      const y = t.value;
      if (!y || !o.value) return;
      const _ = g.getBoundingClientRect();
      y.currentTime = n.value = Math.max(0, Math.min(1, (b.clientX - _.left) / _.width)) * o.value;
    }
    function f(b) {
      var M;
      b.preventDefault();
      const g = b.currentTarget;
      (M = g.setPointerCapture) == null || M.call(g, b.pointerId), d(b, g);
      const y = (w) => d(w, g), _ = () => {
        g.removeEventListener("pointermove", y), g.removeEventListener("pointerup", _);
      };
      g.addEventListener("pointermove", y), g.addEventListener("pointerup", _);
    }
    const v = (b) => `${Math.floor(b / 60)}:${String(Math.floor(b % 60)).padStart(2, "0")}`;
    return (b, g) => (C(), D("div", {
      class: Ae(["mx-audio nodrag", { playing: i.value }]),
      "data-role": "voice-player"
    }, [
      S("audio", {
        ref_key: "audio",
        ref: t,
        src: e.src,
        preload: "metadata",
        onLoadedmetadata: l,
        onPlay: u,
        onPause: c,
        onEnded: c
      }, null, 40, Pg),
      S("button", {
        class: "mx-clip-btn",
        "data-role": "play",
        title: i.value ? "Pause" : "Play",
        onClick: pe(s, ["stop"])
      }, [
        fe(Ee, {
          name: i.value ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, Ag),
      S("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: pe(f, ["stop"])
      }, [
        S("div", zg, [
          S("i", {
            style: Te({ width: o.value ? `${n.value / o.value * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      S("span", Dg, W(v(n.value)) + " / " + W(v(o.value)), 1)
    ], 2));
  }
};
async function La(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
  const a = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: r, name: t.name || "" }), s = await fetch(`/canvas/api/upload?${a}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!s.ok) throw new Error(await s.text() || `upload failed (${s.status})`);
  return s.json();
}
const Bg = {
  key: 0,
  class: "mx-comp-clip"
}, Rg = ["src"], Lg = {
  key: 2,
  class: "mx-drop-hint"
}, Vg = {
  key: 2,
  class: "mx-voice nodrag"
}, Hg = { class: "k" }, Fg = ["value", "onChange"], Yg = ["onClick"], Xg = { class: "mx-kv add" }, qg = { id: "mx-directive-keys" }, Gg = ["value"], Ug = {
  key: 4,
  class: "mx-reason"
}, Wg = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = gt(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, a = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], s = te(() => Object.entries(t.data.params || {})), l = ge(""), u = ge(""), c = ge(!1), d = ge(null), f = ge("");
    function v(w, p) {
      const P = { ...t.data.params || {} };
      p === null ? delete P[w] : P[w] = p, o("update", { id: t.id, fields: { params: P } });
    }
    function b() {
      l.value.trim() && (v(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function g(w) {
      c.value = !1;
      const p = w.dataTransfer && w.dataTransfer.files && w.dataTransfer.files[0];
      p && (w.preventDefault(), w.stopPropagation(), await y(p));
    }
    async function y(w) {
      f.value = "";
      try {
        await La(n.token, w, { block: t.id });
      } catch (p) {
        f.value = String(p.message || p);
      }
    }
    function _(w) {
      const p = w.target.files[0];
      p && y(p);
    }
    async function M() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const w = await navigator.mediaDevices.getUserMedia({ audio: !0 }), p = new MediaRecorder(w), P = [];
        p.ondataavailable = (B) => P.push(B.data), p.onstop = () => {
          w.getTracks().forEach((B) => B.stop()), d.value = null, y(new Blob(P, { type: p.mimeType || "audio/webm" }));
        }, p.start(), d.value = p;
      } catch (w) {
        f.value = "microphone unavailable: " + (w.message || w);
      }
    }
    return (w, p) => (C(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": `comp · ${r[e.data.sub]}`,
      edge: "#ffc947",
      source: "",
      shape: "mx-notched",
      "min-w": 160,
      "min-h": 100
    }, {
      default: Le(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (C(), D("div", {
          key: 0,
          class: Ae(["mx-drop nodrag", { over: c.value }]),
          onDragover: p[0] || (p[0] = pe((P) => c.value = !0, ["prevent", "stop"])),
          onDragleave: p[1] || (p[1] = (P) => c.value = !1),
          onDrop: g
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (C(), D("div", Bg, [
            fe(vo, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (C(), D("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Rg)) : (C(), D("label", Lg, [
            fe(Ee, {
              name: "upload",
              size: 18
            }),
            p[5] || (p[5] = S("span", null, [
              Ce("Drop an image or "),
              S("u", null, "choose")
            ], -1)),
            S("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: _
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (C(), De(Mt, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (C(), D("div", Vg, [
          S("button", {
            class: Ae(["mx-rec", { live: d.value }]),
            onClick: pe(M, ["stop"])
          }, [
            fe(Ee, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Ce(W(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (C(), De(Og, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : le("", !0)
        ])) : e.data.sub === "directive" ? (C(), D("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: p[4] || (p[4] = pe(() => {
          }, ["stop"]))
        }, [
          (C(!0), D(_e, null, Oe(s.value, ([P, B]) => (C(), D("div", {
            key: P,
            class: "mx-kv"
          }, [
            S("span", Hg, W(P), 1),
            S("input", {
              class: "v",
              value: B,
              onChange: (F) => v(P, F.target.value)
            }, null, 40, Fg),
            S("button", {
              onClick: pe((F) => v(P, null), ["stop"])
            }, [
              fe(Ee, {
                name: "x",
                size: 11
              })
            ], 8, Yg)
          ]))), 128)),
          S("div", Xg, [
            Gt(S("input", {
              class: "k",
              "onUpdate:modelValue": p[2] || (p[2] = (P) => l.value = P),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: dt(b, ["enter"])
            }, null, 544), [
              [un, l.value]
            ]),
            Gt(S("input", {
              class: "v",
              "onUpdate:modelValue": p[3] || (p[3] = (P) => u.value = P),
              placeholder: "value",
              onKeydown: dt(b, ["enter"])
            }, null, 544), [
              [un, u.value]
            ]),
            S("button", {
              onClick: pe(b, ["stop"])
            }, [
              fe(Ee, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          S("datalist", qg, [
            (C(), D(_e, null, Oe(a, (P) => S("option", {
              key: P,
              value: P
            }, null, 8, Gg)), 64))
          ])
        ], 32)) : le("", !0),
        f.value ? (C(), D("div", Ug, W(f.value), 1)) : le("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Kg = {
  key: 0,
  class: "mx-chosen",
  title: "The chosen take",
  "data-role": "chosen"
}, Zg = { class: "mx-media-box" }, jg = ["src"], Jg = {
  key: 2,
  class: "mx-empty"
}, Qg = { class: "mx-foot nodrag" }, ey = {
  key: 0,
  class: "mx-takes"
}, ty = ["title"], ny = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = gt(), o = te(() => t.data.takes || [t.id]), i = te(() => Math.max(0, o.value.indexOf(t.id))), r = te(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function a(s) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + s + l) % l] });
    }
    return (s, l) => (C(), De(Bt, {
      data: e.data,
      selected: e.selected,
      icon: r.value ? "film" : "image",
      "kind-label": `gen.art · ${e.data.stage || e.data.sub}`,
      edge: "#64ffda",
      source: "",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 130
    }, {
      head: Le(() => [
        e.data.chosen ? (C(), D("span", Kg, [
          fe(Ee, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = Ce("chosen"))
        ])) : le("", !0)
      ]),
      foot: Le(() => [
        S("footer", Qg, [
          o.value.length > 1 ? (C(), D("span", ey, [
            S("button", {
              onClick: l[0] || (l[0] = pe((u) => a(-1), ["stop"])),
              title: "Previous take"
            }, [
              fe(Ee, {
                name: "left",
                size: 11
              })
            ]),
            Ce(" take " + W(i.value + 1) + "/" + W(o.value.length) + " ", 1),
            S("button", {
              onClick: l[1] || (l[1] = pe((u) => a(1), ["stop"])),
              title: "Next take"
            }, [
              fe(Ee, {
                name: "right",
                size: 11
              })
            ])
          ])) : le("", !0),
          e.data.chosen ? le("", !0) : (C(), D("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = pe((u) => G(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          S("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            Ce(W(e.data.width) + "×" + W(e.data.height), 1),
            e.data.duration_s ? (C(), D(_e, { key: 0 }, [
              Ce(" · " + W(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : le("", !0),
            Ce(" · " + W(e.data.peer_name || e.data.peer_id), 1)
          ], 8, ty),
          S("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = pe((u) => G(n)("grow", { id: e.id }), ["stop"]))
          }, [
            fe(Ee, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Ce("New intent"))
          ])
        ])
      ]),
      default: Le(() => [
        S("div", Zg, [
          r.value && e.data.url ? (C(), De(vo, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (C(), D("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, jg)) : (C(), D("div", Jg, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, oy = { class: "mx-stream nowheel" }, iy = {
  key: 0,
  class: "mx-empty"
}, ry = { class: "mx-machine-head" }, ay = { class: "n" }, sy = { class: "bar" }, ly = { class: "u" }, uy = { class: "m" }, cy = { class: "t" }, dy = {
  key: 0,
  class: "mx-dim"
}, fy = {
  key: 0,
  class: "mx-empty"
}, hy = { class: "mx-job-head" }, vy = { class: "bar" }, my = { class: "mx-dim" }, py = {
  key: 0,
  class: "mx-empty"
}, gy = { class: "n" }, yy = { class: "s" }, wy = {
  key: 0,
  class: "mx-empty"
}, xy = { class: "t" }, by = { class: "p" }, ky = { class: "msg" }, _y = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = gt(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = te(() => (t.data.peer_filter || "").toLowerCase()), a = te(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), s = te(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (C(), De(Bt, {
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
        S("span", { class: "mx-live" }, [
          S("i"),
          Ce("live")
        ], -1)
      ])),
      default: Le(() => [
        S("div", oy, [
          e.data.sub === "gpu" ? (C(), D(_e, { key: 0 }, [
            a.value.length ? le("", !0) : (C(), D("div", iy, d[1] || (d[1] = [
              Ce("No machines on this board yet. Start a peer: "),
              S("code", null, "multiplex up", -1)
            ]))),
            (C(!0), D(_e, null, Oe(a.value, (f) => (C(), D("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              S("div", ry, [
                S("i", {
                  class: Ae(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                S("b", null, W(f.name), 1),
                S("span", null, W(f.busy) + "/" + W(f.slots) + " busy" + W(f.paused ? " · paused" : ""), 1)
              ]),
              (C(!0), D(_e, null, Oe(f.gpus, (v) => (C(), D("div", {
                key: v.index,
                class: "mx-gpu"
              }, [
                S("span", ay, W(v.index), 1),
                S("div", sy, [
                  S("div", {
                    style: Te({ width: `${v.util}%`, background: l(v.util) })
                  }, null, 4)
                ]),
                S("span", ly, W(Math.round(v.util)) + "%", 1),
                S("span", uy, W(G(ir)(v.mem_used)) + "/" + W(G(ir)(v.mem_total)), 1),
                S("span", cy, W(v.temp ? `${Math.round(v.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? le("", !0) : (C(), D("div", dy, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (C(), D(_e, { key: 1 }, [
            G(n).activity.running.length ? le("", !0) : (C(), D("div", fy, "Nothing rendering.")),
            (C(!0), D(_e, null, Oe(G(n).activity.running, (f) => (C(), D("div", {
              key: f.id,
              class: "mx-job"
            }, [
              S("div", hy, [
                S("b", null, W(f.title || f.intent), 1),
                S("span", null, W(f.stage) + " · " + W(f.peer || "—"), 1)
              ]),
              S("div", vy, [
                S("div", {
                  style: Te({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              S("div", my, W(f.state) + " " + W(Math.round(f.fraction * 100)) + "% " + W(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (C(), D(_e, { key: 2 }, [
            G(n).activity.queue.length ? le("", !0) : (C(), D("div", py, "Queue is empty.")),
            (C(!0), D(_e, null, Oe(G(n).activity.queue, (f, v) => (C(), D("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              S("span", gy, W(String(v + 1).padStart(2, "0")), 1),
              S("b", null, W(f.title || f.intent), 1),
              S("span", null, W(f.stage), 1),
              S("span", yy, W(f.state), 1)
            ]))), 128))
          ], 64)) : (C(), D(_e, { key: 3 }, [
            s.value.length ? le("", !0) : (C(), D("div", wy, "Waiting for activity…")),
            (C(!0), D(_e, null, Oe(s.value, (f, v) => (C(), D("div", {
              key: v,
              class: "mx-logline"
            }, [
              S("span", xy, W(G(ho)(f.t)), 1),
              S("span", {
                class: "k",
                style: Te({ color: u[f.kind] || "#9ca3af" })
              }, W(f.kind), 5),
              S("span", by, W(f.peer), 1),
              S("span", ky, W(f.stage) + " " + W(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Sy = { class: "mx-narrator" }, $y = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, Ey = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, Ny = ["aria-expanded"], Cy = {
  key: 0,
  class: "mx-think-text"
}, My = {
  key: 2,
  class: "mx-empty"
}, Iy = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = ge(null), o = ge(!1), i = te(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), r = te(() => (t.data.think || "").trim());
    return $e(() => t.data.text, () => Ge(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (a, s) => (C(), De(Bt, {
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
        S("span", Sy, [
          Ce(W(e.data.narrator || "narrator"), 1),
          e.data.updated ? (C(), D(_e, { key: 0 }, [
            Ce(" · " + W(G(ho)(e.data.updated)), 1)
          ], 64)) : le("", !0)
        ])
      ]),
      default: Le(() => [
        S("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (C(), D("p", $y, W(e.data.status), 1)) : le("", !0),
          r.value ? (C(), D("div", Ey, [
            S("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: s[0] || (s[0] = pe((l) => o.value = !o.value, ["stop"]))
            }, W(o.value ? "▾" : "▸") + " reasoning ", 9, Ny),
            o.value ? (C(), D("pre", Cy, W(r.value), 1)) : le("", !0)
          ])) : le("", !0),
          (C(!0), D(_e, null, Oe(i.value, (l, u) => (C(), D("p", {
            key: u,
            class: Ae({ last: u === i.value.length - 1 })
          }, W(l), 3))), 128)),
          i.value.length ? le("", !0) : (C(), D("p", My, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Ty = { class: "mx-media-box mx-with-caption" }, Py = ["src"], Ay = {
  key: 1,
  class: "mx-visual-empty"
}, zy = {
  class: "mx-caption",
  "data-role": "caption"
}, Dy = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (C(), De(Bt, {
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
        S("div", zy, W(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: Le(() => [
        S("div", Ty, [
          e.data.url ? (C(), D("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Py)) : (C(), D("div", Ay, n[0] || (n[0] = [
            S("span", null, null, -1)
          ])))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Oy = [
  { kind: "pdf", label: "PDF", icon: "file-text", title: "Storyboard sheets (6 panels a landscape page)" },
  { kind: "animatic", label: "MP4", icon: "film", title: "The animatic as a file" },
  { kind: "csv", label: "CSV", icon: "table", title: "Shot list" },
  { kind: "otio", label: "OTIO", icon: "layers", title: "OpenTimelineIO timeline with each clip’s provenance" },
  { kind: "fcp7", label: "FCP7", icon: "layers", title: "Final Cut 7 / Premiere / Resolve XML" },
  { kind: "fcpxml", label: "FCPXML", icon: "layers", title: "Final Cut Pro X" },
  { kind: "edl", label: "EDL", icon: "layers", title: "CMX 3600 EDL" },
  { kind: "zip", label: "ZIP", icon: "package", title: "Every take with a JSON manifest" }
];
async function fr(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function hr(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const r = new URLSearchParams({ token: e, kind: t, block: n });
  let a = await fr(await fetch(`/canvas/api/export?${r}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; a.state === "running"; )
    i(a), await new Promise((s) => setTimeout(s, 300)), a = await fr(await fetch(`/canvas/api/export/${encodeURIComponent(a.id)}?${new URLSearchParams({ token: e })}`));
  if (i(a), a.state !== "done") throw new Error(`${t} export ${a.state}: ${a.error || "no reason given"}`);
  return a;
}
function By(e, t) {
  const n = document.createElement("a");
  n.href = e, n.download = t || "", n.dataset.role = "export-download", n.style.display = "none", document.body.appendChild(n), n.click(), setTimeout(() => n.remove(), 6e4);
}
const Ry = {
  class: "mx-meta",
  "data-role": "sequence-length"
}, Ly = { class: "mx-media-box mx-animatic-box" }, Vy = {
  key: 1,
  class: "mx-empty mx-animatic-empty"
}, Hy = ["data-fraction"], Fy = { class: "bar" }, Yy = { class: "mx-foot nodrag" }, Xy = ["disabled"], qy = {
  class: "mx-check",
  title: "Burn the shot number into every frame"
}, Gy = ["data-duration"], Uy = {
  class: "mx-exports nodrag",
  "data-role": "exports"
}, Wy = ["title", "data-kind", "disabled", "onClick"], Ky = {
  key: 0,
  class: "mx-reason",
  "data-role": "export-error"
}, Zy = {
  __name: "AnimaticNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = gt(), o = ln({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = ln({}), r = te(() => Object.values(n.shots)), a = te(() => r.value.reduce((c, d) => c + d.edit_s, 0)), s = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await hr(n.token, "animatic", {
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
          const d = await hr(n.token, c, { onProgress: (f) => {
            i[c] = f.fraction || 0;
          } });
          By(d.url, d.filename);
        } catch (d) {
          o.error = String(d.message || d);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, d) => (C(), De(Bt, {
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
        S("span", Ry, W(r.value.length) + " shot" + W(r.value.length === 1 ? "" : "s") + " · " + W(s(a.value)), 1)
      ]),
      foot: Le(() => [
        S("footer", Yy, [
          S("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !r.value.length,
            onClick: pe(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            fe(Ee, {
              name: "play",
              size: 11
            }),
            Ce(W(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, Xy),
          S("label", qy, [
            Gt(S("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (f) => o.burnIn = f),
              onKeydown: d[1] || (d[1] = pe(() => {
              }, ["stop"]))
            }, null, 544), [
              [Qa, o.burnIn]
            ]),
            d[2] || (d[2] = Ce("shot no."))
          ]),
          d[3] || (d[3] = S("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (C(), D("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            Ce(W(e.data.shots) + " shots · " + W(s(e.data.duration_s)), 1),
            e.data.built ? (C(), D(_e, { key: 0 }, [
              Ce(" · " + W(G(ho)(e.data.built)), 1)
            ], 64)) : le("", !0)
          ], 8, Gy)) : le("", !0)
        ]),
        S("div", Uy, [
          (C(!0), D(_e, null, Oe(G(Oy), (f) => (C(), D("button", {
            key: f.kind,
            title: `${f.title} — download`,
            "data-kind": f.kind,
            class: Ae({ busy: i[f.kind] !== void 0 }),
            disabled: !r.value.length,
            onClick: pe((v) => u(f.kind), ["stop"])
          }, [
            fe(Ee, {
              name: i[f.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            Ce(W(f.label) + " ", 1),
            i[f.kind] !== void 0 ? (C(), D("i", {
              key: 0,
              style: Te({ width: `${Math.round(i[f.kind] * 100)}%` })
            }, null, 4)) : le("", !0)
          ], 10, Wy))), 128))
        ]),
        o.error ? (C(), D("div", Ky, W(o.error), 1)) : le("", !0)
      ]),
      default: Le(() => [
        S("div", Ly, [
          e.data.url ? (C(), De(vo, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (C(), D("div", Vy, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (C(), D("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            S("div", Fy, [
              S("i", {
                style: Te({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            S("span", null, W(Math.round(o.fraction * 100)) + "% · " + W(o.message), 1)
          ], 8, Hy)) : le("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, jy = { class: "mx-root" }, Jy = { class: "mx-wordmark" }, Qy = { "data-role": "board-name" }, e1 = { class: "mx-people" }, t1 = ["title"], n1 = ["disabled"], o1 = { key: 0 }, i1 = { class: "mx-snap-new" }, r1 = ["onClick"], a1 = ["onClick"], s1 = {
  key: 0,
  class: "mx-empty"
}, l1 = { class: "mx-toasts" }, u1 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, c1 = { class: "mx-dialog-kicker" }, d1 = { class: "mx-dialog-title" }, f1 = { class: "mx-cost" }, h1 = {
  key: 0,
  class: "mx-warn"
}, v1 = { class: "mx-dialog-actions" }, m1 = { class: "mx-search-in" }, p1 = ["onClick", "onMouseenter"], vr = "mx-flow", g1 = 0.42, y1 = 0.2, b1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = dv(i), { state: a, send: s } = r;
    Pt(Ea, r), a.me = o.me || a.me, a.board = o.board, a.token = o.token;
    const l = Be(vr), u = {
      intent: tt(Tg),
      comp: tt(Wg),
      gen_art: tt(ny),
      activity: tt(_y),
      narration: tt(Iy),
      visual_narration: tt(Dy),
      animatic: tt(Zy)
    }, c = (N) => N.kind === "activity" && N.sub === "animatic" ? "animatic" : N.kind, d = u, f = [8, 8], v = ["Shift", "Meta", "Control"], b = { type: "default" }, g = { class: "mx-connecting" }, y = /* @__PURE__ */ new Map(), _ = ge(0), M = /* @__PURE__ */ new Map(), w = ge(null), p = ge(null), P = ge(!1), B = ge([]), F = ge(null), H = ln({ open: !1, q: "", i: 0 }), oe = ge(!1), ee = ge(""), K = ge(!1);
    function T(N) {
      return {
        id: N.id,
        type: c(N),
        position: { x: N.x, y: N.y },
        data: N,
        hidden: !0,
        dimensions: { width: N.w, height: N.h },
        style: { width: `${N.w}px`, height: `${N.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function ie(N) {
      return {
        id: N.id,
        source: N.src,
        target: N.dst,
        type: "default",
        class: `mx-edge mx-edge-${N.kind}`,
        targetHandle: "in",
        animated: N.kind === "gen_art",
        data: N,
        deletable: !0
      };
    }
    function $() {
      const N = [], L = a.sequence.filter((Q) => y.has(Q));
      for (let Q = 0; Q + 1 < L.length; Q++)
        N.push({
          id: `seq:${L[Q]}:${L[Q + 1]}`,
          source: L[Q],
          target: L[Q + 1],
          type: "straight",
          class: "mx-edge mx-edge-seq",
          selectable: !1,
          focusable: !1,
          sourceHandle: "seq-out",
          targetHandle: "seq-in",
          data: { kind: "seq" }
        });
      return N;
    }
    const q = () => a.lod === 0;
    function A() {
      return [...[...M.values()].map(ie), ...$()];
    }
    function O() {
      if (!q()) return;
      const N = l.edges.value.filter((L) => L.id.startsWith("seq:")).map((L) => L.id);
      N.length && l.removeEdges(N), l.addEdges($());
    }
    function z(N) {
      var Q;
      const L = window.__mxMarks = window.__mxMarks || {};
      L.reset = performance.now(), y.clear(), M.clear(), Y.clear();
      for (const be of N.blocks) Y.add(be.id);
      for (const be of N.blocks) y.set(be.id, be);
      for (const be of N.edges) M.set(be.id, be);
      a.sequence = N.sequence || [], a.shots = N.shots || {}, a.comments = N.comments || [], a.snapshots = N.snapshots || [], N.activity && (a.activity = N.activity), N.users && (a.users = N.users), N.choices && (a.choices = N.choices), N.pipelines && (a.pipelines = N.pipelines), P.value || ne(N.blocks), _.value++, l.setNodes(N.blocks.map(T)), l.setEdges(q() ? A() : []), (Q = p.value) == null || Q.settle(), L.set = performance.now(), P.value || (P.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const Y = /* @__PURE__ */ new Set();
    function j(N, L, Q, be = 0) {
      const ke = l.findNode(N);
      if (!ke) {
        Y.has(N) ? be < 8 && Ge(() => {
          const et = y.get(N);
          et && j(N, et, [], be + 1);
        }) : (Y.add(N), Q.push(T(L)));
        return;
      }
      ke.data = L, ke.type !== c(L) && (ke.type = c(L)), !ke.dragging && (ke.position.x !== L.x || ke.position.y !== L.y) && (ke.position = { x: L.x, y: L.y }, ke.hidden && (ke.computedPosition = { ...ke.computedPosition, x: L.x, y: L.y }));
      const Xe = `${L.w}px`, Ue = `${L.h}px`;
      (!ke.style || ke.style.width !== Xe || ke.style.height !== Ue) && (ke.style = { ...ke.style || {}, width: Xe, height: Ue }, ke.hidden && (ke.dimensions = { width: L.w, height: L.h }));
    }
    function se(N) {
      if (N.blocks) {
        const L = [], Q = [];
        for (const [be, ke] of Object.entries(N.blocks)) {
          if (ke === null) {
            y.delete(be), Y.delete(be) && Q.push(be);
            continue;
          }
          y.set(be, ke), j(be, ke, L);
        }
        Q.length && l.removeNodes(Q), L.length && l.addNodes(L), _.value++;
      }
      if (N.edges) {
        const L = [], Q = [];
        for (const [be, ke] of Object.entries(N.edges))
          ke === null ? (M.delete(be), Q.push(be)) : M.has(be) || (M.set(be, ke), L.push(ie(ke)));
        q() && Q.length && l.removeEdges(Q), q() && L.length && Ge(() => {
          q() && l.addEdges(L.filter((be) => M.has(be.id) && !l.findEdge(be.id)));
        }), _.value++;
      }
      N.sequence && (a.sequence = N.sequence), N.shots && (a.shots = N.shots), (N.sequence || N.blocks && Object.values(N.blocks).some((L) => L === null || L && L.kind === "intent")) && Ge(O), N.comments && (a.comments = N.comments), N.snapshots && (a.snapshots = N.snapshots), N.activity && (a.activity = N.activity), N.users && (a.users = N.users);
    }
    function ue(N) {
      const L = { id: Math.random(), text: N.text || String(N), kind: N.kind || "info" };
      B.value.push(L), setTimeout(() => {
        B.value = B.value.filter((Q) => Q !== L);
      }, N.kind === "error" ? 6e3 : 3200);
    }
    function me(N) {
      N.preview && (F.value = N.preview), N.pipelines && (a.pipelines = N.pipelines), N.notify && ue({ text: N.notify }), N.error && ue({ text: N.error, kind: "error" });
    }
    t({ reset: z, apply: se, notify: ue, reply: me }), l.onNodeDragStop(({ nodes: N }) => {
      s("move", { moves: N.map((L) => ({ id: L.id, x: Math.round(L.position.x), y: Math.round(L.position.y) })) });
    });
    const ye = l.fitView;
    l.fitView = (N = {}) => ye({ ...N, includeHiddenNodes: !0 });
    function re(N, L, Q) {
      var Xe, Ue, et;
      const be = (Xe = document.elementFromPoint(N, L)) == null ? void 0 : Xe.closest(`[data-kind${`="${Q}"`}][data-id]`);
      if (be) return be.dataset.id;
      const ke = (Ue = p.value) == null ? void 0 : Ue.hitAt(N, L);
      return ke && (!Q || ((et = y.get(ke)) == null ? void 0 : et.kind) === Q) ? ke : "";
    }
    function ne(N) {
      const L = w.value;
      if (!N.length || !L) return;
      let Q = 1 / 0, be = 1 / 0, ke = -1 / 0, Xe = -1 / 0;
      for (const Lt of N)
        Q = Math.min(Q, Lt.x), be = Math.min(be, Lt.y), ke = Math.max(ke, Lt.x + Lt.w), Xe = Math.max(Xe, Lt.y + Lt.h);
      const Ue = L.clientWidth, et = L.clientHeight, Rt = Math.max(0.05, Math.min(1, Math.min(Ue / (ke - Q), et / (Xe - be)) * (1 - 0.12)));
      a.lod = m(Rt), l.setViewport({ x: (Ue - (ke - Q) * Rt) / 2 - Q * Rt, y: (et - (Xe - be) * Rt) / 2 - be * Rt, zoom: Rt });
    }
    l.onConnect((N) => s("connect", { source: N.source, target: N.target }));
    function ae({ kind: N, sub: L, clientX: Q, clientY: be, dragged: ke }) {
      const Xe = w.value.getBoundingClientRect();
      let Ue;
      if (ke) {
        if (Q < Xe.left || be < Xe.top) return;
        Ue = l.screenToFlowCoordinate({ x: Q, y: be });
      } else
        Ue = l.screenToFlowCoordinate({ x: Xe.left + Xe.width / 2, y: Xe.top + Xe.height / 2 });
      let et = "";
      ke && N === "comp" && (et = re(Q, be, "intent")), s("create", { kind: N, sub: L, x: Math.round(Ue.x - 40), y: Math.round(Ue.y - 20), attach: et });
    }
    async function Me(N) {
      K.value = !1;
      const L = [...N.dataTransfer && N.dataTransfer.files || []];
      if (!L.length) return;
      N.preventDefault();
      const Q = re(N.clientX, N.clientY, "intent");
      let { x: be, y: ke } = l.screenToFlowCoordinate({ x: N.clientX, y: N.clientY });
      for (const Xe of L.slice(0, 12)) {
        try {
          await La(a.token, Xe, { x: Math.round(be), y: Math.round(ke), attach: Q });
        } catch (Ue) {
          ue({ text: String(Ue.message || Ue), kind: "error" });
        }
        be += 30, ke += 30;
      }
    }
    const Ne = te(() => l.getSelectedNodes.value.map((N) => N.id)), we = te(() => l.getSelectedNodes.value.filter((N) => N.type === "intent").map((N) => N.id));
    let E = null;
    $e(Ne, (N) => {
      clearTimeout(E), E = setTimeout(() => i("presence", { selection: N.slice(0, 200) }), 120);
    });
    let R = 0;
    function V(N) {
      const L = performance.now();
      if (L - R < 80) return;
      R = L;
      const Q = l.screenToFlowCoordinate({ x: N.clientX, y: N.clientY });
      i("presence", { cursor: { x: Math.round(Q.x), y: Math.round(Q.y) } });
    }
    function m(N) {
      return N < y1 ? 2 : N < g1 ? 1 : 0;
    }
    $e(() => m(l.viewport.value.zoom), (N) => {
      a.lod = N;
    }, { immediate: !0 }), $e(() => a.lod === 0, (N) => l.setEdges(N ? A() : []));
    const h = ge(!1);
    let x = null;
    l.onMove(() => {
      h.value || (h.value = !0), clearTimeout(x), x = setTimeout(() => {
        h.value = !1;
      }, 180);
    });
    const I = te(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), k = te(() => {
      const N = I.value;
      return { gap: 24 * 2 ** N, size: N ? 1.2 * 2 ** (N + 1) : 1.2 };
    }), X = te(() => a.users.filter((N) => N.id !== a.me.id && N.cursor)), U = te(() => {
      const N = /* @__PURE__ */ new Map();
      for (const L of a.users) N.has(L.id) || N.set(L.id, L);
      return [...N.values()];
    });
    function Z() {
      const N = we.value;
      if (!N.length) {
        ue({ text: "Select one or more intents to render" });
        return;
      }
      s("preview", { ids: N });
    }
    function J() {
      F.value && (s("render", { ids: F.value.intents }), F.value = null);
    }
    const de = te(() => {
      const N = F.value;
      return N ? N.gpus > 0 ? `Commit ${N.gpus} GPU${N.gpus > 1 ? "s" : ""}` : N.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function he() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function Se(N) {
      s("move", { moves: N });
    }
    function Ve(N) {
      N > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const He = te(() => fv([...y.values()], H.q));
    function je() {
      H.open = !0, H.q = "", H.i = 0, Ge(() => {
        var N;
        return (N = document.querySelector(".mx-search input")) == null ? void 0 : N.focus();
      });
    }
    function _n(N) {
      if (!N) return;
      H.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const L = l.findNode(N.id);
      L && (l.addSelectedNodes([L]), l.fitView({ nodes: [N.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function mo(N) {
      const L = N.target;
      return L && (L.tagName === "INPUT" || L.tagName === "TEXTAREA" || L.isContentEditable);
    }
    function li(N) {
      const L = N.ctrlKey || N.metaKey, Q = N.key.toLowerCase();
      if (L && Q === "k") {
        N.preventDefault(), je();
        return;
      }
      if (N.key === "Escape") {
        H.open = !1, F.value = null, oe.value = !1, a.openComments = null;
        return;
      }
      if (F.value && N.key === "Enter") {
        N.preventDefault(), J();
        return;
      }
      if (!mo(N))
        if (N.key === "Delete" || N.key === "Backspace") {
          const be = l.getSelectedEdges.value.filter((ke) => !ke.id.startsWith("seq:")).map((ke) => ke.id);
          (Ne.value.length || be.length) && (N.preventDefault(), s("delete", { ids: Ne.value, edges: be }));
        } else L && Q === "d" ? (N.preventDefault(), s("duplicate", { ids: Ne.value })) : L && Q === "z" && !N.shiftKey ? (N.preventDefault(), s("undo")) : L && (Q === "y" || Q === "z" && N.shiftKey) ? (N.preventDefault(), s("redo")) : !L && Q === "r" ? (N.preventDefault(), Z()) : !L && Q === "f" ? (N.preventDefault(), he()) : !L && N.key === "/" ? (N.preventDefault(), je()) : L && Q === "a" && (N.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    Qe(() => {
      window.__mxFlow = l, window.addEventListener("keydown", li), i("ready");
    }), Ot(() => window.removeEventListener("keydown", li));
    const Va = (N) => N.kind === "intent" ? jt[(N.status || {}).state] || "#4a4a50" : Qn[N.kind] || "#333";
    function ui() {
      const N = ee.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      s("snapshot", { name: N }), ee.value = "";
    }
    const Ha = (N) => (N || "?").split(/[\s._-]+/).map((L) => L[0]).join("").slice(0, 2).toUpperCase();
    return (N, L) => (C(), D("div", jy, [
      fe(mv, {
        groups: e.palette,
        onPlace: ae
      }, null, 8, ["groups"]),
      S("div", {
        ref_key: "wrap",
        ref: w,
        class: Ae(["mx-stage", { "file-over": K.value, moving: h.value }]),
        onPointermove: V,
        onDragover: L[7] || (L[7] = pe((Q) => K.value = !0, ["prevent"])),
        onDragleave: L[8] || (L[8] = pe((Q) => K.value = !1, ["self"])),
        onDrop: Me
      }, [
        fe(G(ah), {
          id: vr,
          "node-types": G(d),
          "snap-to-grid": !0,
          "snap-grid": f,
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": v,
          "selection-key-code": "Shift",
          "only-render-visible-elements": !0,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": b,
          "connection-line-options": g,
          class: "mx-flow"
        }, {
          default: Le(() => [
            fe(G(vh), {
              "pattern-color": "#2c2c31",
              gap: k.value.gap,
              size: k.value.size
            }, null, 8, ["gap", "size"]),
            fe(bv, {
              ref_key: "far",
              ref: p,
              flow: G(l),
              edges: G(M),
              rev: _.value,
              onMove: Se
            }, null, 8, ["flow", "edges", "rev"]),
            fe(G(Qi), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Le(() => [
                S("div", Jy, [
                  L[19] || (L[19] = Ce("multiplex")),
                  L[20] || (L[20] = S("span", null, "/", -1)),
                  S("b", Qy, W(G(a).board), 1)
                ])
              ]),
              _: 1
            }),
            fe(G(Qi), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Le(() => [
                S("div", e1, [
                  (C(!0), D(_e, null, Oe(U.value, (Q) => (C(), D("span", {
                    key: Q.id,
                    class: "mx-avatar",
                    style: Te({ "--c": Q.color }),
                    title: Q.id === G(a).me.id ? `${Q.name} (you)` : Q.name
                  }, W(Ha(Q.name)), 13, t1))), 128))
                ]),
                L[23] || (L[23] = S("i", { class: "mx-sep" }, null, -1)),
                S("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: L[0] || (L[0] = (Q) => G(s)("undo")),
                  "data-role": "undo"
                }, [
                  fe(Ee, {
                    name: "undo",
                    size: 15
                  })
                ]),
                S("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: L[1] || (L[1] = (Q) => G(s)("redo")),
                  "data-role": "redo"
                }, [
                  fe(Ee, {
                    name: "redo",
                    size: 15
                  })
                ]),
                L[24] || (L[24] = S("i", { class: "mx-sep" }, null, -1)),
                S("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: je
                }, [
                  fe(Ee, {
                    name: "search",
                    size: 15
                  })
                ]),
                S("button", {
                  title: "Snapshots",
                  onClick: L[2] || (L[2] = (Q) => oe.value = !oe.value),
                  "data-role": "snapshots"
                }, [
                  fe(Ee, {
                    name: "history",
                    size: 15
                  })
                ]),
                S("button", {
                  title: "Zoom out",
                  onClick: L[3] || (L[3] = (Q) => Ve(-1))
                }, [
                  fe(Ee, {
                    name: "minus",
                    size: 15
                  })
                ]),
                S("button", {
                  title: "Zoom in",
                  onClick: L[4] || (L[4] = (Q) => Ve(1))
                }, [
                  fe(Ee, {
                    name: "plus",
                    size: 15
                  })
                ]),
                S("button", {
                  title: "Fit view (F)",
                  onClick: he,
                  "data-role": "fit"
                }, [
                  fe(Ee, {
                    name: "fit",
                    size: 15
                  })
                ]),
                S("button", {
                  class: "mx-render",
                  disabled: !we.value.length,
                  title: "Render selection (R)",
                  onClick: Z,
                  "data-role": "render-selection"
                }, [
                  fe(Ee, {
                    name: "play",
                    size: 13
                  }),
                  L[21] || (L[21] = Ce("Render")),
                  we.value.length ? (C(), D("span", o1, W(we.value.length), 1)) : le("", !0)
                ], 8, n1),
                oe.value ? (C(), D("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: L[6] || (L[6] = pe(() => {
                  }, ["stop"]))
                }, [
                  L[22] || (L[22] = S("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  S("div", i1, [
                    Gt(S("input", {
                      "onUpdate:modelValue": L[5] || (L[5] = (Q) => ee.value = Q),
                      placeholder: "Name this moment of the board",
                      onKeydown: dt(ui, ["enter"])
                    }, null, 544), [
                      [un, ee.value]
                    ]),
                    S("button", { onClick: ui }, "Save")
                  ]),
                  (C(!0), D(_e, null, Oe(G(a).snapshots.slice().reverse(), (Q) => (C(), D("div", {
                    key: Q.id,
                    class: "mx-snap"
                  }, [
                    S("div", null, [
                      S("b", null, W(Q.name), 1),
                      S("span", null, W(Q.author) + " · " + W(Q.blocks) + " blocks · " + W((Q.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    S("button", {
                      onClick: (be) => G(s)("restore", { id: Q.id })
                    }, "Restore", 8, r1),
                    S("button", {
                      class: "ghost",
                      onClick: (be) => G(s)("drop_snapshot", { id: Q.id })
                    }, [
                      fe(Ee, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, a1)
                  ]))), 128)),
                  G(a).snapshots.length ? le("", !0) : (C(), D("div", s1, "No snapshots yet."))
                ], 32)) : le("", !0)
              ]),
              _: 1
            }),
            fe(yv, {
              flow: G(l),
              users: X.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types"]),
        fe(gv, {
          flow: G(l),
          blocks: G(y),
          rev: _.value,
          "color-of": Va
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      S("div", l1, [
        (C(!0), D(_e, null, Oe(B.value, (Q) => (C(), D("div", {
          key: Q.id,
          class: Ae(["mx-toast", Q.kind])
        }, W(Q.text), 3))), 128))
      ]),
      F.value ? (C(), D("div", {
        key: 0,
        class: "mx-modal",
        onClick: L[10] || (L[10] = pe((Q) => F.value = null, ["self"]))
      }, [
        S("div", u1, [
          S("div", c1, "Render " + W(F.value.intents.length) + " intent" + W(F.value.intents.length > 1 ? "s" : ""), 1),
          S("div", d1, W(F.value.titles.join(" · ")), 1),
          S("div", f1, [
            S("div", null, [
              L[25] || (L[25] = S("span", null, "machines", -1)),
              S("b", null, W(F.value.machines.length ? F.value.machines.join(", ") : "none live"), 1)
            ]),
            S("div", null, [
              L[26] || (L[26] = S("span", null, "gpus", -1)),
              S("b", null, W(F.value.gpus), 1)
            ]),
            S("div", null, [
              L[27] || (L[27] = S("span", null, "jobs", -1)),
              S("b", null, W(F.value.jobs), 1)
            ]),
            S("div", null, [
              L[28] || (L[28] = S("span", null, "estimate", -1)),
              S("b", null, W(F.value.seconds < 90 ? `~${Math.round(F.value.seconds)} s` : `~${Math.round(F.value.seconds / 60)} min`), 1)
            ])
          ]),
          F.value.unrunnable.length ? (C(), D("div", h1, "Nothing live can run " + W(F.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : le("", !0),
          S("div", v1, [
            S("button", {
              class: "ghost",
              onClick: L[9] || (L[9] = (Q) => F.value = null)
            }, "Cancel"),
            S("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: J
            }, [
              fe(Ee, {
                name: "play",
                size: 13
              }),
              Ce(W(de.value), 1)
            ])
          ])
        ])
      ])) : le("", !0),
      H.open ? (C(), D("div", {
        key: 1,
        class: "mx-modal",
        onClick: L[18] || (L[18] = pe((Q) => H.open = !1, ["self"]))
      }, [
        S("div", {
          class: "mx-search",
          onKeydown: L[17] || (L[17] = pe(() => {
          }, ["stop"]))
        }, [
          S("div", m1, [
            fe(Ee, {
              name: "search",
              size: 16
            }),
            Gt(S("input", {
              "onUpdate:modelValue": L[11] || (L[11] = (Q) => H.q = Q),
              placeholder: "Find a block…",
              onKeydown: [
                L[12] || (L[12] = dt(pe((Q) => H.i = Math.min(H.i + 1, He.value.length - 1), ["prevent"]), ["down"])),
                L[13] || (L[13] = dt(pe((Q) => H.i = Math.max(H.i - 1, 0), ["prevent"]), ["up"])),
                L[14] || (L[14] = dt(pe((Q) => _n(He.value[H.i]), ["prevent"]), ["enter"])),
                L[15] || (L[15] = dt((Q) => H.open = !1, ["esc"]))
              ],
              onInput: L[16] || (L[16] = (Q) => H.i = 0)
            }, null, 544), [
              [un, H.q]
            ])
          ]),
          (C(!0), D(_e, null, Oe(He.value, (Q, be) => (C(), D("div", {
            key: Q.id,
            class: Ae(["mx-result", { on: be === H.i }]),
            onClick: (ke) => _n(Q),
            onMouseenter: (ke) => H.i = be
          }, [
            S("i", {
              style: Te({ background: G(Qn)[Q.kind] })
            }, null, 4),
            S("b", null, W(Q.title || Q.sub), 1),
            S("span", null, W(Q.kind.replace("_", " ")) + " · " + W(Q.sub), 1)
          ], 42, p1))), 128))
        ], 32)
      ])) : le("", !0)
    ]));
  }
};
export {
  b1 as MultiplexCanvas
};
