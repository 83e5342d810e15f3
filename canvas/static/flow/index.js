import { getCurrentScope as gr, inject as Ct, effectScope as yr, watch as Se, provide as Bt, defineComponent as He, useSlots as Fa, onUnmounted as Ya, openBlock as M, createElementBlock as O, unref as X, createVNode as de, withCtx as Fe, renderSlot as Ke, computed as ee, normalizeStyle as Ae, normalizeClass as De, getCurrentInstance as rn, reactive as mn, onScopeDispose as Fn, ref as pe, nextTick as Ze, onBeforeMount as Xa, onMounted as et, shallowRef as St, toRef as Be, createElementVNode as E, Fragment as _e, renderList as Le, onBeforeUnmount as Ht, isMemoSame as qa, createBlock as Re, createCommentVNode as se, toDisplayString as q, isRef as jo, toRefs as Ga, customRef as Ua, createPropsRestProxy as Wa, toValue as Ie, resolveComponent as wr, h as ze, useAttrs as Ka, mergeProps as xr, resolveDynamicComponent as Jo, createTextVNode as Ne, markRaw as tt, readonly as Za, withModifiers as me, toRaw as dn, watchEffect as ja, withDirectives as Jt, withKeys as ft, vModelText as pn, Teleport as Ja, vModelCheckbox as Qa } from "vue";
function gn(e) {
  return gr() ? (Fn(e), !0) : !1;
}
function ht(e) {
  return typeof e == "function" ? e() : X(e);
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
const br = (e) => e();
function as(e = br) {
  const t = pe(!0);
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
function fi(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function ss(e, t, n = {}) {
  const {
    eventFilter: o = br,
    ...i
  } = n;
  return Se(
    e,
    rs(
      o,
      t
    ),
    i
  );
}
function Gt(e, t, n = {}) {
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
  if (!jo(e))
    return Ga(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Ua(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = ht(t.replaceRef)) != null ? r : !0)
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
function Ao(e, t = !1) {
  function n(d, { flush: f = "sync", deep: m = !1, timeout: b, throwOnTimeout: y } = {}) {
    let x = null;
    const I = [new Promise((w) => {
      x = Se(
        e,
        (p) => {
          d(p) !== t && (x == null || x(), w(p));
        },
        {
          flush: f,
          deep: m,
          immediate: !0
        }
      );
    })];
    return b != null && I.push(
      fi(b, y).then(() => ht(e)).finally(() => x == null ? void 0 : x())
    ), Promise.race(I);
  }
  function o(d, f) {
    if (!jo(d))
      return n((p) => p === d, f);
    const { flush: m = "sync", deep: b = !1, timeout: y, throwOnTimeout: x } = f ?? {};
    let k = null;
    const w = [new Promise((p) => {
      k = Se(
        [e, d],
        ([P, B]) => {
          t !== (P === B) && (k == null || k(), p(P));
        },
        {
          flush: m,
          deep: b,
          immediate: !0
        }
      );
    })];
    return y != null && w.push(
      fi(y, x).then(() => ht(e)).finally(() => (k == null || k(), ht(e)))
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
    return n((m) => {
      const b = Array.from(m);
      return b.includes(d) || b.includes(ht(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let m = -1;
    return n(() => (m += 1, m >= d), f);
  }
  return Array.isArray(ht(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return Ao(e, !t);
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
      return Ao(e, !t);
    }
  };
}
function zo(e) {
  return Ao(e);
}
function us(e) {
  var t;
  const n = ht(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const kr = es ? window : void 0;
function _r(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = kr) : [t, n, o, i] = e, !t)
    return is;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], a = () => {
    r.forEach((c) => c()), r.length = 0;
  }, s = (c, d, f, m) => (c.addEventListener(d, f, m), () => c.removeEventListener(d, f, m)), l = Se(
    () => [us(t), ht(i)],
    ([c, d]) => {
      if (a(), !c)
        return;
      const f = os(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((m) => o.map((b) => s(c, m, b, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), a();
  };
  return gn(u), u;
}
function cs(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function hi(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = kr,
    eventName: r = "keydown",
    passive: a = !1,
    dedupe: s = !1
  } = o, l = cs(t);
  return _r(i, r, (c) => {
    c.repeat && ht(s) || l(c) && n(c);
  }, a);
}
function ds(e) {
  return JSON.parse(JSON.stringify(e));
}
function bo(e, t, n, o = {}) {
  var i, r, a;
  const {
    clone: s = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, m = rn(), b = n || (m == null ? void 0 : m.emit) || ((i = m == null ? void 0 : m.$emit) == null ? void 0 : i.bind(m)) || ((a = (r = m == null ? void 0 : m.proxy) == null ? void 0 : r.$emit) == null ? void 0 : a.bind(m == null ? void 0 : m.proxy));
  let y = u;
  t || (t = "modelValue"), y = y || `update:${t.toString()}`;
  const x = (w) => s ? typeof s == "function" ? s(w) : ds(w) : w, k = () => ts(e[t]) ? x(e[t]) : d, I = (w) => {
    f ? f(w) && b(y, w) : b(y, w);
  };
  if (l) {
    const w = k(), p = pe(w);
    let P = !1;
    return Se(
      () => e[t],
      (B) => {
        P || (P = !0, p.value = x(B), Ze(() => P = !1));
      }
    ), Se(
      p,
      (B) => {
        !P && (B !== e[t] || c) && I(B);
      },
      { deep: c }
    ), p;
  } else
    return ee({
      get() {
        return k();
      },
      set(w) {
        I(w);
      }
    });
}
var fs = { value: () => {
} };
function so() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Yn(n);
}
function Yn(e) {
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
Yn.prototype = so.prototype = {
  constructor: Yn,
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
        n[i] = vi(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = vi(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new Yn(e);
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
function vi(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = fs, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Do = "http://www.w3.org/1999/xhtml";
const mi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Do,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function lo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), mi.hasOwnProperty(t) ? { space: mi[t], local: e } : e;
}
function ms(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Do && t.documentElement.namespaceURI === Do ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function ps(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Sr(e) {
  var t = lo(e);
  return (t.local ? ps : ms)(t);
}
function gs() {
}
function Qo(e) {
  return e == null ? gs : function() {
    return this.querySelector(e);
  };
}
function ys(e) {
  typeof e != "function" && (e = Qo(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = new Array(a), l, u, c = 0; c < a; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new Je(o, this._parents);
}
function ws(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function xs() {
  return [];
}
function $r(e) {
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
  typeof e == "function" ? e = bs(e) : e = $r(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var a = t[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && (o.push(e.call(l, l.__data__, u, a)), i.push(l));
  return new Je(o, i);
}
function Er(e) {
  return function() {
    return this.matches(e);
  };
}
function Nr(e) {
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
  return this.select(e == null ? $s : Ss(typeof e == "function" ? e : Nr(e)));
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
  return this.selectAll(e == null ? Cs : Ms(typeof e == "function" ? e : Nr(e)));
}
function Ts(e) {
  typeof e != "function" && (e = Er(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new Je(o, this._parents);
}
function Cr(e) {
  return new Array(e.length);
}
function Ps() {
  return new Je(this._enter || this._groups.map(Cr), this._parents);
}
function Kn(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Kn.prototype = {
  constructor: Kn,
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
    (s = t[a]) ? (s.__data__ = r[a], o[a] = s) : n[a] = new Kn(e, r[a]);
  for (; a < l; ++a)
    (s = t[a]) && (i[a] = s);
}
function Ds(e, t, n, o, i, r, a) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), m;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = m = a.call(l, l.__data__, s, t) + "", u.has(m) ? i[s] = l : u.set(m, l));
  for (s = 0; s < d; ++s)
    m = a.call(e, r[s], s, r) + "", (l = u.get(m)) ? (o[s] = l, l.__data__ = r[s], u.delete(m)) : n[s] = new Kn(e, r[s]);
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
    var c = o[u], d = i[u], f = d.length, m = Rs(e.call(c, c && c.__data__, u, o)), b = m.length, y = s[u] = new Array(b), x = a[u] = new Array(b), k = l[u] = new Array(f);
    n(c, d, y, x, k, m, t);
    for (var I = 0, w = 0, p, P; I < b; ++I)
      if (p = y[I]) {
        for (I >= w && (w = I + 1); !(P = x[w]) && ++w < b; )
          ;
        p._next = P || null;
      }
  }
  return a = new Je(a, o), a._enter = s, a._exit = l, a;
}
function Rs(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Ls() {
  return new Je(this._exit || this._groups.map(Cr), this._parents);
}
function Vs(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Hs(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, a = Math.min(i, r), s = new Array(i), l = 0; l < a; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), m, b = 0; b < d; ++b)
      (m = u[b] || c[b]) && (f[b] = m);
  for (; l < i; ++l)
    s[l] = n[l];
  return new Je(s, this._parents);
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
  return new Je(i, this._parents).order();
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
  var n = lo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Js : js : typeof t == "function" ? n.local ? nl : tl : n.local ? el : Qs)(n, t));
}
function Mr(e) {
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
  return arguments.length > 1 ? this.each((t == null ? il : typeof t == "function" ? al : rl)(e, t, n ?? "")) : Qt(this.node(), e);
}
function Qt(e, t) {
  return e.style.getPropertyValue(t) || Mr(e).getComputedStyle(e, null).getPropertyValue(t);
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
function Ir(e) {
  return e.trim().split(/^|\s+/);
}
function ei(e) {
  return e.classList || new Tr(e);
}
function Tr(e) {
  this._node = e, this._names = Ir(e.getAttribute("class") || "");
}
Tr.prototype = {
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
function Pr(e, t) {
  for (var n = ei(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Ar(e, t) {
  for (var n = ei(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function fl(e) {
  return function() {
    Pr(this, e);
  };
}
function hl(e) {
  return function() {
    Ar(this, e);
  };
}
function vl(e, t) {
  return function() {
    (t.apply(this, arguments) ? Pr : Ar)(this, e);
  };
}
function ml(e, t) {
  var n = Ir(e + "");
  if (arguments.length < 2) {
    for (var o = ei(this.node()), i = -1, r = n.length; ++i < r; )
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
  var t = typeof e == "function" ? e : Sr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Ml() {
  return null;
}
function Il(e, t) {
  var n = typeof e == "function" ? e : Sr(e), o = t == null ? Ml : typeof t == "function" ? t : Qo(t);
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
function zr(e, t, n) {
  var o = Mr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Fl(e, t) {
  return function() {
    return zr(this, e, t);
  };
}
function Yl(e, t) {
  return function() {
    return zr(this, e, t.apply(this, arguments));
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
var Dr = [null];
function Je(e, t) {
  this._groups = e, this._parents = t;
}
function Nn() {
  return new Je([[document.documentElement]], Dr);
}
function Gl() {
  return this;
}
Je.prototype = Nn.prototype = {
  constructor: Je,
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
  return typeof e == "string" ? new Je([[document.querySelector(e)]], [document.documentElement]) : new Je([[e]], Dr);
}
function Ul(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function at(e, t) {
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
const Wl = { passive: !1 }, yn = { capture: !0, passive: !1 };
function ko(e) {
  e.stopImmediatePropagation();
}
function Wt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Or(e) {
  var t = e.document.documentElement, n = nt(e).on("dragstart.drag", Wt, yn);
  "onselectstart" in t ? n.on("selectstart.drag", Wt, yn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Br(e, t) {
  var n = e.document.documentElement, o = nt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Wt, yn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const In = (e) => () => e;
function Oo(e, {
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
Oo.prototype.on = function() {
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
  var e = Kl, t = Zl, n = jl, o = Jl, i = {}, r = so("start", "drag", "end"), a = 0, s, l, u, c, d = 0;
  function f(p) {
    p.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", k, Wl).on("touchend.drag touchcancel.drag", I).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(p, P) {
    if (!(c || !e.call(this, p, P))) {
      var B = w(this, t.call(this, p, P), p, P, "mouse");
      B && (nt(p.view).on("mousemove.drag", b, yn).on("mouseup.drag", y, yn), Or(p.view), ko(p), u = !1, s = p.clientX, l = p.clientY, B("start", p));
    }
  }
  function b(p) {
    if (Wt(p), !u) {
      var P = p.clientX - s, B = p.clientY - l;
      u = P * P + B * B > d;
    }
    i.mouse("drag", p);
  }
  function y(p) {
    nt(p.view).on("mousemove.drag mouseup.drag", null), Br(p.view, u), Wt(p), i.mouse("end", p);
  }
  function x(p, P) {
    if (e.call(this, p, P)) {
      var B = p.changedTouches, V = t.call(this, p, P), R = B.length, ne, Q;
      for (ne = 0; ne < R; ++ne)
        (Q = w(this, V, p, P, B[ne].identifier, B[ne])) && (ko(p), Q("start", p, B[ne]));
    }
  }
  function k(p) {
    var P = p.changedTouches, B = P.length, V, R;
    for (V = 0; V < B; ++V)
      (R = i[P[V].identifier]) && (Wt(p), R("drag", p, P[V]));
  }
  function I(p) {
    var P = p.changedTouches, B = P.length, V, R;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), V = 0; V < B; ++V)
      (R = i[P[V].identifier]) && (ko(p), R("end", p, P[V]));
  }
  function w(p, P, B, V, R, ne) {
    var Q = r.copy(), U = at(ne || B, P), T, oe, N;
    if ((N = n.call(p, new Oo("beforestart", {
      sourceEvent: B,
      target: f,
      identifier: R,
      active: a,
      x: U[0],
      y: U[1],
      dx: 0,
      dy: 0,
      dispatch: Q
    }), V)) != null)
      return T = N.x - U[0] || 0, oe = N.y - U[1] || 0, function Y(A, D, z) {
        var H = U, Z;
        switch (A) {
          case "start":
            i[R] = Y, Z = a++;
            break;
          case "end":
            delete i[R], --a;
          case "drag":
            U = at(z || D, P), Z = a;
            break;
        }
        Q.call(
          A,
          p,
          new Oo(A, {
            sourceEvent: D,
            subject: N,
            target: f,
            identifier: R,
            active: Z,
            x: U[0] + T,
            y: U[1] + oe,
            dx: U[0] - H[0],
            dy: U[1] - H[1],
            dispatch: Q
          }),
          V
        );
      };
  }
  return f.filter = function(p) {
    return arguments.length ? (e = typeof p == "function" ? p : In(!!p), f) : e;
  }, f.container = function(p) {
    return arguments.length ? (t = typeof p == "function" ? p : In(p), f) : t;
  }, f.subject = function(p) {
    return arguments.length ? (n = typeof p == "function" ? p : In(p), f) : n;
  }, f.touchable = function(p) {
    return arguments.length ? (o = typeof p == "function" ? p : In(!!p), f) : o;
  }, f.on = function() {
    var p = r.on.apply(r, arguments);
    return p === r ? f : p;
  }, f.clickDistance = function(p) {
    return arguments.length ? (d = (p = +p) * p, f) : Math.sqrt(d);
  }, f;
}
function ti(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Rr(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Cn() {
}
var wn = 0.7, Zn = 1 / wn, Kt = "\\s*([+-]?\\d+)\\s*", xn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ut = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", eu = /^#([0-9a-f]{3,8})$/, tu = new RegExp(`^rgb\\(${Kt},${Kt},${Kt}\\)$`), nu = new RegExp(`^rgb\\(${ut},${ut},${ut}\\)$`), ou = new RegExp(`^rgba\\(${Kt},${Kt},${Kt},${xn}\\)$`), iu = new RegExp(`^rgba\\(${ut},${ut},${ut},${xn}\\)$`), ru = new RegExp(`^hsl\\(${xn},${ut},${ut}\\)$`), au = new RegExp(`^hsla\\(${xn},${ut},${ut},${xn}\\)$`), pi = {
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
ti(Cn, Rt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: gi,
  // Deprecated! Use color.formatHex.
  formatHex: gi,
  formatHex8: su,
  formatHsl: lu,
  formatRgb: yi,
  toString: yi
});
function gi() {
  return this.rgb().formatHex();
}
function su() {
  return this.rgb().formatHex8();
}
function lu() {
  return Lr(this).formatHsl();
}
function yi() {
  return this.rgb().formatRgb();
}
function Rt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = eu.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? wi(t) : n === 3 ? new je(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Tn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Tn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = tu.exec(e)) ? new je(t[1], t[2], t[3], 1) : (t = nu.exec(e)) ? new je(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = ou.exec(e)) ? Tn(t[1], t[2], t[3], t[4]) : (t = iu.exec(e)) ? Tn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = ru.exec(e)) ? ki(t[1], t[2] / 100, t[3] / 100, 1) : (t = au.exec(e)) ? ki(t[1], t[2] / 100, t[3] / 100, t[4]) : pi.hasOwnProperty(e) ? wi(pi[e]) : e === "transparent" ? new je(NaN, NaN, NaN, 0) : null;
}
function wi(e) {
  return new je(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Tn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new je(e, t, n, o);
}
function uu(e) {
  return e instanceof Cn || (e = Rt(e)), e ? (e = e.rgb(), new je(e.r, e.g, e.b, e.opacity)) : new je();
}
function Bo(e, t, n, o) {
  return arguments.length === 1 ? uu(e) : new je(e, t, n, o ?? 1);
}
function je(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
ti(je, Bo, Rr(Cn, {
  brighter(e) {
    return e = e == null ? Zn : Math.pow(Zn, e), new je(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? wn : Math.pow(wn, e), new je(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new je(Dt(this.r), Dt(this.g), Dt(this.b), jn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: xi,
  // Deprecated! Use color.formatHex.
  formatHex: xi,
  formatHex8: cu,
  formatRgb: bi,
  toString: bi
}));
function xi() {
  return `#${At(this.r)}${At(this.g)}${At(this.b)}`;
}
function cu() {
  return `#${At(this.r)}${At(this.g)}${At(this.b)}${At((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function bi() {
  const e = jn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Dt(this.r)}, ${Dt(this.g)}, ${Dt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function jn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Dt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function At(e) {
  return e = Dt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function ki(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new ot(e, t, n, o);
}
function Lr(e) {
  if (e instanceof ot)
    return new ot(e.h, e.s, e.l, e.opacity);
  if (e instanceof Cn || (e = Rt(e)), !e)
    return new ot();
  if (e instanceof ot)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), a = NaN, s = r - i, l = (r + i) / 2;
  return s ? (t === r ? a = (n - o) / s + (n < o) * 6 : n === r ? a = (o - t) / s + 2 : a = (t - n) / s + 4, s /= l < 0.5 ? r + i : 2 - r - i, a *= 60) : s = l > 0 && l < 1 ? 0 : a, new ot(a, s, l, e.opacity);
}
function du(e, t, n, o) {
  return arguments.length === 1 ? Lr(e) : new ot(e, t, n, o ?? 1);
}
function ot(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
ti(ot, du, Rr(Cn, {
  brighter(e) {
    return e = e == null ? Zn : Math.pow(Zn, e), new ot(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? wn : Math.pow(wn, e), new ot(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new je(
      _o(e >= 240 ? e - 240 : e + 120, i, o),
      _o(e, i, o),
      _o(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new ot(_i(this.h), Pn(this.s), Pn(this.l), jn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = jn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${_i(this.h)}, ${Pn(this.s) * 100}%, ${Pn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function _i(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Pn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function _o(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const ni = (e) => () => e;
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
  return (e = +e) == 1 ? Vr : function(t, n) {
    return n - t ? hu(t, n, e) : ni(isNaN(t) ? n : t);
  };
}
function Vr(e, t) {
  var n = t - e;
  return n ? fu(e, n) : ni(isNaN(e) ? t : e);
}
const Jn = function e(t) {
  var n = vu(t);
  function o(i, r) {
    var a = n((i = Bo(i)).r, (r = Bo(r)).r), s = n(i.g, r.g), l = n(i.b, r.b), u = Vr(i.opacity, r.opacity);
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
    i[a] = fn(e[a], t[a]);
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
function st(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function wu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = fn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Ro = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, So = new RegExp(Ro.source, "g");
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
function Hr(e, t) {
  var n = Ro.lastIndex = So.lastIndex = 0, o, i, r, a = -1, s = [], l = [];
  for (e = e + "", t = t + ""; (o = Ro.exec(e)) && (i = So.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), s[a] ? s[a] += r : s[++a] = r), (o = o[0]) === (i = i[0]) ? s[a] ? s[a] += i : s[++a] = i : (s[++a] = null, l.push({ i: a, x: st(o, i) })), n = So.lastIndex;
  return n < t.length && (r = t.slice(n), s[a] ? s[a] += r : s[++a] = r), s.length < 2 ? l[0] ? bu(l[0].x) : xu(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      s[(d = l[c]).i] = d.x(u);
    return s.join("");
  });
}
function fn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? ni(t) : (n === "number" ? st : n === "string" ? (o = Rt(t)) ? (t = o, Jn) : Hr : t instanceof Rt ? Jn : t instanceof Date ? yu : pu(t) ? mu : Array.isArray(t) ? gu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? wu : st)(e, t);
}
var Si = 180 / Math.PI, Lo = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Fr(e, t, n, o, i, r) {
  var a, s, l;
  return (a = Math.sqrt(e * e + t * t)) && (e /= a, t /= a), (l = e * n + t * o) && (n -= e * l, o -= t * l), (s = Math.sqrt(n * n + o * o)) && (n /= s, o /= s, l /= s), e * o < t * n && (e = -e, t = -t, l = -l, a = -a), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Si,
    skewX: Math.atan(l) * Si,
    scaleX: a,
    scaleY: s
  };
}
var An;
function ku(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Lo : Fr(t.a, t.b, t.c, t.d, t.e, t.f);
}
function _u(e) {
  return e == null || (An || (An = document.createElementNS("http://www.w3.org/2000/svg", "g")), An.setAttribute("transform", e), !(e = An.transform.baseVal.consolidate())) ? Lo : (e = e.matrix, Fr(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Yr(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, m, b) {
    if (u !== d || c !== f) {
      var y = m.push("translate(", null, t, null, n);
      b.push({ i: y - 4, x: st(u, d) }, { i: y - 2, x: st(c, f) });
    } else (d || f) && m.push("translate(" + d + t + f + n);
  }
  function a(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: st(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function s(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: st(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, m, b) {
    if (u !== d || c !== f) {
      var y = m.push(i(m) + "scale(", null, ",", null, ")");
      b.push({ i: y - 4, x: st(u, d) }, { i: y - 2, x: st(c, f) });
    } else (d !== 1 || f !== 1) && m.push(i(m) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), a(u.rotate, c.rotate, d, f), s(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(m) {
      for (var b = -1, y = f.length, x; ++b < y; )
        d[(x = f[b]).i] = x.x(m);
      return d.join("");
    };
  };
}
var Su = Yr(ku, "px, ", "px)", "deg)"), $u = Yr(_u, ", ", ")", ")"), Eu = 1e-12;
function $i(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Nu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Cu(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Xn = function e(t, n, o) {
  function i(r, a) {
    var s = r[0], l = r[1], u = r[2], c = a[0], d = a[1], f = a[2], m = c - s, b = d - l, y = m * m + b * b, x, k;
    if (y < Eu)
      k = Math.log(f / u) / t, x = function(V) {
        return [
          s + V * m,
          l + V * b,
          u * Math.exp(t * V * k)
        ];
      };
    else {
      var I = Math.sqrt(y), w = (f * f - u * u + o * y) / (2 * u * n * I), p = (f * f - u * u - o * y) / (2 * f * n * I), P = Math.log(Math.sqrt(w * w + 1) - w), B = Math.log(Math.sqrt(p * p + 1) - p);
      k = (B - P) / t, x = function(V) {
        var R = V * k, ne = $i(P), Q = u / (n * I) * (ne * Cu(t * R + P) - Nu(P));
        return [
          s + Q * m,
          l + Q * b,
          u * ne / $i(t * R + P)
        ];
      };
    }
    return x.duration = k * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(r) {
    var a = Math.max(1e-3, +r), s = a * a, l = s * s;
    return e(a, s, l);
  }, i;
}(Math.SQRT2, 2, 4);
var en = 0, ln = 0, an = 0, Xr = 1e3, Qn, un, eo = 0, Lt = 0, uo = 0, bn = typeof performance == "object" && performance.now ? performance : Date, qr = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function oi() {
  return Lt || (qr(Mu), Lt = bn.now() + uo);
}
function Mu() {
  Lt = 0;
}
function to() {
  this._call = this._time = this._next = null;
}
to.prototype = Gr.prototype = {
  constructor: to,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? oi() : +n) + (t == null ? 0 : +t), !this._next && un !== this && (un ? un._next = this : Qn = this, un = this), this._call = e, this._time = n, Vo();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Vo());
  }
};
function Gr(e, t, n) {
  var o = new to();
  return o.restart(e, t, n), o;
}
function Iu() {
  oi(), ++en;
  for (var e = Qn, t; e; )
    (t = Lt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --en;
}
function Ei() {
  Lt = (eo = bn.now()) + uo, en = ln = 0;
  try {
    Iu();
  } finally {
    en = 0, Pu(), Lt = 0;
  }
}
function Tu() {
  var e = bn.now(), t = e - eo;
  t > Xr && (uo -= t, eo = e);
}
function Pu() {
  for (var e, t = Qn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Qn = n);
  un = e, Vo(o);
}
function Vo(e) {
  if (!en) {
    ln && (ln = clearTimeout(ln));
    var t = e - Lt;
    t > 24 ? (e < 1 / 0 && (ln = setTimeout(Ei, e - bn.now() - uo)), an && (an = clearInterval(an))) : (an || (eo = bn.now(), an = setInterval(Tu, Xr)), en = 1, qr(Ei));
  }
}
function Ni(e, t, n) {
  var o = new to();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Au = so("start", "end", "cancel", "interrupt"), zu = [], Ur = 0, Ci = 1, Ho = 2, qn = 3, Mi = 4, Fo = 5, Gn = 6;
function co(e, t, n, o, i, r) {
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
    state: Ur
  });
}
function ii(e, t) {
  var n = it(e, t);
  if (n.state > Ur)
    throw new Error("too late; already scheduled");
  return n;
}
function ct(e, t) {
  var n = it(e, t);
  if (n.state > qn)
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
  o[t] = n, n.timer = Gr(r, 0, n.time);
  function r(u) {
    n.state = Ci, n.timer.restart(a, n.delay, n.time), n.delay <= u && a(u - n.delay);
  }
  function a(u) {
    var c, d, f, m;
    if (n.state !== Ci)
      return l();
    for (c in o)
      if (m = o[c], m.name === n.name) {
        if (m.state === qn)
          return Ni(a);
        m.state === Mi ? (m.state = Gn, m.timer.stop(), m.on.call("interrupt", e, e.__data__, m.index, m.group), delete o[c]) : +c < t && (m.state = Gn, m.timer.stop(), m.on.call("cancel", e, e.__data__, m.index, m.group), delete o[c]);
      }
    if (Ni(function() {
      n.state === qn && (n.state = Mi, n.timer.restart(s, n.delay, n.time), s(u));
    }), n.state = Ho, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ho) {
      for (n.state = qn, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (m = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = m);
      i.length = d + 1;
    }
  }
  function s(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Fo, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Fo && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = Gn, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function Un(e, t) {
  var n = e.__transition, o, i, r = !0, a;
  if (n) {
    t = t == null ? null : t + "";
    for (a in n) {
      if ((o = n[a]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Ho && o.state < Fo, o.state = Gn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[a];
    }
    r && delete e.__transition;
  }
}
function Ou(e) {
  return this.each(function() {
    Un(this, e);
  });
}
function Bu(e, t) {
  var n, o;
  return function() {
    var i = ct(this, e), r = i.tween;
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
    var r = ct(this, e), a = r.tween;
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
function ri(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ct(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return it(i, o).value[t];
  };
}
function Wr(e, t) {
  var n;
  return (typeof t == "number" ? st : t instanceof Rt ? Jn : (n = Rt(t)) ? (t = n, Jn) : Hr)(e, t);
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
  var n = lo(e), o = n === "transform" ? $u : Wr;
  return this.attrTween(e, typeof t == "function" ? (n.local ? qu : Xu)(n, o, ri(this, "attr." + e, t)) : t == null ? (n.local ? Hu : Vu)(n) : (n.local ? Yu : Fu)(n, o, t));
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
  var o = lo(e);
  return this.tween(n, (o.local ? Ku : Zu)(o, t));
}
function Ju(e, t) {
  return function() {
    ii(this, e).delay = +t.apply(this, arguments);
  };
}
function Qu(e, t) {
  return t = +t, function() {
    ii(this, e).delay = t;
  };
}
function ec(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ju : Qu)(t, e)) : it(this.node(), t).delay;
}
function tc(e, t) {
  return function() {
    ct(this, e).duration = +t.apply(this, arguments);
  };
}
function nc(e, t) {
  return t = +t, function() {
    ct(this, e).duration = t;
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
    ct(this, e).ease = t;
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
    ct(this, e).ease = n;
  };
}
function sc(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(ac(this._id, e));
}
function lc(e) {
  typeof e != "function" && (e = Er(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new pt(o, this._parents, this._name, this._id);
}
function uc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), a = new Array(o), s = 0; s < r; ++s)
    for (var l = t[s], u = n[s], c = l.length, d = a[s] = new Array(c), f, m = 0; m < c; ++m)
      (f = l[m] || u[m]) && (d[m] = f);
  for (; s < o; ++s)
    a[s] = t[s];
  return new pt(a, this._parents, this._name, this._id);
}
function cc(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function dc(e, t, n) {
  var o, i, r = cc(t) ? ii : ct;
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
  typeof e != "function" && (e = Qo(e));
  for (var o = this._groups, i = o.length, r = new Array(i), a = 0; a < i; ++a)
    for (var s = o[a], l = s.length, u = r[a] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = s[f]) && (d = e.call(c, c.__data__, f, s)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, co(u[f], t, n, f, u, it(c, n)));
  return new pt(r, this._parents, t, n);
}
function pc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = $r(e));
  for (var o = this._groups, i = o.length, r = [], a = [], s = 0; s < i; ++s)
    for (var l = o[s], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), m, b = it(c, n), y = 0, x = f.length; y < x; ++y)
          (m = f[y]) && co(m, t, n, y, f, b);
        r.push(f), a.push(c);
      }
  return new pt(r, a, t, n);
}
var gc = Nn.prototype.constructor;
function yc() {
  return new gc(this._groups, this._parents);
}
function wc(e, t) {
  var n, o, i;
  return function() {
    var r = Qt(this, e), a = (this.style.removeProperty(e), Qt(this, e));
    return r === a ? null : r === n && a === o ? i : i = t(n = r, o = a);
  };
}
function Kr(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function xc(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var a = Qt(this, e);
    return a === i ? null : a === o ? r : r = t(o = a, n);
  };
}
function bc(e, t, n) {
  var o, i, r;
  return function() {
    var a = Qt(this, e), s = n(this), l = s + "";
    return s == null && (l = s = (this.style.removeProperty(e), Qt(this, e))), a === l ? null : a === o && l === i ? r : (i = l, r = t(o = a, s));
  };
}
function kc(e, t) {
  var n, o, i, r = "style." + t, a = "end." + r, s;
  return function() {
    var l = ct(this, e), u = l.on, c = l.value[r] == null ? s || (s = Kr(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(a, i = c), l.on = o;
  };
}
function _c(e, t, n) {
  var o = (e += "") == "transform" ? Su : Wr;
  return t == null ? this.styleTween(e, wc(e, o)).on("end.style." + e, Kr(e)) : typeof t == "function" ? this.styleTween(e, bc(e, o, ri(this, "style." + e, t))).each(kc(this._id, e)) : this.styleTween(e, xc(e, o, t), n).on("end.style." + e, null);
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
  return this.tween("text", typeof e == "function" ? Cc(ri(this, "text", e)) : Nc(e == null ? "" : e + ""));
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
  for (var e = this._name, t = this._id, n = Zr(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var a = o[r], s = a.length, l, u = 0; u < s; ++u)
      if (l = a[u]) {
        var c = it(l, t);
        co(l, e, n, u, a, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new pt(o, this._parents, e, n);
}
function zc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, a) {
    var s = { value: a }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = ct(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var Dc = 0;
function pt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Zr() {
  return ++Dc;
}
var dt = Nn.prototype;
pt.prototype = {
  constructor: pt,
  select: mc,
  selectAll: pc,
  selectChild: dt.selectChild,
  selectChildren: dt.selectChildren,
  filter: lc,
  merge: uc,
  selection: yc,
  transition: Ac,
  call: dt.call,
  nodes: dt.nodes,
  node: dt.node,
  size: dt.size,
  empty: dt.empty,
  each: dt.each,
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
  [Symbol.iterator]: dt[Symbol.iterator]
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
  e instanceof pt ? (t = e._id, e = e._name) : (t = Zr(), (n = Bc).time = oi(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var a = o[r], s = a.length, l, u = 0; u < s; ++u)
      (l = a[u]) && co(l, e, t, u, a, n || Rc(l, t));
  return new pt(o, this._parents, e, t);
}
Nn.prototype.interrupt = Ou;
Nn.prototype.transition = Lc;
const zn = (e) => () => e;
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
function vt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
vt.prototype = {
  constructor: vt,
  scale: function(e) {
    return e === 1 ? this : new vt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new vt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var tn = new vt(1, 0, 0);
vt.prototype;
function $o(e) {
  e.stopImmediatePropagation();
}
function sn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Hc(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Fc() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ii() {
  return this.__zoom || tn;
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
  var e = Hc, t = Fc, n = qc, o = Yc, i = Xc, r = [0, 1 / 0], a = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], s = 250, l = Xn, u = so("start", "zoom", "end"), c, d, f, m = 500, b = 150, y = 0, x = 10;
  function k(N) {
    N.property("__zoom", Ii).on("wheel.zoom", R, { passive: !1 }).on("mousedown.zoom", ne).on("dblclick.zoom", Q).filter(i).on("touchstart.zoom", U).on("touchmove.zoom", T).on("touchend.zoom touchcancel.zoom", oe).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  k.transform = function(N, Y, A, D) {
    var z = N.selection ? N.selection() : N;
    z.property("__zoom", Ii), N !== z ? P(N, Y, A, D) : z.interrupt().each(function() {
      B(this, arguments).event(D).start().zoom(null, typeof Y == "function" ? Y.apply(this, arguments) : Y).end();
    });
  }, k.scaleBy = function(N, Y, A, D) {
    k.scaleTo(N, function() {
      var z = this.__zoom.k, H = typeof Y == "function" ? Y.apply(this, arguments) : Y;
      return z * H;
    }, A, D);
  }, k.scaleTo = function(N, Y, A, D) {
    k.transform(N, function() {
      var z = t.apply(this, arguments), H = this.__zoom, Z = A == null ? p(z) : typeof A == "function" ? A.apply(this, arguments) : A, re = H.invert(Z), ue = typeof Y == "function" ? Y.apply(this, arguments) : Y;
      return n(w(I(H, ue), Z, re), z, a);
    }, A, D);
  }, k.translateBy = function(N, Y, A, D) {
    k.transform(N, function() {
      return n(this.__zoom.translate(
        typeof Y == "function" ? Y.apply(this, arguments) : Y,
        typeof A == "function" ? A.apply(this, arguments) : A
      ), t.apply(this, arguments), a);
    }, null, D);
  }, k.translateTo = function(N, Y, A, D, z) {
    k.transform(N, function() {
      var H = t.apply(this, arguments), Z = this.__zoom, re = D == null ? p(H) : typeof D == "function" ? D.apply(this, arguments) : D;
      return n(tn.translate(re[0], re[1]).scale(Z.k).translate(
        typeof Y == "function" ? -Y.apply(this, arguments) : -Y,
        typeof A == "function" ? -A.apply(this, arguments) : -A
      ), H, a);
    }, D, z);
  };
  function I(N, Y) {
    return Y = Math.max(r[0], Math.min(r[1], Y)), Y === N.k ? N : new vt(Y, N.x, N.y);
  }
  function w(N, Y, A) {
    var D = Y[0] - A[0] * N.k, z = Y[1] - A[1] * N.k;
    return D === N.x && z === N.y ? N : new vt(N.k, D, z);
  }
  function p(N) {
    return [(+N[0][0] + +N[1][0]) / 2, (+N[0][1] + +N[1][1]) / 2];
  }
  function P(N, Y, A, D) {
    N.on("start.zoom", function() {
      B(this, arguments).event(D).start();
    }).on("interrupt.zoom end.zoom", function() {
      B(this, arguments).event(D).end();
    }).tween("zoom", function() {
      var z = this, H = arguments, Z = B(z, H).event(D), re = t.apply(z, H), ue = A == null ? p(re) : typeof A == "function" ? A.apply(z, H) : A, fe = Math.max(re[1][0] - re[0][0], re[1][1] - re[0][1]), ye = z.__zoom, ae = typeof Y == "function" ? Y.apply(z, H) : Y, te = l(ye.invert(ue).concat(fe / ye.k), ae.invert(ue).concat(fe / ae.k));
      return function(ie) {
        if (ie === 1)
          ie = ae;
        else {
          var Ce = te(ie), Me = fe / Ce[2];
          ie = new vt(Me, ue[0] - Ce[0] * Me, ue[1] - Ce[1] * Me);
        }
        Z.zoom(null, ie);
      };
    });
  }
  function B(N, Y, A) {
    return !A && N.__zooming || new V(N, Y);
  }
  function V(N, Y) {
    this.that = N, this.args = Y, this.active = 0, this.sourceEvent = null, this.extent = t.apply(N, Y), this.taps = 0;
  }
  V.prototype = {
    event: function(N) {
      return N && (this.sourceEvent = N), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(N, Y) {
      return this.mouse && N !== "mouse" && (this.mouse[1] = Y.invert(this.mouse[0])), this.touch0 && N !== "touch" && (this.touch0[1] = Y.invert(this.touch0[0])), this.touch1 && N !== "touch" && (this.touch1[1] = Y.invert(this.touch1[0])), this.that.__zoom = Y, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(N) {
      var Y = nt(this.that).datum();
      u.call(
        N,
        this.that,
        new Vc(N, {
          sourceEvent: this.sourceEvent,
          target: k,
          transform: this.that.__zoom,
          dispatch: u
        }),
        Y
      );
    }
  };
  function R(N, ...Y) {
    if (!e.apply(this, arguments))
      return;
    var A = B(this, Y).event(N), D = this.__zoom, z = Math.max(r[0], Math.min(r[1], D.k * Math.pow(2, o.apply(this, arguments)))), H = at(N);
    if (A.wheel)
      (A.mouse[0][0] !== H[0] || A.mouse[0][1] !== H[1]) && (A.mouse[1] = D.invert(A.mouse[0] = H)), clearTimeout(A.wheel);
    else {
      if (D.k === z)
        return;
      A.mouse = [H, D.invert(H)], Un(this), A.start();
    }
    sn(N), A.wheel = setTimeout(Z, b), A.zoom("mouse", n(w(I(D, z), A.mouse[0], A.mouse[1]), A.extent, a));
    function Z() {
      A.wheel = null, A.end();
    }
  }
  function ne(N, ...Y) {
    if (f || !e.apply(this, arguments))
      return;
    var A = N.currentTarget, D = B(this, Y, !0).event(N), z = nt(N.view).on("mousemove.zoom", ue, !0).on("mouseup.zoom", fe, !0), H = at(N, A), Z = N.clientX, re = N.clientY;
    Or(N.view), $o(N), D.mouse = [H, this.__zoom.invert(H)], Un(this), D.start();
    function ue(ye) {
      if (sn(ye), !D.moved) {
        var ae = ye.clientX - Z, te = ye.clientY - re;
        D.moved = ae * ae + te * te > y;
      }
      D.event(ye).zoom("mouse", n(w(D.that.__zoom, D.mouse[0] = at(ye, A), D.mouse[1]), D.extent, a));
    }
    function fe(ye) {
      z.on("mousemove.zoom mouseup.zoom", null), Br(ye.view, D.moved), sn(ye), D.event(ye).end();
    }
  }
  function Q(N, ...Y) {
    if (e.apply(this, arguments)) {
      var A = this.__zoom, D = at(N.changedTouches ? N.changedTouches[0] : N, this), z = A.invert(D), H = A.k * (N.shiftKey ? 0.5 : 2), Z = n(w(I(A, H), D, z), t.apply(this, Y), a);
      sn(N), s > 0 ? nt(this).transition().duration(s).call(P, Z, D, N) : nt(this).call(k.transform, Z, D, N);
    }
  }
  function U(N, ...Y) {
    if (e.apply(this, arguments)) {
      var A = N.touches, D = A.length, z = B(this, Y, N.changedTouches.length === D).event(N), H, Z, re, ue;
      for ($o(N), Z = 0; Z < D; ++Z)
        re = A[Z], ue = at(re, this), ue = [ue, this.__zoom.invert(ue), re.identifier], z.touch0 ? !z.touch1 && z.touch0[2] !== ue[2] && (z.touch1 = ue, z.taps = 0) : (z.touch0 = ue, H = !0, z.taps = 1 + !!c);
      c && (c = clearTimeout(c)), H && (z.taps < 2 && (d = ue[0], c = setTimeout(function() {
        c = null;
      }, m)), Un(this), z.start());
    }
  }
  function T(N, ...Y) {
    if (this.__zooming) {
      var A = B(this, Y).event(N), D = N.changedTouches, z = D.length, H, Z, re, ue;
      for (sn(N), H = 0; H < z; ++H)
        Z = D[H], re = at(Z, this), A.touch0 && A.touch0[2] === Z.identifier ? A.touch0[0] = re : A.touch1 && A.touch1[2] === Z.identifier && (A.touch1[0] = re);
      if (Z = A.that.__zoom, A.touch1) {
        var fe = A.touch0[0], ye = A.touch0[1], ae = A.touch1[0], te = A.touch1[1], ie = (ie = ae[0] - fe[0]) * ie + (ie = ae[1] - fe[1]) * ie, Ce = (Ce = te[0] - ye[0]) * Ce + (Ce = te[1] - ye[1]) * Ce;
        Z = I(Z, Math.sqrt(ie / Ce)), re = [(fe[0] + ae[0]) / 2, (fe[1] + ae[1]) / 2], ue = [(ye[0] + te[0]) / 2, (ye[1] + te[1]) / 2];
      } else if (A.touch0)
        re = A.touch0[0], ue = A.touch0[1];
      else
        return;
      A.zoom("touch", n(w(Z, re, ue), A.extent, a));
    }
  }
  function oe(N, ...Y) {
    if (this.__zooming) {
      var A = B(this, Y).event(N), D = N.changedTouches, z = D.length, H, Z;
      for ($o(N), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, m), H = 0; H < z; ++H)
        Z = D[H], A.touch0 && A.touch0[2] === Z.identifier ? delete A.touch0 : A.touch1 && A.touch1[2] === Z.identifier && delete A.touch1;
      if (A.touch1 && !A.touch0 && (A.touch0 = A.touch1, delete A.touch1), A.touch0)
        A.touch0[1] = this.__zoom.invert(A.touch0[0]);
      else if (A.end(), A.taps === 2 && (Z = at(Z, this), Math.hypot(d[0] - Z[0], d[1] - Z[1]) < x)) {
        var re = nt(this).on("dblclick.zoom");
        re && re.apply(this, arguments);
      }
    }
  }
  return k.wheelDelta = function(N) {
    return arguments.length ? (o = typeof N == "function" ? N : zn(+N), k) : o;
  }, k.filter = function(N) {
    return arguments.length ? (e = typeof N == "function" ? N : zn(!!N), k) : e;
  }, k.touchable = function(N) {
    return arguments.length ? (i = typeof N == "function" ? N : zn(!!N), k) : i;
  }, k.extent = function(N) {
    return arguments.length ? (t = typeof N == "function" ? N : zn([[+N[0][0], +N[0][1]], [+N[1][0], +N[1][1]]]), k) : t;
  }, k.scaleExtent = function(N) {
    return arguments.length ? (r[0] = +N[0], r[1] = +N[1], k) : [r[0], r[1]];
  }, k.translateExtent = function(N) {
    return arguments.length ? (a[0][0] = +N[0][0], a[1][0] = +N[1][0], a[0][1] = +N[0][1], a[1][1] = +N[1][1], k) : [[a[0][0], a[0][1]], [a[1][0], a[1][1]]];
  }, k.constrain = function(N) {
    return arguments.length ? (n = N, k) : n;
  }, k.duration = function(N) {
    return arguments.length ? (s = +N, k) : s;
  }, k.interpolate = function(N) {
    return arguments.length ? (l = N, k) : l;
  }, k.on = function() {
    var N = u.on.apply(u, arguments);
    return N === u ? k : N;
  }, k.clickDistance = function(N) {
    return arguments.length ? (y = (N = +N) * N, k) : Math.sqrt(y);
  }, k.tapDistance = function(N) {
    return arguments.length ? (x = +N, k) : x;
  }, k;
}
var he = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(he || {}), ai = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(ai || {}), Tt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Tt || {}), Et = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Et || {}), Yo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Yo || {}), hn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(hn || {});
const Uc = ["INPUT", "SELECT", "TEXTAREA"], Wc = typeof document < "u" ? document : null;
function Xo(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Uc.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Kc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Ti(e, t, n, o) {
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
    return Array.isArray(e) ? e.some((i) => Ti(n[o], i, t, n.type === "keyup")) : Ti(n[o], e, t, n.type === "keyup");
  };
}
function jc(e, t) {
  return t.includes(e) ? "code" : "key";
}
function vn(e, t) {
  const n = ee(() => Ie(t == null ? void 0 : t.target) ?? Wc), o = St(Ie(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let a = l(Ie(e));
  Se(
    () => Ie(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && s(), a = l(u);
    },
    {
      immediate: !0
    }
  ), _r(["blur", "contextmenu"], s), hi(
    (...u) => a(...u),
    (u) => {
      var c, d;
      const f = Ie(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, m = Ie(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Kc(u), (!i || i && !f) && Xo(u))
        return;
      const y = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, x = (y == null ? void 0 : y.nodeName) === "BUTTON" || (y == null ? void 0 : y.nodeName) === "A";
      !m && (i || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), hi(
    (...u) => a(...u),
    (u) => {
      const c = Ie(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Xo(u))
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
const jr = "vue-flow__node-desc", Jr = "vue-flow__edge-desc", Jc = "vue-flow__aria-live", Qr = ["Enter", " ", "Escape"], Zt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function no(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function oo(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function fo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function gt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function ea(e, t) {
  return {
    x: gt(e.x, t[0][0], t[1][0]),
    y: gt(e.y, t[0][1], t[1][1])
  };
}
function Pi(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function Nt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Ot(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !Nt(e);
}
function cn(e) {
  return Ot(e) && "computedPosition" in e;
}
function Dn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Qc(e) {
  return Dn(e.width) && Dn(e.height) && Dn(e.x) && Dn(e.y);
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
    data: qe(e.data) ? e.data : {},
    events: tt(qe(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function ta(e, t, n) {
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
    data: qe(e.data) ? e.data : {},
    events: tt(qe(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function na(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), a = o === "source" ? "target" : "source";
  for (const s of n)
    s[a] === i && r.add(s[o]);
  return t.filter((s) => r.has(s.id));
}
function td(...e) {
  if (e.length === 3) {
    const [r, a, s] = e;
    return na(r, a, s, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Nt(r) && r.source === o).map((r) => n.find((a) => Ot(a) && a.id === r.target));
}
function nd(...e) {
  if (e.length === 3) {
    const [r, a, s] = e;
    return na(r, a, s, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Nt(r) && r.target === o).map((r) => n.find((a) => Ot(a) && a.id === r.source));
}
function oa({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function od(e, t) {
  return t.some(
    (n) => Nt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function kn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function _n({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, a = [1, 1]) {
  const s = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? ho(s, a) : s;
}
function id(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function ia({ x: e, y: t, width: n, height: o }) {
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
function ra(e) {
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
      ia({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return rd(t);
}
function aa(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ..._n(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, a = [];
  for (const s of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = s, d = l.width ?? s.width ?? null, f = l.height ?? s.height ?? null;
    if (i && !u || c)
      continue;
    const m = oo(r, no(s)), b = d === null || f === null, y = o && m > 0, x = (d ?? 0) * (f ?? 0);
    (b || y || m >= x || s.dragging) && a.push(s);
  }
  return a;
}
function sa(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Ut(e, t) {
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
  return Mn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function ad(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Ut(e, n), i = Ut(e, t);
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
    const o = Ut(e.top ?? e.y ?? 0, n), i = Ut(e.bottom ?? e.y ?? 0, n), r = Ut(e.left ?? e.x ?? 0, t), a = Ut(e.right ?? e.x ?? 0, t);
    return { top: o, right: a, bottom: i, left: r, x: r + a, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function sd(e, t, n, o, i, r) {
  const { x: a, y: s } = kn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = kn(
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
function Ai(e, t, n, o, i, r = 0.1) {
  const a = ad(r, t, n), s = (t - a.x) / e.width, l = (n - a.y) / e.height, u = Math.min(s, l), c = gt(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, m = t / 2 - d * c, b = n / 2 - f * c, y = sd(e, m, b, c, t, n), x = {
    left: Math.min(y.left - a.left, 0),
    top: Math.min(y.top - a.top, 0),
    right: Math.min(y.right - a.right, 0),
    bottom: Math.min(y.bottom - a.bottom, 0)
  };
  return {
    x: m - x.left + x.right,
    y: b - x.top + x.bottom,
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
function la(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : la(n, t) : !1;
}
function Sn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function zi(e) {
  const t = e.ctrlKey && io() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Di(e, t, n) {
  return e < t ? gt(Math.abs(e - t), 1, t) / t : e > n ? -gt(Math.abs(e - n), 1, t) / t : 0;
}
function ua(e, t, n = 15, o = 40) {
  const i = Di(e.x, o, t.width - o) * n, r = Di(e.y, o, t.height - o) * n;
  return [i, r];
}
function Eo(e, t) {
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
function Oi(e, t) {
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
            if (cn(a) && (typeof s.position < "u" && (a.position = s.position), typeof s.dragging < "u" && (a.dragging = s.dragging), a.expandParent && a.parentNode)) {
              const l = t[r.indexOf(a.parentNode)];
              l && cn(l) && Eo(a, l);
            }
            break;
          case "dimensions":
            if (cn(a) && (typeof s.dimensions < "u" && (a.dimensions = s.dimensions), typeof s.updateStyle < "u" && s.updateStyle && (a.style = {
              ...a.style || {},
              width: `${(n = s.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = s.dimensions) == null ? void 0 : o.height}px`
            }), typeof s.resizing < "u" && (a.resizing = s.resizing), a.expandParent && a.parentNode)) {
              const l = t[r.indexOf(a.parentNode)];
              l && cn(l) && (!!l.dimensions.width && !!l.dimensions.height ? Eo(a, l) : Ze(() => {
                Eo(a, l);
              }));
            }
            break;
        }
  return t;
}
function kt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Bi(e) {
  return {
    item: e,
    type: "add"
  };
}
function Ri(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Li(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function _t(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const a = t.has(i);
    !(r.selected === void 0 && !a) && r.selected !== a && (n && (r.selected = a), o.push(kt(r.id, a)));
  }
  return o;
}
const Vi = () => {
};
function ce(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Vi, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, a = () => {
    n = Vi;
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
      const m = () => u(f);
      return gn(m), { off: m };
    },
    off: u,
    trigger: (f) => {
      const m = [n];
      return i() ? m.push(...t) : e && m.push(e), Promise.allSettled(m.map((b) => b(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: a,
    setHasEmitListeners: s,
    removeHasEmitListeners: l
  };
}
function Hi(e, t, n) {
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
    (l.selected || l.id === o) && (!l.parentNode || !la(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(s) && a.set(s, {
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
function No({
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
function ca(e) {
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
  const [o, i, r, a] = typeof e != "string" ? ca(e.padding) : [0, 0, 0, 0];
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
      t(new Ue(Ge.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = (o == null ? void 0 : o.computedPosition.x) || 0, a = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + r, i[0][1] + a],
      [i[1][0] + r, i[1][1] + a]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [r, a, s, l] = ca(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
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
function si(e, t, n, o, i) {
  const r = fd(e.dimensions, dd(e, n, o, i)), a = ea(t, r);
  return {
    position: {
      x: a.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: a.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: a
  };
}
function nn(e, t, n = he.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: a, height: s } = t ?? pd(e);
  if (o)
    return { x: i + a / 2, y: r + s / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case he.Top:
      return { x: i + a / 2, y: r };
    case he.Right:
      return { x: i + a, y: r + s / 2 };
    case he.Bottom:
      return { x: i + a / 2, y: r + s };
    case he.Left:
      return { x: i, y: r + s / 2 };
  }
}
function Fi(e, t) {
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
  const c = ia({
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
var Ge = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(Ge || {});
const Yi = {
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
class Ue extends Error {
  constructor(t, ...n) {
    var o;
    super((o = Yi[t]) == null ? void 0 : o.call(Yi, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function li(e) {
  return "clientX" in e;
}
function md(e) {
  return "sourceEvent" in e;
}
function lt(e, t) {
  const n = li(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const io = () => {
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
function ho(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const gd = () => !0;
function Co(e) {
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
    oo(i, no(r)) > 0 && o.push(r);
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
      const { x: f, y: m } = nn(u, d, d.position, !0), b = Math.sqrt((f - e.x) ** 2 + (m - e.y) ** 2);
      b > t || (b < s ? (a = [{ ...d, x: f, y: m }], s = b) : b === s && a.push({ ...d, x: f, y: m }));
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
function Xi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: a,
  lib: s,
  flowId: l,
  isValidConnection: u = gd
}, c, d, f, m) {
  const b = r === "target", y = t ? a.querySelector(`.${s}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x, y: k } = lt(e), I = a.elementFromPoint(x, k), w = I != null && I.classList.contains(`${s}-flow__handle`) ? I : y, p = {
    handleDomNode: w,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (w) {
    const P = da(void 0, w), B = w.getAttribute("data-nodeid"), V = w.getAttribute("data-handleid"), R = w.classList.contains("connectable"), ne = w.classList.contains("connectableend");
    if (!B || !P)
      return p;
    const Q = {
      source: b ? B : o,
      sourceHandle: b ? V : i,
      target: b ? o : B,
      targetHandle: b ? i : V
    };
    p.connection = Q;
    const T = R && ne && (n === Et.Strict ? b && P === "source" || !b && P === "target" : B !== o || V !== i);
    p.isValid = T && u(Q, {
      nodes: d,
      edges: c,
      sourceNode: f(Q.source),
      targetNode: f(Q.target)
    }), p.toHandle = fa(B, P, V, m, n, !0);
  }
  return p;
}
function da(e, t) {
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
function fa(e, t, n, o, i, r = !1) {
  var a, s, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === Et.Strict ? (a = u.handleBounds) == null ? void 0 : a[t] : [...((s = u.handleBounds) == null ? void 0 : s.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && r ? { ...d, ...nn(u, d, d.position, !0) } : d;
}
const qo = {
  [he.Left]: he.Right,
  [he.Right]: he.Left,
  [he.Top]: he.Bottom,
  [he.Bottom]: he.Top
}, _d = ["production", "prod"];
function Mn(e, ...t) {
  ha() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function ha() {
  return !_d.includes("production");
}
function qi(e, t, n, o, i) {
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
      ...fo(a)
    };
  }) : null;
}
function Go(e, t, n, o, i, r = !1, a) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ze(() => {
    a.blur();
  })) : n([e]);
}
function qe(e) {
  return typeof X(e) < "u";
}
function Sd(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Ue(Ge.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return Nt(e) ? i = e : i = {
    ...e,
    id: oa(e)
  }, i = ta(i, void 0, o), od(i, t) ? !1 : i;
}
function $d(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Ue(Ge.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Ue(Ge.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...a } = e;
  return {
    ...a,
    id: o ? oa(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Gi(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const a = e[r];
    if (!Ot(a)) {
      n(
        new Ue(Ge.NODE_INVALID, a == null ? void 0 : a.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const s = ed(a, t(a.id), a.parentNode);
    a.parentNode && (o[a.parentNode] = !0), i[r] = s;
  }
  for (const r of i) {
    const a = t(r.parentNode) || i.find((s) => s.id === r.parentNode);
    r.parentNode && !a && n(new Ue(Ge.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), a && (a.isParent = !0));
  }
  return i;
}
function Ui(e, t, n, o, i, r) {
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
function Mo(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: a = null, targetHandle: s = null } = o, l = { edgeId: o.id, source: i, target: r, sourceHandle: a, targetHandle: s }, u = `${i}-${a}--${r}-${s}`, c = `${r}-${s}--${i}-${a}`;
    Ui("source", l, c, e, i, a), Ui("target", l, u, e, r, s);
  }
}
function Wi(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function Io(e, t, n, o, i, r, a, s) {
  const l = [];
  for (const u of e) {
    const c = Nt(u) ? u : Sd(u, s, i, r);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new Ue(Ge.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Ue(Ge.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new Ue(Ge.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: s,
      nodes: a,
      sourceNode: d,
      targetNode: f
    })) {
      i(new Ue(Ge.EDGE_INVALID, c.id));
      continue;
    }
    const m = o(c.id);
    l.push({
      ...ta(c, m, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const Ki = Symbol("vueFlow"), ui = Symbol("nodeId"), va = Symbol("nodeRef"), Ed = Symbol("edgeId"), Nd = Symbol("edgeRef"), vo = Symbol("slots");
function ma(e) {
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
    findNode: m,
    multiSelectionActive: b,
    nodesSelectionActive: y,
    selectNodesOnDrag: x,
    removeSelectedElements: k,
    addSelectedNodes: I,
    updateNodePositions: w,
    emits: p
  } = Ve(), { onStart: P, onDrag: B, onStop: V, onClick: R, el: ne, disabled: Q, id: U, selectable: T, dragHandle: oe } = e, N = St(!1);
  let Y = [], A, D = null, z = { x: void 0, y: void 0 }, H = { x: 0, y: 0 }, Z = null, re = !1, ue = !1, fe = 0, ye = !1;
  const ae = pa(), te = ({ x: ge, y: _ }) => {
    z = { x: ge, y: _ };
    let v = !1;
    if (Y = Y.map((h) => {
      const g = { x: ge - h.distance.x, y: _ - h.distance.y }, { computedPosition: S } = si(
        h,
        n.value ? ho(g, o.value) : g,
        p.error,
        a.value,
        h.parentNode ? m(h.parentNode) : void 0
      );
      return v = v || h.position.x !== S.x || h.position.y !== S.y, h.position = S, h;
    }), ue = ue || v, !!v && (w(Y, !0, !0), N.value = !0, Z)) {
      const [h, g] = No({
        id: U,
        dragItems: Y,
        findNode: m
      });
      B({ event: Z, node: h, nodes: g });
    }
  }, ie = () => {
    if (!D)
      return;
    const [ge, _] = ua(H, D, c.value);
    if (ge !== 0 || _ !== 0) {
      const v = {
        x: (z.x ?? 0) - ge / l.value.zoom,
        y: (z.y ?? 0) - _ / l.value.zoom
      };
      f({ x: ge, y: _ }) && te(v);
    }
    fe = requestAnimationFrame(ie);
  }, Ce = (ge, _) => {
    re = !0;
    const v = m(U);
    !x.value && !b.value && v && (v.selected || k()), v && Ie(T) && x.value && Go(
      v,
      b.value,
      I,
      k,
      y,
      !1,
      _
    );
    const h = ae(ge.sourceEvent);
    if (z = h, Y = ud(r.value, d.value, h, U), Y.length) {
      const [g, S] = No({
        id: U,
        dragItems: Y,
        findNode: m
      });
      P({ event: ge.sourceEvent, node: g, nodes: S });
    }
  }, Me = (ge, _) => {
    var v;
    ge.sourceEvent.type === "touchmove" && ge.sourceEvent.touches.length > 1 || (ue = !1, s.value === 0 && Ce(ge, _), z = ae(ge.sourceEvent), D = ((v = t.value) == null ? void 0 : v.getBoundingClientRect()) || null, H = lt(ge.sourceEvent, D));
  }, we = (ge, _) => {
    const v = ae(ge.sourceEvent);
    if (!ye && re && u.value && (ye = !0, ie()), !re) {
      const h = v.xSnapped - (z.x ?? 0), g = v.ySnapped - (z.y ?? 0);
      Math.sqrt(h * h + g * g) > s.value && Ce(ge, _);
    }
    (z.x !== v.xSnapped || z.y !== v.ySnapped) && Y.length && re && (Z = ge.sourceEvent, H = lt(ge.sourceEvent, D), te(v));
  }, Ee = (ge) => {
    let _ = !1;
    if (!re && !N.value && !b.value) {
      const v = ge.sourceEvent, h = ae(v), g = h.xSnapped - (z.x ?? 0), S = h.ySnapped - (z.y ?? 0), $ = Math.sqrt(g * g + S * S);
      $ !== 0 && $ <= s.value && (R == null || R(v), _ = !0);
    }
    if (Y.length && !_) {
      ue && (w(Y, !1, !1), ue = !1);
      const [v, h] = No({
        id: U,
        dragItems: Y,
        findNode: m
      });
      V({ event: ge.sourceEvent, node: v, nodes: h });
    }
    Y = [], N.value = !1, ye = !1, re = !1, z = { x: void 0, y: void 0 }, cancelAnimationFrame(fe);
  };
  return Se([() => Ie(Q), ne], ([ge, _], v, h) => {
    if (_) {
      const g = nt(_);
      ge || (A = Ql().on("start", (S) => Me(S, _)).on("drag", (S) => we(S, _)).on("end", (S) => Ee(S)).filter((S) => {
        const $ = S.target, G = Ie(oe);
        return !S.button && (!i.value || !Hi($, `.${i.value}`, _) && (!G || Hi($, G, _)));
      }), g.call(A)), h(() => {
        g.on(".drag", null), A && (A.on("start", null), A.on("drag", null), A.on("end", null));
      });
    }
  }), N;
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
function pa() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Ve();
  return (i) => {
    var r;
    const a = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, s = md(i) ? i.sourceEvent : i, { x: l, y: u } = lt(s, a), c = _n({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? ho(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function On() {
  return !0;
}
function ga({
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
    nodesConnectable: m,
    autoPanOnConnect: b,
    autoPanSpeed: y,
    findNode: x,
    panBy: k,
    startConnection: I,
    updateConnection: w,
    endConnection: p,
    emits: P,
    viewport: B,
    edges: V,
    nodes: R,
    isValidConnection: ne,
    nodeLookup: Q
  } = Ve();
  let U = null, T = !1, oe = null;
  function N(A) {
    var D;
    const z = Ie(n) === "target", H = li(A), Z = Pi(A.target), re = A.currentTarget;
    if (re && (H && A.button === 0 || !H)) {
      let ue = function(K) {
        v = lt(K, Ee), te = xd(
          _n(v, B.value, !1, [1, 1]),
          c.value,
          Q.value,
          S
        ), h || (g(), h = !0);
        const j = Xi(
          K,
          {
            handle: te,
            connectionMode: u.value,
            fromNodeId: Ie(t),
            fromHandleId: Ie(e),
            fromType: z ? "target" : "source",
            isValidConnection: ae,
            doc: Z,
            lib: "vue",
            flowId: s,
            nodeLookup: Q.value
          },
          V.value,
          R.value,
          x,
          Q.value
        );
        oe = j.handleDomNode, U = j.connection, T = kd(!!te, j.isValid);
        const le = {
          // from stays the same
          ...W,
          isValid: T,
          to: j.toHandle && T ? kn({ x: j.toHandle.x, y: j.toHandle.y }, B.value) : v,
          toHandle: j.toHandle,
          toPosition: T && j.toHandle ? j.toHandle.position : qo[S.position],
          toNode: j.toHandle ? Q.value.get(j.toHandle.nodeId) : null
        };
        if (T && te && (W != null && W.toHandle) && le.toHandle && W.toHandle.type === le.toHandle.type && W.toHandle.nodeId === le.toHandle.nodeId && W.toHandle.id === le.toHandle.id && W.to.x === le.to.x && W.to.y === le.to.y)
          return;
        const ve = te ?? j.toHandle;
        if (w(
          ve && T ? kn(
            {
              x: ve.x,
              y: ve.y
            },
            B.value
          ) : v,
          ve,
          bd(!!ve, T)
        ), W = le, !te && !T && !oe)
          return Co(_);
        U && U.source !== U.target && oe && (Co(_), _ = oe, oe.classList.add("connecting", "vue-flow__handle-connecting"), oe.classList.toggle("valid", !!T), oe.classList.toggle("vue-flow__handle-valid", !!T));
      }, fe = function(K) {
        "touches" in K && K.touches.length > 0 || ((te || oe) && U && T && (r ? r(K, U) : P.connect(U)), P.connectEnd(K), i && (a == null || a(K)), Co(_), cancelAnimationFrame(ie), p(K), h = !1, T = !1, U = null, oe = null, Z.removeEventListener("mousemove", ue), Z.removeEventListener("mouseup", fe), Z.removeEventListener("touchmove", ue), Z.removeEventListener("touchend", fe));
      };
      const ye = x(Ie(t));
      let ae = Ie(o) || ne.value || On;
      !ae && ye && (ae = (z ? ye.isValidSourcePos : ye.isValidTargetPos) || On);
      let te, ie = 0;
      const { x: Ce, y: Me } = lt(A), we = da(Ie(i), re), Ee = (D = l.value) == null ? void 0 : D.getBoundingClientRect();
      if (!Ee || !we)
        return;
      const ge = fa(Ie(t), we, Ie(e), Q.value, u.value);
      if (!ge)
        return;
      let _, v = lt(A, Ee), h = !1;
      const g = () => {
        if (!b.value)
          return;
        const [K, j] = ua(v, Ee, y.value);
        k({ x: K, y: j }), ie = requestAnimationFrame(g);
      }, S = {
        ...ge,
        nodeId: Ie(t),
        type: we,
        position: ge.position
      }, $ = Q.value.get(Ie(t)), F = {
        inProgress: !0,
        isValid: null,
        from: nn($, S, he.Left, !0),
        fromHandle: S,
        fromPosition: S.position,
        fromNode: $,
        to: v,
        toHandle: null,
        toPosition: qo[S.position],
        toNode: null
      };
      I(
        {
          nodeId: Ie(t),
          id: Ie(e),
          type: we,
          position: (re == null ? void 0 : re.getAttribute("data-handlepos")) || he.Top,
          ...v
        },
        {
          x: Ce - Ee.left,
          y: Me - Ee.top
        }
      ), P.connectStart({ event: A, nodeId: Ie(t), handleId: Ie(e), handleType: we });
      let W = F;
      Z.addEventListener("mousemove", ue), Z.addEventListener("mouseup", fe), Z.addEventListener("touchmove", ue), Z.addEventListener("touchend", fe);
    }
  }
  function Y(A) {
    var D, z;
    if (!d.value)
      return;
    const H = Ie(n) === "target";
    if (!f.value) {
      P.clickConnectStart({ event: A, nodeId: Ie(t), handleId: Ie(e) }), I(
        {
          nodeId: Ie(t),
          type: Ie(n),
          id: Ie(e),
          position: he.Top,
          ...lt(A)
        },
        void 0,
        !0
      );
      return;
    }
    let Z = Ie(o) || ne.value || On;
    const re = x(Ie(t));
    if (!Z && re && (Z = (H ? re.isValidSourcePos : re.isValidTargetPos) || On), re && (typeof re.connectable > "u" ? m.value : re.connectable) === !1)
      return;
    const ue = Pi(A.target), fe = Xi(
      A,
      {
        handle: {
          nodeId: Ie(t),
          id: Ie(e),
          type: Ie(n),
          position: he.Top,
          ...lt(A)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: Z,
        doc: ue,
        lib: "vue",
        flowId: s,
        nodeLookup: Q.value
      },
      V.value,
      R.value,
      x,
      Q.value
    ), ye = ((D = fe.connection) == null ? void 0 : D.source) === ((z = fe.connection) == null ? void 0 : z.target);
    fe.isValid && fe.connection && !ye && P.connect(fe.connection), P.clickConnectEnd(A), p(A, !0);
  }
  return {
    handlePointerDown: N,
    handleClick: Y
  };
}
function Id() {
  return Ct(ui, "");
}
function ya(e) {
  const t = e ?? Id() ?? "", n = Ct(va, pe(null)), { findNode: o, edges: i, emits: r } = Ve(), a = o(t);
  return a || r.error(new Ue(Ge.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: a,
    parentNode: ee(() => o(a.parentNode)),
    connectedEdges: ee(() => sa([a], i.value))
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
function wa() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: a, emits: s } = Ve();
  return (l, u = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = u ? 4 : 1, m = l.x * c * f, b = l.y * d * f, y = [];
    for (const x of e.value)
      if (x.draggable || a && typeof x.draggable > "u") {
        const k = { x: x.computedPosition.x + m, y: x.computedPosition.y + b }, { position: I } = si(
          x,
          k,
          s.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        y.push({
          id: x.id,
          position: I,
          from: x.position,
          distance: { x: l.x, y: l.y },
          dimensions: x.dimensions
        });
      }
    n(y, !0, !1);
  };
}
const Bn = 0.1, Ad = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function bt() {
  return Mn("Viewport not initialized yet."), Promise.resolve(!1);
}
const zd = {
  zoomIn: bt,
  zoomOut: bt,
  zoomTo: bt,
  fitView: bt,
  setCenter: bt,
  fitBounds: bt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: bt,
  setTransform: bt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function Dd(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? fn : Xn).scaleBy(
        To(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, a) {
    return new Promise((s) => {
      var l;
      const { x: u, y: c } = ea({ x: -o, y: -i }, e.translateExtent), d = tn.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((a == null ? void 0 : a.interpolate) === "linear" ? fn : Xn).transform(
        To(e.d3Selection, a == null ? void 0 : a.duration, a == null ? void 0 : a.ease, () => {
          s(!0);
        }),
        d
      ) : s(!1);
    });
  }
  return ee(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((a) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? fn : Xn).scaleTo(
        To(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
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
      padding: Bn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, a;
      const s = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !f.hidden) && (!((r = i.nodes) != null && r.length) || (a = i.nodes) != null && a.length && i.nodes.includes(f.id)) && s.push(f);
      if (!s.length)
        return Promise.resolve(!1);
      const l = ra(s), { x: u, y: c, zoom: d } = Ai(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Bn
      );
      return n(u, c, d, i);
    },
    setCenter: (i, r, a) => {
      const s = typeof (a == null ? void 0 : a.zoom) < "u" ? a.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * s, u = e.dimensions.height / 2 - r * s;
      return n(l, u, s, a);
    },
    fitBounds: (i, r = { padding: Bn }) => {
      const { x: a, y: s, zoom: l } = Ai(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? Bn
      );
      return n(a, s, l, r);
    },
    project: (i) => _n(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: a } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x - r,
          y: i.y - a
        };
        return _n(s, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: a } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x + r,
          y: i.y + a
        };
        return kn(s, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : zd);
}
function To(e, t = 0, n = Ad, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Od(e, t, n) {
  const o = yr(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let y, x, k = !!(n.nodes.value.length || n.edges.value.length);
        y = Gt([e.modelValue, () => {
          var I, w;
          return (w = (I = e.modelValue) == null ? void 0 : I.value) == null ? void 0 : w.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x == null || x.pause(), n.setElements(I), !x && !k && I.length ? k = !0 : x == null || x.resume());
        }), x = Gt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([I, w]) => {
            var p;
            (p = e.modelValue) != null && p.value && Array.isArray(e.modelValue.value) && (y == null || y.pause(), e.modelValue.value = [...I, ...w], Ze(() => {
              y == null || y.resume();
            }));
          },
          { immediate: k }
        ), Fn(() => {
          y == null || y.stop(), x == null || x.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let y, x, k = !!n.nodes.value.length;
        y = Gt([e.nodes, () => {
          var I, w;
          return (w = (I = e.nodes) == null ? void 0 : I.value) == null ? void 0 : w.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x == null || x.pause(), n.setNodes(I), !x && !k && I.length ? k = !0 : x == null || x.resume());
        }), x = Gt(
          [n.nodes, () => n.nodes.value.length],
          ([I]) => {
            var w;
            (w = e.nodes) != null && w.value && Array.isArray(e.nodes.value) && (y == null || y.pause(), e.nodes.value = [...I], Ze(() => {
              y == null || y.resume();
            }));
          },
          { immediate: k }
        ), Fn(() => {
          y == null || y.stop(), x == null || x.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        let y, x, k = !!n.edges.value.length;
        y = Gt([e.edges, () => {
          var I, w;
          return (w = (I = e.edges) == null ? void 0 : I.value) == null ? void 0 : w.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x == null || x.pause(), n.setEdges(I), !x && !k && I.length ? k = !0 : x == null || x.resume());
        }), x = Gt(
          [n.edges, () => n.edges.value.length],
          ([I]) => {
            var w;
            (w = e.edges) != null && w.value && Array.isArray(e.edges.value) && (y == null || y.pause(), e.edges.value = [...I], Ze(() => {
              y == null || y.resume();
            }));
          },
          { immediate: k }
        ), Fn(() => {
          y == null || y.stop(), x == null || x.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        Se(
          () => t.maxZoom,
          () => {
            t.maxZoom && qe(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        Se(
          () => t.minZoom,
          () => {
            t.minZoom && qe(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        Se(
          () => t.translateExtent,
          () => {
            t.translateExtent && qe(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        Se(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && qe(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        Se(
          () => t.applyDefault,
          () => {
            qe(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const y = async (x) => {
          let k = x;
          typeof t.autoConnect == "function" && (k = await t.autoConnect(x)), k !== !1 && n.addEdges([k]);
        };
        Se(
          () => t.autoConnect,
          () => {
            qe(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), Se(
          n.autoConnect,
          (x, k, I) => {
            x ? n.onConnect(y) : n.hooks.value.connect.off(y), I(() => {
              n.hooks.value.connect.off(y);
            });
          },
          { immediate: !0 }
        );
      });
    }, m = () => {
      const y = [
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
      for (const x of Object.keys(t)) {
        const k = x;
        if (!y.includes(k)) {
          const I = Be(() => t[k]), w = n[k];
          jo(w) && o.run(() => {
            Se(
              I,
              (p) => {
                qe(p) && (w.value = p);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), r(), a(), l(), s(), u(), c(), d(), f(), m();
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
    error: ce((e) => Mn(e.message))
  };
}
function Rd(e, t) {
  const n = rn();
  Xa(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const a = (s) => {
        e(i, s);
      };
      r.setEmitter(a), gn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), gn(r.removeHasEmitListeners);
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
function xa() {
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
    selectionMode: ai.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: hn.Free,
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
      type: Tt.Bezier,
      style: {}
    },
    connectionMode: Et.Loose,
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
    multiSelectionKeyCode: io() ? "Meta" : "Control",
    zoomActivationKeyCode: io() ? "Meta" : "Control",
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
  const o = Dd(e), i = (v) => {
    const h = v ?? [];
    e.hooks.updateNodeInternals.trigger(h);
  }, r = (v) => nd(v, e.nodes, e.edges), a = (v) => td(v, e.nodes, e.edges), s = (v) => sa(v, e.edges), l = ({ id: v, type: h, nodeId: g }) => {
    var S;
    const $ = v ? `-${h}-${v}` : `-${h}`;
    return Array.from(((S = e.connectionLookup.get(`${g}${$}`)) == null ? void 0 : S.values()) ?? []);
  }, u = (v) => {
    if (v)
      return t.value.get(v);
  }, c = (v) => {
    if (v)
      return n.value.get(v);
  }, d = (v, h, g) => {
    var S, $;
    const G = [];
    for (const F of v) {
      const W = {
        id: F.id,
        type: "position",
        dragging: g,
        from: F.from
      };
      if (h && (W.position = F.position, F.parentNode)) {
        const K = u(F.parentNode);
        W.position = {
          x: W.position.x - (((S = K == null ? void 0 : K.computedPosition) == null ? void 0 : S.x) ?? 0),
          y: W.position.y - ((($ = K == null ? void 0 : K.computedPosition) == null ? void 0 : $.y) ?? 0)
        };
      }
      G.push(W);
    }
    G != null && G.length && e.hooks.nodesChange.trigger(G);
  }, f = (v) => {
    if (!e.vueFlowRef)
      return;
    const h = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!h)
      return;
    const g = window.getComputedStyle(h), { m22: S } = new window.DOMMatrixReadOnly(g.transform), $ = [];
    for (const G of v) {
      const F = G, W = u(F.id);
      if (W) {
        const K = fo(F.nodeElement);
        if (!!(K.width && K.height && (W.dimensions.width !== K.width || W.dimensions.height !== K.height || F.forceUpdate))) {
          const le = F.nodeElement.getBoundingClientRect();
          W.dimensions = K, W.handleBounds.source = qi("source", F.nodeElement, le, S, W.id), W.handleBounds.target = qi("target", F.nodeElement, le, S, W.id), $.push({
            id: W.id,
            type: "dimensions",
            dimensions: K
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), $.length && e.hooks.nodesChange.trigger($);
  }, m = (v, h) => {
    const g = /* @__PURE__ */ new Set(), S = /* @__PURE__ */ new Set();
    for (const F of v)
      Ot(F) ? g.add(F.id) : Nt(F) && S.add(F.id);
    const $ = _t(t.value, g, !0), G = _t(n.value, S);
    if (e.multiSelectionActive) {
      for (const F of g)
        $.push(kt(F, h));
      for (const F of S)
        G.push(kt(F, h));
    }
    $.length && e.hooks.nodesChange.trigger($), G.length && e.hooks.edgesChange.trigger(G);
  }, b = (v) => {
    if (e.multiSelectionActive) {
      const h = v.map((g) => kt(g.id, !0));
      e.hooks.nodesChange.trigger(h);
      return;
    }
    e.hooks.nodesChange.trigger(_t(t.value, new Set(v.map((h) => h.id)), !0)), e.hooks.edgesChange.trigger(_t(n.value));
  }, y = (v) => {
    if (e.multiSelectionActive) {
      const h = v.map((g) => kt(g.id, !0));
      e.hooks.edgesChange.trigger(h);
      return;
    }
    e.hooks.edgesChange.trigger(_t(n.value, new Set(v.map((h) => h.id)))), e.hooks.nodesChange.trigger(_t(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (v) => {
    m(v, !0);
  }, k = (v) => {
    const g = (v || e.nodes).map((S) => (S.selected = !1, kt(S.id, !1)));
    e.hooks.nodesChange.trigger(g);
  }, I = (v) => {
    const g = (v || e.edges).map((S) => (S.selected = !1, kt(S.id, !1)));
    e.hooks.edgesChange.trigger(g);
  }, w = (v) => {
    if (!v || !v.length)
      return m([], !1);
    const h = v.reduce(
      (g, S) => {
        const $ = kt(S.id, !1);
        return Ot(S) ? g.nodes.push($) : g.edges.push($), g;
      },
      { nodes: [], edges: [] }
    );
    h.nodes.length && e.hooks.nodesChange.trigger(h.nodes), h.edges.length && e.hooks.edgesChange.trigger(h.edges);
  }, p = (v) => {
    var h;
    (h = e.d3Zoom) == null || h.scaleExtent([v, e.maxZoom]), e.minZoom = v;
  }, P = (v) => {
    var h;
    (h = e.d3Zoom) == null || h.scaleExtent([e.minZoom, v]), e.maxZoom = v;
  }, B = (v) => {
    var h;
    (h = e.d3Zoom) == null || h.translateExtent(v), e.translateExtent = v;
  }, V = (v) => {
    e.nodeExtent = v, i();
  }, R = (v) => {
    var h;
    (h = e.d3Zoom) == null || h.clickDistance(v);
  }, ne = (v) => {
    e.nodesDraggable = v, e.nodesConnectable = v, e.elementsSelectable = v;
  }, Q = (v) => {
    const h = v instanceof Function ? v(e.nodes) : v;
    !e.initialized && !h.length || (e.nodes = Gi(h, u, e.hooks.error.trigger));
  }, U = (v) => {
    const h = v instanceof Function ? v(e.edges) : v;
    if (!e.initialized && !h.length)
      return;
    const g = Io(
      h,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Mo(e.connectionLookup, n.value, g), e.edges = g;
  }, T = (v) => {
    const h = v instanceof Function ? v([...e.nodes, ...e.edges]) : v;
    !e.initialized && !h.length || (Q(h.filter(Ot)), U(h.filter(Nt)));
  }, oe = (v) => {
    let h = v instanceof Function ? v(e.nodes) : v;
    h = Array.isArray(h) ? h : [h];
    const g = Gi(h, u, e.hooks.error.trigger), S = [];
    for (const $ of g)
      S.push(Bi($));
    S.length && e.hooks.nodesChange.trigger(S);
  }, N = (v) => {
    let h = v instanceof Function ? v(e.edges) : v;
    h = Array.isArray(h) ? h : [h];
    const g = Io(
      h,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), S = [];
    for (const $ of g)
      S.push(Bi($));
    S.length && e.hooks.edgesChange.trigger(S);
  }, Y = (v, h = !0, g = !1) => {
    const S = v instanceof Function ? v(e.nodes) : v, $ = Array.isArray(S) ? S : [S], G = [], F = [];
    function W(j) {
      const le = s(j);
      for (const ve of le)
        (!qe(ve.deletable) || ve.deletable) && F.push(Li(ve.id, ve.source, ve.target, ve.sourceHandle, ve.targetHandle));
    }
    function K(j) {
      const le = [];
      for (const ve of e.nodes)
        ve.parentNode === j && le.push(ve);
      if (le.length) {
        for (const ve of le)
          G.push(Ri(ve.id));
        h && W(le);
        for (const ve of le)
          K(ve.id);
      }
    }
    for (const j of $) {
      const le = typeof j == "string" ? u(j) : j;
      le && (qe(le.deletable) && !le.deletable || (G.push(Ri(le.id)), h && W([le]), g && K(le.id)));
    }
    F.length && e.hooks.edgesChange.trigger(F), G.length && e.hooks.nodesChange.trigger(G);
  }, A = (v) => {
    const h = v instanceof Function ? v(e.edges) : v, g = Array.isArray(h) ? h : [h], S = [];
    for (const $ of g) {
      const G = typeof $ == "string" ? c($) : $;
      G && (qe(G.deletable) && !G.deletable || S.push(
        Li(
          typeof $ == "string" ? $ : $.id,
          G.source,
          G.target,
          G.sourceHandle,
          G.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(S);
  }, D = (v, h, g = !0) => {
    const S = c(v.id);
    if (!S)
      return !1;
    const $ = e.edges.indexOf(S), G = $d(v, h, S, g, e.hooks.error.trigger);
    if (G) {
      const [F] = Io(
        [G],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((W, K) => K === $ ? F : W), Mo(e.connectionLookup, n.value, [F]), F;
    }
    return !1;
  }, z = (v, h, g = { replace: !1 }) => {
    const S = c(v);
    if (!S)
      return;
    const $ = typeof h == "function" ? h(S) : h;
    S.data = g.replace ? $ : { ...S.data, ...$ };
  }, H = (v) => Oi(v, e.nodes), Z = (v) => {
    const h = Oi(v, e.edges);
    return Mo(e.connectionLookup, n.value, h), h;
  }, re = (v, h, g = { replace: !1 }) => {
    const S = u(v);
    if (!S)
      return;
    const $ = typeof h == "function" ? h(S) : h;
    g.replace ? e.nodes.splice(e.nodes.indexOf(S), 1, $) : Object.assign(S, $);
  }, ue = (v, h, g = { replace: !1 }) => {
    const S = u(v);
    if (!S)
      return;
    const $ = typeof h == "function" ? h(S) : h;
    S.data = g.replace ? $ : { ...S.data, ...$ };
  }, fe = (v, h, g = !1) => {
    g ? e.connectionClickStartHandle = v : e.connectionStartHandle = v, e.connectionEndHandle = null, e.connectionStatus = null, h && (e.connectionPosition = h);
  }, ye = (v, h = null, g = null) => {
    e.connectionStartHandle && (e.connectionPosition = v, e.connectionEndHandle = h, e.connectionStatus = g);
  }, ae = (v, h) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, h ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, te = (v) => {
    const h = Qc(v), g = h ? null : cn(v) ? v : u(v.id);
    return !h && !g ? [null, null, h] : [h ? v : no(g), g, h];
  }, ie = (v, h = !0, g = e.nodes) => {
    const [S, $, G] = te(v);
    if (!S)
      return [];
    const F = [];
    for (const W of g || e.nodes) {
      if (!G && (W.id === $.id || !W.computedPosition))
        continue;
      const K = no(W), j = oo(K, S);
      (h && j > 0 || j >= K.width * K.height || j >= Number(S.width) * Number(S.height)) && F.push(W);
    }
    return F;
  }, Ce = (v, h, g = !0) => {
    const [S] = te(v);
    if (!S)
      return !1;
    const $ = oo(S, h);
    return g && $ > 0 || $ >= Number(S.width) * Number(S.height);
  }, Me = (v) => {
    const { viewport: h, dimensions: g, d3Zoom: S, d3Selection: $, translateExtent: G } = e;
    if (!S || !$ || !v.x && !v.y)
      return !1;
    const F = tn.translate(h.x + v.x, h.y + v.y).scale(h.zoom), W = [
      [0, 0],
      [g.width, g.height]
    ], K = S.constrain()(F, W, G), j = e.viewport.x !== K.x || e.viewport.y !== K.y || e.viewport.zoom !== K.k;
    return S.transform($, K), j;
  }, we = (v) => {
    const h = v instanceof Function ? v(e) : v, g = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    qe(h.defaultEdgeOptions) && (e.defaultEdgeOptions = h.defaultEdgeOptions);
    const S = h.modelValue || h.nodes || h.edges ? [] : void 0;
    S && (h.modelValue && S.push(...h.modelValue), h.nodes && S.push(...h.nodes), h.edges && S.push(...h.edges), T(S));
    const $ = () => {
      qe(h.maxZoom) && P(h.maxZoom), qe(h.minZoom) && p(h.minZoom), qe(h.translateExtent) && B(h.translateExtent);
    };
    for (const G of Object.keys(h)) {
      const F = G, W = h[F];
      ![...Vd, ...g].includes(F) && qe(W) && (e[F] = W);
    }
    zo(() => e.d3Zoom).not.toBeNull().then($), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: T,
    setNodes: Q,
    setEdges: U,
    addNodes: oe,
    addEdges: N,
    removeNodes: Y,
    removeEdges: A,
    findNode: u,
    findEdge: c,
    updateEdge: D,
    updateEdgeData: z,
    updateNode: re,
    updateNodeData: ue,
    applyEdgeChanges: Z,
    applyNodeChanges: H,
    addSelectedElements: x,
    addSelectedNodes: b,
    addSelectedEdges: y,
    setMinZoom: p,
    setMaxZoom: P,
    setTranslateExtent: B,
    setNodeExtent: V,
    setPaneClickDistance: R,
    removeSelectedElements: w,
    removeSelectedNodes: k,
    removeSelectedEdges: I,
    startConnection: fe,
    updateConnection: ye,
    endConnection: ae,
    setInteractive: ne,
    setState: we,
    getIntersectingNodes: ie,
    getIncomers: r,
    getOutgoers: a,
    getConnectedEdges: s,
    getHandleConnections: l,
    isNodeIntersecting: Ce,
    panBy: Me,
    fitView: (v) => o.value.fitView(v),
    zoomIn: (v) => o.value.zoomIn(v),
    zoomOut: (v) => o.value.zoomOut(v),
    zoomTo: (v, h) => o.value.zoomTo(v, h),
    setViewport: (v, h) => o.value.setViewport(v, h),
    setTransform: (v, h) => o.value.setTransform(v, h),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (v, h, g) => o.value.setCenter(v, h, g),
    fitBounds: (v, h) => o.value.fitBounds(v, h),
    project: (v) => o.value.project(v),
    screenToFlowCoordinate: (v) => o.value.screenToFlowCoordinate(v),
    flowToScreenCoordinate: (v) => o.value.flowToScreenCoordinate(v),
    toObject: () => {
      const v = [], h = [];
      for (const g of e.nodes) {
        const {
          computedPosition: S,
          handleBounds: $,
          selected: G,
          dimensions: F,
          isParent: W,
          resizing: K,
          dragging: j,
          events: le,
          ...ve
        } = g;
        v.push(ve);
      }
      for (const g of e.edges) {
        const { selected: S, sourceNode: $, targetNode: G, events: F, ...W } = g;
        h.push(W);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: v,
          edges: h,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (v) => new Promise((h) => {
      const { nodes: g, edges: S, position: $, zoom: G, viewport: F } = v;
      g && Q(g), S && U(S);
      const [W, K] = F != null && F.x && (F != null && F.y) ? [F.x, F.y] : $ ?? [null, null];
      if (W && K) {
        const j = (F == null ? void 0 : F.zoom) || G || e.viewport.zoom;
        return zo(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: W,
            y: K,
            zoom: j
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
      const v = xa();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const h = tn.translate(v.defaultViewport.x ?? 0, v.defaultViewport.y ?? 0).scale(gt(v.defaultViewport.zoom ?? 1, v.minZoom, v.maxZoom)), g = e.viewportRef.getBoundingClientRect(), S = [
          [0, 0],
          [g.width, g.height]
        ], $ = e.d3Zoom.constrain()(h, S, v.translateExtent);
        e.d3Zoom.transform(e.d3Selection, $);
      }
      we(v);
    },
    $destroy: () => {
    }
  };
}
const Fd = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Yd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, $t = /* @__PURE__ */ He({
  ...Yd,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => he.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Wa(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Be(() => n.type ?? "source"), i = Be(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: a,
      connectionClickStartHandle: s,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Ve(), { id: m, node: b, nodeEl: y, connectedEdges: x } = ya(), k = pe(), I = Be(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), w = Be(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), p = Be(
      () => {
        var U, T, oe, N, Y, A;
        return ((U = a.value) == null ? void 0 : U.nodeId) === m && ((T = a.value) == null ? void 0 : T.id) === e.id && ((oe = a.value) == null ? void 0 : oe.type) === o.value || ((N = l.value) == null ? void 0 : N.nodeId) === m && ((Y = l.value) == null ? void 0 : Y.id) === e.id && ((A = l.value) == null ? void 0 : A.type) === o.value;
      }
    ), P = Be(
      () => {
        var U, T, oe;
        return ((U = s.value) == null ? void 0 : U.nodeId) === m && ((T = s.value) == null ? void 0 : T.id) === e.id && ((oe = s.value) == null ? void 0 : oe.type) === o.value;
      }
    ), { handlePointerDown: B, handleClick: V } = ga({
      nodeId: m,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), R = ee(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((U) => {
      const T = U[`${o.value}Handle`];
      return U[o.value] !== m ? !1 : T ? T === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((U) => {
      const T = U[`${o.value}Handle`];
      return U[o.value] !== m ? !1 : T ? T === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(b, x.value) : qe(e.connectable) ? e.connectable : c.value);
    et(() => {
      var U;
      if (!b.dimensions.width || !b.dimensions.height)
        return;
      const T = (U = b.handleBounds[o.value]) == null ? void 0 : U.find((H) => H.id === e.id);
      if (!u.value || T)
        return;
      const oe = u.value.querySelector(".vue-flow__transformationpane");
      if (!y.value || !k.value || !oe || !e.id)
        return;
      const N = y.value.getBoundingClientRect(), Y = k.value.getBoundingClientRect(), A = window.getComputedStyle(oe), { m22: D } = new window.DOMMatrixReadOnly(A.transform), z = {
        id: e.id,
        position: e.position,
        x: (Y.left - N.left) / D,
        y: (Y.top - N.top) / D,
        type: o.value,
        nodeId: m,
        ...fo(k.value)
      };
      b.handleBounds[o.value] = [...b.handleBounds[o.value] ?? [], z];
    });
    function ne(U) {
      const T = li(U);
      R.value && I.value && (T && U.button === 0 || !T) && B(U);
    }
    function Q(U) {
      !m || !s.value && !I.value || R.value && V(U);
    }
    return t({
      handleClick: V,
      handlePointerDown: B,
      onClick: Q,
      onPointerDown: ne
    }), (U, T) => (M(), O("div", {
      ref_key: "handle",
      ref: k,
      "data-id": `${X(r)}-${X(m)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": X(m),
      "data-handlepos": U.position,
      class: De(["vue-flow__handle", [
        `vue-flow__handle-${U.position}`,
        `vue-flow__handle-${e.id}`,
        X(d),
        X(f),
        o.value,
        {
          connectable: R.value,
          connecting: P.value,
          connectablestart: I.value,
          connectableend: w.value,
          connectionindicator: R.value && (I.value && !p.value || w.value && p.value)
        }
      ]]),
      onMousedown: ne,
      onTouchstartPassive: ne,
      onClick: Q
    }, [
      Ke(U.$slots, "default", { id: U.id })
    ], 42, Fd));
  }
}), mo = function({
  sourcePosition: e = he.Bottom,
  targetPosition: t = he.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: a
}) {
  const s = a.label ?? n;
  return [
    ze($t, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof s != "string" && s ? ze(s) : ze(_e, [s]),
    ze($t, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
mo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
mo.inheritAttrs = !1;
mo.compatConfig = { MODE: 3 };
const Xd = mo, po = function({
  targetPosition: e = he.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    ze($t, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? ze(r) : ze(_e, [r])
  ];
};
po.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
po.inheritAttrs = !1;
po.compatConfig = { MODE: 3 };
const qd = po, go = function({
  sourcePosition: e = he.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? ze(r) : ze(_e, [r]),
    ze($t, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
go.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
go.inheritAttrs = !1;
go.compatConfig = { MODE: 3 };
const Gd = go, Ud = ["transform"], Wd = ["width", "height", "x", "y", "rx", "ry"], Kd = ["y"], Zd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, jd = /* @__PURE__ */ He({
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
    const t = pe({ x: 0, y: 0, width: 0, height: 0 }), n = pe(null), o = ee(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    et(i), Se([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, a) => (M(), O("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (M(), O("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Ae(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Wd)) : se("", !0),
      E("text", xr(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Ke(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (M(), Re(Jo(r.label), { key: 0 })) : (M(), O(_e, { key: 1 }, [
            Ne(q(r.label), 1)
          ], 64))
        ])
      ], 16, Kd)
    ], 8, Ud));
  }
}), Jd = ["id", "d", "marker-end", "marker-start"], Qd = ["d", "stroke-width"], ef = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, yo = /* @__PURE__ */ He({
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
    const n = pe(null), o = pe(null), i = pe(null), r = Ka();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (a, s) => (M(), O(_e, null, [
      E("path", xr(X(r), {
        id: a.id,
        ref_key: "pathEl",
        ref: n,
        d: a.path,
        class: "vue-flow__edge-path",
        "marker-end": a.markerEnd,
        "marker-start": a.markerStart
      }), null, 16, Jd),
      a.interactionWidth ? (M(), O("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: a.path,
        "stroke-width": a.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Qd)) : se("", !0),
      a.label && a.labelX && a.labelY ? (M(), Re(jd, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : se("", !0)
    ], 64));
  }
});
function ba({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, a = Math.abs(o - t) / 2, s = o < t ? o + a : o - a;
  return [r, s, i, a];
}
function ka({
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
function Rn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Zi({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let a, s;
  switch (e) {
    case he.Left:
      a = t - Rn(t - o, r), s = n;
      break;
    case he.Right:
      a = t + Rn(o - t, r), s = n;
      break;
    case he.Top:
      a = t, s = n - Rn(n - i, r);
      break;
    case he.Bottom:
      a = t, s = n + Rn(i - n, r);
      break;
  }
  return [a, s];
}
function _a(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = he.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = he.Top,
    curvature: s = 0.25
  } = e, [l, u] = Zi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: s
  }), [c, d] = Zi({
    pos: a,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: s
  }), [f, m, b, y] = ka({
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
    m,
    b,
    y
  ];
}
function ji({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, a;
  switch (e) {
    case he.Left:
    case he.Right:
      r = 0.5 * (t + o), a = n;
      break;
    case he.Top:
    case he.Bottom:
      r = t, a = 0.5 * (n + i);
      break;
  }
  return [r, a];
}
function Sa(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = he.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = he.Top
  } = e, [s, l] = ji({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = ji({
    pos: a,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, m, b] = ka({
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
    m,
    b
  ];
}
const Ji = {
  [he.Left]: { x: -1, y: 0 },
  [he.Right]: { x: 1, y: 0 },
  [he.Top]: { x: 0, y: -1 },
  [he.Bottom]: { x: 0, y: 1 }
};
function tf({
  source: e,
  sourcePosition: t = he.Bottom,
  target: n
}) {
  return t === he.Left || t === he.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Qi(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function nf({
  source: e,
  sourcePosition: t = he.Bottom,
  target: n,
  targetPosition: o = he.Top,
  center: i,
  offset: r
}) {
  const a = Ji[t], s = Ji[o], l = { x: e.x + a.x * r, y: e.y + a.y * r }, u = { x: n.x + s.x * r, y: n.y + s.y * r }, c = tf({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let m, b, y;
  const x = { x: 0, y: 0 }, k = { x: 0, y: 0 }, [I, w, p, P] = ba({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[d] * s[d] === -1) {
    b = i.x ?? I, y = i.y ?? w;
    const V = [
      { x: b, y: l.y },
      { x: b, y: u.y }
    ], R = [
      { x: l.x, y },
      { x: u.x, y }
    ];
    a[d] === f ? m = d === "x" ? V : R : m = d === "x" ? R : V;
  } else {
    const V = [{ x: l.x, y: u.y }], R = [{ x: u.x, y: l.y }];
    if (d === "x" ? m = a.x === f ? R : V : m = a.y === f ? V : R, t === o) {
      const oe = Math.abs(e[d] - n[d]);
      if (oe <= r) {
        const N = Math.min(r - 1, r - oe);
        a[d] === f ? x[d] = (l[d] > e[d] ? -1 : 1) * N : k[d] = (u[d] > n[d] ? -1 : 1) * N;
      }
    }
    if (t !== o) {
      const oe = d === "x" ? "y" : "x", N = a[d] === s[oe], Y = l[oe] > u[oe], A = l[oe] < u[oe];
      (a[d] === 1 && (!N && Y || N && A) || a[d] !== 1 && (!N && A || N && Y)) && (m = d === "x" ? V : R);
    }
    const ne = { x: l.x + x.x, y: l.y + x.y }, Q = { x: u.x + k.x, y: u.y + k.y }, U = Math.max(Math.abs(ne.x - m[0].x), Math.abs(Q.x - m[0].x)), T = Math.max(Math.abs(ne.y - m[0].y), Math.abs(Q.y - m[0].y));
    U >= T ? (b = (ne.x + Q.x) / 2, y = m[0].y) : (b = m[0].x, y = (ne.y + Q.y) / 2);
  }
  return [[
    e,
    { x: l.x + x.x, y: l.y + x.y },
    ...m,
    { x: u.x + k.x, y: u.y + k.y },
    n
  ], b, y, p, P];
}
function of(e, t, n, o) {
  const i = Math.min(Qi(e, t) / 2, Qi(t, n) / 2, o), { x: r, y: a } = t;
  if (e.x === r && r === n.x || e.y === a && a === n.y)
    return `L${r} ${a}`;
  if (e.y === a) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${a}Q ${r},${a} ${r},${a + i * c}`;
  }
  const s = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${r},${a + i * l}Q ${r},${a} ${r + i * s},${a}`;
}
function Uo(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = he.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: a = he.Top,
    borderRadius: s = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, m, b, y] = nf({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: a,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((k, I, w) => {
    let p;
    return w > 0 && w < d.length - 1 ? p = of(d[w - 1], I, d[w + 1], s) : p = `${w === 0 ? "M" : "L"}${I.x} ${I.y}`, k += p, k;
  }, ""), f, m, b, y];
}
function rf(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, a, s, l] = ba({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, a, s, l];
}
const af = He({
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
      return ze(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), sf = af, lf = He({
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
      const [n, o, i] = Uo({
        ...e,
        sourcePosition: e.sourcePosition ?? he.Bottom,
        targetPosition: e.targetPosition ?? he.Top
      });
      return ze(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), $a = lf, uf = He({
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
    return () => ze($a, { ...e, ...t, borderRadius: 0 });
  }
}), cf = uf, df = He({
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
      const [n, o, i] = _a({
        ...e,
        sourcePosition: e.sourcePosition ?? he.Bottom,
        targetPosition: e.targetPosition ?? he.Top
      });
      return ze(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ff = df, hf = He({
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
      const [n, o, i] = Sa({
        ...e,
        sourcePosition: e.sourcePosition ?? he.Bottom,
        targetPosition: e.targetPosition ?? he.Top
      });
      return ze(yo, {
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
  smoothstep: $a,
  simplebezier: vf
};
function gf(e, t, n) {
  const o = ee(() => (y) => t.value.get(y)), i = ee(() => (y) => n.value.get(y)), r = ee(() => {
    const y = {
      ...pf,
      ...e.edgeTypes
    }, x = Object.keys(y);
    for (const k of e.edges)
      k.type && !x.includes(k.type) && (y[k.type] = k.type);
    return y;
  }), a = ee(() => {
    const y = {
      ...mf,
      ...e.nodeTypes
    }, x = Object.keys(y);
    for (const k of e.nodes)
      k.type && !x.includes(k.type) && (y[k.type] = k.type);
    return y;
  }), s = ee(() => e.onlyRenderVisibleElements ? aa(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = ee(() => {
    if (e.onlyRenderVisibleElements) {
      const y = [];
      for (const x of e.edges) {
        const k = t.value.get(x.source), I = t.value.get(x.target);
        hd({
          sourcePos: k.computedPosition || { x: 0, y: 0 },
          targetPos: I.computedPosition || { x: 0, y: 0 },
          sourceWidth: k.dimensions.width,
          sourceHeight: k.dimensions.height,
          targetWidth: I.dimensions.width,
          targetHeight: I.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && y.push(x);
      }
      return y;
    }
    return e.edges;
  }), u = ee(() => [...s.value, ...l.value]), c = ee(() => {
    const y = [];
    for (const x of e.nodes)
      x.selected && y.push(x);
    return y;
  }), d = ee(() => {
    const y = [];
    for (const x of e.edges)
      x.selected && y.push(x);
    return y;
  }), f = ee(() => [
    ...c.value,
    ...d.value
  ]), m = ee(() => {
    const y = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && y.push(x);
    return y;
  }), b = ee(
    () => s.value.length > 0 && m.value.length === s.value.length
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
    getNodesInitialized: m,
    areNodesInitialized: b
  };
}
class Pt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = rn()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Pt.instance;
    return Pt.instance = o ?? new Pt(), n && (n.config.globalProperties.$vueFlowStorage = Pt.instance), Pt.instance;
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
    const o = xa(), i = mn(o), r = {};
    for (const [f, m] of Object.entries(i.hooks)) {
      const b = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[b] = m.on;
    }
    const a = {};
    for (const [f, m] of Object.entries(i.hooks))
      a[f] = m.trigger;
    const s = ee(() => {
      const f = /* @__PURE__ */ new Map();
      for (const m of i.nodes)
        f.set(m.id, m);
      return f;
    }), l = ee(() => {
      const f = /* @__PURE__ */ new Map();
      for (const m of i.edges)
        f.set(m.id, m);
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
function Ve(e) {
  const t = Pt.getInstance(), n = gr(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, a = r ?? (n == null ? void 0 : n.vueFlowId);
  let s;
  if (n) {
    const l = Ct(Ki, null);
    typeof l < "u" && l !== null && (!a || l.id === a) && (s = l);
  }
  if (s || a && (s = t.get(a)), !s || a && s.id !== a) {
    const l = r ?? t.getId(), u = t.create(l, i);
    s = u, (n ?? yr(!0)).run(() => {
      Se(
        u.applyDefault,
        (d, f, m) => {
          const b = (x) => {
            u.applyNodeChanges(x);
          }, y = (x) => {
            u.applyEdgeChanges(x);
          };
          d ? (u.onNodesChange(b), u.onEdgesChange(y)) : (u.hooks.value.nodesChange.off(b), u.hooks.value.edgesChange.off(y)), m(() => {
            u.hooks.value.nodesChange.off(b), u.hooks.value.edgesChange.off(y);
          });
        },
        { immediate: !0 }
      ), gn(() => {
        if (s) {
          const d = t.get(s.id);
          d ? d.$destroy() : Mn(`No store instance found for id ${s.id} in storage.`);
        }
      });
    });
  } else
    o && s.setState(i);
  if (n && (Bt(Ki, s), n.vueFlowId = s.id), o) {
    const l = rn();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && s.emits.error(new Ue(Ge.USEVUEFLOW_OPTIONS));
  }
  return s;
}
function yf(e) {
  const { emits: t, dimensions: n } = Ve();
  let o;
  et(() => {
    const i = () => {
      var r, a;
      if (!e.value || !(((a = (r = e.value).checkVisibility) == null ? void 0 : a.call(r)) ?? !0))
        return;
      const s = fo(e.value);
      (s.width === 0 || s.height === 0) && t.error(new Ue(Ge.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: s.width || 500, height: s.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Ht(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const wf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, xf = /* @__PURE__ */ He({
  ...wf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (M(), O("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Ae({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), bf = ["tabIndex"], kf = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, _f = /* @__PURE__ */ He({
  ...kf,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: a } = Ve(), s = wa(), l = pe(null), u = ma({
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
    et(() => {
      var b;
      r.value || (b = l.value) == null || b.focus({ preventScroll: !0 });
    });
    const c = ee(() => ra(o.value)), d = ee(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(b) {
      t.selectionContextMenu({ event: b, nodes: o.value });
    }
    function m(b) {
      r.value || Zt[b.key] && (b.preventDefault(), s(
        {
          x: Zt[b.key].x,
          y: Zt[b.key].y
        },
        b.shiftKey
      ));
    }
    return (b, y) => !X(a) && c.value.width && c.value.height ? (M(), O("div", {
      key: 0,
      class: De(["vue-flow__nodesselection vue-flow__container", X(i)]),
      style: Ae({ transform: `translate(${X(n).x}px,${X(n).y}px) scale(${X(n).zoom})` })
    }, [
      E("div", {
        ref_key: "el",
        ref: l,
        class: De([{ dragging: X(u) }, "vue-flow__nodesselection-rect"]),
        style: Ae(d.value),
        tabIndex: X(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: m
      }, null, 46, bf)
    ], 6)) : se("", !0);
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
}, Ef = /* @__PURE__ */ He({
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
      removeEdges: m,
      selectionMode: b,
      deleteKeyCode: y,
      multiSelectionKeyCode: x,
      multiSelectionActive: k,
      edgeLookup: I,
      nodeLookup: w,
      connectionLookup: p,
      defaultEdgeOptions: P,
      connectionStartHandle: B,
      panOnDrag: V
    } = Ve(), R = St(null), ne = St(/* @__PURE__ */ new Set()), Q = St(/* @__PURE__ */ new Set()), U = St(null), T = Be(() => l.value && (e.isSelecting || r.value)), oe = Be(() => B.value !== null);
    let N = !1, Y = !1;
    const A = vn(y, { actInsideInputWithModifier: !1 }), D = vn(x);
    Se(A, (ae) => {
      ae && (f(d.value), m(c.value), u.value = !1);
    }), Se(D, (ae) => {
      k.value = ae;
    });
    function z(ae, te) {
      return (ie) => {
        ie.target === te && (ae == null || ae(ie));
      };
    }
    function H(ae) {
      if (N || oe.value) {
        N = !1;
        return;
      }
      i.paneClick(ae), a(), u.value = !1;
    }
    function Z(ae) {
      var te;
      if (Array.isArray(V.value) && ((te = V.value) != null && te.includes(2))) {
        ae.preventDefault();
        return;
      }
      i.paneContextMenu(ae);
    }
    function re(ae) {
      i.paneScroll(ae);
    }
    function ue(ae) {
      var te, ie, Ce;
      if (U.value = ((te = t.value) == null ? void 0 : te.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || ae.button !== 0 || ae.target !== R.value || !U.value)
        return;
      (Ce = (ie = ae.target) == null ? void 0 : ie.setPointerCapture) == null || Ce.call(ie, ae.pointerId);
      const { x: Me, y: we } = Sf(ae, U.value);
      Y = !0, N = !1, a(), s.value = {
        width: 0,
        height: 0,
        startX: Me,
        startY: we,
        x: Me,
        y: we
      }, i.selectionStart(ae);
    }
    function fe(ae) {
      var te;
      if (!U.value || !s.value)
        return;
      N = !0;
      const { x: ie, y: Ce } = lt(ae, U.value), { startX: Me = 0, startY: we = 0 } = s.value, Ee = {
        startX: Me,
        startY: we,
        x: ie < Me ? ie : Me,
        y: Ce < we ? Ce : we,
        width: Math.abs(ie - Me),
        height: Math.abs(Ce - we)
      }, ge = ne.value, _ = Q.value;
      ne.value = new Set(
        aa(n.value, Ee, o.value, b.value === ai.Partial, !0).map(
          (h) => h.id
        )
      ), Q.value = /* @__PURE__ */ new Set();
      const v = ((te = P.value) == null ? void 0 : te.selectable) ?? !0;
      for (const h of ne.value) {
        const g = p.value.get(h);
        if (g)
          for (const { edgeId: S } of g.values()) {
            const $ = I.value.get(S);
            $ && ($.selectable ?? v) && Q.value.add(S);
          }
      }
      if (!Wi(ge, ne.value)) {
        const h = _t(w.value, ne.value, !0);
        i.nodesChange(h);
      }
      if (!Wi(_, Q.value)) {
        const h = _t(I.value, Q.value);
        i.edgesChange(h);
      }
      s.value = Ee, r.value = !0, u.value = !1;
    }
    function ye(ae) {
      var te;
      ae.button !== 0 || !Y || ((te = ae.target) == null || te.releasePointerCapture(ae.pointerId), !r.value && s.value && ae.target === R.value && H(ae), r.value = !1, s.value = null, u.value = ne.value.size > 0, i.selectionEnd(ae), e.selectionKeyPressed && (N = !1), Y = !1);
    }
    return (ae, te) => (M(), O("div", {
      ref_key: "container",
      ref: R,
      class: De(["vue-flow__pane vue-flow__container", { selection: ae.isSelecting }]),
      onClick: te[0] || (te[0] = (ie) => T.value ? void 0 : z(H, R.value)(ie)),
      onContextmenu: te[1] || (te[1] = (ie) => z(Z, R.value)(ie)),
      onWheelPassive: te[2] || (te[2] = (ie) => z(re, R.value)(ie)),
      onPointerenter: te[3] || (te[3] = (ie) => T.value ? void 0 : X(i).paneMouseEnter(ie)),
      onPointerdown: te[4] || (te[4] = (ie) => T.value ? ue(ie) : X(i).paneMouseMove(ie)),
      onPointermove: te[5] || (te[5] = (ie) => T.value ? fe(ie) : X(i).paneMouseMove(ie)),
      onPointerup: te[6] || (te[6] = (ie) => T.value ? ye(ie) : void 0),
      onPointerleave: te[7] || (te[7] = (ie) => X(i).paneMouseLeave(ie))
    }, [
      Ke(ae.$slots, "default"),
      X(r) && X(s) ? (M(), Re(xf, {
        key: 0,
        "user-selection-rect": X(s)
      }, null, 8, ["user-selection-rect"])) : se("", !0),
      X(u) && X(d).length ? (M(), Re(_f, { key: 1 })) : se("", !0)
    ], 34));
  }
}), Nf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Cf = /* @__PURE__ */ He({
  ...Nf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Ve(), i = ee(() => n.value ? !o.value : !1), r = ee(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (a, s) => (M(), O("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ae({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Ke(a.$slots, "default")
    ], 4));
  }
}), Mf = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, If = /* @__PURE__ */ He({
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
      zoomOnPinch: m,
      zoomOnScroll: b,
      preventScrolling: y,
      noWheelClassName: x,
      noPanClassName: k,
      emits: I,
      connectionStartHandle: w,
      userSelectionActive: p,
      paneDragging: P,
      d3Zoom: B,
      d3Selection: V,
      d3ZoomHandler: R,
      viewport: ne,
      viewportRef: Q,
      paneClickDistance: U
    } = Ve();
    yf(Q);
    const T = St(!1), oe = St(!1);
    let N = null, Y = !1, A = 0, D = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const z = vn(s), H = vn(a), Z = vn(r), re = Be(
      () => (!H.value || H.value && a.value === !0) && (z.value || d.value)
    ), ue = Be(() => z.value || l.value), fe = Be(() => a.value === !0 && re.value !== !0), ye = Be(
      () => H.value && a.value !== !0 || p.value || fe.value
    ), ae = Be(() => w.value !== null);
    et(() => {
      if (!Q.value) {
        Mn("Viewport element is missing");
        return;
      }
      const we = Q.value, Ee = we.getBoundingClientRect(), ge = Gc().clickDistance(U.value).scaleExtent([t.value, n.value]).translateExtent(i.value), _ = nt(we).call(ge), v = _.on("wheel.zoom"), h = tn.translate(o.value.x ?? 0, o.value.y ?? 0).scale(gt(o.value.zoom ?? 1, t.value, n.value)), g = [
        [0, 0],
        [Ee.width, Ee.height]
      ], S = ge.constrain()(h, g, i.value);
      ge.transform(_, S), ge.wheelDelta(zi), B.value = ge, V.value = _, R.value = v, ne.value = { x: S.x, y: S.y, zoom: S.k }, ge.on("start", ($) => {
        var G;
        if (!$.sourceEvent)
          return null;
        A = $.sourceEvent.button, T.value = !0;
        const F = Ce($.transform);
        ((G = $.sourceEvent) == null ? void 0 : G.type) === "mousedown" && (P.value = !0), D = F, I.viewportChangeStart(F), I.moveStart({ event: $, flowTransform: F });
      }), ge.on("end", ($) => {
        if (!$.sourceEvent)
          return null;
        if (T.value = !1, P.value = !1, te(re.value, A ?? 0) && !Y && I.paneContextMenu($.sourceEvent), Y = !1, ie(D, $.transform)) {
          const G = Ce($.transform);
          D = G, I.viewportChangeEnd(G), I.moveEnd({ event: $, flowTransform: G });
        }
      }), ge.filter(($) => {
        var G;
        const F = Z.value || b.value, W = m.value && $.ctrlKey, K = $.button, j = $.type === "wheel";
        if (K === 1 && $.type === "mousedown" && (Me($, "vue-flow__node") || Me($, "vue-flow__edge")))
          return !0;
        if (!re.value && !F && !ue.value && !f.value && !m.value || p.value || ae.value && !j || !f.value && $.type === "dblclick" || Me($, x.value) && j || Me($, k.value) && (!j || ue.value && j && !Z.value) || !m.value && $.ctrlKey && j || !F && !ue.value && !W && j)
          return !1;
        if (!m && $.type === "touchstart" && ((G = $.touches) == null ? void 0 : G.length) > 1)
          return $.preventDefault(), !1;
        if (!re.value && ($.type === "mousedown" || $.type === "touchstart") || fe.value && Array.isArray(d.value) && d.value.includes(0) && K === 0 || Array.isArray(d.value) && !d.value.includes(K) && ($.type === "mousedown" || $.type === "touchstart"))
          return !1;
        const le = Array.isArray(d.value) && d.value.includes(K) || a.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !K || K <= 1;
        return (!$.ctrlKey || z.value || j) && le;
      }), Se(
        [p, re],
        () => {
          p.value && !T.value ? ge.on("zoom", null) : p.value || ge.on("zoom", ($) => {
            ne.value = { x: $.transform.x, y: $.transform.y, zoom: $.transform.k };
            const G = Ce($.transform);
            Y = te(re.value, A ?? 0), I.viewportChange(G), I.move({ event: $, flowTransform: G });
          });
        },
        { immediate: !0 }
      ), Se(
        [p, ue, u, Z, m, y, x],
        () => {
          ue.value && !Z.value && !p.value ? _.on(
            "wheel.zoom",
            ($) => {
              if (Me($, x.value))
                return !1;
              const G = Z.value || b.value, F = m.value && $.ctrlKey;
              if (!(!y.value || ue.value || G || F))
                return !1;
              $.preventDefault(), $.stopImmediatePropagation();
              const K = _.property("__zoom").k || 1, j = io();
              if (!z.value && $.ctrlKey && m.value && j) {
                const wt = at($), Mt = zi($), We = K * 2 ** Mt;
                ge.scaleTo(_, We, wt, $);
                return;
              }
              const le = $.deltaMode === 1 ? 20 : 1;
              let ve = u.value === hn.Vertical ? 0 : $.deltaX * le, Te = u.value === hn.Horizontal ? 0 : $.deltaY * le;
              !j && $.shiftKey && u.value !== hn.Vertical && !ve && Te && (ve = Te, Te = 0), ge.translateBy(
                _,
                -(ve / K) * c.value,
                -(Te / K) * c.value
              );
              const Xe = Ce(_.property("__zoom"));
              N && clearTimeout(N), oe.value ? (I.move({ event: $, flowTransform: Xe }), I.viewportChange(Xe), N = setTimeout(() => {
                I.moveEnd({ event: $, flowTransform: Xe }), I.viewportChangeEnd(Xe), oe.value = !1;
              }, 150)) : (oe.value = !0, I.moveStart({ event: $, flowTransform: Xe }), I.viewportChangeStart(Xe));
            },
            { passive: !1 }
          ) : typeof v < "u" && _.on(
            "wheel.zoom",
            function($, G) {
              const F = !y.value && $.type === "wheel" && !$.ctrlKey, W = Z.value || b.value, K = m.value && $.ctrlKey;
              if (!W && !l.value && !K && $.type === "wheel" || F || Me($, x.value))
                return null;
              $.preventDefault(), v.call(this, $, G);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function te(we, Ee) {
      return Ee === 2 && Array.isArray(we) && we.includes(2);
    }
    function ie(we, Ee) {
      return we.x !== Ee.x && !Number.isNaN(Ee.x) || we.y !== Ee.y && !Number.isNaN(Ee.y) || we.zoom !== Ee.k && !Number.isNaN(Ee.k);
    }
    function Ce(we) {
      return {
        x: we.x,
        y: we.y,
        zoom: we.k
      };
    }
    function Me(we, Ee) {
      return we.target.closest(`.${Ee}`);
    }
    return (we, Ee) => (M(), O("div", {
      ref_key: "viewportRef",
      ref: Q,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      de(Ef, {
        "is-selecting": ye.value,
        "selection-key-pressed": X(H),
        class: De({
          connecting: ae.value,
          dragging: X(P),
          draggable: X(d) === !0 || Array.isArray(X(d)) && X(d).includes(0)
        })
      }, {
        default: Fe(() => [
          de(Cf, null, {
            default: Fe(() => [
              Ke(we.$slots, "default")
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
}, Df = /* @__PURE__ */ He({
  ...zf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Ve();
    return (i, r) => (M(), O(_e, null, [
      E("div", {
        id: `${X(jr)}-${X(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + q(X(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Tf),
      E("div", {
        id: `${X(Jr)}-${X(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Pf),
      X(n) ? se("", !0) : (M(), O("div", {
        key: 0,
        id: `${X(Jc)}-${X(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, q(X(o)), 9, Af))
    ], 64));
  }
});
function Of() {
  const e = Ve();
  Se(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Bf(e, t, n) {
  return n === he.Left ? e - t : n === he.Right ? e + t : e;
}
function Rf(e, t, n) {
  return n === he.Top ? e - t : n === he.Bottom ? e + t : e;
}
const ci = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = he.Top,
  type: i
}) {
  return ze("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Bf(t, e, o),
    cy: Rf(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
ci.props = ["radius", "centerX", "centerY", "position", "type"];
ci.compatConfig = { MODE: 3 };
const er = ci, Lf = He({
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
      multiSelectionActive: m,
      disableKeyboardA11y: b,
      elementsSelectable: y,
      edgesUpdatable: x,
      edgesFocusable: k,
      hooks: I
    } = Ve(), w = ee(() => c(e.id)), { emit: p, on: P } = Md(w.value, r), B = Ct(vo), V = rn(), R = pe(!1), ne = pe(!1), Q = pe(""), U = pe(null), T = pe("source"), oe = pe(null), N = Be(
      () => typeof w.value.selectable > "u" ? y.value : w.value.selectable
    ), Y = Be(() => typeof w.value.updatable > "u" ? x.value : w.value.updatable), A = Be(() => typeof w.value.focusable > "u" ? k.value : w.value.focusable);
    Bt(Ed, e.id), Bt(Nd, oe);
    const D = ee(() => w.value.class instanceof Function ? w.value.class(w.value) : w.value.class), z = ee(() => w.value.style instanceof Function ? w.value.style(w.value) : w.value.style), H = ee(() => {
      const h = w.value.type || "default", g = B == null ? void 0 : B[`edge-${h}`];
      if (g)
        return g;
      let S = w.value.template ?? l.value[h];
      if (typeof S == "string" && V) {
        const $ = Object.keys(V.appContext.components);
        $ && $.includes(h) && (S = wr(h, !1));
      }
      return S && typeof S != "string" ? S : (r.error(new Ue(Ge.EDGE_TYPE_MISSING, S)), !1);
    }), { handlePointerDown: Z } = ga({
      nodeId: Q,
      handleId: U,
      type: T,
      isValidConnection: f,
      edgeUpdaterType: T,
      onEdgeUpdate: fe,
      onEdgeUpdateEnd: ye
    });
    return () => {
      const h = d(w.value.source), g = d(w.value.target), S = "pathOptions" in w.value ? w.value.pathOptions : {};
      if (!h && !g)
        return r.error(new Ue(Ge.EDGE_SOURCE_TARGET_MISSING, w.value.id, w.value.source, w.value.target)), null;
      if (!h)
        return r.error(new Ue(Ge.EDGE_SOURCE_MISSING, w.value.id, w.value.source)), null;
      if (!g)
        return r.error(new Ue(Ge.EDGE_TARGET_MISSING, w.value.id, w.value.target)), null;
      if (!w.value || w.value.hidden || h.hidden || g.hidden)
        return null;
      let $;
      o.value === Et.Strict ? $ = h.handleBounds.source : $ = [...h.handleBounds.source || [], ...h.handleBounds.target || []];
      const G = Fi($, w.value.sourceHandle);
      let F;
      o.value === Et.Strict ? F = g.handleBounds.target : F = [...g.handleBounds.target || [], ...g.handleBounds.source || []];
      const W = Fi(F, w.value.targetHandle), K = (G == null ? void 0 : G.position) || he.Bottom, j = (W == null ? void 0 : W.position) || he.Top, { x: le, y: ve } = nn(h, G, K), { x: Te, y: Xe } = nn(g, W, j);
      return w.value.sourceX = le, w.value.sourceY = ve, w.value.targetX = Te, w.value.targetY = Xe, ze(
        "g",
        {
          ref: oe,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${H.value === !1 ? "default" : w.value.type || "default"}`,
            s.value,
            D.value,
            {
              updating: R.value,
              selected: w.value.selected,
              animated: w.value.animated,
              inactive: !N.value && !I.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: A.value ? 0 : void 0,
          "aria-label": w.value.ariaLabel === null ? void 0 : w.value.ariaLabel ?? `Edge from ${w.value.source} to ${w.value.target}`,
          "aria-describedby": A.value ? `${Jr}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: A.value ? "group" : "img",
          ...w.value.domAttributes,
          onClick: te,
          onContextmenu: ie,
          onDblclick: Ce,
          onMouseenter: Me,
          onMousemove: we,
          onMouseleave: Ee,
          onKeyDown: A.value ? v : void 0
        },
        [
          ne.value ? null : ze(H.value === !1 ? l.value.default : H.value, {
            id: e.id,
            sourceNode: h,
            targetNode: g,
            source: w.value.source,
            target: w.value.target,
            type: w.value.type,
            updatable: Y.value,
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
            markerStart: `url('#${Sn(w.value.markerStart, t)}')`,
            markerEnd: `url('#${Sn(w.value.markerEnd, t)}')`,
            sourcePosition: K,
            targetPosition: j,
            sourceX: le,
            sourceY: ve,
            targetX: Te,
            targetY: Xe,
            sourceHandleId: w.value.sourceHandle,
            targetHandleId: w.value.targetHandle,
            interactionWidth: w.value.interactionWidth,
            ...S
          }),
          [
            Y.value === "source" || Y.value === !0 ? [
              ze(
                "g",
                {
                  onMousedown: ge,
                  onMouseenter: re,
                  onMouseout: ue
                },
                ze(er, {
                  position: K,
                  centerX: le,
                  centerY: ve,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            Y.value === "target" || Y.value === !0 ? [
              ze(
                "g",
                {
                  onMousedown: _,
                  onMouseenter: re,
                  onMouseout: ue
                },
                ze(er, {
                  position: j,
                  centerX: Te,
                  centerY: Xe,
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
    function re() {
      R.value = !0;
    }
    function ue() {
      R.value = !1;
    }
    function fe(h, g) {
      p.update({ event: h, edge: w.value, connection: g });
    }
    function ye(h) {
      p.updateEnd({ event: h, edge: w.value }), ne.value = !1;
    }
    function ae(h, g) {
      h.button === 0 && (ne.value = !0, Q.value = g ? w.value.target : w.value.source, U.value = (g ? w.value.targetHandle : w.value.sourceHandle) ?? null, T.value = g ? "target" : "source", p.updateStart({ event: h, edge: w.value }), Z(h));
    }
    function te(h) {
      var g;
      const S = { event: h, edge: w.value };
      N.value && (a.value = !1, w.value.selected && m.value ? (u([w.value]), (g = oe.value) == null || g.blur()) : n([w.value])), p.click(S);
    }
    function ie(h) {
      p.contextMenu({ event: h, edge: w.value });
    }
    function Ce(h) {
      p.doubleClick({ event: h, edge: w.value });
    }
    function Me(h) {
      p.mouseEnter({ event: h, edge: w.value });
    }
    function we(h) {
      p.mouseMove({ event: h, edge: w.value });
    }
    function Ee(h) {
      p.mouseLeave({ event: h, edge: w.value });
    }
    function ge(h) {
      ae(h, !0);
    }
    function _(h) {
      ae(h, !1);
    }
    function v(h) {
      var g;
      !b.value && Qr.includes(h.key) && N.value && (h.key === "Escape" ? ((g = oe.value) == null || g.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Vf = Lf, Hf = He({
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
    } = Ve(), f = (e = Ct(vo)) == null ? void 0 : e["connection-line"], m = ee(() => {
      var I;
      return d((I = o.value) == null ? void 0 : I.nodeId);
    }), b = ee(() => {
      var I;
      return d((I = i.value) == null ? void 0 : I.nodeId) ?? null;
    }), y = ee(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), x = ee(
      () => l.value.markerStart ? `url(#${Sn(l.value.markerStart, t)})` : ""
    ), k = ee(
      () => l.value.markerEnd ? `url(#${Sn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var I, w, p;
      if (!m.value || !o.value)
        return null;
      const P = o.value.id, B = o.value.type, V = m.value.handleBounds;
      let R = (V == null ? void 0 : V[B]) ?? [];
      if (n.value === Et.Loose) {
        const z = (V == null ? void 0 : V[B === "source" ? "target" : "source"]) ?? [];
        R = [...R, ...z];
      }
      if (!R)
        return null;
      const ne = (P ? R.find((z) => z.id === P) : R[0]) ?? null, Q = (ne == null ? void 0 : ne.position) ?? he.Top, { x: U, y: T } = nn(m.value, ne, Q);
      let oe = null;
      b.value && (n.value === Et.Strict ? oe = ((I = b.value.handleBounds[B === "source" ? "target" : "source"]) == null ? void 0 : I.find(
        (z) => {
          var H;
          return z.id === ((H = i.value) == null ? void 0 : H.id);
        }
      )) || null : oe = ((w = [...b.value.handleBounds.source ?? [], ...b.value.handleBounds.target ?? []]) == null ? void 0 : w.find(
        (z) => {
          var H;
          return z.id === ((H = i.value) == null ? void 0 : H.id);
        }
      )) || null);
      const N = ((p = i.value) == null ? void 0 : p.position) ?? (Q ? qo[Q] : null);
      if (!Q || !N)
        return null;
      const Y = a.value ?? l.value.type ?? Tt.Bezier;
      let A = "";
      const D = {
        sourceX: U,
        sourceY: T,
        sourcePosition: Q,
        targetX: y.value.x,
        targetY: y.value.y,
        targetPosition: N
      };
      return Y === Tt.Bezier ? [A] = _a(D) : Y === Tt.Step ? [A] = Uo({
        ...D,
        borderRadius: 0
      }) : Y === Tt.SmoothStep ? [A] = Uo(D) : Y === Tt.SimpleBezier ? [A] = Sa(D) : A = `M${U},${T} ${y.value.x},${y.value.y}`, ze(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        ze(
          "g",
          { class: "vue-flow__connection" },
          f ? ze(f, {
            sourceX: U,
            sourceY: T,
            sourcePosition: Q,
            targetX: y.value.x,
            targetY: y.value.y,
            targetPosition: N,
            sourceNode: m.value,
            sourceHandle: ne,
            targetNode: b.value,
            targetHandle: oe,
            markerEnd: k.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : ze("path", {
            d: A,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...s.value,
              ...l.value.style
            },
            "marker-end": k.value,
            "marker-start": x.value
          })
        )
      );
    };
  }
}), Ff = Hf, Yf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Xf = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, qf = /* @__PURE__ */ He({
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
    return (t, n) => (M(), O("marker", {
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
      t.type === X(Yo).ArrowClosed ? (M(), O("polyline", {
        key: 0,
        style: Ae({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : se("", !0),
      t.type === X(Yo).Arrow ? (M(), O("polyline", {
        key: 1,
        style: Ae({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : se("", !0)
    ], 8, Yf));
  }
}), Gf = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Uf = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Wf = /* @__PURE__ */ He({
  ...Uf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Ve(), r = ee(() => {
      const a = /* @__PURE__ */ new Set(), s = [], l = (u) => {
        if (u) {
          const c = Sn(u, t);
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
    return (a, s) => (M(), O("svg", Gf, [
      E("defs", null, [
        (M(!0), O(_e, null, Le(r.value, (l) => (M(), Re(qf, {
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
}, Zf = /* @__PURE__ */ He({
  ...Kf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Ve();
    return (i, r) => (M(), O(_e, null, [
      de(Wf),
      (M(!0), O(_e, null, Le(X(n), (a) => (M(), O("svg", {
        key: a.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ae({ zIndex: X(vd)(a, X(t), X(o)) })
      }, [
        de(X(Vf), {
          id: a.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      de(X(Ff))
    ], 64));
  }
}), jf = He({
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
      elevateNodesOnSelect: m,
      disableKeyboardA11y: b,
      ariaLiveMessage: y,
      snapToGrid: x,
      snapGrid: k,
      nodeDragThreshold: I,
      nodesDraggable: w,
      elementsSelectable: p,
      nodesConnectable: P,
      nodesFocusable: B,
      hooks: V
    } = Ve(), R = pe(null);
    Bt(va, R), Bt(ui, e.id);
    const ne = Ct(vo), Q = rn(), U = wa(), { node: T, parentNode: oe } = ya(e.id), { emit: N, on: Y } = Pd(T, a), A = Be(() => typeof T.draggable > "u" ? w.value : T.draggable), D = Be(() => typeof T.selectable > "u" ? p.value : T.selectable), z = Be(() => typeof T.connectable > "u" ? P.value : T.connectable), H = Be(() => typeof T.focusable > "u" ? B.value : T.focusable), Z = ee(
      () => D.value || A.value || V.value.nodeClick.hasListeners() || V.value.nodeDoubleClick.hasListeners() || V.value.nodeMouseEnter.hasListeners() || V.value.nodeMouseMove.hasListeners() || V.value.nodeMouseLeave.hasListeners()
    ), re = Be(() => !!T.dimensions.width && !!T.dimensions.height), ue = ee(() => {
      const g = T.type || "default", S = ne == null ? void 0 : ne[`node-${g}`];
      if (S)
        return S;
      let $ = T.template || d.value[g];
      if (typeof $ == "string" && Q) {
        const G = Object.keys(Q.appContext.components);
        G && G.includes(g) && ($ = wr(g, !1));
      }
      return $ && typeof $ != "string" ? $ : (a.error(new Ue(Ge.NODE_TYPE_MISSING, $)), !1);
    }), fe = ma({
      id: e.id,
      el: R,
      disabled: () => !A.value,
      selectable: D,
      dragHandle: () => T.dragHandle,
      onStart(g) {
        N.dragStart(g);
      },
      onDrag(g) {
        N.drag(g);
      },
      onStop(g) {
        N.dragStop(g);
      },
      onClick(g) {
        v(g);
      }
    }), ye = ee(() => T.class instanceof Function ? T.class(T) : T.class), ae = ee(() => {
      const g = (T.style instanceof Function ? T.style(T) : T.style) || {}, S = T.width instanceof Function ? T.width(T) : T.width, $ = T.height instanceof Function ? T.height(T) : T.height;
      return !g.width && S && (g.width = typeof S == "string" ? S : `${S}px`), !g.height && $ && (g.height = typeof $ == "string" ? $ : `${$}px`), g;
    }), te = Be(() => Number(T.zIndex ?? ae.value.zIndex ?? 0));
    return c((g) => {
      (g.includes(e.id) || !g.length) && Ce();
    }), et(() => {
      Se(
        () => T.hidden,
        (g = !1, S, $) => {
          !g && R.value && (e.resizeObserver.observe(R.value), $(() => {
            R.value && e.resizeObserver.unobserve(R.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Se([() => T.type, () => T.sourcePosition, () => T.targetPosition], () => {
      Ze(() => {
        u([{ id: e.id, nodeElement: R.value, forceUpdate: !0 }]);
      });
    }), Se(
      [
        () => T.position.x,
        () => T.position.y,
        () => {
          var g;
          return (g = oe.value) == null ? void 0 : g.computedPosition.x;
        },
        () => {
          var g;
          return (g = oe.value) == null ? void 0 : g.computedPosition.y;
        },
        () => {
          var g;
          return (g = oe.value) == null ? void 0 : g.computedPosition.z;
        },
        te,
        () => T.selected,
        () => T.dimensions.height,
        () => T.dimensions.width,
        () => {
          var g;
          return (g = oe.value) == null ? void 0 : g.dimensions.height;
        },
        () => {
          var g;
          return (g = oe.value) == null ? void 0 : g.dimensions.width;
        }
      ],
      ([g, S, $, G, F, W]) => {
        const K = {
          x: g,
          y: S,
          z: W + (m.value && T.selected ? 1e3 : 0)
        };
        typeof $ < "u" && typeof G < "u" ? T.computedPosition = ld({ x: $, y: G, z: F }, K) : T.computedPosition = K;
      },
      { flush: "post", immediate: !0 }
    ), Se([() => T.extent, f], ([g, S], [$, G]) => {
      (g !== $ || S !== G) && ie();
    }), T.extent === "parent" || typeof T.extent == "object" && "range" in T.extent && T.extent.range === "parent" ? zo(() => re).toBe(!0).then(ie) : ie(), () => T.hidden ? null : ze(
      "div",
      {
        ref: R,
        "data-id": T.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${ue.value === !1 ? "default" : T.type || "default"}`,
          {
            [n.value]: A.value,
            dragging: fe == null ? void 0 : fe.value,
            draggable: A.value,
            selected: T.selected,
            selectable: D.value,
            parent: T.isParent
          },
          ye.value
        ],
        style: {
          visibility: re.value ? "visible" : "hidden",
          zIndex: T.computedPosition.z ?? te.value,
          transform: `translate(${T.computedPosition.x}px,${T.computedPosition.y}px)`,
          pointerEvents: Z.value ? "all" : "none",
          ...ae.value
        },
        tabIndex: H.value ? 0 : void 0,
        role: H.value ? "group" : void 0,
        "aria-describedby": b.value ? void 0 : `${jr}-${t}`,
        "aria-label": T.ariaLabel,
        "aria-roledescription": "node",
        ...T.domAttributes,
        onMouseenter: Me,
        onMousemove: we,
        onMouseleave: Ee,
        onContextmenu: ge,
        onClick: v,
        onDblclick: _,
        onKeydown: h
      },
      [
        ze(ue.value === !1 ? d.value.default : ue.value, {
          id: T.id,
          type: T.type,
          data: T.data,
          events: { ...T.events, ...Y },
          selected: T.selected,
          resizing: T.resizing,
          dragging: fe.value,
          connectable: z.value,
          position: T.computedPosition,
          dimensions: T.dimensions,
          isValidTargetPos: T.isValidTargetPos,
          isValidSourcePos: T.isValidSourcePos,
          parent: T.parentNode,
          parentNodeId: T.parentNode,
          zIndex: T.computedPosition.z ?? te.value,
          targetPosition: T.targetPosition,
          sourcePosition: T.sourcePosition,
          label: T.label,
          dragHandle: T.dragHandle,
          onUpdateNodeInternals: Ce
        })
      ]
    );
    function ie() {
      const g = T.computedPosition, { computedPosition: S, position: $ } = si(
        T,
        x.value ? ho(g, k.value) : g,
        a.error,
        f.value,
        oe.value
      );
      (T.computedPosition.x !== S.x || T.computedPosition.y !== S.y) && (T.computedPosition = { ...T.computedPosition, ...S }), (T.position.x !== $.x || T.position.y !== $.y) && (T.position = $);
    }
    function Ce() {
      R.value && u([{ id: e.id, nodeElement: R.value, forceUpdate: !0 }]);
    }
    function Me(g) {
      fe != null && fe.value || N.mouseEnter({ event: g, node: T });
    }
    function we(g) {
      fe != null && fe.value || N.mouseMove({ event: g, node: T });
    }
    function Ee(g) {
      fe != null && fe.value || N.mouseLeave({ event: g, node: T });
    }
    function ge(g) {
      return N.contextMenu({ event: g, node: T });
    }
    function _(g) {
      return N.doubleClick({ event: g, node: T });
    }
    function v(g) {
      D.value && (!o.value || !A.value || I.value > 0) && Go(
        T,
        r.value,
        l,
        s,
        i,
        !1,
        R.value
      ), N.click({ event: g, node: T });
    }
    function h(g) {
      if (!(Xo(g) || b.value))
        if (Qr.includes(g.key) && D.value) {
          const S = g.key === "Escape";
          Go(
            T,
            r.value,
            l,
            s,
            i,
            S,
            R.value
          );
        } else A.value && T.selected && Zt[g.key] && (g.preventDefault(), y.value = `Moved selected node ${g.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~T.position.x}, y: ${~~T.position.y}`, U(
          {
            x: Zt[g.key].x,
            y: Zt[g.key].y
          },
          g.shiftKey
        ));
    }
  }
}), Jf = jf;
function Qf(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Ve();
  return ee(() => {
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
}, nh = /* @__PURE__ */ He({
  ...th,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Ve(), i = Qf(), r = pe();
    return Se(
      i,
      (a) => {
        a && Ze(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), et(() => {
      r.value = new ResizeObserver((a) => {
        const s = a.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        Ze(() => n(s));
      });
    }), Ht(() => {
      var a;
      return (a = r.value) == null ? void 0 : a.disconnect();
    }), (a, s) => (M(), O("div", eh, [
      r.value ? (M(!0), O(_e, { key: 0 }, Le(X(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && qa(d, f))
          return d;
        const m = (M(), Re(X(Jf), {
          id: l.id,
          key: l.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return m.memo = f, m;
      }, s, 0), 128)) : se("", !0)
    ]));
  }
});
function oh() {
  const { emits: e } = Ve();
  et(() => {
    if (ha()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Ue(Ge.MISSING_STYLES));
    }
  });
}
const ih = /* @__PURE__ */ E("div", { class: "vue-flow__edge-labels" }, null, -1), rh = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, ah = /* @__PURE__ */ He({
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
    const o = e, i = Fa(), r = bo(o, "modelValue", n), a = bo(o, "nodes", n), s = bo(o, "edges", n), l = Ve(o), u = Od({ modelValue: r, nodes: a, edges: s }, o, l);
    return Rd(n, l.hooks), Of(), oh(), Bt(vo, i), Ya(u), t(l), (c, d) => (M(), O("div", {
      ref: X(l).vueFlowRef,
      class: "vue-flow"
    }, [
      de(If, null, {
        default: Fe(() => [
          de(Zf),
          ih,
          de(nh),
          Ke(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Ke(c.$slots, "default"),
      de(Df)
    ], 512));
  }
}), sh = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, tr = /* @__PURE__ */ He({
  ...sh,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Ve(), o = ee(() => `${t.position}`.split("-"));
    return (i, r) => (M(), O("div", {
      class: De(["vue-flow__panel", o.value]),
      style: Ae({ pointerEvents: X(n) ? "none" : "all" })
    }, [
      Ke(i.$slots, "default")
    ], 6));
  }
});
var mt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(mt || {});
const Ea = function({ dimensions: e, size: t, color: n }) {
  return ze("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, Na = function({ radius: e, color: t }) {
  return ze("circle", { cx: e, cy: e, r: e, fill: t });
};
mt.Lines + "", mt.Dots + "";
const lh = {
  [mt.Dots]: "#81818a",
  [mt.Lines]: "#eee"
}, uh = ["id", "x", "y", "width", "height", "patternTransform"], ch = {
  key: 2,
  height: "100",
  width: "100"
}, dh = ["fill"], fh = ["x", "y", "fill"], hh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, vh = /* @__PURE__ */ He({
  ...hh,
  props: {
    id: {},
    variant: { default: () => mt.Dots },
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
    const { id: t, viewport: n } = Ve(), o = ee(() => {
      const a = n.value.zoom, [s, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [s * a || 1, l * a || 1], c = e.size * a, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], m = [d * a || 1 + u[0] / 2, f * a || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: m,
        size: c
      };
    }), i = Be(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Be(() => e.color || e.patternColor || lh[e.variant || mt.Dots]);
    return (a, s) => (M(), O("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Ae({
        height: `${a.height > 100 ? 100 : a.height}%`,
        width: `${a.width > 100 ? 100 : a.width}%`
      })
    }, [
      Ke(a.$slots, "pattern-container", { id: i.value }, () => [
        E("pattern", {
          id: i.value,
          x: X(n).x % o.value.scaledGap[0],
          y: X(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Ke(a.$slots, "pattern", {}, () => [
            a.variant === X(mt).Lines ? (M(), Re(X(Ea), {
              key: 0,
              size: a.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : a.variant === X(mt).Dots ? (M(), Re(X(Na), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : se("", !0),
            a.bgColor ? (M(), O("svg", ch, [
              E("rect", {
                width: "100%",
                height: "100%",
                fill: a.bgColor
              }, null, 8, dh)
            ])) : se("", !0)
          ])
        ], 8, uh)
      ]),
      E("rect", {
        x: a.x,
        y: a.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, fh),
      Ke(a.$slots, "default", { id: i.value })
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
var Ln = {
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
const ph = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: a, ...s }, { slots: l }) => ze(
  "svg",
  {
    ...Ln,
    width: e || Ln.width,
    height: e || Ln.height,
    stroke: o || Ln.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${mh(r ?? "icon")}`],
    ...s
  },
  [...i.map((u) => ze(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const be = (e, t) => (n, { slots: o }) => ze(
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
const gh = be("AudioLinesIcon", [
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
const yh = be("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const wh = be("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const xh = be("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const bh = be("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const nr = be("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const kh = be("ClapperboardIcon", [
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
const _h = be("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Sh = be("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const $h = be("CpuIcon", [
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
const Eh = be("DownloadIcon", [
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
const Nh = be("FileTextIcon", [
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
const Ch = be("FilmIcon", [
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
const Mh = be("HistoryIcon", [
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
const Ih = be("ImageIcon", [
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
const Th = be("InfoIcon", [
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
const Ph = be("LayersIcon", [
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
const Ah = be("Link2Icon", [
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
const zh = be("ListOrderedIcon", [
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
const Dh = be("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Oh = be("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Bh = be("Maximize2Icon", [
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
const Rh = be("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Lh = be("MicIcon", [
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
const Vh = be("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Hh = be("PackageIcon", [
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
const Fh = be("PaletteIcon", [
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
const Yh = be("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Xh = be("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const qh = be("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Gh = be("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Uh = be("ScanEyeIcon", [
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
const Wh = be("ScrollTextIcon", [
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
const Kh = be("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Zh = be("SlidersHorizontalIcon", [
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
const jh = be("SparklesIcon", [
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
const Jh = be("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Qh = be("StarIcon", [
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
const ev = be("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const tv = be("TableIcon", [
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
const nv = be("TimerIcon", [
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
const ov = be("Trash2Icon", [
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
const iv = be("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const rv = be("UploadIcon", [
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
const av = be("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const sv = be("Volume2Icon", [
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
const lv = be("VolumeXIcon", [
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
const uv = be("WorkflowIcon", [
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
const cv = be("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), $e = {
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
      dot: nr,
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
    }, n = e, o = ee(() => t[n.name] || nr);
    return (i, r) => (M(), Re(Jo(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Ca = Symbol("multiplex-store");
function dv(e) {
  const t = mn({
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
  }), n = ee(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = ee(() => ir(t.comments, (u) => [u.block])), i = ee(() => ir(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), r = (u) => o.value.get(u) || or, a = (u) => i.value.get(u) || or;
  let s = 0;
  return { state: t, send: (u, c = {}) => (s += 1, e("command", { op: u, req: s, ...c }), s), seqIndex: n, commentsOf: r, othersOn: a };
}
const or = Object.freeze([]);
function ir(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const r = n.get(i);
      r ? r.push(o) : n.set(i, [o]);
    }
  return n;
}
function yt() {
  return Ct(Ca);
}
const on = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, rr = { ...on, idle: "#9ca3af", cancelled: "#9ca3af" }, Wo = "#f1f3f5";
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
const ro = {
  intent: "#ff79c6",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function ar(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function wo(e) {
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
    const n = t, o = pe(null), i = pe(null);
    function r(d, f) {
      const m = d.currentTarget.getBoundingClientRect(), b = d.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: f.label, x: b.right + 8, y: m.top + m.height / 2 };
    }
    const a = ro;
    let s = null;
    function l(d, f, m) {
      d.button === 0 && (i.value = null, d.preventDefault(), s = { x: d.clientX, y: d.clientY, group: f, item: m, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(d) {
      s && (!s.moved && Math.hypot(d.clientX - s.x, d.clientY - s.y) < 4 || (s.moved = !0, o.value = { x: d.clientX, y: d.clientY, label: s.item.label, icon: s.item.icon, color: a[s.group.kind] }));
    }
    function c(d) {
      window.removeEventListener("pointermove", u);
      const f = s;
      s = null, o.value = null, f && n("place", { kind: f.group.kind, sub: f.item.sub, clientX: d.clientX, clientY: d.clientY, dragged: f.moved });
    }
    return (d, f) => (M(), O(_e, null, [
      E("nav", hv, [
        f[1] || (f[1] = E("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          E("span", null, "m"),
          E("i")
        ], -1)),
        (M(!0), O(_e, null, Le(e.groups, (m) => (M(), O("div", {
          key: m.kind,
          class: "mx-pal-group",
          style: Ae({ "--accent": X(a)[m.kind] })
        }, [
          (M(!0), O(_e, null, Le(m.items, (b) => (M(), O("button", {
            key: b.sub,
            class: "mx-pal-item",
            "data-kind": m.kind,
            "data-sub": b.sub,
            "aria-label": b.label,
            onPointerdown: (y) => l(y, m, b),
            onPointerenter: (y) => r(y, b),
            onPointerleave: f[0] || (f[0] = (y) => i.value = null)
          }, [
            de($e, {
              name: b.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, vv))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (M(), O("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: Ae({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, q(i.value.label), 5)) : se("", !0),
      o.value ? (M(), O("div", {
        key: 1,
        class: "mx-ghost",
        style: Ae({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        de($e, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Ne(" " + q(o.value.label), 1)
      ], 4)) : se("", !0)
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
    const t = e, n = pe(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, r = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, a = 0;
    function s() {
      let y = 1 / 0, x = 1 / 0, k = -1 / 0, I = -1 / 0;
      for (const w of t.blocks.values())
        w.x < y && (y = w.x), w.y < x && (x = w.y), w.x + w.w > k && (k = w.x + w.w), w.y + w.h > I && (I = w.y + w.h);
      return y === 1 / 0 ? null : { x0: y, y0: x, x1: k, y1: I };
    }
    function l() {
      a = 0;
      const y = n.value;
      if (!y) return;
      const x = y.getContext("2d"), k = y.width, I = y.height, w = t.flow.viewport.value, p = t.flow.dimensions.value, P = { x0: -w.x / w.zoom, y0: -w.y / w.zoom, x1: (p.width - w.x) / w.zoom, y1: (p.height - w.y) / w.zoom };
      i === null && (i = s() || P);
      const B = { x0: Math.min(i.x0, P.x0), y0: Math.min(i.y0, P.y0), x1: Math.max(i.x1, P.x1), y1: Math.max(i.y1, P.y1) }, V = Math.max(B.x1 - B.x0, B.y1 - B.y0) * 0.04;
      B.x0 -= V, B.y0 -= V, B.x1 += V, B.y1 += V;
      const R = Math.min(k / (B.x1 - B.x0), I / (B.y1 - B.y0));
      r = { x0: B.x0, y0: B.y0, scale: R, ox: (k - (B.x1 - B.x0) * R) / 2, oy: (I - (B.y1 - B.y0) * R) / 2 }, x.clearRect(0, 0, k, I), x.globalAlpha = 0.75;
      for (const oe of t.blocks.values())
        x.fillStyle = t.colorOf(oe), x.fillRect(r.ox + (oe.x - B.x0) * R, r.oy + (oe.y - B.y0) * R, Math.max(1, oe.w * R), Math.max(1, oe.h * R));
      x.globalAlpha = 1;
      const ne = r.ox + (P.x0 - B.x0) * R, Q = r.oy + (P.y0 - B.y0) * R, U = (P.x1 - P.x0) * R, T = (P.y1 - P.y0) * R;
      x.fillStyle = "rgba(10,10,11,0.62)", x.beginPath(), x.rect(0, 0, k, I), x.rect(ne, Q, U, T), x.fill("evenodd"), x.strokeStyle = "rgba(241,243,245,0.45)", x.lineWidth = o, x.strokeRect(ne + o / 2, Q + o / 2, U - o, T - o);
    }
    function u(y) {
      y && (i = null), a || (a = requestAnimationFrame(l));
    }
    Se(() => t.rev, () => u(!0)), Se(() => t.flow.viewport.value, () => u(!1)), Se(() => t.flow.dimensions.value, () => u(!1)), et(() => u(!0)), Ht(() => a && cancelAnimationFrame(a));
    function c(y) {
      const x = n.value.getBoundingClientRect(), k = (y.clientX - x.left) * o, I = (y.clientY - x.top) * o;
      return { x: (k - r.ox) / r.scale + r.x0, y: (I - r.oy) / r.scale + r.y0 };
    }
    function d(y, x) {
      const k = t.flow.dimensions.value, I = x ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: k.width / 2 - y.x * I, y: k.height / 2 - y.y * I, zoom: I });
    }
    function f(y) {
      y.button === 0 && (n.value.setPointerCapture(y.pointerId), d(c(y)));
    }
    function m(y) {
      y.buttons & 1 && d(c(y));
    }
    function b(y) {
      const x = t.flow.viewport.value, k = t.flow.dimensions.value, I = { x: (k.width / 2 - x.x) / x.zoom, y: (k.height / 2 - x.y) / x.zoom }, w = Math.max(0.05, Math.min(3, x.zoom * Math.exp(-y.deltaY * 15e-4)));
      d(I, w);
    }
    return (y, x) => (M(), O("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * X(o),
      height: e.height * X(o),
      style: Ae({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: f,
      onPointermove: m,
      onWheel: me(b, ["prevent", "stop"])
    }, null, 44, pv));
  }
}, yv = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = ee(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (M(), O("div", {
      key: 0,
      class: "mx-cursors",
      style: Ae({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (M(!0), O(_e, null, Le(e.users, (r) => (M(), O("div", {
        key: r.id,
        class: "mx-cursor",
        style: Ae({ left: `${r.cursor.x}px`, top: `${r.cursor.y}px`, "--c": r.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = E("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          E("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        E("span", null, q(r.name), 1)
      ], 4))), 128))
    ], 4)) : se("", !0);
  }
}, wv = 3, sr = 12, lr = 0.2, Vn = 8, xv = ".vue-flow__panel, .vue-flow__node, .vue-flow__edge, .vue-flow__nodesselection, .vue-flow__handle, button, input, textarea", bv = {
  __name: "FarCanvas",
  props: { flow: Object, edges: Map, rev: Number },
  emits: ["move", "shown"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, { state: r, othersOn: a } = yt(), s = pe(null), l = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" }, u = {
      comp: "rgba(255, 201, 71, 0.55)",
      gen_art: "rgba(100, 255, 218, 0.55)",
      grows: "rgba(156, 136, 255, 0.6)",
      seq: "rgba(241, 243, 245, 0.14)",
      default: "#3a3a40"
    };
    let c = Math.min(2, window.devicePixelRatio || 1), d = 0, f = !1, m = !0, b = [];
    const y = /* @__PURE__ */ new Map(), x = /* @__PURE__ */ new Map();
    function k(_) {
      return _.kind === "intent" ? on[(_.status || {}).state] || on.idle : _.kind === "activity" && _.sub === "animatic" ? "#ffc947" : ro[_.kind] || "#333333";
    }
    function I(_, v, h) {
      const g = `${_}${v}${h}`;
      let S = x.get(g);
      if (!S) {
        const $ = (W) => {
          const K = parseInt(W.slice(1), 16);
          return [K >> 16 & 255, K >> 8 & 255, K & 255];
        }, G = $(_), F = $(v);
        S = `rgb(${G.map((W, K) => Math.round(W * h + F[K] * (1 - h))).join(",")})`, x.set(g, S);
      }
      return S;
    }
    function w() {
      d || (d = requestAnimationFrame(p));
    }
    function p() {
      d = 0;
      const [_, v] = V();
      v && i("shown"), R(), _ && w();
    }
    function P() {
      const _ = o.flow.viewport.value, v = o.flow.dimensions.value;
      return { vp: _, w: v.width, h: v.height, x0: -_.x / _.zoom, y0: -_.y / _.zoom, x1: (v.width - _.x) / _.zoom, y1: (v.height - _.y) / _.zoom };
    }
    const B = (_, v, h, g, S) => _.position.x < g && _.position.x + _.data.w > v && _.position.y < S && _.position.y + _.data.h > h;
    function V() {
      var Xe, wt, Mt;
      const _ = o.flow.nodes.value, v = dn(_), h = P(), g = r.lod === 0, S = (h.x1 - h.x0) * lr, $ = (h.y1 - h.y0) * lr, G = (Mt = (wt = (Xe = document.activeElement) == null ? void 0 : Xe.closest) == null ? void 0 : wt.call(Xe, ".vue-flow__node")) == null ? void 0 : Mt.dataset.id, F = [], W = [];
      let K = 0;
      for (let We = 0; We < v.length; We++) {
        const rt = v[We], It = g && B(rt, h.x0 - S, h.y0 - $, h.x1 + S, h.y1 + $);
        rt.hidden ? It && F.push(We) : !It && !rt.dragging && rt.id !== G && (B(rt, h.x0, h.y0, h.x1, h.y1) ? W.push(We) : (_[We].hidden = !0, K++));
      }
      let j = K !== 0;
      const le = W.slice(0, f ? 1 / 0 : sr);
      for (const We of le) _[We].hidden = !0;
      const ve = f ? 1 / 0 : wv;
      if (F.length > ve) {
        const We = (h.x0 + h.x1) / 2, rt = (h.y0 + h.y1) / 2, It = (Yt) => {
          const xt = v[Yt];
          return Math.hypot(xt.position.x + xt.data.w / 2 - We, xt.position.y + xt.data.h / 2 - rt);
        };
        F.sort((Yt, xt) => It(Yt) - It(xt));
      }
      const Te = F.slice(0, ve);
      for (const We of Te) _[We].hidden = !1;
      return j = j || le.length > 0 || Te.length > 0, f = !1, [F.length > ve || W.length > sr, j];
    }
    function R() {
      const _ = s.value;
      if (!_) return;
      const v = P(), h = Math.round(v.w * c), g = Math.round(v.h * c), S = dn(o.flow.nodes.value), $ = r.lod, G = [], F = [], W = /* @__PURE__ */ new Map();
      for (const Te of S)
        W.set(Te.id, Te), Te.hidden && B(Te, v.x0, v.y0, v.x1, v.y1) && (Te.selected ? F : G).push(Te);
      b = G.concat(F);
      const K = ne(W, v, $), j = !b.length && !K.length;
      if ((_.width !== h || _.height !== g) && (_.width = h, _.height = g, m = !0), j && !m) return;
      const le = _.getContext("2d");
      if (le.setTransform(1, 0, 0, 1, 0, 0), le.clearRect(0, 0, h, g), m = !j, j) return;
      const ve = v.vp.zoom;
      le.setTransform(c * ve, 0, 0, c * ve, c * v.vp.x, c * v.vp.y), Q(le, K, ve, $), b.length && ($ === 2 ? U(le, b) : T(le, b, ve), Y(le, b, ve));
    }
    function ne(_, v, h) {
      const g = {}, S = ($, G, F, W) => {
        if (!G || !F || !G.hidden && !F.hidden) return;
        const K = W ? G.position.x + G.data.w / 2 : G.position.x + G.data.w, j = W ? G.position.y + G.data.h : G.position.y + G.data.h / 2, le = W ? F.position.x + F.data.w / 2 : F.position.x, ve = W ? F.position.y : F.position.y + F.data.h / 2;
        if (Math.max(K, le) < v.x0 || Math.min(K, le) > v.x1 || Math.max(j, ve) < v.y0 || Math.min(j, ve) > v.y1) return;
        const Te = g[$] || (g[$] = new Path2D());
        if (Te.moveTo(K, j), W) Te.lineTo(le, ve);
        else {
          const Xe = Math.max(Math.abs(le - K) * 0.5, 25);
          Te.bezierCurveTo(K + Xe, j, le - Xe, ve, le, ve);
        }
      };
      for (const $ of o.edges.values()) S(u[$.kind] ? $.kind : "default", _.get($.src), _.get($.dst), !1);
      if (h < 2) {
        const $ = r.sequence;
        for (let G = 0; G + 1 < $.length; G++) S("seq", _.get($[G]), _.get($[G + 1]), !0);
      }
      return Object.entries(g);
    }
    function Q(_, v, h, g) {
      for (const [S, $] of v)
        _.strokeStyle = u[S], _.lineWidth = S === "seq" ? 1 : Math.max(1.2, 0.6 / h), _.setLineDash(g === 2 ? [] : S === "seq" ? [1, 6] : S === "gen_art" ? [4, 5] : S === "grows" ? [2, 4] : []), _.lineCap = S === "seq" ? "round" : "butt", _.stroke($);
      _.setLineDash([]);
    }
    function U(_, v) {
      const h = /* @__PURE__ */ new Map();
      for (const g of v) {
        const S = g.selected ? I(Wo, "#1c1c20", 0.55) : I(k(g.data), "#1c1c20", 0.3);
        let $ = h.get(S);
        $ || h.set(S, $ = new Path2D()), $.rect(g.position.x, g.position.y, g.data.w, g.data.h);
      }
      for (const [g, S] of h)
        _.fillStyle = g, _.fill(S);
    }
    function T(_, v, h) {
      const g = new Path2D(), S = new Path2D(), $ = /* @__PURE__ */ new Map();
      for (const F of v) {
        const { x: W, y: K } = F.position, j = F.data.w, le = F.data.h;
        (F.selected ? S : g).rect(W, K, j, le);
        const ve = k(F.data);
        let Te = $.get(ve);
        Te || $.set(ve, Te = new Path2D()), Te.rect(W, K, 4, le);
      }
      _.fillStyle = "#151517", _.fill(g), _.fillStyle = "#16191b", _.fill(S), _.lineWidth = 1, _.strokeStyle = "#252527", _.stroke(g), _.strokeStyle = Wo, _.stroke(S);
      for (const [F, W] of $)
        _.fillStyle = F, _.fill(W);
      if (h * 30 < 4) return;
      _.textBaseline = "middle", _.font = '18px "JetBrains Mono", ui-monospace, monospace', _.letterSpacing = "1.44px", _.globalAlpha = 0.85;
      const G = [];
      for (const F of v) {
        const W = F.data, K = W.w, j = W.h, le = oe(_, F, K - 39), ve = 30 + le.length * 34.5, Te = F.position.y + Math.max(15, (j - ve) / 2);
        G.push(Te, le), _.fillStyle = k(W), _.fillText(String(W.kind === "intent" || W.kind === "comp" ? W.sub : l[W.kind] || W.kind).toUpperCase(), F.position.x + 22, Te + 12, K - 39);
      }
      _.globalAlpha = 1, _.letterSpacing = "0px", _.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', _.fillStyle = "#f8f9fa";
      for (let F = 0; F < v.length; F++) {
        const W = v[F], K = G[2 * F], j = G[2 * F + 1];
        for (let le = 0; le < j.length; le++) _.fillText(j[le], W.position.x + 22, K + 30 + 17.25 + le * 34.5);
      }
    }
    function oe(_, v, h) {
      const g = String(v.data.title || v.data.sub || ""), S = `${g}|${h}|${v.data.h}`, $ = y.get(v.id);
      if ($ && $.key === S) return $.lines;
      const G = _.font, F = _.letterSpacing;
      _.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', _.letterSpacing = "0px";
      const W = Math.max(1, Math.min(3, Math.floor((v.data.h - 58) / 34.5))), K = [];
      let j = "";
      const le = g.split(/\s+/).filter(Boolean);
      for (let ve = 0; ve < le.length; ve++) {
        const Te = j ? `${j} ${le[ve]}` : le[ve];
        if (!j || _.measureText(Te).width <= h) {
          j = Te;
          continue;
        }
        if (K.push(j), j = le[ve], K.length === W) {
          j = "", K[W - 1] = N(_, `${K[W - 1]} ${le.slice(ve).join(" ")}`, h);
          break;
        }
      }
      return j && K.push(K.length === W - 1 || _.measureText(j).width > h ? N(_, j, h) : j), _.font = G, _.letterSpacing = F, y.set(v.id, { key: S, lines: K }), K;
    }
    function N(_, v, h) {
      if (_.measureText(v).width <= h) return v;
      let g = 0, S = v.length;
      for (; g < S; ) {
        const $ = g + S + 1 >> 1;
        _.measureText(`${v.slice(0, $)}…`).width <= h ? g = $ : S = $ - 1;
      }
      return `${v.slice(0, g).trimEnd()}…`;
    }
    function Y(_, v, h) {
      _.lineWidth = 2 / h, _.setLineDash([6 / h, 4 / h]);
      for (const g of v) {
        const S = a(g.id);
        S.length && (_.strokeStyle = S[0].color, _.strokeRect(g.position.x - 3 / h, g.position.y - 3 / h, g.data.w + 6 / h, g.data.h + 6 / h));
      }
      _.setLineDash([]);
    }
    function A(_) {
      const v = s.value.getBoundingClientRect(), h = o.flow.viewport.value;
      return { x: (_.clientX - v.left - h.x) / h.zoom, y: (_.clientY - v.top - h.y) / h.zoom };
    }
    function D(_, v) {
      if (!s.value) return null;
      const h = A({ clientX: _, clientY: v });
      for (let g = b.length - 1; g >= 0; g--) {
        const S = b[g];
        if (h.x >= S.position.x && h.x <= S.position.x + S.data.w && h.y >= S.position.y && h.y <= S.position.y + S.data.h) return S.id;
      }
      return null;
    }
    const z = (_) => !(_.target.closest && _.target.closest(xv));
    let H = null, Z = !1;
    function re(_, v) {
      const h = o.flow, g = h.findNode(_);
      if (!g) return;
      if (v) {
        g.selected ? h.removeSelectedNodes([g]) : h.addSelectedNodes([g]);
        return;
      }
      const S = h.getSelectedNodes.value.filter(($) => $.id !== _);
      S.length && h.removeSelectedNodes(S), h.removeSelectedEdges(h.getSelectedEdges.value), g.selected || h.addSelectedNodes([g]);
    }
    function ue(_) {
      if (Z = !1, _.button !== 0 || !z(_)) return;
      const v = D(_.clientX, _.clientY);
      if (!v) return;
      _.stopPropagation(), _.preventDefault();
      const h = o.flow.findNode(v), g = h.selected ? o.flow.getSelectedNodes.value : [h];
      H = {
        id: v,
        x: _.clientX,
        y: _.clientY,
        moved: !1,
        add: _.shiftKey || _.ctrlKey || _.metaKey,
        nodes: g.map((S) => ({ m: S, x: S.position.x, y: S.position.y }))
      }, window.addEventListener("pointermove", fe, !0), window.addEventListener("pointerup", ye, !0);
    }
    function fe(_) {
      const v = H;
      if (!v || !v.moved && Math.hypot(_.clientX - v.x, _.clientY - v.y) < 4) return;
      v.moved = !0;
      const h = o.flow.viewport.value.zoom, g = (_.clientX - v.x) / h, S = (_.clientY - v.y) / h;
      for (const $ of v.nodes) {
        const G = Vn * Math.round(($.x + g) / Vn), F = Vn * Math.round(($.y + S) / Vn);
        $.m.dragging = !0, $.m.position = { x: G, y: F }, $.m.computedPosition = { ...$.m.computedPosition, x: G, y: F };
      }
      w();
    }
    function ye() {
      window.removeEventListener("pointermove", fe, !0), window.removeEventListener("pointerup", ye, !0);
      const _ = H;
      if (H = null, !!_) {
        if (Z = !0, _.moved) {
          for (const v of _.nodes) v.m.dragging = !1;
          i("move", _.nodes.map((v) => ({ id: v.m.id, x: Math.round(v.m.position.x), y: Math.round(v.m.position.y) })));
        } else re(_.id, _.add);
        w();
      }
    }
    function ae(_) {
      Z && (Z = !1, _.stopPropagation());
    }
    function te(_) {
      if (!z(_)) return;
      const v = D(_.clientX, _.clientY);
      v && (_.stopPropagation(), _.preventDefault(), re(v, !1), o.flow.fitView({ nodes: [v], padding: 0.6, maxZoom: 1, duration: 300 }));
    }
    let ie = null;
    function Ce(_) {
      _.buttons || H || (ie = ie || s.value.parentElement.querySelector(".vue-flow__pane"), ie && (ie.style.cursor = z(_) && D(_.clientX, _.clientY) ? "pointer" : ""));
    }
    let Me = null;
    Se(() => o.flow.userSelectionRect.value, (_) => {
      _ && _.width + _.height > 0 && (Me = { ..._ });
    }), o.flow.onSelectionEnd(() => {
      const _ = Me;
      if (Me = null, !_) return;
      const v = o.flow.viewport.value, h = (_.x - v.x) / v.zoom, g = (_.y - v.y) / v.zoom, S = h + _.width / v.zoom, $ = g + _.height / v.zoom, G = o.flow.nodes.value.filter((F) => F.hidden && F.position.x >= h && F.position.y >= g && F.position.x + F.data.w <= S && F.position.y + F.data.h <= $);
      G.length && o.flow.addSelectedNodes(G);
    }), Se(() => o.flow.viewport.value, w), Se(() => o.flow.dimensions.value, w), Se(() => [o.rev, r.lod, r.sequence, r.users], w), Se(() => o.flow.getSelectedNodes.value, w);
    function we() {
      f = !0, d && (cancelAnimationFrame(d), d = 0), V(), R();
    }
    t({ hitAt: D, settle: we, schedule: w });
    let Ee = null;
    const ge = [["pointerdown", ue], ["click", ae], ["dblclick", te], ["pointermove", Ce]];
    return et(() => {
      var v, h, g, S, $;
      Ee = s.value.parentElement;
      for (const [G, F] of ge) Ee.addEventListener(G, F, !0);
      (h = (v = document.fonts) == null ? void 0 : v.ready) == null || h.then(() => {
        y.clear(), w();
      });
      const _ = (G) => {
        const F = s.value.getBoundingClientRect(), W = o.flow.viewport.value, K = W.zoom;
        return G.map((j) => ({
          id: j.id,
          l: F.left + W.x + j.position.x * K,
          t: F.top + W.y + j.position.y * K,
          r: F.left + W.x + (j.position.x + j.data.w) * K,
          b: F.top + W.y + (j.position.y + j.data.h) * K
        }));
      };
      window.__mxFar = { drawn: () => _(b), blocks: () => _(dn(o.flow.nodes.value).filter((G) => G.hidden)), hitAt: D }, ($ = (g = window.matchMedia) == null ? void 0 : (S = g.call(window, `(resolution: ${c}dppx)`)).addEventListener) == null || $.call(S, "change", () => {
        c = Math.min(2, window.devicePixelRatio || 1), w();
      }), w();
    }), Ht(() => {
      if (d && cancelAnimationFrame(d), Ee) for (const [_, v] of ge) Ee.removeEventListener(_, v, !0);
    }), (_, v) => (M(), O("canvas", {
      ref_key: "el",
      ref: s,
      class: "mx-far",
      "data-role": "far-canvas",
      "aria-hidden": "true"
    }, null, 512));
  }
};
var Ko = "http://www.w3.org/1999/xhtml";
const ur = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ko,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Ma(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ur.hasOwnProperty(t) ? { space: ur[t], local: e } : e;
}
function kv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ko && t.documentElement.namespaceURI === Ko ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function _v(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Ia(e) {
  var t = Ma(e);
  return (t.local ? _v : kv)(t);
}
function Sv() {
}
function Ta(e) {
  return e == null ? Sv : function() {
    return this.querySelector(e);
  };
}
function $v(e) {
  typeof e != "function" && (e = Ta(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = new Array(a), l, u, c = 0; c < a; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new Qe(o, this._parents);
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
  return new Qe(o, i);
}
function Tv(e) {
  return function() {
    return this.matches(e);
  };
}
function Pa(e) {
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
  return this.select(e == null ? zv : Av(typeof e == "function" ? e : Pa(e)));
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
  return this.selectAll(e == null ? Bv : Rv(typeof e == "function" ? e : Pa(e)));
}
function Vv(e) {
  typeof e != "function" && (e = Tv(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], a = r.length, s = o[i] = [], l, u = 0; u < a; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && s.push(l);
  return new Qe(o, this._parents);
}
function Aa(e) {
  return new Array(e.length);
}
function Hv() {
  return new Qe(this._enter || this._groups.map(Aa), this._parents);
}
function ao(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
ao.prototype = {
  constructor: ao,
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
    (s = t[a]) ? (s.__data__ = r[a], o[a] = s) : n[a] = new ao(e, r[a]);
  for (; a < l; ++a)
    (s = t[a]) && (i[a] = s);
}
function Xv(e, t, n, o, i, r, a) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), m;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (f[s] = m = a.call(l, l.__data__, s, t) + "", u.has(m) ? i[s] = l : u.set(m, l));
  for (s = 0; s < d; ++s)
    m = a.call(e, r[s], s, r) + "", (l = u.get(m)) ? (o[s] = l, l.__data__ = r[s], u.delete(m)) : n[s] = new ao(e, r[s]);
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
    var c = o[u], d = i[u], f = d.length, m = Uv(e.call(c, c && c.__data__, u, o)), b = m.length, y = s[u] = new Array(b), x = a[u] = new Array(b), k = l[u] = new Array(f);
    n(c, d, y, x, k, m, t);
    for (var I = 0, w = 0, p, P; I < b; ++I)
      if (p = y[I]) {
        for (I >= w && (w = I + 1); !(P = x[w]) && ++w < b; ) ;
        p._next = P || null;
      }
  }
  return a = new Qe(a, o), a._enter = s, a._exit = l, a;
}
function Uv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Wv() {
  return new Qe(this._exit || this._groups.map(Aa), this._parents);
}
function Kv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Zv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, a = Math.min(i, r), s = new Array(i), l = 0; l < a; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = s[l] = new Array(d), m, b = 0; b < d; ++b)
      (m = u[b] || c[b]) && (f[b] = m);
  for (; l < i; ++l)
    s[l] = n[l];
  return new Qe(s, this._parents);
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
  return new Qe(i, this._parents).order();
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
  var n = Ma(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? sm : am : typeof t == "function" ? n.local ? dm : cm : n.local ? um : lm)(n, t));
}
function za(e) {
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
  return e.style.getPropertyValue(t) || za(e).getComputedStyle(e, null).getPropertyValue(t);
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
function Da(e) {
  return e.trim().split(/^|\s+/);
}
function di(e) {
  return e.classList || new Oa(e);
}
function Oa(e) {
  this._node = e, this._names = Da(e.getAttribute("class") || "");
}
Oa.prototype = {
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
function Ba(e, t) {
  for (var n = di(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Ra(e, t) {
  for (var n = di(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function km(e) {
  return function() {
    Ba(this, e);
  };
}
function _m(e) {
  return function() {
    Ra(this, e);
  };
}
function Sm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ba : Ra)(this, e);
  };
}
function $m(e, t) {
  var n = Da(e + "");
  if (arguments.length < 2) {
    for (var o = di(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
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
  var t = typeof e == "function" ? e : Ia(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Lm() {
  return null;
}
function Vm(e, t) {
  var n = typeof e == "function" ? e : Ia(e), o = t == null ? Lm : typeof t == "function" ? t : Ta(t);
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
function La(e, t, n) {
  var o = za(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Jm(e, t) {
  return function() {
    return La(this, e, t);
  };
}
function Qm(e, t) {
  return function() {
    return La(this, e, t.apply(this, arguments));
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
function Qe(e, t) {
  this._groups = e, this._parents = t;
}
function op() {
  return this;
}
Qe.prototype = {
  constructor: Qe,
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
function $n(e) {
  return typeof e == "string" ? new Qe([[document.querySelector(e)]], [document.documentElement]) : new Qe([[e]], np);
}
function ip(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function cr(e, t) {
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
function Va() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Wn(n);
}
function Wn(e) {
  this._ = e;
}
function ap(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Wn.prototype = Va.prototype = {
  constructor: Wn,
  on: function(e, t) {
    var n = this._, o = ap(e + "", n), i, r = -1, a = o.length;
    if (arguments.length < 2) {
      for (; ++r < a; ) if ((i = (e = o[r]).type) && (i = sp(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < a; )
      if (i = (e = o[r]).type) n[i] = dr(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = dr(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new Wn(e);
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
function dr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = rp, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const lp = { passive: !1 }, En = { capture: !0, passive: !1 };
function Po(e) {
  e.stopImmediatePropagation();
}
function jt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function up(e) {
  var t = e.document.documentElement, n = $n(e).on("dragstart.drag", jt, En);
  "onselectstart" in t ? n.on("selectstart.drag", jt, En) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function cp(e, t) {
  var n = e.document.documentElement, o = $n(e).on("dragstart.drag", null);
  t && (o.on("click.drag", jt, En), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Hn = (e) => () => e;
function Zo(e, {
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
Zo.prototype.on = function() {
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
  var e = dp, t = fp, n = hp, o = vp, i = {}, r = Va("start", "drag", "end"), a = 0, s, l, u, c, d = 0;
  function f(p) {
    p.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", k, lp).on("touchend.drag touchcancel.drag", I).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(p, P) {
    if (!(c || !e.call(this, p, P))) {
      var B = w(this, t.call(this, p, P), p, P, "mouse");
      B && ($n(p.view).on("mousemove.drag", b, En).on("mouseup.drag", y, En), up(p.view), Po(p), u = !1, s = p.clientX, l = p.clientY, B("start", p));
    }
  }
  function b(p) {
    if (jt(p), !u) {
      var P = p.clientX - s, B = p.clientY - l;
      u = P * P + B * B > d;
    }
    i.mouse("drag", p);
  }
  function y(p) {
    $n(p.view).on("mousemove.drag mouseup.drag", null), cp(p.view, u), jt(p), i.mouse("end", p);
  }
  function x(p, P) {
    if (e.call(this, p, P)) {
      var B = p.changedTouches, V = t.call(this, p, P), R = B.length, ne, Q;
      for (ne = 0; ne < R; ++ne)
        (Q = w(this, V, p, P, B[ne].identifier, B[ne])) && (Po(p), Q("start", p, B[ne]));
    }
  }
  function k(p) {
    var P = p.changedTouches, B = P.length, V, R;
    for (V = 0; V < B; ++V)
      (R = i[P[V].identifier]) && (jt(p), R("drag", p, P[V]));
  }
  function I(p) {
    var P = p.changedTouches, B = P.length, V, R;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), V = 0; V < B; ++V)
      (R = i[P[V].identifier]) && (Po(p), R("end", p, P[V]));
  }
  function w(p, P, B, V, R, ne) {
    var Q = r.copy(), U = cr(ne || B, P), T, oe, N;
    if ((N = n.call(p, new Zo("beforestart", {
      sourceEvent: B,
      target: f,
      identifier: R,
      active: a,
      x: U[0],
      y: U[1],
      dx: 0,
      dy: 0,
      dispatch: Q
    }), V)) != null)
      return T = N.x - U[0] || 0, oe = N.y - U[1] || 0, function Y(A, D, z) {
        var H = U, Z;
        switch (A) {
          case "start":
            i[R] = Y, Z = a++;
            break;
          case "end":
            delete i[R], --a;
          case "drag":
            U = cr(z || D, P), Z = a;
            break;
        }
        Q.call(
          A,
          p,
          new Zo(A, {
            sourceEvent: D,
            subject: N,
            target: f,
            identifier: R,
            active: Z,
            x: U[0] + T,
            y: U[1] + oe,
            dx: U[0] - H[0],
            dy: U[1] - H[1],
            dispatch: Q
          }),
          V
        );
      };
  }
  return f.filter = function(p) {
    return arguments.length ? (e = typeof p == "function" ? p : Hn(!!p), f) : e;
  }, f.container = function(p) {
    return arguments.length ? (t = typeof p == "function" ? p : Hn(p), f) : t;
  }, f.subject = function(p) {
    return arguments.length ? (n = typeof p == "function" ? p : Hn(p), f) : n;
  }, f.touchable = function(p) {
    return arguments.length ? (o = typeof p == "function" ? p : Hn(!!p), f) : o;
  }, f.on = function() {
    var p = r.on.apply(r, arguments);
    return p === r ? f : p;
  }, f.clickDistance = function(p) {
    return arguments.length ? (d = (p = +p) * p, f) : Math.sqrt(d);
  }, f;
}
var Vt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Vt || {});
function pp({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const a = e - t, s = n - o, l = [a > 0 ? 1 : a < 0 ? -1 : 0, s > 0 ? 1 : s < 0 ? -1 : 0];
  return a && i && (l[0] = l[0] * -1), s && r && (l[1] = l[1] * -1), l;
}
const gp = {
  [Vt.Line]: "right",
  [Vt.Handle]: "bottom-right"
}, yp = {
  [Vt.Line]: "borderColor",
  [Vt.Handle]: "backgroundColor"
}, wp = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, fr = /* @__PURE__ */ He({
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
    }, { findNode: r, emits: a, viewport: s, noDragClassName: l } = Ve(), u = pa(), c = pe();
    let d = i, f = o;
    const m = Be(() => n.position ?? gp[n.variant]), b = ee(() => m.value.split("-")), y = Be(() => n.color ? { [yp[n.variant]]: n.color } : {});
    return ja((x) => {
      if (!c.value || !n.nodeId)
        return;
      const k = $n(c.value), I = m.value.includes("right") || m.value.includes("left"), w = m.value.includes("bottom") || m.value.includes("top"), p = m.value.includes("left"), P = m.value.includes("top"), B = mp().on("start", (V) => {
        const R = r(n.nodeId), { xSnapped: ne, ySnapped: Q } = u(V);
        f = {
          width: (R == null ? void 0 : R.dimensions.width) ?? 0,
          height: (R == null ? void 0 : R.dimensions.height) ?? 0,
          x: (R == null ? void 0 : R.position.x) ?? 0,
          y: (R == null ? void 0 : R.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: ne,
          pointerY: Q,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: V, params: f });
      }).on("drag", (V) => {
        var R;
        const { xSnapped: ne, ySnapped: Q } = u(V), U = r(n.nodeId);
        if (U) {
          const T = [], {
            pointerX: oe,
            pointerY: N,
            width: Y,
            height: A,
            x: D,
            y: z,
            aspectRatio: H
          } = d, { x: Z, y: re, width: ue, height: fe } = f, ye = Math.floor(I ? ne - oe : 0), ae = Math.floor(w ? Q - N : 0);
          let te = gt(Y + (p ? -ye : ye), n.minWidth, n.maxWidth), ie = gt(A + (P ? -ae : ae), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const _ = te / ie;
            let v = H;
            typeof n.keepAspectRatio == "number" && _ !== n.keepAspectRatio && (v = n.keepAspectRatio);
            const h = I && w, g = I && !w, S = w && !I;
            te = _ <= v && h || S ? ie * v : te, ie = _ > v && h || g ? te / v : ie, te >= n.maxWidth ? (te = n.maxWidth, ie = n.maxWidth / v) : te <= n.minWidth && (te = n.minWidth, ie = n.minWidth / v), ie >= n.maxHeight ? (ie = n.maxHeight, te = n.maxHeight * v) : ie <= n.minHeight && (ie = n.minHeight, te = n.minHeight * v);
          }
          const Ce = te !== ue, Me = ie !== fe;
          if (p || P) {
            const _ = p ? D - (te - Y) : D, v = P ? z - (ie - A) : z, h = _ !== Z && Ce, g = v !== re && Me;
            if (h || g) {
              const S = {
                id: U.id,
                type: "position",
                from: U.position,
                position: {
                  x: h ? _ : Z,
                  y: g ? v : re
                }
              };
              T.push(S), f.x = S.position.x, f.y = S.position.y;
            }
          }
          if (n.nodeId && (Ce || Me)) {
            const _ = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: te,
                height: ie
              }
            };
            T.push(_), f.width = te, f.height = ie;
          }
          if (T.length === 0)
            return;
          const we = pp({
            width: f.width,
            prevWidth: ue,
            height: f.height,
            prevHeight: fe,
            invertX: p,
            invertY: P
          }), Ee = { ...f, direction: we };
          if (((R = n.shouldResize) == null ? void 0 : R.call(n, V, Ee)) === !1)
            return;
          t("resize", { event: V, params: Ee }), a.nodesChange(T);
        }
      }).on("end", (V) => {
        if (n.nodeId) {
          const R = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: V, params: f }), a.nodesChange([R]);
        }
      });
      k.call(B), x(() => {
        k.on(".drag", null);
      });
    }), (x, k) => (M(), O("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: De(["vue-flow__resize-control", [...b.value, x.variant, X(l)]]),
      style: Ae({
        ...y.value,
        scale: x.variant === X(Vt).Handle ? `${Math.max(1 / X(s).zoom, 1)}` : void 0
      })
    }, [
      Ke(x.$slots, "default")
    ], 6));
  }
}), xp = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, bp = /* @__PURE__ */ He({
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
    const n = e, { findNode: o, emits: i } = Ve(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], a = ["top", "right", "bottom", "left"], s = Ct(ui, null), l = Be(() => typeof n.nodeId == "string" ? n.nodeId : s), u = ee(() => o(l.value));
    return Se(
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
      ([c, d, f, m, b]) => {
        const y = u.value;
        if (y && b) {
          const x = {
            id: y.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: y.dimensions.width,
              height: y.dimensions.height
            }
          };
          c && y.dimensions.width < c && (x.dimensions.width = c), d && y.dimensions.height < d && (x.dimensions.height = d), f && y.dimensions.width > f && (x.dimensions.width = f), m && y.dimensions.height > m && (x.dimensions.height = m), (x.dimensions.width !== y.dimensions.width || x.dimensions.height !== y.dimensions.height) && i.nodesChange([x]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (M(), O(_e, { key: 0 }, [
      (M(), O(_e, null, Le(a, (f) => de(fr, {
        key: f,
        class: De(c.lineClassName),
        style: Ae(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: X(Vt).Line,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: d[0] || (d[0] = (m) => t("resizeStart", m)),
        onResize: d[1] || (d[1] = (m) => t("resize", m)),
        onResizeEnd: d[2] || (d[2] = (m) => t("resizeEnd", m))
      }, null, 8, ["class", "style", "node-id", "position", "variant", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64)),
      (M(), O(_e, null, Le(r, (f) => de(fr, {
        key: f,
        class: De(c.handleClassName),
        style: Ae(c.handleStyle),
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
        onResizeStart: d[3] || (d[3] = (m) => t("resizeStart", m)),
        onResize: d[4] || (d[4] = (m) => t("resize", m)),
        onResizeEnd: d[5] || (d[5] = (m) => t("resizeEnd", m))
      }, null, 8, ["class", "style", "node-id", "position", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64))
    ], 64)) : se("", !0);
  }
}), kp = ["data-id", "data-kind", "data-sub"], _p = {
  key: 4,
  class: "mx-others"
}, Sp = { class: "mx-head" }, $p = { class: "mx-kind" }, Ep = { class: "mx-tools nodrag" }, Np = { class: "mx-body" }, Cp = { class: "mx-thread-title" }, Mp = { class: "mx-comment-meta" }, Ip = ["onClick"], Tp = { class: "mx-comment-text" }, Pp = {
  key: 0,
  class: "mx-empty"
}, Ap = ["onKeydown"], Ft = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: r } = yt(), a = ee(() => i(t.data.id)), s = ee(() => a.value.filter((y) => !y.resolved).length), l = ee(() => n.openComments === t.data.id), u = ee(() => r(t.data.id)), c = pe(""), d = pe(null);
    function f() {
      n.openComments = l.value ? null : t.data.id, n.openComments && Ze(() => d.value && d.value.focus());
    }
    function m() {
      const y = c.value.trim();
      y && (o("comment", { id: t.data.id, text: y }), c.value = "");
    }
    function b(y) {
      const x = y.params || {};
      o("move", { moves: [{ id: t.data.id, x: x.x, y: x.y, w: x.width, h: x.height }] });
    }
    return (y, x) => (M(), O("div", {
      class: De(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: Ae({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (M(), Re(X(bp), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: X(Wo),
        onResizeEnd: b
      }, null, 8, ["min-width", "min-height", "color"])) : se("", !0),
      e.target ? (M(), Re(X($t), {
        key: 1,
        id: "in",
        type: "target",
        position: X(he).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : se("", !0),
      e.source ? (M(), Re(X($t), {
        key: 2,
        type: "source",
        position: X(he).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : se("", !0),
      e.data.kind === "intent" ? (M(), O(_e, { key: 3 }, [
        de(X($t), {
          id: "seq-in",
          type: "target",
          position: X(he).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        de(X($t), {
          id: "seq-out",
          type: "source",
          position: X(he).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : se("", !0),
      u.value.length ? (M(), O("div", _p, [
        (M(!0), O(_e, null, Le(u.value, (k) => (M(), O("span", {
          key: k.id,
          class: "mx-other-tag",
          style: Ae({ background: k.color })
        }, q(k.name), 5))), 128))
      ])) : se("", !0),
      E("header", Sp, [
        de($e, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        Ke(y.$slots, "kind", {}, () => [
          E("span", $p, q(e.kindLabel), 1)
        ]),
        x[6] || (x[6] = E("span", { class: "mx-spacer" }, null, -1)),
        Ke(y.$slots, "head"),
        s.value ? (M(), O("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: me(f, ["stop"]),
          title: "Comments"
        }, [
          de($e, {
            name: "comment",
            size: 11
          }),
          Ne(q(s.value), 1)
        ])) : se("", !0),
        E("div", Ep, [
          E("button", {
            title: "Comment",
            onClick: me(f, ["stop"])
          }, [
            de($e, {
              name: "comment",
              size: 13
            })
          ]),
          E("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: x[0] || (x[0] = me((k) => X(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            de($e, {
              name: "copy",
              size: 13
            })
          ]),
          E("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: x[1] || (x[1] = me((k) => X(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            de($e, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      E("div", Np, [
        Ke(y.$slots, "default")
      ]),
      Ke(y.$slots, "foot"),
      l.value ? (M(), O("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: x[4] || (x[4] = me(() => {
        }, ["stop"])),
        onKeydown: x[5] || (x[5] = me(() => {
        }, ["stop"]))
      }, [
        E("div", Cp, [
          x[7] || (x[7] = Ne("Comments ")),
          E("button", {
            class: "mx-x",
            onClick: x[2] || (x[2] = (k) => X(n).openComments = null)
          }, [
            de($e, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (M(!0), O(_e, null, Le(a.value, (k) => (M(), O("div", {
          key: k.id,
          class: De(["mx-comment", { resolved: k.resolved }])
        }, [
          E("div", Mp, [
            E("b", null, q(k.author), 1),
            E("span", null, q(X(wo)(k.created)), 1),
            E("button", {
              class: "mx-resolve",
              onClick: (I) => X(o)("resolve", { id: k.id, resolved: !k.resolved })
            }, q(k.resolved ? "reopen" : "resolve"), 9, Ip)
          ]),
          E("div", Tp, q(k.text), 1)
        ], 2))), 128)),
        a.value.length ? se("", !0) : (M(), O("div", Pp, "No comments yet.")),
        Jt(E("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": x[3] || (x[3] = (k) => c.value = k),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: ft(me(m, ["exact", "prevent"]), ["enter"])
        }, null, 40, Ap), [
          [pn, c.value]
        ])
      ], 32)) : se("", !0)
    ], 14, kp));
  }
}, zp = ["value", "rows", "placeholder", "data-field"], Dp = ["value", "placeholder", "data-field"], hr = 450, zt = {
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
    const t = e, { send: n } = yt(), o = pe(null), i = pe(t.value || "");
    let r = t.value || "", a = null, s = 0, l = null;
    function u() {
      a = null, i.value !== r && (t.merge ? n("text", { id: t.blockId, field: t.field, base: r, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), r = i.value);
    }
    function c() {
      const b = o.value;
      !b || !t.multiline || (b.style.height = "auto", b.style.height = `${b.scrollHeight}px`);
    }
    et(c), Se(i, () => Ze(c));
    function d(b) {
      i.value = b.target.value, s = Date.now(), a && clearTimeout(a), a = setTimeout(u, 160);
    }
    function f(b) {
      const y = o.value, x = y && document.activeElement === y;
      if (x && (a || Date.now() - s < hr)) {
        l = b, setTimeout(() => {
          if (l !== null) {
            const I = l;
            l = null, f(I);
          }
        }, hr);
        return;
      }
      if (l = null, b === i.value) {
        r = b;
        return;
      }
      let k = x ? y.selectionStart : null;
      if (k !== null) {
        let I = 0;
        const w = i.value;
        for (; I < w.length && I < b.length && w[I] === b[I]; ) I++;
        I < k && (k += b.length - w.length);
      }
      i.value = b, r = b, k !== null && requestAnimationFrame(() => {
        try {
          y.setSelectionRange(k, k);
        } catch {
        }
      });
    }
    function m() {
      a && (clearTimeout(a), u());
    }
    return Se(() => t.value, (b) => f(b || "")), Ht(() => {
      a && (clearTimeout(a), u());
    }), (b, y) => e.multiline ? (M(), O("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: De(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onBlur: m,
      onKeydown: y[0] || (y[0] = me(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, zp)) : (M(), O("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: De(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onKeydown: [
        y[1] || (y[1] = me(() => {
        }, ["stop"])),
        y[2] || (y[2] = ft((x) => x.target.blur(), ["enter"]))
      ],
      onBlur: m,
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
    const t = e, { state: n, send: o } = yt(), i = [
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
      const f = l === "in" ? d : c.cut_in, m = l === "out" ? d : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: f, cut_out: m });
      const b = u.target;
      setTimeout(() => {
        document.activeElement !== b && t.shot && (b.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function s(l, u) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === u ? "" : u } });
    }
    return (l, u) => (M(), O("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = me(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = me(() => {
      }, ["stop"]))
    }, [
      E("div", Op, [
        E("label", null, [
          u[6] || (u[6] = E("span", null, "sc", -1)),
          de(zt, {
            "block-id": e.id,
            field: "scene_no",
            value: e.data.scene_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        E("label", null, [
          u[7] || (u[7] = E("span", null, "sh", -1)),
          de(zt, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (M(), O("label", Bp, [
          u[8] || (u[8] = E("span", null, "#", -1)),
          E("b", Rp, q(e.shot.number), 1)
        ])) : se("", !0),
        E("label", Lp, [
          u[9] || (u[9] = E("span", null, "lens", -1)),
          de(zt, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (M(), O("div", Vp, [
        u[14] || (u[14] = E("span", { class: "k" }, "cut", -1)),
        E("label", null, [
          u[10] || (u[10] = Ne("in ")),
          E("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => a("in", c)),
            onKeydown: u[1] || (u[1] = me(() => {
            }, ["stop"]))
          }, null, 40, Hp),
          u[11] || (u[11] = Ne("s"))
        ]),
        E("label", null, [
          u[12] || (u[12] = Ne("out ")),
          E("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => a("out", c)),
            onKeydown: u[3] || (u[3] = me(() => {
            }, ["stop"]))
          }, null, 40, Fp),
          u[13] || (u[13] = Ne("s"))
        ]),
        E("span", Yp, "of " + q(e.shot.duration_s) + "s (" + q(e.shot.duration_from) + ")", 1)
      ])) : se("", !0),
      (M(), O(_e, null, Le(i, (c) => E("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        E("span", qp, q(c.label), 1),
        E("div", Gp, [
          (M(!0), O(_e, null, Le((X(n).choices[c.field] || []).filter((d) => d), (d) => (M(), O("button", {
            key: d,
            class: De({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: me((f) => s(c.field, d), ["stop"])
          }, q(d), 11, Up))), 128))
        ])
      ], 8, Xp)), 64)),
      (M(), O(_e, null, Le(r, (c) => E("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        E("span", Wp, q(c.label), 1),
        de(zt, {
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
}, Qp = ["title"], eg = { class: "mx-scrub-track" }, tg = { "data-role": "time" }, ng = ["data-muted", "title"], xo = {
  __name: "ClipPlayer",
  props: {
    src: String,
    poster: { type: String, default: "" },
    scrub: { type: Boolean, default: !0 },
    sound: { type: Boolean, default: !1 },
    videoRole: { type: String, default: void 0 }
  },
  setup(e) {
    const t = e, n = pe(null), o = pe(0), i = pe(0), r = pe(!1), a = pe(!t.sound);
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
    function m() {
      t.sound || c();
    }
    function b() {
      a.value = !a.value, n.value && (n.value.muted = a.value);
    }
    function y() {
      r.value = !0, s || (s = requestAnimationFrame(l));
    }
    function x() {
      r.value = !1, n.value && (o.value = n.value.currentTime);
    }
    function k(P) {
      i.value = P.target.duration || 0, P.target.muted = a.value;
    }
    function I(P) {
      const B = n.value, V = P.currentTarget;
      if (!B || !i.value) return;
      const R = V.getBoundingClientRect();
      B.currentTime = o.value = Math.max(0, Math.min(1, (P.clientX - R.left) / R.width)) * i.value;
    }
    function w(P) {
      var ne;
      P.preventDefault();
      const B = P.currentTarget;
      (ne = B.setPointerCapture) == null || ne.call(B, P.pointerId), I(P);
      const V = (Q) => I({ clientX: Q.clientX, currentTarget: B }), R = () => {
        B.removeEventListener("pointermove", V), B.removeEventListener("pointerup", R);
      };
      B.addEventListener("pointermove", V), B.addEventListener("pointerup", R);
    }
    const p = (P) => `${Math.floor(P / 60)}:${String(Math.floor(P % 60)).padStart(2, "0")}`;
    return Ht(() => {
      s && cancelAnimationFrame(s);
    }), (P, B) => (M(), O("div", {
      class: De(["mx-clip", { playing: r.value, "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: f,
      onPointerleave: m
    }, [
      E("div", {
        class: "mx-clip-pic",
        onClick: B[0] || (B[0] = (V) => e.sound && d())
      }, [
        E("video", {
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
          onLoadedmetadata: k,
          onPlay: y,
          onPause: x,
          onEnded: x
        }, null, 40, Zp),
        e.sound && !r.value ? (M(), O("span", jp, [
          de($e, {
            name: "play",
            size: 22
          })
        ])) : se("", !0)
      ]),
      e.scrub || e.sound ? (M(), O("div", Jp, [
        e.sound ? (M(), O("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "play",
          title: r.value ? "Pause" : "Play",
          onClick: me(d, ["stop"])
        }, [
          de($e, {
            name: r.value ? "pause" : "play",
            size: 12
          }, null, 8, ["name"])
        ], 8, Qp)) : se("", !0),
        E("div", {
          class: "mx-scrub-bar",
          "data-role": "scrub",
          onPointerdown: me(w, ["stop"])
        }, [
          E("div", eg, [
            E("i", {
              style: Ae({ width: i.value ? `${o.value / i.value * 100}%` : "0%" })
            }, null, 4)
          ])
        ], 32),
        E("span", tg, q(p(o.value)) + " / " + q(p(i.value)), 1),
        e.sound ? (M(), O("button", {
          key: 1,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": a.value ? "1" : "0",
          title: a.value ? "Sound on" : "Mute",
          onClick: me(b, ["stop"])
        }, [
          de($e, {
            name: a.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, ng)) : se("", !0)
      ])) : se("", !0)
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
    const t = e, { state: n, send: o } = yt(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, r = ee(() => t.data.status || { state: "idle", label: "idle" }), a = ee(() => on[r.value.state] || on.idle), s = ee(() => rr[r.value.state] || rr.idle), l = ee(() => {
      const D = r.value.label || r.value.state;
      return D.startsWith(r.value.state) ? D : `${r.value.state} · ${D}`;
    }), u = ee(() => `${Math.round((r.value.fraction || 0) * 100)}%`), c = ee(() => U.value && r.value.fraction !== void 0), d = pe(!1);
    Se(() => r.value.state, (D) => {
      D !== "failed" && (d.value = !1);
    });
    const f = pe(!1), m = ee(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), b = ee(() => n.pipelines.list.find((D) => D.name === m.value) || null);
    function y() {
      f.value = !f.value, f.value && o("pipelines");
    }
    function x(D) {
      f.value = !1, o("pipeline", { id: t.id, name: D });
    }
    const k = ee(() => n.shots[t.id] || null), I = ee(() => k.value ? k.value.number : "—"), w = ee(() => {
      const D = k.value;
      if (!D) return "";
      const z = D.cut_in > 0 || D.cut_out < D.duration_s;
      return `in ${p(D.cut_in)} · out ${p(D.cut_out)} of ${p(D.duration_s)}${z ? " (handles kept)" : ""}`;
    });
    function p(D) {
      return `${Math.round(D * 100) / 100}s`;
    }
    function P() {
      k.value && o("lock", { id: t.id, locked: !k.value.locked });
    }
    const B = pe(null);
    function V(D) {
      if (D.button !== 0) return;
      D.preventDefault(), D.stopPropagation();
      const z = { x: D.clientX, y: D.clientY };
      let H = !1;
      const Z = (ue) => {
        if (!H && Math.hypot(ue.clientX - z.x, ue.clientY - z.y) < 4) return;
        H = !0;
        const fe = R(ue);
        B.value = { x: ue.clientX, y: ue.clientY, target: fe ? fe.id : "", before: fe ? fe.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ye) => ye.classList.remove("mx-seq-drop", "before", "after")), fe && fe.el.classList.add("mx-seq-drop", fe.before ? "before" : "after");
      }, re = (ue) => {
        if (window.removeEventListener("pointermove", Z), window.removeEventListener("pointerup", re), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ae) => ae.classList.remove("mx-seq-drop", "before", "after")), B.value = null, !H) return;
        const fe = R(ue);
        if (!fe) return;
        let ye = fe.id;
        if (fe.before) {
          const ae = n.sequence.filter((ie) => ie !== t.id), te = ae.indexOf(fe.id);
          ye = te > 0 ? ae[te - 1] : null;
        }
        ye !== t.id && o("place_after", { id: t.id, after: ye });
      };
      window.addEventListener("pointermove", Z), window.addEventListener("pointerup", re);
    }
    function R(D) {
      var Z;
      const z = (Z = document.elementFromPoint(D.clientX, D.clientY)) == null ? void 0 : Z.closest('.mx-block[data-kind="intent"][data-id]');
      if (!z || z.dataset.id === t.id) return null;
      const H = z.getBoundingClientRect();
      return { el: z, id: z.dataset.id, before: D.clientX < H.left + H.width / 2 };
    }
    const ne = ee(() => {
      const D = t.data.takes || [], z = t.data.chosen || {};
      return D.find((H) => H.id === z.clip) || D.find((H) => H.id === z.still) || null;
    }), Q = ee(() => {
      const D = (t.data.takes || []).find((z) => z.id === (t.data.chosen || {}).still);
      return D && !(D.mime || "").startsWith("video") ? D.url : "";
    }), U = ee(() => ["queued", "claimed", "rendering"].includes(r.value.state));
    function T(D) {
      const z = n.sequence.indexOf(t.id);
      z < 0 || o("reorder", { id: t.id, index: Math.max(0, z + D) });
    }
    const oe = pe(!1), N = Ve();
    Se(oe, (D) => {
      D && Ze(() => {
        const z = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), H = document.querySelector(".vue-flow");
        if (!z || !H) return;
        const Z = z.getBoundingClientRect().bottom - H.getBoundingClientRect().bottom + 16;
        if (Z > 0) {
          const re = N.viewport.value;
          N.setViewport({ x: re.x, y: re.y - Z, zoom: re.zoom }, { duration: 200 });
        }
      });
    });
    const Y = ee(() => {
      const D = t.data, z = k.value ? k.value.number : "";
      return [[D.scene_no && `sc ${D.scene_no}`, z && `sh ${z}`].filter(Boolean).join(" "), D.shot_size, D.angle, D.camera_move, D.lens, D.transition].filter(Boolean).join(" · ");
    });
    function A(D) {
      const z = parseFloat(D.target.value);
      Number.isFinite(z) && o("update", { id: t.id, fields: { duration_s: z } });
    }
    return (D, z) => (M(), Re(Ft, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: a.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: Fe(() => [
        E("button", {
          class: De(["mx-pipe-chip nodrag", { on: f.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": m.value,
          title: b.value ? `Runs the ${m.value} pipeline: ${b.value.stages.join(" → ")}. Click to pick another` : `Runs ${m.value}`,
          onClick: me(y, ["stop"])
        }, [
          E("span", null, q(m.value), 1),
          de($e, {
            name: "down",
            size: 10
          })
        ], 10, og)
      ]),
      head: Fe(() => [
        E("span", ig, [
          E("button", {
            onClick: z[0] || (z[0] = me((H) => T(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            de($e, {
              name: "left",
              size: 11
            })
          ]),
          E("b", {
            "data-role": "shot-number",
            class: De({ locked: k.value && k.value.locked }),
            onPointerdown: V
          }, q(I.value), 35),
          E("button", {
            onClick: z[1] || (z[1] = me((H) => T(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            de($e, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (M(), Re(Jo(r.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: Ae({ color: s.value }),
          title: r.value.state === "failed" ? "Why it failed" : [l.value, r.value.peer && `on ${r.value.peer}`, r.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": r.value.state,
          onClick: z[2] || (z[2] = me((H) => r.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: Fe(() => [
            E("i", {
              class: "mx-dot",
              style: Ae({ background: r.value.state === "idle" ? s.value : a.value })
            }, null, 4),
            E("span", rg, q(l.value), 1),
            c.value ? (M(), O("b", ag, q(u.value), 1)) : se("", !0),
            r.value.state === "failed" ? (M(), Re($e, {
              key: 1,
              name: "info",
              size: 11
            })) : se("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: Fe(() => [
        E("footer", gg, [
          U.value && r.value.peer ? (M(), O("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${r.value.peer}`
          }, [
            z[13] || (z[13] = Ne("on ")),
            E("b", null, q(r.value.peer), 1)
          ], 8, yg)) : (M(), O("div", wg, [
            (M(), O(_e, null, Le(i, (H, Z) => E("button", {
              key: Z,
              class: De({ on: e.data.sub === Z }),
              title: Z,
              onClick: me((re) => X(o)("update", { id: e.id, fields: { sub: Z } }), ["stop"])
            }, [
              de($e, {
                name: H,
                size: 12
              }, null, 8, ["name"])
            ], 10, xg)), 64))
          ])),
          U.value && r.value.peer ? se("", !0) : (M(), O("label", bg, [
            E("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: A,
              onKeydown: z[4] || (z[4] = me(() => {
              }, ["stop"]))
            }, null, 40, kg),
            z[14] || (z[14] = Ne("s "))
          ])),
          E("button", {
            class: De(["mx-panel-toggle", { on: oe.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: z[5] || (z[5] = me((H) => oe.value = !oe.value, ["stop"]))
          }, [
            de($e, {
              name: "film",
              size: 12
            })
          ], 2),
          U.value && r.value.peer ? se("", !0) : (M(), O("span", _g)),
          U.value ? (M(), O("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: z[6] || (z[6] = me((H) => X(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            de($e, {
              name: "square",
              size: 10
            }),
            z[15] || (z[15] = Ne("Cancel"))
          ])) : (M(), O("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: z[7] || (z[7] = me((H) => X(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            de($e, {
              name: "play",
              size: 11
            }),
            z[16] || (z[16] = Ne("Render"))
          ]))
        ]),
        r.value.state === "failed" && d.value ? (M(), O("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: z[9] || (z[9] = me(() => {
          }, ["stop"]))
        }, [
          E("b", null, q(r.value.stage ? `${r.value.stage} failed` : "failed"), 1),
          Ne(q(r.value.reason) + " ", 1),
          E("button", {
            class: "mx-x",
            title: "Close",
            onClick: z[8] || (z[8] = me((H) => d.value = !1, ["stop"]))
          }, [
            de($e, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : se("", !0),
        f.value ? (M(), O("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: z[11] || (z[11] = me(() => {
          }, ["stop"])),
          onWheel: z[12] || (z[12] = me(() => {
          }, ["stop"]))
        }, [
          z[18] || (z[18] = E("div", { class: "mx-pipes-title" }, [
            Ne("Pipeline "),
            E("span", null, "what rendering this intent makes")
          ], -1)),
          (M(!0), O(_e, null, Le(X(n).pipelines.list, (H) => (M(), O("button", {
            key: H.name,
            class: De(["mx-pipe", { on: H.name === m.value }]),
            "data-pipeline": H.name,
            onClick: me((Z) => x(H.name), ["stop"])
          }, [
            E("span", $g, [
              Ne(q(H.name), 1),
              H.name === X(n).pipelines.defaults[e.data.sub] ? (M(), O("i", Eg, "default for " + q(e.data.sub), 1)) : se("", !0)
            ]),
            E("span", Ng, [
              Ne(q(H.needs.join(" → ")), 1),
              H.optional.length ? (M(), O("i", Cg, "+ " + q(H.optional.join(", ")) + " when linked", 1)) : se("", !0)
            ]),
            H.description ? (M(), O("span", Mg, q(H.description), 1)) : se("", !0),
            X(n).pipelines.live ? (M(), O("span", {
              key: 1,
              class: De(["mx-pipe-who", { none: !H.runnable_by.length }])
            }, q(H.runnable_by.length ? `runs on ${H.runnable_by.join(", ")}` : `no live machine runs ${H.needs.join(" + ")}`), 3)) : se("", !0)
          ], 10, Sg))), 128)),
          e.data.pipeline ? (M(), O("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: z[10] || (z[10] = me((H) => {
              X(o)("pipeline", { id: e.id, name: "" }), f.value = !1;
            }, ["stop"]))
          }, [
            E("span", Ig, [
              z[17] || (z[17] = Ne("back to the default")),
              E("i", null, q(X(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : se("", !0)
        ], 32)) : se("", !0),
        oe.value ? (M(), Re(Kp, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: k.value
        }, null, 8, ["id", "data", "shot"])) : se("", !0),
        (M(), Re(Ja, { to: "body" }, [
          B.value ? (M(), O("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: Ae({ left: `${B.value.x + 12}px`, top: `${B.value.y + 12}px` })
          }, [
            Ne(" shot " + q(I.value), 1),
            B.value.target ? (M(), O(_e, { key: 0 }, [
              Ne(" · " + q(B.value.before ? "before" : "after"), 1)
            ], 64)) : se("", !0)
          ], 4)) : se("", !0)
        ]))
      ]),
      default: Fe(() => [
        r.value.fraction !== void 0 && r.value.state !== "idle" ? (M(), O("div", sg, [
          E("div", {
            style: Ae({ width: `${Math.round((r.value.fraction || 0) * 100)}%`, background: a.value })
          }, null, 4)
        ])) : se("", !0),
        E("div", lg, [
          E("div", ug, [
            de(zt, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            de(zt, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            Y.value ? (M(), O("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: z[3] || (z[3] = me((H) => oe.value = !oe.value, ["stop"]))
            }, q(Y.value), 1)) : se("", !0)
          ]),
          r.value.state === "rendering" && r.value.thumb ? (M(), O("div", cg, [
            E("img", {
              src: r.value.thumb,
              alt: ""
            }, null, 8, dg)
          ])) : ne.value ? (M(), O("div", fg, [
            (ne.value.mime || "").startsWith("video") ? (M(), Re(xo, {
              key: 0,
              src: ne.value.url,
              poster: Q.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (M(), O("img", {
              key: 1,
              src: ne.value.url,
              alt: ""
            }, null, 8, hg))
          ])) : se("", !0)
        ]),
        k.value ? (M(), O("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: w.value,
          "data-in": k.value.cut_in,
          "data-out": k.value.cut_out,
          "data-duration": k.value.duration_s
        }, [
          E("button", {
            class: De(["mx-lock", { on: k.value.locked }]),
            "data-role": "lock",
            "data-locked": k.value.locked ? "true" : "false",
            title: k.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: me(P, ["stop"])
          }, [
            de($e, {
              name: k.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, mg),
          E("div", pg, [
            E("i", {
              style: Ae({ left: `${k.value.cut_in / k.value.duration_s * 100}%`, width: `${(k.value.cut_out - k.value.cut_in) / k.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          E("span", null, [
            Ne(q(p(k.value.cut_in)) + "–" + q(p(k.value.cut_out)), 1),
            k.value.edit_s !== k.value.duration_s ? (M(), O(_e, { key: 0 }, [
              Ne(" / " + q(p(k.value.duration_s)), 1)
            ], 64)) : se("", !0)
          ])
        ], 8, vg)) : se("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
}, Pg = ["src"], Ag = ["title"], zg = { class: "mx-scrub-track" }, Dg = { "data-role": "time" }, Og = {
  __name: "AudioPlayer",
  props: { src: String },
  setup(e) {
    const t = pe(null), n = pe(0), o = pe(0), i = pe(!1);
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
      const y = b.play();
      y && y.catch && y.catch(() => {
      });
    }
    function l() {
      const b = t.value;
      if (Number.isFinite(b.duration)) {
        o.value = b.duration;
        return;
      }
      const y = () => {
        b.removeEventListener("durationchange", y), o.value = Number.isFinite(b.duration) ? b.duration : 0, b.currentTime = 0;
      };
      b.addEventListener("durationchange", y), b.currentTime = 1e7;
    }
    function u() {
      i.value = !0, r || (r = requestAnimationFrame(a));
    }
    function c() {
      i.value = !1, t.value && (n.value = t.value.currentTime);
    }
    function d(b, y) {
      const x = t.value;
      if (!x || !o.value) return;
      const k = y.getBoundingClientRect();
      x.currentTime = n.value = Math.max(0, Math.min(1, (b.clientX - k.left) / k.width)) * o.value;
    }
    function f(b) {
      var I;
      b.preventDefault();
      const y = b.currentTarget;
      (I = y.setPointerCapture) == null || I.call(y, b.pointerId), d(b, y);
      const x = (w) => d(w, y), k = () => {
        y.removeEventListener("pointermove", x), y.removeEventListener("pointerup", k);
      };
      y.addEventListener("pointermove", x), y.addEventListener("pointerup", k);
    }
    const m = (b) => `${Math.floor(b / 60)}:${String(Math.floor(b % 60)).padStart(2, "0")}`;
    return (b, y) => (M(), O("div", {
      class: De(["mx-audio nodrag", { playing: i.value }]),
      "data-role": "voice-player"
    }, [
      E("audio", {
        ref_key: "audio",
        ref: t,
        src: e.src,
        preload: "metadata",
        onLoadedmetadata: l,
        onPlay: u,
        onPause: c,
        onEnded: c
      }, null, 40, Pg),
      E("button", {
        class: "mx-clip-btn",
        "data-role": "play",
        title: i.value ? "Pause" : "Play",
        onClick: me(s, ["stop"])
      }, [
        de($e, {
          name: i.value ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, Ag),
      E("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: me(f, ["stop"])
      }, [
        E("div", zg, [
          E("i", {
            style: Ae({ width: o.value ? `${n.value / o.value * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      E("span", Dg, q(m(n.value)) + " / " + q(m(o.value)), 1)
    ], 2));
  }
};
async function Ha(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
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
    const t = e, { state: n, send: o } = yt(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, a = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], s = ee(() => Object.entries(t.data.params || {})), l = pe(""), u = pe(""), c = pe(!1), d = pe(null), f = pe("");
    function m(w, p) {
      const P = { ...t.data.params || {} };
      p === null ? delete P[w] : P[w] = p, o("update", { id: t.id, fields: { params: P } });
    }
    function b() {
      l.value.trim() && (m(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function y(w) {
      c.value = !1;
      const p = w.dataTransfer && w.dataTransfer.files && w.dataTransfer.files[0];
      p && (w.preventDefault(), w.stopPropagation(), await x(p));
    }
    async function x(w) {
      f.value = "";
      try {
        await Ha(n.token, w, { block: t.id });
      } catch (p) {
        f.value = String(p.message || p);
      }
    }
    function k(w) {
      const p = w.target.files[0];
      p && x(p);
    }
    async function I() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const w = await navigator.mediaDevices.getUserMedia({ audio: !0 }), p = new MediaRecorder(w), P = [];
        p.ondataavailable = (B) => P.push(B.data), p.onstop = () => {
          w.getTracks().forEach((B) => B.stop()), d.value = null, x(new Blob(P, { type: p.mimeType || "audio/webm" }));
        }, p.start(), d.value = p;
      } catch (w) {
        f.value = "microphone unavailable: " + (w.message || w);
      }
    }
    return (w, p) => (M(), Re(Ft, {
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
      default: Fe(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (M(), O("div", {
          key: 0,
          class: De(["mx-drop nodrag", { over: c.value }]),
          onDragover: p[0] || (p[0] = me((P) => c.value = !0, ["prevent", "stop"])),
          onDragleave: p[1] || (p[1] = (P) => c.value = !1),
          onDrop: y
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (M(), O("div", Bg, [
            de(xo, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (M(), O("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Rg)) : (M(), O("label", Lg, [
            de($e, {
              name: "upload",
              size: 18
            }),
            p[5] || (p[5] = E("span", null, [
              Ne("Drop an image or "),
              E("u", null, "choose")
            ], -1)),
            E("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: k
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (M(), Re(zt, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (M(), O("div", Vg, [
          E("button", {
            class: De(["mx-rec", { live: d.value }]),
            onClick: me(I, ["stop"])
          }, [
            de($e, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Ne(q(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (M(), Re(Og, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : se("", !0)
        ])) : e.data.sub === "directive" ? (M(), O("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: p[4] || (p[4] = me(() => {
          }, ["stop"]))
        }, [
          (M(!0), O(_e, null, Le(s.value, ([P, B]) => (M(), O("div", {
            key: P,
            class: "mx-kv"
          }, [
            E("span", Hg, q(P), 1),
            E("input", {
              class: "v",
              value: B,
              onChange: (V) => m(P, V.target.value)
            }, null, 40, Fg),
            E("button", {
              onClick: me((V) => m(P, null), ["stop"])
            }, [
              de($e, {
                name: "x",
                size: 11
              })
            ], 8, Yg)
          ]))), 128)),
          E("div", Xg, [
            Jt(E("input", {
              class: "k",
              "onUpdate:modelValue": p[2] || (p[2] = (P) => l.value = P),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: ft(b, ["enter"])
            }, null, 544), [
              [pn, l.value]
            ]),
            Jt(E("input", {
              class: "v",
              "onUpdate:modelValue": p[3] || (p[3] = (P) => u.value = P),
              placeholder: "value",
              onKeydown: ft(b, ["enter"])
            }, null, 544), [
              [pn, u.value]
            ]),
            E("button", {
              onClick: me(b, ["stop"])
            }, [
              de($e, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          E("datalist", qg, [
            (M(), O(_e, null, Le(a, (P) => E("option", {
              key: P,
              value: P
            }, null, 8, Gg)), 64))
          ])
        ], 32)) : se("", !0),
        f.value ? (M(), O("div", Ug, q(f.value), 1)) : se("", !0)
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
    const t = e, { send: n } = yt(), o = ee(() => t.data.takes || [t.id]), i = ee(() => Math.max(0, o.value.indexOf(t.id))), r = ee(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function a(s) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + s + l) % l] });
    }
    return (s, l) => (M(), Re(Ft, {
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
      head: Fe(() => [
        e.data.chosen ? (M(), O("span", Kg, [
          de($e, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = Ne("chosen"))
        ])) : se("", !0)
      ]),
      foot: Fe(() => [
        E("footer", Qg, [
          o.value.length > 1 ? (M(), O("span", ey, [
            E("button", {
              onClick: l[0] || (l[0] = me((u) => a(-1), ["stop"])),
              title: "Previous take"
            }, [
              de($e, {
                name: "left",
                size: 11
              })
            ]),
            Ne(" take " + q(i.value + 1) + "/" + q(o.value.length) + " ", 1),
            E("button", {
              onClick: l[1] || (l[1] = me((u) => a(1), ["stop"])),
              title: "Next take"
            }, [
              de($e, {
                name: "right",
                size: 11
              })
            ])
          ])) : se("", !0),
          e.data.chosen ? se("", !0) : (M(), O("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = me((u) => X(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          E("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            Ne(q(e.data.width) + "×" + q(e.data.height), 1),
            e.data.duration_s ? (M(), O(_e, { key: 0 }, [
              Ne(" · " + q(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : se("", !0),
            Ne(" · " + q(e.data.peer_name || e.data.peer_id), 1)
          ], 8, ty),
          E("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = me((u) => X(n)("grow", { id: e.id }), ["stop"]))
          }, [
            de($e, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Ne("New intent"))
          ])
        ])
      ]),
      default: Fe(() => [
        E("div", Zg, [
          r.value && e.data.url ? (M(), Re(xo, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (M(), O("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, jg)) : (M(), O("div", Jg, "asset not here yet"))
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
    const t = e, { state: n } = yt(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = ee(() => (t.data.peer_filter || "").toLowerCase()), a = ee(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), s = ee(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (M(), Re(Ft, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Fe(() => d[0] || (d[0] = [
        E("span", { class: "mx-live" }, [
          E("i"),
          Ne("live")
        ], -1)
      ])),
      default: Fe(() => [
        E("div", oy, [
          e.data.sub === "gpu" ? (M(), O(_e, { key: 0 }, [
            a.value.length ? se("", !0) : (M(), O("div", iy, d[1] || (d[1] = [
              Ne("No machines on this board yet. Start a peer: "),
              E("code", null, "multiplex up", -1)
            ]))),
            (M(!0), O(_e, null, Le(a.value, (f) => (M(), O("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              E("div", ry, [
                E("i", {
                  class: De(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                E("b", null, q(f.name), 1),
                E("span", null, q(f.busy) + "/" + q(f.slots) + " busy" + q(f.paused ? " · paused" : ""), 1)
              ]),
              (M(!0), O(_e, null, Le(f.gpus, (m) => (M(), O("div", {
                key: m.index,
                class: "mx-gpu"
              }, [
                E("span", ay, q(m.index), 1),
                E("div", sy, [
                  E("div", {
                    style: Ae({ width: `${m.util}%`, background: l(m.util) })
                  }, null, 4)
                ]),
                E("span", ly, q(Math.round(m.util)) + "%", 1),
                E("span", uy, q(X(ar)(m.mem_used)) + "/" + q(X(ar)(m.mem_total)), 1),
                E("span", cy, q(m.temp ? `${Math.round(m.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? se("", !0) : (M(), O("div", dy, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (M(), O(_e, { key: 1 }, [
            X(n).activity.running.length ? se("", !0) : (M(), O("div", fy, "Nothing rendering.")),
            (M(!0), O(_e, null, Le(X(n).activity.running, (f) => (M(), O("div", {
              key: f.id,
              class: "mx-job"
            }, [
              E("div", hy, [
                E("b", null, q(f.title || f.intent), 1),
                E("span", null, q(f.stage) + " · " + q(f.peer || "—"), 1)
              ]),
              E("div", vy, [
                E("div", {
                  style: Ae({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              E("div", my, q(f.state) + " " + q(Math.round(f.fraction * 100)) + "% " + q(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (M(), O(_e, { key: 2 }, [
            X(n).activity.queue.length ? se("", !0) : (M(), O("div", py, "Queue is empty.")),
            (M(!0), O(_e, null, Le(X(n).activity.queue, (f, m) => (M(), O("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              E("span", gy, q(String(m + 1).padStart(2, "0")), 1),
              E("b", null, q(f.title || f.intent), 1),
              E("span", null, q(f.stage), 1),
              E("span", yy, q(f.state), 1)
            ]))), 128))
          ], 64)) : (M(), O(_e, { key: 3 }, [
            s.value.length ? se("", !0) : (M(), O("div", wy, "Waiting for activity…")),
            (M(!0), O(_e, null, Le(s.value, (f, m) => (M(), O("div", {
              key: m,
              class: "mx-logline"
            }, [
              E("span", xy, q(X(wo)(f.t)), 1),
              E("span", {
                class: "k",
                style: Ae({ color: u[f.kind] || "#9ca3af" })
              }, q(f.kind), 5),
              E("span", by, q(f.peer), 1),
              E("span", ky, q(f.stage) + " " + q(f.msg), 1)
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
    const t = e, n = pe(null), o = pe(!1), i = ee(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), r = ee(() => (t.data.think || "").trim());
    return Se(() => t.data.text, () => Ze(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (a, s) => (M(), Re(Ft, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Fe(() => [
        E("span", Sy, [
          Ne(q(e.data.narrator || "narrator"), 1),
          e.data.updated ? (M(), O(_e, { key: 0 }, [
            Ne(" · " + q(X(wo)(e.data.updated)), 1)
          ], 64)) : se("", !0)
        ])
      ]),
      default: Fe(() => [
        E("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (M(), O("p", $y, q(e.data.status), 1)) : se("", !0),
          r.value ? (M(), O("div", Ey, [
            E("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: s[0] || (s[0] = me((l) => o.value = !o.value, ["stop"]))
            }, q(o.value ? "▾" : "▸") + " reasoning ", 9, Ny),
            o.value ? (M(), O("pre", Cy, q(r.value), 1)) : se("", !0)
          ])) : se("", !0),
          (M(!0), O(_e, null, Le(i.value, (l, u) => (M(), O("p", {
            key: u,
            class: De({ last: u === i.value.length - 1 })
          }, q(l), 3))), 128)),
          i.value.length ? se("", !0) : (M(), O("p", My, "The narrator speaks when the machines start working."))
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
    return (t, n) => (M(), Re(Ft, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      foot: Fe(() => [
        E("div", zy, q(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: Fe(() => [
        E("div", Ty, [
          e.data.url ? (M(), O("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Py)) : (M(), O("div", Ay, n[0] || (n[0] = [
            E("span", null, null, -1)
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
async function vr(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function mr(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const r = new URLSearchParams({ token: e, kind: t, block: n });
  let a = await vr(await fetch(`/canvas/api/export?${r}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; a.state === "running"; )
    i(a), await new Promise((s) => setTimeout(s, 300)), a = await vr(await fetch(`/canvas/api/export/${encodeURIComponent(a.id)}?${new URLSearchParams({ token: e })}`));
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
    const t = e, { state: n } = yt(), o = mn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = mn({}), r = ee(() => Object.values(n.shots)), a = ee(() => r.value.reduce((c, d) => c + d.edit_s, 0)), s = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await mr(n.token, "animatic", {
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
          const d = await mr(n.token, c, { onProgress: (f) => {
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
    return (c, d) => (M(), Re(Ft, {
      data: e.data,
      selected: e.selected,
      icon: "film",
      "kind-label": "animatic",
      edge: "#ffc947",
      shape: "mx-media mx-animatic",
      "min-w": 320,
      "min-h": 240
    }, {
      head: Fe(() => [
        E("span", Ry, q(r.value.length) + " shot" + q(r.value.length === 1 ? "" : "s") + " · " + q(s(a.value)), 1)
      ]),
      foot: Fe(() => [
        E("footer", Yy, [
          E("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !r.value.length,
            onClick: me(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            de($e, {
              name: "play",
              size: 11
            }),
            Ne(q(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, Xy),
          E("label", qy, [
            Jt(E("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (f) => o.burnIn = f),
              onKeydown: d[1] || (d[1] = me(() => {
              }, ["stop"]))
            }, null, 544), [
              [Qa, o.burnIn]
            ]),
            d[2] || (d[2] = Ne("shot no."))
          ]),
          d[3] || (d[3] = E("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (M(), O("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            Ne(q(e.data.shots) + " shots · " + q(s(e.data.duration_s)), 1),
            e.data.built ? (M(), O(_e, { key: 0 }, [
              Ne(" · " + q(X(wo)(e.data.built)), 1)
            ], 64)) : se("", !0)
          ], 8, Gy)) : se("", !0)
        ]),
        E("div", Uy, [
          (M(!0), O(_e, null, Le(X(Oy), (f) => (M(), O("button", {
            key: f.kind,
            title: `${f.title} — download`,
            "data-kind": f.kind,
            class: De({ busy: i[f.kind] !== void 0 }),
            disabled: !r.value.length,
            onClick: me((m) => u(f.kind), ["stop"])
          }, [
            de($e, {
              name: i[f.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            Ne(q(f.label) + " ", 1),
            i[f.kind] !== void 0 ? (M(), O("i", {
              key: 0,
              style: Ae({ width: `${Math.round(i[f.kind] * 100)}%` })
            }, null, 4)) : se("", !0)
          ], 10, Wy))), 128))
        ]),
        o.error ? (M(), O("div", Ky, q(o.error), 1)) : se("", !0)
      ]),
      default: Fe(() => [
        E("div", Ly, [
          e.data.url ? (M(), Re(xo, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (M(), O("div", Vy, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (M(), O("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            E("div", Fy, [
              E("i", {
                style: Ae({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            E("span", null, q(Math.round(o.fraction * 100)) + "% · " + q(o.message), 1)
          ], 8, Hy)) : se("", !0)
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
}, v1 = { class: "mx-dialog-actions" }, m1 = { class: "mx-search-in" }, p1 = ["onClick", "onMouseenter"], pr = "mx-flow", g1 = 0.42, y1 = 0.2, b1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = dv(i), { state: a, send: s } = r;
    Bt(Ca, r), a.me = o.me || a.me, a.board = o.board, a.token = o.token;
    const l = Ve(pr), u = {
      intent: tt(Tg),
      comp: tt(Wg),
      gen_art: tt(ny),
      activity: tt(_y),
      narration: tt(Iy),
      visual_narration: tt(Dy),
      animatic: tt(Zy)
    }, c = (C) => C.kind === "activity" && C.sub === "animatic" ? "animatic" : C.kind, d = u, f = [8, 8], m = ["Shift", "Meta", "Control"], b = { type: "default" }, y = { class: "mx-connecting" }, x = /* @__PURE__ */ new Map(), k = pe(0), I = /* @__PURE__ */ new Map(), w = pe(null), p = pe(null), P = pe(!1), B = pe([]), V = pe(null), R = mn({ open: !1, q: "", i: 0 }), ne = pe(!1), Q = pe(""), U = pe(!1);
    function T(C) {
      return {
        id: C.id,
        type: c(C),
        position: { x: C.x, y: C.y },
        data: C,
        hidden: !0,
        dimensions: { width: C.w, height: C.h },
        style: { width: `${C.w}px`, height: `${C.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function oe(C) {
      return {
        id: C.id,
        source: C.src,
        target: C.dst,
        type: "default",
        class: `mx-edge mx-edge-${C.kind}`,
        targetHandle: "in",
        animated: C.kind === "gen_art",
        data: C,
        deletable: !0
      };
    }
    function N(C, L) {
      return {
        id: `seq:${C}:${L}`,
        source: C,
        target: L,
        type: "straight",
        class: "mx-edge mx-edge-seq",
        selectable: !1,
        focusable: !1,
        sourceHandle: "seq-out",
        targetHandle: "seq-in",
        data: { kind: "seq" }
      };
    }
    function Y() {
      const C = /* @__PURE__ */ new Set();
      for (const Pe of dn(l.nodes.value)) Pe.hidden || C.add(Pe.id);
      const L = /* @__PURE__ */ new Map();
      if (C.size) {
        for (const Oe of I.values()) C.has(Oe.src) && C.has(Oe.dst) && L.set(Oe.id, Oe);
        const Pe = a.sequence;
        for (let Oe = 0; Oe + 1 < Pe.length; Oe++)
          C.has(Pe[Oe]) && C.has(Pe[Oe + 1]) && L.set(`seq:${Pe[Oe]}:${Pe[Oe + 1]}`, [Pe[Oe], Pe[Oe + 1]]);
      }
      const J = dn(l.edges.value), xe = J.filter((Pe) => !L.has(Pe.id)).map((Pe) => Pe.id), ke = new Set(J.map((Pe) => Pe.id)), Ye = [];
      for (const [Pe, Oe] of L) ke.has(Pe) || Ye.push(Array.isArray(Oe) ? N(Oe[0], Oe[1]) : oe(Oe));
      xe.length && l.removeEdges(xe), Ye.length && l.addEdges(Ye);
    }
    let A = !1;
    function D() {
      A || (A = !0, Ze(() => {
        A = !1, Y();
      }));
    }
    function z(C) {
      var J;
      const L = window.__mxMarks = window.__mxMarks || {};
      L.reset = performance.now(), x.clear(), I.clear(), H.clear();
      for (const xe of C.blocks) H.add(xe.id);
      for (const xe of C.blocks) x.set(xe.id, xe);
      for (const xe of C.edges) I.set(xe.id, xe);
      a.sequence = C.sequence || [], a.shots = C.shots || {}, a.comments = C.comments || [], a.snapshots = C.snapshots || [], C.activity && (a.activity = C.activity), C.users && (a.users = C.users), C.choices && (a.choices = C.choices), C.pipelines && (a.pipelines = C.pipelines), P.value || te(C.blocks), k.value++, l.setNodes(C.blocks.map(T)), l.setEdges([]), (J = p.value) == null || J.settle(), Y(), L.set = performance.now(), P.value || (P.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const H = /* @__PURE__ */ new Set();
    function Z(C, L, J, xe = 0) {
      const ke = l.findNode(C);
      if (!ke) {
        H.has(C) ? xe < 8 && Ze(() => {
          const Oe = x.get(C);
          Oe && Z(C, Oe, [], xe + 1);
        }) : (H.add(C), J.push(T(L)));
        return;
      }
      ke.data = L, ke.type !== c(L) && (ke.type = c(L)), !ke.dragging && (ke.position.x !== L.x || ke.position.y !== L.y) && (ke.position = { x: L.x, y: L.y }, ke.hidden && (ke.computedPosition = { ...ke.computedPosition, x: L.x, y: L.y }));
      const Ye = `${L.w}px`, Pe = `${L.h}px`;
      (!ke.style || ke.style.width !== Ye || ke.style.height !== Pe) && (ke.style = { ...ke.style || {}, width: Ye, height: Pe }, ke.hidden && (ke.dimensions = { width: L.w, height: L.h }));
    }
    function re(C) {
      if (C.blocks) {
        const L = [], J = [];
        for (const [xe, ke] of Object.entries(C.blocks)) {
          if (ke === null) {
            x.delete(xe), H.delete(xe) && J.push(xe);
            continue;
          }
          x.set(xe, ke), Z(xe, ke, L);
        }
        J.length && l.removeNodes(J), L.length && l.addNodes(L), k.value++;
      }
      if (C.edges) {
        const L = [], J = [];
        for (const [xe, ke] of Object.entries(C.edges))
          ke === null ? (I.delete(xe), J.push(xe)) : I.has(xe) || (I.set(xe, ke), L.push(xe));
        (J.length || L.length) && D(), k.value++;
      }
      C.sequence && (a.sequence = C.sequence), C.shots && (a.shots = C.shots), (C.sequence || C.blocks && Object.values(C.blocks).some((L) => L === null || L && L.kind === "intent")) && D(), C.comments && (a.comments = C.comments), C.snapshots && (a.snapshots = C.snapshots), C.activity && (a.activity = C.activity), C.users && (a.users = C.users);
    }
    function ue(C) {
      const L = { id: Math.random(), text: C.text || String(C), kind: C.kind || "info" };
      B.value.push(L), setTimeout(() => {
        B.value = B.value.filter((J) => J !== L);
      }, C.kind === "error" ? 6e3 : 3200);
    }
    function fe(C) {
      C.preview && (V.value = C.preview), C.pipelines && (a.pipelines = C.pipelines), C.notify && ue({ text: C.notify }), C.error && ue({ text: C.error, kind: "error" });
    }
    t({ reset: z, apply: re, notify: ue, reply: fe }), l.onNodeDragStop(({ nodes: C }) => {
      s("move", { moves: C.map((L) => ({ id: L.id, x: Math.round(L.position.x), y: Math.round(L.position.y) })) });
    });
    const ye = l.fitView;
    l.fitView = (C = {}) => ye({ ...C, includeHiddenNodes: !0 });
    function ae(C, L, J) {
      var Ye, Pe, Oe;
      const xe = (Ye = document.elementFromPoint(C, L)) == null ? void 0 : Ye.closest(`[data-kind${`="${J}"`}][data-id]`);
      if (xe) return xe.dataset.id;
      const ke = (Pe = p.value) == null ? void 0 : Pe.hitAt(C, L);
      return ke && (!J || ((Oe = x.get(ke)) == null ? void 0 : Oe.kind) === J) ? ke : "";
    }
    function te(C) {
      const L = w.value;
      if (!C.length || !L) return;
      let J = 1 / 0, xe = 1 / 0, ke = -1 / 0, Ye = -1 / 0;
      for (const qt of C)
        J = Math.min(J, qt.x), xe = Math.min(xe, qt.y), ke = Math.max(ke, qt.x + qt.w), Ye = Math.max(Ye, qt.y + qt.h);
      const Pe = L.clientWidth, Oe = L.clientHeight, Xt = Math.max(0.05, Math.min(1, Math.min(Pe / (ke - J), Oe / (Ye - xe)) * (1 - 0.12)));
      a.lod = v(Xt), l.setViewport({ x: (Pe - (ke - J) * Xt) / 2 - J * Xt, y: (Oe - (Ye - xe) * Xt) / 2 - xe * Xt, zoom: Xt });
    }
    l.onConnect((C) => s("connect", { source: C.source, target: C.target }));
    function ie({ kind: C, sub: L, clientX: J, clientY: xe, dragged: ke }) {
      const Ye = w.value.getBoundingClientRect();
      let Pe;
      if (ke) {
        if (J < Ye.left || xe < Ye.top) return;
        Pe = l.screenToFlowCoordinate({ x: J, y: xe });
      } else
        Pe = l.screenToFlowCoordinate({ x: Ye.left + Ye.width / 2, y: Ye.top + Ye.height / 2 });
      let Oe = "";
      ke && C === "comp" && (Oe = ae(J, xe, "intent")), s("create", { kind: C, sub: L, x: Math.round(Pe.x - 40), y: Math.round(Pe.y - 20), attach: Oe });
    }
    async function Ce(C) {
      U.value = !1;
      const L = [...C.dataTransfer && C.dataTransfer.files || []];
      if (!L.length) return;
      C.preventDefault();
      const J = ae(C.clientX, C.clientY, "intent");
      let { x: xe, y: ke } = l.screenToFlowCoordinate({ x: C.clientX, y: C.clientY });
      for (const Ye of L.slice(0, 12)) {
        try {
          await Ha(a.token, Ye, { x: Math.round(xe), y: Math.round(ke), attach: J });
        } catch (Pe) {
          ue({ text: String(Pe.message || Pe), kind: "error" });
        }
        xe += 30, ke += 30;
      }
    }
    const Me = ee(() => l.getSelectedNodes.value.map((C) => C.id)), we = ee(() => l.getSelectedNodes.value.filter((C) => C.type === "intent").map((C) => C.id));
    let Ee = null;
    Se(Me, (C) => {
      clearTimeout(Ee), Ee = setTimeout(() => i("presence", { selection: C.slice(0, 200) }), 120);
    });
    let ge = 0;
    function _(C) {
      const L = performance.now();
      if (L - ge < 80) return;
      ge = L;
      const J = l.screenToFlowCoordinate({ x: C.clientX, y: C.clientY });
      i("presence", { cursor: { x: Math.round(J.x), y: Math.round(J.y) } });
    }
    function v(C) {
      return C < y1 ? 2 : C < g1 ? 1 : 0;
    }
    Se(() => v(l.viewport.value.zoom), (C) => {
      a.lod = C;
    }, { immediate: !0 });
    const h = pe(!1);
    let g = null;
    l.onMove(() => {
      h.value || (h.value = !0), clearTimeout(g), g = setTimeout(() => {
        h.value = !1;
      }, 180);
    });
    const S = ee(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), $ = ee(() => {
      const C = S.value;
      return { gap: 24 * 2 ** C, size: C ? 1.2 * 2 ** (C + 1) : 1.2 };
    }), G = ee(() => a.users.filter((C) => C.id !== a.me.id && C.cursor)), F = ee(() => {
      const C = /* @__PURE__ */ new Map();
      for (const L of a.users) C.has(L.id) || C.set(L.id, L);
      return [...C.values()];
    });
    function W() {
      const C = we.value;
      if (!C.length) {
        ue({ text: "Select one or more intents to render" });
        return;
      }
      s("preview", { ids: C });
    }
    function K() {
      V.value && (s("render", { ids: V.value.intents }), V.value = null);
    }
    const j = ee(() => {
      const C = V.value;
      return C ? C.gpus > 0 ? `Commit ${C.gpus} GPU${C.gpus > 1 ? "s" : ""}` : C.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function le() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function ve(C) {
      s("move", { moves: C });
    }
    function Te(C) {
      C > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const Xe = ee(() => fv([...x.values()], R.q));
    function wt() {
      R.open = !0, R.q = "", R.i = 0, Ze(() => {
        var C;
        return (C = document.querySelector(".mx-search input")) == null ? void 0 : C.focus();
      });
    }
    function Mt(C) {
      if (!C) return;
      R.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const L = l.findNode(C.id);
      L && (l.addSelectedNodes([L]), l.fitView({ nodes: [C.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function We(C) {
      const L = C.target;
      return L && (L.tagName === "INPUT" || L.tagName === "TEXTAREA" || L.isContentEditable);
    }
    function rt(C) {
      const L = C.ctrlKey || C.metaKey, J = C.key.toLowerCase();
      if (L && J === "k") {
        C.preventDefault(), wt();
        return;
      }
      if (C.key === "Escape") {
        R.open = !1, V.value = null, ne.value = !1, a.openComments = null;
        return;
      }
      if (V.value && C.key === "Enter") {
        C.preventDefault(), K();
        return;
      }
      if (!We(C))
        if (C.key === "Delete" || C.key === "Backspace") {
          const xe = l.getSelectedEdges.value.filter((ke) => !ke.id.startsWith("seq:")).map((ke) => ke.id);
          (Me.value.length || xe.length) && (C.preventDefault(), s("delete", { ids: Me.value, edges: xe }));
        } else L && J === "d" ? (C.preventDefault(), s("duplicate", { ids: Me.value })) : L && J === "z" && !C.shiftKey ? (C.preventDefault(), s("undo")) : L && (J === "y" || J === "z" && C.shiftKey) ? (C.preventDefault(), s("redo")) : !L && J === "r" ? (C.preventDefault(), W()) : !L && J === "f" ? (C.preventDefault(), le()) : !L && C.key === "/" ? (C.preventDefault(), wt()) : L && J === "a" && (C.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    et(() => {
      window.__mxFlow = l, window.addEventListener("keydown", rt), i("ready");
    }), Ht(() => window.removeEventListener("keydown", rt));
    const It = (C) => C.kind === "intent" ? on[(C.status || {}).state] || "#4a4a50" : ro[C.kind] || "#333";
    function Yt() {
      const C = Q.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      s("snapshot", { name: C }), Q.value = "";
    }
    const xt = (C) => (C || "?").split(/[\s._-]+/).map((L) => L[0]).join("").slice(0, 2).toUpperCase();
    return (C, L) => (M(), O("div", jy, [
      de(mv, {
        groups: e.palette,
        onPlace: ie
      }, null, 8, ["groups"]),
      E("div", {
        ref_key: "wrap",
        ref: w,
        class: De(["mx-stage", { "file-over": U.value, moving: h.value }]),
        onPointermove: _,
        onDragover: L[7] || (L[7] = me((J) => U.value = !0, ["prevent"])),
        onDragleave: L[8] || (L[8] = me((J) => U.value = !1, ["self"])),
        onDrop: Ce
      }, [
        de(X(ah), {
          id: pr,
          "node-types": X(d),
          "snap-to-grid": !0,
          "snap-grid": f,
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": m,
          "selection-key-code": "Shift",
          "only-render-visible-elements": !0,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": b,
          "connection-line-options": y,
          class: "mx-flow"
        }, {
          default: Fe(() => [
            de(X(vh), {
              "pattern-color": "#2c2c31",
              gap: $.value.gap,
              size: $.value.size
            }, null, 8, ["gap", "size"]),
            de(bv, {
              ref_key: "far",
              ref: p,
              flow: X(l),
              edges: X(I),
              rev: k.value,
              onMove: ve,
              onShown: D
            }, null, 8, ["flow", "edges", "rev"]),
            de(X(tr), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Fe(() => [
                E("div", Jy, [
                  L[19] || (L[19] = Ne("multiplex")),
                  L[20] || (L[20] = E("span", null, "/", -1)),
                  E("b", Qy, q(X(a).board), 1)
                ])
              ]),
              _: 1
            }),
            de(X(tr), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Fe(() => [
                E("div", e1, [
                  (M(!0), O(_e, null, Le(F.value, (J) => (M(), O("span", {
                    key: J.id,
                    class: "mx-avatar",
                    style: Ae({ "--c": J.color }),
                    title: J.id === X(a).me.id ? `${J.name} (you)` : J.name
                  }, q(xt(J.name)), 13, t1))), 128))
                ]),
                L[23] || (L[23] = E("i", { class: "mx-sep" }, null, -1)),
                E("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: L[0] || (L[0] = (J) => X(s)("undo")),
                  "data-role": "undo"
                }, [
                  de($e, {
                    name: "undo",
                    size: 15
                  })
                ]),
                E("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: L[1] || (L[1] = (J) => X(s)("redo")),
                  "data-role": "redo"
                }, [
                  de($e, {
                    name: "redo",
                    size: 15
                  })
                ]),
                L[24] || (L[24] = E("i", { class: "mx-sep" }, null, -1)),
                E("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: wt
                }, [
                  de($e, {
                    name: "search",
                    size: 15
                  })
                ]),
                E("button", {
                  title: "Snapshots",
                  onClick: L[2] || (L[2] = (J) => ne.value = !ne.value),
                  "data-role": "snapshots"
                }, [
                  de($e, {
                    name: "history",
                    size: 15
                  })
                ]),
                E("button", {
                  title: "Zoom out",
                  onClick: L[3] || (L[3] = (J) => Te(-1))
                }, [
                  de($e, {
                    name: "minus",
                    size: 15
                  })
                ]),
                E("button", {
                  title: "Zoom in",
                  onClick: L[4] || (L[4] = (J) => Te(1))
                }, [
                  de($e, {
                    name: "plus",
                    size: 15
                  })
                ]),
                E("button", {
                  title: "Fit view (F)",
                  onClick: le,
                  "data-role": "fit"
                }, [
                  de($e, {
                    name: "fit",
                    size: 15
                  })
                ]),
                E("button", {
                  class: "mx-render",
                  disabled: !we.value.length,
                  title: "Render selection (R)",
                  onClick: W,
                  "data-role": "render-selection"
                }, [
                  de($e, {
                    name: "play",
                    size: 13
                  }),
                  L[21] || (L[21] = Ne("Render")),
                  we.value.length ? (M(), O("span", o1, q(we.value.length), 1)) : se("", !0)
                ], 8, n1),
                ne.value ? (M(), O("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: L[6] || (L[6] = me(() => {
                  }, ["stop"]))
                }, [
                  L[22] || (L[22] = E("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  E("div", i1, [
                    Jt(E("input", {
                      "onUpdate:modelValue": L[5] || (L[5] = (J) => Q.value = J),
                      placeholder: "Name this moment of the board",
                      onKeydown: ft(Yt, ["enter"])
                    }, null, 544), [
                      [pn, Q.value]
                    ]),
                    E("button", { onClick: Yt }, "Save")
                  ]),
                  (M(!0), O(_e, null, Le(X(a).snapshots.slice().reverse(), (J) => (M(), O("div", {
                    key: J.id,
                    class: "mx-snap"
                  }, [
                    E("div", null, [
                      E("b", null, q(J.name), 1),
                      E("span", null, q(J.author) + " · " + q(J.blocks) + " blocks · " + q((J.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    E("button", {
                      onClick: (xe) => X(s)("restore", { id: J.id })
                    }, "Restore", 8, r1),
                    E("button", {
                      class: "ghost",
                      onClick: (xe) => X(s)("drop_snapshot", { id: J.id })
                    }, [
                      de($e, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, a1)
                  ]))), 128)),
                  X(a).snapshots.length ? se("", !0) : (M(), O("div", s1, "No snapshots yet."))
                ], 32)) : se("", !0)
              ]),
              _: 1
            }),
            de(yv, {
              flow: X(l),
              users: G.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types"]),
        de(gv, {
          flow: X(l),
          blocks: X(x),
          rev: k.value,
          "color-of": It
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      E("div", l1, [
        (M(!0), O(_e, null, Le(B.value, (J) => (M(), O("div", {
          key: J.id,
          class: De(["mx-toast", J.kind])
        }, q(J.text), 3))), 128))
      ]),
      V.value ? (M(), O("div", {
        key: 0,
        class: "mx-modal",
        onClick: L[10] || (L[10] = me((J) => V.value = null, ["self"]))
      }, [
        E("div", u1, [
          E("div", c1, "Render " + q(V.value.intents.length) + " intent" + q(V.value.intents.length > 1 ? "s" : ""), 1),
          E("div", d1, q(V.value.titles.join(" · ")), 1),
          E("div", f1, [
            E("div", null, [
              L[25] || (L[25] = E("span", null, "machines", -1)),
              E("b", null, q(V.value.machines.length ? V.value.machines.join(", ") : "none live"), 1)
            ]),
            E("div", null, [
              L[26] || (L[26] = E("span", null, "gpus", -1)),
              E("b", null, q(V.value.gpus), 1)
            ]),
            E("div", null, [
              L[27] || (L[27] = E("span", null, "jobs", -1)),
              E("b", null, q(V.value.jobs), 1)
            ]),
            E("div", null, [
              L[28] || (L[28] = E("span", null, "estimate", -1)),
              E("b", null, q(V.value.seconds < 90 ? `~${Math.round(V.value.seconds)} s` : `~${Math.round(V.value.seconds / 60)} min`), 1)
            ])
          ]),
          V.value.unrunnable.length ? (M(), O("div", h1, "Nothing live can run " + q(V.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : se("", !0),
          E("div", v1, [
            E("button", {
              class: "ghost",
              onClick: L[9] || (L[9] = (J) => V.value = null)
            }, "Cancel"),
            E("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: K
            }, [
              de($e, {
                name: "play",
                size: 13
              }),
              Ne(q(j.value), 1)
            ])
          ])
        ])
      ])) : se("", !0),
      R.open ? (M(), O("div", {
        key: 1,
        class: "mx-modal",
        onClick: L[18] || (L[18] = me((J) => R.open = !1, ["self"]))
      }, [
        E("div", {
          class: "mx-search",
          onKeydown: L[17] || (L[17] = me(() => {
          }, ["stop"]))
        }, [
          E("div", m1, [
            de($e, {
              name: "search",
              size: 16
            }),
            Jt(E("input", {
              "onUpdate:modelValue": L[11] || (L[11] = (J) => R.q = J),
              placeholder: "Find a block…",
              onKeydown: [
                L[12] || (L[12] = ft(me((J) => R.i = Math.min(R.i + 1, Xe.value.length - 1), ["prevent"]), ["down"])),
                L[13] || (L[13] = ft(me((J) => R.i = Math.max(R.i - 1, 0), ["prevent"]), ["up"])),
                L[14] || (L[14] = ft(me((J) => Mt(Xe.value[R.i]), ["prevent"]), ["enter"])),
                L[15] || (L[15] = ft((J) => R.open = !1, ["esc"]))
              ],
              onInput: L[16] || (L[16] = (J) => R.i = 0)
            }, null, 544), [
              [pn, R.q]
            ])
          ]),
          (M(!0), O(_e, null, Le(Xe.value, (J, xe) => (M(), O("div", {
            key: J.id,
            class: De(["mx-result", { on: xe === R.i }]),
            onClick: (ke) => Mt(J),
            onMouseenter: (ke) => R.i = xe
          }, [
            E("i", {
              style: Ae({ background: X(ro)[J.kind] })
            }, null, 4),
            E("b", null, q(J.title || J.sub), 1),
            E("span", null, q(J.kind.replace("_", " ")) + " · " + q(J.sub), 1)
          ], 42, p1))), 128))
        ], 32)
      ])) : se("", !0)
    ]));
  }
};
export {
  b1 as MultiplexCanvas
};
