import { getCurrentScope as Is, inject as Dt, effectScope as Ts, watch as Ie, provide as Ut, defineComponent as Ue, useSlots as ta, onUnmounted as na, openBlock as I, createElementBlock as D, unref as F, createVNode as pe, withCtx as We, renderSlot as it, computed as te, normalizeStyle as Ve, normalizeClass as He, getCurrentInstance as fn, reactive as rn, onScopeDispose as jn, ref as Se, nextTick as tt, onBeforeMount as oa, onMounted as rt, shallowRef as It, toRef as qe, createElementVNode as $, Fragment as Ce, renderList as Ye, onBeforeUnmount as Ot, isMemoSame as ia, createBlock as Ge, createCommentVNode as ce, toDisplayString as U, isRef as li, toRefs as sa, customRef as ra, createPropsRestProxy as aa, toValue as Le, resolveComponent as Ps, h as Fe, useAttrs as la, mergeProps as zs, resolveDynamicComponent as ui, createTextVNode as Oe, markRaw as ct, readonly as ua, withModifiers as ke, toRaw as Vt, watchEffect as ca, withDirectives as an, withKeys as xt, vModelText as Sn, Teleport as da, vModelCheckbox as fa } from "vue";
function $n(e) {
  return Is() ? (jn(e), !0) : !1;
}
function bt(e) {
  return typeof e == "function" ? e() : F(e);
}
const ha = typeof window < "u" && typeof document < "u", ma = (e) => typeof e < "u", pa = Object.prototype.toString, va = (e) => pa.call(e) === "[object Object]", ga = () => {
};
function ya(e, t) {
  function n(...o) {
    return new Promise((i, s) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(s);
    });
  }
  return n;
}
const As = (e) => e();
function wa(e = As) {
  const t = Se(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...s) => {
    t.value && e(...s);
  };
  return { isActive: ua(t), pause: n, resume: o, eventFilter: i };
}
function _i(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function xa(e, t, n = {}) {
  const {
    eventFilter: o = As,
    ...i
  } = n;
  return Ie(
    e,
    ya(
      o,
      t
    ),
    i
  );
}
function Qt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: s, pause: r, resume: a, isActive: l } = wa(o);
  return { stop: xa(
    e,
    t,
    {
      ...i,
      eventFilter: s
    }
  ), pause: r, resume: a, isActive: l };
}
function ba(e, t = {}) {
  if (!li(e))
    return sa(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = ra(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var s;
        if ((s = bt(t.replaceRef)) != null ? s : !0)
          if (Array.isArray(e.value)) {
            const a = [...e.value];
            a[o] = i, e.value = a;
          } else {
            const a = { ...e.value, [o]: i };
            Object.setPrototypeOf(a, Object.getPrototypeOf(e.value)), e.value = a;
          }
        else
          e.value[o] = i;
      }
    }));
  return n;
}
function Yo(e, t = !1) {
  function n(d, { flush: f = "sync", deep: m = !1, timeout: S, throwOnTimeout: g } = {}) {
    let x = null;
    const C = [new Promise((w) => {
      x = Ie(
        e,
        (v) => {
          d(v) !== t && (x == null || x(), w(v));
        },
        {
          flush: f,
          deep: m,
          immediate: !0
        }
      );
    })];
    return S != null && C.push(
      _i(S, g).then(() => bt(e)).finally(() => x == null ? void 0 : x())
    ), Promise.race(C);
  }
  function o(d, f) {
    if (!li(d))
      return n((v) => v === d, f);
    const { flush: m = "sync", deep: S = !1, timeout: g, throwOnTimeout: x } = f ?? {};
    let y = null;
    const w = [new Promise((v) => {
      y = Ie(
        [e, d],
        ([R, Y]) => {
          t !== (R === Y) && (y == null || y(), v(R));
        },
        {
          flush: m,
          deep: S,
          immediate: !0
        }
      );
    })];
    return g != null && w.push(
      _i(g, x).then(() => bt(e)).finally(() => (y == null || y(), bt(e)))
    ), Promise.race(w);
  }
  function i(d) {
    return n((f) => !!f, d);
  }
  function s(d) {
    return o(null, d);
  }
  function r(d) {
    return o(void 0, d);
  }
  function a(d) {
    return n(Number.isNaN, d);
  }
  function l(d, f) {
    return n((m) => {
      const S = Array.from(m);
      return S.includes(d) || S.includes(bt(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let m = -1;
    return n(() => (m += 1, m >= d), f);
  }
  return Array.isArray(bt(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return Yo(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: i,
    toBeNull: s,
    toBeNaN: a,
    toBeUndefined: r,
    changed: u,
    changedTimes: c,
    get not() {
      return Yo(e, !t);
    }
  };
}
function Xo(e) {
  return Yo(e);
}
function ka(e) {
  var t;
  const n = bt(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const Ds = ha ? window : void 0;
function Os(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = Ds) : [t, n, o, i] = e, !t)
    return ga;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const s = [], r = () => {
    s.forEach((c) => c()), s.length = 0;
  }, a = (c, d, f, m) => (c.addEventListener(d, f, m), () => c.removeEventListener(d, f, m)), l = Ie(
    () => [ka(t), bt(i)],
    ([c, d]) => {
      if (r(), !c)
        return;
      const f = va(d) ? { ...d } : d;
      s.push(
        ...n.flatMap((m) => o.map((S) => a(c, m, S, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), r();
  };
  return $n(u), u;
}
function _a(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function Si(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = Ds,
    eventName: s = "keydown",
    passive: r = !1,
    dedupe: a = !1
  } = o, l = _a(t);
  return Os(i, s, (c) => {
    c.repeat && bt(a) || l(c) && n(c);
  }, r);
}
function Sa(e) {
  return JSON.parse(JSON.stringify(e));
}
function To(e, t, n, o = {}) {
  var i, s, r;
  const {
    clone: a = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, m = fn(), S = n || (m == null ? void 0 : m.emit) || ((i = m == null ? void 0 : m.$emit) == null ? void 0 : i.bind(m)) || ((r = (s = m == null ? void 0 : m.proxy) == null ? void 0 : s.$emit) == null ? void 0 : r.bind(m == null ? void 0 : m.proxy));
  let g = u;
  t || (t = "modelValue"), g = g || `update:${t.toString()}`;
  const x = (w) => a ? typeof a == "function" ? a(w) : Sa(w) : w, y = () => ma(e[t]) ? x(e[t]) : d, C = (w) => {
    f ? f(w) && S(g, w) : S(g, w);
  };
  if (l) {
    const w = y(), v = Se(w);
    let R = !1;
    return Ie(
      () => e[t],
      (Y) => {
        R || (R = !0, v.value = x(Y), tt(() => R = !1));
      }
    ), Ie(
      v,
      (Y) => {
        !R && (Y !== e[t] || c) && C(Y);
      },
      { deep: c }
    ), v;
  } else
    return te({
      get() {
        return y();
      },
      set(w) {
        C(w);
      }
    });
}
var $a = { value: () => {
} };
function go() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Jn(n);
}
function Jn(e) {
  this._ = e;
}
function Ea(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Jn.prototype = go.prototype = {
  constructor: Jn,
  on: function(e, t) {
    var n = this._, o = Ea(e + "", n), i, s = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++s < r; )
        if ((i = (e = o[s]).type) && (i = Na(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++s < r; )
      if (i = (e = o[s]).type)
        n[i] = $i(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = $i(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new Jn(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0)
      for (var n = new Array(i), o = 0, i, s; o < i; ++o)
        n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (s = this._[e], o = 0, i = s.length; o < i; ++o)
      s[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, s = o.length; i < s; ++i)
      o[i].value.apply(t, n);
  }
};
function Na(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function $i(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = $a, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var qo = "http://www.w3.org/1999/xhtml";
const Ei = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: qo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function yo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Ei.hasOwnProperty(t) ? { space: Ei[t], local: e } : e;
}
function Ma(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === qo && t.documentElement.namespaceURI === qo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Ca(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Rs(e) {
  var t = yo(e);
  return (t.local ? Ca : Ma)(t);
}
function Ia() {
}
function ci(e) {
  return e == null ? Ia : function() {
    return this.querySelector(e);
  };
}
function Ta(e) {
  typeof e != "function" && (e = ci(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = s[c]) && (u = e.call(l, l.__data__, c, s)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new st(o, this._parents);
}
function Pa(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function za() {
  return [];
}
function Bs(e) {
  return e == null ? za : function() {
    return this.querySelectorAll(e);
  };
}
function Aa(e) {
  return function() {
    return Pa(e.apply(this, arguments));
  };
}
function Da(e) {
  typeof e == "function" ? e = Aa(e) : e = Bs(e);
  for (var t = this._groups, n = t.length, o = [], i = [], s = 0; s < n; ++s)
    for (var r = t[s], a = r.length, l, u = 0; u < a; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new st(o, i);
}
function Ls(e) {
  return function() {
    return this.matches(e);
  };
}
function Vs(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Oa = Array.prototype.find;
function Ra(e) {
  return function() {
    return Oa.call(this.children, e);
  };
}
function Ba() {
  return this.firstElementChild;
}
function La(e) {
  return this.select(e == null ? Ba : Ra(typeof e == "function" ? e : Vs(e)));
}
var Va = Array.prototype.filter;
function Ha() {
  return Array.from(this.children);
}
function Fa(e) {
  return function() {
    return Va.call(this.children, e);
  };
}
function Ya(e) {
  return this.selectAll(e == null ? Ha : Fa(typeof e == "function" ? e : Vs(e)));
}
function Xa(e) {
  typeof e != "function" && (e = Ls(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = [], l, u = 0; u < r; ++u)
      (l = s[u]) && e.call(l, l.__data__, u, s) && a.push(l);
  return new st(o, this._parents);
}
function Hs(e) {
  return new Array(e.length);
}
function qa() {
  return new st(this._enter || this._groups.map(Hs), this._parents);
}
function io(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
io.prototype = {
  constructor: io,
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
function Ga(e) {
  return function() {
    return e;
  };
}
function Ua(e, t, n, o, i, s) {
  for (var r = 0, a, l = t.length, u = s.length; r < u; ++r)
    (a = t[r]) ? (a.__data__ = s[r], o[r] = a) : n[r] = new io(e, s[r]);
  for (; r < l; ++r)
    (a = t[r]) && (i[r] = a);
}
function Wa(e, t, n, o, i, s, r) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = s.length, f = new Array(c), m;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = m = r.call(l, l.__data__, a, t) + "", u.has(m) ? i[a] = l : u.set(m, l));
  for (a = 0; a < d; ++a)
    m = r.call(e, s[a], a, s) + "", (l = u.get(m)) ? (o[a] = l, l.__data__ = s[a], u.delete(m)) : n[a] = new io(e, s[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function Ka(e) {
  return e.__data__;
}
function Za(e, t) {
  if (!arguments.length)
    return Array.from(this, Ka);
  var n = t ? Wa : Ua, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Ga(e));
  for (var s = i.length, r = new Array(s), a = new Array(s), l = new Array(s), u = 0; u < s; ++u) {
    var c = o[u], d = i[u], f = d.length, m = ja(e.call(c, c && c.__data__, u, o)), S = m.length, g = a[u] = new Array(S), x = r[u] = new Array(S), y = l[u] = new Array(f);
    n(c, d, g, x, y, m, t);
    for (var C = 0, w = 0, v, R; C < S; ++C)
      if (v = g[C]) {
        for (C >= w && (w = C + 1); !(R = x[w]) && ++w < S; )
          ;
        v._next = R || null;
      }
  }
  return r = new st(r, o), r._enter = a, r._exit = l, r;
}
function ja(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Ja() {
  return new st(this._exit || this._groups.map(Hs), this._parents);
}
function Qa(e, t, n) {
  var o = this.enter(), i = this, s = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? s.remove() : n(s), o && i ? o.merge(i).order() : i;
}
function el(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, s = o.length, r = Math.min(i, s), a = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), m, S = 0; S < d; ++S)
      (m = u[S] || c[S]) && (f[S] = m);
  for (; l < i; ++l)
    a[l] = n[l];
  return new st(a, this._parents);
}
function tl() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, s = o[i], r; --i >= 0; )
      (r = o[i]) && (s && r.compareDocumentPosition(s) ^ 4 && s.parentNode.insertBefore(r, s), s = r);
  return this;
}
function nl(e) {
  e || (e = ol);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), s = 0; s < o; ++s) {
    for (var r = n[s], a = r.length, l = i[s] = new Array(a), u, c = 0; c < a; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new st(i, this._parents).order();
}
function ol(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function il() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function sl() {
  return Array.from(this);
}
function rl() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, s = o.length; i < s; ++i) {
      var r = o[i];
      if (r)
        return r;
    }
  return null;
}
function al() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function ll() {
  return !this.node();
}
function ul(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], s = 0, r = i.length, a; s < r; ++s)
      (a = i[s]) && e.call(a, a.__data__, s, i);
  return this;
}
function cl(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function dl(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function fl(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function hl(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function ml(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function pl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function vl(e, t) {
  var n = yo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? dl : cl : typeof t == "function" ? n.local ? pl : ml : n.local ? hl : fl)(n, t));
}
function Fs(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function gl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function yl(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function wl(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function xl(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? gl : typeof t == "function" ? wl : yl)(e, t, n ?? "")) : ln(this.node(), e);
}
function ln(e, t) {
  return e.style.getPropertyValue(t) || Fs(e).getComputedStyle(e, null).getPropertyValue(t);
}
function bl(e) {
  return function() {
    delete this[e];
  };
}
function kl(e, t) {
  return function() {
    this[e] = t;
  };
}
function _l(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Sl(e, t) {
  return arguments.length > 1 ? this.each((t == null ? bl : typeof t == "function" ? _l : kl)(e, t)) : this.node()[e];
}
function Ys(e) {
  return e.trim().split(/^|\s+/);
}
function di(e) {
  return e.classList || new Xs(e);
}
function Xs(e) {
  this._node = e, this._names = Ys(e.getAttribute("class") || "");
}
Xs.prototype = {
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
function qs(e, t) {
  for (var n = di(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Gs(e, t) {
  for (var n = di(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function $l(e) {
  return function() {
    qs(this, e);
  };
}
function El(e) {
  return function() {
    Gs(this, e);
  };
}
function Nl(e, t) {
  return function() {
    (t.apply(this, arguments) ? qs : Gs)(this, e);
  };
}
function Ml(e, t) {
  var n = Ys(e + "");
  if (arguments.length < 2) {
    for (var o = di(this.node()), i = -1, s = n.length; ++i < s; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Nl : t ? $l : El)(n, t));
}
function Cl() {
  this.textContent = "";
}
function Il(e) {
  return function() {
    this.textContent = e;
  };
}
function Tl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Pl(e) {
  return arguments.length ? this.each(e == null ? Cl : (typeof e == "function" ? Tl : Il)(e)) : this.node().textContent;
}
function zl() {
  this.innerHTML = "";
}
function Al(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Dl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Ol(e) {
  return arguments.length ? this.each(e == null ? zl : (typeof e == "function" ? Dl : Al)(e)) : this.node().innerHTML;
}
function Rl() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Bl() {
  return this.each(Rl);
}
function Ll() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Vl() {
  return this.each(Ll);
}
function Hl(e) {
  var t = typeof e == "function" ? e : Rs(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Fl() {
  return null;
}
function Yl(e, t) {
  var n = typeof e == "function" ? e : Rs(e), o = t == null ? Fl : typeof t == "function" ? t : ci(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Xl() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function ql() {
  return this.each(Xl);
}
function Gl() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Ul() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Wl(e) {
  return this.select(e ? Ul : Gl);
}
function Kl(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Zl(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function jl(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Jl(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, s; n < i; ++n)
        s = t[n], (!e.type || s.type === e.type) && s.name === e.name ? this.removeEventListener(s.type, s.listener, s.options) : t[++o] = s;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Ql(e, t, n) {
  return function() {
    var o = this.__on, i, s = Zl(t);
    if (o) {
      for (var r = 0, a = o.length; r < a; ++r)
        if ((i = o[r]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = s, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, s, n), i = { type: e.type, name: e.name, value: t, listener: s, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function eu(e, t, n) {
  var o = jl(e + ""), i, s = o.length, r;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var l = 0, u = a.length, c; l < u; ++l)
        for (i = 0, c = a[l]; i < s; ++i)
          if ((r = o[i]).type === c.type && r.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? Ql : Jl, i = 0; i < s; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function Us(e, t, n) {
  var o = Fs(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function tu(e, t) {
  return function() {
    return Us(this, e, t);
  };
}
function nu(e, t) {
  return function() {
    return Us(this, e, t.apply(this, arguments));
  };
}
function ou(e, t) {
  return this.each((typeof t == "function" ? nu : tu)(e, t));
}
function* iu() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, s = o.length, r; i < s; ++i)
      (r = o[i]) && (yield r);
}
var Ws = [null];
function st(e, t) {
  this._groups = e, this._parents = t;
}
function Dn() {
  return new st([[document.documentElement]], Ws);
}
function su() {
  return this;
}
st.prototype = Dn.prototype = {
  constructor: st,
  select: Ta,
  selectAll: Da,
  selectChild: La,
  selectChildren: Ya,
  filter: Xa,
  data: Za,
  enter: qa,
  exit: Ja,
  join: Qa,
  merge: el,
  selection: su,
  order: tl,
  sort: nl,
  call: il,
  nodes: sl,
  node: rl,
  size: al,
  empty: ll,
  each: ul,
  attr: vl,
  style: xl,
  property: Sl,
  classed: Ml,
  text: Pl,
  html: Ol,
  raise: Bl,
  lower: Vl,
  append: Hl,
  insert: Yl,
  remove: ql,
  clone: Wl,
  datum: Kl,
  on: eu,
  dispatch: ou,
  [Symbol.iterator]: iu
};
function dt(e) {
  return typeof e == "string" ? new st([[document.querySelector(e)]], [document.documentElement]) : new st([[e]], Ws);
}
function ru(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function mt(e, t) {
  if (e = ru(e), t === void 0 && (t = e.currentTarget), t) {
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
const au = { passive: !1 }, En = { capture: !0, passive: !1 };
function Po(e) {
  e.stopImmediatePropagation();
}
function tn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ks(e) {
  var t = e.document.documentElement, n = dt(e).on("dragstart.drag", tn, En);
  "onselectstart" in t ? n.on("selectstart.drag", tn, En) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Zs(e, t) {
  var n = e.document.documentElement, o = dt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", tn, En), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Ln = (e) => () => e;
function Go(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: s,
  x: r,
  y: a,
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
    active: { value: s, enumerable: !0, configurable: !0 },
    x: { value: r, enumerable: !0, configurable: !0 },
    y: { value: a, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Go.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function lu(e) {
  return !e.ctrlKey && !e.button;
}
function uu() {
  return this.parentNode;
}
function cu(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function du() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function fu() {
  var e = lu, t = uu, n = cu, o = du, i = {}, s = go("start", "drag", "end"), r = 0, a, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", y, au).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(v, R) {
    if (!(c || !e.call(this, v, R))) {
      var Y = w(this, t.call(this, v, R), v, R, "mouse");
      Y && (dt(v.view).on("mousemove.drag", S, En).on("mouseup.drag", g, En), Ks(v.view), Po(v), u = !1, a = v.clientX, l = v.clientY, Y("start", v));
    }
  }
  function S(v) {
    if (tn(v), !u) {
      var R = v.clientX - a, Y = v.clientY - l;
      u = R * R + Y * Y > d;
    }
    i.mouse("drag", v);
  }
  function g(v) {
    dt(v.view).on("mousemove.drag mouseup.drag", null), Zs(v.view, u), tn(v), i.mouse("end", v);
  }
  function x(v, R) {
    if (e.call(this, v, R)) {
      var Y = v.changedTouches, H = t.call(this, v, R), B = Y.length, oe, Q;
      for (oe = 0; oe < B; ++oe)
        (Q = w(this, H, v, R, Y[oe].identifier, Y[oe])) && (Po(v), Q("start", v, Y[oe]));
    }
  }
  function y(v) {
    var R = v.changedTouches, Y = R.length, H, B;
    for (H = 0; H < Y; ++H)
      (B = i[R[H].identifier]) && (tn(v), B("drag", v, R[H]));
  }
  function C(v) {
    var R = v.changedTouches, Y = R.length, H, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), H = 0; H < Y; ++H)
      (B = i[R[H].identifier]) && (Po(v), B("end", v, R[H]));
  }
  function w(v, R, Y, H, B, oe) {
    var Q = s.copy(), W = mt(oe || Y, R), T, re, N;
    if ((N = n.call(v, new Go("beforestart", {
      sourceEvent: Y,
      target: f,
      identifier: B,
      active: r,
      x: W[0],
      y: W[1],
      dx: 0,
      dy: 0,
      dispatch: Q
    }), H)) != null)
      return T = N.x - W[0] || 0, re = N.y - W[1] || 0, function G(P, j, L) {
        var O = W, q;
        switch (P) {
          case "start":
            i[B] = G, q = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            W = mt(L || j, R), q = r;
            break;
        }
        Q.call(
          P,
          v,
          new Go(P, {
            sourceEvent: j,
            subject: N,
            target: f,
            identifier: B,
            active: q,
            x: W[0] + T,
            y: W[1] + re,
            dx: W[0] - O[0],
            dy: W[1] - O[1],
            dispatch: Q
          }),
          H
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : Ln(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : Ln(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : Ln(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : Ln(!!v), f) : o;
  }, f.on = function() {
    var v = s.on.apply(s, arguments);
    return v === s ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
function fi(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function js(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function On() {
}
var Nn = 0.7, so = 1 / Nn, nn = "\\s*([+-]?\\d+)\\s*", Mn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", gt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", hu = /^#([0-9a-f]{3,8})$/, mu = new RegExp(`^rgb\\(${nn},${nn},${nn}\\)$`), pu = new RegExp(`^rgb\\(${gt},${gt},${gt}\\)$`), vu = new RegExp(`^rgba\\(${nn},${nn},${nn},${Mn}\\)$`), gu = new RegExp(`^rgba\\(${gt},${gt},${gt},${Mn}\\)$`), yu = new RegExp(`^hsl\\(${Mn},${gt},${gt}\\)$`), wu = new RegExp(`^hsla\\(${Mn},${gt},${gt},${Mn}\\)$`), Ni = {
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
fi(On, Wt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Mi,
  // Deprecated! Use color.formatHex.
  formatHex: Mi,
  formatHex8: xu,
  formatHsl: bu,
  formatRgb: Ci,
  toString: Ci
});
function Mi() {
  return this.rgb().formatHex();
}
function xu() {
  return this.rgb().formatHex8();
}
function bu() {
  return Js(this).formatHsl();
}
function Ci() {
  return this.rgb().formatRgb();
}
function Wt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = hu.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Ii(t) : n === 3 ? new nt(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Vn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Vn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = mu.exec(e)) ? new nt(t[1], t[2], t[3], 1) : (t = pu.exec(e)) ? new nt(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = vu.exec(e)) ? Vn(t[1], t[2], t[3], t[4]) : (t = gu.exec(e)) ? Vn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = yu.exec(e)) ? zi(t[1], t[2] / 100, t[3] / 100, 1) : (t = wu.exec(e)) ? zi(t[1], t[2] / 100, t[3] / 100, t[4]) : Ni.hasOwnProperty(e) ? Ii(Ni[e]) : e === "transparent" ? new nt(NaN, NaN, NaN, 0) : null;
}
function Ii(e) {
  return new nt(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Vn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new nt(e, t, n, o);
}
function ku(e) {
  return e instanceof On || (e = Wt(e)), e ? (e = e.rgb(), new nt(e.r, e.g, e.b, e.opacity)) : new nt();
}
function Uo(e, t, n, o) {
  return arguments.length === 1 ? ku(e) : new nt(e, t, n, o ?? 1);
}
function nt(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
fi(nt, Uo, js(On, {
  brighter(e) {
    return e = e == null ? so : Math.pow(so, e), new nt(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new nt(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new nt(qt(this.r), qt(this.g), qt(this.b), ro(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Ti,
  // Deprecated! Use color.formatHex.
  formatHex: Ti,
  formatHex8: _u,
  formatRgb: Pi,
  toString: Pi
}));
function Ti() {
  return `#${Yt(this.r)}${Yt(this.g)}${Yt(this.b)}`;
}
function _u() {
  return `#${Yt(this.r)}${Yt(this.g)}${Yt(this.b)}${Yt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Pi() {
  const e = ro(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${qt(this.r)}, ${qt(this.g)}, ${qt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function ro(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function qt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Yt(e) {
  return e = qt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function zi(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new ft(e, t, n, o);
}
function Js(e) {
  if (e instanceof ft)
    return new ft(e.h, e.s, e.l, e.opacity);
  if (e instanceof On || (e = Wt(e)), !e)
    return new ft();
  if (e instanceof ft)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), s = Math.max(t, n, o), r = NaN, a = s - i, l = (s + i) / 2;
  return a ? (t === s ? r = (n - o) / a + (n < o) * 6 : n === s ? r = (o - t) / a + 2 : r = (t - n) / a + 4, a /= l < 0.5 ? s + i : 2 - s - i, r *= 60) : a = l > 0 && l < 1 ? 0 : r, new ft(r, a, l, e.opacity);
}
function Su(e, t, n, o) {
  return arguments.length === 1 ? Js(e) : new ft(e, t, n, o ?? 1);
}
function ft(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
fi(ft, Su, js(On, {
  brighter(e) {
    return e = e == null ? so : Math.pow(so, e), new ft(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new ft(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new nt(
      zo(e >= 240 ? e - 240 : e + 120, i, o),
      zo(e, i, o),
      zo(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new ft(Ai(this.h), Hn(this.s), Hn(this.l), ro(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = ro(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Ai(this.h)}, ${Hn(this.s) * 100}%, ${Hn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Ai(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Hn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function zo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const hi = (e) => () => e;
function $u(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Eu(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Nu(e) {
  return (e = +e) == 1 ? Qs : function(t, n) {
    return n - t ? Eu(t, n, e) : hi(isNaN(t) ? n : t);
  };
}
function Qs(e, t) {
  var n = t - e;
  return n ? $u(e, n) : hi(isNaN(e) ? t : e);
}
const ao = function e(t) {
  var n = Nu(t);
  function o(i, s) {
    var r = n((i = Uo(i)).r, (s = Uo(s)).r), a = n(i.g, s.g), l = n(i.b, s.b), u = Qs(i.opacity, s.opacity);
    return function(c) {
      return i.r = r(c), i.g = a(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function Mu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(s) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - s) + t[i] * s;
    return o;
  };
}
function Cu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Iu(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), s = new Array(n), r;
  for (r = 0; r < o; ++r)
    i[r] = bn(e[r], t[r]);
  for (; r < n; ++r)
    s[r] = t[r];
  return function(a) {
    for (r = 0; r < o; ++r)
      s[r] = i[r](a);
    return s;
  };
}
function Tu(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function pt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Pu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = bn(e[i], t[i]) : o[i] = t[i];
  return function(s) {
    for (i in n)
      o[i] = n[i](s);
    return o;
  };
}
var Wo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, Ao = new RegExp(Wo.source, "g");
function zu(e) {
  return function() {
    return e;
  };
}
function Au(e) {
  return function(t) {
    return e(t) + "";
  };
}
function er(e, t) {
  var n = Wo.lastIndex = Ao.lastIndex = 0, o, i, s, r = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = Wo.exec(e)) && (i = Ao.exec(t)); )
    (s = i.index) > n && (s = t.slice(n, s), a[r] ? a[r] += s : a[++r] = s), (o = o[0]) === (i = i[0]) ? a[r] ? a[r] += i : a[++r] = i : (a[++r] = null, l.push({ i: r, x: pt(o, i) })), n = Ao.lastIndex;
  return n < t.length && (s = t.slice(n), a[r] ? a[r] += s : a[++r] = s), a.length < 2 ? l[0] ? Au(l[0].x) : zu(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
function bn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? hi(t) : (n === "number" ? pt : n === "string" ? (o = Wt(t)) ? (t = o, ao) : er : t instanceof Wt ? ao : t instanceof Date ? Tu : Cu(t) ? Mu : Array.isArray(t) ? Iu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Pu : pt)(e, t);
}
var Di = 180 / Math.PI, Ko = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function tr(e, t, n, o, i, s) {
  var r, a, l;
  return (r = Math.sqrt(e * e + t * t)) && (e /= r, t /= r), (l = e * n + t * o) && (n -= e * l, o -= t * l), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, l /= a), e * o < t * n && (e = -e, t = -t, l = -l, r = -r), {
    translateX: i,
    translateY: s,
    rotate: Math.atan2(t, e) * Di,
    skewX: Math.atan(l) * Di,
    scaleX: r,
    scaleY: a
  };
}
var Fn;
function Du(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Ko : tr(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Ou(e) {
  return e == null || (Fn || (Fn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Fn.setAttribute("transform", e), !(e = Fn.transform.baseVal.consolidate())) ? Ko : (e = e.matrix, tr(e.a, e.b, e.c, e.d, e.e, e.f));
}
function nr(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function s(u, c, d, f, m, S) {
    if (u !== d || c !== f) {
      var g = m.push("translate(", null, t, null, n);
      S.push({ i: g - 4, x: pt(u, d) }, { i: g - 2, x: pt(c, f) });
    } else (d || f) && m.push("translate(" + d + t + f + n);
  }
  function r(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: pt(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: pt(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, m, S) {
    if (u !== d || c !== f) {
      var g = m.push(i(m) + "scale(", null, ",", null, ")");
      S.push({ i: g - 4, x: pt(u, d) }, { i: g - 2, x: pt(c, f) });
    } else (d !== 1 || f !== 1) && m.push(i(m) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), s(u.translateX, u.translateY, c.translateX, c.translateY, d, f), r(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(m) {
      for (var S = -1, g = f.length, x; ++S < g; )
        d[(x = f[S]).i] = x.x(m);
      return d.join("");
    };
  };
}
var Ru = nr(Du, "px, ", "px)", "deg)"), Bu = nr(Ou, ", ", ")", ")"), Lu = 1e-12;
function Oi(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Vu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Hu(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Qn = function e(t, n, o) {
  function i(s, r) {
    var a = s[0], l = s[1], u = s[2], c = r[0], d = r[1], f = r[2], m = c - a, S = d - l, g = m * m + S * S, x, y;
    if (g < Lu)
      y = Math.log(f / u) / t, x = function(H) {
        return [
          a + H * m,
          l + H * S,
          u * Math.exp(t * H * y)
        ];
      };
    else {
      var C = Math.sqrt(g), w = (f * f - u * u + o * g) / (2 * u * n * C), v = (f * f - u * u - o * g) / (2 * f * n * C), R = Math.log(Math.sqrt(w * w + 1) - w), Y = Math.log(Math.sqrt(v * v + 1) - v);
      y = (Y - R) / t, x = function(H) {
        var B = H * y, oe = Oi(R), Q = u / (n * C) * (oe * Hu(t * B + R) - Vu(R));
        return [
          a + Q * m,
          l + Q * S,
          u * oe / Oi(t * B + R)
        ];
      };
    }
    return x.duration = y * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(s) {
    var r = Math.max(1e-3, +s), a = r * r, l = a * a;
    return e(r, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var un = 0, gn = 0, pn = 0, or = 1e3, lo, yn, uo = 0, Kt = 0, wo = 0, Cn = typeof performance == "object" && performance.now ? performance : Date, ir = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function mi() {
  return Kt || (ir(Fu), Kt = Cn.now() + wo);
}
function Fu() {
  Kt = 0;
}
function co() {
  this._call = this._time = this._next = null;
}
co.prototype = sr.prototype = {
  constructor: co,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? mi() : +n) + (t == null ? 0 : +t), !this._next && yn !== this && (yn ? yn._next = this : lo = this, yn = this), this._call = e, this._time = n, Zo();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Zo());
  }
};
function sr(e, t, n) {
  var o = new co();
  return o.restart(e, t, n), o;
}
function Yu() {
  mi(), ++un;
  for (var e = lo, t; e; )
    (t = Kt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --un;
}
function Ri() {
  Kt = (uo = Cn.now()) + wo, un = gn = 0;
  try {
    Yu();
  } finally {
    un = 0, qu(), Kt = 0;
  }
}
function Xu() {
  var e = Cn.now(), t = e - uo;
  t > or && (wo -= t, uo = e);
}
function qu() {
  for (var e, t = lo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : lo = n);
  yn = e, Zo(o);
}
function Zo(e) {
  if (!un) {
    gn && (gn = clearTimeout(gn));
    var t = e - Kt;
    t > 24 ? (e < 1 / 0 && (gn = setTimeout(Ri, e - Cn.now() - wo)), pn && (pn = clearInterval(pn))) : (pn || (uo = Cn.now(), pn = setInterval(Xu, or)), un = 1, ir(Ri));
  }
}
function Bi(e, t, n) {
  var o = new co();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Gu = go("start", "end", "cancel", "interrupt"), Uu = [], rr = 0, Li = 1, jo = 2, eo = 3, Vi = 4, Jo = 5, to = 6;
function xo(e, t, n, o, i, s) {
  var r = e.__transition;
  if (!r)
    e.__transition = {};
  else if (n in r)
    return;
  Wu(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Gu,
    tween: Uu,
    time: s.time,
    delay: s.delay,
    duration: s.duration,
    ease: s.ease,
    timer: null,
    state: rr
  });
}
function pi(e, t) {
  var n = ht(e, t);
  if (n.state > rr)
    throw new Error("too late; already scheduled");
  return n;
}
function yt(e, t) {
  var n = ht(e, t);
  if (n.state > eo)
    throw new Error("too late; already running");
  return n;
}
function ht(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Wu(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = sr(s, 0, n.time);
  function s(u) {
    n.state = Li, n.timer.restart(r, n.delay, n.time), n.delay <= u && r(u - n.delay);
  }
  function r(u) {
    var c, d, f, m;
    if (n.state !== Li)
      return l();
    for (c in o)
      if (m = o[c], m.name === n.name) {
        if (m.state === eo)
          return Bi(r);
        m.state === Vi ? (m.state = to, m.timer.stop(), m.on.call("interrupt", e, e.__data__, m.index, m.group), delete o[c]) : +c < t && (m.state = to, m.timer.stop(), m.on.call("cancel", e, e.__data__, m.index, m.group), delete o[c]);
      }
    if (Bi(function() {
      n.state === eo && (n.state = Vi, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = jo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === jo) {
      for (n.state = eo, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (m = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = m);
      i.length = d + 1;
    }
  }
  function a(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Jo, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Jo && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = to, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function no(e, t) {
  var n = e.__transition, o, i, s = !0, r;
  if (n) {
    t = t == null ? null : t + "";
    for (r in n) {
      if ((o = n[r]).name !== t) {
        s = !1;
        continue;
      }
      i = o.state > jo && o.state < Jo, o.state = to, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[r];
    }
    s && delete e.__transition;
  }
}
function Ku(e) {
  return this.each(function() {
    no(this, e);
  });
}
function Zu(e, t) {
  var n, o;
  return function() {
    var i = yt(this, e), s = i.tween;
    if (s !== n) {
      o = n = s;
      for (var r = 0, a = o.length; r < a; ++r)
        if (o[r].name === t) {
          o = o.slice(), o.splice(r, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function ju(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var s = yt(this, e), r = s.tween;
    if (r !== o) {
      i = (o = r).slice();
      for (var a = { name: t, value: n }, l = 0, u = i.length; l < u; ++l)
        if (i[l].name === t) {
          i[l] = a;
          break;
        }
      l === u && i.push(a);
    }
    s.tween = i;
  };
}
function Ju(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = ht(this.node(), n).tween, i = 0, s = o.length, r; i < s; ++i)
      if ((r = o[i]).name === e)
        return r.value;
    return null;
  }
  return this.each((t == null ? Zu : ju)(n, e, t));
}
function vi(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = yt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return ht(i, o).value[t];
  };
}
function ar(e, t) {
  var n;
  return (typeof t == "number" ? pt : t instanceof Wt ? ao : (n = Wt(t)) ? (t = n, ao) : er)(e, t);
}
function Qu(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function ec(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function tc(e, t, n) {
  var o, i = n + "", s;
  return function() {
    var r = this.getAttribute(e);
    return r === i ? null : r === o ? s : s = t(o = r, n);
  };
}
function nc(e, t, n) {
  var o, i = n + "", s;
  return function() {
    var r = this.getAttributeNS(e.space, e.local);
    return r === i ? null : r === o ? s : s = t(o = r, n);
  };
}
function oc(e, t, n) {
  var o, i, s;
  return function() {
    var r, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (r = this.getAttribute(e), l = a + "", r === l ? null : r === o && l === i ? s : (i = l, s = t(o = r, a)));
  };
}
function ic(e, t, n) {
  var o, i, s;
  return function() {
    var r, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (r = this.getAttributeNS(e.space, e.local), l = a + "", r === l ? null : r === o && l === i ? s : (i = l, s = t(o = r, a)));
  };
}
function sc(e, t) {
  var n = yo(e), o = n === "transform" ? Bu : ar;
  return this.attrTween(e, typeof t == "function" ? (n.local ? ic : oc)(n, o, vi(this, "attr." + e, t)) : t == null ? (n.local ? ec : Qu)(n) : (n.local ? nc : tc)(n, o, t));
}
function rc(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function ac(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function lc(e, t) {
  var n, o;
  function i() {
    var s = t.apply(this, arguments);
    return s !== o && (n = (o = s) && ac(e, s)), n;
  }
  return i._value = t, i;
}
function uc(e, t) {
  var n, o;
  function i() {
    var s = t.apply(this, arguments);
    return s !== o && (n = (o = s) && rc(e, s)), n;
  }
  return i._value = t, i;
}
function cc(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = yo(e);
  return this.tween(n, (o.local ? lc : uc)(o, t));
}
function dc(e, t) {
  return function() {
    pi(this, e).delay = +t.apply(this, arguments);
  };
}
function fc(e, t) {
  return t = +t, function() {
    pi(this, e).delay = t;
  };
}
function hc(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? dc : fc)(t, e)) : ht(this.node(), t).delay;
}
function mc(e, t) {
  return function() {
    yt(this, e).duration = +t.apply(this, arguments);
  };
}
function pc(e, t) {
  return t = +t, function() {
    yt(this, e).duration = t;
  };
}
function vc(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? mc : pc)(t, e)) : ht(this.node(), t).duration;
}
function gc(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    yt(this, e).ease = t;
  };
}
function yc(e) {
  var t = this._id;
  return arguments.length ? this.each(gc(t, e)) : ht(this.node(), t).ease;
}
function wc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    yt(this, e).ease = n;
  };
}
function xc(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(wc(this._id, e));
}
function bc(e) {
  typeof e != "function" && (e = Ls(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = [], l, u = 0; u < r; ++u)
      (l = s[u]) && e.call(l, l.__data__, u, s) && a.push(l);
  return new _t(o, this._parents, this._name, this._id);
}
function kc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, s = Math.min(o, i), r = new Array(o), a = 0; a < s; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = r[a] = new Array(c), f, m = 0; m < c; ++m)
      (f = l[m] || u[m]) && (d[m] = f);
  for (; a < o; ++a)
    r[a] = t[a];
  return new _t(r, this._parents, this._name, this._id);
}
function _c(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Sc(e, t, n) {
  var o, i, s = _c(t) ? pi : yt;
  return function() {
    var r = s(this, e), a = r.on;
    a !== o && (i = (o = a).copy()).on(t, n), r.on = i;
  };
}
function $c(e, t) {
  var n = this._id;
  return arguments.length < 2 ? ht(this.node(), n).on.on(e) : this.each(Sc(n, e, t));
}
function Ec(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Nc() {
  return this.on("end.remove", Ec(this._id));
}
function Mc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ci(e));
  for (var o = this._groups, i = o.length, s = new Array(i), r = 0; r < i; ++r)
    for (var a = o[r], l = a.length, u = s[r] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, xo(u[f], t, n, f, u, ht(c, n)));
  return new _t(s, this._parents, t, n);
}
function Cc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Bs(e));
  for (var o = this._groups, i = o.length, s = [], r = [], a = 0; a < i; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), m, S = ht(c, n), g = 0, x = f.length; g < x; ++g)
          (m = f[g]) && xo(m, t, n, g, f, S);
        s.push(f), r.push(c);
      }
  return new _t(s, r, t, n);
}
var Ic = Dn.prototype.constructor;
function Tc() {
  return new Ic(this._groups, this._parents);
}
function Pc(e, t) {
  var n, o, i;
  return function() {
    var s = ln(this, e), r = (this.style.removeProperty(e), ln(this, e));
    return s === r ? null : s === n && r === o ? i : i = t(n = s, o = r);
  };
}
function lr(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function zc(e, t, n) {
  var o, i = n + "", s;
  return function() {
    var r = ln(this, e);
    return r === i ? null : r === o ? s : s = t(o = r, n);
  };
}
function Ac(e, t, n) {
  var o, i, s;
  return function() {
    var r = ln(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), ln(this, e))), r === l ? null : r === o && l === i ? s : (i = l, s = t(o = r, a));
  };
}
function Dc(e, t) {
  var n, o, i, s = "style." + t, r = "end." + s, a;
  return function() {
    var l = yt(this, e), u = l.on, c = l.value[s] == null ? a || (a = lr(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(r, i = c), l.on = o;
  };
}
function Oc(e, t, n) {
  var o = (e += "") == "transform" ? Ru : ar;
  return t == null ? this.styleTween(e, Pc(e, o)).on("end.style." + e, lr(e)) : typeof t == "function" ? this.styleTween(e, Ac(e, o, vi(this, "style." + e, t))).each(Dc(this._id, e)) : this.styleTween(e, zc(e, o, t), n).on("end.style." + e, null);
}
function Rc(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Bc(e, t, n) {
  var o, i;
  function s() {
    var r = t.apply(this, arguments);
    return r !== i && (o = (i = r) && Rc(e, r, n)), o;
  }
  return s._value = t, s;
}
function Lc(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, Bc(e, t, n ?? ""));
}
function Vc(e) {
  return function() {
    this.textContent = e;
  };
}
function Hc(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function Fc(e) {
  return this.tween("text", typeof e == "function" ? Hc(vi(this, "text", e)) : Vc(e == null ? "" : e + ""));
}
function Yc(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function Xc(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Yc(i)), t;
  }
  return o._value = e, o;
}
function qc(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, Xc(e));
}
function Gc() {
  for (var e = this._name, t = this._id, n = ur(), o = this._groups, i = o.length, s = 0; s < i; ++s)
    for (var r = o[s], a = r.length, l, u = 0; u < a; ++u)
      if (l = r[u]) {
        var c = ht(l, t);
        xo(l, e, n, u, r, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new _t(o, this._parents, e, n);
}
function Uc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(s, r) {
    var a = { value: r }, l = { value: function() {
      --i === 0 && s();
    } };
    n.each(function() {
      var u = yt(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), i === 0 && s();
  });
}
var Wc = 0;
function _t(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function ur() {
  return ++Wc;
}
var wt = Dn.prototype;
_t.prototype = {
  constructor: _t,
  select: Mc,
  selectAll: Cc,
  selectChild: wt.selectChild,
  selectChildren: wt.selectChildren,
  filter: bc,
  merge: kc,
  selection: Tc,
  transition: Gc,
  call: wt.call,
  nodes: wt.nodes,
  node: wt.node,
  size: wt.size,
  empty: wt.empty,
  each: wt.each,
  on: $c,
  attr: sc,
  attrTween: cc,
  style: Oc,
  styleTween: Lc,
  text: Fc,
  textTween: qc,
  remove: Nc,
  tween: Ju,
  delay: hc,
  duration: vc,
  ease: yc,
  easeVarying: xc,
  end: Uc,
  [Symbol.iterator]: wt[Symbol.iterator]
};
function Kc(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Zc = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Kc
};
function jc(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Jc(e) {
  var t, n;
  e instanceof _t ? (t = e._id, e = e._name) : (t = ur(), (n = Zc).time = mi(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, s = 0; s < i; ++s)
    for (var r = o[s], a = r.length, l, u = 0; u < a; ++u)
      (l = r[u]) && xo(l, e, t, u, r, n || jc(l, t));
  return new _t(o, this._parents, e, t);
}
Dn.prototype.interrupt = Ku;
Dn.prototype.transition = Jc;
const Yn = (e) => () => e;
function Qc(e, {
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
function kt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
kt.prototype = {
  constructor: kt,
  scale: function(e) {
    return e === 1 ? this : new kt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new kt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var cn = new kt(1, 0, 0);
kt.prototype;
function Do(e) {
  e.stopImmediatePropagation();
}
function vn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function ed(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function td() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Hi() {
  return this.__zoom || cn;
}
function nd(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function od() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function id(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], s = e.invertY(t[0][1]) - n[0][1], r = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    r > s ? (s + r) / 2 : Math.min(0, s) || Math.max(0, r)
  );
}
function sd() {
  var e = ed, t = td, n = id, o = nd, i = od, s = [0, 1 / 0], r = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = Qn, u = go("start", "zoom", "end"), c, d, f, m = 500, S = 150, g = 0, x = 10;
  function y(N) {
    N.property("__zoom", Hi).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", oe).on("dblclick.zoom", Q).filter(i).on("touchstart.zoom", W).on("touchmove.zoom", T).on("touchend.zoom touchcancel.zoom", re).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(N, G, P, j) {
    var L = N.selection ? N.selection() : N;
    L.property("__zoom", Hi), N !== L ? R(N, G, P, j) : L.interrupt().each(function() {
      Y(this, arguments).event(j).start().zoom(null, typeof G == "function" ? G.apply(this, arguments) : G).end();
    });
  }, y.scaleBy = function(N, G, P, j) {
    y.scaleTo(N, function() {
      var L = this.__zoom.k, O = typeof G == "function" ? G.apply(this, arguments) : G;
      return L * O;
    }, P, j);
  }, y.scaleTo = function(N, G, P, j) {
    y.transform(N, function() {
      var L = t.apply(this, arguments), O = this.__zoom, q = P == null ? v(L) : typeof P == "function" ? P.apply(this, arguments) : P, ie = O.invert(q), he = typeof G == "function" ? G.apply(this, arguments) : G;
      return n(w(C(O, he), q, ie), L, r);
    }, P, j);
  }, y.translateBy = function(N, G, P, j) {
    y.transform(N, function() {
      return n(this.__zoom.translate(
        typeof G == "function" ? G.apply(this, arguments) : G,
        typeof P == "function" ? P.apply(this, arguments) : P
      ), t.apply(this, arguments), r);
    }, null, j);
  }, y.translateTo = function(N, G, P, j, L) {
    y.transform(N, function() {
      var O = t.apply(this, arguments), q = this.__zoom, ie = j == null ? v(O) : typeof j == "function" ? j.apply(this, arguments) : j;
      return n(cn.translate(ie[0], ie[1]).scale(q.k).translate(
        typeof G == "function" ? -G.apply(this, arguments) : -G,
        typeof P == "function" ? -P.apply(this, arguments) : -P
      ), O, r);
    }, j, L);
  };
  function C(N, G) {
    return G = Math.max(s[0], Math.min(s[1], G)), G === N.k ? N : new kt(G, N.x, N.y);
  }
  function w(N, G, P) {
    var j = G[0] - P[0] * N.k, L = G[1] - P[1] * N.k;
    return j === N.x && L === N.y ? N : new kt(N.k, j, L);
  }
  function v(N) {
    return [(+N[0][0] + +N[1][0]) / 2, (+N[0][1] + +N[1][1]) / 2];
  }
  function R(N, G, P, j) {
    N.on("start.zoom", function() {
      Y(this, arguments).event(j).start();
    }).on("interrupt.zoom end.zoom", function() {
      Y(this, arguments).event(j).end();
    }).tween("zoom", function() {
      var L = this, O = arguments, q = Y(L, O).event(j), ie = t.apply(L, O), he = P == null ? v(ie) : typeof P == "function" ? P.apply(L, O) : P, we = Math.max(ie[1][0] - ie[0][0], ie[1][1] - ie[0][1]), xe = L.__zoom, ae = typeof G == "function" ? G.apply(L, O) : G, ne = l(xe.invert(he).concat(we / xe.k), ae.invert(he).concat(we / ae.k));
      return function(le) {
        if (le === 1)
          le = ae;
        else {
          var Te = ne(le), Ae = we / Te[2];
          le = new kt(Ae, he[0] - Te[0] * Ae, he[1] - Te[1] * Ae);
        }
        q.zoom(null, le);
      };
    });
  }
  function Y(N, G, P) {
    return !P && N.__zooming || new H(N, G);
  }
  function H(N, G) {
    this.that = N, this.args = G, this.active = 0, this.sourceEvent = null, this.extent = t.apply(N, G), this.taps = 0;
  }
  H.prototype = {
    event: function(N) {
      return N && (this.sourceEvent = N), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(N, G) {
      return this.mouse && N !== "mouse" && (this.mouse[1] = G.invert(this.mouse[0])), this.touch0 && N !== "touch" && (this.touch0[1] = G.invert(this.touch0[0])), this.touch1 && N !== "touch" && (this.touch1[1] = G.invert(this.touch1[0])), this.that.__zoom = G, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(N) {
      var G = dt(this.that).datum();
      u.call(
        N,
        this.that,
        new Qc(N, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: u
        }),
        G
      );
    }
  };
  function B(N, ...G) {
    if (!e.apply(this, arguments))
      return;
    var P = Y(this, G).event(N), j = this.__zoom, L = Math.max(s[0], Math.min(s[1], j.k * Math.pow(2, o.apply(this, arguments)))), O = mt(N);
    if (P.wheel)
      (P.mouse[0][0] !== O[0] || P.mouse[0][1] !== O[1]) && (P.mouse[1] = j.invert(P.mouse[0] = O)), clearTimeout(P.wheel);
    else {
      if (j.k === L)
        return;
      P.mouse = [O, j.invert(O)], no(this), P.start();
    }
    vn(N), P.wheel = setTimeout(q, S), P.zoom("mouse", n(w(C(j, L), P.mouse[0], P.mouse[1]), P.extent, r));
    function q() {
      P.wheel = null, P.end();
    }
  }
  function oe(N, ...G) {
    if (f || !e.apply(this, arguments))
      return;
    var P = N.currentTarget, j = Y(this, G, !0).event(N), L = dt(N.view).on("mousemove.zoom", he, !0).on("mouseup.zoom", we, !0), O = mt(N, P), q = N.clientX, ie = N.clientY;
    Ks(N.view), Do(N), j.mouse = [O, this.__zoom.invert(O)], no(this), j.start();
    function he(xe) {
      if (vn(xe), !j.moved) {
        var ae = xe.clientX - q, ne = xe.clientY - ie;
        j.moved = ae * ae + ne * ne > g;
      }
      j.event(xe).zoom("mouse", n(w(j.that.__zoom, j.mouse[0] = mt(xe, P), j.mouse[1]), j.extent, r));
    }
    function we(xe) {
      L.on("mousemove.zoom mouseup.zoom", null), Zs(xe.view, j.moved), vn(xe), j.event(xe).end();
    }
  }
  function Q(N, ...G) {
    if (e.apply(this, arguments)) {
      var P = this.__zoom, j = mt(N.changedTouches ? N.changedTouches[0] : N, this), L = P.invert(j), O = P.k * (N.shiftKey ? 0.5 : 2), q = n(w(C(P, O), j, L), t.apply(this, G), r);
      vn(N), a > 0 ? dt(this).transition().duration(a).call(R, q, j, N) : dt(this).call(y.transform, q, j, N);
    }
  }
  function W(N, ...G) {
    if (e.apply(this, arguments)) {
      var P = N.touches, j = P.length, L = Y(this, G, N.changedTouches.length === j).event(N), O, q, ie, he;
      for (Do(N), q = 0; q < j; ++q)
        ie = P[q], he = mt(ie, this), he = [he, this.__zoom.invert(he), ie.identifier], L.touch0 ? !L.touch1 && L.touch0[2] !== he[2] && (L.touch1 = he, L.taps = 0) : (L.touch0 = he, O = !0, L.taps = 1 + !!c);
      c && (c = clearTimeout(c)), O && (L.taps < 2 && (d = he[0], c = setTimeout(function() {
        c = null;
      }, m)), no(this), L.start());
    }
  }
  function T(N, ...G) {
    if (this.__zooming) {
      var P = Y(this, G).event(N), j = N.changedTouches, L = j.length, O, q, ie, he;
      for (vn(N), O = 0; O < L; ++O)
        q = j[O], ie = mt(q, this), P.touch0 && P.touch0[2] === q.identifier ? P.touch0[0] = ie : P.touch1 && P.touch1[2] === q.identifier && (P.touch1[0] = ie);
      if (q = P.that.__zoom, P.touch1) {
        var we = P.touch0[0], xe = P.touch0[1], ae = P.touch1[0], ne = P.touch1[1], le = (le = ae[0] - we[0]) * le + (le = ae[1] - we[1]) * le, Te = (Te = ne[0] - xe[0]) * Te + (Te = ne[1] - xe[1]) * Te;
        q = C(q, Math.sqrt(le / Te)), ie = [(we[0] + ae[0]) / 2, (we[1] + ae[1]) / 2], he = [(xe[0] + ne[0]) / 2, (xe[1] + ne[1]) / 2];
      } else if (P.touch0)
        ie = P.touch0[0], he = P.touch0[1];
      else
        return;
      P.zoom("touch", n(w(q, ie, he), P.extent, r));
    }
  }
  function re(N, ...G) {
    if (this.__zooming) {
      var P = Y(this, G).event(N), j = N.changedTouches, L = j.length, O, q;
      for (Do(N), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, m), O = 0; O < L; ++O)
        q = j[O], P.touch0 && P.touch0[2] === q.identifier ? delete P.touch0 : P.touch1 && P.touch1[2] === q.identifier && delete P.touch1;
      if (P.touch1 && !P.touch0 && (P.touch0 = P.touch1, delete P.touch1), P.touch0)
        P.touch0[1] = this.__zoom.invert(P.touch0[0]);
      else if (P.end(), P.taps === 2 && (q = mt(q, this), Math.hypot(d[0] - q[0], d[1] - q[1]) < x)) {
        var ie = dt(this).on("dblclick.zoom");
        ie && ie.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(N) {
    return arguments.length ? (o = typeof N == "function" ? N : Yn(+N), y) : o;
  }, y.filter = function(N) {
    return arguments.length ? (e = typeof N == "function" ? N : Yn(!!N), y) : e;
  }, y.touchable = function(N) {
    return arguments.length ? (i = typeof N == "function" ? N : Yn(!!N), y) : i;
  }, y.extent = function(N) {
    return arguments.length ? (t = typeof N == "function" ? N : Yn([[+N[0][0], +N[0][1]], [+N[1][0], +N[1][1]]]), y) : t;
  }, y.scaleExtent = function(N) {
    return arguments.length ? (s[0] = +N[0], s[1] = +N[1], y) : [s[0], s[1]];
  }, y.translateExtent = function(N) {
    return arguments.length ? (r[0][0] = +N[0][0], r[1][0] = +N[1][0], r[0][1] = +N[0][1], r[1][1] = +N[1][1], y) : [[r[0][0], r[0][1]], [r[1][0], r[1][1]]];
  }, y.constrain = function(N) {
    return arguments.length ? (n = N, y) : n;
  }, y.duration = function(N) {
    return arguments.length ? (a = +N, y) : a;
  }, y.interpolate = function(N) {
    return arguments.length ? (l = N, y) : l;
  }, y.on = function() {
    var N = u.on.apply(u, arguments);
    return N === u ? y : N;
  }, y.clickDistance = function(N) {
    return arguments.length ? (g = (N = +N) * N, y) : Math.sqrt(g);
  }, y.tapDistance = function(N) {
    return arguments.length ? (x = +N, y) : x;
  }, y;
}
var ge = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(ge || {}), gi = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(gi || {}), Ht = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Ht || {}), zt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(zt || {}), Qo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Qo || {}), kn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(kn || {});
const rd = ["INPUT", "SELECT", "TEXTAREA"], ad = typeof document < "u" ? document : null;
function ei(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, s = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return rd.includes(o == null ? void 0 : o.nodeName) || i || !!s;
}
function ld(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Fi(e, t, n, o) {
  const i = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((r) => r.trim().toLowerCase());
  if (i.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const s = i.every(
    (r, a) => n.has(r) && Array.from(n.values())[a] === i[a]
  );
  return o && n.delete(e.toLowerCase()), s;
}
function ud(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = cd(n.code, e);
    return Array.isArray(e) ? e.some((i) => Fi(n[o], i, t, n.type === "keyup")) : Fi(n[o], e, t, n.type === "keyup");
  };
}
function cd(e, t) {
  return t.includes(e) ? "code" : "key";
}
function _n(e, t) {
  const n = te(() => Le(t == null ? void 0 : t.target) ?? ad), o = It(Le(e) === !0);
  let i = !1;
  const s = /* @__PURE__ */ new Set();
  let r = l(Le(e));
  Ie(
    () => Le(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && a(), r = l(u);
    },
    {
      immediate: !0
    }
  ), Os(["blur", "contextmenu"], a), Si(
    (...u) => r(...u),
    (u) => {
      var c, d;
      const f = Le(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, m = Le(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = ld(u), (!i || i && !f) && ei(u))
        return;
      const g = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, x = (g == null ? void 0 : g.nodeName) === "BUTTON" || (g == null ? void 0 : g.nodeName) === "A";
      !m && (i || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), Si(
    (...u) => r(...u),
    (u) => {
      const c = Le(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && ei(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    i = !1, s.clear(), o.value = Le(e) === !0;
  }
  function l(u) {
    return u === null ? (a(), () => !1) : typeof u == "boolean" ? (a(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? ud(u, s) : u;
  }
  return o;
}
const cr = "vue-flow__node-desc", dr = "vue-flow__edge-desc", dd = "vue-flow__aria-live", fr = ["Enter", " ", "Escape"], on = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function fo(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function ho(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function bo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function St(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function hr(e, t) {
  return {
    x: St(e.x, t[0][0], t[1][0]),
    y: St(e.y, t[0][1], t[1][1])
  };
}
function Yi(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function At(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Gt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !At(e);
}
function wn(e) {
  return Gt(e) && "computedPosition" in e;
}
function Xn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function fd(e) {
  return Xn(e.width) && Xn(e.height) && Xn(e.x) && Xn(e.y);
}
function hd(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: ct({
      width: 0,
      height: 0
    }),
    computedPosition: ct({
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
    data: Ze(e.data) ? e.data : {},
    events: ct(Ze(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function mr(e, t, n) {
  var o, i;
  const s = {
    id: e.id.toString(),
    type: e.type ?? (t == null ? void 0 : t.type) ?? "default",
    source: e.source.toString(),
    target: e.target.toString(),
    sourceHandle: (o = e.sourceHandle) == null ? void 0 : o.toString(),
    targetHandle: (i = e.targetHandle) == null ? void 0 : i.toString(),
    updatable: e.updatable ?? (n == null ? void 0 : n.updatable),
    selectable: e.selectable ?? (n == null ? void 0 : n.selectable),
    focusable: e.focusable ?? (n == null ? void 0 : n.focusable),
    data: Ze(e.data) ? e.data : {},
    events: ct(Ze(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? s, e, { id: e.id.toString() });
}
function pr(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, s = /* @__PURE__ */ new Set(), r = o === "source" ? "target" : "source";
  for (const a of n)
    a[r] === i && s.add(a[o]);
  return t.filter((a) => s.has(a.id));
}
function md(...e) {
  if (e.length === 3) {
    const [s, r, a] = e;
    return pr(s, r, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((s) => At(s) && s.source === o).map((s) => n.find((r) => Gt(r) && r.id === s.target));
}
function pd(...e) {
  if (e.length === 3) {
    const [s, r, a] = e;
    return pr(s, r, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((s) => At(s) && s.target === o).map((s) => n.find((r) => Gt(r) && r.id === s.source));
}
function vr({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function vd(e, t) {
  return t.some(
    (n) => At(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function In({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function Tn({ x: e, y: t }, { x: n, y: o, zoom: i }, s = !1, r = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return s ? ko(a, r) : a;
}
function gd(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function gr({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function yd({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function yr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = gd(
      t,
      gr({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return yd(t);
}
function wr(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const s = {
    ...Tn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, r = [];
  for (const a of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = a, d = l.width ?? a.width ?? null, f = l.height ?? a.height ?? null;
    if (i && !u || c)
      continue;
    const m = ho(s, fo(a)), S = d === null || f === null, g = o && m > 0, x = (d ?? 0) * (f ?? 0);
    (S || g || m >= x || a.dragging) && r.push(a);
  }
  return r;
}
function xr(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function en(e, t) {
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
  return Rn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function wd(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = en(e, n), i = en(e, t);
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
    const o = en(e.top ?? e.y ?? 0, n), i = en(e.bottom ?? e.y ?? 0, n), s = en(e.left ?? e.x ?? 0, t), r = en(e.right ?? e.x ?? 0, t);
    return { top: o, right: r, bottom: i, left: s, x: s + r, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function xd(e, t, n, o, i, s) {
  const { x: r, y: a } = In(e, { x: t, y: n, zoom: o }), { x: l, y: u } = In(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - l, d = s - u;
  return {
    left: Math.floor(r),
    top: Math.floor(a),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function Xi(e, t, n, o, i, s = 0.1) {
  const r = wd(s, t, n), a = (t - r.x) / e.width, l = (n - r.y) / e.height, u = Math.min(a, l), c = St(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, m = t / 2 - d * c, S = n / 2 - f * c, g = xd(e, m, S, c, t, n), x = {
    left: Math.min(g.left - r.left, 0),
    top: Math.min(g.top - r.top, 0),
    right: Math.min(g.right - r.right, 0),
    bottom: Math.min(g.bottom - r.bottom, 0)
  };
  return {
    x: m - x.left + x.right,
    y: S - x.top + x.bottom,
    zoom: c
  };
}
function bd(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function br(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : br(n, t) : !1;
}
function Pn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function qi(e) {
  const t = e.ctrlKey && mo() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Gi(e, t, n) {
  return e < t ? St(Math.abs(e - t), 1, t) / t : e > n ? -St(Math.abs(e - n), 1, t) / t : 0;
}
function kr(e, t, n = 15, o = 40) {
  const i = Gi(e.x, o, t.width - o) * n, s = Gi(e.y, o, t.height - o) * n;
  return [i, s];
}
function Oo(e, t) {
  if (t) {
    const n = e.position.x + e.dimensions.width - t.dimensions.width, o = e.position.y + e.dimensions.height - t.dimensions.height;
    if (n > 0 || o > 0 || e.position.x < 0 || e.position.y < 0) {
      let i = {};
      if (typeof t.style == "function" ? i = { ...t.style(t) } : t.style && (i = { ...t.style }), i.width = i.width ?? `${t.dimensions.width}px`, i.height = i.height ?? `${t.dimensions.height}px`, n > 0)
        if (typeof i.width == "string") {
          const s = Number(i.width.replace("px", ""));
          i.width = `${s + n}px`;
        } else
          i.width += n;
      if (o > 0)
        if (typeof i.height == "string") {
          const s = Number(i.height.replace("px", ""));
          i.height = `${s + o}px`;
        } else
          i.height += o;
      if (e.position.x < 0) {
        const s = Math.abs(e.position.x);
        if (t.position.x = t.position.x - s, typeof i.width == "string") {
          const r = Number(i.width.replace("px", ""));
          i.width = `${r + s}px`;
        } else
          i.width += s;
        e.position.x = 0;
      }
      if (e.position.y < 0) {
        const s = Math.abs(e.position.y);
        if (t.position.y = t.position.y - s, typeof i.height == "string") {
          const r = Number(i.height.replace("px", ""));
          i.height = `${r + s}px`;
        } else
          i.height += s;
        e.position.y = 0;
      }
      t.dimensions.width = Number(i.width.toString().replace("px", "")), t.dimensions.height = Number(i.height.toString().replace("px", "")), typeof t.style == "function" ? t.style = (s) => {
        const r = t.style;
        return {
          ...r(s),
          ...i
        };
      } : t.style = {
        ...t.style,
        ...i
      };
    }
  }
}
function Ui(e, t) {
  var n, o;
  const i = e.filter((r) => r.type === "add" || r.type === "remove");
  for (const r of i)
    if (r.type === "add")
      t.findIndex((l) => l.id === r.item.id) === -1 && t.push(r.item);
    else if (r.type === "remove") {
      const a = t.findIndex((l) => l.id === r.id);
      a !== -1 && t.splice(a, 1);
    }
  const s = t.map((r) => r.id);
  for (const r of t)
    for (const a of e)
      if (a.id === r.id)
        switch (a.type) {
          case "select":
            r.selected = a.selected;
            break;
          case "position":
            if (wn(r) && (typeof a.position < "u" && (r.position = a.position), typeof a.dragging < "u" && (r.dragging = a.dragging), r.expandParent && r.parentNode)) {
              const l = t[s.indexOf(r.parentNode)];
              l && wn(l) && Oo(r, l);
            }
            break;
          case "dimensions":
            if (wn(r) && (typeof a.dimensions < "u" && (r.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (r.style = {
              ...r.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (r.resizing = a.resizing), r.expandParent && r.parentNode)) {
              const l = t[s.indexOf(r.parentNode)];
              l && wn(l) && (!!l.dimensions.width && !!l.dimensions.height ? Oo(r, l) : tt(() => {
                Oo(r, l);
              }));
            }
            break;
        }
  return t;
}
function Mt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Wi(e) {
  return {
    item: e,
    type: "add"
  };
}
function Ki(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Zi(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function Ct(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, s] of e) {
    const r = t.has(i);
    !(s.selected === void 0 && !r) && s.selected !== r && (n && (s.selected = r), o.push(Mt(s.id, r)));
  }
  return o;
}
const ji = () => {
};
function me(e) {
  const t = /* @__PURE__ */ new Set();
  let n = ji, o = () => !1;
  const i = () => t.size > 0 || o(), s = (f) => {
    n = f;
  }, r = () => {
    n = ji;
  }, a = (f) => {
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
      return $n(m), { off: m };
    },
    off: u,
    trigger: (f) => {
      const m = [n];
      return i() ? m.push(...t) : e && m.push(e), Promise.allSettled(m.map((S) => S(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: s,
    removeEmitter: r,
    setHasEmitListeners: a,
    removeHasEmitListeners: l
  };
}
function Ji(e, t, n) {
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
function kd(e, t, n, o) {
  var i, s;
  const r = /* @__PURE__ */ new Map();
  for (const [a, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !br(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(a) && r.set(a, {
      id: l.id,
      position: l.position || { x: 0, y: 0 },
      distance: {
        x: n.x - ((i = l.computedPosition) == null ? void 0 : i.x) || 0,
        y: n.y - ((s = l.computedPosition) == null ? void 0 : s.y) || 0
      },
      from: { x: l.computedPosition.x, y: l.computedPosition.y },
      extent: l.extent,
      parentNode: l.parentNode,
      dimensions: { ...l.dimensions },
      expandParent: l.expandParent
    });
  return Array.from(r.values());
}
function Ro({
  id: e,
  dragItems: t,
  findNode: n
}) {
  const o = [];
  for (const i of t) {
    const s = n(i.id);
    s && o.push(s);
  }
  return [e ? o.find((i) => i.id === e) : o[0], o];
}
function _r(e) {
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
function _d(e, t, n) {
  const [o, i, s, r] = typeof e != "string" ? _r(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + r, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - s
    ]
  ] : !1;
}
function Sd(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const s = _d(i, e, o);
      s && (i = s);
    } else
      t(new Je(je.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const s = (o == null ? void 0 : o.computedPosition.x) || 0, r = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + s, i[0][1] + r],
      [i[1][0] + s, i[1][1] + r]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [s, r, a, l] = _r(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i.range[0][0] + u + l, i.range[0][1] + c + s],
      [i.range[1][0] + u - r, i.range[1][1] + c - a]
    ];
  }
  return i === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : i;
}
function $d({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function yi(e, t, n, o, i) {
  const s = $d(e.dimensions, Sd(e, n, o, i)), r = hr(t, s);
  return {
    position: {
      x: r.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: r.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: r
  };
}
function dn(e, t, n = ge.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, s = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: r, height: a } = t ?? Cd(e);
  if (o)
    return { x: i + r / 2, y: s + a / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case ge.Top:
      return { x: i + r / 2, y: s };
    case ge.Right:
      return { x: i + r, y: s + a / 2 };
    case ge.Bottom:
      return { x: i + r / 2, y: s + a };
    case ge.Left:
      return { x: i, y: s + a / 2 };
  }
}
function Qi(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Ed({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: i,
  targetHeight: s,
  width: r,
  height: a,
  viewport: l
}) {
  const u = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + i),
    y2: Math.max(e.y + o, t.y + s)
  };
  u.x === u.x2 && (u.x2 += 1), u.y === u.y2 && (u.y2 += 1);
  const c = gr({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: r / l.zoom,
    height: a / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), f = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * f) > 0;
}
function Nd(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const s = t(e.source), r = t(e.target);
  return !s || !r ? 0 : (n && (i = o ? e.zIndex : Math.max(s.computedPosition.z || 0, r.computedPosition.z || 0)), i);
}
var je = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(je || {});
const es = {
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
class Je extends Error {
  constructor(t, ...n) {
    var o;
    super((o = es[t]) == null ? void 0 : o.call(es, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function wi(e) {
  return "clientX" in e;
}
function Md(e) {
  return "sourceEvent" in e;
}
function vt(e, t) {
  const n = wi(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const mo = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Cd(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function ko(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Id = () => !0;
function Bo(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Td(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const s of t.values())
    ho(i, fo(s)) > 0 && o.push(s);
  return o;
}
const Pd = 250;
function zd(e, t, n, o) {
  var i, s;
  let r = [], a = Number.POSITIVE_INFINITY;
  const l = Td(e, n, t + Pd);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((s = u.handleBounds) == null ? void 0 : s.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: m } = dn(u, d, d.position, !0), S = Math.sqrt((f - e.x) ** 2 + (m - e.y) ** 2);
      S > t || (S < a ? (r = [{ ...d, x: f, y: m }], a = S) : S === a && r.push({ ...d, x: f, y: m }));
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
function ts(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: s,
  doc: r,
  lib: a,
  flowId: l,
  isValidConnection: u = Id
}, c, d, f, m) {
  const S = s === "target", g = t ? r.querySelector(`.${a}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x, y } = vt(e), C = r.elementFromPoint(x, y), w = C != null && C.classList.contains(`${a}-flow__handle`) ? C : g, v = {
    handleDomNode: w,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (w) {
    const R = Sr(void 0, w), Y = w.getAttribute("data-nodeid"), H = w.getAttribute("data-handleid"), B = w.classList.contains("connectable"), oe = w.classList.contains("connectableend");
    if (!Y || !R)
      return v;
    const Q = {
      source: S ? Y : o,
      sourceHandle: S ? H : i,
      target: S ? o : Y,
      targetHandle: S ? i : H
    };
    v.connection = Q;
    const T = B && oe && (n === zt.Strict ? S && R === "source" || !S && R === "target" : Y !== o || H !== i);
    v.isValid = T && u(Q, {
      nodes: d,
      edges: c,
      sourceNode: f(Q.source),
      targetNode: f(Q.target)
    }), v.toHandle = $r(Y, R, H, m, n, !0);
  }
  return v;
}
function Sr(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function Ad(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Dd(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function $r(e, t, n, o, i, s = !1) {
  var r, a, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === zt.Strict ? (r = u.handleBounds) == null ? void 0 : r[t] : [...((a = u.handleBounds) == null ? void 0 : a.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && s ? { ...d, ...dn(u, d, d.position, !0) } : d;
}
const ti = {
  [ge.Left]: ge.Right,
  [ge.Right]: ge.Left,
  [ge.Top]: ge.Bottom,
  [ge.Bottom]: ge.Top
}, Od = ["production", "prod"];
function Rn(e, ...t) {
  Er() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function Er() {
  return !Od.includes("production");
}
function ns(e, t, n, o, i) {
  const s = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return s != null && s.length ? Array.from(s).map((r) => {
    const a = r.getBoundingClientRect();
    return {
      id: r.getAttribute("data-handleid"),
      type: e,
      nodeId: i,
      position: r.getAttribute("data-handlepos"),
      x: (a.left - n.left) / o,
      y: (a.top - n.top) / o,
      ...bo(r)
    };
  }) : null;
}
function ni(e, t, n, o, i, s = !1, r) {
  i.value = !1, e.selected ? (s || e.selected && t) && (o([e]), tt(() => {
    r.blur();
  })) : n([e]);
}
function Ze(e) {
  return typeof F(e) < "u";
}
function Rd(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Je(je.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return At(e) ? i = e : i = {
    ...e,
    id: vr(e)
  }, i = mr(i, void 0, o), vd(i, t) ? !1 : i;
}
function Bd(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Je(je.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Je(je.EDGE_NOT_FOUND, e.id)), !1;
  const { id: s, ...r } = e;
  return {
    ...r,
    id: o ? vr(t) : s,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function os(e, t, n) {
  const o = {}, i = [];
  for (let s = 0; s < e.length; ++s) {
    const r = e[s];
    if (!Gt(r)) {
      n(
        new Je(je.NODE_INVALID, r == null ? void 0 : r.id) || `[ID UNKNOWN|INDEX ${s}]`
      );
      continue;
    }
    const a = hd(r, t(r.id), r.parentNode);
    r.parentNode && (o[r.parentNode] = !0), i[s] = a;
  }
  for (const s of i) {
    const r = t(s.parentNode) || i.find((a) => a.id === s.parentNode);
    s.parentNode && !r && n(new Je(je.NODE_MISSING_PARENT, s.id, s.parentNode)), (s.parentNode || o[s.id]) && (o[s.id] && (s.isParent = !0), r && (r.isParent = !0));
  }
  return i;
}
function is(e, t, n, o, i, s) {
  let r = i;
  const a = o.get(r) || /* @__PURE__ */ new Map();
  o.set(r, a.set(n, t)), r = `${i}-${e}`;
  const l = o.get(r) || /* @__PURE__ */ new Map();
  if (o.set(r, l.set(n, t)), s) {
    r = `${i}-${e}-${s}`;
    const u = o.get(r) || /* @__PURE__ */ new Map();
    o.set(r, u.set(n, t));
  }
}
function Lo(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: s, sourceHandle: r = null, targetHandle: a = null } = o, l = { edgeId: o.id, source: i, target: s, sourceHandle: r, targetHandle: a }, u = `${i}-${r}--${s}-${a}`, c = `${s}-${a}--${i}-${r}`;
    is("source", l, c, e, i, r), is("target", l, u, e, s, a);
  }
}
function ss(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function Vo(e, t, n, o, i, s, r, a) {
  const l = [];
  for (const u of e) {
    const c = At(u) ? u : Rd(u, a, i, s);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new Je(je.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Je(je.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new Je(je.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: a,
      nodes: r,
      sourceNode: d,
      targetNode: f
    })) {
      i(new Je(je.EDGE_INVALID, c.id));
      continue;
    }
    const m = o(c.id);
    l.push({
      ...mr(c, m, s),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const rs = Symbol("vueFlow"), xi = Symbol("nodeId"), Nr = Symbol("nodeRef"), Ld = Symbol("edgeId"), Vd = Symbol("edgeRef"), _o = Symbol("slots");
function Mr(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: i,
    nodeLookup: s,
    nodeExtent: r,
    nodeDragThreshold: a,
    viewport: l,
    autoPanOnNodeDrag: u,
    autoPanSpeed: c,
    nodesDraggable: d,
    panBy: f,
    findNode: m,
    multiSelectionActive: S,
    nodesSelectionActive: g,
    selectNodesOnDrag: x,
    removeSelectedElements: y,
    addSelectedNodes: C,
    updateNodePositions: w,
    emits: v
  } = Xe(), { onStart: R, onDrag: Y, onStop: H, onClick: B, el: oe, disabled: Q, id: W, selectable: T, dragHandle: re } = e, N = It(!1);
  let G = [], P, j = null, L = { x: void 0, y: void 0 }, O = { x: 0, y: 0 }, q = null, ie = !1, he = !1, we = 0, xe = !1;
  const ae = Cr(), ne = ({ x: _e, y: be }) => {
    L = { x: _e, y: be };
    let _ = !1;
    if (G = G.map((k) => {
      const E = { x: _e - k.distance.x, y: be - k.distance.y }, { computedPosition: A } = yi(
        k,
        n.value ? ko(E, o.value) : E,
        v.error,
        r.value,
        k.parentNode ? m(k.parentNode) : void 0
      );
      return _ = _ || k.position.x !== A.x || k.position.y !== A.y, k.position = A, k;
    }), he = he || _, !!_ && (w(G, !0, !0), N.value = !0, q)) {
      const [k, E] = Ro({
        id: W,
        dragItems: G,
        findNode: m
      });
      Y({ event: q, node: k, nodes: E });
    }
  }, le = () => {
    if (!j)
      return;
    const [_e, be] = kr(O, j, c.value);
    if (_e !== 0 || be !== 0) {
      const _ = {
        x: (L.x ?? 0) - _e / l.value.zoom,
        y: (L.y ?? 0) - be / l.value.zoom
      };
      f({ x: _e, y: be }) && ne(_);
    }
    we = requestAnimationFrame(le);
  }, Te = (_e, be) => {
    ie = !0;
    const _ = m(W);
    !x.value && !S.value && _ && (_.selected || y()), _ && Le(T) && x.value && ni(
      _,
      S.value,
      C,
      y,
      g,
      !1,
      be
    );
    const k = ae(_e.sourceEvent);
    if (L = k, G = kd(s.value, d.value, k, W), G.length) {
      const [E, A] = Ro({
        id: W,
        dragItems: G,
        findNode: m
      });
      R({ event: _e.sourceEvent, node: E, nodes: A });
    }
  }, Ae = (_e, be) => {
    var _;
    _e.sourceEvent.type === "touchmove" && _e.sourceEvent.touches.length > 1 || (he = !1, a.value === 0 && Te(_e, be), L = ae(_e.sourceEvent), j = ((_ = t.value) == null ? void 0 : _.getBoundingClientRect()) || null, O = vt(_e.sourceEvent, j));
  }, $e = (_e, be) => {
    const _ = ae(_e.sourceEvent);
    if (!xe && ie && u.value && (xe = !0, le()), !ie) {
      const k = _.xSnapped - (L.x ?? 0), E = _.ySnapped - (L.y ?? 0);
      Math.sqrt(k * k + E * E) > a.value && Te(_e, be);
    }
    (L.x !== _.xSnapped || L.y !== _.ySnapped) && G.length && ie && (q = _e.sourceEvent, O = vt(_e.sourceEvent, j), ne(_));
  }, De = (_e) => {
    let be = !1;
    if (!ie && !N.value && !S.value) {
      const _ = _e.sourceEvent, k = ae(_), E = k.xSnapped - (L.x ?? 0), A = k.ySnapped - (L.y ?? 0), z = Math.sqrt(E * E + A * A);
      z !== 0 && z <= a.value && (B == null || B(_), be = !0);
    }
    if (G.length && !be) {
      he && (w(G, !1, !1), he = !1);
      const [_, k] = Ro({
        id: W,
        dragItems: G,
        findNode: m
      });
      H({ event: _e.sourceEvent, node: _, nodes: k });
    }
    G = [], N.value = !1, xe = !1, ie = !1, L = { x: void 0, y: void 0 }, cancelAnimationFrame(we);
  };
  return Ie([() => Le(Q), oe], ([_e, be], _, k) => {
    if (be) {
      const E = dt(be);
      _e || (P = fu().on("start", (A) => Ae(A, be)).on("drag", (A) => $e(A, be)).on("end", (A) => De(A)).filter((A) => {
        const z = A.target, de = Le(re);
        return !A.button && (!i.value || !Ji(z, `.${i.value}`, be) && (!de || Ji(z, de, be)));
      }), E.call(P)), k(() => {
        E.on(".drag", null), P && (P.on("start", null), P.on("drag", null), P.on("end", null));
      });
    }
  }), N;
}
function Hd() {
  return {
    doubleClick: me(),
    click: me(),
    mouseEnter: me(),
    mouseMove: me(),
    mouseLeave: me(),
    contextMenu: me(),
    updateStart: me(),
    update: me(),
    updateEnd: me()
  };
}
function Fd(e, t) {
  const n = Hd();
  return n.doubleClick.on((o) => {
    var i, s;
    t.edgeDoubleClick(o), (s = (i = e.events) == null ? void 0 : i.doubleClick) == null || s.call(i, o);
  }), n.click.on((o) => {
    var i, s;
    t.edgeClick(o), (s = (i = e.events) == null ? void 0 : i.click) == null || s.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, s;
    t.edgeMouseEnter(o), (s = (i = e.events) == null ? void 0 : i.mouseEnter) == null || s.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, s;
    t.edgeMouseMove(o), (s = (i = e.events) == null ? void 0 : i.mouseMove) == null || s.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, s;
    t.edgeMouseLeave(o), (s = (i = e.events) == null ? void 0 : i.mouseLeave) == null || s.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, s;
    t.edgeContextMenu(o), (s = (i = e.events) == null ? void 0 : i.contextMenu) == null || s.call(i, o);
  }), n.updateStart.on((o) => {
    var i, s;
    t.edgeUpdateStart(o), (s = (i = e.events) == null ? void 0 : i.updateStart) == null || s.call(i, o);
  }), n.update.on((o) => {
    var i, s;
    t.edgeUpdate(o), (s = (i = e.events) == null ? void 0 : i.update) == null || s.call(i, o);
  }), n.updateEnd.on((o) => {
    var i, s;
    t.edgeUpdateEnd(o), (s = (i = e.events) == null ? void 0 : i.updateEnd) == null || s.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, s]) => (o.emit[i] = s.trigger, o.on[i] = s.on, o),
    { emit: {}, on: {} }
  );
}
function Cr() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Xe();
  return (i) => {
    var s;
    const r = ((s = o.value) == null ? void 0 : s.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Md(i) ? i.sourceEvent : i, { x: l, y: u } = vt(a, r), c = Tn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? ko(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function qn() {
  return !0;
}
function Ir({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: i,
  onEdgeUpdate: s,
  onEdgeUpdateEnd: r
}) {
  const {
    id: a,
    vueFlowRef: l,
    connectionMode: u,
    connectionRadius: c,
    connectOnClick: d,
    connectionClickStartHandle: f,
    nodesConnectable: m,
    autoPanOnConnect: S,
    autoPanSpeed: g,
    findNode: x,
    panBy: y,
    startConnection: C,
    updateConnection: w,
    endConnection: v,
    emits: R,
    viewport: Y,
    edges: H,
    nodes: B,
    isValidConnection: oe,
    nodeLookup: Q
  } = Xe();
  let W = null, T = !1, re = null;
  function N(P) {
    var j;
    const L = Le(n) === "target", O = wi(P), q = Yi(P.target), ie = P.currentTarget;
    if (ie && (O && P.button === 0 || !O)) {
      let he = function(ve) {
        _ = vt(ve, De), ne = zd(
          Tn(_, Y.value, !1, [1, 1]),
          c.value,
          Q.value,
          A
        ), k || (E(), k = !0);
        const Ne = ts(
          ve,
          {
            handle: ne,
            connectionMode: u.value,
            fromNodeId: Le(t),
            fromHandleId: Le(e),
            fromType: L ? "target" : "source",
            isValidConnection: ae,
            doc: q,
            lib: "vue",
            flowId: a,
            nodeLookup: Q.value
          },
          H.value,
          B.value,
          x,
          Q.value
        );
        re = Ne.handleDomNode, W = Ne.connection, T = Dd(!!ne, Ne.isValid);
        const ze = {
          // from stays the same
          ...ye,
          isValid: T,
          to: Ne.toHandle && T ? In({ x: Ne.toHandle.x, y: Ne.toHandle.y }, Y.value) : _,
          toHandle: Ne.toHandle,
          toPosition: T && Ne.toHandle ? Ne.toHandle.position : ti[A.position],
          toNode: Ne.toHandle ? Q.value.get(Ne.toHandle.nodeId) : null
        };
        if (T && ne && (ye != null && ye.toHandle) && ze.toHandle && ye.toHandle.type === ze.toHandle.type && ye.toHandle.nodeId === ze.toHandle.nodeId && ye.toHandle.id === ze.toHandle.id && ye.to.x === ze.to.x && ye.to.y === ze.to.y)
          return;
        const Be = ne ?? Ne.toHandle;
        if (w(
          Be && T ? In(
            {
              x: Be.x,
              y: Be.y
            },
            Y.value
          ) : _,
          Be,
          Ad(!!Be, T)
        ), ye = ze, !ne && !T && !re)
          return Bo(be);
        W && W.source !== W.target && re && (Bo(be), be = re, re.classList.add("connecting", "vue-flow__handle-connecting"), re.classList.toggle("valid", !!T), re.classList.toggle("vue-flow__handle-valid", !!T));
      }, we = function(ve) {
        "touches" in ve && ve.touches.length > 0 || ((ne || re) && W && T && (s ? s(ve, W) : R.connect(W)), R.connectEnd(ve), i && (r == null || r(ve)), Bo(be), cancelAnimationFrame(le), v(ve), k = !1, T = !1, W = null, re = null, q.removeEventListener("mousemove", he), q.removeEventListener("mouseup", we), q.removeEventListener("touchmove", he), q.removeEventListener("touchend", we));
      };
      const xe = x(Le(t));
      let ae = Le(o) || oe.value || qn;
      !ae && xe && (ae = (L ? xe.isValidSourcePos : xe.isValidTargetPos) || qn);
      let ne, le = 0;
      const { x: Te, y: Ae } = vt(P), $e = Sr(Le(i), ie), De = (j = l.value) == null ? void 0 : j.getBoundingClientRect();
      if (!De || !$e)
        return;
      const _e = $r(Le(t), $e, Le(e), Q.value, u.value);
      if (!_e)
        return;
      let be, _ = vt(P, De), k = !1;
      const E = () => {
        if (!S.value)
          return;
        const [ve, Ne] = kr(_, De, g.value);
        y({ x: ve, y: Ne }), le = requestAnimationFrame(E);
      }, A = {
        ..._e,
        nodeId: Le(t),
        type: $e,
        position: _e.position
      }, z = Q.value.get(Le(t)), fe = {
        inProgress: !0,
        isValid: null,
        from: dn(z, A, ge.Left, !0),
        fromHandle: A,
        fromPosition: A.position,
        fromNode: z,
        to: _,
        toHandle: null,
        toPosition: ti[A.position],
        toNode: null
      };
      C(
        {
          nodeId: Le(t),
          id: Le(e),
          type: $e,
          position: (ie == null ? void 0 : ie.getAttribute("data-handlepos")) || ge.Top,
          ..._
        },
        {
          x: Te - De.left,
          y: Ae - De.top
        }
      ), R.connectStart({ event: P, nodeId: Le(t), handleId: Le(e), handleType: $e });
      let ye = fe;
      q.addEventListener("mousemove", he), q.addEventListener("mouseup", we), q.addEventListener("touchmove", he), q.addEventListener("touchend", we);
    }
  }
  function G(P) {
    var j, L;
    if (!d.value)
      return;
    const O = Le(n) === "target";
    if (!f.value) {
      R.clickConnectStart({ event: P, nodeId: Le(t), handleId: Le(e) }), C(
        {
          nodeId: Le(t),
          type: Le(n),
          id: Le(e),
          position: ge.Top,
          ...vt(P)
        },
        void 0,
        !0
      );
      return;
    }
    let q = Le(o) || oe.value || qn;
    const ie = x(Le(t));
    if (!q && ie && (q = (O ? ie.isValidSourcePos : ie.isValidTargetPos) || qn), ie && (typeof ie.connectable > "u" ? m.value : ie.connectable) === !1)
      return;
    const he = Yi(P.target), we = ts(
      P,
      {
        handle: {
          nodeId: Le(t),
          id: Le(e),
          type: Le(n),
          position: ge.Top,
          ...vt(P)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: q,
        doc: he,
        lib: "vue",
        flowId: a,
        nodeLookup: Q.value
      },
      H.value,
      B.value,
      x,
      Q.value
    ), xe = ((j = we.connection) == null ? void 0 : j.source) === ((L = we.connection) == null ? void 0 : L.target);
    we.isValid && we.connection && !xe && R.connect(we.connection), R.clickConnectEnd(P), v(P, !0);
  }
  return {
    handlePointerDown: N,
    handleClick: G
  };
}
function Yd() {
  return Dt(xi, "");
}
function Tr(e) {
  const t = e ?? Yd() ?? "", n = Dt(Nr, Se(null)), { findNode: o, edges: i, emits: s } = Xe(), r = o(t);
  return r || s.error(new Je(je.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: r,
    parentNode: te(() => o(r.parentNode)),
    connectedEdges: te(() => xr([r], i.value))
  };
}
function Xd() {
  return {
    doubleClick: me(),
    click: me(),
    mouseEnter: me(),
    mouseMove: me(),
    mouseLeave: me(),
    contextMenu: me(),
    dragStart: me(),
    drag: me(),
    dragStop: me()
  };
}
function qd(e, t) {
  const n = Xd();
  return n.doubleClick.on((o) => {
    var i, s;
    t.nodeDoubleClick(o), (s = (i = e.events) == null ? void 0 : i.doubleClick) == null || s.call(i, o);
  }), n.click.on((o) => {
    var i, s;
    t.nodeClick(o), (s = (i = e.events) == null ? void 0 : i.click) == null || s.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, s;
    t.nodeMouseEnter(o), (s = (i = e.events) == null ? void 0 : i.mouseEnter) == null || s.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, s;
    t.nodeMouseMove(o), (s = (i = e.events) == null ? void 0 : i.mouseMove) == null || s.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, s;
    t.nodeMouseLeave(o), (s = (i = e.events) == null ? void 0 : i.mouseLeave) == null || s.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, s;
    t.nodeContextMenu(o), (s = (i = e.events) == null ? void 0 : i.contextMenu) == null || s.call(i, o);
  }), n.dragStart.on((o) => {
    var i, s;
    t.nodeDragStart(o), (s = (i = e.events) == null ? void 0 : i.dragStart) == null || s.call(i, o);
  }), n.drag.on((o) => {
    var i, s;
    t.nodeDrag(o), (s = (i = e.events) == null ? void 0 : i.drag) == null || s.call(i, o);
  }), n.dragStop.on((o) => {
    var i, s;
    t.nodeDragStop(o), (s = (i = e.events) == null ? void 0 : i.dragStop) == null || s.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, s]) => (o.emit[i] = s.trigger, o.on[i] = s.on, o),
    { emit: {}, on: {} }
  );
}
function Pr() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: s, nodesDraggable: r, emits: a } = Xe();
  return (l, u = !1) => {
    const c = s.value ? i.value[0] : 5, d = s.value ? i.value[1] : 5, f = u ? 4 : 1, m = l.x * c * f, S = l.y * d * f, g = [];
    for (const x of e.value)
      if (x.draggable || r && typeof x.draggable > "u") {
        const y = { x: x.computedPosition.x + m, y: x.computedPosition.y + S }, { position: C } = yi(
          x,
          y,
          a.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        g.push({
          id: x.id,
          position: C,
          from: x.position,
          distance: { x: l.x, y: l.y },
          dimensions: x.dimensions
        });
      }
    n(g, !0, !1);
  };
}
const Gn = 0.1, Gd = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function Nt() {
  return Rn("Viewport not initialized yet."), Promise.resolve(!1);
}
const Ud = {
  zoomIn: Nt,
  zoomOut: Nt,
  zoomTo: Nt,
  fitView: Nt,
  setCenter: Nt,
  fitBounds: Nt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: Nt,
  setTransform: Nt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function Wd(e) {
  function t(o, i) {
    return new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? bn : Qn).scaleBy(
        Ho(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          s(!0);
        }),
        o
      ) : s(!1);
    });
  }
  function n(o, i, s, r) {
    return new Promise((a) => {
      var l;
      const { x: u, y: c } = hr({ x: -o, y: -i }, e.translateExtent), d = cn.translate(-u, -c).scale(s);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? bn : Qn).transform(
        Ho(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
          a(!0);
        }),
        d
      ) : a(!1);
    });
  }
  return te(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, s) => new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((s == null ? void 0 : s.interpolate) === "linear" ? bn : Qn).scaleTo(
        Ho(e.d3Selection, s == null ? void 0 : s.duration, s == null ? void 0 : s.ease, () => {
          r(!0);
        }),
        i
      ) : r(!1);
    }),
    setViewport: (i, s) => n(i.x, i.y, i.zoom, s),
    setTransform: (i, s) => n(i.x, i.y, i.zoom, s),
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
      padding: Gn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var s, r;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !f.hidden) && (!((s = i.nodes) != null && s.length) || (r = i.nodes) != null && r.length && i.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const l = yr(a), { x: u, y: c, zoom: d } = Xi(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Gn
      );
      return n(u, c, d, i);
    },
    setCenter: (i, s, r) => {
      const a = typeof (r == null ? void 0 : r.zoom) < "u" ? r.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * a, u = e.dimensions.height / 2 - s * a;
      return n(l, u, a, r);
    },
    fitBounds: (i, s = { padding: Gn }) => {
      const { x: r, y: a, zoom: l } = Xi(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        s.padding ?? Gn
      );
      return n(r, a, l, s);
    },
    project: (i) => Tn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: s, y: r } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - s,
          y: i.y - r
        };
        return Tn(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: s, y: r } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + s,
          y: i.y + r
        };
        return In(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : Ud);
}
function Ho(e, t = 0, n = Gd, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Kd(e, t, n) {
  const o = Ts(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let g, x, y = !!(n.nodes.value.length || n.edges.value.length);
        g = Qt([e.modelValue, () => {
          var C, w;
          return (w = (C = e.modelValue) == null ? void 0 : C.value) == null ? void 0 : w.length;
        }], ([C]) => {
          C && Array.isArray(C) && (x == null || x.pause(), n.setElements(C), !x && !y && C.length ? y = !0 : x == null || x.resume());
        }), x = Qt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([C, w]) => {
            var v;
            (v = e.modelValue) != null && v.value && Array.isArray(e.modelValue.value) && (g == null || g.pause(), e.modelValue.value = [...C, ...w], tt(() => {
              g == null || g.resume();
            }));
          },
          { immediate: y }
        ), jn(() => {
          g == null || g.stop(), x == null || x.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let g, x, y = !!n.nodes.value.length;
        g = Qt([e.nodes, () => {
          var C, w;
          return (w = (C = e.nodes) == null ? void 0 : C.value) == null ? void 0 : w.length;
        }], ([C]) => {
          C && Array.isArray(C) && (x == null || x.pause(), n.setNodes(C), !x && !y && C.length ? y = !0 : x == null || x.resume());
        }), x = Qt(
          [n.nodes, () => n.nodes.value.length],
          ([C]) => {
            var w;
            (w = e.nodes) != null && w.value && Array.isArray(e.nodes.value) && (g == null || g.pause(), e.nodes.value = [...C], tt(() => {
              g == null || g.resume();
            }));
          },
          { immediate: y }
        ), jn(() => {
          g == null || g.stop(), x == null || x.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let g, x, y = !!n.edges.value.length;
        g = Qt([e.edges, () => {
          var C, w;
          return (w = (C = e.edges) == null ? void 0 : C.value) == null ? void 0 : w.length;
        }], ([C]) => {
          C && Array.isArray(C) && (x == null || x.pause(), n.setEdges(C), !x && !y && C.length ? y = !0 : x == null || x.resume());
        }), x = Qt(
          [n.edges, () => n.edges.value.length],
          ([C]) => {
            var w;
            (w = e.edges) != null && w.value && Array.isArray(e.edges.value) && (g == null || g.pause(), e.edges.value = [...C], tt(() => {
              g == null || g.resume();
            }));
          },
          { immediate: y }
        ), jn(() => {
          g == null || g.stop(), x == null || x.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        Ie(
          () => t.maxZoom,
          () => {
            t.maxZoom && Ze(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        Ie(
          () => t.minZoom,
          () => {
            t.minZoom && Ze(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        Ie(
          () => t.translateExtent,
          () => {
            t.translateExtent && Ze(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        Ie(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && Ze(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        Ie(
          () => t.applyDefault,
          () => {
            Ze(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const g = async (x) => {
          let y = x;
          typeof t.autoConnect == "function" && (y = await t.autoConnect(x)), y !== !1 && n.addEdges([y]);
        };
        Ie(
          () => t.autoConnect,
          () => {
            Ze(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), Ie(
          n.autoConnect,
          (x, y, C) => {
            x ? n.onConnect(g) : n.hooks.value.connect.off(g), C(() => {
              n.hooks.value.connect.off(g);
            });
          },
          { immediate: !0 }
        );
      });
    }, m = () => {
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
      for (const x of Object.keys(t)) {
        const y = x;
        if (!g.includes(y)) {
          const C = qe(() => t[y]), w = n[y];
          li(w) && o.run(() => {
            Ie(
              C,
              (v) => {
                Ze(v) && (w.value = v);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), s(), r(), l(), a(), u(), c(), d(), f(), m();
    })();
  }), () => o.stop();
}
function Zd() {
  return {
    edgesChange: me(),
    nodesChange: me(),
    nodeDoubleClick: me(),
    nodeClick: me(),
    nodeMouseEnter: me(),
    nodeMouseMove: me(),
    nodeMouseLeave: me(),
    nodeContextMenu: me(),
    nodeDragStart: me(),
    nodeDrag: me(),
    nodeDragStop: me(),
    nodesInitialized: me(),
    miniMapNodeClick: me(),
    miniMapNodeDoubleClick: me(),
    miniMapNodeMouseEnter: me(),
    miniMapNodeMouseMove: me(),
    miniMapNodeMouseLeave: me(),
    connect: me(),
    connectStart: me(),
    connectEnd: me(),
    clickConnectStart: me(),
    clickConnectEnd: me(),
    paneReady: me(),
    init: me(),
    move: me(),
    moveStart: me(),
    moveEnd: me(),
    selectionDragStart: me(),
    selectionDrag: me(),
    selectionDragStop: me(),
    selectionContextMenu: me(),
    selectionStart: me(),
    selectionEnd: me(),
    viewportChangeStart: me(),
    viewportChange: me(),
    viewportChangeEnd: me(),
    paneScroll: me(),
    paneClick: me(),
    paneContextMenu: me(),
    paneMouseEnter: me(),
    paneMouseMove: me(),
    paneMouseLeave: me(),
    edgeContextMenu: me(),
    edgeMouseEnter: me(),
    edgeMouseMove: me(),
    edgeMouseLeave: me(),
    edgeDoubleClick: me(),
    edgeClick: me(),
    edgeUpdateStart: me(),
    edgeUpdate: me(),
    edgeUpdateEnd: me(),
    updateNodeInternals: me(),
    error: me((e) => Rn(e.message))
  };
}
function jd(e, t) {
  const n = fn();
  oa(() => {
    for (const [i, s] of Object.entries(t.value)) {
      const r = (a) => {
        e(i, a);
      };
      s.setEmitter(r), $n(s.removeEmitter), s.setHasEmitListeners(() => o(i)), $n(s.removeHasEmitListeners);
    }
  });
  function o(i) {
    var s;
    const r = Jd(i);
    return !!((s = n == null ? void 0 : n.vnode.props) == null ? void 0 : s[r]);
  }
}
function Jd(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, s) => s.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function zr() {
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
    selectionMode: gi.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: kn.Free,
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
      type: Ht.Bezier,
      style: {}
    },
    connectionMode: zt.Loose,
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
    multiSelectionKeyCode: mo() ? "Meta" : "Control",
    zoomActivationKeyCode: mo() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: Zd(),
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
const Qd = [
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
function ef(e, t, n) {
  const o = Wd(e), i = (_) => {
    const k = _ ?? [];
    e.hooks.updateNodeInternals.trigger(k);
  }, s = (_) => pd(_, e.nodes, e.edges), r = (_) => md(_, e.nodes, e.edges), a = (_) => xr(_, e.edges), l = ({ id: _, type: k, nodeId: E }) => {
    var A;
    const z = _ ? `-${k}-${_}` : `-${k}`;
    return Array.from(((A = e.connectionLookup.get(`${E}${z}`)) == null ? void 0 : A.values()) ?? []);
  }, u = (_) => {
    if (_)
      return t.value.get(_);
  }, c = (_) => {
    if (_)
      return n.value.get(_);
  }, d = (_, k, E) => {
    var A, z;
    const de = [];
    for (const fe of _) {
      const ye = {
        id: fe.id,
        type: "position",
        dragging: E,
        from: fe.from
      };
      if (k && (ye.position = fe.position, fe.parentNode)) {
        const ve = u(fe.parentNode);
        ye.position = {
          x: ye.position.x - (((A = ve == null ? void 0 : ve.computedPosition) == null ? void 0 : A.x) ?? 0),
          y: ye.position.y - (((z = ve == null ? void 0 : ve.computedPosition) == null ? void 0 : z.y) ?? 0)
        };
      }
      de.push(ye);
    }
    de != null && de.length && e.hooks.nodesChange.trigger(de);
  }, f = (_) => {
    if (!e.vueFlowRef)
      return;
    const k = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!k)
      return;
    const E = window.getComputedStyle(k), { m22: A } = new window.DOMMatrixReadOnly(E.transform), z = [];
    for (const de of _) {
      const fe = de, ye = u(fe.id);
      if (ye) {
        const ve = bo(fe.nodeElement);
        if (!!(ve.width && ve.height && (ye.dimensions.width !== ve.width || ye.dimensions.height !== ve.height || fe.forceUpdate))) {
          const ze = fe.nodeElement.getBoundingClientRect();
          ye.dimensions = ve, ye.handleBounds.source = ns("source", fe.nodeElement, ze, A, ye.id), ye.handleBounds.target = ns("target", fe.nodeElement, ze, A, ye.id), z.push({
            id: ye.id,
            type: "dimensions",
            dimensions: ve
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), z.length && e.hooks.nodesChange.trigger(z);
  }, m = (_, k) => {
    const E = /* @__PURE__ */ new Set(), A = /* @__PURE__ */ new Set();
    for (const fe of _)
      Gt(fe) ? E.add(fe.id) : At(fe) && A.add(fe.id);
    const z = Ct(t.value, E, !0), de = Ct(n.value, A);
    if (e.multiSelectionActive) {
      for (const fe of E)
        z.push(Mt(fe, k));
      for (const fe of A)
        de.push(Mt(fe, k));
    }
    z.length && e.hooks.nodesChange.trigger(z), de.length && e.hooks.edgesChange.trigger(de);
  }, S = (_) => {
    if (e.multiSelectionActive) {
      const k = _.map((E) => Mt(E.id, !0));
      e.hooks.nodesChange.trigger(k);
      return;
    }
    e.hooks.nodesChange.trigger(Ct(t.value, new Set(_.map((k) => k.id)), !0)), e.hooks.edgesChange.trigger(Ct(n.value));
  }, g = (_) => {
    if (e.multiSelectionActive) {
      const k = _.map((E) => Mt(E.id, !0));
      e.hooks.edgesChange.trigger(k);
      return;
    }
    e.hooks.edgesChange.trigger(Ct(n.value, new Set(_.map((k) => k.id)))), e.hooks.nodesChange.trigger(Ct(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (_) => {
    m(_, !0);
  }, y = (_) => {
    const E = (_ || e.nodes).map((A) => (A.selected = !1, Mt(A.id, !1)));
    e.hooks.nodesChange.trigger(E);
  }, C = (_) => {
    const E = (_ || e.edges).map((A) => (A.selected = !1, Mt(A.id, !1)));
    e.hooks.edgesChange.trigger(E);
  }, w = (_) => {
    if (!_ || !_.length)
      return m([], !1);
    const k = _.reduce(
      (E, A) => {
        const z = Mt(A.id, !1);
        return Gt(A) ? E.nodes.push(z) : E.edges.push(z), E;
      },
      { nodes: [], edges: [] }
    );
    k.nodes.length && e.hooks.nodesChange.trigger(k.nodes), k.edges.length && e.hooks.edgesChange.trigger(k.edges);
  }, v = (_) => {
    var k;
    (k = e.d3Zoom) == null || k.scaleExtent([_, e.maxZoom]), e.minZoom = _;
  }, R = (_) => {
    var k;
    (k = e.d3Zoom) == null || k.scaleExtent([e.minZoom, _]), e.maxZoom = _;
  }, Y = (_) => {
    var k;
    (k = e.d3Zoom) == null || k.translateExtent(_), e.translateExtent = _;
  }, H = (_) => {
    e.nodeExtent = _, i();
  }, B = (_) => {
    var k;
    (k = e.d3Zoom) == null || k.clickDistance(_);
  }, oe = (_) => {
    e.nodesDraggable = _, e.nodesConnectable = _, e.elementsSelectable = _;
  }, Q = (_) => {
    const k = _ instanceof Function ? _(e.nodes) : _;
    !e.initialized && !k.length || (e.nodes = os(k, u, e.hooks.error.trigger));
  }, W = (_) => {
    const k = _ instanceof Function ? _(e.edges) : _;
    if (!e.initialized && !k.length)
      return;
    const E = Vo(
      k,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Lo(e.connectionLookup, n.value, E), e.edges = E;
  }, T = (_) => {
    const k = _ instanceof Function ? _([...e.nodes, ...e.edges]) : _;
    !e.initialized && !k.length || (Q(k.filter(Gt)), W(k.filter(At)));
  }, re = (_) => {
    let k = _ instanceof Function ? _(e.nodes) : _;
    k = Array.isArray(k) ? k : [k];
    const E = os(k, u, e.hooks.error.trigger), A = [];
    for (const z of E)
      A.push(Wi(z));
    A.length && e.hooks.nodesChange.trigger(A);
  }, N = (_) => {
    let k = _ instanceof Function ? _(e.edges) : _;
    k = Array.isArray(k) ? k : [k];
    const E = Vo(
      k,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), A = [];
    for (const z of E)
      A.push(Wi(z));
    A.length && e.hooks.edgesChange.trigger(A);
  }, G = (_, k = !0, E = !1) => {
    const A = _ instanceof Function ? _(e.nodes) : _, z = Array.isArray(A) ? A : [A], de = [], fe = [];
    function ye(Ne) {
      const ze = a(Ne);
      for (const Be of ze)
        (!Ze(Be.deletable) || Be.deletable) && fe.push(Zi(Be.id, Be.source, Be.target, Be.sourceHandle, Be.targetHandle));
    }
    function ve(Ne) {
      const ze = [];
      for (const Be of e.nodes)
        Be.parentNode === Ne && ze.push(Be);
      if (ze.length) {
        for (const Be of ze)
          de.push(Ki(Be.id));
        k && ye(ze);
        for (const Be of ze)
          ve(Be.id);
      }
    }
    for (const Ne of z) {
      const ze = typeof Ne == "string" ? u(Ne) : Ne;
      ze && (Ze(ze.deletable) && !ze.deletable || (de.push(Ki(ze.id)), k && ye([ze]), E && ve(ze.id)));
    }
    fe.length && e.hooks.edgesChange.trigger(fe), de.length && e.hooks.nodesChange.trigger(de);
  }, P = (_) => {
    const k = _ instanceof Function ? _(e.edges) : _, E = Array.isArray(k) ? k : [k], A = [];
    for (const z of E) {
      const de = typeof z == "string" ? c(z) : z;
      de && (Ze(de.deletable) && !de.deletable || A.push(
        Zi(
          typeof z == "string" ? z : z.id,
          de.source,
          de.target,
          de.sourceHandle,
          de.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(A);
  }, j = (_, k, E = !0) => {
    const A = c(_.id);
    if (!A)
      return !1;
    const z = e.edges.indexOf(A), de = Bd(_, k, A, E, e.hooks.error.trigger);
    if (de) {
      const [fe] = Vo(
        [de],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ye, ve) => ve === z ? fe : ye), Lo(e.connectionLookup, n.value, [fe]), fe;
    }
    return !1;
  }, L = (_, k, E = { replace: !1 }) => {
    const A = c(_);
    if (!A)
      return;
    const z = typeof k == "function" ? k(A) : k;
    A.data = E.replace ? z : { ...A.data, ...z };
  }, O = (_) => Ui(_, e.nodes), q = (_) => {
    const k = Ui(_, e.edges);
    return Lo(e.connectionLookup, n.value, k), k;
  }, ie = (_, k, E = { replace: !1 }) => {
    const A = u(_);
    if (!A)
      return;
    const z = typeof k == "function" ? k(A) : k;
    E.replace ? e.nodes.splice(e.nodes.indexOf(A), 1, z) : Object.assign(A, z);
  }, he = (_, k, E = { replace: !1 }) => {
    const A = u(_);
    if (!A)
      return;
    const z = typeof k == "function" ? k(A) : k;
    A.data = E.replace ? z : { ...A.data, ...z };
  }, we = (_, k, E = !1) => {
    E ? e.connectionClickStartHandle = _ : e.connectionStartHandle = _, e.connectionEndHandle = null, e.connectionStatus = null, k && (e.connectionPosition = k);
  }, xe = (_, k = null, E = null) => {
    e.connectionStartHandle && (e.connectionPosition = _, e.connectionEndHandle = k, e.connectionStatus = E);
  }, ae = (_, k) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, k ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, ne = (_) => {
    const k = fd(_), E = k ? null : wn(_) ? _ : u(_.id);
    return !k && !E ? [null, null, k] : [k ? _ : fo(E), E, k];
  }, le = (_, k = !0, E = e.nodes) => {
    const [A, z, de] = ne(_);
    if (!A)
      return [];
    const fe = [];
    for (const ye of E || e.nodes) {
      if (!de && (ye.id === z.id || !ye.computedPosition))
        continue;
      const ve = fo(ye), Ne = ho(ve, A);
      (k && Ne > 0 || Ne >= ve.width * ve.height || Ne >= Number(A.width) * Number(A.height)) && fe.push(ye);
    }
    return fe;
  }, Te = (_, k, E = !0) => {
    const [A] = ne(_);
    if (!A)
      return !1;
    const z = ho(A, k);
    return E && z > 0 || z >= Number(A.width) * Number(A.height);
  }, Ae = (_) => {
    const { viewport: k, dimensions: E, d3Zoom: A, d3Selection: z, translateExtent: de } = e;
    if (!A || !z || !_.x && !_.y)
      return !1;
    const fe = cn.translate(k.x + _.x, k.y + _.y).scale(k.zoom), ye = [
      [0, 0],
      [E.width, E.height]
    ], ve = A.constrain()(fe, ye, de), Ne = e.viewport.x !== ve.x || e.viewport.y !== ve.y || e.viewport.zoom !== ve.k;
    return A.transform(z, ve), Ne;
  }, $e = (_) => {
    const k = _ instanceof Function ? _(e) : _, E = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Ze(k.defaultEdgeOptions) && (e.defaultEdgeOptions = k.defaultEdgeOptions);
    const A = k.modelValue || k.nodes || k.edges ? [] : void 0;
    A && (k.modelValue && A.push(...k.modelValue), k.nodes && A.push(...k.nodes), k.edges && A.push(...k.edges), T(A));
    const z = () => {
      Ze(k.maxZoom) && R(k.maxZoom), Ze(k.minZoom) && v(k.minZoom), Ze(k.translateExtent) && Y(k.translateExtent);
    };
    for (const de of Object.keys(k)) {
      const fe = de, ye = k[fe];
      ![...Qd, ...E].includes(fe) && Ze(ye) && (e[fe] = ye);
    }
    Xo(() => e.d3Zoom).not.toBeNull().then(z), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: T,
    setNodes: Q,
    setEdges: W,
    addNodes: re,
    addEdges: N,
    removeNodes: G,
    removeEdges: P,
    findNode: u,
    findEdge: c,
    updateEdge: j,
    updateEdgeData: L,
    updateNode: ie,
    updateNodeData: he,
    applyEdgeChanges: q,
    applyNodeChanges: O,
    addSelectedElements: x,
    addSelectedNodes: S,
    addSelectedEdges: g,
    setMinZoom: v,
    setMaxZoom: R,
    setTranslateExtent: Y,
    setNodeExtent: H,
    setPaneClickDistance: B,
    removeSelectedElements: w,
    removeSelectedNodes: y,
    removeSelectedEdges: C,
    startConnection: we,
    updateConnection: xe,
    endConnection: ae,
    setInteractive: oe,
    setState: $e,
    getIntersectingNodes: le,
    getIncomers: s,
    getOutgoers: r,
    getConnectedEdges: a,
    getHandleConnections: l,
    isNodeIntersecting: Te,
    panBy: Ae,
    fitView: (_) => o.value.fitView(_),
    zoomIn: (_) => o.value.zoomIn(_),
    zoomOut: (_) => o.value.zoomOut(_),
    zoomTo: (_, k) => o.value.zoomTo(_, k),
    setViewport: (_, k) => o.value.setViewport(_, k),
    setTransform: (_, k) => o.value.setTransform(_, k),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (_, k, E) => o.value.setCenter(_, k, E),
    fitBounds: (_, k) => o.value.fitBounds(_, k),
    project: (_) => o.value.project(_),
    screenToFlowCoordinate: (_) => o.value.screenToFlowCoordinate(_),
    flowToScreenCoordinate: (_) => o.value.flowToScreenCoordinate(_),
    toObject: () => {
      const _ = [], k = [];
      for (const E of e.nodes) {
        const {
          computedPosition: A,
          handleBounds: z,
          selected: de,
          dimensions: fe,
          isParent: ye,
          resizing: ve,
          dragging: Ne,
          events: ze,
          ...Be
        } = E;
        _.push(Be);
      }
      for (const E of e.edges) {
        const { selected: A, sourceNode: z, targetNode: de, events: fe, ...ye } = E;
        k.push(ye);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: _,
          edges: k,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (_) => new Promise((k) => {
      const { nodes: E, edges: A, position: z, zoom: de, viewport: fe } = _;
      E && Q(E), A && W(A);
      const [ye, ve] = fe != null && fe.x && (fe != null && fe.y) ? [fe.x, fe.y] : z ?? [null, null];
      if (ye && ve) {
        const Ne = (fe == null ? void 0 : fe.zoom) || de || e.viewport.zoom;
        return Xo(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ye,
            y: ve,
            zoom: Ne
          }).then(() => {
            k(!0);
          });
        });
      } else
        k(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const _ = zr();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const k = cn.translate(_.defaultViewport.x ?? 0, _.defaultViewport.y ?? 0).scale(St(_.defaultViewport.zoom ?? 1, _.minZoom, _.maxZoom)), E = e.viewportRef.getBoundingClientRect(), A = [
          [0, 0],
          [E.width, E.height]
        ], z = e.d3Zoom.constrain()(k, A, _.translateExtent);
        e.d3Zoom.transform(e.d3Selection, z);
      }
      $e(_);
    },
    $destroy: () => {
    }
  };
}
const tf = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], nf = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, Tt = /* @__PURE__ */ Ue({
  ...nf,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => ge.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = aa(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = qe(() => n.type ?? "source"), i = qe(() => n.isValidConnection ?? null), {
      id: s,
      connectionStartHandle: r,
      connectionClickStartHandle: a,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Xe(), { id: m, node: S, nodeEl: g, connectedEdges: x } = Tr(), y = Se(), C = qe(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), w = qe(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), v = qe(
      () => {
        var W, T, re, N, G, P;
        return ((W = r.value) == null ? void 0 : W.nodeId) === m && ((T = r.value) == null ? void 0 : T.id) === e.id && ((re = r.value) == null ? void 0 : re.type) === o.value || ((N = l.value) == null ? void 0 : N.nodeId) === m && ((G = l.value) == null ? void 0 : G.id) === e.id && ((P = l.value) == null ? void 0 : P.type) === o.value;
      }
    ), R = qe(
      () => {
        var W, T, re;
        return ((W = a.value) == null ? void 0 : W.nodeId) === m && ((T = a.value) == null ? void 0 : T.id) === e.id && ((re = a.value) == null ? void 0 : re.type) === o.value;
      }
    ), { handlePointerDown: Y, handleClick: H } = Ir({
      nodeId: m,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), B = te(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((W) => {
      const T = W[`${o.value}Handle`];
      return W[o.value] !== m ? !1 : T ? T === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((W) => {
      const T = W[`${o.value}Handle`];
      return W[o.value] !== m ? !1 : T ? T === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(S, x.value) : Ze(e.connectable) ? e.connectable : c.value);
    rt(() => {
      var W;
      if (!S.dimensions.width || !S.dimensions.height)
        return;
      const T = (W = S.handleBounds[o.value]) == null ? void 0 : W.find((O) => O.id === e.id);
      if (!u.value || T)
        return;
      const re = u.value.querySelector(".vue-flow__transformationpane");
      if (!g.value || !y.value || !re || !e.id)
        return;
      const N = g.value.getBoundingClientRect(), G = y.value.getBoundingClientRect(), P = window.getComputedStyle(re), { m22: j } = new window.DOMMatrixReadOnly(P.transform), L = {
        id: e.id,
        position: e.position,
        x: (G.left - N.left) / j,
        y: (G.top - N.top) / j,
        type: o.value,
        nodeId: m,
        ...bo(y.value)
      };
      S.handleBounds[o.value] = [...S.handleBounds[o.value] ?? [], L];
    });
    function oe(W) {
      const T = wi(W);
      B.value && C.value && (T && W.button === 0 || !T) && Y(W);
    }
    function Q(W) {
      !m || !a.value && !C.value || B.value && H(W);
    }
    return t({
      handleClick: H,
      handlePointerDown: Y,
      onClick: Q,
      onPointerDown: oe
    }), (W, T) => (I(), D("div", {
      ref_key: "handle",
      ref: y,
      "data-id": `${F(s)}-${F(m)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": F(m),
      "data-handlepos": W.position,
      class: He(["vue-flow__handle", [
        `vue-flow__handle-${W.position}`,
        `vue-flow__handle-${e.id}`,
        F(d),
        F(f),
        o.value,
        {
          connectable: B.value,
          connecting: R.value,
          connectablestart: C.value,
          connectableend: w.value,
          connectionindicator: B.value && (C.value && !v.value || w.value && v.value)
        }
      ]]),
      onMousedown: oe,
      onTouchstartPassive: oe,
      onClick: Q
    }, [
      it(W.$slots, "default", { id: W.id })
    ], 42, tf));
  }
}), So = function({
  sourcePosition: e = ge.Bottom,
  targetPosition: t = ge.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: s,
  data: r
}) {
  const a = r.label ?? n;
  return [
    Fe(Tt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Fe(a) : Fe(Ce, [a]),
    Fe(Tt, { type: "source", position: e, connectable: o, isValidConnection: s })
  ];
};
So.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
So.inheritAttrs = !1;
So.compatConfig = { MODE: 3 };
const of = So, $o = function({
  targetPosition: e = ge.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const s = i.label ?? t;
  return [
    Fe(Tt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof s != "string" && s ? Fe(s) : Fe(Ce, [s])
  ];
};
$o.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
$o.inheritAttrs = !1;
$o.compatConfig = { MODE: 3 };
const sf = $o, Eo = function({
  sourcePosition: e = ge.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const s = i.label ?? t;
  return [
    typeof s != "string" && s ? Fe(s) : Fe(Ce, [s]),
    Fe(Tt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Eo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Eo.inheritAttrs = !1;
Eo.compatConfig = { MODE: 3 };
const rf = Eo, af = ["transform"], lf = ["width", "height", "x", "y", "rx", "ry"], uf = ["y"], cf = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, df = /* @__PURE__ */ Ue({
  ...cf,
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
    const t = Se({ x: 0, y: 0, width: 0, height: 0 }), n = Se(null), o = te(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    rt(i), Ie([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const s = n.value.getBBox();
      (s.width !== t.value.width || s.height !== t.value.height) && (t.value = s);
    }
    return (s, r) => (I(), D("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      s.labelShowBg ? (I(), D("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * s.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * s.labelBgPadding[1]}px`,
        x: -s.labelBgPadding[0],
        y: -s.labelBgPadding[1],
        style: Ve(s.labelBgStyle),
        rx: s.labelBgBorderRadius,
        ry: s.labelBgBorderRadius
      }, null, 12, lf)) : ce("", !0),
      $("text", zs(s.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: s.labelStyle
      }), [
        it(s.$slots, "default", {}, () => [
          typeof s.label != "string" ? (I(), Ge(ui(s.label), { key: 0 })) : (I(), D(Ce, { key: 1 }, [
            Oe(U(s.label), 1)
          ], 64))
        ])
      ], 16, uf)
    ], 8, af));
  }
}), ff = ["id", "d", "marker-end", "marker-start"], hf = ["d", "stroke-width"], mf = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, No = /* @__PURE__ */ Ue({
  ...mf,
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
    const n = Se(null), o = Se(null), i = Se(null), s = la();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (r, a) => (I(), D(Ce, null, [
      $("path", zs(F(s), {
        id: r.id,
        ref_key: "pathEl",
        ref: n,
        d: r.path,
        class: "vue-flow__edge-path",
        "marker-end": r.markerEnd,
        "marker-start": r.markerStart
      }), null, 16, ff),
      r.interactionWidth ? (I(), D("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: r.path,
        "stroke-width": r.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, hf)) : ce("", !0),
      r.label && r.labelX && r.labelY ? (I(), Ge(df, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : ce("", !0)
    ], 64));
  }
});
function Ar({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, s = n < e ? n + i : n - i, r = Math.abs(o - t) / 2, a = o < t ? o + r : o - r;
  return [s, a, i, r];
}
function Dr({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: s,
  targetControlX: r,
  targetControlY: a
}) {
  const l = e * 0.125 + i * 0.375 + r * 0.375 + n * 0.125, u = t * 0.125 + s * 0.375 + a * 0.375 + o * 0.125, c = Math.abs(l - e), d = Math.abs(u - t);
  return [l, u, c, d];
}
function Un(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function as({ pos: e, x1: t, y1: n, x2: o, y2: i, c: s }) {
  let r, a;
  switch (e) {
    case ge.Left:
      r = t - Un(t - o, s), a = n;
      break;
    case ge.Right:
      r = t + Un(o - t, s), a = n;
      break;
    case ge.Top:
      r = t, a = n - Un(n - i, s);
      break;
    case ge.Bottom:
      r = t, a = n + Un(i - n, s);
      break;
  }
  return [r, a];
}
function Or(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ge.Bottom,
    targetX: i,
    targetY: s,
    targetPosition: r = ge.Top,
    curvature: a = 0.25
  } = e, [l, u] = as({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: s,
    c: a
  }), [c, d] = as({
    pos: r,
    x1: i,
    y1: s,
    x2: t,
    y2: n,
    c: a
  }), [f, m, S, g] = Dr({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: s,
    sourceControlX: l,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: d
  });
  return [
    `M${t},${n} C${l},${u} ${c},${d} ${i},${s}`,
    f,
    m,
    S,
    g
  ];
}
function ls({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let s, r;
  switch (e) {
    case ge.Left:
    case ge.Right:
      s = 0.5 * (t + o), r = n;
      break;
    case ge.Top:
    case ge.Bottom:
      s = t, r = 0.5 * (n + i);
      break;
  }
  return [s, r];
}
function Rr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ge.Bottom,
    targetX: i,
    targetY: s,
    targetPosition: r = ge.Top
  } = e, [a, l] = ls({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: s
  }), [u, c] = ls({
    pos: r,
    x1: i,
    y1: s,
    x2: t,
    y2: n
  }), [d, f, m, S] = Dr({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: s,
    sourceControlX: a,
    sourceControlY: l,
    targetControlX: u,
    targetControlY: c
  });
  return [
    `M${t},${n} C${a},${l} ${u},${c} ${i},${s}`,
    d,
    f,
    m,
    S
  ];
}
const us = {
  [ge.Left]: { x: -1, y: 0 },
  [ge.Right]: { x: 1, y: 0 },
  [ge.Top]: { x: 0, y: -1 },
  [ge.Bottom]: { x: 0, y: 1 }
};
function pf({
  source: e,
  sourcePosition: t = ge.Bottom,
  target: n
}) {
  return t === ge.Left || t === ge.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function cs(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function vf({
  source: e,
  sourcePosition: t = ge.Bottom,
  target: n,
  targetPosition: o = ge.Top,
  center: i,
  offset: s
}) {
  const r = us[t], a = us[o], l = { x: e.x + r.x * s, y: e.y + r.y * s }, u = { x: n.x + a.x * s, y: n.y + a.y * s }, c = pf({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let m, S, g;
  const x = { x: 0, y: 0 }, y = { x: 0, y: 0 }, [C, w, v, R] = Ar({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (r[d] * a[d] === -1) {
    S = i.x ?? C, g = i.y ?? w;
    const H = [
      { x: S, y: l.y },
      { x: S, y: u.y }
    ], B = [
      { x: l.x, y: g },
      { x: u.x, y: g }
    ];
    r[d] === f ? m = d === "x" ? H : B : m = d === "x" ? B : H;
  } else {
    const H = [{ x: l.x, y: u.y }], B = [{ x: u.x, y: l.y }];
    if (d === "x" ? m = r.x === f ? B : H : m = r.y === f ? H : B, t === o) {
      const re = Math.abs(e[d] - n[d]);
      if (re <= s) {
        const N = Math.min(s - 1, s - re);
        r[d] === f ? x[d] = (l[d] > e[d] ? -1 : 1) * N : y[d] = (u[d] > n[d] ? -1 : 1) * N;
      }
    }
    if (t !== o) {
      const re = d === "x" ? "y" : "x", N = r[d] === a[re], G = l[re] > u[re], P = l[re] < u[re];
      (r[d] === 1 && (!N && G || N && P) || r[d] !== 1 && (!N && P || N && G)) && (m = d === "x" ? H : B);
    }
    const oe = { x: l.x + x.x, y: l.y + x.y }, Q = { x: u.x + y.x, y: u.y + y.y }, W = Math.max(Math.abs(oe.x - m[0].x), Math.abs(Q.x - m[0].x)), T = Math.max(Math.abs(oe.y - m[0].y), Math.abs(Q.y - m[0].y));
    W >= T ? (S = (oe.x + Q.x) / 2, g = m[0].y) : (S = m[0].x, g = (oe.y + Q.y) / 2);
  }
  return [[
    e,
    { x: l.x + x.x, y: l.y + x.y },
    ...m,
    { x: u.x + y.x, y: u.y + y.y },
    n
  ], S, g, v, R];
}
function gf(e, t, n, o) {
  const i = Math.min(cs(e, t) / 2, cs(t, n) / 2, o), { x: s, y: r } = t;
  if (e.x === s && s === n.x || e.y === r && r === n.y)
    return `L${s} ${r}`;
  if (e.y === r) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${s + i * u},${r}Q ${s},${r} ${s},${r + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${s},${r + i * l}Q ${s},${r} ${s + i * a},${r}`;
}
function oi(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ge.Bottom,
    targetX: i,
    targetY: s,
    targetPosition: r = ge.Top,
    borderRadius: a = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, m, S, g] = vf({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: s },
    targetPosition: r,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((y, C, w) => {
    let v;
    return w > 0 && w < d.length - 1 ? v = gf(d[w - 1], C, d[w + 1], a) : v = `${w === 0 ? "M" : "L"}${C.x} ${C.y}`, y += v, y;
  }, ""), f, m, S, g];
}
function yf(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [s, r, a, l] = Ar({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, s, r, a, l];
}
const wf = Ue({
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
      const [n, o, i] = yf(e);
      return Fe(No, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), xf = wf, bf = Ue({
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
      const [n, o, i] = oi({
        ...e,
        sourcePosition: e.sourcePosition ?? ge.Bottom,
        targetPosition: e.targetPosition ?? ge.Top
      });
      return Fe(No, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Br = bf, kf = Ue({
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
    return () => Fe(Br, { ...e, ...t, borderRadius: 0 });
  }
}), _f = kf, Sf = Ue({
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
      const [n, o, i] = Or({
        ...e,
        sourcePosition: e.sourcePosition ?? ge.Bottom,
        targetPosition: e.targetPosition ?? ge.Top
      });
      return Fe(No, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), $f = Sf, Ef = Ue({
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
      const [n, o, i] = Rr({
        ...e,
        sourcePosition: e.sourcePosition ?? ge.Bottom,
        targetPosition: e.targetPosition ?? ge.Top
      });
      return Fe(No, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Nf = Ef, Mf = {
  input: rf,
  default: of,
  output: sf
}, Cf = {
  default: $f,
  straight: xf,
  step: _f,
  smoothstep: Br,
  simplebezier: Nf
};
function If(e, t, n) {
  const o = te(() => (g) => t.value.get(g)), i = te(() => (g) => n.value.get(g)), s = te(() => {
    const g = {
      ...Cf,
      ...e.edgeTypes
    }, x = Object.keys(g);
    for (const y of e.edges)
      y.type && !x.includes(y.type) && (g[y.type] = y.type);
    return g;
  }), r = te(() => {
    const g = {
      ...Mf,
      ...e.nodeTypes
    }, x = Object.keys(g);
    for (const y of e.nodes)
      y.type && !x.includes(y.type) && (g[y.type] = y.type);
    return g;
  }), a = te(() => e.onlyRenderVisibleElements ? wr(
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
      for (const x of e.edges) {
        const y = t.value.get(x.source), C = t.value.get(x.target);
        Ed({
          sourcePos: y.computedPosition || { x: 0, y: 0 },
          targetPos: C.computedPosition || { x: 0, y: 0 },
          sourceWidth: y.dimensions.width,
          sourceHeight: y.dimensions.height,
          targetWidth: C.dimensions.width,
          targetHeight: C.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && g.push(x);
      }
      return g;
    }
    return e.edges;
  }), u = te(() => [...a.value, ...l.value]), c = te(() => {
    const g = [];
    for (const x of e.nodes)
      x.selected && g.push(x);
    return g;
  }), d = te(() => {
    const g = [];
    for (const x of e.edges)
      x.selected && g.push(x);
    return g;
  }), f = te(() => [
    ...c.value,
    ...d.value
  ]), m = te(() => {
    const g = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && g.push(x);
    return g;
  }), S = te(
    () => a.value.length > 0 && m.value.length === a.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: s,
    getNodeTypes: r,
    getEdges: l,
    getNodes: a,
    getSelectedElements: f,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: m,
    areNodesInitialized: S
  };
}
class Ft {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = fn()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Ft.instance;
    return Ft.instance = o ?? new Ft(), n && (n.config.globalProperties.$vueFlowStorage = Ft.instance), Ft.instance;
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
    const o = zr(), i = rn(o), s = {};
    for (const [f, m] of Object.entries(i.hooks)) {
      const S = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      s[S] = m.on;
    }
    const r = {};
    for (const [f, m] of Object.entries(i.hooks))
      r[f] = m.trigger;
    const a = te(() => {
      const f = /* @__PURE__ */ new Map();
      for (const m of i.nodes)
        f.set(m.id, m);
      return f;
    }), l = te(() => {
      const f = /* @__PURE__ */ new Map();
      for (const m of i.edges)
        f.set(m.id, m);
      return f;
    }), u = If(i, a, l), c = ef(i, a, l);
    c.setState({ ...i, ...n });
    const d = {
      ...s,
      ...u,
      ...c,
      ...ba(i),
      nodeLookup: a,
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
function Xe(e) {
  const t = Ft.getInstance(), n = Is(), o = typeof e == "object", i = o ? e : { id: e }, s = i.id, r = s ?? (n == null ? void 0 : n.vueFlowId);
  let a;
  if (n) {
    const l = Dt(rs, null);
    typeof l < "u" && l !== null && (!r || l.id === r) && (a = l);
  }
  if (a || r && (a = t.get(r)), !a || r && a.id !== r) {
    const l = s ?? t.getId(), u = t.create(l, i);
    a = u, (n ?? Ts(!0)).run(() => {
      Ie(
        u.applyDefault,
        (d, f, m) => {
          const S = (x) => {
            u.applyNodeChanges(x);
          }, g = (x) => {
            u.applyEdgeChanges(x);
          };
          d ? (u.onNodesChange(S), u.onEdgesChange(g)) : (u.hooks.value.nodesChange.off(S), u.hooks.value.edgesChange.off(g)), m(() => {
            u.hooks.value.nodesChange.off(S), u.hooks.value.edgesChange.off(g);
          });
        },
        { immediate: !0 }
      ), $n(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Rn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Ut(rs, a), n.vueFlowId = a.id), o) {
    const l = fn();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && a.emits.error(new Je(je.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Tf(e) {
  const { emits: t, dimensions: n } = Xe();
  let o;
  rt(() => {
    const i = () => {
      var s, r;
      if (!e.value || !(((r = (s = e.value).checkVisibility) == null ? void 0 : r.call(s)) ?? !0))
        return;
      const a = bo(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Je(je.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Ot(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Pf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, zf = /* @__PURE__ */ Ue({
  ...Pf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (I(), D("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Ve({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), Af = ["tabIndex"], Df = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Of = /* @__PURE__ */ Ue({
  ...Df,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: s, userSelectionActive: r } = Xe(), a = Pr(), l = Se(null), u = Mr({
      el: l,
      onStart(S) {
        t.selectionDragStart(S), t.nodeDragStart(S);
      },
      onDrag(S) {
        t.selectionDrag(S), t.nodeDrag(S);
      },
      onStop(S) {
        t.selectionDragStop(S), t.nodeDragStop(S);
      }
    });
    rt(() => {
      var S;
      s.value || (S = l.value) == null || S.focus({ preventScroll: !0 });
    });
    const c = te(() => yr(o.value)), d = te(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(S) {
      t.selectionContextMenu({ event: S, nodes: o.value });
    }
    function m(S) {
      s.value || on[S.key] && (S.preventDefault(), a(
        {
          x: on[S.key].x,
          y: on[S.key].y
        },
        S.shiftKey
      ));
    }
    return (S, g) => !F(r) && c.value.width && c.value.height ? (I(), D("div", {
      key: 0,
      class: He(["vue-flow__nodesselection vue-flow__container", F(i)]),
      style: Ve({ transform: `translate(${F(n).x}px,${F(n).y}px) scale(${F(n).zoom})` })
    }, [
      $("div", {
        ref_key: "el",
        ref: l,
        class: He([{ dragging: F(u) }, "vue-flow__nodesselection-rect"]),
        style: Ve(d.value),
        tabIndex: F(s) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: m
      }, null, 46, Af)
    ], 6)) : ce("", !0);
  }
});
function Rf(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const Bf = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, Lf = /* @__PURE__ */ Ue({
  ...Bf,
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
      userSelectionActive: s,
      removeSelectedElements: r,
      userSelectionRect: a,
      elementsSelectable: l,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: d,
      removeNodes: f,
      removeEdges: m,
      selectionMode: S,
      deleteKeyCode: g,
      multiSelectionKeyCode: x,
      multiSelectionActive: y,
      edgeLookup: C,
      nodeLookup: w,
      connectionLookup: v,
      defaultEdgeOptions: R,
      connectionStartHandle: Y,
      panOnDrag: H
    } = Xe(), B = It(null), oe = It(/* @__PURE__ */ new Set()), Q = It(/* @__PURE__ */ new Set()), W = It(null), T = qe(() => l.value && (e.isSelecting || s.value)), re = qe(() => Y.value !== null);
    let N = !1, G = !1;
    const P = _n(g, { actInsideInputWithModifier: !1 }), j = _n(x);
    Ie(P, (ae) => {
      ae && (f(d.value), m(c.value), u.value = !1);
    }), Ie(j, (ae) => {
      y.value = ae;
    });
    function L(ae, ne) {
      return (le) => {
        le.target === ne && (ae == null || ae(le));
      };
    }
    function O(ae) {
      if (N || re.value) {
        N = !1;
        return;
      }
      i.paneClick(ae), r(), u.value = !1;
    }
    function q(ae) {
      var ne;
      if (Array.isArray(H.value) && ((ne = H.value) != null && ne.includes(2))) {
        ae.preventDefault();
        return;
      }
      i.paneContextMenu(ae);
    }
    function ie(ae) {
      i.paneScroll(ae);
    }
    function he(ae) {
      var ne, le, Te;
      if (W.value = ((ne = t.value) == null ? void 0 : ne.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || ae.button !== 0 || ae.target !== B.value || !W.value)
        return;
      (Te = (le = ae.target) == null ? void 0 : le.setPointerCapture) == null || Te.call(le, ae.pointerId);
      const { x: Ae, y: $e } = Rf(ae, W.value);
      G = !0, N = !1, r(), a.value = {
        width: 0,
        height: 0,
        startX: Ae,
        startY: $e,
        x: Ae,
        y: $e
      }, i.selectionStart(ae);
    }
    function we(ae) {
      var ne;
      if (!W.value || !a.value)
        return;
      N = !0;
      const { x: le, y: Te } = vt(ae, W.value), { startX: Ae = 0, startY: $e = 0 } = a.value, De = {
        startX: Ae,
        startY: $e,
        x: le < Ae ? le : Ae,
        y: Te < $e ? Te : $e,
        width: Math.abs(le - Ae),
        height: Math.abs(Te - $e)
      }, _e = oe.value, be = Q.value;
      oe.value = new Set(
        wr(n.value, De, o.value, S.value === gi.Partial, !0).map(
          (k) => k.id
        )
      ), Q.value = /* @__PURE__ */ new Set();
      const _ = ((ne = R.value) == null ? void 0 : ne.selectable) ?? !0;
      for (const k of oe.value) {
        const E = v.value.get(k);
        if (E)
          for (const { edgeId: A } of E.values()) {
            const z = C.value.get(A);
            z && (z.selectable ?? _) && Q.value.add(A);
          }
      }
      if (!ss(_e, oe.value)) {
        const k = Ct(w.value, oe.value, !0);
        i.nodesChange(k);
      }
      if (!ss(be, Q.value)) {
        const k = Ct(C.value, Q.value);
        i.edgesChange(k);
      }
      a.value = De, s.value = !0, u.value = !1;
    }
    function xe(ae) {
      var ne;
      ae.button !== 0 || !G || ((ne = ae.target) == null || ne.releasePointerCapture(ae.pointerId), !s.value && a.value && ae.target === B.value && O(ae), s.value = !1, a.value = null, u.value = oe.value.size > 0, i.selectionEnd(ae), e.selectionKeyPressed && (N = !1), G = !1);
    }
    return (ae, ne) => (I(), D("div", {
      ref_key: "container",
      ref: B,
      class: He(["vue-flow__pane vue-flow__container", { selection: ae.isSelecting }]),
      onClick: ne[0] || (ne[0] = (le) => T.value ? void 0 : L(O, B.value)(le)),
      onContextmenu: ne[1] || (ne[1] = (le) => L(q, B.value)(le)),
      onWheelPassive: ne[2] || (ne[2] = (le) => L(ie, B.value)(le)),
      onPointerenter: ne[3] || (ne[3] = (le) => T.value ? void 0 : F(i).paneMouseEnter(le)),
      onPointerdown: ne[4] || (ne[4] = (le) => T.value ? he(le) : F(i).paneMouseMove(le)),
      onPointermove: ne[5] || (ne[5] = (le) => T.value ? we(le) : F(i).paneMouseMove(le)),
      onPointerup: ne[6] || (ne[6] = (le) => T.value ? xe(le) : void 0),
      onPointerleave: ne[7] || (ne[7] = (le) => F(i).paneMouseLeave(le))
    }, [
      it(ae.$slots, "default"),
      F(s) && F(a) ? (I(), Ge(zf, {
        key: 0,
        "user-selection-rect": F(a)
      }, null, 8, ["user-selection-rect"])) : ce("", !0),
      F(u) && F(d).length ? (I(), Ge(Of, { key: 1 })) : ce("", !0)
    ], 34));
  }
}), Vf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Hf = /* @__PURE__ */ Ue({
  ...Vf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Xe(), i = te(() => n.value ? !o.value : !1), s = te(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (r, a) => (I(), D("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ve({ transform: s.value, opacity: i.value ? 0 : void 0 })
    }, [
      it(r.$slots, "default")
    ], 4));
  }
}), Ff = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, Yf = /* @__PURE__ */ Ue({
  ...Ff,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: i,
      zoomActivationKeyCode: s,
      selectionKeyCode: r,
      panActivationKeyCode: a,
      panOnScroll: l,
      panOnScrollMode: u,
      panOnScrollSpeed: c,
      panOnDrag: d,
      zoomOnDoubleClick: f,
      zoomOnPinch: m,
      zoomOnScroll: S,
      preventScrolling: g,
      noWheelClassName: x,
      noPanClassName: y,
      emits: C,
      connectionStartHandle: w,
      userSelectionActive: v,
      paneDragging: R,
      d3Zoom: Y,
      d3Selection: H,
      d3ZoomHandler: B,
      viewport: oe,
      viewportRef: Q,
      paneClickDistance: W
    } = Xe();
    Tf(Q);
    const T = It(!1), re = It(!1);
    let N = null, G = !1, P = 0, j = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const L = _n(a), O = _n(r), q = _n(s), ie = qe(
      () => (!O.value || O.value && r.value === !0) && (L.value || d.value)
    ), he = qe(() => L.value || l.value), we = qe(() => r.value === !0 && ie.value !== !0), xe = qe(
      () => O.value && r.value !== !0 || v.value || we.value
    ), ae = qe(() => w.value !== null);
    rt(() => {
      if (!Q.value) {
        Rn("Viewport element is missing");
        return;
      }
      const $e = Q.value, De = $e.getBoundingClientRect(), _e = sd().clickDistance(W.value).scaleExtent([t.value, n.value]).translateExtent(i.value), be = dt($e).call(_e), _ = be.on("wheel.zoom"), k = cn.translate(o.value.x ?? 0, o.value.y ?? 0).scale(St(o.value.zoom ?? 1, t.value, n.value)), E = [
        [0, 0],
        [De.width, De.height]
      ], A = _e.constrain()(k, E, i.value);
      _e.transform(be, A), _e.wheelDelta(qi), Y.value = _e, H.value = be, B.value = _, oe.value = { x: A.x, y: A.y, zoom: A.k }, _e.on("start", (z) => {
        var de;
        if (!z.sourceEvent)
          return null;
        P = z.sourceEvent.button, T.value = !0;
        const fe = Te(z.transform);
        ((de = z.sourceEvent) == null ? void 0 : de.type) === "mousedown" && (R.value = !0), j = fe, C.viewportChangeStart(fe), C.moveStart({ event: z, flowTransform: fe });
      }), _e.on("end", (z) => {
        if (!z.sourceEvent)
          return null;
        if (T.value = !1, R.value = !1, ne(ie.value, P ?? 0) && !G && C.paneContextMenu(z.sourceEvent), G = !1, le(j, z.transform)) {
          const de = Te(z.transform);
          j = de, C.viewportChangeEnd(de), C.moveEnd({ event: z, flowTransform: de });
        }
      }), _e.filter((z) => {
        var de;
        const fe = q.value || S.value, ye = m.value && z.ctrlKey, ve = z.button, Ne = z.type === "wheel";
        if (ve === 1 && z.type === "mousedown" && (Ae(z, "vue-flow__node") || Ae(z, "vue-flow__edge")))
          return !0;
        if (!ie.value && !fe && !he.value && !f.value && !m.value || v.value || ae.value && !Ne || !f.value && z.type === "dblclick" || Ae(z, x.value) && Ne || Ae(z, y.value) && (!Ne || he.value && Ne && !q.value) || !m.value && z.ctrlKey && Ne || !fe && !he.value && !ye && Ne)
          return !1;
        if (!m && z.type === "touchstart" && ((de = z.touches) == null ? void 0 : de.length) > 1)
          return z.preventDefault(), !1;
        if (!ie.value && (z.type === "mousedown" || z.type === "touchstart") || we.value && Array.isArray(d.value) && d.value.includes(0) && ve === 0 || Array.isArray(d.value) && !d.value.includes(ve) && (z.type === "mousedown" || z.type === "touchstart"))
          return !1;
        const ze = Array.isArray(d.value) && d.value.includes(ve) || r.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !ve || ve <= 1;
        return (!z.ctrlKey || L.value || Ne) && ze;
      }), Ie(
        [v, ie],
        () => {
          v.value && !T.value ? _e.on("zoom", null) : v.value || _e.on("zoom", (z) => {
            oe.value = { x: z.transform.x, y: z.transform.y, zoom: z.transform.k };
            const de = Te(z.transform);
            G = ne(ie.value, P ?? 0), C.viewportChange(de), C.move({ event: z, flowTransform: de });
          });
        },
        { immediate: !0 }
      ), Ie(
        [v, he, u, q, m, g, x],
        () => {
          he.value && !q.value && !v.value ? be.on(
            "wheel.zoom",
            (z) => {
              if (Ae(z, x.value))
                return !1;
              const de = q.value || S.value, fe = m.value && z.ctrlKey;
              if (!(!g.value || he.value || de || fe))
                return !1;
              z.preventDefault(), z.stopImmediatePropagation();
              const ve = be.property("__zoom").k || 1, Ne = mo();
              if (!L.value && z.ctrlKey && m.value && Ne) {
                const Rt = mt(z), Bt = qi(z), hn = ve * 2 ** Bt;
                _e.scaleTo(be, hn, Rt, z);
                return;
              }
              const ze = z.deltaMode === 1 ? 20 : 1;
              let Be = u.value === kn.Vertical ? 0 : z.deltaX * ze, ot = u.value === kn.Horizontal ? 0 : z.deltaY * ze;
              !Ne && z.shiftKey && u.value !== kn.Vertical && !Be && ot && (Be = ot, ot = 0), _e.translateBy(
                be,
                -(Be / ve) * c.value,
                -(ot / ve) * c.value
              );
              const Qe = Te(be.property("__zoom"));
              N && clearTimeout(N), re.value ? (C.move({ event: z, flowTransform: Qe }), C.viewportChange(Qe), N = setTimeout(() => {
                C.moveEnd({ event: z, flowTransform: Qe }), C.viewportChangeEnd(Qe), re.value = !1;
              }, 150)) : (re.value = !0, C.moveStart({ event: z, flowTransform: Qe }), C.viewportChangeStart(Qe));
            },
            { passive: !1 }
          ) : typeof _ < "u" && be.on(
            "wheel.zoom",
            function(z, de) {
              const fe = !g.value && z.type === "wheel" && !z.ctrlKey, ye = q.value || S.value, ve = m.value && z.ctrlKey;
              if (!ye && !l.value && !ve && z.type === "wheel" || fe || Ae(z, x.value))
                return null;
              z.preventDefault(), _.call(this, z, de);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function ne($e, De) {
      return De === 2 && Array.isArray($e) && $e.includes(2);
    }
    function le($e, De) {
      return $e.x !== De.x && !Number.isNaN(De.x) || $e.y !== De.y && !Number.isNaN(De.y) || $e.zoom !== De.k && !Number.isNaN(De.k);
    }
    function Te($e) {
      return {
        x: $e.x,
        y: $e.y,
        zoom: $e.k
      };
    }
    function Ae($e, De) {
      return $e.target.closest(`.${De}`);
    }
    return ($e, De) => (I(), D("div", {
      ref_key: "viewportRef",
      ref: Q,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      pe(Lf, {
        "is-selecting": xe.value,
        "selection-key-pressed": F(O),
        class: He({
          connecting: ae.value,
          dragging: F(R),
          draggable: F(d) === !0 || Array.isArray(F(d)) && F(d).includes(0)
        })
      }, {
        default: We(() => [
          pe(Hf, null, {
            default: We(() => [
              it($e.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), Xf = ["id"], qf = ["id"], Gf = ["id"], Uf = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Wf = /* @__PURE__ */ Ue({
  ...Uf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Xe();
    return (i, s) => (I(), D(Ce, null, [
      $("div", {
        id: `${F(cr)}-${F(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + U(F(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Xf),
      $("div", {
        id: `${F(dr)}-${F(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, qf),
      F(n) ? ce("", !0) : (I(), D("div", {
        key: 0,
        id: `${F(dd)}-${F(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, U(F(o)), 9, Gf))
    ], 64));
  }
});
function Kf() {
  const e = Xe();
  Ie(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Zf(e, t, n) {
  return n === ge.Left ? e - t : n === ge.Right ? e + t : e;
}
function jf(e, t, n) {
  return n === ge.Top ? e - t : n === ge.Bottom ? e + t : e;
}
const bi = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = ge.Top,
  type: i
}) {
  return Fe("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Zf(t, e, o),
    cy: jf(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
bi.props = ["radius", "centerX", "centerY", "position", "type"];
bi.compatConfig = { MODE: 3 };
const ds = bi, Jf = Ue({
  name: "Edge",
  compatConfig: { MODE: 3 },
  props: ["id"],
  setup(e) {
    const {
      id: t,
      addSelectedEdges: n,
      connectionMode: o,
      edgeUpdaterRadius: i,
      emits: s,
      nodesSelectionActive: r,
      noPanClassName: a,
      getEdgeTypes: l,
      removeSelectedEdges: u,
      findEdge: c,
      findNode: d,
      isValidConnection: f,
      multiSelectionActive: m,
      disableKeyboardA11y: S,
      elementsSelectable: g,
      edgesUpdatable: x,
      edgesFocusable: y,
      hooks: C
    } = Xe(), w = te(() => c(e.id)), { emit: v, on: R } = Fd(w.value, s), Y = Dt(_o), H = fn(), B = Se(!1), oe = Se(!1), Q = Se(""), W = Se(null), T = Se("source"), re = Se(null), N = qe(
      () => typeof w.value.selectable > "u" ? g.value : w.value.selectable
    ), G = qe(() => typeof w.value.updatable > "u" ? x.value : w.value.updatable), P = qe(() => typeof w.value.focusable > "u" ? y.value : w.value.focusable);
    Ut(Ld, e.id), Ut(Vd, re);
    const j = te(() => w.value.class instanceof Function ? w.value.class(w.value) : w.value.class), L = te(() => w.value.style instanceof Function ? w.value.style(w.value) : w.value.style), O = te(() => {
      const k = w.value.type || "default", E = Y == null ? void 0 : Y[`edge-${k}`];
      if (E)
        return E;
      let A = w.value.template ?? l.value[k];
      if (typeof A == "string" && H) {
        const z = Object.keys(H.appContext.components);
        z && z.includes(k) && (A = Ps(k, !1));
      }
      return A && typeof A != "string" ? A : (s.error(new Je(je.EDGE_TYPE_MISSING, A)), !1);
    }), { handlePointerDown: q } = Ir({
      nodeId: Q,
      handleId: W,
      type: T,
      isValidConnection: f,
      edgeUpdaterType: T,
      onEdgeUpdate: we,
      onEdgeUpdateEnd: xe
    });
    return () => {
      const k = d(w.value.source), E = d(w.value.target), A = "pathOptions" in w.value ? w.value.pathOptions : {};
      if (!k && !E)
        return s.error(new Je(je.EDGE_SOURCE_TARGET_MISSING, w.value.id, w.value.source, w.value.target)), null;
      if (!k)
        return s.error(new Je(je.EDGE_SOURCE_MISSING, w.value.id, w.value.source)), null;
      if (!E)
        return s.error(new Je(je.EDGE_TARGET_MISSING, w.value.id, w.value.target)), null;
      if (!w.value || w.value.hidden || k.hidden || E.hidden)
        return null;
      let z;
      o.value === zt.Strict ? z = k.handleBounds.source : z = [...k.handleBounds.source || [], ...k.handleBounds.target || []];
      const de = Qi(z, w.value.sourceHandle);
      let fe;
      o.value === zt.Strict ? fe = E.handleBounds.target : fe = [...E.handleBounds.target || [], ...E.handleBounds.source || []];
      const ye = Qi(fe, w.value.targetHandle), ve = (de == null ? void 0 : de.position) || ge.Bottom, Ne = (ye == null ? void 0 : ye.position) || ge.Top, { x: ze, y: Be } = dn(k, de, ve), { x: ot, y: Qe } = dn(E, ye, Ne);
      return w.value.sourceX = ze, w.value.sourceY = Be, w.value.targetX = ot, w.value.targetY = Qe, Fe(
        "g",
        {
          ref: re,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${O.value === !1 ? "default" : w.value.type || "default"}`,
            a.value,
            j.value,
            {
              updating: B.value,
              selected: w.value.selected,
              animated: w.value.animated,
              inactive: !N.value && !C.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: P.value ? 0 : void 0,
          "aria-label": w.value.ariaLabel === null ? void 0 : w.value.ariaLabel ?? `Edge from ${w.value.source} to ${w.value.target}`,
          "aria-describedby": P.value ? `${dr}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: P.value ? "group" : "img",
          ...w.value.domAttributes,
          onClick: ne,
          onContextmenu: le,
          onDblclick: Te,
          onMouseenter: Ae,
          onMousemove: $e,
          onMouseleave: De,
          onKeyDown: P.value ? _ : void 0
        },
        [
          oe.value ? null : Fe(O.value === !1 ? l.value.default : O.value, {
            id: e.id,
            sourceNode: k,
            targetNode: E,
            source: w.value.source,
            target: w.value.target,
            type: w.value.type,
            updatable: G.value,
            selected: w.value.selected,
            animated: w.value.animated,
            label: w.value.label,
            labelStyle: w.value.labelStyle,
            labelShowBg: w.value.labelShowBg,
            labelBgStyle: w.value.labelBgStyle,
            labelBgPadding: w.value.labelBgPadding,
            labelBgBorderRadius: w.value.labelBgBorderRadius,
            data: w.value.data,
            events: { ...w.value.events, ...R },
            style: L.value,
            markerStart: `url('#${Pn(w.value.markerStart, t)}')`,
            markerEnd: `url('#${Pn(w.value.markerEnd, t)}')`,
            sourcePosition: ve,
            targetPosition: Ne,
            sourceX: ze,
            sourceY: Be,
            targetX: ot,
            targetY: Qe,
            sourceHandleId: w.value.sourceHandle,
            targetHandleId: w.value.targetHandle,
            interactionWidth: w.value.interactionWidth,
            ...A
          }),
          [
            G.value === "source" || G.value === !0 ? [
              Fe(
                "g",
                {
                  onMousedown: _e,
                  onMouseenter: ie,
                  onMouseout: he
                },
                Fe(ds, {
                  position: ve,
                  centerX: ze,
                  centerY: Be,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            G.value === "target" || G.value === !0 ? [
              Fe(
                "g",
                {
                  onMousedown: be,
                  onMouseenter: ie,
                  onMouseout: he
                },
                Fe(ds, {
                  position: Ne,
                  centerX: ot,
                  centerY: Qe,
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
    function ie() {
      B.value = !0;
    }
    function he() {
      B.value = !1;
    }
    function we(k, E) {
      v.update({ event: k, edge: w.value, connection: E });
    }
    function xe(k) {
      v.updateEnd({ event: k, edge: w.value }), oe.value = !1;
    }
    function ae(k, E) {
      k.button === 0 && (oe.value = !0, Q.value = E ? w.value.target : w.value.source, W.value = (E ? w.value.targetHandle : w.value.sourceHandle) ?? null, T.value = E ? "target" : "source", v.updateStart({ event: k, edge: w.value }), q(k));
    }
    function ne(k) {
      var E;
      const A = { event: k, edge: w.value };
      N.value && (r.value = !1, w.value.selected && m.value ? (u([w.value]), (E = re.value) == null || E.blur()) : n([w.value])), v.click(A);
    }
    function le(k) {
      v.contextMenu({ event: k, edge: w.value });
    }
    function Te(k) {
      v.doubleClick({ event: k, edge: w.value });
    }
    function Ae(k) {
      v.mouseEnter({ event: k, edge: w.value });
    }
    function $e(k) {
      v.mouseMove({ event: k, edge: w.value });
    }
    function De(k) {
      v.mouseLeave({ event: k, edge: w.value });
    }
    function _e(k) {
      ae(k, !0);
    }
    function be(k) {
      ae(k, !1);
    }
    function _(k) {
      var E;
      !S.value && fr.includes(k.key) && N.value && (k.key === "Escape" ? ((E = re.value) == null || E.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Qf = Jf, eh = Ue({
  name: "ConnectionLine",
  compatConfig: { MODE: 3 },
  setup() {
    var e;
    const {
      id: t,
      connectionMode: n,
      connectionStartHandle: o,
      connectionEndHandle: i,
      connectionPosition: s,
      connectionLineType: r,
      connectionLineStyle: a,
      connectionLineOptions: l,
      connectionStatus: u,
      viewport: c,
      findNode: d
    } = Xe(), f = (e = Dt(_o)) == null ? void 0 : e["connection-line"], m = te(() => {
      var C;
      return d((C = o.value) == null ? void 0 : C.nodeId);
    }), S = te(() => {
      var C;
      return d((C = i.value) == null ? void 0 : C.nodeId) ?? null;
    }), g = te(() => ({
      x: (s.value.x - c.value.x) / c.value.zoom,
      y: (s.value.y - c.value.y) / c.value.zoom
    })), x = te(
      () => l.value.markerStart ? `url(#${Pn(l.value.markerStart, t)})` : ""
    ), y = te(
      () => l.value.markerEnd ? `url(#${Pn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var C, w, v;
      if (!m.value || !o.value)
        return null;
      const R = o.value.id, Y = o.value.type, H = m.value.handleBounds;
      let B = (H == null ? void 0 : H[Y]) ?? [];
      if (n.value === zt.Loose) {
        const L = (H == null ? void 0 : H[Y === "source" ? "target" : "source"]) ?? [];
        B = [...B, ...L];
      }
      if (!B)
        return null;
      const oe = (R ? B.find((L) => L.id === R) : B[0]) ?? null, Q = (oe == null ? void 0 : oe.position) ?? ge.Top, { x: W, y: T } = dn(m.value, oe, Q);
      let re = null;
      S.value && (n.value === zt.Strict ? re = ((C = S.value.handleBounds[Y === "source" ? "target" : "source"]) == null ? void 0 : C.find(
        (L) => {
          var O;
          return L.id === ((O = i.value) == null ? void 0 : O.id);
        }
      )) || null : re = ((w = [...S.value.handleBounds.source ?? [], ...S.value.handleBounds.target ?? []]) == null ? void 0 : w.find(
        (L) => {
          var O;
          return L.id === ((O = i.value) == null ? void 0 : O.id);
        }
      )) || null);
      const N = ((v = i.value) == null ? void 0 : v.position) ?? (Q ? ti[Q] : null);
      if (!Q || !N)
        return null;
      const G = r.value ?? l.value.type ?? Ht.Bezier;
      let P = "";
      const j = {
        sourceX: W,
        sourceY: T,
        sourcePosition: Q,
        targetX: g.value.x,
        targetY: g.value.y,
        targetPosition: N
      };
      return G === Ht.Bezier ? [P] = Or(j) : G === Ht.Step ? [P] = oi({
        ...j,
        borderRadius: 0
      }) : G === Ht.SmoothStep ? [P] = oi(j) : G === Ht.SimpleBezier ? [P] = Rr(j) : P = `M${W},${T} ${g.value.x},${g.value.y}`, Fe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Fe(
          "g",
          { class: "vue-flow__connection" },
          f ? Fe(f, {
            sourceX: W,
            sourceY: T,
            sourcePosition: Q,
            targetX: g.value.x,
            targetY: g.value.y,
            targetPosition: N,
            sourceNode: m.value,
            sourceHandle: oe,
            targetNode: S.value,
            targetHandle: re,
            markerEnd: y.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : Fe("path", {
            d: P,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...l.value.style
            },
            "marker-end": y.value,
            "marker-start": x.value
          })
        )
      );
    };
  }
}), th = eh, nh = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], oh = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, ih = /* @__PURE__ */ Ue({
  ...oh,
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
    return (t, n) => (I(), D("marker", {
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
      t.type === F(Qo).ArrowClosed ? (I(), D("polyline", {
        key: 0,
        style: Ve({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : ce("", !0),
      t.type === F(Qo).Arrow ? (I(), D("polyline", {
        key: 1,
        style: Ve({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : ce("", !0)
    ], 8, nh));
  }
}), sh = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, rh = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, ah = /* @__PURE__ */ Ue({
  ...rh,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Xe(), s = te(() => {
      const r = /* @__PURE__ */ new Set(), a = [], l = (u) => {
        if (u) {
          const c = Pn(u, t);
          r.has(c) || (typeof u == "object" ? a.push({ ...u, id: c, color: u.color || i.value }) : a.push({ id: c, color: i.value, type: u }), r.add(c));
        }
      };
      for (const u of [o.value.markerEnd, o.value.markerStart])
        l(u);
      for (const u of n.value)
        for (const c of [u.markerStart, u.markerEnd])
          l(c);
      return a.sort((u, c) => u.id.localeCompare(c.id));
    });
    return (r, a) => (I(), D("svg", sh, [
      $("defs", null, [
        (I(!0), D(Ce, null, Ye(s.value, (l) => (I(), Ge(ih, {
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
}), lh = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, uh = /* @__PURE__ */ Ue({
  ...lh,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Xe();
    return (i, s) => (I(), D(Ce, null, [
      pe(ah),
      (I(!0), D(Ce, null, Ye(F(n), (r) => (I(), D("svg", {
        key: r.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ve({ zIndex: F(Nd)(r, F(t), F(o)) })
      }, [
        pe(F(Qf), {
          id: r.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      pe(F(th))
    ], 64));
  }
}), ch = Ue({
  name: "Node",
  compatConfig: { MODE: 3 },
  props: ["id", "resizeObserver"],
  setup(e) {
    const {
      id: t,
      noPanClassName: n,
      selectNodesOnDrag: o,
      nodesSelectionActive: i,
      multiSelectionActive: s,
      emits: r,
      removeSelectedNodes: a,
      addSelectedNodes: l,
      updateNodeDimensions: u,
      onUpdateNodeInternals: c,
      getNodeTypes: d,
      nodeExtent: f,
      elevateNodesOnSelect: m,
      disableKeyboardA11y: S,
      ariaLiveMessage: g,
      snapToGrid: x,
      snapGrid: y,
      nodeDragThreshold: C,
      nodesDraggable: w,
      elementsSelectable: v,
      nodesConnectable: R,
      nodesFocusable: Y,
      hooks: H
    } = Xe(), B = Se(null);
    Ut(Nr, B), Ut(xi, e.id);
    const oe = Dt(_o), Q = fn(), W = Pr(), { node: T, parentNode: re } = Tr(e.id), { emit: N, on: G } = qd(T, r), P = qe(() => typeof T.draggable > "u" ? w.value : T.draggable), j = qe(() => typeof T.selectable > "u" ? v.value : T.selectable), L = qe(() => typeof T.connectable > "u" ? R.value : T.connectable), O = qe(() => typeof T.focusable > "u" ? Y.value : T.focusable), q = te(
      () => j.value || P.value || H.value.nodeClick.hasListeners() || H.value.nodeDoubleClick.hasListeners() || H.value.nodeMouseEnter.hasListeners() || H.value.nodeMouseMove.hasListeners() || H.value.nodeMouseLeave.hasListeners()
    ), ie = qe(() => !!T.dimensions.width && !!T.dimensions.height), he = te(() => {
      const E = T.type || "default", A = oe == null ? void 0 : oe[`node-${E}`];
      if (A)
        return A;
      let z = T.template || d.value[E];
      if (typeof z == "string" && Q) {
        const de = Object.keys(Q.appContext.components);
        de && de.includes(E) && (z = Ps(E, !1));
      }
      return z && typeof z != "string" ? z : (r.error(new Je(je.NODE_TYPE_MISSING, z)), !1);
    }), we = Mr({
      id: e.id,
      el: B,
      disabled: () => !P.value,
      selectable: j,
      dragHandle: () => T.dragHandle,
      onStart(E) {
        N.dragStart(E);
      },
      onDrag(E) {
        N.drag(E);
      },
      onStop(E) {
        N.dragStop(E);
      },
      onClick(E) {
        _(E);
      }
    }), xe = te(() => T.class instanceof Function ? T.class(T) : T.class), ae = te(() => {
      const E = (T.style instanceof Function ? T.style(T) : T.style) || {}, A = T.width instanceof Function ? T.width(T) : T.width, z = T.height instanceof Function ? T.height(T) : T.height;
      return !E.width && A && (E.width = typeof A == "string" ? A : `${A}px`), !E.height && z && (E.height = typeof z == "string" ? z : `${z}px`), E;
    }), ne = qe(() => Number(T.zIndex ?? ae.value.zIndex ?? 0));
    return c((E) => {
      (E.includes(e.id) || !E.length) && Te();
    }), rt(() => {
      Ie(
        () => T.hidden,
        (E = !1, A, z) => {
          !E && B.value && (e.resizeObserver.observe(B.value), z(() => {
            B.value && e.resizeObserver.unobserve(B.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Ie([() => T.type, () => T.sourcePosition, () => T.targetPosition], () => {
      tt(() => {
        u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
      });
    }), Ie(
      [
        () => T.position.x,
        () => T.position.y,
        () => {
          var E;
          return (E = re.value) == null ? void 0 : E.computedPosition.x;
        },
        () => {
          var E;
          return (E = re.value) == null ? void 0 : E.computedPosition.y;
        },
        () => {
          var E;
          return (E = re.value) == null ? void 0 : E.computedPosition.z;
        },
        ne,
        () => T.selected,
        () => T.dimensions.height,
        () => T.dimensions.width,
        () => {
          var E;
          return (E = re.value) == null ? void 0 : E.dimensions.height;
        },
        () => {
          var E;
          return (E = re.value) == null ? void 0 : E.dimensions.width;
        }
      ],
      ([E, A, z, de, fe, ye]) => {
        const ve = {
          x: E,
          y: A,
          z: ye + (m.value && T.selected ? 1e3 : 0)
        };
        typeof z < "u" && typeof de < "u" ? T.computedPosition = bd({ x: z, y: de, z: fe }, ve) : T.computedPosition = ve;
      },
      { flush: "post", immediate: !0 }
    ), Ie([() => T.extent, f], ([E, A], [z, de]) => {
      (E !== z || A !== de) && le();
    }), T.extent === "parent" || typeof T.extent == "object" && "range" in T.extent && T.extent.range === "parent" ? Xo(() => ie).toBe(!0).then(le) : le(), () => T.hidden ? null : Fe(
      "div",
      {
        ref: B,
        "data-id": T.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${he.value === !1 ? "default" : T.type || "default"}`,
          {
            [n.value]: P.value,
            dragging: we == null ? void 0 : we.value,
            draggable: P.value,
            selected: T.selected,
            selectable: j.value,
            parent: T.isParent
          },
          xe.value
        ],
        style: {
          visibility: ie.value ? "visible" : "hidden",
          zIndex: T.computedPosition.z ?? ne.value,
          transform: `translate(${T.computedPosition.x}px,${T.computedPosition.y}px)`,
          pointerEvents: q.value ? "all" : "none",
          ...ae.value
        },
        tabIndex: O.value ? 0 : void 0,
        role: O.value ? "group" : void 0,
        "aria-describedby": S.value ? void 0 : `${cr}-${t}`,
        "aria-label": T.ariaLabel,
        "aria-roledescription": "node",
        ...T.domAttributes,
        onMouseenter: Ae,
        onMousemove: $e,
        onMouseleave: De,
        onContextmenu: _e,
        onClick: _,
        onDblclick: be,
        onKeydown: k
      },
      [
        Fe(he.value === !1 ? d.value.default : he.value, {
          id: T.id,
          type: T.type,
          data: T.data,
          events: { ...T.events, ...G },
          selected: T.selected,
          resizing: T.resizing,
          dragging: we.value,
          connectable: L.value,
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
          onUpdateNodeInternals: Te
        })
      ]
    );
    function le() {
      const E = T.computedPosition, { computedPosition: A, position: z } = yi(
        T,
        x.value ? ko(E, y.value) : E,
        r.error,
        f.value,
        re.value
      );
      (T.computedPosition.x !== A.x || T.computedPosition.y !== A.y) && (T.computedPosition = { ...T.computedPosition, ...A }), (T.position.x !== z.x || T.position.y !== z.y) && (T.position = z);
    }
    function Te() {
      B.value && u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
    }
    function Ae(E) {
      we != null && we.value || N.mouseEnter({ event: E, node: T });
    }
    function $e(E) {
      we != null && we.value || N.mouseMove({ event: E, node: T });
    }
    function De(E) {
      we != null && we.value || N.mouseLeave({ event: E, node: T });
    }
    function _e(E) {
      return N.contextMenu({ event: E, node: T });
    }
    function be(E) {
      return N.doubleClick({ event: E, node: T });
    }
    function _(E) {
      j.value && (!o.value || !P.value || C.value > 0) && ni(
        T,
        s.value,
        l,
        a,
        i,
        !1,
        B.value
      ), N.click({ event: E, node: T });
    }
    function k(E) {
      if (!(ei(E) || S.value))
        if (fr.includes(E.key) && j.value) {
          const A = E.key === "Escape";
          ni(
            T,
            s.value,
            l,
            a,
            i,
            A,
            B.value
          );
        } else P.value && T.selected && on[E.key] && (E.preventDefault(), g.value = `Moved selected node ${E.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~T.position.x}, y: ${~~T.position.y}`, W(
          {
            x: on[E.key].x,
            y: on[E.key].y
          },
          E.shiftKey
        ));
    }
  }
}), dh = ch;
function fh(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Xe();
  return te(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const hh = { class: "vue-flow__nodes vue-flow__container" }, mh = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, ph = /* @__PURE__ */ Ue({
  ...mh,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Xe(), i = fh(), s = Se();
    return Ie(
      i,
      (r) => {
        r && tt(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), rt(() => {
      s.value = new ResizeObserver((r) => {
        const a = r.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        tt(() => n(a));
      });
    }), Ot(() => {
      var r;
      return (r = s.value) == null ? void 0 : r.disconnect();
    }), (r, a) => (I(), D("div", hh, [
      s.value ? (I(!0), D(Ce, { key: 0 }, Ye(F(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && ia(d, f))
          return d;
        const m = (I(), Ge(F(dh), {
          id: l.id,
          key: l.id,
          "resize-observer": s.value
        }, null, 8, ["id", "resize-observer"]));
        return m.memo = f, m;
      }, a, 0), 128)) : ce("", !0)
    ]));
  }
});
function vh() {
  const { emits: e } = Xe();
  rt(() => {
    if (Er()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Je(je.MISSING_STYLES));
    }
  });
}
const gh = /* @__PURE__ */ $("div", { class: "vue-flow__edge-labels" }, null, -1), yh = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, wh = /* @__PURE__ */ Ue({
  ...yh,
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
    const o = e, i = ta(), s = To(o, "modelValue", n), r = To(o, "nodes", n), a = To(o, "edges", n), l = Xe(o), u = Kd({ modelValue: s, nodes: r, edges: a }, o, l);
    return jd(n, l.hooks), Kf(), vh(), Ut(_o, i), na(u), t(l), (c, d) => (I(), D("div", {
      ref: F(l).vueFlowRef,
      class: "vue-flow"
    }, [
      pe(Yf, null, {
        default: We(() => [
          pe(uh),
          gh,
          pe(ph),
          it(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      it(c.$slots, "default"),
      pe(Wf)
    ], 512));
  }
}), xh = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, fs = /* @__PURE__ */ Ue({
  ...xh,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Xe(), o = te(() => `${t.position}`.split("-"));
    return (i, s) => (I(), D("div", {
      class: He(["vue-flow__panel", o.value]),
      style: Ve({ pointerEvents: F(n) ? "none" : "all" })
    }, [
      it(i.$slots, "default")
    ], 6));
  }
}), bh = ["data-zoom"], kh = ["width", "height", "patternTransform"], _h = ["cx", "cy", "r", "fill"], Sh = ["fill"], $h = 150, Eh = 2, Nh = 0.55, Mh = 2.5, Ch = {
  __name: "DotGrid",
  props: { gap: Number, size: Number, color: String },
  setup(e, { expose: t }) {
    const n = e, { id: o, viewport: i, dimensions: s } = Xe(), r = Se(null), a = rn({ zoom: i.value.zoom || 1, gap: n.gap, size: n.size, over: 1 }), l = te(() => a.gap * a.zoom || 1), u = te(() => a.size * a.zoom / 2), c = te(() => 1 + l.value / 2), d = `mx-dots-${o}`;
    let f = null;
    function m() {
      clearTimeout(f), f = null, a.zoom = i.value.zoom || 1, a.gap = n.gap, a.size = n.size, a.over = 1;
    }
    function S() {
      const x = i.value, y = x.zoom / a.zoom, C = l.value * y, w = (x.x % C + C) % C, v = (x.y % C + C) % C;
      if (y === 1) return `translate(${w - C}px, ${v - C}px)`;
      if (y < Nh || y > Mh) return !1;
      y < 1 && (a.over = Eh);
      const R = s.value, Y = R.width || 0, H = R.height || 0, B = (a.over * Y + 2 * l.value) * y, oe = (a.over * H + 2 * l.value) * y, Q = w - C * Math.ceil((B - Y) / 2 / C), W = v - C * Math.ceil((oe - H) / 2 / C);
      return Q > 0 || W > 0 || Q + B < Y || W + oe < H ? !1 : `translate(${Q}px, ${W}px) scale(${y})`;
    }
    function g() {
      const x = r.value;
      if (!x) return;
      let y = S();
      y === !1 && (m(), y = S()), x.style.transform = y, i.value.zoom !== a.zoom && (clearTimeout(f), f = setTimeout(() => {
        m(), g();
      }, $h));
    }
    return Ie(i, g), Ie(() => [s.value.width, s.value.height], g), rt(g), Ot(() => clearTimeout(f)), t({ drawn: a }), (x, y) => (I(), D("svg", {
      ref_key: "el",
      ref: r,
      class: "vue-flow__background vue-flow__container mx-dots",
      "aria-hidden": "true",
      "data-zoom": a.zoom,
      style: Ve({ width: `calc(${a.over * 100}% + ${2 * l.value}px)`, height: `calc(${a.over * 100}% + ${2 * l.value}px)` })
    }, [
      $("pattern", {
        id: d,
        x: "0",
        y: "0",
        width: l.value,
        height: l.value,
        patternTransform: `translate(-${c.value},-${c.value})`,
        patternUnits: "userSpaceOnUse"
      }, [
        $("circle", {
          cx: u.value,
          cy: u.value,
          r: u.value,
          fill: e.color
        }, null, 8, _h)
      ], 8, kh),
      $("rect", {
        x: "0",
        y: "0",
        width: "100%",
        height: "100%",
        fill: `url(#${d})`
      }, null, 8, Sh)
    ], 12, bh));
  }
};
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ih = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
var Wn = {
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
const Th = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: s, class: r, ...a }, { slots: l }) => Fe(
  "svg",
  {
    ...Wn,
    width: e || Wn.width,
    height: e || Wn.height,
    stroke: o || Wn.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${Ih(s ?? "icon")}`],
    ...a
  },
  [...i.map((u) => Fe(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Me = (e, t) => (n, { slots: o }) => Fe(
  Th,
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
const Ph = Me("AudioLinesIcon", [
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
const zh = Me("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ah = Me("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Dh = Me("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Oh = Me("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const hs = Me("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Rh = Me("ClapperboardIcon", [
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
const Bh = Me("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Lh = Me("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Vh = Me("CpuIcon", [
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
const Hh = Me("DownloadIcon", [
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
const Fh = Me("FileTextIcon", [
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
const Yh = Me("FilmIcon", [
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
const Xh = Me("HistoryIcon", [
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
const qh = Me("ImageIcon", [
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
const Gh = Me("InfoIcon", [
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
const Uh = Me("LayersIcon", [
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
const Wh = Me("Link2Icon", [
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
const Kh = Me("ListOrderedIcon", [
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
const Zh = Me("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const jh = Me("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Jh = Me("Maximize2Icon", [
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
const Qh = Me("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const em = Me("MicIcon", [
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
const tm = Me("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const nm = Me("PackageIcon", [
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
const om = Me("PaletteIcon", [
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
const im = Me("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const sm = Me("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const rm = Me("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const am = Me("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const lm = Me("ScanEyeIcon", [
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
const um = Me("ScrollTextIcon", [
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
const cm = Me("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const dm = Me("SlidersHorizontalIcon", [
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
const fm = Me("SparklesIcon", [
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
const hm = Me("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const mm = Me("StarIcon", [
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
const pm = Me("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const vm = Me("TableIcon", [
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
const gm = Me("TimerIcon", [
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
const ym = Me("Trash2Icon", [
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
const wm = Me("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const xm = Me("UploadIcon", [
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
const bm = Me("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const km = Me("Volume2Icon", [
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
const _m = Me("VolumeXIcon", [
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
const Sm = Me("WorkflowIcon", [
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
const $m = Me("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Pe = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: Rh,
      "user-round": bm,
      palette: om,
      timer: gm,
      image: qh,
      "sticky-note": pm,
      mic: em,
      "sliders-horizontal": dm,
      cpu: Vh,
      workflow: Sm,
      "list-ordered": Kh,
      "scroll-text": um,
      "audio-lines": Ph,
      "scan-eye": lm,
      play: sm,
      square: hm,
      trash: ym,
      copy: Lh,
      comment: Qh,
      check: zh,
      x: $m,
      left: Dh,
      right: Oh,
      star: mm,
      sparkles: fm,
      search: cm,
      history: Xh,
      fit: Jh,
      plus: rm,
      minus: tm,
      undo: wm,
      redo: am,
      dot: hs,
      film: Yh,
      upload: xm,
      link: Wh,
      pause: im,
      clock: Bh,
      layers: Uh,
      lock: jh,
      unlock: Zh,
      download: Hh,
      "file-text": Fh,
      table: vm,
      package: nm,
      info: Gh,
      down: Ah,
      volume: km,
      "volume-x": _m
    }, n = e, o = te(() => t[n.name] || hs);
    return (i, s) => (I(), Ge(ui(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Lr = Symbol("multiplex-store");
function Em(e) {
  const t = rn({
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
  }), n = te(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = te(() => ps(t.comments, (u) => [u.block])), i = te(() => ps(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), s = (u) => o.value.get(u) || ms, r = (u) => i.value.get(u) || ms;
  let a = 0;
  return { state: t, send: (u, c = {}) => (a += 1, e("command", { op: u, req: a, ...c }), a), seqIndex: n, commentsOf: s, othersOn: r };
}
const ms = Object.freeze([]);
function ps(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const s = n.get(i);
      s ? s.push(o) : n.set(i, [o]);
    }
  return n;
}
function $t() {
  return Dt(Lr);
}
const Pt = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, vs = { ...Pt, idle: "#9ca3af", cancelled: "#9ca3af" }, xn = "#f1f3f5";
function Nm(e, t, n = 30) {
  const o = t.trim().toLowerCase();
  if (!o) return e.slice(0, n);
  const i = [];
  return e.forEach((s, r) => {
    const a = String(s.title || "").toLowerCase();
    let l = a.startsWith(o) ? 0 : a.includes(o) ? 1 : -1;
    l < 0 && (l = `${s.description || ""} ${s.text || ""} ${s.caption || ""} ${s.kind} ${s.sub}`.toLowerCase().includes(o) ? 2 : -1), l >= 0 && i.push([l, r, s]);
  }), i.sort((s, r) => s[0] - r[0] || s[1] - r[1]), i.slice(0, n).map((s) => s[2]);
}
const po = {
  intent: "#ff79c6",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function gs(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function Mo(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const Mm = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, Cm = ["data-kind", "data-sub", "aria-label", "onPointerdown", "onPointerenter"], Im = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = Se(null), i = Se(null);
    function s(d, f) {
      const m = d.currentTarget.getBoundingClientRect(), S = d.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: f.label, x: S.right + 8, y: m.top + m.height / 2 };
    }
    const r = po;
    let a = null;
    function l(d, f, m) {
      d.button === 0 && (i.value = null, d.preventDefault(), a = { x: d.clientX, y: d.clientY, group: f, item: m, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(d) {
      a && (!a.moved && Math.hypot(d.clientX - a.x, d.clientY - a.y) < 4 || (a.moved = !0, o.value = { x: d.clientX, y: d.clientY, label: a.item.label, icon: a.item.icon, color: r[a.group.kind] }));
    }
    function c(d) {
      window.removeEventListener("pointermove", u);
      const f = a;
      a = null, o.value = null, f && n("place", { kind: f.group.kind, sub: f.item.sub, clientX: d.clientX, clientY: d.clientY, dragged: f.moved });
    }
    return (d, f) => (I(), D(Ce, null, [
      $("nav", Mm, [
        f[1] || (f[1] = $("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          $("span", null, "m"),
          $("i")
        ], -1)),
        (I(!0), D(Ce, null, Ye(e.groups, (m) => (I(), D("div", {
          key: m.kind,
          class: "mx-pal-group",
          style: Ve({ "--accent": F(r)[m.kind] })
        }, [
          (I(!0), D(Ce, null, Ye(m.items, (S) => (I(), D("button", {
            key: S.sub,
            class: "mx-pal-item",
            "data-kind": m.kind,
            "data-sub": S.sub,
            "aria-label": S.label,
            onPointerdown: (g) => l(g, m, S),
            onPointerenter: (g) => s(g, S),
            onPointerleave: f[0] || (f[0] = (g) => i.value = null)
          }, [
            pe(Pe, {
              name: S.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, Cm))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (I(), D("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: Ve({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, U(i.value.label), 5)) : ce("", !0),
      o.value ? (I(), D("div", {
        key: 1,
        class: "mx-ghost",
        style: Ve({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        pe(Pe, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Oe(" " + U(o.value.label), 1)
      ], 4)) : ce("", !0)
    ], 64));
  }
}, Tm = ["width", "height"], Pm = {
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
    const t = e, n = Se(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, s = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, r = 0;
    function a() {
      let g = 1 / 0, x = 1 / 0, y = -1 / 0, C = -1 / 0;
      for (const w of t.blocks.values())
        w.x < g && (g = w.x), w.y < x && (x = w.y), w.x + w.w > y && (y = w.x + w.w), w.y + w.h > C && (C = w.y + w.h);
      return g === 1 / 0 ? null : { x0: g, y0: x, x1: y, y1: C };
    }
    function l() {
      r = 0;
      const g = n.value;
      if (!g) return;
      const x = g.getContext("2d"), y = g.width, C = g.height, w = t.flow.viewport.value, v = t.flow.dimensions.value, R = { x0: -w.x / w.zoom, y0: -w.y / w.zoom, x1: (v.width - w.x) / w.zoom, y1: (v.height - w.y) / w.zoom };
      i === null && (i = a() || R);
      const Y = { x0: Math.min(i.x0, R.x0), y0: Math.min(i.y0, R.y0), x1: Math.max(i.x1, R.x1), y1: Math.max(i.y1, R.y1) }, H = Math.max(Y.x1 - Y.x0, Y.y1 - Y.y0) * 0.04;
      Y.x0 -= H, Y.y0 -= H, Y.x1 += H, Y.y1 += H;
      const B = Math.min(y / (Y.x1 - Y.x0), C / (Y.y1 - Y.y0));
      s = { x0: Y.x0, y0: Y.y0, scale: B, ox: (y - (Y.x1 - Y.x0) * B) / 2, oy: (C - (Y.y1 - Y.y0) * B) / 2 }, x.clearRect(0, 0, y, C), x.globalAlpha = 0.75;
      for (const re of t.blocks.values())
        x.fillStyle = t.colorOf(re), x.fillRect(s.ox + (re.x - Y.x0) * B, s.oy + (re.y - Y.y0) * B, Math.max(1, re.w * B), Math.max(1, re.h * B));
      x.globalAlpha = 1;
      const oe = s.ox + (R.x0 - Y.x0) * B, Q = s.oy + (R.y0 - Y.y0) * B, W = (R.x1 - R.x0) * B, T = (R.y1 - R.y0) * B;
      x.fillStyle = "rgba(10,10,11,0.62)", x.beginPath(), x.rect(0, 0, y, C), x.rect(oe, Q, W, T), x.fill("evenodd"), x.strokeStyle = "rgba(241,243,245,0.45)", x.lineWidth = o, x.strokeRect(oe + o / 2, Q + o / 2, W - o, T - o);
    }
    function u(g) {
      g && (i = null), r || (r = requestAnimationFrame(l));
    }
    Ie(() => t.rev, () => u(!0)), Ie(() => t.flow.viewport.value, () => u(!1)), Ie(() => t.flow.dimensions.value, () => u(!1)), rt(() => u(!0)), Ot(() => r && cancelAnimationFrame(r));
    function c(g) {
      const x = n.value.getBoundingClientRect(), y = (g.clientX - x.left) * o, C = (g.clientY - x.top) * o;
      return { x: (y - s.ox) / s.scale + s.x0, y: (C - s.oy) / s.scale + s.y0 };
    }
    function d(g, x) {
      const y = t.flow.dimensions.value, C = x ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: y.width / 2 - g.x * C, y: y.height / 2 - g.y * C, zoom: C });
    }
    function f(g) {
      g.button === 0 && (n.value.setPointerCapture(g.pointerId), d(c(g)));
    }
    function m(g) {
      g.buttons & 1 && d(c(g));
    }
    function S(g) {
      const x = t.flow.viewport.value, y = t.flow.dimensions.value, C = { x: (y.width / 2 - x.x) / x.zoom, y: (y.height / 2 - x.y) / x.zoom }, w = Math.max(0.05, Math.min(3, x.zoom * Math.exp(-g.deltaY * 15e-4)));
      d(C, w);
    }
    return (g, x) => (I(), D("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * F(o),
      height: e.height * F(o),
      style: Ve({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: f,
      onPointermove: m,
      onWheel: ke(S, ["prevent", "stop"])
    }, null, 44, Tm));
  }
}, zm = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = te(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (I(), D("div", {
      key: 0,
      class: "mx-cursors",
      style: Ve({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (I(!0), D(Ce, null, Ye(e.users, (s) => (I(), D("div", {
        key: s.id,
        class: "mx-cursor",
        style: Ve({ left: `${s.cursor.x}px`, top: `${s.cursor.y}px`, "--c": s.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = $("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          $("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        $("span", null, U(s.name), 1)
      ], 4))), 128))
    ], 4)) : ce("", !0);
  }
}, Am = 2, ys = 12, ws = 0.2, Kn = 8, xs = "#ffc947", bs = 4.5, Dm = ".vue-flow__panel, .vue-flow__node, .vue-flow__edge, .vue-flow__nodesselection, .vue-flow__handle, button, input, textarea", Om = {
  __name: "FarCanvas",
  props: { flow: Object, edges: Map, rev: Number },
  emits: ["move", "shown", "connect"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, { state: s, othersOn: r, commentsOf: a } = $t(), l = Se(null), u = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" }, c = {
      comp: "rgba(255, 201, 71, 0.55)",
      gen_art: "rgba(100, 255, 218, 0.55)",
      grows: "rgba(156, 136, 255, 0.6)",
      seq: "rgba(241, 243, 245, 0.14)",
      default: "#3a3a40"
    };
    let d = Math.min(2, window.devicePixelRatio || 1), f = 0, m = !1, S = !0, g = [];
    const x = /* @__PURE__ */ new Map(), y = /* @__PURE__ */ new Set(), C = /* @__PURE__ */ new Map();
    function w(p) {
      return p.kind === "intent" ? Pt[(p.status || {}).state] || Pt.idle : p.kind === "activity" && p.sub === "animatic" ? "#ffc947" : po[p.kind] || "#333333";
    }
    function v(p, V, h) {
      const b = `${p}${V}${h}`;
      let M = C.get(b);
      if (!M) {
        const X = (Z) => {
          const ue = parseInt(Z.slice(1), 16);
          return [ue >> 16 & 255, ue >> 8 & 255, ue & 255];
        }, J = X(p), K = X(V);
        M = `rgb(${J.map((Z, ue) => Math.round(Z * h + K[ue] * (1 - h))).join(",")})`, C.set(b, M);
      }
      return M;
    }
    function R(p) {
      const V = p.status;
      return p.kind === "intent" && V && V.fraction !== void 0 && V.state !== "idle" ? Math.max(0, Math.min(1, V.fraction || 0)) : -1;
    }
    function Y(p) {
      const V = a(p);
      let h = 0;
      for (const b of V) b.resolved || h++;
      return h;
    }
    function H(p) {
      const V = p.data.kind;
      return V === "comp" || V === "gen_art" ? { x: p.position.x + p.data.w, y: p.position.y + p.data.h / 2, source: !0 } : V === "intent" ? { x: p.position.x, y: p.position.y + p.data.h / 2, source: !1 } : null;
    }
    function B() {
      f || (f = requestAnimationFrame(T));
    }
    const oe = { frames: 0, ms: 0, max: 0 };
    let Q = 0, W = !1;
    function T(p) {
      f = 0, W = p - Q < 100 && p - Q > 25, Q = p;
      const V = performance.now(), [h, b] = G();
      b && i("shown"), P();
      const M = performance.now() - V;
      oe.frames++, oe.ms += M, oe.max = Math.max(oe.max, M), h && B();
    }
    function re() {
      const p = o.flow.viewport.value, V = o.flow.dimensions.value;
      return { vp: p, w: V.width, h: V.height, x0: -p.x / p.zoom, y0: -p.y / p.zoom, x1: (V.width - p.x) / p.zoom, y1: (V.height - p.y) / p.zoom };
    }
    const N = (p, V, h, b, M) => p.position.x < b && p.position.x + p.data.w > V && p.position.y < M && p.position.y + p.data.h > h;
    function G() {
      var Ke, at, Et;
      const p = o.flow.nodes.value, V = Vt(p), h = re(), b = s.lod === 0, M = (h.x1 - h.x0) * ws, X = (h.y1 - h.y0) * ws, J = (Et = (at = (Ke = document.activeElement) == null ? void 0 : Ke.closest) == null ? void 0 : at.call(Ke, ".vue-flow__node")) == null ? void 0 : Et.dataset.id, K = [], Z = [];
      let ue = 0;
      for (let et = 0; et < V.length; et++) {
        const lt = V[et], mn = b && N(lt, h.x0 - M, h.y0 - X, h.x1 + M, h.y1 + X);
        lt.hidden ? mn && K.push(et) : !mn && !lt.dragging && lt.id !== J && (N(lt, h.x0, h.y0, h.x1, h.y1) ? Z.push(et) : (p[et].hidden = !0, ue++));
      }
      let se = ue !== 0;
      const ee = Z.slice(0, m ? 1 / 0 : ys);
      for (const et of ee) p[et].hidden = !0;
      const Ee = m ? 1 / 0 : W ? 1 : Am;
      if (K.length > Ee) {
        const et = (h.x0 + h.x1) / 2, lt = (h.y0 + h.y1) / 2, mn = (Io) => {
          const Jt = V[Io];
          return Math.hypot(Jt.position.x + Jt.data.w / 2 - et, Jt.position.y + Jt.data.h / 2 - lt);
        };
        K.sort((Io, Jt) => mn(Io) - mn(Jt));
      }
      const Re = K.slice(0, Ee);
      for (const et of Re) p[et].hidden = !1;
      return se = se || ee.length > 0 || Re.length > 0, m = !1, [K.length > Ee || Z.length > ys, se];
    }
    function P() {
      const p = l.value;
      if (!p) return;
      const V = re(), h = Math.round(V.w * d), b = Math.round(V.h * d), M = Vt(o.flow.nodes.value), X = s.lod, J = [], K = [], Z = /* @__PURE__ */ new Map();
      for (const Re of M)
        Z.set(Re.id, Re), Re.hidden && N(Re, V.x0, V.y0, V.x1, V.y1) && (Re.selected ? K : J).push(Re);
      g = J.concat(K);
      const ue = j(Z, V, X), se = !g.length && !ue.length && !(E && E.link);
      if ((p.width !== h || p.height !== b) && (p.width = h, p.height = b, S = !0), se && !S) return;
      const ee = p.getContext("2d");
      if (ee.setTransform(1, 0, 0, 1, 0, 0), ee.clearRect(0, 0, h, b), S = !se, p.style.visibility = se ? "hidden" : "", se) return;
      const Ee = V.vp.zoom;
      ee.setTransform(d * Ee, 0, 0, d * Ee, d * V.vp.x, d * V.vp.y), q(ee, ue, Ee, X), g.length && (X === 2 ? ie(ee, g) : he(ee, g, Ee), le(ee, g, Ee, X), ae(ee, g, Ee), E && E.link && E.at && Te(ee, E, Ee));
    }
    function j(p, V, h) {
      const b = {}, M = (K, Z, ue, se) => {
        const ee = L(Z, ue, se, V);
        ee && O(b[K] || (b[K] = new Path2D()), ee, se);
      };
      for (const K of o.edges.values()) {
        const Z = y.has(K.id) ? "selected" : c[K.kind] ? K.kind : "default";
        M(Z, p.get(K.src), p.get(K.dst), !1);
      }
      if (h < 2) {
        const K = s.sequence;
        for (let Z = 0; Z + 1 < K.length; Z++) M("seq", p.get(K[Z]), p.get(K[Z + 1]), !0);
      }
      const X = Object.entries(b), J = X.findIndex(([K]) => K === "selected");
      return J >= 0 && X.push(X.splice(J, 1)[0]), X;
    }
    function L(p, V, h, b) {
      if (!p || !V || !p.hidden && !V.hidden) return null;
      const M = h ? p.position.x + p.data.w / 2 : p.position.x + p.data.w, X = h ? p.position.y + p.data.h : p.position.y + p.data.h / 2, J = h ? V.position.x + V.data.w / 2 : V.position.x, K = h ? V.position.y : V.position.y + V.data.h / 2;
      return Math.max(M, J) < b.x0 || Math.min(M, J) > b.x1 || Math.max(X, K) < b.y0 || Math.min(X, K) > b.y1 ? null : [M, X, J, K];
    }
    function O(p, [V, h, b, M], X) {
      if (p.moveTo(V, h), X) p.lineTo(b, M);
      else {
        const J = Math.max(Math.abs(b - V) * 0.5, 25);
        p.bezierCurveTo(V + J, h, b - J, M, b, M);
      }
    }
    function q(p, V, h, b) {
      for (const [M, X] of V)
        p.strokeStyle = M === "selected" ? xn : c[M], p.lineWidth = M === "seq" ? 1 : M === "selected" ? 2 / h : Math.max(1.2, 0.6 / h), p.setLineDash(b === 2 || M === "selected" ? [] : M === "seq" ? [1, 6] : M === "gen_art" ? [4, 5] : M === "grows" ? [2, 4] : []), p.lineCap = M === "seq" ? "round" : "butt", p.stroke(X);
      p.setLineDash([]);
    }
    function ie(p, V) {
      const h = /* @__PURE__ */ new Map();
      for (const b of V) {
        const M = b.selected ? v(xn, "#1c1c20", 0.55) : v(w(b.data), "#1c1c20", 0.3);
        let X = h.get(M);
        X || h.set(M, X = new Path2D()), X.rect(b.position.x, b.position.y, b.data.w, b.data.h);
      }
      for (const [b, M] of h)
        p.fillStyle = b, p.fill(M);
    }
    function he(p, V, h) {
      const b = new Path2D(), M = new Path2D(), X = /* @__PURE__ */ new Map();
      for (const K of V) {
        const { x: Z, y: ue } = K.position, se = K.data.w, ee = K.data.h;
        (K.selected ? M : b).rect(Z, ue, se, ee);
        const Ee = w(K.data);
        let Re = X.get(Ee);
        Re || X.set(Ee, Re = new Path2D()), Re.rect(Z, ue, 4, ee);
      }
      p.fillStyle = "#151517", p.fill(b), p.fillStyle = "#16191b", p.fill(M), p.lineWidth = 1, p.strokeStyle = "#252527", p.stroke(b), p.strokeStyle = xn, p.stroke(M);
      for (const [K, Z] of X)
        p.fillStyle = K, p.fill(Z);
      if (h * 30 < 4) return;
      p.textBaseline = "middle", p.font = '18px "JetBrains Mono", ui-monospace, monospace', p.letterSpacing = "1.44px", p.globalAlpha = 0.85;
      const J = [];
      for (const K of V) {
        const Z = K.data, ue = Z.w, se = Z.h, ee = we(p, K, ue - 39), Ee = 30 + ee.length * 34.5, Re = K.position.y + Math.max(15, (se - Ee) / 2);
        J.push(Re, ee), p.fillStyle = w(Z), p.fillText(String(Z.kind === "intent" || Z.kind === "comp" ? Z.sub : u[Z.kind] || Z.kind).toUpperCase(), K.position.x + 22, Re + 12, ue - 39);
      }
      p.globalAlpha = 1, p.letterSpacing = "0px", p.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', p.fillStyle = "#f8f9fa";
      for (let K = 0; K < V.length; K++) {
        const Z = V[K], ue = J[2 * K], se = J[2 * K + 1];
        for (let ee = 0; ee < se.length; ee++) p.fillText(se[ee], Z.position.x + 22, ue + 30 + 17.25 + ee * 34.5);
      }
    }
    function we(p, V, h) {
      const b = String(V.data.title || V.data.sub || ""), M = `${b}|${h}|${V.data.h}`, X = x.get(V.id);
      if (X && X.key === M) return X.lines;
      const J = p.font, K = p.letterSpacing;
      p.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', p.letterSpacing = "0px";
      const Z = Math.max(1, Math.min(3, Math.floor((V.data.h - 58) / 34.5))), ue = [];
      let se = "";
      const ee = b.split(/\s+/).filter(Boolean);
      for (let Ee = 0; Ee < ee.length; Ee++) {
        const Re = se ? `${se} ${ee[Ee]}` : ee[Ee];
        if (!se || p.measureText(Re).width <= h) {
          se = Re;
          continue;
        }
        if (ue.push(se), se = ee[Ee], ue.length === Z) {
          se = "", ue[Z - 1] = xe(p, `${ue[Z - 1]} ${ee.slice(Ee).join(" ")}`, h);
          break;
        }
      }
      return se && ue.push(ue.length === Z - 1 || p.measureText(se).width > h ? xe(p, se, h) : se), p.font = J, p.letterSpacing = K, x.set(V.id, { key: M, lines: ue }), ue;
    }
    function xe(p, V, h) {
      if (p.measureText(V).width <= h) return V;
      let b = 0, M = V.length;
      for (; b < M; ) {
        const X = b + M + 1 >> 1;
        p.measureText(`${V.slice(0, X)}…`).width <= h ? b = X : M = X - 1;
      }
      return `${V.slice(0, b).trimEnd()}…`;
    }
    function ae(p, V, h) {
      p.lineWidth = 2 / h, p.setLineDash([6 / h, 4 / h]);
      for (const b of V) {
        const M = r(b.id);
        M.length && (p.strokeStyle = M[0].color, p.strokeRect(b.position.x - 3 / h, b.position.y - 3 / h, b.data.w + 6 / h, b.data.h + 6 / h));
      }
      p.setLineDash([]);
    }
    const ne = [];
    function le(p, V, h, b) {
      ne.length = 0;
      const M = 1 / h, X = /* @__PURE__ */ new Map();
      for (const J of V) {
        const K = R(J.data), Z = Y(J.id);
        if (K < 0 && !Z && b === 2) continue;
        const { x: ue, y: se } = J.position, ee = J.data.w, Ee = { id: J.id };
        if (K >= 0) {
          const Re = Math.min(3 * M, J.data.h / 4), Ke = Pt[J.data.status.state] || Pt.idle;
          p.fillStyle = "rgba(255, 255, 255, 0.06)", p.fillRect(ue, se, ee, Re), p.fillStyle = Ke, p.fillRect(ue, se, ee * K, Re), Ee.bar = { x: ue, y: se, w: ee * K, h: Re, fill: Ke, fraction: K };
        }
        if (Z) {
          const Re = Math.min(6 * M, ee / 8);
          if (b === 2) {
            const Ke = Math.min(3 * M, ee / 6);
            p.fillStyle = xs, p.beginPath(), p.arc(ue + ee - Re - Ke, se + Re + Ke, Ke, 0, 2 * Math.PI), p.fill(), Ee.badge = { x: ue + ee - Re - 2 * Ke, y: se + Re, w: 2 * Ke, h: 2 * Ke, count: Z };
          } else {
            const Ke = String(Z), at = 15 * M, Et = (11 + 7 * Ke.length) * M, et = ue + ee - Re - Et, lt = se + Re + (K >= 0 ? 3 * M : 0);
            p.fillStyle = "#151517", p.fillRect(et, lt, Et, at), p.strokeStyle = "rgba(255, 201, 71, 0.6)", p.lineWidth = M, p.strokeRect(et, lt, Et, at), p.fillStyle = xs, p.font = `${10 * M}px "JetBrains Mono", ui-monospace, monospace`, p.letterSpacing = "0px", p.textBaseline = "middle", p.textAlign = "center", p.fillText(Ke, et + Et / 2, lt + at / 2 + 0.5 * M), p.textAlign = "start", Ee.badge = { x: et, y: lt, w: Et, h: at, count: Z };
          }
        }
        if ((Ee.bar || Ee.badge) && ne.push(Ee), b === 1) {
          const Re = H(J);
          if (!Re) continue;
          const Ke = w(J.data);
          let at = X.get(Ke);
          at || X.set(Ke, at = new Path2D()), at.moveTo(Re.x + bs * M, Re.y), at.arc(Re.x, Re.y, bs * M, 0, 2 * Math.PI);
        }
      }
      p.lineWidth = M;
      for (const [J, K] of X)
        p.fillStyle = "#0d0d0d", p.fill(K), p.strokeStyle = J, p.stroke(K);
    }
    function Te(p, V, h) {
      p.strokeStyle = xn, p.lineWidth = 1.4 / h;
      const b = new Path2D(), M = V.link.source ? V.link : V.at, X = V.link.source ? V.at : V.link;
      O(b, [M.x, M.y, X.x, X.y], !1), p.stroke(b);
    }
    function Ae(p) {
      const V = l.value.getBoundingClientRect(), h = o.flow.viewport.value;
      return { x: (p.clientX - V.left - h.x) / h.zoom, y: (p.clientY - V.top - h.y) / h.zoom };
    }
    function $e(p, V) {
      if (!l.value) return null;
      const h = Ae({ clientX: p, clientY: V });
      for (let b = g.length - 1; b >= 0; b--) {
        const M = g[b];
        if (h.x >= M.position.x && h.x <= M.position.x + M.data.w && h.y >= M.position.y && h.y <= M.position.y + M.data.h) return M.id;
      }
      return null;
    }
    function De(p, V) {
      if (!l.value || s.lod !== 1) return null;
      const h = Ae({ clientX: p, clientY: V }), b = 8 / o.flow.viewport.value.zoom;
      for (let M = g.length - 1; M >= 0; M--) {
        const X = H(g[M]);
        if (X && Math.hypot(h.x - X.x, h.y - X.y) <= b) return { id: g[M].id, ...X };
      }
      return null;
    }
    function _e(p, V) {
      const h = l.value;
      if (!h) return null;
      const b = re(), M = b.vp.zoom, X = h.getContext("2d"), J = h.getBoundingClientRect(), K = /* @__PURE__ */ new Map();
      for (const ee of Vt(o.flow.nodes.value)) K.set(ee.id, ee);
      X.setTransform(d * M, 0, 0, d * M, d * b.vp.x, d * b.vp.y), X.lineWidth = 10 / M;
      const Z = (p - J.left) * d, ue = (V - J.top) * d;
      let se = null;
      for (const ee of o.edges.values()) {
        const Ee = L(K.get(ee.src), K.get(ee.dst), !1, b);
        if (!Ee) continue;
        const Re = new Path2D();
        O(Re, Ee, !1), X.isPointInStroke(Re, Z, ue) && (se = ee.id);
      }
      return se;
    }
    function be(p, V) {
      const h = o.flow;
      V || (y.clear(), h.removeSelectedNodes(h.getSelectedNodes.value), h.removeSelectedEdges(h.getSelectedEdges.value)), V && y.has(p) ? y.delete(p) : y.add(p), B();
    }
    function _() {
      y.size && (y.clear(), B());
    }
    const k = (p) => !(p.target.closest && p.target.closest(Dm));
    let E = null, A = !1;
    function z(p, V) {
      const h = o.flow, b = h.findNode(p);
      if (!b) return;
      if (V) {
        b.selected ? h.removeSelectedNodes([b]) : h.addSelectedNodes([b]);
        return;
      }
      _();
      const M = h.getSelectedNodes.value.filter((X) => X.id !== p);
      M.length && h.removeSelectedNodes(M), h.removeSelectedEdges(h.getSelectedEdges.value), b.selected || h.addSelectedNodes([b]);
    }
    function de(p) {
      if (A = !1, p.button !== 0 || !k(p)) return;
      const V = p.shiftKey || p.ctrlKey || p.metaKey, h = De(p.clientX, p.clientY), b = h ? null : $e(p.clientX, p.clientY), M = h || b ? null : _e(p.clientX, p.clientY);
      if (!h && !b && !M) {
        V || _();
        return;
      }
      if (p.stopPropagation(), p.preventDefault(), window.addEventListener("pointermove", fe, !0), window.addEventListener("pointerup", ye, !0), h) {
        E = { link: h, x: p.clientX, y: p.clientY, moved: !1, nodes: [] };
        return;
      }
      if (M) {
        E = { edge: M, add: V, x: p.clientX, y: p.clientY, moved: !1, nodes: [] };
        return;
      }
      const X = o.flow.findNode(b), J = X.selected ? o.flow.getSelectedNodes.value : [X];
      E = { id: b, x: p.clientX, y: p.clientY, moved: !1, add: V, nodes: J.map((K) => ({ m: K, x: K.position.x, y: K.position.y })) };
    }
    function fe(p) {
      const V = E;
      if (!V || !V.moved && Math.hypot(p.clientX - V.x, p.clientY - V.y) < 4) return;
      if (V.moved = !0, V.link) {
        V.at = Ae(p), B();
        return;
      }
      const h = o.flow.viewport.value.zoom, b = (p.clientX - V.x) / h, M = (p.clientY - V.y) / h;
      for (const X of V.nodes) {
        const J = Kn * Math.round((X.x + b) / Kn), K = Kn * Math.round((X.y + M) / Kn);
        X.m.dragging = !0, X.m.position = { x: J, y: K }, X.m.computedPosition = { ...X.m.computedPosition, x: J, y: K };
      }
      B();
    }
    function ye(p) {
      window.removeEventListener("pointermove", fe, !0), window.removeEventListener("pointerup", ye, !0);
      const V = E;
      if (E = null, !!V) {
        if (A = !0, V.link) {
          V.moved && ve(V.link, p.clientX, p.clientY), B();
          return;
        }
        if (V.edge) {
          be(V.edge, V.add);
          return;
        }
        if (V.moved) {
          for (const h of V.nodes) h.m.dragging = !1;
          i("move", V.nodes.map((h) => ({ id: h.m.id, x: Math.round(h.m.position.x), y: Math.round(h.m.position.y) })));
        } else z(V.id, V.add);
        B();
      }
    }
    function ve(p, V, h) {
      var X, J;
      const b = (J = (X = document.elementFromPoint(V, h)) == null ? void 0 : X.closest) == null ? void 0 : J.call(X, ".vue-flow__node[data-id]"), M = $e(V, h) || (b == null ? void 0 : b.dataset.id);
      !M || M === p.id || i("connect", p.source ? { source: p.id, target: M } : { source: M, target: p.id });
    }
    function Ne(p) {
      A && (A = !1, p.stopPropagation());
    }
    function ze(p) {
      if (!k(p)) return;
      const V = $e(p.clientX, p.clientY);
      V && (p.stopPropagation(), p.preventDefault(), z(V, !1), o.flow.fitView({ nodes: [V], padding: 0.6, maxZoom: 1, duration: 300 }));
    }
    let Be = null;
    function ot(p) {
      p.buttons || E || (Be = Be || l.value.parentElement.querySelector(".vue-flow__pane"), Be && (Be.style.cursor = k(p) ? De(p.clientX, p.clientY) ? "crosshair" : $e(p.clientX, p.clientY) ? "pointer" : "" : ""));
    }
    let Qe = null;
    Ie(() => o.flow.userSelectionRect.value, (p) => {
      p && p.width + p.height > 0 && (Qe = { ...p });
    }), o.flow.onSelectionEnd(() => {
      const p = Qe;
      if (Qe = null, !p) return;
      const V = o.flow.viewport.value, h = (p.x - V.x) / V.zoom, b = (p.y - V.y) / V.zoom, M = h + p.width / V.zoom, X = b + p.height / V.zoom, J = o.flow.nodes.value.filter((K) => K.hidden && K.position.x >= h && K.position.y >= b && K.position.x + K.data.w <= M && K.position.y + K.data.h <= X);
      J.length && o.flow.addSelectedNodes(J);
    }), Ie(() => o.flow.viewport.value, B), Ie(() => o.flow.dimensions.value, B), Ie(() => [o.rev, s.lod, s.sequence, s.users, s.comments], B), Ie(() => o.flow.getSelectedNodes.value, (p) => {
      p.length && y.clear(), B();
    }), Ie(() => o.flow.getSelectedEdges.value, (p) => {
      p.length && _();
    });
    function Rt() {
      m = !0, f && (cancelAnimationFrame(f), f = 0), G(), P();
    }
    const Bt = () => [...y].filter((p) => o.edges.has(p));
    function hn(p) {
      for (const V of p) y.add(V);
      p.length && B();
    }
    t({ hitAt: $e, settle: Rt, schedule: B, selectedEdges: Bt, keepEdges: hn });
    let Lt = null;
    const Bn = [["pointerdown", de], ["click", Ne], ["dblclick", ze], ["pointermove", ot]];
    return rt(() => {
      var b, M, X, J, K;
      Lt = l.value.parentElement;
      for (const [Z, ue] of Bn) Lt.addEventListener(Z, ue, !0);
      (M = (b = document.fonts) == null ? void 0 : b.ready) == null || M.then(() => {
        x.clear(), B();
      });
      const p = (Z, ue) => {
        const se = l.value.getBoundingClientRect(), ee = o.flow.viewport.value;
        return { x: se.left + ee.x + Z * ee.zoom, y: se.top + ee.y + ue * ee.zoom };
      }, V = (Z) => {
        const ue = p(Z.x, Z.y), se = p(Z.x + Z.w, Z.y + Z.h);
        return { l: ue.x, t: ue.y, r: se.x, b: se.y };
      }, h = (Z) => {
        const ue = l.value.getBoundingClientRect(), se = o.flow.viewport.value, ee = se.zoom;
        return Z.map((Ee) => ({
          id: Ee.id,
          l: ue.left + se.x + Ee.position.x * ee,
          t: ue.top + se.y + Ee.position.y * ee,
          r: ue.left + se.x + (Ee.position.x + Ee.data.w) * ee,
          b: ue.top + se.y + (Ee.position.y + Ee.data.h) * ee
        }));
      };
      window.__mxFar = {
        drawn: () => h(g),
        blocks: () => h(Vt(o.flow.nodes.value).filter((Z) => Z.hidden)),
        hitAt: $e,
        // progress bars and comment badges the last frame drew, and the edges drawn here (mid: the curve's
        // midpoint) with which of them are selected; the handles of the blocks drawn (card level)
        marks: () => ne.map((Z) => ({
          id: Z.id,
          bar: Z.bar && { ...V(Z.bar), fill: Z.bar.fill, fraction: Z.bar.fraction },
          badge: Z.badge && { ...V(Z.badge), count: Z.badge.count }
        })),
        edges: () => {
          const Z = re(), ue = new Map(Vt(o.flow.nodes.value).map((ee) => [ee.id, ee])), se = [];
          for (const ee of o.edges.values()) {
            const Ee = L(ue.get(ee.src), ue.get(ee.dst), !1, Z);
            Ee && se.push({ id: ee.id, src: ee.src, dst: ee.dst, ...p((Ee[0] + Ee[2]) / 2, (Ee[1] + Ee[3]) / 2) });
          }
          return se;
        },
        allEdges: () => [...o.edges.values()].map((Z) => ({ id: Z.id, src: Z.src, dst: Z.dst, kind: Z.kind })),
        selectedEdges: Bt,
        handles: () => g.map((Z) => {
          const ue = H(Z);
          return ue && { id: Z.id, source: ue.source, ...p(ue.x, ue.y) };
        }).filter(Boolean),
        stats: (Z = !1) => {
          const ue = { ...oe };
          return Z && Object.assign(oe, { frames: 0, ms: 0, max: 0 }), ue;
        }
      }, (K = (X = window.matchMedia) == null ? void 0 : (J = X.call(window, `(resolution: ${d}dppx)`)).addEventListener) == null || K.call(J, "change", () => {
        d = Math.min(2, window.devicePixelRatio || 1), B();
      }), B();
    }), Ot(() => {
      if (f && cancelAnimationFrame(f), Lt) for (const [p, V] of Bn) Lt.removeEventListener(p, V, !0);
    }), (p, V) => (I(), D("canvas", {
      ref_key: "el",
      ref: l,
      class: "mx-far",
      "data-role": "far-canvas",
      "aria-hidden": "true"
    }, null, 512));
  }
};
var ii = "http://www.w3.org/1999/xhtml";
const ks = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: ii,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Vr(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ks.hasOwnProperty(t) ? { space: ks[t], local: e } : e;
}
function Rm(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === ii && t.documentElement.namespaceURI === ii ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Bm(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Hr(e) {
  var t = Vr(e);
  return (t.local ? Bm : Rm)(t);
}
function Lm() {
}
function Fr(e) {
  return e == null ? Lm : function() {
    return this.querySelector(e);
  };
}
function Vm(e) {
  typeof e != "function" && (e = Fr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = s[c]) && (u = e.call(l, l.__data__, c, s)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new ut(o, this._parents);
}
function Hm(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Fm() {
  return [];
}
function Ym(e) {
  return e == null ? Fm : function() {
    return this.querySelectorAll(e);
  };
}
function Xm(e) {
  return function() {
    return Hm(e.apply(this, arguments));
  };
}
function qm(e) {
  typeof e == "function" ? e = Xm(e) : e = Ym(e);
  for (var t = this._groups, n = t.length, o = [], i = [], s = 0; s < n; ++s)
    for (var r = t[s], a = r.length, l, u = 0; u < a; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new ut(o, i);
}
function Gm(e) {
  return function() {
    return this.matches(e);
  };
}
function Yr(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Um = Array.prototype.find;
function Wm(e) {
  return function() {
    return Um.call(this.children, e);
  };
}
function Km() {
  return this.firstElementChild;
}
function Zm(e) {
  return this.select(e == null ? Km : Wm(typeof e == "function" ? e : Yr(e)));
}
var jm = Array.prototype.filter;
function Jm() {
  return Array.from(this.children);
}
function Qm(e) {
  return function() {
    return jm.call(this.children, e);
  };
}
function ep(e) {
  return this.selectAll(e == null ? Jm : Qm(typeof e == "function" ? e : Yr(e)));
}
function tp(e) {
  typeof e != "function" && (e = Gm(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = [], l, u = 0; u < r; ++u)
      (l = s[u]) && e.call(l, l.__data__, u, s) && a.push(l);
  return new ut(o, this._parents);
}
function Xr(e) {
  return new Array(e.length);
}
function np() {
  return new ut(this._enter || this._groups.map(Xr), this._parents);
}
function vo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
vo.prototype = {
  constructor: vo,
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
function op(e) {
  return function() {
    return e;
  };
}
function ip(e, t, n, o, i, s) {
  for (var r = 0, a, l = t.length, u = s.length; r < u; ++r)
    (a = t[r]) ? (a.__data__ = s[r], o[r] = a) : n[r] = new vo(e, s[r]);
  for (; r < l; ++r)
    (a = t[r]) && (i[r] = a);
}
function sp(e, t, n, o, i, s, r) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = s.length, f = new Array(c), m;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = m = r.call(l, l.__data__, a, t) + "", u.has(m) ? i[a] = l : u.set(m, l));
  for (a = 0; a < d; ++a)
    m = r.call(e, s[a], a, s) + "", (l = u.get(m)) ? (o[a] = l, l.__data__ = s[a], u.delete(m)) : n[a] = new vo(e, s[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function rp(e) {
  return e.__data__;
}
function ap(e, t) {
  if (!arguments.length) return Array.from(this, rp);
  var n = t ? sp : ip, o = this._parents, i = this._groups;
  typeof e != "function" && (e = op(e));
  for (var s = i.length, r = new Array(s), a = new Array(s), l = new Array(s), u = 0; u < s; ++u) {
    var c = o[u], d = i[u], f = d.length, m = lp(e.call(c, c && c.__data__, u, o)), S = m.length, g = a[u] = new Array(S), x = r[u] = new Array(S), y = l[u] = new Array(f);
    n(c, d, g, x, y, m, t);
    for (var C = 0, w = 0, v, R; C < S; ++C)
      if (v = g[C]) {
        for (C >= w && (w = C + 1); !(R = x[w]) && ++w < S; ) ;
        v._next = R || null;
      }
  }
  return r = new ut(r, o), r._enter = a, r._exit = l, r;
}
function lp(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function up() {
  return new ut(this._exit || this._groups.map(Xr), this._parents);
}
function cp(e, t, n) {
  var o = this.enter(), i = this, s = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? s.remove() : n(s), o && i ? o.merge(i).order() : i;
}
function dp(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, s = o.length, r = Math.min(i, s), a = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), m, S = 0; S < d; ++S)
      (m = u[S] || c[S]) && (f[S] = m);
  for (; l < i; ++l)
    a[l] = n[l];
  return new ut(a, this._parents);
}
function fp() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, s = o[i], r; --i >= 0; )
      (r = o[i]) && (s && r.compareDocumentPosition(s) ^ 4 && s.parentNode.insertBefore(r, s), s = r);
  return this;
}
function hp(e) {
  e || (e = mp);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), s = 0; s < o; ++s) {
    for (var r = n[s], a = r.length, l = i[s] = new Array(a), u, c = 0; c < a; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new ut(i, this._parents).order();
}
function mp(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function pp() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function vp() {
  return Array.from(this);
}
function gp() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, s = o.length; i < s; ++i) {
      var r = o[i];
      if (r) return r;
    }
  return null;
}
function yp() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function wp() {
  return !this.node();
}
function xp(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], s = 0, r = i.length, a; s < r; ++s)
      (a = i[s]) && e.call(a, a.__data__, s, i);
  return this;
}
function bp(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function kp(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function _p(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Sp(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function $p(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Ep(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Np(e, t) {
  var n = Vr(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? kp : bp : typeof t == "function" ? n.local ? Ep : $p : n.local ? Sp : _p)(n, t));
}
function qr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Mp(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Cp(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Ip(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Tp(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Mp : typeof t == "function" ? Ip : Cp)(e, t, n ?? "")) : Pp(this.node(), e);
}
function Pp(e, t) {
  return e.style.getPropertyValue(t) || qr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function zp(e) {
  return function() {
    delete this[e];
  };
}
function Ap(e, t) {
  return function() {
    this[e] = t;
  };
}
function Dp(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Op(e, t) {
  return arguments.length > 1 ? this.each((t == null ? zp : typeof t == "function" ? Dp : Ap)(e, t)) : this.node()[e];
}
function Gr(e) {
  return e.trim().split(/^|\s+/);
}
function ki(e) {
  return e.classList || new Ur(e);
}
function Ur(e) {
  this._node = e, this._names = Gr(e.getAttribute("class") || "");
}
Ur.prototype = {
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
function Wr(e, t) {
  for (var n = ki(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Kr(e, t) {
  for (var n = ki(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function Rp(e) {
  return function() {
    Wr(this, e);
  };
}
function Bp(e) {
  return function() {
    Kr(this, e);
  };
}
function Lp(e, t) {
  return function() {
    (t.apply(this, arguments) ? Wr : Kr)(this, e);
  };
}
function Vp(e, t) {
  var n = Gr(e + "");
  if (arguments.length < 2) {
    for (var o = ki(this.node()), i = -1, s = n.length; ++i < s; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Lp : t ? Rp : Bp)(n, t));
}
function Hp() {
  this.textContent = "";
}
function Fp(e) {
  return function() {
    this.textContent = e;
  };
}
function Yp(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Xp(e) {
  return arguments.length ? this.each(e == null ? Hp : (typeof e == "function" ? Yp : Fp)(e)) : this.node().textContent;
}
function qp() {
  this.innerHTML = "";
}
function Gp(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Up(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Wp(e) {
  return arguments.length ? this.each(e == null ? qp : (typeof e == "function" ? Up : Gp)(e)) : this.node().innerHTML;
}
function Kp() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Zp() {
  return this.each(Kp);
}
function jp() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Jp() {
  return this.each(jp);
}
function Qp(e) {
  var t = typeof e == "function" ? e : Hr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function ev() {
  return null;
}
function tv(e, t) {
  var n = typeof e == "function" ? e : Hr(e), o = t == null ? ev : typeof t == "function" ? t : Fr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function nv() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function ov() {
  return this.each(nv);
}
function iv() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function sv() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function rv(e) {
  return this.select(e ? sv : iv);
}
function av(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function lv(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function uv(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function cv(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, s; n < i; ++n)
        s = t[n], (!e.type || s.type === e.type) && s.name === e.name ? this.removeEventListener(s.type, s.listener, s.options) : t[++o] = s;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function dv(e, t, n) {
  return function() {
    var o = this.__on, i, s = lv(t);
    if (o) {
      for (var r = 0, a = o.length; r < a; ++r)
        if ((i = o[r]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = s, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, s, n), i = { type: e.type, name: e.name, value: t, listener: s, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function fv(e, t, n) {
  var o = uv(e + ""), i, s = o.length, r;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var l = 0, u = a.length, c; l < u; ++l)
        for (i = 0, c = a[l]; i < s; ++i)
          if ((r = o[i]).type === c.type && r.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? dv : cv, i = 0; i < s; ++i) this.each(a(o[i], t, n));
  return this;
}
function Zr(e, t, n) {
  var o = qr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function hv(e, t) {
  return function() {
    return Zr(this, e, t);
  };
}
function mv(e, t) {
  return function() {
    return Zr(this, e, t.apply(this, arguments));
  };
}
function pv(e, t) {
  return this.each((typeof t == "function" ? mv : hv)(e, t));
}
function* vv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, s = o.length, r; i < s; ++i)
      (r = o[i]) && (yield r);
}
var gv = [null];
function ut(e, t) {
  this._groups = e, this._parents = t;
}
function yv() {
  return this;
}
ut.prototype = {
  constructor: ut,
  select: Vm,
  selectAll: qm,
  selectChild: Zm,
  selectChildren: ep,
  filter: tp,
  data: ap,
  enter: np,
  exit: up,
  join: cp,
  merge: dp,
  selection: yv,
  order: fp,
  sort: hp,
  call: pp,
  nodes: vp,
  node: gp,
  size: yp,
  empty: wp,
  each: xp,
  attr: Np,
  style: Tp,
  property: Op,
  classed: Vp,
  text: Xp,
  html: Wp,
  raise: Zp,
  lower: Jp,
  append: Qp,
  insert: tv,
  remove: ov,
  clone: rv,
  datum: av,
  on: fv,
  dispatch: pv,
  [Symbol.iterator]: vv
};
function zn(e) {
  return typeof e == "string" ? new ut([[document.querySelector(e)]], [document.documentElement]) : new ut([[e]], gv);
}
function wv(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function _s(e, t) {
  if (e = wv(e), t === void 0 && (t = e.currentTarget), t) {
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
var xv = { value: () => {
} };
function jr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new oo(n);
}
function oo(e) {
  this._ = e;
}
function bv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
oo.prototype = jr.prototype = {
  constructor: oo,
  on: function(e, t) {
    var n = this._, o = bv(e + "", n), i, s = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++s < r; ) if ((i = (e = o[s]).type) && (i = kv(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++s < r; )
      if (i = (e = o[s]).type) n[i] = Ss(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = Ss(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new oo(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0) for (var n = new Array(i), o = 0, i, s; o < i; ++o) n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (s = this._[e], o = 0, i = s.length; o < i; ++o) s[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, s = o.length; i < s; ++i) o[i].value.apply(t, n);
  }
};
function kv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Ss(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = xv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const _v = { passive: !1 }, An = { capture: !0, passive: !1 };
function Fo(e) {
  e.stopImmediatePropagation();
}
function sn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Sv(e) {
  var t = e.document.documentElement, n = zn(e).on("dragstart.drag", sn, An);
  "onselectstart" in t ? n.on("selectstart.drag", sn, An) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function $v(e, t) {
  var n = e.document.documentElement, o = zn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", sn, An), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Zn = (e) => () => e;
function si(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: s,
  x: r,
  y: a,
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
    active: { value: s, enumerable: !0, configurable: !0 },
    x: { value: r, enumerable: !0, configurable: !0 },
    y: { value: a, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
si.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Ev(e) {
  return !e.ctrlKey && !e.button;
}
function Nv() {
  return this.parentNode;
}
function Mv(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Cv() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Iv() {
  var e = Ev, t = Nv, n = Mv, o = Cv, i = {}, s = jr("start", "drag", "end"), r = 0, a, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", y, _v).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(v, R) {
    if (!(c || !e.call(this, v, R))) {
      var Y = w(this, t.call(this, v, R), v, R, "mouse");
      Y && (zn(v.view).on("mousemove.drag", S, An).on("mouseup.drag", g, An), Sv(v.view), Fo(v), u = !1, a = v.clientX, l = v.clientY, Y("start", v));
    }
  }
  function S(v) {
    if (sn(v), !u) {
      var R = v.clientX - a, Y = v.clientY - l;
      u = R * R + Y * Y > d;
    }
    i.mouse("drag", v);
  }
  function g(v) {
    zn(v.view).on("mousemove.drag mouseup.drag", null), $v(v.view, u), sn(v), i.mouse("end", v);
  }
  function x(v, R) {
    if (e.call(this, v, R)) {
      var Y = v.changedTouches, H = t.call(this, v, R), B = Y.length, oe, Q;
      for (oe = 0; oe < B; ++oe)
        (Q = w(this, H, v, R, Y[oe].identifier, Y[oe])) && (Fo(v), Q("start", v, Y[oe]));
    }
  }
  function y(v) {
    var R = v.changedTouches, Y = R.length, H, B;
    for (H = 0; H < Y; ++H)
      (B = i[R[H].identifier]) && (sn(v), B("drag", v, R[H]));
  }
  function C(v) {
    var R = v.changedTouches, Y = R.length, H, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), H = 0; H < Y; ++H)
      (B = i[R[H].identifier]) && (Fo(v), B("end", v, R[H]));
  }
  function w(v, R, Y, H, B, oe) {
    var Q = s.copy(), W = _s(oe || Y, R), T, re, N;
    if ((N = n.call(v, new si("beforestart", {
      sourceEvent: Y,
      target: f,
      identifier: B,
      active: r,
      x: W[0],
      y: W[1],
      dx: 0,
      dy: 0,
      dispatch: Q
    }), H)) != null)
      return T = N.x - W[0] || 0, re = N.y - W[1] || 0, function G(P, j, L) {
        var O = W, q;
        switch (P) {
          case "start":
            i[B] = G, q = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            W = _s(L || j, R), q = r;
            break;
        }
        Q.call(
          P,
          v,
          new si(P, {
            sourceEvent: j,
            subject: N,
            target: f,
            identifier: B,
            active: q,
            x: W[0] + T,
            y: W[1] + re,
            dx: W[0] - O[0],
            dy: W[1] - O[1],
            dispatch: Q
          }),
          H
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : Zn(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : Zn(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : Zn(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : Zn(!!v), f) : o;
  }, f.on = function() {
    var v = s.on.apply(s, arguments);
    return v === s ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
var Zt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Zt || {});
function Tv({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: s }) {
  const r = e - t, a = n - o, l = [r > 0 ? 1 : r < 0 ? -1 : 0, a > 0 ? 1 : a < 0 ? -1 : 0];
  return r && i && (l[0] = l[0] * -1), a && s && (l[1] = l[1] * -1), l;
}
const Pv = {
  [Zt.Line]: "right",
  [Zt.Handle]: "bottom-right"
}, zv = {
  [Zt.Line]: "borderColor",
  [Zt.Handle]: "backgroundColor"
}, Av = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, $s = /* @__PURE__ */ Ue({
  ...Av,
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
    }, { findNode: s, emits: r, viewport: a, noDragClassName: l } = Xe(), u = Cr(), c = Se();
    let d = i, f = o;
    const m = qe(() => n.position ?? Pv[n.variant]), S = te(() => m.value.split("-")), g = qe(() => n.color ? { [zv[n.variant]]: n.color } : {});
    return ca((x) => {
      if (!c.value || !n.nodeId)
        return;
      const y = zn(c.value), C = m.value.includes("right") || m.value.includes("left"), w = m.value.includes("bottom") || m.value.includes("top"), v = m.value.includes("left"), R = m.value.includes("top"), Y = Iv().on("start", (H) => {
        const B = s(n.nodeId), { xSnapped: oe, ySnapped: Q } = u(H);
        f = {
          width: (B == null ? void 0 : B.dimensions.width) ?? 0,
          height: (B == null ? void 0 : B.dimensions.height) ?? 0,
          x: (B == null ? void 0 : B.position.x) ?? 0,
          y: (B == null ? void 0 : B.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: oe,
          pointerY: Q,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: H, params: f });
      }).on("drag", (H) => {
        var B;
        const { xSnapped: oe, ySnapped: Q } = u(H), W = s(n.nodeId);
        if (W) {
          const T = [], {
            pointerX: re,
            pointerY: N,
            width: G,
            height: P,
            x: j,
            y: L,
            aspectRatio: O
          } = d, { x: q, y: ie, width: he, height: we } = f, xe = Math.floor(C ? oe - re : 0), ae = Math.floor(w ? Q - N : 0);
          let ne = St(G + (v ? -xe : xe), n.minWidth, n.maxWidth), le = St(P + (R ? -ae : ae), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const be = ne / le;
            let _ = O;
            typeof n.keepAspectRatio == "number" && be !== n.keepAspectRatio && (_ = n.keepAspectRatio);
            const k = C && w, E = C && !w, A = w && !C;
            ne = be <= _ && k || A ? le * _ : ne, le = be > _ && k || E ? ne / _ : le, ne >= n.maxWidth ? (ne = n.maxWidth, le = n.maxWidth / _) : ne <= n.minWidth && (ne = n.minWidth, le = n.minWidth / _), le >= n.maxHeight ? (le = n.maxHeight, ne = n.maxHeight * _) : le <= n.minHeight && (le = n.minHeight, ne = n.minHeight * _);
          }
          const Te = ne !== he, Ae = le !== we;
          if (v || R) {
            const be = v ? j - (ne - G) : j, _ = R ? L - (le - P) : L, k = be !== q && Te, E = _ !== ie && Ae;
            if (k || E) {
              const A = {
                id: W.id,
                type: "position",
                from: W.position,
                position: {
                  x: k ? be : q,
                  y: E ? _ : ie
                }
              };
              T.push(A), f.x = A.position.x, f.y = A.position.y;
            }
          }
          if (n.nodeId && (Te || Ae)) {
            const be = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: ne,
                height: le
              }
            };
            T.push(be), f.width = ne, f.height = le;
          }
          if (T.length === 0)
            return;
          const $e = Tv({
            width: f.width,
            prevWidth: he,
            height: f.height,
            prevHeight: we,
            invertX: v,
            invertY: R
          }), De = { ...f, direction: $e };
          if (((B = n.shouldResize) == null ? void 0 : B.call(n, H, De)) === !1)
            return;
          t("resize", { event: H, params: De }), r.nodesChange(T);
        }
      }).on("end", (H) => {
        if (n.nodeId) {
          const B = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: H, params: f }), r.nodesChange([B]);
        }
      });
      y.call(Y), x(() => {
        y.on(".drag", null);
      });
    }), (x, y) => (I(), D("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: He(["vue-flow__resize-control", [...S.value, x.variant, F(l)]]),
      style: Ve({
        ...g.value,
        scale: x.variant === F(Zt).Handle ? `${Math.max(1 / F(a).zoom, 1)}` : void 0
      })
    }, [
      it(x.$slots, "default")
    ], 6));
  }
}), Dv = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Ov = /* @__PURE__ */ Ue({
  ...Dv,
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
    const n = e, { findNode: o, emits: i } = Xe(), s = ["top-left", "top-right", "bottom-left", "bottom-right"], r = ["top", "right", "bottom", "left"], a = Dt(xi, null), l = qe(() => typeof n.nodeId == "string" ? n.nodeId : a), u = te(() => o(l.value));
    return Ie(
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
      ([c, d, f, m, S]) => {
        const g = u.value;
        if (g && S) {
          const x = {
            id: g.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: g.dimensions.width,
              height: g.dimensions.height
            }
          };
          c && g.dimensions.width < c && (x.dimensions.width = c), d && g.dimensions.height < d && (x.dimensions.height = d), f && g.dimensions.width > f && (x.dimensions.width = f), m && g.dimensions.height > m && (x.dimensions.height = m), (x.dimensions.width !== g.dimensions.width || x.dimensions.height !== g.dimensions.height) && i.nodesChange([x]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (I(), D(Ce, { key: 0 }, [
      (I(), D(Ce, null, Ye(r, (f) => pe($s, {
        key: f,
        class: He(c.lineClassName),
        style: Ve(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: F(Zt).Line,
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
      (I(), D(Ce, null, Ye(s, (f) => pe($s, {
        key: f,
        class: He(c.handleClassName),
        style: Ve(c.handleStyle),
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
    ], 64)) : ce("", !0);
  }
}), Rv = ["data-id", "data-kind", "data-sub"], Bv = {
  key: 4,
  class: "mx-others"
}, Lv = { class: "mx-head" }, Vv = { class: "mx-kind" }, Hv = { class: "mx-tools nodrag" }, Fv = { class: "mx-body" }, Yv = { class: "mx-thread-title" }, Xv = { class: "mx-comment-meta" }, qv = ["onClick"], Gv = { class: "mx-comment-text" }, Uv = {
  key: 0,
  class: "mx-empty"
}, Wv = ["onKeydown"], jt = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: s } = $t(), r = te(() => i(t.data.id)), a = te(() => r.value.filter((g) => !g.resolved).length), l = te(() => n.openComments === t.data.id), u = te(() => s(t.data.id)), c = Se(""), d = Se(null);
    function f() {
      n.openComments = l.value ? null : t.data.id, n.openComments && tt(() => d.value && d.value.focus());
    }
    function m() {
      const g = c.value.trim();
      g && (o("comment", { id: t.data.id, text: g }), c.value = "");
    }
    function S(g) {
      const x = g.params || {};
      o("move", { moves: [{ id: t.data.id, x: x.x, y: x.y, w: x.width, h: x.height }] });
    }
    return (g, x) => (I(), D("div", {
      class: He(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: Ve({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (I(), Ge(F(Ov), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: F(xn),
        onResizeEnd: S
      }, null, 8, ["min-width", "min-height", "color"])) : ce("", !0),
      e.target ? (I(), Ge(F(Tt), {
        key: 1,
        id: "in",
        type: "target",
        position: F(ge).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : ce("", !0),
      e.source ? (I(), Ge(F(Tt), {
        key: 2,
        type: "source",
        position: F(ge).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : ce("", !0),
      e.data.kind === "intent" ? (I(), D(Ce, { key: 3 }, [
        pe(F(Tt), {
          id: "seq-in",
          type: "target",
          position: F(ge).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        pe(F(Tt), {
          id: "seq-out",
          type: "source",
          position: F(ge).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : ce("", !0),
      u.value.length ? (I(), D("div", Bv, [
        (I(!0), D(Ce, null, Ye(u.value, (y) => (I(), D("span", {
          key: y.id,
          class: "mx-other-tag",
          style: Ve({ background: y.color })
        }, U(y.name), 5))), 128))
      ])) : ce("", !0),
      $("header", Lv, [
        pe(Pe, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        it(g.$slots, "kind", {}, () => [
          $("span", Vv, U(e.kindLabel), 1)
        ]),
        x[6] || (x[6] = $("span", { class: "mx-spacer" }, null, -1)),
        it(g.$slots, "head"),
        a.value ? (I(), D("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: ke(f, ["stop"]),
          title: "Comments"
        }, [
          pe(Pe, {
            name: "comment",
            size: 11
          }),
          Oe(U(a.value), 1)
        ])) : ce("", !0),
        $("div", Hv, [
          $("button", {
            title: "Comment",
            onClick: ke(f, ["stop"])
          }, [
            pe(Pe, {
              name: "comment",
              size: 13
            })
          ]),
          $("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: x[0] || (x[0] = ke((y) => F(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            pe(Pe, {
              name: "copy",
              size: 13
            })
          ]),
          $("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: x[1] || (x[1] = ke((y) => F(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            pe(Pe, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      $("div", Fv, [
        it(g.$slots, "default")
      ]),
      it(g.$slots, "foot"),
      l.value ? (I(), D("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: x[4] || (x[4] = ke(() => {
        }, ["stop"])),
        onKeydown: x[5] || (x[5] = ke(() => {
        }, ["stop"]))
      }, [
        $("div", Yv, [
          x[7] || (x[7] = Oe("Comments ")),
          $("button", {
            class: "mx-x",
            onClick: x[2] || (x[2] = (y) => F(n).openComments = null)
          }, [
            pe(Pe, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (I(!0), D(Ce, null, Ye(r.value, (y) => (I(), D("div", {
          key: y.id,
          class: He(["mx-comment", { resolved: y.resolved }])
        }, [
          $("div", Xv, [
            $("b", null, U(y.author), 1),
            $("span", null, U(F(Mo)(y.created)), 1),
            $("button", {
              class: "mx-resolve",
              onClick: (C) => F(o)("resolve", { id: y.id, resolved: !y.resolved })
            }, U(y.resolved ? "reopen" : "resolve"), 9, qv)
          ]),
          $("div", Gv, U(y.text), 1)
        ], 2))), 128)),
        r.value.length ? ce("", !0) : (I(), D("div", Uv, "No comments yet.")),
        an($("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": x[3] || (x[3] = (y) => c.value = y),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: xt(ke(m, ["exact", "prevent"]), ["enter"])
        }, null, 40, Wv), [
          [Sn, c.value]
        ])
      ], 32)) : ce("", !0)
    ], 14, Rv));
  }
}, Kv = ["value", "rows", "placeholder", "data-field"], Zv = ["value", "placeholder", "data-field"], Es = 450, Xt = {
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
    const t = e, { send: n } = $t(), o = Se(null), i = Se(t.value || "");
    let s = t.value || "", r = null, a = 0, l = null;
    function u() {
      r = null, i.value !== s && (t.merge ? n("text", { id: t.blockId, field: t.field, base: s, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), s = i.value);
    }
    function c() {
      const S = o.value;
      !S || !t.multiline || (S.style.height = "auto", S.style.height = `${S.scrollHeight}px`);
    }
    rt(c), Ie(i, () => tt(c));
    function d(S) {
      i.value = S.target.value, a = Date.now(), r && clearTimeout(r), r = setTimeout(u, 160);
    }
    function f(S) {
      const g = o.value, x = g && document.activeElement === g;
      if (x && (r || Date.now() - a < Es)) {
        l = S, setTimeout(() => {
          if (l !== null) {
            const C = l;
            l = null, f(C);
          }
        }, Es);
        return;
      }
      if (l = null, S === i.value) {
        s = S;
        return;
      }
      let y = x ? g.selectionStart : null;
      if (y !== null) {
        let C = 0;
        const w = i.value;
        for (; C < w.length && C < S.length && w[C] === S[C]; ) C++;
        C < y && (y += S.length - w.length);
      }
      i.value = S, s = S, y !== null && requestAnimationFrame(() => {
        try {
          g.setSelectionRange(y, y);
        } catch {
        }
      });
    }
    function m() {
      r && (clearTimeout(r), u());
    }
    return Ie(() => t.value, (S) => f(S || "")), Ot(() => {
      r && (clearTimeout(r), u());
    }), (S, g) => e.multiline ? (I(), D("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: He(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onBlur: m,
      onKeydown: g[0] || (g[0] = ke(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, Kv)) : (I(), D("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: He(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onKeydown: [
        g[1] || (g[1] = ke(() => {
        }, ["stop"])),
        g[2] || (g[2] = xt((x) => x.target.blur(), ["enter"]))
      ],
      onBlur: m,
      "data-field": e.field
    }, null, 42, Zv));
  }
}, jv = { class: "mx-panel-ids" }, Jv = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, Qv = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, eg = { class: "lens" }, tg = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, ng = ["value"], og = ["value"], ig = { class: "of" }, sg = ["data-choice"], rg = { class: "k" }, ag = { class: "mx-chips" }, lg = ["data-value", "onClick"], ug = { class: "k" }, cg = {
  __name: "ShotPanel",
  props: { id: String, data: Object, shot: Object },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = [
      { field: "shot_size", label: "size" },
      { field: "angle", label: "angle" },
      { field: "camera_move", label: "move" },
      { field: "transition", label: "out" }
    ], s = [
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
      const f = l === "in" ? d : c.cut_in, m = l === "out" ? d : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: f, cut_out: m });
      const S = u.target;
      setTimeout(() => {
        document.activeElement !== S && t.shot && (S.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function a(l, u) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === u ? "" : u } });
    }
    return (l, u) => (I(), D("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = ke(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = ke(() => {
      }, ["stop"]))
    }, [
      $("div", jv, [
        $("label", null, [
          u[6] || (u[6] = $("span", null, "sc", -1)),
          pe(Xt, {
            "block-id": e.id,
            field: "scene_no",
            value: e.data.scene_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        $("label", null, [
          u[7] || (u[7] = $("span", null, "sh", -1)),
          pe(Xt, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (I(), D("label", Jv, [
          u[8] || (u[8] = $("span", null, "#", -1)),
          $("b", Qv, U(e.shot.number), 1)
        ])) : ce("", !0),
        $("label", eg, [
          u[9] || (u[9] = $("span", null, "lens", -1)),
          pe(Xt, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (I(), D("div", tg, [
        u[14] || (u[14] = $("span", { class: "k" }, "cut", -1)),
        $("label", null, [
          u[10] || (u[10] = Oe("in ")),
          $("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => r("in", c)),
            onKeydown: u[1] || (u[1] = ke(() => {
            }, ["stop"]))
          }, null, 40, ng),
          u[11] || (u[11] = Oe("s"))
        ]),
        $("label", null, [
          u[12] || (u[12] = Oe("out ")),
          $("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => r("out", c)),
            onKeydown: u[3] || (u[3] = ke(() => {
            }, ["stop"]))
          }, null, 40, og),
          u[13] || (u[13] = Oe("s"))
        ]),
        $("span", ig, "of " + U(e.shot.duration_s) + "s (" + U(e.shot.duration_from) + ")", 1)
      ])) : ce("", !0),
      (I(), D(Ce, null, Ye(i, (c) => $("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        $("span", rg, U(c.label), 1),
        $("div", ag, [
          (I(!0), D(Ce, null, Ye((F(n).choices[c.field] || []).filter((d) => d), (d) => (I(), D("button", {
            key: d,
            class: He({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: ke((f) => a(c.field, d), ["stop"])
          }, U(d), 11, lg))), 128))
        ])
      ], 8, sg)), 64)),
      (I(), D(Ce, null, Ye(s, (c) => $("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        $("span", ug, U(c.label), 1),
        pe(Xt, {
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
}, ri = (e) => `${Math.floor(e / 60)}:${String(Math.floor(e % 60)).padStart(2, "0")}`;
function Jr(e) {
  const t = Se(0), n = Se(0), o = Se(!1);
  let i = 0;
  function s() {
    e.value && (t.value = e.value.currentTime), i = o.value ? requestAnimationFrame(s) : 0;
  }
  function r() {
    o.value = !0, i || (i = requestAnimationFrame(s));
  }
  function a() {
    o.value = !1, e.value && (t.value = e.value.currentTime);
  }
  function l(c, d) {
    const f = e.value;
    if (!f || !n.value) return;
    const m = d.getBoundingClientRect();
    f.currentTime = t.value = Math.max(0, Math.min(1, (c.clientX - m.left) / m.width)) * n.value;
  }
  function u(c) {
    var S;
    c.preventDefault();
    const d = c.currentTarget;
    (S = d.setPointerCapture) == null || S.call(d, c.pointerId), l(c, d);
    const f = (g) => l(g, d), m = () => {
      d.removeEventListener("pointermove", f), d.removeEventListener("pointerup", m);
    };
    d.addEventListener("pointermove", f), d.addEventListener("pointerup", m);
  }
  return Ot(() => {
    i && cancelAnimationFrame(i);
  }), { t, dur: n, playing: o, onPlay: r, onPause: a, scrubDown: u, fmt: ri };
}
const dg = ["title"], fg = { class: "mx-scrub-track" }, hg = { "data-role": "time" }, Qr = {
  __name: "ScrubControls",
  props: { t: Number, dur: Number, playing: Boolean, withPlay: { type: Boolean, default: !0 } },
  emits: ["toggle", "scrub"],
  setup(e) {
    return (t, n) => (I(), D(Ce, null, [
      e.withPlay ? (I(), D("button", {
        key: 0,
        class: "mx-clip-btn",
        "data-role": "play",
        title: e.playing ? "Pause" : "Play",
        onClick: n[0] || (n[0] = ke((o) => t.$emit("toggle"), ["stop"]))
      }, [
        pe(Pe, {
          name: e.playing ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, dg)) : ce("", !0),
      $("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: n[1] || (n[1] = ke((o) => t.$emit("scrub", o), ["stop"]))
      }, [
        $("div", fg, [
          $("i", {
            style: Ve({ width: e.dur ? `${e.t / e.dur * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      $("span", hg, U(F(ri)(e.t)) + " / " + U(F(ri)(e.dur)), 1)
    ], 64));
  }
}, mg = ["src", "poster", "loop", "muted", "data-role"], pg = {
  key: 0,
  class: "mx-clip-big",
  "aria-hidden": "true"
}, vg = {
  key: 0,
  class: "mx-scrub nodrag"
}, gg = ["data-muted", "title"], Co = {
  __name: "ClipPlayer",
  props: {
    src: String,
    poster: { type: String, default: "" },
    scrub: { type: Boolean, default: !0 },
    sound: { type: Boolean, default: !1 },
    videoRole: { type: String, default: void 0 }
  },
  setup(e) {
    const t = e, n = Se(null), { t: o, dur: i, playing: s, onPlay: r, onPause: a, scrubDown: l } = Jr(n), u = Se(!t.sound);
    function c() {
      const y = n.value;
      if (!y) return;
      y.preload = "auto", y.muted = u.value;
      const C = y.play();
      C && C.catch && C.catch(() => {
      });
    }
    function d() {
      const y = n.value;
      y && y.pause();
    }
    function f() {
      s.value ? d() : c();
    }
    function m() {
      t.sound || c();
    }
    function S() {
      t.sound || d();
    }
    function g() {
      u.value = !u.value, n.value && (n.value.muted = u.value);
    }
    function x(y) {
      i.value = y.target.duration || 0, y.target.muted = u.value;
    }
    return (y, C) => (I(), D("div", {
      class: He(["mx-clip", { playing: F(s), "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: m,
      onPointerleave: S
    }, [
      $("div", {
        class: "mx-clip-pic",
        onClick: C[3] || (C[3] = (w) => e.sound && f())
      }, [
        $("video", {
          ref_key: "video",
          ref: n,
          src: `${e.src}#t=0.05`,
          poster: e.poster || void 0,
          loop: !e.sound,
          muted: u.value,
          playsinline: "",
          preload: "metadata",
          disablepictureinpicture: "",
          "data-role": e.videoRole,
          onLoadedmetadata: x,
          onPlay: C[0] || (C[0] = (...w) => F(r) && F(r)(...w)),
          onPause: C[1] || (C[1] = (...w) => F(a) && F(a)(...w)),
          onEnded: C[2] || (C[2] = (...w) => F(a) && F(a)(...w))
        }, null, 40, mg),
        e.sound && !F(s) ? (I(), D("span", pg, [
          pe(Pe, {
            name: "play",
            size: 22
          })
        ])) : ce("", !0)
      ]),
      e.scrub || e.sound ? (I(), D("div", vg, [
        pe(Qr, {
          t: F(o),
          dur: F(i),
          playing: F(s),
          "with-play": e.sound,
          onToggle: f,
          onScrub: F(l)
        }, null, 8, ["t", "dur", "playing", "with-play", "onScrub"]),
        e.sound ? (I(), D("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": u.value ? "1" : "0",
          title: u.value ? "Sound on" : "Mute",
          onClick: ke(g, ["stop"])
        }, [
          pe(Pe, {
            name: u.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, gg)) : ce("", !0)
      ])) : ce("", !0)
    ], 34));
  }
}, yg = ["data-runs", "title"], wg = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, xg = { class: "mx-status-text" }, bg = {
  key: 0,
  class: "mx-pct",
  "data-role": "pct"
}, kg = {
  key: 0,
  class: "mx-progress"
}, _g = { class: "mx-intent-main" }, Sg = { class: "mx-intent-text" }, $g = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, Eg = ["src"], Ng = {
  key: 1,
  class: "mx-thumb"
}, Mg = ["src"], Cg = ["title", "data-in", "data-out", "data-duration"], Ig = ["data-locked", "title"], Tg = { class: "bar" }, Pg = { class: "mx-foot nodrag" }, zg = ["title"], Ag = {
  key: 1,
  class: "mx-subs"
}, Dg = ["title", "onClick"], Og = ["title"], Rg = ["value", "disabled"], Bg = {
  key: 3,
  class: "mx-grow"
}, Lg = ["data-pipeline", "onClick"], Vg = { class: "mx-pipe-name" }, Hg = { key: 0 }, Fg = { class: "mx-pipe-stages" }, Yg = { key: 0 }, Xg = {
  key: 0,
  class: "mx-pipe-desc"
}, qg = { class: "mx-pipe-name" }, Gg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, s = te(() => t.data.status || { state: "idle", label: "idle" }), r = te(() => Pt[s.value.state] || Pt.idle), a = te(() => vs[s.value.state] || vs.idle), l = te(() => {
      const L = s.value.label || s.value.state;
      return L.startsWith(s.value.state) ? L : `${s.value.state} · ${L}`;
    }), u = te(() => `${Math.round((s.value.fraction || 0) * 100)}%`), c = te(() => T.value && s.value.fraction !== void 0), d = Se(!1);
    Ie(() => s.value.state, (L) => {
      L !== "failed" && (d.value = !1);
    });
    const f = Se(!1), m = te(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), S = te(() => n.pipelines.list.find((L) => L.name === m.value) || null);
    function g() {
      f.value = !f.value, f.value && o("pipelines");
    }
    function x(L) {
      f.value = !1, o("pipeline", { id: t.id, name: L });
    }
    const y = te(() => n.shots[t.id] || null), C = te(() => {
      var L;
      return ((L = y.value) == null ? void 0 : L.duration_from) === "directive";
    }), w = te(() => y.value ? y.value.number : "—"), v = te(() => {
      const L = y.value;
      if (!L) return "";
      const O = L.cut_in > 0 || L.cut_out < L.duration_s;
      return `in ${R(L.cut_in)} · out ${R(L.cut_out)} of ${R(L.duration_s)}${O ? " (handles kept)" : ""}`;
    });
    function R(L) {
      return `${Math.round(L * 100) / 100}s`;
    }
    function Y() {
      y.value && o("lock", { id: t.id, locked: !y.value.locked });
    }
    const H = Se(null);
    function B(L) {
      if (L.button !== 0) return;
      L.preventDefault(), L.stopPropagation();
      const O = { x: L.clientX, y: L.clientY };
      let q = !1;
      const ie = (we) => {
        if (!q && Math.hypot(we.clientX - O.x, we.clientY - O.y) < 4) return;
        q = !0;
        const xe = oe(we);
        H.value = { x: we.clientX, y: we.clientY, target: xe ? xe.id : "", before: xe ? xe.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ae) => ae.classList.remove("mx-seq-drop", "before", "after")), xe && xe.el.classList.add("mx-seq-drop", xe.before ? "before" : "after");
      }, he = (we) => {
        if (window.removeEventListener("pointermove", ie), window.removeEventListener("pointerup", he), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ne) => ne.classList.remove("mx-seq-drop", "before", "after")), H.value = null, !q) return;
        const xe = oe(we);
        if (!xe) return;
        let ae = xe.id;
        if (xe.before) {
          const ne = n.sequence.filter((Te) => Te !== t.id), le = ne.indexOf(xe.id);
          ae = le > 0 ? ne[le - 1] : null;
        }
        ae !== t.id && o("place_after", { id: t.id, after: ae });
      };
      window.addEventListener("pointermove", ie), window.addEventListener("pointerup", he);
    }
    function oe(L) {
      var ie;
      const O = (ie = document.elementFromPoint(L.clientX, L.clientY)) == null ? void 0 : ie.closest('.mx-block[data-kind="intent"][data-id]');
      if (!O || O.dataset.id === t.id) return null;
      const q = O.getBoundingClientRect();
      return { el: O, id: O.dataset.id, before: L.clientX < q.left + q.width / 2 };
    }
    const Q = te(() => {
      const L = t.data.takes || [], O = t.data.chosen || {};
      return L.find((q) => q.id === O.clip) || L.find((q) => q.id === O.still) || null;
    }), W = te(() => {
      const L = (t.data.takes || []).find((O) => O.id === (t.data.chosen || {}).still);
      return L && !(L.mime || "").startsWith("video") ? L.url : "";
    }), T = te(() => ["queued", "claimed", "rendering"].includes(s.value.state));
    function re(L) {
      const O = n.sequence.indexOf(t.id);
      O < 0 || o("reorder", { id: t.id, index: Math.max(0, O + L) });
    }
    const N = Se(!1), G = Xe();
    Ie(N, (L) => {
      L && tt(() => {
        const O = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), q = document.querySelector(".vue-flow");
        if (!O || !q) return;
        const ie = O.getBoundingClientRect().bottom - q.getBoundingClientRect().bottom + 16;
        if (ie > 0) {
          const he = G.viewport.value;
          G.setViewport({ x: he.x, y: he.y - ie, zoom: he.zoom }, { duration: 200 });
        }
      });
    });
    const P = te(() => {
      const L = t.data, O = y.value ? y.value.number : "";
      return [[L.scene_no && `sc ${L.scene_no}`, O && `sh ${O}`].filter(Boolean).join(" "), L.shot_size, L.angle, L.camera_move, L.lens, L.transition].filter(Boolean).join(" · ");
    });
    function j(L) {
      const O = parseFloat(L.target.value);
      Number.isFinite(O) && o("update", { id: t.id, fields: { duration_s: O } });
    }
    return (L, O) => (I(), Ge(jt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: r.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: We(() => [
        $("button", {
          class: He(["mx-pipe-chip nodrag", { on: f.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": m.value,
          title: S.value ? `Runs the ${m.value} pipeline: ${S.value.stages.join(" → ")}. Click to pick another` : `Runs ${m.value}`,
          onClick: ke(g, ["stop"])
        }, [
          $("span", null, U(m.value), 1),
          pe(Pe, {
            name: "down",
            size: 10
          })
        ], 10, yg)
      ]),
      head: We(() => [
        $("span", wg, [
          $("button", {
            onClick: O[0] || (O[0] = ke((q) => re(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            pe(Pe, {
              name: "left",
              size: 11
            })
          ]),
          $("b", {
            "data-role": "shot-number",
            class: He({ locked: y.value && y.value.locked }),
            onPointerdown: B
          }, U(w.value), 35),
          $("button", {
            onClick: O[1] || (O[1] = ke((q) => re(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            pe(Pe, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (I(), Ge(ui(s.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: Ve({ color: a.value }),
          title: s.value.state === "failed" ? "Why it failed" : [l.value, s.value.peer && `on ${s.value.peer}`, s.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": s.value.state,
          onClick: O[2] || (O[2] = ke((q) => s.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: We(() => [
            $("i", {
              class: "mx-dot",
              style: Ve({ background: s.value.state === "idle" ? a.value : r.value })
            }, null, 4),
            $("span", xg, U(l.value), 1),
            c.value ? (I(), D("b", bg, U(u.value), 1)) : ce("", !0),
            s.value.state === "failed" ? (I(), Ge(Pe, {
              key: 1,
              name: "info",
              size: 11
            })) : ce("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: We(() => [
        $("footer", Pg, [
          T.value && s.value.peer ? (I(), D("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${s.value.peer}`
          }, [
            O[13] || (O[13] = Oe("on ")),
            $("b", null, U(s.value.peer), 1)
          ], 8, zg)) : (I(), D("div", Ag, [
            (I(), D(Ce, null, Ye(i, (q, ie) => $("button", {
              key: ie,
              class: He({ on: e.data.sub === ie }),
              title: ie,
              onClick: ke((he) => F(o)("update", { id: e.id, fields: { sub: ie } }), ["stop"])
            }, [
              pe(Pe, {
                name: q,
                size: 12
              }, null, 8, ["name"])
            ], 10, Dg)), 64))
          ])),
          T.value && s.value.peer ? ce("", !0) : (I(), D("label", {
            key: 2,
            class: "mx-dur",
            "data-role": "duration",
            title: C.value ? "Set by a duration directive attached to this intent" : "Duration in seconds"
          }, [
            $("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: C.value ? y.value.duration_s : e.data.duration_s,
              disabled: C.value,
              onChange: j,
              onKeydown: O[4] || (O[4] = ke(() => {
              }, ["stop"]))
            }, null, 40, Rg),
            O[14] || (O[14] = Oe("s "))
          ], 8, Og)),
          $("button", {
            class: He(["mx-panel-toggle", { on: N.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: O[5] || (O[5] = ke((q) => N.value = !N.value, ["stop"]))
          }, [
            pe(Pe, {
              name: "film",
              size: 12
            })
          ], 2),
          T.value && s.value.peer ? ce("", !0) : (I(), D("span", Bg)),
          T.value ? (I(), D("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: O[6] || (O[6] = ke((q) => F(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            pe(Pe, {
              name: "square",
              size: 10
            }),
            O[15] || (O[15] = Oe("Cancel"))
          ])) : (I(), D("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: O[7] || (O[7] = ke((q) => F(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            pe(Pe, {
              name: "play",
              size: 11
            }),
            O[16] || (O[16] = Oe("Render"))
          ]))
        ]),
        s.value.state === "failed" && d.value ? (I(), D("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: O[9] || (O[9] = ke(() => {
          }, ["stop"]))
        }, [
          $("b", null, U(s.value.stage ? `${s.value.stage} failed` : "failed"), 1),
          Oe(U(s.value.reason) + " ", 1),
          $("button", {
            class: "mx-x",
            title: "Close",
            onClick: O[8] || (O[8] = ke((q) => d.value = !1, ["stop"]))
          }, [
            pe(Pe, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : ce("", !0),
        f.value ? (I(), D("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: O[11] || (O[11] = ke(() => {
          }, ["stop"])),
          onWheel: O[12] || (O[12] = ke(() => {
          }, ["stop"]))
        }, [
          O[18] || (O[18] = $("div", { class: "mx-pipes-title" }, [
            Oe("Pipeline "),
            $("span", null, "what rendering this intent makes")
          ], -1)),
          (I(!0), D(Ce, null, Ye(F(n).pipelines.list, (q) => (I(), D("button", {
            key: q.name,
            class: He(["mx-pipe", { on: q.name === m.value }]),
            "data-pipeline": q.name,
            onClick: ke((ie) => x(q.name), ["stop"])
          }, [
            $("span", Vg, [
              Oe(U(q.name), 1),
              q.name === F(n).pipelines.defaults[e.data.sub] ? (I(), D("i", Hg, "default for " + U(e.data.sub), 1)) : ce("", !0)
            ]),
            $("span", Fg, [
              Oe(U(q.needs.join(" → ")), 1),
              q.optional.length ? (I(), D("i", Yg, "+ " + U(q.optional.join(", ")) + " when linked", 1)) : ce("", !0)
            ]),
            q.description ? (I(), D("span", Xg, U(q.description), 1)) : ce("", !0),
            F(n).pipelines.live ? (I(), D("span", {
              key: 1,
              class: He(["mx-pipe-who", { none: !q.runnable_by.length }])
            }, U(q.runnable_by.length ? `runs on ${q.runnable_by.join(", ")}` : `no live machine runs ${q.needs.join(" + ")}`), 3)) : ce("", !0)
          ], 10, Lg))), 128)),
          e.data.pipeline ? (I(), D("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: O[10] || (O[10] = ke((q) => {
              F(o)("pipeline", { id: e.id, name: "" }), f.value = !1;
            }, ["stop"]))
          }, [
            $("span", qg, [
              O[17] || (O[17] = Oe("back to the default")),
              $("i", null, U(F(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : ce("", !0)
        ], 32)) : ce("", !0),
        N.value ? (I(), Ge(cg, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: y.value
        }, null, 8, ["id", "data", "shot"])) : ce("", !0),
        (I(), Ge(da, { to: "body" }, [
          H.value ? (I(), D("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: Ve({ left: `${H.value.x + 12}px`, top: `${H.value.y + 12}px` })
          }, [
            Oe(" shot " + U(w.value), 1),
            H.value.target ? (I(), D(Ce, { key: 0 }, [
              Oe(" · " + U(H.value.before ? "before" : "after"), 1)
            ], 64)) : ce("", !0)
          ], 4)) : ce("", !0)
        ]))
      ]),
      default: We(() => [
        s.value.fraction !== void 0 && s.value.state !== "idle" ? (I(), D("div", kg, [
          $("div", {
            style: Ve({ width: `${Math.round((s.value.fraction || 0) * 100)}%`, background: r.value })
          }, null, 4)
        ])) : ce("", !0),
        $("div", _g, [
          $("div", Sg, [
            pe(Xt, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            pe(Xt, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            P.value ? (I(), D("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: O[3] || (O[3] = ke((q) => N.value = !N.value, ["stop"]))
            }, U(P.value), 1)) : ce("", !0)
          ]),
          s.value.state === "rendering" && s.value.thumb ? (I(), D("div", $g, [
            $("img", {
              src: s.value.thumb,
              alt: ""
            }, null, 8, Eg)
          ])) : Q.value ? (I(), D("div", Ng, [
            (Q.value.mime || "").startsWith("video") ? (I(), Ge(Co, {
              key: 0,
              src: Q.value.url,
              poster: W.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (I(), D("img", {
              key: 1,
              src: Q.value.url,
              alt: ""
            }, null, 8, Mg))
          ])) : ce("", !0)
        ]),
        y.value ? (I(), D("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: v.value,
          "data-in": y.value.cut_in,
          "data-out": y.value.cut_out,
          "data-duration": y.value.duration_s
        }, [
          $("button", {
            class: He(["mx-lock", { on: y.value.locked }]),
            "data-role": "lock",
            "data-locked": y.value.locked ? "true" : "false",
            title: y.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: ke(Y, ["stop"])
          }, [
            pe(Pe, {
              name: y.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, Ig),
          $("div", Tg, [
            $("i", {
              style: Ve({ left: `${y.value.cut_in / y.value.duration_s * 100}%`, width: `${(y.value.cut_out - y.value.cut_in) / y.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          $("span", null, [
            Oe(U(R(y.value.cut_in)) + "–" + U(R(y.value.cut_out)), 1),
            y.value.edit_s !== y.value.duration_s ? (I(), D(Ce, { key: 0 }, [
              Oe(" / " + U(R(y.value.duration_s)), 1)
            ], 64)) : ce("", !0)
          ])
        ], 8, Cg)) : ce("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
}, Ug = ["src"], Wg = {
  __name: "AudioPlayer",
  props: { src: String },
  setup(e) {
    const t = Se(null), { t: n, dur: o, playing: i, onPlay: s, onPause: r, scrubDown: a } = Jr(t);
    function l() {
      const c = t.value;
      if (!c) return;
      if (!c.paused) {
        c.pause();
        return;
      }
      const d = c.play();
      d && d.catch && d.catch(() => {
      });
    }
    function u() {
      const c = t.value;
      if (Number.isFinite(c.duration)) {
        o.value = c.duration;
        return;
      }
      const d = () => {
        c.removeEventListener("durationchange", d), o.value = Number.isFinite(c.duration) ? c.duration : 0, c.currentTime = 0;
      };
      c.addEventListener("durationchange", d), c.currentTime = 1e7;
    }
    return (c, d) => (I(), D("div", {
      class: He(["mx-audio nodrag", { playing: F(i) }]),
      "data-role": "voice-player"
    }, [
      $("audio", {
        ref_key: "audio",
        ref: t,
        src: e.src,
        preload: "metadata",
        onLoadedmetadata: u,
        onPlay: d[0] || (d[0] = (...f) => F(s) && F(s)(...f)),
        onPause: d[1] || (d[1] = (...f) => F(r) && F(r)(...f)),
        onEnded: d[2] || (d[2] = (...f) => F(r) && F(r)(...f))
      }, null, 40, Ug),
      pe(Qr, {
        t: F(n),
        dur: F(o),
        playing: F(i),
        onToggle: l,
        onScrub: F(a)
      }, null, 8, ["t", "dur", "playing", "onScrub"])
    ], 2));
  }
};
async function ea(e, t, { block: n = "", x: o = 0, y: i = 0, attach: s = "" } = {}) {
  const r = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: s, name: t.name || "" }), a = await fetch(`/canvas/api/upload?${r}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!a.ok) throw new Error(await a.text() || `upload failed (${a.status})`);
  return a.json();
}
const Kg = {
  key: 0,
  class: "mx-comp-clip"
}, Zg = ["src"], jg = {
  key: 2,
  class: "mx-drop-hint"
}, Jg = {
  key: 2,
  class: "mx-voice nodrag"
}, Qg = { class: "k" }, ey = ["value", "onChange"], ty = ["onClick"], ny = { class: "mx-kv add" }, oy = { id: "mx-directive-keys" }, iy = ["value"], sy = {
  key: 4,
  class: "mx-reason"
}, ry = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, s = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, r = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], a = te(() => Object.entries(t.data.params || {})), l = Se(""), u = Se(""), c = Se(!1), d = Se(null), f = Se("");
    function m(w, v) {
      const R = { ...t.data.params || {} };
      v === null ? delete R[w] : R[w] = v, o("update", { id: t.id, fields: { params: R } });
    }
    function S() {
      l.value.trim() && (m(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function g(w) {
      c.value = !1;
      const v = w.dataTransfer && w.dataTransfer.files && w.dataTransfer.files[0];
      v && (w.preventDefault(), w.stopPropagation(), await x(v));
    }
    async function x(w) {
      f.value = "";
      try {
        await ea(n.token, w, { block: t.id });
      } catch (v) {
        f.value = String(v.message || v);
      }
    }
    function y(w) {
      const v = w.target.files[0];
      v && x(v);
    }
    async function C() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const w = await navigator.mediaDevices.getUserMedia({ audio: !0 }), v = new MediaRecorder(w), R = [];
        v.ondataavailable = (Y) => R.push(Y.data), v.onstop = () => {
          w.getTracks().forEach((Y) => Y.stop()), d.value = null, x(new Blob(R, { type: v.mimeType || "audio/webm" }));
        }, v.start(), d.value = v;
      } catch (w) {
        f.value = "microphone unavailable: " + (w.message || w);
      }
    }
    return (w, v) => (I(), Ge(jt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": `comp · ${s[e.data.sub]}`,
      edge: "#ffc947",
      source: "",
      shape: "mx-notched",
      "min-w": 160,
      "min-h": 100
    }, {
      default: We(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (I(), D("div", {
          key: 0,
          class: He(["mx-drop nodrag", { over: c.value }]),
          onDragover: v[0] || (v[0] = ke((R) => c.value = !0, ["prevent", "stop"])),
          onDragleave: v[1] || (v[1] = (R) => c.value = !1),
          onDrop: g
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (I(), D("div", Kg, [
            pe(Co, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (I(), D("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Zg)) : (I(), D("label", jg, [
            pe(Pe, {
              name: "upload",
              size: 18
            }),
            v[5] || (v[5] = $("span", null, [
              Oe("Drop an image or "),
              $("u", null, "choose")
            ], -1)),
            $("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: y
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (I(), Ge(Xt, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (I(), D("div", Jg, [
          $("button", {
            class: He(["mx-rec", { live: d.value }]),
            onClick: ke(C, ["stop"])
          }, [
            pe(Pe, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Oe(U(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (I(), Ge(Wg, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : ce("", !0)
        ])) : e.data.sub === "directive" ? (I(), D("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: v[4] || (v[4] = ke(() => {
          }, ["stop"]))
        }, [
          (I(!0), D(Ce, null, Ye(a.value, ([R, Y]) => (I(), D("div", {
            key: R,
            class: "mx-kv"
          }, [
            $("span", Qg, U(R), 1),
            $("input", {
              class: "v",
              value: Y,
              onChange: (H) => m(R, H.target.value)
            }, null, 40, ey),
            $("button", {
              onClick: ke((H) => m(R, null), ["stop"])
            }, [
              pe(Pe, {
                name: "x",
                size: 11
              })
            ], 8, ty)
          ]))), 128)),
          $("div", ny, [
            an($("input", {
              class: "k",
              "onUpdate:modelValue": v[2] || (v[2] = (R) => l.value = R),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: xt(S, ["enter"])
            }, null, 544), [
              [Sn, l.value]
            ]),
            an($("input", {
              class: "v",
              "onUpdate:modelValue": v[3] || (v[3] = (R) => u.value = R),
              placeholder: "value",
              onKeydown: xt(S, ["enter"])
            }, null, 544), [
              [Sn, u.value]
            ]),
            $("button", {
              onClick: ke(S, ["stop"])
            }, [
              pe(Pe, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          $("datalist", oy, [
            (I(), D(Ce, null, Ye(r, (R) => $("option", {
              key: R,
              value: R
            }, null, 8, iy)), 64))
          ])
        ], 32)) : ce("", !0),
        f.value ? (I(), D("div", sy, U(f.value), 1)) : ce("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, ay = {
  key: 0,
  class: "mx-chosen",
  title: "The chosen take",
  "data-role": "chosen"
}, ly = { class: "mx-media-box" }, uy = ["src"], cy = {
  key: 2,
  class: "mx-empty"
}, dy = { class: "mx-foot mx-take-foot nodrag" }, fy = ["title"], hy = { class: "mx-take-size" }, my = {
  class: "mx-take-machine",
  "data-role": "machine"
}, py = { class: "mx-take-acts" }, vy = {
  key: 0,
  class: "mx-takes"
}, gy = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = $t(), o = te(() => t.data.takes || [t.id]), i = te(() => Math.max(0, o.value.indexOf(t.id))), s = te(() => t.data.peer_name || t.data.peer_id || ""), r = te(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function a(l) {
      const u = o.value.length;
      u < 2 || n("choose", { id: o.value[(i.value + l + u) % u] });
    }
    return (l, u) => (I(), Ge(jt, {
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
      head: We(() => [
        e.data.chosen ? (I(), D("span", ay, [
          pe(Pe, {
            name: "star",
            size: 11
          }),
          u[4] || (u[4] = Oe("chosen"))
        ])) : ce("", !0)
      ]),
      foot: We(() => [
        $("footer", dy, [
          $("div", {
            class: "mx-meta mx-take-label",
            "data-role": "take-label",
            title: `${e.data.backend} on ${s.value}`
          }, [
            $("span", hy, [
              Oe(U(e.data.width) + "×" + U(e.data.height), 1),
              e.data.duration_s ? (I(), D(Ce, { key: 0 }, [
                Oe(" · " + U(e.data.duration_s.toFixed(1)) + "s", 1)
              ], 64)) : ce("", !0)
            ]),
            u[5] || (u[5] = $("span", { class: "mx-take-sep" }, " · ", -1)),
            $("span", my, U(s.value), 1)
          ], 8, fy),
          $("div", py, [
            o.value.length > 1 ? (I(), D("span", vy, [
              $("button", {
                onClick: u[0] || (u[0] = ke((c) => a(-1), ["stop"])),
                title: "Previous take"
              }, [
                pe(Pe, {
                  name: "left",
                  size: 11
                })
              ]),
              Oe(" take " + U(i.value + 1) + "/" + U(o.value.length) + " ", 1),
              $("button", {
                onClick: u[1] || (u[1] = ke((c) => a(1), ["stop"])),
                title: "Next take"
              }, [
                pe(Pe, {
                  name: "right",
                  size: 11
                })
              ])
            ])) : ce("", !0),
            e.data.chosen ? ce("", !0) : (I(), D("button", {
              key: 1,
              class: "mx-link",
              onClick: u[2] || (u[2] = ke((c) => F(n)("choose", { id: e.id }), ["stop"]))
            }, "use this take")),
            u[7] || (u[7] = $("span", { class: "mx-grow" }, null, -1)),
            $("button", {
              class: "mx-act ghost",
              title: "New intent from this",
              onClick: u[3] || (u[3] = ke((c) => F(n)("grow", { id: e.id }), ["stop"]))
            }, [
              pe(Pe, {
                name: "sparkles",
                size: 11
              }),
              u[6] || (u[6] = Oe("New intent"))
            ])
          ])
        ])
      ]),
      default: We(() => [
        $("div", ly, [
          r.value && e.data.url ? (I(), Ge(Co, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (I(), D("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, uy)) : (I(), D("div", cy, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, yy = { class: "mx-stream nowheel" }, wy = {
  key: 0,
  class: "mx-empty"
}, xy = { class: "mx-machine-head" }, by = { class: "n" }, ky = { class: "bar" }, _y = { class: "u" }, Sy = { class: "m" }, $y = { class: "t" }, Ey = {
  key: 0,
  class: "mx-dim"
}, Ny = {
  key: 0,
  class: "mx-empty"
}, My = { class: "mx-job-head" }, Cy = { class: "bar" }, Iy = { class: "mx-dim" }, Ty = {
  key: 0,
  class: "mx-empty"
}, Py = { class: "n" }, zy = { class: "s" }, Ay = {
  key: 0,
  class: "mx-empty"
}, Dy = { class: "t" }, Oy = { class: "p" }, Ry = { class: "msg" }, By = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = $t(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, s = te(() => (t.data.peer_filter || "").toLowerCase()), r = te(() => n.activity.peers.filter((c) => !s.value || c.id.toLowerCase().includes(s.value) || c.name.toLowerCase().includes(s.value))), a = te(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (I(), Ge(jt, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: We(() => d[0] || (d[0] = [
        $("span", { class: "mx-live" }, [
          $("i"),
          Oe("live")
        ], -1)
      ])),
      default: We(() => [
        $("div", yy, [
          e.data.sub === "gpu" ? (I(), D(Ce, { key: 0 }, [
            r.value.length ? ce("", !0) : (I(), D("div", wy, d[1] || (d[1] = [
              Oe("No machines on this board yet. Start a peer: "),
              $("code", null, "multiplex up", -1)
            ]))),
            (I(!0), D(Ce, null, Ye(r.value, (f) => (I(), D("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              $("div", xy, [
                $("i", {
                  class: He(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                $("b", null, U(f.name), 1),
                $("span", null, U(f.busy) + "/" + U(f.slots) + " busy" + U(f.paused ? " · paused" : ""), 1)
              ]),
              (I(!0), D(Ce, null, Ye(f.gpus, (m) => (I(), D("div", {
                key: m.index,
                class: "mx-gpu"
              }, [
                $("span", by, U(m.index), 1),
                $("div", ky, [
                  $("div", {
                    style: Ve({ width: `${m.util}%`, background: l(m.util) })
                  }, null, 4)
                ]),
                $("span", _y, U(Math.round(m.util)) + "%", 1),
                $("span", Sy, U(F(gs)(m.mem_used)) + "/" + U(F(gs)(m.mem_total)), 1),
                $("span", $y, U(m.temp ? `${Math.round(m.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? ce("", !0) : (I(), D("div", Ey, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (I(), D(Ce, { key: 1 }, [
            F(n).activity.running.length ? ce("", !0) : (I(), D("div", Ny, "Nothing rendering.")),
            (I(!0), D(Ce, null, Ye(F(n).activity.running, (f) => (I(), D("div", {
              key: f.id,
              class: "mx-job"
            }, [
              $("div", My, [
                $("b", null, U(f.title || f.intent), 1),
                $("span", null, U(f.stage) + " · " + U(f.peer || "—"), 1)
              ]),
              $("div", Cy, [
                $("div", {
                  style: Ve({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              $("div", Iy, U(f.state) + " " + U(Math.round(f.fraction * 100)) + "% " + U(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (I(), D(Ce, { key: 2 }, [
            F(n).activity.queue.length ? ce("", !0) : (I(), D("div", Ty, "Queue is empty.")),
            (I(!0), D(Ce, null, Ye(F(n).activity.queue, (f, m) => (I(), D("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              $("span", Py, U(String(m + 1).padStart(2, "0")), 1),
              $("b", null, U(f.title || f.intent), 1),
              $("span", null, U(f.stage), 1),
              $("span", zy, U(f.state), 1)
            ]))), 128))
          ], 64)) : (I(), D(Ce, { key: 3 }, [
            a.value.length ? ce("", !0) : (I(), D("div", Ay, "Waiting for activity…")),
            (I(!0), D(Ce, null, Ye(a.value, (f, m) => (I(), D("div", {
              key: m,
              class: "mx-logline"
            }, [
              $("span", Dy, U(F(Mo)(f.t)), 1),
              $("span", {
                class: "k",
                style: Ve({ color: u[f.kind] || "#9ca3af" })
              }, U(f.kind), 5),
              $("span", Oy, U(f.peer), 1),
              $("span", Ry, U(f.stage) + " " + U(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Ly = { class: "mx-narrator" }, Vy = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, Hy = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, Fy = ["aria-expanded"], Yy = {
  key: 0,
  class: "mx-think-text"
}, Xy = {
  key: 2,
  class: "mx-empty"
}, qy = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = Se(null), o = Se(!1), i = te(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), s = te(() => (t.data.think || "").trim());
    return Ie(() => t.data.text, () => tt(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (r, a) => (I(), Ge(jt, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: We(() => [
        $("span", Ly, [
          Oe(U(e.data.narrator || "narrator"), 1),
          e.data.updated ? (I(), D(Ce, { key: 0 }, [
            Oe(" · " + U(F(Mo)(e.data.updated)), 1)
          ], 64)) : ce("", !0)
        ])
      ]),
      default: We(() => [
        $("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (I(), D("p", Vy, U(e.data.status), 1)) : ce("", !0),
          s.value ? (I(), D("div", Hy, [
            $("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: a[0] || (a[0] = ke((l) => o.value = !o.value, ["stop"]))
            }, U(o.value ? "▾" : "▸") + " reasoning ", 9, Fy),
            o.value ? (I(), D("pre", Yy, U(s.value), 1)) : ce("", !0)
          ])) : ce("", !0),
          (I(!0), D(Ce, null, Ye(i.value, (l, u) => (I(), D("p", {
            key: u,
            class: He({ last: u === i.value.length - 1 })
          }, U(l), 3))), 128)),
          i.value.length ? ce("", !0) : (I(), D("p", Xy, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Gy = { class: "mx-media-box mx-with-caption" }, Uy = ["src"], Wy = {
  key: 1,
  class: "mx-visual-empty"
}, Ky = {
  class: "mx-caption",
  "data-role": "caption"
}, Zy = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (I(), Ge(jt, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      foot: We(() => [
        $("div", Ky, U(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: We(() => [
        $("div", Gy, [
          e.data.url ? (I(), D("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Uy)) : (I(), D("div", Wy, n[0] || (n[0] = [
            $("span", null, null, -1)
          ])))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, jy = [
  { kind: "pdf", label: "PDF", icon: "file-text", title: "Storyboard sheets (6 panels a landscape page)" },
  { kind: "animatic", label: "MP4", icon: "film", title: "The animatic as a file" },
  { kind: "csv", label: "CSV", icon: "table", title: "Shot list" },
  { kind: "otio", label: "OTIO", icon: "layers", title: "OpenTimelineIO timeline with each clip’s provenance" },
  { kind: "fcp7", label: "FCP7", icon: "layers", title: "Final Cut 7 / Premiere / Resolve XML" },
  { kind: "fcpxml", label: "FCPXML", icon: "layers", title: "Final Cut Pro X" },
  { kind: "edl", label: "EDL", icon: "layers", title: "CMX 3600 EDL" },
  { kind: "zip", label: "ZIP", icon: "package", title: "Every take with a JSON manifest" }
];
async function Ns(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function Ms(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const s = new URLSearchParams({ token: e, kind: t, block: n });
  let r = await Ns(await fetch(`/canvas/api/export?${s}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; r.state === "running"; )
    i(r), await new Promise((a) => setTimeout(a, 300)), r = await Ns(await fetch(`/canvas/api/export/${encodeURIComponent(r.id)}?${new URLSearchParams({ token: e })}`));
  if (i(r), r.state !== "done") throw new Error(`${t} export ${r.state}: ${r.error || "no reason given"}`);
  return r;
}
function Jy(e, t) {
  const n = document.createElement("a");
  n.href = e, n.download = t || "", n.dataset.role = "export-download", n.style.display = "none", document.body.appendChild(n), n.click(), setTimeout(() => n.remove(), 6e4);
}
const Qy = {
  class: "mx-meta",
  "data-role": "sequence-length"
}, e1 = { class: "mx-media-box mx-animatic-box" }, t1 = {
  key: 1,
  class: "mx-empty mx-animatic-empty"
}, n1 = ["data-fraction"], o1 = { class: "bar" }, i1 = { class: "mx-foot nodrag" }, s1 = ["disabled"], r1 = {
  class: "mx-check",
  title: "Burn the shot number into every frame"
}, a1 = ["data-duration"], l1 = {
  class: "mx-exports nodrag",
  "data-role": "exports"
}, u1 = ["title", "data-kind", "disabled", "onClick"], c1 = {
  key: 0,
  class: "mx-reason",
  "data-role": "export-error"
}, d1 = {
  __name: "AnimaticNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = $t(), o = rn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = rn({}), s = te(() => Object.values(n.shots)), r = te(() => s.value.reduce((c, d) => c + d.edit_s, 0)), a = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await Ms(n.token, "animatic", {
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
          const d = await Ms(n.token, c, { onProgress: (f) => {
            i[c] = f.fraction || 0;
          } });
          Jy(d.url, d.filename);
        } catch (d) {
          o.error = String(d.message || d);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, d) => (I(), Ge(jt, {
      data: e.data,
      selected: e.selected,
      icon: "film",
      "kind-label": "animatic",
      edge: "#ffc947",
      shape: "mx-media mx-animatic",
      "min-w": 320,
      "min-h": 240
    }, {
      head: We(() => [
        $("span", Qy, U(s.value.length) + " shot" + U(s.value.length === 1 ? "" : "s") + " · " + U(a(r.value)), 1)
      ]),
      foot: We(() => [
        $("footer", i1, [
          $("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !s.value.length,
            onClick: ke(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            pe(Pe, {
              name: "play",
              size: 11
            }),
            Oe(U(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, s1),
          $("label", r1, [
            an($("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (f) => o.burnIn = f),
              onKeydown: d[1] || (d[1] = ke(() => {
              }, ["stop"]))
            }, null, 544), [
              [fa, o.burnIn]
            ]),
            d[2] || (d[2] = Oe("shot no."))
          ]),
          d[3] || (d[3] = $("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (I(), D("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            Oe(U(e.data.shots) + " shots · " + U(a(e.data.duration_s)), 1),
            e.data.built ? (I(), D(Ce, { key: 0 }, [
              Oe(" · " + U(F(Mo)(e.data.built)), 1)
            ], 64)) : ce("", !0)
          ], 8, a1)) : ce("", !0)
        ]),
        $("div", l1, [
          (I(!0), D(Ce, null, Ye(F(jy), (f) => (I(), D("button", {
            key: f.kind,
            title: `${f.title} — download`,
            "data-kind": f.kind,
            class: He({ busy: i[f.kind] !== void 0 }),
            disabled: !s.value.length,
            onClick: ke((m) => u(f.kind), ["stop"])
          }, [
            pe(Pe, {
              name: i[f.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            Oe(U(f.label) + " ", 1),
            i[f.kind] !== void 0 ? (I(), D("i", {
              key: 0,
              style: Ve({ width: `${Math.round(i[f.kind] * 100)}%` })
            }, null, 4)) : ce("", !0)
          ], 10, u1))), 128))
        ]),
        o.error ? (I(), D("div", c1, U(o.error), 1)) : ce("", !0)
      ]),
      default: We(() => [
        $("div", e1, [
          e.data.url ? (I(), Ge(Co, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (I(), D("div", t1, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (I(), D("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            $("div", o1, [
              $("i", {
                style: Ve({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            $("span", null, U(Math.round(o.fraction * 100)) + "% · " + U(o.message), 1)
          ], 8, n1)) : ce("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, f1 = { class: "mx-root" }, h1 = { class: "mx-wordmark" }, m1 = { "data-role": "board-name" }, p1 = { class: "mx-people" }, v1 = ["title"], g1 = ["disabled"], y1 = { key: 0 }, w1 = { class: "mx-snap-new" }, x1 = ["onClick"], b1 = ["onClick"], k1 = {
  key: 0,
  class: "mx-empty"
}, _1 = { class: "mx-toasts" }, S1 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, $1 = { class: "mx-dialog-kicker" }, E1 = { class: "mx-dialog-title" }, N1 = { class: "mx-cost" }, M1 = {
  key: 0,
  class: "mx-warn"
}, C1 = { class: "mx-dialog-actions" }, I1 = { class: "mx-search-in" }, T1 = ["onClick", "onMouseenter"], Cs = "mx-flow", P1 = 0.42, z1 = 0.2, V1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, s = Em(i), { state: r, send: a } = s;
    Ut(Lr, s), r.me = o.me || r.me, r.board = o.board, r.token = o.token;
    const l = Xe(Cs), u = {
      intent: ct(Gg),
      comp: ct(ry),
      gen_art: ct(gy),
      activity: ct(By),
      narration: ct(qy),
      visual_narration: ct(Zy),
      animatic: ct(d1)
    }, c = (h) => h.kind === "activity" && h.sub === "animatic" ? "animatic" : h.kind, d = u, f = [8, 8], m = ["Shift", "Meta", "Control"], S = { type: "default" }, g = { class: "mx-connecting" }, x = /* @__PURE__ */ new Map(), y = Se(0), C = /* @__PURE__ */ new Map(), w = Se(null), v = Se(null), R = Se(!1), Y = Se([]), H = Se(null), B = rn({ open: !1, q: "", i: 0 }), oe = Se(!1), Q = Se(""), W = Se(!1);
    function T(h) {
      return {
        id: h.id,
        type: c(h),
        position: { x: h.x, y: h.y },
        data: h,
        hidden: !0,
        dimensions: { width: h.w, height: h.h },
        style: { width: `${h.w}px`, height: `${h.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function re(h) {
      var b;
      return {
        id: h.id,
        source: h.src,
        target: h.dst,
        type: "default",
        class: `mx-edge mx-edge-${h.kind}`,
        targetHandle: "in",
        animated: h.kind === "gen_art",
        data: h,
        deletable: !0,
        selected: !!((b = v.value) != null && b.selectedEdges().includes(h.id))
      };
    }
    function N(h, b) {
      return {
        id: `seq:${h}:${b}`,
        source: h,
        target: b,
        type: "straight",
        class: "mx-edge mx-edge-seq",
        selectable: !1,
        focusable: !1,
        sourceHandle: "seq-out",
        targetHandle: "seq-in",
        data: { kind: "seq" }
      };
    }
    function G() {
      var ue;
      const h = /* @__PURE__ */ new Set();
      for (const se of Vt(l.nodes.value)) se.hidden || h.add(se.id);
      const b = /* @__PURE__ */ new Map();
      if (h.size) {
        for (const ee of C.values()) h.has(ee.src) && h.has(ee.dst) && b.set(ee.id, ee);
        const se = r.sequence;
        for (let ee = 0; ee + 1 < se.length; ee++)
          h.has(se[ee]) && h.has(se[ee + 1]) && b.set(`seq:${se[ee]}:${se[ee + 1]}`, [se[ee], se[ee + 1]]);
      }
      const M = Vt(l.edges.value), X = M.filter((se) => !b.has(se.id)).map((se) => se.id), J = new Set(M.map((se) => se.id)), K = [];
      for (const [se, ee] of b) J.has(se) || K.push(Array.isArray(ee) ? N(ee[0], ee[1]) : re(ee));
      const Z = M.filter((se) => se.selected && !b.has(se.id)).map((se) => se.id);
      Z.length && ((ue = v.value) == null || ue.keepEdges(Z)), X.length && l.removeEdges(X), K.length && l.addEdges(K);
    }
    let P = !1;
    function j() {
      P || (P = !0, tt(() => {
        P = !1, G();
      }));
    }
    function L(h) {
      var M;
      const b = window.__mxMarks = window.__mxMarks || {};
      b.reset = performance.now(), x.clear(), C.clear(), O.clear();
      for (const X of h.blocks) O.add(X.id);
      for (const X of h.blocks) x.set(X.id, X);
      for (const X of h.edges) C.set(X.id, X);
      r.sequence = h.sequence || [], r.shots = h.shots || {}, r.comments = h.comments || [], r.snapshots = h.snapshots || [], h.activity && (r.activity = h.activity), h.users && (r.users = h.users), h.choices && (r.choices = h.choices), h.pipelines && (r.pipelines = h.pipelines), R.value || ne(h.blocks), y.value++, l.setNodes(h.blocks.map(T)), l.setEdges([]), (M = v.value) == null || M.settle(), G(), b.set = performance.now(), R.value || (R.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const O = /* @__PURE__ */ new Set();
    function q(h, b, M, X = 0) {
      const J = l.findNode(h);
      if (!J) {
        O.has(h) ? X < 8 && tt(() => {
          const ue = x.get(h);
          ue && q(h, ue, [], X + 1);
        }) : (O.add(h), M.push(T(b)));
        return;
      }
      J.data = b, J.type !== c(b) && (J.type = c(b)), !J.dragging && (J.position.x !== b.x || J.position.y !== b.y) && (J.position = { x: b.x, y: b.y }, J.hidden && (J.computedPosition = { ...J.computedPosition, x: b.x, y: b.y }));
      const K = `${b.w}px`, Z = `${b.h}px`;
      (!J.style || J.style.width !== K || J.style.height !== Z) && (J.style = { ...J.style || {}, width: K, height: Z }, J.hidden && (J.dimensions = { width: b.w, height: b.h }));
    }
    function ie(h) {
      if (h.blocks) {
        const b = [], M = [];
        for (const [X, J] of Object.entries(h.blocks)) {
          if (J === null) {
            x.delete(X), O.delete(X) && M.push(X);
            continue;
          }
          x.set(X, J), q(X, J, b);
        }
        M.length && l.removeNodes(M), b.length && l.addNodes(b), y.value++;
      }
      if (h.edges) {
        const b = [], M = [];
        for (const [X, J] of Object.entries(h.edges))
          J === null ? (C.delete(X), M.push(X)) : C.has(X) || (C.set(X, J), b.push(X));
        (M.length || b.length) && j(), y.value++;
      }
      h.sequence && (r.sequence = h.sequence), h.shots && (r.shots = h.shots), (h.sequence || h.blocks && Object.values(h.blocks).some((b) => b === null || b && b.kind === "intent")) && j(), h.comments && (r.comments = h.comments), h.snapshots && (r.snapshots = h.snapshots), h.activity && (r.activity = h.activity), h.users && (r.users = h.users);
    }
    function he(h) {
      const b = { id: Math.random(), text: h.text || String(h), kind: h.kind || "info" };
      Y.value.push(b), setTimeout(() => {
        Y.value = Y.value.filter((M) => M !== b);
      }, h.kind === "error" ? 6e3 : 3200);
    }
    function we(h) {
      h.preview && (H.value = h.preview), h.pipelines && (r.pipelines = h.pipelines), h.notify && he({ text: h.notify }), h.error && he({ text: h.error, kind: "error" });
    }
    t({ reset: L, apply: ie, notify: he, reply: we }), l.onNodeDragStop(({ nodes: h }) => {
      a("move", { moves: h.map((b) => ({ id: b.id, x: Math.round(b.position.x), y: Math.round(b.position.y) })) });
    });
    const xe = l.fitView;
    l.fitView = (h = {}) => xe({ ...h, includeHiddenNodes: !0 });
    function ae(h, b, M) {
      var K, Z, ue;
      const X = (K = document.elementFromPoint(h, b)) == null ? void 0 : K.closest(`[data-kind${`="${M}"`}][data-id]`);
      if (X) return X.dataset.id;
      const J = (Z = v.value) == null ? void 0 : Z.hitAt(h, b);
      return J && (!M || ((ue = x.get(J)) == null ? void 0 : ue.kind) === M) ? J : "";
    }
    function ne(h) {
      const b = w.value;
      if (!h.length || !b) return;
      let M = 1 / 0, X = 1 / 0, J = -1 / 0, K = -1 / 0;
      for (const Ee of h)
        M = Math.min(M, Ee.x), X = Math.min(X, Ee.y), J = Math.max(J, Ee.x + Ee.w), K = Math.max(K, Ee.y + Ee.h);
      const Z = b.clientWidth, ue = b.clientHeight, ee = Math.max(0.05, Math.min(1, Math.min(Z / (J - M), ue / (K - X)) * (1 - 0.12)));
      r.lod = _(ee), l.setViewport({ x: (Z - (J - M) * ee) / 2 - M * ee, y: (ue - (K - X) * ee) / 2 - X * ee, zoom: ee });
    }
    l.onConnect((h) => a("connect", { source: h.source, target: h.target }));
    function le({ kind: h, sub: b, clientX: M, clientY: X, dragged: J }) {
      const K = w.value.getBoundingClientRect();
      let Z;
      if (J) {
        if (M < K.left || X < K.top) return;
        Z = l.screenToFlowCoordinate({ x: M, y: X });
      } else
        Z = l.screenToFlowCoordinate({ x: K.left + K.width / 2, y: K.top + K.height / 2 });
      let ue = "";
      J && h === "comp" && (ue = ae(M, X, "intent")), a("create", { kind: h, sub: b, x: Math.round(Z.x - 40), y: Math.round(Z.y - 20), attach: ue });
    }
    async function Te(h) {
      W.value = !1;
      const b = [...h.dataTransfer && h.dataTransfer.files || []];
      if (!b.length) return;
      h.preventDefault();
      const M = ae(h.clientX, h.clientY, "intent");
      let { x: X, y: J } = l.screenToFlowCoordinate({ x: h.clientX, y: h.clientY });
      for (const K of b.slice(0, 12)) {
        try {
          await ea(r.token, K, { x: Math.round(X), y: Math.round(J), attach: M });
        } catch (Z) {
          he({ text: String(Z.message || Z), kind: "error" });
        }
        X += 30, J += 30;
      }
    }
    const Ae = te(() => l.getSelectedNodes.value.map((h) => h.id)), $e = te(() => l.getSelectedNodes.value.filter((h) => h.type === "intent").map((h) => h.id));
    let De = null;
    Ie(Ae, (h) => {
      clearTimeout(De), De = setTimeout(() => i("presence", { selection: h.slice(0, 200) }), 120);
    });
    let _e = 0;
    function be(h) {
      const b = performance.now();
      if (b - _e < 80) return;
      _e = b;
      const M = l.screenToFlowCoordinate({ x: h.clientX, y: h.clientY });
      i("presence", { cursor: { x: Math.round(M.x), y: Math.round(M.y) } });
    }
    function _(h) {
      return h < z1 ? 2 : h < P1 ? 1 : 0;
    }
    Ie(() => _(l.viewport.value.zoom), (h) => {
      r.lod = h;
    }, { immediate: !0 });
    const k = Se(!1);
    let E = null;
    l.onMove(() => {
      k.value || (k.value = !0), clearTimeout(E), E = setTimeout(() => {
        k.value = !1;
      }, 180);
    });
    const A = te(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), z = te(() => {
      const h = A.value;
      return { gap: 24 * 2 ** h, size: h ? 1.2 * 2 ** (h + 1) : 1.2 };
    }), de = te(() => r.users.filter((h) => h.id !== r.me.id && h.cursor)), fe = te(() => {
      const h = /* @__PURE__ */ new Map();
      for (const b of r.users) h.has(b.id) || h.set(b.id, b);
      return [...h.values()];
    });
    function ye() {
      const h = $e.value;
      if (!h.length) {
        he({ text: "Select one or more intents to render" });
        return;
      }
      a("preview", { ids: h });
    }
    function ve() {
      H.value && (a("render", { ids: H.value.intents }), H.value = null);
    }
    const Ne = te(() => {
      const h = H.value;
      return h ? h.gpus > 0 ? `Commit ${h.gpus} GPU${h.gpus > 1 ? "s" : ""}` : h.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function ze() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function Be(h) {
      a("move", { moves: h });
    }
    function ot(h) {
      h > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const Qe = te(() => Nm([...x.values()], B.q));
    function Rt() {
      B.open = !0, B.q = "", B.i = 0, tt(() => {
        var h;
        return (h = document.querySelector(".mx-search input")) == null ? void 0 : h.focus();
      });
    }
    function Bt(h) {
      if (!h) return;
      B.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const b = l.findNode(h.id);
      b && (l.addSelectedNodes([b]), l.fitView({ nodes: [h.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function hn(h) {
      const b = h.target;
      return b && (b.tagName === "INPUT" || b.tagName === "TEXTAREA" || b.isContentEditable);
    }
    function Lt(h) {
      var X;
      const b = h.ctrlKey || h.metaKey, M = h.key.toLowerCase();
      if (b && M === "k") {
        h.preventDefault(), Rt();
        return;
      }
      if (h.key === "Escape") {
        B.open = !1, H.value = null, oe.value = !1, r.openComments = null;
        return;
      }
      if (H.value && h.key === "Enter") {
        h.preventDefault(), ve();
        return;
      }
      if (!hn(h))
        if (h.key === "Delete" || h.key === "Backspace") {
          const J = l.getSelectedEdges.value.filter((Z) => !Z.id.startsWith("seq:")).map((Z) => Z.id), K = [.../* @__PURE__ */ new Set([...J, ...((X = v.value) == null ? void 0 : X.selectedEdges()) || []])];
          (Ae.value.length || K.length) && (h.preventDefault(), a("delete", { ids: Ae.value, edges: K }));
        } else b && M === "d" ? (h.preventDefault(), a("duplicate", { ids: Ae.value })) : b && M === "z" && !h.shiftKey ? (h.preventDefault(), a("undo")) : b && (M === "y" || M === "z" && h.shiftKey) ? (h.preventDefault(), a("redo")) : !b && M === "r" ? (h.preventDefault(), ye()) : !b && M === "f" ? (h.preventDefault(), ze()) : !b && h.key === "/" ? (h.preventDefault(), Rt()) : b && M === "a" && (h.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    rt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", Lt), i("ready");
    }), Ot(() => window.removeEventListener("keydown", Lt));
    const Bn = (h) => h.kind === "intent" ? Pt[(h.status || {}).state] || "#4a4a50" : po[h.kind] || "#333";
    function p() {
      const h = Q.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      a("snapshot", { name: h }), Q.value = "";
    }
    const V = (h) => (h || "?").split(/[\s._-]+/).map((b) => b[0]).join("").slice(0, 2).toUpperCase();
    return (h, b) => (I(), D("div", f1, [
      pe(Im, {
        groups: e.palette,
        onPlace: le
      }, null, 8, ["groups"]),
      $("div", {
        ref_key: "wrap",
        ref: w,
        class: He(["mx-stage", { "file-over": W.value, moving: k.value }]),
        onPointermove: be,
        onDragover: b[8] || (b[8] = ke((M) => W.value = !0, ["prevent"])),
        onDragleave: b[9] || (b[9] = ke((M) => W.value = !1, ["self"])),
        onDrop: Te
      }, [
        pe(F(wh), {
          id: Cs,
          "node-types": F(d),
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
          "default-edge-options": S,
          "connection-line-options": g,
          class: "mx-flow"
        }, {
          default: We(() => [
            pe(Ch, {
              color: "#2c2c31",
              gap: z.value.gap,
              size: z.value.size
            }, null, 8, ["gap", "size"]),
            pe(Om, {
              ref_key: "far",
              ref: v,
              flow: F(l),
              edges: F(C),
              rev: y.value,
              onMove: Be,
              onShown: j,
              onConnect: b[0] || (b[0] = (M) => F(a)("connect", M))
            }, null, 8, ["flow", "edges", "rev"]),
            pe(F(fs), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: We(() => [
                $("div", h1, [
                  b[20] || (b[20] = Oe("multiplex")),
                  b[21] || (b[21] = $("span", null, "/", -1)),
                  $("b", m1, U(F(r).board), 1)
                ])
              ]),
              _: 1
            }),
            pe(F(fs), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: We(() => [
                $("div", p1, [
                  (I(!0), D(Ce, null, Ye(fe.value, (M) => (I(), D("span", {
                    key: M.id,
                    class: "mx-avatar",
                    style: Ve({ "--c": M.color }),
                    title: M.id === F(r).me.id ? `${M.name} (you)` : M.name
                  }, U(V(M.name)), 13, v1))), 128))
                ]),
                b[24] || (b[24] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: b[1] || (b[1] = (M) => F(a)("undo")),
                  "data-role": "undo"
                }, [
                  pe(Pe, {
                    name: "undo",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: b[2] || (b[2] = (M) => F(a)("redo")),
                  "data-role": "redo"
                }, [
                  pe(Pe, {
                    name: "redo",
                    size: 15
                  })
                ]),
                b[25] || (b[25] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: Rt
                }, [
                  pe(Pe, {
                    name: "search",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Snapshots",
                  onClick: b[3] || (b[3] = (M) => oe.value = !oe.value),
                  "data-role": "snapshots"
                }, [
                  pe(Pe, {
                    name: "history",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom out",
                  onClick: b[4] || (b[4] = (M) => ot(-1))
                }, [
                  pe(Pe, {
                    name: "minus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom in",
                  onClick: b[5] || (b[5] = (M) => ot(1))
                }, [
                  pe(Pe, {
                    name: "plus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Fit view (F)",
                  onClick: ze,
                  "data-role": "fit"
                }, [
                  pe(Pe, {
                    name: "fit",
                    size: 15
                  })
                ]),
                $("button", {
                  class: "mx-render",
                  disabled: !$e.value.length,
                  title: "Render selection (R)",
                  onClick: ye,
                  "data-role": "render-selection"
                }, [
                  pe(Pe, {
                    name: "play",
                    size: 13
                  }),
                  b[22] || (b[22] = Oe("Render")),
                  $e.value.length ? (I(), D("span", y1, U($e.value.length), 1)) : ce("", !0)
                ], 8, g1),
                oe.value ? (I(), D("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: b[7] || (b[7] = ke(() => {
                  }, ["stop"]))
                }, [
                  b[23] || (b[23] = $("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  $("div", w1, [
                    an($("input", {
                      "onUpdate:modelValue": b[6] || (b[6] = (M) => Q.value = M),
                      placeholder: "Name this moment of the board",
                      onKeydown: xt(p, ["enter"])
                    }, null, 544), [
                      [Sn, Q.value]
                    ]),
                    $("button", { onClick: p }, "Save")
                  ]),
                  (I(!0), D(Ce, null, Ye(F(r).snapshots.slice().reverse(), (M) => (I(), D("div", {
                    key: M.id,
                    class: "mx-snap"
                  }, [
                    $("div", null, [
                      $("b", null, U(M.name), 1),
                      $("span", null, U(M.author) + " · " + U(M.blocks) + " blocks · " + U((M.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    $("button", {
                      onClick: (X) => F(a)("restore", { id: M.id })
                    }, "Restore", 8, x1),
                    $("button", {
                      class: "ghost",
                      onClick: (X) => F(a)("drop_snapshot", { id: M.id })
                    }, [
                      pe(Pe, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, b1)
                  ]))), 128)),
                  F(r).snapshots.length ? ce("", !0) : (I(), D("div", k1, "No snapshots yet."))
                ], 32)) : ce("", !0)
              ]),
              _: 1
            }),
            pe(zm, {
              flow: F(l),
              users: de.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types"]),
        pe(Pm, {
          flow: F(l),
          blocks: F(x),
          rev: y.value,
          "color-of": Bn
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      $("div", _1, [
        (I(!0), D(Ce, null, Ye(Y.value, (M) => (I(), D("div", {
          key: M.id,
          class: He(["mx-toast", M.kind])
        }, U(M.text), 3))), 128))
      ]),
      H.value ? (I(), D("div", {
        key: 0,
        class: "mx-modal",
        onClick: b[11] || (b[11] = ke((M) => H.value = null, ["self"]))
      }, [
        $("div", S1, [
          $("div", $1, "Render " + U(H.value.intents.length) + " intent" + U(H.value.intents.length > 1 ? "s" : ""), 1),
          $("div", E1, U(H.value.titles.join(" · ")), 1),
          $("div", N1, [
            $("div", null, [
              b[26] || (b[26] = $("span", null, "machines", -1)),
              $("b", null, U(H.value.machines.length ? H.value.machines.join(", ") : "none live"), 1)
            ]),
            $("div", null, [
              b[27] || (b[27] = $("span", null, "gpus", -1)),
              $("b", null, U(H.value.gpus), 1)
            ]),
            $("div", null, [
              b[28] || (b[28] = $("span", null, "jobs", -1)),
              $("b", null, U(H.value.jobs), 1)
            ]),
            $("div", null, [
              b[29] || (b[29] = $("span", null, "estimate", -1)),
              $("b", null, U(H.value.seconds < 90 ? `~${Math.round(H.value.seconds)} s` : `~${Math.round(H.value.seconds / 60)} min`), 1)
            ])
          ]),
          H.value.unrunnable.length ? (I(), D("div", M1, "Nothing live can run " + U(H.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : ce("", !0),
          $("div", C1, [
            $("button", {
              class: "ghost",
              onClick: b[10] || (b[10] = (M) => H.value = null)
            }, "Cancel"),
            $("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: ve
            }, [
              pe(Pe, {
                name: "play",
                size: 13
              }),
              Oe(U(Ne.value), 1)
            ])
          ])
        ])
      ])) : ce("", !0),
      B.open ? (I(), D("div", {
        key: 1,
        class: "mx-modal",
        onClick: b[19] || (b[19] = ke((M) => B.open = !1, ["self"]))
      }, [
        $("div", {
          class: "mx-search",
          onKeydown: b[18] || (b[18] = ke(() => {
          }, ["stop"]))
        }, [
          $("div", I1, [
            pe(Pe, {
              name: "search",
              size: 16
            }),
            an($("input", {
              "onUpdate:modelValue": b[12] || (b[12] = (M) => B.q = M),
              placeholder: "Find a block…",
              onKeydown: [
                b[13] || (b[13] = xt(ke((M) => B.i = Math.min(B.i + 1, Qe.value.length - 1), ["prevent"]), ["down"])),
                b[14] || (b[14] = xt(ke((M) => B.i = Math.max(B.i - 1, 0), ["prevent"]), ["up"])),
                b[15] || (b[15] = xt(ke((M) => Bt(Qe.value[B.i]), ["prevent"]), ["enter"])),
                b[16] || (b[16] = xt((M) => B.open = !1, ["esc"]))
              ],
              onInput: b[17] || (b[17] = (M) => B.i = 0)
            }, null, 544), [
              [Sn, B.q]
            ])
          ]),
          (I(!0), D(Ce, null, Ye(Qe.value, (M, X) => (I(), D("div", {
            key: M.id,
            class: He(["mx-result", { on: X === B.i }]),
            onClick: (J) => Bt(M),
            onMouseenter: (J) => B.i = X
          }, [
            $("i", {
              style: Ve({ background: F(po)[M.kind] })
            }, null, 4),
            $("b", null, U(M.title || M.sub), 1),
            $("span", null, U(M.kind.replace("_", " ")) + " · " + U(M.sub), 1)
          ], 42, T1))), 128))
        ], 32)
      ])) : ce("", !0)
    ]));
  }
}, A1 = "/assets/", D1 = 18, ai = /* @__PURE__ */ new WeakMap();
function O1(e) {
  try {
    const t = new URL(e, window.location.href);
    return t.pathname.startsWith(A1) ? t : null;
  } catch {
    return null;
  }
}
function R1(e) {
  const t = e.getAttribute("src") || "", n = O1(t.split("#")[0]);
  if (!n) return;
  const o = ai.get(e) || 0;
  if (o >= D1) return;
  ai.set(e, o + 1), e.dataset.assetRetries = String(o + 1);
  const i = Math.min(8e3, 500 * 2 ** o);
  setTimeout(() => {
    if (!e.isConnected || (e.getAttribute("src") || "") !== t) return;
    n.searchParams.set("retry", String(o + 1));
    const s = t.includes("#") ? t.slice(t.indexOf("#")) : "";
    e.setAttribute("src", n.pathname + n.search + s), typeof e.load == "function" && e.load();
  }, i);
}
function B1(e = document) {
  e.addEventListener("error", (t) => {
    const n = t.target;
    (n instanceof HTMLImageElement || n instanceof HTMLMediaElement) && R1(n);
  }, !0), e.addEventListener("load", (t) => {
    t.target instanceof HTMLImageElement && ai.delete(t.target);
  }, !0);
}
typeof document < "u" && B1();
export {
  V1 as MultiplexCanvas
};
