import { getCurrentScope as ga, inject as Ct, effectScope as ya, watch as Se, provide as Ot, defineComponent as Fe, useSlots as Fr, onUnmounted as Yr, openBlock as C, createElementBlock as z, unref as X, createVNode as ce, withCtx as Ye, renderSlot as We, computed as Q, normalizeStyle as ze, normalizeClass as Oe, getCurrentInstance as on, reactive as mn, onScopeDispose as Fn, ref as ge, nextTick as Ke, onBeforeMount as Xr, onMounted as tt, shallowRef as St, toRef as Re, createElementVNode as $, Fragment as _e, renderList as Ve, onBeforeUnmount as Vt, isMemoSame as qr, createBlock as Le, createCommentVNode as se, toDisplayString as q, isRef as jo, toRefs as Gr, customRef as Ur, createPropsRestProxy as Wr, toValue as Pe, resolveComponent as wa, h as De, useAttrs as Kr, mergeProps as xa, resolveDynamicComponent as Jo, createTextVNode as Ne, markRaw as nt, readonly as Zr, withModifiers as ve, toRaw as dn, watchEffect as jr, withDirectives as jt, withKeys as ht, vModelText as pn, Teleport as Jr, vModelCheckbox as Qr } from "vue";
function gn(e) {
  return ga() ? (Fn(e), !0) : !1;
}
function vt(e) {
  return typeof e == "function" ? e() : X(e);
}
const es = typeof window < "u" && typeof document < "u", ts = (e) => typeof e < "u", ns = Object.prototype.toString, os = (e) => ns.call(e) === "[object Object]", is = () => {
};
function as(e, t) {
  function n(...o) {
    return new Promise((i, a) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(a);
    });
  }
  return n;
}
const ba = (e) => e();
function rs(e = ba) {
  const t = ge(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...a) => {
    t.value && e(...a);
  };
  return { isActive: Zr(t), pause: n, resume: o, eventFilter: i };
}
function fi(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function ss(e, t, n = {}) {
  const {
    eventFilter: o = ba,
    ...i
  } = n;
  return Se(
    e,
    as(
      o,
      t
    ),
    i
  );
}
function qt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: a, pause: r, resume: s, isActive: l } = rs(o);
  return { stop: ss(
    e,
    t,
    {
      ...i,
      eventFilter: a
    }
  ), pause: r, resume: s, isActive: l };
}
function ls(e, t = {}) {
  if (!jo(e))
    return Gr(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Ur(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var a;
        if ((a = vt(t.replaceRef)) != null ? a : !0)
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
  function n(f, { flush: h = "sync", deep: m = !1, timeout: b, throwOnTimeout: y } = {}) {
    let x = null;
    const M = [new Promise((w) => {
      x = Se(
        e,
        (g) => {
          f(g) !== t && (x == null || x(), w(g));
        },
        {
          flush: h,
          deep: m,
          immediate: !0
        }
      );
    })];
    return b != null && M.push(
      fi(b, y).then(() => vt(e)).finally(() => x == null ? void 0 : x())
    ), Promise.race(M);
  }
  function o(f, h) {
    if (!jo(f))
      return n((g) => g === f, h);
    const { flush: m = "sync", deep: b = !1, timeout: y, throwOnTimeout: x } = h ?? {};
    let k = null;
    const w = [new Promise((g) => {
      k = Se(
        [e, f],
        ([T, O]) => {
          t !== (T === O) && (k == null || k(), g(T));
        },
        {
          flush: m,
          deep: b,
          immediate: !0
        }
      );
    })];
    return y != null && w.push(
      fi(y, x).then(() => vt(e)).finally(() => (k == null || k(), vt(e)))
    ), Promise.race(w);
  }
  function i(f) {
    return n((h) => !!h, f);
  }
  function a(f) {
    return o(null, f);
  }
  function r(f) {
    return o(void 0, f);
  }
  function s(f) {
    return n(Number.isNaN, f);
  }
  function l(f, h) {
    return n((m) => {
      const b = Array.from(m);
      return b.includes(f) || b.includes(vt(f));
    }, h);
  }
  function u(f) {
    return c(1, f);
  }
  function c(f = 1, h) {
    let m = -1;
    return n(() => (m += 1, m >= f), h);
  }
  return Array.isArray(vt(e)) ? {
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
    toBeNull: a,
    toBeNaN: s,
    toBeUndefined: r,
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
  const n = vt(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const ka = es ? window : void 0;
function _a(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = ka) : [t, n, o, i] = e, !t)
    return is;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const a = [], r = () => {
    a.forEach((c) => c()), a.length = 0;
  }, s = (c, f, h, m) => (c.addEventListener(f, h, m), () => c.removeEventListener(f, h, m)), l = Se(
    () => [us(t), vt(i)],
    ([c, f]) => {
      if (r(), !c)
        return;
      const h = os(f) ? { ...f } : f;
      a.push(
        ...n.flatMap((m) => o.map((b) => s(c, m, b, h)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), r();
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
    target: i = ka,
    eventName: a = "keydown",
    passive: r = !1,
    dedupe: s = !1
  } = o, l = cs(t);
  return _a(i, a, (c) => {
    c.repeat && vt(s) || l(c) && n(c);
  }, r);
}
function ds(e) {
  return JSON.parse(JSON.stringify(e));
}
function bo(e, t, n, o = {}) {
  var i, a, r;
  const {
    clone: s = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: f,
    shouldEmit: h
  } = o, m = on(), b = n || (m == null ? void 0 : m.emit) || ((i = m == null ? void 0 : m.$emit) == null ? void 0 : i.bind(m)) || ((r = (a = m == null ? void 0 : m.proxy) == null ? void 0 : a.$emit) == null ? void 0 : r.bind(m == null ? void 0 : m.proxy));
  let y = u;
  t || (t = "modelValue"), y = y || `update:${t.toString()}`;
  const x = (w) => s ? typeof s == "function" ? s(w) : ds(w) : w, k = () => ts(e[t]) ? x(e[t]) : f, M = (w) => {
    h ? h(w) && b(y, w) : b(y, w);
  };
  if (l) {
    const w = k(), g = ge(w);
    let T = !1;
    return Se(
      () => e[t],
      (O) => {
        T || (T = !0, g.value = x(O), Ke(() => T = !1));
      }
    ), Se(
      g,
      (O) => {
        !T && (O !== e[t] || c) && M(O);
      },
      { deep: c }
    ), g;
  } else
    return Q({
      get() {
        return k();
      },
      set(w) {
        M(w);
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
    var n = this._, o = hs(e + "", n), i, a = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++a < r; )
        if ((i = (e = o[a]).type) && (i = vs(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++a < r; )
      if (i = (e = o[a]).type)
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
function Sa(e) {
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
    for (var a = t[i], r = a.length, s = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = a[c]) && (u = e.call(l, l.__data__, c, a)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new Qe(o, this._parents);
}
function ws(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function xs() {
  return [];
}
function $a(e) {
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
  typeof e == "function" ? e = bs(e) : e = $a(e);
  for (var t = this._groups, n = t.length, o = [], i = [], a = 0; a < n; ++a)
    for (var r = t[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new Qe(o, i);
}
function Ea(e) {
  return function() {
    return this.matches(e);
  };
}
function Na(e) {
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
  return this.select(e == null ? $s : Ss(typeof e == "function" ? e : Na(e)));
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
  return this.selectAll(e == null ? Cs : Ms(typeof e == "function" ? e : Na(e)));
}
function Ts(e) {
  typeof e != "function" && (e = Ea(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new Qe(o, this._parents);
}
function Ca(e) {
  return new Array(e.length);
}
function Ps() {
  return new Qe(this._enter || this._groups.map(Ca), this._parents);
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
function zs(e, t, n, o, i, a) {
  for (var r = 0, s, l = t.length, u = a.length; r < u; ++r)
    (s = t[r]) ? (s.__data__ = a[r], o[r] = s) : n[r] = new Kn(e, a[r]);
  for (; r < l; ++r)
    (s = t[r]) && (i[r] = s);
}
function Ds(e, t, n, o, i, a, r) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, f = a.length, h = new Array(c), m;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (h[s] = m = r.call(l, l.__data__, s, t) + "", u.has(m) ? i[s] = l : u.set(m, l));
  for (s = 0; s < f; ++s)
    m = r.call(e, a[s], s, a) + "", (l = u.get(m)) ? (o[s] = l, l.__data__ = a[s], u.delete(m)) : n[s] = new Kn(e, a[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(h[s]) === l && (i[s] = l);
}
function Os(e) {
  return e.__data__;
}
function Bs(e, t) {
  if (!arguments.length)
    return Array.from(this, Os);
  var n = t ? Ds : zs, o = this._parents, i = this._groups;
  typeof e != "function" && (e = As(e));
  for (var a = i.length, r = new Array(a), s = new Array(a), l = new Array(a), u = 0; u < a; ++u) {
    var c = o[u], f = i[u], h = f.length, m = Rs(e.call(c, c && c.__data__, u, o)), b = m.length, y = s[u] = new Array(b), x = r[u] = new Array(b), k = l[u] = new Array(h);
    n(c, f, y, x, k, m, t);
    for (var M = 0, w = 0, g, T; M < b; ++M)
      if (g = y[M]) {
        for (M >= w && (w = M + 1); !(T = x[w]) && ++w < b; )
          ;
        g._next = T || null;
      }
  }
  return r = new Qe(r, o), r._enter = s, r._exit = l, r;
}
function Rs(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Ls() {
  return new Qe(this._exit || this._groups.map(Ca), this._parents);
}
function Vs(e, t, n) {
  var o = this.enter(), i = this, a = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), o && i ? o.merge(i).order() : i;
}
function Hs(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, a = o.length, r = Math.min(i, a), s = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], f = u.length, h = s[l] = new Array(f), m, b = 0; b < f; ++b)
      (m = u[b] || c[b]) && (h[b] = m);
  for (; l < i; ++l)
    s[l] = n[l];
  return new Qe(s, this._parents);
}
function Fs() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, a = o[i], r; --i >= 0; )
      (r = o[i]) && (a && r.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(r, a), a = r);
  return this;
}
function Ys(e) {
  e || (e = Xs);
  function t(f, h) {
    return f && h ? e(f.__data__, h.__data__) : !f - !h;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), a = 0; a < o; ++a) {
    for (var r = n[a], s = r.length, l = i[a] = new Array(s), u, c = 0; c < s; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Qe(i, this._parents).order();
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
    for (var o = e[t], i = 0, a = o.length; i < a; ++i) {
      var r = o[i];
      if (r)
        return r;
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
    for (var i = t[n], a = 0, r = i.length, s; a < r; ++a)
      (s = i[a]) && e.call(s, s.__data__, a, i);
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
function Ma(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function il(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function al(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function rl(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function sl(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? il : typeof t == "function" ? rl : al)(e, t, n ?? "")) : Jt(this.node(), e);
}
function Jt(e, t) {
  return e.style.getPropertyValue(t) || Ma(e).getComputedStyle(e, null).getPropertyValue(t);
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
function Ia(e) {
  return e.trim().split(/^|\s+/);
}
function ei(e) {
  return e.classList || new Ta(e);
}
function Ta(e) {
  this._node = e, this._names = Ia(e.getAttribute("class") || "");
}
Ta.prototype = {
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
function Pa(e, t) {
  for (var n = ei(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Aa(e, t) {
  for (var n = ei(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function fl(e) {
  return function() {
    Pa(this, e);
  };
}
function hl(e) {
  return function() {
    Aa(this, e);
  };
}
function vl(e, t) {
  return function() {
    (t.apply(this, arguments) ? Pa : Aa)(this, e);
  };
}
function ml(e, t) {
  var n = Ia(e + "");
  if (arguments.length < 2) {
    for (var o = ei(this.node()), i = -1, a = n.length; ++i < a; )
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
  var t = typeof e == "function" ? e : Sa(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Ml() {
  return null;
}
function Il(e, t) {
  var n = typeof e == "function" ? e : Sa(e), o = t == null ? Ml : typeof t == "function" ? t : Qo(t);
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
      for (var n = 0, o = -1, i = t.length, a; n < i; ++n)
        a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++o] = a;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Vl(e, t, n) {
  return function() {
    var o = this.__on, i, a = Bl(t);
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
function Hl(e, t, n) {
  var o = Rl(e + ""), i, a = o.length, r;
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
  for (s = t ? Vl : Ll, i = 0; i < a; ++i)
    this.each(s(o[i], t, n));
  return this;
}
function za(e, t, n) {
  var o = Ma(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Fl(e, t) {
  return function() {
    return za(this, e, t);
  };
}
function Yl(e, t) {
  return function() {
    return za(this, e, t.apply(this, arguments));
  };
}
function Xl(e, t) {
  return this.each((typeof t == "function" ? Yl : Fl)(e, t));
}
function* ql() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length, r; i < a; ++i)
      (r = o[i]) && (yield r);
}
var Da = [null];
function Qe(e, t) {
  this._groups = e, this._parents = t;
}
function Nn() {
  return new Qe([[document.documentElement]], Da);
}
function Gl() {
  return this;
}
Qe.prototype = Nn.prototype = {
  constructor: Qe,
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
function ot(e) {
  return typeof e == "string" ? new Qe([[document.querySelector(e)]], [document.documentElement]) : new Qe([[e]], Da);
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
const Wl = { passive: !1 }, yn = { capture: !0, passive: !1 };
function ko(e) {
  e.stopImmediatePropagation();
}
function Ut(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Oa(e) {
  var t = e.document.documentElement, n = ot(e).on("dragstart.drag", Ut, yn);
  "onselectstart" in t ? n.on("selectstart.drag", Ut, yn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Ba(e, t) {
  var n = e.document.documentElement, o = ot(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ut, yn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const In = (e) => () => e;
function Oo(e, {
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
  var e = Kl, t = Zl, n = jl, o = Jl, i = {}, a = so("start", "drag", "end"), r = 0, s, l, u, c, f = 0;
  function h(g) {
    g.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", k, Wl).on("touchend.drag touchcancel.drag", M).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(g, T) {
    if (!(c || !e.call(this, g, T))) {
      var O = w(this, t.call(this, g, T), g, T, "mouse");
      O && (ot(g.view).on("mousemove.drag", b, yn).on("mouseup.drag", y, yn), Oa(g.view), ko(g), u = !1, s = g.clientX, l = g.clientY, O("start", g));
    }
  }
  function b(g) {
    if (Ut(g), !u) {
      var T = g.clientX - s, O = g.clientY - l;
      u = T * T + O * O > f;
    }
    i.mouse("drag", g);
  }
  function y(g) {
    ot(g.view).on("mousemove.drag mouseup.drag", null), Ba(g.view, u), Ut(g), i.mouse("end", g);
  }
  function x(g, T) {
    if (e.call(this, g, T)) {
      var O = g.changedTouches, L = t.call(this, g, T), B = O.length, ee, J;
      for (ee = 0; ee < B; ++ee)
        (J = w(this, L, g, T, O[ee].identifier, O[ee])) && (ko(g), J("start", g, O[ee]));
    }
  }
  function k(g) {
    var T = g.changedTouches, O = T.length, L, B;
    for (L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (Ut(g), B("drag", g, T[L]));
  }
  function M(g) {
    var T = g.changedTouches, O = T.length, L, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (ko(g), B("end", g, T[L]));
  }
  function w(g, T, O, L, B, ee) {
    var J = a.copy(), U = rt(ee || O, T), I, ne, N;
    if ((N = n.call(g, new Oo("beforestart", {
      sourceEvent: O,
      target: h,
      identifier: B,
      active: r,
      x: U[0],
      y: U[1],
      dx: 0,
      dy: 0,
      dispatch: J
    }), L)) != null)
      return I = N.x - U[0] || 0, ne = N.y - U[1] || 0, function Y(A, D, P) {
        var V = U, K;
        switch (A) {
          case "start":
            i[B] = Y, K = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            U = rt(P || D, T), K = r;
            break;
        }
        J.call(
          A,
          g,
          new Oo(A, {
            sourceEvent: D,
            subject: N,
            target: h,
            identifier: B,
            active: K,
            x: U[0] + I,
            y: U[1] + ne,
            dx: U[0] - V[0],
            dy: U[1] - V[1],
            dispatch: J
          }),
          L
        );
      };
  }
  return h.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : In(!!g), h) : e;
  }, h.container = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : In(g), h) : t;
  }, h.subject = function(g) {
    return arguments.length ? (n = typeof g == "function" ? g : In(g), h) : n;
  }, h.touchable = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : In(!!g), h) : o;
  }, h.on = function() {
    var g = a.on.apply(a, arguments);
    return g === a ? h : g;
  }, h.clickDistance = function(g) {
    return arguments.length ? (f = (g = +g) * g, h) : Math.sqrt(f);
  }, h;
}
function ti(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Ra(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Cn() {
}
var wn = 0.7, Zn = 1 / wn, Wt = "\\s*([+-]?\\d+)\\s*", xn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ut = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", eu = /^#([0-9a-f]{3,8})$/, tu = new RegExp(`^rgb\\(${Wt},${Wt},${Wt}\\)$`), nu = new RegExp(`^rgb\\(${ut},${ut},${ut}\\)$`), ou = new RegExp(`^rgba\\(${Wt},${Wt},${Wt},${xn}\\)$`), iu = new RegExp(`^rgba\\(${ut},${ut},${ut},${xn}\\)$`), au = new RegExp(`^hsl\\(${xn},${ut},${ut}\\)$`), ru = new RegExp(`^hsla\\(${xn},${ut},${ut},${xn}\\)$`), pi = {
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
ti(Cn, Bt, {
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
  return La(this).formatHsl();
}
function yi() {
  return this.rgb().formatRgb();
}
function Bt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = eu.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? wi(t) : n === 3 ? new je(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Tn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Tn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = tu.exec(e)) ? new je(t[1], t[2], t[3], 1) : (t = nu.exec(e)) ? new je(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = ou.exec(e)) ? Tn(t[1], t[2], t[3], t[4]) : (t = iu.exec(e)) ? Tn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = au.exec(e)) ? ki(t[1], t[2] / 100, t[3] / 100, 1) : (t = ru.exec(e)) ? ki(t[1], t[2] / 100, t[3] / 100, t[4]) : pi.hasOwnProperty(e) ? wi(pi[e]) : e === "transparent" ? new je(NaN, NaN, NaN, 0) : null;
}
function wi(e) {
  return new je(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Tn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new je(e, t, n, o);
}
function uu(e) {
  return e instanceof Cn || (e = Bt(e)), e ? (e = e.rgb(), new je(e.r, e.g, e.b, e.opacity)) : new je();
}
function Bo(e, t, n, o) {
  return arguments.length === 1 ? uu(e) : new je(e, t, n, o ?? 1);
}
function je(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
ti(je, Bo, Ra(Cn, {
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
    return new je(zt(this.r), zt(this.g), zt(this.b), jn(this.opacity));
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
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}`;
}
function cu() {
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}${Pt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function bi() {
  const e = jn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${zt(this.r)}, ${zt(this.g)}, ${zt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function jn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function zt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Pt(e) {
  return e = zt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function ki(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new it(e, t, n, o);
}
function La(e) {
  if (e instanceof it)
    return new it(e.h, e.s, e.l, e.opacity);
  if (e instanceof Cn || (e = Bt(e)), !e)
    return new it();
  if (e instanceof it)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), a = Math.max(t, n, o), r = NaN, s = a - i, l = (a + i) / 2;
  return s ? (t === a ? r = (n - o) / s + (n < o) * 6 : n === a ? r = (o - t) / s + 2 : r = (t - n) / s + 4, s /= l < 0.5 ? a + i : 2 - a - i, r *= 60) : s = l > 0 && l < 1 ? 0 : r, new it(r, s, l, e.opacity);
}
function du(e, t, n, o) {
  return arguments.length === 1 ? La(e) : new it(e, t, n, o ?? 1);
}
function it(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
ti(it, du, Ra(Cn, {
  brighter(e) {
    return e = e == null ? Zn : Math.pow(Zn, e), new it(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? wn : Math.pow(wn, e), new it(this.h, this.s, this.l * e, this.opacity);
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
    return new it(_i(this.h), Pn(this.s), Pn(this.l), jn(this.opacity));
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
  return (e = +e) == 1 ? Va : function(t, n) {
    return n - t ? hu(t, n, e) : ni(isNaN(t) ? n : t);
  };
}
function Va(e, t) {
  var n = t - e;
  return n ? fu(e, n) : ni(isNaN(e) ? t : e);
}
const Jn = function e(t) {
  var n = vu(t);
  function o(i, a) {
    var r = n((i = Bo(i)).r, (a = Bo(a)).r), s = n(i.g, a.g), l = n(i.b, a.b), u = Va(i.opacity, a.opacity);
    return function(c) {
      return i.r = r(c), i.g = s(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function mu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(a) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - a) + t[i] * a;
    return o;
  };
}
function pu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function gu(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), a = new Array(n), r;
  for (r = 0; r < o; ++r)
    i[r] = fn(e[r], t[r]);
  for (; r < n; ++r)
    a[r] = t[r];
  return function(s) {
    for (r = 0; r < o; ++r)
      a[r] = i[r](s);
    return a;
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
  return function(a) {
    for (i in n)
      o[i] = n[i](a);
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
function Ha(e, t) {
  var n = Ro.lastIndex = So.lastIndex = 0, o, i, a, r = -1, s = [], l = [];
  for (e = e + "", t = t + ""; (o = Ro.exec(e)) && (i = So.exec(t)); )
    (a = i.index) > n && (a = t.slice(n, a), s[r] ? s[r] += a : s[++r] = a), (o = o[0]) === (i = i[0]) ? s[r] ? s[r] += i : s[++r] = i : (s[++r] = null, l.push({ i: r, x: st(o, i) })), n = So.lastIndex;
  return n < t.length && (a = t.slice(n), s[r] ? s[r] += a : s[++r] = a), s.length < 2 ? l[0] ? bu(l[0].x) : xu(t) : (t = l.length, function(u) {
    for (var c = 0, f; c < t; ++c)
      s[(f = l[c]).i] = f.x(u);
    return s.join("");
  });
}
function fn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? ni(t) : (n === "number" ? st : n === "string" ? (o = Bt(t)) ? (t = o, Jn) : Ha : t instanceof Bt ? Jn : t instanceof Date ? yu : pu(t) ? mu : Array.isArray(t) ? gu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? wu : st)(e, t);
}
var Si = 180 / Math.PI, Lo = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Fa(e, t, n, o, i, a) {
  var r, s, l;
  return (r = Math.sqrt(e * e + t * t)) && (e /= r, t /= r), (l = e * n + t * o) && (n -= e * l, o -= t * l), (s = Math.sqrt(n * n + o * o)) && (n /= s, o /= s, l /= s), e * o < t * n && (e = -e, t = -t, l = -l, r = -r), {
    translateX: i,
    translateY: a,
    rotate: Math.atan2(t, e) * Si,
    skewX: Math.atan(l) * Si,
    scaleX: r,
    scaleY: s
  };
}
var An;
function ku(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Lo : Fa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function _u(e) {
  return e == null || (An || (An = document.createElementNS("http://www.w3.org/2000/svg", "g")), An.setAttribute("transform", e), !(e = An.transform.baseVal.consolidate())) ? Lo : (e = e.matrix, Fa(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ya(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function a(u, c, f, h, m, b) {
    if (u !== f || c !== h) {
      var y = m.push("translate(", null, t, null, n);
      b.push({ i: y - 4, x: st(u, f) }, { i: y - 2, x: st(c, h) });
    } else (f || h) && m.push("translate(" + f + t + h + n);
  }
  function r(u, c, f, h) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), h.push({ i: f.push(i(f) + "rotate(", null, o) - 2, x: st(u, c) })) : c && f.push(i(f) + "rotate(" + c + o);
  }
  function s(u, c, f, h) {
    u !== c ? h.push({ i: f.push(i(f) + "skewX(", null, o) - 2, x: st(u, c) }) : c && f.push(i(f) + "skewX(" + c + o);
  }
  function l(u, c, f, h, m, b) {
    if (u !== f || c !== h) {
      var y = m.push(i(m) + "scale(", null, ",", null, ")");
      b.push({ i: y - 4, x: st(u, f) }, { i: y - 2, x: st(c, h) });
    } else (f !== 1 || h !== 1) && m.push(i(m) + "scale(" + f + "," + h + ")");
  }
  return function(u, c) {
    var f = [], h = [];
    return u = e(u), c = e(c), a(u.translateX, u.translateY, c.translateX, c.translateY, f, h), r(u.rotate, c.rotate, f, h), s(u.skewX, c.skewX, f, h), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, f, h), u = c = null, function(m) {
      for (var b = -1, y = h.length, x; ++b < y; )
        f[(x = h[b]).i] = x.x(m);
      return f.join("");
    };
  };
}
var Su = Ya(ku, "px, ", "px)", "deg)"), $u = Ya(_u, ", ", ")", ")"), Eu = 1e-12;
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
  function i(a, r) {
    var s = a[0], l = a[1], u = a[2], c = r[0], f = r[1], h = r[2], m = c - s, b = f - l, y = m * m + b * b, x, k;
    if (y < Eu)
      k = Math.log(h / u) / t, x = function(L) {
        return [
          s + L * m,
          l + L * b,
          u * Math.exp(t * L * k)
        ];
      };
    else {
      var M = Math.sqrt(y), w = (h * h - u * u + o * y) / (2 * u * n * M), g = (h * h - u * u - o * y) / (2 * h * n * M), T = Math.log(Math.sqrt(w * w + 1) - w), O = Math.log(Math.sqrt(g * g + 1) - g);
      k = (O - T) / t, x = function(L) {
        var B = L * k, ee = $i(T), J = u / (n * M) * (ee * Cu(t * B + T) - Nu(T));
        return [
          s + J * m,
          l + J * b,
          u * ee / $i(t * B + T)
        ];
      };
    }
    return x.duration = k * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(a) {
    var r = Math.max(1e-3, +a), s = r * r, l = s * s;
    return e(r, s, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Qt = 0, ln = 0, rn = 0, Xa = 1e3, Qn, un, eo = 0, Rt = 0, uo = 0, bn = typeof performance == "object" && performance.now ? performance : Date, qa = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function oi() {
  return Rt || (qa(Mu), Rt = bn.now() + uo);
}
function Mu() {
  Rt = 0;
}
function to() {
  this._call = this._time = this._next = null;
}
to.prototype = Ga.prototype = {
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
function Ga(e, t, n) {
  var o = new to();
  return o.restart(e, t, n), o;
}
function Iu() {
  oi(), ++Qt;
  for (var e = Qn, t; e; )
    (t = Rt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Qt;
}
function Ei() {
  Rt = (eo = bn.now()) + uo, Qt = ln = 0;
  try {
    Iu();
  } finally {
    Qt = 0, Pu(), Rt = 0;
  }
}
function Tu() {
  var e = bn.now(), t = e - eo;
  t > Xa && (uo -= t, eo = e);
}
function Pu() {
  for (var e, t = Qn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Qn = n);
  un = e, Vo(o);
}
function Vo(e) {
  if (!Qt) {
    ln && (ln = clearTimeout(ln));
    var t = e - Rt;
    t > 24 ? (e < 1 / 0 && (ln = setTimeout(Ei, e - bn.now() - uo)), rn && (rn = clearInterval(rn))) : (rn || (eo = bn.now(), rn = setInterval(Tu, Xa)), Qt = 1, qa(Ei));
  }
}
function Ni(e, t, n) {
  var o = new to();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Au = so("start", "end", "cancel", "interrupt"), zu = [], Ua = 0, Ci = 1, Ho = 2, qn = 3, Mi = 4, Fo = 5, Gn = 6;
function co(e, t, n, o, i, a) {
  var r = e.__transition;
  if (!r)
    e.__transition = {};
  else if (n in r)
    return;
  Du(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Au,
    tween: zu,
    time: a.time,
    delay: a.delay,
    duration: a.duration,
    ease: a.ease,
    timer: null,
    state: Ua
  });
}
function ii(e, t) {
  var n = at(e, t);
  if (n.state > Ua)
    throw new Error("too late; already scheduled");
  return n;
}
function ct(e, t) {
  var n = at(e, t);
  if (n.state > qn)
    throw new Error("too late; already running");
  return n;
}
function at(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Du(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Ga(a, 0, n.time);
  function a(u) {
    n.state = Ci, n.timer.restart(r, n.delay, n.time), n.delay <= u && r(u - n.delay);
  }
  function r(u) {
    var c, f, h, m;
    if (n.state !== Ci)
      return l();
    for (c in o)
      if (m = o[c], m.name === n.name) {
        if (m.state === qn)
          return Ni(r);
        m.state === Mi ? (m.state = Gn, m.timer.stop(), m.on.call("interrupt", e, e.__data__, m.index, m.group), delete o[c]) : +c < t && (m.state = Gn, m.timer.stop(), m.on.call("cancel", e, e.__data__, m.index, m.group), delete o[c]);
      }
    if (Ni(function() {
      n.state === qn && (n.state = Mi, n.timer.restart(s, n.delay, n.time), s(u));
    }), n.state = Ho, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ho) {
      for (n.state = qn, i = new Array(h = n.tween.length), c = 0, f = -1; c < h; ++c)
        (m = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++f] = m);
      i.length = f + 1;
    }
  }
  function s(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Fo, 1), f = -1, h = i.length; ++f < h; )
      i[f].call(e, c);
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
  var n = e.__transition, o, i, a = !0, r;
  if (n) {
    t = t == null ? null : t + "";
    for (r in n) {
      if ((o = n[r]).name !== t) {
        a = !1;
        continue;
      }
      i = o.state > Ho && o.state < Fo, o.state = Gn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[r];
    }
    a && delete e.__transition;
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
    var i = ct(this, e), a = i.tween;
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
function Ru(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var a = ct(this, e), r = a.tween;
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
function Lu(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = at(this.node(), n).tween, i = 0, a = o.length, r; i < a; ++i)
      if ((r = o[i]).name === e)
        return r.value;
    return null;
  }
  return this.each((t == null ? Bu : Ru)(n, e, t));
}
function ai(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ct(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return at(i, o).value[t];
  };
}
function Wa(e, t) {
  var n;
  return (typeof t == "number" ? st : t instanceof Bt ? Jn : (n = Bt(t)) ? (t = n, Jn) : Ha)(e, t);
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
  var o, i = n + "", a;
  return function() {
    var r = this.getAttribute(e);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function Yu(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = this.getAttributeNS(e.space, e.local);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function Xu(e, t, n) {
  var o, i, a;
  return function() {
    var r, s = n(this), l;
    return s == null ? void this.removeAttribute(e) : (r = this.getAttribute(e), l = s + "", r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s)));
  };
}
function qu(e, t, n) {
  var o, i, a;
  return function() {
    var r, s = n(this), l;
    return s == null ? void this.removeAttributeNS(e.space, e.local) : (r = this.getAttributeNS(e.space, e.local), l = s + "", r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s)));
  };
}
function Gu(e, t) {
  var n = lo(e), o = n === "transform" ? $u : Wa;
  return this.attrTween(e, typeof t == "function" ? (n.local ? qu : Xu)(n, o, ai(this, "attr." + e, t)) : t == null ? (n.local ? Hu : Vu)(n) : (n.local ? Yu : Fu)(n, o, t));
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
    var a = t.apply(this, arguments);
    return a !== o && (n = (o = a) && Wu(e, a)), n;
  }
  return i._value = t, i;
}
function Zu(e, t) {
  var n, o;
  function i() {
    var a = t.apply(this, arguments);
    return a !== o && (n = (o = a) && Uu(e, a)), n;
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
  return arguments.length ? this.each((typeof e == "function" ? Ju : Qu)(t, e)) : at(this.node(), t).delay;
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
  return arguments.length ? this.each((typeof e == "function" ? tc : nc)(t, e)) : at(this.node(), t).duration;
}
function ic(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ct(this, e).ease = t;
  };
}
function ac(e) {
  var t = this._id;
  return arguments.length ? this.each(ic(t, e)) : at(this.node(), t).ease;
}
function rc(e, t) {
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
  return this.each(rc(this._id, e));
}
function lc(e) {
  typeof e != "function" && (e = Ea(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new gt(o, this._parents, this._name, this._id);
}
function uc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, a = Math.min(o, i), r = new Array(o), s = 0; s < a; ++s)
    for (var l = t[s], u = n[s], c = l.length, f = r[s] = new Array(c), h, m = 0; m < c; ++m)
      (h = l[m] || u[m]) && (f[m] = h);
  for (; s < o; ++s)
    r[s] = t[s];
  return new gt(r, this._parents, this._name, this._id);
}
function cc(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function dc(e, t, n) {
  var o, i, a = cc(t) ? ii : ct;
  return function() {
    var r = a(this, e), s = r.on;
    s !== o && (i = (o = s).copy()).on(t, n), r.on = i;
  };
}
function fc(e, t) {
  var n = this._id;
  return arguments.length < 2 ? at(this.node(), n).on.on(e) : this.each(dc(n, e, t));
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
  for (var o = this._groups, i = o.length, a = new Array(i), r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, u = a[r] = new Array(l), c, f, h = 0; h < l; ++h)
      (c = s[h]) && (f = e.call(c, c.__data__, h, s)) && ("__data__" in c && (f.__data__ = c.__data__), u[h] = f, co(u[h], t, n, h, u, at(c, n)));
  return new gt(a, this._parents, t, n);
}
function pc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = $a(e));
  for (var o = this._groups, i = o.length, a = [], r = [], s = 0; s < i; ++s)
    for (var l = o[s], u = l.length, c, f = 0; f < u; ++f)
      if (c = l[f]) {
        for (var h = e.call(c, c.__data__, f, l), m, b = at(c, n), y = 0, x = h.length; y < x; ++y)
          (m = h[y]) && co(m, t, n, y, h, b);
        a.push(h), r.push(c);
      }
  return new gt(a, r, t, n);
}
var gc = Nn.prototype.constructor;
function yc() {
  return new gc(this._groups, this._parents);
}
function wc(e, t) {
  var n, o, i;
  return function() {
    var a = Jt(this, e), r = (this.style.removeProperty(e), Jt(this, e));
    return a === r ? null : a === n && r === o ? i : i = t(n = a, o = r);
  };
}
function Ka(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function xc(e, t, n) {
  var o, i = n + "", a;
  return function() {
    var r = Jt(this, e);
    return r === i ? null : r === o ? a : a = t(o = r, n);
  };
}
function bc(e, t, n) {
  var o, i, a;
  return function() {
    var r = Jt(this, e), s = n(this), l = s + "";
    return s == null && (l = s = (this.style.removeProperty(e), Jt(this, e))), r === l ? null : r === o && l === i ? a : (i = l, a = t(o = r, s));
  };
}
function kc(e, t) {
  var n, o, i, a = "style." + t, r = "end." + a, s;
  return function() {
    var l = ct(this, e), u = l.on, c = l.value[a] == null ? s || (s = Ka(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(r, i = c), l.on = o;
  };
}
function _c(e, t, n) {
  var o = (e += "") == "transform" ? Su : Wa;
  return t == null ? this.styleTween(e, wc(e, o)).on("end.style." + e, Ka(e)) : typeof t == "function" ? this.styleTween(e, bc(e, o, ai(this, "style." + e, t))).each(kc(this._id, e)) : this.styleTween(e, xc(e, o, t), n).on("end.style." + e, null);
}
function Sc(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function $c(e, t, n) {
  var o, i;
  function a() {
    var r = t.apply(this, arguments);
    return r !== i && (o = (i = r) && Sc(e, r, n)), o;
  }
  return a._value = t, a;
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
  return this.tween("text", typeof e == "function" ? Cc(ai(this, "text", e)) : Nc(e == null ? "" : e + ""));
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
  for (var e = this._name, t = this._id, n = Za(), o = this._groups, i = o.length, a = 0; a < i; ++a)
    for (var r = o[a], s = r.length, l, u = 0; u < s; ++u)
      if (l = r[u]) {
        var c = at(l, t);
        co(l, e, n, u, r, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new gt(o, this._parents, e, n);
}
function zc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(a, r) {
    var s = { value: r }, l = { value: function() {
      --i === 0 && a();
    } };
    n.each(function() {
      var u = ct(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(l)), u.on = t;
    }), i === 0 && a();
  });
}
var Dc = 0;
function gt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Za() {
  return ++Dc;
}
var ft = Nn.prototype;
gt.prototype = {
  constructor: gt,
  select: mc,
  selectAll: pc,
  selectChild: ft.selectChild,
  selectChildren: ft.selectChildren,
  filter: lc,
  merge: uc,
  selection: yc,
  transition: Ac,
  call: ft.call,
  nodes: ft.nodes,
  node: ft.node,
  size: ft.size,
  empty: ft.empty,
  each: ft.each,
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
  ease: ac,
  easeVarying: sc,
  end: zc,
  [Symbol.iterator]: ft[Symbol.iterator]
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
  e instanceof gt ? (t = e._id, e = e._name) : (t = Za(), (n = Bc).time = oi(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, a = 0; a < i; ++a)
    for (var r = o[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && co(l, e, t, u, r, n || Rc(l, t));
  return new gt(o, this._parents, e, t);
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
function mt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
mt.prototype = {
  constructor: mt,
  scale: function(e) {
    return e === 1 ? this : new mt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new mt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var en = new mt(1, 0, 0);
mt.prototype;
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
  return this.__zoom || en;
}
function Yc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Xc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function qc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], a = e.invertY(t[0][1]) - n[0][1], r = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    r > a ? (a + r) / 2 : Math.min(0, a) || Math.max(0, r)
  );
}
function Gc() {
  var e = Hc, t = Fc, n = qc, o = Yc, i = Xc, a = [0, 1 / 0], r = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], s = 250, l = Xn, u = so("start", "zoom", "end"), c, f, h, m = 500, b = 150, y = 0, x = 10;
  function k(N) {
    N.property("__zoom", Ii).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", ee).on("dblclick.zoom", J).filter(i).on("touchstart.zoom", U).on("touchmove.zoom", I).on("touchend.zoom touchcancel.zoom", ne).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  k.transform = function(N, Y, A, D) {
    var P = N.selection ? N.selection() : N;
    P.property("__zoom", Ii), N !== P ? T(N, Y, A, D) : P.interrupt().each(function() {
      O(this, arguments).event(D).start().zoom(null, typeof Y == "function" ? Y.apply(this, arguments) : Y).end();
    });
  }, k.scaleBy = function(N, Y, A, D) {
    k.scaleTo(N, function() {
      var P = this.__zoom.k, V = typeof Y == "function" ? Y.apply(this, arguments) : Y;
      return P * V;
    }, A, D);
  }, k.scaleTo = function(N, Y, A, D) {
    k.transform(N, function() {
      var P = t.apply(this, arguments), V = this.__zoom, K = A == null ? g(P) : typeof A == "function" ? A.apply(this, arguments) : A, oe = V.invert(K), le = typeof Y == "function" ? Y.apply(this, arguments) : Y;
      return n(w(M(V, le), K, oe), P, r);
    }, A, D);
  }, k.translateBy = function(N, Y, A, D) {
    k.transform(N, function() {
      return n(this.__zoom.translate(
        typeof Y == "function" ? Y.apply(this, arguments) : Y,
        typeof A == "function" ? A.apply(this, arguments) : A
      ), t.apply(this, arguments), r);
    }, null, D);
  }, k.translateTo = function(N, Y, A, D, P) {
    k.transform(N, function() {
      var V = t.apply(this, arguments), K = this.__zoom, oe = D == null ? g(V) : typeof D == "function" ? D.apply(this, arguments) : D;
      return n(en.translate(oe[0], oe[1]).scale(K.k).translate(
        typeof Y == "function" ? -Y.apply(this, arguments) : -Y,
        typeof A == "function" ? -A.apply(this, arguments) : -A
      ), V, r);
    }, D, P);
  };
  function M(N, Y) {
    return Y = Math.max(a[0], Math.min(a[1], Y)), Y === N.k ? N : new mt(Y, N.x, N.y);
  }
  function w(N, Y, A) {
    var D = Y[0] - A[0] * N.k, P = Y[1] - A[1] * N.k;
    return D === N.x && P === N.y ? N : new mt(N.k, D, P);
  }
  function g(N) {
    return [(+N[0][0] + +N[1][0]) / 2, (+N[0][1] + +N[1][1]) / 2];
  }
  function T(N, Y, A, D) {
    N.on("start.zoom", function() {
      O(this, arguments).event(D).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(D).end();
    }).tween("zoom", function() {
      var P = this, V = arguments, K = O(P, V).event(D), oe = t.apply(P, V), le = A == null ? g(oe) : typeof A == "function" ? A.apply(P, V) : A, he = Math.max(oe[1][0] - oe[0][0], oe[1][1] - oe[0][1]), ye = P.__zoom, ae = typeof Y == "function" ? Y.apply(P, V) : Y, te = l(ye.invert(le).concat(he / ye.k), ae.invert(le).concat(he / ae.k));
      return function(re) {
        if (re === 1)
          re = ae;
        else {
          var $e = te(re), Ie = he / $e[2];
          re = new mt(Ie, le[0] - $e[0] * Ie, le[1] - $e[1] * Ie);
        }
        K.zoom(null, re);
      };
    });
  }
  function O(N, Y, A) {
    return !A && N.__zooming || new L(N, Y);
  }
  function L(N, Y) {
    this.that = N, this.args = Y, this.active = 0, this.sourceEvent = null, this.extent = t.apply(N, Y), this.taps = 0;
  }
  L.prototype = {
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
      var Y = ot(this.that).datum();
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
  function B(N, ...Y) {
    if (!e.apply(this, arguments))
      return;
    var A = O(this, Y).event(N), D = this.__zoom, P = Math.max(a[0], Math.min(a[1], D.k * Math.pow(2, o.apply(this, arguments)))), V = rt(N);
    if (A.wheel)
      (A.mouse[0][0] !== V[0] || A.mouse[0][1] !== V[1]) && (A.mouse[1] = D.invert(A.mouse[0] = V)), clearTimeout(A.wheel);
    else {
      if (D.k === P)
        return;
      A.mouse = [V, D.invert(V)], Un(this), A.start();
    }
    sn(N), A.wheel = setTimeout(K, b), A.zoom("mouse", n(w(M(D, P), A.mouse[0], A.mouse[1]), A.extent, r));
    function K() {
      A.wheel = null, A.end();
    }
  }
  function ee(N, ...Y) {
    if (h || !e.apply(this, arguments))
      return;
    var A = N.currentTarget, D = O(this, Y, !0).event(N), P = ot(N.view).on("mousemove.zoom", le, !0).on("mouseup.zoom", he, !0), V = rt(N, A), K = N.clientX, oe = N.clientY;
    Oa(N.view), $o(N), D.mouse = [V, this.__zoom.invert(V)], Un(this), D.start();
    function le(ye) {
      if (sn(ye), !D.moved) {
        var ae = ye.clientX - K, te = ye.clientY - oe;
        D.moved = ae * ae + te * te > y;
      }
      D.event(ye).zoom("mouse", n(w(D.that.__zoom, D.mouse[0] = rt(ye, A), D.mouse[1]), D.extent, r));
    }
    function he(ye) {
      P.on("mousemove.zoom mouseup.zoom", null), Ba(ye.view, D.moved), sn(ye), D.event(ye).end();
    }
  }
  function J(N, ...Y) {
    if (e.apply(this, arguments)) {
      var A = this.__zoom, D = rt(N.changedTouches ? N.changedTouches[0] : N, this), P = A.invert(D), V = A.k * (N.shiftKey ? 0.5 : 2), K = n(w(M(A, V), D, P), t.apply(this, Y), r);
      sn(N), s > 0 ? ot(this).transition().duration(s).call(T, K, D, N) : ot(this).call(k.transform, K, D, N);
    }
  }
  function U(N, ...Y) {
    if (e.apply(this, arguments)) {
      var A = N.touches, D = A.length, P = O(this, Y, N.changedTouches.length === D).event(N), V, K, oe, le;
      for ($o(N), K = 0; K < D; ++K)
        oe = A[K], le = rt(oe, this), le = [le, this.__zoom.invert(le), oe.identifier], P.touch0 ? !P.touch1 && P.touch0[2] !== le[2] && (P.touch1 = le, P.taps = 0) : (P.touch0 = le, V = !0, P.taps = 1 + !!c);
      c && (c = clearTimeout(c)), V && (P.taps < 2 && (f = le[0], c = setTimeout(function() {
        c = null;
      }, m)), Un(this), P.start());
    }
  }
  function I(N, ...Y) {
    if (this.__zooming) {
      var A = O(this, Y).event(N), D = N.changedTouches, P = D.length, V, K, oe, le;
      for (sn(N), V = 0; V < P; ++V)
        K = D[V], oe = rt(K, this), A.touch0 && A.touch0[2] === K.identifier ? A.touch0[0] = oe : A.touch1 && A.touch1[2] === K.identifier && (A.touch1[0] = oe);
      if (K = A.that.__zoom, A.touch1) {
        var he = A.touch0[0], ye = A.touch0[1], ae = A.touch1[0], te = A.touch1[1], re = (re = ae[0] - he[0]) * re + (re = ae[1] - he[1]) * re, $e = ($e = te[0] - ye[0]) * $e + ($e = te[1] - ye[1]) * $e;
        K = M(K, Math.sqrt(re / $e)), oe = [(he[0] + ae[0]) / 2, (he[1] + ae[1]) / 2], le = [(ye[0] + te[0]) / 2, (ye[1] + te[1]) / 2];
      } else if (A.touch0)
        oe = A.touch0[0], le = A.touch0[1];
      else
        return;
      A.zoom("touch", n(w(K, oe, le), A.extent, r));
    }
  }
  function ne(N, ...Y) {
    if (this.__zooming) {
      var A = O(this, Y).event(N), D = N.changedTouches, P = D.length, V, K;
      for ($o(N), h && clearTimeout(h), h = setTimeout(function() {
        h = null;
      }, m), V = 0; V < P; ++V)
        K = D[V], A.touch0 && A.touch0[2] === K.identifier ? delete A.touch0 : A.touch1 && A.touch1[2] === K.identifier && delete A.touch1;
      if (A.touch1 && !A.touch0 && (A.touch0 = A.touch1, delete A.touch1), A.touch0)
        A.touch0[1] = this.__zoom.invert(A.touch0[0]);
      else if (A.end(), A.taps === 2 && (K = rt(K, this), Math.hypot(f[0] - K[0], f[1] - K[1]) < x)) {
        var oe = ot(this).on("dblclick.zoom");
        oe && oe.apply(this, arguments);
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
    return arguments.length ? (a[0] = +N[0], a[1] = +N[1], k) : [a[0], a[1]];
  }, k.translateExtent = function(N) {
    return arguments.length ? (r[0][0] = +N[0][0], r[1][0] = +N[1][0], r[0][1] = +N[0][1], r[1][1] = +N[1][1], k) : [[r[0][0], r[0][1]], [r[1][0], r[1][1]]];
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
var fe = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(fe || {}), ri = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(ri || {}), It = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(It || {}), Et = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Et || {}), Yo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Yo || {}), hn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(hn || {});
const Uc = ["INPUT", "SELECT", "TEXTAREA"], Wc = typeof document < "u" ? document : null;
function Xo(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, a = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Uc.includes(o == null ? void 0 : o.nodeName) || i || !!a;
}
function Kc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Ti(e, t, n, o) {
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
  const n = Q(() => Pe(t == null ? void 0 : t.target) ?? Wc), o = St(Pe(e) === !0);
  let i = !1;
  const a = /* @__PURE__ */ new Set();
  let r = l(Pe(e));
  Se(
    () => Pe(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && s(), r = l(u);
    },
    {
      immediate: !0
    }
  ), _a(["blur", "contextmenu"], s), hi(
    (...u) => r(...u),
    (u) => {
      var c, f;
      const h = Pe(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, m = Pe(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Kc(u), (!i || i && !h) && Xo(u))
        return;
      const y = ((f = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : f[0]) || u.target, x = (y == null ? void 0 : y.nodeName) === "BUTTON" || (y == null ? void 0 : y.nodeName) === "A";
      !m && (i || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), hi(
    (...u) => r(...u),
    (u) => {
      const c = Pe(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Xo(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function s() {
    i = !1, a.clear(), o.value = Pe(e) === !0;
  }
  function l(u) {
    return u === null ? (s(), () => !1) : typeof u == "boolean" ? (s(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Zc(u, a) : u;
  }
  return o;
}
const ja = "vue-flow__node-desc", Ja = "vue-flow__edge-desc", Jc = "vue-flow__aria-live", Qa = ["Enter", " ", "Escape"], Kt = {
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
function yt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function er(e, t) {
  return {
    x: yt(e.x, t[0][0], t[1][0]),
    y: yt(e.y, t[0][1], t[1][1])
  };
}
function Pi(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function Nt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Dt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !Nt(e);
}
function cn(e) {
  return Dt(e) && "computedPosition" in e;
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
    dimensions: nt({
      width: 0,
      height: 0
    }),
    computedPosition: nt({
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
    events: nt(qe(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function tr(e, t, n) {
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
    data: qe(e.data) ? e.data : {},
    events: nt(qe(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? a, e, { id: e.id.toString() });
}
function nr(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, a = /* @__PURE__ */ new Set(), r = o === "source" ? "target" : "source";
  for (const s of n)
    s[r] === i && a.add(s[o]);
  return t.filter((s) => a.has(s.id));
}
function td(...e) {
  if (e.length === 3) {
    const [a, r, s] = e;
    return nr(a, r, s, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((a) => Nt(a) && a.source === o).map((a) => n.find((r) => Dt(r) && r.id === a.target));
}
function nd(...e) {
  if (e.length === 3) {
    const [a, r, s] = e;
    return nr(a, r, s, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((a) => Nt(a) && a.target === o).map((a) => n.find((r) => Dt(r) && r.id === a.source));
}
function or({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
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
function _n({ x: e, y: t }, { x: n, y: o, zoom: i }, a = !1, r = [1, 1]) {
  const s = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return a ? ho(s, r) : s;
}
function id(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function ir({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function ad({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function ar(e) {
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
      ir({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return ad(t);
}
function rr(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const a = {
    ..._n(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, r = [];
  for (const s of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = s, f = l.width ?? s.width ?? null, h = l.height ?? s.height ?? null;
    if (i && !u || c)
      continue;
    const m = oo(a, no(s)), b = f === null || h === null, y = o && m > 0, x = (f ?? 0) * (h ?? 0);
    (b || y || m >= x || s.dragging) && r.push(s);
  }
  return r;
}
function sr(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Gt(e, t) {
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
function rd(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Gt(e, n), i = Gt(e, t);
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
    const o = Gt(e.top ?? e.y ?? 0, n), i = Gt(e.bottom ?? e.y ?? 0, n), a = Gt(e.left ?? e.x ?? 0, t), r = Gt(e.right ?? e.x ?? 0, t);
    return { top: o, right: r, bottom: i, left: a, x: a + r, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function sd(e, t, n, o, i, a) {
  const { x: r, y: s } = kn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = kn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - l, f = a - u;
  return {
    left: Math.floor(r),
    top: Math.floor(s),
    right: Math.floor(c),
    bottom: Math.floor(f)
  };
}
function Ai(e, t, n, o, i, a = 0.1) {
  const r = rd(a, t, n), s = (t - r.x) / e.width, l = (n - r.y) / e.height, u = Math.min(s, l), c = yt(u, o, i), f = e.x + e.width / 2, h = e.y + e.height / 2, m = t / 2 - f * c, b = n / 2 - h * c, y = sd(e, m, b, c, t, n), x = {
    left: Math.min(y.left - r.left, 0),
    top: Math.min(y.top - r.top, 0),
    right: Math.min(y.right - r.right, 0),
    bottom: Math.min(y.bottom - r.bottom, 0)
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
function lr(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : lr(n, t) : !1;
}
function Sn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function zi(e) {
  const t = e.ctrlKey && io() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Di(e, t, n) {
  return e < t ? yt(Math.abs(e - t), 1, t) / t : e > n ? -yt(Math.abs(e - n), 1, t) / t : 0;
}
function ur(e, t, n = 15, o = 40) {
  const i = Di(e.x, o, t.width - o) * n, a = Di(e.y, o, t.height - o) * n;
  return [i, a];
}
function Eo(e, t) {
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
function Oi(e, t) {
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
            if (cn(r) && (typeof s.position < "u" && (r.position = s.position), typeof s.dragging < "u" && (r.dragging = s.dragging), r.expandParent && r.parentNode)) {
              const l = t[a.indexOf(r.parentNode)];
              l && cn(l) && Eo(r, l);
            }
            break;
          case "dimensions":
            if (cn(r) && (typeof s.dimensions < "u" && (r.dimensions = s.dimensions), typeof s.updateStyle < "u" && s.updateStyle && (r.style = {
              ...r.style || {},
              width: `${(n = s.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = s.dimensions) == null ? void 0 : o.height}px`
            }), typeof s.resizing < "u" && (r.resizing = s.resizing), r.expandParent && r.parentNode)) {
              const l = t[a.indexOf(r.parentNode)];
              l && cn(l) && (!!l.dimensions.width && !!l.dimensions.height ? Eo(r, l) : Ke(() => {
                Eo(r, l);
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
  for (const [i, a] of e) {
    const r = t.has(i);
    !(a.selected === void 0 && !r) && a.selected !== r && (n && (a.selected = r), o.push(kt(a.id, r)));
  }
  return o;
}
const Vi = () => {
};
function ue(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Vi, o = () => !1;
  const i = () => t.size > 0 || o(), a = (h) => {
    n = h;
  }, r = () => {
    n = Vi;
  }, s = (h) => {
    o = h;
  }, l = () => {
    o = () => !1;
  }, u = (h) => {
    t.delete(h);
  };
  return {
    on: (h) => {
      t.add(h);
      const m = () => u(h);
      return gn(m), { off: m };
    },
    off: u,
    trigger: (h) => {
      const m = [n];
      return i() ? m.push(...t) : e && m.push(e), Promise.allSettled(m.map((b) => b(h)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: a,
    removeEmitter: r,
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
  var i, a;
  const r = /* @__PURE__ */ new Map();
  for (const [s, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !lr(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(s) && r.set(s, {
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
function No({
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
function cr(e) {
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
  const [o, i, a, r] = typeof e != "string" ? cr(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + r, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - a
    ]
  ] : !1;
}
function dd(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const a = cd(i, e, o);
      a && (i = a);
    } else
      t(new Ue(Ge.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const a = (o == null ? void 0 : o.computedPosition.x) || 0, r = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + a, i[0][1] + r],
      [i[1][0] + a, i[1][1] + r]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [a, r, s, l] = cr(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
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
function fd({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function si(e, t, n, o, i) {
  const a = fd(e.dimensions, dd(e, n, o, i)), r = er(t, a);
  return {
    position: {
      x: r.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: r.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: r
  };
}
function tn(e, t, n = fe.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, a = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: r, height: s } = t ?? pd(e);
  if (o)
    return { x: i + r / 2, y: a + s / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case fe.Top:
      return { x: i + r / 2, y: a };
    case fe.Right:
      return { x: i + r, y: a + s / 2 };
    case fe.Bottom:
      return { x: i + r / 2, y: a + s };
    case fe.Left:
      return { x: i, y: a + s / 2 };
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
  const c = ir({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: r / l.zoom,
    height: s / l.zoom
  }), f = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), h = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(f * h) > 0;
}
function vd(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const a = t(e.source), r = t(e.target);
  return !a || !r ? 0 : (n && (i = o ? e.zIndex : Math.max(a.computedPosition.z || 0, r.computedPosition.z || 0)), i);
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
  for (const a of t.values())
    oo(i, no(a)) > 0 && o.push(a);
  return o;
}
const wd = 250;
function xd(e, t, n, o) {
  var i, a;
  let r = [], s = Number.POSITIVE_INFINITY;
  const l = yd(e, n, t + wd);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((a = u.handleBounds) == null ? void 0 : a.target) ?? []];
    for (const f of c) {
      if (o.nodeId === f.nodeId && o.type === f.type && o.id === f.id)
        continue;
      const { x: h, y: m } = tn(u, f, f.position, !0), b = Math.sqrt((h - e.x) ** 2 + (m - e.y) ** 2);
      b > t || (b < s ? (r = [{ ...f, x: h, y: m }], s = b) : b === s && r.push({ ...f, x: h, y: m }));
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
function Xi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: a,
  doc: r,
  lib: s,
  flowId: l,
  isValidConnection: u = gd
}, c, f, h, m) {
  const b = a === "target", y = t ? r.querySelector(`.${s}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x, y: k } = lt(e), M = r.elementFromPoint(x, k), w = M != null && M.classList.contains(`${s}-flow__handle`) ? M : y, g = {
    handleDomNode: w,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (w) {
    const T = dr(void 0, w), O = w.getAttribute("data-nodeid"), L = w.getAttribute("data-handleid"), B = w.classList.contains("connectable"), ee = w.classList.contains("connectableend");
    if (!O || !T)
      return g;
    const J = {
      source: b ? O : o,
      sourceHandle: b ? L : i,
      target: b ? o : O,
      targetHandle: b ? i : L
    };
    g.connection = J;
    const I = B && ee && (n === Et.Strict ? b && T === "source" || !b && T === "target" : O !== o || L !== i);
    g.isValid = I && u(J, {
      nodes: f,
      edges: c,
      sourceNode: h(J.source),
      targetNode: h(J.target)
    }), g.toHandle = fr(O, T, L, m, n, !0);
  }
  return g;
}
function dr(e, t) {
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
function fr(e, t, n, o, i, a = !1) {
  var r, s, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === Et.Strict ? (r = u.handleBounds) == null ? void 0 : r[t] : [...((s = u.handleBounds) == null ? void 0 : s.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], f = (n ? c == null ? void 0 : c.find((h) => h.id === n) : c == null ? void 0 : c[0]) ?? null;
  return f && a ? { ...f, ...tn(u, f, f.position, !0) } : f;
}
const qo = {
  [fe.Left]: fe.Right,
  [fe.Right]: fe.Left,
  [fe.Top]: fe.Bottom,
  [fe.Bottom]: fe.Top
}, _d = ["production", "prod"];
function Mn(e, ...t) {
  hr() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function hr() {
  return !_d.includes("production");
}
function qi(e, t, n, o, i) {
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
      ...fo(r)
    };
  }) : null;
}
function Go(e, t, n, o, i, a = !1, r) {
  i.value = !1, e.selected ? (a || e.selected && t) && (o([e]), Ke(() => {
    r.blur();
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
    id: or(e)
  }, i = tr(i, void 0, o), od(i, t) ? !1 : i;
}
function $d(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Ue(Ge.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Ue(Ge.EDGE_NOT_FOUND, e.id)), !1;
  const { id: a, ...r } = e;
  return {
    ...r,
    id: o ? or(t) : a,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Gi(e, t, n) {
  const o = {}, i = [];
  for (let a = 0; a < e.length; ++a) {
    const r = e[a];
    if (!Dt(r)) {
      n(
        new Ue(Ge.NODE_INVALID, r == null ? void 0 : r.id) || `[ID UNKNOWN|INDEX ${a}]`
      );
      continue;
    }
    const s = ed(r, t(r.id), r.parentNode);
    r.parentNode && (o[r.parentNode] = !0), i[a] = s;
  }
  for (const a of i) {
    const r = t(a.parentNode) || i.find((s) => s.id === a.parentNode);
    a.parentNode && !r && n(new Ue(Ge.NODE_MISSING_PARENT, a.id, a.parentNode)), (a.parentNode || o[a.id]) && (o[a.id] && (a.isParent = !0), r && (r.isParent = !0));
  }
  return i;
}
function Ui(e, t, n, o, i, a) {
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
function Mo(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: a, sourceHandle: r = null, targetHandle: s = null } = o, l = { edgeId: o.id, source: i, target: a, sourceHandle: r, targetHandle: s }, u = `${i}-${r}--${a}-${s}`, c = `${a}-${s}--${i}-${r}`;
    Ui("source", l, c, e, i, r), Ui("target", l, u, e, a, s);
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
function Io(e, t, n, o, i, a, r, s) {
  const l = [];
  for (const u of e) {
    const c = Nt(u) ? u : Sd(u, s, i, a);
    if (!c)
      continue;
    const f = n(c.source), h = n(c.target);
    if (!f || !h) {
      i(new Ue(Ge.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!f) {
      i(new Ue(Ge.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!h) {
      i(new Ue(Ge.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: s,
      nodes: r,
      sourceNode: f,
      targetNode: h
    })) {
      i(new Ue(Ge.EDGE_INVALID, c.id));
      continue;
    }
    const m = o(c.id);
    l.push({
      ...tr(c, m, a),
      sourceNode: f,
      targetNode: h
    });
  }
  return l;
}
const Ki = Symbol("vueFlow"), ui = Symbol("nodeId"), vr = Symbol("nodeRef"), Ed = Symbol("edgeId"), Nd = Symbol("edgeRef"), vo = Symbol("slots");
function mr(e) {
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
    nodesDraggable: f,
    panBy: h,
    findNode: m,
    multiSelectionActive: b,
    nodesSelectionActive: y,
    selectNodesOnDrag: x,
    removeSelectedElements: k,
    addSelectedNodes: M,
    updateNodePositions: w,
    emits: g
  } = He(), { onStart: T, onDrag: O, onStop: L, onClick: B, el: ee, disabled: J, id: U, selectable: I, dragHandle: ne } = e, N = St(!1);
  let Y = [], A, D = null, P = { x: void 0, y: void 0 }, V = { x: 0, y: 0 }, K = null, oe = !1, le = !1, he = 0, ye = !1;
  const ae = pr(), te = ({ x: me, y: pe }) => {
    P = { x: me, y: pe };
    let d = !1;
    if (Y = Y.map((v) => {
      const p = { x: me - v.distance.x, y: pe - v.distance.y }, { computedPosition: _ } = si(
        v,
        n.value ? ho(p, o.value) : p,
        g.error,
        r.value,
        v.parentNode ? m(v.parentNode) : void 0
      );
      return d = d || v.position.x !== _.x || v.position.y !== _.y, v.position = _, v;
    }), le = le || d, !!d && (w(Y, !0, !0), N.value = !0, K)) {
      const [v, p] = No({
        id: U,
        dragItems: Y,
        findNode: m
      });
      O({ event: K, node: v, nodes: p });
    }
  }, re = () => {
    if (!D)
      return;
    const [me, pe] = ur(V, D, c.value);
    if (me !== 0 || pe !== 0) {
      const d = {
        x: (P.x ?? 0) - me / l.value.zoom,
        y: (P.y ?? 0) - pe / l.value.zoom
      };
      h({ x: me, y: pe }) && te(d);
    }
    he = requestAnimationFrame(re);
  }, $e = (me, pe) => {
    oe = !0;
    const d = m(U);
    !x.value && !b.value && d && (d.selected || k()), d && Pe(I) && x.value && Go(
      d,
      b.value,
      M,
      k,
      y,
      !1,
      pe
    );
    const v = ae(me.sourceEvent);
    if (P = v, Y = ud(a.value, f.value, v, U), Y.length) {
      const [p, _] = No({
        id: U,
        dragItems: Y,
        findNode: m
      });
      T({ event: me.sourceEvent, node: p, nodes: _ });
    }
  }, Ie = (me, pe) => {
    var d;
    me.sourceEvent.type === "touchmove" && me.sourceEvent.touches.length > 1 || (le = !1, s.value === 0 && $e(me, pe), P = ae(me.sourceEvent), D = ((d = t.value) == null ? void 0 : d.getBoundingClientRect()) || null, V = lt(me.sourceEvent, D));
  }, we = (me, pe) => {
    const d = ae(me.sourceEvent);
    if (!ye && oe && u.value && (ye = !0, re()), !oe) {
      const v = d.xSnapped - (P.x ?? 0), p = d.ySnapped - (P.y ?? 0);
      Math.sqrt(v * v + p * p) > s.value && $e(me, pe);
    }
    (P.x !== d.xSnapped || P.y !== d.ySnapped) && Y.length && oe && (K = me.sourceEvent, V = lt(me.sourceEvent, D), te(d));
  }, Ce = (me) => {
    let pe = !1;
    if (!oe && !N.value && !b.value) {
      const d = me.sourceEvent, v = ae(d), p = v.xSnapped - (P.x ?? 0), _ = v.ySnapped - (P.y ?? 0), S = Math.sqrt(p * p + _ * _);
      S !== 0 && S <= s.value && (B == null || B(d), pe = !0);
    }
    if (Y.length && !pe) {
      le && (w(Y, !1, !1), le = !1);
      const [d, v] = No({
        id: U,
        dragItems: Y,
        findNode: m
      });
      L({ event: me.sourceEvent, node: d, nodes: v });
    }
    Y = [], N.value = !1, ye = !1, oe = !1, P = { x: void 0, y: void 0 }, cancelAnimationFrame(he);
  };
  return Se([() => Pe(J), ee], ([me, pe], d, v) => {
    if (pe) {
      const p = ot(pe);
      me || (A = Ql().on("start", (_) => Ie(_, pe)).on("drag", (_) => we(_, pe)).on("end", (_) => Ce(_)).filter((_) => {
        const S = _.target, H = Pe(ne);
        return !_.button && (!i.value || !Hi(S, `.${i.value}`, pe) && (!H || Hi(S, H, pe)));
      }), p.call(A)), v(() => {
        p.on(".drag", null), A && (A.on("start", null), A.on("drag", null), A.on("end", null));
      });
    }
  }), N;
}
function Cd() {
  return {
    doubleClick: ue(),
    click: ue(),
    mouseEnter: ue(),
    mouseMove: ue(),
    mouseLeave: ue(),
    contextMenu: ue(),
    updateStart: ue(),
    update: ue(),
    updateEnd: ue()
  };
}
function Md(e, t) {
  const n = Cd();
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
function pr() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = He();
  return (i) => {
    var a;
    const r = ((a = o.value) == null ? void 0 : a.getBoundingClientRect()) ?? { left: 0, top: 0 }, s = md(i) ? i.sourceEvent : i, { x: l, y: u } = lt(s, r), c = _n({ x: l, y: u }, e.value), { x: f, y: h } = n.value ? ho(c, t.value) : c;
    return {
      xSnapped: f,
      ySnapped: h,
      ...c
    };
  };
}
function On() {
  return !0;
}
function gr({
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
    connectOnClick: f,
    connectionClickStartHandle: h,
    nodesConnectable: m,
    autoPanOnConnect: b,
    autoPanSpeed: y,
    findNode: x,
    panBy: k,
    startConnection: M,
    updateConnection: w,
    endConnection: g,
    emits: T,
    viewport: O,
    edges: L,
    nodes: B,
    isValidConnection: ee,
    nodeLookup: J
  } = He();
  let U = null, I = !1, ne = null;
  function N(A) {
    var D;
    const P = Pe(n) === "target", V = li(A), K = Pi(A.target), oe = A.currentTarget;
    if (oe && (V && A.button === 0 || !V)) {
      let le = function(W) {
        d = lt(W, Ce), te = xd(
          _n(d, O.value, !1, [1, 1]),
          c.value,
          J.value,
          _
        ), v || (p(), v = !0);
        const Z = Xi(
          W,
          {
            handle: te,
            connectionMode: u.value,
            fromNodeId: Pe(t),
            fromHandleId: Pe(e),
            fromType: P ? "target" : "source",
            isValidConnection: ae,
            doc: K,
            lib: "vue",
            flowId: s,
            nodeLookup: J.value
          },
          L.value,
          B.value,
          x,
          J.value
        );
        ne = Z.handleDomNode, U = Z.connection, I = kd(!!te, Z.isValid);
        const ie = {
          // from stays the same
          ...F,
          isValid: I,
          to: Z.toHandle && I ? kn({ x: Z.toHandle.x, y: Z.toHandle.y }, O.value) : d,
          toHandle: Z.toHandle,
          toPosition: I && Z.toHandle ? Z.toHandle.position : qo[_.position],
          toNode: Z.toHandle ? J.value.get(Z.toHandle.nodeId) : null
        };
        if (I && te && (F != null && F.toHandle) && ie.toHandle && F.toHandle.type === ie.toHandle.type && F.toHandle.nodeId === ie.toHandle.nodeId && F.toHandle.id === ie.toHandle.id && F.to.x === ie.to.x && F.to.y === ie.to.y)
          return;
        const de = te ?? Z.toHandle;
        if (w(
          de && I ? kn(
            {
              x: de.x,
              y: de.y
            },
            O.value
          ) : d,
          de,
          bd(!!de, I)
        ), F = ie, !te && !I && !ne)
          return Co(pe);
        U && U.source !== U.target && ne && (Co(pe), pe = ne, ne.classList.add("connecting", "vue-flow__handle-connecting"), ne.classList.toggle("valid", !!I), ne.classList.toggle("vue-flow__handle-valid", !!I));
      }, he = function(W) {
        "touches" in W && W.touches.length > 0 || ((te || ne) && U && I && (a ? a(W, U) : T.connect(U)), T.connectEnd(W), i && (r == null || r(W)), Co(pe), cancelAnimationFrame(re), g(W), v = !1, I = !1, U = null, ne = null, K.removeEventListener("mousemove", le), K.removeEventListener("mouseup", he), K.removeEventListener("touchmove", le), K.removeEventListener("touchend", he));
      };
      const ye = x(Pe(t));
      let ae = Pe(o) || ee.value || On;
      !ae && ye && (ae = (P ? ye.isValidSourcePos : ye.isValidTargetPos) || On);
      let te, re = 0;
      const { x: $e, y: Ie } = lt(A), we = dr(Pe(i), oe), Ce = (D = l.value) == null ? void 0 : D.getBoundingClientRect();
      if (!Ce || !we)
        return;
      const me = fr(Pe(t), we, Pe(e), J.value, u.value);
      if (!me)
        return;
      let pe, d = lt(A, Ce), v = !1;
      const p = () => {
        if (!b.value)
          return;
        const [W, Z] = ur(d, Ce, y.value);
        k({ x: W, y: Z }), re = requestAnimationFrame(p);
      }, _ = {
        ...me,
        nodeId: Pe(t),
        type: we,
        position: me.position
      }, S = J.value.get(Pe(t)), G = {
        inProgress: !0,
        isValid: null,
        from: tn(S, _, fe.Left, !0),
        fromHandle: _,
        fromPosition: _.position,
        fromNode: S,
        to: d,
        toHandle: null,
        toPosition: qo[_.position],
        toNode: null
      };
      M(
        {
          nodeId: Pe(t),
          id: Pe(e),
          type: we,
          position: (oe == null ? void 0 : oe.getAttribute("data-handlepos")) || fe.Top,
          ...d
        },
        {
          x: $e - Ce.left,
          y: Ie - Ce.top
        }
      ), T.connectStart({ event: A, nodeId: Pe(t), handleId: Pe(e), handleType: we });
      let F = G;
      K.addEventListener("mousemove", le), K.addEventListener("mouseup", he), K.addEventListener("touchmove", le), K.addEventListener("touchend", he);
    }
  }
  function Y(A) {
    var D, P;
    if (!f.value)
      return;
    const V = Pe(n) === "target";
    if (!h.value) {
      T.clickConnectStart({ event: A, nodeId: Pe(t), handleId: Pe(e) }), M(
        {
          nodeId: Pe(t),
          type: Pe(n),
          id: Pe(e),
          position: fe.Top,
          ...lt(A)
        },
        void 0,
        !0
      );
      return;
    }
    let K = Pe(o) || ee.value || On;
    const oe = x(Pe(t));
    if (!K && oe && (K = (V ? oe.isValidSourcePos : oe.isValidTargetPos) || On), oe && (typeof oe.connectable > "u" ? m.value : oe.connectable) === !1)
      return;
    const le = Pi(A.target), he = Xi(
      A,
      {
        handle: {
          nodeId: Pe(t),
          id: Pe(e),
          type: Pe(n),
          position: fe.Top,
          ...lt(A)
        },
        connectionMode: u.value,
        fromNodeId: h.value.nodeId,
        fromHandleId: h.value.id ?? null,
        fromType: h.value.type,
        isValidConnection: K,
        doc: le,
        lib: "vue",
        flowId: s,
        nodeLookup: J.value
      },
      L.value,
      B.value,
      x,
      J.value
    ), ye = ((D = he.connection) == null ? void 0 : D.source) === ((P = he.connection) == null ? void 0 : P.target);
    he.isValid && he.connection && !ye && T.connect(he.connection), T.clickConnectEnd(A), g(A, !0);
  }
  return {
    handlePointerDown: N,
    handleClick: Y
  };
}
function Id() {
  return Ct(ui, "");
}
function yr(e) {
  const t = e ?? Id() ?? "", n = Ct(vr, ge(null)), { findNode: o, edges: i, emits: a } = He(), r = o(t);
  return r || a.error(new Ue(Ge.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: r,
    parentNode: Q(() => o(r.parentNode)),
    connectedEdges: Q(() => sr([r], i.value))
  };
}
function Td() {
  return {
    doubleClick: ue(),
    click: ue(),
    mouseEnter: ue(),
    mouseMove: ue(),
    mouseLeave: ue(),
    contextMenu: ue(),
    dragStart: ue(),
    drag: ue(),
    dragStop: ue()
  };
}
function Pd(e, t) {
  const n = Td();
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
function wr() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: a, nodesDraggable: r, emits: s } = He();
  return (l, u = !1) => {
    const c = a.value ? i.value[0] : 5, f = a.value ? i.value[1] : 5, h = u ? 4 : 1, m = l.x * c * h, b = l.y * f * h, y = [];
    for (const x of e.value)
      if (x.draggable || r && typeof x.draggable > "u") {
        const k = { x: x.computedPosition.x + m, y: x.computedPosition.y + b }, { position: M } = si(
          x,
          k,
          s.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        y.push({
          id: x.id,
          position: M,
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
    return new Promise((a) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? fn : Xn).scaleBy(
        To(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          a(!0);
        }),
        o
      ) : a(!1);
    });
  }
  function n(o, i, a, r) {
    return new Promise((s) => {
      var l;
      const { x: u, y: c } = er({ x: -o, y: -i }, e.translateExtent), f = en.translate(-u, -c).scale(a);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? fn : Xn).transform(
        To(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
          s(!0);
        }),
        f
      ) : s(!1);
    });
  }
  return Q(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, a) => new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((a == null ? void 0 : a.interpolate) === "linear" ? fn : Xn).scaleTo(
        To(e.d3Selection, a == null ? void 0 : a.duration, a == null ? void 0 : a.ease, () => {
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
      padding: Bn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var a, r;
      const s = [];
      for (const h of e.nodes)
        h.dimensions.width && h.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !h.hidden) && (!((a = i.nodes) != null && a.length) || (r = i.nodes) != null && r.length && i.nodes.includes(h.id)) && s.push(h);
      if (!s.length)
        return Promise.resolve(!1);
      const l = ar(s), { x: u, y: c, zoom: f } = Ai(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Bn
      );
      return n(u, c, f, i);
    },
    setCenter: (i, a, r) => {
      const s = typeof (r == null ? void 0 : r.zoom) < "u" ? r.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * s, u = e.dimensions.height / 2 - a * s;
      return n(l, u, s, r);
    },
    fitBounds: (i, a = { padding: Bn }) => {
      const { x: r, y: s, zoom: l } = Ai(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        a.padding ?? Bn
      );
      return n(r, s, l, a);
    },
    project: (i) => _n(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: a, y: r } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x - a,
          y: i.y - r
        };
        return _n(s, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: a, y: r } = e.vueFlowRef.getBoundingClientRect(), s = {
          x: i.x + a,
          y: i.y + r
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
  const o = ya(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let y, x, k = !!(n.nodes.value.length || n.edges.value.length);
        y = qt([e.modelValue, () => {
          var M, w;
          return (w = (M = e.modelValue) == null ? void 0 : M.value) == null ? void 0 : w.length;
        }], ([M]) => {
          M && Array.isArray(M) && (x == null || x.pause(), n.setElements(M), !x && !k && M.length ? k = !0 : x == null || x.resume());
        }), x = qt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([M, w]) => {
            var g;
            (g = e.modelValue) != null && g.value && Array.isArray(e.modelValue.value) && (y == null || y.pause(), e.modelValue.value = [...M, ...w], Ke(() => {
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
        let y, x, k = !!n.nodes.value.length;
        y = qt([e.nodes, () => {
          var M, w;
          return (w = (M = e.nodes) == null ? void 0 : M.value) == null ? void 0 : w.length;
        }], ([M]) => {
          M && Array.isArray(M) && (x == null || x.pause(), n.setNodes(M), !x && !k && M.length ? k = !0 : x == null || x.resume());
        }), x = qt(
          [n.nodes, () => n.nodes.value.length],
          ([M]) => {
            var w;
            (w = e.nodes) != null && w.value && Array.isArray(e.nodes.value) && (y == null || y.pause(), e.nodes.value = [...M], Ke(() => {
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
        let y, x, k = !!n.edges.value.length;
        y = qt([e.edges, () => {
          var M, w;
          return (w = (M = e.edges) == null ? void 0 : M.value) == null ? void 0 : w.length;
        }], ([M]) => {
          M && Array.isArray(M) && (x == null || x.pause(), n.setEdges(M), !x && !k && M.length ? k = !0 : x == null || x.resume());
        }), x = qt(
          [n.edges, () => n.edges.value.length],
          ([M]) => {
            var w;
            (w = e.edges) != null && w.value && Array.isArray(e.edges.value) && (y == null || y.pause(), e.edges.value = [...M], Ke(() => {
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
    }, f = () => {
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
    }, h = () => {
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
          (x, k, M) => {
            x ? n.onConnect(y) : n.hooks.value.connect.off(y), M(() => {
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
          const M = Re(() => t[k]), w = n[k];
          jo(w) && o.run(() => {
            Se(
              M,
              (g) => {
                qe(g) && (w.value = g);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), a(), r(), l(), s(), u(), c(), f(), h(), m();
    })();
  }), () => o.stop();
}
function Bd() {
  return {
    edgesChange: ue(),
    nodesChange: ue(),
    nodeDoubleClick: ue(),
    nodeClick: ue(),
    nodeMouseEnter: ue(),
    nodeMouseMove: ue(),
    nodeMouseLeave: ue(),
    nodeContextMenu: ue(),
    nodeDragStart: ue(),
    nodeDrag: ue(),
    nodeDragStop: ue(),
    nodesInitialized: ue(),
    miniMapNodeClick: ue(),
    miniMapNodeDoubleClick: ue(),
    miniMapNodeMouseEnter: ue(),
    miniMapNodeMouseMove: ue(),
    miniMapNodeMouseLeave: ue(),
    connect: ue(),
    connectStart: ue(),
    connectEnd: ue(),
    clickConnectStart: ue(),
    clickConnectEnd: ue(),
    paneReady: ue(),
    init: ue(),
    move: ue(),
    moveStart: ue(),
    moveEnd: ue(),
    selectionDragStart: ue(),
    selectionDrag: ue(),
    selectionDragStop: ue(),
    selectionContextMenu: ue(),
    selectionStart: ue(),
    selectionEnd: ue(),
    viewportChangeStart: ue(),
    viewportChange: ue(),
    viewportChangeEnd: ue(),
    paneScroll: ue(),
    paneClick: ue(),
    paneContextMenu: ue(),
    paneMouseEnter: ue(),
    paneMouseMove: ue(),
    paneMouseLeave: ue(),
    edgeContextMenu: ue(),
    edgeMouseEnter: ue(),
    edgeMouseMove: ue(),
    edgeMouseLeave: ue(),
    edgeDoubleClick: ue(),
    edgeClick: ue(),
    edgeUpdateStart: ue(),
    edgeUpdate: ue(),
    edgeUpdateEnd: ue(),
    updateNodeInternals: ue(),
    error: ue((e) => Mn(e.message))
  };
}
function Rd(e, t) {
  const n = on();
  Xr(() => {
    for (const [i, a] of Object.entries(t.value)) {
      const r = (s) => {
        e(i, s);
      };
      a.setEmitter(r), gn(a.removeEmitter), a.setHasEmitListeners(() => o(i)), gn(a.removeHasEmitListeners);
    }
  });
  function o(i) {
    var a;
    const r = Ld(i);
    return !!((a = n == null ? void 0 : n.vnode.props) == null ? void 0 : a[r]);
  }
}
function Ld(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, a) => a.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function xr() {
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
    selectionMode: ri.Full,
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
      type: It.Bezier,
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
  const o = Dd(e), i = (d) => {
    const v = d ?? [];
    e.hooks.updateNodeInternals.trigger(v);
  }, a = (d) => nd(d, e.nodes, e.edges), r = (d) => td(d, e.nodes, e.edges), s = (d) => sr(d, e.edges), l = ({ id: d, type: v, nodeId: p }) => {
    var _;
    const S = d ? `-${v}-${d}` : `-${v}`;
    return Array.from(((_ = e.connectionLookup.get(`${p}${S}`)) == null ? void 0 : _.values()) ?? []);
  }, u = (d) => {
    if (d)
      return t.value.get(d);
  }, c = (d) => {
    if (d)
      return n.value.get(d);
  }, f = (d, v, p) => {
    var _, S;
    const H = [];
    for (const G of d) {
      const F = {
        id: G.id,
        type: "position",
        dragging: p,
        from: G.from
      };
      if (v && (F.position = G.position, G.parentNode)) {
        const W = u(G.parentNode);
        F.position = {
          x: F.position.x - (((_ = W == null ? void 0 : W.computedPosition) == null ? void 0 : _.x) ?? 0),
          y: F.position.y - (((S = W == null ? void 0 : W.computedPosition) == null ? void 0 : S.y) ?? 0)
        };
      }
      H.push(F);
    }
    H != null && H.length && e.hooks.nodesChange.trigger(H);
  }, h = (d) => {
    if (!e.vueFlowRef)
      return;
    const v = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!v)
      return;
    const p = window.getComputedStyle(v), { m22: _ } = new window.DOMMatrixReadOnly(p.transform), S = [];
    for (const H of d) {
      const G = H, F = u(G.id);
      if (F) {
        const W = fo(G.nodeElement);
        if (!!(W.width && W.height && (F.dimensions.width !== W.width || F.dimensions.height !== W.height || G.forceUpdate))) {
          const ie = G.nodeElement.getBoundingClientRect();
          F.dimensions = W, F.handleBounds.source = qi("source", G.nodeElement, ie, _, F.id), F.handleBounds.target = qi("target", G.nodeElement, ie, _, F.id), S.push({
            id: F.id,
            type: "dimensions",
            dimensions: W
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), S.length && e.hooks.nodesChange.trigger(S);
  }, m = (d, v) => {
    const p = /* @__PURE__ */ new Set(), _ = /* @__PURE__ */ new Set();
    for (const G of d)
      Dt(G) ? p.add(G.id) : Nt(G) && _.add(G.id);
    const S = _t(t.value, p, !0), H = _t(n.value, _);
    if (e.multiSelectionActive) {
      for (const G of p)
        S.push(kt(G, v));
      for (const G of _)
        H.push(kt(G, v));
    }
    S.length && e.hooks.nodesChange.trigger(S), H.length && e.hooks.edgesChange.trigger(H);
  }, b = (d) => {
    if (e.multiSelectionActive) {
      const v = d.map((p) => kt(p.id, !0));
      e.hooks.nodesChange.trigger(v);
      return;
    }
    e.hooks.nodesChange.trigger(_t(t.value, new Set(d.map((v) => v.id)), !0)), e.hooks.edgesChange.trigger(_t(n.value));
  }, y = (d) => {
    if (e.multiSelectionActive) {
      const v = d.map((p) => kt(p.id, !0));
      e.hooks.edgesChange.trigger(v);
      return;
    }
    e.hooks.edgesChange.trigger(_t(n.value, new Set(d.map((v) => v.id)))), e.hooks.nodesChange.trigger(_t(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (d) => {
    m(d, !0);
  }, k = (d) => {
    const p = (d || e.nodes).map((_) => (_.selected = !1, kt(_.id, !1)));
    e.hooks.nodesChange.trigger(p);
  }, M = (d) => {
    const p = (d || e.edges).map((_) => (_.selected = !1, kt(_.id, !1)));
    e.hooks.edgesChange.trigger(p);
  }, w = (d) => {
    if (!d || !d.length)
      return m([], !1);
    const v = d.reduce(
      (p, _) => {
        const S = kt(_.id, !1);
        return Dt(_) ? p.nodes.push(S) : p.edges.push(S), p;
      },
      { nodes: [], edges: [] }
    );
    v.nodes.length && e.hooks.nodesChange.trigger(v.nodes), v.edges.length && e.hooks.edgesChange.trigger(v.edges);
  }, g = (d) => {
    var v;
    (v = e.d3Zoom) == null || v.scaleExtent([d, e.maxZoom]), e.minZoom = d;
  }, T = (d) => {
    var v;
    (v = e.d3Zoom) == null || v.scaleExtent([e.minZoom, d]), e.maxZoom = d;
  }, O = (d) => {
    var v;
    (v = e.d3Zoom) == null || v.translateExtent(d), e.translateExtent = d;
  }, L = (d) => {
    e.nodeExtent = d, i();
  }, B = (d) => {
    var v;
    (v = e.d3Zoom) == null || v.clickDistance(d);
  }, ee = (d) => {
    e.nodesDraggable = d, e.nodesConnectable = d, e.elementsSelectable = d;
  }, J = (d) => {
    const v = d instanceof Function ? d(e.nodes) : d;
    !e.initialized && !v.length || (e.nodes = Gi(v, u, e.hooks.error.trigger));
  }, U = (d) => {
    const v = d instanceof Function ? d(e.edges) : d;
    if (!e.initialized && !v.length)
      return;
    const p = Io(
      v,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Mo(e.connectionLookup, n.value, p), e.edges = p;
  }, I = (d) => {
    const v = d instanceof Function ? d([...e.nodes, ...e.edges]) : d;
    !e.initialized && !v.length || (J(v.filter(Dt)), U(v.filter(Nt)));
  }, ne = (d) => {
    let v = d instanceof Function ? d(e.nodes) : d;
    v = Array.isArray(v) ? v : [v];
    const p = Gi(v, u, e.hooks.error.trigger), _ = [];
    for (const S of p)
      _.push(Bi(S));
    _.length && e.hooks.nodesChange.trigger(_);
  }, N = (d) => {
    let v = d instanceof Function ? d(e.edges) : d;
    v = Array.isArray(v) ? v : [v];
    const p = Io(
      v,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), _ = [];
    for (const S of p)
      _.push(Bi(S));
    _.length && e.hooks.edgesChange.trigger(_);
  }, Y = (d, v = !0, p = !1) => {
    const _ = d instanceof Function ? d(e.nodes) : d, S = Array.isArray(_) ? _ : [_], H = [], G = [];
    function F(Z) {
      const ie = s(Z);
      for (const de of ie)
        (!qe(de.deletable) || de.deletable) && G.push(Li(de.id, de.source, de.target, de.sourceHandle, de.targetHandle));
    }
    function W(Z) {
      const ie = [];
      for (const de of e.nodes)
        de.parentNode === Z && ie.push(de);
      if (ie.length) {
        for (const de of ie)
          H.push(Ri(de.id));
        v && F(ie);
        for (const de of ie)
          W(de.id);
      }
    }
    for (const Z of S) {
      const ie = typeof Z == "string" ? u(Z) : Z;
      ie && (qe(ie.deletable) && !ie.deletable || (H.push(Ri(ie.id)), v && F([ie]), p && W(ie.id)));
    }
    G.length && e.hooks.edgesChange.trigger(G), H.length && e.hooks.nodesChange.trigger(H);
  }, A = (d) => {
    const v = d instanceof Function ? d(e.edges) : d, p = Array.isArray(v) ? v : [v], _ = [];
    for (const S of p) {
      const H = typeof S == "string" ? c(S) : S;
      H && (qe(H.deletable) && !H.deletable || _.push(
        Li(
          typeof S == "string" ? S : S.id,
          H.source,
          H.target,
          H.sourceHandle,
          H.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(_);
  }, D = (d, v, p = !0) => {
    const _ = c(d.id);
    if (!_)
      return !1;
    const S = e.edges.indexOf(_), H = $d(d, v, _, p, e.hooks.error.trigger);
    if (H) {
      const [G] = Io(
        [H],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((F, W) => W === S ? G : F), Mo(e.connectionLookup, n.value, [G]), G;
    }
    return !1;
  }, P = (d, v, p = { replace: !1 }) => {
    const _ = c(d);
    if (!_)
      return;
    const S = typeof v == "function" ? v(_) : v;
    _.data = p.replace ? S : { ..._.data, ...S };
  }, V = (d) => Oi(d, e.nodes), K = (d) => {
    const v = Oi(d, e.edges);
    return Mo(e.connectionLookup, n.value, v), v;
  }, oe = (d, v, p = { replace: !1 }) => {
    const _ = u(d);
    if (!_)
      return;
    const S = typeof v == "function" ? v(_) : v;
    p.replace ? e.nodes.splice(e.nodes.indexOf(_), 1, S) : Object.assign(_, S);
  }, le = (d, v, p = { replace: !1 }) => {
    const _ = u(d);
    if (!_)
      return;
    const S = typeof v == "function" ? v(_) : v;
    _.data = p.replace ? S : { ..._.data, ...S };
  }, he = (d, v, p = !1) => {
    p ? e.connectionClickStartHandle = d : e.connectionStartHandle = d, e.connectionEndHandle = null, e.connectionStatus = null, v && (e.connectionPosition = v);
  }, ye = (d, v = null, p = null) => {
    e.connectionStartHandle && (e.connectionPosition = d, e.connectionEndHandle = v, e.connectionStatus = p);
  }, ae = (d, v) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, v ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, te = (d) => {
    const v = Qc(d), p = v ? null : cn(d) ? d : u(d.id);
    return !v && !p ? [null, null, v] : [v ? d : no(p), p, v];
  }, re = (d, v = !0, p = e.nodes) => {
    const [_, S, H] = te(d);
    if (!_)
      return [];
    const G = [];
    for (const F of p || e.nodes) {
      if (!H && (F.id === S.id || !F.computedPosition))
        continue;
      const W = no(F), Z = oo(W, _);
      (v && Z > 0 || Z >= W.width * W.height || Z >= Number(_.width) * Number(_.height)) && G.push(F);
    }
    return G;
  }, $e = (d, v, p = !0) => {
    const [_] = te(d);
    if (!_)
      return !1;
    const S = oo(_, v);
    return p && S > 0 || S >= Number(_.width) * Number(_.height);
  }, Ie = (d) => {
    const { viewport: v, dimensions: p, d3Zoom: _, d3Selection: S, translateExtent: H } = e;
    if (!_ || !S || !d.x && !d.y)
      return !1;
    const G = en.translate(v.x + d.x, v.y + d.y).scale(v.zoom), F = [
      [0, 0],
      [p.width, p.height]
    ], W = _.constrain()(G, F, H), Z = e.viewport.x !== W.x || e.viewport.y !== W.y || e.viewport.zoom !== W.k;
    return _.transform(S, W), Z;
  }, we = (d) => {
    const v = d instanceof Function ? d(e) : d, p = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    qe(v.defaultEdgeOptions) && (e.defaultEdgeOptions = v.defaultEdgeOptions);
    const _ = v.modelValue || v.nodes || v.edges ? [] : void 0;
    _ && (v.modelValue && _.push(...v.modelValue), v.nodes && _.push(...v.nodes), v.edges && _.push(...v.edges), I(_));
    const S = () => {
      qe(v.maxZoom) && T(v.maxZoom), qe(v.minZoom) && g(v.minZoom), qe(v.translateExtent) && O(v.translateExtent);
    };
    for (const H of Object.keys(v)) {
      const G = H, F = v[G];
      ![...Vd, ...p].includes(G) && qe(F) && (e[G] = F);
    }
    zo(() => e.d3Zoom).not.toBeNull().then(S), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: f,
    updateNodeDimensions: h,
    setElements: I,
    setNodes: J,
    setEdges: U,
    addNodes: ne,
    addEdges: N,
    removeNodes: Y,
    removeEdges: A,
    findNode: u,
    findEdge: c,
    updateEdge: D,
    updateEdgeData: P,
    updateNode: oe,
    updateNodeData: le,
    applyEdgeChanges: K,
    applyNodeChanges: V,
    addSelectedElements: x,
    addSelectedNodes: b,
    addSelectedEdges: y,
    setMinZoom: g,
    setMaxZoom: T,
    setTranslateExtent: O,
    setNodeExtent: L,
    setPaneClickDistance: B,
    removeSelectedElements: w,
    removeSelectedNodes: k,
    removeSelectedEdges: M,
    startConnection: he,
    updateConnection: ye,
    endConnection: ae,
    setInteractive: ee,
    setState: we,
    getIntersectingNodes: re,
    getIncomers: a,
    getOutgoers: r,
    getConnectedEdges: s,
    getHandleConnections: l,
    isNodeIntersecting: $e,
    panBy: Ie,
    fitView: (d) => o.value.fitView(d),
    zoomIn: (d) => o.value.zoomIn(d),
    zoomOut: (d) => o.value.zoomOut(d),
    zoomTo: (d, v) => o.value.zoomTo(d, v),
    setViewport: (d, v) => o.value.setViewport(d, v),
    setTransform: (d, v) => o.value.setTransform(d, v),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (d, v, p) => o.value.setCenter(d, v, p),
    fitBounds: (d, v) => o.value.fitBounds(d, v),
    project: (d) => o.value.project(d),
    screenToFlowCoordinate: (d) => o.value.screenToFlowCoordinate(d),
    flowToScreenCoordinate: (d) => o.value.flowToScreenCoordinate(d),
    toObject: () => {
      const d = [], v = [];
      for (const p of e.nodes) {
        const {
          computedPosition: _,
          handleBounds: S,
          selected: H,
          dimensions: G,
          isParent: F,
          resizing: W,
          dragging: Z,
          events: ie,
          ...de
        } = p;
        d.push(de);
      }
      for (const p of e.edges) {
        const { selected: _, sourceNode: S, targetNode: H, events: G, ...F } = p;
        v.push(F);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: d,
          edges: v,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (d) => new Promise((v) => {
      const { nodes: p, edges: _, position: S, zoom: H, viewport: G } = d;
      p && J(p), _ && U(_);
      const [F, W] = G != null && G.x && (G != null && G.y) ? [G.x, G.y] : S ?? [null, null];
      if (F && W) {
        const Z = (G == null ? void 0 : G.zoom) || H || e.viewport.zoom;
        return zo(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: F,
            y: W,
            zoom: Z
          }).then(() => {
            v(!0);
          });
        });
      } else
        v(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const d = xr();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const v = en.translate(d.defaultViewport.x ?? 0, d.defaultViewport.y ?? 0).scale(yt(d.defaultViewport.zoom ?? 1, d.minZoom, d.maxZoom)), p = e.viewportRef.getBoundingClientRect(), _ = [
          [0, 0],
          [p.width, p.height]
        ], S = e.d3Zoom.constrain()(v, _, d.translateExtent);
        e.d3Zoom.transform(e.d3Selection, S);
      }
      we(d);
    },
    $destroy: () => {
    }
  };
}
const Fd = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Yd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, $t = /* @__PURE__ */ Fe({
  ...Yd,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => fe.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Wr(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Re(() => n.type ?? "source"), i = Re(() => n.isValidConnection ?? null), {
      id: a,
      connectionStartHandle: r,
      connectionClickStartHandle: s,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: f,
      noPanClassName: h
    } = He(), { id: m, node: b, nodeEl: y, connectedEdges: x } = yr(), k = ge(), M = Re(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), w = Re(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), g = Re(
      () => {
        var U, I, ne, N, Y, A;
        return ((U = r.value) == null ? void 0 : U.nodeId) === m && ((I = r.value) == null ? void 0 : I.id) === e.id && ((ne = r.value) == null ? void 0 : ne.type) === o.value || ((N = l.value) == null ? void 0 : N.nodeId) === m && ((Y = l.value) == null ? void 0 : Y.id) === e.id && ((A = l.value) == null ? void 0 : A.type) === o.value;
      }
    ), T = Re(
      () => {
        var U, I, ne;
        return ((U = s.value) == null ? void 0 : U.nodeId) === m && ((I = s.value) == null ? void 0 : I.id) === e.id && ((ne = s.value) == null ? void 0 : ne.type) === o.value;
      }
    ), { handlePointerDown: O, handleClick: L } = gr({
      nodeId: m,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), B = Q(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((U) => {
      const I = U[`${o.value}Handle`];
      return U[o.value] !== m ? !1 : I ? I === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((U) => {
      const I = U[`${o.value}Handle`];
      return U[o.value] !== m ? !1 : I ? I === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(b, x.value) : qe(e.connectable) ? e.connectable : c.value);
    tt(() => {
      var U;
      if (!b.dimensions.width || !b.dimensions.height)
        return;
      const I = (U = b.handleBounds[o.value]) == null ? void 0 : U.find((V) => V.id === e.id);
      if (!u.value || I)
        return;
      const ne = u.value.querySelector(".vue-flow__transformationpane");
      if (!y.value || !k.value || !ne || !e.id)
        return;
      const N = y.value.getBoundingClientRect(), Y = k.value.getBoundingClientRect(), A = window.getComputedStyle(ne), { m22: D } = new window.DOMMatrixReadOnly(A.transform), P = {
        id: e.id,
        position: e.position,
        x: (Y.left - N.left) / D,
        y: (Y.top - N.top) / D,
        type: o.value,
        nodeId: m,
        ...fo(k.value)
      };
      b.handleBounds[o.value] = [...b.handleBounds[o.value] ?? [], P];
    });
    function ee(U) {
      const I = li(U);
      B.value && M.value && (I && U.button === 0 || !I) && O(U);
    }
    function J(U) {
      !m || !s.value && !M.value || B.value && L(U);
    }
    return t({
      handleClick: L,
      handlePointerDown: O,
      onClick: J,
      onPointerDown: ee
    }), (U, I) => (C(), z("div", {
      ref_key: "handle",
      ref: k,
      "data-id": `${X(a)}-${X(m)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": X(m),
      "data-handlepos": U.position,
      class: Oe(["vue-flow__handle", [
        `vue-flow__handle-${U.position}`,
        `vue-flow__handle-${e.id}`,
        X(f),
        X(h),
        o.value,
        {
          connectable: B.value,
          connecting: T.value,
          connectablestart: M.value,
          connectableend: w.value,
          connectionindicator: B.value && (M.value && !g.value || w.value && g.value)
        }
      ]]),
      onMousedown: ee,
      onTouchstartPassive: ee,
      onClick: J
    }, [
      We(U.$slots, "default", { id: U.id })
    ], 42, Fd));
  }
}), mo = function({
  sourcePosition: e = fe.Bottom,
  targetPosition: t = fe.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: a,
  data: r
}) {
  const s = r.label ?? n;
  return [
    De($t, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof s != "string" && s ? De(s) : De(_e, [s]),
    De($t, { type: "source", position: e, connectable: o, isValidConnection: a })
  ];
};
mo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
mo.inheritAttrs = !1;
mo.compatConfig = { MODE: 3 };
const Xd = mo, po = function({
  targetPosition: e = fe.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const a = i.label ?? t;
  return [
    De($t, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof a != "string" && a ? De(a) : De(_e, [a])
  ];
};
po.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
po.inheritAttrs = !1;
po.compatConfig = { MODE: 3 };
const qd = po, go = function({
  sourcePosition: e = fe.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const a = i.label ?? t;
  return [
    typeof a != "string" && a ? De(a) : De(_e, [a]),
    De($t, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
go.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
go.inheritAttrs = !1;
go.compatConfig = { MODE: 3 };
const Gd = go, Ud = ["transform"], Wd = ["width", "height", "x", "y", "rx", "ry"], Kd = ["y"], Zd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, jd = /* @__PURE__ */ Fe({
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
    const t = ge({ x: 0, y: 0, width: 0, height: 0 }), n = ge(null), o = Q(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    tt(i), Se([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const a = n.value.getBBox();
      (a.width !== t.value.width || a.height !== t.value.height) && (t.value = a);
    }
    return (a, r) => (C(), z("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      a.labelShowBg ? (C(), z("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * a.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * a.labelBgPadding[1]}px`,
        x: -a.labelBgPadding[0],
        y: -a.labelBgPadding[1],
        style: ze(a.labelBgStyle),
        rx: a.labelBgBorderRadius,
        ry: a.labelBgBorderRadius
      }, null, 12, Wd)) : se("", !0),
      $("text", xa(a.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: a.labelStyle
      }), [
        We(a.$slots, "default", {}, () => [
          typeof a.label != "string" ? (C(), Le(Jo(a.label), { key: 0 })) : (C(), z(_e, { key: 1 }, [
            Ne(q(a.label), 1)
          ], 64))
        ])
      ], 16, Kd)
    ], 8, Ud));
  }
}), Jd = ["id", "d", "marker-end", "marker-start"], Qd = ["d", "stroke-width"], ef = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, yo = /* @__PURE__ */ Fe({
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
    const n = ge(null), o = ge(null), i = ge(null), a = Kr();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (r, s) => (C(), z(_e, null, [
      $("path", xa(X(a), {
        id: r.id,
        ref_key: "pathEl",
        ref: n,
        d: r.path,
        class: "vue-flow__edge-path",
        "marker-end": r.markerEnd,
        "marker-start": r.markerStart
      }), null, 16, Jd),
      r.interactionWidth ? (C(), z("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: r.path,
        "stroke-width": r.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Qd)) : se("", !0),
      r.label && r.labelX && r.labelY ? (C(), Le(jd, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : se("", !0)
    ], 64));
  }
});
function br({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, a = n < e ? n + i : n - i, r = Math.abs(o - t) / 2, s = o < t ? o + r : o - r;
  return [a, s, i, r];
}
function kr({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: a,
  targetControlX: r,
  targetControlY: s
}) {
  const l = e * 0.125 + i * 0.375 + r * 0.375 + n * 0.125, u = t * 0.125 + a * 0.375 + s * 0.375 + o * 0.125, c = Math.abs(l - e), f = Math.abs(u - t);
  return [l, u, c, f];
}
function Rn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Zi({ pos: e, x1: t, y1: n, x2: o, y2: i, c: a }) {
  let r, s;
  switch (e) {
    case fe.Left:
      r = t - Rn(t - o, a), s = n;
      break;
    case fe.Right:
      r = t + Rn(o - t, a), s = n;
      break;
    case fe.Top:
      r = t, s = n - Rn(n - i, a);
      break;
    case fe.Bottom:
      r = t, s = n + Rn(i - n, a);
      break;
  }
  return [r, s];
}
function _r(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = fe.Top,
    curvature: s = 0.25
  } = e, [l, u] = Zi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: a,
    c: s
  }), [c, f] = Zi({
    pos: r,
    x1: i,
    y1: a,
    x2: t,
    y2: n,
    c: s
  }), [h, m, b, y] = kr({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: a,
    sourceControlX: l,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: f
  });
  return [
    `M${t},${n} C${l},${u} ${c},${f} ${i},${a}`,
    h,
    m,
    b,
    y
  ];
}
function ji({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let a, r;
  switch (e) {
    case fe.Left:
    case fe.Right:
      a = 0.5 * (t + o), r = n;
      break;
    case fe.Top:
    case fe.Bottom:
      a = t, r = 0.5 * (n + i);
      break;
  }
  return [a, r];
}
function Sr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = fe.Top
  } = e, [s, l] = ji({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: a
  }), [u, c] = ji({
    pos: r,
    x1: i,
    y1: a,
    x2: t,
    y2: n
  }), [f, h, m, b] = kr({
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
    f,
    h,
    m,
    b
  ];
}
const Ji = {
  [fe.Left]: { x: -1, y: 0 },
  [fe.Right]: { x: 1, y: 0 },
  [fe.Top]: { x: 0, y: -1 },
  [fe.Bottom]: { x: 0, y: 1 }
};
function tf({
  source: e,
  sourcePosition: t = fe.Bottom,
  target: n
}) {
  return t === fe.Left || t === fe.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Qi(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function nf({
  source: e,
  sourcePosition: t = fe.Bottom,
  target: n,
  targetPosition: o = fe.Top,
  center: i,
  offset: a
}) {
  const r = Ji[t], s = Ji[o], l = { x: e.x + r.x * a, y: e.y + r.y * a }, u = { x: n.x + s.x * a, y: n.y + s.y * a }, c = tf({
    source: l,
    sourcePosition: t,
    target: u
  }), f = c.x !== 0 ? "x" : "y", h = c[f];
  let m, b, y;
  const x = { x: 0, y: 0 }, k = { x: 0, y: 0 }, [M, w, g, T] = br({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (r[f] * s[f] === -1) {
    b = i.x ?? M, y = i.y ?? w;
    const L = [
      { x: b, y: l.y },
      { x: b, y: u.y }
    ], B = [
      { x: l.x, y },
      { x: u.x, y }
    ];
    r[f] === h ? m = f === "x" ? L : B : m = f === "x" ? B : L;
  } else {
    const L = [{ x: l.x, y: u.y }], B = [{ x: u.x, y: l.y }];
    if (f === "x" ? m = r.x === h ? B : L : m = r.y === h ? L : B, t === o) {
      const ne = Math.abs(e[f] - n[f]);
      if (ne <= a) {
        const N = Math.min(a - 1, a - ne);
        r[f] === h ? x[f] = (l[f] > e[f] ? -1 : 1) * N : k[f] = (u[f] > n[f] ? -1 : 1) * N;
      }
    }
    if (t !== o) {
      const ne = f === "x" ? "y" : "x", N = r[f] === s[ne], Y = l[ne] > u[ne], A = l[ne] < u[ne];
      (r[f] === 1 && (!N && Y || N && A) || r[f] !== 1 && (!N && A || N && Y)) && (m = f === "x" ? L : B);
    }
    const ee = { x: l.x + x.x, y: l.y + x.y }, J = { x: u.x + k.x, y: u.y + k.y }, U = Math.max(Math.abs(ee.x - m[0].x), Math.abs(J.x - m[0].x)), I = Math.max(Math.abs(ee.y - m[0].y), Math.abs(J.y - m[0].y));
    U >= I ? (b = (ee.x + J.x) / 2, y = m[0].y) : (b = m[0].x, y = (ee.y + J.y) / 2);
  }
  return [[
    e,
    { x: l.x + x.x, y: l.y + x.y },
    ...m,
    { x: u.x + k.x, y: u.y + k.y },
    n
  ], b, y, g, T];
}
function of(e, t, n, o) {
  const i = Math.min(Qi(e, t) / 2, Qi(t, n) / 2, o), { x: a, y: r } = t;
  if (e.x === a && a === n.x || e.y === r && r === n.y)
    return `L${a} ${r}`;
  if (e.y === r) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${a + i * u},${r}Q ${a},${r} ${a},${r + i * c}`;
  }
  const s = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${a},${r + i * l}Q ${a},${r} ${a + i * s},${r}`;
}
function Uo(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: a,
    targetPosition: r = fe.Top,
    borderRadius: s = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [f, h, m, b, y] = nf({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: a },
    targetPosition: r,
    center: { x: l, y: u },
    offset: c
  });
  return [f.reduce((k, M, w) => {
    let g;
    return w > 0 && w < f.length - 1 ? g = of(f[w - 1], M, f[w + 1], s) : g = `${w === 0 ? "M" : "L"}${M.x} ${M.y}`, k += g, k;
  }, ""), h, m, b, y];
}
function af(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [a, r, s, l] = br({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, a, r, s, l];
}
const rf = Fe({
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
      const [n, o, i] = af(e);
      return De(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), sf = rf, lf = Fe({
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
        sourcePosition: e.sourcePosition ?? fe.Bottom,
        targetPosition: e.targetPosition ?? fe.Top
      });
      return De(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), $r = lf, uf = Fe({
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
    return () => De($r, { ...e, ...t, borderRadius: 0 });
  }
}), cf = uf, df = Fe({
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
      const [n, o, i] = _r({
        ...e,
        sourcePosition: e.sourcePosition ?? fe.Bottom,
        targetPosition: e.targetPosition ?? fe.Top
      });
      return De(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ff = df, hf = Fe({
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
      const [n, o, i] = Sr({
        ...e,
        sourcePosition: e.sourcePosition ?? fe.Bottom,
        targetPosition: e.targetPosition ?? fe.Top
      });
      return De(yo, {
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
  smoothstep: $r,
  simplebezier: vf
};
function gf(e, t, n) {
  const o = Q(() => (y) => t.value.get(y)), i = Q(() => (y) => n.value.get(y)), a = Q(() => {
    const y = {
      ...pf,
      ...e.edgeTypes
    }, x = Object.keys(y);
    for (const k of e.edges)
      k.type && !x.includes(k.type) && (y[k.type] = k.type);
    return y;
  }), r = Q(() => {
    const y = {
      ...mf,
      ...e.nodeTypes
    }, x = Object.keys(y);
    for (const k of e.nodes)
      k.type && !x.includes(k.type) && (y[k.type] = k.type);
    return y;
  }), s = Q(() => e.onlyRenderVisibleElements ? rr(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = Q(() => {
    if (e.onlyRenderVisibleElements) {
      const y = [];
      for (const x of e.edges) {
        const k = t.value.get(x.source), M = t.value.get(x.target);
        hd({
          sourcePos: k.computedPosition || { x: 0, y: 0 },
          targetPos: M.computedPosition || { x: 0, y: 0 },
          sourceWidth: k.dimensions.width,
          sourceHeight: k.dimensions.height,
          targetWidth: M.dimensions.width,
          targetHeight: M.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && y.push(x);
      }
      return y;
    }
    return e.edges;
  }), u = Q(() => [...s.value, ...l.value]), c = Q(() => {
    const y = [];
    for (const x of e.nodes)
      x.selected && y.push(x);
    return y;
  }), f = Q(() => {
    const y = [];
    for (const x of e.edges)
      x.selected && y.push(x);
    return y;
  }), h = Q(() => [
    ...c.value,
    ...f.value
  ]), m = Q(() => {
    const y = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && y.push(x);
    return y;
  }), b = Q(
    () => s.value.length > 0 && m.value.length === s.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: a,
    getNodeTypes: r,
    getEdges: l,
    getNodes: s,
    getSelectedElements: h,
    getSelectedNodes: c,
    getSelectedEdges: f,
    getNodesInitialized: m,
    areNodesInitialized: b
  };
}
class Tt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = on()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Tt.instance;
    return Tt.instance = o ?? new Tt(), n && (n.config.globalProperties.$vueFlowStorage = Tt.instance), Tt.instance;
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
    const o = xr(), i = mn(o), a = {};
    for (const [h, m] of Object.entries(i.hooks)) {
      const b = `on${h.charAt(0).toUpperCase() + h.slice(1)}`;
      a[b] = m.on;
    }
    const r = {};
    for (const [h, m] of Object.entries(i.hooks))
      r[h] = m.trigger;
    const s = Q(() => {
      const h = /* @__PURE__ */ new Map();
      for (const m of i.nodes)
        h.set(m.id, m);
      return h;
    }), l = Q(() => {
      const h = /* @__PURE__ */ new Map();
      for (const m of i.edges)
        h.set(m.id, m);
      return h;
    }), u = gf(i, s, l), c = Hd(i, s, l);
    c.setState({ ...i, ...n });
    const f = {
      ...a,
      ...u,
      ...c,
      ...ls(i),
      nodeLookup: s,
      edgeLookup: l,
      emits: r,
      id: t,
      vueFlowVersion: "1.48.2",
      $destroy: () => {
        this.remove(t);
      }
    };
    return this.set(t, f), f;
  }
  getId() {
    return `vue-flow-${this.currentId++}`;
  }
}
function He(e) {
  const t = Tt.getInstance(), n = ga(), o = typeof e == "object", i = o ? e : { id: e }, a = i.id, r = a ?? (n == null ? void 0 : n.vueFlowId);
  let s;
  if (n) {
    const l = Ct(Ki, null);
    typeof l < "u" && l !== null && (!r || l.id === r) && (s = l);
  }
  if (s || r && (s = t.get(r)), !s || r && s.id !== r) {
    const l = a ?? t.getId(), u = t.create(l, i);
    s = u, (n ?? ya(!0)).run(() => {
      Se(
        u.applyDefault,
        (f, h, m) => {
          const b = (x) => {
            u.applyNodeChanges(x);
          }, y = (x) => {
            u.applyEdgeChanges(x);
          };
          f ? (u.onNodesChange(b), u.onEdgesChange(y)) : (u.hooks.value.nodesChange.off(b), u.hooks.value.edgesChange.off(y)), m(() => {
            u.hooks.value.nodesChange.off(b), u.hooks.value.edgesChange.off(y);
          });
        },
        { immediate: !0 }
      ), gn(() => {
        if (s) {
          const f = t.get(s.id);
          f ? f.$destroy() : Mn(`No store instance found for id ${s.id} in storage.`);
        }
      });
    });
  } else
    o && s.setState(i);
  if (n && (Ot(Ki, s), n.vueFlowId = s.id), o) {
    const l = on();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && s.emits.error(new Ue(Ge.USEVUEFLOW_OPTIONS));
  }
  return s;
}
function yf(e) {
  const { emits: t, dimensions: n } = He();
  let o;
  tt(() => {
    const i = () => {
      var a, r;
      if (!e.value || !(((r = (a = e.value).checkVisibility) == null ? void 0 : r.call(a)) ?? !0))
        return;
      const s = fo(e.value);
      (s.width === 0 || s.height === 0) && t.error(new Ue(Ge.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: s.width || 500, height: s.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Vt(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const wf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, xf = /* @__PURE__ */ Fe({
  ...wf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (C(), z("div", {
      class: "vue-flow__selection vue-flow__container",
      style: ze({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), bf = ["tabIndex"], kf = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, _f = /* @__PURE__ */ Fe({
  ...kf,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: a, userSelectionActive: r } = He(), s = wr(), l = ge(null), u = mr({
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
    tt(() => {
      var b;
      a.value || (b = l.value) == null || b.focus({ preventScroll: !0 });
    });
    const c = Q(() => ar(o.value)), f = Q(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function h(b) {
      t.selectionContextMenu({ event: b, nodes: o.value });
    }
    function m(b) {
      a.value || Kt[b.key] && (b.preventDefault(), s(
        {
          x: Kt[b.key].x,
          y: Kt[b.key].y
        },
        b.shiftKey
      ));
    }
    return (b, y) => !X(r) && c.value.width && c.value.height ? (C(), z("div", {
      key: 0,
      class: Oe(["vue-flow__nodesselection vue-flow__container", X(i)]),
      style: ze({ transform: `translate(${X(n).x}px,${X(n).y}px) scale(${X(n).zoom})` })
    }, [
      $("div", {
        ref_key: "el",
        ref: l,
        class: Oe([{ dragging: X(u) }, "vue-flow__nodesselection-rect"]),
        style: ze(f.value),
        tabIndex: X(a) ? void 0 : -1,
        onContextmenu: h,
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
}, Ef = /* @__PURE__ */ Fe({
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
      userSelectionActive: a,
      removeSelectedElements: r,
      userSelectionRect: s,
      elementsSelectable: l,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: f,
      removeNodes: h,
      removeEdges: m,
      selectionMode: b,
      deleteKeyCode: y,
      multiSelectionKeyCode: x,
      multiSelectionActive: k,
      edgeLookup: M,
      nodeLookup: w,
      connectionLookup: g,
      defaultEdgeOptions: T,
      connectionStartHandle: O,
      panOnDrag: L
    } = He(), B = St(null), ee = St(/* @__PURE__ */ new Set()), J = St(/* @__PURE__ */ new Set()), U = St(null), I = Re(() => l.value && (e.isSelecting || a.value)), ne = Re(() => O.value !== null);
    let N = !1, Y = !1;
    const A = vn(y, { actInsideInputWithModifier: !1 }), D = vn(x);
    Se(A, (ae) => {
      ae && (h(f.value), m(c.value), u.value = !1);
    }), Se(D, (ae) => {
      k.value = ae;
    });
    function P(ae, te) {
      return (re) => {
        re.target === te && (ae == null || ae(re));
      };
    }
    function V(ae) {
      if (N || ne.value) {
        N = !1;
        return;
      }
      i.paneClick(ae), r(), u.value = !1;
    }
    function K(ae) {
      var te;
      if (Array.isArray(L.value) && ((te = L.value) != null && te.includes(2))) {
        ae.preventDefault();
        return;
      }
      i.paneContextMenu(ae);
    }
    function oe(ae) {
      i.paneScroll(ae);
    }
    function le(ae) {
      var te, re, $e;
      if (U.value = ((te = t.value) == null ? void 0 : te.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || ae.button !== 0 || ae.target !== B.value || !U.value)
        return;
      ($e = (re = ae.target) == null ? void 0 : re.setPointerCapture) == null || $e.call(re, ae.pointerId);
      const { x: Ie, y: we } = Sf(ae, U.value);
      Y = !0, N = !1, r(), s.value = {
        width: 0,
        height: 0,
        startX: Ie,
        startY: we,
        x: Ie,
        y: we
      }, i.selectionStart(ae);
    }
    function he(ae) {
      var te;
      if (!U.value || !s.value)
        return;
      N = !0;
      const { x: re, y: $e } = lt(ae, U.value), { startX: Ie = 0, startY: we = 0 } = s.value, Ce = {
        startX: Ie,
        startY: we,
        x: re < Ie ? re : Ie,
        y: $e < we ? $e : we,
        width: Math.abs(re - Ie),
        height: Math.abs($e - we)
      }, me = ee.value, pe = J.value;
      ee.value = new Set(
        rr(n.value, Ce, o.value, b.value === ri.Partial, !0).map(
          (v) => v.id
        )
      ), J.value = /* @__PURE__ */ new Set();
      const d = ((te = T.value) == null ? void 0 : te.selectable) ?? !0;
      for (const v of ee.value) {
        const p = g.value.get(v);
        if (p)
          for (const { edgeId: _ } of p.values()) {
            const S = M.value.get(_);
            S && (S.selectable ?? d) && J.value.add(_);
          }
      }
      if (!Wi(me, ee.value)) {
        const v = _t(w.value, ee.value, !0);
        i.nodesChange(v);
      }
      if (!Wi(pe, J.value)) {
        const v = _t(M.value, J.value);
        i.edgesChange(v);
      }
      s.value = Ce, a.value = !0, u.value = !1;
    }
    function ye(ae) {
      var te;
      ae.button !== 0 || !Y || ((te = ae.target) == null || te.releasePointerCapture(ae.pointerId), !a.value && s.value && ae.target === B.value && V(ae), a.value = !1, s.value = null, u.value = ee.value.size > 0, i.selectionEnd(ae), e.selectionKeyPressed && (N = !1), Y = !1);
    }
    return (ae, te) => (C(), z("div", {
      ref_key: "container",
      ref: B,
      class: Oe(["vue-flow__pane vue-flow__container", { selection: ae.isSelecting }]),
      onClick: te[0] || (te[0] = (re) => I.value ? void 0 : P(V, B.value)(re)),
      onContextmenu: te[1] || (te[1] = (re) => P(K, B.value)(re)),
      onWheelPassive: te[2] || (te[2] = (re) => P(oe, B.value)(re)),
      onPointerenter: te[3] || (te[3] = (re) => I.value ? void 0 : X(i).paneMouseEnter(re)),
      onPointerdown: te[4] || (te[4] = (re) => I.value ? le(re) : X(i).paneMouseMove(re)),
      onPointermove: te[5] || (te[5] = (re) => I.value ? he(re) : X(i).paneMouseMove(re)),
      onPointerup: te[6] || (te[6] = (re) => I.value ? ye(re) : void 0),
      onPointerleave: te[7] || (te[7] = (re) => X(i).paneMouseLeave(re))
    }, [
      We(ae.$slots, "default"),
      X(a) && X(s) ? (C(), Le(xf, {
        key: 0,
        "user-selection-rect": X(s)
      }, null, 8, ["user-selection-rect"])) : se("", !0),
      X(u) && X(f).length ? (C(), Le(_f, { key: 1 })) : se("", !0)
    ], 34));
  }
}), Nf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Cf = /* @__PURE__ */ Fe({
  ...Nf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = He(), i = Q(() => n.value ? !o.value : !1), a = Q(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (r, s) => (C(), z("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: ze({ transform: a.value, opacity: i.value ? 0 : void 0 })
    }, [
      We(r.$slots, "default")
    ], 4));
  }
}), Mf = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, If = /* @__PURE__ */ Fe({
  ...Mf,
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
      panOnDrag: f,
      zoomOnDoubleClick: h,
      zoomOnPinch: m,
      zoomOnScroll: b,
      preventScrolling: y,
      noWheelClassName: x,
      noPanClassName: k,
      emits: M,
      connectionStartHandle: w,
      userSelectionActive: g,
      paneDragging: T,
      d3Zoom: O,
      d3Selection: L,
      d3ZoomHandler: B,
      viewport: ee,
      viewportRef: J,
      paneClickDistance: U
    } = He();
    yf(J);
    const I = St(!1), ne = St(!1);
    let N = null, Y = !1, A = 0, D = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const P = vn(s), V = vn(r), K = vn(a), oe = Re(
      () => (!V.value || V.value && r.value === !0) && (P.value || f.value)
    ), le = Re(() => P.value || l.value), he = Re(() => r.value === !0 && oe.value !== !0), ye = Re(
      () => V.value && r.value !== !0 || g.value || he.value
    ), ae = Re(() => w.value !== null);
    tt(() => {
      if (!J.value) {
        Mn("Viewport element is missing");
        return;
      }
      const we = J.value, Ce = we.getBoundingClientRect(), me = Gc().clickDistance(U.value).scaleExtent([t.value, n.value]).translateExtent(i.value), pe = ot(we).call(me), d = pe.on("wheel.zoom"), v = en.translate(o.value.x ?? 0, o.value.y ?? 0).scale(yt(o.value.zoom ?? 1, t.value, n.value)), p = [
        [0, 0],
        [Ce.width, Ce.height]
      ], _ = me.constrain()(v, p, i.value);
      me.transform(pe, _), me.wheelDelta(zi), O.value = me, L.value = pe, B.value = d, ee.value = { x: _.x, y: _.y, zoom: _.k }, me.on("start", (S) => {
        var H;
        if (!S.sourceEvent)
          return null;
        A = S.sourceEvent.button, I.value = !0;
        const G = $e(S.transform);
        ((H = S.sourceEvent) == null ? void 0 : H.type) === "mousedown" && (T.value = !0), D = G, M.viewportChangeStart(G), M.moveStart({ event: S, flowTransform: G });
      }), me.on("end", (S) => {
        if (!S.sourceEvent)
          return null;
        if (I.value = !1, T.value = !1, te(oe.value, A ?? 0) && !Y && M.paneContextMenu(S.sourceEvent), Y = !1, re(D, S.transform)) {
          const H = $e(S.transform);
          D = H, M.viewportChangeEnd(H), M.moveEnd({ event: S, flowTransform: H });
        }
      }), me.filter((S) => {
        var H;
        const G = K.value || b.value, F = m.value && S.ctrlKey, W = S.button, Z = S.type === "wheel";
        if (W === 1 && S.type === "mousedown" && (Ie(S, "vue-flow__node") || Ie(S, "vue-flow__edge")))
          return !0;
        if (!oe.value && !G && !le.value && !h.value && !m.value || g.value || ae.value && !Z || !h.value && S.type === "dblclick" || Ie(S, x.value) && Z || Ie(S, k.value) && (!Z || le.value && Z && !K.value) || !m.value && S.ctrlKey && Z || !G && !le.value && !F && Z)
          return !1;
        if (!m && S.type === "touchstart" && ((H = S.touches) == null ? void 0 : H.length) > 1)
          return S.preventDefault(), !1;
        if (!oe.value && (S.type === "mousedown" || S.type === "touchstart") || he.value && Array.isArray(f.value) && f.value.includes(0) && W === 0 || Array.isArray(f.value) && !f.value.includes(W) && (S.type === "mousedown" || S.type === "touchstart"))
          return !1;
        const ie = Array.isArray(f.value) && f.value.includes(W) || r.value === !0 && Array.isArray(f.value) && !f.value.includes(0) || !W || W <= 1;
        return (!S.ctrlKey || P.value || Z) && ie;
      }), Se(
        [g, oe],
        () => {
          g.value && !I.value ? me.on("zoom", null) : g.value || me.on("zoom", (S) => {
            ee.value = { x: S.transform.x, y: S.transform.y, zoom: S.transform.k };
            const H = $e(S.transform);
            Y = te(oe.value, A ?? 0), M.viewportChange(H), M.move({ event: S, flowTransform: H });
          });
        },
        { immediate: !0 }
      ), Se(
        [g, le, u, K, m, y, x],
        () => {
          le.value && !K.value && !g.value ? pe.on(
            "wheel.zoom",
            (S) => {
              if (Ie(S, x.value))
                return !1;
              const H = K.value || b.value, G = m.value && S.ctrlKey;
              if (!(!y.value || le.value || H || G))
                return !1;
              S.preventDefault(), S.stopImmediatePropagation();
              const W = pe.property("__zoom").k || 1, Z = io();
              if (!P.value && S.ctrlKey && m.value && Z) {
                const Je = rt(S), Mt = zi(S), Ft = W * 2 ** Mt;
                me.scaleTo(pe, Ft, Je, S);
                return;
              }
              const ie = S.deltaMode === 1 ? 20 : 1;
              let de = u.value === hn.Vertical ? 0 : S.deltaX * ie, Me = u.value === hn.Horizontal ? 0 : S.deltaY * ie;
              !Z && S.shiftKey && u.value !== hn.Vertical && !de && Me && (de = Me, Me = 0), me.translateBy(
                pe,
                -(de / W) * c.value,
                -(Me / W) * c.value
              );
              const Te = $e(pe.property("__zoom"));
              N && clearTimeout(N), ne.value ? (M.move({ event: S, flowTransform: Te }), M.viewportChange(Te), N = setTimeout(() => {
                M.moveEnd({ event: S, flowTransform: Te }), M.viewportChangeEnd(Te), ne.value = !1;
              }, 150)) : (ne.value = !0, M.moveStart({ event: S, flowTransform: Te }), M.viewportChangeStart(Te));
            },
            { passive: !1 }
          ) : typeof d < "u" && pe.on(
            "wheel.zoom",
            function(S, H) {
              const G = !y.value && S.type === "wheel" && !S.ctrlKey, F = K.value || b.value, W = m.value && S.ctrlKey;
              if (!F && !l.value && !W && S.type === "wheel" || G || Ie(S, x.value))
                return null;
              S.preventDefault(), d.call(this, S, H);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function te(we, Ce) {
      return Ce === 2 && Array.isArray(we) && we.includes(2);
    }
    function re(we, Ce) {
      return we.x !== Ce.x && !Number.isNaN(Ce.x) || we.y !== Ce.y && !Number.isNaN(Ce.y) || we.zoom !== Ce.k && !Number.isNaN(Ce.k);
    }
    function $e(we) {
      return {
        x: we.x,
        y: we.y,
        zoom: we.k
      };
    }
    function Ie(we, Ce) {
      return we.target.closest(`.${Ce}`);
    }
    return (we, Ce) => (C(), z("div", {
      ref_key: "viewportRef",
      ref: J,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ce(Ef, {
        "is-selecting": ye.value,
        "selection-key-pressed": X(V),
        class: Oe({
          connecting: ae.value,
          dragging: X(T),
          draggable: X(f) === !0 || Array.isArray(X(f)) && X(f).includes(0)
        })
      }, {
        default: Ye(() => [
          ce(Cf, null, {
            default: Ye(() => [
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
}, Df = /* @__PURE__ */ Fe({
  ...zf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = He();
    return (i, a) => (C(), z(_e, null, [
      $("div", {
        id: `${X(ja)}-${X(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + q(X(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Tf),
      $("div", {
        id: `${X(Ja)}-${X(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Pf),
      X(n) ? se("", !0) : (C(), z("div", {
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
  const e = He();
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
  return n === fe.Left ? e - t : n === fe.Right ? e + t : e;
}
function Rf(e, t, n) {
  return n === fe.Top ? e - t : n === fe.Bottom ? e + t : e;
}
const ci = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = fe.Top,
  type: i
}) {
  return De("circle", {
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
const ea = ci, Lf = Fe({
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
      findNode: f,
      isValidConnection: h,
      multiSelectionActive: m,
      disableKeyboardA11y: b,
      elementsSelectable: y,
      edgesUpdatable: x,
      edgesFocusable: k,
      hooks: M
    } = He(), w = Q(() => c(e.id)), { emit: g, on: T } = Md(w.value, a), O = Ct(vo), L = on(), B = ge(!1), ee = ge(!1), J = ge(""), U = ge(null), I = ge("source"), ne = ge(null), N = Re(
      () => typeof w.value.selectable > "u" ? y.value : w.value.selectable
    ), Y = Re(() => typeof w.value.updatable > "u" ? x.value : w.value.updatable), A = Re(() => typeof w.value.focusable > "u" ? k.value : w.value.focusable);
    Ot(Ed, e.id), Ot(Nd, ne);
    const D = Q(() => w.value.class instanceof Function ? w.value.class(w.value) : w.value.class), P = Q(() => w.value.style instanceof Function ? w.value.style(w.value) : w.value.style), V = Q(() => {
      const v = w.value.type || "default", p = O == null ? void 0 : O[`edge-${v}`];
      if (p)
        return p;
      let _ = w.value.template ?? l.value[v];
      if (typeof _ == "string" && L) {
        const S = Object.keys(L.appContext.components);
        S && S.includes(v) && (_ = wa(v, !1));
      }
      return _ && typeof _ != "string" ? _ : (a.error(new Ue(Ge.EDGE_TYPE_MISSING, _)), !1);
    }), { handlePointerDown: K } = gr({
      nodeId: J,
      handleId: U,
      type: I,
      isValidConnection: h,
      edgeUpdaterType: I,
      onEdgeUpdate: he,
      onEdgeUpdateEnd: ye
    });
    return () => {
      const v = f(w.value.source), p = f(w.value.target), _ = "pathOptions" in w.value ? w.value.pathOptions : {};
      if (!v && !p)
        return a.error(new Ue(Ge.EDGE_SOURCE_TARGET_MISSING, w.value.id, w.value.source, w.value.target)), null;
      if (!v)
        return a.error(new Ue(Ge.EDGE_SOURCE_MISSING, w.value.id, w.value.source)), null;
      if (!p)
        return a.error(new Ue(Ge.EDGE_TARGET_MISSING, w.value.id, w.value.target)), null;
      if (!w.value || w.value.hidden || v.hidden || p.hidden)
        return null;
      let S;
      o.value === Et.Strict ? S = v.handleBounds.source : S = [...v.handleBounds.source || [], ...v.handleBounds.target || []];
      const H = Fi(S, w.value.sourceHandle);
      let G;
      o.value === Et.Strict ? G = p.handleBounds.target : G = [...p.handleBounds.target || [], ...p.handleBounds.source || []];
      const F = Fi(G, w.value.targetHandle), W = (H == null ? void 0 : H.position) || fe.Bottom, Z = (F == null ? void 0 : F.position) || fe.Top, { x: ie, y: de } = tn(v, H, W), { x: Me, y: Te } = tn(p, F, Z);
      return w.value.sourceX = ie, w.value.sourceY = de, w.value.targetX = Me, w.value.targetY = Te, De(
        "g",
        {
          ref: ne,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${V.value === !1 ? "default" : w.value.type || "default"}`,
            s.value,
            D.value,
            {
              updating: B.value,
              selected: w.value.selected,
              animated: w.value.animated,
              inactive: !N.value && !M.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: A.value ? 0 : void 0,
          "aria-label": w.value.ariaLabel === null ? void 0 : w.value.ariaLabel ?? `Edge from ${w.value.source} to ${w.value.target}`,
          "aria-describedby": A.value ? `${Ja}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: A.value ? "group" : "img",
          ...w.value.domAttributes,
          onClick: te,
          onContextmenu: re,
          onDblclick: $e,
          onMouseenter: Ie,
          onMousemove: we,
          onMouseleave: Ce,
          onKeyDown: A.value ? d : void 0
        },
        [
          ee.value ? null : De(V.value === !1 ? l.value.default : V.value, {
            id: e.id,
            sourceNode: v,
            targetNode: p,
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
            events: { ...w.value.events, ...T },
            style: P.value,
            markerStart: `url('#${Sn(w.value.markerStart, t)}')`,
            markerEnd: `url('#${Sn(w.value.markerEnd, t)}')`,
            sourcePosition: W,
            targetPosition: Z,
            sourceX: ie,
            sourceY: de,
            targetX: Me,
            targetY: Te,
            sourceHandleId: w.value.sourceHandle,
            targetHandleId: w.value.targetHandle,
            interactionWidth: w.value.interactionWidth,
            ..._
          }),
          [
            Y.value === "source" || Y.value === !0 ? [
              De(
                "g",
                {
                  onMousedown: me,
                  onMouseenter: oe,
                  onMouseout: le
                },
                De(ea, {
                  position: W,
                  centerX: ie,
                  centerY: de,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            Y.value === "target" || Y.value === !0 ? [
              De(
                "g",
                {
                  onMousedown: pe,
                  onMouseenter: oe,
                  onMouseout: le
                },
                De(ea, {
                  position: Z,
                  centerX: Me,
                  centerY: Te,
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
    function oe() {
      B.value = !0;
    }
    function le() {
      B.value = !1;
    }
    function he(v, p) {
      g.update({ event: v, edge: w.value, connection: p });
    }
    function ye(v) {
      g.updateEnd({ event: v, edge: w.value }), ee.value = !1;
    }
    function ae(v, p) {
      v.button === 0 && (ee.value = !0, J.value = p ? w.value.target : w.value.source, U.value = (p ? w.value.targetHandle : w.value.sourceHandle) ?? null, I.value = p ? "target" : "source", g.updateStart({ event: v, edge: w.value }), K(v));
    }
    function te(v) {
      var p;
      const _ = { event: v, edge: w.value };
      N.value && (r.value = !1, w.value.selected && m.value ? (u([w.value]), (p = ne.value) == null || p.blur()) : n([w.value])), g.click(_);
    }
    function re(v) {
      g.contextMenu({ event: v, edge: w.value });
    }
    function $e(v) {
      g.doubleClick({ event: v, edge: w.value });
    }
    function Ie(v) {
      g.mouseEnter({ event: v, edge: w.value });
    }
    function we(v) {
      g.mouseMove({ event: v, edge: w.value });
    }
    function Ce(v) {
      g.mouseLeave({ event: v, edge: w.value });
    }
    function me(v) {
      ae(v, !0);
    }
    function pe(v) {
      ae(v, !1);
    }
    function d(v) {
      var p;
      !b.value && Qa.includes(v.key) && N.value && (v.key === "Escape" ? ((p = ne.value) == null || p.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Vf = Lf, Hf = Fe({
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
      findNode: f
    } = He(), h = (e = Ct(vo)) == null ? void 0 : e["connection-line"], m = Q(() => {
      var M;
      return f((M = o.value) == null ? void 0 : M.nodeId);
    }), b = Q(() => {
      var M;
      return f((M = i.value) == null ? void 0 : M.nodeId) ?? null;
    }), y = Q(() => ({
      x: (a.value.x - c.value.x) / c.value.zoom,
      y: (a.value.y - c.value.y) / c.value.zoom
    })), x = Q(
      () => l.value.markerStart ? `url(#${Sn(l.value.markerStart, t)})` : ""
    ), k = Q(
      () => l.value.markerEnd ? `url(#${Sn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var M, w, g;
      if (!m.value || !o.value)
        return null;
      const T = o.value.id, O = o.value.type, L = m.value.handleBounds;
      let B = (L == null ? void 0 : L[O]) ?? [];
      if (n.value === Et.Loose) {
        const P = (L == null ? void 0 : L[O === "source" ? "target" : "source"]) ?? [];
        B = [...B, ...P];
      }
      if (!B)
        return null;
      const ee = (T ? B.find((P) => P.id === T) : B[0]) ?? null, J = (ee == null ? void 0 : ee.position) ?? fe.Top, { x: U, y: I } = tn(m.value, ee, J);
      let ne = null;
      b.value && (n.value === Et.Strict ? ne = ((M = b.value.handleBounds[O === "source" ? "target" : "source"]) == null ? void 0 : M.find(
        (P) => {
          var V;
          return P.id === ((V = i.value) == null ? void 0 : V.id);
        }
      )) || null : ne = ((w = [...b.value.handleBounds.source ?? [], ...b.value.handleBounds.target ?? []]) == null ? void 0 : w.find(
        (P) => {
          var V;
          return P.id === ((V = i.value) == null ? void 0 : V.id);
        }
      )) || null);
      const N = ((g = i.value) == null ? void 0 : g.position) ?? (J ? qo[J] : null);
      if (!J || !N)
        return null;
      const Y = r.value ?? l.value.type ?? It.Bezier;
      let A = "";
      const D = {
        sourceX: U,
        sourceY: I,
        sourcePosition: J,
        targetX: y.value.x,
        targetY: y.value.y,
        targetPosition: N
      };
      return Y === It.Bezier ? [A] = _r(D) : Y === It.Step ? [A] = Uo({
        ...D,
        borderRadius: 0
      }) : Y === It.SmoothStep ? [A] = Uo(D) : Y === It.SimpleBezier ? [A] = Sr(D) : A = `M${U},${I} ${y.value.x},${y.value.y}`, De(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        De(
          "g",
          { class: "vue-flow__connection" },
          h ? De(h, {
            sourceX: U,
            sourceY: I,
            sourcePosition: J,
            targetX: y.value.x,
            targetY: y.value.y,
            targetPosition: N,
            sourceNode: m.value,
            sourceHandle: ee,
            targetNode: b.value,
            targetHandle: ne,
            markerEnd: k.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : De("path", {
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
}, qf = /* @__PURE__ */ Fe({
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
    return (t, n) => (C(), z("marker", {
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
      t.type === X(Yo).ArrowClosed ? (C(), z("polyline", {
        key: 0,
        style: ze({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : se("", !0),
      t.type === X(Yo).Arrow ? (C(), z("polyline", {
        key: 1,
        style: ze({
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
}, Wf = /* @__PURE__ */ Fe({
  ...Uf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = He(), a = Q(() => {
      const r = /* @__PURE__ */ new Set(), s = [], l = (u) => {
        if (u) {
          const c = Sn(u, t);
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
    return (r, s) => (C(), z("svg", Gf, [
      $("defs", null, [
        (C(!0), z(_e, null, Ve(a.value, (l) => (C(), Le(qf, {
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
}, Zf = /* @__PURE__ */ Fe({
  ...Kf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = He();
    return (i, a) => (C(), z(_e, null, [
      ce(Wf),
      (C(!0), z(_e, null, Ve(X(n), (r) => (C(), z("svg", {
        key: r.id,
        class: "vue-flow__edges vue-flow__container",
        style: ze({ zIndex: X(vd)(r, X(t), X(o)) })
      }, [
        ce(X(Vf), {
          id: r.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      ce(X(Ff))
    ], 64));
  }
}), jf = Fe({
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
      getNodeTypes: f,
      nodeExtent: h,
      elevateNodesOnSelect: m,
      disableKeyboardA11y: b,
      ariaLiveMessage: y,
      snapToGrid: x,
      snapGrid: k,
      nodeDragThreshold: M,
      nodesDraggable: w,
      elementsSelectable: g,
      nodesConnectable: T,
      nodesFocusable: O,
      hooks: L
    } = He(), B = ge(null);
    Ot(vr, B), Ot(ui, e.id);
    const ee = Ct(vo), J = on(), U = wr(), { node: I, parentNode: ne } = yr(e.id), { emit: N, on: Y } = Pd(I, r), A = Re(() => typeof I.draggable > "u" ? w.value : I.draggable), D = Re(() => typeof I.selectable > "u" ? g.value : I.selectable), P = Re(() => typeof I.connectable > "u" ? T.value : I.connectable), V = Re(() => typeof I.focusable > "u" ? O.value : I.focusable), K = Q(
      () => D.value || A.value || L.value.nodeClick.hasListeners() || L.value.nodeDoubleClick.hasListeners() || L.value.nodeMouseEnter.hasListeners() || L.value.nodeMouseMove.hasListeners() || L.value.nodeMouseLeave.hasListeners()
    ), oe = Re(() => !!I.dimensions.width && !!I.dimensions.height), le = Q(() => {
      const p = I.type || "default", _ = ee == null ? void 0 : ee[`node-${p}`];
      if (_)
        return _;
      let S = I.template || f.value[p];
      if (typeof S == "string" && J) {
        const H = Object.keys(J.appContext.components);
        H && H.includes(p) && (S = wa(p, !1));
      }
      return S && typeof S != "string" ? S : (r.error(new Ue(Ge.NODE_TYPE_MISSING, S)), !1);
    }), he = mr({
      id: e.id,
      el: B,
      disabled: () => !A.value,
      selectable: D,
      dragHandle: () => I.dragHandle,
      onStart(p) {
        N.dragStart(p);
      },
      onDrag(p) {
        N.drag(p);
      },
      onStop(p) {
        N.dragStop(p);
      },
      onClick(p) {
        d(p);
      }
    }), ye = Q(() => I.class instanceof Function ? I.class(I) : I.class), ae = Q(() => {
      const p = (I.style instanceof Function ? I.style(I) : I.style) || {}, _ = I.width instanceof Function ? I.width(I) : I.width, S = I.height instanceof Function ? I.height(I) : I.height;
      return !p.width && _ && (p.width = typeof _ == "string" ? _ : `${_}px`), !p.height && S && (p.height = typeof S == "string" ? S : `${S}px`), p;
    }), te = Re(() => Number(I.zIndex ?? ae.value.zIndex ?? 0));
    return c((p) => {
      (p.includes(e.id) || !p.length) && $e();
    }), tt(() => {
      Se(
        () => I.hidden,
        (p = !1, _, S) => {
          !p && B.value && (e.resizeObserver.observe(B.value), S(() => {
            B.value && e.resizeObserver.unobserve(B.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Se([() => I.type, () => I.sourcePosition, () => I.targetPosition], () => {
      Ke(() => {
        u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
      });
    }), Se(
      [
        () => I.position.x,
        () => I.position.y,
        () => {
          var p;
          return (p = ne.value) == null ? void 0 : p.computedPosition.x;
        },
        () => {
          var p;
          return (p = ne.value) == null ? void 0 : p.computedPosition.y;
        },
        () => {
          var p;
          return (p = ne.value) == null ? void 0 : p.computedPosition.z;
        },
        te,
        () => I.selected,
        () => I.dimensions.height,
        () => I.dimensions.width,
        () => {
          var p;
          return (p = ne.value) == null ? void 0 : p.dimensions.height;
        },
        () => {
          var p;
          return (p = ne.value) == null ? void 0 : p.dimensions.width;
        }
      ],
      ([p, _, S, H, G, F]) => {
        const W = {
          x: p,
          y: _,
          z: F + (m.value && I.selected ? 1e3 : 0)
        };
        typeof S < "u" && typeof H < "u" ? I.computedPosition = ld({ x: S, y: H, z: G }, W) : I.computedPosition = W;
      },
      { flush: "post", immediate: !0 }
    ), Se([() => I.extent, h], ([p, _], [S, H]) => {
      (p !== S || _ !== H) && re();
    }), I.extent === "parent" || typeof I.extent == "object" && "range" in I.extent && I.extent.range === "parent" ? zo(() => oe).toBe(!0).then(re) : re(), () => I.hidden ? null : De(
      "div",
      {
        ref: B,
        "data-id": I.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${le.value === !1 ? "default" : I.type || "default"}`,
          {
            [n.value]: A.value,
            dragging: he == null ? void 0 : he.value,
            draggable: A.value,
            selected: I.selected,
            selectable: D.value,
            parent: I.isParent
          },
          ye.value
        ],
        style: {
          visibility: oe.value ? "visible" : "hidden",
          zIndex: I.computedPosition.z ?? te.value,
          transform: `translate(${I.computedPosition.x}px,${I.computedPosition.y}px)`,
          pointerEvents: K.value ? "all" : "none",
          ...ae.value
        },
        tabIndex: V.value ? 0 : void 0,
        role: V.value ? "group" : void 0,
        "aria-describedby": b.value ? void 0 : `${ja}-${t}`,
        "aria-label": I.ariaLabel,
        "aria-roledescription": "node",
        ...I.domAttributes,
        onMouseenter: Ie,
        onMousemove: we,
        onMouseleave: Ce,
        onContextmenu: me,
        onClick: d,
        onDblclick: pe,
        onKeydown: v
      },
      [
        De(le.value === !1 ? f.value.default : le.value, {
          id: I.id,
          type: I.type,
          data: I.data,
          events: { ...I.events, ...Y },
          selected: I.selected,
          resizing: I.resizing,
          dragging: he.value,
          connectable: P.value,
          position: I.computedPosition,
          dimensions: I.dimensions,
          isValidTargetPos: I.isValidTargetPos,
          isValidSourcePos: I.isValidSourcePos,
          parent: I.parentNode,
          parentNodeId: I.parentNode,
          zIndex: I.computedPosition.z ?? te.value,
          targetPosition: I.targetPosition,
          sourcePosition: I.sourcePosition,
          label: I.label,
          dragHandle: I.dragHandle,
          onUpdateNodeInternals: $e
        })
      ]
    );
    function re() {
      const p = I.computedPosition, { computedPosition: _, position: S } = si(
        I,
        x.value ? ho(p, k.value) : p,
        r.error,
        h.value,
        ne.value
      );
      (I.computedPosition.x !== _.x || I.computedPosition.y !== _.y) && (I.computedPosition = { ...I.computedPosition, ..._ }), (I.position.x !== S.x || I.position.y !== S.y) && (I.position = S);
    }
    function $e() {
      B.value && u([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
    }
    function Ie(p) {
      he != null && he.value || N.mouseEnter({ event: p, node: I });
    }
    function we(p) {
      he != null && he.value || N.mouseMove({ event: p, node: I });
    }
    function Ce(p) {
      he != null && he.value || N.mouseLeave({ event: p, node: I });
    }
    function me(p) {
      return N.contextMenu({ event: p, node: I });
    }
    function pe(p) {
      return N.doubleClick({ event: p, node: I });
    }
    function d(p) {
      D.value && (!o.value || !A.value || M.value > 0) && Go(
        I,
        a.value,
        l,
        s,
        i,
        !1,
        B.value
      ), N.click({ event: p, node: I });
    }
    function v(p) {
      if (!(Xo(p) || b.value))
        if (Qa.includes(p.key) && D.value) {
          const _ = p.key === "Escape";
          Go(
            I,
            a.value,
            l,
            s,
            i,
            _,
            B.value
          );
        } else A.value && I.selected && Kt[p.key] && (p.preventDefault(), y.value = `Moved selected node ${p.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~I.position.x}, y: ${~~I.position.y}`, U(
          {
            x: Kt[p.key].x,
            y: Kt[p.key].y
          },
          p.shiftKey
        ));
    }
  }
}), Jf = jf;
function Qf(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = He();
  return Q(() => {
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
}, nh = /* @__PURE__ */ Fe({
  ...th,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = He(), i = Qf(), a = ge();
    return Se(
      i,
      (r) => {
        r && Ke(() => {
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
        Ke(() => n(s));
      });
    }), Vt(() => {
      var r;
      return (r = a.value) == null ? void 0 : r.disconnect();
    }), (r, s) => (C(), z("div", eh, [
      a.value ? (C(!0), z(_e, { key: 0 }, Ve(X(t), (l, u, c, f) => {
        const h = [l.id];
        if (f && f.key === l.id && qr(f, h))
          return f;
        const m = (C(), Le(X(Jf), {
          id: l.id,
          key: l.id,
          "resize-observer": a.value
        }, null, 8, ["id", "resize-observer"]));
        return m.memo = h, m;
      }, s, 0), 128)) : se("", !0)
    ]));
  }
});
function oh() {
  const { emits: e } = He();
  tt(() => {
    if (hr()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Ue(Ge.MISSING_STYLES));
    }
  });
}
const ih = /* @__PURE__ */ $("div", { class: "vue-flow__edge-labels" }, null, -1), ah = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, rh = /* @__PURE__ */ Fe({
  ...ah,
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
    const o = e, i = Fr(), a = bo(o, "modelValue", n), r = bo(o, "nodes", n), s = bo(o, "edges", n), l = He(o), u = Od({ modelValue: a, nodes: r, edges: s }, o, l);
    return Rd(n, l.hooks), Of(), oh(), Ot(vo, i), Yr(u), t(l), (c, f) => (C(), z("div", {
      ref: X(l).vueFlowRef,
      class: "vue-flow"
    }, [
      ce(If, null, {
        default: Ye(() => [
          ce(Zf),
          ih,
          ce(nh),
          We(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      We(c.$slots, "default"),
      ce(Df)
    ], 512));
  }
}), sh = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, ta = /* @__PURE__ */ Fe({
  ...sh,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = He(), o = Q(() => `${t.position}`.split("-"));
    return (i, a) => (C(), z("div", {
      class: Oe(["vue-flow__panel", o.value]),
      style: ze({ pointerEvents: X(n) ? "none" : "all" })
    }, [
      We(i.$slots, "default")
    ], 6));
  }
});
var pt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(pt || {});
const Er = function({ dimensions: e, size: t, color: n }) {
  return De("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, Nr = function({ radius: e, color: t }) {
  return De("circle", { cx: e, cy: e, r: e, fill: t });
};
pt.Lines + "", pt.Dots + "";
const lh = {
  [pt.Dots]: "#81818a",
  [pt.Lines]: "#eee"
}, uh = ["id", "x", "y", "width", "height", "patternTransform"], ch = {
  key: 2,
  height: "100",
  width: "100"
}, dh = ["fill"], fh = ["x", "y", "fill"], hh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, vh = /* @__PURE__ */ Fe({
  ...hh,
  props: {
    id: {},
    variant: { default: () => pt.Dots },
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
    const { id: t, viewport: n } = He(), o = Q(() => {
      const r = n.value.zoom, [s, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [s * r || 1, l * r || 1], c = e.size * r, [f, h] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], m = [f * r || 1 + u[0] / 2, h * r || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: m,
        size: c
      };
    }), i = Re(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), a = Re(() => e.color || e.patternColor || lh[e.variant || pt.Dots]);
    return (r, s) => (C(), z("svg", {
      class: "vue-flow__background vue-flow__container",
      style: ze({
        height: `${r.height > 100 ? 100 : r.height}%`,
        width: `${r.width > 100 ? 100 : r.width}%`
      })
    }, [
      We(r.$slots, "pattern-container", { id: i.value }, () => [
        $("pattern", {
          id: i.value,
          x: X(n).x % o.value.scaledGap[0],
          y: X(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          We(r.$slots, "pattern", {}, () => [
            r.variant === X(pt).Lines ? (C(), Le(X(Er), {
              key: 0,
              size: r.lineWidth,
              color: a.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : r.variant === X(pt).Dots ? (C(), Le(X(Nr), {
              key: 1,
              color: a.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : se("", !0),
            r.bgColor ? (C(), z("svg", ch, [
              $("rect", {
                width: "100%",
                height: "100%",
                fill: r.bgColor
              }, null, 8, dh)
            ])) : se("", !0)
          ])
        ], 8, uh)
      ]),
      $("rect", {
        x: r.x,
        y: r.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, fh),
      We(r.$slots, "default", { id: i.value })
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
const ph = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: a, class: r, ...s }, { slots: l }) => De(
  "svg",
  {
    ...Ln,
    width: e || Ln.width,
    height: e || Ln.height,
    stroke: o || Ln.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${mh(a ?? "icon")}`],
    ...s
  },
  [...i.map((u) => De(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const be = (e, t) => (n, { slots: o }) => De(
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
const na = be("CircleDotIcon", [
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
const av = be("UploadIcon", [
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
const rv = be("UserRoundIcon", [
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
]), Ee = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: kh,
      "user-round": rv,
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
      dot: na,
      film: Ch,
      upload: av,
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
    }, n = e, o = Q(() => t[n.name] || na);
    return (i, a) => (C(), Le(Jo(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Cr = Symbol("multiplex-store");
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
  }), n = Q(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = Q(() => ia(t.comments, (u) => [u.block])), i = Q(() => ia(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), a = (u) => o.value.get(u) || oa, r = (u) => i.value.get(u) || oa;
  let s = 0;
  return { state: t, send: (u, c = {}) => (s += 1, e("command", { op: u, req: s, ...c }), s), seqIndex: n, commentsOf: a, othersOn: r };
}
const oa = Object.freeze([]);
function ia(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const a = n.get(i);
      a ? a.push(o) : n.set(i, [o]);
    }
  return n;
}
function wt() {
  return Ct(Cr);
}
const nn = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, aa = { ...nn, idle: "#9ca3af", cancelled: "#9ca3af" }, Wo = "#f1f3f5";
function fv(e, t, n = 30) {
  const o = t.trim().toLowerCase();
  if (!o) return e.slice(0, n);
  const i = [];
  return e.forEach((a, r) => {
    const s = String(a.title || "").toLowerCase();
    let l = s.startsWith(o) ? 0 : s.includes(o) ? 1 : -1;
    l < 0 && (l = `${a.description || ""} ${a.text || ""} ${a.caption || ""} ${a.kind} ${a.sub}`.toLowerCase().includes(o) ? 2 : -1), l >= 0 && i.push([l, r, a]);
  }), i.sort((a, r) => a[0] - r[0] || a[1] - r[1]), i.slice(0, n).map((a) => a[2]);
}
const ao = {
  intent: "#ff79c6",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function ra(e) {
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
    const n = t, o = ge(null), i = ge(null);
    function a(f, h) {
      const m = f.currentTarget.getBoundingClientRect(), b = f.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: h.label, x: b.right + 8, y: m.top + m.height / 2 };
    }
    const r = ao;
    let s = null;
    function l(f, h, m) {
      f.button === 0 && (i.value = null, f.preventDefault(), s = { x: f.clientX, y: f.clientY, group: h, item: m, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(f) {
      s && (!s.moved && Math.hypot(f.clientX - s.x, f.clientY - s.y) < 4 || (s.moved = !0, o.value = { x: f.clientX, y: f.clientY, label: s.item.label, icon: s.item.icon, color: r[s.group.kind] }));
    }
    function c(f) {
      window.removeEventListener("pointermove", u);
      const h = s;
      s = null, o.value = null, h && n("place", { kind: h.group.kind, sub: h.item.sub, clientX: f.clientX, clientY: f.clientY, dragged: h.moved });
    }
    return (f, h) => (C(), z(_e, null, [
      $("nav", hv, [
        h[1] || (h[1] = $("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          $("span", null, "m"),
          $("i")
        ], -1)),
        (C(!0), z(_e, null, Ve(e.groups, (m) => (C(), z("div", {
          key: m.kind,
          class: "mx-pal-group",
          style: ze({ "--accent": X(r)[m.kind] })
        }, [
          (C(!0), z(_e, null, Ve(m.items, (b) => (C(), z("button", {
            key: b.sub,
            class: "mx-pal-item",
            "data-kind": m.kind,
            "data-sub": b.sub,
            "aria-label": b.label,
            onPointerdown: (y) => l(y, m, b),
            onPointerenter: (y) => a(y, b),
            onPointerleave: h[0] || (h[0] = (y) => i.value = null)
          }, [
            ce(Ee, {
              name: b.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, vv))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (C(), z("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: ze({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, q(i.value.label), 5)) : se("", !0),
      o.value ? (C(), z("div", {
        key: 1,
        class: "mx-ghost",
        style: ze({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        ce(Ee, {
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
    const t = e, n = ge(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, a = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, r = 0;
    function s() {
      let y = 1 / 0, x = 1 / 0, k = -1 / 0, M = -1 / 0;
      for (const w of t.blocks.values())
        w.x < y && (y = w.x), w.y < x && (x = w.y), w.x + w.w > k && (k = w.x + w.w), w.y + w.h > M && (M = w.y + w.h);
      return y === 1 / 0 ? null : { x0: y, y0: x, x1: k, y1: M };
    }
    function l() {
      r = 0;
      const y = n.value;
      if (!y) return;
      const x = y.getContext("2d"), k = y.width, M = y.height, w = t.flow.viewport.value, g = t.flow.dimensions.value, T = { x0: -w.x / w.zoom, y0: -w.y / w.zoom, x1: (g.width - w.x) / w.zoom, y1: (g.height - w.y) / w.zoom };
      i === null && (i = s() || T);
      const O = { x0: Math.min(i.x0, T.x0), y0: Math.min(i.y0, T.y0), x1: Math.max(i.x1, T.x1), y1: Math.max(i.y1, T.y1) }, L = Math.max(O.x1 - O.x0, O.y1 - O.y0) * 0.04;
      O.x0 -= L, O.y0 -= L, O.x1 += L, O.y1 += L;
      const B = Math.min(k / (O.x1 - O.x0), M / (O.y1 - O.y0));
      a = { x0: O.x0, y0: O.y0, scale: B, ox: (k - (O.x1 - O.x0) * B) / 2, oy: (M - (O.y1 - O.y0) * B) / 2 }, x.clearRect(0, 0, k, M), x.globalAlpha = 0.75;
      for (const ne of t.blocks.values())
        x.fillStyle = t.colorOf(ne), x.fillRect(a.ox + (ne.x - O.x0) * B, a.oy + (ne.y - O.y0) * B, Math.max(1, ne.w * B), Math.max(1, ne.h * B));
      x.globalAlpha = 1;
      const ee = a.ox + (T.x0 - O.x0) * B, J = a.oy + (T.y0 - O.y0) * B, U = (T.x1 - T.x0) * B, I = (T.y1 - T.y0) * B;
      x.fillStyle = "rgba(10,10,11,0.62)", x.beginPath(), x.rect(0, 0, k, M), x.rect(ee, J, U, I), x.fill("evenodd"), x.strokeStyle = "rgba(241,243,245,0.45)", x.lineWidth = o, x.strokeRect(ee + o / 2, J + o / 2, U - o, I - o);
    }
    function u(y) {
      y && (i = null), r || (r = requestAnimationFrame(l));
    }
    Se(() => t.rev, () => u(!0)), Se(() => t.flow.viewport.value, () => u(!1)), Se(() => t.flow.dimensions.value, () => u(!1)), tt(() => u(!0)), Vt(() => r && cancelAnimationFrame(r));
    function c(y) {
      const x = n.value.getBoundingClientRect(), k = (y.clientX - x.left) * o, M = (y.clientY - x.top) * o;
      return { x: (k - a.ox) / a.scale + a.x0, y: (M - a.oy) / a.scale + a.y0 };
    }
    function f(y, x) {
      const k = t.flow.dimensions.value, M = x ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: k.width / 2 - y.x * M, y: k.height / 2 - y.y * M, zoom: M });
    }
    function h(y) {
      y.button === 0 && (n.value.setPointerCapture(y.pointerId), f(c(y)));
    }
    function m(y) {
      y.buttons & 1 && f(c(y));
    }
    function b(y) {
      const x = t.flow.viewport.value, k = t.flow.dimensions.value, M = { x: (k.width / 2 - x.x) / x.zoom, y: (k.height / 2 - x.y) / x.zoom }, w = Math.max(0.05, Math.min(3, x.zoom * Math.exp(-y.deltaY * 15e-4)));
      f(M, w);
    }
    return (y, x) => (C(), z("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * X(o),
      height: e.height * X(o),
      style: ze({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: h,
      onPointermove: m,
      onWheel: ve(b, ["prevent", "stop"])
    }, null, 44, pv));
  }
}, yv = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = Q(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (C(), z("div", {
      key: 0,
      class: "mx-cursors",
      style: ze({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (C(!0), z(_e, null, Ve(e.users, (a) => (C(), z("div", {
        key: a.id,
        class: "mx-cursor",
        style: ze({ left: `${a.cursor.x}px`, top: `${a.cursor.y}px`, "--c": a.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = $("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          $("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        $("span", null, q(a.name), 1)
      ], 4))), 128))
    ], 4)) : se("", !0);
  }
}, wv = 3, sa = 12, la = 0.2, Vn = 8, xv = ".vue-flow__panel, .vue-flow__node, .vue-flow__edge, .vue-flow__nodesselection, .vue-flow__handle, button, input, textarea", bv = {
  __name: "FarCanvas",
  props: { flow: Object, edges: Map, rev: Number },
  emits: ["move", "shown"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, { state: a, othersOn: r } = wt(), s = ge(null), l = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" }, u = {
      comp: "rgba(255, 201, 71, 0.55)",
      gen_art: "rgba(100, 255, 218, 0.55)",
      grows: "rgba(156, 136, 255, 0.6)",
      seq: "rgba(241, 243, 245, 0.14)",
      default: "#3a3a40"
    };
    let c = Math.min(2, window.devicePixelRatio || 1), f = 0, h = !1, m = !0, b = [];
    const y = /* @__PURE__ */ new Map(), x = /* @__PURE__ */ new Map();
    function k(d) {
      return d.kind === "intent" ? nn[(d.status || {}).state] || nn.idle : d.kind === "activity" && d.sub === "animatic" ? "#ffc947" : ao[d.kind] || "#333333";
    }
    function M(d, v, p) {
      const _ = `${d}${v}${p}`;
      let S = x.get(_);
      if (!S) {
        const H = (W) => {
          const Z = parseInt(W.slice(1), 16);
          return [Z >> 16 & 255, Z >> 8 & 255, Z & 255];
        }, G = H(d), F = H(v);
        S = `rgb(${G.map((W, Z) => Math.round(W * p + F[Z] * (1 - p))).join(",")})`, x.set(_, S);
      }
      return S;
    }
    function w() {
      f || (f = requestAnimationFrame(T));
    }
    const g = { frames: 0, ms: 0, max: 0 };
    function T() {
      f = 0;
      const d = performance.now(), [v, p] = B();
      p && i("shown"), ee();
      const _ = performance.now() - d;
      g.frames++, g.ms += _, g.max = Math.max(g.max, _), v && w();
    }
    function O() {
      const d = o.flow.viewport.value, v = o.flow.dimensions.value;
      return { vp: d, w: v.width, h: v.height, x0: -d.x / d.zoom, y0: -d.y / d.zoom, x1: (v.width - d.x) / d.zoom, y1: (v.height - d.y) / d.zoom };
    }
    const L = (d, v, p, _, S) => d.position.x < _ && d.position.x + d.data.w > v && d.position.y < S && d.position.y + d.data.h > p;
    function B() {
      var Je, Mt, Ft;
      const d = o.flow.nodes.value, v = dn(d), p = O(), _ = a.lod === 0, S = (p.x1 - p.x0) * la, H = (p.y1 - p.y0) * la, G = (Ft = (Mt = (Je = document.activeElement) == null ? void 0 : Je.closest) == null ? void 0 : Mt.call(Je, ".vue-flow__node")) == null ? void 0 : Ft.dataset.id, F = [], W = [];
      let Z = 0;
      for (let Ze = 0; Ze < v.length; Ze++) {
        const dt = v[Ze], xt = _ && L(dt, p.x0 - S, p.y0 - H, p.x1 + S, p.y1 + H);
        dt.hidden ? xt && F.push(Ze) : !xt && !dt.dragging && dt.id !== G && (L(dt, p.x0, p.y0, p.x1, p.y1) ? W.push(Ze) : (d[Ze].hidden = !0, Z++));
      }
      let ie = Z !== 0;
      const de = W.slice(0, h ? 1 / 0 : sa);
      for (const Ze of de) d[Ze].hidden = !0;
      const Me = h ? 1 / 0 : wv;
      if (F.length > Me) {
        const Ze = (p.x0 + p.x1) / 2, dt = (p.y0 + p.y1) / 2, xt = (an) => {
          const E = v[an];
          return Math.hypot(E.position.x + E.data.w / 2 - Ze, E.position.y + E.data.h / 2 - dt);
        };
        F.sort((an, E) => xt(an) - xt(E));
      }
      const Te = F.slice(0, Me);
      for (const Ze of Te) d[Ze].hidden = !1;
      return ie = ie || de.length > 0 || Te.length > 0, h = !1, [F.length > Me || W.length > sa, ie];
    }
    function ee() {
      const d = s.value;
      if (!d) return;
      const v = O(), p = Math.round(v.w * c), _ = Math.round(v.h * c), S = dn(o.flow.nodes.value), H = a.lod, G = [], F = [], W = /* @__PURE__ */ new Map();
      for (const Te of S)
        W.set(Te.id, Te), Te.hidden && L(Te, v.x0, v.y0, v.x1, v.y1) && (Te.selected ? F : G).push(Te);
      b = G.concat(F);
      const Z = J(W, v, H), ie = !b.length && !Z.length;
      if ((d.width !== p || d.height !== _) && (d.width = p, d.height = _, m = !0), ie && !m) return;
      const de = d.getContext("2d");
      if (de.setTransform(1, 0, 0, 1, 0, 0), de.clearRect(0, 0, p, _), m = !ie, ie) return;
      const Me = v.vp.zoom;
      de.setTransform(c * Me, 0, 0, c * Me, c * v.vp.x, c * v.vp.y), U(de, Z, Me, H), b.length && (H === 2 ? I(de, b) : ne(de, b, Me), A(de, b, Me));
    }
    function J(d, v, p) {
      const _ = {}, S = (H, G, F, W) => {
        if (!G || !F || !G.hidden && !F.hidden) return;
        const Z = W ? G.position.x + G.data.w / 2 : G.position.x + G.data.w, ie = W ? G.position.y + G.data.h : G.position.y + G.data.h / 2, de = W ? F.position.x + F.data.w / 2 : F.position.x, Me = W ? F.position.y : F.position.y + F.data.h / 2;
        if (Math.max(Z, de) < v.x0 || Math.min(Z, de) > v.x1 || Math.max(ie, Me) < v.y0 || Math.min(ie, Me) > v.y1) return;
        const Te = _[H] || (_[H] = new Path2D());
        if (Te.moveTo(Z, ie), W) Te.lineTo(de, Me);
        else {
          const Je = Math.max(Math.abs(de - Z) * 0.5, 25);
          Te.bezierCurveTo(Z + Je, ie, de - Je, Me, de, Me);
        }
      };
      for (const H of o.edges.values()) S(u[H.kind] ? H.kind : "default", d.get(H.src), d.get(H.dst), !1);
      if (p < 2) {
        const H = a.sequence;
        for (let G = 0; G + 1 < H.length; G++) S("seq", d.get(H[G]), d.get(H[G + 1]), !0);
      }
      return Object.entries(_);
    }
    function U(d, v, p, _) {
      for (const [S, H] of v)
        d.strokeStyle = u[S], d.lineWidth = S === "seq" ? 1 : Math.max(1.2, 0.6 / p), d.setLineDash(_ === 2 ? [] : S === "seq" ? [1, 6] : S === "gen_art" ? [4, 5] : S === "grows" ? [2, 4] : []), d.lineCap = S === "seq" ? "round" : "butt", d.stroke(H);
      d.setLineDash([]);
    }
    function I(d, v) {
      const p = /* @__PURE__ */ new Map();
      for (const _ of v) {
        const S = _.selected ? M(Wo, "#1c1c20", 0.55) : M(k(_.data), "#1c1c20", 0.3);
        let H = p.get(S);
        H || p.set(S, H = new Path2D()), H.rect(_.position.x, _.position.y, _.data.w, _.data.h);
      }
      for (const [_, S] of p)
        d.fillStyle = _, d.fill(S);
    }
    function ne(d, v, p) {
      const _ = new Path2D(), S = new Path2D(), H = /* @__PURE__ */ new Map();
      for (const F of v) {
        const { x: W, y: Z } = F.position, ie = F.data.w, de = F.data.h;
        (F.selected ? S : _).rect(W, Z, ie, de);
        const Me = k(F.data);
        let Te = H.get(Me);
        Te || H.set(Me, Te = new Path2D()), Te.rect(W, Z, 4, de);
      }
      d.fillStyle = "#151517", d.fill(_), d.fillStyle = "#16191b", d.fill(S), d.lineWidth = 1, d.strokeStyle = "#252527", d.stroke(_), d.strokeStyle = Wo, d.stroke(S);
      for (const [F, W] of H)
        d.fillStyle = F, d.fill(W);
      if (p * 30 < 4) return;
      d.textBaseline = "middle", d.font = '18px "JetBrains Mono", ui-monospace, monospace', d.letterSpacing = "1.44px", d.globalAlpha = 0.85;
      const G = [];
      for (const F of v) {
        const W = F.data, Z = W.w, ie = W.h, de = N(d, F, Z - 39), Me = 30 + de.length * 34.5, Te = F.position.y + Math.max(15, (ie - Me) / 2);
        G.push(Te, de), d.fillStyle = k(W), d.fillText(String(W.kind === "intent" || W.kind === "comp" ? W.sub : l[W.kind] || W.kind).toUpperCase(), F.position.x + 22, Te + 12, Z - 39);
      }
      d.globalAlpha = 1, d.letterSpacing = "0px", d.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', d.fillStyle = "#f8f9fa";
      for (let F = 0; F < v.length; F++) {
        const W = v[F], Z = G[2 * F], ie = G[2 * F + 1];
        for (let de = 0; de < ie.length; de++) d.fillText(ie[de], W.position.x + 22, Z + 30 + 17.25 + de * 34.5);
      }
    }
    function N(d, v, p) {
      const _ = String(v.data.title || v.data.sub || ""), S = `${_}|${p}|${v.data.h}`, H = y.get(v.id);
      if (H && H.key === S) return H.lines;
      const G = d.font, F = d.letterSpacing;
      d.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', d.letterSpacing = "0px";
      const W = Math.max(1, Math.min(3, Math.floor((v.data.h - 58) / 34.5))), Z = [];
      let ie = "";
      const de = _.split(/\s+/).filter(Boolean);
      for (let Me = 0; Me < de.length; Me++) {
        const Te = ie ? `${ie} ${de[Me]}` : de[Me];
        if (!ie || d.measureText(Te).width <= p) {
          ie = Te;
          continue;
        }
        if (Z.push(ie), ie = de[Me], Z.length === W) {
          ie = "", Z[W - 1] = Y(d, `${Z[W - 1]} ${de.slice(Me).join(" ")}`, p);
          break;
        }
      }
      return ie && Z.push(Z.length === W - 1 || d.measureText(ie).width > p ? Y(d, ie, p) : ie), d.font = G, d.letterSpacing = F, y.set(v.id, { key: S, lines: Z }), Z;
    }
    function Y(d, v, p) {
      if (d.measureText(v).width <= p) return v;
      let _ = 0, S = v.length;
      for (; _ < S; ) {
        const H = _ + S + 1 >> 1;
        d.measureText(`${v.slice(0, H)}…`).width <= p ? _ = H : S = H - 1;
      }
      return `${v.slice(0, _).trimEnd()}…`;
    }
    function A(d, v, p) {
      d.lineWidth = 2 / p, d.setLineDash([6 / p, 4 / p]);
      for (const _ of v) {
        const S = r(_.id);
        S.length && (d.strokeStyle = S[0].color, d.strokeRect(_.position.x - 3 / p, _.position.y - 3 / p, _.data.w + 6 / p, _.data.h + 6 / p));
      }
      d.setLineDash([]);
    }
    function D(d) {
      const v = s.value.getBoundingClientRect(), p = o.flow.viewport.value;
      return { x: (d.clientX - v.left - p.x) / p.zoom, y: (d.clientY - v.top - p.y) / p.zoom };
    }
    function P(d, v) {
      if (!s.value) return null;
      const p = D({ clientX: d, clientY: v });
      for (let _ = b.length - 1; _ >= 0; _--) {
        const S = b[_];
        if (p.x >= S.position.x && p.x <= S.position.x + S.data.w && p.y >= S.position.y && p.y <= S.position.y + S.data.h) return S.id;
      }
      return null;
    }
    const V = (d) => !(d.target.closest && d.target.closest(xv));
    let K = null, oe = !1;
    function le(d, v) {
      const p = o.flow, _ = p.findNode(d);
      if (!_) return;
      if (v) {
        _.selected ? p.removeSelectedNodes([_]) : p.addSelectedNodes([_]);
        return;
      }
      const S = p.getSelectedNodes.value.filter((H) => H.id !== d);
      S.length && p.removeSelectedNodes(S), p.removeSelectedEdges(p.getSelectedEdges.value), _.selected || p.addSelectedNodes([_]);
    }
    function he(d) {
      if (oe = !1, d.button !== 0 || !V(d)) return;
      const v = P(d.clientX, d.clientY);
      if (!v) return;
      d.stopPropagation(), d.preventDefault();
      const p = o.flow.findNode(v), _ = p.selected ? o.flow.getSelectedNodes.value : [p];
      K = {
        id: v,
        x: d.clientX,
        y: d.clientY,
        moved: !1,
        add: d.shiftKey || d.ctrlKey || d.metaKey,
        nodes: _.map((S) => ({ m: S, x: S.position.x, y: S.position.y }))
      }, window.addEventListener("pointermove", ye, !0), window.addEventListener("pointerup", ae, !0);
    }
    function ye(d) {
      const v = K;
      if (!v || !v.moved && Math.hypot(d.clientX - v.x, d.clientY - v.y) < 4) return;
      v.moved = !0;
      const p = o.flow.viewport.value.zoom, _ = (d.clientX - v.x) / p, S = (d.clientY - v.y) / p;
      for (const H of v.nodes) {
        const G = Vn * Math.round((H.x + _) / Vn), F = Vn * Math.round((H.y + S) / Vn);
        H.m.dragging = !0, H.m.position = { x: G, y: F }, H.m.computedPosition = { ...H.m.computedPosition, x: G, y: F };
      }
      w();
    }
    function ae() {
      window.removeEventListener("pointermove", ye, !0), window.removeEventListener("pointerup", ae, !0);
      const d = K;
      if (K = null, !!d) {
        if (oe = !0, d.moved) {
          for (const v of d.nodes) v.m.dragging = !1;
          i("move", d.nodes.map((v) => ({ id: v.m.id, x: Math.round(v.m.position.x), y: Math.round(v.m.position.y) })));
        } else le(d.id, d.add);
        w();
      }
    }
    function te(d) {
      oe && (oe = !1, d.stopPropagation());
    }
    function re(d) {
      if (!V(d)) return;
      const v = P(d.clientX, d.clientY);
      v && (d.stopPropagation(), d.preventDefault(), le(v, !1), o.flow.fitView({ nodes: [v], padding: 0.6, maxZoom: 1, duration: 300 }));
    }
    let $e = null;
    function Ie(d) {
      d.buttons || K || ($e = $e || s.value.parentElement.querySelector(".vue-flow__pane"), $e && ($e.style.cursor = V(d) && P(d.clientX, d.clientY) ? "pointer" : ""));
    }
    let we = null;
    Se(() => o.flow.userSelectionRect.value, (d) => {
      d && d.width + d.height > 0 && (we = { ...d });
    }), o.flow.onSelectionEnd(() => {
      const d = we;
      if (we = null, !d) return;
      const v = o.flow.viewport.value, p = (d.x - v.x) / v.zoom, _ = (d.y - v.y) / v.zoom, S = p + d.width / v.zoom, H = _ + d.height / v.zoom, G = o.flow.nodes.value.filter((F) => F.hidden && F.position.x >= p && F.position.y >= _ && F.position.x + F.data.w <= S && F.position.y + F.data.h <= H);
      G.length && o.flow.addSelectedNodes(G);
    }), Se(() => o.flow.viewport.value, w), Se(() => o.flow.dimensions.value, w), Se(() => [o.rev, a.lod, a.sequence, a.users], w), Se(() => o.flow.getSelectedNodes.value, w);
    function Ce() {
      h = !0, f && (cancelAnimationFrame(f), f = 0), B(), ee();
    }
    t({ hitAt: P, settle: Ce, schedule: w });
    let me = null;
    const pe = [["pointerdown", he], ["click", te], ["dblclick", re], ["pointermove", Ie]];
    return tt(() => {
      var v, p, _, S, H;
      me = s.value.parentElement;
      for (const [G, F] of pe) me.addEventListener(G, F, !0);
      (p = (v = document.fonts) == null ? void 0 : v.ready) == null || p.then(() => {
        y.clear(), w();
      });
      const d = (G) => {
        const F = s.value.getBoundingClientRect(), W = o.flow.viewport.value, Z = W.zoom;
        return G.map((ie) => ({
          id: ie.id,
          l: F.left + W.x + ie.position.x * Z,
          t: F.top + W.y + ie.position.y * Z,
          r: F.left + W.x + (ie.position.x + ie.data.w) * Z,
          b: F.top + W.y + (ie.position.y + ie.data.h) * Z
        }));
      };
      window.__mxFar = {
        drawn: () => d(b),
        blocks: () => d(dn(o.flow.nodes.value).filter((G) => G.hidden)),
        hitAt: P,
        stats: (G = !1) => {
          const F = { ...g };
          return G && Object.assign(g, { frames: 0, ms: 0, max: 0 }), F;
        }
      }, (H = (_ = window.matchMedia) == null ? void 0 : (S = _.call(window, `(resolution: ${c}dppx)`)).addEventListener) == null || H.call(S, "change", () => {
        c = Math.min(2, window.devicePixelRatio || 1), w();
      }), w();
    }), Vt(() => {
      if (f && cancelAnimationFrame(f), me) for (const [d, v] of pe) me.removeEventListener(d, v, !0);
    }), (d, v) => (C(), z("canvas", {
      ref_key: "el",
      ref: s,
      class: "mx-far",
      "data-role": "far-canvas",
      "aria-hidden": "true"
    }, null, 512));
  }
};
var Ko = "http://www.w3.org/1999/xhtml";
const ua = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ko,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Mr(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ua.hasOwnProperty(t) ? { space: ua[t], local: e } : e;
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
function Ir(e) {
  var t = Mr(e);
  return (t.local ? _v : kv)(t);
}
function Sv() {
}
function Tr(e) {
  return e == null ? Sv : function() {
    return this.querySelector(e);
  };
}
function $v(e) {
  typeof e != "function" && (e = Tr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = new Array(r), l, u, c = 0; c < r; ++c)
      (l = a[c]) && (u = e.call(l, l.__data__, c, a)) && ("__data__" in l && (u.__data__ = l.__data__), s[c] = u);
  return new et(o, this._parents);
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
  for (var t = this._groups, n = t.length, o = [], i = [], a = 0; a < n; ++a)
    for (var r = t[a], s = r.length, l, u = 0; u < s; ++u)
      (l = r[u]) && (o.push(e.call(l, l.__data__, u, r)), i.push(l));
  return new et(o, i);
}
function Tv(e) {
  return function() {
    return this.matches(e);
  };
}
function Pr(e) {
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
  return this.select(e == null ? zv : Av(typeof e == "function" ? e : Pr(e)));
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
  return this.selectAll(e == null ? Bv : Rv(typeof e == "function" ? e : Pr(e)));
}
function Vv(e) {
  typeof e != "function" && (e = Tv(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var a = t[i], r = a.length, s = o[i] = [], l, u = 0; u < r; ++u)
      (l = a[u]) && e.call(l, l.__data__, u, a) && s.push(l);
  return new et(o, this._parents);
}
function Ar(e) {
  return new Array(e.length);
}
function Hv() {
  return new et(this._enter || this._groups.map(Ar), this._parents);
}
function ro(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
ro.prototype = {
  constructor: ro,
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
function Yv(e, t, n, o, i, a) {
  for (var r = 0, s, l = t.length, u = a.length; r < u; ++r)
    (s = t[r]) ? (s.__data__ = a[r], o[r] = s) : n[r] = new ro(e, a[r]);
  for (; r < l; ++r)
    (s = t[r]) && (i[r] = s);
}
function Xv(e, t, n, o, i, a, r) {
  var s, l, u = /* @__PURE__ */ new Map(), c = t.length, f = a.length, h = new Array(c), m;
  for (s = 0; s < c; ++s)
    (l = t[s]) && (h[s] = m = r.call(l, l.__data__, s, t) + "", u.has(m) ? i[s] = l : u.set(m, l));
  for (s = 0; s < f; ++s)
    m = r.call(e, a[s], s, a) + "", (l = u.get(m)) ? (o[s] = l, l.__data__ = a[s], u.delete(m)) : n[s] = new ro(e, a[s]);
  for (s = 0; s < c; ++s)
    (l = t[s]) && u.get(h[s]) === l && (i[s] = l);
}
function qv(e) {
  return e.__data__;
}
function Gv(e, t) {
  if (!arguments.length) return Array.from(this, qv);
  var n = t ? Xv : Yv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Fv(e));
  for (var a = i.length, r = new Array(a), s = new Array(a), l = new Array(a), u = 0; u < a; ++u) {
    var c = o[u], f = i[u], h = f.length, m = Uv(e.call(c, c && c.__data__, u, o)), b = m.length, y = s[u] = new Array(b), x = r[u] = new Array(b), k = l[u] = new Array(h);
    n(c, f, y, x, k, m, t);
    for (var M = 0, w = 0, g, T; M < b; ++M)
      if (g = y[M]) {
        for (M >= w && (w = M + 1); !(T = x[w]) && ++w < b; ) ;
        g._next = T || null;
      }
  }
  return r = new et(r, o), r._enter = s, r._exit = l, r;
}
function Uv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Wv() {
  return new et(this._exit || this._groups.map(Ar), this._parents);
}
function Kv(e, t, n) {
  var o = this.enter(), i = this, a = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), o && i ? o.merge(i).order() : i;
}
function Zv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, a = o.length, r = Math.min(i, a), s = new Array(i), l = 0; l < r; ++l)
    for (var u = n[l], c = o[l], f = u.length, h = s[l] = new Array(f), m, b = 0; b < f; ++b)
      (m = u[b] || c[b]) && (h[b] = m);
  for (; l < i; ++l)
    s[l] = n[l];
  return new et(s, this._parents);
}
function jv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, a = o[i], r; --i >= 0; )
      (r = o[i]) && (a && r.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(r, a), a = r);
  return this;
}
function Jv(e) {
  e || (e = Qv);
  function t(f, h) {
    return f && h ? e(f.__data__, h.__data__) : !f - !h;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), a = 0; a < o; ++a) {
    for (var r = n[a], s = r.length, l = i[a] = new Array(s), u, c = 0; c < s; ++c)
      (u = r[c]) && (l[c] = u);
    l.sort(t);
  }
  return new et(i, this._parents).order();
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
    for (var o = e[t], i = 0, a = o.length; i < a; ++i) {
      var r = o[i];
      if (r) return r;
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
function am(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], a = 0, r = i.length, s; a < r; ++a)
      (s = i[a]) && e.call(s, s.__data__, a, i);
  return this;
}
function rm(e) {
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
  var n = Mr(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? sm : rm : typeof t == "function" ? n.local ? dm : cm : n.local ? um : lm)(n, t));
}
function zr(e) {
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
  return e.style.getPropertyValue(t) || zr(e).getComputedStyle(e, null).getPropertyValue(t);
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
function Dr(e) {
  return e.trim().split(/^|\s+/);
}
function di(e) {
  return e.classList || new Or(e);
}
function Or(e) {
  this._node = e, this._names = Dr(e.getAttribute("class") || "");
}
Or.prototype = {
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
function Br(e, t) {
  for (var n = di(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Rr(e, t) {
  for (var n = di(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function km(e) {
  return function() {
    Br(this, e);
  };
}
function _m(e) {
  return function() {
    Rr(this, e);
  };
}
function Sm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Br : Rr)(this, e);
  };
}
function $m(e, t) {
  var n = Dr(e + "");
  if (arguments.length < 2) {
    for (var o = di(this.node()), i = -1, a = n.length; ++i < a; ) if (!o.contains(n[i])) return !1;
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
  var t = typeof e == "function" ? e : Ir(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Lm() {
  return null;
}
function Vm(e, t) {
  var n = typeof e == "function" ? e : Ir(e), o = t == null ? Lm : typeof t == "function" ? t : Tr(t);
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
      for (var n = 0, o = -1, i = t.length, a; n < i; ++n)
        a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++o] = a;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Zm(e, t, n) {
  return function() {
    var o = this.__on, i, a = Um(t);
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
function jm(e, t, n) {
  var o = Wm(e + ""), i, a = o.length, r;
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
  for (s = t ? Zm : Km, i = 0; i < a; ++i) this.each(s(o[i], t, n));
  return this;
}
function Lr(e, t, n) {
  var o = zr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Jm(e, t) {
  return function() {
    return Lr(this, e, t);
  };
}
function Qm(e, t) {
  return function() {
    return Lr(this, e, t.apply(this, arguments));
  };
}
function ep(e, t) {
  return this.each((typeof t == "function" ? Qm : Jm)(e, t));
}
function* tp() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, a = o.length, r; i < a; ++i)
      (r = o[i]) && (yield r);
}
var np = [null];
function et(e, t) {
  this._groups = e, this._parents = t;
}
function op() {
  return this;
}
et.prototype = {
  constructor: et,
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
  each: am,
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
  return typeof e == "string" ? new et([[document.querySelector(e)]], [document.documentElement]) : new et([[e]], np);
}
function ip(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function ca(e, t) {
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
var ap = { value: () => {
} };
function Vr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Wn(n);
}
function Wn(e) {
  this._ = e;
}
function rp(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Wn.prototype = Vr.prototype = {
  constructor: Wn,
  on: function(e, t) {
    var n = this._, o = rp(e + "", n), i, a = -1, r = o.length;
    if (arguments.length < 2) {
      for (; ++a < r; ) if ((i = (e = o[a]).type) && (i = sp(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++a < r; )
      if (i = (e = o[a]).type) n[i] = da(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = da(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new Wn(e);
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
function sp(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function da(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = ap, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const lp = { passive: !1 }, En = { capture: !0, passive: !1 };
function Po(e) {
  e.stopImmediatePropagation();
}
function Zt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function up(e) {
  var t = e.document.documentElement, n = $n(e).on("dragstart.drag", Zt, En);
  "onselectstart" in t ? n.on("selectstart.drag", Zt, En) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function cp(e, t) {
  var n = e.document.documentElement, o = $n(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Zt, En), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Hn = (e) => () => e;
function Zo(e, {
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
  var e = dp, t = fp, n = hp, o = vp, i = {}, a = Vr("start", "drag", "end"), r = 0, s, l, u, c, f = 0;
  function h(g) {
    g.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", k, lp).on("touchend.drag touchcancel.drag", M).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(g, T) {
    if (!(c || !e.call(this, g, T))) {
      var O = w(this, t.call(this, g, T), g, T, "mouse");
      O && ($n(g.view).on("mousemove.drag", b, En).on("mouseup.drag", y, En), up(g.view), Po(g), u = !1, s = g.clientX, l = g.clientY, O("start", g));
    }
  }
  function b(g) {
    if (Zt(g), !u) {
      var T = g.clientX - s, O = g.clientY - l;
      u = T * T + O * O > f;
    }
    i.mouse("drag", g);
  }
  function y(g) {
    $n(g.view).on("mousemove.drag mouseup.drag", null), cp(g.view, u), Zt(g), i.mouse("end", g);
  }
  function x(g, T) {
    if (e.call(this, g, T)) {
      var O = g.changedTouches, L = t.call(this, g, T), B = O.length, ee, J;
      for (ee = 0; ee < B; ++ee)
        (J = w(this, L, g, T, O[ee].identifier, O[ee])) && (Po(g), J("start", g, O[ee]));
    }
  }
  function k(g) {
    var T = g.changedTouches, O = T.length, L, B;
    for (L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (Zt(g), B("drag", g, T[L]));
  }
  function M(g) {
    var T = g.changedTouches, O = T.length, L, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), L = 0; L < O; ++L)
      (B = i[T[L].identifier]) && (Po(g), B("end", g, T[L]));
  }
  function w(g, T, O, L, B, ee) {
    var J = a.copy(), U = ca(ee || O, T), I, ne, N;
    if ((N = n.call(g, new Zo("beforestart", {
      sourceEvent: O,
      target: h,
      identifier: B,
      active: r,
      x: U[0],
      y: U[1],
      dx: 0,
      dy: 0,
      dispatch: J
    }), L)) != null)
      return I = N.x - U[0] || 0, ne = N.y - U[1] || 0, function Y(A, D, P) {
        var V = U, K;
        switch (A) {
          case "start":
            i[B] = Y, K = r++;
            break;
          case "end":
            delete i[B], --r;
          case "drag":
            U = ca(P || D, T), K = r;
            break;
        }
        J.call(
          A,
          g,
          new Zo(A, {
            sourceEvent: D,
            subject: N,
            target: h,
            identifier: B,
            active: K,
            x: U[0] + I,
            y: U[1] + ne,
            dx: U[0] - V[0],
            dy: U[1] - V[1],
            dispatch: J
          }),
          L
        );
      };
  }
  return h.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : Hn(!!g), h) : e;
  }, h.container = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : Hn(g), h) : t;
  }, h.subject = function(g) {
    return arguments.length ? (n = typeof g == "function" ? g : Hn(g), h) : n;
  }, h.touchable = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : Hn(!!g), h) : o;
  }, h.on = function() {
    var g = a.on.apply(a, arguments);
    return g === a ? h : g;
  }, h.clickDistance = function(g) {
    return arguments.length ? (f = (g = +g) * g, h) : Math.sqrt(f);
  }, h;
}
var Lt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Lt || {});
function pp({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: a }) {
  const r = e - t, s = n - o, l = [r > 0 ? 1 : r < 0 ? -1 : 0, s > 0 ? 1 : s < 0 ? -1 : 0];
  return r && i && (l[0] = l[0] * -1), s && a && (l[1] = l[1] * -1), l;
}
const gp = {
  [Lt.Line]: "right",
  [Lt.Handle]: "bottom-right"
}, yp = {
  [Lt.Line]: "borderColor",
  [Lt.Handle]: "backgroundColor"
}, wp = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, fa = /* @__PURE__ */ Fe({
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
    }, { findNode: a, emits: r, viewport: s, noDragClassName: l } = He(), u = pr(), c = ge();
    let f = i, h = o;
    const m = Re(() => n.position ?? gp[n.variant]), b = Q(() => m.value.split("-")), y = Re(() => n.color ? { [yp[n.variant]]: n.color } : {});
    return jr((x) => {
      if (!c.value || !n.nodeId)
        return;
      const k = $n(c.value), M = m.value.includes("right") || m.value.includes("left"), w = m.value.includes("bottom") || m.value.includes("top"), g = m.value.includes("left"), T = m.value.includes("top"), O = mp().on("start", (L) => {
        const B = a(n.nodeId), { xSnapped: ee, ySnapped: J } = u(L);
        h = {
          width: (B == null ? void 0 : B.dimensions.width) ?? 0,
          height: (B == null ? void 0 : B.dimensions.height) ?? 0,
          x: (B == null ? void 0 : B.position.x) ?? 0,
          y: (B == null ? void 0 : B.position.y) ?? 0
        }, f = {
          ...h,
          pointerX: ee,
          pointerY: J,
          aspectRatio: h.width / h.height
        }, t("resizeStart", { event: L, params: h });
      }).on("drag", (L) => {
        var B;
        const { xSnapped: ee, ySnapped: J } = u(L), U = a(n.nodeId);
        if (U) {
          const I = [], {
            pointerX: ne,
            pointerY: N,
            width: Y,
            height: A,
            x: D,
            y: P,
            aspectRatio: V
          } = f, { x: K, y: oe, width: le, height: he } = h, ye = Math.floor(M ? ee - ne : 0), ae = Math.floor(w ? J - N : 0);
          let te = yt(Y + (g ? -ye : ye), n.minWidth, n.maxWidth), re = yt(A + (T ? -ae : ae), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const pe = te / re;
            let d = V;
            typeof n.keepAspectRatio == "number" && pe !== n.keepAspectRatio && (d = n.keepAspectRatio);
            const v = M && w, p = M && !w, _ = w && !M;
            te = pe <= d && v || _ ? re * d : te, re = pe > d && v || p ? te / d : re, te >= n.maxWidth ? (te = n.maxWidth, re = n.maxWidth / d) : te <= n.minWidth && (te = n.minWidth, re = n.minWidth / d), re >= n.maxHeight ? (re = n.maxHeight, te = n.maxHeight * d) : re <= n.minHeight && (re = n.minHeight, te = n.minHeight * d);
          }
          const $e = te !== le, Ie = re !== he;
          if (g || T) {
            const pe = g ? D - (te - Y) : D, d = T ? P - (re - A) : P, v = pe !== K && $e, p = d !== oe && Ie;
            if (v || p) {
              const _ = {
                id: U.id,
                type: "position",
                from: U.position,
                position: {
                  x: v ? pe : K,
                  y: p ? d : oe
                }
              };
              I.push(_), h.x = _.position.x, h.y = _.position.y;
            }
          }
          if (n.nodeId && ($e || Ie)) {
            const pe = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: te,
                height: re
              }
            };
            I.push(pe), h.width = te, h.height = re;
          }
          if (I.length === 0)
            return;
          const we = pp({
            width: h.width,
            prevWidth: le,
            height: h.height,
            prevHeight: he,
            invertX: g,
            invertY: T
          }), Ce = { ...h, direction: we };
          if (((B = n.shouldResize) == null ? void 0 : B.call(n, L, Ce)) === !1)
            return;
          t("resize", { event: L, params: Ce }), r.nodesChange(I);
        }
      }).on("end", (L) => {
        if (n.nodeId) {
          const B = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: L, params: h }), r.nodesChange([B]);
        }
      });
      k.call(O), x(() => {
        k.on(".drag", null);
      });
    }), (x, k) => (C(), z("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Oe(["vue-flow__resize-control", [...b.value, x.variant, X(l)]]),
      style: ze({
        ...y.value,
        scale: x.variant === X(Lt).Handle ? `${Math.max(1 / X(s).zoom, 1)}` : void 0
      })
    }, [
      We(x.$slots, "default")
    ], 6));
  }
}), xp = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, bp = /* @__PURE__ */ Fe({
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
    const n = e, { findNode: o, emits: i } = He(), a = ["top-left", "top-right", "bottom-left", "bottom-right"], r = ["top", "right", "bottom", "left"], s = Ct(ui, null), l = Re(() => typeof n.nodeId == "string" ? n.nodeId : s), u = Q(() => o(l.value));
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
      ([c, f, h, m, b]) => {
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
          c && y.dimensions.width < c && (x.dimensions.width = c), f && y.dimensions.height < f && (x.dimensions.height = f), h && y.dimensions.width > h && (x.dimensions.width = h), m && y.dimensions.height > m && (x.dimensions.height = m), (x.dimensions.width !== y.dimensions.width || x.dimensions.height !== y.dimensions.height) && i.nodesChange([x]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, f) => c.isVisible ? (C(), z(_e, { key: 0 }, [
      (C(), z(_e, null, Ve(r, (h) => ce(fa, {
        key: h,
        class: Oe(c.lineClassName),
        style: ze(c.lineStyle),
        "node-id": l.value,
        position: h,
        variant: X(Lt).Line,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: f[0] || (f[0] = (m) => t("resizeStart", m)),
        onResize: f[1] || (f[1] = (m) => t("resize", m)),
        onResizeEnd: f[2] || (f[2] = (m) => t("resizeEnd", m))
      }, null, 8, ["class", "style", "node-id", "position", "variant", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64)),
      (C(), z(_e, null, Ve(a, (h) => ce(fa, {
        key: h,
        class: Oe(c.handleClassName),
        style: ze(c.handleStyle),
        "node-id": l.value,
        position: h,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: f[3] || (f[3] = (m) => t("resizeStart", m)),
        onResize: f[4] || (f[4] = (m) => t("resize", m)),
        onResizeEnd: f[5] || (f[5] = (m) => t("resizeEnd", m))
      }, null, 8, ["class", "style", "node-id", "position", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64))
    ], 64)) : se("", !0);
  }
}), kp = ["data-id", "data-kind", "data-sub"], _p = {
  key: 4,
  class: "mx-others"
}, Sp = { class: "mx-head" }, $p = { class: "mx-kind" }, Ep = { class: "mx-tools nodrag" }, Np = { class: "mx-body" }, Cp = { class: "mx-thread-title" }, Mp = { class: "mx-comment-meta" }, Ip = ["onClick"], Tp = { class: "mx-comment-text" }, Pp = {
  key: 0,
  class: "mx-empty"
}, Ap = ["onKeydown"], Ht = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: a } = wt(), r = Q(() => i(t.data.id)), s = Q(() => r.value.filter((y) => !y.resolved).length), l = Q(() => n.openComments === t.data.id), u = Q(() => a(t.data.id)), c = ge(""), f = ge(null);
    function h() {
      n.openComments = l.value ? null : t.data.id, n.openComments && Ke(() => f.value && f.value.focus());
    }
    function m() {
      const y = c.value.trim();
      y && (o("comment", { id: t.data.id, text: y }), c.value = "");
    }
    function b(y) {
      const x = y.params || {};
      o("move", { moves: [{ id: t.data.id, x: x.x, y: x.y, w: x.width, h: x.height }] });
    }
    return (y, x) => (C(), z("div", {
      class: Oe(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: ze({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (C(), Le(X(bp), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: X(Wo),
        onResizeEnd: b
      }, null, 8, ["min-width", "min-height", "color"])) : se("", !0),
      e.target ? (C(), Le(X($t), {
        key: 1,
        id: "in",
        type: "target",
        position: X(fe).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : se("", !0),
      e.source ? (C(), Le(X($t), {
        key: 2,
        type: "source",
        position: X(fe).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : se("", !0),
      e.data.kind === "intent" ? (C(), z(_e, { key: 3 }, [
        ce(X($t), {
          id: "seq-in",
          type: "target",
          position: X(fe).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        ce(X($t), {
          id: "seq-out",
          type: "source",
          position: X(fe).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : se("", !0),
      u.value.length ? (C(), z("div", _p, [
        (C(!0), z(_e, null, Ve(u.value, (k) => (C(), z("span", {
          key: k.id,
          class: "mx-other-tag",
          style: ze({ background: k.color })
        }, q(k.name), 5))), 128))
      ])) : se("", !0),
      $("header", Sp, [
        ce(Ee, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        We(y.$slots, "kind", {}, () => [
          $("span", $p, q(e.kindLabel), 1)
        ]),
        x[6] || (x[6] = $("span", { class: "mx-spacer" }, null, -1)),
        We(y.$slots, "head"),
        s.value ? (C(), z("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: ve(h, ["stop"]),
          title: "Comments"
        }, [
          ce(Ee, {
            name: "comment",
            size: 11
          }),
          Ne(q(s.value), 1)
        ])) : se("", !0),
        $("div", Ep, [
          $("button", {
            title: "Comment",
            onClick: ve(h, ["stop"])
          }, [
            ce(Ee, {
              name: "comment",
              size: 13
            })
          ]),
          $("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: x[0] || (x[0] = ve((k) => X(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            ce(Ee, {
              name: "copy",
              size: 13
            })
          ]),
          $("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: x[1] || (x[1] = ve((k) => X(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            ce(Ee, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      $("div", Np, [
        We(y.$slots, "default")
      ]),
      We(y.$slots, "foot"),
      l.value ? (C(), z("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: x[4] || (x[4] = ve(() => {
        }, ["stop"])),
        onKeydown: x[5] || (x[5] = ve(() => {
        }, ["stop"]))
      }, [
        $("div", Cp, [
          x[7] || (x[7] = Ne("Comments ")),
          $("button", {
            class: "mx-x",
            onClick: x[2] || (x[2] = (k) => X(n).openComments = null)
          }, [
            ce(Ee, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (C(!0), z(_e, null, Ve(r.value, (k) => (C(), z("div", {
          key: k.id,
          class: Oe(["mx-comment", { resolved: k.resolved }])
        }, [
          $("div", Mp, [
            $("b", null, q(k.author), 1),
            $("span", null, q(X(wo)(k.created)), 1),
            $("button", {
              class: "mx-resolve",
              onClick: (M) => X(o)("resolve", { id: k.id, resolved: !k.resolved })
            }, q(k.resolved ? "reopen" : "resolve"), 9, Ip)
          ]),
          $("div", Tp, q(k.text), 1)
        ], 2))), 128)),
        r.value.length ? se("", !0) : (C(), z("div", Pp, "No comments yet.")),
        jt($("textarea", {
          ref_key: "input",
          ref: f,
          "onUpdate:modelValue": x[3] || (x[3] = (k) => c.value = k),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: ht(ve(m, ["exact", "prevent"]), ["enter"])
        }, null, 40, Ap), [
          [pn, c.value]
        ])
      ], 32)) : se("", !0)
    ], 14, kp));
  }
}, zp = ["value", "rows", "placeholder", "data-field"], Dp = ["value", "placeholder", "data-field"], ha = 450, At = {
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
    const t = e, { send: n } = wt(), o = ge(null), i = ge(t.value || "");
    let a = t.value || "", r = null, s = 0, l = null;
    function u() {
      r = null, i.value !== a && (t.merge ? n("text", { id: t.blockId, field: t.field, base: a, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), a = i.value);
    }
    function c() {
      const b = o.value;
      !b || !t.multiline || (b.style.height = "auto", b.style.height = `${b.scrollHeight}px`);
    }
    tt(c), Se(i, () => Ke(c));
    function f(b) {
      i.value = b.target.value, s = Date.now(), r && clearTimeout(r), r = setTimeout(u, 160);
    }
    function h(b) {
      const y = o.value, x = y && document.activeElement === y;
      if (x && (r || Date.now() - s < ha)) {
        l = b, setTimeout(() => {
          if (l !== null) {
            const M = l;
            l = null, h(M);
          }
        }, ha);
        return;
      }
      if (l = null, b === i.value) {
        a = b;
        return;
      }
      let k = x ? y.selectionStart : null;
      if (k !== null) {
        let M = 0;
        const w = i.value;
        for (; M < w.length && M < b.length && w[M] === b[M]; ) M++;
        M < k && (k += b.length - w.length);
      }
      i.value = b, a = b, k !== null && requestAnimationFrame(() => {
        try {
          y.setSelectionRange(k, k);
        } catch {
        }
      });
    }
    function m() {
      r && (clearTimeout(r), u());
    }
    return Se(() => t.value, (b) => h(b || "")), Vt(() => {
      r && (clearTimeout(r), u());
    }), (b, y) => e.multiline ? (C(), z("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Oe(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: f,
      onBlur: m,
      onKeydown: y[0] || (y[0] = ve(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, zp)) : (C(), z("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Oe(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: f,
      onKeydown: [
        y[1] || (y[1] = ve(() => {
        }, ["stop"])),
        y[2] || (y[2] = ht((x) => x.target.blur(), ["enter"]))
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
    const t = e, { state: n, send: o } = wt(), i = [
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
      const f = u.target.value === "" ? 0 : parseFloat(u.target.value);
      if (!Number.isFinite(f)) return;
      const h = l === "in" ? f : c.cut_in, m = l === "out" ? f : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: h, cut_out: m });
      const b = u.target;
      setTimeout(() => {
        document.activeElement !== b && t.shot && (b.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function s(l, u) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === u ? "" : u } });
    }
    return (l, u) => (C(), z("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = ve(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = ve(() => {
      }, ["stop"]))
    }, [
      $("div", Op, [
        $("label", null, [
          u[6] || (u[6] = $("span", null, "sc", -1)),
          ce(At, {
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
          ce(At, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (C(), z("label", Bp, [
          u[8] || (u[8] = $("span", null, "#", -1)),
          $("b", Rp, q(e.shot.number), 1)
        ])) : se("", !0),
        $("label", Lp, [
          u[9] || (u[9] = $("span", null, "lens", -1)),
          ce(At, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (C(), z("div", Vp, [
        u[14] || (u[14] = $("span", { class: "k" }, "cut", -1)),
        $("label", null, [
          u[10] || (u[10] = Ne("in ")),
          $("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => r("in", c)),
            onKeydown: u[1] || (u[1] = ve(() => {
            }, ["stop"]))
          }, null, 40, Hp),
          u[11] || (u[11] = Ne("s"))
        ]),
        $("label", null, [
          u[12] || (u[12] = Ne("out ")),
          $("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => r("out", c)),
            onKeydown: u[3] || (u[3] = ve(() => {
            }, ["stop"]))
          }, null, 40, Fp),
          u[13] || (u[13] = Ne("s"))
        ]),
        $("span", Yp, "of " + q(e.shot.duration_s) + "s (" + q(e.shot.duration_from) + ")", 1)
      ])) : se("", !0),
      (C(), z(_e, null, Ve(i, (c) => $("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        $("span", qp, q(c.label), 1),
        $("div", Gp, [
          (C(!0), z(_e, null, Ve((X(n).choices[c.field] || []).filter((f) => f), (f) => (C(), z("button", {
            key: f,
            class: Oe({ on: e.data[c.field] === f }),
            "data-value": f,
            onClick: ve((h) => s(c.field, f), ["stop"])
          }, q(f), 11, Up))), 128))
        ])
      ], 8, Xp)), 64)),
      (C(), z(_e, null, Ve(a, (c) => $("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        $("span", Wp, q(c.label), 1),
        ce(At, {
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
    const t = e, n = ge(null), o = ge(0), i = ge(0), a = ge(!1), r = ge(!t.sound);
    let s = 0;
    function l() {
      const T = n.value;
      T && (o.value = T.currentTime), s = a.value ? requestAnimationFrame(l) : 0;
    }
    function u() {
      const T = n.value;
      if (!T) return;
      T.preload = "auto", T.muted = r.value;
      const O = T.play();
      O && O.catch && O.catch(() => {
      });
    }
    function c() {
      const T = n.value;
      T && T.pause();
    }
    function f() {
      a.value ? c() : u();
    }
    function h() {
      t.sound || u();
    }
    function m() {
      t.sound || c();
    }
    function b() {
      r.value = !r.value, n.value && (n.value.muted = r.value);
    }
    function y() {
      a.value = !0, s || (s = requestAnimationFrame(l));
    }
    function x() {
      a.value = !1, n.value && (o.value = n.value.currentTime);
    }
    function k(T) {
      i.value = T.target.duration || 0, T.target.muted = r.value;
    }
    function M(T) {
      const O = n.value, L = T.currentTarget;
      if (!O || !i.value) return;
      const B = L.getBoundingClientRect();
      O.currentTime = o.value = Math.max(0, Math.min(1, (T.clientX - B.left) / B.width)) * i.value;
    }
    function w(T) {
      var ee;
      T.preventDefault();
      const O = T.currentTarget;
      (ee = O.setPointerCapture) == null || ee.call(O, T.pointerId), M(T);
      const L = (J) => M({ clientX: J.clientX, currentTarget: O }), B = () => {
        O.removeEventListener("pointermove", L), O.removeEventListener("pointerup", B);
      };
      O.addEventListener("pointermove", L), O.addEventListener("pointerup", B);
    }
    const g = (T) => `${Math.floor(T / 60)}:${String(Math.floor(T % 60)).padStart(2, "0")}`;
    return Vt(() => {
      s && cancelAnimationFrame(s);
    }), (T, O) => (C(), z("div", {
      class: Oe(["mx-clip", { playing: a.value, "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: h,
      onPointerleave: m
    }, [
      $("div", {
        class: "mx-clip-pic",
        onClick: O[0] || (O[0] = (L) => e.sound && f())
      }, [
        $("video", {
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
          onLoadedmetadata: k,
          onPlay: y,
          onPause: x,
          onEnded: x
        }, null, 40, Zp),
        e.sound && !a.value ? (C(), z("span", jp, [
          ce(Ee, {
            name: "play",
            size: 22
          })
        ])) : se("", !0)
      ]),
      e.scrub || e.sound ? (C(), z("div", Jp, [
        e.sound ? (C(), z("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "play",
          title: a.value ? "Pause" : "Play",
          onClick: ve(f, ["stop"])
        }, [
          ce(Ee, {
            name: a.value ? "pause" : "play",
            size: 12
          }, null, 8, ["name"])
        ], 8, Qp)) : se("", !0),
        $("div", {
          class: "mx-scrub-bar",
          "data-role": "scrub",
          onPointerdown: ve(w, ["stop"])
        }, [
          $("div", eg, [
            $("i", {
              style: ze({ width: i.value ? `${o.value / i.value * 100}%` : "0%" })
            }, null, 4)
          ])
        ], 32),
        $("span", tg, q(g(o.value)) + " / " + q(g(i.value)), 1),
        e.sound ? (C(), z("button", {
          key: 1,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": r.value ? "1" : "0",
          title: r.value ? "Sound on" : "Mute",
          onClick: ve(b, ["stop"])
        }, [
          ce(Ee, {
            name: r.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, ng)) : se("", !0)
      ])) : se("", !0)
    ], 34));
  }
}, og = ["data-runs", "title"], ig = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, ag = { class: "mx-status-text" }, rg = {
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
    const t = e, { state: n, send: o } = wt(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, a = Q(() => t.data.status || { state: "idle", label: "idle" }), r = Q(() => nn[a.value.state] || nn.idle), s = Q(() => aa[a.value.state] || aa.idle), l = Q(() => {
      const D = a.value.label || a.value.state;
      return D.startsWith(a.value.state) ? D : `${a.value.state} · ${D}`;
    }), u = Q(() => `${Math.round((a.value.fraction || 0) * 100)}%`), c = Q(() => U.value && a.value.fraction !== void 0), f = ge(!1);
    Se(() => a.value.state, (D) => {
      D !== "failed" && (f.value = !1);
    });
    const h = ge(!1), m = Q(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), b = Q(() => n.pipelines.list.find((D) => D.name === m.value) || null);
    function y() {
      h.value = !h.value, h.value && o("pipelines");
    }
    function x(D) {
      h.value = !1, o("pipeline", { id: t.id, name: D });
    }
    const k = Q(() => n.shots[t.id] || null), M = Q(() => k.value ? k.value.number : "—"), w = Q(() => {
      const D = k.value;
      if (!D) return "";
      const P = D.cut_in > 0 || D.cut_out < D.duration_s;
      return `in ${g(D.cut_in)} · out ${g(D.cut_out)} of ${g(D.duration_s)}${P ? " (handles kept)" : ""}`;
    });
    function g(D) {
      return `${Math.round(D * 100) / 100}s`;
    }
    function T() {
      k.value && o("lock", { id: t.id, locked: !k.value.locked });
    }
    const O = ge(null);
    function L(D) {
      if (D.button !== 0) return;
      D.preventDefault(), D.stopPropagation();
      const P = { x: D.clientX, y: D.clientY };
      let V = !1;
      const K = (le) => {
        if (!V && Math.hypot(le.clientX - P.x, le.clientY - P.y) < 4) return;
        V = !0;
        const he = B(le);
        O.value = { x: le.clientX, y: le.clientY, target: he ? he.id : "", before: he ? he.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ye) => ye.classList.remove("mx-seq-drop", "before", "after")), he && he.el.classList.add("mx-seq-drop", he.before ? "before" : "after");
      }, oe = (le) => {
        if (window.removeEventListener("pointermove", K), window.removeEventListener("pointerup", oe), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((ae) => ae.classList.remove("mx-seq-drop", "before", "after")), O.value = null, !V) return;
        const he = B(le);
        if (!he) return;
        let ye = he.id;
        if (he.before) {
          const ae = n.sequence.filter((re) => re !== t.id), te = ae.indexOf(he.id);
          ye = te > 0 ? ae[te - 1] : null;
        }
        ye !== t.id && o("place_after", { id: t.id, after: ye });
      };
      window.addEventListener("pointermove", K), window.addEventListener("pointerup", oe);
    }
    function B(D) {
      var K;
      const P = (K = document.elementFromPoint(D.clientX, D.clientY)) == null ? void 0 : K.closest('.mx-block[data-kind="intent"][data-id]');
      if (!P || P.dataset.id === t.id) return null;
      const V = P.getBoundingClientRect();
      return { el: P, id: P.dataset.id, before: D.clientX < V.left + V.width / 2 };
    }
    const ee = Q(() => {
      const D = t.data.takes || [], P = t.data.chosen || {};
      return D.find((V) => V.id === P.clip) || D.find((V) => V.id === P.still) || null;
    }), J = Q(() => {
      const D = (t.data.takes || []).find((P) => P.id === (t.data.chosen || {}).still);
      return D && !(D.mime || "").startsWith("video") ? D.url : "";
    }), U = Q(() => ["queued", "claimed", "rendering"].includes(a.value.state));
    function I(D) {
      const P = n.sequence.indexOf(t.id);
      P < 0 || o("reorder", { id: t.id, index: Math.max(0, P + D) });
    }
    const ne = ge(!1), N = He();
    Se(ne, (D) => {
      D && Ke(() => {
        const P = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), V = document.querySelector(".vue-flow");
        if (!P || !V) return;
        const K = P.getBoundingClientRect().bottom - V.getBoundingClientRect().bottom + 16;
        if (K > 0) {
          const oe = N.viewport.value;
          N.setViewport({ x: oe.x, y: oe.y - K, zoom: oe.zoom }, { duration: 200 });
        }
      });
    });
    const Y = Q(() => {
      const D = t.data, P = k.value ? k.value.number : "";
      return [[D.scene_no && `sc ${D.scene_no}`, P && `sh ${P}`].filter(Boolean).join(" "), D.shot_size, D.angle, D.camera_move, D.lens, D.transition].filter(Boolean).join(" · ");
    });
    function A(D) {
      const P = parseFloat(D.target.value);
      Number.isFinite(P) && o("update", { id: t.id, fields: { duration_s: P } });
    }
    return (D, P) => (C(), Le(Ht, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: r.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: Ye(() => [
        $("button", {
          class: Oe(["mx-pipe-chip nodrag", { on: h.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": m.value,
          title: b.value ? `Runs the ${m.value} pipeline: ${b.value.stages.join(" → ")}. Click to pick another` : `Runs ${m.value}`,
          onClick: ve(y, ["stop"])
        }, [
          $("span", null, q(m.value), 1),
          ce(Ee, {
            name: "down",
            size: 10
          })
        ], 10, og)
      ]),
      head: Ye(() => [
        $("span", ig, [
          $("button", {
            onClick: P[0] || (P[0] = ve((V) => I(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            ce(Ee, {
              name: "left",
              size: 11
            })
          ]),
          $("b", {
            "data-role": "shot-number",
            class: Oe({ locked: k.value && k.value.locked }),
            onPointerdown: L
          }, q(M.value), 35),
          $("button", {
            onClick: P[1] || (P[1] = ve((V) => I(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            ce(Ee, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (C(), Le(Jo(a.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: ze({ color: s.value }),
          title: a.value.state === "failed" ? "Why it failed" : [l.value, a.value.peer && `on ${a.value.peer}`, a.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": a.value.state,
          onClick: P[2] || (P[2] = ve((V) => a.value.state === "failed" && (f.value = !f.value), ["stop"]))
        }, {
          default: Ye(() => [
            $("i", {
              class: "mx-dot",
              style: ze({ background: a.value.state === "idle" ? s.value : r.value })
            }, null, 4),
            $("span", ag, q(l.value), 1),
            c.value ? (C(), z("b", rg, q(u.value), 1)) : se("", !0),
            a.value.state === "failed" ? (C(), Le(Ee, {
              key: 1,
              name: "info",
              size: 11
            })) : se("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: Ye(() => [
        $("footer", gg, [
          U.value && a.value.peer ? (C(), z("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${a.value.peer}`
          }, [
            P[13] || (P[13] = Ne("on ")),
            $("b", null, q(a.value.peer), 1)
          ], 8, yg)) : (C(), z("div", wg, [
            (C(), z(_e, null, Ve(i, (V, K) => $("button", {
              key: K,
              class: Oe({ on: e.data.sub === K }),
              title: K,
              onClick: ve((oe) => X(o)("update", { id: e.id, fields: { sub: K } }), ["stop"])
            }, [
              ce(Ee, {
                name: V,
                size: 12
              }, null, 8, ["name"])
            ], 10, xg)), 64))
          ])),
          U.value && a.value.peer ? se("", !0) : (C(), z("label", bg, [
            $("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: A,
              onKeydown: P[4] || (P[4] = ve(() => {
              }, ["stop"]))
            }, null, 40, kg),
            P[14] || (P[14] = Ne("s "))
          ])),
          $("button", {
            class: Oe(["mx-panel-toggle", { on: ne.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: P[5] || (P[5] = ve((V) => ne.value = !ne.value, ["stop"]))
          }, [
            ce(Ee, {
              name: "film",
              size: 12
            })
          ], 2),
          U.value && a.value.peer ? se("", !0) : (C(), z("span", _g)),
          U.value ? (C(), z("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: P[6] || (P[6] = ve((V) => X(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            ce(Ee, {
              name: "square",
              size: 10
            }),
            P[15] || (P[15] = Ne("Cancel"))
          ])) : (C(), z("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: P[7] || (P[7] = ve((V) => X(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            ce(Ee, {
              name: "play",
              size: 11
            }),
            P[16] || (P[16] = Ne("Render"))
          ]))
        ]),
        a.value.state === "failed" && f.value ? (C(), z("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: P[9] || (P[9] = ve(() => {
          }, ["stop"]))
        }, [
          $("b", null, q(a.value.stage ? `${a.value.stage} failed` : "failed"), 1),
          Ne(q(a.value.reason) + " ", 1),
          $("button", {
            class: "mx-x",
            title: "Close",
            onClick: P[8] || (P[8] = ve((V) => f.value = !1, ["stop"]))
          }, [
            ce(Ee, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : se("", !0),
        h.value ? (C(), z("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: P[11] || (P[11] = ve(() => {
          }, ["stop"])),
          onWheel: P[12] || (P[12] = ve(() => {
          }, ["stop"]))
        }, [
          P[18] || (P[18] = $("div", { class: "mx-pipes-title" }, [
            Ne("Pipeline "),
            $("span", null, "what rendering this intent makes")
          ], -1)),
          (C(!0), z(_e, null, Ve(X(n).pipelines.list, (V) => (C(), z("button", {
            key: V.name,
            class: Oe(["mx-pipe", { on: V.name === m.value }]),
            "data-pipeline": V.name,
            onClick: ve((K) => x(V.name), ["stop"])
          }, [
            $("span", $g, [
              Ne(q(V.name), 1),
              V.name === X(n).pipelines.defaults[e.data.sub] ? (C(), z("i", Eg, "default for " + q(e.data.sub), 1)) : se("", !0)
            ]),
            $("span", Ng, [
              Ne(q(V.needs.join(" → ")), 1),
              V.optional.length ? (C(), z("i", Cg, "+ " + q(V.optional.join(", ")) + " when linked", 1)) : se("", !0)
            ]),
            V.description ? (C(), z("span", Mg, q(V.description), 1)) : se("", !0),
            X(n).pipelines.live ? (C(), z("span", {
              key: 1,
              class: Oe(["mx-pipe-who", { none: !V.runnable_by.length }])
            }, q(V.runnable_by.length ? `runs on ${V.runnable_by.join(", ")}` : `no live machine runs ${V.needs.join(" + ")}`), 3)) : se("", !0)
          ], 10, Sg))), 128)),
          e.data.pipeline ? (C(), z("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: P[10] || (P[10] = ve((V) => {
              X(o)("pipeline", { id: e.id, name: "" }), h.value = !1;
            }, ["stop"]))
          }, [
            $("span", Ig, [
              P[17] || (P[17] = Ne("back to the default")),
              $("i", null, q(X(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : se("", !0)
        ], 32)) : se("", !0),
        ne.value ? (C(), Le(Kp, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: k.value
        }, null, 8, ["id", "data", "shot"])) : se("", !0),
        (C(), Le(Jr, { to: "body" }, [
          O.value ? (C(), z("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: ze({ left: `${O.value.x + 12}px`, top: `${O.value.y + 12}px` })
          }, [
            Ne(" shot " + q(M.value), 1),
            O.value.target ? (C(), z(_e, { key: 0 }, [
              Ne(" · " + q(O.value.before ? "before" : "after"), 1)
            ], 64)) : se("", !0)
          ], 4)) : se("", !0)
        ]))
      ]),
      default: Ye(() => [
        a.value.fraction !== void 0 && a.value.state !== "idle" ? (C(), z("div", sg, [
          $("div", {
            style: ze({ width: `${Math.round((a.value.fraction || 0) * 100)}%`, background: r.value })
          }, null, 4)
        ])) : se("", !0),
        $("div", lg, [
          $("div", ug, [
            ce(At, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            ce(At, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            Y.value ? (C(), z("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: P[3] || (P[3] = ve((V) => ne.value = !ne.value, ["stop"]))
            }, q(Y.value), 1)) : se("", !0)
          ]),
          a.value.state === "rendering" && a.value.thumb ? (C(), z("div", cg, [
            $("img", {
              src: a.value.thumb,
              alt: ""
            }, null, 8, dg)
          ])) : ee.value ? (C(), z("div", fg, [
            (ee.value.mime || "").startsWith("video") ? (C(), Le(xo, {
              key: 0,
              src: ee.value.url,
              poster: J.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (C(), z("img", {
              key: 1,
              src: ee.value.url,
              alt: ""
            }, null, 8, hg))
          ])) : se("", !0)
        ]),
        k.value ? (C(), z("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: w.value,
          "data-in": k.value.cut_in,
          "data-out": k.value.cut_out,
          "data-duration": k.value.duration_s
        }, [
          $("button", {
            class: Oe(["mx-lock", { on: k.value.locked }]),
            "data-role": "lock",
            "data-locked": k.value.locked ? "true" : "false",
            title: k.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: ve(T, ["stop"])
          }, [
            ce(Ee, {
              name: k.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, mg),
          $("div", pg, [
            $("i", {
              style: ze({ left: `${k.value.cut_in / k.value.duration_s * 100}%`, width: `${(k.value.cut_out - k.value.cut_in) / k.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          $("span", null, [
            Ne(q(g(k.value.cut_in)) + "–" + q(g(k.value.cut_out)), 1),
            k.value.edit_s !== k.value.duration_s ? (C(), z(_e, { key: 0 }, [
              Ne(" / " + q(g(k.value.duration_s)), 1)
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
    const t = ge(null), n = ge(0), o = ge(0), i = ge(!1);
    let a = 0;
    function r() {
      t.value && (n.value = t.value.currentTime), a = i.value ? requestAnimationFrame(r) : 0;
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
      i.value = !0, a || (a = requestAnimationFrame(r));
    }
    function c() {
      i.value = !1, t.value && (n.value = t.value.currentTime);
    }
    function f(b, y) {
      const x = t.value;
      if (!x || !o.value) return;
      const k = y.getBoundingClientRect();
      x.currentTime = n.value = Math.max(0, Math.min(1, (b.clientX - k.left) / k.width)) * o.value;
    }
    function h(b) {
      var M;
      b.preventDefault();
      const y = b.currentTarget;
      (M = y.setPointerCapture) == null || M.call(y, b.pointerId), f(b, y);
      const x = (w) => f(w, y), k = () => {
        y.removeEventListener("pointermove", x), y.removeEventListener("pointerup", k);
      };
      y.addEventListener("pointermove", x), y.addEventListener("pointerup", k);
    }
    const m = (b) => `${Math.floor(b / 60)}:${String(Math.floor(b % 60)).padStart(2, "0")}`;
    return (b, y) => (C(), z("div", {
      class: Oe(["mx-audio nodrag", { playing: i.value }]),
      "data-role": "voice-player"
    }, [
      $("audio", {
        ref_key: "audio",
        ref: t,
        src: e.src,
        preload: "metadata",
        onLoadedmetadata: l,
        onPlay: u,
        onPause: c,
        onEnded: c
      }, null, 40, Pg),
      $("button", {
        class: "mx-clip-btn",
        "data-role": "play",
        title: i.value ? "Pause" : "Play",
        onClick: ve(s, ["stop"])
      }, [
        ce(Ee, {
          name: i.value ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, Ag),
      $("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: ve(h, ["stop"])
      }, [
        $("div", zg, [
          $("i", {
            style: ze({ width: o.value ? `${n.value / o.value * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      $("span", Dg, q(m(n.value)) + " / " + q(m(o.value)), 1)
    ], 2));
  }
};
async function Hr(e, t, { block: n = "", x: o = 0, y: i = 0, attach: a = "" } = {}) {
  const r = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: a, name: t.name || "" }), s = await fetch(`/canvas/api/upload?${r}`, {
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
    const t = e, { state: n, send: o } = wt(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, a = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, r = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], s = Q(() => Object.entries(t.data.params || {})), l = ge(""), u = ge(""), c = ge(!1), f = ge(null), h = ge("");
    function m(w, g) {
      const T = { ...t.data.params || {} };
      g === null ? delete T[w] : T[w] = g, o("update", { id: t.id, fields: { params: T } });
    }
    function b() {
      l.value.trim() && (m(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function y(w) {
      c.value = !1;
      const g = w.dataTransfer && w.dataTransfer.files && w.dataTransfer.files[0];
      g && (w.preventDefault(), w.stopPropagation(), await x(g));
    }
    async function x(w) {
      h.value = "";
      try {
        await Hr(n.token, w, { block: t.id });
      } catch (g) {
        h.value = String(g.message || g);
      }
    }
    function k(w) {
      const g = w.target.files[0];
      g && x(g);
    }
    async function M() {
      if (f.value) {
        f.value.stop();
        return;
      }
      try {
        const w = await navigator.mediaDevices.getUserMedia({ audio: !0 }), g = new MediaRecorder(w), T = [];
        g.ondataavailable = (O) => T.push(O.data), g.onstop = () => {
          w.getTracks().forEach((O) => O.stop()), f.value = null, x(new Blob(T, { type: g.mimeType || "audio/webm" }));
        }, g.start(), f.value = g;
      } catch (w) {
        h.value = "microphone unavailable: " + (w.message || w);
      }
    }
    return (w, g) => (C(), Le(Ht, {
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
      default: Ye(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (C(), z("div", {
          key: 0,
          class: Oe(["mx-drop nodrag", { over: c.value }]),
          onDragover: g[0] || (g[0] = ve((T) => c.value = !0, ["prevent", "stop"])),
          onDragleave: g[1] || (g[1] = (T) => c.value = !1),
          onDrop: y
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (C(), z("div", Bg, [
            ce(xo, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (C(), z("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Rg)) : (C(), z("label", Lg, [
            ce(Ee, {
              name: "upload",
              size: 18
            }),
            g[5] || (g[5] = $("span", null, [
              Ne("Drop an image or "),
              $("u", null, "choose")
            ], -1)),
            $("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: k
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (C(), Le(At, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (C(), z("div", Vg, [
          $("button", {
            class: Oe(["mx-rec", { live: f.value }]),
            onClick: ve(M, ["stop"])
          }, [
            ce(Ee, {
              name: f.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Ne(q(f.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (C(), Le(Og, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : se("", !0)
        ])) : e.data.sub === "directive" ? (C(), z("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: g[4] || (g[4] = ve(() => {
          }, ["stop"]))
        }, [
          (C(!0), z(_e, null, Ve(s.value, ([T, O]) => (C(), z("div", {
            key: T,
            class: "mx-kv"
          }, [
            $("span", Hg, q(T), 1),
            $("input", {
              class: "v",
              value: O,
              onChange: (L) => m(T, L.target.value)
            }, null, 40, Fg),
            $("button", {
              onClick: ve((L) => m(T, null), ["stop"])
            }, [
              ce(Ee, {
                name: "x",
                size: 11
              })
            ], 8, Yg)
          ]))), 128)),
          $("div", Xg, [
            jt($("input", {
              class: "k",
              "onUpdate:modelValue": g[2] || (g[2] = (T) => l.value = T),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: ht(b, ["enter"])
            }, null, 544), [
              [pn, l.value]
            ]),
            jt($("input", {
              class: "v",
              "onUpdate:modelValue": g[3] || (g[3] = (T) => u.value = T),
              placeholder: "value",
              onKeydown: ht(b, ["enter"])
            }, null, 544), [
              [pn, u.value]
            ]),
            $("button", {
              onClick: ve(b, ["stop"])
            }, [
              ce(Ee, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          $("datalist", qg, [
            (C(), z(_e, null, Ve(r, (T) => $("option", {
              key: T,
              value: T
            }, null, 8, Gg)), 64))
          ])
        ], 32)) : se("", !0),
        h.value ? (C(), z("div", Ug, q(h.value), 1)) : se("", !0)
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
    const t = e, { send: n } = wt(), o = Q(() => t.data.takes || [t.id]), i = Q(() => Math.max(0, o.value.indexOf(t.id))), a = Q(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function r(s) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + s + l) % l] });
    }
    return (s, l) => (C(), Le(Ht, {
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
      head: Ye(() => [
        e.data.chosen ? (C(), z("span", Kg, [
          ce(Ee, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = Ne("chosen"))
        ])) : se("", !0)
      ]),
      foot: Ye(() => [
        $("footer", Qg, [
          o.value.length > 1 ? (C(), z("span", ey, [
            $("button", {
              onClick: l[0] || (l[0] = ve((u) => r(-1), ["stop"])),
              title: "Previous take"
            }, [
              ce(Ee, {
                name: "left",
                size: 11
              })
            ]),
            Ne(" take " + q(i.value + 1) + "/" + q(o.value.length) + " ", 1),
            $("button", {
              onClick: l[1] || (l[1] = ve((u) => r(1), ["stop"])),
              title: "Next take"
            }, [
              ce(Ee, {
                name: "right",
                size: 11
              })
            ])
          ])) : se("", !0),
          e.data.chosen ? se("", !0) : (C(), z("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = ve((u) => X(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          $("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            Ne(q(e.data.width) + "×" + q(e.data.height), 1),
            e.data.duration_s ? (C(), z(_e, { key: 0 }, [
              Ne(" · " + q(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : se("", !0),
            Ne(" · " + q(e.data.peer_name || e.data.peer_id), 1)
          ], 8, ty),
          $("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = ve((u) => X(n)("grow", { id: e.id }), ["stop"]))
          }, [
            ce(Ee, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Ne("New intent"))
          ])
        ])
      ]),
      default: Ye(() => [
        $("div", Zg, [
          a.value && e.data.url ? (C(), Le(xo, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (C(), z("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, jg)) : (C(), z("div", Jg, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, oy = { class: "mx-stream nowheel" }, iy = {
  key: 0,
  class: "mx-empty"
}, ay = { class: "mx-machine-head" }, ry = { class: "n" }, sy = { class: "bar" }, ly = { class: "u" }, uy = { class: "m" }, cy = { class: "t" }, dy = {
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
    const t = e, { state: n } = wt(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, a = Q(() => (t.data.peer_filter || "").toLowerCase()), r = Q(() => n.activity.peers.filter((c) => !a.value || c.id.toLowerCase().includes(a.value) || c.name.toLowerCase().includes(a.value))), s = Q(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, f) => (C(), Le(Ht, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Ye(() => f[0] || (f[0] = [
        $("span", { class: "mx-live" }, [
          $("i"),
          Ne("live")
        ], -1)
      ])),
      default: Ye(() => [
        $("div", oy, [
          e.data.sub === "gpu" ? (C(), z(_e, { key: 0 }, [
            r.value.length ? se("", !0) : (C(), z("div", iy, f[1] || (f[1] = [
              Ne("No machines on this board yet. Start a peer: "),
              $("code", null, "multiplex up", -1)
            ]))),
            (C(!0), z(_e, null, Ve(r.value, (h) => (C(), z("div", {
              key: h.id,
              class: "mx-machine"
            }, [
              $("div", ay, [
                $("i", {
                  class: Oe(["mx-dot", h.live ? h.paused ? "paused" : "on" : "off"])
                }, null, 2),
                $("b", null, q(h.name), 1),
                $("span", null, q(h.busy) + "/" + q(h.slots) + " busy" + q(h.paused ? " · paused" : ""), 1)
              ]),
              (C(!0), z(_e, null, Ve(h.gpus, (m) => (C(), z("div", {
                key: m.index,
                class: "mx-gpu"
              }, [
                $("span", ry, q(m.index), 1),
                $("div", sy, [
                  $("div", {
                    style: ze({ width: `${m.util}%`, background: l(m.util) })
                  }, null, 4)
                ]),
                $("span", ly, q(Math.round(m.util)) + "%", 1),
                $("span", uy, q(X(ra)(m.mem_used)) + "/" + q(X(ra)(m.mem_total)), 1),
                $("span", cy, q(m.temp ? `${Math.round(m.temp)}°` : ""), 1)
              ]))), 128)),
              h.gpus.length ? se("", !0) : (C(), z("div", dy, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (C(), z(_e, { key: 1 }, [
            X(n).activity.running.length ? se("", !0) : (C(), z("div", fy, "Nothing rendering.")),
            (C(!0), z(_e, null, Ve(X(n).activity.running, (h) => (C(), z("div", {
              key: h.id,
              class: "mx-job"
            }, [
              $("div", hy, [
                $("b", null, q(h.title || h.intent), 1),
                $("span", null, q(h.stage) + " · " + q(h.peer || "—"), 1)
              ]),
              $("div", vy, [
                $("div", {
                  style: ze({ width: `${Math.round(h.fraction * 100)}%` })
                }, null, 4)
              ]),
              $("div", my, q(h.state) + " " + q(Math.round(h.fraction * 100)) + "% " + q(h.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (C(), z(_e, { key: 2 }, [
            X(n).activity.queue.length ? se("", !0) : (C(), z("div", py, "Queue is empty.")),
            (C(!0), z(_e, null, Ve(X(n).activity.queue, (h, m) => (C(), z("div", {
              key: h.id,
              class: "mx-qrow"
            }, [
              $("span", gy, q(String(m + 1).padStart(2, "0")), 1),
              $("b", null, q(h.title || h.intent), 1),
              $("span", null, q(h.stage), 1),
              $("span", yy, q(h.state), 1)
            ]))), 128))
          ], 64)) : (C(), z(_e, { key: 3 }, [
            s.value.length ? se("", !0) : (C(), z("div", wy, "Waiting for activity…")),
            (C(!0), z(_e, null, Ve(s.value, (h, m) => (C(), z("div", {
              key: m,
              class: "mx-logline"
            }, [
              $("span", xy, q(X(wo)(h.t)), 1),
              $("span", {
                class: "k",
                style: ze({ color: u[h.kind] || "#9ca3af" })
              }, q(h.kind), 5),
              $("span", by, q(h.peer), 1),
              $("span", ky, q(h.stage) + " " + q(h.msg), 1)
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
    const t = e, n = ge(null), o = ge(!1), i = Q(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), a = Q(() => (t.data.think || "").trim());
    return Se(() => t.data.text, () => Ke(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (r, s) => (C(), Le(Ht, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Ye(() => [
        $("span", Sy, [
          Ne(q(e.data.narrator || "narrator"), 1),
          e.data.updated ? (C(), z(_e, { key: 0 }, [
            Ne(" · " + q(X(wo)(e.data.updated)), 1)
          ], 64)) : se("", !0)
        ])
      ]),
      default: Ye(() => [
        $("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (C(), z("p", $y, q(e.data.status), 1)) : se("", !0),
          a.value ? (C(), z("div", Ey, [
            $("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: s[0] || (s[0] = ve((l) => o.value = !o.value, ["stop"]))
            }, q(o.value ? "▾" : "▸") + " reasoning ", 9, Ny),
            o.value ? (C(), z("pre", Cy, q(a.value), 1)) : se("", !0)
          ])) : se("", !0),
          (C(!0), z(_e, null, Ve(i.value, (l, u) => (C(), z("p", {
            key: u,
            class: Oe({ last: u === i.value.length - 1 })
          }, q(l), 3))), 128)),
          i.value.length ? se("", !0) : (C(), z("p", My, "The narrator speaks when the machines start working."))
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
    return (t, n) => (C(), Le(Ht, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      foot: Ye(() => [
        $("div", zy, q(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: Ye(() => [
        $("div", Ty, [
          e.data.url ? (C(), z("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Py)) : (C(), z("div", Ay, n[0] || (n[0] = [
            $("span", null, null, -1)
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
async function va(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function ma(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const a = new URLSearchParams({ token: e, kind: t, block: n });
  let r = await va(await fetch(`/canvas/api/export?${a}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; r.state === "running"; )
    i(r), await new Promise((s) => setTimeout(s, 300)), r = await va(await fetch(`/canvas/api/export/${encodeURIComponent(r.id)}?${new URLSearchParams({ token: e })}`));
  if (i(r), r.state !== "done") throw new Error(`${t} export ${r.state}: ${r.error || "no reason given"}`);
  return r;
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
    const t = e, { state: n } = wt(), o = mn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = mn({}), a = Q(() => Object.values(n.shots)), r = Q(() => a.value.reduce((c, f) => c + f.edit_s, 0)), s = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await ma(n.token, "animatic", {
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
          const f = await ma(n.token, c, { onProgress: (h) => {
            i[c] = h.fraction || 0;
          } });
          By(f.url, f.filename);
        } catch (f) {
          o.error = String(f.message || f);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, f) => (C(), Le(Ht, {
      data: e.data,
      selected: e.selected,
      icon: "film",
      "kind-label": "animatic",
      edge: "#ffc947",
      shape: "mx-media mx-animatic",
      "min-w": 320,
      "min-h": 240
    }, {
      head: Ye(() => [
        $("span", Ry, q(a.value.length) + " shot" + q(a.value.length === 1 ? "" : "s") + " · " + q(s(r.value)), 1)
      ]),
      foot: Ye(() => [
        $("footer", Yy, [
          $("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !a.value.length,
            onClick: ve(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            ce(Ee, {
              name: "play",
              size: 11
            }),
            Ne(q(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, Xy),
          $("label", qy, [
            jt($("input", {
              type: "checkbox",
              "onUpdate:modelValue": f[0] || (f[0] = (h) => o.burnIn = h),
              onKeydown: f[1] || (f[1] = ve(() => {
              }, ["stop"]))
            }, null, 544), [
              [Qr, o.burnIn]
            ]),
            f[2] || (f[2] = Ne("shot no."))
          ]),
          f[3] || (f[3] = $("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (C(), z("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            Ne(q(e.data.shots) + " shots · " + q(s(e.data.duration_s)), 1),
            e.data.built ? (C(), z(_e, { key: 0 }, [
              Ne(" · " + q(X(wo)(e.data.built)), 1)
            ], 64)) : se("", !0)
          ], 8, Gy)) : se("", !0)
        ]),
        $("div", Uy, [
          (C(!0), z(_e, null, Ve(X(Oy), (h) => (C(), z("button", {
            key: h.kind,
            title: `${h.title} — download`,
            "data-kind": h.kind,
            class: Oe({ busy: i[h.kind] !== void 0 }),
            disabled: !a.value.length,
            onClick: ve((m) => u(h.kind), ["stop"])
          }, [
            ce(Ee, {
              name: i[h.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            Ne(q(h.label) + " ", 1),
            i[h.kind] !== void 0 ? (C(), z("i", {
              key: 0,
              style: ze({ width: `${Math.round(i[h.kind] * 100)}%` })
            }, null, 4)) : se("", !0)
          ], 10, Wy))), 128))
        ]),
        o.error ? (C(), z("div", Ky, q(o.error), 1)) : se("", !0)
      ]),
      default: Ye(() => [
        $("div", Ly, [
          e.data.url ? (C(), Le(xo, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (C(), z("div", Vy, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (C(), z("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            $("div", Fy, [
              $("i", {
                style: ze({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            $("span", null, q(Math.round(o.fraction * 100)) + "% · " + q(o.message), 1)
          ], 8, Hy)) : se("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, jy = { class: "mx-root" }, Jy = { class: "mx-wordmark" }, Qy = { "data-role": "board-name" }, e1 = { class: "mx-people" }, t1 = ["title"], n1 = ["disabled"], o1 = { key: 0 }, i1 = { class: "mx-snap-new" }, a1 = ["onClick"], r1 = ["onClick"], s1 = {
  key: 0,
  class: "mx-empty"
}, l1 = { class: "mx-toasts" }, u1 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, c1 = { class: "mx-dialog-kicker" }, d1 = { class: "mx-dialog-title" }, f1 = { class: "mx-cost" }, h1 = {
  key: 0,
  class: "mx-warn"
}, v1 = { class: "mx-dialog-actions" }, m1 = { class: "mx-search-in" }, p1 = ["onClick", "onMouseenter"], pa = "mx-flow", g1 = 0.42, y1 = 0.2, b1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, a = dv(i), { state: r, send: s } = a;
    Ot(Cr, a), r.me = o.me || r.me, r.board = o.board, r.token = o.token;
    const l = He(pa), u = {
      intent: nt(Tg),
      comp: nt(Wg),
      gen_art: nt(ny),
      activity: nt(_y),
      narration: nt(Iy),
      visual_narration: nt(Dy),
      animatic: nt(Zy)
    }, c = (E) => E.kind === "activity" && E.sub === "animatic" ? "animatic" : E.kind, f = u, h = [8, 8], m = ["Shift", "Meta", "Control"], b = { type: "default" }, y = { class: "mx-connecting" }, x = /* @__PURE__ */ new Map(), k = ge(0), M = /* @__PURE__ */ new Map(), w = ge(null), g = ge(null), T = ge(!1), O = ge([]), L = ge(null), B = mn({ open: !1, q: "", i: 0 }), ee = ge(!1), J = ge(""), U = ge(!1);
    function I(E) {
      return {
        id: E.id,
        type: c(E),
        position: { x: E.x, y: E.y },
        data: E,
        hidden: !0,
        dimensions: { width: E.w, height: E.h },
        style: { width: `${E.w}px`, height: `${E.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function ne(E) {
      return {
        id: E.id,
        source: E.src,
        target: E.dst,
        type: "default",
        class: `mx-edge mx-edge-${E.kind}`,
        targetHandle: "in",
        animated: E.kind === "gen_art",
        data: E,
        deletable: !0
      };
    }
    function N(E, R) {
      return {
        id: `seq:${E}:${R}`,
        source: E,
        target: R,
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
      const E = /* @__PURE__ */ new Set();
      for (const Ae of dn(l.nodes.value)) Ae.hidden || E.add(Ae.id);
      const R = /* @__PURE__ */ new Map();
      if (E.size) {
        for (const Be of M.values()) E.has(Be.src) && E.has(Be.dst) && R.set(Be.id, Be);
        const Ae = r.sequence;
        for (let Be = 0; Be + 1 < Ae.length; Be++)
          E.has(Ae[Be]) && E.has(Ae[Be + 1]) && R.set(`seq:${Ae[Be]}:${Ae[Be + 1]}`, [Ae[Be], Ae[Be + 1]]);
      }
      const j = dn(l.edges.value), xe = j.filter((Ae) => !R.has(Ae.id)).map((Ae) => Ae.id), ke = new Set(j.map((Ae) => Ae.id)), Xe = [];
      for (const [Ae, Be] of R) ke.has(Ae) || Xe.push(Array.isArray(Be) ? N(Be[0], Be[1]) : ne(Be));
      xe.length && l.removeEdges(xe), Xe.length && l.addEdges(Xe);
    }
    let A = !1;
    function D() {
      A || (A = !0, Ke(() => {
        A = !1, Y();
      }));
    }
    function P(E) {
      var j;
      const R = window.__mxMarks = window.__mxMarks || {};
      R.reset = performance.now(), x.clear(), M.clear(), V.clear();
      for (const xe of E.blocks) V.add(xe.id);
      for (const xe of E.blocks) x.set(xe.id, xe);
      for (const xe of E.edges) M.set(xe.id, xe);
      r.sequence = E.sequence || [], r.shots = E.shots || {}, r.comments = E.comments || [], r.snapshots = E.snapshots || [], E.activity && (r.activity = E.activity), E.users && (r.users = E.users), E.choices && (r.choices = E.choices), E.pipelines && (r.pipelines = E.pipelines), T.value || te(E.blocks), k.value++, l.setNodes(E.blocks.map(I)), l.setEdges([]), (j = g.value) == null || j.settle(), Y(), R.set = performance.now(), T.value || (T.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const V = /* @__PURE__ */ new Set();
    function K(E, R, j, xe = 0) {
      const ke = l.findNode(E);
      if (!ke) {
        V.has(E) ? xe < 8 && Ke(() => {
          const Be = x.get(E);
          Be && K(E, Be, [], xe + 1);
        }) : (V.add(E), j.push(I(R)));
        return;
      }
      ke.data = R, ke.type !== c(R) && (ke.type = c(R)), !ke.dragging && (ke.position.x !== R.x || ke.position.y !== R.y) && (ke.position = { x: R.x, y: R.y }, ke.hidden && (ke.computedPosition = { ...ke.computedPosition, x: R.x, y: R.y }));
      const Xe = `${R.w}px`, Ae = `${R.h}px`;
      (!ke.style || ke.style.width !== Xe || ke.style.height !== Ae) && (ke.style = { ...ke.style || {}, width: Xe, height: Ae }, ke.hidden && (ke.dimensions = { width: R.w, height: R.h }));
    }
    function oe(E) {
      if (E.blocks) {
        const R = [], j = [];
        for (const [xe, ke] of Object.entries(E.blocks)) {
          if (ke === null) {
            x.delete(xe), V.delete(xe) && j.push(xe);
            continue;
          }
          x.set(xe, ke), K(xe, ke, R);
        }
        j.length && l.removeNodes(j), R.length && l.addNodes(R), k.value++;
      }
      if (E.edges) {
        const R = [], j = [];
        for (const [xe, ke] of Object.entries(E.edges))
          ke === null ? (M.delete(xe), j.push(xe)) : M.has(xe) || (M.set(xe, ke), R.push(xe));
        (j.length || R.length) && D(), k.value++;
      }
      E.sequence && (r.sequence = E.sequence), E.shots && (r.shots = E.shots), (E.sequence || E.blocks && Object.values(E.blocks).some((R) => R === null || R && R.kind === "intent")) && D(), E.comments && (r.comments = E.comments), E.snapshots && (r.snapshots = E.snapshots), E.activity && (r.activity = E.activity), E.users && (r.users = E.users);
    }
    function le(E) {
      const R = { id: Math.random(), text: E.text || String(E), kind: E.kind || "info" };
      O.value.push(R), setTimeout(() => {
        O.value = O.value.filter((j) => j !== R);
      }, E.kind === "error" ? 6e3 : 3200);
    }
    function he(E) {
      E.preview && (L.value = E.preview), E.pipelines && (r.pipelines = E.pipelines), E.notify && le({ text: E.notify }), E.error && le({ text: E.error, kind: "error" });
    }
    t({ reset: P, apply: oe, notify: le, reply: he }), l.onNodeDragStop(({ nodes: E }) => {
      s("move", { moves: E.map((R) => ({ id: R.id, x: Math.round(R.position.x), y: Math.round(R.position.y) })) });
    });
    const ye = l.fitView;
    l.fitView = (E = {}) => ye({ ...E, includeHiddenNodes: !0 });
    function ae(E, R, j) {
      var Xe, Ae, Be;
      const xe = (Xe = document.elementFromPoint(E, R)) == null ? void 0 : Xe.closest(`[data-kind${`="${j}"`}][data-id]`);
      if (xe) return xe.dataset.id;
      const ke = (Ae = g.value) == null ? void 0 : Ae.hitAt(E, R);
      return ke && (!j || ((Be = x.get(ke)) == null ? void 0 : Be.kind) === j) ? ke : "";
    }
    function te(E) {
      const R = w.value;
      if (!E.length || !R) return;
      let j = 1 / 0, xe = 1 / 0, ke = -1 / 0, Xe = -1 / 0;
      for (const Xt of E)
        j = Math.min(j, Xt.x), xe = Math.min(xe, Xt.y), ke = Math.max(ke, Xt.x + Xt.w), Xe = Math.max(Xe, Xt.y + Xt.h);
      const Ae = R.clientWidth, Be = R.clientHeight, Yt = Math.max(0.05, Math.min(1, Math.min(Ae / (ke - j), Be / (Xe - xe)) * (1 - 0.12)));
      r.lod = d(Yt), l.setViewport({ x: (Ae - (ke - j) * Yt) / 2 - j * Yt, y: (Be - (Xe - xe) * Yt) / 2 - xe * Yt, zoom: Yt });
    }
    l.onConnect((E) => s("connect", { source: E.source, target: E.target }));
    function re({ kind: E, sub: R, clientX: j, clientY: xe, dragged: ke }) {
      const Xe = w.value.getBoundingClientRect();
      let Ae;
      if (ke) {
        if (j < Xe.left || xe < Xe.top) return;
        Ae = l.screenToFlowCoordinate({ x: j, y: xe });
      } else
        Ae = l.screenToFlowCoordinate({ x: Xe.left + Xe.width / 2, y: Xe.top + Xe.height / 2 });
      let Be = "";
      ke && E === "comp" && (Be = ae(j, xe, "intent")), s("create", { kind: E, sub: R, x: Math.round(Ae.x - 40), y: Math.round(Ae.y - 20), attach: Be });
    }
    async function $e(E) {
      U.value = !1;
      const R = [...E.dataTransfer && E.dataTransfer.files || []];
      if (!R.length) return;
      E.preventDefault();
      const j = ae(E.clientX, E.clientY, "intent");
      let { x: xe, y: ke } = l.screenToFlowCoordinate({ x: E.clientX, y: E.clientY });
      for (const Xe of R.slice(0, 12)) {
        try {
          await Hr(r.token, Xe, { x: Math.round(xe), y: Math.round(ke), attach: j });
        } catch (Ae) {
          le({ text: String(Ae.message || Ae), kind: "error" });
        }
        xe += 30, ke += 30;
      }
    }
    const Ie = Q(() => l.getSelectedNodes.value.map((E) => E.id)), we = Q(() => l.getSelectedNodes.value.filter((E) => E.type === "intent").map((E) => E.id));
    let Ce = null;
    Se(Ie, (E) => {
      clearTimeout(Ce), Ce = setTimeout(() => i("presence", { selection: E.slice(0, 200) }), 120);
    });
    let me = 0;
    function pe(E) {
      const R = performance.now();
      if (R - me < 80) return;
      me = R;
      const j = l.screenToFlowCoordinate({ x: E.clientX, y: E.clientY });
      i("presence", { cursor: { x: Math.round(j.x), y: Math.round(j.y) } });
    }
    function d(E) {
      return E < y1 ? 2 : E < g1 ? 1 : 0;
    }
    Se(() => d(l.viewport.value.zoom), (E) => {
      r.lod = E;
    }, { immediate: !0 });
    const v = ge(!1);
    let p = null;
    l.onMove(() => {
      v.value || (v.value = !0), clearTimeout(p), p = setTimeout(() => {
        v.value = !1;
      }, 180);
    });
    const _ = Q(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), S = Q(() => {
      const E = _.value;
      return { gap: 24 * 2 ** E, size: E ? 1.2 * 2 ** (E + 1) : 1.2 };
    }), H = Q(() => r.users.filter((E) => E.id !== r.me.id && E.cursor)), G = Q(() => {
      const E = /* @__PURE__ */ new Map();
      for (const R of r.users) E.has(R.id) || E.set(R.id, R);
      return [...E.values()];
    });
    function F() {
      const E = we.value;
      if (!E.length) {
        le({ text: "Select one or more intents to render" });
        return;
      }
      s("preview", { ids: E });
    }
    function W() {
      L.value && (s("render", { ids: L.value.intents }), L.value = null);
    }
    const Z = Q(() => {
      const E = L.value;
      return E ? E.gpus > 0 ? `Commit ${E.gpus} GPU${E.gpus > 1 ? "s" : ""}` : E.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function ie() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function de(E) {
      s("move", { moves: E });
    }
    function Me(E) {
      E > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const Te = Q(() => fv([...x.values()], B.q));
    function Je() {
      B.open = !0, B.q = "", B.i = 0, Ke(() => {
        var E;
        return (E = document.querySelector(".mx-search input")) == null ? void 0 : E.focus();
      });
    }
    function Mt(E) {
      if (!E) return;
      B.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const R = l.findNode(E.id);
      R && (l.addSelectedNodes([R]), l.fitView({ nodes: [E.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function Ft(E) {
      const R = E.target;
      return R && (R.tagName === "INPUT" || R.tagName === "TEXTAREA" || R.isContentEditable);
    }
    function Ze(E) {
      const R = E.ctrlKey || E.metaKey, j = E.key.toLowerCase();
      if (R && j === "k") {
        E.preventDefault(), Je();
        return;
      }
      if (E.key === "Escape") {
        B.open = !1, L.value = null, ee.value = !1, r.openComments = null;
        return;
      }
      if (L.value && E.key === "Enter") {
        E.preventDefault(), W();
        return;
      }
      if (!Ft(E))
        if (E.key === "Delete" || E.key === "Backspace") {
          const xe = l.getSelectedEdges.value.filter((ke) => !ke.id.startsWith("seq:")).map((ke) => ke.id);
          (Ie.value.length || xe.length) && (E.preventDefault(), s("delete", { ids: Ie.value, edges: xe }));
        } else R && j === "d" ? (E.preventDefault(), s("duplicate", { ids: Ie.value })) : R && j === "z" && !E.shiftKey ? (E.preventDefault(), s("undo")) : R && (j === "y" || j === "z" && E.shiftKey) ? (E.preventDefault(), s("redo")) : !R && j === "r" ? (E.preventDefault(), F()) : !R && j === "f" ? (E.preventDefault(), ie()) : !R && E.key === "/" ? (E.preventDefault(), Je()) : R && j === "a" && (E.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    tt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", Ze), i("ready");
    }), Vt(() => window.removeEventListener("keydown", Ze));
    const dt = (E) => E.kind === "intent" ? nn[(E.status || {}).state] || "#4a4a50" : ao[E.kind] || "#333";
    function xt() {
      const E = J.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      s("snapshot", { name: E }), J.value = "";
    }
    const an = (E) => (E || "?").split(/[\s._-]+/).map((R) => R[0]).join("").slice(0, 2).toUpperCase();
    return (E, R) => (C(), z("div", jy, [
      ce(mv, {
        groups: e.palette,
        onPlace: re
      }, null, 8, ["groups"]),
      $("div", {
        ref_key: "wrap",
        ref: w,
        class: Oe(["mx-stage", { "file-over": U.value, moving: v.value }]),
        onPointermove: pe,
        onDragover: R[7] || (R[7] = ve((j) => U.value = !0, ["prevent"])),
        onDragleave: R[8] || (R[8] = ve((j) => U.value = !1, ["self"])),
        onDrop: $e
      }, [
        ce(X(rh), {
          id: pa,
          "node-types": X(f),
          "snap-to-grid": !0,
          "snap-grid": h,
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
          default: Ye(() => [
            ce(X(vh), {
              "pattern-color": "#2c2c31",
              gap: S.value.gap,
              size: S.value.size
            }, null, 8, ["gap", "size"]),
            ce(bv, {
              ref_key: "far",
              ref: g,
              flow: X(l),
              edges: X(M),
              rev: k.value,
              onMove: de,
              onShown: D
            }, null, 8, ["flow", "edges", "rev"]),
            ce(X(ta), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Ye(() => [
                $("div", Jy, [
                  R[19] || (R[19] = Ne("multiplex")),
                  R[20] || (R[20] = $("span", null, "/", -1)),
                  $("b", Qy, q(X(r).board), 1)
                ])
              ]),
              _: 1
            }),
            ce(X(ta), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Ye(() => [
                $("div", e1, [
                  (C(!0), z(_e, null, Ve(G.value, (j) => (C(), z("span", {
                    key: j.id,
                    class: "mx-avatar",
                    style: ze({ "--c": j.color }),
                    title: j.id === X(r).me.id ? `${j.name} (you)` : j.name
                  }, q(an(j.name)), 13, t1))), 128))
                ]),
                R[23] || (R[23] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: R[0] || (R[0] = (j) => X(s)("undo")),
                  "data-role": "undo"
                }, [
                  ce(Ee, {
                    name: "undo",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: R[1] || (R[1] = (j) => X(s)("redo")),
                  "data-role": "redo"
                }, [
                  ce(Ee, {
                    name: "redo",
                    size: 15
                  })
                ]),
                R[24] || (R[24] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: Je
                }, [
                  ce(Ee, {
                    name: "search",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Snapshots",
                  onClick: R[2] || (R[2] = (j) => ee.value = !ee.value),
                  "data-role": "snapshots"
                }, [
                  ce(Ee, {
                    name: "history",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom out",
                  onClick: R[3] || (R[3] = (j) => Me(-1))
                }, [
                  ce(Ee, {
                    name: "minus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom in",
                  onClick: R[4] || (R[4] = (j) => Me(1))
                }, [
                  ce(Ee, {
                    name: "plus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Fit view (F)",
                  onClick: ie,
                  "data-role": "fit"
                }, [
                  ce(Ee, {
                    name: "fit",
                    size: 15
                  })
                ]),
                $("button", {
                  class: "mx-render",
                  disabled: !we.value.length,
                  title: "Render selection (R)",
                  onClick: F,
                  "data-role": "render-selection"
                }, [
                  ce(Ee, {
                    name: "play",
                    size: 13
                  }),
                  R[21] || (R[21] = Ne("Render")),
                  we.value.length ? (C(), z("span", o1, q(we.value.length), 1)) : se("", !0)
                ], 8, n1),
                ee.value ? (C(), z("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: R[6] || (R[6] = ve(() => {
                  }, ["stop"]))
                }, [
                  R[22] || (R[22] = $("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  $("div", i1, [
                    jt($("input", {
                      "onUpdate:modelValue": R[5] || (R[5] = (j) => J.value = j),
                      placeholder: "Name this moment of the board",
                      onKeydown: ht(xt, ["enter"])
                    }, null, 544), [
                      [pn, J.value]
                    ]),
                    $("button", { onClick: xt }, "Save")
                  ]),
                  (C(!0), z(_e, null, Ve(X(r).snapshots.slice().reverse(), (j) => (C(), z("div", {
                    key: j.id,
                    class: "mx-snap"
                  }, [
                    $("div", null, [
                      $("b", null, q(j.name), 1),
                      $("span", null, q(j.author) + " · " + q(j.blocks) + " blocks · " + q((j.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    $("button", {
                      onClick: (xe) => X(s)("restore", { id: j.id })
                    }, "Restore", 8, a1),
                    $("button", {
                      class: "ghost",
                      onClick: (xe) => X(s)("drop_snapshot", { id: j.id })
                    }, [
                      ce(Ee, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, r1)
                  ]))), 128)),
                  X(r).snapshots.length ? se("", !0) : (C(), z("div", s1, "No snapshots yet."))
                ], 32)) : se("", !0)
              ]),
              _: 1
            }),
            ce(yv, {
              flow: X(l),
              users: H.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types"]),
        ce(gv, {
          flow: X(l),
          blocks: X(x),
          rev: k.value,
          "color-of": dt
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      $("div", l1, [
        (C(!0), z(_e, null, Ve(O.value, (j) => (C(), z("div", {
          key: j.id,
          class: Oe(["mx-toast", j.kind])
        }, q(j.text), 3))), 128))
      ]),
      L.value ? (C(), z("div", {
        key: 0,
        class: "mx-modal",
        onClick: R[10] || (R[10] = ve((j) => L.value = null, ["self"]))
      }, [
        $("div", u1, [
          $("div", c1, "Render " + q(L.value.intents.length) + " intent" + q(L.value.intents.length > 1 ? "s" : ""), 1),
          $("div", d1, q(L.value.titles.join(" · ")), 1),
          $("div", f1, [
            $("div", null, [
              R[25] || (R[25] = $("span", null, "machines", -1)),
              $("b", null, q(L.value.machines.length ? L.value.machines.join(", ") : "none live"), 1)
            ]),
            $("div", null, [
              R[26] || (R[26] = $("span", null, "gpus", -1)),
              $("b", null, q(L.value.gpus), 1)
            ]),
            $("div", null, [
              R[27] || (R[27] = $("span", null, "jobs", -1)),
              $("b", null, q(L.value.jobs), 1)
            ]),
            $("div", null, [
              R[28] || (R[28] = $("span", null, "estimate", -1)),
              $("b", null, q(L.value.seconds < 90 ? `~${Math.round(L.value.seconds)} s` : `~${Math.round(L.value.seconds / 60)} min`), 1)
            ])
          ]),
          L.value.unrunnable.length ? (C(), z("div", h1, "Nothing live can run " + q(L.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : se("", !0),
          $("div", v1, [
            $("button", {
              class: "ghost",
              onClick: R[9] || (R[9] = (j) => L.value = null)
            }, "Cancel"),
            $("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: W
            }, [
              ce(Ee, {
                name: "play",
                size: 13
              }),
              Ne(q(Z.value), 1)
            ])
          ])
        ])
      ])) : se("", !0),
      B.open ? (C(), z("div", {
        key: 1,
        class: "mx-modal",
        onClick: R[18] || (R[18] = ve((j) => B.open = !1, ["self"]))
      }, [
        $("div", {
          class: "mx-search",
          onKeydown: R[17] || (R[17] = ve(() => {
          }, ["stop"]))
        }, [
          $("div", m1, [
            ce(Ee, {
              name: "search",
              size: 16
            }),
            jt($("input", {
              "onUpdate:modelValue": R[11] || (R[11] = (j) => B.q = j),
              placeholder: "Find a block…",
              onKeydown: [
                R[12] || (R[12] = ht(ve((j) => B.i = Math.min(B.i + 1, Te.value.length - 1), ["prevent"]), ["down"])),
                R[13] || (R[13] = ht(ve((j) => B.i = Math.max(B.i - 1, 0), ["prevent"]), ["up"])),
                R[14] || (R[14] = ht(ve((j) => Mt(Te.value[B.i]), ["prevent"]), ["enter"])),
                R[15] || (R[15] = ht((j) => B.open = !1, ["esc"]))
              ],
              onInput: R[16] || (R[16] = (j) => B.i = 0)
            }, null, 544), [
              [pn, B.q]
            ])
          ]),
          (C(!0), z(_e, null, Ve(Te.value, (j, xe) => (C(), z("div", {
            key: j.id,
            class: Oe(["mx-result", { on: xe === B.i }]),
            onClick: (ke) => Mt(j),
            onMouseenter: (ke) => B.i = xe
          }, [
            $("i", {
              style: ze({ background: X(ao)[j.kind] })
            }, null, 4),
            $("b", null, q(j.title || j.sub), 1),
            $("span", null, q(j.kind.replace("_", " ")) + " · " + q(j.sub), 1)
          ], 42, p1))), 128))
        ], 32)
      ])) : se("", !0)
    ]));
  }
};
export {
  b1 as MultiplexCanvas
};
