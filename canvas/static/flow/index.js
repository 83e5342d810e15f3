import { getCurrentScope as nr, inject as kt, effectScope as or, watch as Se, provide as It, defineComponent as ze, useSlots as Cs, onUnmounted as Ms, openBlock as T, createElementBlock as D, unref as V, createVNode as le, withCtx as Xe, renderSlot as Ge, computed as J, normalizeStyle as Ae, normalizeClass as Be, getCurrentInstance as Ut, reactive as Ro, onScopeDispose as Tn, ref as ye, nextTick as Ye, onBeforeMount as Is, onMounted as st, shallowRef as wt, toRef as Te, createElementVNode as N, Fragment as ge, renderList as De, onBeforeUnmount as gn, isMemoSame as Ts, createBlock as He, createCommentVNode as de, toDisplayString as U, isRef as Vo, toRefs as As, customRef as Ps, createPropsRestProxy as Ds, toValue as Ne, resolveComponent as ir, h as Ee, useAttrs as zs, mergeProps as rr, resolveDynamicComponent as sr, createTextVNode as Oe, markRaw as Ke, readonly as Os, withModifiers as we, watchEffect as Bs, withDirectives as on, withKeys as ct, vModelText as rn } from "vue";
function sn(e) {
  return nr() ? (Tn(e), !0) : !1;
}
function dt(e) {
  return typeof e == "function" ? e() : V(e);
}
const Rs = typeof window < "u" && typeof document < "u", Vs = (e) => typeof e < "u", Hs = Object.prototype.toString, Ls = (e) => Hs.call(e) === "[object Object]", Fs = () => {
};
function Ys(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const lr = (e) => e();
function Xs(e = lr) {
  const t = ye(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...r) => {
    t.value && e(...r);
  };
  return { isActive: Os(t), pause: n, resume: o, eventFilter: i };
}
function ni(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Gs(e, t, n = {}) {
  const {
    eventFilter: o = lr,
    ...i
  } = n;
  return Se(
    e,
    Ys(
      o,
      t
    ),
    i
  );
}
function Bt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: l, isActive: a } = Xs(o);
  return { stop: Gs(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: l, isActive: a };
}
function qs(e, t = {}) {
  if (!Vo(e))
    return As(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Ps(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = dt(t.replaceRef)) != null ? r : !0)
          if (Array.isArray(e.value)) {
            const l = [...e.value];
            l[o] = i, e.value = l;
          } else {
            const l = { ...e.value, [o]: i };
            Object.setPrototypeOf(l, Object.getPrototypeOf(e.value)), e.value = l;
          }
        else
          e.value[o] = i;
      }
    }));
  return n;
}
function bo(e, t = !1) {
  function n(f, { flush: d = "sync", deep: h = !1, timeout: k, throwOnTimeout: w } = {}) {
    let m = null;
    const $ = [new Promise((g) => {
      m = Se(
        e,
        (v) => {
          f(v) !== t && (m == null || m(), g(v));
        },
        {
          flush: d,
          deep: h,
          immediate: !0
        }
      );
    })];
    return k != null && $.push(
      ni(k, w).then(() => dt(e)).finally(() => m == null ? void 0 : m())
    ), Promise.race($);
  }
  function o(f, d) {
    if (!Vo(f))
      return n((v) => v === f, d);
    const { flush: h = "sync", deep: k = !1, timeout: w, throwOnTimeout: m } = d ?? {};
    let y = null;
    const g = [new Promise((v) => {
      y = Se(
        [e, f],
        ([P, O]) => {
          t !== (P === O) && (y == null || y(), v(P));
        },
        {
          flush: h,
          deep: k,
          immediate: !0
        }
      );
    })];
    return w != null && g.push(
      ni(w, m).then(() => dt(e)).finally(() => (y == null || y(), dt(e)))
    ), Promise.race(g);
  }
  function i(f) {
    return n((d) => !!d, f);
  }
  function r(f) {
    return o(null, f);
  }
  function s(f) {
    return o(void 0, f);
  }
  function l(f) {
    return n(Number.isNaN, f);
  }
  function a(f, d) {
    return n((h) => {
      const k = Array.from(h);
      return k.includes(f) || k.includes(dt(f));
    }, d);
  }
  function u(f) {
    return c(1, f);
  }
  function c(f = 1, d) {
    let h = -1;
    return n(() => (h += 1, h >= f), d);
  }
  return Array.isArray(dt(e)) ? {
    toMatch: n,
    toContains: a,
    changed: u,
    changedTimes: c,
    get not() {
      return bo(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: i,
    toBeNull: r,
    toBeNaN: l,
    toBeUndefined: s,
    changed: u,
    changedTimes: c,
    get not() {
      return bo(e, !t);
    }
  };
}
function _o(e) {
  return bo(e);
}
function Us(e) {
  var t;
  const n = dt(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const ar = Rs ? window : void 0;
function ur(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = ar) : [t, n, o, i] = e, !t)
    return Fs;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, l = (c, f, d, h) => (c.addEventListener(f, d, h), () => c.removeEventListener(f, d, h)), a = Se(
    () => [Us(t), dt(i)],
    ([c, f]) => {
      if (s(), !c)
        return;
      const d = Ls(f) ? { ...f } : f;
      r.push(
        ...n.flatMap((h) => o.map((k) => l(c, h, k, d)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    a(), s();
  };
  return sn(u), u;
}
function Ws(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function oi(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = ar,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: l = !1
  } = o, a = Ws(t);
  return ur(i, r, (c) => {
    c.repeat && dt(l) || a(c) && n(c);
  }, s);
}
function Ks(e) {
  return JSON.parse(JSON.stringify(e));
}
function ao(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: l = !1,
    passive: a = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: f,
    shouldEmit: d
  } = o, h = Ut(), k = n || (h == null ? void 0 : h.emit) || ((i = h == null ? void 0 : h.$emit) == null ? void 0 : i.bind(h)) || ((s = (r = h == null ? void 0 : h.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(h == null ? void 0 : h.proxy));
  let w = u;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const m = (g) => l ? typeof l == "function" ? l(g) : Ks(g) : g, y = () => Vs(e[t]) ? m(e[t]) : f, $ = (g) => {
    d ? d(g) && k(w, g) : k(w, g);
  };
  if (a) {
    const g = y(), v = ye(g);
    let P = !1;
    return Se(
      () => e[t],
      (O) => {
        P || (P = !0, v.value = m(O), Ye(() => P = !1));
      }
    ), Se(
      v,
      (O) => {
        !P && (O !== e[t] || c) && $(O);
      },
      { deep: c }
    ), v;
  } else
    return J({
      get() {
        return y();
      },
      set(g) {
        $(g);
      }
    });
}
var Zs = { value: () => {
} };
function Zn() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new An(n);
}
function An(e) {
  this._ = e;
}
function Qs(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
An.prototype = Zn.prototype = {
  constructor: An,
  on: function(e, t) {
    var n = this._, o = Qs(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Js(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = ii(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = ii(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new An(e);
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
function Js(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ii(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Zs, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var ko = "http://www.w3.org/1999/xhtml";
const ri = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: ko,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Qn(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ri.hasOwnProperty(t) ? { space: ri[t], local: e } : e;
}
function js(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === ko && t.documentElement.namespaceURI === ko ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function el(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function cr(e) {
  var t = Qn(e);
  return (t.local ? el : js)(t);
}
function tl() {
}
function Ho(e) {
  return e == null ? tl : function() {
    return this.querySelector(e);
  };
}
function nl(e) {
  typeof e != "function" && (e = Ho(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = new Array(s), a, u, c = 0; c < s; ++c)
      (a = r[c]) && (u = e.call(a, a.__data__, c, r)) && ("__data__" in a && (u.__data__ = a.__data__), l[c] = u);
  return new Ue(o, this._parents);
}
function ol(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function il() {
  return [];
}
function dr(e) {
  return e == null ? il : function() {
    return this.querySelectorAll(e);
  };
}
function rl(e) {
  return function() {
    return ol(e.apply(this, arguments));
  };
}
function sl(e) {
  typeof e == "function" ? e = rl(e) : e = dr(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], l = s.length, a, u = 0; u < l; ++u)
      (a = s[u]) && (o.push(e.call(a, a.__data__, u, s)), i.push(a));
  return new Ue(o, i);
}
function fr(e) {
  return function() {
    return this.matches(e);
  };
}
function hr(e) {
  return function(t) {
    return t.matches(e);
  };
}
var ll = Array.prototype.find;
function al(e) {
  return function() {
    return ll.call(this.children, e);
  };
}
function ul() {
  return this.firstElementChild;
}
function cl(e) {
  return this.select(e == null ? ul : al(typeof e == "function" ? e : hr(e)));
}
var dl = Array.prototype.filter;
function fl() {
  return Array.from(this.children);
}
function hl(e) {
  return function() {
    return dl.call(this.children, e);
  };
}
function vl(e) {
  return this.selectAll(e == null ? fl : hl(typeof e == "function" ? e : hr(e)));
}
function ml(e) {
  typeof e != "function" && (e = fr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = [], a, u = 0; u < s; ++u)
      (a = r[u]) && e.call(a, a.__data__, u, r) && l.push(a);
  return new Ue(o, this._parents);
}
function vr(e) {
  return new Array(e.length);
}
function gl() {
  return new Ue(this._enter || this._groups.map(vr), this._parents);
}
function Rn(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Rn.prototype = {
  constructor: Rn,
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
function pl(e) {
  return function() {
    return e;
  };
}
function yl(e, t, n, o, i, r) {
  for (var s = 0, l, a = t.length, u = r.length; s < u; ++s)
    (l = t[s]) ? (l.__data__ = r[s], o[s] = l) : n[s] = new Rn(e, r[s]);
  for (; s < a; ++s)
    (l = t[s]) && (i[s] = l);
}
function wl(e, t, n, o, i, r, s) {
  var l, a, u = /* @__PURE__ */ new Map(), c = t.length, f = r.length, d = new Array(c), h;
  for (l = 0; l < c; ++l)
    (a = t[l]) && (d[l] = h = s.call(a, a.__data__, l, t) + "", u.has(h) ? i[l] = a : u.set(h, a));
  for (l = 0; l < f; ++l)
    h = s.call(e, r[l], l, r) + "", (a = u.get(h)) ? (o[l] = a, a.__data__ = r[l], u.delete(h)) : n[l] = new Rn(e, r[l]);
  for (l = 0; l < c; ++l)
    (a = t[l]) && u.get(d[l]) === a && (i[l] = a);
}
function xl(e) {
  return e.__data__;
}
function bl(e, t) {
  if (!arguments.length)
    return Array.from(this, xl);
  var n = t ? wl : yl, o = this._parents, i = this._groups;
  typeof e != "function" && (e = pl(e));
  for (var r = i.length, s = new Array(r), l = new Array(r), a = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], f = i[u], d = f.length, h = _l(e.call(c, c && c.__data__, u, o)), k = h.length, w = l[u] = new Array(k), m = s[u] = new Array(k), y = a[u] = new Array(d);
    n(c, f, w, m, y, h, t);
    for (var $ = 0, g = 0, v, P; $ < k; ++$)
      if (v = w[$]) {
        for ($ >= g && (g = $ + 1); !(P = m[g]) && ++g < k; )
          ;
        v._next = P || null;
      }
  }
  return s = new Ue(s, o), s._enter = l, s._exit = a, s;
}
function _l(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function kl() {
  return new Ue(this._exit || this._groups.map(vr), this._parents);
}
function Sl(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function El(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), l = new Array(i), a = 0; a < s; ++a)
    for (var u = n[a], c = o[a], f = u.length, d = l[a] = new Array(f), h, k = 0; k < f; ++k)
      (h = u[k] || c[k]) && (d[k] = h);
  for (; a < i; ++a)
    l[a] = n[a];
  return new Ue(l, this._parents);
}
function $l() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Nl(e) {
  e || (e = Cl);
  function t(f, d) {
    return f && d ? e(f.__data__, d.__data__) : !f - !d;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], l = s.length, a = i[r] = new Array(l), u, c = 0; c < l; ++c)
      (u = s[c]) && (a[c] = u);
    a.sort(t);
  }
  return new Ue(i, this._parents).order();
}
function Cl(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Ml() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Il() {
  return Array.from(this);
}
function Tl() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Al() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Pl() {
  return !this.node();
}
function Dl(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, l; r < s; ++r)
      (l = i[r]) && e.call(l, l.__data__, r, i);
  return this;
}
function zl(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ol(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Bl(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Rl(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Vl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Hl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Ll(e, t) {
  var n = Qn(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Ol : zl : typeof t == "function" ? n.local ? Hl : Vl : n.local ? Rl : Bl)(n, t));
}
function mr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Fl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Yl(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Xl(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Gl(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Fl : typeof t == "function" ? Xl : Yl)(e, t, n ?? "")) : Yt(this.node(), e);
}
function Yt(e, t) {
  return e.style.getPropertyValue(t) || mr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function ql(e) {
  return function() {
    delete this[e];
  };
}
function Ul(e, t) {
  return function() {
    this[e] = t;
  };
}
function Wl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Kl(e, t) {
  return arguments.length > 1 ? this.each((t == null ? ql : typeof t == "function" ? Wl : Ul)(e, t)) : this.node()[e];
}
function gr(e) {
  return e.trim().split(/^|\s+/);
}
function Lo(e) {
  return e.classList || new pr(e);
}
function pr(e) {
  this._node = e, this._names = gr(e.getAttribute("class") || "");
}
pr.prototype = {
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
function yr(e, t) {
  for (var n = Lo(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function wr(e, t) {
  for (var n = Lo(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Zl(e) {
  return function() {
    yr(this, e);
  };
}
function Ql(e) {
  return function() {
    wr(this, e);
  };
}
function Jl(e, t) {
  return function() {
    (t.apply(this, arguments) ? yr : wr)(this, e);
  };
}
function jl(e, t) {
  var n = gr(e + "");
  if (arguments.length < 2) {
    for (var o = Lo(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Jl : t ? Zl : Ql)(n, t));
}
function ea() {
  this.textContent = "";
}
function ta(e) {
  return function() {
    this.textContent = e;
  };
}
function na(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function oa(e) {
  return arguments.length ? this.each(e == null ? ea : (typeof e == "function" ? na : ta)(e)) : this.node().textContent;
}
function ia() {
  this.innerHTML = "";
}
function ra(e) {
  return function() {
    this.innerHTML = e;
  };
}
function sa(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function la(e) {
  return arguments.length ? this.each(e == null ? ia : (typeof e == "function" ? sa : ra)(e)) : this.node().innerHTML;
}
function aa() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function ua() {
  return this.each(aa);
}
function ca() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function da() {
  return this.each(ca);
}
function fa(e) {
  var t = typeof e == "function" ? e : cr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function ha() {
  return null;
}
function va(e, t) {
  var n = typeof e == "function" ? e : cr(e), o = t == null ? ha : typeof t == "function" ? t : Ho(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function ma() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function ga() {
  return this.each(ma);
}
function pa() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function ya() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function wa(e) {
  return this.select(e ? ya : pa);
}
function xa(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function ba(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function _a(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function ka(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Sa(e, t, n) {
  return function() {
    var o = this.__on, i, r = ba(t);
    if (o) {
      for (var s = 0, l = o.length; s < l; ++s)
        if ((i = o[s]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function Ea(e, t, n) {
  var o = _a(e + ""), i, r = o.length, s;
  if (arguments.length < 2) {
    var l = this.node().__on;
    if (l) {
      for (var a = 0, u = l.length, c; a < u; ++a)
        for (i = 0, c = l[a]; i < r; ++i)
          if ((s = o[i]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (l = t ? Sa : ka, i = 0; i < r; ++i)
    this.each(l(o[i], t, n));
  return this;
}
function xr(e, t, n) {
  var o = mr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function $a(e, t) {
  return function() {
    return xr(this, e, t);
  };
}
function Na(e, t) {
  return function() {
    return xr(this, e, t.apply(this, arguments));
  };
}
function Ca(e, t) {
  return this.each((typeof t == "function" ? Na : $a)(e, t));
}
function* Ma() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var br = [null];
function Ue(e, t) {
  this._groups = e, this._parents = t;
}
function pn() {
  return new Ue([[document.documentElement]], br);
}
function Ia() {
  return this;
}
Ue.prototype = pn.prototype = {
  constructor: Ue,
  select: nl,
  selectAll: sl,
  selectChild: cl,
  selectChildren: vl,
  filter: ml,
  data: bl,
  enter: gl,
  exit: kl,
  join: Sl,
  merge: El,
  selection: Ia,
  order: $l,
  sort: Nl,
  call: Ml,
  nodes: Il,
  node: Tl,
  size: Al,
  empty: Pl,
  each: Dl,
  attr: Ll,
  style: Gl,
  property: Kl,
  classed: jl,
  text: oa,
  html: la,
  raise: ua,
  lower: da,
  append: fa,
  insert: va,
  remove: ga,
  clone: wa,
  datum: xa,
  on: Ea,
  dispatch: Ca,
  [Symbol.iterator]: Ma
};
function Je(e) {
  return typeof e == "string" ? new Ue([[document.querySelector(e)]], [document.documentElement]) : new Ue([[e]], br);
}
function Ta(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function nt(e, t) {
  if (e = Ta(e), t === void 0 && (t = e.currentTarget), t) {
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
const Aa = { passive: !1 }, ln = { capture: !0, passive: !1 };
function uo(e) {
  e.stopImmediatePropagation();
}
function Vt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function _r(e) {
  var t = e.document.documentElement, n = Je(e).on("dragstart.drag", Vt, ln);
  "onselectstart" in t ? n.on("selectstart.drag", Vt, ln) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function kr(e, t) {
  var n = e.document.documentElement, o = Je(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Vt, ln), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const xn = (e) => () => e;
function So(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: s,
  y: l,
  dx: a,
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
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: l, enumerable: !0, configurable: !0 },
    dx: { value: a, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
So.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Pa(e) {
  return !e.ctrlKey && !e.button;
}
function Da() {
  return this.parentNode;
}
function za(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Oa() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ba() {
  var e = Pa, t = Da, n = za, o = Oa, i = {}, r = Zn("start", "drag", "end"), s = 0, l, a, u, c, f = 0;
  function d(v) {
    v.on("mousedown.drag", h).filter(o).on("touchstart.drag", m).on("touchmove.drag", y, Aa).on("touchend.drag touchcancel.drag", $).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(v, P) {
    if (!(c || !e.call(this, v, P))) {
      var O = g(this, t.call(this, v, P), v, P, "mouse");
      O && (Je(v.view).on("mousemove.drag", k, ln).on("mouseup.drag", w, ln), _r(v.view), uo(v), u = !1, l = v.clientX, a = v.clientY, O("start", v));
    }
  }
  function k(v) {
    if (Vt(v), !u) {
      var P = v.clientX - l, O = v.clientY - a;
      u = P * P + O * O > f;
    }
    i.mouse("drag", v);
  }
  function w(v) {
    Je(v.view).on("mousemove.drag mouseup.drag", null), kr(v.view, u), Vt(v), i.mouse("end", v);
  }
  function m(v, P) {
    if (e.call(this, v, P)) {
      var O = v.changedTouches, B = t.call(this, v, P), z = O.length, K, q;
      for (K = 0; K < z; ++K)
        (q = g(this, B, v, P, O[K].identifier, O[K])) && (uo(v), q("start", v, O[K]));
    }
  }
  function y(v) {
    var P = v.changedTouches, O = P.length, B, z;
    for (B = 0; B < O; ++B)
      (z = i[P[B].identifier]) && (Vt(v), z("drag", v, P[B]));
  }
  function $(v) {
    var P = v.changedTouches, O = P.length, B, z;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), B = 0; B < O; ++B)
      (z = i[P[B].identifier]) && (uo(v), z("end", v, P[B]));
  }
  function g(v, P, O, B, z, K) {
    var q = r.copy(), F = nt(K || O, P), E, j, _;
    if ((_ = n.call(v, new So("beforestart", {
      sourceEvent: O,
      target: d,
      identifier: z,
      active: s,
      x: F[0],
      y: F[1],
      dx: 0,
      dy: 0,
      dispatch: q
    }), B)) != null)
      return E = _.x - F[0] || 0, j = _.y - F[1] || 0, function R(M, H, Y) {
        var W = F, X;
        switch (M) {
          case "start":
            i[z] = R, X = s++;
            break;
          case "end":
            delete i[z], --s;
          case "drag":
            F = nt(Y || H, P), X = s;
            break;
        }
        q.call(
          M,
          v,
          new So(M, {
            sourceEvent: H,
            subject: _,
            target: d,
            identifier: z,
            active: X,
            x: F[0] + E,
            y: F[1] + j,
            dx: F[0] - W[0],
            dy: F[1] - W[1],
            dispatch: q
          }),
          B
        );
      };
  }
  return d.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : xn(!!v), d) : e;
  }, d.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : xn(v), d) : t;
  }, d.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : xn(v), d) : n;
  }, d.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : xn(!!v), d) : o;
  }, d.on = function() {
    var v = r.on.apply(r, arguments);
    return v === r ? d : v;
  }, d.clickDistance = function(v) {
    return arguments.length ? (f = (v = +v) * v, d) : Math.sqrt(f);
  }, d;
}
function Fo(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Sr(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function yn() {
}
var an = 0.7, Vn = 1 / an, Ht = "\\s*([+-]?\\d+)\\s*", un = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", rt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Ra = /^#([0-9a-f]{3,8})$/, Va = new RegExp(`^rgb\\(${Ht},${Ht},${Ht}\\)$`), Ha = new RegExp(`^rgb\\(${rt},${rt},${rt}\\)$`), La = new RegExp(`^rgba\\(${Ht},${Ht},${Ht},${un}\\)$`), Fa = new RegExp(`^rgba\\(${rt},${rt},${rt},${un}\\)$`), Ya = new RegExp(`^hsl\\(${un},${rt},${rt}\\)$`), Xa = new RegExp(`^hsla\\(${un},${rt},${rt},${un}\\)$`), si = {
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
Fo(yn, Tt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: li,
  // Deprecated! Use color.formatHex.
  formatHex: li,
  formatHex8: Ga,
  formatHsl: qa,
  formatRgb: ai,
  toString: ai
});
function li() {
  return this.rgb().formatHex();
}
function Ga() {
  return this.rgb().formatHex8();
}
function qa() {
  return Er(this).formatHsl();
}
function ai() {
  return this.rgb().formatRgb();
}
function Tt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Ra.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ui(t) : n === 3 ? new qe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? bn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? bn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Va.exec(e)) ? new qe(t[1], t[2], t[3], 1) : (t = Ha.exec(e)) ? new qe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = La.exec(e)) ? bn(t[1], t[2], t[3], t[4]) : (t = Fa.exec(e)) ? bn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Ya.exec(e)) ? fi(t[1], t[2] / 100, t[3] / 100, 1) : (t = Xa.exec(e)) ? fi(t[1], t[2] / 100, t[3] / 100, t[4]) : si.hasOwnProperty(e) ? ui(si[e]) : e === "transparent" ? new qe(NaN, NaN, NaN, 0) : null;
}
function ui(e) {
  return new qe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function bn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new qe(e, t, n, o);
}
function Ua(e) {
  return e instanceof yn || (e = Tt(e)), e ? (e = e.rgb(), new qe(e.r, e.g, e.b, e.opacity)) : new qe();
}
function Eo(e, t, n, o) {
  return arguments.length === 1 ? Ua(e) : new qe(e, t, n, o ?? 1);
}
function qe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
Fo(qe, Eo, Sr(yn, {
  brighter(e) {
    return e = e == null ? Vn : Math.pow(Vn, e), new qe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? an : Math.pow(an, e), new qe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new qe(Ct(this.r), Ct(this.g), Ct(this.b), Hn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ci,
  // Deprecated! Use color.formatHex.
  formatHex: ci,
  formatHex8: Wa,
  formatRgb: di,
  toString: di
}));
function ci() {
  return `#${$t(this.r)}${$t(this.g)}${$t(this.b)}`;
}
function Wa() {
  return `#${$t(this.r)}${$t(this.g)}${$t(this.b)}${$t((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function di() {
  const e = Hn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Ct(this.r)}, ${Ct(this.g)}, ${Ct(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Hn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Ct(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function $t(e) {
  return e = Ct(e), (e < 16 ? "0" : "") + e.toString(16);
}
function fi(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new je(e, t, n, o);
}
function Er(e) {
  if (e instanceof je)
    return new je(e.h, e.s, e.l, e.opacity);
  if (e instanceof yn || (e = Tt(e)), !e)
    return new je();
  if (e instanceof je)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, l = r - i, a = (r + i) / 2;
  return l ? (t === r ? s = (n - o) / l + (n < o) * 6 : n === r ? s = (o - t) / l + 2 : s = (t - n) / l + 4, l /= a < 0.5 ? r + i : 2 - r - i, s *= 60) : l = a > 0 && a < 1 ? 0 : s, new je(s, l, a, e.opacity);
}
function Ka(e, t, n, o) {
  return arguments.length === 1 ? Er(e) : new je(e, t, n, o ?? 1);
}
function je(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
Fo(je, Ka, Sr(yn, {
  brighter(e) {
    return e = e == null ? Vn : Math.pow(Vn, e), new je(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? an : Math.pow(an, e), new je(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new qe(
      co(e >= 240 ? e - 240 : e + 120, i, o),
      co(e, i, o),
      co(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new je(hi(this.h), _n(this.s), _n(this.l), Hn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Hn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${hi(this.h)}, ${_n(this.s) * 100}%, ${_n(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function hi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function _n(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function co(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Yo = (e) => () => e;
function Za(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Qa(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Ja(e) {
  return (e = +e) == 1 ? $r : function(t, n) {
    return n - t ? Qa(t, n, e) : Yo(isNaN(t) ? n : t);
  };
}
function $r(e, t) {
  var n = t - e;
  return n ? Za(e, n) : Yo(isNaN(e) ? t : e);
}
const Ln = function e(t) {
  var n = Ja(t);
  function o(i, r) {
    var s = n((i = Eo(i)).r, (r = Eo(r)).r), l = n(i.g, r.g), a = n(i.b, r.b), u = $r(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = l(c), i.b = a(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function ja(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function eu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function tu(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = en(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(l) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](l);
    return r;
  };
}
function nu(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function ot(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function ou(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = en(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var $o = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, fo = new RegExp($o.source, "g");
function iu(e) {
  return function() {
    return e;
  };
}
function ru(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Nr(e, t) {
  var n = $o.lastIndex = fo.lastIndex = 0, o, i, r, s = -1, l = [], a = [];
  for (e = e + "", t = t + ""; (o = $o.exec(e)) && (i = fo.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), l[s] ? l[s] += r : l[++s] = r), (o = o[0]) === (i = i[0]) ? l[s] ? l[s] += i : l[++s] = i : (l[++s] = null, a.push({ i: s, x: ot(o, i) })), n = fo.lastIndex;
  return n < t.length && (r = t.slice(n), l[s] ? l[s] += r : l[++s] = r), l.length < 2 ? a[0] ? ru(a[0].x) : iu(t) : (t = a.length, function(u) {
    for (var c = 0, f; c < t; ++c)
      l[(f = a[c]).i] = f.x(u);
    return l.join("");
  });
}
function en(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? Yo(t) : (n === "number" ? ot : n === "string" ? (o = Tt(t)) ? (t = o, Ln) : Nr : t instanceof Tt ? Ln : t instanceof Date ? nu : eu(t) ? ja : Array.isArray(t) ? tu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? ou : ot)(e, t);
}
var vi = 180 / Math.PI, No = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Cr(e, t, n, o, i, r) {
  var s, l, a;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (a = e * n + t * o) && (n -= e * a, o -= t * a), (l = Math.sqrt(n * n + o * o)) && (n /= l, o /= l, a /= l), e * o < t * n && (e = -e, t = -t, a = -a, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * vi,
    skewX: Math.atan(a) * vi,
    scaleX: s,
    scaleY: l
  };
}
var kn;
function su(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? No : Cr(t.a, t.b, t.c, t.d, t.e, t.f);
}
function lu(e) {
  return e == null || (kn || (kn = document.createElementNS("http://www.w3.org/2000/svg", "g")), kn.setAttribute("transform", e), !(e = kn.transform.baseVal.consolidate())) ? No : (e = e.matrix, Cr(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Mr(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, f, d, h, k) {
    if (u !== f || c !== d) {
      var w = h.push("translate(", null, t, null, n);
      k.push({ i: w - 4, x: ot(u, f) }, { i: w - 2, x: ot(c, d) });
    } else (f || d) && h.push("translate(" + f + t + d + n);
  }
  function s(u, c, f, d) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), d.push({ i: f.push(i(f) + "rotate(", null, o) - 2, x: ot(u, c) })) : c && f.push(i(f) + "rotate(" + c + o);
  }
  function l(u, c, f, d) {
    u !== c ? d.push({ i: f.push(i(f) + "skewX(", null, o) - 2, x: ot(u, c) }) : c && f.push(i(f) + "skewX(" + c + o);
  }
  function a(u, c, f, d, h, k) {
    if (u !== f || c !== d) {
      var w = h.push(i(h) + "scale(", null, ",", null, ")");
      k.push({ i: w - 4, x: ot(u, f) }, { i: w - 2, x: ot(c, d) });
    } else (f !== 1 || d !== 1) && h.push(i(h) + "scale(" + f + "," + d + ")");
  }
  return function(u, c) {
    var f = [], d = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, f, d), s(u.rotate, c.rotate, f, d), l(u.skewX, c.skewX, f, d), a(u.scaleX, u.scaleY, c.scaleX, c.scaleY, f, d), u = c = null, function(h) {
      for (var k = -1, w = d.length, m; ++k < w; )
        f[(m = d[k]).i] = m.x(h);
      return f.join("");
    };
  };
}
var au = Mr(su, "px, ", "px)", "deg)"), uu = Mr(lu, ", ", ")", ")"), cu = 1e-12;
function mi(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function du(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function fu(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Pn = function e(t, n, o) {
  function i(r, s) {
    var l = r[0], a = r[1], u = r[2], c = s[0], f = s[1], d = s[2], h = c - l, k = f - a, w = h * h + k * k, m, y;
    if (w < cu)
      y = Math.log(d / u) / t, m = function(B) {
        return [
          l + B * h,
          a + B * k,
          u * Math.exp(t * B * y)
        ];
      };
    else {
      var $ = Math.sqrt(w), g = (d * d - u * u + o * w) / (2 * u * n * $), v = (d * d - u * u - o * w) / (2 * d * n * $), P = Math.log(Math.sqrt(g * g + 1) - g), O = Math.log(Math.sqrt(v * v + 1) - v);
      y = (O - P) / t, m = function(B) {
        var z = B * y, K = mi(P), q = u / (n * $) * (K * fu(t * z + P) - du(P));
        return [
          l + q * h,
          a + q * k,
          u * K / mi(t * z + P)
        ];
      };
    }
    return m.duration = y * 1e3 * t / Math.SQRT2, m;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), l = s * s, a = l * l;
    return e(s, l, a);
  }, i;
}(Math.SQRT2, 2, 4);
var Xt = 0, Qt = 0, Kt = 0, Ir = 1e3, Fn, Jt, Yn = 0, At = 0, Jn = 0, cn = typeof performance == "object" && performance.now ? performance : Date, Tr = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Xo() {
  return At || (Tr(hu), At = cn.now() + Jn);
}
function hu() {
  At = 0;
}
function Xn() {
  this._call = this._time = this._next = null;
}
Xn.prototype = Ar.prototype = {
  constructor: Xn,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? Xo() : +n) + (t == null ? 0 : +t), !this._next && Jt !== this && (Jt ? Jt._next = this : Fn = this, Jt = this), this._call = e, this._time = n, Co();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Co());
  }
};
function Ar(e, t, n) {
  var o = new Xn();
  return o.restart(e, t, n), o;
}
function vu() {
  Xo(), ++Xt;
  for (var e = Fn, t; e; )
    (t = At - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Xt;
}
function gi() {
  At = (Yn = cn.now()) + Jn, Xt = Qt = 0;
  try {
    vu();
  } finally {
    Xt = 0, gu(), At = 0;
  }
}
function mu() {
  var e = cn.now(), t = e - Yn;
  t > Ir && (Jn -= t, Yn = e);
}
function gu() {
  for (var e, t = Fn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Fn = n);
  Jt = e, Co(o);
}
function Co(e) {
  if (!Xt) {
    Qt && (Qt = clearTimeout(Qt));
    var t = e - At;
    t > 24 ? (e < 1 / 0 && (Qt = setTimeout(gi, e - cn.now() - Jn)), Kt && (Kt = clearInterval(Kt))) : (Kt || (Yn = cn.now(), Kt = setInterval(mu, Ir)), Xt = 1, Tr(gi));
  }
}
function pi(e, t, n) {
  var o = new Xn();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var pu = Zn("start", "end", "cancel", "interrupt"), yu = [], Pr = 0, yi = 1, Mo = 2, Dn = 3, wi = 4, Io = 5, zn = 6;
function jn(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  wu(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: pu,
    tween: yu,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Pr
  });
}
function Go(e, t) {
  var n = et(e, t);
  if (n.state > Pr)
    throw new Error("too late; already scheduled");
  return n;
}
function lt(e, t) {
  var n = et(e, t);
  if (n.state > Dn)
    throw new Error("too late; already running");
  return n;
}
function et(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function wu(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Ar(r, 0, n.time);
  function r(u) {
    n.state = yi, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, f, d, h;
    if (n.state !== yi)
      return a();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === Dn)
          return pi(s);
        h.state === wi ? (h.state = zn, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = zn, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (pi(function() {
      n.state === Dn && (n.state = wi, n.timer.restart(l, n.delay, n.time), l(u));
    }), n.state = Mo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Mo) {
      for (n.state = Dn, i = new Array(d = n.tween.length), c = 0, f = -1; c < d; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++f] = h);
      i.length = f + 1;
    }
  }
  function l(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(a), n.state = Io, 1), f = -1, d = i.length; ++f < d; )
      i[f].call(e, c);
    n.state === Io && (n.on.call("end", e, e.__data__, n.index, n.group), a());
  }
  function a() {
    n.state = zn, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function On(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Mo && o.state < Io, o.state = zn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function xu(e) {
  return this.each(function() {
    On(this, e);
  });
}
function bu(e, t) {
  var n, o;
  return function() {
    var i = lt(this, e), r = i.tween;
    if (r !== n) {
      o = n = r;
      for (var s = 0, l = o.length; s < l; ++s)
        if (o[s].name === t) {
          o = o.slice(), o.splice(s, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function _u(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = lt(this, e), s = r.tween;
    if (s !== o) {
      i = (o = s).slice();
      for (var l = { name: t, value: n }, a = 0, u = i.length; a < u; ++a)
        if (i[a].name === t) {
          i[a] = l;
          break;
        }
      a === u && i.push(l);
    }
    r.tween = i;
  };
}
function ku(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = et(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? bu : _u)(n, e, t));
}
function qo(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = lt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return et(i, o).value[t];
  };
}
function Dr(e, t) {
  var n;
  return (typeof t == "number" ? ot : t instanceof Tt ? Ln : (n = Tt(t)) ? (t = n, Ln) : Nr)(e, t);
}
function Su(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Eu(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function $u(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Nu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Cu(e, t, n) {
  var o, i, r;
  return function() {
    var s, l = n(this), a;
    return l == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), a = l + "", s === a ? null : s === o && a === i ? r : (i = a, r = t(o = s, l)));
  };
}
function Mu(e, t, n) {
  var o, i, r;
  return function() {
    var s, l = n(this), a;
    return l == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), a = l + "", s === a ? null : s === o && a === i ? r : (i = a, r = t(o = s, l)));
  };
}
function Iu(e, t) {
  var n = Qn(e), o = n === "transform" ? uu : Dr;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Mu : Cu)(n, o, qo(this, "attr." + e, t)) : t == null ? (n.local ? Eu : Su)(n) : (n.local ? Nu : $u)(n, o, t));
}
function Tu(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Au(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Pu(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Au(e, r)), n;
  }
  return i._value = t, i;
}
function Du(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Tu(e, r)), n;
  }
  return i._value = t, i;
}
function zu(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Qn(e);
  return this.tween(n, (o.local ? Pu : Du)(o, t));
}
function Ou(e, t) {
  return function() {
    Go(this, e).delay = +t.apply(this, arguments);
  };
}
function Bu(e, t) {
  return t = +t, function() {
    Go(this, e).delay = t;
  };
}
function Ru(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ou : Bu)(t, e)) : et(this.node(), t).delay;
}
function Vu(e, t) {
  return function() {
    lt(this, e).duration = +t.apply(this, arguments);
  };
}
function Hu(e, t) {
  return t = +t, function() {
    lt(this, e).duration = t;
  };
}
function Lu(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Vu : Hu)(t, e)) : et(this.node(), t).duration;
}
function Fu(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    lt(this, e).ease = t;
  };
}
function Yu(e) {
  var t = this._id;
  return arguments.length ? this.each(Fu(t, e)) : et(this.node(), t).ease;
}
function Xu(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    lt(this, e).ease = n;
  };
}
function Gu(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Xu(this._id, e));
}
function qu(e) {
  typeof e != "function" && (e = fr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = [], a, u = 0; u < s; ++u)
      (a = r[u]) && e.call(a, a.__data__, u, r) && l.push(a);
  return new vt(o, this._parents, this._name, this._id);
}
function Uu(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), l = 0; l < r; ++l)
    for (var a = t[l], u = n[l], c = a.length, f = s[l] = new Array(c), d, h = 0; h < c; ++h)
      (d = a[h] || u[h]) && (f[h] = d);
  for (; l < o; ++l)
    s[l] = t[l];
  return new vt(s, this._parents, this._name, this._id);
}
function Wu(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Ku(e, t, n) {
  var o, i, r = Wu(t) ? Go : lt;
  return function() {
    var s = r(this, e), l = s.on;
    l !== o && (i = (o = l).copy()).on(t, n), s.on = i;
  };
}
function Zu(e, t) {
  var n = this._id;
  return arguments.length < 2 ? et(this.node(), n).on.on(e) : this.each(Ku(n, e, t));
}
function Qu(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Ju() {
  return this.on("end.remove", Qu(this._id));
}
function ju(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Ho(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var l = o[s], a = l.length, u = r[s] = new Array(a), c, f, d = 0; d < a; ++d)
      (c = l[d]) && (f = e.call(c, c.__data__, d, l)) && ("__data__" in c && (f.__data__ = c.__data__), u[d] = f, jn(u[d], t, n, d, u, et(c, n)));
  return new vt(r, this._parents, t, n);
}
function ec(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = dr(e));
  for (var o = this._groups, i = o.length, r = [], s = [], l = 0; l < i; ++l)
    for (var a = o[l], u = a.length, c, f = 0; f < u; ++f)
      if (c = a[f]) {
        for (var d = e.call(c, c.__data__, f, a), h, k = et(c, n), w = 0, m = d.length; w < m; ++w)
          (h = d[w]) && jn(h, t, n, w, d, k);
        r.push(d), s.push(c);
      }
  return new vt(r, s, t, n);
}
var tc = pn.prototype.constructor;
function nc() {
  return new tc(this._groups, this._parents);
}
function oc(e, t) {
  var n, o, i;
  return function() {
    var r = Yt(this, e), s = (this.style.removeProperty(e), Yt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function zr(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function ic(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Yt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function rc(e, t, n) {
  var o, i, r;
  return function() {
    var s = Yt(this, e), l = n(this), a = l + "";
    return l == null && (a = l = (this.style.removeProperty(e), Yt(this, e))), s === a ? null : s === o && a === i ? r : (i = a, r = t(o = s, l));
  };
}
function sc(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, l;
  return function() {
    var a = lt(this, e), u = a.on, c = a.value[r] == null ? l || (l = zr(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), a.on = o;
  };
}
function lc(e, t, n) {
  var o = (e += "") == "transform" ? au : Dr;
  return t == null ? this.styleTween(e, oc(e, o)).on("end.style." + e, zr(e)) : typeof t == "function" ? this.styleTween(e, rc(e, o, qo(this, "style." + e, t))).each(sc(this._id, e)) : this.styleTween(e, ic(e, o, t), n).on("end.style." + e, null);
}
function ac(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function uc(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && ac(e, s, n)), o;
  }
  return r._value = t, r;
}
function cc(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, uc(e, t, n ?? ""));
}
function dc(e) {
  return function() {
    this.textContent = e;
  };
}
function fc(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function hc(e) {
  return this.tween("text", typeof e == "function" ? fc(qo(this, "text", e)) : dc(e == null ? "" : e + ""));
}
function vc(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function mc(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && vc(i)), t;
  }
  return o._value = e, o;
}
function gc(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, mc(e));
}
function pc() {
  for (var e = this._name, t = this._id, n = Or(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, a, u = 0; u < l; ++u)
      if (a = s[u]) {
        var c = et(a, t);
        jn(a, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new vt(o, this._parents, e, n);
}
function yc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var l = { value: s }, a = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = lt(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(l), t._.interrupt.push(l), t._.end.push(a)), u.on = t;
    }), i === 0 && r();
  });
}
var wc = 0;
function vt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Or() {
  return ++wc;
}
var ut = pn.prototype;
vt.prototype = {
  constructor: vt,
  select: ju,
  selectAll: ec,
  selectChild: ut.selectChild,
  selectChildren: ut.selectChildren,
  filter: qu,
  merge: Uu,
  selection: nc,
  transition: pc,
  call: ut.call,
  nodes: ut.nodes,
  node: ut.node,
  size: ut.size,
  empty: ut.empty,
  each: ut.each,
  on: Zu,
  attr: Iu,
  attrTween: zu,
  style: lc,
  styleTween: cc,
  text: hc,
  textTween: gc,
  remove: Ju,
  tween: ku,
  delay: Ru,
  duration: Lu,
  ease: Yu,
  easeVarying: Gu,
  end: yc,
  [Symbol.iterator]: ut[Symbol.iterator]
};
function xc(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var bc = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: xc
};
function _c(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function kc(e) {
  var t, n;
  e instanceof vt ? (t = e._id, e = e._name) : (t = Or(), (n = bc).time = Xo(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, a, u = 0; u < l; ++u)
      (a = s[u]) && jn(a, e, t, u, s, n || _c(a, t));
  return new vt(o, this._parents, e, t);
}
pn.prototype.interrupt = xu;
pn.prototype.transition = kc;
const Sn = (e) => () => e;
function Sc(e, {
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
function ft(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
ft.prototype = {
  constructor: ft,
  scale: function(e) {
    return e === 1 ? this : new ft(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new ft(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Gt = new ft(1, 0, 0);
ft.prototype;
function ho(e) {
  e.stopImmediatePropagation();
}
function Zt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ec(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function $c() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function xi() {
  return this.__zoom || Gt;
}
function Nc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Cc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Mc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Ic() {
  var e = Ec, t = $c, n = Mc, o = Nc, i = Cc, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], l = 250, a = Pn, u = Zn("start", "zoom", "end"), c, f, d, h = 500, k = 150, w = 0, m = 10;
  function y(_) {
    _.property("__zoom", xi).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", K).on("dblclick.zoom", q).filter(i).on("touchstart.zoom", F).on("touchmove.zoom", E).on("touchend.zoom touchcancel.zoom", j).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(_, R, M, H) {
    var Y = _.selection ? _.selection() : _;
    Y.property("__zoom", xi), _ !== Y ? P(_, R, M, H) : Y.interrupt().each(function() {
      O(this, arguments).event(H).start().zoom(null, typeof R == "function" ? R.apply(this, arguments) : R).end();
    });
  }, y.scaleBy = function(_, R, M, H) {
    y.scaleTo(_, function() {
      var Y = this.__zoom.k, W = typeof R == "function" ? R.apply(this, arguments) : R;
      return Y * W;
    }, M, H);
  }, y.scaleTo = function(_, R, M, H) {
    y.transform(_, function() {
      var Y = t.apply(this, arguments), W = this.__zoom, X = M == null ? v(Y) : typeof M == "function" ? M.apply(this, arguments) : M, oe = W.invert(X), ae = typeof R == "function" ? R.apply(this, arguments) : R;
      return n(g($(W, ae), X, oe), Y, s);
    }, M, H);
  }, y.translateBy = function(_, R, M, H) {
    y.transform(_, function() {
      return n(this.__zoom.translate(
        typeof R == "function" ? R.apply(this, arguments) : R,
        typeof M == "function" ? M.apply(this, arguments) : M
      ), t.apply(this, arguments), s);
    }, null, H);
  }, y.translateTo = function(_, R, M, H, Y) {
    y.transform(_, function() {
      var W = t.apply(this, arguments), X = this.__zoom, oe = H == null ? v(W) : typeof H == "function" ? H.apply(this, arguments) : H;
      return n(Gt.translate(oe[0], oe[1]).scale(X.k).translate(
        typeof R == "function" ? -R.apply(this, arguments) : -R,
        typeof M == "function" ? -M.apply(this, arguments) : -M
      ), W, s);
    }, H, Y);
  };
  function $(_, R) {
    return R = Math.max(r[0], Math.min(r[1], R)), R === _.k ? _ : new ft(R, _.x, _.y);
  }
  function g(_, R, M) {
    var H = R[0] - M[0] * _.k, Y = R[1] - M[1] * _.k;
    return H === _.x && Y === _.y ? _ : new ft(_.k, H, Y);
  }
  function v(_) {
    return [(+_[0][0] + +_[1][0]) / 2, (+_[0][1] + +_[1][1]) / 2];
  }
  function P(_, R, M, H) {
    _.on("start.zoom", function() {
      O(this, arguments).event(H).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(H).end();
    }).tween("zoom", function() {
      var Y = this, W = arguments, X = O(Y, W).event(H), oe = t.apply(Y, W), ae = M == null ? v(oe) : typeof M == "function" ? M.apply(Y, W) : M, he = Math.max(oe[1][0] - oe[0][0], oe[1][1] - oe[0][1]), pe = Y.__zoom, ee = typeof R == "function" ? R.apply(Y, W) : R, G = a(pe.invert(ae).concat(he / pe.k), ee.invert(ae).concat(he / ee.k));
      return function(Z) {
        if (Z === 1)
          Z = ee;
        else {
          var xe = G(Z), Ce = he / xe[2];
          Z = new ft(Ce, ae[0] - xe[0] * Ce, ae[1] - xe[1] * Ce);
        }
        X.zoom(null, Z);
      };
    });
  }
  function O(_, R, M) {
    return !M && _.__zooming || new B(_, R);
  }
  function B(_, R) {
    this.that = _, this.args = R, this.active = 0, this.sourceEvent = null, this.extent = t.apply(_, R), this.taps = 0;
  }
  B.prototype = {
    event: function(_) {
      return _ && (this.sourceEvent = _), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(_, R) {
      return this.mouse && _ !== "mouse" && (this.mouse[1] = R.invert(this.mouse[0])), this.touch0 && _ !== "touch" && (this.touch0[1] = R.invert(this.touch0[0])), this.touch1 && _ !== "touch" && (this.touch1[1] = R.invert(this.touch1[0])), this.that.__zoom = R, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(_) {
      var R = Je(this.that).datum();
      u.call(
        _,
        this.that,
        new Sc(_, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: u
        }),
        R
      );
    }
  };
  function z(_, ...R) {
    if (!e.apply(this, arguments))
      return;
    var M = O(this, R).event(_), H = this.__zoom, Y = Math.max(r[0], Math.min(r[1], H.k * Math.pow(2, o.apply(this, arguments)))), W = nt(_);
    if (M.wheel)
      (M.mouse[0][0] !== W[0] || M.mouse[0][1] !== W[1]) && (M.mouse[1] = H.invert(M.mouse[0] = W)), clearTimeout(M.wheel);
    else {
      if (H.k === Y)
        return;
      M.mouse = [W, H.invert(W)], On(this), M.start();
    }
    Zt(_), M.wheel = setTimeout(X, k), M.zoom("mouse", n(g($(H, Y), M.mouse[0], M.mouse[1]), M.extent, s));
    function X() {
      M.wheel = null, M.end();
    }
  }
  function K(_, ...R) {
    if (d || !e.apply(this, arguments))
      return;
    var M = _.currentTarget, H = O(this, R, !0).event(_), Y = Je(_.view).on("mousemove.zoom", ae, !0).on("mouseup.zoom", he, !0), W = nt(_, M), X = _.clientX, oe = _.clientY;
    _r(_.view), ho(_), H.mouse = [W, this.__zoom.invert(W)], On(this), H.start();
    function ae(pe) {
      if (Zt(pe), !H.moved) {
        var ee = pe.clientX - X, G = pe.clientY - oe;
        H.moved = ee * ee + G * G > w;
      }
      H.event(pe).zoom("mouse", n(g(H.that.__zoom, H.mouse[0] = nt(pe, M), H.mouse[1]), H.extent, s));
    }
    function he(pe) {
      Y.on("mousemove.zoom mouseup.zoom", null), kr(pe.view, H.moved), Zt(pe), H.event(pe).end();
    }
  }
  function q(_, ...R) {
    if (e.apply(this, arguments)) {
      var M = this.__zoom, H = nt(_.changedTouches ? _.changedTouches[0] : _, this), Y = M.invert(H), W = M.k * (_.shiftKey ? 0.5 : 2), X = n(g($(M, W), H, Y), t.apply(this, R), s);
      Zt(_), l > 0 ? Je(this).transition().duration(l).call(P, X, H, _) : Je(this).call(y.transform, X, H, _);
    }
  }
  function F(_, ...R) {
    if (e.apply(this, arguments)) {
      var M = _.touches, H = M.length, Y = O(this, R, _.changedTouches.length === H).event(_), W, X, oe, ae;
      for (ho(_), X = 0; X < H; ++X)
        oe = M[X], ae = nt(oe, this), ae = [ae, this.__zoom.invert(ae), oe.identifier], Y.touch0 ? !Y.touch1 && Y.touch0[2] !== ae[2] && (Y.touch1 = ae, Y.taps = 0) : (Y.touch0 = ae, W = !0, Y.taps = 1 + !!c);
      c && (c = clearTimeout(c)), W && (Y.taps < 2 && (f = ae[0], c = setTimeout(function() {
        c = null;
      }, h)), On(this), Y.start());
    }
  }
  function E(_, ...R) {
    if (this.__zooming) {
      var M = O(this, R).event(_), H = _.changedTouches, Y = H.length, W, X, oe, ae;
      for (Zt(_), W = 0; W < Y; ++W)
        X = H[W], oe = nt(X, this), M.touch0 && M.touch0[2] === X.identifier ? M.touch0[0] = oe : M.touch1 && M.touch1[2] === X.identifier && (M.touch1[0] = oe);
      if (X = M.that.__zoom, M.touch1) {
        var he = M.touch0[0], pe = M.touch0[1], ee = M.touch1[0], G = M.touch1[1], Z = (Z = ee[0] - he[0]) * Z + (Z = ee[1] - he[1]) * Z, xe = (xe = G[0] - pe[0]) * xe + (xe = G[1] - pe[1]) * xe;
        X = $(X, Math.sqrt(Z / xe)), oe = [(he[0] + ee[0]) / 2, (he[1] + ee[1]) / 2], ae = [(pe[0] + G[0]) / 2, (pe[1] + G[1]) / 2];
      } else if (M.touch0)
        oe = M.touch0[0], ae = M.touch0[1];
      else
        return;
      M.zoom("touch", n(g(X, oe, ae), M.extent, s));
    }
  }
  function j(_, ...R) {
    if (this.__zooming) {
      var M = O(this, R).event(_), H = _.changedTouches, Y = H.length, W, X;
      for (ho(_), d && clearTimeout(d), d = setTimeout(function() {
        d = null;
      }, h), W = 0; W < Y; ++W)
        X = H[W], M.touch0 && M.touch0[2] === X.identifier ? delete M.touch0 : M.touch1 && M.touch1[2] === X.identifier && delete M.touch1;
      if (M.touch1 && !M.touch0 && (M.touch0 = M.touch1, delete M.touch1), M.touch0)
        M.touch0[1] = this.__zoom.invert(M.touch0[0]);
      else if (M.end(), M.taps === 2 && (X = nt(X, this), Math.hypot(f[0] - X[0], f[1] - X[1]) < m)) {
        var oe = Je(this).on("dblclick.zoom");
        oe && oe.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(_) {
    return arguments.length ? (o = typeof _ == "function" ? _ : Sn(+_), y) : o;
  }, y.filter = function(_) {
    return arguments.length ? (e = typeof _ == "function" ? _ : Sn(!!_), y) : e;
  }, y.touchable = function(_) {
    return arguments.length ? (i = typeof _ == "function" ? _ : Sn(!!_), y) : i;
  }, y.extent = function(_) {
    return arguments.length ? (t = typeof _ == "function" ? _ : Sn([[+_[0][0], +_[0][1]], [+_[1][0], +_[1][1]]]), y) : t;
  }, y.scaleExtent = function(_) {
    return arguments.length ? (r[0] = +_[0], r[1] = +_[1], y) : [r[0], r[1]];
  }, y.translateExtent = function(_) {
    return arguments.length ? (s[0][0] = +_[0][0], s[1][0] = +_[1][0], s[0][1] = +_[0][1], s[1][1] = +_[1][1], y) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, y.constrain = function(_) {
    return arguments.length ? (n = _, y) : n;
  }, y.duration = function(_) {
    return arguments.length ? (l = +_, y) : l;
  }, y.interpolate = function(_) {
    return arguments.length ? (a = _, y) : a;
  }, y.on = function() {
    var _ = u.on.apply(u, arguments);
    return _ === u ? y : _;
  }, y.clickDistance = function(_) {
    return arguments.length ? (w = (_ = +_) * _, y) : Math.sqrt(w);
  }, y.tapDistance = function(_) {
    return arguments.length ? (m = +_, y) : m;
  }, y;
}
var ie = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(ie || {}), Uo = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(Uo || {}), St = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(St || {}), bt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(bt || {}), To = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(To || {}), tn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(tn || {});
const Tc = ["INPUT", "SELECT", "TEXTAREA"], Ac = typeof document < "u" ? document : null;
function Ao(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Tc.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Pc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function bi(e, t, n, o) {
  const i = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((s) => s.trim().toLowerCase());
  if (i.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const r = i.every(
    (s, l) => n.has(s) && Array.from(n.values())[l] === i[l]
  );
  return o && n.delete(e.toLowerCase()), r;
}
function Dc(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = zc(n.code, e);
    return Array.isArray(e) ? e.some((i) => bi(n[o], i, t, n.type === "keyup")) : bi(n[o], e, t, n.type === "keyup");
  };
}
function zc(e, t) {
  return t.includes(e) ? "code" : "key";
}
function nn(e, t) {
  const n = J(() => Ne(t == null ? void 0 : t.target) ?? Ac), o = wt(Ne(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = a(Ne(e));
  Se(
    () => Ne(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && l(), s = a(u);
    },
    {
      immediate: !0
    }
  ), ur(["blur", "contextmenu"], l), oi(
    (...u) => s(...u),
    (u) => {
      var c, f;
      const d = Ne(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, h = Ne(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Pc(u), (!i || i && !d) && Ao(u))
        return;
      const w = ((f = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : f[0]) || u.target, m = (w == null ? void 0 : w.nodeName) === "BUTTON" || (w == null ? void 0 : w.nodeName) === "A";
      !h && (i || !m) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), oi(
    (...u) => s(...u),
    (u) => {
      const c = Ne(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Ao(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function l() {
    i = !1, r.clear(), o.value = Ne(e) === !0;
  }
  function a(u) {
    return u === null ? (l(), () => !1) : typeof u == "boolean" ? (l(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Dc(u, r) : u;
  }
  return o;
}
const Br = "vue-flow__node-desc", Rr = "vue-flow__edge-desc", Oc = "vue-flow__aria-live", Vr = ["Enter", " ", "Escape"], Lt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function Gn(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function qn(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function eo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function mt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Hr(e, t) {
  return {
    x: mt(e.x, t[0][0], t[1][0]),
    y: mt(e.y, t[0][1], t[1][1])
  };
}
function _i(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function _t(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Mt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !_t(e);
}
function jt(e) {
  return Mt(e) && "computedPosition" in e;
}
function En(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Bc(e) {
  return En(e.width) && En(e.height) && En(e.x) && En(e.y);
}
function Rc(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: Ke({
      width: 0,
      height: 0
    }),
    computedPosition: Ke({
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
    data: Re(e.data) ? e.data : {},
    events: Ke(Re(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Lr(e, t, n) {
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
    data: Re(e.data) ? e.data : {},
    events: Ke(Re(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function Fr(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const l of n)
    l[s] === i && r.add(l[o]);
  return t.filter((l) => r.has(l.id));
}
function Vc(...e) {
  if (e.length === 3) {
    const [r, s, l] = e;
    return Fr(r, s, l, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => _t(r) && r.source === o).map((r) => n.find((s) => Mt(s) && s.id === r.target));
}
function Hc(...e) {
  if (e.length === 3) {
    const [r, s, l] = e;
    return Fr(r, s, l, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => _t(r) && r.target === o).map((r) => n.find((s) => Mt(s) && s.id === r.source));
}
function Yr({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Lc(e, t) {
  return t.some(
    (n) => _t(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function dn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function fn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const l = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? to(l, s) : l;
}
function Fc(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Xr({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Yc({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Gr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Fc(
      t,
      Xr({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Yc(t);
}
function qr(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...fn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const l of e) {
    const { dimensions: a, selectable: u = !0, hidden: c = !1 } = l, f = a.width ?? l.width ?? null, d = a.height ?? l.height ?? null;
    if (i && !u || c)
      continue;
    const h = qn(r, Gn(l)), k = f === null || d === null, w = o && h > 0, m = (f ?? 0) * (d ?? 0);
    (k || w || h >= m || l.dragging) && s.push(l);
  }
  return s;
}
function Ur(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Rt(e, t) {
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
  return wn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Xc(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Rt(e, n), i = Rt(e, t);
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
    const o = Rt(e.top ?? e.y ?? 0, n), i = Rt(e.bottom ?? e.y ?? 0, n), r = Rt(e.left ?? e.x ?? 0, t), s = Rt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Gc(e, t, n, o, i, r) {
  const { x: s, y: l } = dn(e, { x: t, y: n, zoom: o }), { x: a, y: u } = dn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - a, f = r - u;
  return {
    left: Math.floor(s),
    top: Math.floor(l),
    right: Math.floor(c),
    bottom: Math.floor(f)
  };
}
function ki(e, t, n, o, i, r = 0.1) {
  const s = Xc(r, t, n), l = (t - s.x) / e.width, a = (n - s.y) / e.height, u = Math.min(l, a), c = mt(u, o, i), f = e.x + e.width / 2, d = e.y + e.height / 2, h = t / 2 - f * c, k = n / 2 - d * c, w = Gc(e, h, k, c, t, n), m = {
    left: Math.min(w.left - s.left, 0),
    top: Math.min(w.top - s.top, 0),
    right: Math.min(w.right - s.right, 0),
    bottom: Math.min(w.bottom - s.bottom, 0)
  };
  return {
    x: h - m.left + m.right,
    y: k - m.top + m.bottom,
    zoom: c
  };
}
function qc(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Wr(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Wr(n, t) : !1;
}
function hn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Si(e) {
  const t = e.ctrlKey && Un() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ei(e, t, n) {
  return e < t ? mt(Math.abs(e - t), 1, t) / t : e > n ? -mt(Math.abs(e - n), 1, t) / t : 0;
}
function Kr(e, t, n = 15, o = 40) {
  const i = Ei(e.x, o, t.width - o) * n, r = Ei(e.y, o, t.height - o) * n;
  return [i, r];
}
function vo(e, t) {
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
          const s = Number(i.width.replace("px", ""));
          i.width = `${s + r}px`;
        } else
          i.width += r;
        e.position.x = 0;
      }
      if (e.position.y < 0) {
        const r = Math.abs(e.position.y);
        if (t.position.y = t.position.y - r, typeof i.height == "string") {
          const s = Number(i.height.replace("px", ""));
          i.height = `${s + r}px`;
        } else
          i.height += r;
        e.position.y = 0;
      }
      t.dimensions.width = Number(i.width.toString().replace("px", "")), t.dimensions.height = Number(i.height.toString().replace("px", "")), typeof t.style == "function" ? t.style = (r) => {
        const s = t.style;
        return {
          ...s(r),
          ...i
        };
      } : t.style = {
        ...t.style,
        ...i
      };
    }
  }
}
function $i(e, t) {
  var n, o;
  const i = e.filter((s) => s.type === "add" || s.type === "remove");
  for (const s of i)
    if (s.type === "add")
      t.findIndex((a) => a.id === s.item.id) === -1 && t.push(s.item);
    else if (s.type === "remove") {
      const l = t.findIndex((a) => a.id === s.id);
      l !== -1 && t.splice(l, 1);
    }
  const r = t.map((s) => s.id);
  for (const s of t)
    for (const l of e)
      if (l.id === s.id)
        switch (l.type) {
          case "select":
            s.selected = l.selected;
            break;
          case "position":
            if (jt(s) && (typeof l.position < "u" && (s.position = l.position), typeof l.dragging < "u" && (s.dragging = l.dragging), s.expandParent && s.parentNode)) {
              const a = t[r.indexOf(s.parentNode)];
              a && jt(a) && vo(s, a);
            }
            break;
          case "dimensions":
            if (jt(s) && (typeof l.dimensions < "u" && (s.dimensions = l.dimensions), typeof l.updateStyle < "u" && l.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = l.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = l.dimensions) == null ? void 0 : o.height}px`
            }), typeof l.resizing < "u" && (s.resizing = l.resizing), s.expandParent && s.parentNode)) {
              const a = t[r.indexOf(s.parentNode)];
              a && jt(a) && (!!a.dimensions.width && !!a.dimensions.height ? vo(s, a) : Ye(() => {
                vo(s, a);
              }));
            }
            break;
        }
  return t;
}
function pt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Ni(e) {
  return {
    item: e,
    type: "add"
  };
}
function Ci(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Mi(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function yt(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(pt(r.id, s)));
  }
  return o;
}
const Ii = () => {
};
function ne(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Ii, o = () => !1;
  const i = () => t.size > 0 || o(), r = (d) => {
    n = d;
  }, s = () => {
    n = Ii;
  }, l = (d) => {
    o = d;
  }, a = () => {
    o = () => !1;
  }, u = (d) => {
    t.delete(d);
  };
  return {
    on: (d) => {
      t.add(d);
      const h = () => u(d);
      return sn(h), { off: h };
    },
    off: u,
    trigger: (d) => {
      const h = [n];
      return i() ? h.push(...t) : e && h.push(e), Promise.allSettled(h.map((k) => k(d)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: l,
    removeHasEmitListeners: a
  };
}
function Ti(e, t, n) {
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
function Uc(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [l, a] of e)
    (a.selected || a.id === o) && (!a.parentNode || !Wr(a, e)) && (a.draggable || t && typeof a.draggable > "u") && e.get(l) && s.set(l, {
      id: a.id,
      position: a.position || { x: 0, y: 0 },
      distance: {
        x: n.x - ((i = a.computedPosition) == null ? void 0 : i.x) || 0,
        y: n.y - ((r = a.computedPosition) == null ? void 0 : r.y) || 0
      },
      from: { x: a.computedPosition.x, y: a.computedPosition.y },
      extent: a.extent,
      parentNode: a.parentNode,
      dimensions: { ...a.dimensions },
      expandParent: a.expandParent
    });
  return Array.from(s.values());
}
function mo({
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
function Zr(e) {
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
function Wc(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? Zr(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Kc(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Wc(i, e, o);
      r && (i = r);
    } else
      t(new Le(Ve.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = (o == null ? void 0 : o.computedPosition.x) || 0, s = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + r, i[0][1] + s],
      [i[1][0] + r, i[1][1] + s]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [r, s, l, a] = Zr(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i.range[0][0] + u + a, i.range[0][1] + c + r],
      [i.range[1][0] + u - s, i.range[1][1] + c - l]
    ];
  }
  return i === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : i;
}
function Zc({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function Wo(e, t, n, o, i) {
  const r = Zc(e.dimensions, Kc(e, n, o, i)), s = Hr(t, r);
  return {
    position: {
      x: s.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: s.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: s
  };
}
function qt(e, t, n = ie.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: s, height: l } = t ?? ed(e);
  if (o)
    return { x: i + s / 2, y: r + l / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case ie.Top:
      return { x: i + s / 2, y: r };
    case ie.Right:
      return { x: i + s, y: r + l / 2 };
    case ie.Bottom:
      return { x: i + s / 2, y: r + l };
    case ie.Left:
      return { x: i, y: r + l / 2 };
  }
}
function Ai(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Qc({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: i,
  targetHeight: r,
  width: s,
  height: l,
  viewport: a
}) {
  const u = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + i),
    y2: Math.max(e.y + o, t.y + r)
  };
  u.x === u.x2 && (u.x2 += 1), u.y === u.y2 && (u.y2 += 1);
  const c = Xr({
    x: (0 - a.x) / a.zoom,
    y: (0 - a.y) / a.zoom,
    width: s / a.zoom,
    height: l / a.zoom
  }), f = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), d = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(f * d) > 0;
}
function Jc(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var Ve = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(Ve || {});
const Pi = {
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
class Le extends Error {
  constructor(t, ...n) {
    var o;
    super((o = Pi[t]) == null ? void 0 : o.call(Pi, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function Ko(e) {
  return "clientX" in e;
}
function jc(e) {
  return "sourceEvent" in e;
}
function it(e, t) {
  const n = Ko(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const Un = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function ed(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function to(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const td = () => !0;
function go(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function nd(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    qn(i, Gn(r)) > 0 && o.push(r);
  return o;
}
const od = 250;
function id(e, t, n, o) {
  var i, r;
  let s = [], l = Number.POSITIVE_INFINITY;
  const a = nd(e, n, t + od);
  for (const u of a) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const f of c) {
      if (o.nodeId === f.nodeId && o.type === f.type && o.id === f.id)
        continue;
      const { x: d, y: h } = qt(u, f, f.position, !0), k = Math.sqrt((d - e.x) ** 2 + (h - e.y) ** 2);
      k > t || (k < l ? (s = [{ ...f, x: d, y: h }], l = k) : k === l && s.push({ ...f, x: d, y: h }));
    }
  }
  if (!s.length)
    return null;
  if (s.length > 1) {
    const u = o.type === "source" ? "target" : "source";
    return s.find((c) => c.type === u) ?? s[0];
  }
  return s[0];
}
function Di(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: l,
  flowId: a,
  isValidConnection: u = td
}, c, f, d, h) {
  const k = r === "target", w = t ? s.querySelector(`.${l}-flow__handle[data-id="${a}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: m, y } = it(e), $ = s.elementFromPoint(m, y), g = $ != null && $.classList.contains(`${l}-flow__handle`) ? $ : w, v = {
    handleDomNode: g,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (g) {
    const P = Qr(void 0, g), O = g.getAttribute("data-nodeid"), B = g.getAttribute("data-handleid"), z = g.classList.contains("connectable"), K = g.classList.contains("connectableend");
    if (!O || !P)
      return v;
    const q = {
      source: k ? O : o,
      sourceHandle: k ? B : i,
      target: k ? o : O,
      targetHandle: k ? i : B
    };
    v.connection = q;
    const E = z && K && (n === bt.Strict ? k && P === "source" || !k && P === "target" : O !== o || B !== i);
    v.isValid = E && u(q, {
      nodes: f,
      edges: c,
      sourceNode: d(q.source),
      targetNode: d(q.target)
    }), v.toHandle = Jr(O, P, B, h, n, !0);
  }
  return v;
}
function Qr(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function rd(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function sd(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function Jr(e, t, n, o, i, r = !1) {
  var s, l, a;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === bt.Strict ? (s = u.handleBounds) == null ? void 0 : s[t] : [...((l = u.handleBounds) == null ? void 0 : l.source) ?? [], ...((a = u.handleBounds) == null ? void 0 : a.target) ?? []], f = (n ? c == null ? void 0 : c.find((d) => d.id === n) : c == null ? void 0 : c[0]) ?? null;
  return f && r ? { ...f, ...qt(u, f, f.position, !0) } : f;
}
const Po = {
  [ie.Left]: ie.Right,
  [ie.Right]: ie.Left,
  [ie.Top]: ie.Bottom,
  [ie.Bottom]: ie.Top
}, ld = ["production", "prod"];
function wn(e, ...t) {
  jr() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function jr() {
  return !ld.includes("production");
}
function zi(e, t, n, o, i) {
  const r = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return r != null && r.length ? Array.from(r).map((s) => {
    const l = s.getBoundingClientRect();
    return {
      id: s.getAttribute("data-handleid"),
      type: e,
      nodeId: i,
      position: s.getAttribute("data-handlepos"),
      x: (l.left - n.left) / o,
      y: (l.top - n.top) / o,
      ...eo(s)
    };
  }) : null;
}
function Do(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ye(() => {
    s.blur();
  })) : n([e]);
}
function Re(e) {
  return typeof V(e) < "u";
}
function ad(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Le(Ve.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return _t(e) ? i = e : i = {
    ...e,
    id: Yr(e)
  }, i = Lr(i, void 0, o), Lc(i, t) ? !1 : i;
}
function ud(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Le(Ve.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Le(Ve.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Yr(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Oi(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Mt(s)) {
      n(
        new Le(Ve.NODE_INVALID, s == null ? void 0 : s.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const l = Rc(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = l;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((l) => l.id === r.parentNode);
    r.parentNode && !s && n(new Le(Ve.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function Bi(e, t, n, o, i, r) {
  let s = i;
  const l = o.get(s) || /* @__PURE__ */ new Map();
  o.set(s, l.set(n, t)), s = `${i}-${e}`;
  const a = o.get(s) || /* @__PURE__ */ new Map();
  if (o.set(s, a.set(n, t)), r) {
    s = `${i}-${e}-${r}`;
    const u = o.get(s) || /* @__PURE__ */ new Map();
    o.set(s, u.set(n, t));
  }
}
function po(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: l = null } = o, a = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: l }, u = `${i}-${s}--${r}-${l}`, c = `${r}-${l}--${i}-${s}`;
    Bi("source", a, c, e, i, s), Bi("target", a, u, e, r, l);
  }
}
function Ri(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function yo(e, t, n, o, i, r, s, l) {
  const a = [];
  for (const u of e) {
    const c = _t(u) ? u : ad(u, l, i, r);
    if (!c)
      continue;
    const f = n(c.source), d = n(c.target);
    if (!f || !d) {
      i(new Le(Ve.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!f) {
      i(new Le(Ve.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!d) {
      i(new Le(Ve.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: l,
      nodes: s,
      sourceNode: f,
      targetNode: d
    })) {
      i(new Le(Ve.EDGE_INVALID, c.id));
      continue;
    }
    const h = o(c.id);
    a.push({
      ...Lr(c, h, r),
      sourceNode: f,
      targetNode: d
    });
  }
  return a;
}
const Vi = Symbol("vueFlow"), Zo = Symbol("nodeId"), es = Symbol("nodeRef"), cd = Symbol("edgeId"), dd = Symbol("edgeRef"), no = Symbol("slots");
function ts(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: i,
    nodeLookup: r,
    nodeExtent: s,
    nodeDragThreshold: l,
    viewport: a,
    autoPanOnNodeDrag: u,
    autoPanSpeed: c,
    nodesDraggable: f,
    panBy: d,
    findNode: h,
    multiSelectionActive: k,
    nodesSelectionActive: w,
    selectNodesOnDrag: m,
    removeSelectedElements: y,
    addSelectedNodes: $,
    updateNodePositions: g,
    emits: v
  } = Pe(), { onStart: P, onDrag: O, onStop: B, onClick: z, el: K, disabled: q, id: F, selectable: E, dragHandle: j } = e, _ = wt(!1);
  let R = [], M, H = null, Y = { x: void 0, y: void 0 }, W = { x: 0, y: 0 }, X = null, oe = !1, ae = !1, he = 0, pe = !1;
  const ee = ns(), G = ({ x: ce, y: ue }) => {
    Y = { x: ce, y: ue };
    let x = !1;
    if (R = R.map((p) => {
      const b = { x: ce - p.distance.x, y: ue - p.distance.y }, { computedPosition: I } = Wo(
        p,
        n.value ? to(b, o.value) : b,
        v.error,
        s.value,
        p.parentNode ? h(p.parentNode) : void 0
      );
      return x = x || p.position.x !== I.x || p.position.y !== I.y, p.position = I, p;
    }), ae = ae || x, !!x && (g(R, !0, !0), _.value = !0, X)) {
      const [p, b] = mo({
        id: F,
        dragItems: R,
        findNode: h
      });
      O({ event: X, node: p, nodes: b });
    }
  }, Z = () => {
    if (!H)
      return;
    const [ce, ue] = Kr(W, H, c.value);
    if (ce !== 0 || ue !== 0) {
      const x = {
        x: (Y.x ?? 0) - ce / a.value.zoom,
        y: (Y.y ?? 0) - ue / a.value.zoom
      };
      d({ x: ce, y: ue }) && G(x);
    }
    he = requestAnimationFrame(Z);
  }, xe = (ce, ue) => {
    oe = !0;
    const x = h(F);
    !m.value && !k.value && x && (x.selected || y()), x && Ne(E) && m.value && Do(
      x,
      k.value,
      $,
      y,
      w,
      !1,
      ue
    );
    const p = ee(ce.sourceEvent);
    if (Y = p, R = Uc(r.value, f.value, p, F), R.length) {
      const [b, I] = mo({
        id: F,
        dragItems: R,
        findNode: h
      });
      P({ event: ce.sourceEvent, node: b, nodes: I });
    }
  }, Ce = (ce, ue) => {
    var x;
    ce.sourceEvent.type === "touchmove" && ce.sourceEvent.touches.length > 1 || (ae = !1, l.value === 0 && xe(ce, ue), Y = ee(ce.sourceEvent), H = ((x = t.value) == null ? void 0 : x.getBoundingClientRect()) || null, W = it(ce.sourceEvent, H));
  }, ve = (ce, ue) => {
    const x = ee(ce.sourceEvent);
    if (!pe && oe && u.value && (pe = !0, Z()), !oe) {
      const p = x.xSnapped - (Y.x ?? 0), b = x.ySnapped - (Y.y ?? 0);
      Math.sqrt(p * p + b * b) > l.value && xe(ce, ue);
    }
    (Y.x !== x.xSnapped || Y.y !== x.ySnapped) && R.length && oe && (X = ce.sourceEvent, W = it(ce.sourceEvent, H), G(x));
  }, be = (ce) => {
    let ue = !1;
    if (!oe && !_.value && !k.value) {
      const x = ce.sourceEvent, p = ee(x), b = p.xSnapped - (Y.x ?? 0), I = p.ySnapped - (Y.y ?? 0), C = Math.sqrt(b * b + I * I);
      C !== 0 && C <= l.value && (z == null || z(x), ue = !0);
    }
    if (R.length && !ue) {
      ae && (g(R, !1, !1), ae = !1);
      const [x, p] = mo({
        id: F,
        dragItems: R,
        findNode: h
      });
      B({ event: ce.sourceEvent, node: x, nodes: p });
    }
    R = [], _.value = !1, pe = !1, oe = !1, Y = { x: void 0, y: void 0 }, cancelAnimationFrame(he);
  };
  return Se([() => Ne(q), K], ([ce, ue], x, p) => {
    if (ue) {
      const b = Je(ue);
      ce || (M = Ba().on("start", (I) => Ce(I, ue)).on("drag", (I) => ve(I, ue)).on("end", (I) => be(I)).filter((I) => {
        const C = I.target, Q = Ne(j);
        return !I.button && (!i.value || !Ti(C, `.${i.value}`, ue) && (!Q || Ti(C, Q, ue)));
      }), b.call(M)), p(() => {
        b.on(".drag", null), M && (M.on("start", null), M.on("drag", null), M.on("end", null));
      });
    }
  }), _;
}
function fd() {
  return {
    doubleClick: ne(),
    click: ne(),
    mouseEnter: ne(),
    mouseMove: ne(),
    mouseLeave: ne(),
    contextMenu: ne(),
    updateStart: ne(),
    update: ne(),
    updateEnd: ne()
  };
}
function hd(e, t) {
  const n = fd();
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
function ns() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Pe();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, l = jc(i) ? i.sourceEvent : i, { x: a, y: u } = it(l, s), c = fn({ x: a, y: u }, e.value), { x: f, y: d } = n.value ? to(c, t.value) : c;
    return {
      xSnapped: f,
      ySnapped: d,
      ...c
    };
  };
}
function $n() {
  return !0;
}
function os({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: i,
  onEdgeUpdate: r,
  onEdgeUpdateEnd: s
}) {
  const {
    id: l,
    vueFlowRef: a,
    connectionMode: u,
    connectionRadius: c,
    connectOnClick: f,
    connectionClickStartHandle: d,
    nodesConnectable: h,
    autoPanOnConnect: k,
    autoPanSpeed: w,
    findNode: m,
    panBy: y,
    startConnection: $,
    updateConnection: g,
    endConnection: v,
    emits: P,
    viewport: O,
    edges: B,
    nodes: z,
    isValidConnection: K,
    nodeLookup: q
  } = Pe();
  let F = null, E = !1, j = null;
  function _(M) {
    var H;
    const Y = Ne(n) === "target", W = Ko(M), X = _i(M.target), oe = M.currentTarget;
    if (oe && (W && M.button === 0 || !W)) {
      let ae = function(re) {
        x = it(re, be), G = id(
          fn(x, O.value, !1, [1, 1]),
          c.value,
          q.value,
          I
        ), p || (b(), p = !0);
        const fe = Di(
          re,
          {
            handle: G,
            connectionMode: u.value,
            fromNodeId: Ne(t),
            fromHandleId: Ne(e),
            fromType: Y ? "target" : "source",
            isValidConnection: ee,
            doc: X,
            lib: "vue",
            flowId: l,
            nodeLookup: q.value
          },
          B.value,
          z.value,
          m,
          q.value
        );
        j = fe.handleDomNode, F = fe.connection, E = sd(!!G, fe.isValid);
        const ke = {
          // from stays the same
          ...se,
          isValid: E,
          to: fe.toHandle && E ? dn({ x: fe.toHandle.x, y: fe.toHandle.y }, O.value) : x,
          toHandle: fe.toHandle,
          toPosition: E && fe.toHandle ? fe.toHandle.position : Po[I.position],
          toNode: fe.toHandle ? q.value.get(fe.toHandle.nodeId) : null
        };
        if (E && G && (se != null && se.toHandle) && ke.toHandle && se.toHandle.type === ke.toHandle.type && se.toHandle.nodeId === ke.toHandle.nodeId && se.toHandle.id === ke.toHandle.id && se.to.x === ke.to.x && se.to.y === ke.to.y)
          return;
        const Me = G ?? fe.toHandle;
        if (g(
          Me && E ? dn(
            {
              x: Me.x,
              y: Me.y
            },
            O.value
          ) : x,
          Me,
          rd(!!Me, E)
        ), se = ke, !G && !E && !j)
          return go(ue);
        F && F.source !== F.target && j && (go(ue), ue = j, j.classList.add("connecting", "vue-flow__handle-connecting"), j.classList.toggle("valid", !!E), j.classList.toggle("vue-flow__handle-valid", !!E));
      }, he = function(re) {
        "touches" in re && re.touches.length > 0 || ((G || j) && F && E && (r ? r(re, F) : P.connect(F)), P.connectEnd(re), i && (s == null || s(re)), go(ue), cancelAnimationFrame(Z), v(re), p = !1, E = !1, F = null, j = null, X.removeEventListener("mousemove", ae), X.removeEventListener("mouseup", he), X.removeEventListener("touchmove", ae), X.removeEventListener("touchend", he));
      };
      const pe = m(Ne(t));
      let ee = Ne(o) || K.value || $n;
      !ee && pe && (ee = (Y ? pe.isValidSourcePos : pe.isValidTargetPos) || $n);
      let G, Z = 0;
      const { x: xe, y: Ce } = it(M), ve = Qr(Ne(i), oe), be = (H = a.value) == null ? void 0 : H.getBoundingClientRect();
      if (!be || !ve)
        return;
      const ce = Jr(Ne(t), ve, Ne(e), q.value, u.value);
      if (!ce)
        return;
      let ue, x = it(M, be), p = !1;
      const b = () => {
        if (!k.value)
          return;
        const [re, fe] = Kr(x, be, w.value);
        y({ x: re, y: fe }), Z = requestAnimationFrame(b);
      }, I = {
        ...ce,
        nodeId: Ne(t),
        type: ve,
        position: ce.position
      }, C = q.value.get(Ne(t)), te = {
        inProgress: !0,
        isValid: null,
        from: qt(C, I, ie.Left, !0),
        fromHandle: I,
        fromPosition: I.position,
        fromNode: C,
        to: x,
        toHandle: null,
        toPosition: Po[I.position],
        toNode: null
      };
      $(
        {
          nodeId: Ne(t),
          id: Ne(e),
          type: ve,
          position: (oe == null ? void 0 : oe.getAttribute("data-handlepos")) || ie.Top,
          ...x
        },
        {
          x: xe - be.left,
          y: Ce - be.top
        }
      ), P.connectStart({ event: M, nodeId: Ne(t), handleId: Ne(e), handleType: ve });
      let se = te;
      X.addEventListener("mousemove", ae), X.addEventListener("mouseup", he), X.addEventListener("touchmove", ae), X.addEventListener("touchend", he);
    }
  }
  function R(M) {
    var H, Y;
    if (!f.value)
      return;
    const W = Ne(n) === "target";
    if (!d.value) {
      P.clickConnectStart({ event: M, nodeId: Ne(t), handleId: Ne(e) }), $(
        {
          nodeId: Ne(t),
          type: Ne(n),
          id: Ne(e),
          position: ie.Top,
          ...it(M)
        },
        void 0,
        !0
      );
      return;
    }
    let X = Ne(o) || K.value || $n;
    const oe = m(Ne(t));
    if (!X && oe && (X = (W ? oe.isValidSourcePos : oe.isValidTargetPos) || $n), oe && (typeof oe.connectable > "u" ? h.value : oe.connectable) === !1)
      return;
    const ae = _i(M.target), he = Di(
      M,
      {
        handle: {
          nodeId: Ne(t),
          id: Ne(e),
          type: Ne(n),
          position: ie.Top,
          ...it(M)
        },
        connectionMode: u.value,
        fromNodeId: d.value.nodeId,
        fromHandleId: d.value.id ?? null,
        fromType: d.value.type,
        isValidConnection: X,
        doc: ae,
        lib: "vue",
        flowId: l,
        nodeLookup: q.value
      },
      B.value,
      z.value,
      m,
      q.value
    ), pe = ((H = he.connection) == null ? void 0 : H.source) === ((Y = he.connection) == null ? void 0 : Y.target);
    he.isValid && he.connection && !pe && P.connect(he.connection), P.clickConnectEnd(M), v(M, !0);
  }
  return {
    handlePointerDown: _,
    handleClick: R
  };
}
function vd() {
  return kt(Zo, "");
}
function is(e) {
  const t = e ?? vd() ?? "", n = kt(es, ye(null)), { findNode: o, edges: i, emits: r } = Pe(), s = o(t);
  return s || r.error(new Le(Ve.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: J(() => o(s.parentNode)),
    connectedEdges: J(() => Ur([s], i.value))
  };
}
function md() {
  return {
    doubleClick: ne(),
    click: ne(),
    mouseEnter: ne(),
    mouseMove: ne(),
    mouseLeave: ne(),
    contextMenu: ne(),
    dragStart: ne(),
    drag: ne(),
    dragStop: ne()
  };
}
function gd(e, t) {
  const n = md();
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
function rs() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: l } = Pe();
  return (a, u = !1) => {
    const c = r.value ? i.value[0] : 5, f = r.value ? i.value[1] : 5, d = u ? 4 : 1, h = a.x * c * d, k = a.y * f * d, w = [];
    for (const m of e.value)
      if (m.draggable || s && typeof m.draggable > "u") {
        const y = { x: m.computedPosition.x + h, y: m.computedPosition.y + k }, { position: $ } = Wo(
          m,
          y,
          l.error,
          t.value,
          m.parentNode ? o(m.parentNode) : void 0
        );
        w.push({
          id: m.id,
          position: $,
          from: m.position,
          distance: { x: a.x, y: a.y },
          dimensions: m.dimensions
        });
      }
    n(w, !0, !1);
  };
}
const Nn = 0.1, pd = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function gt() {
  return wn("Viewport not initialized yet."), Promise.resolve(!1);
}
const yd = {
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
function wd(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? en : Pn).scaleBy(
        wo(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((l) => {
      var a;
      const { x: u, y: c } = Hr({ x: -o, y: -i }, e.translateExtent), f = Gt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (a = e.d3Zoom) == null || a.interpolate((s == null ? void 0 : s.interpolate) === "linear" ? en : Pn).transform(
        wo(e.d3Selection, s == null ? void 0 : s.duration, s == null ? void 0 : s.ease, () => {
          l(!0);
        }),
        f
      ) : l(!1);
    });
  }
  return J(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? en : Pn).scaleTo(
        wo(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
          s(!0);
        }),
        i
      ) : s(!1);
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
      padding: Nn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const l = [];
      for (const d of e.nodes)
        d.dimensions.width && d.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !d.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(d.id)) && l.push(d);
      if (!l.length)
        return Promise.resolve(!1);
      const a = Gr(l), { x: u, y: c, zoom: f } = ki(
        a,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Nn
      );
      return n(u, c, f, i);
    },
    setCenter: (i, r, s) => {
      const l = typeof (s == null ? void 0 : s.zoom) < "u" ? s.zoom : e.maxZoom, a = e.dimensions.width / 2 - i * l, u = e.dimensions.height / 2 - r * l;
      return n(a, u, l, s);
    },
    fitBounds: (i, r = { padding: Nn }) => {
      const { x: s, y: l, zoom: a } = ki(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? Nn
      );
      return n(s, l, a, r);
    },
    project: (i) => fn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), l = {
          x: i.x - r,
          y: i.y - s
        };
        return fn(l, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), l = {
          x: i.x + r,
          y: i.y + s
        };
        return dn(l, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : yd);
}
function wo(e, t = 0, n = pd, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function xd(e, t, n) {
  const o = or(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, m, y = !!(n.nodes.value.length || n.edges.value.length);
        w = Bt([e.modelValue, () => {
          var $, g;
          return (g = ($ = e.modelValue) == null ? void 0 : $.value) == null ? void 0 : g.length;
        }], ([$]) => {
          $ && Array.isArray($) && (m == null || m.pause(), n.setElements($), !m && !y && $.length ? y = !0 : m == null || m.resume());
        }), m = Bt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([$, g]) => {
            var v;
            (v = e.modelValue) != null && v.value && Array.isArray(e.modelValue.value) && (w == null || w.pause(), e.modelValue.value = [...$, ...g], Ye(() => {
              w == null || w.resume();
            }));
          },
          { immediate: y }
        ), Tn(() => {
          w == null || w.stop(), m == null || m.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, m, y = !!n.nodes.value.length;
        w = Bt([e.nodes, () => {
          var $, g;
          return (g = ($ = e.nodes) == null ? void 0 : $.value) == null ? void 0 : g.length;
        }], ([$]) => {
          $ && Array.isArray($) && (m == null || m.pause(), n.setNodes($), !m && !y && $.length ? y = !0 : m == null || m.resume());
        }), m = Bt(
          [n.nodes, () => n.nodes.value.length],
          ([$]) => {
            var g;
            (g = e.nodes) != null && g.value && Array.isArray(e.nodes.value) && (w == null || w.pause(), e.nodes.value = [...$], Ye(() => {
              w == null || w.resume();
            }));
          },
          { immediate: y }
        ), Tn(() => {
          w == null || w.stop(), m == null || m.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, m, y = !!n.edges.value.length;
        w = Bt([e.edges, () => {
          var $, g;
          return (g = ($ = e.edges) == null ? void 0 : $.value) == null ? void 0 : g.length;
        }], ([$]) => {
          $ && Array.isArray($) && (m == null || m.pause(), n.setEdges($), !m && !y && $.length ? y = !0 : m == null || m.resume());
        }), m = Bt(
          [n.edges, () => n.edges.value.length],
          ([$]) => {
            var g;
            (g = e.edges) != null && g.value && Array.isArray(e.edges.value) && (w == null || w.pause(), e.edges.value = [...$], Ye(() => {
              w == null || w.resume();
            }));
          },
          { immediate: y }
        ), Tn(() => {
          w == null || w.stop(), m == null || m.stop();
        });
      });
    }, l = () => {
      o.run(() => {
        Se(
          () => t.maxZoom,
          () => {
            t.maxZoom && Re(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, a = () => {
      o.run(() => {
        Se(
          () => t.minZoom,
          () => {
            t.minZoom && Re(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        Se(
          () => t.translateExtent,
          () => {
            t.translateExtent && Re(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
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
            t.nodeExtent && Re(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
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
            Re(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        const w = async (m) => {
          let y = m;
          typeof t.autoConnect == "function" && (y = await t.autoConnect(m)), y !== !1 && n.addEdges([y]);
        };
        Se(
          () => t.autoConnect,
          () => {
            Re(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), Se(
          n.autoConnect,
          (m, y, $) => {
            m ? n.onConnect(w) : n.hooks.value.connect.off(w), $(() => {
              n.hooks.value.connect.off(w);
            });
          },
          { immediate: !0 }
        );
      });
    }, h = () => {
      const w = [
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
      for (const m of Object.keys(t)) {
        const y = m;
        if (!w.includes(y)) {
          const $ = Te(() => t[y]), g = n[y];
          Vo(g) && o.run(() => {
            Se(
              $,
              (v) => {
                Re(v) && (g.value = v);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), r(), s(), a(), l(), u(), c(), f(), d(), h();
    })();
  }), () => o.stop();
}
function bd() {
  return {
    edgesChange: ne(),
    nodesChange: ne(),
    nodeDoubleClick: ne(),
    nodeClick: ne(),
    nodeMouseEnter: ne(),
    nodeMouseMove: ne(),
    nodeMouseLeave: ne(),
    nodeContextMenu: ne(),
    nodeDragStart: ne(),
    nodeDrag: ne(),
    nodeDragStop: ne(),
    nodesInitialized: ne(),
    miniMapNodeClick: ne(),
    miniMapNodeDoubleClick: ne(),
    miniMapNodeMouseEnter: ne(),
    miniMapNodeMouseMove: ne(),
    miniMapNodeMouseLeave: ne(),
    connect: ne(),
    connectStart: ne(),
    connectEnd: ne(),
    clickConnectStart: ne(),
    clickConnectEnd: ne(),
    paneReady: ne(),
    init: ne(),
    move: ne(),
    moveStart: ne(),
    moveEnd: ne(),
    selectionDragStart: ne(),
    selectionDrag: ne(),
    selectionDragStop: ne(),
    selectionContextMenu: ne(),
    selectionStart: ne(),
    selectionEnd: ne(),
    viewportChangeStart: ne(),
    viewportChange: ne(),
    viewportChangeEnd: ne(),
    paneScroll: ne(),
    paneClick: ne(),
    paneContextMenu: ne(),
    paneMouseEnter: ne(),
    paneMouseMove: ne(),
    paneMouseLeave: ne(),
    edgeContextMenu: ne(),
    edgeMouseEnter: ne(),
    edgeMouseMove: ne(),
    edgeMouseLeave: ne(),
    edgeDoubleClick: ne(),
    edgeClick: ne(),
    edgeUpdateStart: ne(),
    edgeUpdate: ne(),
    edgeUpdateEnd: ne(),
    updateNodeInternals: ne(),
    error: ne((e) => wn(e.message))
  };
}
function _d(e, t) {
  const n = Ut();
  Is(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (l) => {
        e(i, l);
      };
      r.setEmitter(s), sn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), sn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = kd(i);
    return !!((r = n == null ? void 0 : n.vnode.props) == null ? void 0 : r[s]);
  }
}
function kd(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function ss() {
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
    selectionMode: Uo.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: tn.Free,
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
      type: St.Bezier,
      style: {}
    },
    connectionMode: bt.Loose,
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
    multiSelectionKeyCode: Un() ? "Meta" : "Control",
    zoomActivationKeyCode: Un() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: bd(),
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
const Sd = [
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
function Ed(e, t, n) {
  const o = wd(e), i = (x) => {
    const p = x ?? [];
    e.hooks.updateNodeInternals.trigger(p);
  }, r = (x) => Hc(x, e.nodes, e.edges), s = (x) => Vc(x, e.nodes, e.edges), l = (x) => Ur(x, e.edges), a = ({ id: x, type: p, nodeId: b }) => {
    var I;
    const C = x ? `-${p}-${x}` : `-${p}`;
    return Array.from(((I = e.connectionLookup.get(`${b}${C}`)) == null ? void 0 : I.values()) ?? []);
  }, u = (x) => {
    if (x)
      return t.value.get(x);
  }, c = (x) => {
    if (x)
      return n.value.get(x);
  }, f = (x, p, b) => {
    var I, C;
    const Q = [];
    for (const te of x) {
      const se = {
        id: te.id,
        type: "position",
        dragging: b,
        from: te.from
      };
      if (p && (se.position = te.position, te.parentNode)) {
        const re = u(te.parentNode);
        se.position = {
          x: se.position.x - (((I = re == null ? void 0 : re.computedPosition) == null ? void 0 : I.x) ?? 0),
          y: se.position.y - (((C = re == null ? void 0 : re.computedPosition) == null ? void 0 : C.y) ?? 0)
        };
      }
      Q.push(se);
    }
    Q != null && Q.length && e.hooks.nodesChange.trigger(Q);
  }, d = (x) => {
    if (!e.vueFlowRef)
      return;
    const p = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!p)
      return;
    const b = window.getComputedStyle(p), { m22: I } = new window.DOMMatrixReadOnly(b.transform), C = [];
    for (const Q of x) {
      const te = Q, se = u(te.id);
      if (se) {
        const re = eo(te.nodeElement);
        if (!!(re.width && re.height && (se.dimensions.width !== re.width || se.dimensions.height !== re.height || te.forceUpdate))) {
          const ke = te.nodeElement.getBoundingClientRect();
          se.dimensions = re, se.handleBounds.source = zi("source", te.nodeElement, ke, I, se.id), se.handleBounds.target = zi("target", te.nodeElement, ke, I, se.id), C.push({
            id: se.id,
            type: "dimensions",
            dimensions: re
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), C.length && e.hooks.nodesChange.trigger(C);
  }, h = (x, p) => {
    const b = /* @__PURE__ */ new Set(), I = /* @__PURE__ */ new Set();
    for (const te of x)
      Mt(te) ? b.add(te.id) : _t(te) && I.add(te.id);
    const C = yt(t.value, b, !0), Q = yt(n.value, I);
    if (e.multiSelectionActive) {
      for (const te of b)
        C.push(pt(te, p));
      for (const te of I)
        Q.push(pt(te, p));
    }
    C.length && e.hooks.nodesChange.trigger(C), Q.length && e.hooks.edgesChange.trigger(Q);
  }, k = (x) => {
    if (e.multiSelectionActive) {
      const p = x.map((b) => pt(b.id, !0));
      e.hooks.nodesChange.trigger(p);
      return;
    }
    e.hooks.nodesChange.trigger(yt(t.value, new Set(x.map((p) => p.id)), !0)), e.hooks.edgesChange.trigger(yt(n.value));
  }, w = (x) => {
    if (e.multiSelectionActive) {
      const p = x.map((b) => pt(b.id, !0));
      e.hooks.edgesChange.trigger(p);
      return;
    }
    e.hooks.edgesChange.trigger(yt(n.value, new Set(x.map((p) => p.id)))), e.hooks.nodesChange.trigger(yt(t.value, /* @__PURE__ */ new Set(), !0));
  }, m = (x) => {
    h(x, !0);
  }, y = (x) => {
    const b = (x || e.nodes).map((I) => (I.selected = !1, pt(I.id, !1)));
    e.hooks.nodesChange.trigger(b);
  }, $ = (x) => {
    const b = (x || e.edges).map((I) => (I.selected = !1, pt(I.id, !1)));
    e.hooks.edgesChange.trigger(b);
  }, g = (x) => {
    if (!x || !x.length)
      return h([], !1);
    const p = x.reduce(
      (b, I) => {
        const C = pt(I.id, !1);
        return Mt(I) ? b.nodes.push(C) : b.edges.push(C), b;
      },
      { nodes: [], edges: [] }
    );
    p.nodes.length && e.hooks.nodesChange.trigger(p.nodes), p.edges.length && e.hooks.edgesChange.trigger(p.edges);
  }, v = (x) => {
    var p;
    (p = e.d3Zoom) == null || p.scaleExtent([x, e.maxZoom]), e.minZoom = x;
  }, P = (x) => {
    var p;
    (p = e.d3Zoom) == null || p.scaleExtent([e.minZoom, x]), e.maxZoom = x;
  }, O = (x) => {
    var p;
    (p = e.d3Zoom) == null || p.translateExtent(x), e.translateExtent = x;
  }, B = (x) => {
    e.nodeExtent = x, i();
  }, z = (x) => {
    var p;
    (p = e.d3Zoom) == null || p.clickDistance(x);
  }, K = (x) => {
    e.nodesDraggable = x, e.nodesConnectable = x, e.elementsSelectable = x;
  }, q = (x) => {
    const p = x instanceof Function ? x(e.nodes) : x;
    !e.initialized && !p.length || (e.nodes = Oi(p, u, e.hooks.error.trigger));
  }, F = (x) => {
    const p = x instanceof Function ? x(e.edges) : x;
    if (!e.initialized && !p.length)
      return;
    const b = yo(
      p,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    po(e.connectionLookup, n.value, b), e.edges = b;
  }, E = (x) => {
    const p = x instanceof Function ? x([...e.nodes, ...e.edges]) : x;
    !e.initialized && !p.length || (q(p.filter(Mt)), F(p.filter(_t)));
  }, j = (x) => {
    let p = x instanceof Function ? x(e.nodes) : x;
    p = Array.isArray(p) ? p : [p];
    const b = Oi(p, u, e.hooks.error.trigger), I = [];
    for (const C of b)
      I.push(Ni(C));
    I.length && e.hooks.nodesChange.trigger(I);
  }, _ = (x) => {
    let p = x instanceof Function ? x(e.edges) : x;
    p = Array.isArray(p) ? p : [p];
    const b = yo(
      p,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), I = [];
    for (const C of b)
      I.push(Ni(C));
    I.length && e.hooks.edgesChange.trigger(I);
  }, R = (x, p = !0, b = !1) => {
    const I = x instanceof Function ? x(e.nodes) : x, C = Array.isArray(I) ? I : [I], Q = [], te = [];
    function se(fe) {
      const ke = l(fe);
      for (const Me of ke)
        (!Re(Me.deletable) || Me.deletable) && te.push(Mi(Me.id, Me.source, Me.target, Me.sourceHandle, Me.targetHandle));
    }
    function re(fe) {
      const ke = [];
      for (const Me of e.nodes)
        Me.parentNode === fe && ke.push(Me);
      if (ke.length) {
        for (const Me of ke)
          Q.push(Ci(Me.id));
        p && se(ke);
        for (const Me of ke)
          re(Me.id);
      }
    }
    for (const fe of C) {
      const ke = typeof fe == "string" ? u(fe) : fe;
      ke && (Re(ke.deletable) && !ke.deletable || (Q.push(Ci(ke.id)), p && se([ke]), b && re(ke.id)));
    }
    te.length && e.hooks.edgesChange.trigger(te), Q.length && e.hooks.nodesChange.trigger(Q);
  }, M = (x) => {
    const p = x instanceof Function ? x(e.edges) : x, b = Array.isArray(p) ? p : [p], I = [];
    for (const C of b) {
      const Q = typeof C == "string" ? c(C) : C;
      Q && (Re(Q.deletable) && !Q.deletable || I.push(
        Mi(
          typeof C == "string" ? C : C.id,
          Q.source,
          Q.target,
          Q.sourceHandle,
          Q.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(I);
  }, H = (x, p, b = !0) => {
    const I = c(x.id);
    if (!I)
      return !1;
    const C = e.edges.indexOf(I), Q = ud(x, p, I, b, e.hooks.error.trigger);
    if (Q) {
      const [te] = yo(
        [Q],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((se, re) => re === C ? te : se), po(e.connectionLookup, n.value, [te]), te;
    }
    return !1;
  }, Y = (x, p, b = { replace: !1 }) => {
    const I = c(x);
    if (!I)
      return;
    const C = typeof p == "function" ? p(I) : p;
    I.data = b.replace ? C : { ...I.data, ...C };
  }, W = (x) => $i(x, e.nodes), X = (x) => {
    const p = $i(x, e.edges);
    return po(e.connectionLookup, n.value, p), p;
  }, oe = (x, p, b = { replace: !1 }) => {
    const I = u(x);
    if (!I)
      return;
    const C = typeof p == "function" ? p(I) : p;
    b.replace ? e.nodes.splice(e.nodes.indexOf(I), 1, C) : Object.assign(I, C);
  }, ae = (x, p, b = { replace: !1 }) => {
    const I = u(x);
    if (!I)
      return;
    const C = typeof p == "function" ? p(I) : p;
    I.data = b.replace ? C : { ...I.data, ...C };
  }, he = (x, p, b = !1) => {
    b ? e.connectionClickStartHandle = x : e.connectionStartHandle = x, e.connectionEndHandle = null, e.connectionStatus = null, p && (e.connectionPosition = p);
  }, pe = (x, p = null, b = null) => {
    e.connectionStartHandle && (e.connectionPosition = x, e.connectionEndHandle = p, e.connectionStatus = b);
  }, ee = (x, p) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, p ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, G = (x) => {
    const p = Bc(x), b = p ? null : jt(x) ? x : u(x.id);
    return !p && !b ? [null, null, p] : [p ? x : Gn(b), b, p];
  }, Z = (x, p = !0, b = e.nodes) => {
    const [I, C, Q] = G(x);
    if (!I)
      return [];
    const te = [];
    for (const se of b || e.nodes) {
      if (!Q && (se.id === C.id || !se.computedPosition))
        continue;
      const re = Gn(se), fe = qn(re, I);
      (p && fe > 0 || fe >= re.width * re.height || fe >= Number(I.width) * Number(I.height)) && te.push(se);
    }
    return te;
  }, xe = (x, p, b = !0) => {
    const [I] = G(x);
    if (!I)
      return !1;
    const C = qn(I, p);
    return b && C > 0 || C >= Number(I.width) * Number(I.height);
  }, Ce = (x) => {
    const { viewport: p, dimensions: b, d3Zoom: I, d3Selection: C, translateExtent: Q } = e;
    if (!I || !C || !x.x && !x.y)
      return !1;
    const te = Gt.translate(p.x + x.x, p.y + x.y).scale(p.zoom), se = [
      [0, 0],
      [b.width, b.height]
    ], re = I.constrain()(te, se, Q), fe = e.viewport.x !== re.x || e.viewport.y !== re.y || e.viewport.zoom !== re.k;
    return I.transform(C, re), fe;
  }, ve = (x) => {
    const p = x instanceof Function ? x(e) : x, b = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Re(p.defaultEdgeOptions) && (e.defaultEdgeOptions = p.defaultEdgeOptions);
    const I = p.modelValue || p.nodes || p.edges ? [] : void 0;
    I && (p.modelValue && I.push(...p.modelValue), p.nodes && I.push(...p.nodes), p.edges && I.push(...p.edges), E(I));
    const C = () => {
      Re(p.maxZoom) && P(p.maxZoom), Re(p.minZoom) && v(p.minZoom), Re(p.translateExtent) && O(p.translateExtent);
    };
    for (const Q of Object.keys(p)) {
      const te = Q, se = p[te];
      ![...Sd, ...b].includes(te) && Re(se) && (e[te] = se);
    }
    _o(() => e.d3Zoom).not.toBeNull().then(C), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: f,
    updateNodeDimensions: d,
    setElements: E,
    setNodes: q,
    setEdges: F,
    addNodes: j,
    addEdges: _,
    removeNodes: R,
    removeEdges: M,
    findNode: u,
    findEdge: c,
    updateEdge: H,
    updateEdgeData: Y,
    updateNode: oe,
    updateNodeData: ae,
    applyEdgeChanges: X,
    applyNodeChanges: W,
    addSelectedElements: m,
    addSelectedNodes: k,
    addSelectedEdges: w,
    setMinZoom: v,
    setMaxZoom: P,
    setTranslateExtent: O,
    setNodeExtent: B,
    setPaneClickDistance: z,
    removeSelectedElements: g,
    removeSelectedNodes: y,
    removeSelectedEdges: $,
    startConnection: he,
    updateConnection: pe,
    endConnection: ee,
    setInteractive: K,
    setState: ve,
    getIntersectingNodes: Z,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: l,
    getHandleConnections: a,
    isNodeIntersecting: xe,
    panBy: Ce,
    fitView: (x) => o.value.fitView(x),
    zoomIn: (x) => o.value.zoomIn(x),
    zoomOut: (x) => o.value.zoomOut(x),
    zoomTo: (x, p) => o.value.zoomTo(x, p),
    setViewport: (x, p) => o.value.setViewport(x, p),
    setTransform: (x, p) => o.value.setTransform(x, p),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (x, p, b) => o.value.setCenter(x, p, b),
    fitBounds: (x, p) => o.value.fitBounds(x, p),
    project: (x) => o.value.project(x),
    screenToFlowCoordinate: (x) => o.value.screenToFlowCoordinate(x),
    flowToScreenCoordinate: (x) => o.value.flowToScreenCoordinate(x),
    toObject: () => {
      const x = [], p = [];
      for (const b of e.nodes) {
        const {
          computedPosition: I,
          handleBounds: C,
          selected: Q,
          dimensions: te,
          isParent: se,
          resizing: re,
          dragging: fe,
          events: ke,
          ...Me
        } = b;
        x.push(Me);
      }
      for (const b of e.edges) {
        const { selected: I, sourceNode: C, targetNode: Q, events: te, ...se } = b;
        p.push(se);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: x,
          edges: p,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (x) => new Promise((p) => {
      const { nodes: b, edges: I, position: C, zoom: Q, viewport: te } = x;
      b && q(b), I && F(I);
      const [se, re] = te != null && te.x && (te != null && te.y) ? [te.x, te.y] : C ?? [null, null];
      if (se && re) {
        const fe = (te == null ? void 0 : te.zoom) || Q || e.viewport.zoom;
        return _o(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: se,
            y: re,
            zoom: fe
          }).then(() => {
            p(!0);
          });
        });
      } else
        p(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const x = ss();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const p = Gt.translate(x.defaultViewport.x ?? 0, x.defaultViewport.y ?? 0).scale(mt(x.defaultViewport.zoom ?? 1, x.minZoom, x.maxZoom)), b = e.viewportRef.getBoundingClientRect(), I = [
          [0, 0],
          [b.width, b.height]
        ], C = e.d3Zoom.constrain()(p, I, x.translateExtent);
        e.d3Zoom.transform(e.d3Selection, C);
      }
      ve(x);
    },
    $destroy: () => {
    }
  };
}
const $d = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Nd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, xt = /* @__PURE__ */ ze({
  ...Nd,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => ie.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Ds(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Te(() => n.type ?? "source"), i = Te(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: l,
      connectionEndHandle: a,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: f,
      noPanClassName: d
    } = Pe(), { id: h, node: k, nodeEl: w, connectedEdges: m } = is(), y = ye(), $ = Te(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), g = Te(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), v = Te(
      () => {
        var F, E, j, _, R, M;
        return ((F = s.value) == null ? void 0 : F.nodeId) === h && ((E = s.value) == null ? void 0 : E.id) === e.id && ((j = s.value) == null ? void 0 : j.type) === o.value || ((_ = a.value) == null ? void 0 : _.nodeId) === h && ((R = a.value) == null ? void 0 : R.id) === e.id && ((M = a.value) == null ? void 0 : M.type) === o.value;
      }
    ), P = Te(
      () => {
        var F, E, j;
        return ((F = l.value) == null ? void 0 : F.nodeId) === h && ((E = l.value) == null ? void 0 : E.id) === e.id && ((j = l.value) == null ? void 0 : j.type) === o.value;
      }
    ), { handlePointerDown: O, handleClick: B } = os({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), z = J(() => typeof e.connectable == "string" && e.connectable === "single" ? !m.value.some((F) => {
      const E = F[`${o.value}Handle`];
      return F[o.value] !== h ? !1 : E ? E === e.id : !0;
    }) : typeof e.connectable == "number" ? m.value.filter((F) => {
      const E = F[`${o.value}Handle`];
      return F[o.value] !== h ? !1 : E ? E === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(k, m.value) : Re(e.connectable) ? e.connectable : c.value);
    st(() => {
      var F;
      if (!k.dimensions.width || !k.dimensions.height)
        return;
      const E = (F = k.handleBounds[o.value]) == null ? void 0 : F.find((W) => W.id === e.id);
      if (!u.value || E)
        return;
      const j = u.value.querySelector(".vue-flow__transformationpane");
      if (!w.value || !y.value || !j || !e.id)
        return;
      const _ = w.value.getBoundingClientRect(), R = y.value.getBoundingClientRect(), M = window.getComputedStyle(j), { m22: H } = new window.DOMMatrixReadOnly(M.transform), Y = {
        id: e.id,
        position: e.position,
        x: (R.left - _.left) / H,
        y: (R.top - _.top) / H,
        type: o.value,
        nodeId: h,
        ...eo(y.value)
      };
      k.handleBounds[o.value] = [...k.handleBounds[o.value] ?? [], Y];
    });
    function K(F) {
      const E = Ko(F);
      z.value && $.value && (E && F.button === 0 || !E) && O(F);
    }
    function q(F) {
      !h || !l.value && !$.value || z.value && B(F);
    }
    return t({
      handleClick: B,
      handlePointerDown: O,
      onClick: q,
      onPointerDown: K
    }), (F, E) => (T(), D("div", {
      ref_key: "handle",
      ref: y,
      "data-id": `${V(r)}-${V(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": V(h),
      "data-handlepos": F.position,
      class: Be(["vue-flow__handle", [
        `vue-flow__handle-${F.position}`,
        `vue-flow__handle-${e.id}`,
        V(f),
        V(d),
        o.value,
        {
          connectable: z.value,
          connecting: P.value,
          connectablestart: $.value,
          connectableend: g.value,
          connectionindicator: z.value && ($.value && !v.value || g.value && v.value)
        }
      ]]),
      onMousedown: K,
      onTouchstartPassive: K,
      onClick: q
    }, [
      Ge(F.$slots, "default", { id: F.id })
    ], 42, $d));
  }
}), oo = function({
  sourcePosition: e = ie.Bottom,
  targetPosition: t = ie.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: s
}) {
  const l = s.label ?? n;
  return [
    Ee(xt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof l != "string" && l ? Ee(l) : Ee(ge, [l]),
    Ee(xt, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
oo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
oo.inheritAttrs = !1;
oo.compatConfig = { MODE: 3 };
const Cd = oo, io = function({
  targetPosition: e = ie.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Ee(xt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Ee(r) : Ee(ge, [r])
  ];
};
io.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
io.inheritAttrs = !1;
io.compatConfig = { MODE: 3 };
const Md = io, ro = function({
  sourcePosition: e = ie.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Ee(r) : Ee(ge, [r]),
    Ee(xt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
ro.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
ro.inheritAttrs = !1;
ro.compatConfig = { MODE: 3 };
const Id = ro, Td = ["transform"], Ad = ["width", "height", "x", "y", "rx", "ry"], Pd = ["y"], Dd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, zd = /* @__PURE__ */ ze({
  ...Dd,
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
    const t = ye({ x: 0, y: 0, width: 0, height: 0 }), n = ye(null), o = J(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    st(i), Se([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (T(), D("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (T(), D("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Ae(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Ad)) : de("", !0),
      N("text", rr(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Ge(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (T(), He(sr(r.label), { key: 0 })) : (T(), D(ge, { key: 1 }, [
            Oe(U(r.label), 1)
          ], 64))
        ])
      ], 16, Pd)
    ], 8, Td));
  }
}), Od = ["id", "d", "marker-end", "marker-start"], Bd = ["d", "stroke-width"], Rd = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, so = /* @__PURE__ */ ze({
  ...Rd,
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
    const n = ye(null), o = ye(null), i = ye(null), r = zs();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, l) => (T(), D(ge, null, [
      N("path", rr(V(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Od),
      s.interactionWidth ? (T(), D("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Bd)) : de("", !0),
      s.label && s.labelX && s.labelY ? (T(), He(zd, {
        key: 1,
        ref_key: "labelEl",
        ref: i,
        x: s.labelX,
        y: s.labelY,
        label: s.label,
        "label-show-bg": s.labelShowBg,
        "label-bg-style": s.labelBgStyle,
        "label-bg-padding": s.labelBgPadding,
        "label-bg-border-radius": s.labelBgBorderRadius,
        "label-style": s.labelStyle
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : de("", !0)
    ], 64));
  }
});
function ls({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, l = o < t ? o + s : o - s;
  return [r, l, i, s];
}
function as({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: r,
  targetControlX: s,
  targetControlY: l
}) {
  const a = e * 0.125 + i * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + r * 0.375 + l * 0.375 + o * 0.125, c = Math.abs(a - e), f = Math.abs(u - t);
  return [a, u, c, f];
}
function Cn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Hi({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, l;
  switch (e) {
    case ie.Left:
      s = t - Cn(t - o, r), l = n;
      break;
    case ie.Right:
      s = t + Cn(o - t, r), l = n;
      break;
    case ie.Top:
      s = t, l = n - Cn(n - i, r);
      break;
    case ie.Bottom:
      s = t, l = n + Cn(i - n, r);
      break;
  }
  return [s, l];
}
function us(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ie.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = ie.Top,
    curvature: l = 0.25
  } = e, [a, u] = Hi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: l
  }), [c, f] = Hi({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: l
  }), [d, h, k, w] = as({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: a,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: f
  });
  return [
    `M${t},${n} C${a},${u} ${c},${f} ${i},${r}`,
    d,
    h,
    k,
    w
  ];
}
function Li({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case ie.Left:
    case ie.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case ie.Top:
    case ie.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function cs(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ie.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = ie.Top
  } = e, [l, a] = Li({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = Li({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [f, d, h, k] = as({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: l,
    sourceControlY: a,
    targetControlX: u,
    targetControlY: c
  });
  return [
    `M${t},${n} C${l},${a} ${u},${c} ${i},${r}`,
    f,
    d,
    h,
    k
  ];
}
const Fi = {
  [ie.Left]: { x: -1, y: 0 },
  [ie.Right]: { x: 1, y: 0 },
  [ie.Top]: { x: 0, y: -1 },
  [ie.Bottom]: { x: 0, y: 1 }
};
function Vd({
  source: e,
  sourcePosition: t = ie.Bottom,
  target: n
}) {
  return t === ie.Left || t === ie.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Yi(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Hd({
  source: e,
  sourcePosition: t = ie.Bottom,
  target: n,
  targetPosition: o = ie.Top,
  center: i,
  offset: r
}) {
  const s = Fi[t], l = Fi[o], a = { x: e.x + s.x * r, y: e.y + s.y * r }, u = { x: n.x + l.x * r, y: n.y + l.y * r }, c = Vd({
    source: a,
    sourcePosition: t,
    target: u
  }), f = c.x !== 0 ? "x" : "y", d = c[f];
  let h, k, w;
  const m = { x: 0, y: 0 }, y = { x: 0, y: 0 }, [$, g, v, P] = ls({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[f] * l[f] === -1) {
    k = i.x ?? $, w = i.y ?? g;
    const B = [
      { x: k, y: a.y },
      { x: k, y: u.y }
    ], z = [
      { x: a.x, y: w },
      { x: u.x, y: w }
    ];
    s[f] === d ? h = f === "x" ? B : z : h = f === "x" ? z : B;
  } else {
    const B = [{ x: a.x, y: u.y }], z = [{ x: u.x, y: a.y }];
    if (f === "x" ? h = s.x === d ? z : B : h = s.y === d ? B : z, t === o) {
      const j = Math.abs(e[f] - n[f]);
      if (j <= r) {
        const _ = Math.min(r - 1, r - j);
        s[f] === d ? m[f] = (a[f] > e[f] ? -1 : 1) * _ : y[f] = (u[f] > n[f] ? -1 : 1) * _;
      }
    }
    if (t !== o) {
      const j = f === "x" ? "y" : "x", _ = s[f] === l[j], R = a[j] > u[j], M = a[j] < u[j];
      (s[f] === 1 && (!_ && R || _ && M) || s[f] !== 1 && (!_ && M || _ && R)) && (h = f === "x" ? B : z);
    }
    const K = { x: a.x + m.x, y: a.y + m.y }, q = { x: u.x + y.x, y: u.y + y.y }, F = Math.max(Math.abs(K.x - h[0].x), Math.abs(q.x - h[0].x)), E = Math.max(Math.abs(K.y - h[0].y), Math.abs(q.y - h[0].y));
    F >= E ? (k = (K.x + q.x) / 2, w = h[0].y) : (k = h[0].x, w = (K.y + q.y) / 2);
  }
  return [[
    e,
    { x: a.x + m.x, y: a.y + m.y },
    ...h,
    { x: u.x + y.x, y: u.y + y.y },
    n
  ], k, w, v, P];
}
function Ld(e, t, n, o) {
  const i = Math.min(Yi(e, t) / 2, Yi(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const l = e.x < n.x ? 1 : -1, a = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * a}Q ${r},${s} ${r + i * l},${s}`;
}
function zo(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ie.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = ie.Top,
    borderRadius: l = 5,
    centerX: a,
    centerY: u,
    offset: c = 20
  } = e, [f, d, h, k, w] = Hd({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: a, y: u },
    offset: c
  });
  return [f.reduce((y, $, g) => {
    let v;
    return g > 0 && g < f.length - 1 ? v = Ld(f[g - 1], $, f[g + 1], l) : v = `${g === 0 ? "M" : "L"}${$.x} ${$.y}`, y += v, y;
  }, ""), d, h, k, w];
}
function Fd(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, l, a] = ls({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, l, a];
}
const Yd = ze({
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
      const [n, o, i] = Fd(e);
      return Ee(so, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Xd = Yd, Gd = ze({
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
      const [n, o, i] = zo({
        ...e,
        sourcePosition: e.sourcePosition ?? ie.Bottom,
        targetPosition: e.targetPosition ?? ie.Top
      });
      return Ee(so, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ds = Gd, qd = ze({
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
    return () => Ee(ds, { ...e, ...t, borderRadius: 0 });
  }
}), Ud = qd, Wd = ze({
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
      const [n, o, i] = us({
        ...e,
        sourcePosition: e.sourcePosition ?? ie.Bottom,
        targetPosition: e.targetPosition ?? ie.Top
      });
      return Ee(so, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Kd = Wd, Zd = ze({
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
      const [n, o, i] = cs({
        ...e,
        sourcePosition: e.sourcePosition ?? ie.Bottom,
        targetPosition: e.targetPosition ?? ie.Top
      });
      return Ee(so, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Qd = Zd, Jd = {
  input: Id,
  default: Cd,
  output: Md
}, jd = {
  default: Kd,
  straight: Xd,
  step: Ud,
  smoothstep: ds,
  simplebezier: Qd
};
function ef(e, t, n) {
  const o = J(() => (w) => t.value.get(w)), i = J(() => (w) => n.value.get(w)), r = J(() => {
    const w = {
      ...jd,
      ...e.edgeTypes
    }, m = Object.keys(w);
    for (const y of e.edges)
      y.type && !m.includes(y.type) && (w[y.type] = y.type);
    return w;
  }), s = J(() => {
    const w = {
      ...Jd,
      ...e.nodeTypes
    }, m = Object.keys(w);
    for (const y of e.nodes)
      y.type && !m.includes(y.type) && (w[y.type] = y.type);
    return w;
  }), l = J(() => e.onlyRenderVisibleElements ? qr(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), a = J(() => {
    if (e.onlyRenderVisibleElements) {
      const w = [];
      for (const m of e.edges) {
        const y = t.value.get(m.source), $ = t.value.get(m.target);
        Qc({
          sourcePos: y.computedPosition || { x: 0, y: 0 },
          targetPos: $.computedPosition || { x: 0, y: 0 },
          sourceWidth: y.dimensions.width,
          sourceHeight: y.dimensions.height,
          targetWidth: $.dimensions.width,
          targetHeight: $.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && w.push(m);
      }
      return w;
    }
    return e.edges;
  }), u = J(() => [...l.value, ...a.value]), c = J(() => {
    const w = [];
    for (const m of e.nodes)
      m.selected && w.push(m);
    return w;
  }), f = J(() => {
    const w = [];
    for (const m of e.edges)
      m.selected && w.push(m);
    return w;
  }), d = J(() => [
    ...c.value,
    ...f.value
  ]), h = J(() => {
    const w = [];
    for (const m of e.nodes)
      m.dimensions.width && m.dimensions.height && m.handleBounds !== void 0 && w.push(m);
    return w;
  }), k = J(
    () => l.value.length > 0 && h.value.length === l.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: r,
    getNodeTypes: s,
    getEdges: a,
    getNodes: l,
    getSelectedElements: d,
    getSelectedNodes: c,
    getSelectedEdges: f,
    getNodesInitialized: h,
    areNodesInitialized: k
  };
}
class Et {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = Ut()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Et.instance;
    return Et.instance = o ?? new Et(), n && (n.config.globalProperties.$vueFlowStorage = Et.instance), Et.instance;
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
    const o = ss(), i = Ro(o), r = {};
    for (const [d, h] of Object.entries(i.hooks)) {
      const k = `on${d.charAt(0).toUpperCase() + d.slice(1)}`;
      r[k] = h.on;
    }
    const s = {};
    for (const [d, h] of Object.entries(i.hooks))
      s[d] = h.trigger;
    const l = J(() => {
      const d = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        d.set(h.id, h);
      return d;
    }), a = J(() => {
      const d = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        d.set(h.id, h);
      return d;
    }), u = ef(i, l, a), c = Ed(i, l, a);
    c.setState({ ...i, ...n });
    const f = {
      ...r,
      ...u,
      ...c,
      ...qs(i),
      nodeLookup: l,
      edgeLookup: a,
      emits: s,
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
function Pe(e) {
  const t = Et.getInstance(), n = nr(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? (n == null ? void 0 : n.vueFlowId);
  let l;
  if (n) {
    const a = kt(Vi, null);
    typeof a < "u" && a !== null && (!s || a.id === s) && (l = a);
  }
  if (l || s && (l = t.get(s)), !l || s && l.id !== s) {
    const a = r ?? t.getId(), u = t.create(a, i);
    l = u, (n ?? or(!0)).run(() => {
      Se(
        u.applyDefault,
        (f, d, h) => {
          const k = (m) => {
            u.applyNodeChanges(m);
          }, w = (m) => {
            u.applyEdgeChanges(m);
          };
          f ? (u.onNodesChange(k), u.onEdgesChange(w)) : (u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(w)), h(() => {
            u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(w);
          });
        },
        { immediate: !0 }
      ), sn(() => {
        if (l) {
          const f = t.get(l.id);
          f ? f.$destroy() : wn(`No store instance found for id ${l.id} in storage.`);
        }
      });
    });
  } else
    o && l.setState(i);
  if (n && (It(Vi, l), n.vueFlowId = l.id), o) {
    const a = Ut();
    (a == null ? void 0 : a.type.name) !== "VueFlow" && l.emits.error(new Le(Ve.USEVUEFLOW_OPTIONS));
  }
  return l;
}
function tf(e) {
  const { emits: t, dimensions: n } = Pe();
  let o;
  st(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const l = eo(e.value);
      (l.width === 0 || l.height === 0) && t.error(new Le(Ve.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: l.width || 500, height: l.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), gn(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const nf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, of = /* @__PURE__ */ ze({
  ...nf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (T(), D("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Ae({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), rf = ["tabIndex"], sf = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, lf = /* @__PURE__ */ ze({
  ...sf,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Pe(), l = rs(), a = ye(null), u = ts({
      el: a,
      onStart(k) {
        t.selectionDragStart(k), t.nodeDragStart(k);
      },
      onDrag(k) {
        t.selectionDrag(k), t.nodeDrag(k);
      },
      onStop(k) {
        t.selectionDragStop(k), t.nodeDragStop(k);
      }
    });
    st(() => {
      var k;
      r.value || (k = a.value) == null || k.focus({ preventScroll: !0 });
    });
    const c = J(() => Gr(o.value)), f = J(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function d(k) {
      t.selectionContextMenu({ event: k, nodes: o.value });
    }
    function h(k) {
      r.value || Lt[k.key] && (k.preventDefault(), l(
        {
          x: Lt[k.key].x,
          y: Lt[k.key].y
        },
        k.shiftKey
      ));
    }
    return (k, w) => !V(s) && c.value.width && c.value.height ? (T(), D("div", {
      key: 0,
      class: Be(["vue-flow__nodesselection vue-flow__container", V(i)]),
      style: Ae({ transform: `translate(${V(n).x}px,${V(n).y}px) scale(${V(n).zoom})` })
    }, [
      N("div", {
        ref_key: "el",
        ref: a,
        class: Be([{ dragging: V(u) }, "vue-flow__nodesselection-rect"]),
        style: Ae(f.value),
        tabIndex: V(r) ? void 0 : -1,
        onContextmenu: d,
        onKeydown: h
      }, null, 46, rf)
    ], 6)) : de("", !0);
  }
});
function af(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const uf = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, cf = /* @__PURE__ */ ze({
  ...uf,
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
      removeSelectedElements: s,
      userSelectionRect: l,
      elementsSelectable: a,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: f,
      removeNodes: d,
      removeEdges: h,
      selectionMode: k,
      deleteKeyCode: w,
      multiSelectionKeyCode: m,
      multiSelectionActive: y,
      edgeLookup: $,
      nodeLookup: g,
      connectionLookup: v,
      defaultEdgeOptions: P,
      connectionStartHandle: O,
      panOnDrag: B
    } = Pe(), z = wt(null), K = wt(/* @__PURE__ */ new Set()), q = wt(/* @__PURE__ */ new Set()), F = wt(null), E = Te(() => a.value && (e.isSelecting || r.value)), j = Te(() => O.value !== null);
    let _ = !1, R = !1;
    const M = nn(w, { actInsideInputWithModifier: !1 }), H = nn(m);
    Se(M, (ee) => {
      ee && (d(f.value), h(c.value), u.value = !1);
    }), Se(H, (ee) => {
      y.value = ee;
    });
    function Y(ee, G) {
      return (Z) => {
        Z.target === G && (ee == null || ee(Z));
      };
    }
    function W(ee) {
      if (_ || j.value) {
        _ = !1;
        return;
      }
      i.paneClick(ee), s(), u.value = !1;
    }
    function X(ee) {
      var G;
      if (Array.isArray(B.value) && ((G = B.value) != null && G.includes(2))) {
        ee.preventDefault();
        return;
      }
      i.paneContextMenu(ee);
    }
    function oe(ee) {
      i.paneScroll(ee);
    }
    function ae(ee) {
      var G, Z, xe;
      if (F.value = ((G = t.value) == null ? void 0 : G.getBoundingClientRect()) ?? null, !a.value || !e.isSelecting || ee.button !== 0 || ee.target !== z.value || !F.value)
        return;
      (xe = (Z = ee.target) == null ? void 0 : Z.setPointerCapture) == null || xe.call(Z, ee.pointerId);
      const { x: Ce, y: ve } = af(ee, F.value);
      R = !0, _ = !1, s(), l.value = {
        width: 0,
        height: 0,
        startX: Ce,
        startY: ve,
        x: Ce,
        y: ve
      }, i.selectionStart(ee);
    }
    function he(ee) {
      var G;
      if (!F.value || !l.value)
        return;
      _ = !0;
      const { x: Z, y: xe } = it(ee, F.value), { startX: Ce = 0, startY: ve = 0 } = l.value, be = {
        startX: Ce,
        startY: ve,
        x: Z < Ce ? Z : Ce,
        y: xe < ve ? xe : ve,
        width: Math.abs(Z - Ce),
        height: Math.abs(xe - ve)
      }, ce = K.value, ue = q.value;
      K.value = new Set(
        qr(n.value, be, o.value, k.value === Uo.Partial, !0).map(
          (p) => p.id
        )
      ), q.value = /* @__PURE__ */ new Set();
      const x = ((G = P.value) == null ? void 0 : G.selectable) ?? !0;
      for (const p of K.value) {
        const b = v.value.get(p);
        if (b)
          for (const { edgeId: I } of b.values()) {
            const C = $.value.get(I);
            C && (C.selectable ?? x) && q.value.add(I);
          }
      }
      if (!Ri(ce, K.value)) {
        const p = yt(g.value, K.value, !0);
        i.nodesChange(p);
      }
      if (!Ri(ue, q.value)) {
        const p = yt($.value, q.value);
        i.edgesChange(p);
      }
      l.value = be, r.value = !0, u.value = !1;
    }
    function pe(ee) {
      var G;
      ee.button !== 0 || !R || ((G = ee.target) == null || G.releasePointerCapture(ee.pointerId), !r.value && l.value && ee.target === z.value && W(ee), r.value = !1, l.value = null, u.value = K.value.size > 0, i.selectionEnd(ee), e.selectionKeyPressed && (_ = !1), R = !1);
    }
    return (ee, G) => (T(), D("div", {
      ref_key: "container",
      ref: z,
      class: Be(["vue-flow__pane vue-flow__container", { selection: ee.isSelecting }]),
      onClick: G[0] || (G[0] = (Z) => E.value ? void 0 : Y(W, z.value)(Z)),
      onContextmenu: G[1] || (G[1] = (Z) => Y(X, z.value)(Z)),
      onWheelPassive: G[2] || (G[2] = (Z) => Y(oe, z.value)(Z)),
      onPointerenter: G[3] || (G[3] = (Z) => E.value ? void 0 : V(i).paneMouseEnter(Z)),
      onPointerdown: G[4] || (G[4] = (Z) => E.value ? ae(Z) : V(i).paneMouseMove(Z)),
      onPointermove: G[5] || (G[5] = (Z) => E.value ? he(Z) : V(i).paneMouseMove(Z)),
      onPointerup: G[6] || (G[6] = (Z) => E.value ? pe(Z) : void 0),
      onPointerleave: G[7] || (G[7] = (Z) => V(i).paneMouseLeave(Z))
    }, [
      Ge(ee.$slots, "default"),
      V(r) && V(l) ? (T(), He(of, {
        key: 0,
        "user-selection-rect": V(l)
      }, null, 8, ["user-selection-rect"])) : de("", !0),
      V(u) && V(f).length ? (T(), He(lf, { key: 1 })) : de("", !0)
    ], 34));
  }
}), df = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, ff = /* @__PURE__ */ ze({
  ...df,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Pe(), i = J(() => n.value ? !o.value : !1), r = J(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, l) => (T(), D("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ae({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Ge(s.$slots, "default")
    ], 4));
  }
}), hf = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, vf = /* @__PURE__ */ ze({
  ...hf,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: i,
      zoomActivationKeyCode: r,
      selectionKeyCode: s,
      panActivationKeyCode: l,
      panOnScroll: a,
      panOnScrollMode: u,
      panOnScrollSpeed: c,
      panOnDrag: f,
      zoomOnDoubleClick: d,
      zoomOnPinch: h,
      zoomOnScroll: k,
      preventScrolling: w,
      noWheelClassName: m,
      noPanClassName: y,
      emits: $,
      connectionStartHandle: g,
      userSelectionActive: v,
      paneDragging: P,
      d3Zoom: O,
      d3Selection: B,
      d3ZoomHandler: z,
      viewport: K,
      viewportRef: q,
      paneClickDistance: F
    } = Pe();
    tf(q);
    const E = wt(!1), j = wt(!1);
    let _ = null, R = !1, M = 0, H = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const Y = nn(l), W = nn(s), X = nn(r), oe = Te(
      () => (!W.value || W.value && s.value === !0) && (Y.value || f.value)
    ), ae = Te(() => Y.value || a.value), he = Te(() => s.value === !0 && oe.value !== !0), pe = Te(
      () => W.value && s.value !== !0 || v.value || he.value
    ), ee = Te(() => g.value !== null);
    st(() => {
      if (!q.value) {
        wn("Viewport element is missing");
        return;
      }
      const ve = q.value, be = ve.getBoundingClientRect(), ce = Ic().clickDistance(F.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ue = Je(ve).call(ce), x = ue.on("wheel.zoom"), p = Gt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(mt(o.value.zoom ?? 1, t.value, n.value)), b = [
        [0, 0],
        [be.width, be.height]
      ], I = ce.constrain()(p, b, i.value);
      ce.transform(ue, I), ce.wheelDelta(Si), O.value = ce, B.value = ue, z.value = x, K.value = { x: I.x, y: I.y, zoom: I.k }, ce.on("start", (C) => {
        var Q;
        if (!C.sourceEvent)
          return null;
        M = C.sourceEvent.button, E.value = !0;
        const te = xe(C.transform);
        ((Q = C.sourceEvent) == null ? void 0 : Q.type) === "mousedown" && (P.value = !0), H = te, $.viewportChangeStart(te), $.moveStart({ event: C, flowTransform: te });
      }), ce.on("end", (C) => {
        if (!C.sourceEvent)
          return null;
        if (E.value = !1, P.value = !1, G(oe.value, M ?? 0) && !R && $.paneContextMenu(C.sourceEvent), R = !1, Z(H, C.transform)) {
          const Q = xe(C.transform);
          H = Q, $.viewportChangeEnd(Q), $.moveEnd({ event: C, flowTransform: Q });
        }
      }), ce.filter((C) => {
        var Q;
        const te = X.value || k.value, se = h.value && C.ctrlKey, re = C.button, fe = C.type === "wheel";
        if (re === 1 && C.type === "mousedown" && (Ce(C, "vue-flow__node") || Ce(C, "vue-flow__edge")))
          return !0;
        if (!oe.value && !te && !ae.value && !d.value && !h.value || v.value || ee.value && !fe || !d.value && C.type === "dblclick" || Ce(C, m.value) && fe || Ce(C, y.value) && (!fe || ae.value && fe && !X.value) || !h.value && C.ctrlKey && fe || !te && !ae.value && !se && fe)
          return !1;
        if (!h && C.type === "touchstart" && ((Q = C.touches) == null ? void 0 : Q.length) > 1)
          return C.preventDefault(), !1;
        if (!oe.value && (C.type === "mousedown" || C.type === "touchstart") || he.value && Array.isArray(f.value) && f.value.includes(0) && re === 0 || Array.isArray(f.value) && !f.value.includes(re) && (C.type === "mousedown" || C.type === "touchstart"))
          return !1;
        const ke = Array.isArray(f.value) && f.value.includes(re) || s.value === !0 && Array.isArray(f.value) && !f.value.includes(0) || !re || re <= 1;
        return (!C.ctrlKey || Y.value || fe) && ke;
      }), Se(
        [v, oe],
        () => {
          v.value && !E.value ? ce.on("zoom", null) : v.value || ce.on("zoom", (C) => {
            K.value = { x: C.transform.x, y: C.transform.y, zoom: C.transform.k };
            const Q = xe(C.transform);
            R = G(oe.value, M ?? 0), $.viewportChange(Q), $.move({ event: C, flowTransform: Q });
          });
        },
        { immediate: !0 }
      ), Se(
        [v, ae, u, X, h, w, m],
        () => {
          ae.value && !X.value && !v.value ? ue.on(
            "wheel.zoom",
            (C) => {
              if (Ce(C, m.value))
                return !1;
              const Q = X.value || k.value, te = h.value && C.ctrlKey;
              if (!(!w.value || ae.value || Q || te))
                return !1;
              C.preventDefault(), C.stopImmediatePropagation();
              const re = ue.property("__zoom").k || 1, fe = Un();
              if (!Y.value && C.ctrlKey && h.value && fe) {
                const A = nt(C), L = Si(C), me = re * 2 ** L;
                ce.scaleTo(ue, me, A, C);
                return;
              }
              const ke = C.deltaMode === 1 ? 20 : 1;
              let Me = u.value === tn.Vertical ? 0 : C.deltaX * ke, tt = u.value === tn.Horizontal ? 0 : C.deltaY * ke;
              !fe && C.shiftKey && u.value !== tn.Vertical && !Me && tt && (Me = tt, tt = 0), ce.translateBy(
                ue,
                -(Me / re) * c.value,
                -(tt / re) * c.value
              );
              const S = xe(ue.property("__zoom"));
              _ && clearTimeout(_), j.value ? ($.move({ event: C, flowTransform: S }), $.viewportChange(S), _ = setTimeout(() => {
                $.moveEnd({ event: C, flowTransform: S }), $.viewportChangeEnd(S), j.value = !1;
              }, 150)) : (j.value = !0, $.moveStart({ event: C, flowTransform: S }), $.viewportChangeStart(S));
            },
            { passive: !1 }
          ) : typeof x < "u" && ue.on(
            "wheel.zoom",
            function(C, Q) {
              const te = !w.value && C.type === "wheel" && !C.ctrlKey, se = X.value || k.value, re = h.value && C.ctrlKey;
              if (!se && !a.value && !re && C.type === "wheel" || te || Ce(C, m.value))
                return null;
              C.preventDefault(), x.call(this, C, Q);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function G(ve, be) {
      return be === 2 && Array.isArray(ve) && ve.includes(2);
    }
    function Z(ve, be) {
      return ve.x !== be.x && !Number.isNaN(be.x) || ve.y !== be.y && !Number.isNaN(be.y) || ve.zoom !== be.k && !Number.isNaN(be.k);
    }
    function xe(ve) {
      return {
        x: ve.x,
        y: ve.y,
        zoom: ve.k
      };
    }
    function Ce(ve, be) {
      return ve.target.closest(`.${be}`);
    }
    return (ve, be) => (T(), D("div", {
      ref_key: "viewportRef",
      ref: q,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      le(cf, {
        "is-selecting": pe.value,
        "selection-key-pressed": V(W),
        class: Be({
          connecting: ee.value,
          dragging: V(P),
          draggable: V(f) === !0 || Array.isArray(V(f)) && V(f).includes(0)
        })
      }, {
        default: Xe(() => [
          le(ff, null, {
            default: Xe(() => [
              Ge(ve.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), mf = ["id"], gf = ["id"], pf = ["id"], yf = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, wf = /* @__PURE__ */ ze({
  ...yf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Pe();
    return (i, r) => (T(), D(ge, null, [
      N("div", {
        id: `${V(Br)}-${V(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + U(V(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, mf),
      N("div", {
        id: `${V(Rr)}-${V(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, gf),
      V(n) ? de("", !0) : (T(), D("div", {
        key: 0,
        id: `${V(Oc)}-${V(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, U(V(o)), 9, pf))
    ], 64));
  }
});
function xf() {
  const e = Pe();
  Se(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function bf(e, t, n) {
  return n === ie.Left ? e - t : n === ie.Right ? e + t : e;
}
function _f(e, t, n) {
  return n === ie.Top ? e - t : n === ie.Bottom ? e + t : e;
}
const Qo = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = ie.Top,
  type: i
}) {
  return Ee("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: bf(t, e, o),
    cy: _f(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
Qo.props = ["radius", "centerX", "centerY", "position", "type"];
Qo.compatConfig = { MODE: 3 };
const Xi = Qo, kf = ze({
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
      nodesSelectionActive: s,
      noPanClassName: l,
      getEdgeTypes: a,
      removeSelectedEdges: u,
      findEdge: c,
      findNode: f,
      isValidConnection: d,
      multiSelectionActive: h,
      disableKeyboardA11y: k,
      elementsSelectable: w,
      edgesUpdatable: m,
      edgesFocusable: y,
      hooks: $
    } = Pe(), g = J(() => c(e.id)), { emit: v, on: P } = hd(g.value, r), O = kt(no), B = Ut(), z = ye(!1), K = ye(!1), q = ye(""), F = ye(null), E = ye("source"), j = ye(null), _ = Te(
      () => typeof g.value.selectable > "u" ? w.value : g.value.selectable
    ), R = Te(() => typeof g.value.updatable > "u" ? m.value : g.value.updatable), M = Te(() => typeof g.value.focusable > "u" ? y.value : g.value.focusable);
    It(cd, e.id), It(dd, j);
    const H = J(() => g.value.class instanceof Function ? g.value.class(g.value) : g.value.class), Y = J(() => g.value.style instanceof Function ? g.value.style(g.value) : g.value.style), W = J(() => {
      const p = g.value.type || "default", b = O == null ? void 0 : O[`edge-${p}`];
      if (b)
        return b;
      let I = g.value.template ?? a.value[p];
      if (typeof I == "string" && B) {
        const C = Object.keys(B.appContext.components);
        C && C.includes(p) && (I = ir(p, !1));
      }
      return I && typeof I != "string" ? I : (r.error(new Le(Ve.EDGE_TYPE_MISSING, I)), !1);
    }), { handlePointerDown: X } = os({
      nodeId: q,
      handleId: F,
      type: E,
      isValidConnection: d,
      edgeUpdaterType: E,
      onEdgeUpdate: he,
      onEdgeUpdateEnd: pe
    });
    return () => {
      const p = f(g.value.source), b = f(g.value.target), I = "pathOptions" in g.value ? g.value.pathOptions : {};
      if (!p && !b)
        return r.error(new Le(Ve.EDGE_SOURCE_TARGET_MISSING, g.value.id, g.value.source, g.value.target)), null;
      if (!p)
        return r.error(new Le(Ve.EDGE_SOURCE_MISSING, g.value.id, g.value.source)), null;
      if (!b)
        return r.error(new Le(Ve.EDGE_TARGET_MISSING, g.value.id, g.value.target)), null;
      if (!g.value || g.value.hidden || p.hidden || b.hidden)
        return null;
      let C;
      o.value === bt.Strict ? C = p.handleBounds.source : C = [...p.handleBounds.source || [], ...p.handleBounds.target || []];
      const Q = Ai(C, g.value.sourceHandle);
      let te;
      o.value === bt.Strict ? te = b.handleBounds.target : te = [...b.handleBounds.target || [], ...b.handleBounds.source || []];
      const se = Ai(te, g.value.targetHandle), re = (Q == null ? void 0 : Q.position) || ie.Bottom, fe = (se == null ? void 0 : se.position) || ie.Top, { x: ke, y: Me } = qt(p, Q, re), { x: tt, y: S } = qt(b, se, fe);
      return g.value.sourceX = ke, g.value.sourceY = Me, g.value.targetX = tt, g.value.targetY = S, Ee(
        "g",
        {
          ref: j,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${W.value === !1 ? "default" : g.value.type || "default"}`,
            l.value,
            H.value,
            {
              updating: z.value,
              selected: g.value.selected,
              animated: g.value.animated,
              inactive: !_.value && !$.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: M.value ? 0 : void 0,
          "aria-label": g.value.ariaLabel === null ? void 0 : g.value.ariaLabel ?? `Edge from ${g.value.source} to ${g.value.target}`,
          "aria-describedby": M.value ? `${Rr}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: M.value ? "group" : "img",
          ...g.value.domAttributes,
          onClick: G,
          onContextmenu: Z,
          onDblclick: xe,
          onMouseenter: Ce,
          onMousemove: ve,
          onMouseleave: be,
          onKeyDown: M.value ? x : void 0
        },
        [
          K.value ? null : Ee(W.value === !1 ? a.value.default : W.value, {
            id: e.id,
            sourceNode: p,
            targetNode: b,
            source: g.value.source,
            target: g.value.target,
            type: g.value.type,
            updatable: R.value,
            selected: g.value.selected,
            animated: g.value.animated,
            label: g.value.label,
            labelStyle: g.value.labelStyle,
            labelShowBg: g.value.labelShowBg,
            labelBgStyle: g.value.labelBgStyle,
            labelBgPadding: g.value.labelBgPadding,
            labelBgBorderRadius: g.value.labelBgBorderRadius,
            data: g.value.data,
            events: { ...g.value.events, ...P },
            style: Y.value,
            markerStart: `url('#${hn(g.value.markerStart, t)}')`,
            markerEnd: `url('#${hn(g.value.markerEnd, t)}')`,
            sourcePosition: re,
            targetPosition: fe,
            sourceX: ke,
            sourceY: Me,
            targetX: tt,
            targetY: S,
            sourceHandleId: g.value.sourceHandle,
            targetHandleId: g.value.targetHandle,
            interactionWidth: g.value.interactionWidth,
            ...I
          }),
          [
            R.value === "source" || R.value === !0 ? [
              Ee(
                "g",
                {
                  onMousedown: ce,
                  onMouseenter: oe,
                  onMouseout: ae
                },
                Ee(Xi, {
                  position: re,
                  centerX: ke,
                  centerY: Me,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            R.value === "target" || R.value === !0 ? [
              Ee(
                "g",
                {
                  onMousedown: ue,
                  onMouseenter: oe,
                  onMouseout: ae
                },
                Ee(Xi, {
                  position: fe,
                  centerX: tt,
                  centerY: S,
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
      z.value = !0;
    }
    function ae() {
      z.value = !1;
    }
    function he(p, b) {
      v.update({ event: p, edge: g.value, connection: b });
    }
    function pe(p) {
      v.updateEnd({ event: p, edge: g.value }), K.value = !1;
    }
    function ee(p, b) {
      p.button === 0 && (K.value = !0, q.value = b ? g.value.target : g.value.source, F.value = (b ? g.value.targetHandle : g.value.sourceHandle) ?? null, E.value = b ? "target" : "source", v.updateStart({ event: p, edge: g.value }), X(p));
    }
    function G(p) {
      var b;
      const I = { event: p, edge: g.value };
      _.value && (s.value = !1, g.value.selected && h.value ? (u([g.value]), (b = j.value) == null || b.blur()) : n([g.value])), v.click(I);
    }
    function Z(p) {
      v.contextMenu({ event: p, edge: g.value });
    }
    function xe(p) {
      v.doubleClick({ event: p, edge: g.value });
    }
    function Ce(p) {
      v.mouseEnter({ event: p, edge: g.value });
    }
    function ve(p) {
      v.mouseMove({ event: p, edge: g.value });
    }
    function be(p) {
      v.mouseLeave({ event: p, edge: g.value });
    }
    function ce(p) {
      ee(p, !0);
    }
    function ue(p) {
      ee(p, !1);
    }
    function x(p) {
      var b;
      !k.value && Vr.includes(p.key) && _.value && (p.key === "Escape" ? ((b = j.value) == null || b.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Sf = kf, Ef = ze({
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
      connectionLineType: s,
      connectionLineStyle: l,
      connectionLineOptions: a,
      connectionStatus: u,
      viewport: c,
      findNode: f
    } = Pe(), d = (e = kt(no)) == null ? void 0 : e["connection-line"], h = J(() => {
      var $;
      return f(($ = o.value) == null ? void 0 : $.nodeId);
    }), k = J(() => {
      var $;
      return f(($ = i.value) == null ? void 0 : $.nodeId) ?? null;
    }), w = J(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), m = J(
      () => a.value.markerStart ? `url(#${hn(a.value.markerStart, t)})` : ""
    ), y = J(
      () => a.value.markerEnd ? `url(#${hn(a.value.markerEnd, t)})` : ""
    );
    return () => {
      var $, g, v;
      if (!h.value || !o.value)
        return null;
      const P = o.value.id, O = o.value.type, B = h.value.handleBounds;
      let z = (B == null ? void 0 : B[O]) ?? [];
      if (n.value === bt.Loose) {
        const Y = (B == null ? void 0 : B[O === "source" ? "target" : "source"]) ?? [];
        z = [...z, ...Y];
      }
      if (!z)
        return null;
      const K = (P ? z.find((Y) => Y.id === P) : z[0]) ?? null, q = (K == null ? void 0 : K.position) ?? ie.Top, { x: F, y: E } = qt(h.value, K, q);
      let j = null;
      k.value && (n.value === bt.Strict ? j = (($ = k.value.handleBounds[O === "source" ? "target" : "source"]) == null ? void 0 : $.find(
        (Y) => {
          var W;
          return Y.id === ((W = i.value) == null ? void 0 : W.id);
        }
      )) || null : j = ((g = [...k.value.handleBounds.source ?? [], ...k.value.handleBounds.target ?? []]) == null ? void 0 : g.find(
        (Y) => {
          var W;
          return Y.id === ((W = i.value) == null ? void 0 : W.id);
        }
      )) || null);
      const _ = ((v = i.value) == null ? void 0 : v.position) ?? (q ? Po[q] : null);
      if (!q || !_)
        return null;
      const R = s.value ?? a.value.type ?? St.Bezier;
      let M = "";
      const H = {
        sourceX: F,
        sourceY: E,
        sourcePosition: q,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: _
      };
      return R === St.Bezier ? [M] = us(H) : R === St.Step ? [M] = zo({
        ...H,
        borderRadius: 0
      }) : R === St.SmoothStep ? [M] = zo(H) : R === St.SimpleBezier ? [M] = cs(H) : M = `M${F},${E} ${w.value.x},${w.value.y}`, Ee(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ee(
          "g",
          { class: "vue-flow__connection" },
          d ? Ee(d, {
            sourceX: F,
            sourceY: E,
            sourcePosition: q,
            targetX: w.value.x,
            targetY: w.value.y,
            targetPosition: _,
            sourceNode: h.value,
            sourceHandle: K,
            targetNode: k.value,
            targetHandle: j,
            markerEnd: y.value,
            markerStart: m.value,
            connectionStatus: u.value
          }) : Ee("path", {
            d: M,
            class: [a.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...l.value,
              ...a.value.style
            },
            "marker-end": y.value,
            "marker-start": m.value
          })
        )
      );
    };
  }
}), $f = Ef, Nf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Cf = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Mf = /* @__PURE__ */ ze({
  ...Cf,
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
    return (t, n) => (T(), D("marker", {
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
      t.type === V(To).ArrowClosed ? (T(), D("polyline", {
        key: 0,
        style: Ae({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : de("", !0),
      t.type === V(To).Arrow ? (T(), D("polyline", {
        key: 1,
        style: Ae({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : de("", !0)
    ], 8, Nf));
  }
}), If = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Tf = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Af = /* @__PURE__ */ ze({
  ...Tf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Pe(), r = J(() => {
      const s = /* @__PURE__ */ new Set(), l = [], a = (u) => {
        if (u) {
          const c = hn(u, t);
          s.has(c) || (typeof u == "object" ? l.push({ ...u, id: c, color: u.color || i.value }) : l.push({ id: c, color: i.value, type: u }), s.add(c));
        }
      };
      for (const u of [o.value.markerEnd, o.value.markerStart])
        a(u);
      for (const u of n.value)
        for (const c of [u.markerStart, u.markerEnd])
          a(c);
      return l.sort((u, c) => u.id.localeCompare(c.id));
    });
    return (s, l) => (T(), D("svg", If, [
      N("defs", null, [
        (T(!0), D(ge, null, De(r.value, (a) => (T(), He(Mf, {
          id: a.id,
          key: a.id,
          type: a.type,
          color: a.color,
          width: a.width,
          height: a.height,
          markerUnits: a.markerUnits,
          "stroke-width": a.strokeWidth,
          orient: a.orient
        }, null, 8, ["id", "type", "color", "width", "height", "markerUnits", "stroke-width", "orient"]))), 128))
      ])
    ]));
  }
}), Pf = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Df = /* @__PURE__ */ ze({
  ...Pf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Pe();
    return (i, r) => (T(), D(ge, null, [
      le(Af),
      (T(!0), D(ge, null, De(V(n), (s) => (T(), D("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ae({ zIndex: V(Jc)(s, V(t), V(o)) })
      }, [
        le(V(Sf), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      le(V($f))
    ], 64));
  }
}), zf = ze({
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
      emits: s,
      removeSelectedNodes: l,
      addSelectedNodes: a,
      updateNodeDimensions: u,
      onUpdateNodeInternals: c,
      getNodeTypes: f,
      nodeExtent: d,
      elevateNodesOnSelect: h,
      disableKeyboardA11y: k,
      ariaLiveMessage: w,
      snapToGrid: m,
      snapGrid: y,
      nodeDragThreshold: $,
      nodesDraggable: g,
      elementsSelectable: v,
      nodesConnectable: P,
      nodesFocusable: O,
      hooks: B
    } = Pe(), z = ye(null);
    It(es, z), It(Zo, e.id);
    const K = kt(no), q = Ut(), F = rs(), { node: E, parentNode: j } = is(e.id), { emit: _, on: R } = gd(E, s), M = Te(() => typeof E.draggable > "u" ? g.value : E.draggable), H = Te(() => typeof E.selectable > "u" ? v.value : E.selectable), Y = Te(() => typeof E.connectable > "u" ? P.value : E.connectable), W = Te(() => typeof E.focusable > "u" ? O.value : E.focusable), X = J(
      () => H.value || M.value || B.value.nodeClick.hasListeners() || B.value.nodeDoubleClick.hasListeners() || B.value.nodeMouseEnter.hasListeners() || B.value.nodeMouseMove.hasListeners() || B.value.nodeMouseLeave.hasListeners()
    ), oe = Te(() => !!E.dimensions.width && !!E.dimensions.height), ae = J(() => {
      const b = E.type || "default", I = K == null ? void 0 : K[`node-${b}`];
      if (I)
        return I;
      let C = E.template || f.value[b];
      if (typeof C == "string" && q) {
        const Q = Object.keys(q.appContext.components);
        Q && Q.includes(b) && (C = ir(b, !1));
      }
      return C && typeof C != "string" ? C : (s.error(new Le(Ve.NODE_TYPE_MISSING, C)), !1);
    }), he = ts({
      id: e.id,
      el: z,
      disabled: () => !M.value,
      selectable: H,
      dragHandle: () => E.dragHandle,
      onStart(b) {
        _.dragStart(b);
      },
      onDrag(b) {
        _.drag(b);
      },
      onStop(b) {
        _.dragStop(b);
      },
      onClick(b) {
        x(b);
      }
    }), pe = J(() => E.class instanceof Function ? E.class(E) : E.class), ee = J(() => {
      const b = (E.style instanceof Function ? E.style(E) : E.style) || {}, I = E.width instanceof Function ? E.width(E) : E.width, C = E.height instanceof Function ? E.height(E) : E.height;
      return !b.width && I && (b.width = typeof I == "string" ? I : `${I}px`), !b.height && C && (b.height = typeof C == "string" ? C : `${C}px`), b;
    }), G = Te(() => Number(E.zIndex ?? ee.value.zIndex ?? 0));
    return c((b) => {
      (b.includes(e.id) || !b.length) && xe();
    }), st(() => {
      Se(
        () => E.hidden,
        (b = !1, I, C) => {
          !b && z.value && (e.resizeObserver.observe(z.value), C(() => {
            z.value && e.resizeObserver.unobserve(z.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Se([() => E.type, () => E.sourcePosition, () => E.targetPosition], () => {
      Ye(() => {
        u([{ id: e.id, nodeElement: z.value, forceUpdate: !0 }]);
      });
    }), Se(
      [
        () => E.position.x,
        () => E.position.y,
        () => {
          var b;
          return (b = j.value) == null ? void 0 : b.computedPosition.x;
        },
        () => {
          var b;
          return (b = j.value) == null ? void 0 : b.computedPosition.y;
        },
        () => {
          var b;
          return (b = j.value) == null ? void 0 : b.computedPosition.z;
        },
        G,
        () => E.selected,
        () => E.dimensions.height,
        () => E.dimensions.width,
        () => {
          var b;
          return (b = j.value) == null ? void 0 : b.dimensions.height;
        },
        () => {
          var b;
          return (b = j.value) == null ? void 0 : b.dimensions.width;
        }
      ],
      ([b, I, C, Q, te, se]) => {
        const re = {
          x: b,
          y: I,
          z: se + (h.value && E.selected ? 1e3 : 0)
        };
        typeof C < "u" && typeof Q < "u" ? E.computedPosition = qc({ x: C, y: Q, z: te }, re) : E.computedPosition = re;
      },
      { flush: "post", immediate: !0 }
    ), Se([() => E.extent, d], ([b, I], [C, Q]) => {
      (b !== C || I !== Q) && Z();
    }), E.extent === "parent" || typeof E.extent == "object" && "range" in E.extent && E.extent.range === "parent" ? _o(() => oe).toBe(!0).then(Z) : Z(), () => E.hidden ? null : Ee(
      "div",
      {
        ref: z,
        "data-id": E.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${ae.value === !1 ? "default" : E.type || "default"}`,
          {
            [n.value]: M.value,
            dragging: he == null ? void 0 : he.value,
            draggable: M.value,
            selected: E.selected,
            selectable: H.value,
            parent: E.isParent
          },
          pe.value
        ],
        style: {
          visibility: oe.value ? "visible" : "hidden",
          zIndex: E.computedPosition.z ?? G.value,
          transform: `translate(${E.computedPosition.x}px,${E.computedPosition.y}px)`,
          pointerEvents: X.value ? "all" : "none",
          ...ee.value
        },
        tabIndex: W.value ? 0 : void 0,
        role: W.value ? "group" : void 0,
        "aria-describedby": k.value ? void 0 : `${Br}-${t}`,
        "aria-label": E.ariaLabel,
        "aria-roledescription": "node",
        ...E.domAttributes,
        onMouseenter: Ce,
        onMousemove: ve,
        onMouseleave: be,
        onContextmenu: ce,
        onClick: x,
        onDblclick: ue,
        onKeydown: p
      },
      [
        Ee(ae.value === !1 ? f.value.default : ae.value, {
          id: E.id,
          type: E.type,
          data: E.data,
          events: { ...E.events, ...R },
          selected: E.selected,
          resizing: E.resizing,
          dragging: he.value,
          connectable: Y.value,
          position: E.computedPosition,
          dimensions: E.dimensions,
          isValidTargetPos: E.isValidTargetPos,
          isValidSourcePos: E.isValidSourcePos,
          parent: E.parentNode,
          parentNodeId: E.parentNode,
          zIndex: E.computedPosition.z ?? G.value,
          targetPosition: E.targetPosition,
          sourcePosition: E.sourcePosition,
          label: E.label,
          dragHandle: E.dragHandle,
          onUpdateNodeInternals: xe
        })
      ]
    );
    function Z() {
      const b = E.computedPosition, { computedPosition: I, position: C } = Wo(
        E,
        m.value ? to(b, y.value) : b,
        s.error,
        d.value,
        j.value
      );
      (E.computedPosition.x !== I.x || E.computedPosition.y !== I.y) && (E.computedPosition = { ...E.computedPosition, ...I }), (E.position.x !== C.x || E.position.y !== C.y) && (E.position = C);
    }
    function xe() {
      z.value && u([{ id: e.id, nodeElement: z.value, forceUpdate: !0 }]);
    }
    function Ce(b) {
      he != null && he.value || _.mouseEnter({ event: b, node: E });
    }
    function ve(b) {
      he != null && he.value || _.mouseMove({ event: b, node: E });
    }
    function be(b) {
      he != null && he.value || _.mouseLeave({ event: b, node: E });
    }
    function ce(b) {
      return _.contextMenu({ event: b, node: E });
    }
    function ue(b) {
      return _.doubleClick({ event: b, node: E });
    }
    function x(b) {
      H.value && (!o.value || !M.value || $.value > 0) && Do(
        E,
        r.value,
        a,
        l,
        i,
        !1,
        z.value
      ), _.click({ event: b, node: E });
    }
    function p(b) {
      if (!(Ao(b) || k.value))
        if (Vr.includes(b.key) && H.value) {
          const I = b.key === "Escape";
          Do(
            E,
            r.value,
            a,
            l,
            i,
            I,
            z.value
          );
        } else M.value && E.selected && Lt[b.key] && (b.preventDefault(), w.value = `Moved selected node ${b.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~E.position.x}, y: ${~~E.position.y}`, F(
          {
            x: Lt[b.key].x,
            y: Lt[b.key].y
          },
          b.shiftKey
        ));
    }
  }
}), Of = zf;
function Bf(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Pe();
  return J(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Rf = { class: "vue-flow__nodes vue-flow__container" }, Vf = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Hf = /* @__PURE__ */ ze({
  ...Vf,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Pe(), i = Bf(), r = ye();
    return Se(
      i,
      (s) => {
        s && Ye(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), st(() => {
      r.value = new ResizeObserver((s) => {
        const l = s.map((a) => ({
          id: a.target.getAttribute("data-id"),
          nodeElement: a.target,
          forceUpdate: !0
        }));
        Ye(() => n(l));
      });
    }), gn(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, l) => (T(), D("div", Rf, [
      r.value ? (T(!0), D(ge, { key: 0 }, De(V(t), (a, u, c, f) => {
        const d = [a.id];
        if (f && f.key === a.id && Ts(f, d))
          return f;
        const h = (T(), He(V(Of), {
          id: a.id,
          key: a.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = d, h;
      }, l, 0), 128)) : de("", !0)
    ]));
  }
});
function Lf() {
  const { emits: e } = Pe();
  st(() => {
    if (jr()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Le(Ve.MISSING_STYLES));
    }
  });
}
const Ff = /* @__PURE__ */ N("div", { class: "vue-flow__edge-labels" }, null, -1), Yf = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Xf = /* @__PURE__ */ ze({
  ...Yf,
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
    const o = e, i = Cs(), r = ao(o, "modelValue", n), s = ao(o, "nodes", n), l = ao(o, "edges", n), a = Pe(o), u = xd({ modelValue: r, nodes: s, edges: l }, o, a);
    return _d(n, a.hooks), xf(), Lf(), It(no, i), Ms(u), t(a), (c, f) => (T(), D("div", {
      ref: V(a).vueFlowRef,
      class: "vue-flow"
    }, [
      le(vf, null, {
        default: Xe(() => [
          le(Df),
          Ff,
          le(Hf),
          Ge(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Ge(c.$slots, "default"),
      le(wf)
    ], 512));
  }
}), Gf = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, Gi = /* @__PURE__ */ ze({
  ...Gf,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Pe(), o = J(() => `${t.position}`.split("-"));
    return (i, r) => (T(), D("div", {
      class: Be(["vue-flow__panel", o.value]),
      style: Ae({ pointerEvents: V(n) ? "none" : "all" })
    }, [
      Ge(i.$slots, "default")
    ], 6));
  }
});
var ht = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(ht || {});
const fs = function({ dimensions: e, size: t, color: n }) {
  return Ee("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, hs = function({ radius: e, color: t }) {
  return Ee("circle", { cx: e, cy: e, r: e, fill: t });
};
ht.Lines + "", ht.Dots + "";
const qf = {
  [ht.Dots]: "#81818a",
  [ht.Lines]: "#eee"
}, Uf = ["id", "x", "y", "width", "height", "patternTransform"], Wf = {
  key: 2,
  height: "100",
  width: "100"
}, Kf = ["fill"], Zf = ["x", "y", "fill"], Qf = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, Jf = /* @__PURE__ */ ze({
  ...Qf,
  props: {
    id: {},
    variant: { default: () => ht.Dots },
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
    const { id: t, viewport: n } = Pe(), o = J(() => {
      const s = n.value.zoom, [l, a] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [l * s || 1, a * s || 1], c = e.size * s, [f, d] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [f * s || 1 + u[0] / 2, d * s || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: h,
        size: c
      };
    }), i = Te(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Te(() => e.color || e.patternColor || qf[e.variant || ht.Dots]);
    return (s, l) => (T(), D("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Ae({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Ge(s.$slots, "pattern-container", { id: i.value }, () => [
        N("pattern", {
          id: i.value,
          x: V(n).x % o.value.scaledGap[0],
          y: V(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Ge(s.$slots, "pattern", {}, () => [
            s.variant === V(ht).Lines ? (T(), He(V(fs), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === V(ht).Dots ? (T(), He(V(hs), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : de("", !0),
            s.bgColor ? (T(), D("svg", Wf, [
              N("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Kf)
            ])) : de("", !0)
          ])
        ], 8, Uf)
      ]),
      N("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Zf),
      Ge(s.$slots, "default", { id: i.value })
    ], 4));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const jf = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
var Mn = {
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
const eh = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: s, ...l }, { slots: a }) => Ee(
  "svg",
  {
    ...Mn,
    width: e || Mn.width,
    height: e || Mn.height,
    stroke: o || Mn.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${jf(r ?? "icon")}`],
    ...l
  },
  [...i.map((u) => Ee(...u)), ...a.default ? [a.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const _e = (e, t) => (n, { slots: o }) => Ee(
  eh,
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
const th = _e("AudioLinesIcon", [
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
const nh = _e("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const oh = _e("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ih = _e("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const qi = _e("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const rh = _e("ClapperboardIcon", [
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
const sh = _e("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const lh = _e("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ah = _e("CpuIcon", [
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
const uh = _e("FilmIcon", [
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
const ch = _e("HistoryIcon", [
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
const dh = _e("ImageIcon", [
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
const fh = _e("LayersIcon", [
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
const hh = _e("Link2Icon", [
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
const vh = _e("ListOrderedIcon", [
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
const mh = _e("Maximize2Icon", [
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
const gh = _e("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ph = _e("MicIcon", [
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
const yh = _e("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const wh = _e("PaletteIcon", [
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
const xh = _e("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const bh = _e("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const _h = _e("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const kh = _e("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Sh = _e("ScanEyeIcon", [
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
const Eh = _e("ScrollTextIcon", [
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
const $h = _e("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Nh = _e("SlidersHorizontalIcon", [
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
const Ch = _e("SparklesIcon", [
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
const Mh = _e("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ih = _e("StarIcon", [
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
const Th = _e("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ah = _e("TimerIcon", [
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
const Ph = _e("Trash2Icon", [
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
const Dh = _e("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const zh = _e("UploadIcon", [
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
const Oh = _e("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Bh = _e("WorkflowIcon", [
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
const Rh = _e("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Ie = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: rh,
      "user-round": Oh,
      palette: wh,
      timer: Ah,
      image: dh,
      "sticky-note": Th,
      mic: ph,
      "sliders-horizontal": Nh,
      cpu: ah,
      workflow: Bh,
      "list-ordered": vh,
      "scroll-text": Eh,
      "audio-lines": th,
      "scan-eye": Sh,
      play: bh,
      square: Mh,
      trash: Ph,
      copy: lh,
      comment: gh,
      check: nh,
      x: Rh,
      left: oh,
      right: ih,
      star: Ih,
      sparkles: Ch,
      search: $h,
      history: ch,
      fit: mh,
      plus: _h,
      minus: yh,
      undo: Dh,
      redo: kh,
      dot: qi,
      film: uh,
      upload: zh,
      link: hh,
      pause: xh,
      clock: sh,
      layers: fh
    }, n = e, o = J(() => t[n.name] || qi);
    return (i, r) => (T(), He(sr(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Vh = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, Hh = ["data-kind", "data-sub", "aria-label", "onPointerdown"], Lh = { class: "mx-tip" }, Fh = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = ye(null), i = { intent: "#00e5ff", comp: "#ffc947", activity: "#64ffda", narration: "#9c88ff", visual_narration: "#9c88ff" };
    let r = null;
    function s(u, c, f) {
      u.button === 0 && (u.preventDefault(), r = { x: u.clientX, y: u.clientY, group: c, item: f, moved: !1 }, window.addEventListener("pointermove", l), window.addEventListener("pointerup", a, { once: !0 }));
    }
    function l(u) {
      r && (!r.moved && Math.hypot(u.clientX - r.x, u.clientY - r.y) < 4 || (r.moved = !0, o.value = { x: u.clientX, y: u.clientY, label: r.item.label, icon: r.item.icon, color: i[r.group.kind] }));
    }
    function a(u) {
      window.removeEventListener("pointermove", l);
      const c = r;
      r = null, o.value = null, c && n("place", { kind: c.group.kind, sub: c.item.sub, clientX: u.clientX, clientY: u.clientY, dragged: c.moved });
    }
    return (u, c) => (T(), D(ge, null, [
      N("nav", Vh, [
        c[0] || (c[0] = N("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          N("span", null, "m"),
          N("i")
        ], -1)),
        (T(!0), D(ge, null, De(e.groups, (f) => (T(), D("div", {
          key: f.kind,
          class: "mx-pal-group",
          style: Ae({ "--accent": i[f.kind] })
        }, [
          (T(!0), D(ge, null, De(f.items, (d) => (T(), D("button", {
            key: d.sub,
            class: "mx-pal-item",
            "data-kind": f.kind,
            "data-sub": d.sub,
            "aria-label": d.label,
            onPointerdown: (h) => s(h, f, d)
          }, [
            le(Ie, {
              name: d.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"]),
            N("span", Lh, U(d.label), 1)
          ], 40, Hh))), 128))
        ], 4))), 128))
      ]),
      o.value ? (T(), D("div", {
        key: 0,
        class: "mx-ghost",
        style: Ae({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        le(Ie, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Oe(" " + U(o.value.label), 1)
      ], 4)) : de("", !0)
    ], 64));
  }
}, Yh = ["width", "height"], Xh = {
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
    const t = e, n = ye(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, r = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, s = 0;
    function l() {
      let w = 1 / 0, m = 1 / 0, y = -1 / 0, $ = -1 / 0;
      for (const g of t.blocks.values())
        g.x < w && (w = g.x), g.y < m && (m = g.y), g.x + g.w > y && (y = g.x + g.w), g.y + g.h > $ && ($ = g.y + g.h);
      return w === 1 / 0 ? null : { x0: w, y0: m, x1: y, y1: $ };
    }
    function a() {
      s = 0;
      const w = n.value;
      if (!w) return;
      const m = w.getContext("2d"), y = w.width, $ = w.height, g = t.flow.viewport.value, v = t.flow.dimensions.value, P = { x0: -g.x / g.zoom, y0: -g.y / g.zoom, x1: (v.width - g.x) / g.zoom, y1: (v.height - g.y) / g.zoom };
      i === null && (i = l() || P);
      const O = { x0: Math.min(i.x0, P.x0), y0: Math.min(i.y0, P.y0), x1: Math.max(i.x1, P.x1), y1: Math.max(i.y1, P.y1) }, B = Math.max(O.x1 - O.x0, O.y1 - O.y0) * 0.04;
      O.x0 -= B, O.y0 -= B, O.x1 += B, O.y1 += B;
      const z = Math.min(y / (O.x1 - O.x0), $ / (O.y1 - O.y0));
      r = { x0: O.x0, y0: O.y0, scale: z, ox: (y - (O.x1 - O.x0) * z) / 2, oy: ($ - (O.y1 - O.y0) * z) / 2 }, m.clearRect(0, 0, y, $), m.globalAlpha = 0.75;
      for (const j of t.blocks.values())
        m.fillStyle = t.colorOf(j), m.fillRect(r.ox + (j.x - O.x0) * z, r.oy + (j.y - O.y0) * z, Math.max(1, j.w * z), Math.max(1, j.h * z));
      m.globalAlpha = 1;
      const K = r.ox + (P.x0 - O.x0) * z, q = r.oy + (P.y0 - O.y0) * z, F = (P.x1 - P.x0) * z, E = (P.y1 - P.y0) * z;
      m.fillStyle = "rgba(10,10,11,0.62)", m.beginPath(), m.rect(0, 0, y, $), m.rect(K, q, F, E), m.fill("evenodd"), m.strokeStyle = "rgba(0,229,255,0.5)", m.lineWidth = o, m.strokeRect(K + o / 2, q + o / 2, F - o, E - o);
    }
    function u(w) {
      w && (i = null), s || (s = requestAnimationFrame(a));
    }
    Se(() => t.rev, () => u(!0)), Se(() => t.flow.viewport.value, () => u(!1)), Se(() => t.flow.dimensions.value, () => u(!1)), st(() => u(!0)), gn(() => s && cancelAnimationFrame(s));
    function c(w) {
      const m = n.value.getBoundingClientRect(), y = (w.clientX - m.left) * o, $ = (w.clientY - m.top) * o;
      return { x: (y - r.ox) / r.scale + r.x0, y: ($ - r.oy) / r.scale + r.y0 };
    }
    function f(w, m) {
      const y = t.flow.dimensions.value, $ = m ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: y.width / 2 - w.x * $, y: y.height / 2 - w.y * $, zoom: $ });
    }
    function d(w) {
      w.button === 0 && (n.value.setPointerCapture(w.pointerId), f(c(w)));
    }
    function h(w) {
      w.buttons & 1 && f(c(w));
    }
    function k(w) {
      const m = t.flow.viewport.value, y = t.flow.dimensions.value, $ = { x: (y.width / 2 - m.x) / m.zoom, y: (y.height / 2 - m.y) / m.zoom }, g = Math.max(0.05, Math.min(3, m.zoom * Math.exp(-w.deltaY * 15e-4)));
      f($, g);
    }
    return (w, m) => (T(), D("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * V(o),
      height: e.height * V(o),
      style: Ae({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: d,
      onPointermove: h,
      onWheel: we(k, ["prevent", "stop"])
    }, null, 44, Yh));
  }
}, Gh = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = J(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (T(), D("div", {
      key: 0,
      class: "mx-cursors",
      style: Ae({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (T(!0), D(ge, null, De(e.users, (r) => (T(), D("div", {
        key: r.id,
        class: "mx-cursor",
        style: Ae({ left: `${r.cursor.x}px`, top: `${r.cursor.y}px`, "--c": r.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = N("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          N("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        N("span", null, U(r.name), 1)
      ], 4))), 128))
    ], 4)) : de("", !0);
  }
}, vs = Symbol("multiplex-store");
function qh(e) {
  const t = Ro({
    me: { id: "", name: "", color: "#00e5ff" },
    board: "",
    sequence: [],
    comments: [],
    snapshots: [],
    activity: { peers: [], running: [], queue: [], log: [] },
    users: [],
    openComments: null,
    // block id whose thread is open
    token: "",
    choices: {},
    // intent panel vocabularies (shot_size, angle, camera_move, transition) from the schema
    lod: 0
    // level of detail: 0 full blocks, 1 light cards (kind, title), 2 rectangles
  }), n = J(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = J(() => Wi(t.comments, (u) => [u.block])), i = J(() => Wi(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), r = (u) => o.value.get(u) || Ui, s = (u) => i.value.get(u) || Ui;
  let l = 0;
  return { state: t, send: (u, c = {}) => (l += 1, e("command", { op: u, req: l, ...c }), l), seqIndex: n, commentsOf: r, othersOn: s };
}
const Ui = Object.freeze([]);
function Wi(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const r = n.get(i);
      r ? r.push(o) : n.set(i, [o]);
    }
  return n;
}
function zt() {
  return kt(vs);
}
const Pt = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, Wn = {
  intent: "#00e5ff",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function Ki(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function Jo(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const Uh = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" };
function jo(e) {
  const t = e.data || {}, n = t.kind === "intent" ? Pt[(t.status || {}).state] || Pt.idle : Wn[t.kind] || "#333";
  return Ee("div", {
    class: ["mx-lod", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "1"
  }, [
    Ee("div", { class: "mx-lod-kind" }, t.kind === "intent" || t.kind === "comp" ? t.sub : Uh[t.kind] || t.kind),
    Ee("div", { class: "mx-lod-title" }, t.title || t.sub)
  ]);
}
jo.props = ["id", "data", "selected"];
jo.inheritAttrs = !1;
function ei(e) {
  const t = e.data || {}, n = t.kind === "intent" ? Pt[(t.status || {}).state] || Pt.idle : Wn[t.kind] || "#333";
  return Ee("div", {
    class: ["mx-lod mx-rect", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "2"
  });
}
ei.props = ["id", "data", "selected"];
ei.inheritAttrs = !1;
var Oo = "http://www.w3.org/1999/xhtml";
const Zi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Oo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function ms(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Zi.hasOwnProperty(t) ? { space: Zi[t], local: e } : e;
}
function Wh(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Oo && t.documentElement.namespaceURI === Oo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Kh(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function gs(e) {
  var t = ms(e);
  return (t.local ? Kh : Wh)(t);
}
function Zh() {
}
function ps(e) {
  return e == null ? Zh : function() {
    return this.querySelector(e);
  };
}
function Qh(e) {
  typeof e != "function" && (e = ps(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = new Array(s), a, u, c = 0; c < s; ++c)
      (a = r[c]) && (u = e.call(a, a.__data__, c, r)) && ("__data__" in a && (u.__data__ = a.__data__), l[c] = u);
  return new Ze(o, this._parents);
}
function Jh(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function jh() {
  return [];
}
function ev(e) {
  return e == null ? jh : function() {
    return this.querySelectorAll(e);
  };
}
function tv(e) {
  return function() {
    return Jh(e.apply(this, arguments));
  };
}
function nv(e) {
  typeof e == "function" ? e = tv(e) : e = ev(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], l = s.length, a, u = 0; u < l; ++u)
      (a = s[u]) && (o.push(e.call(a, a.__data__, u, s)), i.push(a));
  return new Ze(o, i);
}
function ov(e) {
  return function() {
    return this.matches(e);
  };
}
function ys(e) {
  return function(t) {
    return t.matches(e);
  };
}
var iv = Array.prototype.find;
function rv(e) {
  return function() {
    return iv.call(this.children, e);
  };
}
function sv() {
  return this.firstElementChild;
}
function lv(e) {
  return this.select(e == null ? sv : rv(typeof e == "function" ? e : ys(e)));
}
var av = Array.prototype.filter;
function uv() {
  return Array.from(this.children);
}
function cv(e) {
  return function() {
    return av.call(this.children, e);
  };
}
function dv(e) {
  return this.selectAll(e == null ? uv : cv(typeof e == "function" ? e : ys(e)));
}
function fv(e) {
  typeof e != "function" && (e = ov(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = [], a, u = 0; u < s; ++u)
      (a = r[u]) && e.call(a, a.__data__, u, r) && l.push(a);
  return new Ze(o, this._parents);
}
function ws(e) {
  return new Array(e.length);
}
function hv() {
  return new Ze(this._enter || this._groups.map(ws), this._parents);
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
function vv(e) {
  return function() {
    return e;
  };
}
function mv(e, t, n, o, i, r) {
  for (var s = 0, l, a = t.length, u = r.length; s < u; ++s)
    (l = t[s]) ? (l.__data__ = r[s], o[s] = l) : n[s] = new Kn(e, r[s]);
  for (; s < a; ++s)
    (l = t[s]) && (i[s] = l);
}
function gv(e, t, n, o, i, r, s) {
  var l, a, u = /* @__PURE__ */ new Map(), c = t.length, f = r.length, d = new Array(c), h;
  for (l = 0; l < c; ++l)
    (a = t[l]) && (d[l] = h = s.call(a, a.__data__, l, t) + "", u.has(h) ? i[l] = a : u.set(h, a));
  for (l = 0; l < f; ++l)
    h = s.call(e, r[l], l, r) + "", (a = u.get(h)) ? (o[l] = a, a.__data__ = r[l], u.delete(h)) : n[l] = new Kn(e, r[l]);
  for (l = 0; l < c; ++l)
    (a = t[l]) && u.get(d[l]) === a && (i[l] = a);
}
function pv(e) {
  return e.__data__;
}
function yv(e, t) {
  if (!arguments.length) return Array.from(this, pv);
  var n = t ? gv : mv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = vv(e));
  for (var r = i.length, s = new Array(r), l = new Array(r), a = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], f = i[u], d = f.length, h = wv(e.call(c, c && c.__data__, u, o)), k = h.length, w = l[u] = new Array(k), m = s[u] = new Array(k), y = a[u] = new Array(d);
    n(c, f, w, m, y, h, t);
    for (var $ = 0, g = 0, v, P; $ < k; ++$)
      if (v = w[$]) {
        for ($ >= g && (g = $ + 1); !(P = m[g]) && ++g < k; ) ;
        v._next = P || null;
      }
  }
  return s = new Ze(s, o), s._enter = l, s._exit = a, s;
}
function wv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function xv() {
  return new Ze(this._exit || this._groups.map(ws), this._parents);
}
function bv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function _v(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), l = new Array(i), a = 0; a < s; ++a)
    for (var u = n[a], c = o[a], f = u.length, d = l[a] = new Array(f), h, k = 0; k < f; ++k)
      (h = u[k] || c[k]) && (d[k] = h);
  for (; a < i; ++a)
    l[a] = n[a];
  return new Ze(l, this._parents);
}
function kv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Sv(e) {
  e || (e = Ev);
  function t(f, d) {
    return f && d ? e(f.__data__, d.__data__) : !f - !d;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], l = s.length, a = i[r] = new Array(l), u, c = 0; c < l; ++c)
      (u = s[c]) && (a[c] = u);
    a.sort(t);
  }
  return new Ze(i, this._parents).order();
}
function Ev(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function $v() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Nv() {
  return Array.from(this);
}
function Cv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function Mv() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Iv() {
  return !this.node();
}
function Tv(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, l; r < s; ++r)
      (l = i[r]) && e.call(l, l.__data__, r, i);
  return this;
}
function Av(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Pv(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Dv(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function zv(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Ov(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Bv(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Rv(e, t) {
  var n = ms(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Pv : Av : typeof t == "function" ? n.local ? Bv : Ov : n.local ? zv : Dv)(n, t));
}
function xs(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Vv(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Hv(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Lv(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Fv(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Vv : typeof t == "function" ? Lv : Hv)(e, t, n ?? "")) : Yv(this.node(), e);
}
function Yv(e, t) {
  return e.style.getPropertyValue(t) || xs(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Xv(e) {
  return function() {
    delete this[e];
  };
}
function Gv(e, t) {
  return function() {
    this[e] = t;
  };
}
function qv(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Uv(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Xv : typeof t == "function" ? qv : Gv)(e, t)) : this.node()[e];
}
function bs(e) {
  return e.trim().split(/^|\s+/);
}
function ti(e) {
  return e.classList || new _s(e);
}
function _s(e) {
  this._node = e, this._names = bs(e.getAttribute("class") || "");
}
_s.prototype = {
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
function ks(e, t) {
  for (var n = ti(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Ss(e, t) {
  for (var n = ti(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function Wv(e) {
  return function() {
    ks(this, e);
  };
}
function Kv(e) {
  return function() {
    Ss(this, e);
  };
}
function Zv(e, t) {
  return function() {
    (t.apply(this, arguments) ? ks : Ss)(this, e);
  };
}
function Qv(e, t) {
  var n = bs(e + "");
  if (arguments.length < 2) {
    for (var o = ti(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Zv : t ? Wv : Kv)(n, t));
}
function Jv() {
  this.textContent = "";
}
function jv(e) {
  return function() {
    this.textContent = e;
  };
}
function em(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function tm(e) {
  return arguments.length ? this.each(e == null ? Jv : (typeof e == "function" ? em : jv)(e)) : this.node().textContent;
}
function nm() {
  this.innerHTML = "";
}
function om(e) {
  return function() {
    this.innerHTML = e;
  };
}
function im(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function rm(e) {
  return arguments.length ? this.each(e == null ? nm : (typeof e == "function" ? im : om)(e)) : this.node().innerHTML;
}
function sm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function lm() {
  return this.each(sm);
}
function am() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function um() {
  return this.each(am);
}
function cm(e) {
  var t = typeof e == "function" ? e : gs(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function dm() {
  return null;
}
function fm(e, t) {
  var n = typeof e == "function" ? e : gs(e), o = t == null ? dm : typeof t == "function" ? t : ps(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function hm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function vm() {
  return this.each(hm);
}
function mm() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function gm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function pm(e) {
  return this.select(e ? gm : mm);
}
function ym(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function wm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function xm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function bm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function _m(e, t, n) {
  return function() {
    var o = this.__on, i, r = wm(t);
    if (o) {
      for (var s = 0, l = o.length; s < l; ++s)
        if ((i = o[s]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function km(e, t, n) {
  var o = xm(e + ""), i, r = o.length, s;
  if (arguments.length < 2) {
    var l = this.node().__on;
    if (l) {
      for (var a = 0, u = l.length, c; a < u; ++a)
        for (i = 0, c = l[a]; i < r; ++i)
          if ((s = o[i]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (l = t ? _m : bm, i = 0; i < r; ++i) this.each(l(o[i], t, n));
  return this;
}
function Es(e, t, n) {
  var o = xs(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Sm(e, t) {
  return function() {
    return Es(this, e, t);
  };
}
function Em(e, t) {
  return function() {
    return Es(this, e, t.apply(this, arguments));
  };
}
function $m(e, t) {
  return this.each((typeof t == "function" ? Em : Sm)(e, t));
}
function* Nm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Cm = [null];
function Ze(e, t) {
  this._groups = e, this._parents = t;
}
function Mm() {
  return this;
}
Ze.prototype = {
  constructor: Ze,
  select: Qh,
  selectAll: nv,
  selectChild: lv,
  selectChildren: dv,
  filter: fv,
  data: yv,
  enter: hv,
  exit: xv,
  join: bv,
  merge: _v,
  selection: Mm,
  order: kv,
  sort: Sv,
  call: $v,
  nodes: Nv,
  node: Cv,
  size: Mv,
  empty: Iv,
  each: Tv,
  attr: Rv,
  style: Fv,
  property: Uv,
  classed: Qv,
  text: tm,
  html: rm,
  raise: lm,
  lower: um,
  append: cm,
  insert: fm,
  remove: vm,
  clone: pm,
  datum: ym,
  on: km,
  dispatch: $m,
  [Symbol.iterator]: Nm
};
function vn(e) {
  return typeof e == "string" ? new Ze([[document.querySelector(e)]], [document.documentElement]) : new Ze([[e]], Cm);
}
function Im(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function Qi(e, t) {
  if (e = Im(e), t === void 0 && (t = e.currentTarget), t) {
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
var Tm = { value: () => {
} };
function $s() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Bn(n);
}
function Bn(e) {
  this._ = e;
}
function Am(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Bn.prototype = $s.prototype = {
  constructor: Bn,
  on: function(e, t) {
    var n = this._, o = Am(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = Pm(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = Ji(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = Ji(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new Bn(e);
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
function Pm(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Ji(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Tm, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const Dm = { passive: !1 }, mn = { capture: !0, passive: !1 };
function xo(e) {
  e.stopImmediatePropagation();
}
function Ft(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function zm(e) {
  var t = e.document.documentElement, n = vn(e).on("dragstart.drag", Ft, mn);
  "onselectstart" in t ? n.on("selectstart.drag", Ft, mn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Om(e, t) {
  var n = e.document.documentElement, o = vn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ft, mn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const In = (e) => () => e;
function Bo(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: s,
  y: l,
  dx: a,
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
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: l, enumerable: !0, configurable: !0 },
    dx: { value: a, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Bo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Bm(e) {
  return !e.ctrlKey && !e.button;
}
function Rm() {
  return this.parentNode;
}
function Vm(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Hm() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Lm() {
  var e = Bm, t = Rm, n = Vm, o = Hm, i = {}, r = $s("start", "drag", "end"), s = 0, l, a, u, c, f = 0;
  function d(v) {
    v.on("mousedown.drag", h).filter(o).on("touchstart.drag", m).on("touchmove.drag", y, Dm).on("touchend.drag touchcancel.drag", $).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(v, P) {
    if (!(c || !e.call(this, v, P))) {
      var O = g(this, t.call(this, v, P), v, P, "mouse");
      O && (vn(v.view).on("mousemove.drag", k, mn).on("mouseup.drag", w, mn), zm(v.view), xo(v), u = !1, l = v.clientX, a = v.clientY, O("start", v));
    }
  }
  function k(v) {
    if (Ft(v), !u) {
      var P = v.clientX - l, O = v.clientY - a;
      u = P * P + O * O > f;
    }
    i.mouse("drag", v);
  }
  function w(v) {
    vn(v.view).on("mousemove.drag mouseup.drag", null), Om(v.view, u), Ft(v), i.mouse("end", v);
  }
  function m(v, P) {
    if (e.call(this, v, P)) {
      var O = v.changedTouches, B = t.call(this, v, P), z = O.length, K, q;
      for (K = 0; K < z; ++K)
        (q = g(this, B, v, P, O[K].identifier, O[K])) && (xo(v), q("start", v, O[K]));
    }
  }
  function y(v) {
    var P = v.changedTouches, O = P.length, B, z;
    for (B = 0; B < O; ++B)
      (z = i[P[B].identifier]) && (Ft(v), z("drag", v, P[B]));
  }
  function $(v) {
    var P = v.changedTouches, O = P.length, B, z;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), B = 0; B < O; ++B)
      (z = i[P[B].identifier]) && (xo(v), z("end", v, P[B]));
  }
  function g(v, P, O, B, z, K) {
    var q = r.copy(), F = Qi(K || O, P), E, j, _;
    if ((_ = n.call(v, new Bo("beforestart", {
      sourceEvent: O,
      target: d,
      identifier: z,
      active: s,
      x: F[0],
      y: F[1],
      dx: 0,
      dy: 0,
      dispatch: q
    }), B)) != null)
      return E = _.x - F[0] || 0, j = _.y - F[1] || 0, function R(M, H, Y) {
        var W = F, X;
        switch (M) {
          case "start":
            i[z] = R, X = s++;
            break;
          case "end":
            delete i[z], --s;
          case "drag":
            F = Qi(Y || H, P), X = s;
            break;
        }
        q.call(
          M,
          v,
          new Bo(M, {
            sourceEvent: H,
            subject: _,
            target: d,
            identifier: z,
            active: X,
            x: F[0] + E,
            y: F[1] + j,
            dx: F[0] - W[0],
            dy: F[1] - W[1],
            dispatch: q
          }),
          B
        );
      };
  }
  return d.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : In(!!v), d) : e;
  }, d.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : In(v), d) : t;
  }, d.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : In(v), d) : n;
  }, d.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : In(!!v), d) : o;
  }, d.on = function() {
    var v = r.on.apply(r, arguments);
    return v === r ? d : v;
  }, d.clickDistance = function(v) {
    return arguments.length ? (f = (v = +v) * v, d) : Math.sqrt(f);
  }, d;
}
var Dt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Dt || {});
function Fm({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const s = e - t, l = n - o, a = [s > 0 ? 1 : s < 0 ? -1 : 0, l > 0 ? 1 : l < 0 ? -1 : 0];
  return s && i && (a[0] = a[0] * -1), l && r && (a[1] = a[1] * -1), a;
}
const Ym = {
  [Dt.Line]: "right",
  [Dt.Handle]: "bottom-right"
}, Xm = {
  [Dt.Line]: "borderColor",
  [Dt.Handle]: "backgroundColor"
}, Gm = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, ji = /* @__PURE__ */ ze({
  ...Gm,
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
    }, { findNode: r, emits: s, viewport: l, noDragClassName: a } = Pe(), u = ns(), c = ye();
    let f = i, d = o;
    const h = Te(() => n.position ?? Ym[n.variant]), k = J(() => h.value.split("-")), w = Te(() => n.color ? { [Xm[n.variant]]: n.color } : {});
    return Bs((m) => {
      if (!c.value || !n.nodeId)
        return;
      const y = vn(c.value), $ = h.value.includes("right") || h.value.includes("left"), g = h.value.includes("bottom") || h.value.includes("top"), v = h.value.includes("left"), P = h.value.includes("top"), O = Lm().on("start", (B) => {
        const z = r(n.nodeId), { xSnapped: K, ySnapped: q } = u(B);
        d = {
          width: (z == null ? void 0 : z.dimensions.width) ?? 0,
          height: (z == null ? void 0 : z.dimensions.height) ?? 0,
          x: (z == null ? void 0 : z.position.x) ?? 0,
          y: (z == null ? void 0 : z.position.y) ?? 0
        }, f = {
          ...d,
          pointerX: K,
          pointerY: q,
          aspectRatio: d.width / d.height
        }, t("resizeStart", { event: B, params: d });
      }).on("drag", (B) => {
        var z;
        const { xSnapped: K, ySnapped: q } = u(B), F = r(n.nodeId);
        if (F) {
          const E = [], {
            pointerX: j,
            pointerY: _,
            width: R,
            height: M,
            x: H,
            y: Y,
            aspectRatio: W
          } = f, { x: X, y: oe, width: ae, height: he } = d, pe = Math.floor($ ? K - j : 0), ee = Math.floor(g ? q - _ : 0);
          let G = mt(R + (v ? -pe : pe), n.minWidth, n.maxWidth), Z = mt(M + (P ? -ee : ee), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const ue = G / Z;
            let x = W;
            typeof n.keepAspectRatio == "number" && ue !== n.keepAspectRatio && (x = n.keepAspectRatio);
            const p = $ && g, b = $ && !g, I = g && !$;
            G = ue <= x && p || I ? Z * x : G, Z = ue > x && p || b ? G / x : Z, G >= n.maxWidth ? (G = n.maxWidth, Z = n.maxWidth / x) : G <= n.minWidth && (G = n.minWidth, Z = n.minWidth / x), Z >= n.maxHeight ? (Z = n.maxHeight, G = n.maxHeight * x) : Z <= n.minHeight && (Z = n.minHeight, G = n.minHeight * x);
          }
          const xe = G !== ae, Ce = Z !== he;
          if (v || P) {
            const ue = v ? H - (G - R) : H, x = P ? Y - (Z - M) : Y, p = ue !== X && xe, b = x !== oe && Ce;
            if (p || b) {
              const I = {
                id: F.id,
                type: "position",
                from: F.position,
                position: {
                  x: p ? ue : X,
                  y: b ? x : oe
                }
              };
              E.push(I), d.x = I.position.x, d.y = I.position.y;
            }
          }
          if (n.nodeId && (xe || Ce)) {
            const ue = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: G,
                height: Z
              }
            };
            E.push(ue), d.width = G, d.height = Z;
          }
          if (E.length === 0)
            return;
          const ve = Fm({
            width: d.width,
            prevWidth: ae,
            height: d.height,
            prevHeight: he,
            invertX: v,
            invertY: P
          }), be = { ...d, direction: ve };
          if (((z = n.shouldResize) == null ? void 0 : z.call(n, B, be)) === !1)
            return;
          t("resize", { event: B, params: be }), s.nodesChange(E);
        }
      }).on("end", (B) => {
        if (n.nodeId) {
          const z = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: B, params: d }), s.nodesChange([z]);
        }
      });
      y.call(O), m(() => {
        y.on(".drag", null);
      });
    }), (m, y) => (T(), D("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Be(["vue-flow__resize-control", [...k.value, m.variant, V(a)]]),
      style: Ae({
        ...w.value,
        scale: m.variant === V(Dt).Handle ? `${Math.max(1 / V(l).zoom, 1)}` : void 0
      })
    }, [
      Ge(m.$slots, "default")
    ], 6));
  }
}), qm = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Um = /* @__PURE__ */ ze({
  ...qm,
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
    const n = e, { findNode: o, emits: i } = Pe(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], s = ["top", "right", "bottom", "left"], l = kt(Zo, null), a = Te(() => typeof n.nodeId == "string" ? n.nodeId : l), u = J(() => o(a.value));
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
      ([c, f, d, h, k]) => {
        const w = u.value;
        if (w && k) {
          const m = {
            id: w.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: w.dimensions.width,
              height: w.dimensions.height
            }
          };
          c && w.dimensions.width < c && (m.dimensions.width = c), f && w.dimensions.height < f && (m.dimensions.height = f), d && w.dimensions.width > d && (m.dimensions.width = d), h && w.dimensions.height > h && (m.dimensions.height = h), (m.dimensions.width !== w.dimensions.width || m.dimensions.height !== w.dimensions.height) && i.nodesChange([m]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, f) => c.isVisible ? (T(), D(ge, { key: 0 }, [
      (T(), D(ge, null, De(s, (d) => le(ji, {
        key: d,
        class: Be(c.lineClassName),
        style: Ae(c.lineStyle),
        "node-id": a.value,
        position: d,
        variant: V(Dt).Line,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: f[0] || (f[0] = (h) => t("resizeStart", h)),
        onResize: f[1] || (f[1] = (h) => t("resize", h)),
        onResizeEnd: f[2] || (f[2] = (h) => t("resizeEnd", h))
      }, null, 8, ["class", "style", "node-id", "position", "variant", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64)),
      (T(), D(ge, null, De(r, (d) => le(ji, {
        key: d,
        class: Be(c.handleClassName),
        style: Ae(c.handleStyle),
        "node-id": a.value,
        position: d,
        color: c.color,
        "min-width": c.minWidth,
        "min-height": c.minHeight,
        "max-width": c.maxWidth,
        "max-height": c.maxHeight,
        "should-resize": c.shouldResize,
        "keep-aspect-ratio": c.keepAspectRatio,
        "auto-scale": c.autoScale,
        onResizeStart: f[3] || (f[3] = (h) => t("resizeStart", h)),
        onResize: f[4] || (f[4] = (h) => t("resize", h)),
        onResizeEnd: f[5] || (f[5] = (h) => t("resizeEnd", h))
      }, null, 8, ["class", "style", "node-id", "position", "color", "min-width", "min-height", "max-width", "max-height", "should-resize", "keep-aspect-ratio", "auto-scale"])), 64))
    ], 64)) : de("", !0);
  }
}), Wm = ["data-id", "data-kind", "data-sub"], Km = {
  key: 4,
  class: "mx-others"
}, Zm = { class: "mx-head" }, Qm = { class: "mx-kind" }, Jm = { class: "mx-tools nodrag" }, jm = { class: "mx-body" }, eg = { class: "mx-thread-title" }, tg = { class: "mx-comment-meta" }, ng = ["onClick"], og = { class: "mx-comment-text" }, ig = {
  key: 0,
  class: "mx-empty"
}, rg = ["onKeydown"], Wt = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: r } = zt(), s = J(() => i(t.data.id)), l = J(() => s.value.filter((w) => !w.resolved).length), a = J(() => n.openComments === t.data.id), u = J(() => r(t.data.id)), c = ye(""), f = ye(null);
    function d() {
      n.openComments = a.value ? null : t.data.id, n.openComments && Ye(() => f.value && f.value.focus());
    }
    function h() {
      const w = c.value.trim();
      w && (o("comment", { id: t.data.id, text: w }), c.value = "");
    }
    function k(w) {
      const m = w.params || {};
      o("move", { moves: [{ id: t.data.id, x: m.x, y: m.y, w: m.width, h: m.height }] });
    }
    return (w, m) => (T(), D("div", {
      class: Be(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected }]),
      style: Ae({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (T(), He(V(Um), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: "#00e5ff",
        onResizeEnd: k
      }, null, 8, ["min-width", "min-height"])) : de("", !0),
      e.target ? (T(), He(V(xt), {
        key: 1,
        id: "in",
        type: "target",
        position: V(ie).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : de("", !0),
      e.source ? (T(), He(V(xt), {
        key: 2,
        type: "source",
        position: V(ie).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : de("", !0),
      e.data.kind === "intent" ? (T(), D(ge, { key: 3 }, [
        le(V(xt), {
          id: "seq-in",
          type: "target",
          position: V(ie).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        le(V(xt), {
          id: "seq-out",
          type: "source",
          position: V(ie).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : de("", !0),
      u.value.length ? (T(), D("div", Km, [
        (T(!0), D(ge, null, De(u.value, (y) => (T(), D("span", {
          key: y.id,
          class: "mx-other-tag",
          style: Ae({ background: y.color })
        }, U(y.name), 5))), 128))
      ])) : de("", !0),
      N("header", Zm, [
        le(Ie, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        N("span", Qm, U(e.kindLabel), 1),
        m[6] || (m[6] = N("span", { class: "mx-spacer" }, null, -1)),
        Ge(w.$slots, "head"),
        l.value ? (T(), D("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: we(d, ["stop"]),
          title: "Comments"
        }, [
          le(Ie, {
            name: "comment",
            size: 11
          }),
          Oe(U(l.value), 1)
        ])) : de("", !0),
        N("div", Jm, [
          N("button", {
            title: "Comment",
            onClick: we(d, ["stop"])
          }, [
            le(Ie, {
              name: "comment",
              size: 13
            })
          ]),
          N("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: m[0] || (m[0] = we((y) => V(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            le(Ie, {
              name: "copy",
              size: 13
            })
          ]),
          N("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: m[1] || (m[1] = we((y) => V(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            le(Ie, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      N("div", jm, [
        Ge(w.$slots, "default")
      ]),
      Ge(w.$slots, "foot"),
      a.value ? (T(), D("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: m[4] || (m[4] = we(() => {
        }, ["stop"])),
        onKeydown: m[5] || (m[5] = we(() => {
        }, ["stop"]))
      }, [
        N("div", eg, [
          m[7] || (m[7] = Oe("Comments ")),
          N("button", {
            class: "mx-x",
            onClick: m[2] || (m[2] = (y) => V(n).openComments = null)
          }, [
            le(Ie, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (T(!0), D(ge, null, De(s.value, (y) => (T(), D("div", {
          key: y.id,
          class: Be(["mx-comment", { resolved: y.resolved }])
        }, [
          N("div", tg, [
            N("b", null, U(y.author), 1),
            N("span", null, U(V(Jo)(y.created)), 1),
            N("button", {
              class: "mx-resolve",
              onClick: ($) => V(o)("resolve", { id: y.id, resolved: !y.resolved })
            }, U(y.resolved ? "reopen" : "resolve"), 9, ng)
          ]),
          N("div", og, U(y.text), 1)
        ], 2))), 128)),
        s.value.length ? de("", !0) : (T(), D("div", ig, "No comments yet.")),
        on(N("textarea", {
          ref_key: "input",
          ref: f,
          "onUpdate:modelValue": m[3] || (m[3] = (y) => c.value = y),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: ct(we(h, ["exact", "prevent"]), ["enter"])
        }, null, 40, rg), [
          [rn, c.value]
        ])
      ], 32)) : de("", !0)
    ], 14, Wm));
  }
}, sg = ["value", "rows", "placeholder", "data-field"], lg = ["value", "placeholder", "data-field"], er = 450, Nt = {
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
    const t = e, { send: n } = zt(), o = ye(null), i = ye(t.value || "");
    let r = t.value || "", s = null, l = 0, a = null;
    function u() {
      s = null, i.value !== r && (t.merge ? n("text", { id: t.blockId, field: t.field, base: r, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), r = i.value);
    }
    function c(h) {
      i.value = h.target.value, l = Date.now(), s && clearTimeout(s), s = setTimeout(u, 160);
    }
    function f(h) {
      const k = o.value, w = k && document.activeElement === k;
      if (w && (s || Date.now() - l < er)) {
        a = h, setTimeout(() => {
          if (a !== null) {
            const y = a;
            a = null, f(y);
          }
        }, er);
        return;
      }
      if (a = null, h === i.value) {
        r = h;
        return;
      }
      let m = w ? k.selectionStart : null;
      if (m !== null) {
        let y = 0;
        const $ = i.value;
        for (; y < $.length && y < h.length && $[y] === h[y]; ) y++;
        y < m && (m += h.length - $.length);
      }
      i.value = h, r = h, m !== null && requestAnimationFrame(() => {
        try {
          k.setSelectionRange(m, m);
        } catch {
        }
      });
    }
    function d() {
      s && (clearTimeout(s), u());
    }
    return Se(() => t.value, (h) => f(h || "")), gn(() => {
      s && (clearTimeout(s), u());
    }), (h, k) => e.multiline ? (T(), D("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Be(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onBlur: d,
      onKeydown: k[0] || (k[0] = we(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, sg)) : (T(), D("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Be(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onKeydown: [
        k[1] || (k[1] = we(() => {
        }, ["stop"])),
        k[2] || (k[2] = ct((w) => w.target.blur(), ["enter"]))
      ],
      onBlur: d,
      "data-field": e.field
    }, null, 42, lg));
  }
}, ag = { class: "mx-panel-ids" }, ug = { class: "lens" }, cg = ["data-choice"], dg = { class: "k" }, fg = { class: "mx-chips" }, hg = ["data-value", "onClick"], vg = { class: "k" }, mg = {
  __name: "ShotPanel",
  props: { id: String, data: Object },
  setup(e) {
    const t = e, { state: n, send: o } = zt(), i = [
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
    function s(l, a) {
      o("update", { id: t.id, fields: { [l]: t.data[l] === a ? "" : a } });
    }
    return (l, a) => (T(), D("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: a[0] || (a[0] = we(() => {
      }, ["stop"])),
      onKeydown: a[1] || (a[1] = we(() => {
      }, ["stop"]))
    }, [
      N("div", ag, [
        N("label", null, [
          a[2] || (a[2] = N("span", null, "sc", -1)),
          le(Nt, {
            "block-id": e.id,
            field: "scene_no",
            value: e.data.scene_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        N("label", null, [
          a[3] || (a[3] = N("span", null, "sh", -1)),
          le(Nt, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        N("label", ug, [
          a[4] || (a[4] = N("span", null, "lens", -1)),
          le(Nt, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      (T(), D(ge, null, De(i, (u) => N("div", {
        key: u.field,
        class: "mx-panel-row",
        "data-choice": u.field
      }, [
        N("span", dg, U(u.label), 1),
        N("div", fg, [
          (T(!0), D(ge, null, De((V(n).choices[u.field] || []).filter((c) => c), (c) => (T(), D("button", {
            key: c,
            class: Be({ on: e.data[u.field] === c }),
            "data-value": c,
            onClick: we((f) => s(u.field, c), ["stop"])
          }, U(c), 11, hg))), 128))
        ])
      ], 8, cg)), 64)),
      (T(), D(ge, null, De(r, (u) => N("div", {
        key: u.field,
        class: "mx-panel-text"
      }, [
        N("span", vg, U(u.label), 1),
        le(Nt, {
          "block-id": e.id,
          field: u.field,
          value: e.data[u.field],
          merge: u.merge,
          multiline: "",
          rows: 1,
          placeholder: u.ph,
          cls: "mx-panel-area"
        }, null, 8, ["block-id", "field", "value", "merge", "placeholder"])
      ])), 64))
    ], 32));
  }
}, gg = {
  class: "mx-seq nodrag",
  title: "Sequence: move earlier / later"
}, pg = ["title", "data-state"], yg = {
  key: 0,
  class: "mx-progress"
}, wg = { class: "mx-intent-main" }, xg = { class: "mx-intent-text" }, bg = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, _g = ["src"], kg = {
  key: 1,
  class: "mx-thumb"
}, Sg = ["src"], Eg = ["src"], $g = { class: "mx-foot nodrag" }, Ng = { class: "mx-subs" }, Cg = ["title", "onClick"], Mg = {
  class: "mx-dur",
  title: "Duration in seconds"
}, Ig = ["value"], Tg = {
  key: 0,
  class: "mx-reason",
  "data-role": "reason"
}, Ag = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o, seqIndex: i } = zt(), r = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, s = J(() => t.data.status || { state: "idle", label: "idle" }), l = J(() => Pt[s.value.state] || Pt.idle), a = J(() => {
      const m = i.value.get(t.id);
      return m ? String(m).padStart(2, "0") : "—";
    }), u = J(() => {
      const m = t.data.takes || [], y = t.data.chosen || {};
      return m.find(($) => $.id === y.clip) || m.find(($) => $.id === y.still) || null;
    }), c = J(() => ["queued", "claimed", "rendering"].includes(s.value.state));
    function f(m) {
      const y = n.sequence.indexOf(t.id);
      y < 0 || o("reorder", { id: t.id, index: Math.max(0, y + m) });
    }
    const d = ye(!1), h = Pe();
    Se(d, (m) => {
      m && Ye(() => {
        const y = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), $ = document.querySelector(".vue-flow");
        if (!y || !$) return;
        const g = y.getBoundingClientRect().bottom - $.getBoundingClientRect().bottom + 16;
        if (g > 0) {
          const v = h.viewport.value;
          h.setViewport({ x: v.x, y: v.y - g, zoom: v.zoom }, { duration: 200 });
        }
      });
    });
    const k = J(() => {
      const m = t.data;
      return [[m.scene_no && `sc ${m.scene_no}`, m.shot_no && `sh ${m.shot_no}`].filter(Boolean).join(" "), m.shot_size, m.angle, m.camera_move, m.lens, m.transition].filter(Boolean).join(" · ");
    });
    function w(m) {
      const y = parseFloat(m.target.value);
      Number.isFinite(y) && o("update", { id: t.id, fields: { duration_s: y } });
    }
    return (m, y) => (T(), He(Wt, {
      data: e.data,
      selected: e.selected,
      icon: r[e.data.sub],
      "kind-label": e.data.sub,
      edge: l.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      head: Xe(() => [
        N("span", gg, [
          N("button", {
            onClick: y[0] || (y[0] = we(($) => f(-1), ["stop"]))
          }, [
            le(Ie, {
              name: "left",
              size: 11
            })
          ]),
          N("b", null, U(a.value), 1),
          N("button", {
            onClick: y[1] || (y[1] = we(($) => f(1), ["stop"]))
          }, [
            le(Ie, {
              name: "right",
              size: 11
            })
          ])
        ]),
        N("span", {
          class: "mx-status",
          style: Ae({ color: l.value }),
          title: s.value.reason || s.value.msg || "",
          "data-role": "status",
          "data-state": s.value.state
        }, [
          N("i", {
            class: "mx-dot",
            style: Ae({ background: l.value })
          }, null, 4),
          Oe(U(s.value.label), 1),
          s.value.peer ? (T(), D(ge, { key: 0 }, [
            Oe(" · " + U(s.value.peer), 1)
          ], 64)) : de("", !0),
          s.value.state === "rendering" ? (T(), D(ge, { key: 1 }, [
            Oe(U(Math.round((s.value.fraction || 0) * 100)) + "%", 1)
          ], 64)) : de("", !0)
        ], 12, pg)
      ]),
      foot: Xe(() => [
        N("footer", $g, [
          N("div", Ng, [
            (T(), D(ge, null, De(r, ($, g) => N("button", {
              key: g,
              class: Be({ on: e.data.sub === g }),
              title: g,
              onClick: we((v) => V(o)("update", { id: e.id, fields: { sub: g } }), ["stop"])
            }, [
              le(Ie, {
                name: $,
                size: 12
              }, null, 8, ["name"])
            ], 10, Cg)), 64))
          ]),
          N("label", Mg, [
            N("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: w,
              onKeydown: y[3] || (y[3] = we(() => {
              }, ["stop"]))
            }, null, 40, Ig),
            y[7] || (y[7] = Oe("s "))
          ]),
          N("button", {
            class: Be(["mx-panel-toggle", { on: d.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: y[4] || (y[4] = we(($) => d.value = !d.value, ["stop"]))
          }, [
            le(Ie, {
              name: "film",
              size: 12
            })
          ], 2),
          y[10] || (y[10] = N("span", { class: "mx-grow" }, null, -1)),
          c.value ? (T(), D("button", {
            key: 0,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: y[5] || (y[5] = we(($) => V(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            le(Ie, {
              name: "square",
              size: 10
            }),
            y[8] || (y[8] = Oe("Cancel"))
          ])) : (T(), D("button", {
            key: 1,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: y[6] || (y[6] = we(($) => V(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            le(Ie, {
              name: "play",
              size: 11
            }),
            y[9] || (y[9] = Oe("Render"))
          ]))
        ]),
        s.value.state === "failed" ? (T(), D("div", Tg, U(s.value.reason), 1)) : de("", !0),
        d.value ? (T(), He(mg, {
          key: 1,
          id: e.id,
          data: e.data
        }, null, 8, ["id", "data"])) : de("", !0)
      ]),
      default: Xe(() => [
        s.value.fraction !== void 0 && s.value.state !== "idle" ? (T(), D("div", yg, [
          N("div", {
            style: Ae({ width: `${Math.round((s.value.fraction || 0) * 100)}%`, background: l.value })
          }, null, 4)
        ])) : de("", !0),
        N("div", wg, [
          N("div", xg, [
            le(Nt, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            le(Nt, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            k.value ? (T(), D("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: y[2] || (y[2] = we(($) => d.value = !d.value, ["stop"]))
            }, U(k.value), 1)) : de("", !0)
          ]),
          s.value.state === "rendering" && s.value.thumb ? (T(), D("div", bg, [
            N("img", {
              src: s.value.thumb,
              alt: ""
            }, null, 8, _g)
          ])) : u.value ? (T(), D("div", kg, [
            (u.value.mime || "").startsWith("video") ? (T(), D("video", {
              key: 0,
              src: u.value.url,
              muted: "",
              loop: "",
              autoplay: "",
              playsinline: ""
            }, null, 8, Sg)) : (T(), D("img", {
              key: 1,
              src: u.value.url,
              alt: ""
            }, null, 8, Eg))
          ])) : de("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
};
async function Ns(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
  const s = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: r, name: t.name || "" }), l = await fetch(`/canvas/api/upload?${s}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!l.ok) throw new Error(await l.text() || `upload failed (${l.status})`);
  return l.json();
}
const Pg = ["src"], Dg = ["src"], zg = {
  key: 2,
  class: "mx-drop-hint"
}, Og = {
  key: 2,
  class: "mx-voice nodrag"
}, Bg = ["src"], Rg = { class: "k" }, Vg = ["value", "onChange"], Hg = ["onClick"], Lg = { class: "mx-kv add" }, Fg = { id: "mx-directive-keys" }, Yg = ["value"], Xg = {
  key: 4,
  class: "mx-reason"
}, Gg = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = zt(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, s = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], l = J(() => Object.entries(t.data.params || {})), a = ye(""), u = ye(""), c = ye(!1), f = ye(null), d = ye("");
    function h(g, v) {
      const P = { ...t.data.params || {} };
      v === null ? delete P[g] : P[g] = v, o("update", { id: t.id, fields: { params: P } });
    }
    function k() {
      a.value.trim() && (h(a.value.trim(), u.value), a.value = "", u.value = "");
    }
    async function w(g) {
      c.value = !1;
      const v = g.dataTransfer && g.dataTransfer.files && g.dataTransfer.files[0];
      v && (g.preventDefault(), g.stopPropagation(), await m(v));
    }
    async function m(g) {
      d.value = "";
      try {
        await Ns(n.token, g, { block: t.id });
      } catch (v) {
        d.value = String(v.message || v);
      }
    }
    function y(g) {
      const v = g.target.files[0];
      v && m(v);
    }
    async function $() {
      if (f.value) {
        f.value.stop();
        return;
      }
      try {
        const g = await navigator.mediaDevices.getUserMedia({ audio: !0 }), v = new MediaRecorder(g), P = [];
        v.ondataavailable = (O) => P.push(O.data), v.onstop = () => {
          g.getTracks().forEach((O) => O.stop()), f.value = null, m(new Blob(P, { type: v.mimeType || "audio/webm" }));
        }, v.start(), f.value = v;
      } catch (g) {
        d.value = "microphone unavailable: " + (g.message || g);
      }
    }
    return (g, v) => (T(), He(Wt, {
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
      default: Xe(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (T(), D("div", {
          key: 0,
          class: Be(["mx-drop nodrag", { over: c.value }]),
          onDragover: v[0] || (v[0] = we((P) => c.value = !0, ["prevent", "stop"])),
          onDragleave: v[1] || (v[1] = (P) => c.value = !1),
          onDrop: w
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (T(), D("video", {
            key: 0,
            src: e.data.url,
            muted: "",
            loop: "",
            autoplay: "",
            playsinline: ""
          }, null, 8, Pg)) : e.data.url ? (T(), D("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Dg)) : (T(), D("label", zg, [
            le(Ie, {
              name: "upload",
              size: 18
            }),
            v[5] || (v[5] = N("span", null, [
              Oe("Drop an image or "),
              N("u", null, "choose")
            ], -1)),
            N("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: y
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (T(), He(Nt, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (T(), D("div", Og, [
          N("button", {
            class: Be(["mx-rec", { live: f.value }]),
            onClick: we($, ["stop"])
          }, [
            le(Ie, {
              name: f.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Oe(U(f.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (T(), D("audio", {
            key: 0,
            src: e.data.url,
            controls: "",
            preload: "none"
          }, null, 8, Bg)) : de("", !0)
        ])) : e.data.sub === "directive" ? (T(), D("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: v[4] || (v[4] = we(() => {
          }, ["stop"]))
        }, [
          (T(!0), D(ge, null, De(l.value, ([P, O]) => (T(), D("div", {
            key: P,
            class: "mx-kv"
          }, [
            N("span", Rg, U(P), 1),
            N("input", {
              class: "v",
              value: O,
              onChange: (B) => h(P, B.target.value)
            }, null, 40, Vg),
            N("button", {
              onClick: we((B) => h(P, null), ["stop"])
            }, [
              le(Ie, {
                name: "x",
                size: 11
              })
            ], 8, Hg)
          ]))), 128)),
          N("div", Lg, [
            on(N("input", {
              class: "k",
              "onUpdate:modelValue": v[2] || (v[2] = (P) => a.value = P),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: ct(k, ["enter"])
            }, null, 544), [
              [rn, a.value]
            ]),
            on(N("input", {
              class: "v",
              "onUpdate:modelValue": v[3] || (v[3] = (P) => u.value = P),
              placeholder: "value",
              onKeydown: ct(k, ["enter"])
            }, null, 544), [
              [rn, u.value]
            ]),
            N("button", {
              onClick: we(k, ["stop"])
            }, [
              le(Ie, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          N("datalist", Fg, [
            (T(), D(ge, null, De(s, (P) => N("option", {
              key: P,
              value: P
            }, null, 8, Yg)), 64))
          ])
        ], 32)) : de("", !0),
        d.value ? (T(), D("div", Xg, U(d.value), 1)) : de("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, qg = { class: "mx-media-box" }, Ug = ["src"], Wg = ["src"], Kg = {
  key: 2,
  class: "mx-empty"
}, Zg = {
  key: 3,
  class: "mx-chosen",
  title: "The chosen take"
}, Qg = { class: "mx-foot nodrag" }, Jg = {
  key: 0,
  class: "mx-takes"
}, jg = ["title"], ep = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = zt(), o = J(() => t.data.takes || [t.id]), i = J(() => Math.max(0, o.value.indexOf(t.id))), r = J(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function s(l) {
      const a = o.value.length;
      a < 2 || n("choose", { id: o.value[(i.value + l + a) % a] });
    }
    return (l, a) => (T(), He(Wt, {
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
      foot: Xe(() => [
        N("footer", Qg, [
          o.value.length > 1 ? (T(), D("span", Jg, [
            N("button", {
              onClick: a[0] || (a[0] = we((u) => s(-1), ["stop"])),
              title: "Previous take"
            }, [
              le(Ie, {
                name: "left",
                size: 11
              })
            ]),
            Oe(" take " + U(i.value + 1) + "/" + U(o.value.length) + " ", 1),
            N("button", {
              onClick: a[1] || (a[1] = we((u) => s(1), ["stop"])),
              title: "Next take"
            }, [
              le(Ie, {
                name: "right",
                size: 11
              })
            ])
          ])) : de("", !0),
          e.data.chosen ? de("", !0) : (T(), D("button", {
            key: 1,
            class: "mx-link",
            onClick: a[2] || (a[2] = we((u) => V(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          N("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            Oe(U(e.data.width) + "×" + U(e.data.height), 1),
            e.data.duration_s ? (T(), D(ge, { key: 0 }, [
              Oe(" · " + U(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : de("", !0),
            Oe(" · " + U(e.data.peer_name || e.data.peer_id), 1)
          ], 8, jg),
          N("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: a[3] || (a[3] = we((u) => V(n)("grow", { id: e.id }), ["stop"]))
          }, [
            le(Ie, {
              name: "sparkles",
              size: 11
            }),
            a[5] || (a[5] = Oe("New intent"))
          ])
        ])
      ]),
      default: Xe(() => [
        N("div", qg, [
          r.value && e.data.url ? (T(), D("video", {
            key: 0,
            src: e.data.url,
            controls: "",
            loop: "",
            muted: "",
            playsinline: "",
            preload: "metadata",
            class: "nodrag"
          }, null, 8, Ug)) : e.data.url ? (T(), D("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Wg)) : (T(), D("div", Kg, "asset not here yet")),
          e.data.chosen ? (T(), D("span", Zg, [
            le(Ie, {
              name: "star",
              size: 11
            }),
            a[4] || (a[4] = Oe("chosen"))
          ])) : de("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, tp = { class: "mx-stream nowheel" }, np = {
  key: 0,
  class: "mx-empty"
}, op = { class: "mx-machine-head" }, ip = { class: "n" }, rp = { class: "bar" }, sp = { class: "u" }, lp = { class: "m" }, ap = { class: "t" }, up = {
  key: 0,
  class: "mx-dim"
}, cp = {
  key: 0,
  class: "mx-empty"
}, dp = { class: "mx-job-head" }, fp = { class: "bar" }, hp = { class: "mx-dim" }, vp = {
  key: 0,
  class: "mx-empty"
}, mp = { class: "n" }, gp = { class: "s" }, pp = {
  key: 0,
  class: "mx-empty"
}, yp = { class: "t" }, wp = { class: "p" }, xp = { class: "msg" }, bp = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = zt(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = J(() => (t.data.peer_filter || "").toLowerCase()), s = J(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), l = J(() => n.activity.log.slice().reverse().slice(0, 60)), a = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, f) => (T(), He(Wt, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Xe(() => f[0] || (f[0] = [
        N("span", { class: "mx-live" }, [
          N("i"),
          Oe("live")
        ], -1)
      ])),
      default: Xe(() => [
        N("div", tp, [
          e.data.sub === "gpu" ? (T(), D(ge, { key: 0 }, [
            s.value.length ? de("", !0) : (T(), D("div", np, f[1] || (f[1] = [
              Oe("No machines on this board yet. Start a peer: "),
              N("code", null, "multiplex up", -1)
            ]))),
            (T(!0), D(ge, null, De(s.value, (d) => (T(), D("div", {
              key: d.id,
              class: "mx-machine"
            }, [
              N("div", op, [
                N("i", {
                  class: Be(["mx-dot", d.live ? d.paused ? "paused" : "on" : "off"])
                }, null, 2),
                N("b", null, U(d.name), 1),
                N("span", null, U(d.busy) + "/" + U(d.slots) + " busy" + U(d.paused ? " · paused" : ""), 1)
              ]),
              (T(!0), D(ge, null, De(d.gpus, (h) => (T(), D("div", {
                key: h.index,
                class: "mx-gpu"
              }, [
                N("span", ip, U(h.index), 1),
                N("div", rp, [
                  N("div", {
                    style: Ae({ width: `${h.util}%`, background: a(h.util) })
                  }, null, 4)
                ]),
                N("span", sp, U(Math.round(h.util)) + "%", 1),
                N("span", lp, U(V(Ki)(h.mem_used)) + "/" + U(V(Ki)(h.mem_total)), 1),
                N("span", ap, U(h.temp ? `${Math.round(h.temp)}°` : ""), 1)
              ]))), 128)),
              d.gpus.length ? de("", !0) : (T(), D("div", up, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (T(), D(ge, { key: 1 }, [
            V(n).activity.running.length ? de("", !0) : (T(), D("div", cp, "Nothing rendering.")),
            (T(!0), D(ge, null, De(V(n).activity.running, (d) => (T(), D("div", {
              key: d.id,
              class: "mx-job"
            }, [
              N("div", dp, [
                N("b", null, U(d.title || d.intent), 1),
                N("span", null, U(d.stage) + " · " + U(d.peer || "—"), 1)
              ]),
              N("div", fp, [
                N("div", {
                  style: Ae({ width: `${Math.round(d.fraction * 100)}%` })
                }, null, 4)
              ]),
              N("div", hp, U(d.state) + " " + U(Math.round(d.fraction * 100)) + "% " + U(d.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (T(), D(ge, { key: 2 }, [
            V(n).activity.queue.length ? de("", !0) : (T(), D("div", vp, "Queue is empty.")),
            (T(!0), D(ge, null, De(V(n).activity.queue, (d, h) => (T(), D("div", {
              key: d.id,
              class: "mx-qrow"
            }, [
              N("span", mp, U(String(h + 1).padStart(2, "0")), 1),
              N("b", null, U(d.title || d.intent), 1),
              N("span", null, U(d.stage), 1),
              N("span", gp, U(d.state), 1)
            ]))), 128))
          ], 64)) : (T(), D(ge, { key: 3 }, [
            l.value.length ? de("", !0) : (T(), D("div", pp, "Waiting for activity…")),
            (T(!0), D(ge, null, De(l.value, (d, h) => (T(), D("div", {
              key: h,
              class: "mx-logline"
            }, [
              N("span", yp, U(V(Jo)(d.t)), 1),
              N("span", {
                class: "k",
                style: Ae({ color: u[d.kind] || "#9ca3af" })
              }, U(d.kind), 5),
              N("span", wp, U(d.peer), 1),
              N("span", xp, U(d.stage) + " " + U(d.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, _p = { class: "mx-narrator" }, kp = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, Sp = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, Ep = ["aria-expanded"], $p = {
  key: 0,
  class: "mx-think-text"
}, Np = {
  key: 2,
  class: "mx-empty"
}, Cp = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = ye(null), o = ye(!1), i = J(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), r = J(() => (t.data.think || "").trim());
    return Se(() => t.data.text, () => Ye(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (s, l) => (T(), He(Wt, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Xe(() => [
        N("span", _p, [
          Oe(U(e.data.narrator || "narrator"), 1),
          e.data.updated ? (T(), D(ge, { key: 0 }, [
            Oe(" · " + U(V(Jo)(e.data.updated)), 1)
          ], 64)) : de("", !0)
        ])
      ]),
      default: Xe(() => [
        N("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (T(), D("p", kp, U(e.data.status), 1)) : de("", !0),
          r.value ? (T(), D("div", Sp, [
            N("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: l[0] || (l[0] = we((a) => o.value = !o.value, ["stop"]))
            }, U(o.value ? "▾" : "▸") + " reasoning ", 9, Ep),
            o.value ? (T(), D("pre", $p, U(r.value), 1)) : de("", !0)
          ])) : de("", !0),
          (T(!0), D(ge, null, De(i.value, (a, u) => (T(), D("p", {
            key: u,
            class: Be({ last: u === i.value.length - 1 })
          }, U(a), 3))), 128)),
          i.value.length ? de("", !0) : (T(), D("p", Np, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Mp = { class: "mx-media-box" }, Ip = ["src"], Tp = {
  key: 1,
  class: "mx-visual-empty"
}, Ap = { class: "mx-caption" }, Pp = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (T(), He(Wt, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      default: Xe(() => [
        N("div", Mp, [
          e.data.url ? (T(), D("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Ip)) : (T(), D("div", Tp, n[0] || (n[0] = [
            N("span", null, null, -1)
          ]))),
          N("div", Ap, U(e.data.caption || "Images appear here as the narration unfolds."), 1)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Dp = { class: "mx-root" }, zp = { class: "mx-wordmark" }, Op = { "data-role": "board-name" }, Bp = { class: "mx-people" }, Rp = ["title"], Vp = ["disabled"], Hp = { key: 0 }, Lp = { class: "mx-snap-new" }, Fp = ["onClick"], Yp = ["onClick"], Xp = {
  key: 0,
  class: "mx-empty"
}, Gp = { class: "mx-toasts" }, qp = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, Up = { class: "mx-dialog-kicker" }, Wp = { class: "mx-dialog-title" }, Kp = { class: "mx-cost" }, Zp = {
  key: 0,
  class: "mx-warn"
}, Qp = { class: "mx-dialog-actions" }, Jp = { class: "mx-search-in" }, jp = ["onClick", "onMouseenter"], tr = "mx-flow", ey = 0.42, ty = 0.2, oy = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = qh(i), { state: s, send: l } = r;
    It(vs, r), s.me = o.me || s.me, s.board = o.board, s.token = o.token;
    const a = Pe(tr), u = {
      intent: Ke(Ag),
      comp: Ke(Gg),
      gen_art: Ke(ep),
      activity: Ke(bp),
      narration: Ke(Cp),
      visual_narration: Ke(Pp)
    }, c = Object.fromEntries(Object.keys(u).map((S) => [S, Ke(jo)])), f = Object.fromEntries(Object.keys(u).map((S) => [S, Ke(ei)])), d = J(() => s.lod === 2 ? f : s.lod ? c : u), h = [8, 8], k = ["Shift", "Meta", "Control"], w = { type: "default" }, m = { class: "mx-connecting" }, y = /* @__PURE__ */ new Map(), $ = ye(0), g = /* @__PURE__ */ new Map(), v = ye(null), P = ye(!1), O = ye([]), B = ye(null), z = Ro({ open: !1, q: "", i: 0 }), K = ye(!1), q = ye(""), F = ye(!1);
    function E(S) {
      return {
        id: S.id,
        type: S.kind,
        position: { x: S.x, y: S.y },
        data: S,
        style: { width: `${S.w}px`, height: `${S.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function j(S) {
      return {
        id: S.id,
        source: S.src,
        target: S.dst,
        type: "default",
        class: `mx-edge mx-edge-${S.kind}`,
        targetHandle: "in",
        animated: S.kind === "gen_art",
        data: S,
        deletable: !0
      };
    }
    function _() {
      const S = [];
      if (s.lod === 2) return S;
      const A = s.sequence.filter((L) => y.has(L));
      for (let L = 0; L + 1 < A.length; L++)
        S.push({
          id: `seq:${A[L]}:${A[L + 1]}`,
          source: A[L],
          target: A[L + 1],
          type: "straight",
          class: "mx-edge mx-edge-seq",
          selectable: !1,
          deletable: !1,
          focusable: !1,
          sourceHandle: "seq-out",
          targetHandle: "seq-in",
          data: { kind: "seq" }
        });
      return S;
    }
    function R() {
      const S = a.edges.value.filter((A) => A.id.startsWith("seq:")).map((A) => A.id);
      S.length && a.removeEdges(S), a.addEdges(_());
    }
    function M(S) {
      const A = window.__mxMarks = window.__mxMarks || {};
      A.reset = performance.now(), y.clear(), g.clear(), H.clear();
      for (const L of S.blocks) H.add(L.id);
      for (const L of S.blocks) y.set(L.id, L);
      for (const L of S.edges) g.set(L.id, L);
      s.sequence = S.sequence || [], s.comments = S.comments || [], s.snapshots = S.snapshots || [], S.activity && (s.activity = S.activity), S.users && (s.users = S.users), S.choices && (s.choices = S.choices), P.value || ae(S.blocks), $.value++, a.setNodes(S.blocks.map(E)), a.setEdges([...S.edges.map(j), ..._()]), A.set = performance.now(), P.value || (P.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const H = /* @__PURE__ */ new Set();
    function Y(S, A, L, me = 0) {
      const $e = a.findNode(S);
      if (!$e) {
        H.has(S) ? me < 8 && Ye(() => {
          const Qe = y.get(S);
          Qe && Y(S, Qe, [], me + 1);
        }) : (H.add(S), L.push(E(A)));
        return;
      }
      $e.data = A, !$e.dragging && ($e.position.x !== A.x || $e.position.y !== A.y) && ($e.position = { x: A.x, y: A.y });
      const Fe = `${A.w}px`, We = `${A.h}px`;
      (!$e.style || $e.style.width !== Fe || $e.style.height !== We) && ($e.style = { ...$e.style || {}, width: Fe, height: We });
    }
    function W(S) {
      if (S.blocks) {
        const A = [], L = [];
        for (const [me, $e] of Object.entries(S.blocks)) {
          if ($e === null) {
            y.delete(me), H.delete(me) && L.push(me);
            continue;
          }
          y.set(me, $e), Y(me, $e, A);
        }
        L.length && a.removeNodes(L), A.length && a.addNodes(A), $.value++;
      }
      if (S.edges) {
        const A = [], L = [];
        for (const [me, $e] of Object.entries(S.edges))
          $e === null ? (g.delete(me), L.push(me)) : g.has(me) || (g.set(me, $e), A.push(j($e)));
        L.length && a.removeEdges(L), A.length && Ye(() => a.addEdges(A));
      }
      S.sequence && (s.sequence = S.sequence), (S.sequence || S.blocks && Object.values(S.blocks).some((A) => A === null || A && A.kind === "intent")) && Ye(R), S.comments && (s.comments = S.comments), S.snapshots && (s.snapshots = S.snapshots), S.activity && (s.activity = S.activity), S.users && (s.users = S.users);
    }
    function X(S) {
      const A = { id: Math.random(), text: S.text || String(S), kind: S.kind || "info" };
      O.value.push(A), setTimeout(() => {
        O.value = O.value.filter((L) => L !== A);
      }, S.kind === "error" ? 6e3 : 3200);
    }
    function oe(S) {
      S.preview && (B.value = S.preview), S.notify && X({ text: S.notify }), S.error && X({ text: S.error, kind: "error" });
    }
    t({ reset: M, apply: W, notify: X, reply: oe }), a.onNodeDragStop(({ nodes: S }) => {
      l("move", { moves: S.map((A) => ({ id: A.id, x: Math.round(A.position.x), y: Math.round(A.position.y) })) });
    });
    function ae(S) {
      const A = v.value;
      if (!S.length || !A) return;
      let L = 1 / 0, me = 1 / 0, $e = -1 / 0, Fe = -1 / 0;
      for (const Ot of S)
        L = Math.min(L, Ot.x), me = Math.min(me, Ot.y), $e = Math.max($e, Ot.x + Ot.w), Fe = Math.max(Fe, Ot.y + Ot.h);
      const We = A.clientWidth, Qe = A.clientHeight, at = Math.max(0.05, Math.min(1, Math.min(We / ($e - L), Qe / (Fe - me)) * (1 - 0.12)));
      s.lod = ve(at), a.setViewport({ x: (We - ($e - L) * at) / 2 - L * at, y: (Qe - (Fe - me) * at) / 2 - me * at, zoom: at });
    }
    a.onConnect((S) => l("connect", { source: S.source, target: S.target }));
    function he({ kind: S, sub: A, clientX: L, clientY: me, dragged: $e }) {
      const Fe = v.value.getBoundingClientRect();
      let We;
      if ($e) {
        if (L < Fe.left || me < Fe.top) return;
        We = a.screenToFlowCoordinate({ x: L, y: me });
      } else
        We = a.screenToFlowCoordinate({ x: Fe.left + Fe.width / 2, y: Fe.top + Fe.height / 2 });
      let Qe = "";
      if ($e && S === "comp") {
        const lo = document.elementFromPoint(L, me), at = lo && lo.closest('[data-kind="intent"][data-id]');
        at && (Qe = at.dataset.id);
      }
      l("create", { kind: S, sub: A, x: Math.round(We.x - 40), y: Math.round(We.y - 20), attach: Qe });
    }
    async function pe(S) {
      var Fe;
      F.value = !1;
      const A = [...S.dataTransfer && S.dataTransfer.files || []];
      if (!A.length) return;
      S.preventDefault();
      const L = (Fe = document.elementFromPoint(S.clientX, S.clientY)) == null ? void 0 : Fe.closest('[data-kind="intent"][data-id]');
      let { x: me, y: $e } = a.screenToFlowCoordinate({ x: S.clientX, y: S.clientY });
      for (const We of A.slice(0, 12)) {
        try {
          await Ns(s.token, We, { x: Math.round(me), y: Math.round($e), attach: L ? L.dataset.id : "" });
        } catch (Qe) {
          X({ text: String(Qe.message || Qe), kind: "error" });
        }
        me += 30, $e += 30;
      }
    }
    const ee = J(() => a.getSelectedNodes.value.map((S) => S.id)), G = J(() => a.getSelectedNodes.value.filter((S) => S.type === "intent").map((S) => S.id));
    let Z = null;
    Se(ee, (S) => {
      clearTimeout(Z), Z = setTimeout(() => i("presence", { selection: S.slice(0, 200) }), 120);
    });
    let xe = 0;
    function Ce(S) {
      const A = performance.now();
      if (A - xe < 80) return;
      xe = A;
      const L = a.screenToFlowCoordinate({ x: S.clientX, y: S.clientY });
      i("presence", { cursor: { x: Math.round(L.x), y: Math.round(L.y) } });
    }
    function ve(S) {
      return S < ty ? 2 : S < ey ? 1 : 0;
    }
    Se(() => ve(a.viewport.value.zoom), (S) => {
      s.lod = S;
    }, { immediate: !0 }), Se(() => s.lod, (S, A) => {
      (S === 2 || A === 2) && R(), S || Ye(() => requestAnimationFrame(() => a.updateNodeInternals(a.nodes.value.map((L) => L.id))));
    });
    const be = ye(!1);
    let ce = null;
    a.onMove(() => {
      be.value || (be.value = !0), clearTimeout(ce), ce = setTimeout(() => {
        be.value = !1;
      }, 180);
    });
    const ue = J(() => s.users.filter((S) => S.id !== s.me.id && S.cursor)), x = J(() => {
      const S = /* @__PURE__ */ new Map();
      for (const A of s.users) S.has(A.id) || S.set(A.id, A);
      return [...S.values()];
    });
    function p() {
      const S = G.value;
      if (!S.length) {
        X({ text: "Select one or more intents to render" });
        return;
      }
      l("preview", { ids: S });
    }
    function b() {
      B.value && (l("render", { ids: B.value.intents }), B.value = null);
    }
    function I() {
      a.fitView({ padding: 0.15, duration: 250 });
    }
    function C(S) {
      S > 0 ? a.zoomIn({ duration: 150 }) : a.zoomOut({ duration: 150 });
    }
    const Q = J(() => {
      const S = z.q.trim().toLowerCase(), A = [...y.values()], L = (me) => `${me.title} ${me.description || ""} ${me.text || ""} ${me.caption || ""} ${me.kind} ${me.sub}`.toLowerCase();
      return (S ? A.filter((me) => L(me).includes(S)) : A).slice(0, 30);
    });
    function te() {
      z.open = !0, z.q = "", z.i = 0, Ye(() => {
        var S;
        return (S = document.querySelector(".mx-search input")) == null ? void 0 : S.focus();
      });
    }
    function se(S) {
      if (!S) return;
      z.open = !1, a.removeSelectedNodes(a.getSelectedNodes.value);
      const A = a.findNode(S.id);
      A && (a.addSelectedNodes([A]), a.fitView({ nodes: [S.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function re(S) {
      const A = S.target;
      return A && (A.tagName === "INPUT" || A.tagName === "TEXTAREA" || A.isContentEditable);
    }
    function fe(S) {
      const A = S.ctrlKey || S.metaKey, L = S.key.toLowerCase();
      if (A && L === "k") {
        S.preventDefault(), te();
        return;
      }
      if (S.key === "Escape") {
        z.open = !1, B.value = null, K.value = !1, s.openComments = null;
        return;
      }
      if (B.value && S.key === "Enter") {
        S.preventDefault(), b();
        return;
      }
      if (!re(S))
        if (S.key === "Delete" || S.key === "Backspace") {
          const me = a.getSelectedEdges.value.filter(($e) => !$e.id.startsWith("seq:")).map(($e) => $e.id);
          (ee.value.length || me.length) && (S.preventDefault(), l("delete", { ids: ee.value, edges: me }));
        } else A && L === "d" ? (S.preventDefault(), l("duplicate", { ids: ee.value })) : A && L === "z" && !S.shiftKey ? (S.preventDefault(), l("undo")) : A && (L === "y" || L === "z" && S.shiftKey) ? (S.preventDefault(), l("redo")) : !A && L === "r" ? (S.preventDefault(), p()) : !A && L === "f" ? (S.preventDefault(), I()) : !A && S.key === "/" ? (S.preventDefault(), te()) : A && L === "a" && (S.preventDefault(), a.addSelectedNodes(a.nodes.value));
    }
    st(() => {
      window.__mxFlow = a, window.addEventListener("keydown", fe), i("ready");
    }), gn(() => window.removeEventListener("keydown", fe));
    const ke = (S) => S.kind === "intent" ? Pt[(S.status || {}).state] || "#4a4a50" : Wn[S.kind] || "#333";
    function Me() {
      const S = q.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      l("snapshot", { name: S }), q.value = "";
    }
    const tt = (S) => (S || "?").split(/[\s._-]+/).map((A) => A[0]).join("").slice(0, 2).toUpperCase();
    return (S, A) => (T(), D("div", Dp, [
      le(Fh, {
        groups: e.palette,
        onPlace: he
      }, null, 8, ["groups"]),
      N("div", {
        ref_key: "wrap",
        ref: v,
        class: Be(["mx-stage", { "file-over": F.value, moving: be.value }]),
        onPointermove: Ce,
        onDragover: A[7] || (A[7] = we((L) => F.value = !0, ["prevent"])),
        onDragleave: A[8] || (A[8] = we((L) => F.value = !1, ["self"])),
        onDrop: pe
      }, [
        le(V(Xf), {
          id: tr,
          "node-types": d.value,
          "snap-to-grid": !0,
          "snap-grid": h,
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": k,
          "selection-key-code": "Shift",
          "only-render-visible-elements": !V(s).lod,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": w,
          "connection-line-options": m,
          class: "mx-flow"
        }, {
          default: Xe(() => [
            le(V(Jf), {
              "pattern-color": "#26262a",
              gap: 24,
              size: 1.1
            }),
            le(V(Gi), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Xe(() => [
                N("div", zp, [
                  A[19] || (A[19] = Oe("multiplex")),
                  A[20] || (A[20] = N("span", null, "/", -1)),
                  N("b", Op, U(V(s).board), 1)
                ])
              ]),
              _: 1
            }),
            le(V(Gi), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Xe(() => [
                N("div", Bp, [
                  (T(!0), D(ge, null, De(x.value, (L) => (T(), D("span", {
                    key: L.id,
                    class: "mx-avatar",
                    style: Ae({ "--c": L.color }),
                    title: L.id === V(s).me.id ? `${L.name} (you)` : L.name
                  }, U(tt(L.name)), 13, Rp))), 128))
                ]),
                A[23] || (A[23] = N("i", { class: "mx-sep" }, null, -1)),
                N("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: A[0] || (A[0] = (L) => V(l)("undo")),
                  "data-role": "undo"
                }, [
                  le(Ie, {
                    name: "undo",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: A[1] || (A[1] = (L) => V(l)("redo")),
                  "data-role": "redo"
                }, [
                  le(Ie, {
                    name: "redo",
                    size: 15
                  })
                ]),
                A[24] || (A[24] = N("i", { class: "mx-sep" }, null, -1)),
                N("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: te
                }, [
                  le(Ie, {
                    name: "search",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Snapshots",
                  onClick: A[2] || (A[2] = (L) => K.value = !K.value),
                  "data-role": "snapshots"
                }, [
                  le(Ie, {
                    name: "history",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Zoom out",
                  onClick: A[3] || (A[3] = (L) => C(-1))
                }, [
                  le(Ie, {
                    name: "minus",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Zoom in",
                  onClick: A[4] || (A[4] = (L) => C(1))
                }, [
                  le(Ie, {
                    name: "plus",
                    size: 15
                  })
                ]),
                N("button", {
                  title: "Fit view (F)",
                  onClick: I,
                  "data-role": "fit"
                }, [
                  le(Ie, {
                    name: "fit",
                    size: 15
                  })
                ]),
                N("button", {
                  class: "mx-render",
                  disabled: !G.value.length,
                  title: "Render selection (R)",
                  onClick: p,
                  "data-role": "render-selection"
                }, [
                  le(Ie, {
                    name: "play",
                    size: 13
                  }),
                  A[21] || (A[21] = Oe("Render")),
                  G.value.length ? (T(), D("span", Hp, U(G.value.length), 1)) : de("", !0)
                ], 8, Vp),
                K.value ? (T(), D("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: A[6] || (A[6] = we(() => {
                  }, ["stop"]))
                }, [
                  A[22] || (A[22] = N("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  N("div", Lp, [
                    on(N("input", {
                      "onUpdate:modelValue": A[5] || (A[5] = (L) => q.value = L),
                      placeholder: "Name this moment of the board",
                      onKeydown: ct(Me, ["enter"])
                    }, null, 544), [
                      [rn, q.value]
                    ]),
                    N("button", { onClick: Me }, "Save")
                  ]),
                  (T(!0), D(ge, null, De(V(s).snapshots.slice().reverse(), (L) => (T(), D("div", {
                    key: L.id,
                    class: "mx-snap"
                  }, [
                    N("div", null, [
                      N("b", null, U(L.name), 1),
                      N("span", null, U(L.author) + " · " + U(L.blocks) + " blocks · " + U((L.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    N("button", {
                      onClick: (me) => V(l)("restore", { id: L.id })
                    }, "Restore", 8, Fp),
                    N("button", {
                      class: "ghost",
                      onClick: (me) => V(l)("drop_snapshot", { id: L.id })
                    }, [
                      le(Ie, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, Yp)
                  ]))), 128)),
                  V(s).snapshots.length ? de("", !0) : (T(), D("div", Xp, "No snapshots yet."))
                ], 32)) : de("", !0)
              ]),
              _: 1
            }),
            le(Gh, {
              flow: V(a),
              users: ue.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types", "only-render-visible-elements"]),
        le(Xh, {
          flow: V(a),
          blocks: V(y),
          rev: $.value,
          "color-of": ke
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      N("div", Gp, [
        (T(!0), D(ge, null, De(O.value, (L) => (T(), D("div", {
          key: L.id,
          class: Be(["mx-toast", L.kind])
        }, U(L.text), 3))), 128))
      ]),
      B.value ? (T(), D("div", {
        key: 0,
        class: "mx-modal",
        onClick: A[10] || (A[10] = we((L) => B.value = null, ["self"]))
      }, [
        N("div", qp, [
          N("div", Up, "Render " + U(B.value.intents.length) + " intent" + U(B.value.intents.length > 1 ? "s" : ""), 1),
          N("div", Wp, U(B.value.titles.join(" · ")), 1),
          N("div", Kp, [
            N("div", null, [
              A[25] || (A[25] = N("span", null, "machines", -1)),
              N("b", null, U(B.value.machines.length ? B.value.machines.join(", ") : "none live"), 1)
            ]),
            N("div", null, [
              A[26] || (A[26] = N("span", null, "gpus", -1)),
              N("b", null, U(B.value.gpus), 1)
            ]),
            N("div", null, [
              A[27] || (A[27] = N("span", null, "jobs", -1)),
              N("b", null, U(B.value.jobs), 1)
            ]),
            N("div", null, [
              A[28] || (A[28] = N("span", null, "estimate", -1)),
              N("b", null, U(B.value.seconds < 90 ? `~${Math.round(B.value.seconds)} s` : `~${Math.round(B.value.seconds / 60)} min`), 1)
            ])
          ]),
          B.value.unrunnable.length ? (T(), D("div", Zp, "Nothing live can run " + U(B.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : de("", !0),
          N("div", Qp, [
            N("button", {
              class: "ghost",
              onClick: A[9] || (A[9] = (L) => B.value = null)
            }, "Cancel"),
            N("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: b
            }, [
              le(Ie, {
                name: "play",
                size: 13
              }),
              A[29] || (A[29] = Oe("Commit GPUs"))
            ])
          ])
        ])
      ])) : de("", !0),
      z.open ? (T(), D("div", {
        key: 1,
        class: "mx-modal",
        onClick: A[18] || (A[18] = we((L) => z.open = !1, ["self"]))
      }, [
        N("div", {
          class: "mx-search",
          onKeydown: A[17] || (A[17] = we(() => {
          }, ["stop"]))
        }, [
          N("div", Jp, [
            le(Ie, {
              name: "search",
              size: 16
            }),
            on(N("input", {
              "onUpdate:modelValue": A[11] || (A[11] = (L) => z.q = L),
              placeholder: "Find a block…",
              onKeydown: [
                A[12] || (A[12] = ct(we((L) => z.i = Math.min(z.i + 1, Q.value.length - 1), ["prevent"]), ["down"])),
                A[13] || (A[13] = ct(we((L) => z.i = Math.max(z.i - 1, 0), ["prevent"]), ["up"])),
                A[14] || (A[14] = ct(we((L) => se(Q.value[z.i]), ["prevent"]), ["enter"])),
                A[15] || (A[15] = ct((L) => z.open = !1, ["esc"]))
              ],
              onInput: A[16] || (A[16] = (L) => z.i = 0)
            }, null, 544), [
              [rn, z.q]
            ])
          ]),
          (T(!0), D(ge, null, De(Q.value, (L, me) => (T(), D("div", {
            key: L.id,
            class: Be(["mx-result", { on: me === z.i }]),
            onClick: ($e) => se(L),
            onMouseenter: ($e) => z.i = me
          }, [
            N("i", {
              style: Ae({ background: V(Wn)[L.kind] })
            }, null, 4),
            N("b", null, U(L.title || L.sub), 1),
            N("span", null, U(L.kind.replace("_", " ")) + " · " + U(L.sub), 1)
          ], 42, jp))), 128))
        ], 32)
      ])) : de("", !0)
    ]));
  }
};
export {
  oy as MultiplexCanvas
};
