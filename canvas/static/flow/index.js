import { getCurrentScope as Is, inject as Dt, effectScope as Ps, watch as Ie, provide as Gt, defineComponent as Ue, useSlots as ta, onUnmounted as na, openBlock as C, createElementBlock as D, unref as H, createVNode as pe, withCtx as We, renderSlot as it, computed as te, normalizeStyle as Ve, normalizeClass as He, getCurrentInstance as dn, reactive as _n, onScopeDispose as jn, ref as Se, nextTick as tt, onBeforeMount as oa, onMounted as rt, shallowRef as It, toRef as qe, createElementVNode as N, Fragment as Ce, renderList as Ye, onBeforeUnmount as Zt, isMemoSame as ia, createBlock as Ge, createCommentVNode as ce, toDisplayString as U, isRef as li, toRefs as sa, customRef as ra, createPropsRestProxy as aa, toValue as Le, resolveComponent as Ts, h as Fe, useAttrs as la, mergeProps as As, resolveDynamicComponent as ui, createTextVNode as ze, markRaw as ct, readonly as ua, withModifiers as ke, toRaw as Lt, watchEffect as ca, withDirectives as rn, withKeys as xt, vModelText as Sn, Teleport as da, vModelCheckbox as fa } from "vue";
function $n(e) {
  return Is() ? (jn(e), !0) : !1;
}
function bt(e) {
  return typeof e == "function" ? e() : H(e);
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
const zs = (e) => e();
function wa(e = zs) {
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
    eventFilter: o = zs,
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
    let b = null;
    const I = [new Promise((y) => {
      b = Ie(
        e,
        (v) => {
          d(v) !== t && (b == null || b(), y(v));
        },
        {
          flush: f,
          deep: m,
          immediate: !0
        }
      );
    })];
    return S != null && I.push(
      _i(S, g).then(() => bt(e)).finally(() => b == null ? void 0 : b())
    ), Promise.race(I);
  }
  function o(d, f) {
    if (!li(d))
      return n((v) => v === d, f);
    const { flush: m = "sync", deep: S = !1, timeout: g, throwOnTimeout: b } = f ?? {};
    let k = null;
    const y = [new Promise((v) => {
      k = Ie(
        [e, d],
        ([B, X]) => {
          t !== (B === X) && (k == null || k(), v(B));
        },
        {
          flush: m,
          deep: S,
          immediate: !0
        }
      );
    })];
    return g != null && y.push(
      _i(g, b).then(() => bt(e)).finally(() => (k == null || k(), bt(e)))
    ), Promise.race(y);
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
function Po(e, t, n, o = {}) {
  var i, s, r;
  const {
    clone: a = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, m = dn(), S = n || (m == null ? void 0 : m.emit) || ((i = m == null ? void 0 : m.$emit) == null ? void 0 : i.bind(m)) || ((r = (s = m == null ? void 0 : m.proxy) == null ? void 0 : s.$emit) == null ? void 0 : r.bind(m == null ? void 0 : m.proxy));
  let g = u;
  t || (t = "modelValue"), g = g || `update:${t.toString()}`;
  const b = (y) => a ? typeof a == "function" ? a(y) : Sa(y) : y, k = () => ma(e[t]) ? b(e[t]) : d, I = (y) => {
    f ? f(y) && S(g, y) : S(g, y);
  };
  if (l) {
    const y = k(), v = Se(y);
    let B = !1;
    return Ie(
      () => e[t],
      (X) => {
        B || (B = !0, v.value = b(X), tt(() => B = !1));
      }
    ), Ie(
      v,
      (X) => {
        !B && (X !== e[t] || c) && I(X);
      },
      { deep: c }
    ), v;
  } else
    return te({
      get() {
        return k();
      },
      set(y) {
        I(y);
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
function Pa(e) {
  typeof e != "function" && (e = ci(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = s[c]) && (u = e.call(l, l.__data__, c, s)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new st(o, this._parents);
}
function Ta(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Aa() {
  return [];
}
function Bs(e) {
  return e == null ? Aa : function() {
    return this.querySelectorAll(e);
  };
}
function za(e) {
  return function() {
    return Ta(e.apply(this, arguments));
  };
}
function Da(e) {
  typeof e == "function" ? e = za(e) : e = Bs(e);
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
    var c = o[u], d = i[u], f = d.length, m = ja(e.call(c, c && c.__data__, u, o)), S = m.length, g = a[u] = new Array(S), b = r[u] = new Array(S), k = l[u] = new Array(f);
    n(c, d, g, b, k, m, t);
    for (var I = 0, y = 0, v, B; I < S; ++I)
      if (v = g[I]) {
        for (I >= y && (y = I + 1); !(B = b[y]) && ++y < S; )
          ;
        v._next = B || null;
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
  return arguments.length > 1 ? this.each((t == null ? gl : typeof t == "function" ? wl : yl)(e, t, n ?? "")) : an(this.node(), e);
}
function an(e, t) {
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
function Pl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Tl(e) {
  return arguments.length ? this.each(e == null ? Cl : (typeof e == "function" ? Pl : Il)(e)) : this.node().textContent;
}
function Al() {
  this.innerHTML = "";
}
function zl(e) {
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
  return arguments.length ? this.each(e == null ? Al : (typeof e == "function" ? Dl : zl)(e)) : this.node().innerHTML;
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
  select: Pa,
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
  text: Tl,
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
function To(e) {
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
    v.on("mousedown.drag", m).filter(o).on("touchstart.drag", b).on("touchmove.drag", k, au).on("touchend.drag touchcancel.drag", I).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(v, B) {
    if (!(c || !e.call(this, v, B))) {
      var X = y(this, t.call(this, v, B), v, B, "mouse");
      X && (dt(v.view).on("mousemove.drag", S, En).on("mouseup.drag", g, En), Ks(v.view), To(v), u = !1, a = v.clientX, l = v.clientY, X("start", v));
    }
  }
  function S(v) {
    if (tn(v), !u) {
      var B = v.clientX - a, X = v.clientY - l;
      u = B * B + X * X > d;
    }
    i.mouse("drag", v);
  }
  function g(v) {
    dt(v.view).on("mousemove.drag mouseup.drag", null), Zs(v.view, u), tn(v), i.mouse("end", v);
  }
  function b(v, B) {
    if (e.call(this, v, B)) {
      var X = v.changedTouches, F = t.call(this, v, B), V = X.length, oe, ee;
      for (oe = 0; oe < V; ++oe)
        (ee = y(this, F, v, B, X[oe].identifier, X[oe])) && (To(v), ee("start", v, X[oe]));
    }
  }
  function k(v) {
    var B = v.changedTouches, X = B.length, F, V;
    for (F = 0; F < X; ++F)
      (V = i[B[F].identifier]) && (tn(v), V("drag", v, B[F]));
  }
  function I(v) {
    var B = v.changedTouches, X = B.length, F, V;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), F = 0; F < X; ++F)
      (V = i[B[F].identifier]) && (To(v), V("end", v, B[F]));
  }
  function y(v, B, X, F, V, oe) {
    var ee = s.copy(), j = mt(oe || X, B), P, re, E;
    if ((E = n.call(v, new Go("beforestart", {
      sourceEvent: X,
      target: f,
      identifier: V,
      active: r,
      x: j[0],
      y: j[1],
      dx: 0,
      dy: 0,
      dispatch: ee
    }), F)) != null)
      return P = E.x - j[0] || 0, re = E.y - j[1] || 0, function G(T, Z, R) {
        var O = j, q;
        switch (T) {
          case "start":
            i[V] = G, q = r++;
            break;
          case "end":
            delete i[V], --r;
          case "drag":
            j = mt(R || Z, B), q = r;
            break;
        }
        ee.call(
          T,
          v,
          new Go(T, {
            sourceEvent: Z,
            subject: E,
            target: f,
            identifier: V,
            active: q,
            x: j[0] + P,
            y: j[1] + re,
            dx: j[0] - O[0],
            dy: j[1] - O[1],
            dispatch: ee
          }),
          F
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
fi(On, Ut, {
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
function Ut(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = hu.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Ii(t) : n === 3 ? new nt(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Vn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Vn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = mu.exec(e)) ? new nt(t[1], t[2], t[3], 1) : (t = pu.exec(e)) ? new nt(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = vu.exec(e)) ? Vn(t[1], t[2], t[3], t[4]) : (t = gu.exec(e)) ? Vn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = yu.exec(e)) ? Ai(t[1], t[2] / 100, t[3] / 100, 1) : (t = wu.exec(e)) ? Ai(t[1], t[2] / 100, t[3] / 100, t[4]) : Ni.hasOwnProperty(e) ? Ii(Ni[e]) : e === "transparent" ? new nt(NaN, NaN, NaN, 0) : null;
}
function Ii(e) {
  return new nt(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Vn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new nt(e, t, n, o);
}
function ku(e) {
  return e instanceof On || (e = Ut(e)), e ? (e = e.rgb(), new nt(e.r, e.g, e.b, e.opacity)) : new nt();
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
    return new nt(Xt(this.r), Xt(this.g), Xt(this.b), ro(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Pi,
  // Deprecated! Use color.formatHex.
  formatHex: Pi,
  formatHex8: _u,
  formatRgb: Ti,
  toString: Ti
}));
function Pi() {
  return `#${Ft(this.r)}${Ft(this.g)}${Ft(this.b)}`;
}
function _u() {
  return `#${Ft(this.r)}${Ft(this.g)}${Ft(this.b)}${Ft((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Ti() {
  const e = ro(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Xt(this.r)}, ${Xt(this.g)}, ${Xt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function ro(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Xt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Ft(e) {
  return e = Xt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Ai(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new ft(e, t, n, o);
}
function Js(e) {
  if (e instanceof ft)
    return new ft(e.h, e.s, e.l, e.opacity);
  if (e instanceof On || (e = Ut(e)), !e)
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
      Ao(e >= 240 ? e - 240 : e + 120, i, o),
      Ao(e, i, o),
      Ao(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new ft(zi(this.h), Hn(this.s), Hn(this.l), ro(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = ro(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${zi(this.h)}, ${Hn(this.s) * 100}%, ${Hn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function zi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Hn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function Ao(e, t, n) {
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
    i[r] = xn(e[r], t[r]);
  for (; r < n; ++r)
    s[r] = t[r];
  return function(a) {
    for (r = 0; r < o; ++r)
      s[r] = i[r](a);
    return s;
  };
}
function Pu(e, t) {
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
function Tu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = xn(e[i], t[i]) : o[i] = t[i];
  return function(s) {
    for (i in n)
      o[i] = n[i](s);
    return o;
  };
}
var Wo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, zo = new RegExp(Wo.source, "g");
function Au(e) {
  return function() {
    return e;
  };
}
function zu(e) {
  return function(t) {
    return e(t) + "";
  };
}
function er(e, t) {
  var n = Wo.lastIndex = zo.lastIndex = 0, o, i, s, r = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = Wo.exec(e)) && (i = zo.exec(t)); )
    (s = i.index) > n && (s = t.slice(n, s), a[r] ? a[r] += s : a[++r] = s), (o = o[0]) === (i = i[0]) ? a[r] ? a[r] += i : a[++r] = i : (a[++r] = null, l.push({ i: r, x: pt(o, i) })), n = zo.lastIndex;
  return n < t.length && (s = t.slice(n), a[r] ? a[r] += s : a[++r] = s), a.length < 2 ? l[0] ? zu(l[0].x) : Au(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
function xn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? hi(t) : (n === "number" ? pt : n === "string" ? (o = Ut(t)) ? (t = o, ao) : er : t instanceof Ut ? ao : t instanceof Date ? Pu : Cu(t) ? Mu : Array.isArray(t) ? Iu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Tu : pt)(e, t);
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
      for (var S = -1, g = f.length, b; ++S < g; )
        d[(b = f[S]).i] = b.x(m);
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
    var a = s[0], l = s[1], u = s[2], c = r[0], d = r[1], f = r[2], m = c - a, S = d - l, g = m * m + S * S, b, k;
    if (g < Lu)
      k = Math.log(f / u) / t, b = function(F) {
        return [
          a + F * m,
          l + F * S,
          u * Math.exp(t * F * k)
        ];
      };
    else {
      var I = Math.sqrt(g), y = (f * f - u * u + o * g) / (2 * u * n * I), v = (f * f - u * u - o * g) / (2 * f * n * I), B = Math.log(Math.sqrt(y * y + 1) - y), X = Math.log(Math.sqrt(v * v + 1) - v);
      k = (X - B) / t, b = function(F) {
        var V = F * k, oe = Oi(B), ee = u / (n * I) * (oe * Hu(t * V + B) - Vu(B));
        return [
          a + ee * m,
          l + ee * S,
          u * oe / Oi(t * V + B)
        ];
      };
    }
    return b.duration = k * 1e3 * t / Math.SQRT2, b;
  }
  return i.rho = function(s) {
    var r = Math.max(1e-3, +s), a = r * r, l = a * a;
    return e(r, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var ln = 0, vn = 0, mn = 0, or = 1e3, lo, gn, uo = 0, Wt = 0, wo = 0, Cn = typeof performance == "object" && performance.now ? performance : Date, ir = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function mi() {
  return Wt || (ir(Fu), Wt = Cn.now() + wo);
}
function Fu() {
  Wt = 0;
}
function co() {
  this._call = this._time = this._next = null;
}
co.prototype = sr.prototype = {
  constructor: co,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? mi() : +n) + (t == null ? 0 : +t), !this._next && gn !== this && (gn ? gn._next = this : lo = this, gn = this), this._call = e, this._time = n, Zo();
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
  mi(), ++ln;
  for (var e = lo, t; e; )
    (t = Wt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --ln;
}
function Ri() {
  Wt = (uo = Cn.now()) + wo, ln = vn = 0;
  try {
    Yu();
  } finally {
    ln = 0, qu(), Wt = 0;
  }
}
function Xu() {
  var e = Cn.now(), t = e - uo;
  t > or && (wo -= t, uo = e);
}
function qu() {
  for (var e, t = lo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : lo = n);
  gn = e, Zo(o);
}
function Zo(e) {
  if (!ln) {
    vn && (vn = clearTimeout(vn));
    var t = e - Wt;
    t > 24 ? (e < 1 / 0 && (vn = setTimeout(Ri, e - Cn.now() - wo)), mn && (mn = clearInterval(mn))) : (mn || (uo = Cn.now(), mn = setInterval(Xu, or)), ln = 1, ir(Ri));
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
  return (typeof t == "number" ? pt : t instanceof Ut ? ao : (n = Ut(t)) ? (t = n, ao) : er)(e, t);
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
        for (var f = e.call(c, c.__data__, d, l), m, S = ht(c, n), g = 0, b = f.length; g < b; ++g)
          (m = f[g]) && xo(m, t, n, g, f, S);
        s.push(f), r.push(c);
      }
  return new _t(s, r, t, n);
}
var Ic = Dn.prototype.constructor;
function Pc() {
  return new Ic(this._groups, this._parents);
}
function Tc(e, t) {
  var n, o, i;
  return function() {
    var s = an(this, e), r = (this.style.removeProperty(e), an(this, e));
    return s === r ? null : s === n && r === o ? i : i = t(n = s, o = r);
  };
}
function lr(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Ac(e, t, n) {
  var o, i = n + "", s;
  return function() {
    var r = an(this, e);
    return r === i ? null : r === o ? s : s = t(o = r, n);
  };
}
function zc(e, t, n) {
  var o, i, s;
  return function() {
    var r = an(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), an(this, e))), r === l ? null : r === o && l === i ? s : (i = l, s = t(o = r, a));
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
  return t == null ? this.styleTween(e, Tc(e, o)).on("end.style." + e, lr(e)) : typeof t == "function" ? this.styleTween(e, zc(e, o, vi(this, "style." + e, t))).each(Dc(this._id, e)) : this.styleTween(e, Ac(e, o, t), n).on("end.style." + e, null);
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
  selection: Pc,
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
var un = new kt(1, 0, 0);
kt.prototype;
function Do(e) {
  e.stopImmediatePropagation();
}
function pn(e) {
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
  return this.__zoom || un;
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
  var e = ed, t = td, n = id, o = nd, i = od, s = [0, 1 / 0], r = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = Qn, u = go("start", "zoom", "end"), c, d, f, m = 500, S = 150, g = 0, b = 10;
  function k(E) {
    E.property("__zoom", Hi).on("wheel.zoom", V, { passive: !1 }).on("mousedown.zoom", oe).on("dblclick.zoom", ee).filter(i).on("touchstart.zoom", j).on("touchmove.zoom", P).on("touchend.zoom touchcancel.zoom", re).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  k.transform = function(E, G, T, Z) {
    var R = E.selection ? E.selection() : E;
    R.property("__zoom", Hi), E !== R ? B(E, G, T, Z) : R.interrupt().each(function() {
      X(this, arguments).event(Z).start().zoom(null, typeof G == "function" ? G.apply(this, arguments) : G).end();
    });
  }, k.scaleBy = function(E, G, T, Z) {
    k.scaleTo(E, function() {
      var R = this.__zoom.k, O = typeof G == "function" ? G.apply(this, arguments) : G;
      return R * O;
    }, T, Z);
  }, k.scaleTo = function(E, G, T, Z) {
    k.transform(E, function() {
      var R = t.apply(this, arguments), O = this.__zoom, q = T == null ? v(R) : typeof T == "function" ? T.apply(this, arguments) : T, ie = O.invert(q), he = typeof G == "function" ? G.apply(this, arguments) : G;
      return n(y(I(O, he), q, ie), R, r);
    }, T, Z);
  }, k.translateBy = function(E, G, T, Z) {
    k.transform(E, function() {
      return n(this.__zoom.translate(
        typeof G == "function" ? G.apply(this, arguments) : G,
        typeof T == "function" ? T.apply(this, arguments) : T
      ), t.apply(this, arguments), r);
    }, null, Z);
  }, k.translateTo = function(E, G, T, Z, R) {
    k.transform(E, function() {
      var O = t.apply(this, arguments), q = this.__zoom, ie = Z == null ? v(O) : typeof Z == "function" ? Z.apply(this, arguments) : Z;
      return n(un.translate(ie[0], ie[1]).scale(q.k).translate(
        typeof G == "function" ? -G.apply(this, arguments) : -G,
        typeof T == "function" ? -T.apply(this, arguments) : -T
      ), O, r);
    }, Z, R);
  };
  function I(E, G) {
    return G = Math.max(s[0], Math.min(s[1], G)), G === E.k ? E : new kt(G, E.x, E.y);
  }
  function y(E, G, T) {
    var Z = G[0] - T[0] * E.k, R = G[1] - T[1] * E.k;
    return Z === E.x && R === E.y ? E : new kt(E.k, Z, R);
  }
  function v(E) {
    return [(+E[0][0] + +E[1][0]) / 2, (+E[0][1] + +E[1][1]) / 2];
  }
  function B(E, G, T, Z) {
    E.on("start.zoom", function() {
      X(this, arguments).event(Z).start();
    }).on("interrupt.zoom end.zoom", function() {
      X(this, arguments).event(Z).end();
    }).tween("zoom", function() {
      var R = this, O = arguments, q = X(R, O).event(Z), ie = t.apply(R, O), he = T == null ? v(ie) : typeof T == "function" ? T.apply(R, O) : T, we = Math.max(ie[1][0] - ie[0][0], ie[1][1] - ie[0][1]), xe = R.__zoom, ae = typeof G == "function" ? G.apply(R, O) : G, ne = l(xe.invert(he).concat(we / xe.k), ae.invert(he).concat(we / ae.k));
      return function(le) {
        if (le === 1)
          le = ae;
        else {
          var Pe = ne(le), De = we / Pe[2];
          le = new kt(De, he[0] - Pe[0] * De, he[1] - Pe[1] * De);
        }
        q.zoom(null, le);
      };
    });
  }
  function X(E, G, T) {
    return !T && E.__zooming || new F(E, G);
  }
  function F(E, G) {
    this.that = E, this.args = G, this.active = 0, this.sourceEvent = null, this.extent = t.apply(E, G), this.taps = 0;
  }
  F.prototype = {
    event: function(E) {
      return E && (this.sourceEvent = E), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(E, G) {
      return this.mouse && E !== "mouse" && (this.mouse[1] = G.invert(this.mouse[0])), this.touch0 && E !== "touch" && (this.touch0[1] = G.invert(this.touch0[0])), this.touch1 && E !== "touch" && (this.touch1[1] = G.invert(this.touch1[0])), this.that.__zoom = G, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(E) {
      var G = dt(this.that).datum();
      u.call(
        E,
        this.that,
        new Qc(E, {
          sourceEvent: this.sourceEvent,
          target: k,
          transform: this.that.__zoom,
          dispatch: u
        }),
        G
      );
    }
  };
  function V(E, ...G) {
    if (!e.apply(this, arguments))
      return;
    var T = X(this, G).event(E), Z = this.__zoom, R = Math.max(s[0], Math.min(s[1], Z.k * Math.pow(2, o.apply(this, arguments)))), O = mt(E);
    if (T.wheel)
      (T.mouse[0][0] !== O[0] || T.mouse[0][1] !== O[1]) && (T.mouse[1] = Z.invert(T.mouse[0] = O)), clearTimeout(T.wheel);
    else {
      if (Z.k === R)
        return;
      T.mouse = [O, Z.invert(O)], no(this), T.start();
    }
    pn(E), T.wheel = setTimeout(q, S), T.zoom("mouse", n(y(I(Z, R), T.mouse[0], T.mouse[1]), T.extent, r));
    function q() {
      T.wheel = null, T.end();
    }
  }
  function oe(E, ...G) {
    if (f || !e.apply(this, arguments))
      return;
    var T = E.currentTarget, Z = X(this, G, !0).event(E), R = dt(E.view).on("mousemove.zoom", he, !0).on("mouseup.zoom", we, !0), O = mt(E, T), q = E.clientX, ie = E.clientY;
    Ks(E.view), Do(E), Z.mouse = [O, this.__zoom.invert(O)], no(this), Z.start();
    function he(xe) {
      if (pn(xe), !Z.moved) {
        var ae = xe.clientX - q, ne = xe.clientY - ie;
        Z.moved = ae * ae + ne * ne > g;
      }
      Z.event(xe).zoom("mouse", n(y(Z.that.__zoom, Z.mouse[0] = mt(xe, T), Z.mouse[1]), Z.extent, r));
    }
    function we(xe) {
      R.on("mousemove.zoom mouseup.zoom", null), Zs(xe.view, Z.moved), pn(xe), Z.event(xe).end();
    }
  }
  function ee(E, ...G) {
    if (e.apply(this, arguments)) {
      var T = this.__zoom, Z = mt(E.changedTouches ? E.changedTouches[0] : E, this), R = T.invert(Z), O = T.k * (E.shiftKey ? 0.5 : 2), q = n(y(I(T, O), Z, R), t.apply(this, G), r);
      pn(E), a > 0 ? dt(this).transition().duration(a).call(B, q, Z, E) : dt(this).call(k.transform, q, Z, E);
    }
  }
  function j(E, ...G) {
    if (e.apply(this, arguments)) {
      var T = E.touches, Z = T.length, R = X(this, G, E.changedTouches.length === Z).event(E), O, q, ie, he;
      for (Do(E), q = 0; q < Z; ++q)
        ie = T[q], he = mt(ie, this), he = [he, this.__zoom.invert(he), ie.identifier], R.touch0 ? !R.touch1 && R.touch0[2] !== he[2] && (R.touch1 = he, R.taps = 0) : (R.touch0 = he, O = !0, R.taps = 1 + !!c);
      c && (c = clearTimeout(c)), O && (R.taps < 2 && (d = he[0], c = setTimeout(function() {
        c = null;
      }, m)), no(this), R.start());
    }
  }
  function P(E, ...G) {
    if (this.__zooming) {
      var T = X(this, G).event(E), Z = E.changedTouches, R = Z.length, O, q, ie, he;
      for (pn(E), O = 0; O < R; ++O)
        q = Z[O], ie = mt(q, this), T.touch0 && T.touch0[2] === q.identifier ? T.touch0[0] = ie : T.touch1 && T.touch1[2] === q.identifier && (T.touch1[0] = ie);
      if (q = T.that.__zoom, T.touch1) {
        var we = T.touch0[0], xe = T.touch0[1], ae = T.touch1[0], ne = T.touch1[1], le = (le = ae[0] - we[0]) * le + (le = ae[1] - we[1]) * le, Pe = (Pe = ne[0] - xe[0]) * Pe + (Pe = ne[1] - xe[1]) * Pe;
        q = I(q, Math.sqrt(le / Pe)), ie = [(we[0] + ae[0]) / 2, (we[1] + ae[1]) / 2], he = [(xe[0] + ne[0]) / 2, (xe[1] + ne[1]) / 2];
      } else if (T.touch0)
        ie = T.touch0[0], he = T.touch0[1];
      else
        return;
      T.zoom("touch", n(y(q, ie, he), T.extent, r));
    }
  }
  function re(E, ...G) {
    if (this.__zooming) {
      var T = X(this, G).event(E), Z = E.changedTouches, R = Z.length, O, q;
      for (Do(E), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, m), O = 0; O < R; ++O)
        q = Z[O], T.touch0 && T.touch0[2] === q.identifier ? delete T.touch0 : T.touch1 && T.touch1[2] === q.identifier && delete T.touch1;
      if (T.touch1 && !T.touch0 && (T.touch0 = T.touch1, delete T.touch1), T.touch0)
        T.touch0[1] = this.__zoom.invert(T.touch0[0]);
      else if (T.end(), T.taps === 2 && (q = mt(q, this), Math.hypot(d[0] - q[0], d[1] - q[1]) < b)) {
        var ie = dt(this).on("dblclick.zoom");
        ie && ie.apply(this, arguments);
      }
    }
  }
  return k.wheelDelta = function(E) {
    return arguments.length ? (o = typeof E == "function" ? E : Yn(+E), k) : o;
  }, k.filter = function(E) {
    return arguments.length ? (e = typeof E == "function" ? E : Yn(!!E), k) : e;
  }, k.touchable = function(E) {
    return arguments.length ? (i = typeof E == "function" ? E : Yn(!!E), k) : i;
  }, k.extent = function(E) {
    return arguments.length ? (t = typeof E == "function" ? E : Yn([[+E[0][0], +E[0][1]], [+E[1][0], +E[1][1]]]), k) : t;
  }, k.scaleExtent = function(E) {
    return arguments.length ? (s[0] = +E[0], s[1] = +E[1], k) : [s[0], s[1]];
  }, k.translateExtent = function(E) {
    return arguments.length ? (r[0][0] = +E[0][0], r[1][0] = +E[1][0], r[0][1] = +E[0][1], r[1][1] = +E[1][1], k) : [[r[0][0], r[0][1]], [r[1][0], r[1][1]]];
  }, k.constrain = function(E) {
    return arguments.length ? (n = E, k) : n;
  }, k.duration = function(E) {
    return arguments.length ? (a = +E, k) : a;
  }, k.interpolate = function(E) {
    return arguments.length ? (l = E, k) : l;
  }, k.on = function() {
    var E = u.on.apply(u, arguments);
    return E === u ? k : E;
  }, k.clickDistance = function(E) {
    return arguments.length ? (g = (E = +E) * E, k) : Math.sqrt(g);
  }, k.tapDistance = function(E) {
    return arguments.length ? (b = +E, k) : b;
  }, k;
}
var ge = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(ge || {}), gi = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(gi || {}), Vt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Vt || {}), At = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(At || {}), Qo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Qo || {}), bn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(bn || {});
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
function kn(e, t) {
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
      const g = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, b = (g == null ? void 0 : g.nodeName) === "BUTTON" || (g == null ? void 0 : g.nodeName) === "A";
      !m && (i || !b) && u.preventDefault(), o.value = !0;
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
function zt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function qt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !zt(e);
}
function yn(e) {
  return qt(e) && "computedPosition" in e;
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
  return n.filter((s) => zt(s) && s.source === o).map((s) => n.find((r) => qt(r) && r.id === s.target));
}
function pd(...e) {
  if (e.length === 3) {
    const [s, r, a] = e;
    return pr(s, r, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((s) => zt(s) && s.target === o).map((s) => n.find((r) => qt(r) && r.id === s.source));
}
function vr({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function vd(e, t) {
  return t.some(
    (n) => zt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function In({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function Pn({ x: e, y: t }, { x: n, y: o, zoom: i }, s = !1, r = [1, 1]) {
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
    ...Pn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, r = [];
  for (const a of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = a, d = l.width ?? a.width ?? null, f = l.height ?? a.height ?? null;
    if (i && !u || c)
      continue;
    const m = ho(s, fo(a)), S = d === null || f === null, g = o && m > 0, b = (d ?? 0) * (f ?? 0);
    (S || g || m >= b || a.dragging) && r.push(a);
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
  const r = wd(s, t, n), a = (t - r.x) / e.width, l = (n - r.y) / e.height, u = Math.min(a, l), c = St(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, m = t / 2 - d * c, S = n / 2 - f * c, g = xd(e, m, S, c, t, n), b = {
    left: Math.min(g.left - r.left, 0),
    top: Math.min(g.top - r.top, 0),
    right: Math.min(g.right - r.right, 0),
    bottom: Math.min(g.bottom - r.bottom, 0)
  };
  return {
    x: m - b.left + b.right,
    y: S - b.top + b.bottom,
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
function Tn(e, t) {
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
            if (yn(r) && (typeof a.position < "u" && (r.position = a.position), typeof a.dragging < "u" && (r.dragging = a.dragging), r.expandParent && r.parentNode)) {
              const l = t[s.indexOf(r.parentNode)];
              l && yn(l) && Oo(r, l);
            }
            break;
          case "dimensions":
            if (yn(r) && (typeof a.dimensions < "u" && (r.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (r.style = {
              ...r.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (r.resizing = a.resizing), r.expandParent && r.parentNode)) {
              const l = t[s.indexOf(r.parentNode)];
              l && yn(l) && (!!l.dimensions.width && !!l.dimensions.height ? Oo(r, l) : tt(() => {
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
function cn(e, t, n = ge.Left, o = !1) {
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
function Pd(e, t, n) {
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
const Td = 250;
function Ad(e, t, n, o) {
  var i, s;
  let r = [], a = Number.POSITIVE_INFINITY;
  const l = Pd(e, n, t + Td);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((s = u.handleBounds) == null ? void 0 : s.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: m } = cn(u, d, d.position, !0), S = Math.sqrt((f - e.x) ** 2 + (m - e.y) ** 2);
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
  const S = s === "target", g = t ? r.querySelector(`.${a}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: b, y: k } = vt(e), I = r.elementFromPoint(b, k), y = I != null && I.classList.contains(`${a}-flow__handle`) ? I : g, v = {
    handleDomNode: y,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (y) {
    const B = Sr(void 0, y), X = y.getAttribute("data-nodeid"), F = y.getAttribute("data-handleid"), V = y.classList.contains("connectable"), oe = y.classList.contains("connectableend");
    if (!X || !B)
      return v;
    const ee = {
      source: S ? X : o,
      sourceHandle: S ? F : i,
      target: S ? o : X,
      targetHandle: S ? i : F
    };
    v.connection = ee;
    const P = V && oe && (n === At.Strict ? S && B === "source" || !S && B === "target" : X !== o || F !== i);
    v.isValid = P && u(ee, {
      nodes: d,
      edges: c,
      sourceNode: f(ee.source),
      targetNode: f(ee.target)
    }), v.toHandle = $r(X, B, F, m, n, !0);
  }
  return v;
}
function Sr(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function zd(e, t) {
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
  const c = i === At.Strict ? (r = u.handleBounds) == null ? void 0 : r[t] : [...((a = u.handleBounds) == null ? void 0 : a.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && s ? { ...d, ...cn(u, d, d.position, !0) } : d;
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
  return typeof H(e) < "u";
}
function Rd(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Je(je.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return zt(e) ? i = e : i = {
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
    if (!qt(r)) {
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
    const c = zt(u) ? u : Rd(u, a, i, s);
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
    selectNodesOnDrag: b,
    removeSelectedElements: k,
    addSelectedNodes: I,
    updateNodePositions: y,
    emits: v
  } = Xe(), { onStart: B, onDrag: X, onStop: F, onClick: V, el: oe, disabled: ee, id: j, selectable: P, dragHandle: re } = e, E = It(!1);
  let G = [], T, Z = null, R = { x: void 0, y: void 0 }, O = { x: 0, y: 0 }, q = null, ie = !1, he = !1, we = 0, xe = !1;
  const ae = Cr(), ne = ({ x: _e, y: be }) => {
    R = { x: _e, y: be };
    let _ = !1;
    if (G = G.map((x) => {
      const $ = { x: _e - x.distance.x, y: be - x.distance.y }, { computedPosition: z } = yi(
        x,
        n.value ? ko($, o.value) : $,
        v.error,
        r.value,
        x.parentNode ? m(x.parentNode) : void 0
      );
      return _ = _ || x.position.x !== z.x || x.position.y !== z.y, x.position = z, x;
    }), he = he || _, !!_ && (y(G, !0, !0), E.value = !0, q)) {
      const [x, $] = Ro({
        id: j,
        dragItems: G,
        findNode: m
      });
      X({ event: q, node: x, nodes: $ });
    }
  }, le = () => {
    if (!Z)
      return;
    const [_e, be] = kr(O, Z, c.value);
    if (_e !== 0 || be !== 0) {
      const _ = {
        x: (R.x ?? 0) - _e / l.value.zoom,
        y: (R.y ?? 0) - be / l.value.zoom
      };
      f({ x: _e, y: be }) && ne(_);
    }
    we = requestAnimationFrame(le);
  }, Pe = (_e, be) => {
    ie = !0;
    const _ = m(j);
    !b.value && !S.value && _ && (_.selected || k()), _ && Le(P) && b.value && ni(
      _,
      S.value,
      I,
      k,
      g,
      !1,
      be
    );
    const x = ae(_e.sourceEvent);
    if (R = x, G = kd(s.value, d.value, x, j), G.length) {
      const [$, z] = Ro({
        id: j,
        dragItems: G,
        findNode: m
      });
      B({ event: _e.sourceEvent, node: $, nodes: z });
    }
  }, De = (_e, be) => {
    var _;
    _e.sourceEvent.type === "touchmove" && _e.sourceEvent.touches.length > 1 || (he = !1, a.value === 0 && Pe(_e, be), R = ae(_e.sourceEvent), Z = ((_ = t.value) == null ? void 0 : _.getBoundingClientRect()) || null, O = vt(_e.sourceEvent, Z));
  }, $e = (_e, be) => {
    const _ = ae(_e.sourceEvent);
    if (!xe && ie && u.value && (xe = !0, le()), !ie) {
      const x = _.xSnapped - (R.x ?? 0), $ = _.ySnapped - (R.y ?? 0);
      Math.sqrt(x * x + $ * $) > a.value && Pe(_e, be);
    }
    (R.x !== _.xSnapped || R.y !== _.ySnapped) && G.length && ie && (q = _e.sourceEvent, O = vt(_e.sourceEvent, Z), ne(_));
  }, Oe = (_e) => {
    let be = !1;
    if (!ie && !E.value && !S.value) {
      const _ = _e.sourceEvent, x = ae(_), $ = x.xSnapped - (R.x ?? 0), z = x.ySnapped - (R.y ?? 0), A = Math.sqrt($ * $ + z * z);
      A !== 0 && A <= a.value && (V == null || V(_), be = !0);
    }
    if (G.length && !be) {
      he && (y(G, !1, !1), he = !1);
      const [_, x] = Ro({
        id: j,
        dragItems: G,
        findNode: m
      });
      F({ event: _e.sourceEvent, node: _, nodes: x });
    }
    G = [], E.value = !1, xe = !1, ie = !1, R = { x: void 0, y: void 0 }, cancelAnimationFrame(we);
  };
  return Ie([() => Le(ee), oe], ([_e, be], _, x) => {
    if (be) {
      const $ = dt(be);
      _e || (T = fu().on("start", (z) => De(z, be)).on("drag", (z) => $e(z, be)).on("end", (z) => Oe(z)).filter((z) => {
        const A = z.target, de = Le(re);
        return !z.button && (!i.value || !Ji(A, `.${i.value}`, be) && (!de || Ji(A, de, be)));
      }), $.call(T)), x(() => {
        $.on(".drag", null), T && (T.on("start", null), T.on("drag", null), T.on("end", null));
      });
    }
  }), E;
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
    const r = ((s = o.value) == null ? void 0 : s.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Md(i) ? i.sourceEvent : i, { x: l, y: u } = vt(a, r), c = Pn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? ko(c, t.value) : c;
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
    findNode: b,
    panBy: k,
    startConnection: I,
    updateConnection: y,
    endConnection: v,
    emits: B,
    viewport: X,
    edges: F,
    nodes: V,
    isValidConnection: oe,
    nodeLookup: ee
  } = Xe();
  let j = null, P = !1, re = null;
  function E(T) {
    var Z;
    const R = Le(n) === "target", O = wi(T), q = Yi(T.target), ie = T.currentTarget;
    if (ie && (O && T.button === 0 || !O)) {
      let he = function(ve) {
        _ = vt(ve, Oe), ne = Ad(
          Pn(_, X.value, !1, [1, 1]),
          c.value,
          ee.value,
          z
        ), x || ($(), x = !0);
        const Ne = ts(
          ve,
          {
            handle: ne,
            connectionMode: u.value,
            fromNodeId: Le(t),
            fromHandleId: Le(e),
            fromType: R ? "target" : "source",
            isValidConnection: ae,
            doc: q,
            lib: "vue",
            flowId: a,
            nodeLookup: ee.value
          },
          F.value,
          V.value,
          b,
          ee.value
        );
        re = Ne.handleDomNode, j = Ne.connection, P = Dd(!!ne, Ne.isValid);
        const Ae = {
          // from stays the same
          ...ye,
          isValid: P,
          to: Ne.toHandle && P ? In({ x: Ne.toHandle.x, y: Ne.toHandle.y }, X.value) : _,
          toHandle: Ne.toHandle,
          toPosition: P && Ne.toHandle ? Ne.toHandle.position : ti[z.position],
          toNode: Ne.toHandle ? ee.value.get(Ne.toHandle.nodeId) : null
        };
        if (P && ne && (ye != null && ye.toHandle) && Ae.toHandle && ye.toHandle.type === Ae.toHandle.type && ye.toHandle.nodeId === Ae.toHandle.nodeId && ye.toHandle.id === Ae.toHandle.id && ye.to.x === Ae.to.x && ye.to.y === Ae.to.y)
          return;
        const Be = ne ?? Ne.toHandle;
        if (y(
          Be && P ? In(
            {
              x: Be.x,
              y: Be.y
            },
            X.value
          ) : _,
          Be,
          zd(!!Be, P)
        ), ye = Ae, !ne && !P && !re)
          return Bo(be);
        j && j.source !== j.target && re && (Bo(be), be = re, re.classList.add("connecting", "vue-flow__handle-connecting"), re.classList.toggle("valid", !!P), re.classList.toggle("vue-flow__handle-valid", !!P));
      }, we = function(ve) {
        "touches" in ve && ve.touches.length > 0 || ((ne || re) && j && P && (s ? s(ve, j) : B.connect(j)), B.connectEnd(ve), i && (r == null || r(ve)), Bo(be), cancelAnimationFrame(le), v(ve), x = !1, P = !1, j = null, re = null, q.removeEventListener("mousemove", he), q.removeEventListener("mouseup", we), q.removeEventListener("touchmove", he), q.removeEventListener("touchend", we));
      };
      const xe = b(Le(t));
      let ae = Le(o) || oe.value || qn;
      !ae && xe && (ae = (R ? xe.isValidSourcePos : xe.isValidTargetPos) || qn);
      let ne, le = 0;
      const { x: Pe, y: De } = vt(T), $e = Sr(Le(i), ie), Oe = (Z = l.value) == null ? void 0 : Z.getBoundingClientRect();
      if (!Oe || !$e)
        return;
      const _e = $r(Le(t), $e, Le(e), ee.value, u.value);
      if (!_e)
        return;
      let be, _ = vt(T, Oe), x = !1;
      const $ = () => {
        if (!S.value)
          return;
        const [ve, Ne] = kr(_, Oe, g.value);
        k({ x: ve, y: Ne }), le = requestAnimationFrame($);
      }, z = {
        ..._e,
        nodeId: Le(t),
        type: $e,
        position: _e.position
      }, A = ee.value.get(Le(t)), fe = {
        inProgress: !0,
        isValid: null,
        from: cn(A, z, ge.Left, !0),
        fromHandle: z,
        fromPosition: z.position,
        fromNode: A,
        to: _,
        toHandle: null,
        toPosition: ti[z.position],
        toNode: null
      };
      I(
        {
          nodeId: Le(t),
          id: Le(e),
          type: $e,
          position: (ie == null ? void 0 : ie.getAttribute("data-handlepos")) || ge.Top,
          ..._
        },
        {
          x: Pe - Oe.left,
          y: De - Oe.top
        }
      ), B.connectStart({ event: T, nodeId: Le(t), handleId: Le(e), handleType: $e });
      let ye = fe;
      q.addEventListener("mousemove", he), q.addEventListener("mouseup", we), q.addEventListener("touchmove", he), q.addEventListener("touchend", we);
    }
  }
  function G(T) {
    var Z, R;
    if (!d.value)
      return;
    const O = Le(n) === "target";
    if (!f.value) {
      B.clickConnectStart({ event: T, nodeId: Le(t), handleId: Le(e) }), I(
        {
          nodeId: Le(t),
          type: Le(n),
          id: Le(e),
          position: ge.Top,
          ...vt(T)
        },
        void 0,
        !0
      );
      return;
    }
    let q = Le(o) || oe.value || qn;
    const ie = b(Le(t));
    if (!q && ie && (q = (O ? ie.isValidSourcePos : ie.isValidTargetPos) || qn), ie && (typeof ie.connectable > "u" ? m.value : ie.connectable) === !1)
      return;
    const he = Yi(T.target), we = ts(
      T,
      {
        handle: {
          nodeId: Le(t),
          id: Le(e),
          type: Le(n),
          position: ge.Top,
          ...vt(T)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: q,
        doc: he,
        lib: "vue",
        flowId: a,
        nodeLookup: ee.value
      },
      F.value,
      V.value,
      b,
      ee.value
    ), xe = ((Z = we.connection) == null ? void 0 : Z.source) === ((R = we.connection) == null ? void 0 : R.target);
    we.isValid && we.connection && !xe && B.connect(we.connection), B.clickConnectEnd(T), v(T, !0);
  }
  return {
    handlePointerDown: E,
    handleClick: G
  };
}
function Yd() {
  return Dt(xi, "");
}
function Pr(e) {
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
function Tr() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: s, nodesDraggable: r, emits: a } = Xe();
  return (l, u = !1) => {
    const c = s.value ? i.value[0] : 5, d = s.value ? i.value[1] : 5, f = u ? 4 : 1, m = l.x * c * f, S = l.y * d * f, g = [];
    for (const b of e.value)
      if (b.draggable || r && typeof b.draggable > "u") {
        const k = { x: b.computedPosition.x + m, y: b.computedPosition.y + S }, { position: I } = yi(
          b,
          k,
          a.error,
          t.value,
          b.parentNode ? o(b.parentNode) : void 0
        );
        g.push({
          id: b.id,
          position: I,
          from: b.position,
          distance: { x: l.x, y: l.y },
          dimensions: b.dimensions
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
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? xn : Qn).scaleBy(
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
      const { x: u, y: c } = hr({ x: -o, y: -i }, e.translateExtent), d = un.translate(-u, -c).scale(s);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? xn : Qn).transform(
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
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((s == null ? void 0 : s.interpolate) === "linear" ? xn : Qn).scaleTo(
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
    project: (i) => Pn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: s, y: r } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - s,
          y: i.y - r
        };
        return Pn(a, e.viewport, e.snapToGrid, e.snapGrid);
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
  const o = Ps(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let g, b, k = !!(n.nodes.value.length || n.edges.value.length);
        g = Qt([e.modelValue, () => {
          var I, y;
          return (y = (I = e.modelValue) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (b == null || b.pause(), n.setElements(I), !b && !k && I.length ? k = !0 : b == null || b.resume());
        }), b = Qt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([I, y]) => {
            var v;
            (v = e.modelValue) != null && v.value && Array.isArray(e.modelValue.value) && (g == null || g.pause(), e.modelValue.value = [...I, ...y], tt(() => {
              g == null || g.resume();
            }));
          },
          { immediate: k }
        ), jn(() => {
          g == null || g.stop(), b == null || b.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let g, b, k = !!n.nodes.value.length;
        g = Qt([e.nodes, () => {
          var I, y;
          return (y = (I = e.nodes) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (b == null || b.pause(), n.setNodes(I), !b && !k && I.length ? k = !0 : b == null || b.resume());
        }), b = Qt(
          [n.nodes, () => n.nodes.value.length],
          ([I]) => {
            var y;
            (y = e.nodes) != null && y.value && Array.isArray(e.nodes.value) && (g == null || g.pause(), e.nodes.value = [...I], tt(() => {
              g == null || g.resume();
            }));
          },
          { immediate: k }
        ), jn(() => {
          g == null || g.stop(), b == null || b.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let g, b, k = !!n.edges.value.length;
        g = Qt([e.edges, () => {
          var I, y;
          return (y = (I = e.edges) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (b == null || b.pause(), n.setEdges(I), !b && !k && I.length ? k = !0 : b == null || b.resume());
        }), b = Qt(
          [n.edges, () => n.edges.value.length],
          ([I]) => {
            var y;
            (y = e.edges) != null && y.value && Array.isArray(e.edges.value) && (g == null || g.pause(), e.edges.value = [...I], tt(() => {
              g == null || g.resume();
            }));
          },
          { immediate: k }
        ), jn(() => {
          g == null || g.stop(), b == null || b.stop();
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
        const g = async (b) => {
          let k = b;
          typeof t.autoConnect == "function" && (k = await t.autoConnect(b)), k !== !1 && n.addEdges([k]);
        };
        Ie(
          () => t.autoConnect,
          () => {
            Ze(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), Ie(
          n.autoConnect,
          (b, k, I) => {
            b ? n.onConnect(g) : n.hooks.value.connect.off(g), I(() => {
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
      for (const b of Object.keys(t)) {
        const k = b;
        if (!g.includes(k)) {
          const I = qe(() => t[k]), y = n[k];
          li(y) && o.run(() => {
            Ie(
              I,
              (v) => {
                Ze(v) && (y.value = v);
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
  const n = dn();
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
function Ar() {
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
    panOnScrollMode: bn.Free,
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
      type: Vt.Bezier,
      style: {}
    },
    connectionMode: At.Loose,
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
    const x = _ ?? [];
    e.hooks.updateNodeInternals.trigger(x);
  }, s = (_) => pd(_, e.nodes, e.edges), r = (_) => md(_, e.nodes, e.edges), a = (_) => xr(_, e.edges), l = ({ id: _, type: x, nodeId: $ }) => {
    var z;
    const A = _ ? `-${x}-${_}` : `-${x}`;
    return Array.from(((z = e.connectionLookup.get(`${$}${A}`)) == null ? void 0 : z.values()) ?? []);
  }, u = (_) => {
    if (_)
      return t.value.get(_);
  }, c = (_) => {
    if (_)
      return n.value.get(_);
  }, d = (_, x, $) => {
    var z, A;
    const de = [];
    for (const fe of _) {
      const ye = {
        id: fe.id,
        type: "position",
        dragging: $,
        from: fe.from
      };
      if (x && (ye.position = fe.position, fe.parentNode)) {
        const ve = u(fe.parentNode);
        ye.position = {
          x: ye.position.x - (((z = ve == null ? void 0 : ve.computedPosition) == null ? void 0 : z.x) ?? 0),
          y: ye.position.y - (((A = ve == null ? void 0 : ve.computedPosition) == null ? void 0 : A.y) ?? 0)
        };
      }
      de.push(ye);
    }
    de != null && de.length && e.hooks.nodesChange.trigger(de);
  }, f = (_) => {
    if (!e.vueFlowRef)
      return;
    const x = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!x)
      return;
    const $ = window.getComputedStyle(x), { m22: z } = new window.DOMMatrixReadOnly($.transform), A = [];
    for (const de of _) {
      const fe = de, ye = u(fe.id);
      if (ye) {
        const ve = bo(fe.nodeElement);
        if (!!(ve.width && ve.height && (ye.dimensions.width !== ve.width || ye.dimensions.height !== ve.height || fe.forceUpdate))) {
          const Ae = fe.nodeElement.getBoundingClientRect();
          ye.dimensions = ve, ye.handleBounds.source = ns("source", fe.nodeElement, Ae, z, ye.id), ye.handleBounds.target = ns("target", fe.nodeElement, Ae, z, ye.id), A.push({
            id: ye.id,
            type: "dimensions",
            dimensions: ve
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), A.length && e.hooks.nodesChange.trigger(A);
  }, m = (_, x) => {
    const $ = /* @__PURE__ */ new Set(), z = /* @__PURE__ */ new Set();
    for (const fe of _)
      qt(fe) ? $.add(fe.id) : zt(fe) && z.add(fe.id);
    const A = Ct(t.value, $, !0), de = Ct(n.value, z);
    if (e.multiSelectionActive) {
      for (const fe of $)
        A.push(Mt(fe, x));
      for (const fe of z)
        de.push(Mt(fe, x));
    }
    A.length && e.hooks.nodesChange.trigger(A), de.length && e.hooks.edgesChange.trigger(de);
  }, S = (_) => {
    if (e.multiSelectionActive) {
      const x = _.map(($) => Mt($.id, !0));
      e.hooks.nodesChange.trigger(x);
      return;
    }
    e.hooks.nodesChange.trigger(Ct(t.value, new Set(_.map((x) => x.id)), !0)), e.hooks.edgesChange.trigger(Ct(n.value));
  }, g = (_) => {
    if (e.multiSelectionActive) {
      const x = _.map(($) => Mt($.id, !0));
      e.hooks.edgesChange.trigger(x);
      return;
    }
    e.hooks.edgesChange.trigger(Ct(n.value, new Set(_.map((x) => x.id)))), e.hooks.nodesChange.trigger(Ct(t.value, /* @__PURE__ */ new Set(), !0));
  }, b = (_) => {
    m(_, !0);
  }, k = (_) => {
    const $ = (_ || e.nodes).map((z) => (z.selected = !1, Mt(z.id, !1)));
    e.hooks.nodesChange.trigger($);
  }, I = (_) => {
    const $ = (_ || e.edges).map((z) => (z.selected = !1, Mt(z.id, !1)));
    e.hooks.edgesChange.trigger($);
  }, y = (_) => {
    if (!_ || !_.length)
      return m([], !1);
    const x = _.reduce(
      ($, z) => {
        const A = Mt(z.id, !1);
        return qt(z) ? $.nodes.push(A) : $.edges.push(A), $;
      },
      { nodes: [], edges: [] }
    );
    x.nodes.length && e.hooks.nodesChange.trigger(x.nodes), x.edges.length && e.hooks.edgesChange.trigger(x.edges);
  }, v = (_) => {
    var x;
    (x = e.d3Zoom) == null || x.scaleExtent([_, e.maxZoom]), e.minZoom = _;
  }, B = (_) => {
    var x;
    (x = e.d3Zoom) == null || x.scaleExtent([e.minZoom, _]), e.maxZoom = _;
  }, X = (_) => {
    var x;
    (x = e.d3Zoom) == null || x.translateExtent(_), e.translateExtent = _;
  }, F = (_) => {
    e.nodeExtent = _, i();
  }, V = (_) => {
    var x;
    (x = e.d3Zoom) == null || x.clickDistance(_);
  }, oe = (_) => {
    e.nodesDraggable = _, e.nodesConnectable = _, e.elementsSelectable = _;
  }, ee = (_) => {
    const x = _ instanceof Function ? _(e.nodes) : _;
    !e.initialized && !x.length || (e.nodes = os(x, u, e.hooks.error.trigger));
  }, j = (_) => {
    const x = _ instanceof Function ? _(e.edges) : _;
    if (!e.initialized && !x.length)
      return;
    const $ = Vo(
      x,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Lo(e.connectionLookup, n.value, $), e.edges = $;
  }, P = (_) => {
    const x = _ instanceof Function ? _([...e.nodes, ...e.edges]) : _;
    !e.initialized && !x.length || (ee(x.filter(qt)), j(x.filter(zt)));
  }, re = (_) => {
    let x = _ instanceof Function ? _(e.nodes) : _;
    x = Array.isArray(x) ? x : [x];
    const $ = os(x, u, e.hooks.error.trigger), z = [];
    for (const A of $)
      z.push(Wi(A));
    z.length && e.hooks.nodesChange.trigger(z);
  }, E = (_) => {
    let x = _ instanceof Function ? _(e.edges) : _;
    x = Array.isArray(x) ? x : [x];
    const $ = Vo(
      x,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), z = [];
    for (const A of $)
      z.push(Wi(A));
    z.length && e.hooks.edgesChange.trigger(z);
  }, G = (_, x = !0, $ = !1) => {
    const z = _ instanceof Function ? _(e.nodes) : _, A = Array.isArray(z) ? z : [z], de = [], fe = [];
    function ye(Ne) {
      const Ae = a(Ne);
      for (const Be of Ae)
        (!Ze(Be.deletable) || Be.deletable) && fe.push(Zi(Be.id, Be.source, Be.target, Be.sourceHandle, Be.targetHandle));
    }
    function ve(Ne) {
      const Ae = [];
      for (const Be of e.nodes)
        Be.parentNode === Ne && Ae.push(Be);
      if (Ae.length) {
        for (const Be of Ae)
          de.push(Ki(Be.id));
        x && ye(Ae);
        for (const Be of Ae)
          ve(Be.id);
      }
    }
    for (const Ne of A) {
      const Ae = typeof Ne == "string" ? u(Ne) : Ne;
      Ae && (Ze(Ae.deletable) && !Ae.deletable || (de.push(Ki(Ae.id)), x && ye([Ae]), $ && ve(Ae.id)));
    }
    fe.length && e.hooks.edgesChange.trigger(fe), de.length && e.hooks.nodesChange.trigger(de);
  }, T = (_) => {
    const x = _ instanceof Function ? _(e.edges) : _, $ = Array.isArray(x) ? x : [x], z = [];
    for (const A of $) {
      const de = typeof A == "string" ? c(A) : A;
      de && (Ze(de.deletable) && !de.deletable || z.push(
        Zi(
          typeof A == "string" ? A : A.id,
          de.source,
          de.target,
          de.sourceHandle,
          de.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(z);
  }, Z = (_, x, $ = !0) => {
    const z = c(_.id);
    if (!z)
      return !1;
    const A = e.edges.indexOf(z), de = Bd(_, x, z, $, e.hooks.error.trigger);
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
      return e.edges = e.edges.map((ye, ve) => ve === A ? fe : ye), Lo(e.connectionLookup, n.value, [fe]), fe;
    }
    return !1;
  }, R = (_, x, $ = { replace: !1 }) => {
    const z = c(_);
    if (!z)
      return;
    const A = typeof x == "function" ? x(z) : x;
    z.data = $.replace ? A : { ...z.data, ...A };
  }, O = (_) => Ui(_, e.nodes), q = (_) => {
    const x = Ui(_, e.edges);
    return Lo(e.connectionLookup, n.value, x), x;
  }, ie = (_, x, $ = { replace: !1 }) => {
    const z = u(_);
    if (!z)
      return;
    const A = typeof x == "function" ? x(z) : x;
    $.replace ? e.nodes.splice(e.nodes.indexOf(z), 1, A) : Object.assign(z, A);
  }, he = (_, x, $ = { replace: !1 }) => {
    const z = u(_);
    if (!z)
      return;
    const A = typeof x == "function" ? x(z) : x;
    z.data = $.replace ? A : { ...z.data, ...A };
  }, we = (_, x, $ = !1) => {
    $ ? e.connectionClickStartHandle = _ : e.connectionStartHandle = _, e.connectionEndHandle = null, e.connectionStatus = null, x && (e.connectionPosition = x);
  }, xe = (_, x = null, $ = null) => {
    e.connectionStartHandle && (e.connectionPosition = _, e.connectionEndHandle = x, e.connectionStatus = $);
  }, ae = (_, x) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, x ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, ne = (_) => {
    const x = fd(_), $ = x ? null : yn(_) ? _ : u(_.id);
    return !x && !$ ? [null, null, x] : [x ? _ : fo($), $, x];
  }, le = (_, x = !0, $ = e.nodes) => {
    const [z, A, de] = ne(_);
    if (!z)
      return [];
    const fe = [];
    for (const ye of $ || e.nodes) {
      if (!de && (ye.id === A.id || !ye.computedPosition))
        continue;
      const ve = fo(ye), Ne = ho(ve, z);
      (x && Ne > 0 || Ne >= ve.width * ve.height || Ne >= Number(z.width) * Number(z.height)) && fe.push(ye);
    }
    return fe;
  }, Pe = (_, x, $ = !0) => {
    const [z] = ne(_);
    if (!z)
      return !1;
    const A = ho(z, x);
    return $ && A > 0 || A >= Number(z.width) * Number(z.height);
  }, De = (_) => {
    const { viewport: x, dimensions: $, d3Zoom: z, d3Selection: A, translateExtent: de } = e;
    if (!z || !A || !_.x && !_.y)
      return !1;
    const fe = un.translate(x.x + _.x, x.y + _.y).scale(x.zoom), ye = [
      [0, 0],
      [$.width, $.height]
    ], ve = z.constrain()(fe, ye, de), Ne = e.viewport.x !== ve.x || e.viewport.y !== ve.y || e.viewport.zoom !== ve.k;
    return z.transform(A, ve), Ne;
  }, $e = (_) => {
    const x = _ instanceof Function ? _(e) : _, $ = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Ze(x.defaultEdgeOptions) && (e.defaultEdgeOptions = x.defaultEdgeOptions);
    const z = x.modelValue || x.nodes || x.edges ? [] : void 0;
    z && (x.modelValue && z.push(...x.modelValue), x.nodes && z.push(...x.nodes), x.edges && z.push(...x.edges), P(z));
    const A = () => {
      Ze(x.maxZoom) && B(x.maxZoom), Ze(x.minZoom) && v(x.minZoom), Ze(x.translateExtent) && X(x.translateExtent);
    };
    for (const de of Object.keys(x)) {
      const fe = de, ye = x[fe];
      ![...Qd, ...$].includes(fe) && Ze(ye) && (e[fe] = ye);
    }
    Xo(() => e.d3Zoom).not.toBeNull().then(A), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: P,
    setNodes: ee,
    setEdges: j,
    addNodes: re,
    addEdges: E,
    removeNodes: G,
    removeEdges: T,
    findNode: u,
    findEdge: c,
    updateEdge: Z,
    updateEdgeData: R,
    updateNode: ie,
    updateNodeData: he,
    applyEdgeChanges: q,
    applyNodeChanges: O,
    addSelectedElements: b,
    addSelectedNodes: S,
    addSelectedEdges: g,
    setMinZoom: v,
    setMaxZoom: B,
    setTranslateExtent: X,
    setNodeExtent: F,
    setPaneClickDistance: V,
    removeSelectedElements: y,
    removeSelectedNodes: k,
    removeSelectedEdges: I,
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
    isNodeIntersecting: Pe,
    panBy: De,
    fitView: (_) => o.value.fitView(_),
    zoomIn: (_) => o.value.zoomIn(_),
    zoomOut: (_) => o.value.zoomOut(_),
    zoomTo: (_, x) => o.value.zoomTo(_, x),
    setViewport: (_, x) => o.value.setViewport(_, x),
    setTransform: (_, x) => o.value.setTransform(_, x),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (_, x, $) => o.value.setCenter(_, x, $),
    fitBounds: (_, x) => o.value.fitBounds(_, x),
    project: (_) => o.value.project(_),
    screenToFlowCoordinate: (_) => o.value.screenToFlowCoordinate(_),
    flowToScreenCoordinate: (_) => o.value.flowToScreenCoordinate(_),
    toObject: () => {
      const _ = [], x = [];
      for (const $ of e.nodes) {
        const {
          computedPosition: z,
          handleBounds: A,
          selected: de,
          dimensions: fe,
          isParent: ye,
          resizing: ve,
          dragging: Ne,
          events: Ae,
          ...Be
        } = $;
        _.push(Be);
      }
      for (const $ of e.edges) {
        const { selected: z, sourceNode: A, targetNode: de, events: fe, ...ye } = $;
        x.push(ye);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: _,
          edges: x,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (_) => new Promise((x) => {
      const { nodes: $, edges: z, position: A, zoom: de, viewport: fe } = _;
      $ && ee($), z && j(z);
      const [ye, ve] = fe != null && fe.x && (fe != null && fe.y) ? [fe.x, fe.y] : A ?? [null, null];
      if (ye && ve) {
        const Ne = (fe == null ? void 0 : fe.zoom) || de || e.viewport.zoom;
        return Xo(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ye,
            y: ve,
            zoom: Ne
          }).then(() => {
            x(!0);
          });
        });
      } else
        x(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const _ = Ar();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const x = un.translate(_.defaultViewport.x ?? 0, _.defaultViewport.y ?? 0).scale(St(_.defaultViewport.zoom ?? 1, _.minZoom, _.maxZoom)), $ = e.viewportRef.getBoundingClientRect(), z = [
          [0, 0],
          [$.width, $.height]
        ], A = e.d3Zoom.constrain()(x, z, _.translateExtent);
        e.d3Zoom.transform(e.d3Selection, A);
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
}, Pt = /* @__PURE__ */ Ue({
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
    } = Xe(), { id: m, node: S, nodeEl: g, connectedEdges: b } = Pr(), k = Se(), I = qe(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), y = qe(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), v = qe(
      () => {
        var j, P, re, E, G, T;
        return ((j = r.value) == null ? void 0 : j.nodeId) === m && ((P = r.value) == null ? void 0 : P.id) === e.id && ((re = r.value) == null ? void 0 : re.type) === o.value || ((E = l.value) == null ? void 0 : E.nodeId) === m && ((G = l.value) == null ? void 0 : G.id) === e.id && ((T = l.value) == null ? void 0 : T.type) === o.value;
      }
    ), B = qe(
      () => {
        var j, P, re;
        return ((j = a.value) == null ? void 0 : j.nodeId) === m && ((P = a.value) == null ? void 0 : P.id) === e.id && ((re = a.value) == null ? void 0 : re.type) === o.value;
      }
    ), { handlePointerDown: X, handleClick: F } = Ir({
      nodeId: m,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), V = te(() => typeof e.connectable == "string" && e.connectable === "single" ? !b.value.some((j) => {
      const P = j[`${o.value}Handle`];
      return j[o.value] !== m ? !1 : P ? P === e.id : !0;
    }) : typeof e.connectable == "number" ? b.value.filter((j) => {
      const P = j[`${o.value}Handle`];
      return j[o.value] !== m ? !1 : P ? P === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(S, b.value) : Ze(e.connectable) ? e.connectable : c.value);
    rt(() => {
      var j;
      if (!S.dimensions.width || !S.dimensions.height)
        return;
      const P = (j = S.handleBounds[o.value]) == null ? void 0 : j.find((O) => O.id === e.id);
      if (!u.value || P)
        return;
      const re = u.value.querySelector(".vue-flow__transformationpane");
      if (!g.value || !k.value || !re || !e.id)
        return;
      const E = g.value.getBoundingClientRect(), G = k.value.getBoundingClientRect(), T = window.getComputedStyle(re), { m22: Z } = new window.DOMMatrixReadOnly(T.transform), R = {
        id: e.id,
        position: e.position,
        x: (G.left - E.left) / Z,
        y: (G.top - E.top) / Z,
        type: o.value,
        nodeId: m,
        ...bo(k.value)
      };
      S.handleBounds[o.value] = [...S.handleBounds[o.value] ?? [], R];
    });
    function oe(j) {
      const P = wi(j);
      V.value && I.value && (P && j.button === 0 || !P) && X(j);
    }
    function ee(j) {
      !m || !a.value && !I.value || V.value && F(j);
    }
    return t({
      handleClick: F,
      handlePointerDown: X,
      onClick: ee,
      onPointerDown: oe
    }), (j, P) => (C(), D("div", {
      ref_key: "handle",
      ref: k,
      "data-id": `${H(s)}-${H(m)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": H(m),
      "data-handlepos": j.position,
      class: He(["vue-flow__handle", [
        `vue-flow__handle-${j.position}`,
        `vue-flow__handle-${e.id}`,
        H(d),
        H(f),
        o.value,
        {
          connectable: V.value,
          connecting: B.value,
          connectablestart: I.value,
          connectableend: y.value,
          connectionindicator: V.value && (I.value && !v.value || y.value && v.value)
        }
      ]]),
      onMousedown: oe,
      onTouchstartPassive: oe,
      onClick: ee
    }, [
      it(j.$slots, "default", { id: j.id })
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
    Fe(Pt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Fe(a) : Fe(Ce, [a]),
    Fe(Pt, { type: "source", position: e, connectable: o, isValidConnection: s })
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
    Fe(Pt, { type: "target", position: e, connectable: n, isValidConnection: o }),
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
    Fe(Pt, { type: "source", position: e, connectable: n, isValidConnection: o })
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
    return (s, r) => (C(), D("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      s.labelShowBg ? (C(), D("rect", {
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
      N("text", As(s.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: s.labelStyle
      }), [
        it(s.$slots, "default", {}, () => [
          typeof s.label != "string" ? (C(), Ge(ui(s.label), { key: 0 })) : (C(), D(Ce, { key: 1 }, [
            ze(U(s.label), 1)
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
    }), (r, a) => (C(), D(Ce, null, [
      N("path", As(H(s), {
        id: r.id,
        ref_key: "pathEl",
        ref: n,
        d: r.path,
        class: "vue-flow__edge-path",
        "marker-end": r.markerEnd,
        "marker-start": r.markerStart
      }), null, 16, ff),
      r.interactionWidth ? (C(), D("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: r.path,
        "stroke-width": r.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, hf)) : ce("", !0),
      r.label && r.labelX && r.labelY ? (C(), Ge(df, {
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
function zr({
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
  const b = { x: 0, y: 0 }, k = { x: 0, y: 0 }, [I, y, v, B] = zr({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (r[d] * a[d] === -1) {
    S = i.x ?? I, g = i.y ?? y;
    const F = [
      { x: S, y: l.y },
      { x: S, y: u.y }
    ], V = [
      { x: l.x, y: g },
      { x: u.x, y: g }
    ];
    r[d] === f ? m = d === "x" ? F : V : m = d === "x" ? V : F;
  } else {
    const F = [{ x: l.x, y: u.y }], V = [{ x: u.x, y: l.y }];
    if (d === "x" ? m = r.x === f ? V : F : m = r.y === f ? F : V, t === o) {
      const re = Math.abs(e[d] - n[d]);
      if (re <= s) {
        const E = Math.min(s - 1, s - re);
        r[d] === f ? b[d] = (l[d] > e[d] ? -1 : 1) * E : k[d] = (u[d] > n[d] ? -1 : 1) * E;
      }
    }
    if (t !== o) {
      const re = d === "x" ? "y" : "x", E = r[d] === a[re], G = l[re] > u[re], T = l[re] < u[re];
      (r[d] === 1 && (!E && G || E && T) || r[d] !== 1 && (!E && T || E && G)) && (m = d === "x" ? F : V);
    }
    const oe = { x: l.x + b.x, y: l.y + b.y }, ee = { x: u.x + k.x, y: u.y + k.y }, j = Math.max(Math.abs(oe.x - m[0].x), Math.abs(ee.x - m[0].x)), P = Math.max(Math.abs(oe.y - m[0].y), Math.abs(ee.y - m[0].y));
    j >= P ? (S = (oe.x + ee.x) / 2, g = m[0].y) : (S = m[0].x, g = (oe.y + ee.y) / 2);
  }
  return [[
    e,
    { x: l.x + b.x, y: l.y + b.y },
    ...m,
    { x: u.x + k.x, y: u.y + k.y },
    n
  ], S, g, v, B];
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
  return [d.reduce((k, I, y) => {
    let v;
    return y > 0 && y < d.length - 1 ? v = gf(d[y - 1], I, d[y + 1], a) : v = `${y === 0 ? "M" : "L"}${I.x} ${I.y}`, k += v, k;
  }, ""), f, m, S, g];
}
function yf(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [s, r, a, l] = zr({
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
    }, b = Object.keys(g);
    for (const k of e.edges)
      k.type && !b.includes(k.type) && (g[k.type] = k.type);
    return g;
  }), r = te(() => {
    const g = {
      ...Mf,
      ...e.nodeTypes
    }, b = Object.keys(g);
    for (const k of e.nodes)
      k.type && !b.includes(k.type) && (g[k.type] = k.type);
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
      for (const b of e.edges) {
        const k = t.value.get(b.source), I = t.value.get(b.target);
        Ed({
          sourcePos: k.computedPosition || { x: 0, y: 0 },
          targetPos: I.computedPosition || { x: 0, y: 0 },
          sourceWidth: k.dimensions.width,
          sourceHeight: k.dimensions.height,
          targetWidth: I.dimensions.width,
          targetHeight: I.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && g.push(b);
      }
      return g;
    }
    return e.edges;
  }), u = te(() => [...a.value, ...l.value]), c = te(() => {
    const g = [];
    for (const b of e.nodes)
      b.selected && g.push(b);
    return g;
  }), d = te(() => {
    const g = [];
    for (const b of e.edges)
      b.selected && g.push(b);
    return g;
  }), f = te(() => [
    ...c.value,
    ...d.value
  ]), m = te(() => {
    const g = [];
    for (const b of e.nodes)
      b.dimensions.width && b.dimensions.height && b.handleBounds !== void 0 && g.push(b);
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
class Ht {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = dn()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Ht.instance;
    return Ht.instance = o ?? new Ht(), n && (n.config.globalProperties.$vueFlowStorage = Ht.instance), Ht.instance;
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
    const o = Ar(), i = _n(o), s = {};
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
  const t = Ht.getInstance(), n = Is(), o = typeof e == "object", i = o ? e : { id: e }, s = i.id, r = s ?? (n == null ? void 0 : n.vueFlowId);
  let a;
  if (n) {
    const l = Dt(rs, null);
    typeof l < "u" && l !== null && (!r || l.id === r) && (a = l);
  }
  if (a || r && (a = t.get(r)), !a || r && a.id !== r) {
    const l = s ?? t.getId(), u = t.create(l, i);
    a = u, (n ?? Ps(!0)).run(() => {
      Ie(
        u.applyDefault,
        (d, f, m) => {
          const S = (b) => {
            u.applyNodeChanges(b);
          }, g = (b) => {
            u.applyEdgeChanges(b);
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
  if (n && (Gt(rs, a), n.vueFlowId = a.id), o) {
    const l = dn();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && a.emits.error(new Je(je.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Pf(e) {
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
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Zt(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Tf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Af = /* @__PURE__ */ Ue({
  ...Tf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (C(), D("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Ve({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), zf = ["tabIndex"], Df = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Of = /* @__PURE__ */ Ue({
  ...Df,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: s, userSelectionActive: r } = Xe(), a = Tr(), l = Se(null), u = Mr({
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
    return (S, g) => !H(r) && c.value.width && c.value.height ? (C(), D("div", {
      key: 0,
      class: He(["vue-flow__nodesselection vue-flow__container", H(i)]),
      style: Ve({ transform: `translate(${H(n).x}px,${H(n).y}px) scale(${H(n).zoom})` })
    }, [
      N("div", {
        ref_key: "el",
        ref: l,
        class: He([{ dragging: H(u) }, "vue-flow__nodesselection-rect"]),
        style: Ve(d.value),
        tabIndex: H(s) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: m
      }, null, 46, zf)
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
      multiSelectionKeyCode: b,
      multiSelectionActive: k,
      edgeLookup: I,
      nodeLookup: y,
      connectionLookup: v,
      defaultEdgeOptions: B,
      connectionStartHandle: X,
      panOnDrag: F
    } = Xe(), V = It(null), oe = It(/* @__PURE__ */ new Set()), ee = It(/* @__PURE__ */ new Set()), j = It(null), P = qe(() => l.value && (e.isSelecting || s.value)), re = qe(() => X.value !== null);
    let E = !1, G = !1;
    const T = kn(g, { actInsideInputWithModifier: !1 }), Z = kn(b);
    Ie(T, (ae) => {
      ae && (f(d.value), m(c.value), u.value = !1);
    }), Ie(Z, (ae) => {
      k.value = ae;
    });
    function R(ae, ne) {
      return (le) => {
        le.target === ne && (ae == null || ae(le));
      };
    }
    function O(ae) {
      if (E || re.value) {
        E = !1;
        return;
      }
      i.paneClick(ae), r(), u.value = !1;
    }
    function q(ae) {
      var ne;
      if (Array.isArray(F.value) && ((ne = F.value) != null && ne.includes(2))) {
        ae.preventDefault();
        return;
      }
      i.paneContextMenu(ae);
    }
    function ie(ae) {
      i.paneScroll(ae);
    }
    function he(ae) {
      var ne, le, Pe;
      if (j.value = ((ne = t.value) == null ? void 0 : ne.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || ae.button !== 0 || ae.target !== V.value || !j.value)
        return;
      (Pe = (le = ae.target) == null ? void 0 : le.setPointerCapture) == null || Pe.call(le, ae.pointerId);
      const { x: De, y: $e } = Rf(ae, j.value);
      G = !0, E = !1, r(), a.value = {
        width: 0,
        height: 0,
        startX: De,
        startY: $e,
        x: De,
        y: $e
      }, i.selectionStart(ae);
    }
    function we(ae) {
      var ne;
      if (!j.value || !a.value)
        return;
      E = !0;
      const { x: le, y: Pe } = vt(ae, j.value), { startX: De = 0, startY: $e = 0 } = a.value, Oe = {
        startX: De,
        startY: $e,
        x: le < De ? le : De,
        y: Pe < $e ? Pe : $e,
        width: Math.abs(le - De),
        height: Math.abs(Pe - $e)
      }, _e = oe.value, be = ee.value;
      oe.value = new Set(
        wr(n.value, Oe, o.value, S.value === gi.Partial, !0).map(
          (x) => x.id
        )
      ), ee.value = /* @__PURE__ */ new Set();
      const _ = ((ne = B.value) == null ? void 0 : ne.selectable) ?? !0;
      for (const x of oe.value) {
        const $ = v.value.get(x);
        if ($)
          for (const { edgeId: z } of $.values()) {
            const A = I.value.get(z);
            A && (A.selectable ?? _) && ee.value.add(z);
          }
      }
      if (!ss(_e, oe.value)) {
        const x = Ct(y.value, oe.value, !0);
        i.nodesChange(x);
      }
      if (!ss(be, ee.value)) {
        const x = Ct(I.value, ee.value);
        i.edgesChange(x);
      }
      a.value = Oe, s.value = !0, u.value = !1;
    }
    function xe(ae) {
      var ne;
      ae.button !== 0 || !G || ((ne = ae.target) == null || ne.releasePointerCapture(ae.pointerId), !s.value && a.value && ae.target === V.value && O(ae), s.value = !1, a.value = null, u.value = oe.value.size > 0, i.selectionEnd(ae), e.selectionKeyPressed && (E = !1), G = !1);
    }
    return (ae, ne) => (C(), D("div", {
      ref_key: "container",
      ref: V,
      class: He(["vue-flow__pane vue-flow__container", { selection: ae.isSelecting }]),
      onClick: ne[0] || (ne[0] = (le) => P.value ? void 0 : R(O, V.value)(le)),
      onContextmenu: ne[1] || (ne[1] = (le) => R(q, V.value)(le)),
      onWheelPassive: ne[2] || (ne[2] = (le) => R(ie, V.value)(le)),
      onPointerenter: ne[3] || (ne[3] = (le) => P.value ? void 0 : H(i).paneMouseEnter(le)),
      onPointerdown: ne[4] || (ne[4] = (le) => P.value ? he(le) : H(i).paneMouseMove(le)),
      onPointermove: ne[5] || (ne[5] = (le) => P.value ? we(le) : H(i).paneMouseMove(le)),
      onPointerup: ne[6] || (ne[6] = (le) => P.value ? xe(le) : void 0),
      onPointerleave: ne[7] || (ne[7] = (le) => H(i).paneMouseLeave(le))
    }, [
      it(ae.$slots, "default"),
      H(s) && H(a) ? (C(), Ge(Af, {
        key: 0,
        "user-selection-rect": H(a)
      }, null, 8, ["user-selection-rect"])) : ce("", !0),
      H(u) && H(d).length ? (C(), Ge(Of, { key: 1 })) : ce("", !0)
    ], 34));
  }
}), Vf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Hf = /* @__PURE__ */ Ue({
  ...Vf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Xe(), i = te(() => n.value ? !o.value : !1), s = te(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (r, a) => (C(), D("div", {
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
      noWheelClassName: b,
      noPanClassName: k,
      emits: I,
      connectionStartHandle: y,
      userSelectionActive: v,
      paneDragging: B,
      d3Zoom: X,
      d3Selection: F,
      d3ZoomHandler: V,
      viewport: oe,
      viewportRef: ee,
      paneClickDistance: j
    } = Xe();
    Pf(ee);
    const P = It(!1), re = It(!1);
    let E = null, G = !1, T = 0, Z = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const R = kn(a), O = kn(r), q = kn(s), ie = qe(
      () => (!O.value || O.value && r.value === !0) && (R.value || d.value)
    ), he = qe(() => R.value || l.value), we = qe(() => r.value === !0 && ie.value !== !0), xe = qe(
      () => O.value && r.value !== !0 || v.value || we.value
    ), ae = qe(() => y.value !== null);
    rt(() => {
      if (!ee.value) {
        Rn("Viewport element is missing");
        return;
      }
      const $e = ee.value, Oe = $e.getBoundingClientRect(), _e = sd().clickDistance(j.value).scaleExtent([t.value, n.value]).translateExtent(i.value), be = dt($e).call(_e), _ = be.on("wheel.zoom"), x = un.translate(o.value.x ?? 0, o.value.y ?? 0).scale(St(o.value.zoom ?? 1, t.value, n.value)), $ = [
        [0, 0],
        [Oe.width, Oe.height]
      ], z = _e.constrain()(x, $, i.value);
      _e.transform(be, z), _e.wheelDelta(qi), X.value = _e, F.value = be, V.value = _, oe.value = { x: z.x, y: z.y, zoom: z.k }, _e.on("start", (A) => {
        var de;
        if (!A.sourceEvent)
          return null;
        T = A.sourceEvent.button, P.value = !0;
        const fe = Pe(A.transform);
        ((de = A.sourceEvent) == null ? void 0 : de.type) === "mousedown" && (B.value = !0), Z = fe, I.viewportChangeStart(fe), I.moveStart({ event: A, flowTransform: fe });
      }), _e.on("end", (A) => {
        if (!A.sourceEvent)
          return null;
        if (P.value = !1, B.value = !1, ne(ie.value, T ?? 0) && !G && I.paneContextMenu(A.sourceEvent), G = !1, le(Z, A.transform)) {
          const de = Pe(A.transform);
          Z = de, I.viewportChangeEnd(de), I.moveEnd({ event: A, flowTransform: de });
        }
      }), _e.filter((A) => {
        var de;
        const fe = q.value || S.value, ye = m.value && A.ctrlKey, ve = A.button, Ne = A.type === "wheel";
        if (ve === 1 && A.type === "mousedown" && (De(A, "vue-flow__node") || De(A, "vue-flow__edge")))
          return !0;
        if (!ie.value && !fe && !he.value && !f.value && !m.value || v.value || ae.value && !Ne || !f.value && A.type === "dblclick" || De(A, b.value) && Ne || De(A, k.value) && (!Ne || he.value && Ne && !q.value) || !m.value && A.ctrlKey && Ne || !fe && !he.value && !ye && Ne)
          return !1;
        if (!m && A.type === "touchstart" && ((de = A.touches) == null ? void 0 : de.length) > 1)
          return A.preventDefault(), !1;
        if (!ie.value && (A.type === "mousedown" || A.type === "touchstart") || we.value && Array.isArray(d.value) && d.value.includes(0) && ve === 0 || Array.isArray(d.value) && !d.value.includes(ve) && (A.type === "mousedown" || A.type === "touchstart"))
          return !1;
        const Ae = Array.isArray(d.value) && d.value.includes(ve) || r.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !ve || ve <= 1;
        return (!A.ctrlKey || R.value || Ne) && Ae;
      }), Ie(
        [v, ie],
        () => {
          v.value && !P.value ? _e.on("zoom", null) : v.value || _e.on("zoom", (A) => {
            oe.value = { x: A.transform.x, y: A.transform.y, zoom: A.transform.k };
            const de = Pe(A.transform);
            G = ne(ie.value, T ?? 0), I.viewportChange(de), I.move({ event: A, flowTransform: de });
          });
        },
        { immediate: !0 }
      ), Ie(
        [v, he, u, q, m, g, b],
        () => {
          he.value && !q.value && !v.value ? be.on(
            "wheel.zoom",
            (A) => {
              if (De(A, b.value))
                return !1;
              const de = q.value || S.value, fe = m.value && A.ctrlKey;
              if (!(!g.value || he.value || de || fe))
                return !1;
              A.preventDefault(), A.stopImmediatePropagation();
              const ve = be.property("__zoom").k || 1, Ne = mo();
              if (!R.value && A.ctrlKey && m.value && Ne) {
                const Ot = mt(A), Rt = qi(A), fn = ve * 2 ** Rt;
                _e.scaleTo(be, fn, Ot, A);
                return;
              }
              const Ae = A.deltaMode === 1 ? 20 : 1;
              let Be = u.value === bn.Vertical ? 0 : A.deltaX * Ae, ot = u.value === bn.Horizontal ? 0 : A.deltaY * Ae;
              !Ne && A.shiftKey && u.value !== bn.Vertical && !Be && ot && (Be = ot, ot = 0), _e.translateBy(
                be,
                -(Be / ve) * c.value,
                -(ot / ve) * c.value
              );
              const Qe = Pe(be.property("__zoom"));
              E && clearTimeout(E), re.value ? (I.move({ event: A, flowTransform: Qe }), I.viewportChange(Qe), E = setTimeout(() => {
                I.moveEnd({ event: A, flowTransform: Qe }), I.viewportChangeEnd(Qe), re.value = !1;
              }, 150)) : (re.value = !0, I.moveStart({ event: A, flowTransform: Qe }), I.viewportChangeStart(Qe));
            },
            { passive: !1 }
          ) : typeof _ < "u" && be.on(
            "wheel.zoom",
            function(A, de) {
              const fe = !g.value && A.type === "wheel" && !A.ctrlKey, ye = q.value || S.value, ve = m.value && A.ctrlKey;
              if (!ye && !l.value && !ve && A.type === "wheel" || fe || De(A, b.value))
                return null;
              A.preventDefault(), _.call(this, A, de);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function ne($e, Oe) {
      return Oe === 2 && Array.isArray($e) && $e.includes(2);
    }
    function le($e, Oe) {
      return $e.x !== Oe.x && !Number.isNaN(Oe.x) || $e.y !== Oe.y && !Number.isNaN(Oe.y) || $e.zoom !== Oe.k && !Number.isNaN(Oe.k);
    }
    function Pe($e) {
      return {
        x: $e.x,
        y: $e.y,
        zoom: $e.k
      };
    }
    function De($e, Oe) {
      return $e.target.closest(`.${Oe}`);
    }
    return ($e, Oe) => (C(), D("div", {
      ref_key: "viewportRef",
      ref: ee,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      pe(Lf, {
        "is-selecting": xe.value,
        "selection-key-pressed": H(O),
        class: He({
          connecting: ae.value,
          dragging: H(B),
          draggable: H(d) === !0 || Array.isArray(H(d)) && H(d).includes(0)
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
    return (i, s) => (C(), D(Ce, null, [
      N("div", {
        id: `${H(cr)}-${H(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + U(H(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Xf),
      N("div", {
        id: `${H(dr)}-${H(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, qf),
      H(n) ? ce("", !0) : (C(), D("div", {
        key: 0,
        id: `${H(dd)}-${H(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, U(H(o)), 9, Gf))
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
      edgesUpdatable: b,
      edgesFocusable: k,
      hooks: I
    } = Xe(), y = te(() => c(e.id)), { emit: v, on: B } = Fd(y.value, s), X = Dt(_o), F = dn(), V = Se(!1), oe = Se(!1), ee = Se(""), j = Se(null), P = Se("source"), re = Se(null), E = qe(
      () => typeof y.value.selectable > "u" ? g.value : y.value.selectable
    ), G = qe(() => typeof y.value.updatable > "u" ? b.value : y.value.updatable), T = qe(() => typeof y.value.focusable > "u" ? k.value : y.value.focusable);
    Gt(Ld, e.id), Gt(Vd, re);
    const Z = te(() => y.value.class instanceof Function ? y.value.class(y.value) : y.value.class), R = te(() => y.value.style instanceof Function ? y.value.style(y.value) : y.value.style), O = te(() => {
      const x = y.value.type || "default", $ = X == null ? void 0 : X[`edge-${x}`];
      if ($)
        return $;
      let z = y.value.template ?? l.value[x];
      if (typeof z == "string" && F) {
        const A = Object.keys(F.appContext.components);
        A && A.includes(x) && (z = Ts(x, !1));
      }
      return z && typeof z != "string" ? z : (s.error(new Je(je.EDGE_TYPE_MISSING, z)), !1);
    }), { handlePointerDown: q } = Ir({
      nodeId: ee,
      handleId: j,
      type: P,
      isValidConnection: f,
      edgeUpdaterType: P,
      onEdgeUpdate: we,
      onEdgeUpdateEnd: xe
    });
    return () => {
      const x = d(y.value.source), $ = d(y.value.target), z = "pathOptions" in y.value ? y.value.pathOptions : {};
      if (!x && !$)
        return s.error(new Je(je.EDGE_SOURCE_TARGET_MISSING, y.value.id, y.value.source, y.value.target)), null;
      if (!x)
        return s.error(new Je(je.EDGE_SOURCE_MISSING, y.value.id, y.value.source)), null;
      if (!$)
        return s.error(new Je(je.EDGE_TARGET_MISSING, y.value.id, y.value.target)), null;
      if (!y.value || y.value.hidden || x.hidden || $.hidden)
        return null;
      let A;
      o.value === At.Strict ? A = x.handleBounds.source : A = [...x.handleBounds.source || [], ...x.handleBounds.target || []];
      const de = Qi(A, y.value.sourceHandle);
      let fe;
      o.value === At.Strict ? fe = $.handleBounds.target : fe = [...$.handleBounds.target || [], ...$.handleBounds.source || []];
      const ye = Qi(fe, y.value.targetHandle), ve = (de == null ? void 0 : de.position) || ge.Bottom, Ne = (ye == null ? void 0 : ye.position) || ge.Top, { x: Ae, y: Be } = cn(x, de, ve), { x: ot, y: Qe } = cn($, ye, Ne);
      return y.value.sourceX = Ae, y.value.sourceY = Be, y.value.targetX = ot, y.value.targetY = Qe, Fe(
        "g",
        {
          ref: re,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${O.value === !1 ? "default" : y.value.type || "default"}`,
            a.value,
            Z.value,
            {
              updating: V.value,
              selected: y.value.selected,
              animated: y.value.animated,
              inactive: !E.value && !I.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: T.value ? 0 : void 0,
          "aria-label": y.value.ariaLabel === null ? void 0 : y.value.ariaLabel ?? `Edge from ${y.value.source} to ${y.value.target}`,
          "aria-describedby": T.value ? `${dr}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: T.value ? "group" : "img",
          ...y.value.domAttributes,
          onClick: ne,
          onContextmenu: le,
          onDblclick: Pe,
          onMouseenter: De,
          onMousemove: $e,
          onMouseleave: Oe,
          onKeyDown: T.value ? _ : void 0
        },
        [
          oe.value ? null : Fe(O.value === !1 ? l.value.default : O.value, {
            id: e.id,
            sourceNode: x,
            targetNode: $,
            source: y.value.source,
            target: y.value.target,
            type: y.value.type,
            updatable: G.value,
            selected: y.value.selected,
            animated: y.value.animated,
            label: y.value.label,
            labelStyle: y.value.labelStyle,
            labelShowBg: y.value.labelShowBg,
            labelBgStyle: y.value.labelBgStyle,
            labelBgPadding: y.value.labelBgPadding,
            labelBgBorderRadius: y.value.labelBgBorderRadius,
            data: y.value.data,
            events: { ...y.value.events, ...B },
            style: R.value,
            markerStart: `url('#${Tn(y.value.markerStart, t)}')`,
            markerEnd: `url('#${Tn(y.value.markerEnd, t)}')`,
            sourcePosition: ve,
            targetPosition: Ne,
            sourceX: Ae,
            sourceY: Be,
            targetX: ot,
            targetY: Qe,
            sourceHandleId: y.value.sourceHandle,
            targetHandleId: y.value.targetHandle,
            interactionWidth: y.value.interactionWidth,
            ...z
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
                  centerX: Ae,
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
      V.value = !0;
    }
    function he() {
      V.value = !1;
    }
    function we(x, $) {
      v.update({ event: x, edge: y.value, connection: $ });
    }
    function xe(x) {
      v.updateEnd({ event: x, edge: y.value }), oe.value = !1;
    }
    function ae(x, $) {
      x.button === 0 && (oe.value = !0, ee.value = $ ? y.value.target : y.value.source, j.value = ($ ? y.value.targetHandle : y.value.sourceHandle) ?? null, P.value = $ ? "target" : "source", v.updateStart({ event: x, edge: y.value }), q(x));
    }
    function ne(x) {
      var $;
      const z = { event: x, edge: y.value };
      E.value && (r.value = !1, y.value.selected && m.value ? (u([y.value]), ($ = re.value) == null || $.blur()) : n([y.value])), v.click(z);
    }
    function le(x) {
      v.contextMenu({ event: x, edge: y.value });
    }
    function Pe(x) {
      v.doubleClick({ event: x, edge: y.value });
    }
    function De(x) {
      v.mouseEnter({ event: x, edge: y.value });
    }
    function $e(x) {
      v.mouseMove({ event: x, edge: y.value });
    }
    function Oe(x) {
      v.mouseLeave({ event: x, edge: y.value });
    }
    function _e(x) {
      ae(x, !0);
    }
    function be(x) {
      ae(x, !1);
    }
    function _(x) {
      var $;
      !S.value && fr.includes(x.key) && E.value && (x.key === "Escape" ? (($ = re.value) == null || $.blur(), u([c(e.id)])) : n([c(e.id)]));
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
      var I;
      return d((I = o.value) == null ? void 0 : I.nodeId);
    }), S = te(() => {
      var I;
      return d((I = i.value) == null ? void 0 : I.nodeId) ?? null;
    }), g = te(() => ({
      x: (s.value.x - c.value.x) / c.value.zoom,
      y: (s.value.y - c.value.y) / c.value.zoom
    })), b = te(
      () => l.value.markerStart ? `url(#${Tn(l.value.markerStart, t)})` : ""
    ), k = te(
      () => l.value.markerEnd ? `url(#${Tn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var I, y, v;
      if (!m.value || !o.value)
        return null;
      const B = o.value.id, X = o.value.type, F = m.value.handleBounds;
      let V = (F == null ? void 0 : F[X]) ?? [];
      if (n.value === At.Loose) {
        const R = (F == null ? void 0 : F[X === "source" ? "target" : "source"]) ?? [];
        V = [...V, ...R];
      }
      if (!V)
        return null;
      const oe = (B ? V.find((R) => R.id === B) : V[0]) ?? null, ee = (oe == null ? void 0 : oe.position) ?? ge.Top, { x: j, y: P } = cn(m.value, oe, ee);
      let re = null;
      S.value && (n.value === At.Strict ? re = ((I = S.value.handleBounds[X === "source" ? "target" : "source"]) == null ? void 0 : I.find(
        (R) => {
          var O;
          return R.id === ((O = i.value) == null ? void 0 : O.id);
        }
      )) || null : re = ((y = [...S.value.handleBounds.source ?? [], ...S.value.handleBounds.target ?? []]) == null ? void 0 : y.find(
        (R) => {
          var O;
          return R.id === ((O = i.value) == null ? void 0 : O.id);
        }
      )) || null);
      const E = ((v = i.value) == null ? void 0 : v.position) ?? (ee ? ti[ee] : null);
      if (!ee || !E)
        return null;
      const G = r.value ?? l.value.type ?? Vt.Bezier;
      let T = "";
      const Z = {
        sourceX: j,
        sourceY: P,
        sourcePosition: ee,
        targetX: g.value.x,
        targetY: g.value.y,
        targetPosition: E
      };
      return G === Vt.Bezier ? [T] = Or(Z) : G === Vt.Step ? [T] = oi({
        ...Z,
        borderRadius: 0
      }) : G === Vt.SmoothStep ? [T] = oi(Z) : G === Vt.SimpleBezier ? [T] = Rr(Z) : T = `M${j},${P} ${g.value.x},${g.value.y}`, Fe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Fe(
          "g",
          { class: "vue-flow__connection" },
          f ? Fe(f, {
            sourceX: j,
            sourceY: P,
            sourcePosition: ee,
            targetX: g.value.x,
            targetY: g.value.y,
            targetPosition: E,
            sourceNode: m.value,
            sourceHandle: oe,
            targetNode: S.value,
            targetHandle: re,
            markerEnd: k.value,
            markerStart: b.value,
            connectionStatus: u.value
          }) : Fe("path", {
            d: T,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...l.value.style
            },
            "marker-end": k.value,
            "marker-start": b.value
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
      t.type === H(Qo).ArrowClosed ? (C(), D("polyline", {
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
      t.type === H(Qo).Arrow ? (C(), D("polyline", {
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
          const c = Tn(u, t);
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
    return (r, a) => (C(), D("svg", sh, [
      N("defs", null, [
        (C(!0), D(Ce, null, Ye(s.value, (l) => (C(), Ge(ih, {
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
    return (i, s) => (C(), D(Ce, null, [
      pe(ah),
      (C(!0), D(Ce, null, Ye(H(n), (r) => (C(), D("svg", {
        key: r.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ve({ zIndex: H(Nd)(r, H(t), H(o)) })
      }, [
        pe(H(Qf), {
          id: r.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      pe(H(th))
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
      snapToGrid: b,
      snapGrid: k,
      nodeDragThreshold: I,
      nodesDraggable: y,
      elementsSelectable: v,
      nodesConnectable: B,
      nodesFocusable: X,
      hooks: F
    } = Xe(), V = Se(null);
    Gt(Nr, V), Gt(xi, e.id);
    const oe = Dt(_o), ee = dn(), j = Tr(), { node: P, parentNode: re } = Pr(e.id), { emit: E, on: G } = qd(P, r), T = qe(() => typeof P.draggable > "u" ? y.value : P.draggable), Z = qe(() => typeof P.selectable > "u" ? v.value : P.selectable), R = qe(() => typeof P.connectable > "u" ? B.value : P.connectable), O = qe(() => typeof P.focusable > "u" ? X.value : P.focusable), q = te(
      () => Z.value || T.value || F.value.nodeClick.hasListeners() || F.value.nodeDoubleClick.hasListeners() || F.value.nodeMouseEnter.hasListeners() || F.value.nodeMouseMove.hasListeners() || F.value.nodeMouseLeave.hasListeners()
    ), ie = qe(() => !!P.dimensions.width && !!P.dimensions.height), he = te(() => {
      const $ = P.type || "default", z = oe == null ? void 0 : oe[`node-${$}`];
      if (z)
        return z;
      let A = P.template || d.value[$];
      if (typeof A == "string" && ee) {
        const de = Object.keys(ee.appContext.components);
        de && de.includes($) && (A = Ts($, !1));
      }
      return A && typeof A != "string" ? A : (r.error(new Je(je.NODE_TYPE_MISSING, A)), !1);
    }), we = Mr({
      id: e.id,
      el: V,
      disabled: () => !T.value,
      selectable: Z,
      dragHandle: () => P.dragHandle,
      onStart($) {
        E.dragStart($);
      },
      onDrag($) {
        E.drag($);
      },
      onStop($) {
        E.dragStop($);
      },
      onClick($) {
        _($);
      }
    }), xe = te(() => P.class instanceof Function ? P.class(P) : P.class), ae = te(() => {
      const $ = (P.style instanceof Function ? P.style(P) : P.style) || {}, z = P.width instanceof Function ? P.width(P) : P.width, A = P.height instanceof Function ? P.height(P) : P.height;
      return !$.width && z && ($.width = typeof z == "string" ? z : `${z}px`), !$.height && A && ($.height = typeof A == "string" ? A : `${A}px`), $;
    }), ne = qe(() => Number(P.zIndex ?? ae.value.zIndex ?? 0));
    return c(($) => {
      ($.includes(e.id) || !$.length) && Pe();
    }), rt(() => {
      Ie(
        () => P.hidden,
        ($ = !1, z, A) => {
          !$ && V.value && (e.resizeObserver.observe(V.value), A(() => {
            V.value && e.resizeObserver.unobserve(V.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Ie([() => P.type, () => P.sourcePosition, () => P.targetPosition], () => {
      tt(() => {
        u([{ id: e.id, nodeElement: V.value, forceUpdate: !0 }]);
      });
    }), Ie(
      [
        () => P.position.x,
        () => P.position.y,
        () => {
          var $;
          return ($ = re.value) == null ? void 0 : $.computedPosition.x;
        },
        () => {
          var $;
          return ($ = re.value) == null ? void 0 : $.computedPosition.y;
        },
        () => {
          var $;
          return ($ = re.value) == null ? void 0 : $.computedPosition.z;
        },
        ne,
        () => P.selected,
        () => P.dimensions.height,
        () => P.dimensions.width,
        () => {
          var $;
          return ($ = re.value) == null ? void 0 : $.dimensions.height;
        },
        () => {
          var $;
          return ($ = re.value) == null ? void 0 : $.dimensions.width;
        }
      ],
      ([$, z, A, de, fe, ye]) => {
        const ve = {
          x: $,
          y: z,
          z: ye + (m.value && P.selected ? 1e3 : 0)
        };
        typeof A < "u" && typeof de < "u" ? P.computedPosition = bd({ x: A, y: de, z: fe }, ve) : P.computedPosition = ve;
      },
      { flush: "post", immediate: !0 }
    ), Ie([() => P.extent, f], ([$, z], [A, de]) => {
      ($ !== A || z !== de) && le();
    }), P.extent === "parent" || typeof P.extent == "object" && "range" in P.extent && P.extent.range === "parent" ? Xo(() => ie).toBe(!0).then(le) : le(), () => P.hidden ? null : Fe(
      "div",
      {
        ref: V,
        "data-id": P.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${he.value === !1 ? "default" : P.type || "default"}`,
          {
            [n.value]: T.value,
            dragging: we == null ? void 0 : we.value,
            draggable: T.value,
            selected: P.selected,
            selectable: Z.value,
            parent: P.isParent
          },
          xe.value
        ],
        style: {
          visibility: ie.value ? "visible" : "hidden",
          zIndex: P.computedPosition.z ?? ne.value,
          transform: `translate(${P.computedPosition.x}px,${P.computedPosition.y}px)`,
          pointerEvents: q.value ? "all" : "none",
          ...ae.value
        },
        tabIndex: O.value ? 0 : void 0,
        role: O.value ? "group" : void 0,
        "aria-describedby": S.value ? void 0 : `${cr}-${t}`,
        "aria-label": P.ariaLabel,
        "aria-roledescription": "node",
        ...P.domAttributes,
        onMouseenter: De,
        onMousemove: $e,
        onMouseleave: Oe,
        onContextmenu: _e,
        onClick: _,
        onDblclick: be,
        onKeydown: x
      },
      [
        Fe(he.value === !1 ? d.value.default : he.value, {
          id: P.id,
          type: P.type,
          data: P.data,
          events: { ...P.events, ...G },
          selected: P.selected,
          resizing: P.resizing,
          dragging: we.value,
          connectable: R.value,
          position: P.computedPosition,
          dimensions: P.dimensions,
          isValidTargetPos: P.isValidTargetPos,
          isValidSourcePos: P.isValidSourcePos,
          parent: P.parentNode,
          parentNodeId: P.parentNode,
          zIndex: P.computedPosition.z ?? ne.value,
          targetPosition: P.targetPosition,
          sourcePosition: P.sourcePosition,
          label: P.label,
          dragHandle: P.dragHandle,
          onUpdateNodeInternals: Pe
        })
      ]
    );
    function le() {
      const $ = P.computedPosition, { computedPosition: z, position: A } = yi(
        P,
        b.value ? ko($, k.value) : $,
        r.error,
        f.value,
        re.value
      );
      (P.computedPosition.x !== z.x || P.computedPosition.y !== z.y) && (P.computedPosition = { ...P.computedPosition, ...z }), (P.position.x !== A.x || P.position.y !== A.y) && (P.position = A);
    }
    function Pe() {
      V.value && u([{ id: e.id, nodeElement: V.value, forceUpdate: !0 }]);
    }
    function De($) {
      we != null && we.value || E.mouseEnter({ event: $, node: P });
    }
    function $e($) {
      we != null && we.value || E.mouseMove({ event: $, node: P });
    }
    function Oe($) {
      we != null && we.value || E.mouseLeave({ event: $, node: P });
    }
    function _e($) {
      return E.contextMenu({ event: $, node: P });
    }
    function be($) {
      return E.doubleClick({ event: $, node: P });
    }
    function _($) {
      Z.value && (!o.value || !T.value || I.value > 0) && ni(
        P,
        s.value,
        l,
        a,
        i,
        !1,
        V.value
      ), E.click({ event: $, node: P });
    }
    function x($) {
      if (!(ei($) || S.value))
        if (fr.includes($.key) && Z.value) {
          const z = $.key === "Escape";
          ni(
            P,
            s.value,
            l,
            a,
            i,
            z,
            V.value
          );
        } else T.value && P.selected && on[$.key] && ($.preventDefault(), g.value = `Moved selected node ${$.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~P.position.x}, y: ${~~P.position.y}`, j(
          {
            x: on[$.key].x,
            y: on[$.key].y
          },
          $.shiftKey
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
    }), Zt(() => {
      var r;
      return (r = s.value) == null ? void 0 : r.disconnect();
    }), (r, a) => (C(), D("div", hh, [
      s.value ? (C(!0), D(Ce, { key: 0 }, Ye(H(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && ia(d, f))
          return d;
        const m = (C(), Ge(H(dh), {
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
const gh = /* @__PURE__ */ N("div", { class: "vue-flow__edge-labels" }, null, -1), yh = {
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
    const o = e, i = ta(), s = Po(o, "modelValue", n), r = Po(o, "nodes", n), a = Po(o, "edges", n), l = Xe(o), u = Kd({ modelValue: s, nodes: r, edges: a }, o, l);
    return jd(n, l.hooks), Kf(), vh(), Gt(_o, i), na(u), t(l), (c, d) => (C(), D("div", {
      ref: H(l).vueFlowRef,
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
    return (i, s) => (C(), D("div", {
      class: He(["vue-flow__panel", o.value]),
      style: Ve({ pointerEvents: H(n) ? "none" : "all" })
    }, [
      it(i.$slots, "default")
    ], 6));
  }
}), bh = ["width", "height", "patternTransform"], kh = ["cx", "cy", "r", "fill"], _h = ["fill"], Sh = {
  __name: "DotGrid",
  props: { gap: Number, size: Number, color: String },
  setup(e) {
    const t = e, { id: n, viewport: o } = Xe(), i = Se(null), s = te(() => o.value.zoom), r = te(() => t.gap * s.value || 1), a = te(() => t.size * s.value / 2), l = te(() => 1 + r.value / 2), u = `mx-dots-${n}`;
    function c() {
      const d = i.value;
      if (!d) return;
      const f = o.value, m = r.value, S = (f.x % m + m) % m, g = (f.y % m + m) % m;
      d.style.transform = `translate(${S - m}px, ${g - m}px)`;
    }
    return Ie(o, c), rt(c), (d, f) => (C(), D("svg", {
      ref_key: "el",
      ref: i,
      class: "vue-flow__background vue-flow__container mx-dots",
      "aria-hidden": "true",
      style: Ve({ width: `calc(100% + ${2 * r.value}px)`, height: `calc(100% + ${2 * r.value}px)` })
    }, [
      N("pattern", {
        id: u,
        x: "0",
        y: "0",
        width: r.value,
        height: r.value,
        patternTransform: `translate(-${l.value},-${l.value})`,
        patternUnits: "userSpaceOnUse"
      }, [
        N("circle", {
          cx: a.value,
          cy: a.value,
          r: a.value,
          fill: e.color
        }, null, 8, kh)
      ], 8, bh),
      N("rect", {
        x: "0",
        y: "0",
        width: "100%",
        height: "100%",
        fill: `url(#${u})`
      }, null, 8, _h)
    ], 4));
  }
};
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const $h = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
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
const Eh = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: s, class: r, ...a }, { slots: l }) => Fe(
  "svg",
  {
    ...Wn,
    width: e || Wn.width,
    height: e || Wn.height,
    stroke: o || Wn.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${$h(s ?? "icon")}`],
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
  Eh,
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
const Nh = Me("AudioLinesIcon", [
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
const Mh = Me("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ch = Me("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ih = Me("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ph = Me("ChevronRightIcon", [
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
const Th = Me("ClapperboardIcon", [
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
const Ah = Me("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const zh = Me("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Dh = Me("CpuIcon", [
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
const Oh = Me("DownloadIcon", [
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
const Rh = Me("FileTextIcon", [
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
const Bh = Me("FilmIcon", [
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
const Lh = Me("HistoryIcon", [
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
const Vh = Me("ImageIcon", [
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
const Hh = Me("InfoIcon", [
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
const Fh = Me("LayersIcon", [
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
const Yh = Me("Link2Icon", [
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
const Xh = Me("ListOrderedIcon", [
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
const qh = Me("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Gh = Me("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Uh = Me("Maximize2Icon", [
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
const Wh = Me("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Kh = Me("MicIcon", [
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
const Zh = Me("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const jh = Me("PackageIcon", [
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
const Jh = Me("PaletteIcon", [
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
const Qh = Me("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const em = Me("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const tm = Me("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const nm = Me("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const om = Me("ScanEyeIcon", [
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
const im = Me("ScrollTextIcon", [
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
const sm = Me("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const rm = Me("SlidersHorizontalIcon", [
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
const am = Me("SparklesIcon", [
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
const lm = Me("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const um = Me("StarIcon", [
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
const cm = Me("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const dm = Me("TableIcon", [
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
const fm = Me("TimerIcon", [
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
const hm = Me("Trash2Icon", [
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
const mm = Me("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const pm = Me("UploadIcon", [
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
const vm = Me("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const gm = Me("Volume2Icon", [
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
const ym = Me("VolumeXIcon", [
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
const wm = Me("WorkflowIcon", [
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
const xm = Me("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Te = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: Th,
      "user-round": vm,
      palette: Jh,
      timer: fm,
      image: Vh,
      "sticky-note": cm,
      mic: Kh,
      "sliders-horizontal": rm,
      cpu: Dh,
      workflow: wm,
      "list-ordered": Xh,
      "scroll-text": im,
      "audio-lines": Nh,
      "scan-eye": om,
      play: em,
      square: lm,
      trash: hm,
      copy: zh,
      comment: Wh,
      check: Mh,
      x: xm,
      left: Ih,
      right: Ph,
      star: um,
      sparkles: am,
      search: sm,
      history: Lh,
      fit: Uh,
      plus: tm,
      minus: Zh,
      undo: mm,
      redo: nm,
      dot: hs,
      film: Bh,
      upload: pm,
      link: Yh,
      pause: Qh,
      clock: Ah,
      layers: Fh,
      lock: Gh,
      unlock: qh,
      download: Oh,
      "file-text": Rh,
      table: dm,
      package: jh,
      info: Hh,
      down: Ch,
      volume: gm,
      "volume-x": ym
    }, n = e, o = te(() => t[n.name] || hs);
    return (i, s) => (C(), Ge(ui(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Lr = Symbol("multiplex-store");
function bm(e) {
  const t = _n({
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
const Tt = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, vs = { ...Tt, idle: "#9ca3af", cancelled: "#9ca3af" }, wn = "#f1f3f5";
function km(e, t, n = 30) {
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
const _m = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, Sm = ["data-kind", "data-sub", "aria-label", "onPointerdown", "onPointerenter"], $m = {
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
    return (d, f) => (C(), D(Ce, null, [
      N("nav", _m, [
        f[1] || (f[1] = N("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          N("span", null, "m"),
          N("i")
        ], -1)),
        (C(!0), D(Ce, null, Ye(e.groups, (m) => (C(), D("div", {
          key: m.kind,
          class: "mx-pal-group",
          style: Ve({ "--accent": H(r)[m.kind] })
        }, [
          (C(!0), D(Ce, null, Ye(m.items, (S) => (C(), D("button", {
            key: S.sub,
            class: "mx-pal-item",
            "data-kind": m.kind,
            "data-sub": S.sub,
            "aria-label": S.label,
            onPointerdown: (g) => l(g, m, S),
            onPointerenter: (g) => s(g, S),
            onPointerleave: f[0] || (f[0] = (g) => i.value = null)
          }, [
            pe(Te, {
              name: S.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, Sm))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (C(), D("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: Ve({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, U(i.value.label), 5)) : ce("", !0),
      o.value ? (C(), D("div", {
        key: 1,
        class: "mx-ghost",
        style: Ve({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        pe(Te, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        ze(" " + U(o.value.label), 1)
      ], 4)) : ce("", !0)
    ], 64));
  }
}, Em = ["width", "height"], Nm = {
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
      let g = 1 / 0, b = 1 / 0, k = -1 / 0, I = -1 / 0;
      for (const y of t.blocks.values())
        y.x < g && (g = y.x), y.y < b && (b = y.y), y.x + y.w > k && (k = y.x + y.w), y.y + y.h > I && (I = y.y + y.h);
      return g === 1 / 0 ? null : { x0: g, y0: b, x1: k, y1: I };
    }
    function l() {
      r = 0;
      const g = n.value;
      if (!g) return;
      const b = g.getContext("2d"), k = g.width, I = g.height, y = t.flow.viewport.value, v = t.flow.dimensions.value, B = { x0: -y.x / y.zoom, y0: -y.y / y.zoom, x1: (v.width - y.x) / y.zoom, y1: (v.height - y.y) / y.zoom };
      i === null && (i = a() || B);
      const X = { x0: Math.min(i.x0, B.x0), y0: Math.min(i.y0, B.y0), x1: Math.max(i.x1, B.x1), y1: Math.max(i.y1, B.y1) }, F = Math.max(X.x1 - X.x0, X.y1 - X.y0) * 0.04;
      X.x0 -= F, X.y0 -= F, X.x1 += F, X.y1 += F;
      const V = Math.min(k / (X.x1 - X.x0), I / (X.y1 - X.y0));
      s = { x0: X.x0, y0: X.y0, scale: V, ox: (k - (X.x1 - X.x0) * V) / 2, oy: (I - (X.y1 - X.y0) * V) / 2 }, b.clearRect(0, 0, k, I), b.globalAlpha = 0.75;
      for (const re of t.blocks.values())
        b.fillStyle = t.colorOf(re), b.fillRect(s.ox + (re.x - X.x0) * V, s.oy + (re.y - X.y0) * V, Math.max(1, re.w * V), Math.max(1, re.h * V));
      b.globalAlpha = 1;
      const oe = s.ox + (B.x0 - X.x0) * V, ee = s.oy + (B.y0 - X.y0) * V, j = (B.x1 - B.x0) * V, P = (B.y1 - B.y0) * V;
      b.fillStyle = "rgba(10,10,11,0.62)", b.beginPath(), b.rect(0, 0, k, I), b.rect(oe, ee, j, P), b.fill("evenodd"), b.strokeStyle = "rgba(241,243,245,0.45)", b.lineWidth = o, b.strokeRect(oe + o / 2, ee + o / 2, j - o, P - o);
    }
    function u(g) {
      g && (i = null), r || (r = requestAnimationFrame(l));
    }
    Ie(() => t.rev, () => u(!0)), Ie(() => t.flow.viewport.value, () => u(!1)), Ie(() => t.flow.dimensions.value, () => u(!1)), rt(() => u(!0)), Zt(() => r && cancelAnimationFrame(r));
    function c(g) {
      const b = n.value.getBoundingClientRect(), k = (g.clientX - b.left) * o, I = (g.clientY - b.top) * o;
      return { x: (k - s.ox) / s.scale + s.x0, y: (I - s.oy) / s.scale + s.y0 };
    }
    function d(g, b) {
      const k = t.flow.dimensions.value, I = b ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: k.width / 2 - g.x * I, y: k.height / 2 - g.y * I, zoom: I });
    }
    function f(g) {
      g.button === 0 && (n.value.setPointerCapture(g.pointerId), d(c(g)));
    }
    function m(g) {
      g.buttons & 1 && d(c(g));
    }
    function S(g) {
      const b = t.flow.viewport.value, k = t.flow.dimensions.value, I = { x: (k.width / 2 - b.x) / b.zoom, y: (k.height / 2 - b.y) / b.zoom }, y = Math.max(0.05, Math.min(3, b.zoom * Math.exp(-g.deltaY * 15e-4)));
      d(I, y);
    }
    return (g, b) => (C(), D("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * H(o),
      height: e.height * H(o),
      style: Ve({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: f,
      onPointermove: m,
      onWheel: ke(S, ["prevent", "stop"])
    }, null, 44, Em));
  }
}, Mm = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = te(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (C(), D("div", {
      key: 0,
      class: "mx-cursors",
      style: Ve({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (C(!0), D(Ce, null, Ye(e.users, (s) => (C(), D("div", {
        key: s.id,
        class: "mx-cursor",
        style: Ve({ left: `${s.cursor.x}px`, top: `${s.cursor.y}px`, "--c": s.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = N("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          N("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        N("span", null, U(s.name), 1)
      ], 4))), 128))
    ], 4)) : ce("", !0);
  }
}, Cm = 2, ys = 12, ws = 0.2, Kn = 8, xs = "#ffc947", bs = 4.5, Im = ".vue-flow__panel, .vue-flow__node, .vue-flow__edge, .vue-flow__nodesselection, .vue-flow__handle, button, input, textarea", Pm = {
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
    const b = /* @__PURE__ */ new Map(), k = /* @__PURE__ */ new Set(), I = /* @__PURE__ */ new Map();
    function y(p) {
      return p.kind === "intent" ? Tt[(p.status || {}).state] || Tt.idle : p.kind === "activity" && p.sub === "animatic" ? "#ffc947" : po[p.kind] || "#333333";
    }
    function v(p, L, h) {
      const w = `${p}${L}${h}`;
      let M = I.get(w);
      if (!M) {
        const Y = (K) => {
          const ue = parseInt(K.slice(1), 16);
          return [ue >> 16 & 255, ue >> 8 & 255, ue & 255];
        }, J = Y(p), W = Y(L);
        M = `rgb(${J.map((K, ue) => Math.round(K * h + W[ue] * (1 - h))).join(",")})`, I.set(w, M);
      }
      return M;
    }
    function B(p) {
      const L = p.status;
      return p.kind === "intent" && L && L.fraction !== void 0 && L.state !== "idle" ? Math.max(0, Math.min(1, L.fraction || 0)) : -1;
    }
    function X(p) {
      const L = a(p);
      let h = 0;
      for (const w of L) w.resolved || h++;
      return h;
    }
    function F(p) {
      const L = p.data.kind;
      return L === "comp" || L === "gen_art" ? { x: p.position.x + p.data.w, y: p.position.y + p.data.h / 2, source: !0 } : L === "intent" ? { x: p.position.x, y: p.position.y + p.data.h / 2, source: !1 } : null;
    }
    function V() {
      f || (f = requestAnimationFrame(P));
    }
    const oe = { frames: 0, ms: 0, max: 0 };
    let ee = 0, j = !1;
    function P(p) {
      f = 0, j = p - ee < 100 && p - ee > 25, ee = p;
      const L = performance.now(), [h, w] = G();
      w && i("shown"), T();
      const M = performance.now() - L;
      oe.frames++, oe.ms += M, oe.max = Math.max(oe.max, M), h && V();
    }
    function re() {
      const p = o.flow.viewport.value, L = o.flow.dimensions.value;
      return { vp: p, w: L.width, h: L.height, x0: -p.x / p.zoom, y0: -p.y / p.zoom, x1: (L.width - p.x) / p.zoom, y1: (L.height - p.y) / p.zoom };
    }
    const E = (p, L, h, w, M) => p.position.x < w && p.position.x + p.data.w > L && p.position.y < M && p.position.y + p.data.h > h;
    function G() {
      var Ke, at, Et;
      const p = o.flow.nodes.value, L = Lt(p), h = re(), w = s.lod === 0, M = (h.x1 - h.x0) * ws, Y = (h.y1 - h.y0) * ws, J = (Et = (at = (Ke = document.activeElement) == null ? void 0 : Ke.closest) == null ? void 0 : at.call(Ke, ".vue-flow__node")) == null ? void 0 : Et.dataset.id, W = [], K = [];
      let ue = 0;
      for (let et = 0; et < L.length; et++) {
        const lt = L[et], hn = w && E(lt, h.x0 - M, h.y0 - Y, h.x1 + M, h.y1 + Y);
        lt.hidden ? hn && W.push(et) : !hn && !lt.dragging && lt.id !== J && (E(lt, h.x0, h.y0, h.x1, h.y1) ? K.push(et) : (p[et].hidden = !0, ue++));
      }
      let se = ue !== 0;
      const Q = K.slice(0, m ? 1 / 0 : ys);
      for (const et of Q) p[et].hidden = !0;
      const Ee = m ? 1 / 0 : j ? 1 : Cm;
      if (W.length > Ee) {
        const et = (h.x0 + h.x1) / 2, lt = (h.y0 + h.y1) / 2, hn = (Io) => {
          const Jt = L[Io];
          return Math.hypot(Jt.position.x + Jt.data.w / 2 - et, Jt.position.y + Jt.data.h / 2 - lt);
        };
        W.sort((Io, Jt) => hn(Io) - hn(Jt));
      }
      const Re = W.slice(0, Ee);
      for (const et of Re) p[et].hidden = !1;
      return se = se || Q.length > 0 || Re.length > 0, m = !1, [W.length > Ee || K.length > ys, se];
    }
    function T() {
      const p = l.value;
      if (!p) return;
      const L = re(), h = Math.round(L.w * d), w = Math.round(L.h * d), M = Lt(o.flow.nodes.value), Y = s.lod, J = [], W = [], K = /* @__PURE__ */ new Map();
      for (const Re of M)
        K.set(Re.id, Re), Re.hidden && E(Re, L.x0, L.y0, L.x1, L.y1) && (Re.selected ? W : J).push(Re);
      g = J.concat(W);
      const ue = Z(K, L, Y), se = !g.length && !ue.length && !($ && $.link);
      if ((p.width !== h || p.height !== w) && (p.width = h, p.height = w, S = !0), se && !S) return;
      const Q = p.getContext("2d");
      if (Q.setTransform(1, 0, 0, 1, 0, 0), Q.clearRect(0, 0, h, w), S = !se, p.style.visibility = se ? "hidden" : "", se) return;
      const Ee = L.vp.zoom;
      Q.setTransform(d * Ee, 0, 0, d * Ee, d * L.vp.x, d * L.vp.y), q(Q, ue, Ee, Y), g.length && (Y === 2 ? ie(Q, g) : he(Q, g, Ee), le(Q, g, Ee, Y), ae(Q, g, Ee), $ && $.link && $.at && Pe(Q, $, Ee));
    }
    function Z(p, L, h) {
      const w = {}, M = (W, K, ue, se) => {
        const Q = R(K, ue, se, L);
        Q && O(w[W] || (w[W] = new Path2D()), Q, se);
      };
      for (const W of o.edges.values()) {
        const K = k.has(W.id) ? "selected" : c[W.kind] ? W.kind : "default";
        M(K, p.get(W.src), p.get(W.dst), !1);
      }
      if (h < 2) {
        const W = s.sequence;
        for (let K = 0; K + 1 < W.length; K++) M("seq", p.get(W[K]), p.get(W[K + 1]), !0);
      }
      const Y = Object.entries(w), J = Y.findIndex(([W]) => W === "selected");
      return J >= 0 && Y.push(Y.splice(J, 1)[0]), Y;
    }
    function R(p, L, h, w) {
      if (!p || !L || !p.hidden && !L.hidden) return null;
      const M = h ? p.position.x + p.data.w / 2 : p.position.x + p.data.w, Y = h ? p.position.y + p.data.h : p.position.y + p.data.h / 2, J = h ? L.position.x + L.data.w / 2 : L.position.x, W = h ? L.position.y : L.position.y + L.data.h / 2;
      return Math.max(M, J) < w.x0 || Math.min(M, J) > w.x1 || Math.max(Y, W) < w.y0 || Math.min(Y, W) > w.y1 ? null : [M, Y, J, W];
    }
    function O(p, [L, h, w, M], Y) {
      if (p.moveTo(L, h), Y) p.lineTo(w, M);
      else {
        const J = Math.max(Math.abs(w - L) * 0.5, 25);
        p.bezierCurveTo(L + J, h, w - J, M, w, M);
      }
    }
    function q(p, L, h, w) {
      for (const [M, Y] of L)
        p.strokeStyle = M === "selected" ? wn : c[M], p.lineWidth = M === "seq" ? 1 : M === "selected" ? 2 / h : Math.max(1.2, 0.6 / h), p.setLineDash(w === 2 || M === "selected" ? [] : M === "seq" ? [1, 6] : M === "gen_art" ? [4, 5] : M === "grows" ? [2, 4] : []), p.lineCap = M === "seq" ? "round" : "butt", p.stroke(Y);
      p.setLineDash([]);
    }
    function ie(p, L) {
      const h = /* @__PURE__ */ new Map();
      for (const w of L) {
        const M = w.selected ? v(wn, "#1c1c20", 0.55) : v(y(w.data), "#1c1c20", 0.3);
        let Y = h.get(M);
        Y || h.set(M, Y = new Path2D()), Y.rect(w.position.x, w.position.y, w.data.w, w.data.h);
      }
      for (const [w, M] of h)
        p.fillStyle = w, p.fill(M);
    }
    function he(p, L, h) {
      const w = new Path2D(), M = new Path2D(), Y = /* @__PURE__ */ new Map();
      for (const W of L) {
        const { x: K, y: ue } = W.position, se = W.data.w, Q = W.data.h;
        (W.selected ? M : w).rect(K, ue, se, Q);
        const Ee = y(W.data);
        let Re = Y.get(Ee);
        Re || Y.set(Ee, Re = new Path2D()), Re.rect(K, ue, 4, Q);
      }
      p.fillStyle = "#151517", p.fill(w), p.fillStyle = "#16191b", p.fill(M), p.lineWidth = 1, p.strokeStyle = "#252527", p.stroke(w), p.strokeStyle = wn, p.stroke(M);
      for (const [W, K] of Y)
        p.fillStyle = W, p.fill(K);
      if (h * 30 < 4) return;
      p.textBaseline = "middle", p.font = '18px "JetBrains Mono", ui-monospace, monospace', p.letterSpacing = "1.44px", p.globalAlpha = 0.85;
      const J = [];
      for (const W of L) {
        const K = W.data, ue = K.w, se = K.h, Q = we(p, W, ue - 39), Ee = 30 + Q.length * 34.5, Re = W.position.y + Math.max(15, (se - Ee) / 2);
        J.push(Re, Q), p.fillStyle = y(K), p.fillText(String(K.kind === "intent" || K.kind === "comp" ? K.sub : u[K.kind] || K.kind).toUpperCase(), W.position.x + 22, Re + 12, ue - 39);
      }
      p.globalAlpha = 1, p.letterSpacing = "0px", p.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', p.fillStyle = "#f8f9fa";
      for (let W = 0; W < L.length; W++) {
        const K = L[W], ue = J[2 * W], se = J[2 * W + 1];
        for (let Q = 0; Q < se.length; Q++) p.fillText(se[Q], K.position.x + 22, ue + 30 + 17.25 + Q * 34.5);
      }
    }
    function we(p, L, h) {
      const w = String(L.data.title || L.data.sub || ""), M = `${w}|${h}|${L.data.h}`, Y = b.get(L.id);
      if (Y && Y.key === M) return Y.lines;
      const J = p.font, W = p.letterSpacing;
      p.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', p.letterSpacing = "0px";
      const K = Math.max(1, Math.min(3, Math.floor((L.data.h - 58) / 34.5))), ue = [];
      let se = "";
      const Q = w.split(/\s+/).filter(Boolean);
      for (let Ee = 0; Ee < Q.length; Ee++) {
        const Re = se ? `${se} ${Q[Ee]}` : Q[Ee];
        if (!se || p.measureText(Re).width <= h) {
          se = Re;
          continue;
        }
        if (ue.push(se), se = Q[Ee], ue.length === K) {
          se = "", ue[K - 1] = xe(p, `${ue[K - 1]} ${Q.slice(Ee).join(" ")}`, h);
          break;
        }
      }
      return se && ue.push(ue.length === K - 1 || p.measureText(se).width > h ? xe(p, se, h) : se), p.font = J, p.letterSpacing = W, b.set(L.id, { key: M, lines: ue }), ue;
    }
    function xe(p, L, h) {
      if (p.measureText(L).width <= h) return L;
      let w = 0, M = L.length;
      for (; w < M; ) {
        const Y = w + M + 1 >> 1;
        p.measureText(`${L.slice(0, Y)}…`).width <= h ? w = Y : M = Y - 1;
      }
      return `${L.slice(0, w).trimEnd()}…`;
    }
    function ae(p, L, h) {
      p.lineWidth = 2 / h, p.setLineDash([6 / h, 4 / h]);
      for (const w of L) {
        const M = r(w.id);
        M.length && (p.strokeStyle = M[0].color, p.strokeRect(w.position.x - 3 / h, w.position.y - 3 / h, w.data.w + 6 / h, w.data.h + 6 / h));
      }
      p.setLineDash([]);
    }
    const ne = [];
    function le(p, L, h, w) {
      ne.length = 0;
      const M = 1 / h, Y = /* @__PURE__ */ new Map();
      for (const J of L) {
        const W = B(J.data), K = X(J.id);
        if (W < 0 && !K && w === 2) continue;
        const { x: ue, y: se } = J.position, Q = J.data.w, Ee = { id: J.id };
        if (W >= 0) {
          const Re = Math.min(3 * M, J.data.h / 4), Ke = Tt[J.data.status.state] || Tt.idle;
          p.fillStyle = "rgba(255, 255, 255, 0.06)", p.fillRect(ue, se, Q, Re), p.fillStyle = Ke, p.fillRect(ue, se, Q * W, Re), Ee.bar = { x: ue, y: se, w: Q * W, h: Re, fill: Ke, fraction: W };
        }
        if (K) {
          const Re = Math.min(6 * M, Q / 8);
          if (w === 2) {
            const Ke = Math.min(3 * M, Q / 6);
            p.fillStyle = xs, p.beginPath(), p.arc(ue + Q - Re - Ke, se + Re + Ke, Ke, 0, 2 * Math.PI), p.fill(), Ee.badge = { x: ue + Q - Re - 2 * Ke, y: se + Re, w: 2 * Ke, h: 2 * Ke, count: K };
          } else {
            const Ke = String(K), at = 15 * M, Et = (11 + 7 * Ke.length) * M, et = ue + Q - Re - Et, lt = se + Re + (W >= 0 ? 3 * M : 0);
            p.fillStyle = "#151517", p.fillRect(et, lt, Et, at), p.strokeStyle = "rgba(255, 201, 71, 0.6)", p.lineWidth = M, p.strokeRect(et, lt, Et, at), p.fillStyle = xs, p.font = `${10 * M}px "JetBrains Mono", ui-monospace, monospace`, p.letterSpacing = "0px", p.textBaseline = "middle", p.textAlign = "center", p.fillText(Ke, et + Et / 2, lt + at / 2 + 0.5 * M), p.textAlign = "start", Ee.badge = { x: et, y: lt, w: Et, h: at, count: K };
          }
        }
        if ((Ee.bar || Ee.badge) && ne.push(Ee), w === 1) {
          const Re = F(J);
          if (!Re) continue;
          const Ke = y(J.data);
          let at = Y.get(Ke);
          at || Y.set(Ke, at = new Path2D()), at.moveTo(Re.x + bs * M, Re.y), at.arc(Re.x, Re.y, bs * M, 0, 2 * Math.PI);
        }
      }
      p.lineWidth = M;
      for (const [J, W] of Y)
        p.fillStyle = "#0d0d0d", p.fill(W), p.strokeStyle = J, p.stroke(W);
    }
    function Pe(p, L, h) {
      p.strokeStyle = wn, p.lineWidth = 1.4 / h;
      const w = new Path2D(), M = L.link.source ? L.link : L.at, Y = L.link.source ? L.at : L.link;
      O(w, [M.x, M.y, Y.x, Y.y], !1), p.stroke(w);
    }
    function De(p) {
      const L = l.value.getBoundingClientRect(), h = o.flow.viewport.value;
      return { x: (p.clientX - L.left - h.x) / h.zoom, y: (p.clientY - L.top - h.y) / h.zoom };
    }
    function $e(p, L) {
      if (!l.value) return null;
      const h = De({ clientX: p, clientY: L });
      for (let w = g.length - 1; w >= 0; w--) {
        const M = g[w];
        if (h.x >= M.position.x && h.x <= M.position.x + M.data.w && h.y >= M.position.y && h.y <= M.position.y + M.data.h) return M.id;
      }
      return null;
    }
    function Oe(p, L) {
      if (!l.value || s.lod !== 1) return null;
      const h = De({ clientX: p, clientY: L }), w = 8 / o.flow.viewport.value.zoom;
      for (let M = g.length - 1; M >= 0; M--) {
        const Y = F(g[M]);
        if (Y && Math.hypot(h.x - Y.x, h.y - Y.y) <= w) return { id: g[M].id, ...Y };
      }
      return null;
    }
    function _e(p, L) {
      const h = l.value;
      if (!h) return null;
      const w = re(), M = w.vp.zoom, Y = h.getContext("2d"), J = h.getBoundingClientRect(), W = /* @__PURE__ */ new Map();
      for (const Q of Lt(o.flow.nodes.value)) W.set(Q.id, Q);
      Y.setTransform(d * M, 0, 0, d * M, d * w.vp.x, d * w.vp.y), Y.lineWidth = 10 / M;
      const K = (p - J.left) * d, ue = (L - J.top) * d;
      let se = null;
      for (const Q of o.edges.values()) {
        const Ee = R(W.get(Q.src), W.get(Q.dst), !1, w);
        if (!Ee) continue;
        const Re = new Path2D();
        O(Re, Ee, !1), Y.isPointInStroke(Re, K, ue) && (se = Q.id);
      }
      return se;
    }
    function be(p, L) {
      const h = o.flow;
      L || (k.clear(), h.removeSelectedNodes(h.getSelectedNodes.value), h.removeSelectedEdges(h.getSelectedEdges.value)), L && k.has(p) ? k.delete(p) : k.add(p), V();
    }
    function _() {
      k.size && (k.clear(), V());
    }
    const x = (p) => !(p.target.closest && p.target.closest(Im));
    let $ = null, z = !1;
    function A(p, L) {
      const h = o.flow, w = h.findNode(p);
      if (!w) return;
      if (L) {
        w.selected ? h.removeSelectedNodes([w]) : h.addSelectedNodes([w]);
        return;
      }
      _();
      const M = h.getSelectedNodes.value.filter((Y) => Y.id !== p);
      M.length && h.removeSelectedNodes(M), h.removeSelectedEdges(h.getSelectedEdges.value), w.selected || h.addSelectedNodes([w]);
    }
    function de(p) {
      if (z = !1, p.button !== 0 || !x(p)) return;
      const L = p.shiftKey || p.ctrlKey || p.metaKey, h = Oe(p.clientX, p.clientY), w = h ? null : $e(p.clientX, p.clientY), M = h || w ? null : _e(p.clientX, p.clientY);
      if (!h && !w && !M) {
        L || _();
        return;
      }
      if (p.stopPropagation(), p.preventDefault(), window.addEventListener("pointermove", fe, !0), window.addEventListener("pointerup", ye, !0), h) {
        $ = { link: h, x: p.clientX, y: p.clientY, moved: !1, nodes: [] };
        return;
      }
      if (M) {
        $ = { edge: M, add: L, x: p.clientX, y: p.clientY, moved: !1, nodes: [] };
        return;
      }
      const Y = o.flow.findNode(w), J = Y.selected ? o.flow.getSelectedNodes.value : [Y];
      $ = { id: w, x: p.clientX, y: p.clientY, moved: !1, add: L, nodes: J.map((W) => ({ m: W, x: W.position.x, y: W.position.y })) };
    }
    function fe(p) {
      const L = $;
      if (!L || !L.moved && Math.hypot(p.clientX - L.x, p.clientY - L.y) < 4) return;
      if (L.moved = !0, L.link) {
        L.at = De(p), V();
        return;
      }
      const h = o.flow.viewport.value.zoom, w = (p.clientX - L.x) / h, M = (p.clientY - L.y) / h;
      for (const Y of L.nodes) {
        const J = Kn * Math.round((Y.x + w) / Kn), W = Kn * Math.round((Y.y + M) / Kn);
        Y.m.dragging = !0, Y.m.position = { x: J, y: W }, Y.m.computedPosition = { ...Y.m.computedPosition, x: J, y: W };
      }
      V();
    }
    function ye(p) {
      window.removeEventListener("pointermove", fe, !0), window.removeEventListener("pointerup", ye, !0);
      const L = $;
      if ($ = null, !!L) {
        if (z = !0, L.link) {
          L.moved && ve(L.link, p.clientX, p.clientY), V();
          return;
        }
        if (L.edge) {
          be(L.edge, L.add);
          return;
        }
        if (L.moved) {
          for (const h of L.nodes) h.m.dragging = !1;
          i("move", L.nodes.map((h) => ({ id: h.m.id, x: Math.round(h.m.position.x), y: Math.round(h.m.position.y) })));
        } else A(L.id, L.add);
        V();
      }
    }
    function ve(p, L, h) {
      var Y, J;
      const w = (J = (Y = document.elementFromPoint(L, h)) == null ? void 0 : Y.closest) == null ? void 0 : J.call(Y, ".vue-flow__node[data-id]"), M = $e(L, h) || (w == null ? void 0 : w.dataset.id);
      !M || M === p.id || i("connect", p.source ? { source: p.id, target: M } : { source: M, target: p.id });
    }
    function Ne(p) {
      z && (z = !1, p.stopPropagation());
    }
    function Ae(p) {
      if (!x(p)) return;
      const L = $e(p.clientX, p.clientY);
      L && (p.stopPropagation(), p.preventDefault(), A(L, !1), o.flow.fitView({ nodes: [L], padding: 0.6, maxZoom: 1, duration: 300 }));
    }
    let Be = null;
    function ot(p) {
      p.buttons || $ || (Be = Be || l.value.parentElement.querySelector(".vue-flow__pane"), Be && (Be.style.cursor = x(p) ? Oe(p.clientX, p.clientY) ? "crosshair" : $e(p.clientX, p.clientY) ? "pointer" : "" : ""));
    }
    let Qe = null;
    Ie(() => o.flow.userSelectionRect.value, (p) => {
      p && p.width + p.height > 0 && (Qe = { ...p });
    }), o.flow.onSelectionEnd(() => {
      const p = Qe;
      if (Qe = null, !p) return;
      const L = o.flow.viewport.value, h = (p.x - L.x) / L.zoom, w = (p.y - L.y) / L.zoom, M = h + p.width / L.zoom, Y = w + p.height / L.zoom, J = o.flow.nodes.value.filter((W) => W.hidden && W.position.x >= h && W.position.y >= w && W.position.x + W.data.w <= M && W.position.y + W.data.h <= Y);
      J.length && o.flow.addSelectedNodes(J);
    }), Ie(() => o.flow.viewport.value, V), Ie(() => o.flow.dimensions.value, V), Ie(() => [o.rev, s.lod, s.sequence, s.users, s.comments], V), Ie(() => o.flow.getSelectedNodes.value, (p) => {
      p.length && k.clear(), V();
    }), Ie(() => o.flow.getSelectedEdges.value, (p) => {
      p.length && _();
    });
    function Ot() {
      m = !0, f && (cancelAnimationFrame(f), f = 0), G(), T();
    }
    const Rt = () => [...k].filter((p) => o.edges.has(p));
    function fn(p) {
      for (const L of p) k.add(L);
      p.length && V();
    }
    t({ hitAt: $e, settle: Ot, schedule: V, selectedEdges: Rt, keepEdges: fn });
    let Bt = null;
    const Bn = [["pointerdown", de], ["click", Ne], ["dblclick", Ae], ["pointermove", ot]];
    return rt(() => {
      var w, M, Y, J, W;
      Bt = l.value.parentElement;
      for (const [K, ue] of Bn) Bt.addEventListener(K, ue, !0);
      (M = (w = document.fonts) == null ? void 0 : w.ready) == null || M.then(() => {
        b.clear(), V();
      });
      const p = (K, ue) => {
        const se = l.value.getBoundingClientRect(), Q = o.flow.viewport.value;
        return { x: se.left + Q.x + K * Q.zoom, y: se.top + Q.y + ue * Q.zoom };
      }, L = (K) => {
        const ue = p(K.x, K.y), se = p(K.x + K.w, K.y + K.h);
        return { l: ue.x, t: ue.y, r: se.x, b: se.y };
      }, h = (K) => {
        const ue = l.value.getBoundingClientRect(), se = o.flow.viewport.value, Q = se.zoom;
        return K.map((Ee) => ({
          id: Ee.id,
          l: ue.left + se.x + Ee.position.x * Q,
          t: ue.top + se.y + Ee.position.y * Q,
          r: ue.left + se.x + (Ee.position.x + Ee.data.w) * Q,
          b: ue.top + se.y + (Ee.position.y + Ee.data.h) * Q
        }));
      };
      window.__mxFar = {
        drawn: () => h(g),
        blocks: () => h(Lt(o.flow.nodes.value).filter((K) => K.hidden)),
        hitAt: $e,
        // progress bars and comment badges the last frame drew, and the edges drawn here (mid: the curve's
        // midpoint) with which of them are selected; the handles of the blocks drawn (card level)
        marks: () => ne.map((K) => ({
          id: K.id,
          bar: K.bar && { ...L(K.bar), fill: K.bar.fill, fraction: K.bar.fraction },
          badge: K.badge && { ...L(K.badge), count: K.badge.count }
        })),
        edges: () => {
          const K = re(), ue = new Map(Lt(o.flow.nodes.value).map((Q) => [Q.id, Q])), se = [];
          for (const Q of o.edges.values()) {
            const Ee = R(ue.get(Q.src), ue.get(Q.dst), !1, K);
            Ee && se.push({ id: Q.id, src: Q.src, dst: Q.dst, ...p((Ee[0] + Ee[2]) / 2, (Ee[1] + Ee[3]) / 2) });
          }
          return se;
        },
        allEdges: () => [...o.edges.values()].map((K) => ({ id: K.id, src: K.src, dst: K.dst, kind: K.kind })),
        selectedEdges: Rt,
        handles: () => g.map((K) => {
          const ue = F(K);
          return ue && { id: K.id, source: ue.source, ...p(ue.x, ue.y) };
        }).filter(Boolean),
        stats: (K = !1) => {
          const ue = { ...oe };
          return K && Object.assign(oe, { frames: 0, ms: 0, max: 0 }), ue;
        }
      }, (W = (Y = window.matchMedia) == null ? void 0 : (J = Y.call(window, `(resolution: ${d}dppx)`)).addEventListener) == null || W.call(J, "change", () => {
        d = Math.min(2, window.devicePixelRatio || 1), V();
      }), V();
    }), Zt(() => {
      if (f && cancelAnimationFrame(f), Bt) for (const [p, L] of Bn) Bt.removeEventListener(p, L, !0);
    }), (p, L) => (C(), D("canvas", {
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
function Tm(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === ii && t.documentElement.namespaceURI === ii ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Am(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Hr(e) {
  var t = Vr(e);
  return (t.local ? Am : Tm)(t);
}
function zm() {
}
function Fr(e) {
  return e == null ? zm : function() {
    return this.querySelector(e);
  };
}
function Dm(e) {
  typeof e != "function" && (e = Fr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = s[c]) && (u = e.call(l, l.__data__, c, s)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new ut(o, this._parents);
}
function Om(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Rm() {
  return [];
}
function Bm(e) {
  return e == null ? Rm : function() {
    return this.querySelectorAll(e);
  };
}
function Lm(e) {
  return function() {
    return Om(e.apply(this, arguments));
  };
}
function Vm(e) {
  typeof e == "function" ? e = Lm(e) : e = Bm(e);
  for (var t = this._groups, n = t.length, o = [], i = [], s = 0; s < n; ++s)
    for (var r = t[s], a = r.length, l, u = 0; u < a; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new ut(o, i);
}
function Hm(e) {
  return function() {
    return this.matches(e);
  };
}
function Yr(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Fm = Array.prototype.find;
function Ym(e) {
  return function() {
    return Fm.call(this.children, e);
  };
}
function Xm() {
  return this.firstElementChild;
}
function qm(e) {
  return this.select(e == null ? Xm : Ym(typeof e == "function" ? e : Yr(e)));
}
var Gm = Array.prototype.filter;
function Um() {
  return Array.from(this.children);
}
function Wm(e) {
  return function() {
    return Gm.call(this.children, e);
  };
}
function Km(e) {
  return this.selectAll(e == null ? Um : Wm(typeof e == "function" ? e : Yr(e)));
}
function Zm(e) {
  typeof e != "function" && (e = Hm(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var s = t[i], r = s.length, a = o[i] = [], l, u = 0; u < r; ++u)
      (l = s[u]) && e.call(l, l.__data__, u, s) && a.push(l);
  return new ut(o, this._parents);
}
function Xr(e) {
  return new Array(e.length);
}
function jm() {
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
function Jm(e) {
  return function() {
    return e;
  };
}
function Qm(e, t, n, o, i, s) {
  for (var r = 0, a, l = t.length, u = s.length; r < u; ++r)
    (a = t[r]) ? (a.__data__ = s[r], o[r] = a) : n[r] = new vo(e, s[r]);
  for (; r < l; ++r)
    (a = t[r]) && (i[r] = a);
}
function ep(e, t, n, o, i, s, r) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = s.length, f = new Array(c), m;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = m = r.call(l, l.__data__, a, t) + "", u.has(m) ? i[a] = l : u.set(m, l));
  for (a = 0; a < d; ++a)
    m = r.call(e, s[a], a, s) + "", (l = u.get(m)) ? (o[a] = l, l.__data__ = s[a], u.delete(m)) : n[a] = new vo(e, s[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function tp(e) {
  return e.__data__;
}
function np(e, t) {
  if (!arguments.length) return Array.from(this, tp);
  var n = t ? ep : Qm, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Jm(e));
  for (var s = i.length, r = new Array(s), a = new Array(s), l = new Array(s), u = 0; u < s; ++u) {
    var c = o[u], d = i[u], f = d.length, m = op(e.call(c, c && c.__data__, u, o)), S = m.length, g = a[u] = new Array(S), b = r[u] = new Array(S), k = l[u] = new Array(f);
    n(c, d, g, b, k, m, t);
    for (var I = 0, y = 0, v, B; I < S; ++I)
      if (v = g[I]) {
        for (I >= y && (y = I + 1); !(B = b[y]) && ++y < S; ) ;
        v._next = B || null;
      }
  }
  return r = new ut(r, o), r._enter = a, r._exit = l, r;
}
function op(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function ip() {
  return new ut(this._exit || this._groups.map(Xr), this._parents);
}
function sp(e, t, n) {
  var o = this.enter(), i = this, s = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? s.remove() : n(s), o && i ? o.merge(i).order() : i;
}
function rp(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, s = o.length, r = Math.min(i, s), a = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), m, S = 0; S < d; ++S)
      (m = u[S] || c[S]) && (f[S] = m);
  for (; l < i; ++l)
    a[l] = n[l];
  return new ut(a, this._parents);
}
function ap() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, s = o[i], r; --i >= 0; )
      (r = o[i]) && (s && r.compareDocumentPosition(s) ^ 4 && s.parentNode.insertBefore(r, s), s = r);
  return this;
}
function lp(e) {
  e || (e = up);
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
function up(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function cp() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function dp() {
  return Array.from(this);
}
function fp() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, s = o.length; i < s; ++i) {
      var r = o[i];
      if (r) return r;
    }
  return null;
}
function hp() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function mp() {
  return !this.node();
}
function pp(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], s = 0, r = i.length, a; s < r; ++s)
      (a = i[s]) && e.call(a, a.__data__, s, i);
  return this;
}
function vp(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function gp(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function yp(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function wp(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function xp(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function bp(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function kp(e, t) {
  var n = Vr(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? gp : vp : typeof t == "function" ? n.local ? bp : xp : n.local ? wp : yp)(n, t));
}
function qr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function _p(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Sp(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function $p(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Ep(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? _p : typeof t == "function" ? $p : Sp)(e, t, n ?? "")) : Np(this.node(), e);
}
function Np(e, t) {
  return e.style.getPropertyValue(t) || qr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Mp(e) {
  return function() {
    delete this[e];
  };
}
function Cp(e, t) {
  return function() {
    this[e] = t;
  };
}
function Ip(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Pp(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Mp : typeof t == "function" ? Ip : Cp)(e, t)) : this.node()[e];
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
function Tp(e) {
  return function() {
    Wr(this, e);
  };
}
function Ap(e) {
  return function() {
    Kr(this, e);
  };
}
function zp(e, t) {
  return function() {
    (t.apply(this, arguments) ? Wr : Kr)(this, e);
  };
}
function Dp(e, t) {
  var n = Gr(e + "");
  if (arguments.length < 2) {
    for (var o = ki(this.node()), i = -1, s = n.length; ++i < s; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? zp : t ? Tp : Ap)(n, t));
}
function Op() {
  this.textContent = "";
}
function Rp(e) {
  return function() {
    this.textContent = e;
  };
}
function Bp(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Lp(e) {
  return arguments.length ? this.each(e == null ? Op : (typeof e == "function" ? Bp : Rp)(e)) : this.node().textContent;
}
function Vp() {
  this.innerHTML = "";
}
function Hp(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Fp(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Yp(e) {
  return arguments.length ? this.each(e == null ? Vp : (typeof e == "function" ? Fp : Hp)(e)) : this.node().innerHTML;
}
function Xp() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function qp() {
  return this.each(Xp);
}
function Gp() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Up() {
  return this.each(Gp);
}
function Wp(e) {
  var t = typeof e == "function" ? e : Hr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Kp() {
  return null;
}
function Zp(e, t) {
  var n = typeof e == "function" ? e : Hr(e), o = t == null ? Kp : typeof t == "function" ? t : Fr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function jp() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Jp() {
  return this.each(jp);
}
function Qp() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function ev() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function tv(e) {
  return this.select(e ? ev : Qp);
}
function nv(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function ov(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function iv(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function sv(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, s; n < i; ++n)
        s = t[n], (!e.type || s.type === e.type) && s.name === e.name ? this.removeEventListener(s.type, s.listener, s.options) : t[++o] = s;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function rv(e, t, n) {
  return function() {
    var o = this.__on, i, s = ov(t);
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
function av(e, t, n) {
  var o = iv(e + ""), i, s = o.length, r;
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
  for (a = t ? rv : sv, i = 0; i < s; ++i) this.each(a(o[i], t, n));
  return this;
}
function Zr(e, t, n) {
  var o = qr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function lv(e, t) {
  return function() {
    return Zr(this, e, t);
  };
}
function uv(e, t) {
  return function() {
    return Zr(this, e, t.apply(this, arguments));
  };
}
function cv(e, t) {
  return this.each((typeof t == "function" ? uv : lv)(e, t));
}
function* dv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, s = o.length, r; i < s; ++i)
      (r = o[i]) && (yield r);
}
var fv = [null];
function ut(e, t) {
  this._groups = e, this._parents = t;
}
function hv() {
  return this;
}
ut.prototype = {
  constructor: ut,
  select: Dm,
  selectAll: Vm,
  selectChild: qm,
  selectChildren: Km,
  filter: Zm,
  data: np,
  enter: jm,
  exit: ip,
  join: sp,
  merge: rp,
  selection: hv,
  order: ap,
  sort: lp,
  call: cp,
  nodes: dp,
  node: fp,
  size: hp,
  empty: mp,
  each: pp,
  attr: kp,
  style: Ep,
  property: Pp,
  classed: Dp,
  text: Lp,
  html: Yp,
  raise: qp,
  lower: Up,
  append: Wp,
  insert: Zp,
  remove: Jp,
  clone: tv,
  datum: nv,
  on: av,
  dispatch: cv,
  [Symbol.iterator]: dv
};
function An(e) {
  return typeof e == "string" ? new ut([[document.querySelector(e)]], [document.documentElement]) : new ut([[e]], fv);
}
function mv(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function _s(e, t) {
  if (e = mv(e), t === void 0 && (t = e.currentTarget), t) {
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
var pv = { value: () => {
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
function vv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
oo.prototype = jr.prototype = {
  constructor: oo,
  on: function(e, t) {
    var n = this._, o = vv(e + "", n), i, s = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++s < r; ) if ((i = (e = o[s]).type) && (i = gv(n[i], e.name))) return i;
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
function gv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Ss(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = pv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const yv = { passive: !1 }, zn = { capture: !0, passive: !1 };
function Fo(e) {
  e.stopImmediatePropagation();
}
function sn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function wv(e) {
  var t = e.document.documentElement, n = An(e).on("dragstart.drag", sn, zn);
  "onselectstart" in t ? n.on("selectstart.drag", sn, zn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function xv(e, t) {
  var n = e.document.documentElement, o = An(e).on("dragstart.drag", null);
  t && (o.on("click.drag", sn, zn), setTimeout(function() {
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
function bv(e) {
  return !e.ctrlKey && !e.button;
}
function kv() {
  return this.parentNode;
}
function _v(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Sv() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function $v() {
  var e = bv, t = kv, n = _v, o = Sv, i = {}, s = jr("start", "drag", "end"), r = 0, a, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", m).filter(o).on("touchstart.drag", b).on("touchmove.drag", k, yv).on("touchend.drag touchcancel.drag", I).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(v, B) {
    if (!(c || !e.call(this, v, B))) {
      var X = y(this, t.call(this, v, B), v, B, "mouse");
      X && (An(v.view).on("mousemove.drag", S, zn).on("mouseup.drag", g, zn), wv(v.view), Fo(v), u = !1, a = v.clientX, l = v.clientY, X("start", v));
    }
  }
  function S(v) {
    if (sn(v), !u) {
      var B = v.clientX - a, X = v.clientY - l;
      u = B * B + X * X > d;
    }
    i.mouse("drag", v);
  }
  function g(v) {
    An(v.view).on("mousemove.drag mouseup.drag", null), xv(v.view, u), sn(v), i.mouse("end", v);
  }
  function b(v, B) {
    if (e.call(this, v, B)) {
      var X = v.changedTouches, F = t.call(this, v, B), V = X.length, oe, ee;
      for (oe = 0; oe < V; ++oe)
        (ee = y(this, F, v, B, X[oe].identifier, X[oe])) && (Fo(v), ee("start", v, X[oe]));
    }
  }
  function k(v) {
    var B = v.changedTouches, X = B.length, F, V;
    for (F = 0; F < X; ++F)
      (V = i[B[F].identifier]) && (sn(v), V("drag", v, B[F]));
  }
  function I(v) {
    var B = v.changedTouches, X = B.length, F, V;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), F = 0; F < X; ++F)
      (V = i[B[F].identifier]) && (Fo(v), V("end", v, B[F]));
  }
  function y(v, B, X, F, V, oe) {
    var ee = s.copy(), j = _s(oe || X, B), P, re, E;
    if ((E = n.call(v, new si("beforestart", {
      sourceEvent: X,
      target: f,
      identifier: V,
      active: r,
      x: j[0],
      y: j[1],
      dx: 0,
      dy: 0,
      dispatch: ee
    }), F)) != null)
      return P = E.x - j[0] || 0, re = E.y - j[1] || 0, function G(T, Z, R) {
        var O = j, q;
        switch (T) {
          case "start":
            i[V] = G, q = r++;
            break;
          case "end":
            delete i[V], --r;
          case "drag":
            j = _s(R || Z, B), q = r;
            break;
        }
        ee.call(
          T,
          v,
          new si(T, {
            sourceEvent: Z,
            subject: E,
            target: f,
            identifier: V,
            active: q,
            x: j[0] + P,
            y: j[1] + re,
            dx: j[0] - O[0],
            dy: j[1] - O[1],
            dispatch: ee
          }),
          F
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
var Kt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Kt || {});
function Ev({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: s }) {
  const r = e - t, a = n - o, l = [r > 0 ? 1 : r < 0 ? -1 : 0, a > 0 ? 1 : a < 0 ? -1 : 0];
  return r && i && (l[0] = l[0] * -1), a && s && (l[1] = l[1] * -1), l;
}
const Nv = {
  [Kt.Line]: "right",
  [Kt.Handle]: "bottom-right"
}, Mv = {
  [Kt.Line]: "borderColor",
  [Kt.Handle]: "backgroundColor"
}, Cv = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, $s = /* @__PURE__ */ Ue({
  ...Cv,
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
    const m = qe(() => n.position ?? Nv[n.variant]), S = te(() => m.value.split("-")), g = qe(() => n.color ? { [Mv[n.variant]]: n.color } : {});
    return ca((b) => {
      if (!c.value || !n.nodeId)
        return;
      const k = An(c.value), I = m.value.includes("right") || m.value.includes("left"), y = m.value.includes("bottom") || m.value.includes("top"), v = m.value.includes("left"), B = m.value.includes("top"), X = $v().on("start", (F) => {
        const V = s(n.nodeId), { xSnapped: oe, ySnapped: ee } = u(F);
        f = {
          width: (V == null ? void 0 : V.dimensions.width) ?? 0,
          height: (V == null ? void 0 : V.dimensions.height) ?? 0,
          x: (V == null ? void 0 : V.position.x) ?? 0,
          y: (V == null ? void 0 : V.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: oe,
          pointerY: ee,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: F, params: f });
      }).on("drag", (F) => {
        var V;
        const { xSnapped: oe, ySnapped: ee } = u(F), j = s(n.nodeId);
        if (j) {
          const P = [], {
            pointerX: re,
            pointerY: E,
            width: G,
            height: T,
            x: Z,
            y: R,
            aspectRatio: O
          } = d, { x: q, y: ie, width: he, height: we } = f, xe = Math.floor(I ? oe - re : 0), ae = Math.floor(y ? ee - E : 0);
          let ne = St(G + (v ? -xe : xe), n.minWidth, n.maxWidth), le = St(T + (B ? -ae : ae), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const be = ne / le;
            let _ = O;
            typeof n.keepAspectRatio == "number" && be !== n.keepAspectRatio && (_ = n.keepAspectRatio);
            const x = I && y, $ = I && !y, z = y && !I;
            ne = be <= _ && x || z ? le * _ : ne, le = be > _ && x || $ ? ne / _ : le, ne >= n.maxWidth ? (ne = n.maxWidth, le = n.maxWidth / _) : ne <= n.minWidth && (ne = n.minWidth, le = n.minWidth / _), le >= n.maxHeight ? (le = n.maxHeight, ne = n.maxHeight * _) : le <= n.minHeight && (le = n.minHeight, ne = n.minHeight * _);
          }
          const Pe = ne !== he, De = le !== we;
          if (v || B) {
            const be = v ? Z - (ne - G) : Z, _ = B ? R - (le - T) : R, x = be !== q && Pe, $ = _ !== ie && De;
            if (x || $) {
              const z = {
                id: j.id,
                type: "position",
                from: j.position,
                position: {
                  x: x ? be : q,
                  y: $ ? _ : ie
                }
              };
              P.push(z), f.x = z.position.x, f.y = z.position.y;
            }
          }
          if (n.nodeId && (Pe || De)) {
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
            P.push(be), f.width = ne, f.height = le;
          }
          if (P.length === 0)
            return;
          const $e = Ev({
            width: f.width,
            prevWidth: he,
            height: f.height,
            prevHeight: we,
            invertX: v,
            invertY: B
          }), Oe = { ...f, direction: $e };
          if (((V = n.shouldResize) == null ? void 0 : V.call(n, F, Oe)) === !1)
            return;
          t("resize", { event: F, params: Oe }), r.nodesChange(P);
        }
      }).on("end", (F) => {
        if (n.nodeId) {
          const V = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: F, params: f }), r.nodesChange([V]);
        }
      });
      k.call(X), b(() => {
        k.on(".drag", null);
      });
    }), (b, k) => (C(), D("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: He(["vue-flow__resize-control", [...S.value, b.variant, H(l)]]),
      style: Ve({
        ...g.value,
        scale: b.variant === H(Kt).Handle ? `${Math.max(1 / H(a).zoom, 1)}` : void 0
      })
    }, [
      it(b.$slots, "default")
    ], 6));
  }
}), Iv = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Pv = /* @__PURE__ */ Ue({
  ...Iv,
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
          const b = {
            id: g.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: g.dimensions.width,
              height: g.dimensions.height
            }
          };
          c && g.dimensions.width < c && (b.dimensions.width = c), d && g.dimensions.height < d && (b.dimensions.height = d), f && g.dimensions.width > f && (b.dimensions.width = f), m && g.dimensions.height > m && (b.dimensions.height = m), (b.dimensions.width !== g.dimensions.width || b.dimensions.height !== g.dimensions.height) && i.nodesChange([b]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (C(), D(Ce, { key: 0 }, [
      (C(), D(Ce, null, Ye(r, (f) => pe($s, {
        key: f,
        class: He(c.lineClassName),
        style: Ve(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: H(Kt).Line,
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
      (C(), D(Ce, null, Ye(s, (f) => pe($s, {
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
}), Tv = ["data-id", "data-kind", "data-sub"], Av = {
  key: 4,
  class: "mx-others"
}, zv = { class: "mx-head" }, Dv = { class: "mx-kind" }, Ov = { class: "mx-tools nodrag" }, Rv = { class: "mx-body" }, Bv = { class: "mx-thread-title" }, Lv = { class: "mx-comment-meta" }, Vv = ["onClick"], Hv = { class: "mx-comment-text" }, Fv = {
  key: 0,
  class: "mx-empty"
}, Yv = ["onKeydown"], jt = {
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
      const b = g.params || {};
      o("move", { moves: [{ id: t.data.id, x: b.x, y: b.y, w: b.width, h: b.height }] });
    }
    return (g, b) => (C(), D("div", {
      class: He(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: Ve({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (C(), Ge(H(Pv), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: H(wn),
        onResizeEnd: S
      }, null, 8, ["min-width", "min-height", "color"])) : ce("", !0),
      e.target ? (C(), Ge(H(Pt), {
        key: 1,
        id: "in",
        type: "target",
        position: H(ge).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : ce("", !0),
      e.source ? (C(), Ge(H(Pt), {
        key: 2,
        type: "source",
        position: H(ge).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : ce("", !0),
      e.data.kind === "intent" ? (C(), D(Ce, { key: 3 }, [
        pe(H(Pt), {
          id: "seq-in",
          type: "target",
          position: H(ge).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        pe(H(Pt), {
          id: "seq-out",
          type: "source",
          position: H(ge).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : ce("", !0),
      u.value.length ? (C(), D("div", Av, [
        (C(!0), D(Ce, null, Ye(u.value, (k) => (C(), D("span", {
          key: k.id,
          class: "mx-other-tag",
          style: Ve({ background: k.color })
        }, U(k.name), 5))), 128))
      ])) : ce("", !0),
      N("header", zv, [
        pe(Te, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        it(g.$slots, "kind", {}, () => [
          N("span", Dv, U(e.kindLabel), 1)
        ]),
        b[6] || (b[6] = N("span", { class: "mx-spacer" }, null, -1)),
        it(g.$slots, "head"),
        a.value ? (C(), D("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: ke(f, ["stop"]),
          title: "Comments"
        }, [
          pe(Te, {
            name: "comment",
            size: 11
          }),
          ze(U(a.value), 1)
        ])) : ce("", !0),
        N("div", Ov, [
          N("button", {
            title: "Comment",
            onClick: ke(f, ["stop"])
          }, [
            pe(Te, {
              name: "comment",
              size: 13
            })
          ]),
          N("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: b[0] || (b[0] = ke((k) => H(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            pe(Te, {
              name: "copy",
              size: 13
            })
          ]),
          N("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: b[1] || (b[1] = ke((k) => H(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            pe(Te, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      N("div", Rv, [
        it(g.$slots, "default")
      ]),
      it(g.$slots, "foot"),
      l.value ? (C(), D("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: b[4] || (b[4] = ke(() => {
        }, ["stop"])),
        onKeydown: b[5] || (b[5] = ke(() => {
        }, ["stop"]))
      }, [
        N("div", Bv, [
          b[7] || (b[7] = ze("Comments ")),
          N("button", {
            class: "mx-x",
            onClick: b[2] || (b[2] = (k) => H(n).openComments = null)
          }, [
            pe(Te, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (C(!0), D(Ce, null, Ye(r.value, (k) => (C(), D("div", {
          key: k.id,
          class: He(["mx-comment", { resolved: k.resolved }])
        }, [
          N("div", Lv, [
            N("b", null, U(k.author), 1),
            N("span", null, U(H(Mo)(k.created)), 1),
            N("button", {
              class: "mx-resolve",
              onClick: (I) => H(o)("resolve", { id: k.id, resolved: !k.resolved })
            }, U(k.resolved ? "reopen" : "resolve"), 9, Vv)
          ]),
          N("div", Hv, U(k.text), 1)
        ], 2))), 128)),
        r.value.length ? ce("", !0) : (C(), D("div", Fv, "No comments yet.")),
        rn(N("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": b[3] || (b[3] = (k) => c.value = k),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: xt(ke(m, ["exact", "prevent"]), ["enter"])
        }, null, 40, Yv), [
          [Sn, c.value]
        ])
      ], 32)) : ce("", !0)
    ], 14, Tv));
  }
}, Xv = ["value", "rows", "placeholder", "data-field"], qv = ["value", "placeholder", "data-field"], Es = 450, Yt = {
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
      const g = o.value, b = g && document.activeElement === g;
      if (b && (r || Date.now() - a < Es)) {
        l = S, setTimeout(() => {
          if (l !== null) {
            const I = l;
            l = null, f(I);
          }
        }, Es);
        return;
      }
      if (l = null, S === i.value) {
        s = S;
        return;
      }
      let k = b ? g.selectionStart : null;
      if (k !== null) {
        let I = 0;
        const y = i.value;
        for (; I < y.length && I < S.length && y[I] === S[I]; ) I++;
        I < k && (k += S.length - y.length);
      }
      i.value = S, s = S, k !== null && requestAnimationFrame(() => {
        try {
          g.setSelectionRange(k, k);
        } catch {
        }
      });
    }
    function m() {
      r && (clearTimeout(r), u());
    }
    return Ie(() => t.value, (S) => f(S || "")), Zt(() => {
      r && (clearTimeout(r), u());
    }), (S, g) => e.multiline ? (C(), D("textarea", {
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
    }, null, 42, Xv)) : (C(), D("input", {
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
        g[2] || (g[2] = xt((b) => b.target.blur(), ["enter"]))
      ],
      onBlur: m,
      "data-field": e.field
    }, null, 42, qv));
  }
}, Gv = { class: "mx-panel-ids" }, Uv = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, Wv = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, Kv = { class: "lens" }, Zv = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, jv = ["value"], Jv = ["value"], Qv = { class: "of" }, eg = ["data-choice"], tg = { class: "k" }, ng = { class: "mx-chips" }, og = ["data-value", "onClick"], ig = { class: "k" }, sg = {
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
    return (l, u) => (C(), D("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = ke(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = ke(() => {
      }, ["stop"]))
    }, [
      N("div", Gv, [
        N("label", null, [
          u[6] || (u[6] = N("span", null, "sc", -1)),
          pe(Yt, {
            "block-id": e.id,
            field: "scene_no",
            value: e.data.scene_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        N("label", null, [
          u[7] || (u[7] = N("span", null, "sh", -1)),
          pe(Yt, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (C(), D("label", Uv, [
          u[8] || (u[8] = N("span", null, "#", -1)),
          N("b", Wv, U(e.shot.number), 1)
        ])) : ce("", !0),
        N("label", Kv, [
          u[9] || (u[9] = N("span", null, "lens", -1)),
          pe(Yt, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (C(), D("div", Zv, [
        u[14] || (u[14] = N("span", { class: "k" }, "cut", -1)),
        N("label", null, [
          u[10] || (u[10] = ze("in ")),
          N("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => r("in", c)),
            onKeydown: u[1] || (u[1] = ke(() => {
            }, ["stop"]))
          }, null, 40, jv),
          u[11] || (u[11] = ze("s"))
        ]),
        N("label", null, [
          u[12] || (u[12] = ze("out ")),
          N("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => r("out", c)),
            onKeydown: u[3] || (u[3] = ke(() => {
            }, ["stop"]))
          }, null, 40, Jv),
          u[13] || (u[13] = ze("s"))
        ]),
        N("span", Qv, "of " + U(e.shot.duration_s) + "s (" + U(e.shot.duration_from) + ")", 1)
      ])) : ce("", !0),
      (C(), D(Ce, null, Ye(i, (c) => N("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        N("span", tg, U(c.label), 1),
        N("div", ng, [
          (C(!0), D(Ce, null, Ye((H(n).choices[c.field] || []).filter((d) => d), (d) => (C(), D("button", {
            key: d,
            class: He({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: ke((f) => a(c.field, d), ["stop"])
          }, U(d), 11, og))), 128))
        ])
      ], 8, eg)), 64)),
      (C(), D(Ce, null, Ye(s, (c) => N("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        N("span", ig, U(c.label), 1),
        pe(Yt, {
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
  return Zt(() => {
    i && cancelAnimationFrame(i);
  }), { t, dur: n, playing: o, onPlay: r, onPause: a, scrubDown: u, fmt: ri };
}
const rg = ["title"], ag = { class: "mx-scrub-track" }, lg = { "data-role": "time" }, Qr = {
  __name: "ScrubControls",
  props: { t: Number, dur: Number, playing: Boolean, withPlay: { type: Boolean, default: !0 } },
  emits: ["toggle", "scrub"],
  setup(e) {
    return (t, n) => (C(), D(Ce, null, [
      e.withPlay ? (C(), D("button", {
        key: 0,
        class: "mx-clip-btn",
        "data-role": "play",
        title: e.playing ? "Pause" : "Play",
        onClick: n[0] || (n[0] = ke((o) => t.$emit("toggle"), ["stop"]))
      }, [
        pe(Te, {
          name: e.playing ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, rg)) : ce("", !0),
      N("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: n[1] || (n[1] = ke((o) => t.$emit("scrub", o), ["stop"]))
      }, [
        N("div", ag, [
          N("i", {
            style: Ve({ width: e.dur ? `${e.t / e.dur * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      N("span", lg, U(H(ri)(e.t)) + " / " + U(H(ri)(e.dur)), 1)
    ], 64));
  }
}, ug = ["src", "poster", "loop", "muted", "data-role"], cg = {
  key: 0,
  class: "mx-clip-big",
  "aria-hidden": "true"
}, dg = {
  key: 0,
  class: "mx-scrub nodrag"
}, fg = ["data-muted", "title"], Co = {
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
      const k = n.value;
      if (!k) return;
      k.preload = "auto", k.muted = u.value;
      const I = k.play();
      I && I.catch && I.catch(() => {
      });
    }
    function d() {
      const k = n.value;
      k && k.pause();
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
    function b(k) {
      i.value = k.target.duration || 0, k.target.muted = u.value;
    }
    return (k, I) => (C(), D("div", {
      class: He(["mx-clip", { playing: H(s), "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: m,
      onPointerleave: S
    }, [
      N("div", {
        class: "mx-clip-pic",
        onClick: I[3] || (I[3] = (y) => e.sound && f())
      }, [
        N("video", {
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
          onLoadedmetadata: b,
          onPlay: I[0] || (I[0] = (...y) => H(r) && H(r)(...y)),
          onPause: I[1] || (I[1] = (...y) => H(a) && H(a)(...y)),
          onEnded: I[2] || (I[2] = (...y) => H(a) && H(a)(...y))
        }, null, 40, ug),
        e.sound && !H(s) ? (C(), D("span", cg, [
          pe(Te, {
            name: "play",
            size: 22
          })
        ])) : ce("", !0)
      ]),
      e.scrub || e.sound ? (C(), D("div", dg, [
        pe(Qr, {
          t: H(o),
          dur: H(i),
          playing: H(s),
          "with-play": e.sound,
          onToggle: f,
          onScrub: H(l)
        }, null, 8, ["t", "dur", "playing", "with-play", "onScrub"]),
        e.sound ? (C(), D("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": u.value ? "1" : "0",
          title: u.value ? "Sound on" : "Mute",
          onClick: ke(g, ["stop"])
        }, [
          pe(Te, {
            name: u.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, fg)) : ce("", !0)
      ])) : ce("", !0)
    ], 34));
  }
}, hg = ["data-runs", "title"], mg = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, pg = { class: "mx-status-text" }, vg = {
  key: 0,
  class: "mx-pct",
  "data-role": "pct"
}, gg = {
  key: 0,
  class: "mx-progress"
}, yg = { class: "mx-intent-main" }, wg = { class: "mx-intent-text" }, xg = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, bg = ["src"], kg = {
  key: 1,
  class: "mx-thumb"
}, _g = ["src"], Sg = ["title", "data-in", "data-out", "data-duration"], $g = ["data-locked", "title"], Eg = { class: "bar" }, Ng = { class: "mx-foot nodrag" }, Mg = ["title"], Cg = {
  key: 1,
  class: "mx-subs"
}, Ig = ["title", "onClick"], Pg = ["title"], Tg = ["value", "disabled"], Ag = {
  key: 3,
  class: "mx-grow"
}, zg = ["data-pipeline", "onClick"], Dg = { class: "mx-pipe-name" }, Og = { key: 0 }, Rg = { class: "mx-pipe-stages" }, Bg = { key: 0 }, Lg = {
  key: 0,
  class: "mx-pipe-desc"
}, Vg = { class: "mx-pipe-name" }, Hg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, s = te(() => t.data.status || { state: "idle", label: "idle" }), r = te(() => Tt[s.value.state] || Tt.idle), a = te(() => vs[s.value.state] || vs.idle), l = te(() => {
      const R = s.value.label || s.value.state;
      return R.startsWith(s.value.state) ? R : `${s.value.state} · ${R}`;
    }), u = te(() => `${Math.round((s.value.fraction || 0) * 100)}%`), c = te(() => P.value && s.value.fraction !== void 0), d = Se(!1);
    Ie(() => s.value.state, (R) => {
      R !== "failed" && (d.value = !1);
    });
    const f = Se(!1), m = te(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), S = te(() => n.pipelines.list.find((R) => R.name === m.value) || null);
    function g() {
      f.value = !f.value, f.value && o("pipelines");
    }
    function b(R) {
      f.value = !1, o("pipeline", { id: t.id, name: R });
    }
    const k = te(() => n.shots[t.id] || null), I = te(() => {
      var R;
      return ((R = k.value) == null ? void 0 : R.duration_from) === "directive";
    }), y = te(() => k.value ? k.value.number : "—"), v = te(() => {
      const R = k.value;
      if (!R) return "";
      const O = R.cut_in > 0 || R.cut_out < R.duration_s;
      return `in ${B(R.cut_in)} · out ${B(R.cut_out)} of ${B(R.duration_s)}${O ? " (handles kept)" : ""}`;
    });
    function B(R) {
      return `${Math.round(R * 100) / 100}s`;
    }
    function X() {
      k.value && o("lock", { id: t.id, locked: !k.value.locked });
    }
    const F = Se(null);
    function V(R) {
      if (R.button !== 0) return;
      R.preventDefault(), R.stopPropagation();
      const O = { x: R.clientX, y: R.clientY };
      let q = !1;
      const ie = (we) => {
        if (!q && Math.hypot(we.clientX - O.x, we.clientY - O.y) < 4) return;
        q = !0;
        const xe = oe(we);
        F.value = { x: we.clientX, y: we.clientY, target: xe ? xe.id : "", before: xe ? xe.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ae) => ae.classList.remove("mx-seq-drop", "before", "after")), xe && xe.el.classList.add("mx-seq-drop", xe.before ? "before" : "after");
      }, he = (we) => {
        if (window.removeEventListener("pointermove", ie), window.removeEventListener("pointerup", he), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ne) => ne.classList.remove("mx-seq-drop", "before", "after")), F.value = null, !q) return;
        const xe = oe(we);
        if (!xe) return;
        let ae = xe.id;
        if (xe.before) {
          const ne = n.sequence.filter((Pe) => Pe !== t.id), le = ne.indexOf(xe.id);
          ae = le > 0 ? ne[le - 1] : null;
        }
        ae !== t.id && o("place_after", { id: t.id, after: ae });
      };
      window.addEventListener("pointermove", ie), window.addEventListener("pointerup", he);
    }
    function oe(R) {
      var ie;
      const O = (ie = document.elementFromPoint(R.clientX, R.clientY)) == null ? void 0 : ie.closest('.mx-block[data-kind="intent"][data-id]');
      if (!O || O.dataset.id === t.id) return null;
      const q = O.getBoundingClientRect();
      return { el: O, id: O.dataset.id, before: R.clientX < q.left + q.width / 2 };
    }
    const ee = te(() => {
      const R = t.data.takes || [], O = t.data.chosen || {};
      return R.find((q) => q.id === O.clip) || R.find((q) => q.id === O.still) || null;
    }), j = te(() => {
      const R = (t.data.takes || []).find((O) => O.id === (t.data.chosen || {}).still);
      return R && !(R.mime || "").startsWith("video") ? R.url : "";
    }), P = te(() => ["queued", "claimed", "rendering"].includes(s.value.state));
    function re(R) {
      const O = n.sequence.indexOf(t.id);
      O < 0 || o("reorder", { id: t.id, index: Math.max(0, O + R) });
    }
    const E = Se(!1), G = Xe();
    Ie(E, (R) => {
      R && tt(() => {
        const O = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), q = document.querySelector(".vue-flow");
        if (!O || !q) return;
        const ie = O.getBoundingClientRect().bottom - q.getBoundingClientRect().bottom + 16;
        if (ie > 0) {
          const he = G.viewport.value;
          G.setViewport({ x: he.x, y: he.y - ie, zoom: he.zoom }, { duration: 200 });
        }
      });
    });
    const T = te(() => {
      const R = t.data, O = k.value ? k.value.number : "";
      return [[R.scene_no && `sc ${R.scene_no}`, O && `sh ${O}`].filter(Boolean).join(" "), R.shot_size, R.angle, R.camera_move, R.lens, R.transition].filter(Boolean).join(" · ");
    });
    function Z(R) {
      const O = parseFloat(R.target.value);
      Number.isFinite(O) && o("update", { id: t.id, fields: { duration_s: O } });
    }
    return (R, O) => (C(), Ge(jt, {
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
        N("button", {
          class: He(["mx-pipe-chip nodrag", { on: f.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": m.value,
          title: S.value ? `Runs the ${m.value} pipeline: ${S.value.stages.join(" → ")}. Click to pick another` : `Runs ${m.value}`,
          onClick: ke(g, ["stop"])
        }, [
          N("span", null, U(m.value), 1),
          pe(Te, {
            name: "down",
            size: 10
          })
        ], 10, hg)
      ]),
      head: We(() => [
        N("span", mg, [
          N("button", {
            onClick: O[0] || (O[0] = ke((q) => re(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            pe(Te, {
              name: "left",
              size: 11
            })
          ]),
          N("b", {
            "data-role": "shot-number",
            class: He({ locked: k.value && k.value.locked }),
            onPointerdown: V
          }, U(y.value), 35),
          N("button", {
            onClick: O[1] || (O[1] = ke((q) => re(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            pe(Te, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (C(), Ge(ui(s.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: Ve({ color: a.value }),
          title: s.value.state === "failed" ? "Why it failed" : [l.value, s.value.peer && `on ${s.value.peer}`, s.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": s.value.state,
          onClick: O[2] || (O[2] = ke((q) => s.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: We(() => [
            N("i", {
              class: "mx-dot",
              style: Ve({ background: s.value.state === "idle" ? a.value : r.value })
            }, null, 4),
            N("span", pg, U(l.value), 1),
            c.value ? (C(), D("b", vg, U(u.value), 1)) : ce("", !0),
            s.value.state === "failed" ? (C(), Ge(Te, {
              key: 1,
              name: "info",
              size: 11
            })) : ce("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: We(() => [
        N("footer", Ng, [
          P.value && s.value.peer ? (C(), D("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${s.value.peer}`
          }, [
            O[13] || (O[13] = ze("on ")),
            N("b", null, U(s.value.peer), 1)
          ], 8, Mg)) : (C(), D("div", Cg, [
            (C(), D(Ce, null, Ye(i, (q, ie) => N("button", {
              key: ie,
              class: He({ on: e.data.sub === ie }),
              title: ie,
              onClick: ke((he) => H(o)("update", { id: e.id, fields: { sub: ie } }), ["stop"])
            }, [
              pe(Te, {
                name: q,
                size: 12
              }, null, 8, ["name"])
            ], 10, Ig)), 64))
          ])),
          P.value && s.value.peer ? ce("", !0) : (C(), D("label", {
            key: 2,
            class: "mx-dur",
            "data-role": "duration",
            title: I.value ? "Set by a duration directive attached to this intent" : "Duration in seconds"
          }, [
            N("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: I.value ? k.value.duration_s : e.data.duration_s,
              disabled: I.value,
              onChange: Z,
              onKeydown: O[4] || (O[4] = ke(() => {
              }, ["stop"]))
            }, null, 40, Tg),
            O[14] || (O[14] = ze("s "))
          ], 8, Pg)),
          N("button", {
            class: He(["mx-panel-toggle", { on: E.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: O[5] || (O[5] = ke((q) => E.value = !E.value, ["stop"]))
          }, [
            pe(Te, {
              name: "film",
              size: 12
            })
          ], 2),
          P.value && s.value.peer ? ce("", !0) : (C(), D("span", Ag)),
          P.value ? (C(), D("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: O[6] || (O[6] = ke((q) => H(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            pe(Te, {
              name: "square",
              size: 10
            }),
            O[15] || (O[15] = ze("Cancel"))
          ])) : (C(), D("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: O[7] || (O[7] = ke((q) => H(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            pe(Te, {
              name: "play",
              size: 11
            }),
            O[16] || (O[16] = ze("Render"))
          ]))
        ]),
        s.value.state === "failed" && d.value ? (C(), D("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: O[9] || (O[9] = ke(() => {
          }, ["stop"]))
        }, [
          N("b", null, U(s.value.stage ? `${s.value.stage} failed` : "failed"), 1),
          ze(U(s.value.reason) + " ", 1),
          N("button", {
            class: "mx-x",
            title: "Close",
            onClick: O[8] || (O[8] = ke((q) => d.value = !1, ["stop"]))
          }, [
            pe(Te, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : ce("", !0),
        f.value ? (C(), D("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: O[11] || (O[11] = ke(() => {
          }, ["stop"])),
          onWheel: O[12] || (O[12] = ke(() => {
          }, ["stop"]))
        }, [
          O[18] || (O[18] = N("div", { class: "mx-pipes-title" }, [
            ze("Pipeline "),
            N("span", null, "what rendering this intent makes")
          ], -1)),
          (C(!0), D(Ce, null, Ye(H(n).pipelines.list, (q) => (C(), D("button", {
            key: q.name,
            class: He(["mx-pipe", { on: q.name === m.value }]),
            "data-pipeline": q.name,
            onClick: ke((ie) => b(q.name), ["stop"])
          }, [
            N("span", Dg, [
              ze(U(q.name), 1),
              q.name === H(n).pipelines.defaults[e.data.sub] ? (C(), D("i", Og, "default for " + U(e.data.sub), 1)) : ce("", !0)
            ]),
            N("span", Rg, [
              ze(U(q.needs.join(" → ")), 1),
              q.optional.length ? (C(), D("i", Bg, "+ " + U(q.optional.join(", ")) + " when linked", 1)) : ce("", !0)
            ]),
            q.description ? (C(), D("span", Lg, U(q.description), 1)) : ce("", !0),
            H(n).pipelines.live ? (C(), D("span", {
              key: 1,
              class: He(["mx-pipe-who", { none: !q.runnable_by.length }])
            }, U(q.runnable_by.length ? `runs on ${q.runnable_by.join(", ")}` : `no live machine runs ${q.needs.join(" + ")}`), 3)) : ce("", !0)
          ], 10, zg))), 128)),
          e.data.pipeline ? (C(), D("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: O[10] || (O[10] = ke((q) => {
              H(o)("pipeline", { id: e.id, name: "" }), f.value = !1;
            }, ["stop"]))
          }, [
            N("span", Vg, [
              O[17] || (O[17] = ze("back to the default")),
              N("i", null, U(H(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : ce("", !0)
        ], 32)) : ce("", !0),
        E.value ? (C(), Ge(sg, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: k.value
        }, null, 8, ["id", "data", "shot"])) : ce("", !0),
        (C(), Ge(da, { to: "body" }, [
          F.value ? (C(), D("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: Ve({ left: `${F.value.x + 12}px`, top: `${F.value.y + 12}px` })
          }, [
            ze(" shot " + U(y.value), 1),
            F.value.target ? (C(), D(Ce, { key: 0 }, [
              ze(" · " + U(F.value.before ? "before" : "after"), 1)
            ], 64)) : ce("", !0)
          ], 4)) : ce("", !0)
        ]))
      ]),
      default: We(() => [
        s.value.fraction !== void 0 && s.value.state !== "idle" ? (C(), D("div", gg, [
          N("div", {
            style: Ve({ width: `${Math.round((s.value.fraction || 0) * 100)}%`, background: r.value })
          }, null, 4)
        ])) : ce("", !0),
        N("div", yg, [
          N("div", wg, [
            pe(Yt, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            pe(Yt, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            T.value ? (C(), D("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: O[3] || (O[3] = ke((q) => E.value = !E.value, ["stop"]))
            }, U(T.value), 1)) : ce("", !0)
          ]),
          s.value.state === "rendering" && s.value.thumb ? (C(), D("div", xg, [
            N("img", {
              src: s.value.thumb,
              alt: ""
            }, null, 8, bg)
          ])) : ee.value ? (C(), D("div", kg, [
            (ee.value.mime || "").startsWith("video") ? (C(), Ge(Co, {
              key: 0,
              src: ee.value.url,
              poster: j.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (C(), D("img", {
              key: 1,
              src: ee.value.url,
              alt: ""
            }, null, 8, _g))
          ])) : ce("", !0)
        ]),
        k.value ? (C(), D("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: v.value,
          "data-in": k.value.cut_in,
          "data-out": k.value.cut_out,
          "data-duration": k.value.duration_s
        }, [
          N("button", {
            class: He(["mx-lock", { on: k.value.locked }]),
            "data-role": "lock",
            "data-locked": k.value.locked ? "true" : "false",
            title: k.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: ke(X, ["stop"])
          }, [
            pe(Te, {
              name: k.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, $g),
          N("div", Eg, [
            N("i", {
              style: Ve({ left: `${k.value.cut_in / k.value.duration_s * 100}%`, width: `${(k.value.cut_out - k.value.cut_in) / k.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          N("span", null, [
            ze(U(B(k.value.cut_in)) + "–" + U(B(k.value.cut_out)), 1),
            k.value.edit_s !== k.value.duration_s ? (C(), D(Ce, { key: 0 }, [
              ze(" / " + U(B(k.value.duration_s)), 1)
            ], 64)) : ce("", !0)
          ])
        ], 8, Sg)) : ce("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
}, Fg = ["src"], Yg = {
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
    return (c, d) => (C(), D("div", {
      class: He(["mx-audio nodrag", { playing: H(i) }]),
      "data-role": "voice-player"
    }, [
      N("audio", {
        ref_key: "audio",
        ref: t,
        src: e.src,
        preload: "metadata",
        onLoadedmetadata: u,
        onPlay: d[0] || (d[0] = (...f) => H(s) && H(s)(...f)),
        onPause: d[1] || (d[1] = (...f) => H(r) && H(r)(...f)),
        onEnded: d[2] || (d[2] = (...f) => H(r) && H(r)(...f))
      }, null, 40, Fg),
      pe(Qr, {
        t: H(n),
        dur: H(o),
        playing: H(i),
        onToggle: l,
        onScrub: H(a)
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
const Xg = {
  key: 0,
  class: "mx-comp-clip"
}, qg = ["src"], Gg = {
  key: 2,
  class: "mx-drop-hint"
}, Ug = {
  key: 2,
  class: "mx-voice nodrag"
}, Wg = { class: "k" }, Kg = ["value", "onChange"], Zg = ["onClick"], jg = { class: "mx-kv add" }, Jg = { id: "mx-directive-keys" }, Qg = ["value"], ey = {
  key: 4,
  class: "mx-reason"
}, ty = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, s = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, r = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], a = te(() => Object.entries(t.data.params || {})), l = Se(""), u = Se(""), c = Se(!1), d = Se(null), f = Se("");
    function m(y, v) {
      const B = { ...t.data.params || {} };
      v === null ? delete B[y] : B[y] = v, o("update", { id: t.id, fields: { params: B } });
    }
    function S() {
      l.value.trim() && (m(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function g(y) {
      c.value = !1;
      const v = y.dataTransfer && y.dataTransfer.files && y.dataTransfer.files[0];
      v && (y.preventDefault(), y.stopPropagation(), await b(v));
    }
    async function b(y) {
      f.value = "";
      try {
        await ea(n.token, y, { block: t.id });
      } catch (v) {
        f.value = String(v.message || v);
      }
    }
    function k(y) {
      const v = y.target.files[0];
      v && b(v);
    }
    async function I() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const y = await navigator.mediaDevices.getUserMedia({ audio: !0 }), v = new MediaRecorder(y), B = [];
        v.ondataavailable = (X) => B.push(X.data), v.onstop = () => {
          y.getTracks().forEach((X) => X.stop()), d.value = null, b(new Blob(B, { type: v.mimeType || "audio/webm" }));
        }, v.start(), d.value = v;
      } catch (y) {
        f.value = "microphone unavailable: " + (y.message || y);
      }
    }
    return (y, v) => (C(), Ge(jt, {
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
        e.data.sub === "image" || e.data.sub === "clip" ? (C(), D("div", {
          key: 0,
          class: He(["mx-drop nodrag", { over: c.value }]),
          onDragover: v[0] || (v[0] = ke((B) => c.value = !0, ["prevent", "stop"])),
          onDragleave: v[1] || (v[1] = (B) => c.value = !1),
          onDrop: g
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (C(), D("div", Xg, [
            pe(Co, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (C(), D("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, qg)) : (C(), D("label", Gg, [
            pe(Te, {
              name: "upload",
              size: 18
            }),
            v[5] || (v[5] = N("span", null, [
              ze("Drop an image or "),
              N("u", null, "choose")
            ], -1)),
            N("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: k
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (C(), Ge(Yt, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (C(), D("div", Ug, [
          N("button", {
            class: He(["mx-rec", { live: d.value }]),
            onClick: ke(I, ["stop"])
          }, [
            pe(Te, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            ze(U(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (C(), Ge(Yg, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : ce("", !0)
        ])) : e.data.sub === "directive" ? (C(), D("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: v[4] || (v[4] = ke(() => {
          }, ["stop"]))
        }, [
          (C(!0), D(Ce, null, Ye(a.value, ([B, X]) => (C(), D("div", {
            key: B,
            class: "mx-kv"
          }, [
            N("span", Wg, U(B), 1),
            N("input", {
              class: "v",
              value: X,
              onChange: (F) => m(B, F.target.value)
            }, null, 40, Kg),
            N("button", {
              onClick: ke((F) => m(B, null), ["stop"])
            }, [
              pe(Te, {
                name: "x",
                size: 11
              })
            ], 8, Zg)
          ]))), 128)),
          N("div", jg, [
            rn(N("input", {
              class: "k",
              "onUpdate:modelValue": v[2] || (v[2] = (B) => l.value = B),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: xt(S, ["enter"])
            }, null, 544), [
              [Sn, l.value]
            ]),
            rn(N("input", {
              class: "v",
              "onUpdate:modelValue": v[3] || (v[3] = (B) => u.value = B),
              placeholder: "value",
              onKeydown: xt(S, ["enter"])
            }, null, 544), [
              [Sn, u.value]
            ]),
            N("button", {
              onClick: ke(S, ["stop"])
            }, [
              pe(Te, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          N("datalist", Jg, [
            (C(), D(Ce, null, Ye(r, (B) => N("option", {
              key: B,
              value: B
            }, null, 8, Qg)), 64))
          ])
        ], 32)) : ce("", !0),
        f.value ? (C(), D("div", ey, U(f.value), 1)) : ce("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, ny = {
  key: 0,
  class: "mx-chosen",
  title: "The chosen take",
  "data-role": "chosen"
}, oy = { class: "mx-media-box" }, iy = ["src"], sy = {
  key: 2,
  class: "mx-empty"
}, ry = { class: "mx-foot nodrag" }, ay = {
  key: 0,
  class: "mx-takes"
}, ly = ["title"], uy = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = $t(), o = te(() => t.data.takes || [t.id]), i = te(() => Math.max(0, o.value.indexOf(t.id))), s = te(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function r(a) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + a + l) % l] });
    }
    return (a, l) => (C(), Ge(jt, {
      data: e.data,
      selected: e.selected,
      icon: s.value ? "film" : "image",
      "kind-label": `gen.art · ${e.data.stage || e.data.sub}`,
      edge: "#64ffda",
      source: "",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 130
    }, {
      head: We(() => [
        e.data.chosen ? (C(), D("span", ny, [
          pe(Te, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = ze("chosen"))
        ])) : ce("", !0)
      ]),
      foot: We(() => [
        N("footer", ry, [
          o.value.length > 1 ? (C(), D("span", ay, [
            N("button", {
              onClick: l[0] || (l[0] = ke((u) => r(-1), ["stop"])),
              title: "Previous take"
            }, [
              pe(Te, {
                name: "left",
                size: 11
              })
            ]),
            ze(" take " + U(i.value + 1) + "/" + U(o.value.length) + " ", 1),
            N("button", {
              onClick: l[1] || (l[1] = ke((u) => r(1), ["stop"])),
              title: "Next take"
            }, [
              pe(Te, {
                name: "right",
                size: 11
              })
            ])
          ])) : ce("", !0),
          e.data.chosen ? ce("", !0) : (C(), D("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = ke((u) => H(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          N("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            ze(U(e.data.width) + "×" + U(e.data.height), 1),
            e.data.duration_s ? (C(), D(Ce, { key: 0 }, [
              ze(" · " + U(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : ce("", !0),
            ze(" · " + U(e.data.peer_name || e.data.peer_id), 1)
          ], 8, ly),
          N("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = ke((u) => H(n)("grow", { id: e.id }), ["stop"]))
          }, [
            pe(Te, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = ze("New intent"))
          ])
        ])
      ]),
      default: We(() => [
        N("div", oy, [
          s.value && e.data.url ? (C(), Ge(Co, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (C(), D("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, iy)) : (C(), D("div", sy, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, cy = { class: "mx-stream nowheel" }, dy = {
  key: 0,
  class: "mx-empty"
}, fy = { class: "mx-machine-head" }, hy = { class: "n" }, my = { class: "bar" }, py = { class: "u" }, vy = { class: "m" }, gy = { class: "t" }, yy = {
  key: 0,
  class: "mx-dim"
}, wy = {
  key: 0,
  class: "mx-empty"
}, xy = { class: "mx-job-head" }, by = { class: "bar" }, ky = { class: "mx-dim" }, _y = {
  key: 0,
  class: "mx-empty"
}, Sy = { class: "n" }, $y = { class: "s" }, Ey = {
  key: 0,
  class: "mx-empty"
}, Ny = { class: "t" }, My = { class: "p" }, Cy = { class: "msg" }, Iy = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = $t(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, s = te(() => (t.data.peer_filter || "").toLowerCase()), r = te(() => n.activity.peers.filter((c) => !s.value || c.id.toLowerCase().includes(s.value) || c.name.toLowerCase().includes(s.value))), a = te(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (C(), Ge(jt, {
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
        N("span", { class: "mx-live" }, [
          N("i"),
          ze("live")
        ], -1)
      ])),
      default: We(() => [
        N("div", cy, [
          e.data.sub === "gpu" ? (C(), D(Ce, { key: 0 }, [
            r.value.length ? ce("", !0) : (C(), D("div", dy, d[1] || (d[1] = [
              ze("No machines on this board yet. Start a peer: "),
              N("code", null, "multiplex up", -1)
            ]))),
            (C(!0), D(Ce, null, Ye(r.value, (f) => (C(), D("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              N("div", fy, [
                N("i", {
                  class: He(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                N("b", null, U(f.name), 1),
                N("span", null, U(f.busy) + "/" + U(f.slots) + " busy" + U(f.paused ? " · paused" : ""), 1)
              ]),
              (C(!0), D(Ce, null, Ye(f.gpus, (m) => (C(), D("div", {
                key: m.index,
                class: "mx-gpu"
              }, [
                N("span", hy, U(m.index), 1),
                N("div", my, [
                  N("div", {
                    style: Ve({ width: `${m.util}%`, background: l(m.util) })
                  }, null, 4)
                ]),
                N("span", py, U(Math.round(m.util)) + "%", 1),
                N("span", vy, U(H(gs)(m.mem_used)) + "/" + U(H(gs)(m.mem_total)), 1),
                N("span", gy, U(m.temp ? `${Math.round(m.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? ce("", !0) : (C(), D("div", yy, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (C(), D(Ce, { key: 1 }, [
            H(n).activity.running.length ? ce("", !0) : (C(), D("div", wy, "Nothing rendering.")),
            (C(!0), D(Ce, null, Ye(H(n).activity.running, (f) => (C(), D("div", {
              key: f.id,
              class: "mx-job"
            }, [
              N("div", xy, [
                N("b", null, U(f.title || f.intent), 1),
                N("span", null, U(f.stage) + " · " + U(f.peer || "—"), 1)
              ]),
              N("div", by, [
                N("div", {
                  style: Ve({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              N("div", ky, U(f.state) + " " + U(Math.round(f.fraction * 100)) + "% " + U(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (C(), D(Ce, { key: 2 }, [
            H(n).activity.queue.length ? ce("", !0) : (C(), D("div", _y, "Queue is empty.")),
            (C(!0), D(Ce, null, Ye(H(n).activity.queue, (f, m) => (C(), D("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              N("span", Sy, U(String(m + 1).padStart(2, "0")), 1),
              N("b", null, U(f.title || f.intent), 1),
              N("span", null, U(f.stage), 1),
              N("span", $y, U(f.state), 1)
            ]))), 128))
          ], 64)) : (C(), D(Ce, { key: 3 }, [
            a.value.length ? ce("", !0) : (C(), D("div", Ey, "Waiting for activity…")),
            (C(!0), D(Ce, null, Ye(a.value, (f, m) => (C(), D("div", {
              key: m,
              class: "mx-logline"
            }, [
              N("span", Ny, U(H(Mo)(f.t)), 1),
              N("span", {
                class: "k",
                style: Ve({ color: u[f.kind] || "#9ca3af" })
              }, U(f.kind), 5),
              N("span", My, U(f.peer), 1),
              N("span", Cy, U(f.stage) + " " + U(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Py = { class: "mx-narrator" }, Ty = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, Ay = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, zy = ["aria-expanded"], Dy = {
  key: 0,
  class: "mx-think-text"
}, Oy = {
  key: 2,
  class: "mx-empty"
}, Ry = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = Se(null), o = Se(!1), i = te(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), s = te(() => (t.data.think || "").trim());
    return Ie(() => t.data.text, () => tt(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (r, a) => (C(), Ge(jt, {
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
        N("span", Py, [
          ze(U(e.data.narrator || "narrator"), 1),
          e.data.updated ? (C(), D(Ce, { key: 0 }, [
            ze(" · " + U(H(Mo)(e.data.updated)), 1)
          ], 64)) : ce("", !0)
        ])
      ]),
      default: We(() => [
        N("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (C(), D("p", Ty, U(e.data.status), 1)) : ce("", !0),
          s.value ? (C(), D("div", Ay, [
            N("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: a[0] || (a[0] = ke((l) => o.value = !o.value, ["stop"]))
            }, U(o.value ? "▾" : "▸") + " reasoning ", 9, zy),
            o.value ? (C(), D("pre", Dy, U(s.value), 1)) : ce("", !0)
          ])) : ce("", !0),
          (C(!0), D(Ce, null, Ye(i.value, (l, u) => (C(), D("p", {
            key: u,
            class: He({ last: u === i.value.length - 1 })
          }, U(l), 3))), 128)),
          i.value.length ? ce("", !0) : (C(), D("p", Oy, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, By = { class: "mx-media-box mx-with-caption" }, Ly = ["src"], Vy = {
  key: 1,
  class: "mx-visual-empty"
}, Hy = {
  class: "mx-caption",
  "data-role": "caption"
}, Fy = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (C(), Ge(jt, {
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
        N("div", Hy, U(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: We(() => [
        N("div", By, [
          e.data.url ? (C(), D("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Ly)) : (C(), D("div", Vy, n[0] || (n[0] = [
            N("span", null, null, -1)
          ])))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Yy = [
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
function Xy(e, t) {
  const n = document.createElement("a");
  n.href = e, n.download = t || "", n.dataset.role = "export-download", n.style.display = "none", document.body.appendChild(n), n.click(), setTimeout(() => n.remove(), 6e4);
}
const qy = {
  class: "mx-meta",
  "data-role": "sequence-length"
}, Gy = { class: "mx-media-box mx-animatic-box" }, Uy = {
  key: 1,
  class: "mx-empty mx-animatic-empty"
}, Wy = ["data-fraction"], Ky = { class: "bar" }, Zy = { class: "mx-foot nodrag" }, jy = ["disabled"], Jy = {
  class: "mx-check",
  title: "Burn the shot number into every frame"
}, Qy = ["data-duration"], e1 = {
  class: "mx-exports nodrag",
  "data-role": "exports"
}, t1 = ["title", "data-kind", "disabled", "onClick"], n1 = {
  key: 0,
  class: "mx-reason",
  "data-role": "export-error"
}, o1 = {
  __name: "AnimaticNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = $t(), o = _n({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = _n({}), s = te(() => Object.values(n.shots)), r = te(() => s.value.reduce((c, d) => c + d.edit_s, 0)), a = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
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
          Xy(d.url, d.filename);
        } catch (d) {
          o.error = String(d.message || d);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, d) => (C(), Ge(jt, {
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
        N("span", qy, U(s.value.length) + " shot" + U(s.value.length === 1 ? "" : "s") + " · " + U(a(r.value)), 1)
      ]),
      foot: We(() => [
        N("footer", Zy, [
          N("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !s.value.length,
            onClick: ke(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            pe(Te, {
              name: "play",
              size: 11
            }),
            ze(U(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, jy),
          N("label", Jy, [
            rn(N("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (f) => o.burnIn = f),
              onKeydown: d[1] || (d[1] = ke(() => {
              }, ["stop"]))
            }, null, 544), [
              [fa, o.burnIn]
            ]),
            d[2] || (d[2] = ze("shot no."))
          ]),
          d[3] || (d[3] = N("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (C(), D("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            ze(U(e.data.shots) + " shots · " + U(a(e.data.duration_s)), 1),
            e.data.built ? (C(), D(Ce, { key: 0 }, [
              ze(" · " + U(H(Mo)(e.data.built)), 1)
            ], 64)) : ce("", !0)
          ], 8, Qy)) : ce("", !0)
        ]),
        N("div", e1, [
          (C(!0), D(Ce, null, Ye(H(Yy), (f) => (C(), D("button", {
            key: f.kind,
            title: `${f.title} — download`,
            "data-kind": f.kind,
            class: He({ busy: i[f.kind] !== void 0 }),
            disabled: !s.value.length,
            onClick: ke((m) => u(f.kind), ["stop"])
          }, [
            pe(Te, {
              name: i[f.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            ze(U(f.label) + " ", 1),
            i[f.kind] !== void 0 ? (C(), D("i", {
              key: 0,
              style: Ve({ width: `${Math.round(i[f.kind] * 100)}%` })
            }, null, 4)) : ce("", !0)
          ], 10, t1))), 128))
        ]),
        o.error ? (C(), D("div", n1, U(o.error), 1)) : ce("", !0)
      ]),
      default: We(() => [
        N("div", Gy, [
          e.data.url ? (C(), Ge(Co, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (C(), D("div", Uy, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (C(), D("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            N("div", Ky, [
              N("i", {
                style: Ve({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            N("span", null, U(Math.round(o.fraction * 100)) + "% · " + U(o.message), 1)
          ], 8, Wy)) : ce("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, i1 = { class: "mx-root" }, s1 = { class: "mx-wordmark" }, r1 = { "data-role": "board-name" }, a1 = { class: "mx-people" }, l1 = ["title"], u1 = ["disabled"], c1 = { key: 0 }, d1 = { class: "mx-snap-new" }, f1 = ["onClick"], h1 = ["onClick"], m1 = {
  key: 0,
  class: "mx-empty"
}, p1 = { class: "mx-toasts" }, v1 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, g1 = { class: "mx-dialog-kicker" }, y1 = { class: "mx-dialog-title" }, w1 = { class: "mx-cost" }, x1 = {
  key: 0,
  class: "mx-warn"
}, b1 = { class: "mx-dialog-actions" }, k1 = { class: "mx-search-in" }, _1 = ["onClick", "onMouseenter"], Cs = "mx-flow", S1 = 0.42, $1 = 0.2, T1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, s = bm(i), { state: r, send: a } = s;
    Gt(Lr, s), r.me = o.me || r.me, r.board = o.board, r.token = o.token;
    const l = Xe(Cs), u = {
      intent: ct(Hg),
      comp: ct(ty),
      gen_art: ct(uy),
      activity: ct(Iy),
      narration: ct(Ry),
      visual_narration: ct(Fy),
      animatic: ct(o1)
    }, c = (h) => h.kind === "activity" && h.sub === "animatic" ? "animatic" : h.kind, d = u, f = [8, 8], m = ["Shift", "Meta", "Control"], S = { type: "default" }, g = { class: "mx-connecting" }, b = /* @__PURE__ */ new Map(), k = Se(0), I = /* @__PURE__ */ new Map(), y = Se(null), v = Se(null), B = Se(!1), X = Se([]), F = Se(null), V = _n({ open: !1, q: "", i: 0 }), oe = Se(!1), ee = Se(""), j = Se(!1);
    function P(h) {
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
      var w;
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
        selected: !!((w = v.value) != null && w.selectedEdges().includes(h.id))
      };
    }
    function E(h, w) {
      return {
        id: `seq:${h}:${w}`,
        source: h,
        target: w,
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
      for (const se of Lt(l.nodes.value)) se.hidden || h.add(se.id);
      const w = /* @__PURE__ */ new Map();
      if (h.size) {
        for (const Q of I.values()) h.has(Q.src) && h.has(Q.dst) && w.set(Q.id, Q);
        const se = r.sequence;
        for (let Q = 0; Q + 1 < se.length; Q++)
          h.has(se[Q]) && h.has(se[Q + 1]) && w.set(`seq:${se[Q]}:${se[Q + 1]}`, [se[Q], se[Q + 1]]);
      }
      const M = Lt(l.edges.value), Y = M.filter((se) => !w.has(se.id)).map((se) => se.id), J = new Set(M.map((se) => se.id)), W = [];
      for (const [se, Q] of w) J.has(se) || W.push(Array.isArray(Q) ? E(Q[0], Q[1]) : re(Q));
      const K = M.filter((se) => se.selected && !w.has(se.id)).map((se) => se.id);
      K.length && ((ue = v.value) == null || ue.keepEdges(K)), Y.length && l.removeEdges(Y), W.length && l.addEdges(W);
    }
    let T = !1;
    function Z() {
      T || (T = !0, tt(() => {
        T = !1, G();
      }));
    }
    function R(h) {
      var M;
      const w = window.__mxMarks = window.__mxMarks || {};
      w.reset = performance.now(), b.clear(), I.clear(), O.clear();
      for (const Y of h.blocks) O.add(Y.id);
      for (const Y of h.blocks) b.set(Y.id, Y);
      for (const Y of h.edges) I.set(Y.id, Y);
      r.sequence = h.sequence || [], r.shots = h.shots || {}, r.comments = h.comments || [], r.snapshots = h.snapshots || [], h.activity && (r.activity = h.activity), h.users && (r.users = h.users), h.choices && (r.choices = h.choices), h.pipelines && (r.pipelines = h.pipelines), B.value || ne(h.blocks), k.value++, l.setNodes(h.blocks.map(P)), l.setEdges([]), (M = v.value) == null || M.settle(), G(), w.set = performance.now(), B.value || (B.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const O = /* @__PURE__ */ new Set();
    function q(h, w, M, Y = 0) {
      const J = l.findNode(h);
      if (!J) {
        O.has(h) ? Y < 8 && tt(() => {
          const ue = b.get(h);
          ue && q(h, ue, [], Y + 1);
        }) : (O.add(h), M.push(P(w)));
        return;
      }
      J.data = w, J.type !== c(w) && (J.type = c(w)), !J.dragging && (J.position.x !== w.x || J.position.y !== w.y) && (J.position = { x: w.x, y: w.y }, J.hidden && (J.computedPosition = { ...J.computedPosition, x: w.x, y: w.y }));
      const W = `${w.w}px`, K = `${w.h}px`;
      (!J.style || J.style.width !== W || J.style.height !== K) && (J.style = { ...J.style || {}, width: W, height: K }, J.hidden && (J.dimensions = { width: w.w, height: w.h }));
    }
    function ie(h) {
      if (h.blocks) {
        const w = [], M = [];
        for (const [Y, J] of Object.entries(h.blocks)) {
          if (J === null) {
            b.delete(Y), O.delete(Y) && M.push(Y);
            continue;
          }
          b.set(Y, J), q(Y, J, w);
        }
        M.length && l.removeNodes(M), w.length && l.addNodes(w), k.value++;
      }
      if (h.edges) {
        const w = [], M = [];
        for (const [Y, J] of Object.entries(h.edges))
          J === null ? (I.delete(Y), M.push(Y)) : I.has(Y) || (I.set(Y, J), w.push(Y));
        (M.length || w.length) && Z(), k.value++;
      }
      h.sequence && (r.sequence = h.sequence), h.shots && (r.shots = h.shots), (h.sequence || h.blocks && Object.values(h.blocks).some((w) => w === null || w && w.kind === "intent")) && Z(), h.comments && (r.comments = h.comments), h.snapshots && (r.snapshots = h.snapshots), h.activity && (r.activity = h.activity), h.users && (r.users = h.users);
    }
    function he(h) {
      const w = { id: Math.random(), text: h.text || String(h), kind: h.kind || "info" };
      X.value.push(w), setTimeout(() => {
        X.value = X.value.filter((M) => M !== w);
      }, h.kind === "error" ? 6e3 : 3200);
    }
    function we(h) {
      h.preview && (F.value = h.preview), h.pipelines && (r.pipelines = h.pipelines), h.notify && he({ text: h.notify }), h.error && he({ text: h.error, kind: "error" });
    }
    t({ reset: R, apply: ie, notify: he, reply: we }), l.onNodeDragStop(({ nodes: h }) => {
      a("move", { moves: h.map((w) => ({ id: w.id, x: Math.round(w.position.x), y: Math.round(w.position.y) })) });
    });
    const xe = l.fitView;
    l.fitView = (h = {}) => xe({ ...h, includeHiddenNodes: !0 });
    function ae(h, w, M) {
      var W, K, ue;
      const Y = (W = document.elementFromPoint(h, w)) == null ? void 0 : W.closest(`[data-kind${`="${M}"`}][data-id]`);
      if (Y) return Y.dataset.id;
      const J = (K = v.value) == null ? void 0 : K.hitAt(h, w);
      return J && (!M || ((ue = b.get(J)) == null ? void 0 : ue.kind) === M) ? J : "";
    }
    function ne(h) {
      const w = y.value;
      if (!h.length || !w) return;
      let M = 1 / 0, Y = 1 / 0, J = -1 / 0, W = -1 / 0;
      for (const Ee of h)
        M = Math.min(M, Ee.x), Y = Math.min(Y, Ee.y), J = Math.max(J, Ee.x + Ee.w), W = Math.max(W, Ee.y + Ee.h);
      const K = w.clientWidth, ue = w.clientHeight, Q = Math.max(0.05, Math.min(1, Math.min(K / (J - M), ue / (W - Y)) * (1 - 0.12)));
      r.lod = _(Q), l.setViewport({ x: (K - (J - M) * Q) / 2 - M * Q, y: (ue - (W - Y) * Q) / 2 - Y * Q, zoom: Q });
    }
    l.onConnect((h) => a("connect", { source: h.source, target: h.target }));
    function le({ kind: h, sub: w, clientX: M, clientY: Y, dragged: J }) {
      const W = y.value.getBoundingClientRect();
      let K;
      if (J) {
        if (M < W.left || Y < W.top) return;
        K = l.screenToFlowCoordinate({ x: M, y: Y });
      } else
        K = l.screenToFlowCoordinate({ x: W.left + W.width / 2, y: W.top + W.height / 2 });
      let ue = "";
      J && h === "comp" && (ue = ae(M, Y, "intent")), a("create", { kind: h, sub: w, x: Math.round(K.x - 40), y: Math.round(K.y - 20), attach: ue });
    }
    async function Pe(h) {
      j.value = !1;
      const w = [...h.dataTransfer && h.dataTransfer.files || []];
      if (!w.length) return;
      h.preventDefault();
      const M = ae(h.clientX, h.clientY, "intent");
      let { x: Y, y: J } = l.screenToFlowCoordinate({ x: h.clientX, y: h.clientY });
      for (const W of w.slice(0, 12)) {
        try {
          await ea(r.token, W, { x: Math.round(Y), y: Math.round(J), attach: M });
        } catch (K) {
          he({ text: String(K.message || K), kind: "error" });
        }
        Y += 30, J += 30;
      }
    }
    const De = te(() => l.getSelectedNodes.value.map((h) => h.id)), $e = te(() => l.getSelectedNodes.value.filter((h) => h.type === "intent").map((h) => h.id));
    let Oe = null;
    Ie(De, (h) => {
      clearTimeout(Oe), Oe = setTimeout(() => i("presence", { selection: h.slice(0, 200) }), 120);
    });
    let _e = 0;
    function be(h) {
      const w = performance.now();
      if (w - _e < 80) return;
      _e = w;
      const M = l.screenToFlowCoordinate({ x: h.clientX, y: h.clientY });
      i("presence", { cursor: { x: Math.round(M.x), y: Math.round(M.y) } });
    }
    function _(h) {
      return h < $1 ? 2 : h < S1 ? 1 : 0;
    }
    Ie(() => _(l.viewport.value.zoom), (h) => {
      r.lod = h;
    }, { immediate: !0 });
    const x = Se(!1);
    let $ = null;
    l.onMove(() => {
      x.value || (x.value = !0), clearTimeout($), $ = setTimeout(() => {
        x.value = !1;
      }, 180);
    });
    const z = te(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), A = te(() => {
      const h = z.value;
      return { gap: 24 * 2 ** h, size: h ? 1.2 * 2 ** (h + 1) : 1.2 };
    }), de = te(() => r.users.filter((h) => h.id !== r.me.id && h.cursor)), fe = te(() => {
      const h = /* @__PURE__ */ new Map();
      for (const w of r.users) h.has(w.id) || h.set(w.id, w);
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
      F.value && (a("render", { ids: F.value.intents }), F.value = null);
    }
    const Ne = te(() => {
      const h = F.value;
      return h ? h.gpus > 0 ? `Commit ${h.gpus} GPU${h.gpus > 1 ? "s" : ""}` : h.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function Ae() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function Be(h) {
      a("move", { moves: h });
    }
    function ot(h) {
      h > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const Qe = te(() => km([...b.values()], V.q));
    function Ot() {
      V.open = !0, V.q = "", V.i = 0, tt(() => {
        var h;
        return (h = document.querySelector(".mx-search input")) == null ? void 0 : h.focus();
      });
    }
    function Rt(h) {
      if (!h) return;
      V.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const w = l.findNode(h.id);
      w && (l.addSelectedNodes([w]), l.fitView({ nodes: [h.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function fn(h) {
      const w = h.target;
      return w && (w.tagName === "INPUT" || w.tagName === "TEXTAREA" || w.isContentEditable);
    }
    function Bt(h) {
      var Y;
      const w = h.ctrlKey || h.metaKey, M = h.key.toLowerCase();
      if (w && M === "k") {
        h.preventDefault(), Ot();
        return;
      }
      if (h.key === "Escape") {
        V.open = !1, F.value = null, oe.value = !1, r.openComments = null;
        return;
      }
      if (F.value && h.key === "Enter") {
        h.preventDefault(), ve();
        return;
      }
      if (!fn(h))
        if (h.key === "Delete" || h.key === "Backspace") {
          const J = l.getSelectedEdges.value.filter((K) => !K.id.startsWith("seq:")).map((K) => K.id), W = [.../* @__PURE__ */ new Set([...J, ...((Y = v.value) == null ? void 0 : Y.selectedEdges()) || []])];
          (De.value.length || W.length) && (h.preventDefault(), a("delete", { ids: De.value, edges: W }));
        } else w && M === "d" ? (h.preventDefault(), a("duplicate", { ids: De.value })) : w && M === "z" && !h.shiftKey ? (h.preventDefault(), a("undo")) : w && (M === "y" || M === "z" && h.shiftKey) ? (h.preventDefault(), a("redo")) : !w && M === "r" ? (h.preventDefault(), ye()) : !w && M === "f" ? (h.preventDefault(), Ae()) : !w && h.key === "/" ? (h.preventDefault(), Ot()) : w && M === "a" && (h.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    rt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", Bt), i("ready");
    }), Zt(() => window.removeEventListener("keydown", Bt));
    const Bn = (h) => h.kind === "intent" ? Tt[(h.status || {}).state] || "#4a4a50" : po[h.kind] || "#333";
    function p() {
      const h = ee.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      a("snapshot", { name: h }), ee.value = "";
    }
    const L = (h) => (h || "?").split(/[\s._-]+/).map((w) => w[0]).join("").slice(0, 2).toUpperCase();
    return (h, w) => (C(), D("div", i1, [
      pe($m, {
        groups: e.palette,
        onPlace: le
      }, null, 8, ["groups"]),
      N("div", {
        ref_key: "wrap",
        ref: y,
        class: He(["mx-stage", { "file-over": j.value, moving: x.value }]),
        onPointermove: be,
        onDragover: w[8] || (w[8] = ke((M) => j.value = !0, ["prevent"])),
        onDragleave: w[9] || (w[9] = ke((M) => j.value = !1, ["self"])),
        onDrop: Pe
      }, [
        pe(H(wh), {
          id: Cs,
          "node-types": H(d),
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
            pe(Sh, {
              color: "#2c2c31",
              gap: A.value.gap,
              size: A.value.size
            }, null, 8, ["gap", "size"]),
            pe(Pm, {
              ref_key: "far",
              ref: v,
              flow: H(l),
              edges: H(I),
              rev: k.value,
              onMove: Be,
              onShown: Z,
              onConnect: w[0] || (w[0] = (M) => H(a)("connect", M))
            }, null, 8, ["flow", "edges", "rev"]),
            pe(H(fs), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: We(() => [
                N("div", s1, [
                  w[20] || (w[20] = ze("multiplex")),
                  w[21] || (w[21] = N("span", null, "/", -1)),
                  N("b", r1, U(H(r).board), 1)
                ])
              ]),
              _: 1
            }),
            pe(H(fs), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: We(() => [
                N("div", a1, [
                  (C(!0), D(Ce, null, Ye(fe.value, (M) => (C(), D("span", {
                    key: M.id,
                    class: "mx-avatar",
                    style: Ve({ "--c": M.color }),
                    title: M.id === H(r).me.id ? `${M.name} (you)` : M.name
                  }, U(L(M.name)), 13, l1))), 128))
                ]),
                w[24] || (w[24] = N("i", { class: "mx-sep" }, null, -1)),
                N("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: w[1] || (w[1] = (M) => H(a)("undo")),
                  "data-role": "undo"
                }, [
                  pe(Te, {
                    name: "undo",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: w[2] || (w[2] = (M) => H(a)("redo")),
                  "data-role": "redo"
                }, [
                  pe(Te, {
                    name: "redo",
                    size: 15
                  })
                ]),
                w[25] || (w[25] = N("i", { class: "mx-sep" }, null, -1)),
                N("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: Ot
                }, [
                  pe(Te, {
                    name: "search",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Snapshots",
                  onClick: w[3] || (w[3] = (M) => oe.value = !oe.value),
                  "data-role": "snapshots"
                }, [
                  pe(Te, {
                    name: "history",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Zoom out",
                  onClick: w[4] || (w[4] = (M) => ot(-1))
                }, [
                  pe(Te, {
                    name: "minus",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Zoom in",
                  onClick: w[5] || (w[5] = (M) => ot(1))
                }, [
                  pe(Te, {
                    name: "plus",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Fit view (F)",
                  onClick: Ae,
                  "data-role": "fit"
                }, [
                  pe(Te, {
                    name: "fit",
                    size: 15
                  })
                ]),
                N("button", {
                  class: "mx-render",
                  disabled: !$e.value.length,
                  title: "Render selection (R)",
                  onClick: ye,
                  "data-role": "render-selection"
                }, [
                  pe(Te, {
                    name: "play",
                    size: 13
                  }),
                  w[22] || (w[22] = ze("Render")),
                  $e.value.length ? (C(), D("span", c1, U($e.value.length), 1)) : ce("", !0)
                ], 8, u1),
                oe.value ? (C(), D("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: w[7] || (w[7] = ke(() => {
                  }, ["stop"]))
                }, [
                  w[23] || (w[23] = N("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  N("div", d1, [
                    rn(N("input", {
                      "onUpdate:modelValue": w[6] || (w[6] = (M) => ee.value = M),
                      placeholder: "Name this moment of the board",
                      onKeydown: xt(p, ["enter"])
                    }, null, 544), [
                      [Sn, ee.value]
                    ]),
                    N("button", { onClick: p }, "Save")
                  ]),
                  (C(!0), D(Ce, null, Ye(H(r).snapshots.slice().reverse(), (M) => (C(), D("div", {
                    key: M.id,
                    class: "mx-snap"
                  }, [
                    N("div", null, [
                      N("b", null, U(M.name), 1),
                      N("span", null, U(M.author) + " · " + U(M.blocks) + " blocks · " + U((M.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    N("button", {
                      onClick: (Y) => H(a)("restore", { id: M.id })
                    }, "Restore", 8, f1),
                    N("button", {
                      class: "ghost",
                      onClick: (Y) => H(a)("drop_snapshot", { id: M.id })
                    }, [
                      pe(Te, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, h1)
                  ]))), 128)),
                  H(r).snapshots.length ? ce("", !0) : (C(), D("div", m1, "No snapshots yet."))
                ], 32)) : ce("", !0)
              ]),
              _: 1
            }),
            pe(Mm, {
              flow: H(l),
              users: de.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types"]),
        pe(Nm, {
          flow: H(l),
          blocks: H(b),
          rev: k.value,
          "color-of": Bn
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      N("div", p1, [
        (C(!0), D(Ce, null, Ye(X.value, (M) => (C(), D("div", {
          key: M.id,
          class: He(["mx-toast", M.kind])
        }, U(M.text), 3))), 128))
      ]),
      F.value ? (C(), D("div", {
        key: 0,
        class: "mx-modal",
        onClick: w[11] || (w[11] = ke((M) => F.value = null, ["self"]))
      }, [
        N("div", v1, [
          N("div", g1, "Render " + U(F.value.intents.length) + " intent" + U(F.value.intents.length > 1 ? "s" : ""), 1),
          N("div", y1, U(F.value.titles.join(" · ")), 1),
          N("div", w1, [
            N("div", null, [
              w[26] || (w[26] = N("span", null, "machines", -1)),
              N("b", null, U(F.value.machines.length ? F.value.machines.join(", ") : "none live"), 1)
            ]),
            N("div", null, [
              w[27] || (w[27] = N("span", null, "gpus", -1)),
              N("b", null, U(F.value.gpus), 1)
            ]),
            N("div", null, [
              w[28] || (w[28] = N("span", null, "jobs", -1)),
              N("b", null, U(F.value.jobs), 1)
            ]),
            N("div", null, [
              w[29] || (w[29] = N("span", null, "estimate", -1)),
              N("b", null, U(F.value.seconds < 90 ? `~${Math.round(F.value.seconds)} s` : `~${Math.round(F.value.seconds / 60)} min`), 1)
            ])
          ]),
          F.value.unrunnable.length ? (C(), D("div", x1, "Nothing live can run " + U(F.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : ce("", !0),
          N("div", b1, [
            N("button", {
              class: "ghost",
              onClick: w[10] || (w[10] = (M) => F.value = null)
            }, "Cancel"),
            N("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: ve
            }, [
              pe(Te, {
                name: "play",
                size: 13
              }),
              ze(U(Ne.value), 1)
            ])
          ])
        ])
      ])) : ce("", !0),
      V.open ? (C(), D("div", {
        key: 1,
        class: "mx-modal",
        onClick: w[19] || (w[19] = ke((M) => V.open = !1, ["self"]))
      }, [
        N("div", {
          class: "mx-search",
          onKeydown: w[18] || (w[18] = ke(() => {
          }, ["stop"]))
        }, [
          N("div", k1, [
            pe(Te, {
              name: "search",
              size: 16
            }),
            rn(N("input", {
              "onUpdate:modelValue": w[12] || (w[12] = (M) => V.q = M),
              placeholder: "Find a block…",
              onKeydown: [
                w[13] || (w[13] = xt(ke((M) => V.i = Math.min(V.i + 1, Qe.value.length - 1), ["prevent"]), ["down"])),
                w[14] || (w[14] = xt(ke((M) => V.i = Math.max(V.i - 1, 0), ["prevent"]), ["up"])),
                w[15] || (w[15] = xt(ke((M) => Rt(Qe.value[V.i]), ["prevent"]), ["enter"])),
                w[16] || (w[16] = xt((M) => V.open = !1, ["esc"]))
              ],
              onInput: w[17] || (w[17] = (M) => V.i = 0)
            }, null, 544), [
              [Sn, V.q]
            ])
          ]),
          (C(!0), D(Ce, null, Ye(Qe.value, (M, Y) => (C(), D("div", {
            key: M.id,
            class: He(["mx-result", { on: Y === V.i }]),
            onClick: (J) => Rt(M),
            onMouseenter: (J) => V.i = Y
          }, [
            N("i", {
              style: Ve({ background: H(po)[M.kind] })
            }, null, 4),
            N("b", null, U(M.title || M.sub), 1),
            N("span", null, U(M.kind.replace("_", " ")) + " · " + U(M.sub), 1)
          ], 42, _1))), 128))
        ], 32)
      ])) : ce("", !0)
    ]));
  }
}, E1 = "/assets/", N1 = 18, ai = /* @__PURE__ */ new WeakMap();
function M1(e) {
  try {
    const t = new URL(e, window.location.href);
    return t.pathname.startsWith(E1) ? t : null;
  } catch {
    return null;
  }
}
function C1(e) {
  const t = e.getAttribute("src") || "", n = M1(t.split("#")[0]);
  if (!n) return;
  const o = ai.get(e) || 0;
  if (o >= N1) return;
  ai.set(e, o + 1), e.dataset.assetRetries = String(o + 1);
  const i = Math.min(8e3, 500 * 2 ** o);
  setTimeout(() => {
    if (!e.isConnected || (e.getAttribute("src") || "") !== t) return;
    n.searchParams.set("retry", String(o + 1));
    const s = t.includes("#") ? t.slice(t.indexOf("#")) : "";
    e.setAttribute("src", n.pathname + n.search + s), typeof e.load == "function" && e.load();
  }, i);
}
function I1(e = document) {
  e.addEventListener("error", (t) => {
    const n = t.target;
    (n instanceof HTMLImageElement || n instanceof HTMLMediaElement) && C1(n);
  }, !0), e.addEventListener("load", (t) => {
    t.target instanceof HTMLImageElement && ai.delete(t.target);
  }, !0);
}
typeof document < "u" && I1();
export {
  T1 as MultiplexCanvas
};
