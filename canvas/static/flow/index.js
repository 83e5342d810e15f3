import { getCurrentScope as rr, inject as St, effectScope as sr, watch as $e, provide as Pt, defineComponent as Be, useSlots as Ts, onUnmounted as Ps, openBlock as C, createElementBlock as z, unref as V, createVNode as ae, withCtx as He, renderSlot as qe, computed as J, normalizeStyle as Pe, normalizeClass as Oe, getCurrentInstance as Zt, reactive as sn, onScopeDispose as An, ref as we, nextTick as Xe, onBeforeMount as As, onMounted as at, shallowRef as xt, toRef as Ae, createElementVNode as _, Fragment as me, renderList as ze, onBeforeUnmount as yn, isMemoSame as Ds, createBlock as Re, createCommentVNode as re, toDisplayString as X, isRef as Ho, toRefs as zs, customRef as Os, createPropsRestProxy as Bs, toValue as Ce, resolveComponent as ar, h as Ne, useAttrs as Rs, mergeProps as lr, resolveDynamicComponent as ur, createTextVNode as Se, markRaw as Ue, readonly as Vs, withModifiers as ve, watchEffect as Ls, withDirectives as qt, withKeys as dt, vModelText as an, Teleport as Hs, vModelCheckbox as Fs } from "vue";
function ln(e) {
  return rr() ? (An(e), !0) : !1;
}
function ft(e) {
  return typeof e == "function" ? e() : V(e);
}
const Ys = typeof window < "u" && typeof document < "u", Xs = (e) => typeof e < "u", qs = Object.prototype.toString, Gs = (e) => qs.call(e) === "[object Object]", Us = () => {
};
function Ws(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const cr = (e) => e();
function Ks(e = cr) {
  const t = we(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...r) => {
    t.value && e(...r);
  };
  return { isActive: Vs(t), pause: n, resume: o, eventFilter: i };
}
function oi(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Zs(e, t, n = {}) {
  const {
    eventFilter: o = cr,
    ...i
  } = n;
  return $e(
    e,
    Ws(
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
  } = n, { eventFilter: r, pause: s, resume: a, isActive: l } = Ks(o);
  return { stop: Zs(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: l };
}
function Js(e, t = {}) {
  if (!Ho(e))
    return zs(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Os(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = ft(t.replaceRef)) != null ? r : !0)
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
function So(e, t = !1) {
  function n(f, { flush: d = "sync", deep: h = !1, timeout: $, throwOnTimeout: y } = {}) {
    let p = null;
    const N = [new Promise((g) => {
      p = $e(
        e,
        (m) => {
          f(m) !== t && (p == null || p(), g(m));
        },
        {
          flush: d,
          deep: h,
          immediate: !0
        }
      );
    })];
    return $ != null && N.push(
      oi($, y).then(() => ft(e)).finally(() => p == null ? void 0 : p())
    ), Promise.race(N);
  }
  function o(f, d) {
    if (!Ho(f))
      return n((m) => m === f, d);
    const { flush: h = "sync", deep: $ = !1, timeout: y, throwOnTimeout: p } = d ?? {};
    let k = null;
    const g = [new Promise((m) => {
      k = $e(
        [e, f],
        ([B, T]) => {
          t !== (B === T) && (k == null || k(), m(B));
        },
        {
          flush: h,
          deep: $,
          immediate: !0
        }
      );
    })];
    return y != null && g.push(
      oi(y, p).then(() => ft(e)).finally(() => (k == null || k(), ft(e)))
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
  function a(f) {
    return n(Number.isNaN, f);
  }
  function l(f, d) {
    return n((h) => {
      const $ = Array.from(h);
      return $.includes(f) || $.includes(ft(f));
    }, d);
  }
  function u(f) {
    return c(1, f);
  }
  function c(f = 1, d) {
    let h = -1;
    return n(() => (h += 1, h >= f), d);
  }
  return Array.isArray(ft(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return So(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: i,
    toBeNull: r,
    toBeNaN: a,
    toBeUndefined: s,
    changed: u,
    changedTimes: c,
    get not() {
      return So(e, !t);
    }
  };
}
function $o(e) {
  return So(e);
}
function Qs(e) {
  var t;
  const n = ft(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const dr = Ys ? window : void 0;
function fr(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = dr) : [t, n, o, i] = e, !t)
    return Us;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, f, d, h) => (c.addEventListener(f, d, h), () => c.removeEventListener(f, d, h)), l = $e(
    () => [Qs(t), ft(i)],
    ([c, f]) => {
      if (s(), !c)
        return;
      const d = Gs(f) ? { ...f } : f;
      r.push(
        ...n.flatMap((h) => o.map(($) => a(c, h, $, d)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), s();
  };
  return ln(u), u;
}
function js(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function ii(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = dr,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, l = js(t);
  return fr(i, r, (c) => {
    c.repeat && ft(a) || l(c) && n(c);
  }, s);
}
function ea(e) {
  return JSON.parse(JSON.stringify(e));
}
function fo(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: a = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: f,
    shouldEmit: d
  } = o, h = Zt(), $ = n || (h == null ? void 0 : h.emit) || ((i = h == null ? void 0 : h.$emit) == null ? void 0 : i.bind(h)) || ((s = (r = h == null ? void 0 : h.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(h == null ? void 0 : h.proxy));
  let y = u;
  t || (t = "modelValue"), y = y || `update:${t.toString()}`;
  const p = (g) => a ? typeof a == "function" ? a(g) : ea(g) : g, k = () => Xs(e[t]) ? p(e[t]) : f, N = (g) => {
    d ? d(g) && $(y, g) : $(y, g);
  };
  if (l) {
    const g = k(), m = we(g);
    let B = !1;
    return $e(
      () => e[t],
      (T) => {
        B || (B = !0, m.value = p(T), Xe(() => B = !1));
      }
    ), $e(
      m,
      (T) => {
        !B && (T !== e[t] || c) && N(T);
      },
      { deep: c }
    ), m;
  } else
    return J({
      get() {
        return k();
      },
      set(g) {
        N(g);
      }
    });
}
var ta = { value: () => {
} };
function Qn() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Dn(n);
}
function Dn(e) {
  this._ = e;
}
function na(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Dn.prototype = Qn.prototype = {
  constructor: Dn,
  on: function(e, t) {
    var n = this._, o = na(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = oa(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = ri(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = ri(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new Dn(e);
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
function oa(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ri(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = ta, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Eo = "http://www.w3.org/1999/xhtml";
const si = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Eo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function jn(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), si.hasOwnProperty(t) ? { space: si[t], local: e } : e;
}
function ia(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Eo && t.documentElement.namespaceURI === Eo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function ra(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function hr(e) {
  var t = jn(e);
  return (t.local ? ra : ia)(t);
}
function sa() {
}
function Fo(e) {
  return e == null ? sa : function() {
    return this.querySelector(e);
  };
}
function aa(e) {
  typeof e != "function" && (e = Fo(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new We(o, this._parents);
}
function la(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function ua() {
  return [];
}
function mr(e) {
  return e == null ? ua : function() {
    return this.querySelectorAll(e);
  };
}
function ca(e) {
  return function() {
    return la(e.apply(this, arguments));
  };
}
function da(e) {
  typeof e == "function" ? e = ca(e) : e = mr(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new We(o, i);
}
function vr(e) {
  return function() {
    return this.matches(e);
  };
}
function gr(e) {
  return function(t) {
    return t.matches(e);
  };
}
var fa = Array.prototype.find;
function ha(e) {
  return function() {
    return fa.call(this.children, e);
  };
}
function ma() {
  return this.firstElementChild;
}
function va(e) {
  return this.select(e == null ? ma : ha(typeof e == "function" ? e : gr(e)));
}
var ga = Array.prototype.filter;
function pa() {
  return Array.from(this.children);
}
function ya(e) {
  return function() {
    return ga.call(this.children, e);
  };
}
function wa(e) {
  return this.selectAll(e == null ? pa : ya(typeof e == "function" ? e : gr(e)));
}
function xa(e) {
  typeof e != "function" && (e = vr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new We(o, this._parents);
}
function pr(e) {
  return new Array(e.length);
}
function ba() {
  return new We(this._enter || this._groups.map(pr), this._parents);
}
function Ln(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Ln.prototype = {
  constructor: Ln,
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
function _a(e) {
  return function() {
    return e;
  };
}
function ka(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Ln(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function Sa(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, f = r.length, d = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (d[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < f; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new Ln(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(d[a]) === l && (i[a] = l);
}
function $a(e) {
  return e.__data__;
}
function Ea(e, t) {
  if (!arguments.length)
    return Array.from(this, $a);
  var n = t ? Sa : ka, o = this._parents, i = this._groups;
  typeof e != "function" && (e = _a(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], f = i[u], d = f.length, h = Na(e.call(c, c && c.__data__, u, o)), $ = h.length, y = a[u] = new Array($), p = s[u] = new Array($), k = l[u] = new Array(d);
    n(c, f, y, p, k, h, t);
    for (var N = 0, g = 0, m, B; N < $; ++N)
      if (m = y[N]) {
        for (N >= g && (g = N + 1); !(B = p[g]) && ++g < $; )
          ;
        m._next = B || null;
      }
  }
  return s = new We(s, o), s._enter = a, s._exit = l, s;
}
function Na(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Ca() {
  return new We(this._exit || this._groups.map(pr), this._parents);
}
function Ma(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Ia(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], f = u.length, d = a[l] = new Array(f), h, $ = 0; $ < f; ++$)
      (h = u[$] || c[$]) && (d[$] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new We(a, this._parents);
}
function Ta() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Pa(e) {
  e || (e = Aa);
  function t(f, d) {
    return f && d ? e(f.__data__, d.__data__) : !f - !d;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new We(i, this._parents).order();
}
function Aa(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Da() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function za() {
  return Array.from(this);
}
function Oa() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Ba() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Ra() {
  return !this.node();
}
function Va(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function La(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ha(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Fa(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Ya(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Xa(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function qa(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Ga(e, t) {
  var n = jn(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Ha : La : typeof t == "function" ? n.local ? qa : Xa : n.local ? Ya : Fa)(n, t));
}
function yr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Ua(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Wa(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Ka(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Za(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Ua : typeof t == "function" ? Ka : Wa)(e, t, n ?? "")) : Gt(this.node(), e);
}
function Gt(e, t) {
  return e.style.getPropertyValue(t) || yr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Ja(e) {
  return function() {
    delete this[e];
  };
}
function Qa(e, t) {
  return function() {
    this[e] = t;
  };
}
function ja(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function el(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Ja : typeof t == "function" ? ja : Qa)(e, t)) : this.node()[e];
}
function wr(e) {
  return e.trim().split(/^|\s+/);
}
function Yo(e) {
  return e.classList || new xr(e);
}
function xr(e) {
  this._node = e, this._names = wr(e.getAttribute("class") || "");
}
xr.prototype = {
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
function br(e, t) {
  for (var n = Yo(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function _r(e, t) {
  for (var n = Yo(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function tl(e) {
  return function() {
    br(this, e);
  };
}
function nl(e) {
  return function() {
    _r(this, e);
  };
}
function ol(e, t) {
  return function() {
    (t.apply(this, arguments) ? br : _r)(this, e);
  };
}
function il(e, t) {
  var n = wr(e + "");
  if (arguments.length < 2) {
    for (var o = Yo(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? ol : t ? tl : nl)(n, t));
}
function rl() {
  this.textContent = "";
}
function sl(e) {
  return function() {
    this.textContent = e;
  };
}
function al(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function ll(e) {
  return arguments.length ? this.each(e == null ? rl : (typeof e == "function" ? al : sl)(e)) : this.node().textContent;
}
function ul() {
  this.innerHTML = "";
}
function cl(e) {
  return function() {
    this.innerHTML = e;
  };
}
function dl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function fl(e) {
  return arguments.length ? this.each(e == null ? ul : (typeof e == "function" ? dl : cl)(e)) : this.node().innerHTML;
}
function hl() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function ml() {
  return this.each(hl);
}
function vl() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function gl() {
  return this.each(vl);
}
function pl(e) {
  var t = typeof e == "function" ? e : hr(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function yl() {
  return null;
}
function wl(e, t) {
  var n = typeof e == "function" ? e : hr(e), o = t == null ? yl : typeof t == "function" ? t : Fo(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function xl() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function bl() {
  return this.each(xl);
}
function _l() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function kl() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Sl(e) {
  return this.select(e ? kl : _l);
}
function $l(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function El(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Nl(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Cl(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Ml(e, t, n) {
  return function() {
    var o = this.__on, i, r = El(t);
    if (o) {
      for (var s = 0, a = o.length; s < a; ++s)
        if ((i = o[s]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function Il(e, t, n) {
  var o = Nl(e + ""), i, r = o.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var l = 0, u = a.length, c; l < u; ++l)
        for (i = 0, c = a[l]; i < r; ++i)
          if ((s = o[i]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? Ml : Cl, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function kr(e, t, n) {
  var o = yr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Tl(e, t) {
  return function() {
    return kr(this, e, t);
  };
}
function Pl(e, t) {
  return function() {
    return kr(this, e, t.apply(this, arguments));
  };
}
function Al(e, t) {
  return this.each((typeof t == "function" ? Pl : Tl)(e, t));
}
function* Dl() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Sr = [null];
function We(e, t) {
  this._groups = e, this._parents = t;
}
function wn() {
  return new We([[document.documentElement]], Sr);
}
function zl() {
  return this;
}
We.prototype = wn.prototype = {
  constructor: We,
  select: aa,
  selectAll: da,
  selectChild: va,
  selectChildren: wa,
  filter: xa,
  data: Ea,
  enter: ba,
  exit: Ca,
  join: Ma,
  merge: Ia,
  selection: zl,
  order: Ta,
  sort: Pa,
  call: Da,
  nodes: za,
  node: Oa,
  size: Ba,
  empty: Ra,
  each: Va,
  attr: Ga,
  style: Za,
  property: el,
  classed: il,
  text: ll,
  html: fl,
  raise: ml,
  lower: gl,
  append: pl,
  insert: wl,
  remove: bl,
  clone: Sl,
  datum: $l,
  on: Il,
  dispatch: Al,
  [Symbol.iterator]: Dl
};
function et(e) {
  return typeof e == "string" ? new We([[document.querySelector(e)]], [document.documentElement]) : new We([[e]], Sr);
}
function Ol(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function ot(e, t) {
  if (e = Ol(e), t === void 0 && (t = e.currentTarget), t) {
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
const Bl = { passive: !1 }, un = { capture: !0, passive: !1 };
function ho(e) {
  e.stopImmediatePropagation();
}
function Ht(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function $r(e) {
  var t = e.document.documentElement, n = et(e).on("dragstart.drag", Ht, un);
  "onselectstart" in t ? n.on("selectstart.drag", Ht, un) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Er(e, t) {
  var n = e.document.documentElement, o = et(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ht, un), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const _n = (e) => () => e;
function No(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: s,
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
    active: { value: r, enumerable: !0, configurable: !0 },
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: a, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
No.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Rl(e) {
  return !e.ctrlKey && !e.button;
}
function Vl() {
  return this.parentNode;
}
function Ll(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Hl() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Fl() {
  var e = Rl, t = Vl, n = Ll, o = Hl, i = {}, r = Qn("start", "drag", "end"), s = 0, a, l, u, c, f = 0;
  function d(m) {
    m.on("mousedown.drag", h).filter(o).on("touchstart.drag", p).on("touchmove.drag", k, Bl).on("touchend.drag touchcancel.drag", N).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(m, B) {
    if (!(c || !e.call(this, m, B))) {
      var T = g(this, t.call(this, m, B), m, B, "mouse");
      T && (et(m.view).on("mousemove.drag", $, un).on("mouseup.drag", y, un), $r(m.view), ho(m), u = !1, a = m.clientX, l = m.clientY, T("start", m));
    }
  }
  function $(m) {
    if (Ht(m), !u) {
      var B = m.clientX - a, T = m.clientY - l;
      u = B * B + T * T > f;
    }
    i.mouse("drag", m);
  }
  function y(m) {
    et(m.view).on("mousemove.drag mouseup.drag", null), Er(m.view, u), Ht(m), i.mouse("end", m);
  }
  function p(m, B) {
    if (e.call(this, m, B)) {
      var T = m.changedTouches, D = t.call(this, m, B), A = T.length, F, G;
      for (F = 0; F < A; ++F)
        (G = g(this, D, m, B, T[F].identifier, T[F])) && (ho(m), G("start", m, T[F]));
    }
  }
  function k(m) {
    var B = m.changedTouches, T = B.length, D, A;
    for (D = 0; D < T; ++D)
      (A = i[B[D].identifier]) && (Ht(m), A("drag", m, B[D]));
  }
  function N(m) {
    var B = m.changedTouches, T = B.length, D, A;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), D = 0; D < T; ++D)
      (A = i[B[D].identifier]) && (ho(m), A("end", m, B[D]));
  }
  function g(m, B, T, D, A, F) {
    var G = r.copy(), L = ot(F || T, B), S, Z, x;
    if ((x = n.call(m, new No("beforestart", {
      sourceEvent: T,
      target: d,
      identifier: A,
      active: s,
      x: L[0],
      y: L[1],
      dx: 0,
      dy: 0,
      dispatch: G
    }), D)) != null)
      return S = x.x - L[0] || 0, Z = x.y - L[1] || 0, function R(M, Y, q) {
        var W = L, K;
        switch (M) {
          case "start":
            i[A] = R, K = s++;
            break;
          case "end":
            delete i[A], --s;
          case "drag":
            L = ot(q || Y, B), K = s;
            break;
        }
        G.call(
          M,
          m,
          new No(M, {
            sourceEvent: Y,
            subject: x,
            target: d,
            identifier: A,
            active: K,
            x: L[0] + S,
            y: L[1] + Z,
            dx: L[0] - W[0],
            dy: L[1] - W[1],
            dispatch: G
          }),
          D
        );
      };
  }
  return d.filter = function(m) {
    return arguments.length ? (e = typeof m == "function" ? m : _n(!!m), d) : e;
  }, d.container = function(m) {
    return arguments.length ? (t = typeof m == "function" ? m : _n(m), d) : t;
  }, d.subject = function(m) {
    return arguments.length ? (n = typeof m == "function" ? m : _n(m), d) : n;
  }, d.touchable = function(m) {
    return arguments.length ? (o = typeof m == "function" ? m : _n(!!m), d) : o;
  }, d.on = function() {
    var m = r.on.apply(r, arguments);
    return m === r ? d : m;
  }, d.clickDistance = function(m) {
    return arguments.length ? (f = (m = +m) * m, d) : Math.sqrt(f);
  }, d;
}
function Xo(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Nr(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function xn() {
}
var cn = 0.7, Hn = 1 / cn, Ft = "\\s*([+-]?\\d+)\\s*", dn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", st = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Yl = /^#([0-9a-f]{3,8})$/, Xl = new RegExp(`^rgb\\(${Ft},${Ft},${Ft}\\)$`), ql = new RegExp(`^rgb\\(${st},${st},${st}\\)$`), Gl = new RegExp(`^rgba\\(${Ft},${Ft},${Ft},${dn}\\)$`), Ul = new RegExp(`^rgba\\(${st},${st},${st},${dn}\\)$`), Wl = new RegExp(`^hsl\\(${dn},${st},${st}\\)$`), Kl = new RegExp(`^hsla\\(${dn},${st},${st},${dn}\\)$`), ai = {
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
Xo(xn, At, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: li,
  // Deprecated! Use color.formatHex.
  formatHex: li,
  formatHex8: Zl,
  formatHsl: Jl,
  formatRgb: ui,
  toString: ui
});
function li() {
  return this.rgb().formatHex();
}
function Zl() {
  return this.rgb().formatHex8();
}
function Jl() {
  return Cr(this).formatHsl();
}
function ui() {
  return this.rgb().formatRgb();
}
function At(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Yl.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ci(t) : n === 3 ? new Ge(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? kn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? kn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Xl.exec(e)) ? new Ge(t[1], t[2], t[3], 1) : (t = ql.exec(e)) ? new Ge(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Gl.exec(e)) ? kn(t[1], t[2], t[3], t[4]) : (t = Ul.exec(e)) ? kn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Wl.exec(e)) ? hi(t[1], t[2] / 100, t[3] / 100, 1) : (t = Kl.exec(e)) ? hi(t[1], t[2] / 100, t[3] / 100, t[4]) : ai.hasOwnProperty(e) ? ci(ai[e]) : e === "transparent" ? new Ge(NaN, NaN, NaN, 0) : null;
}
function ci(e) {
  return new Ge(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function kn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ge(e, t, n, o);
}
function Ql(e) {
  return e instanceof xn || (e = At(e)), e ? (e = e.rgb(), new Ge(e.r, e.g, e.b, e.opacity)) : new Ge();
}
function Co(e, t, n, o) {
  return arguments.length === 1 ? Ql(e) : new Ge(e, t, n, o ?? 1);
}
function Ge(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
Xo(Ge, Co, Nr(xn, {
  brighter(e) {
    return e = e == null ? Hn : Math.pow(Hn, e), new Ge(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? cn : Math.pow(cn, e), new Ge(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ge(It(this.r), It(this.g), It(this.b), Fn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: di,
  // Deprecated! Use color.formatHex.
  formatHex: di,
  formatHex8: jl,
  formatRgb: fi,
  toString: fi
}));
function di() {
  return `#${Ct(this.r)}${Ct(this.g)}${Ct(this.b)}`;
}
function jl() {
  return `#${Ct(this.r)}${Ct(this.g)}${Ct(this.b)}${Ct((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function fi() {
  const e = Fn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${It(this.r)}, ${It(this.g)}, ${It(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Fn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function It(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Ct(e) {
  return e = It(e), (e < 16 ? "0" : "") + e.toString(16);
}
function hi(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new tt(e, t, n, o);
}
function Cr(e) {
  if (e instanceof tt)
    return new tt(e.h, e.s, e.l, e.opacity);
  if (e instanceof xn || (e = At(e)), !e)
    return new tt();
  if (e instanceof tt)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, l = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? r + i : 2 - r - i, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new tt(s, a, l, e.opacity);
}
function eu(e, t, n, o) {
  return arguments.length === 1 ? Cr(e) : new tt(e, t, n, o ?? 1);
}
function tt(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
Xo(tt, eu, Nr(xn, {
  brighter(e) {
    return e = e == null ? Hn : Math.pow(Hn, e), new tt(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? cn : Math.pow(cn, e), new tt(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ge(
      mo(e >= 240 ? e - 240 : e + 120, i, o),
      mo(e, i, o),
      mo(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new tt(mi(this.h), Sn(this.s), Sn(this.l), Fn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Fn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${mi(this.h)}, ${Sn(this.s) * 100}%, ${Sn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function mi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Sn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function mo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const qo = (e) => () => e;
function tu(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function nu(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function ou(e) {
  return (e = +e) == 1 ? Mr : function(t, n) {
    return n - t ? nu(t, n, e) : qo(isNaN(t) ? n : t);
  };
}
function Mr(e, t) {
  var n = t - e;
  return n ? tu(e, n) : qo(isNaN(e) ? t : e);
}
const Yn = function e(t) {
  var n = ou(t);
  function o(i, r) {
    var s = n((i = Co(i)).r, (r = Co(r)).r), a = n(i.g, r.g), l = n(i.b, r.b), u = Mr(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function iu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function ru(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function su(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = nn(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function au(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function it(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function lu(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = nn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Mo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, vo = new RegExp(Mo.source, "g");
function uu(e) {
  return function() {
    return e;
  };
}
function cu(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ir(e, t) {
  var n = Mo.lastIndex = vo.lastIndex = 0, o, i, r, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = Mo.exec(e)) && (i = vo.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, l.push({ i: s, x: it(o, i) })), n = vo.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? l[0] ? cu(l[0].x) : uu(t) : (t = l.length, function(u) {
    for (var c = 0, f; c < t; ++c)
      a[(f = l[c]).i] = f.x(u);
    return a.join("");
  });
}
function nn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? qo(t) : (n === "number" ? it : n === "string" ? (o = At(t)) ? (t = o, Yn) : Ir : t instanceof At ? Yn : t instanceof Date ? au : ru(t) ? iu : Array.isArray(t) ? su : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? lu : it)(e, t);
}
var vi = 180 / Math.PI, Io = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Tr(e, t, n, o, i, r) {
  var s, a, l;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (l = e * n + t * o) && (n -= e * l, o -= t * l), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, l /= a), e * o < t * n && (e = -e, t = -t, l = -l, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * vi,
    skewX: Math.atan(l) * vi,
    scaleX: s,
    scaleY: a
  };
}
var $n;
function du(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Io : Tr(t.a, t.b, t.c, t.d, t.e, t.f);
}
function fu(e) {
  return e == null || ($n || ($n = document.createElementNS("http://www.w3.org/2000/svg", "g")), $n.setAttribute("transform", e), !(e = $n.transform.baseVal.consolidate())) ? Io : (e = e.matrix, Tr(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Pr(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, f, d, h, $) {
    if (u !== f || c !== d) {
      var y = h.push("translate(", null, t, null, n);
      $.push({ i: y - 4, x: it(u, f) }, { i: y - 2, x: it(c, d) });
    } else (f || d) && h.push("translate(" + f + t + d + n);
  }
  function s(u, c, f, d) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), d.push({ i: f.push(i(f) + "rotate(", null, o) - 2, x: it(u, c) })) : c && f.push(i(f) + "rotate(" + c + o);
  }
  function a(u, c, f, d) {
    u !== c ? d.push({ i: f.push(i(f) + "skewX(", null, o) - 2, x: it(u, c) }) : c && f.push(i(f) + "skewX(" + c + o);
  }
  function l(u, c, f, d, h, $) {
    if (u !== f || c !== d) {
      var y = h.push(i(h) + "scale(", null, ",", null, ")");
      $.push({ i: y - 4, x: it(u, f) }, { i: y - 2, x: it(c, d) });
    } else (f !== 1 || d !== 1) && h.push(i(h) + "scale(" + f + "," + d + ")");
  }
  return function(u, c) {
    var f = [], d = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, f, d), s(u.rotate, c.rotate, f, d), a(u.skewX, c.skewX, f, d), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, f, d), u = c = null, function(h) {
      for (var $ = -1, y = d.length, p; ++$ < y; )
        f[(p = d[$]).i] = p.x(h);
      return f.join("");
    };
  };
}
var hu = Pr(du, "px, ", "px)", "deg)"), mu = Pr(fu, ", ", ")", ")"), vu = 1e-12;
function gi(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function gu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function pu(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const zn = function e(t, n, o) {
  function i(r, s) {
    var a = r[0], l = r[1], u = r[2], c = s[0], f = s[1], d = s[2], h = c - a, $ = f - l, y = h * h + $ * $, p, k;
    if (y < vu)
      k = Math.log(d / u) / t, p = function(D) {
        return [
          a + D * h,
          l + D * $,
          u * Math.exp(t * D * k)
        ];
      };
    else {
      var N = Math.sqrt(y), g = (d * d - u * u + o * y) / (2 * u * n * N), m = (d * d - u * u - o * y) / (2 * d * n * N), B = Math.log(Math.sqrt(g * g + 1) - g), T = Math.log(Math.sqrt(m * m + 1) - m);
      k = (T - B) / t, p = function(D) {
        var A = D * k, F = gi(B), G = u / (n * N) * (F * pu(t * A + B) - gu(B));
        return [
          a + G * h,
          l + G * $,
          u * F / gi(t * A + B)
        ];
      };
    }
    return p.duration = k * 1e3 * t / Math.SQRT2, p;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, l = a * a;
    return e(s, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Ut = 0, jt = 0, Jt = 0, Ar = 1e3, Xn, en, qn = 0, Dt = 0, eo = 0, fn = typeof performance == "object" && performance.now ? performance : Date, Dr = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Go() {
  return Dt || (Dr(yu), Dt = fn.now() + eo);
}
function yu() {
  Dt = 0;
}
function Gn() {
  this._call = this._time = this._next = null;
}
Gn.prototype = zr.prototype = {
  constructor: Gn,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? Go() : +n) + (t == null ? 0 : +t), !this._next && en !== this && (en ? en._next = this : Xn = this, en = this), this._call = e, this._time = n, To();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, To());
  }
};
function zr(e, t, n) {
  var o = new Gn();
  return o.restart(e, t, n), o;
}
function wu() {
  Go(), ++Ut;
  for (var e = Xn, t; e; )
    (t = Dt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Ut;
}
function pi() {
  Dt = (qn = fn.now()) + eo, Ut = jt = 0;
  try {
    wu();
  } finally {
    Ut = 0, bu(), Dt = 0;
  }
}
function xu() {
  var e = fn.now(), t = e - qn;
  t > Ar && (eo -= t, qn = e);
}
function bu() {
  for (var e, t = Xn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Xn = n);
  en = e, To(o);
}
function To(e) {
  if (!Ut) {
    jt && (jt = clearTimeout(jt));
    var t = e - Dt;
    t > 24 ? (e < 1 / 0 && (jt = setTimeout(pi, e - fn.now() - eo)), Jt && (Jt = clearInterval(Jt))) : (Jt || (qn = fn.now(), Jt = setInterval(xu, Ar)), Ut = 1, Dr(pi));
  }
}
function yi(e, t, n) {
  var o = new Gn();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var _u = Qn("start", "end", "cancel", "interrupt"), ku = [], Or = 0, wi = 1, Po = 2, On = 3, xi = 4, Ao = 5, Bn = 6;
function to(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  Su(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: _u,
    tween: ku,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Or
  });
}
function Uo(e, t) {
  var n = nt(e, t);
  if (n.state > Or)
    throw new Error("too late; already scheduled");
  return n;
}
function lt(e, t) {
  var n = nt(e, t);
  if (n.state > On)
    throw new Error("too late; already running");
  return n;
}
function nt(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Su(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = zr(r, 0, n.time);
  function r(u) {
    n.state = wi, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, f, d, h;
    if (n.state !== wi)
      return l();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === On)
          return yi(s);
        h.state === xi ? (h.state = Bn, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = Bn, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (yi(function() {
      n.state === On && (n.state = xi, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Po, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Po) {
      for (n.state = On, i = new Array(d = n.tween.length), c = 0, f = -1; c < d; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++f] = h);
      i.length = f + 1;
    }
  }
  function a(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Ao, 1), f = -1, d = i.length; ++f < d; )
      i[f].call(e, c);
    n.state === Ao && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = Bn, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function Rn(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Po && o.state < Ao, o.state = Bn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function $u(e) {
  return this.each(function() {
    Rn(this, e);
  });
}
function Eu(e, t) {
  var n, o;
  return function() {
    var i = lt(this, e), r = i.tween;
    if (r !== n) {
      o = n = r;
      for (var s = 0, a = o.length; s < a; ++s)
        if (o[s].name === t) {
          o = o.slice(), o.splice(s, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function Nu(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = lt(this, e), s = r.tween;
    if (s !== o) {
      i = (o = s).slice();
      for (var a = { name: t, value: n }, l = 0, u = i.length; l < u; ++l)
        if (i[l].name === t) {
          i[l] = a;
          break;
        }
      l === u && i.push(a);
    }
    r.tween = i;
  };
}
function Cu(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = nt(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Eu : Nu)(n, e, t));
}
function Wo(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = lt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return nt(i, o).value[t];
  };
}
function Br(e, t) {
  var n;
  return (typeof t == "number" ? it : t instanceof At ? Yn : (n = At(t)) ? (t = n, Yn) : Ir)(e, t);
}
function Mu(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Iu(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Tu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Pu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Au(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function Du(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function zu(e, t) {
  var n = jn(e), o = n === "transform" ? mu : Br;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Du : Au)(n, o, Wo(this, "attr." + e, t)) : t == null ? (n.local ? Iu : Mu)(n) : (n.local ? Pu : Tu)(n, o, t));
}
function Ou(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Bu(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Ru(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Bu(e, r)), n;
  }
  return i._value = t, i;
}
function Vu(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Ou(e, r)), n;
  }
  return i._value = t, i;
}
function Lu(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = jn(e);
  return this.tween(n, (o.local ? Ru : Vu)(o, t));
}
function Hu(e, t) {
  return function() {
    Uo(this, e).delay = +t.apply(this, arguments);
  };
}
function Fu(e, t) {
  return t = +t, function() {
    Uo(this, e).delay = t;
  };
}
function Yu(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Hu : Fu)(t, e)) : nt(this.node(), t).delay;
}
function Xu(e, t) {
  return function() {
    lt(this, e).duration = +t.apply(this, arguments);
  };
}
function qu(e, t) {
  return t = +t, function() {
    lt(this, e).duration = t;
  };
}
function Gu(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Xu : qu)(t, e)) : nt(this.node(), t).duration;
}
function Uu(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    lt(this, e).ease = t;
  };
}
function Wu(e) {
  var t = this._id;
  return arguments.length ? this.each(Uu(t, e)) : nt(this.node(), t).ease;
}
function Ku(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    lt(this, e).ease = n;
  };
}
function Zu(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Ku(this._id, e));
}
function Ju(e) {
  typeof e != "function" && (e = vr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new vt(o, this._parents, this._name, this._id);
}
function Qu(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var l = t[a], u = n[a], c = l.length, f = s[a] = new Array(c), d, h = 0; h < c; ++h)
      (d = l[h] || u[h]) && (f[h] = d);
  for (; a < o; ++a)
    s[a] = t[a];
  return new vt(s, this._parents, this._name, this._id);
}
function ju(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function ec(e, t, n) {
  var o, i, r = ju(t) ? Uo : lt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function tc(e, t) {
  var n = this._id;
  return arguments.length < 2 ? nt(this.node(), n).on.on(e) : this.each(ec(n, e, t));
}
function nc(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function oc() {
  return this.on("end.remove", nc(this._id));
}
function ic(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Fo(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], l = a.length, u = r[s] = new Array(l), c, f, d = 0; d < l; ++d)
      (c = a[d]) && (f = e.call(c, c.__data__, d, a)) && ("__data__" in c && (f.__data__ = c.__data__), u[d] = f, to(u[d], t, n, d, u, nt(c, n)));
  return new vt(r, this._parents, t, n);
}
function rc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = mr(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var l = o[a], u = l.length, c, f = 0; f < u; ++f)
      if (c = l[f]) {
        for (var d = e.call(c, c.__data__, f, l), h, $ = nt(c, n), y = 0, p = d.length; y < p; ++y)
          (h = d[y]) && to(h, t, n, y, d, $);
        r.push(d), s.push(c);
      }
  return new vt(r, s, t, n);
}
var sc = wn.prototype.constructor;
function ac() {
  return new sc(this._groups, this._parents);
}
function lc(e, t) {
  var n, o, i;
  return function() {
    var r = Gt(this, e), s = (this.style.removeProperty(e), Gt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Rr(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function uc(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Gt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function cc(e, t, n) {
  var o, i, r;
  return function() {
    var s = Gt(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), Gt(this, e))), s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a));
  };
}
function dc(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var l = lt(this, e), u = l.on, c = l.value[r] == null ? a || (a = Rr(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), l.on = o;
  };
}
function fc(e, t, n) {
  var o = (e += "") == "transform" ? hu : Br;
  return t == null ? this.styleTween(e, lc(e, o)).on("end.style." + e, Rr(e)) : typeof t == "function" ? this.styleTween(e, cc(e, o, Wo(this, "style." + e, t))).each(dc(this._id, e)) : this.styleTween(e, uc(e, o, t), n).on("end.style." + e, null);
}
function hc(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function mc(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && hc(e, s, n)), o;
  }
  return r._value = t, r;
}
function vc(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, mc(e, t, n ?? ""));
}
function gc(e) {
  return function() {
    this.textContent = e;
  };
}
function pc(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function yc(e) {
  return this.tween("text", typeof e == "function" ? pc(Wo(this, "text", e)) : gc(e == null ? "" : e + ""));
}
function wc(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function xc(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && wc(i)), t;
  }
  return o._value = e, o;
}
function bc(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, xc(e));
}
function _c() {
  for (var e = this._name, t = this._id, n = Vr(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = nt(l, t);
        to(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new vt(o, this._parents, e, n);
}
function kc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = lt(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var Sc = 0;
function vt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Vr() {
  return ++Sc;
}
var ct = wn.prototype;
vt.prototype = {
  constructor: vt,
  select: ic,
  selectAll: rc,
  selectChild: ct.selectChild,
  selectChildren: ct.selectChildren,
  filter: Ju,
  merge: Qu,
  selection: ac,
  transition: _c,
  call: ct.call,
  nodes: ct.nodes,
  node: ct.node,
  size: ct.size,
  empty: ct.empty,
  each: ct.each,
  on: tc,
  attr: zu,
  attrTween: Lu,
  style: fc,
  styleTween: vc,
  text: yc,
  textTween: bc,
  remove: oc,
  tween: Cu,
  delay: Yu,
  duration: Gu,
  ease: Wu,
  easeVarying: Zu,
  end: kc,
  [Symbol.iterator]: ct[Symbol.iterator]
};
function $c(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Ec = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: $c
};
function Nc(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Cc(e) {
  var t, n;
  e instanceof vt ? (t = e._id, e = e._name) : (t = Vr(), (n = Ec).time = Go(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && to(l, e, t, u, s, n || Nc(l, t));
  return new vt(o, this._parents, e, t);
}
wn.prototype.interrupt = $u;
wn.prototype.transition = Cc;
const En = (e) => () => e;
function Mc(e, {
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
function go(e) {
  e.stopImmediatePropagation();
}
function Qt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ic(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Tc() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function bi() {
  return this.__zoom || Wt;
}
function Pc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Ac() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Dc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function zc() {
  var e = Ic, t = Tc, n = Dc, o = Pc, i = Ac, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = zn, u = Qn("start", "zoom", "end"), c, f, d, h = 500, $ = 150, y = 0, p = 10;
  function k(x) {
    x.property("__zoom", bi).on("wheel.zoom", A, { passive: !1 }).on("mousedown.zoom", F).on("dblclick.zoom", G).filter(i).on("touchstart.zoom", L).on("touchmove.zoom", S).on("touchend.zoom touchcancel.zoom", Z).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  k.transform = function(x, R, M, Y) {
    var q = x.selection ? x.selection() : x;
    q.property("__zoom", bi), x !== q ? B(x, R, M, Y) : q.interrupt().each(function() {
      T(this, arguments).event(Y).start().zoom(null, typeof R == "function" ? R.apply(this, arguments) : R).end();
    });
  }, k.scaleBy = function(x, R, M, Y) {
    k.scaleTo(x, function() {
      var q = this.__zoom.k, W = typeof R == "function" ? R.apply(this, arguments) : R;
      return q * W;
    }, M, Y);
  }, k.scaleTo = function(x, R, M, Y) {
    k.transform(x, function() {
      var q = t.apply(this, arguments), W = this.__zoom, K = M == null ? m(q) : typeof M == "function" ? M.apply(this, arguments) : M, te = W.invert(K), ue = typeof R == "function" ? R.apply(this, arguments) : R;
      return n(g(N(W, ue), K, te), q, s);
    }, M, Y);
  }, k.translateBy = function(x, R, M, Y) {
    k.transform(x, function() {
      return n(this.__zoom.translate(
        typeof R == "function" ? R.apply(this, arguments) : R,
        typeof M == "function" ? M.apply(this, arguments) : M
      ), t.apply(this, arguments), s);
    }, null, Y);
  }, k.translateTo = function(x, R, M, Y, q) {
    k.transform(x, function() {
      var W = t.apply(this, arguments), K = this.__zoom, te = Y == null ? m(W) : typeof Y == "function" ? Y.apply(this, arguments) : Y;
      return n(Wt.translate(te[0], te[1]).scale(K.k).translate(
        typeof R == "function" ? -R.apply(this, arguments) : -R,
        typeof M == "function" ? -M.apply(this, arguments) : -M
      ), W, s);
    }, Y, q);
  };
  function N(x, R) {
    return R = Math.max(r[0], Math.min(r[1], R)), R === x.k ? x : new ht(R, x.x, x.y);
  }
  function g(x, R, M) {
    var Y = R[0] - M[0] * x.k, q = R[1] - M[1] * x.k;
    return Y === x.x && q === x.y ? x : new ht(x.k, Y, q);
  }
  function m(x) {
    return [(+x[0][0] + +x[1][0]) / 2, (+x[0][1] + +x[1][1]) / 2];
  }
  function B(x, R, M, Y) {
    x.on("start.zoom", function() {
      T(this, arguments).event(Y).start();
    }).on("interrupt.zoom end.zoom", function() {
      T(this, arguments).event(Y).end();
    }).tween("zoom", function() {
      var q = this, W = arguments, K = T(q, W).event(Y), te = t.apply(q, W), ue = M == null ? m(te) : typeof M == "function" ? M.apply(q, W) : M, he = Math.max(te[1][0] - te[0][0], te[1][1] - te[0][1]), xe = q.__zoom, oe = typeof R == "function" ? R.apply(q, W) : R, U = l(xe.invert(ue).concat(he / xe.k), oe.invert(ue).concat(he / oe.k));
      return function(Q) {
        if (Q === 1)
          Q = oe;
        else {
          var be = U(Q), Ie = he / be[2];
          Q = new ht(Ie, ue[0] - be[0] * Ie, ue[1] - be[1] * Ie);
        }
        K.zoom(null, Q);
      };
    });
  }
  function T(x, R, M) {
    return !M && x.__zooming || new D(x, R);
  }
  function D(x, R) {
    this.that = x, this.args = R, this.active = 0, this.sourceEvent = null, this.extent = t.apply(x, R), this.taps = 0;
  }
  D.prototype = {
    event: function(x) {
      return x && (this.sourceEvent = x), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(x, R) {
      return this.mouse && x !== "mouse" && (this.mouse[1] = R.invert(this.mouse[0])), this.touch0 && x !== "touch" && (this.touch0[1] = R.invert(this.touch0[0])), this.touch1 && x !== "touch" && (this.touch1[1] = R.invert(this.touch1[0])), this.that.__zoom = R, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(x) {
      var R = et(this.that).datum();
      u.call(
        x,
        this.that,
        new Mc(x, {
          sourceEvent: this.sourceEvent,
          target: k,
          transform: this.that.__zoom,
          dispatch: u
        }),
        R
      );
    }
  };
  function A(x, ...R) {
    if (!e.apply(this, arguments))
      return;
    var M = T(this, R).event(x), Y = this.__zoom, q = Math.max(r[0], Math.min(r[1], Y.k * Math.pow(2, o.apply(this, arguments)))), W = ot(x);
    if (M.wheel)
      (M.mouse[0][0] !== W[0] || M.mouse[0][1] !== W[1]) && (M.mouse[1] = Y.invert(M.mouse[0] = W)), clearTimeout(M.wheel);
    else {
      if (Y.k === q)
        return;
      M.mouse = [W, Y.invert(W)], Rn(this), M.start();
    }
    Qt(x), M.wheel = setTimeout(K, $), M.zoom("mouse", n(g(N(Y, q), M.mouse[0], M.mouse[1]), M.extent, s));
    function K() {
      M.wheel = null, M.end();
    }
  }
  function F(x, ...R) {
    if (d || !e.apply(this, arguments))
      return;
    var M = x.currentTarget, Y = T(this, R, !0).event(x), q = et(x.view).on("mousemove.zoom", ue, !0).on("mouseup.zoom", he, !0), W = ot(x, M), K = x.clientX, te = x.clientY;
    $r(x.view), go(x), Y.mouse = [W, this.__zoom.invert(W)], Rn(this), Y.start();
    function ue(xe) {
      if (Qt(xe), !Y.moved) {
        var oe = xe.clientX - K, U = xe.clientY - te;
        Y.moved = oe * oe + U * U > y;
      }
      Y.event(xe).zoom("mouse", n(g(Y.that.__zoom, Y.mouse[0] = ot(xe, M), Y.mouse[1]), Y.extent, s));
    }
    function he(xe) {
      q.on("mousemove.zoom mouseup.zoom", null), Er(xe.view, Y.moved), Qt(xe), Y.event(xe).end();
    }
  }
  function G(x, ...R) {
    if (e.apply(this, arguments)) {
      var M = this.__zoom, Y = ot(x.changedTouches ? x.changedTouches[0] : x, this), q = M.invert(Y), W = M.k * (x.shiftKey ? 0.5 : 2), K = n(g(N(M, W), Y, q), t.apply(this, R), s);
      Qt(x), a > 0 ? et(this).transition().duration(a).call(B, K, Y, x) : et(this).call(k.transform, K, Y, x);
    }
  }
  function L(x, ...R) {
    if (e.apply(this, arguments)) {
      var M = x.touches, Y = M.length, q = T(this, R, x.changedTouches.length === Y).event(x), W, K, te, ue;
      for (go(x), K = 0; K < Y; ++K)
        te = M[K], ue = ot(te, this), ue = [ue, this.__zoom.invert(ue), te.identifier], q.touch0 ? !q.touch1 && q.touch0[2] !== ue[2] && (q.touch1 = ue, q.taps = 0) : (q.touch0 = ue, W = !0, q.taps = 1 + !!c);
      c && (c = clearTimeout(c)), W && (q.taps < 2 && (f = ue[0], c = setTimeout(function() {
        c = null;
      }, h)), Rn(this), q.start());
    }
  }
  function S(x, ...R) {
    if (this.__zooming) {
      var M = T(this, R).event(x), Y = x.changedTouches, q = Y.length, W, K, te, ue;
      for (Qt(x), W = 0; W < q; ++W)
        K = Y[W], te = ot(K, this), M.touch0 && M.touch0[2] === K.identifier ? M.touch0[0] = te : M.touch1 && M.touch1[2] === K.identifier && (M.touch1[0] = te);
      if (K = M.that.__zoom, M.touch1) {
        var he = M.touch0[0], xe = M.touch0[1], oe = M.touch1[0], U = M.touch1[1], Q = (Q = oe[0] - he[0]) * Q + (Q = oe[1] - he[1]) * Q, be = (be = U[0] - xe[0]) * be + (be = U[1] - xe[1]) * be;
        K = N(K, Math.sqrt(Q / be)), te = [(he[0] + oe[0]) / 2, (he[1] + oe[1]) / 2], ue = [(xe[0] + U[0]) / 2, (xe[1] + U[1]) / 2];
      } else if (M.touch0)
        te = M.touch0[0], ue = M.touch0[1];
      else
        return;
      M.zoom("touch", n(g(K, te, ue), M.extent, s));
    }
  }
  function Z(x, ...R) {
    if (this.__zooming) {
      var M = T(this, R).event(x), Y = x.changedTouches, q = Y.length, W, K;
      for (go(x), d && clearTimeout(d), d = setTimeout(function() {
        d = null;
      }, h), W = 0; W < q; ++W)
        K = Y[W], M.touch0 && M.touch0[2] === K.identifier ? delete M.touch0 : M.touch1 && M.touch1[2] === K.identifier && delete M.touch1;
      if (M.touch1 && !M.touch0 && (M.touch0 = M.touch1, delete M.touch1), M.touch0)
        M.touch0[1] = this.__zoom.invert(M.touch0[0]);
      else if (M.end(), M.taps === 2 && (K = ot(K, this), Math.hypot(f[0] - K[0], f[1] - K[1]) < p)) {
        var te = et(this).on("dblclick.zoom");
        te && te.apply(this, arguments);
      }
    }
  }
  return k.wheelDelta = function(x) {
    return arguments.length ? (o = typeof x == "function" ? x : En(+x), k) : o;
  }, k.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : En(!!x), k) : e;
  }, k.touchable = function(x) {
    return arguments.length ? (i = typeof x == "function" ? x : En(!!x), k) : i;
  }, k.extent = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : En([[+x[0][0], +x[0][1]], [+x[1][0], +x[1][1]]]), k) : t;
  }, k.scaleExtent = function(x) {
    return arguments.length ? (r[0] = +x[0], r[1] = +x[1], k) : [r[0], r[1]];
  }, k.translateExtent = function(x) {
    return arguments.length ? (s[0][0] = +x[0][0], s[1][0] = +x[1][0], s[0][1] = +x[0][1], s[1][1] = +x[1][1], k) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, k.constrain = function(x) {
    return arguments.length ? (n = x, k) : n;
  }, k.duration = function(x) {
    return arguments.length ? (a = +x, k) : a;
  }, k.interpolate = function(x) {
    return arguments.length ? (l = x, k) : l;
  }, k.on = function() {
    var x = u.on.apply(u, arguments);
    return x === u ? k : x;
  }, k.clickDistance = function(x) {
    return arguments.length ? (y = (x = +x) * x, k) : Math.sqrt(y);
  }, k.tapDistance = function(x) {
    return arguments.length ? (p = +x, k) : p;
  }, k;
}
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), Ko = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(Ko || {}), Et = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Et || {}), _t = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(_t || {}), Do = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Do || {}), on = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(on || {});
const Oc = ["INPUT", "SELECT", "TEXTAREA"], Bc = typeof document < "u" ? document : null;
function zo(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Oc.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Rc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function _i(e, t, n, o) {
  const i = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((s) => s.trim().toLowerCase());
  if (i.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const r = i.every(
    (s, a) => n.has(s) && Array.from(n.values())[a] === i[a]
  );
  return o && n.delete(e.toLowerCase()), r;
}
function Vc(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Lc(n.code, e);
    return Array.isArray(e) ? e.some((i) => _i(n[o], i, t, n.type === "keyup")) : _i(n[o], e, t, n.type === "keyup");
  };
}
function Lc(e, t) {
  return t.includes(e) ? "code" : "key";
}
function rn(e, t) {
  const n = J(() => Ce(t == null ? void 0 : t.target) ?? Bc), o = xt(Ce(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = l(Ce(e));
  $e(
    () => Ce(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && a(), s = l(u);
    },
    {
      immediate: !0
    }
  ), fr(["blur", "contextmenu"], a), ii(
    (...u) => s(...u),
    (u) => {
      var c, f;
      const d = Ce(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, h = Ce(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Rc(u), (!i || i && !d) && zo(u))
        return;
      const y = ((f = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : f[0]) || u.target, p = (y == null ? void 0 : y.nodeName) === "BUTTON" || (y == null ? void 0 : y.nodeName) === "A";
      !h && (i || !p) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), ii(
    (...u) => s(...u),
    (u) => {
      const c = Ce(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && zo(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    i = !1, r.clear(), o.value = Ce(e) === !0;
  }
  function l(u) {
    return u === null ? (a(), () => !1) : typeof u == "boolean" ? (a(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Vc(u, r) : u;
  }
  return o;
}
const Lr = "vue-flow__node-desc", Hr = "vue-flow__edge-desc", Hc = "vue-flow__aria-live", Fr = ["Enter", " ", "Escape"], Yt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function Un(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function Wn(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function no(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function gt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Yr(e, t) {
  return {
    x: gt(e.x, t[0][0], t[1][0]),
    y: gt(e.y, t[0][1], t[1][1])
  };
}
function ki(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function kt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Tt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !kt(e);
}
function tn(e) {
  return Tt(e) && "computedPosition" in e;
}
function Nn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Fc(e) {
  return Nn(e.width) && Nn(e.height) && Nn(e.x) && Nn(e.y);
}
function Yc(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: Ue({
      width: 0,
      height: 0
    }),
    computedPosition: Ue({
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
    events: Ue(Ve(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Xr(e, t, n) {
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
    data: Ve(e.data) ? e.data : {},
    events: Ue(Ve(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function qr(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function Xc(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return qr(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => kt(r) && r.source === o).map((r) => n.find((s) => Tt(s) && s.id === r.target));
}
function qc(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return qr(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => kt(r) && r.target === o).map((r) => n.find((s) => Tt(s) && s.id === r.source));
}
function Gr({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Gc(e, t) {
  return t.some(
    (n) => kt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function hn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function mn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? oo(a, s) : a;
}
function Uc(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Ur({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Wc({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Wr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Uc(
      t,
      Ur({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Wc(t);
}
function Kr(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...mn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = a, f = l.width ?? a.width ?? null, d = l.height ?? a.height ?? null;
    if (i && !u || c)
      continue;
    const h = Wn(r, Un(a)), $ = f === null || d === null, y = o && h > 0, p = (f ?? 0) * (d ?? 0);
    ($ || y || h >= p || a.dragging) && s.push(a);
  }
  return s;
}
function Zr(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Lt(e, t) {
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
  return bn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Kc(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Lt(e, n), i = Lt(e, t);
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
    const o = Lt(e.top ?? e.y ?? 0, n), i = Lt(e.bottom ?? e.y ?? 0, n), r = Lt(e.left ?? e.x ?? 0, t), s = Lt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Zc(e, t, n, o, i, r) {
  const { x: s, y: a } = hn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = hn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - l, f = r - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(c),
    bottom: Math.floor(f)
  };
}
function Si(e, t, n, o, i, r = 0.1) {
  const s = Kc(r, t, n), a = (t - s.x) / e.width, l = (n - s.y) / e.height, u = Math.min(a, l), c = gt(u, o, i), f = e.x + e.width / 2, d = e.y + e.height / 2, h = t / 2 - f * c, $ = n / 2 - d * c, y = Zc(e, h, $, c, t, n), p = {
    left: Math.min(y.left - s.left, 0),
    top: Math.min(y.top - s.top, 0),
    right: Math.min(y.right - s.right, 0),
    bottom: Math.min(y.bottom - s.bottom, 0)
  };
  return {
    x: h - p.left + p.right,
    y: $ - p.top + p.bottom,
    zoom: c
  };
}
function Jc(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Jr(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Jr(n, t) : !1;
}
function vn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function $i(e) {
  const t = e.ctrlKey && Kn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ei(e, t, n) {
  return e < t ? gt(Math.abs(e - t), 1, t) / t : e > n ? -gt(Math.abs(e - n), 1, t) / t : 0;
}
function Qr(e, t, n = 15, o = 40) {
  const i = Ei(e.x, o, t.width - o) * n, r = Ei(e.y, o, t.height - o) * n;
  return [i, r];
}
function po(e, t) {
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
function Ni(e, t) {
  var n, o;
  const i = e.filter((s) => s.type === "add" || s.type === "remove");
  for (const s of i)
    if (s.type === "add")
      t.findIndex((l) => l.id === s.item.id) === -1 && t.push(s.item);
    else if (s.type === "remove") {
      const a = t.findIndex((l) => l.id === s.id);
      a !== -1 && t.splice(a, 1);
    }
  const r = t.map((s) => s.id);
  for (const s of t)
    for (const a of e)
      if (a.id === s.id)
        switch (a.type) {
          case "select":
            s.selected = a.selected;
            break;
          case "position":
            if (tn(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const l = t[r.indexOf(s.parentNode)];
              l && tn(l) && po(s, l);
            }
            break;
          case "dimensions":
            if (tn(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const l = t[r.indexOf(s.parentNode)];
              l && tn(l) && (!!l.dimensions.width && !!l.dimensions.height ? po(s, l) : Xe(() => {
                po(s, l);
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
function Ci(e) {
  return {
    item: e,
    type: "add"
  };
}
function Mi(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Ii(e, t, n, o, i) {
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
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(yt(r.id, s)));
  }
  return o;
}
const Ti = () => {
};
function ne(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Ti, o = () => !1;
  const i = () => t.size > 0 || o(), r = (d) => {
    n = d;
  }, s = () => {
    n = Ti;
  }, a = (d) => {
    o = d;
  }, l = () => {
    o = () => !1;
  }, u = (d) => {
    t.delete(d);
  };
  return {
    on: (d) => {
      t.add(d);
      const h = () => u(d);
      return ln(h), { off: h };
    },
    off: u,
    trigger: (d) => {
      const h = [n];
      return i() ? h.push(...t) : e && h.push(e), Promise.allSettled(h.map(($) => $(d)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: a,
    removeHasEmitListeners: l
  };
}
function Pi(e, t, n) {
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
function Qc(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !Jr(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(a) && s.set(a, {
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
  return Array.from(s.values());
}
function yo({
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
function jr(e) {
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
function jc(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? jr(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function ed(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = jc(i, e, o);
      r && (i = r);
    } else
      t(new Fe(Le.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = (o == null ? void 0 : o.computedPosition.x) || 0, s = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + r, i[0][1] + s],
      [i[1][0] + r, i[1][1] + s]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [r, s, a, l] = jr(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i.range[0][0] + u + l, i.range[0][1] + c + r],
      [i.range[1][0] + u - s, i.range[1][1] + c - a]
    ];
  }
  return i === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : i;
}
function td({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function Zo(e, t, n, o, i) {
  const r = td(e.dimensions, ed(e, n, o, i)), s = Yr(t, r);
  return {
    position: {
      x: s.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: s.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: s
  };
}
function Kt(e, t, n = se.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? rd(e);
  if (o)
    return { x: i + s / 2, y: r + a / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case se.Top:
      return { x: i + s / 2, y: r };
    case se.Right:
      return { x: i + s, y: r + a / 2 };
    case se.Bottom:
      return { x: i + s / 2, y: r + a };
    case se.Left:
      return { x: i, y: r + a / 2 };
  }
}
function Ai(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function nd({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: i,
  targetHeight: r,
  width: s,
  height: a,
  viewport: l
}) {
  const u = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + i),
    y2: Math.max(e.y + o, t.y + r)
  };
  u.x === u.x2 && (u.x2 += 1), u.y === u.y2 && (u.y2 += 1);
  const c = Ur({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: s / l.zoom,
    height: a / l.zoom
  }), f = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), d = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(f * d) > 0;
}
function od(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var Le = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(Le || {});
const Di = {
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
    super((o = Di[t]) == null ? void 0 : o.call(Di, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function Jo(e) {
  return "clientX" in e;
}
function id(e) {
  return "sourceEvent" in e;
}
function rt(e, t) {
  const n = Jo(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const Kn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function rd(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function oo(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const sd = () => !0;
function wo(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function ad(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    Wn(i, Un(r)) > 0 && o.push(r);
  return o;
}
const ld = 250;
function ud(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const l = ad(e, n, t + ld);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const f of c) {
      if (o.nodeId === f.nodeId && o.type === f.type && o.id === f.id)
        continue;
      const { x: d, y: h } = Kt(u, f, f.position, !0), $ = Math.sqrt((d - e.x) ** 2 + (h - e.y) ** 2);
      $ > t || ($ < a ? (s = [{ ...f, x: d, y: h }], a = $) : $ === a && s.push({ ...f, x: d, y: h }));
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
function zi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: l,
  isValidConnection: u = sd
}, c, f, d, h) {
  const $ = r === "target", y = t ? s.querySelector(`.${a}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: p, y: k } = rt(e), N = s.elementFromPoint(p, k), g = N != null && N.classList.contains(`${a}-flow__handle`) ? N : y, m = {
    handleDomNode: g,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (g) {
    const B = es(void 0, g), T = g.getAttribute("data-nodeid"), D = g.getAttribute("data-handleid"), A = g.classList.contains("connectable"), F = g.classList.contains("connectableend");
    if (!T || !B)
      return m;
    const G = {
      source: $ ? T : o,
      sourceHandle: $ ? D : i,
      target: $ ? o : T,
      targetHandle: $ ? i : D
    };
    m.connection = G;
    const S = A && F && (n === _t.Strict ? $ && B === "source" || !$ && B === "target" : T !== o || D !== i);
    m.isValid = S && u(G, {
      nodes: f,
      edges: c,
      sourceNode: d(G.source),
      targetNode: d(G.target)
    }), m.toHandle = ts(T, B, D, h, n, !0);
  }
  return m;
}
function es(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function cd(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function dd(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function ts(e, t, n, o, i, r = !1) {
  var s, a, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === _t.Strict ? (s = u.handleBounds) == null ? void 0 : s[t] : [...((a = u.handleBounds) == null ? void 0 : a.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], f = (n ? c == null ? void 0 : c.find((d) => d.id === n) : c == null ? void 0 : c[0]) ?? null;
  return f && r ? { ...f, ...Kt(u, f, f.position, !0) } : f;
}
const Oo = {
  [se.Left]: se.Right,
  [se.Right]: se.Left,
  [se.Top]: se.Bottom,
  [se.Bottom]: se.Top
}, fd = ["production", "prod"];
function bn(e, ...t) {
  ns() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function ns() {
  return !fd.includes("production");
}
function Oi(e, t, n, o, i) {
  const r = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return r != null && r.length ? Array.from(r).map((s) => {
    const a = s.getBoundingClientRect();
    return {
      id: s.getAttribute("data-handleid"),
      type: e,
      nodeId: i,
      position: s.getAttribute("data-handlepos"),
      x: (a.left - n.left) / o,
      y: (a.top - n.top) / o,
      ...no(s)
    };
  }) : null;
}
function Bo(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Xe(() => {
    s.blur();
  })) : n([e]);
}
function Ve(e) {
  return typeof V(e) < "u";
}
function hd(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Fe(Le.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return kt(e) ? i = e : i = {
    ...e,
    id: Gr(e)
  }, i = Xr(i, void 0, o), Gc(i, t) ? !1 : i;
}
function md(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Fe(Le.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Fe(Le.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Gr(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Bi(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Tt(s)) {
      n(
        new Fe(Le.NODE_INVALID, s == null ? void 0 : s.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = Yc(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new Fe(Le.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function Ri(e, t, n, o, i, r) {
  let s = i;
  const a = o.get(s) || /* @__PURE__ */ new Map();
  o.set(s, a.set(n, t)), s = `${i}-${e}`;
  const l = o.get(s) || /* @__PURE__ */ new Map();
  if (o.set(s, l.set(n, t)), r) {
    s = `${i}-${e}-${r}`;
    const u = o.get(s) || /* @__PURE__ */ new Map();
    o.set(s, u.set(n, t));
  }
}
function xo(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: a = null } = o, l = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: a }, u = `${i}-${s}--${r}-${a}`, c = `${r}-${a}--${i}-${s}`;
    Ri("source", l, c, e, i, s), Ri("target", l, u, e, r, a);
  }
}
function Vi(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function bo(e, t, n, o, i, r, s, a) {
  const l = [];
  for (const u of e) {
    const c = kt(u) ? u : hd(u, a, i, r);
    if (!c)
      continue;
    const f = n(c.source), d = n(c.target);
    if (!f || !d) {
      i(new Fe(Le.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!f) {
      i(new Fe(Le.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!d) {
      i(new Fe(Le.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: a,
      nodes: s,
      sourceNode: f,
      targetNode: d
    })) {
      i(new Fe(Le.EDGE_INVALID, c.id));
      continue;
    }
    const h = o(c.id);
    l.push({
      ...Xr(c, h, r),
      sourceNode: f,
      targetNode: d
    });
  }
  return l;
}
const Li = Symbol("vueFlow"), Qo = Symbol("nodeId"), os = Symbol("nodeRef"), vd = Symbol("edgeId"), gd = Symbol("edgeRef"), io = Symbol("slots");
function is(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: i,
    nodeLookup: r,
    nodeExtent: s,
    nodeDragThreshold: a,
    viewport: l,
    autoPanOnNodeDrag: u,
    autoPanSpeed: c,
    nodesDraggable: f,
    panBy: d,
    findNode: h,
    multiSelectionActive: $,
    nodesSelectionActive: y,
    selectNodesOnDrag: p,
    removeSelectedElements: k,
    addSelectedNodes: N,
    updateNodePositions: g,
    emits: m
  } = De(), { onStart: B, onDrag: T, onStop: D, onClick: A, el: F, disabled: G, id: L, selectable: S, dragHandle: Z } = e, x = xt(!1);
  let R = [], M, Y = null, q = { x: void 0, y: void 0 }, W = { x: 0, y: 0 }, K = null, te = !1, ue = !1, he = 0, xe = !1;
  const oe = rs(), U = ({ x: de, y: ce }) => {
    q = { x: de, y: ce };
    let w = !1;
    if (R = R.map((v) => {
      const b = { x: de - v.distance.x, y: ce - v.distance.y }, { computedPosition: P } = Zo(
        v,
        n.value ? oo(b, o.value) : b,
        m.error,
        s.value,
        v.parentNode ? h(v.parentNode) : void 0
      );
      return w = w || v.position.x !== P.x || v.position.y !== P.y, v.position = P, v;
    }), ue = ue || w, !!w && (g(R, !0, !0), x.value = !0, K)) {
      const [v, b] = yo({
        id: L,
        dragItems: R,
        findNode: h
      });
      T({ event: K, node: v, nodes: b });
    }
  }, Q = () => {
    if (!Y)
      return;
    const [de, ce] = Qr(W, Y, c.value);
    if (de !== 0 || ce !== 0) {
      const w = {
        x: (q.x ?? 0) - de / l.value.zoom,
        y: (q.y ?? 0) - ce / l.value.zoom
      };
      d({ x: de, y: ce }) && U(w);
    }
    he = requestAnimationFrame(Q);
  }, be = (de, ce) => {
    te = !0;
    const w = h(L);
    !p.value && !$.value && w && (w.selected || k()), w && Ce(S) && p.value && Bo(
      w,
      $.value,
      N,
      k,
      y,
      !1,
      ce
    );
    const v = oe(de.sourceEvent);
    if (q = v, R = Qc(r.value, f.value, v, L), R.length) {
      const [b, P] = yo({
        id: L,
        dragItems: R,
        findNode: h
      });
      B({ event: de.sourceEvent, node: b, nodes: P });
    }
  }, Ie = (de, ce) => {
    var w;
    de.sourceEvent.type === "touchmove" && de.sourceEvent.touches.length > 1 || (ue = !1, a.value === 0 && be(de, ce), q = oe(de.sourceEvent), Y = ((w = t.value) == null ? void 0 : w.getBoundingClientRect()) || null, W = rt(de.sourceEvent, Y));
  }, pe = (de, ce) => {
    const w = oe(de.sourceEvent);
    if (!xe && te && u.value && (xe = !0, Q()), !te) {
      const v = w.xSnapped - (q.x ?? 0), b = w.ySnapped - (q.y ?? 0);
      Math.sqrt(v * v + b * b) > a.value && be(de, ce);
    }
    (q.x !== w.xSnapped || q.y !== w.ySnapped) && R.length && te && (K = de.sourceEvent, W = rt(de.sourceEvent, Y), U(w));
  }, Ee = (de) => {
    let ce = !1;
    if (!te && !x.value && !$.value) {
      const w = de.sourceEvent, v = oe(w), b = v.xSnapped - (q.x ?? 0), P = v.ySnapped - (q.y ?? 0), I = Math.sqrt(b * b + P * P);
      I !== 0 && I <= a.value && (A == null || A(w), ce = !0);
    }
    if (R.length && !ce) {
      ue && (g(R, !1, !1), ue = !1);
      const [w, v] = yo({
        id: L,
        dragItems: R,
        findNode: h
      });
      D({ event: de.sourceEvent, node: w, nodes: v });
    }
    R = [], x.value = !1, xe = !1, te = !1, q = { x: void 0, y: void 0 }, cancelAnimationFrame(he);
  };
  return $e([() => Ce(G), F], ([de, ce], w, v) => {
    if (ce) {
      const b = et(ce);
      de || (M = Fl().on("start", (P) => Ie(P, ce)).on("drag", (P) => pe(P, ce)).on("end", (P) => Ee(P)).filter((P) => {
        const I = P.target, j = Ce(Z);
        return !P.button && (!i.value || !Pi(I, `.${i.value}`, ce) && (!j || Pi(I, j, ce)));
      }), b.call(M)), v(() => {
        b.on(".drag", null), M && (M.on("start", null), M.on("drag", null), M.on("end", null));
      });
    }
  }), x;
}
function pd() {
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
function yd(e, t) {
  const n = pd();
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
function rs() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = De();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = id(i) ? i.sourceEvent : i, { x: l, y: u } = rt(a, s), c = mn({ x: l, y: u }, e.value), { x: f, y: d } = n.value ? oo(c, t.value) : c;
    return {
      xSnapped: f,
      ySnapped: d,
      ...c
    };
  };
}
function Cn() {
  return !0;
}
function ss({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: i,
  onEdgeUpdate: r,
  onEdgeUpdateEnd: s
}) {
  const {
    id: a,
    vueFlowRef: l,
    connectionMode: u,
    connectionRadius: c,
    connectOnClick: f,
    connectionClickStartHandle: d,
    nodesConnectable: h,
    autoPanOnConnect: $,
    autoPanSpeed: y,
    findNode: p,
    panBy: k,
    startConnection: N,
    updateConnection: g,
    endConnection: m,
    emits: B,
    viewport: T,
    edges: D,
    nodes: A,
    isValidConnection: F,
    nodeLookup: G
  } = De();
  let L = null, S = !1, Z = null;
  function x(M) {
    var Y;
    const q = Ce(n) === "target", W = Jo(M), K = ki(M.target), te = M.currentTarget;
    if (te && (W && M.button === 0 || !W)) {
      let ue = function(ie) {
        w = rt(ie, Ee), U = ud(
          mn(w, T.value, !1, [1, 1]),
          c.value,
          G.value,
          P
        ), v || (b(), v = !0);
        const fe = zi(
          ie,
          {
            handle: U,
            connectionMode: u.value,
            fromNodeId: Ce(t),
            fromHandleId: Ce(e),
            fromType: q ? "target" : "source",
            isValidConnection: oe,
            doc: K,
            lib: "vue",
            flowId: a,
            nodeLookup: G.value
          },
          D.value,
          A.value,
          p,
          G.value
        );
        Z = fe.handleDomNode, L = fe.connection, S = dd(!!U, fe.isValid);
        const _e = {
          // from stays the same
          ...le,
          isValid: S,
          to: fe.toHandle && S ? hn({ x: fe.toHandle.x, y: fe.toHandle.y }, T.value) : w,
          toHandle: fe.toHandle,
          toPosition: S && fe.toHandle ? fe.toHandle.position : Oo[P.position],
          toNode: fe.toHandle ? G.value.get(fe.toHandle.nodeId) : null
        };
        if (S && U && (le != null && le.toHandle) && _e.toHandle && le.toHandle.type === _e.toHandle.type && le.toHandle.nodeId === _e.toHandle.nodeId && le.toHandle.id === _e.toHandle.id && le.to.x === _e.to.x && le.to.y === _e.to.y)
          return;
        const Te = U ?? fe.toHandle;
        if (g(
          Te && S ? hn(
            {
              x: Te.x,
              y: Te.y
            },
            T.value
          ) : w,
          Te,
          cd(!!Te, S)
        ), le = _e, !U && !S && !Z)
          return wo(ce);
        L && L.source !== L.target && Z && (wo(ce), ce = Z, Z.classList.add("connecting", "vue-flow__handle-connecting"), Z.classList.toggle("valid", !!S), Z.classList.toggle("vue-flow__handle-valid", !!S));
      }, he = function(ie) {
        "touches" in ie && ie.touches.length > 0 || ((U || Z) && L && S && (r ? r(ie, L) : B.connect(L)), B.connectEnd(ie), i && (s == null || s(ie)), wo(ce), cancelAnimationFrame(Q), m(ie), v = !1, S = !1, L = null, Z = null, K.removeEventListener("mousemove", ue), K.removeEventListener("mouseup", he), K.removeEventListener("touchmove", ue), K.removeEventListener("touchend", he));
      };
      const xe = p(Ce(t));
      let oe = Ce(o) || F.value || Cn;
      !oe && xe && (oe = (q ? xe.isValidSourcePos : xe.isValidTargetPos) || Cn);
      let U, Q = 0;
      const { x: be, y: Ie } = rt(M), pe = es(Ce(i), te), Ee = (Y = l.value) == null ? void 0 : Y.getBoundingClientRect();
      if (!Ee || !pe)
        return;
      const de = ts(Ce(t), pe, Ce(e), G.value, u.value);
      if (!de)
        return;
      let ce, w = rt(M, Ee), v = !1;
      const b = () => {
        if (!$.value)
          return;
        const [ie, fe] = Qr(w, Ee, y.value);
        k({ x: ie, y: fe }), Q = requestAnimationFrame(b);
      }, P = {
        ...de,
        nodeId: Ce(t),
        type: pe,
        position: de.position
      }, I = G.value.get(Ce(t)), ee = {
        inProgress: !0,
        isValid: null,
        from: Kt(I, P, se.Left, !0),
        fromHandle: P,
        fromPosition: P.position,
        fromNode: I,
        to: w,
        toHandle: null,
        toPosition: Oo[P.position],
        toNode: null
      };
      N(
        {
          nodeId: Ce(t),
          id: Ce(e),
          type: pe,
          position: (te == null ? void 0 : te.getAttribute("data-handlepos")) || se.Top,
          ...w
        },
        {
          x: be - Ee.left,
          y: Ie - Ee.top
        }
      ), B.connectStart({ event: M, nodeId: Ce(t), handleId: Ce(e), handleType: pe });
      let le = ee;
      K.addEventListener("mousemove", ue), K.addEventListener("mouseup", he), K.addEventListener("touchmove", ue), K.addEventListener("touchend", he);
    }
  }
  function R(M) {
    var Y, q;
    if (!f.value)
      return;
    const W = Ce(n) === "target";
    if (!d.value) {
      B.clickConnectStart({ event: M, nodeId: Ce(t), handleId: Ce(e) }), N(
        {
          nodeId: Ce(t),
          type: Ce(n),
          id: Ce(e),
          position: se.Top,
          ...rt(M)
        },
        void 0,
        !0
      );
      return;
    }
    let K = Ce(o) || F.value || Cn;
    const te = p(Ce(t));
    if (!K && te && (K = (W ? te.isValidSourcePos : te.isValidTargetPos) || Cn), te && (typeof te.connectable > "u" ? h.value : te.connectable) === !1)
      return;
    const ue = ki(M.target), he = zi(
      M,
      {
        handle: {
          nodeId: Ce(t),
          id: Ce(e),
          type: Ce(n),
          position: se.Top,
          ...rt(M)
        },
        connectionMode: u.value,
        fromNodeId: d.value.nodeId,
        fromHandleId: d.value.id ?? null,
        fromType: d.value.type,
        isValidConnection: K,
        doc: ue,
        lib: "vue",
        flowId: a,
        nodeLookup: G.value
      },
      D.value,
      A.value,
      p,
      G.value
    ), xe = ((Y = he.connection) == null ? void 0 : Y.source) === ((q = he.connection) == null ? void 0 : q.target);
    he.isValid && he.connection && !xe && B.connect(he.connection), B.clickConnectEnd(M), m(M, !0);
  }
  return {
    handlePointerDown: x,
    handleClick: R
  };
}
function wd() {
  return St(Qo, "");
}
function as(e) {
  const t = e ?? wd() ?? "", n = St(os, we(null)), { findNode: o, edges: i, emits: r } = De(), s = o(t);
  return s || r.error(new Fe(Le.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: J(() => o(s.parentNode)),
    connectedEdges: J(() => Zr([s], i.value))
  };
}
function xd() {
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
function bd(e, t) {
  const n = xd();
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
function ls() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = De();
  return (l, u = !1) => {
    const c = r.value ? i.value[0] : 5, f = r.value ? i.value[1] : 5, d = u ? 4 : 1, h = l.x * c * d, $ = l.y * f * d, y = [];
    for (const p of e.value)
      if (p.draggable || s && typeof p.draggable > "u") {
        const k = { x: p.computedPosition.x + h, y: p.computedPosition.y + $ }, { position: N } = Zo(
          p,
          k,
          a.error,
          t.value,
          p.parentNode ? o(p.parentNode) : void 0
        );
        y.push({
          id: p.id,
          position: N,
          from: p.position,
          distance: { x: l.x, y: l.y },
          dimensions: p.dimensions
        });
      }
    n(y, !0, !1);
  };
}
const Mn = 0.1, _d = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function pt() {
  return bn("Viewport not initialized yet."), Promise.resolve(!1);
}
const kd = {
  zoomIn: pt,
  zoomOut: pt,
  zoomTo: pt,
  fitView: pt,
  setCenter: pt,
  fitBounds: pt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: pt,
  setTransform: pt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function Sd(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? nn : zn).scaleBy(
        _o(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((a) => {
      var l;
      const { x: u, y: c } = Yr({ x: -o, y: -i }, e.translateExtent), f = Wt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((s == null ? void 0 : s.interpolate) === "linear" ? nn : zn).transform(
        _o(e.d3Selection, s == null ? void 0 : s.duration, s == null ? void 0 : s.ease, () => {
          a(!0);
        }),
        f
      ) : a(!1);
    });
  }
  return J(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? nn : zn).scaleTo(
        _o(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
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
      padding: Mn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const a = [];
      for (const d of e.nodes)
        d.dimensions.width && d.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !d.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(d.id)) && a.push(d);
      if (!a.length)
        return Promise.resolve(!1);
      const l = Wr(a), { x: u, y: c, zoom: f } = Si(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Mn
      );
      return n(u, c, f, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof (s == null ? void 0 : s.zoom) < "u" ? s.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * a, u = e.dimensions.height / 2 - r * a;
      return n(l, u, a, s);
    },
    fitBounds: (i, r = { padding: Mn }) => {
      const { x: s, y: a, zoom: l } = Si(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? Mn
      );
      return n(s, a, l, r);
    },
    project: (i) => mn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - r,
          y: i.y - s
        };
        return mn(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + r,
          y: i.y + s
        };
        return hn(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : kd);
}
function _o(e, t = 0, n = _d, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function $d(e, t, n) {
  const o = sr(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let y, p, k = !!(n.nodes.value.length || n.edges.value.length);
        y = Vt([e.modelValue, () => {
          var N, g;
          return (g = (N = e.modelValue) == null ? void 0 : N.value) == null ? void 0 : g.length;
        }], ([N]) => {
          N && Array.isArray(N) && (p == null || p.pause(), n.setElements(N), !p && !k && N.length ? k = !0 : p == null || p.resume());
        }), p = Vt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([N, g]) => {
            var m;
            (m = e.modelValue) != null && m.value && Array.isArray(e.modelValue.value) && (y == null || y.pause(), e.modelValue.value = [...N, ...g], Xe(() => {
              y == null || y.resume();
            }));
          },
          { immediate: k }
        ), An(() => {
          y == null || y.stop(), p == null || p.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let y, p, k = !!n.nodes.value.length;
        y = Vt([e.nodes, () => {
          var N, g;
          return (g = (N = e.nodes) == null ? void 0 : N.value) == null ? void 0 : g.length;
        }], ([N]) => {
          N && Array.isArray(N) && (p == null || p.pause(), n.setNodes(N), !p && !k && N.length ? k = !0 : p == null || p.resume());
        }), p = Vt(
          [n.nodes, () => n.nodes.value.length],
          ([N]) => {
            var g;
            (g = e.nodes) != null && g.value && Array.isArray(e.nodes.value) && (y == null || y.pause(), e.nodes.value = [...N], Xe(() => {
              y == null || y.resume();
            }));
          },
          { immediate: k }
        ), An(() => {
          y == null || y.stop(), p == null || p.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let y, p, k = !!n.edges.value.length;
        y = Vt([e.edges, () => {
          var N, g;
          return (g = (N = e.edges) == null ? void 0 : N.value) == null ? void 0 : g.length;
        }], ([N]) => {
          N && Array.isArray(N) && (p == null || p.pause(), n.setEdges(N), !p && !k && N.length ? k = !0 : p == null || p.resume());
        }), p = Vt(
          [n.edges, () => n.edges.value.length],
          ([N]) => {
            var g;
            (g = e.edges) != null && g.value && Array.isArray(e.edges.value) && (y == null || y.pause(), e.edges.value = [...N], Xe(() => {
              y == null || y.resume();
            }));
          },
          { immediate: k }
        ), An(() => {
          y == null || y.stop(), p == null || p.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        $e(
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
        $e(
          () => t.minZoom,
          () => {
            t.minZoom && Ve(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        $e(
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
        $e(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && Ve(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        $e(
          () => t.applyDefault,
          () => {
            Ve(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        const y = async (p) => {
          let k = p;
          typeof t.autoConnect == "function" && (k = await t.autoConnect(p)), k !== !1 && n.addEdges([k]);
        };
        $e(
          () => t.autoConnect,
          () => {
            Ve(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), $e(
          n.autoConnect,
          (p, k, N) => {
            p ? n.onConnect(y) : n.hooks.value.connect.off(y), N(() => {
              n.hooks.value.connect.off(y);
            });
          },
          { immediate: !0 }
        );
      });
    }, h = () => {
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
      for (const p of Object.keys(t)) {
        const k = p;
        if (!y.includes(k)) {
          const N = Ae(() => t[k]), g = n[k];
          Ho(g) && o.run(() => {
            $e(
              N,
              (m) => {
                Ve(m) && (g.value = m);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), r(), s(), l(), a(), u(), c(), f(), d(), h();
    })();
  }), () => o.stop();
}
function Ed() {
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
    error: ne((e) => bn(e.message))
  };
}
function Nd(e, t) {
  const n = Zt();
  As(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), ln(r.removeEmitter), r.setHasEmitListeners(() => o(i)), ln(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = Cd(i);
    return !!((r = n == null ? void 0 : n.vnode.props) == null ? void 0 : r[s]);
  }
}
function Cd(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function us() {
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
    selectionMode: Ko.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: on.Free,
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
    multiSelectionKeyCode: Kn() ? "Meta" : "Control",
    zoomActivationKeyCode: Kn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: Ed(),
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
const Md = [
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
function Id(e, t, n) {
  const o = Sd(e), i = (w) => {
    const v = w ?? [];
    e.hooks.updateNodeInternals.trigger(v);
  }, r = (w) => qc(w, e.nodes, e.edges), s = (w) => Xc(w, e.nodes, e.edges), a = (w) => Zr(w, e.edges), l = ({ id: w, type: v, nodeId: b }) => {
    var P;
    const I = w ? `-${v}-${w}` : `-${v}`;
    return Array.from(((P = e.connectionLookup.get(`${b}${I}`)) == null ? void 0 : P.values()) ?? []);
  }, u = (w) => {
    if (w)
      return t.value.get(w);
  }, c = (w) => {
    if (w)
      return n.value.get(w);
  }, f = (w, v, b) => {
    var P, I;
    const j = [];
    for (const ee of w) {
      const le = {
        id: ee.id,
        type: "position",
        dragging: b,
        from: ee.from
      };
      if (v && (le.position = ee.position, ee.parentNode)) {
        const ie = u(ee.parentNode);
        le.position = {
          x: le.position.x - (((P = ie == null ? void 0 : ie.computedPosition) == null ? void 0 : P.x) ?? 0),
          y: le.position.y - (((I = ie == null ? void 0 : ie.computedPosition) == null ? void 0 : I.y) ?? 0)
        };
      }
      j.push(le);
    }
    j != null && j.length && e.hooks.nodesChange.trigger(j);
  }, d = (w) => {
    if (!e.vueFlowRef)
      return;
    const v = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!v)
      return;
    const b = window.getComputedStyle(v), { m22: P } = new window.DOMMatrixReadOnly(b.transform), I = [];
    for (const j of w) {
      const ee = j, le = u(ee.id);
      if (le) {
        const ie = no(ee.nodeElement);
        if (!!(ie.width && ie.height && (le.dimensions.width !== ie.width || le.dimensions.height !== ie.height || ee.forceUpdate))) {
          const _e = ee.nodeElement.getBoundingClientRect();
          le.dimensions = ie, le.handleBounds.source = Oi("source", ee.nodeElement, _e, P, le.id), le.handleBounds.target = Oi("target", ee.nodeElement, _e, P, le.id), I.push({
            id: le.id,
            type: "dimensions",
            dimensions: ie
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), I.length && e.hooks.nodesChange.trigger(I);
  }, h = (w, v) => {
    const b = /* @__PURE__ */ new Set(), P = /* @__PURE__ */ new Set();
    for (const ee of w)
      Tt(ee) ? b.add(ee.id) : kt(ee) && P.add(ee.id);
    const I = wt(t.value, b, !0), j = wt(n.value, P);
    if (e.multiSelectionActive) {
      for (const ee of b)
        I.push(yt(ee, v));
      for (const ee of P)
        j.push(yt(ee, v));
    }
    I.length && e.hooks.nodesChange.trigger(I), j.length && e.hooks.edgesChange.trigger(j);
  }, $ = (w) => {
    if (e.multiSelectionActive) {
      const v = w.map((b) => yt(b.id, !0));
      e.hooks.nodesChange.trigger(v);
      return;
    }
    e.hooks.nodesChange.trigger(wt(t.value, new Set(w.map((v) => v.id)), !0)), e.hooks.edgesChange.trigger(wt(n.value));
  }, y = (w) => {
    if (e.multiSelectionActive) {
      const v = w.map((b) => yt(b.id, !0));
      e.hooks.edgesChange.trigger(v);
      return;
    }
    e.hooks.edgesChange.trigger(wt(n.value, new Set(w.map((v) => v.id)))), e.hooks.nodesChange.trigger(wt(t.value, /* @__PURE__ */ new Set(), !0));
  }, p = (w) => {
    h(w, !0);
  }, k = (w) => {
    const b = (w || e.nodes).map((P) => (P.selected = !1, yt(P.id, !1)));
    e.hooks.nodesChange.trigger(b);
  }, N = (w) => {
    const b = (w || e.edges).map((P) => (P.selected = !1, yt(P.id, !1)));
    e.hooks.edgesChange.trigger(b);
  }, g = (w) => {
    if (!w || !w.length)
      return h([], !1);
    const v = w.reduce(
      (b, P) => {
        const I = yt(P.id, !1);
        return Tt(P) ? b.nodes.push(I) : b.edges.push(I), b;
      },
      { nodes: [], edges: [] }
    );
    v.nodes.length && e.hooks.nodesChange.trigger(v.nodes), v.edges.length && e.hooks.edgesChange.trigger(v.edges);
  }, m = (w) => {
    var v;
    (v = e.d3Zoom) == null || v.scaleExtent([w, e.maxZoom]), e.minZoom = w;
  }, B = (w) => {
    var v;
    (v = e.d3Zoom) == null || v.scaleExtent([e.minZoom, w]), e.maxZoom = w;
  }, T = (w) => {
    var v;
    (v = e.d3Zoom) == null || v.translateExtent(w), e.translateExtent = w;
  }, D = (w) => {
    e.nodeExtent = w, i();
  }, A = (w) => {
    var v;
    (v = e.d3Zoom) == null || v.clickDistance(w);
  }, F = (w) => {
    e.nodesDraggable = w, e.nodesConnectable = w, e.elementsSelectable = w;
  }, G = (w) => {
    const v = w instanceof Function ? w(e.nodes) : w;
    !e.initialized && !v.length || (e.nodes = Bi(v, u, e.hooks.error.trigger));
  }, L = (w) => {
    const v = w instanceof Function ? w(e.edges) : w;
    if (!e.initialized && !v.length)
      return;
    const b = bo(
      v,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    xo(e.connectionLookup, n.value, b), e.edges = b;
  }, S = (w) => {
    const v = w instanceof Function ? w([...e.nodes, ...e.edges]) : w;
    !e.initialized && !v.length || (G(v.filter(Tt)), L(v.filter(kt)));
  }, Z = (w) => {
    let v = w instanceof Function ? w(e.nodes) : w;
    v = Array.isArray(v) ? v : [v];
    const b = Bi(v, u, e.hooks.error.trigger), P = [];
    for (const I of b)
      P.push(Ci(I));
    P.length && e.hooks.nodesChange.trigger(P);
  }, x = (w) => {
    let v = w instanceof Function ? w(e.edges) : w;
    v = Array.isArray(v) ? v : [v];
    const b = bo(
      v,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), P = [];
    for (const I of b)
      P.push(Ci(I));
    P.length && e.hooks.edgesChange.trigger(P);
  }, R = (w, v = !0, b = !1) => {
    const P = w instanceof Function ? w(e.nodes) : w, I = Array.isArray(P) ? P : [P], j = [], ee = [];
    function le(fe) {
      const _e = a(fe);
      for (const Te of _e)
        (!Ve(Te.deletable) || Te.deletable) && ee.push(Ii(Te.id, Te.source, Te.target, Te.sourceHandle, Te.targetHandle));
    }
    function ie(fe) {
      const _e = [];
      for (const Te of e.nodes)
        Te.parentNode === fe && _e.push(Te);
      if (_e.length) {
        for (const Te of _e)
          j.push(Mi(Te.id));
        v && le(_e);
        for (const Te of _e)
          ie(Te.id);
      }
    }
    for (const fe of I) {
      const _e = typeof fe == "string" ? u(fe) : fe;
      _e && (Ve(_e.deletable) && !_e.deletable || (j.push(Mi(_e.id)), v && le([_e]), b && ie(_e.id)));
    }
    ee.length && e.hooks.edgesChange.trigger(ee), j.length && e.hooks.nodesChange.trigger(j);
  }, M = (w) => {
    const v = w instanceof Function ? w(e.edges) : w, b = Array.isArray(v) ? v : [v], P = [];
    for (const I of b) {
      const j = typeof I == "string" ? c(I) : I;
      j && (Ve(j.deletable) && !j.deletable || P.push(
        Ii(
          typeof I == "string" ? I : I.id,
          j.source,
          j.target,
          j.sourceHandle,
          j.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(P);
  }, Y = (w, v, b = !0) => {
    const P = c(w.id);
    if (!P)
      return !1;
    const I = e.edges.indexOf(P), j = md(w, v, P, b, e.hooks.error.trigger);
    if (j) {
      const [ee] = bo(
        [j],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((le, ie) => ie === I ? ee : le), xo(e.connectionLookup, n.value, [ee]), ee;
    }
    return !1;
  }, q = (w, v, b = { replace: !1 }) => {
    const P = c(w);
    if (!P)
      return;
    const I = typeof v == "function" ? v(P) : v;
    P.data = b.replace ? I : { ...P.data, ...I };
  }, W = (w) => Ni(w, e.nodes), K = (w) => {
    const v = Ni(w, e.edges);
    return xo(e.connectionLookup, n.value, v), v;
  }, te = (w, v, b = { replace: !1 }) => {
    const P = u(w);
    if (!P)
      return;
    const I = typeof v == "function" ? v(P) : v;
    b.replace ? e.nodes.splice(e.nodes.indexOf(P), 1, I) : Object.assign(P, I);
  }, ue = (w, v, b = { replace: !1 }) => {
    const P = u(w);
    if (!P)
      return;
    const I = typeof v == "function" ? v(P) : v;
    P.data = b.replace ? I : { ...P.data, ...I };
  }, he = (w, v, b = !1) => {
    b ? e.connectionClickStartHandle = w : e.connectionStartHandle = w, e.connectionEndHandle = null, e.connectionStatus = null, v && (e.connectionPosition = v);
  }, xe = (w, v = null, b = null) => {
    e.connectionStartHandle && (e.connectionPosition = w, e.connectionEndHandle = v, e.connectionStatus = b);
  }, oe = (w, v) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, v ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, U = (w) => {
    const v = Fc(w), b = v ? null : tn(w) ? w : u(w.id);
    return !v && !b ? [null, null, v] : [v ? w : Un(b), b, v];
  }, Q = (w, v = !0, b = e.nodes) => {
    const [P, I, j] = U(w);
    if (!P)
      return [];
    const ee = [];
    for (const le of b || e.nodes) {
      if (!j && (le.id === I.id || !le.computedPosition))
        continue;
      const ie = Un(le), fe = Wn(ie, P);
      (v && fe > 0 || fe >= ie.width * ie.height || fe >= Number(P.width) * Number(P.height)) && ee.push(le);
    }
    return ee;
  }, be = (w, v, b = !0) => {
    const [P] = U(w);
    if (!P)
      return !1;
    const I = Wn(P, v);
    return b && I > 0 || I >= Number(P.width) * Number(P.height);
  }, Ie = (w) => {
    const { viewport: v, dimensions: b, d3Zoom: P, d3Selection: I, translateExtent: j } = e;
    if (!P || !I || !w.x && !w.y)
      return !1;
    const ee = Wt.translate(v.x + w.x, v.y + w.y).scale(v.zoom), le = [
      [0, 0],
      [b.width, b.height]
    ], ie = P.constrain()(ee, le, j), fe = e.viewport.x !== ie.x || e.viewport.y !== ie.y || e.viewport.zoom !== ie.k;
    return P.transform(I, ie), fe;
  }, pe = (w) => {
    const v = w instanceof Function ? w(e) : w, b = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Ve(v.defaultEdgeOptions) && (e.defaultEdgeOptions = v.defaultEdgeOptions);
    const P = v.modelValue || v.nodes || v.edges ? [] : void 0;
    P && (v.modelValue && P.push(...v.modelValue), v.nodes && P.push(...v.nodes), v.edges && P.push(...v.edges), S(P));
    const I = () => {
      Ve(v.maxZoom) && B(v.maxZoom), Ve(v.minZoom) && m(v.minZoom), Ve(v.translateExtent) && T(v.translateExtent);
    };
    for (const j of Object.keys(v)) {
      const ee = j, le = v[ee];
      ![...Md, ...b].includes(ee) && Ve(le) && (e[ee] = le);
    }
    $o(() => e.d3Zoom).not.toBeNull().then(I), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: f,
    updateNodeDimensions: d,
    setElements: S,
    setNodes: G,
    setEdges: L,
    addNodes: Z,
    addEdges: x,
    removeNodes: R,
    removeEdges: M,
    findNode: u,
    findEdge: c,
    updateEdge: Y,
    updateEdgeData: q,
    updateNode: te,
    updateNodeData: ue,
    applyEdgeChanges: K,
    applyNodeChanges: W,
    addSelectedElements: p,
    addSelectedNodes: $,
    addSelectedEdges: y,
    setMinZoom: m,
    setMaxZoom: B,
    setTranslateExtent: T,
    setNodeExtent: D,
    setPaneClickDistance: A,
    removeSelectedElements: g,
    removeSelectedNodes: k,
    removeSelectedEdges: N,
    startConnection: he,
    updateConnection: xe,
    endConnection: oe,
    setInteractive: F,
    setState: pe,
    getIntersectingNodes: Q,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: l,
    isNodeIntersecting: be,
    panBy: Ie,
    fitView: (w) => o.value.fitView(w),
    zoomIn: (w) => o.value.zoomIn(w),
    zoomOut: (w) => o.value.zoomOut(w),
    zoomTo: (w, v) => o.value.zoomTo(w, v),
    setViewport: (w, v) => o.value.setViewport(w, v),
    setTransform: (w, v) => o.value.setTransform(w, v),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (w, v, b) => o.value.setCenter(w, v, b),
    fitBounds: (w, v) => o.value.fitBounds(w, v),
    project: (w) => o.value.project(w),
    screenToFlowCoordinate: (w) => o.value.screenToFlowCoordinate(w),
    flowToScreenCoordinate: (w) => o.value.flowToScreenCoordinate(w),
    toObject: () => {
      const w = [], v = [];
      for (const b of e.nodes) {
        const {
          computedPosition: P,
          handleBounds: I,
          selected: j,
          dimensions: ee,
          isParent: le,
          resizing: ie,
          dragging: fe,
          events: _e,
          ...Te
        } = b;
        w.push(Te);
      }
      for (const b of e.edges) {
        const { selected: P, sourceNode: I, targetNode: j, events: ee, ...le } = b;
        v.push(le);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: w,
          edges: v,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (w) => new Promise((v) => {
      const { nodes: b, edges: P, position: I, zoom: j, viewport: ee } = w;
      b && G(b), P && L(P);
      const [le, ie] = ee != null && ee.x && (ee != null && ee.y) ? [ee.x, ee.y] : I ?? [null, null];
      if (le && ie) {
        const fe = (ee == null ? void 0 : ee.zoom) || j || e.viewport.zoom;
        return $o(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: le,
            y: ie,
            zoom: fe
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
      const w = us();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const v = Wt.translate(w.defaultViewport.x ?? 0, w.defaultViewport.y ?? 0).scale(gt(w.defaultViewport.zoom ?? 1, w.minZoom, w.maxZoom)), b = e.viewportRef.getBoundingClientRect(), P = [
          [0, 0],
          [b.width, b.height]
        ], I = e.d3Zoom.constrain()(v, P, w.translateExtent);
        e.d3Zoom.transform(e.d3Selection, I);
      }
      pe(w);
    },
    $destroy: () => {
    }
  };
}
const Td = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Pd = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, bt = /* @__PURE__ */ Be({
  ...Pd,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => se.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Bs(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Ae(() => n.type ?? "source"), i = Ae(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: f,
      noPanClassName: d
    } = De(), { id: h, node: $, nodeEl: y, connectedEdges: p } = as(), k = we(), N = Ae(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), g = Ae(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), m = Ae(
      () => {
        var L, S, Z, x, R, M;
        return ((L = s.value) == null ? void 0 : L.nodeId) === h && ((S = s.value) == null ? void 0 : S.id) === e.id && ((Z = s.value) == null ? void 0 : Z.type) === o.value || ((x = l.value) == null ? void 0 : x.nodeId) === h && ((R = l.value) == null ? void 0 : R.id) === e.id && ((M = l.value) == null ? void 0 : M.type) === o.value;
      }
    ), B = Ae(
      () => {
        var L, S, Z;
        return ((L = a.value) == null ? void 0 : L.nodeId) === h && ((S = a.value) == null ? void 0 : S.id) === e.id && ((Z = a.value) == null ? void 0 : Z.type) === o.value;
      }
    ), { handlePointerDown: T, handleClick: D } = ss({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), A = J(() => typeof e.connectable == "string" && e.connectable === "single" ? !p.value.some((L) => {
      const S = L[`${o.value}Handle`];
      return L[o.value] !== h ? !1 : S ? S === e.id : !0;
    }) : typeof e.connectable == "number" ? p.value.filter((L) => {
      const S = L[`${o.value}Handle`];
      return L[o.value] !== h ? !1 : S ? S === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable($, p.value) : Ve(e.connectable) ? e.connectable : c.value);
    at(() => {
      var L;
      if (!$.dimensions.width || !$.dimensions.height)
        return;
      const S = (L = $.handleBounds[o.value]) == null ? void 0 : L.find((W) => W.id === e.id);
      if (!u.value || S)
        return;
      const Z = u.value.querySelector(".vue-flow__transformationpane");
      if (!y.value || !k.value || !Z || !e.id)
        return;
      const x = y.value.getBoundingClientRect(), R = k.value.getBoundingClientRect(), M = window.getComputedStyle(Z), { m22: Y } = new window.DOMMatrixReadOnly(M.transform), q = {
        id: e.id,
        position: e.position,
        x: (R.left - x.left) / Y,
        y: (R.top - x.top) / Y,
        type: o.value,
        nodeId: h,
        ...no(k.value)
      };
      $.handleBounds[o.value] = [...$.handleBounds[o.value] ?? [], q];
    });
    function F(L) {
      const S = Jo(L);
      A.value && N.value && (S && L.button === 0 || !S) && T(L);
    }
    function G(L) {
      !h || !a.value && !N.value || A.value && D(L);
    }
    return t({
      handleClick: D,
      handlePointerDown: T,
      onClick: G,
      onPointerDown: F
    }), (L, S) => (C(), z("div", {
      ref_key: "handle",
      ref: k,
      "data-id": `${V(r)}-${V(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": V(h),
      "data-handlepos": L.position,
      class: Oe(["vue-flow__handle", [
        `vue-flow__handle-${L.position}`,
        `vue-flow__handle-${e.id}`,
        V(f),
        V(d),
        o.value,
        {
          connectable: A.value,
          connecting: B.value,
          connectablestart: N.value,
          connectableend: g.value,
          connectionindicator: A.value && (N.value && !m.value || g.value && m.value)
        }
      ]]),
      onMousedown: F,
      onTouchstartPassive: F,
      onClick: G
    }, [
      qe(L.$slots, "default", { id: L.id })
    ], 42, Td));
  }
}), ro = function({
  sourcePosition: e = se.Bottom,
  targetPosition: t = se.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: s
}) {
  const a = s.label ?? n;
  return [
    Ne(bt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Ne(a) : Ne(me, [a]),
    Ne(bt, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
ro.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
ro.inheritAttrs = !1;
ro.compatConfig = { MODE: 3 };
const Ad = ro, so = function({
  targetPosition: e = se.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Ne(bt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Ne(r) : Ne(me, [r])
  ];
};
so.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
so.inheritAttrs = !1;
so.compatConfig = { MODE: 3 };
const Dd = so, ao = function({
  sourcePosition: e = se.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Ne(r) : Ne(me, [r]),
    Ne(bt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
ao.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
ao.inheritAttrs = !1;
ao.compatConfig = { MODE: 3 };
const zd = ao, Od = ["transform"], Bd = ["width", "height", "x", "y", "rx", "ry"], Rd = ["y"], Vd = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Ld = /* @__PURE__ */ Be({
  ...Vd,
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
    const t = we({ x: 0, y: 0, width: 0, height: 0 }), n = we(null), o = J(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    at(i), $e([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (C(), z("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (C(), z("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Pe(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Bd)) : re("", !0),
      _("text", lr(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        qe(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (C(), Re(ur(r.label), { key: 0 })) : (C(), z(me, { key: 1 }, [
            Se(X(r.label), 1)
          ], 64))
        ])
      ], 16, Rd)
    ], 8, Od));
  }
}), Hd = ["id", "d", "marker-end", "marker-start"], Fd = ["d", "stroke-width"], Yd = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, lo = /* @__PURE__ */ Be({
  ...Yd,
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
    const n = we(null), o = we(null), i = we(null), r = Rs();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, a) => (C(), z(me, null, [
      _("path", lr(V(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Hd),
      s.interactionWidth ? (C(), z("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Fd)) : re("", !0),
      s.label && s.labelX && s.labelY ? (C(), Re(Ld, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : re("", !0)
    ], 64));
  }
});
function cs({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function ds({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: r,
  targetControlX: s,
  targetControlY: a
}) {
  const l = e * 0.125 + i * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + r * 0.375 + a * 0.375 + o * 0.125, c = Math.abs(l - e), f = Math.abs(u - t);
  return [l, u, c, f];
}
function In(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Hi({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case se.Left:
      s = t - In(t - o, r), a = n;
      break;
    case se.Right:
      s = t + In(o - t, r), a = n;
      break;
    case se.Top:
      s = t, a = n - In(n - i, r);
      break;
    case se.Bottom:
      s = t, a = n + In(i - n, r);
      break;
  }
  return [s, a];
}
function fs(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    curvature: a = 0.25
  } = e, [l, u] = Hi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, f] = Hi({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [d, h, $, y] = ds({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: l,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: f
  });
  return [
    `M${t},${n} C${l},${u} ${c},${f} ${i},${r}`,
    d,
    h,
    $,
    y
  ];
}
function Fi({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case se.Left:
    case se.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case se.Top:
    case se.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function hs(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top
  } = e, [a, l] = Fi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = Fi({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [f, d, h, $] = ds({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: a,
    sourceControlY: l,
    targetControlX: u,
    targetControlY: c
  });
  return [
    `M${t},${n} C${a},${l} ${u},${c} ${i},${r}`,
    f,
    d,
    h,
    $
  ];
}
const Yi = {
  [se.Left]: { x: -1, y: 0 },
  [se.Right]: { x: 1, y: 0 },
  [se.Top]: { x: 0, y: -1 },
  [se.Bottom]: { x: 0, y: 1 }
};
function Xd({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Xi(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function qd({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = Yi[t], a = Yi[o], l = { x: e.x + s.x * r, y: e.y + s.y * r }, u = { x: n.x + a.x * r, y: n.y + a.y * r }, c = Xd({
    source: l,
    sourcePosition: t,
    target: u
  }), f = c.x !== 0 ? "x" : "y", d = c[f];
  let h, $, y;
  const p = { x: 0, y: 0 }, k = { x: 0, y: 0 }, [N, g, m, B] = cs({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[f] * a[f] === -1) {
    $ = i.x ?? N, y = i.y ?? g;
    const D = [
      { x: $, y: l.y },
      { x: $, y: u.y }
    ], A = [
      { x: l.x, y },
      { x: u.x, y }
    ];
    s[f] === d ? h = f === "x" ? D : A : h = f === "x" ? A : D;
  } else {
    const D = [{ x: l.x, y: u.y }], A = [{ x: u.x, y: l.y }];
    if (f === "x" ? h = s.x === d ? A : D : h = s.y === d ? D : A, t === o) {
      const Z = Math.abs(e[f] - n[f]);
      if (Z <= r) {
        const x = Math.min(r - 1, r - Z);
        s[f] === d ? p[f] = (l[f] > e[f] ? -1 : 1) * x : k[f] = (u[f] > n[f] ? -1 : 1) * x;
      }
    }
    if (t !== o) {
      const Z = f === "x" ? "y" : "x", x = s[f] === a[Z], R = l[Z] > u[Z], M = l[Z] < u[Z];
      (s[f] === 1 && (!x && R || x && M) || s[f] !== 1 && (!x && M || x && R)) && (h = f === "x" ? D : A);
    }
    const F = { x: l.x + p.x, y: l.y + p.y }, G = { x: u.x + k.x, y: u.y + k.y }, L = Math.max(Math.abs(F.x - h[0].x), Math.abs(G.x - h[0].x)), S = Math.max(Math.abs(F.y - h[0].y), Math.abs(G.y - h[0].y));
    L >= S ? ($ = (F.x + G.x) / 2, y = h[0].y) : ($ = h[0].x, y = (F.y + G.y) / 2);
  }
  return [[
    e,
    { x: l.x + p.x, y: l.y + p.y },
    ...h,
    { x: u.x + k.x, y: u.y + k.y },
    n
  ], $, y, m, B];
}
function Gd(e, t, n, o) {
  const i = Math.min(Xi(e, t) / 2, Xi(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * l}Q ${r},${s} ${r + i * a},${s}`;
}
function Ro(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    borderRadius: a = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [f, d, h, $, y] = qd({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: l, y: u },
    offset: c
  });
  return [f.reduce((k, N, g) => {
    let m;
    return g > 0 && g < f.length - 1 ? m = Gd(f[g - 1], N, f[g + 1], a) : m = `${g === 0 ? "M" : "L"}${N.x} ${N.y}`, k += m, k;
  }, ""), d, h, $, y];
}
function Ud(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, l] = cs({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, l];
}
const Wd = Be({
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
      const [n, o, i] = Ud(e);
      return Ne(lo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Kd = Wd, Zd = Be({
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
      const [n, o, i] = Ro({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(lo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ms = Zd, Jd = Be({
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
    return () => Ne(ms, { ...e, ...t, borderRadius: 0 });
  }
}), Qd = Jd, jd = Be({
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
      const [n, o, i] = fs({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(lo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ef = jd, tf = Be({
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
      const [n, o, i] = hs({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(lo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), nf = tf, of = {
  input: zd,
  default: Ad,
  output: Dd
}, rf = {
  default: ef,
  straight: Kd,
  step: Qd,
  smoothstep: ms,
  simplebezier: nf
};
function sf(e, t, n) {
  const o = J(() => (y) => t.value.get(y)), i = J(() => (y) => n.value.get(y)), r = J(() => {
    const y = {
      ...rf,
      ...e.edgeTypes
    }, p = Object.keys(y);
    for (const k of e.edges)
      k.type && !p.includes(k.type) && (y[k.type] = k.type);
    return y;
  }), s = J(() => {
    const y = {
      ...of,
      ...e.nodeTypes
    }, p = Object.keys(y);
    for (const k of e.nodes)
      k.type && !p.includes(k.type) && (y[k.type] = k.type);
    return y;
  }), a = J(() => e.onlyRenderVisibleElements ? Kr(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = J(() => {
    if (e.onlyRenderVisibleElements) {
      const y = [];
      for (const p of e.edges) {
        const k = t.value.get(p.source), N = t.value.get(p.target);
        nd({
          sourcePos: k.computedPosition || { x: 0, y: 0 },
          targetPos: N.computedPosition || { x: 0, y: 0 },
          sourceWidth: k.dimensions.width,
          sourceHeight: k.dimensions.height,
          targetWidth: N.dimensions.width,
          targetHeight: N.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && y.push(p);
      }
      return y;
    }
    return e.edges;
  }), u = J(() => [...a.value, ...l.value]), c = J(() => {
    const y = [];
    for (const p of e.nodes)
      p.selected && y.push(p);
    return y;
  }), f = J(() => {
    const y = [];
    for (const p of e.edges)
      p.selected && y.push(p);
    return y;
  }), d = J(() => [
    ...c.value,
    ...f.value
  ]), h = J(() => {
    const y = [];
    for (const p of e.nodes)
      p.dimensions.width && p.dimensions.height && p.handleBounds !== void 0 && y.push(p);
    return y;
  }), $ = J(
    () => a.value.length > 0 && h.value.length === a.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: r,
    getNodeTypes: s,
    getEdges: l,
    getNodes: a,
    getSelectedElements: d,
    getSelectedNodes: c,
    getSelectedEdges: f,
    getNodesInitialized: h,
    areNodesInitialized: $
  };
}
class Nt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = Zt()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Nt.instance;
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
    const o = us(), i = sn(o), r = {};
    for (const [d, h] of Object.entries(i.hooks)) {
      const $ = `on${d.charAt(0).toUpperCase() + d.slice(1)}`;
      r[$] = h.on;
    }
    const s = {};
    for (const [d, h] of Object.entries(i.hooks))
      s[d] = h.trigger;
    const a = J(() => {
      const d = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        d.set(h.id, h);
      return d;
    }), l = J(() => {
      const d = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        d.set(h.id, h);
      return d;
    }), u = sf(i, a, l), c = Id(i, a, l);
    c.setState({ ...i, ...n });
    const f = {
      ...r,
      ...u,
      ...c,
      ...Js(i),
      nodeLookup: a,
      edgeLookup: l,
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
function De(e) {
  const t = Nt.getInstance(), n = rr(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? (n == null ? void 0 : n.vueFlowId);
  let a;
  if (n) {
    const l = St(Li, null);
    typeof l < "u" && l !== null && (!s || l.id === s) && (a = l);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const l = r ?? t.getId(), u = t.create(l, i);
    a = u, (n ?? sr(!0)).run(() => {
      $e(
        u.applyDefault,
        (f, d, h) => {
          const $ = (p) => {
            u.applyNodeChanges(p);
          }, y = (p) => {
            u.applyEdgeChanges(p);
          };
          f ? (u.onNodesChange($), u.onEdgesChange(y)) : (u.hooks.value.nodesChange.off($), u.hooks.value.edgesChange.off(y)), h(() => {
            u.hooks.value.nodesChange.off($), u.hooks.value.edgesChange.off(y);
          });
        },
        { immediate: !0 }
      ), ln(() => {
        if (a) {
          const f = t.get(a.id);
          f ? f.$destroy() : bn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Pt(Li, a), n.vueFlowId = a.id), o) {
    const l = Zt();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && a.emits.error(new Fe(Le.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function af(e) {
  const { emits: t, dimensions: n } = De();
  let o;
  at(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = no(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Fe(Le.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), yn(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const lf = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, uf = /* @__PURE__ */ Be({
  ...lf,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (C(), z("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Pe({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), cf = ["tabIndex"], df = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, ff = /* @__PURE__ */ Be({
  ...df,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = De(), a = ls(), l = we(null), u = is({
      el: l,
      onStart($) {
        t.selectionDragStart($), t.nodeDragStart($);
      },
      onDrag($) {
        t.selectionDrag($), t.nodeDrag($);
      },
      onStop($) {
        t.selectionDragStop($), t.nodeDragStop($);
      }
    });
    at(() => {
      var $;
      r.value || ($ = l.value) == null || $.focus({ preventScroll: !0 });
    });
    const c = J(() => Wr(o.value)), f = J(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function d($) {
      t.selectionContextMenu({ event: $, nodes: o.value });
    }
    function h($) {
      r.value || Yt[$.key] && ($.preventDefault(), a(
        {
          x: Yt[$.key].x,
          y: Yt[$.key].y
        },
        $.shiftKey
      ));
    }
    return ($, y) => !V(s) && c.value.width && c.value.height ? (C(), z("div", {
      key: 0,
      class: Oe(["vue-flow__nodesselection vue-flow__container", V(i)]),
      style: Pe({ transform: `translate(${V(n).x}px,${V(n).y}px) scale(${V(n).zoom})` })
    }, [
      _("div", {
        ref_key: "el",
        ref: l,
        class: Oe([{ dragging: V(u) }, "vue-flow__nodesselection-rect"]),
        style: Pe(f.value),
        tabIndex: V(r) ? void 0 : -1,
        onContextmenu: d,
        onKeydown: h
      }, null, 46, cf)
    ], 6)) : re("", !0);
  }
});
function hf(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const mf = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, vf = /* @__PURE__ */ Be({
  ...mf,
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
      userSelectionRect: a,
      elementsSelectable: l,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: f,
      removeNodes: d,
      removeEdges: h,
      selectionMode: $,
      deleteKeyCode: y,
      multiSelectionKeyCode: p,
      multiSelectionActive: k,
      edgeLookup: N,
      nodeLookup: g,
      connectionLookup: m,
      defaultEdgeOptions: B,
      connectionStartHandle: T,
      panOnDrag: D
    } = De(), A = xt(null), F = xt(/* @__PURE__ */ new Set()), G = xt(/* @__PURE__ */ new Set()), L = xt(null), S = Ae(() => l.value && (e.isSelecting || r.value)), Z = Ae(() => T.value !== null);
    let x = !1, R = !1;
    const M = rn(y, { actInsideInputWithModifier: !1 }), Y = rn(p);
    $e(M, (oe) => {
      oe && (d(f.value), h(c.value), u.value = !1);
    }), $e(Y, (oe) => {
      k.value = oe;
    });
    function q(oe, U) {
      return (Q) => {
        Q.target === U && (oe == null || oe(Q));
      };
    }
    function W(oe) {
      if (x || Z.value) {
        x = !1;
        return;
      }
      i.paneClick(oe), s(), u.value = !1;
    }
    function K(oe) {
      var U;
      if (Array.isArray(D.value) && ((U = D.value) != null && U.includes(2))) {
        oe.preventDefault();
        return;
      }
      i.paneContextMenu(oe);
    }
    function te(oe) {
      i.paneScroll(oe);
    }
    function ue(oe) {
      var U, Q, be;
      if (L.value = ((U = t.value) == null ? void 0 : U.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || oe.button !== 0 || oe.target !== A.value || !L.value)
        return;
      (be = (Q = oe.target) == null ? void 0 : Q.setPointerCapture) == null || be.call(Q, oe.pointerId);
      const { x: Ie, y: pe } = hf(oe, L.value);
      R = !0, x = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: Ie,
        startY: pe,
        x: Ie,
        y: pe
      }, i.selectionStart(oe);
    }
    function he(oe) {
      var U;
      if (!L.value || !a.value)
        return;
      x = !0;
      const { x: Q, y: be } = rt(oe, L.value), { startX: Ie = 0, startY: pe = 0 } = a.value, Ee = {
        startX: Ie,
        startY: pe,
        x: Q < Ie ? Q : Ie,
        y: be < pe ? be : pe,
        width: Math.abs(Q - Ie),
        height: Math.abs(be - pe)
      }, de = F.value, ce = G.value;
      F.value = new Set(
        Kr(n.value, Ee, o.value, $.value === Ko.Partial, !0).map(
          (v) => v.id
        )
      ), G.value = /* @__PURE__ */ new Set();
      const w = ((U = B.value) == null ? void 0 : U.selectable) ?? !0;
      for (const v of F.value) {
        const b = m.value.get(v);
        if (b)
          for (const { edgeId: P } of b.values()) {
            const I = N.value.get(P);
            I && (I.selectable ?? w) && G.value.add(P);
          }
      }
      if (!Vi(de, F.value)) {
        const v = wt(g.value, F.value, !0);
        i.nodesChange(v);
      }
      if (!Vi(ce, G.value)) {
        const v = wt(N.value, G.value);
        i.edgesChange(v);
      }
      a.value = Ee, r.value = !0, u.value = !1;
    }
    function xe(oe) {
      var U;
      oe.button !== 0 || !R || ((U = oe.target) == null || U.releasePointerCapture(oe.pointerId), !r.value && a.value && oe.target === A.value && W(oe), r.value = !1, a.value = null, u.value = F.value.size > 0, i.selectionEnd(oe), e.selectionKeyPressed && (x = !1), R = !1);
    }
    return (oe, U) => (C(), z("div", {
      ref_key: "container",
      ref: A,
      class: Oe(["vue-flow__pane vue-flow__container", { selection: oe.isSelecting }]),
      onClick: U[0] || (U[0] = (Q) => S.value ? void 0 : q(W, A.value)(Q)),
      onContextmenu: U[1] || (U[1] = (Q) => q(K, A.value)(Q)),
      onWheelPassive: U[2] || (U[2] = (Q) => q(te, A.value)(Q)),
      onPointerenter: U[3] || (U[3] = (Q) => S.value ? void 0 : V(i).paneMouseEnter(Q)),
      onPointerdown: U[4] || (U[4] = (Q) => S.value ? ue(Q) : V(i).paneMouseMove(Q)),
      onPointermove: U[5] || (U[5] = (Q) => S.value ? he(Q) : V(i).paneMouseMove(Q)),
      onPointerup: U[6] || (U[6] = (Q) => S.value ? xe(Q) : void 0),
      onPointerleave: U[7] || (U[7] = (Q) => V(i).paneMouseLeave(Q))
    }, [
      qe(oe.$slots, "default"),
      V(r) && V(a) ? (C(), Re(uf, {
        key: 0,
        "user-selection-rect": V(a)
      }, null, 8, ["user-selection-rect"])) : re("", !0),
      V(u) && V(f).length ? (C(), Re(ff, { key: 1 })) : re("", !0)
    ], 34));
  }
}), gf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, pf = /* @__PURE__ */ Be({
  ...gf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = De(), i = J(() => n.value ? !o.value : !1), r = J(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (C(), z("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Pe({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      qe(s.$slots, "default")
    ], 4));
  }
}), yf = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, wf = /* @__PURE__ */ Be({
  ...yf,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: i,
      zoomActivationKeyCode: r,
      selectionKeyCode: s,
      panActivationKeyCode: a,
      panOnScroll: l,
      panOnScrollMode: u,
      panOnScrollSpeed: c,
      panOnDrag: f,
      zoomOnDoubleClick: d,
      zoomOnPinch: h,
      zoomOnScroll: $,
      preventScrolling: y,
      noWheelClassName: p,
      noPanClassName: k,
      emits: N,
      connectionStartHandle: g,
      userSelectionActive: m,
      paneDragging: B,
      d3Zoom: T,
      d3Selection: D,
      d3ZoomHandler: A,
      viewport: F,
      viewportRef: G,
      paneClickDistance: L
    } = De();
    af(G);
    const S = xt(!1), Z = xt(!1);
    let x = null, R = !1, M = 0, Y = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const q = rn(a), W = rn(s), K = rn(r), te = Ae(
      () => (!W.value || W.value && s.value === !0) && (q.value || f.value)
    ), ue = Ae(() => q.value || l.value), he = Ae(() => s.value === !0 && te.value !== !0), xe = Ae(
      () => W.value && s.value !== !0 || m.value || he.value
    ), oe = Ae(() => g.value !== null);
    at(() => {
      if (!G.value) {
        bn("Viewport element is missing");
        return;
      }
      const pe = G.value, Ee = pe.getBoundingClientRect(), de = zc().clickDistance(L.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ce = et(pe).call(de), w = ce.on("wheel.zoom"), v = Wt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(gt(o.value.zoom ?? 1, t.value, n.value)), b = [
        [0, 0],
        [Ee.width, Ee.height]
      ], P = de.constrain()(v, b, i.value);
      de.transform(ce, P), de.wheelDelta($i), T.value = de, D.value = ce, A.value = w, F.value = { x: P.x, y: P.y, zoom: P.k }, de.on("start", (I) => {
        var j;
        if (!I.sourceEvent)
          return null;
        M = I.sourceEvent.button, S.value = !0;
        const ee = be(I.transform);
        ((j = I.sourceEvent) == null ? void 0 : j.type) === "mousedown" && (B.value = !0), Y = ee, N.viewportChangeStart(ee), N.moveStart({ event: I, flowTransform: ee });
      }), de.on("end", (I) => {
        if (!I.sourceEvent)
          return null;
        if (S.value = !1, B.value = !1, U(te.value, M ?? 0) && !R && N.paneContextMenu(I.sourceEvent), R = !1, Q(Y, I.transform)) {
          const j = be(I.transform);
          Y = j, N.viewportChangeEnd(j), N.moveEnd({ event: I, flowTransform: j });
        }
      }), de.filter((I) => {
        var j;
        const ee = K.value || $.value, le = h.value && I.ctrlKey, ie = I.button, fe = I.type === "wheel";
        if (ie === 1 && I.type === "mousedown" && (Ie(I, "vue-flow__node") || Ie(I, "vue-flow__edge")))
          return !0;
        if (!te.value && !ee && !ue.value && !d.value && !h.value || m.value || oe.value && !fe || !d.value && I.type === "dblclick" || Ie(I, p.value) && fe || Ie(I, k.value) && (!fe || ue.value && fe && !K.value) || !h.value && I.ctrlKey && fe || !ee && !ue.value && !le && fe)
          return !1;
        if (!h && I.type === "touchstart" && ((j = I.touches) == null ? void 0 : j.length) > 1)
          return I.preventDefault(), !1;
        if (!te.value && (I.type === "mousedown" || I.type === "touchstart") || he.value && Array.isArray(f.value) && f.value.includes(0) && ie === 0 || Array.isArray(f.value) && !f.value.includes(ie) && (I.type === "mousedown" || I.type === "touchstart"))
          return !1;
        const _e = Array.isArray(f.value) && f.value.includes(ie) || s.value === !0 && Array.isArray(f.value) && !f.value.includes(0) || !ie || ie <= 1;
        return (!I.ctrlKey || q.value || fe) && _e;
      }), $e(
        [m, te],
        () => {
          m.value && !S.value ? de.on("zoom", null) : m.value || de.on("zoom", (I) => {
            F.value = { x: I.transform.x, y: I.transform.y, zoom: I.transform.k };
            const j = be(I.transform);
            R = U(te.value, M ?? 0), N.viewportChange(j), N.move({ event: I, flowTransform: j });
          });
        },
        { immediate: !0 }
      ), $e(
        [m, ue, u, K, h, y, p],
        () => {
          ue.value && !K.value && !m.value ? ce.on(
            "wheel.zoom",
            (I) => {
              if (Ie(I, p.value))
                return !1;
              const j = K.value || $.value, ee = h.value && I.ctrlKey;
              if (!(!y.value || ue.value || j || ee))
                return !1;
              I.preventDefault(), I.stopImmediatePropagation();
              const ie = ce.property("__zoom").k || 1, fe = Kn();
              if (!q.value && I.ctrlKey && h.value && fe) {
                const E = ot(I), O = $i(I), H = ie * 2 ** O;
                de.scaleTo(ce, H, E, I);
                return;
              }
              const _e = I.deltaMode === 1 ? 20 : 1;
              let Te = u.value === on.Vertical ? 0 : I.deltaX * _e, Qe = u.value === on.Horizontal ? 0 : I.deltaY * _e;
              !fe && I.shiftKey && u.value !== on.Vertical && !Te && Qe && (Te = Qe, Qe = 0), de.translateBy(
                ce,
                -(Te / ie) * c.value,
                -(Qe / ie) * c.value
              );
              const Ke = be(ce.property("__zoom"));
              x && clearTimeout(x), Z.value ? (N.move({ event: I, flowTransform: Ke }), N.viewportChange(Ke), x = setTimeout(() => {
                N.moveEnd({ event: I, flowTransform: Ke }), N.viewportChangeEnd(Ke), Z.value = !1;
              }, 150)) : (Z.value = !0, N.moveStart({ event: I, flowTransform: Ke }), N.viewportChangeStart(Ke));
            },
            { passive: !1 }
          ) : typeof w < "u" && ce.on(
            "wheel.zoom",
            function(I, j) {
              const ee = !y.value && I.type === "wheel" && !I.ctrlKey, le = K.value || $.value, ie = h.value && I.ctrlKey;
              if (!le && !l.value && !ie && I.type === "wheel" || ee || Ie(I, p.value))
                return null;
              I.preventDefault(), w.call(this, I, j);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function U(pe, Ee) {
      return Ee === 2 && Array.isArray(pe) && pe.includes(2);
    }
    function Q(pe, Ee) {
      return pe.x !== Ee.x && !Number.isNaN(Ee.x) || pe.y !== Ee.y && !Number.isNaN(Ee.y) || pe.zoom !== Ee.k && !Number.isNaN(Ee.k);
    }
    function be(pe) {
      return {
        x: pe.x,
        y: pe.y,
        zoom: pe.k
      };
    }
    function Ie(pe, Ee) {
      return pe.target.closest(`.${Ee}`);
    }
    return (pe, Ee) => (C(), z("div", {
      ref_key: "viewportRef",
      ref: G,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ae(vf, {
        "is-selecting": xe.value,
        "selection-key-pressed": V(W),
        class: Oe({
          connecting: oe.value,
          dragging: V(B),
          draggable: V(f) === !0 || Array.isArray(V(f)) && V(f).includes(0)
        })
      }, {
        default: He(() => [
          ae(pf, null, {
            default: He(() => [
              qe(pe.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), xf = ["id"], bf = ["id"], _f = ["id"], kf = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Sf = /* @__PURE__ */ Be({
  ...kf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = De();
    return (i, r) => (C(), z(me, null, [
      _("div", {
        id: `${V(Lr)}-${V(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + X(V(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, xf),
      _("div", {
        id: `${V(Hr)}-${V(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, bf),
      V(n) ? re("", !0) : (C(), z("div", {
        key: 0,
        id: `${V(Hc)}-${V(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, X(V(o)), 9, _f))
    ], 64));
  }
});
function $f() {
  const e = De();
  $e(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Ef(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function Nf(e, t, n) {
  return n === se.Top ? e - t : n === se.Bottom ? e + t : e;
}
const jo = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = se.Top,
  type: i
}) {
  return Ne("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Ef(t, e, o),
    cy: Nf(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
jo.props = ["radius", "centerX", "centerY", "position", "type"];
jo.compatConfig = { MODE: 3 };
const qi = jo, Cf = Be({
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
      noPanClassName: a,
      getEdgeTypes: l,
      removeSelectedEdges: u,
      findEdge: c,
      findNode: f,
      isValidConnection: d,
      multiSelectionActive: h,
      disableKeyboardA11y: $,
      elementsSelectable: y,
      edgesUpdatable: p,
      edgesFocusable: k,
      hooks: N
    } = De(), g = J(() => c(e.id)), { emit: m, on: B } = yd(g.value, r), T = St(io), D = Zt(), A = we(!1), F = we(!1), G = we(""), L = we(null), S = we("source"), Z = we(null), x = Ae(
      () => typeof g.value.selectable > "u" ? y.value : g.value.selectable
    ), R = Ae(() => typeof g.value.updatable > "u" ? p.value : g.value.updatable), M = Ae(() => typeof g.value.focusable > "u" ? k.value : g.value.focusable);
    Pt(vd, e.id), Pt(gd, Z);
    const Y = J(() => g.value.class instanceof Function ? g.value.class(g.value) : g.value.class), q = J(() => g.value.style instanceof Function ? g.value.style(g.value) : g.value.style), W = J(() => {
      const v = g.value.type || "default", b = T == null ? void 0 : T[`edge-${v}`];
      if (b)
        return b;
      let P = g.value.template ?? l.value[v];
      if (typeof P == "string" && D) {
        const I = Object.keys(D.appContext.components);
        I && I.includes(v) && (P = ar(v, !1));
      }
      return P && typeof P != "string" ? P : (r.error(new Fe(Le.EDGE_TYPE_MISSING, P)), !1);
    }), { handlePointerDown: K } = ss({
      nodeId: G,
      handleId: L,
      type: S,
      isValidConnection: d,
      edgeUpdaterType: S,
      onEdgeUpdate: he,
      onEdgeUpdateEnd: xe
    });
    return () => {
      const v = f(g.value.source), b = f(g.value.target), P = "pathOptions" in g.value ? g.value.pathOptions : {};
      if (!v && !b)
        return r.error(new Fe(Le.EDGE_SOURCE_TARGET_MISSING, g.value.id, g.value.source, g.value.target)), null;
      if (!v)
        return r.error(new Fe(Le.EDGE_SOURCE_MISSING, g.value.id, g.value.source)), null;
      if (!b)
        return r.error(new Fe(Le.EDGE_TARGET_MISSING, g.value.id, g.value.target)), null;
      if (!g.value || g.value.hidden || v.hidden || b.hidden)
        return null;
      let I;
      o.value === _t.Strict ? I = v.handleBounds.source : I = [...v.handleBounds.source || [], ...v.handleBounds.target || []];
      const j = Ai(I, g.value.sourceHandle);
      let ee;
      o.value === _t.Strict ? ee = b.handleBounds.target : ee = [...b.handleBounds.target || [], ...b.handleBounds.source || []];
      const le = Ai(ee, g.value.targetHandle), ie = (j == null ? void 0 : j.position) || se.Bottom, fe = (le == null ? void 0 : le.position) || se.Top, { x: _e, y: Te } = Kt(v, j, ie), { x: Qe, y: Ke } = Kt(b, le, fe);
      return g.value.sourceX = _e, g.value.sourceY = Te, g.value.targetX = Qe, g.value.targetY = Ke, Ne(
        "g",
        {
          ref: Z,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${W.value === !1 ? "default" : g.value.type || "default"}`,
            a.value,
            Y.value,
            {
              updating: A.value,
              selected: g.value.selected,
              animated: g.value.animated,
              inactive: !x.value && !N.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: M.value ? 0 : void 0,
          "aria-label": g.value.ariaLabel === null ? void 0 : g.value.ariaLabel ?? `Edge from ${g.value.source} to ${g.value.target}`,
          "aria-describedby": M.value ? `${Hr}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: M.value ? "group" : "img",
          ...g.value.domAttributes,
          onClick: U,
          onContextmenu: Q,
          onDblclick: be,
          onMouseenter: Ie,
          onMousemove: pe,
          onMouseleave: Ee,
          onKeyDown: M.value ? w : void 0
        },
        [
          F.value ? null : Ne(W.value === !1 ? l.value.default : W.value, {
            id: e.id,
            sourceNode: v,
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
            events: { ...g.value.events, ...B },
            style: q.value,
            markerStart: `url('#${vn(g.value.markerStart, t)}')`,
            markerEnd: `url('#${vn(g.value.markerEnd, t)}')`,
            sourcePosition: ie,
            targetPosition: fe,
            sourceX: _e,
            sourceY: Te,
            targetX: Qe,
            targetY: Ke,
            sourceHandleId: g.value.sourceHandle,
            targetHandleId: g.value.targetHandle,
            interactionWidth: g.value.interactionWidth,
            ...P
          }),
          [
            R.value === "source" || R.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: de,
                  onMouseenter: te,
                  onMouseout: ue
                },
                Ne(qi, {
                  position: ie,
                  centerX: _e,
                  centerY: Te,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            R.value === "target" || R.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: ce,
                  onMouseenter: te,
                  onMouseout: ue
                },
                Ne(qi, {
                  position: fe,
                  centerX: Qe,
                  centerY: Ke,
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
    function te() {
      A.value = !0;
    }
    function ue() {
      A.value = !1;
    }
    function he(v, b) {
      m.update({ event: v, edge: g.value, connection: b });
    }
    function xe(v) {
      m.updateEnd({ event: v, edge: g.value }), F.value = !1;
    }
    function oe(v, b) {
      v.button === 0 && (F.value = !0, G.value = b ? g.value.target : g.value.source, L.value = (b ? g.value.targetHandle : g.value.sourceHandle) ?? null, S.value = b ? "target" : "source", m.updateStart({ event: v, edge: g.value }), K(v));
    }
    function U(v) {
      var b;
      const P = { event: v, edge: g.value };
      x.value && (s.value = !1, g.value.selected && h.value ? (u([g.value]), (b = Z.value) == null || b.blur()) : n([g.value])), m.click(P);
    }
    function Q(v) {
      m.contextMenu({ event: v, edge: g.value });
    }
    function be(v) {
      m.doubleClick({ event: v, edge: g.value });
    }
    function Ie(v) {
      m.mouseEnter({ event: v, edge: g.value });
    }
    function pe(v) {
      m.mouseMove({ event: v, edge: g.value });
    }
    function Ee(v) {
      m.mouseLeave({ event: v, edge: g.value });
    }
    function de(v) {
      oe(v, !0);
    }
    function ce(v) {
      oe(v, !1);
    }
    function w(v) {
      var b;
      !$.value && Fr.includes(v.key) && x.value && (v.key === "Escape" ? ((b = Z.value) == null || b.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Mf = Cf, If = Be({
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
      connectionLineStyle: a,
      connectionLineOptions: l,
      connectionStatus: u,
      viewport: c,
      findNode: f
    } = De(), d = (e = St(io)) == null ? void 0 : e["connection-line"], h = J(() => {
      var N;
      return f((N = o.value) == null ? void 0 : N.nodeId);
    }), $ = J(() => {
      var N;
      return f((N = i.value) == null ? void 0 : N.nodeId) ?? null;
    }), y = J(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), p = J(
      () => l.value.markerStart ? `url(#${vn(l.value.markerStart, t)})` : ""
    ), k = J(
      () => l.value.markerEnd ? `url(#${vn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var N, g, m;
      if (!h.value || !o.value)
        return null;
      const B = o.value.id, T = o.value.type, D = h.value.handleBounds;
      let A = (D == null ? void 0 : D[T]) ?? [];
      if (n.value === _t.Loose) {
        const q = (D == null ? void 0 : D[T === "source" ? "target" : "source"]) ?? [];
        A = [...A, ...q];
      }
      if (!A)
        return null;
      const F = (B ? A.find((q) => q.id === B) : A[0]) ?? null, G = (F == null ? void 0 : F.position) ?? se.Top, { x: L, y: S } = Kt(h.value, F, G);
      let Z = null;
      $.value && (n.value === _t.Strict ? Z = ((N = $.value.handleBounds[T === "source" ? "target" : "source"]) == null ? void 0 : N.find(
        (q) => {
          var W;
          return q.id === ((W = i.value) == null ? void 0 : W.id);
        }
      )) || null : Z = ((g = [...$.value.handleBounds.source ?? [], ...$.value.handleBounds.target ?? []]) == null ? void 0 : g.find(
        (q) => {
          var W;
          return q.id === ((W = i.value) == null ? void 0 : W.id);
        }
      )) || null);
      const x = ((m = i.value) == null ? void 0 : m.position) ?? (G ? Oo[G] : null);
      if (!G || !x)
        return null;
      const R = s.value ?? l.value.type ?? Et.Bezier;
      let M = "";
      const Y = {
        sourceX: L,
        sourceY: S,
        sourcePosition: G,
        targetX: y.value.x,
        targetY: y.value.y,
        targetPosition: x
      };
      return R === Et.Bezier ? [M] = fs(Y) : R === Et.Step ? [M] = Ro({
        ...Y,
        borderRadius: 0
      }) : R === Et.SmoothStep ? [M] = Ro(Y) : R === Et.SimpleBezier ? [M] = hs(Y) : M = `M${L},${S} ${y.value.x},${y.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          d ? Ne(d, {
            sourceX: L,
            sourceY: S,
            sourcePosition: G,
            targetX: y.value.x,
            targetY: y.value.y,
            targetPosition: x,
            sourceNode: h.value,
            sourceHandle: F,
            targetNode: $.value,
            targetHandle: Z,
            markerEnd: k.value,
            markerStart: p.value,
            connectionStatus: u.value
          }) : Ne("path", {
            d: M,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...l.value.style
            },
            "marker-end": k.value,
            "marker-start": p.value
          })
        )
      );
    };
  }
}), Tf = If, Pf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Af = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Df = /* @__PURE__ */ Be({
  ...Af,
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
      t.type === V(Do).ArrowClosed ? (C(), z("polyline", {
        key: 0,
        style: Pe({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : re("", !0),
      t.type === V(Do).Arrow ? (C(), z("polyline", {
        key: 1,
        style: Pe({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : re("", !0)
    ], 8, Pf));
  }
}), zf = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Of = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Bf = /* @__PURE__ */ Be({
  ...Of,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = De(), r = J(() => {
      const s = /* @__PURE__ */ new Set(), a = [], l = (u) => {
        if (u) {
          const c = vn(u, t);
          s.has(c) || (typeof u == "object" ? a.push({ ...u, id: c, color: u.color || i.value }) : a.push({ id: c, color: i.value, type: u }), s.add(c));
        }
      };
      for (const u of [o.value.markerEnd, o.value.markerStart])
        l(u);
      for (const u of n.value)
        for (const c of [u.markerStart, u.markerEnd])
          l(c);
      return a.sort((u, c) => u.id.localeCompare(c.id));
    });
    return (s, a) => (C(), z("svg", zf, [
      _("defs", null, [
        (C(!0), z(me, null, ze(r.value, (l) => (C(), Re(Df, {
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
}), Rf = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Vf = /* @__PURE__ */ Be({
  ...Rf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = De();
    return (i, r) => (C(), z(me, null, [
      ae(Bf),
      (C(!0), z(me, null, ze(V(n), (s) => (C(), z("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Pe({ zIndex: V(od)(s, V(t), V(o)) })
      }, [
        ae(V(Mf), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      ae(V(Tf))
    ], 64));
  }
}), Lf = Be({
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
      removeSelectedNodes: a,
      addSelectedNodes: l,
      updateNodeDimensions: u,
      onUpdateNodeInternals: c,
      getNodeTypes: f,
      nodeExtent: d,
      elevateNodesOnSelect: h,
      disableKeyboardA11y: $,
      ariaLiveMessage: y,
      snapToGrid: p,
      snapGrid: k,
      nodeDragThreshold: N,
      nodesDraggable: g,
      elementsSelectable: m,
      nodesConnectable: B,
      nodesFocusable: T,
      hooks: D
    } = De(), A = we(null);
    Pt(os, A), Pt(Qo, e.id);
    const F = St(io), G = Zt(), L = ls(), { node: S, parentNode: Z } = as(e.id), { emit: x, on: R } = bd(S, s), M = Ae(() => typeof S.draggable > "u" ? g.value : S.draggable), Y = Ae(() => typeof S.selectable > "u" ? m.value : S.selectable), q = Ae(() => typeof S.connectable > "u" ? B.value : S.connectable), W = Ae(() => typeof S.focusable > "u" ? T.value : S.focusable), K = J(
      () => Y.value || M.value || D.value.nodeClick.hasListeners() || D.value.nodeDoubleClick.hasListeners() || D.value.nodeMouseEnter.hasListeners() || D.value.nodeMouseMove.hasListeners() || D.value.nodeMouseLeave.hasListeners()
    ), te = Ae(() => !!S.dimensions.width && !!S.dimensions.height), ue = J(() => {
      const b = S.type || "default", P = F == null ? void 0 : F[`node-${b}`];
      if (P)
        return P;
      let I = S.template || f.value[b];
      if (typeof I == "string" && G) {
        const j = Object.keys(G.appContext.components);
        j && j.includes(b) && (I = ar(b, !1));
      }
      return I && typeof I != "string" ? I : (s.error(new Fe(Le.NODE_TYPE_MISSING, I)), !1);
    }), he = is({
      id: e.id,
      el: A,
      disabled: () => !M.value,
      selectable: Y,
      dragHandle: () => S.dragHandle,
      onStart(b) {
        x.dragStart(b);
      },
      onDrag(b) {
        x.drag(b);
      },
      onStop(b) {
        x.dragStop(b);
      },
      onClick(b) {
        w(b);
      }
    }), xe = J(() => S.class instanceof Function ? S.class(S) : S.class), oe = J(() => {
      const b = (S.style instanceof Function ? S.style(S) : S.style) || {}, P = S.width instanceof Function ? S.width(S) : S.width, I = S.height instanceof Function ? S.height(S) : S.height;
      return !b.width && P && (b.width = typeof P == "string" ? P : `${P}px`), !b.height && I && (b.height = typeof I == "string" ? I : `${I}px`), b;
    }), U = Ae(() => Number(S.zIndex ?? oe.value.zIndex ?? 0));
    return c((b) => {
      (b.includes(e.id) || !b.length) && be();
    }), at(() => {
      $e(
        () => S.hidden,
        (b = !1, P, I) => {
          !b && A.value && (e.resizeObserver.observe(A.value), I(() => {
            A.value && e.resizeObserver.unobserve(A.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), $e([() => S.type, () => S.sourcePosition, () => S.targetPosition], () => {
      Xe(() => {
        u([{ id: e.id, nodeElement: A.value, forceUpdate: !0 }]);
      });
    }), $e(
      [
        () => S.position.x,
        () => S.position.y,
        () => {
          var b;
          return (b = Z.value) == null ? void 0 : b.computedPosition.x;
        },
        () => {
          var b;
          return (b = Z.value) == null ? void 0 : b.computedPosition.y;
        },
        () => {
          var b;
          return (b = Z.value) == null ? void 0 : b.computedPosition.z;
        },
        U,
        () => S.selected,
        () => S.dimensions.height,
        () => S.dimensions.width,
        () => {
          var b;
          return (b = Z.value) == null ? void 0 : b.dimensions.height;
        },
        () => {
          var b;
          return (b = Z.value) == null ? void 0 : b.dimensions.width;
        }
      ],
      ([b, P, I, j, ee, le]) => {
        const ie = {
          x: b,
          y: P,
          z: le + (h.value && S.selected ? 1e3 : 0)
        };
        typeof I < "u" && typeof j < "u" ? S.computedPosition = Jc({ x: I, y: j, z: ee }, ie) : S.computedPosition = ie;
      },
      { flush: "post", immediate: !0 }
    ), $e([() => S.extent, d], ([b, P], [I, j]) => {
      (b !== I || P !== j) && Q();
    }), S.extent === "parent" || typeof S.extent == "object" && "range" in S.extent && S.extent.range === "parent" ? $o(() => te).toBe(!0).then(Q) : Q(), () => S.hidden ? null : Ne(
      "div",
      {
        ref: A,
        "data-id": S.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${ue.value === !1 ? "default" : S.type || "default"}`,
          {
            [n.value]: M.value,
            dragging: he == null ? void 0 : he.value,
            draggable: M.value,
            selected: S.selected,
            selectable: Y.value,
            parent: S.isParent
          },
          xe.value
        ],
        style: {
          visibility: te.value ? "visible" : "hidden",
          zIndex: S.computedPosition.z ?? U.value,
          transform: `translate(${S.computedPosition.x}px,${S.computedPosition.y}px)`,
          pointerEvents: K.value ? "all" : "none",
          ...oe.value
        },
        tabIndex: W.value ? 0 : void 0,
        role: W.value ? "group" : void 0,
        "aria-describedby": $.value ? void 0 : `${Lr}-${t}`,
        "aria-label": S.ariaLabel,
        "aria-roledescription": "node",
        ...S.domAttributes,
        onMouseenter: Ie,
        onMousemove: pe,
        onMouseleave: Ee,
        onContextmenu: de,
        onClick: w,
        onDblclick: ce,
        onKeydown: v
      },
      [
        Ne(ue.value === !1 ? f.value.default : ue.value, {
          id: S.id,
          type: S.type,
          data: S.data,
          events: { ...S.events, ...R },
          selected: S.selected,
          resizing: S.resizing,
          dragging: he.value,
          connectable: q.value,
          position: S.computedPosition,
          dimensions: S.dimensions,
          isValidTargetPos: S.isValidTargetPos,
          isValidSourcePos: S.isValidSourcePos,
          parent: S.parentNode,
          parentNodeId: S.parentNode,
          zIndex: S.computedPosition.z ?? U.value,
          targetPosition: S.targetPosition,
          sourcePosition: S.sourcePosition,
          label: S.label,
          dragHandle: S.dragHandle,
          onUpdateNodeInternals: be
        })
      ]
    );
    function Q() {
      const b = S.computedPosition, { computedPosition: P, position: I } = Zo(
        S,
        p.value ? oo(b, k.value) : b,
        s.error,
        d.value,
        Z.value
      );
      (S.computedPosition.x !== P.x || S.computedPosition.y !== P.y) && (S.computedPosition = { ...S.computedPosition, ...P }), (S.position.x !== I.x || S.position.y !== I.y) && (S.position = I);
    }
    function be() {
      A.value && u([{ id: e.id, nodeElement: A.value, forceUpdate: !0 }]);
    }
    function Ie(b) {
      he != null && he.value || x.mouseEnter({ event: b, node: S });
    }
    function pe(b) {
      he != null && he.value || x.mouseMove({ event: b, node: S });
    }
    function Ee(b) {
      he != null && he.value || x.mouseLeave({ event: b, node: S });
    }
    function de(b) {
      return x.contextMenu({ event: b, node: S });
    }
    function ce(b) {
      return x.doubleClick({ event: b, node: S });
    }
    function w(b) {
      Y.value && (!o.value || !M.value || N.value > 0) && Bo(
        S,
        r.value,
        l,
        a,
        i,
        !1,
        A.value
      ), x.click({ event: b, node: S });
    }
    function v(b) {
      if (!(zo(b) || $.value))
        if (Fr.includes(b.key) && Y.value) {
          const P = b.key === "Escape";
          Bo(
            S,
            r.value,
            l,
            a,
            i,
            P,
            A.value
          );
        } else M.value && S.selected && Yt[b.key] && (b.preventDefault(), y.value = `Moved selected node ${b.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~S.position.x}, y: ${~~S.position.y}`, L(
          {
            x: Yt[b.key].x,
            y: Yt[b.key].y
          },
          b.shiftKey
        ));
    }
  }
}), Hf = Lf;
function Ff(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = De();
  return J(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Yf = { class: "vue-flow__nodes vue-flow__container" }, Xf = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, qf = /* @__PURE__ */ Be({
  ...Xf,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = De(), i = Ff(), r = we();
    return $e(
      i,
      (s) => {
        s && Xe(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), at(() => {
      r.value = new ResizeObserver((s) => {
        const a = s.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        Xe(() => n(a));
      });
    }), yn(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (C(), z("div", Yf, [
      r.value ? (C(!0), z(me, { key: 0 }, ze(V(t), (l, u, c, f) => {
        const d = [l.id];
        if (f && f.key === l.id && Ds(f, d))
          return f;
        const h = (C(), Re(V(Hf), {
          id: l.id,
          key: l.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = d, h;
      }, a, 0), 128)) : re("", !0)
    ]));
  }
});
function Gf() {
  const { emits: e } = De();
  at(() => {
    if (ns()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Fe(Le.MISSING_STYLES));
    }
  });
}
const Uf = /* @__PURE__ */ _("div", { class: "vue-flow__edge-labels" }, null, -1), Wf = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Kf = /* @__PURE__ */ Be({
  ...Wf,
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
    const o = e, i = Ts(), r = fo(o, "modelValue", n), s = fo(o, "nodes", n), a = fo(o, "edges", n), l = De(o), u = $d({ modelValue: r, nodes: s, edges: a }, o, l);
    return Nd(n, l.hooks), $f(), Gf(), Pt(io, i), Ps(u), t(l), (c, f) => (C(), z("div", {
      ref: V(l).vueFlowRef,
      class: "vue-flow"
    }, [
      ae(wf, null, {
        default: He(() => [
          ae(Vf),
          Uf,
          ae(qf),
          qe(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      qe(c.$slots, "default"),
      ae(Sf)
    ], 512));
  }
}), Zf = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, Gi = /* @__PURE__ */ Be({
  ...Zf,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = De(), o = J(() => `${t.position}`.split("-"));
    return (i, r) => (C(), z("div", {
      class: Oe(["vue-flow__panel", o.value]),
      style: Pe({ pointerEvents: V(n) ? "none" : "all" })
    }, [
      qe(i.$slots, "default")
    ], 6));
  }
});
var mt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(mt || {});
const vs = function({ dimensions: e, size: t, color: n }) {
  return Ne("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, gs = function({ radius: e, color: t }) {
  return Ne("circle", { cx: e, cy: e, r: e, fill: t });
};
mt.Lines + "", mt.Dots + "";
const Jf = {
  [mt.Dots]: "#81818a",
  [mt.Lines]: "#eee"
}, Qf = ["id", "x", "y", "width", "height", "patternTransform"], jf = {
  key: 2,
  height: "100",
  width: "100"
}, eh = ["fill"], th = ["x", "y", "fill"], nh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, oh = /* @__PURE__ */ Be({
  ...nh,
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
    const { id: t, viewport: n } = De(), o = J(() => {
      const s = n.value.zoom, [a, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [a * s || 1, l * s || 1], c = e.size * s, [f, d] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [f * s || 1 + u[0] / 2, d * s || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: h,
        size: c
      };
    }), i = Ae(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Ae(() => e.color || e.patternColor || Jf[e.variant || mt.Dots]);
    return (s, a) => (C(), z("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Pe({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      qe(s.$slots, "pattern-container", { id: i.value }, () => [
        _("pattern", {
          id: i.value,
          x: V(n).x % o.value.scaledGap[0],
          y: V(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          qe(s.$slots, "pattern", {}, () => [
            s.variant === V(mt).Lines ? (C(), Re(V(vs), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === V(mt).Dots ? (C(), Re(V(gs), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : re("", !0),
            s.bgColor ? (C(), z("svg", jf, [
              _("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, eh)
            ])) : re("", !0)
          ])
        ], 8, Qf)
      ]),
      _("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, th),
      qe(s.$slots, "default", { id: i.value })
    ], 4));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ih = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
var Tn = {
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
const rh = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: s, ...a }, { slots: l }) => Ne(
  "svg",
  {
    ...Tn,
    width: e || Tn.width,
    height: e || Tn.height,
    stroke: o || Tn.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${ih(r ?? "icon")}`],
    ...a
  },
  [...i.map((u) => Ne(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ge = (e, t) => (n, { slots: o }) => Ne(
  rh,
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
const sh = ge("AudioLinesIcon", [
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
const ah = ge("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const lh = ge("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const uh = ge("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ui = ge("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ch = ge("ClapperboardIcon", [
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
const dh = ge("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const fh = ge("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const hh = ge("CpuIcon", [
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
const mh = ge("DownloadIcon", [
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
const vh = ge("FileTextIcon", [
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
const gh = ge("FilmIcon", [
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
const ph = ge("HistoryIcon", [
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
const yh = ge("ImageIcon", [
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
const wh = ge("LayersIcon", [
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
const xh = ge("Link2Icon", [
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
const bh = ge("ListOrderedIcon", [
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
const _h = ge("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const kh = ge("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Sh = ge("Maximize2Icon", [
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
const $h = ge("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Eh = ge("MicIcon", [
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
const Nh = ge("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ch = ge("PackageIcon", [
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
const Mh = ge("PaletteIcon", [
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
const Ih = ge("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Th = ge("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ph = ge("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ah = ge("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Dh = ge("ScanEyeIcon", [
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
const zh = ge("ScrollTextIcon", [
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
const Oh = ge("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Bh = ge("SlidersHorizontalIcon", [
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
const Rh = ge("SparklesIcon", [
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
const Vh = ge("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Lh = ge("StarIcon", [
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
const Hh = ge("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Fh = ge("TableIcon", [
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
const Yh = ge("TimerIcon", [
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
const Xh = ge("Trash2Icon", [
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
const qh = ge("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Gh = ge("UploadIcon", [
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
const Uh = ge("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Wh = ge("WorkflowIcon", [
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
const Kh = ge("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Me = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: ch,
      "user-round": Uh,
      palette: Mh,
      timer: Yh,
      image: yh,
      "sticky-note": Hh,
      mic: Eh,
      "sliders-horizontal": Bh,
      cpu: hh,
      workflow: Wh,
      "list-ordered": bh,
      "scroll-text": zh,
      "audio-lines": sh,
      "scan-eye": Dh,
      play: Th,
      square: Vh,
      trash: Xh,
      copy: fh,
      comment: $h,
      check: ah,
      x: Kh,
      left: lh,
      right: uh,
      star: Lh,
      sparkles: Rh,
      search: Oh,
      history: ph,
      fit: Sh,
      plus: Ph,
      minus: Nh,
      undo: qh,
      redo: Ah,
      dot: Ui,
      film: gh,
      upload: Gh,
      link: xh,
      pause: Ih,
      clock: dh,
      layers: wh,
      lock: kh,
      unlock: _h,
      download: mh,
      "file-text": vh,
      table: Fh,
      package: Ch
    }, n = e, o = J(() => t[n.name] || Ui);
    return (i, r) => (C(), Re(ur(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Zh = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, Jh = ["data-kind", "data-sub", "aria-label", "onPointerdown"], Qh = { class: "mx-tip" }, jh = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = we(null), i = { intent: "#00e5ff", comp: "#ffc947", activity: "#64ffda", narration: "#9c88ff", visual_narration: "#9c88ff" };
    let r = null;
    function s(u, c, f) {
      u.button === 0 && (u.preventDefault(), r = { x: u.clientX, y: u.clientY, group: c, item: f, moved: !1 }, window.addEventListener("pointermove", a), window.addEventListener("pointerup", l, { once: !0 }));
    }
    function a(u) {
      r && (!r.moved && Math.hypot(u.clientX - r.x, u.clientY - r.y) < 4 || (r.moved = !0, o.value = { x: u.clientX, y: u.clientY, label: r.item.label, icon: r.item.icon, color: i[r.group.kind] }));
    }
    function l(u) {
      window.removeEventListener("pointermove", a);
      const c = r;
      r = null, o.value = null, c && n("place", { kind: c.group.kind, sub: c.item.sub, clientX: u.clientX, clientY: u.clientY, dragged: c.moved });
    }
    return (u, c) => (C(), z(me, null, [
      _("nav", Zh, [
        c[0] || (c[0] = _("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          _("span", null, "m"),
          _("i")
        ], -1)),
        (C(!0), z(me, null, ze(e.groups, (f) => (C(), z("div", {
          key: f.kind,
          class: "mx-pal-group",
          style: Pe({ "--accent": i[f.kind] })
        }, [
          (C(!0), z(me, null, ze(f.items, (d) => (C(), z("button", {
            key: d.sub,
            class: "mx-pal-item",
            "data-kind": f.kind,
            "data-sub": d.sub,
            "aria-label": d.label,
            onPointerdown: (h) => s(h, f, d)
          }, [
            ae(Me, {
              name: d.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"]),
            _("span", Qh, X(d.label), 1)
          ], 40, Jh))), 128))
        ], 4))), 128))
      ]),
      o.value ? (C(), z("div", {
        key: 0,
        class: "mx-ghost",
        style: Pe({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        ae(Me, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Se(" " + X(o.value.label), 1)
      ], 4)) : re("", !0)
    ], 64));
  }
}, em = ["width", "height"], tm = {
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
    const t = e, n = we(null), o = Math.min(2, window.devicePixelRatio || 1);
    let i = null, r = { x0: 0, y0: 0, scale: 1, ox: 0, oy: 0 }, s = 0;
    function a() {
      let y = 1 / 0, p = 1 / 0, k = -1 / 0, N = -1 / 0;
      for (const g of t.blocks.values())
        g.x < y && (y = g.x), g.y < p && (p = g.y), g.x + g.w > k && (k = g.x + g.w), g.y + g.h > N && (N = g.y + g.h);
      return y === 1 / 0 ? null : { x0: y, y0: p, x1: k, y1: N };
    }
    function l() {
      s = 0;
      const y = n.value;
      if (!y) return;
      const p = y.getContext("2d"), k = y.width, N = y.height, g = t.flow.viewport.value, m = t.flow.dimensions.value, B = { x0: -g.x / g.zoom, y0: -g.y / g.zoom, x1: (m.width - g.x) / g.zoom, y1: (m.height - g.y) / g.zoom };
      i === null && (i = a() || B);
      const T = { x0: Math.min(i.x0, B.x0), y0: Math.min(i.y0, B.y0), x1: Math.max(i.x1, B.x1), y1: Math.max(i.y1, B.y1) }, D = Math.max(T.x1 - T.x0, T.y1 - T.y0) * 0.04;
      T.x0 -= D, T.y0 -= D, T.x1 += D, T.y1 += D;
      const A = Math.min(k / (T.x1 - T.x0), N / (T.y1 - T.y0));
      r = { x0: T.x0, y0: T.y0, scale: A, ox: (k - (T.x1 - T.x0) * A) / 2, oy: (N - (T.y1 - T.y0) * A) / 2 }, p.clearRect(0, 0, k, N), p.globalAlpha = 0.75;
      for (const Z of t.blocks.values())
        p.fillStyle = t.colorOf(Z), p.fillRect(r.ox + (Z.x - T.x0) * A, r.oy + (Z.y - T.y0) * A, Math.max(1, Z.w * A), Math.max(1, Z.h * A));
      p.globalAlpha = 1;
      const F = r.ox + (B.x0 - T.x0) * A, G = r.oy + (B.y0 - T.y0) * A, L = (B.x1 - B.x0) * A, S = (B.y1 - B.y0) * A;
      p.fillStyle = "rgba(10,10,11,0.62)", p.beginPath(), p.rect(0, 0, k, N), p.rect(F, G, L, S), p.fill("evenodd"), p.strokeStyle = "rgba(0,229,255,0.5)", p.lineWidth = o, p.strokeRect(F + o / 2, G + o / 2, L - o, S - o);
    }
    function u(y) {
      y && (i = null), s || (s = requestAnimationFrame(l));
    }
    $e(() => t.rev, () => u(!0)), $e(() => t.flow.viewport.value, () => u(!1)), $e(() => t.flow.dimensions.value, () => u(!1)), at(() => u(!0)), yn(() => s && cancelAnimationFrame(s));
    function c(y) {
      const p = n.value.getBoundingClientRect(), k = (y.clientX - p.left) * o, N = (y.clientY - p.top) * o;
      return { x: (k - r.ox) / r.scale + r.x0, y: (N - r.oy) / r.scale + r.y0 };
    }
    function f(y, p) {
      const k = t.flow.dimensions.value, N = p ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: k.width / 2 - y.x * N, y: k.height / 2 - y.y * N, zoom: N });
    }
    function d(y) {
      y.button === 0 && (n.value.setPointerCapture(y.pointerId), f(c(y)));
    }
    function h(y) {
      y.buttons & 1 && f(c(y));
    }
    function $(y) {
      const p = t.flow.viewport.value, k = t.flow.dimensions.value, N = { x: (k.width / 2 - p.x) / p.zoom, y: (k.height / 2 - p.y) / p.zoom }, g = Math.max(0.05, Math.min(3, p.zoom * Math.exp(-y.deltaY * 15e-4)));
      f(N, g);
    }
    return (y, p) => (C(), z("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * V(o),
      height: e.height * V(o),
      style: Pe({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: d,
      onPointermove: h,
      onWheel: ve($, ["prevent", "stop"])
    }, null, 44, em));
  }
}, nm = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = J(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (C(), z("div", {
      key: 0,
      class: "mx-cursors",
      style: Pe({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (C(!0), z(me, null, ze(e.users, (r) => (C(), z("div", {
        key: r.id,
        class: "mx-cursor",
        style: Pe({ left: `${r.cursor.x}px`, top: `${r.cursor.y}px`, "--c": r.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = _("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          _("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        _("span", null, X(r.name), 1)
      ], 4))), 128))
    ], 4)) : re("", !0);
  }
}, ps = Symbol("multiplex-store");
function om(e) {
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
    lod: 0
    // level of detail: 0 full blocks, 1 light cards (kind, title), 2 rectangles
  }), n = J(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = J(() => Ki(t.comments, (u) => [u.block])), i = J(() => Ki(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), r = (u) => o.value.get(u) || Wi, s = (u) => i.value.get(u) || Wi;
  let a = 0;
  return { state: t, send: (u, c = {}) => (a += 1, e("command", { op: u, req: a, ...c }), a), seqIndex: n, commentsOf: r, othersOn: s };
}
const Wi = Object.freeze([]);
function Ki(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const r = n.get(i);
      r ? r.push(o) : n.set(i, [o]);
    }
  return n;
}
function $t() {
  return St(ps);
}
const zt = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, Zn = {
  intent: "#00e5ff",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function Zi(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function uo(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const im = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" };
function ei(e) {
  const t = e.data || {}, n = t.kind === "intent" ? zt[(t.status || {}).state] || zt.idle : Zn[t.kind] || "#333";
  return Ne("div", {
    class: ["mx-lod", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "1"
  }, [
    Ne("div", { class: "mx-lod-kind" }, t.kind === "intent" || t.kind === "comp" ? t.sub : im[t.kind] || t.kind),
    Ne("div", { class: "mx-lod-title" }, t.title || t.sub)
  ]);
}
ei.props = ["id", "data", "selected"];
ei.inheritAttrs = !1;
function ti(e) {
  const t = e.data || {}, n = t.kind === "intent" ? zt[(t.status || {}).state] || zt.idle : Zn[t.kind] || "#333";
  return Ne("div", {
    class: ["mx-lod mx-rect", e.selected ? "is-selected" : ""],
    style: { "--edge": n },
    "data-id": t.id,
    "data-kind": t.kind,
    "data-sub": t.sub,
    "data-lod": "2"
  });
}
ti.props = ["id", "data", "selected"];
ti.inheritAttrs = !1;
var Vo = "http://www.w3.org/1999/xhtml";
const Ji = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Vo,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function ys(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Ji.hasOwnProperty(t) ? { space: Ji[t], local: e } : e;
}
function rm(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Vo && t.documentElement.namespaceURI === Vo ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function sm(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ws(e) {
  var t = ys(e);
  return (t.local ? sm : rm)(t);
}
function am() {
}
function xs(e) {
  return e == null ? am : function() {
    return this.querySelector(e);
  };
}
function lm(e) {
  typeof e != "function" && (e = xs(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new Je(o, this._parents);
}
function um(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function cm() {
  return [];
}
function dm(e) {
  return e == null ? cm : function() {
    return this.querySelectorAll(e);
  };
}
function fm(e) {
  return function() {
    return um(e.apply(this, arguments));
  };
}
function hm(e) {
  typeof e == "function" ? e = fm(e) : e = dm(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new Je(o, i);
}
function mm(e) {
  return function() {
    return this.matches(e);
  };
}
function bs(e) {
  return function(t) {
    return t.matches(e);
  };
}
var vm = Array.prototype.find;
function gm(e) {
  return function() {
    return vm.call(this.children, e);
  };
}
function pm() {
  return this.firstElementChild;
}
function ym(e) {
  return this.select(e == null ? pm : gm(typeof e == "function" ? e : bs(e)));
}
var wm = Array.prototype.filter;
function xm() {
  return Array.from(this.children);
}
function bm(e) {
  return function() {
    return wm.call(this.children, e);
  };
}
function _m(e) {
  return this.selectAll(e == null ? xm : bm(typeof e == "function" ? e : bs(e)));
}
function km(e) {
  typeof e != "function" && (e = mm(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new Je(o, this._parents);
}
function _s(e) {
  return new Array(e.length);
}
function Sm() {
  return new Je(this._enter || this._groups.map(_s), this._parents);
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
function $m(e) {
  return function() {
    return e;
  };
}
function Em(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Jn(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function Nm(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, f = r.length, d = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (d[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < f; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new Jn(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(d[a]) === l && (i[a] = l);
}
function Cm(e) {
  return e.__data__;
}
function Mm(e, t) {
  if (!arguments.length) return Array.from(this, Cm);
  var n = t ? Nm : Em, o = this._parents, i = this._groups;
  typeof e != "function" && (e = $m(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], f = i[u], d = f.length, h = Im(e.call(c, c && c.__data__, u, o)), $ = h.length, y = a[u] = new Array($), p = s[u] = new Array($), k = l[u] = new Array(d);
    n(c, f, y, p, k, h, t);
    for (var N = 0, g = 0, m, B; N < $; ++N)
      if (m = y[N]) {
        for (N >= g && (g = N + 1); !(B = p[g]) && ++g < $; ) ;
        m._next = B || null;
      }
  }
  return s = new Je(s, o), s._enter = a, s._exit = l, s;
}
function Im(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Tm() {
  return new Je(this._exit || this._groups.map(_s), this._parents);
}
function Pm(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Am(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], f = u.length, d = a[l] = new Array(f), h, $ = 0; $ < f; ++$)
      (h = u[$] || c[$]) && (d[$] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new Je(a, this._parents);
}
function Dm() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function zm(e) {
  e || (e = Om);
  function t(f, d) {
    return f && d ? e(f.__data__, d.__data__) : !f - !d;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Je(i, this._parents).order();
}
function Om(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Bm() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Rm() {
  return Array.from(this);
}
function Vm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function Lm() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Hm() {
  return !this.node();
}
function Fm(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Ym(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Xm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function qm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Gm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Um(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Wm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Km(e, t) {
  var n = ys(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Xm : Ym : typeof t == "function" ? n.local ? Wm : Um : n.local ? Gm : qm)(n, t));
}
function ks(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Zm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Jm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Qm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function jm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Zm : typeof t == "function" ? Qm : Jm)(e, t, n ?? "")) : ev(this.node(), e);
}
function ev(e, t) {
  return e.style.getPropertyValue(t) || ks(e).getComputedStyle(e, null).getPropertyValue(t);
}
function tv(e) {
  return function() {
    delete this[e];
  };
}
function nv(e, t) {
  return function() {
    this[e] = t;
  };
}
function ov(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function iv(e, t) {
  return arguments.length > 1 ? this.each((t == null ? tv : typeof t == "function" ? ov : nv)(e, t)) : this.node()[e];
}
function Ss(e) {
  return e.trim().split(/^|\s+/);
}
function ni(e) {
  return e.classList || new $s(e);
}
function $s(e) {
  this._node = e, this._names = Ss(e.getAttribute("class") || "");
}
$s.prototype = {
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
function Es(e, t) {
  for (var n = ni(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Ns(e, t) {
  for (var n = ni(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function rv(e) {
  return function() {
    Es(this, e);
  };
}
function sv(e) {
  return function() {
    Ns(this, e);
  };
}
function av(e, t) {
  return function() {
    (t.apply(this, arguments) ? Es : Ns)(this, e);
  };
}
function lv(e, t) {
  var n = Ss(e + "");
  if (arguments.length < 2) {
    for (var o = ni(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? av : t ? rv : sv)(n, t));
}
function uv() {
  this.textContent = "";
}
function cv(e) {
  return function() {
    this.textContent = e;
  };
}
function dv(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function fv(e) {
  return arguments.length ? this.each(e == null ? uv : (typeof e == "function" ? dv : cv)(e)) : this.node().textContent;
}
function hv() {
  this.innerHTML = "";
}
function mv(e) {
  return function() {
    this.innerHTML = e;
  };
}
function vv(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function gv(e) {
  return arguments.length ? this.each(e == null ? hv : (typeof e == "function" ? vv : mv)(e)) : this.node().innerHTML;
}
function pv() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function yv() {
  return this.each(pv);
}
function wv() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function xv() {
  return this.each(wv);
}
function bv(e) {
  var t = typeof e == "function" ? e : ws(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function _v() {
  return null;
}
function kv(e, t) {
  var n = typeof e == "function" ? e : ws(e), o = t == null ? _v : typeof t == "function" ? t : xs(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Sv() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function $v() {
  return this.each(Sv);
}
function Ev() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Nv() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Cv(e) {
  return this.select(e ? Nv : Ev);
}
function Mv(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Iv(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Tv(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Pv(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Av(e, t, n) {
  return function() {
    var o = this.__on, i, r = Iv(t);
    if (o) {
      for (var s = 0, a = o.length; s < a; ++s)
        if ((i = o[s]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function Dv(e, t, n) {
  var o = Tv(e + ""), i, r = o.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var l = 0, u = a.length, c; l < u; ++l)
        for (i = 0, c = a[l]; i < r; ++i)
          if ((s = o[i]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? Av : Pv, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Cs(e, t, n) {
  var o = ks(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function zv(e, t) {
  return function() {
    return Cs(this, e, t);
  };
}
function Ov(e, t) {
  return function() {
    return Cs(this, e, t.apply(this, arguments));
  };
}
function Bv(e, t) {
  return this.each((typeof t == "function" ? Ov : zv)(e, t));
}
function* Rv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Vv = [null];
function Je(e, t) {
  this._groups = e, this._parents = t;
}
function Lv() {
  return this;
}
Je.prototype = {
  constructor: Je,
  select: lm,
  selectAll: hm,
  selectChild: ym,
  selectChildren: _m,
  filter: km,
  data: Mm,
  enter: Sm,
  exit: Tm,
  join: Pm,
  merge: Am,
  selection: Lv,
  order: Dm,
  sort: zm,
  call: Bm,
  nodes: Rm,
  node: Vm,
  size: Lm,
  empty: Hm,
  each: Fm,
  attr: Km,
  style: jm,
  property: iv,
  classed: lv,
  text: fv,
  html: gv,
  raise: yv,
  lower: xv,
  append: bv,
  insert: kv,
  remove: $v,
  clone: Cv,
  datum: Mv,
  on: Dv,
  dispatch: Bv,
  [Symbol.iterator]: Rv
};
function gn(e) {
  return typeof e == "string" ? new Je([[document.querySelector(e)]], [document.documentElement]) : new Je([[e]], Vv);
}
function Hv(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function Qi(e, t) {
  if (e = Hv(e), t === void 0 && (t = e.currentTarget), t) {
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
var Fv = { value: () => {
} };
function Ms() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Vn(n);
}
function Vn(e) {
  this._ = e;
}
function Yv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Vn.prototype = Ms.prototype = {
  constructor: Vn,
  on: function(e, t) {
    var n = this._, o = Yv(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = Xv(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = ji(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = ji(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new Vn(e);
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
function Xv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ji(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Fv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const qv = { passive: !1 }, pn = { capture: !0, passive: !1 };
function ko(e) {
  e.stopImmediatePropagation();
}
function Xt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Gv(e) {
  var t = e.document.documentElement, n = gn(e).on("dragstart.drag", Xt, pn);
  "onselectstart" in t ? n.on("selectstart.drag", Xt, pn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Uv(e, t) {
  var n = e.document.documentElement, o = gn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Xt, pn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Pn = (e) => () => e;
function Lo(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: s,
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
    active: { value: r, enumerable: !0, configurable: !0 },
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: a, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Lo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Wv(e) {
  return !e.ctrlKey && !e.button;
}
function Kv() {
  return this.parentNode;
}
function Zv(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Jv() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Qv() {
  var e = Wv, t = Kv, n = Zv, o = Jv, i = {}, r = Ms("start", "drag", "end"), s = 0, a, l, u, c, f = 0;
  function d(m) {
    m.on("mousedown.drag", h).filter(o).on("touchstart.drag", p).on("touchmove.drag", k, qv).on("touchend.drag touchcancel.drag", N).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(m, B) {
    if (!(c || !e.call(this, m, B))) {
      var T = g(this, t.call(this, m, B), m, B, "mouse");
      T && (gn(m.view).on("mousemove.drag", $, pn).on("mouseup.drag", y, pn), Gv(m.view), ko(m), u = !1, a = m.clientX, l = m.clientY, T("start", m));
    }
  }
  function $(m) {
    if (Xt(m), !u) {
      var B = m.clientX - a, T = m.clientY - l;
      u = B * B + T * T > f;
    }
    i.mouse("drag", m);
  }
  function y(m) {
    gn(m.view).on("mousemove.drag mouseup.drag", null), Uv(m.view, u), Xt(m), i.mouse("end", m);
  }
  function p(m, B) {
    if (e.call(this, m, B)) {
      var T = m.changedTouches, D = t.call(this, m, B), A = T.length, F, G;
      for (F = 0; F < A; ++F)
        (G = g(this, D, m, B, T[F].identifier, T[F])) && (ko(m), G("start", m, T[F]));
    }
  }
  function k(m) {
    var B = m.changedTouches, T = B.length, D, A;
    for (D = 0; D < T; ++D)
      (A = i[B[D].identifier]) && (Xt(m), A("drag", m, B[D]));
  }
  function N(m) {
    var B = m.changedTouches, T = B.length, D, A;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), D = 0; D < T; ++D)
      (A = i[B[D].identifier]) && (ko(m), A("end", m, B[D]));
  }
  function g(m, B, T, D, A, F) {
    var G = r.copy(), L = Qi(F || T, B), S, Z, x;
    if ((x = n.call(m, new Lo("beforestart", {
      sourceEvent: T,
      target: d,
      identifier: A,
      active: s,
      x: L[0],
      y: L[1],
      dx: 0,
      dy: 0,
      dispatch: G
    }), D)) != null)
      return S = x.x - L[0] || 0, Z = x.y - L[1] || 0, function R(M, Y, q) {
        var W = L, K;
        switch (M) {
          case "start":
            i[A] = R, K = s++;
            break;
          case "end":
            delete i[A], --s;
          case "drag":
            L = Qi(q || Y, B), K = s;
            break;
        }
        G.call(
          M,
          m,
          new Lo(M, {
            sourceEvent: Y,
            subject: x,
            target: d,
            identifier: A,
            active: K,
            x: L[0] + S,
            y: L[1] + Z,
            dx: L[0] - W[0],
            dy: L[1] - W[1],
            dispatch: G
          }),
          D
        );
      };
  }
  return d.filter = function(m) {
    return arguments.length ? (e = typeof m == "function" ? m : Pn(!!m), d) : e;
  }, d.container = function(m) {
    return arguments.length ? (t = typeof m == "function" ? m : Pn(m), d) : t;
  }, d.subject = function(m) {
    return arguments.length ? (n = typeof m == "function" ? m : Pn(m), d) : n;
  }, d.touchable = function(m) {
    return arguments.length ? (o = typeof m == "function" ? m : Pn(!!m), d) : o;
  }, d.on = function() {
    var m = r.on.apply(r, arguments);
    return m === r ? d : m;
  }, d.clickDistance = function(m) {
    return arguments.length ? (f = (m = +m) * m, d) : Math.sqrt(f);
  }, d;
}
var Ot = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Ot || {});
function jv({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const s = e - t, a = n - o, l = [s > 0 ? 1 : s < 0 ? -1 : 0, a > 0 ? 1 : a < 0 ? -1 : 0];
  return s && i && (l[0] = l[0] * -1), a && r && (l[1] = l[1] * -1), l;
}
const eg = {
  [Ot.Line]: "right",
  [Ot.Handle]: "bottom-right"
}, tg = {
  [Ot.Line]: "borderColor",
  [Ot.Handle]: "backgroundColor"
}, ng = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, er = /* @__PURE__ */ Be({
  ...ng,
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
    }, { findNode: r, emits: s, viewport: a, noDragClassName: l } = De(), u = rs(), c = we();
    let f = i, d = o;
    const h = Ae(() => n.position ?? eg[n.variant]), $ = J(() => h.value.split("-")), y = Ae(() => n.color ? { [tg[n.variant]]: n.color } : {});
    return Ls((p) => {
      if (!c.value || !n.nodeId)
        return;
      const k = gn(c.value), N = h.value.includes("right") || h.value.includes("left"), g = h.value.includes("bottom") || h.value.includes("top"), m = h.value.includes("left"), B = h.value.includes("top"), T = Qv().on("start", (D) => {
        const A = r(n.nodeId), { xSnapped: F, ySnapped: G } = u(D);
        d = {
          width: (A == null ? void 0 : A.dimensions.width) ?? 0,
          height: (A == null ? void 0 : A.dimensions.height) ?? 0,
          x: (A == null ? void 0 : A.position.x) ?? 0,
          y: (A == null ? void 0 : A.position.y) ?? 0
        }, f = {
          ...d,
          pointerX: F,
          pointerY: G,
          aspectRatio: d.width / d.height
        }, t("resizeStart", { event: D, params: d });
      }).on("drag", (D) => {
        var A;
        const { xSnapped: F, ySnapped: G } = u(D), L = r(n.nodeId);
        if (L) {
          const S = [], {
            pointerX: Z,
            pointerY: x,
            width: R,
            height: M,
            x: Y,
            y: q,
            aspectRatio: W
          } = f, { x: K, y: te, width: ue, height: he } = d, xe = Math.floor(N ? F - Z : 0), oe = Math.floor(g ? G - x : 0);
          let U = gt(R + (m ? -xe : xe), n.minWidth, n.maxWidth), Q = gt(M + (B ? -oe : oe), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const ce = U / Q;
            let w = W;
            typeof n.keepAspectRatio == "number" && ce !== n.keepAspectRatio && (w = n.keepAspectRatio);
            const v = N && g, b = N && !g, P = g && !N;
            U = ce <= w && v || P ? Q * w : U, Q = ce > w && v || b ? U / w : Q, U >= n.maxWidth ? (U = n.maxWidth, Q = n.maxWidth / w) : U <= n.minWidth && (U = n.minWidth, Q = n.minWidth / w), Q >= n.maxHeight ? (Q = n.maxHeight, U = n.maxHeight * w) : Q <= n.minHeight && (Q = n.minHeight, U = n.minHeight * w);
          }
          const be = U !== ue, Ie = Q !== he;
          if (m || B) {
            const ce = m ? Y - (U - R) : Y, w = B ? q - (Q - M) : q, v = ce !== K && be, b = w !== te && Ie;
            if (v || b) {
              const P = {
                id: L.id,
                type: "position",
                from: L.position,
                position: {
                  x: v ? ce : K,
                  y: b ? w : te
                }
              };
              S.push(P), d.x = P.position.x, d.y = P.position.y;
            }
          }
          if (n.nodeId && (be || Ie)) {
            const ce = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: U,
                height: Q
              }
            };
            S.push(ce), d.width = U, d.height = Q;
          }
          if (S.length === 0)
            return;
          const pe = jv({
            width: d.width,
            prevWidth: ue,
            height: d.height,
            prevHeight: he,
            invertX: m,
            invertY: B
          }), Ee = { ...d, direction: pe };
          if (((A = n.shouldResize) == null ? void 0 : A.call(n, D, Ee)) === !1)
            return;
          t("resize", { event: D, params: Ee }), s.nodesChange(S);
        }
      }).on("end", (D) => {
        if (n.nodeId) {
          const A = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: D, params: d }), s.nodesChange([A]);
        }
      });
      k.call(T), p(() => {
        k.on(".drag", null);
      });
    }), (p, k) => (C(), z("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Oe(["vue-flow__resize-control", [...$.value, p.variant, V(l)]]),
      style: Pe({
        ...y.value,
        scale: p.variant === V(Ot).Handle ? `${Math.max(1 / V(a).zoom, 1)}` : void 0
      })
    }, [
      qe(p.$slots, "default")
    ], 6));
  }
}), og = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, ig = /* @__PURE__ */ Be({
  ...og,
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
    const n = e, { findNode: o, emits: i } = De(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], s = ["top", "right", "bottom", "left"], a = St(Qo, null), l = Ae(() => typeof n.nodeId == "string" ? n.nodeId : a), u = J(() => o(l.value));
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
      ([c, f, d, h, $]) => {
        const y = u.value;
        if (y && $) {
          const p = {
            id: y.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: y.dimensions.width,
              height: y.dimensions.height
            }
          };
          c && y.dimensions.width < c && (p.dimensions.width = c), f && y.dimensions.height < f && (p.dimensions.height = f), d && y.dimensions.width > d && (p.dimensions.width = d), h && y.dimensions.height > h && (p.dimensions.height = h), (p.dimensions.width !== y.dimensions.width || p.dimensions.height !== y.dimensions.height) && i.nodesChange([p]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, f) => c.isVisible ? (C(), z(me, { key: 0 }, [
      (C(), z(me, null, ze(s, (d) => ae(er, {
        key: d,
        class: Oe(c.lineClassName),
        style: Pe(c.lineStyle),
        "node-id": l.value,
        position: d,
        variant: V(Ot).Line,
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
      (C(), z(me, null, ze(r, (d) => ae(er, {
        key: d,
        class: Oe(c.handleClassName),
        style: Pe(c.handleStyle),
        "node-id": l.value,
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
    ], 64)) : re("", !0);
  }
}), rg = ["data-id", "data-kind", "data-sub"], sg = {
  key: 4,
  class: "mx-others"
}, ag = { class: "mx-head" }, lg = { class: "mx-kind" }, ug = { class: "mx-tools nodrag" }, cg = { class: "mx-body" }, dg = { class: "mx-thread-title" }, fg = { class: "mx-comment-meta" }, hg = ["onClick"], mg = { class: "mx-comment-text" }, vg = {
  key: 0,
  class: "mx-empty"
}, gg = ["onKeydown"], Bt = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: r } = $t(), s = J(() => i(t.data.id)), a = J(() => s.value.filter((y) => !y.resolved).length), l = J(() => n.openComments === t.data.id), u = J(() => r(t.data.id)), c = we(""), f = we(null);
    function d() {
      n.openComments = l.value ? null : t.data.id, n.openComments && Xe(() => f.value && f.value.focus());
    }
    function h() {
      const y = c.value.trim();
      y && (o("comment", { id: t.data.id, text: y }), c.value = "");
    }
    function $(y) {
      const p = y.params || {};
      o("move", { moves: [{ id: t.data.id, x: p.x, y: p.y, w: p.width, h: p.height }] });
    }
    return (y, p) => (C(), z("div", {
      class: Oe(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected }]),
      style: Pe({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (C(), Re(V(ig), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: "#00e5ff",
        onResizeEnd: $
      }, null, 8, ["min-width", "min-height"])) : re("", !0),
      e.target ? (C(), Re(V(bt), {
        key: 1,
        id: "in",
        type: "target",
        position: V(se).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : re("", !0),
      e.source ? (C(), Re(V(bt), {
        key: 2,
        type: "source",
        position: V(se).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : re("", !0),
      e.data.kind === "intent" ? (C(), z(me, { key: 3 }, [
        ae(V(bt), {
          id: "seq-in",
          type: "target",
          position: V(se).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        ae(V(bt), {
          id: "seq-out",
          type: "source",
          position: V(se).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : re("", !0),
      u.value.length ? (C(), z("div", sg, [
        (C(!0), z(me, null, ze(u.value, (k) => (C(), z("span", {
          key: k.id,
          class: "mx-other-tag",
          style: Pe({ background: k.color })
        }, X(k.name), 5))), 128))
      ])) : re("", !0),
      _("header", ag, [
        ae(Me, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        _("span", lg, X(e.kindLabel), 1),
        p[6] || (p[6] = _("span", { class: "mx-spacer" }, null, -1)),
        qe(y.$slots, "head"),
        a.value ? (C(), z("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: ve(d, ["stop"]),
          title: "Comments"
        }, [
          ae(Me, {
            name: "comment",
            size: 11
          }),
          Se(X(a.value), 1)
        ])) : re("", !0),
        _("div", ug, [
          _("button", {
            title: "Comment",
            onClick: ve(d, ["stop"])
          }, [
            ae(Me, {
              name: "comment",
              size: 13
            })
          ]),
          _("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: p[0] || (p[0] = ve((k) => V(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            ae(Me, {
              name: "copy",
              size: 13
            })
          ]),
          _("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: p[1] || (p[1] = ve((k) => V(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            ae(Me, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      _("div", cg, [
        qe(y.$slots, "default")
      ]),
      qe(y.$slots, "foot"),
      l.value ? (C(), z("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: p[4] || (p[4] = ve(() => {
        }, ["stop"])),
        onKeydown: p[5] || (p[5] = ve(() => {
        }, ["stop"]))
      }, [
        _("div", dg, [
          p[7] || (p[7] = Se("Comments ")),
          _("button", {
            class: "mx-x",
            onClick: p[2] || (p[2] = (k) => V(n).openComments = null)
          }, [
            ae(Me, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (C(!0), z(me, null, ze(s.value, (k) => (C(), z("div", {
          key: k.id,
          class: Oe(["mx-comment", { resolved: k.resolved }])
        }, [
          _("div", fg, [
            _("b", null, X(k.author), 1),
            _("span", null, X(V(uo)(k.created)), 1),
            _("button", {
              class: "mx-resolve",
              onClick: (N) => V(o)("resolve", { id: k.id, resolved: !k.resolved })
            }, X(k.resolved ? "reopen" : "resolve"), 9, hg)
          ]),
          _("div", mg, X(k.text), 1)
        ], 2))), 128)),
        s.value.length ? re("", !0) : (C(), z("div", vg, "No comments yet.")),
        qt(_("textarea", {
          ref_key: "input",
          ref: f,
          "onUpdate:modelValue": p[3] || (p[3] = (k) => c.value = k),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: dt(ve(h, ["exact", "prevent"]), ["enter"])
        }, null, 40, gg), [
          [an, c.value]
        ])
      ], 32)) : re("", !0)
    ], 14, rg));
  }
}, pg = ["value", "rows", "placeholder", "data-field"], yg = ["value", "placeholder", "data-field"], tr = 450, Mt = {
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
    const t = e, { send: n } = $t(), o = we(null), i = we(t.value || "");
    let r = t.value || "", s = null, a = 0, l = null;
    function u() {
      s = null, i.value !== r && (t.merge ? n("text", { id: t.blockId, field: t.field, base: r, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), r = i.value);
    }
    function c(h) {
      i.value = h.target.value, a = Date.now(), s && clearTimeout(s), s = setTimeout(u, 160);
    }
    function f(h) {
      const $ = o.value, y = $ && document.activeElement === $;
      if (y && (s || Date.now() - a < tr)) {
        l = h, setTimeout(() => {
          if (l !== null) {
            const k = l;
            l = null, f(k);
          }
        }, tr);
        return;
      }
      if (l = null, h === i.value) {
        r = h;
        return;
      }
      let p = y ? $.selectionStart : null;
      if (p !== null) {
        let k = 0;
        const N = i.value;
        for (; k < N.length && k < h.length && N[k] === h[k]; ) k++;
        k < p && (p += h.length - N.length);
      }
      i.value = h, r = h, p !== null && requestAnimationFrame(() => {
        try {
          $.setSelectionRange(p, p);
        } catch {
        }
      });
    }
    function d() {
      s && (clearTimeout(s), u());
    }
    return $e(() => t.value, (h) => f(h || "")), yn(() => {
      s && (clearTimeout(s), u());
    }), (h, $) => e.multiline ? (C(), z("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Oe(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onBlur: d,
      onKeydown: $[0] || ($[0] = ve(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, pg)) : (C(), z("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Oe(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onKeydown: [
        $[1] || ($[1] = ve(() => {
        }, ["stop"])),
        $[2] || ($[2] = dt((y) => y.target.blur(), ["enter"]))
      ],
      onBlur: d,
      "data-field": e.field
    }, null, 42, yg));
  }
}, wg = { class: "mx-panel-ids" }, xg = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, bg = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, _g = { class: "lens" }, kg = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, Sg = ["value"], $g = ["value"], Eg = { class: "of" }, Ng = ["data-choice"], Cg = { class: "k" }, Mg = { class: "mx-chips" }, Ig = ["data-value", "onClick"], Tg = { class: "k" }, Pg = {
  __name: "ShotPanel",
  props: { id: String, data: Object, shot: Object },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = [
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
    function s(l, u) {
      const c = t.shot;
      if (!c) return;
      const f = u.target.value === "" ? 0 : parseFloat(u.target.value);
      if (!Number.isFinite(f)) return;
      const d = l === "in" ? f : c.cut_in, h = l === "out" ? f : c.cut_out >= c.duration_s ? 0 : c.cut_out;
      o("cut", { id: t.id, cut_in: d, cut_out: h });
      const $ = u.target;
      setTimeout(() => {
        document.activeElement !== $ && t.shot && ($.value = l === "in" ? t.shot.cut_in : t.shot.cut_out);
      }, 800);
    }
    function a(l, u) {
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
      _("div", wg, [
        _("label", null, [
          u[6] || (u[6] = _("span", null, "sc", -1)),
          ae(Mt, {
            "block-id": e.id,
            field: "scene_no",
            value: e.data.scene_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        _("label", null, [
          u[7] || (u[7] = _("span", null, "sh", -1)),
          ae(Mt, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (C(), z("label", xg, [
          u[8] || (u[8] = _("span", null, "#", -1)),
          _("b", bg, X(e.shot.number), 1)
        ])) : re("", !0),
        _("label", _g, [
          u[9] || (u[9] = _("span", null, "lens", -1)),
          ae(Mt, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (C(), z("div", kg, [
        u[14] || (u[14] = _("span", { class: "k" }, "cut", -1)),
        _("label", null, [
          u[10] || (u[10] = Se("in ")),
          _("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => s("in", c)),
            onKeydown: u[1] || (u[1] = ve(() => {
            }, ["stop"]))
          }, null, 40, Sg),
          u[11] || (u[11] = Se("s"))
        ]),
        _("label", null, [
          u[12] || (u[12] = Se("out ")),
          _("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => s("out", c)),
            onKeydown: u[3] || (u[3] = ve(() => {
            }, ["stop"]))
          }, null, 40, $g),
          u[13] || (u[13] = Se("s"))
        ]),
        _("span", Eg, "of " + X(e.shot.duration_s) + "s (" + X(e.shot.duration_from) + ")", 1)
      ])) : re("", !0),
      (C(), z(me, null, ze(i, (c) => _("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        _("span", Cg, X(c.label), 1),
        _("div", Mg, [
          (C(!0), z(me, null, ze((V(n).choices[c.field] || []).filter((f) => f), (f) => (C(), z("button", {
            key: f,
            class: Oe({ on: e.data[c.field] === f }),
            "data-value": f,
            onClick: ve((d) => a(c.field, f), ["stop"])
          }, X(f), 11, Ig))), 128))
        ])
      ], 8, Ng)), 64)),
      (C(), z(me, null, ze(r, (c) => _("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        _("span", Tg, X(c.label), 1),
        ae(Mt, {
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
}, Ag = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, Dg = ["title", "data-state"], zg = {
  key: 0,
  class: "mx-progress"
}, Og = { class: "mx-intent-main" }, Bg = { class: "mx-intent-text" }, Rg = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, Vg = ["src"], Lg = {
  key: 1,
  class: "mx-thumb"
}, Hg = ["src"], Fg = ["src"], Yg = ["title", "data-in", "data-out", "data-duration"], Xg = ["data-locked", "title"], qg = { class: "bar" }, Gg = { class: "mx-foot nodrag" }, Ug = { class: "mx-subs" }, Wg = ["title", "onClick"], Kg = {
  class: "mx-dur",
  title: "Duration in seconds"
}, Zg = ["value"], Jg = {
  key: 0,
  class: "mx-reason",
  "data-role": "reason"
}, Qg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, r = J(() => t.data.status || { state: "idle", label: "idle" }), s = J(() => zt[r.value.state] || zt.idle), a = J(() => n.shots[t.id] || null), l = J(() => a.value ? a.value.number : "—"), u = J(() => {
      const T = a.value;
      if (!T) return "";
      const D = T.cut_in > 0 || T.cut_out < T.duration_s;
      return `in ${c(T.cut_in)} · out ${c(T.cut_out)} of ${c(T.duration_s)}${D ? " (handles kept)" : ""}`;
    });
    function c(T) {
      return `${Math.round(T * 100) / 100}s`;
    }
    function f() {
      a.value && o("lock", { id: t.id, locked: !a.value.locked });
    }
    const d = we(null);
    function h(T) {
      if (T.button !== 0) return;
      T.preventDefault(), T.stopPropagation();
      const D = { x: T.clientX, y: T.clientY };
      let A = !1;
      const F = (L) => {
        if (!A && Math.hypot(L.clientX - D.x, L.clientY - D.y) < 4) return;
        A = !0;
        const S = $(L);
        d.value = { x: L.clientX, y: L.clientY, target: S ? S.id : "", before: S ? S.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((Z) => Z.classList.remove("mx-seq-drop", "before", "after")), S && S.el.classList.add("mx-seq-drop", S.before ? "before" : "after");
      }, G = (L) => {
        if (window.removeEventListener("pointermove", F), window.removeEventListener("pointerup", G), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((x) => x.classList.remove("mx-seq-drop", "before", "after")), d.value = null, !A) return;
        const S = $(L);
        if (!S) return;
        let Z = S.id;
        if (S.before) {
          const x = n.sequence.filter((M) => M !== t.id), R = x.indexOf(S.id);
          Z = R > 0 ? x[R - 1] : null;
        }
        Z !== t.id && o("place_after", { id: t.id, after: Z });
      };
      window.addEventListener("pointermove", F), window.addEventListener("pointerup", G);
    }
    function $(T) {
      var F;
      const D = (F = document.elementFromPoint(T.clientX, T.clientY)) == null ? void 0 : F.closest('.mx-block[data-kind="intent"][data-id]');
      if (!D || D.dataset.id === t.id) return null;
      const A = D.getBoundingClientRect();
      return { el: D, id: D.dataset.id, before: T.clientX < A.left + A.width / 2 };
    }
    const y = J(() => {
      const T = t.data.takes || [], D = t.data.chosen || {};
      return T.find((A) => A.id === D.clip) || T.find((A) => A.id === D.still) || null;
    }), p = J(() => ["queued", "claimed", "rendering"].includes(r.value.state));
    function k(T) {
      const D = n.sequence.indexOf(t.id);
      D < 0 || o("reorder", { id: t.id, index: Math.max(0, D + T) });
    }
    const N = we(!1), g = De();
    $e(N, (T) => {
      T && Xe(() => {
        const D = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), A = document.querySelector(".vue-flow");
        if (!D || !A) return;
        const F = D.getBoundingClientRect().bottom - A.getBoundingClientRect().bottom + 16;
        if (F > 0) {
          const G = g.viewport.value;
          g.setViewport({ x: G.x, y: G.y - F, zoom: G.zoom }, { duration: 200 });
        }
      });
    });
    const m = J(() => {
      const T = t.data, D = a.value ? a.value.number : "";
      return [[T.scene_no && `sc ${T.scene_no}`, D && `sh ${D}`].filter(Boolean).join(" "), T.shot_size, T.angle, T.camera_move, T.lens, T.transition].filter(Boolean).join(" · ");
    });
    function B(T) {
      const D = parseFloat(T.target.value);
      Number.isFinite(D) && o("update", { id: t.id, fields: { duration_s: D } });
    }
    return (T, D) => (C(), Re(Bt, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: s.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      head: He(() => [
        _("span", Ag, [
          _("button", {
            onClick: D[0] || (D[0] = ve((A) => k(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            ae(Me, {
              name: "left",
              size: 11
            })
          ]),
          _("b", {
            "data-role": "shot-number",
            class: Oe({ locked: a.value && a.value.locked }),
            onPointerdown: h
          }, X(l.value), 35),
          _("button", {
            onClick: D[1] || (D[1] = ve((A) => k(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            ae(Me, {
              name: "right",
              size: 11
            })
          ])
        ]),
        _("span", {
          class: "mx-status",
          style: Pe({ color: s.value }),
          title: r.value.reason || r.value.msg || "",
          "data-role": "status",
          "data-state": r.value.state
        }, [
          _("i", {
            class: "mx-dot",
            style: Pe({ background: s.value })
          }, null, 4),
          Se(X(r.value.label), 1),
          r.value.peer ? (C(), z(me, { key: 0 }, [
            Se(" · " + X(r.value.peer), 1)
          ], 64)) : re("", !0),
          r.value.state === "rendering" ? (C(), z(me, { key: 1 }, [
            Se(X(Math.round((r.value.fraction || 0) * 100)) + "%", 1)
          ], 64)) : re("", !0)
        ], 12, Dg)
      ]),
      foot: He(() => [
        _("footer", Gg, [
          _("div", Ug, [
            (C(), z(me, null, ze(i, (A, F) => _("button", {
              key: F,
              class: Oe({ on: e.data.sub === F }),
              title: F,
              onClick: ve((G) => V(o)("update", { id: e.id, fields: { sub: F } }), ["stop"])
            }, [
              ae(Me, {
                name: A,
                size: 12
              }, null, 8, ["name"])
            ], 10, Wg)), 64))
          ]),
          _("label", Kg, [
            _("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: B,
              onKeydown: D[3] || (D[3] = ve(() => {
              }, ["stop"]))
            }, null, 40, Zg),
            D[7] || (D[7] = Se("s "))
          ]),
          _("button", {
            class: Oe(["mx-panel-toggle", { on: N.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: D[4] || (D[4] = ve((A) => N.value = !N.value, ["stop"]))
          }, [
            ae(Me, {
              name: "film",
              size: 12
            })
          ], 2),
          D[10] || (D[10] = _("span", { class: "mx-grow" }, null, -1)),
          p.value ? (C(), z("button", {
            key: 0,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: D[5] || (D[5] = ve((A) => V(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            ae(Me, {
              name: "square",
              size: 10
            }),
            D[8] || (D[8] = Se("Cancel"))
          ])) : (C(), z("button", {
            key: 1,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: D[6] || (D[6] = ve((A) => V(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            ae(Me, {
              name: "play",
              size: 11
            }),
            D[9] || (D[9] = Se("Render"))
          ]))
        ]),
        r.value.state === "failed" ? (C(), z("div", Jg, X(r.value.reason), 1)) : re("", !0),
        N.value ? (C(), Re(Pg, {
          key: 1,
          id: e.id,
          data: e.data,
          shot: a.value
        }, null, 8, ["id", "data", "shot"])) : re("", !0),
        (C(), Re(Hs, { to: "body" }, [
          d.value ? (C(), z("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: Pe({ left: `${d.value.x + 12}px`, top: `${d.value.y + 12}px` })
          }, [
            Se(" shot " + X(l.value), 1),
            d.value.target ? (C(), z(me, { key: 0 }, [
              Se(" · " + X(d.value.before ? "before" : "after"), 1)
            ], 64)) : re("", !0)
          ], 4)) : re("", !0)
        ]))
      ]),
      default: He(() => [
        r.value.fraction !== void 0 && r.value.state !== "idle" ? (C(), z("div", zg, [
          _("div", {
            style: Pe({ width: `${Math.round((r.value.fraction || 0) * 100)}%`, background: s.value })
          }, null, 4)
        ])) : re("", !0),
        _("div", Og, [
          _("div", Bg, [
            ae(Mt, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            ae(Mt, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            m.value ? (C(), z("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: D[2] || (D[2] = ve((A) => N.value = !N.value, ["stop"]))
            }, X(m.value), 1)) : re("", !0)
          ]),
          r.value.state === "rendering" && r.value.thumb ? (C(), z("div", Rg, [
            _("img", {
              src: r.value.thumb,
              alt: ""
            }, null, 8, Vg)
          ])) : y.value ? (C(), z("div", Lg, [
            (y.value.mime || "").startsWith("video") ? (C(), z("video", {
              key: 0,
              src: y.value.url,
              muted: "",
              loop: "",
              autoplay: "",
              playsinline: ""
            }, null, 8, Hg)) : (C(), z("img", {
              key: 1,
              src: y.value.url,
              alt: ""
            }, null, 8, Fg))
          ])) : re("", !0)
        ]),
        a.value ? (C(), z("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: u.value,
          "data-in": a.value.cut_in,
          "data-out": a.value.cut_out,
          "data-duration": a.value.duration_s
        }, [
          _("button", {
            class: Oe(["mx-lock", { on: a.value.locked }]),
            "data-role": "lock",
            "data-locked": a.value.locked ? "true" : "false",
            title: a.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: ve(f, ["stop"])
          }, [
            ae(Me, {
              name: a.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, Xg),
          _("div", qg, [
            _("i", {
              style: Pe({ left: `${a.value.cut_in / a.value.duration_s * 100}%`, width: `${(a.value.cut_out - a.value.cut_in) / a.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          _("span", null, [
            Se(X(c(a.value.cut_in)) + "–" + X(c(a.value.cut_out)), 1),
            a.value.edit_s !== a.value.duration_s ? (C(), z(me, { key: 0 }, [
              Se(" / " + X(c(a.value.duration_s)), 1)
            ], 64)) : re("", !0)
          ])
        ], 8, Yg)) : re("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
};
async function Is(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
  const s = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: r, name: t.name || "" }), a = await fetch(`/canvas/api/upload?${s}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!a.ok) throw new Error(await a.text() || `upload failed (${a.status})`);
  return a.json();
}
const jg = ["src"], ep = ["src"], tp = {
  key: 2,
  class: "mx-drop-hint"
}, np = {
  key: 2,
  class: "mx-voice nodrag"
}, op = ["src"], ip = { class: "k" }, rp = ["value", "onChange"], sp = ["onClick"], ap = { class: "mx-kv add" }, lp = { id: "mx-directive-keys" }, up = ["value"], cp = {
  key: 4,
  class: "mx-reason"
}, dp = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = $t(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, s = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], a = J(() => Object.entries(t.data.params || {})), l = we(""), u = we(""), c = we(!1), f = we(null), d = we("");
    function h(g, m) {
      const B = { ...t.data.params || {} };
      m === null ? delete B[g] : B[g] = m, o("update", { id: t.id, fields: { params: B } });
    }
    function $() {
      l.value.trim() && (h(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function y(g) {
      c.value = !1;
      const m = g.dataTransfer && g.dataTransfer.files && g.dataTransfer.files[0];
      m && (g.preventDefault(), g.stopPropagation(), await p(m));
    }
    async function p(g) {
      d.value = "";
      try {
        await Is(n.token, g, { block: t.id });
      } catch (m) {
        d.value = String(m.message || m);
      }
    }
    function k(g) {
      const m = g.target.files[0];
      m && p(m);
    }
    async function N() {
      if (f.value) {
        f.value.stop();
        return;
      }
      try {
        const g = await navigator.mediaDevices.getUserMedia({ audio: !0 }), m = new MediaRecorder(g), B = [];
        m.ondataavailable = (T) => B.push(T.data), m.onstop = () => {
          g.getTracks().forEach((T) => T.stop()), f.value = null, p(new Blob(B, { type: m.mimeType || "audio/webm" }));
        }, m.start(), f.value = m;
      } catch (g) {
        d.value = "microphone unavailable: " + (g.message || g);
      }
    }
    return (g, m) => (C(), Re(Bt, {
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
      default: He(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (C(), z("div", {
          key: 0,
          class: Oe(["mx-drop nodrag", { over: c.value }]),
          onDragover: m[0] || (m[0] = ve((B) => c.value = !0, ["prevent", "stop"])),
          onDragleave: m[1] || (m[1] = (B) => c.value = !1),
          onDrop: y
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (C(), z("video", {
            key: 0,
            src: e.data.url,
            muted: "",
            loop: "",
            autoplay: "",
            playsinline: ""
          }, null, 8, jg)) : e.data.url ? (C(), z("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, ep)) : (C(), z("label", tp, [
            ae(Me, {
              name: "upload",
              size: 18
            }),
            m[5] || (m[5] = _("span", null, [
              Se("Drop an image or "),
              _("u", null, "choose")
            ], -1)),
            _("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: k
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (C(), Re(Mt, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (C(), z("div", np, [
          _("button", {
            class: Oe(["mx-rec", { live: f.value }]),
            onClick: ve(N, ["stop"])
          }, [
            ae(Me, {
              name: f.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Se(X(f.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (C(), z("audio", {
            key: 0,
            src: e.data.url,
            controls: "",
            preload: "none"
          }, null, 8, op)) : re("", !0)
        ])) : e.data.sub === "directive" ? (C(), z("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: m[4] || (m[4] = ve(() => {
          }, ["stop"]))
        }, [
          (C(!0), z(me, null, ze(a.value, ([B, T]) => (C(), z("div", {
            key: B,
            class: "mx-kv"
          }, [
            _("span", ip, X(B), 1),
            _("input", {
              class: "v",
              value: T,
              onChange: (D) => h(B, D.target.value)
            }, null, 40, rp),
            _("button", {
              onClick: ve((D) => h(B, null), ["stop"])
            }, [
              ae(Me, {
                name: "x",
                size: 11
              })
            ], 8, sp)
          ]))), 128)),
          _("div", ap, [
            qt(_("input", {
              class: "k",
              "onUpdate:modelValue": m[2] || (m[2] = (B) => l.value = B),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: dt($, ["enter"])
            }, null, 544), [
              [an, l.value]
            ]),
            qt(_("input", {
              class: "v",
              "onUpdate:modelValue": m[3] || (m[3] = (B) => u.value = B),
              placeholder: "value",
              onKeydown: dt($, ["enter"])
            }, null, 544), [
              [an, u.value]
            ]),
            _("button", {
              onClick: ve($, ["stop"])
            }, [
              ae(Me, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          _("datalist", lp, [
            (C(), z(me, null, ze(s, (B) => _("option", {
              key: B,
              value: B
            }, null, 8, up)), 64))
          ])
        ], 32)) : re("", !0),
        d.value ? (C(), z("div", cp, X(d.value), 1)) : re("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, fp = { class: "mx-media-box" }, hp = ["src"], mp = ["src"], vp = {
  key: 2,
  class: "mx-empty"
}, gp = {
  key: 3,
  class: "mx-chosen",
  title: "The chosen take"
}, pp = { class: "mx-foot nodrag" }, yp = {
  key: 0,
  class: "mx-takes"
}, wp = ["title"], xp = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = $t(), o = J(() => t.data.takes || [t.id]), i = J(() => Math.max(0, o.value.indexOf(t.id))), r = J(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function s(a) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + a + l) % l] });
    }
    return (a, l) => (C(), Re(Bt, {
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
      foot: He(() => [
        _("footer", pp, [
          o.value.length > 1 ? (C(), z("span", yp, [
            _("button", {
              onClick: l[0] || (l[0] = ve((u) => s(-1), ["stop"])),
              title: "Previous take"
            }, [
              ae(Me, {
                name: "left",
                size: 11
              })
            ]),
            Se(" take " + X(i.value + 1) + "/" + X(o.value.length) + " ", 1),
            _("button", {
              onClick: l[1] || (l[1] = ve((u) => s(1), ["stop"])),
              title: "Next take"
            }, [
              ae(Me, {
                name: "right",
                size: 11
              })
            ])
          ])) : re("", !0),
          e.data.chosen ? re("", !0) : (C(), z("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = ve((u) => V(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          _("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            Se(X(e.data.width) + "×" + X(e.data.height), 1),
            e.data.duration_s ? (C(), z(me, { key: 0 }, [
              Se(" · " + X(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : re("", !0),
            Se(" · " + X(e.data.peer_name || e.data.peer_id), 1)
          ], 8, wp),
          _("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = ve((u) => V(n)("grow", { id: e.id }), ["stop"]))
          }, [
            ae(Me, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Se("New intent"))
          ])
        ])
      ]),
      default: He(() => [
        _("div", fp, [
          r.value && e.data.url ? (C(), z("video", {
            key: 0,
            src: e.data.url,
            controls: "",
            loop: "",
            muted: "",
            playsinline: "",
            preload: "metadata",
            class: "nodrag"
          }, null, 8, hp)) : e.data.url ? (C(), z("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, mp)) : (C(), z("div", vp, "asset not here yet")),
          e.data.chosen ? (C(), z("span", gp, [
            ae(Me, {
              name: "star",
              size: 11
            }),
            l[4] || (l[4] = Se("chosen"))
          ])) : re("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, bp = { class: "mx-stream nowheel" }, _p = {
  key: 0,
  class: "mx-empty"
}, kp = { class: "mx-machine-head" }, Sp = { class: "n" }, $p = { class: "bar" }, Ep = { class: "u" }, Np = { class: "m" }, Cp = { class: "t" }, Mp = {
  key: 0,
  class: "mx-dim"
}, Ip = {
  key: 0,
  class: "mx-empty"
}, Tp = { class: "mx-job-head" }, Pp = { class: "bar" }, Ap = { class: "mx-dim" }, Dp = {
  key: 0,
  class: "mx-empty"
}, zp = { class: "n" }, Op = { class: "s" }, Bp = {
  key: 0,
  class: "mx-empty"
}, Rp = { class: "t" }, Vp = { class: "p" }, Lp = { class: "msg" }, Hp = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = $t(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = J(() => (t.data.peer_filter || "").toLowerCase()), s = J(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), a = J(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, f) => (C(), Re(Bt, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: He(() => f[0] || (f[0] = [
        _("span", { class: "mx-live" }, [
          _("i"),
          Se("live")
        ], -1)
      ])),
      default: He(() => [
        _("div", bp, [
          e.data.sub === "gpu" ? (C(), z(me, { key: 0 }, [
            s.value.length ? re("", !0) : (C(), z("div", _p, f[1] || (f[1] = [
              Se("No machines on this board yet. Start a peer: "),
              _("code", null, "multiplex up", -1)
            ]))),
            (C(!0), z(me, null, ze(s.value, (d) => (C(), z("div", {
              key: d.id,
              class: "mx-machine"
            }, [
              _("div", kp, [
                _("i", {
                  class: Oe(["mx-dot", d.live ? d.paused ? "paused" : "on" : "off"])
                }, null, 2),
                _("b", null, X(d.name), 1),
                _("span", null, X(d.busy) + "/" + X(d.slots) + " busy" + X(d.paused ? " · paused" : ""), 1)
              ]),
              (C(!0), z(me, null, ze(d.gpus, (h) => (C(), z("div", {
                key: h.index,
                class: "mx-gpu"
              }, [
                _("span", Sp, X(h.index), 1),
                _("div", $p, [
                  _("div", {
                    style: Pe({ width: `${h.util}%`, background: l(h.util) })
                  }, null, 4)
                ]),
                _("span", Ep, X(Math.round(h.util)) + "%", 1),
                _("span", Np, X(V(Zi)(h.mem_used)) + "/" + X(V(Zi)(h.mem_total)), 1),
                _("span", Cp, X(h.temp ? `${Math.round(h.temp)}°` : ""), 1)
              ]))), 128)),
              d.gpus.length ? re("", !0) : (C(), z("div", Mp, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (C(), z(me, { key: 1 }, [
            V(n).activity.running.length ? re("", !0) : (C(), z("div", Ip, "Nothing rendering.")),
            (C(!0), z(me, null, ze(V(n).activity.running, (d) => (C(), z("div", {
              key: d.id,
              class: "mx-job"
            }, [
              _("div", Tp, [
                _("b", null, X(d.title || d.intent), 1),
                _("span", null, X(d.stage) + " · " + X(d.peer || "—"), 1)
              ]),
              _("div", Pp, [
                _("div", {
                  style: Pe({ width: `${Math.round(d.fraction * 100)}%` })
                }, null, 4)
              ]),
              _("div", Ap, X(d.state) + " " + X(Math.round(d.fraction * 100)) + "% " + X(d.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (C(), z(me, { key: 2 }, [
            V(n).activity.queue.length ? re("", !0) : (C(), z("div", Dp, "Queue is empty.")),
            (C(!0), z(me, null, ze(V(n).activity.queue, (d, h) => (C(), z("div", {
              key: d.id,
              class: "mx-qrow"
            }, [
              _("span", zp, X(String(h + 1).padStart(2, "0")), 1),
              _("b", null, X(d.title || d.intent), 1),
              _("span", null, X(d.stage), 1),
              _("span", Op, X(d.state), 1)
            ]))), 128))
          ], 64)) : (C(), z(me, { key: 3 }, [
            a.value.length ? re("", !0) : (C(), z("div", Bp, "Waiting for activity…")),
            (C(!0), z(me, null, ze(a.value, (d, h) => (C(), z("div", {
              key: h,
              class: "mx-logline"
            }, [
              _("span", Rp, X(V(uo)(d.t)), 1),
              _("span", {
                class: "k",
                style: Pe({ color: u[d.kind] || "#9ca3af" })
              }, X(d.kind), 5),
              _("span", Vp, X(d.peer), 1),
              _("span", Lp, X(d.stage) + " " + X(d.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Fp = { class: "mx-narrator" }, Yp = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, Xp = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, qp = ["aria-expanded"], Gp = {
  key: 0,
  class: "mx-think-text"
}, Up = {
  key: 2,
  class: "mx-empty"
}, Wp = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = we(null), o = we(!1), i = J(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), r = J(() => (t.data.think || "").trim());
    return $e(() => t.data.text, () => Xe(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (s, a) => (C(), Re(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: He(() => [
        _("span", Fp, [
          Se(X(e.data.narrator || "narrator"), 1),
          e.data.updated ? (C(), z(me, { key: 0 }, [
            Se(" · " + X(V(uo)(e.data.updated)), 1)
          ], 64)) : re("", !0)
        ])
      ]),
      default: He(() => [
        _("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (C(), z("p", Yp, X(e.data.status), 1)) : re("", !0),
          r.value ? (C(), z("div", Xp, [
            _("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: a[0] || (a[0] = ve((l) => o.value = !o.value, ["stop"]))
            }, X(o.value ? "▾" : "▸") + " reasoning ", 9, qp),
            o.value ? (C(), z("pre", Gp, X(r.value), 1)) : re("", !0)
          ])) : re("", !0),
          (C(!0), z(me, null, ze(i.value, (l, u) => (C(), z("p", {
            key: u,
            class: Oe({ last: u === i.value.length - 1 })
          }, X(l), 3))), 128)),
          i.value.length ? re("", !0) : (C(), z("p", Up, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Kp = { class: "mx-media-box" }, Zp = ["src"], Jp = {
  key: 1,
  class: "mx-visual-empty"
}, Qp = { class: "mx-caption" }, jp = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (C(), Re(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      default: He(() => [
        _("div", Kp, [
          e.data.url ? (C(), z("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Zp)) : (C(), z("div", Jp, n[0] || (n[0] = [
            _("span", null, null, -1)
          ]))),
          _("div", Qp, X(e.data.caption || "Images appear here as the narration unfolds."), 1)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, ey = [
  { kind: "pdf", label: "PDF", icon: "file-text", title: "Storyboard sheets (6 panels a landscape page)" },
  { kind: "animatic", label: "MP4", icon: "film", title: "The animatic as a file" },
  { kind: "csv", label: "CSV", icon: "table", title: "Shot list" },
  { kind: "otio", label: "OTIO", icon: "layers", title: "OpenTimelineIO timeline with each clip’s provenance" },
  { kind: "fcp7", label: "FCP7", icon: "layers", title: "Final Cut 7 / Premiere / Resolve XML" },
  { kind: "fcpxml", label: "FCPXML", icon: "layers", title: "Final Cut Pro X" },
  { kind: "edl", label: "EDL", icon: "layers", title: "CMX 3600 EDL" },
  { kind: "zip", label: "ZIP", icon: "package", title: "Every take with a JSON manifest" }
];
async function nr(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function or(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const r = new URLSearchParams({ token: e, kind: t, block: n });
  let s = await nr(await fetch(`/canvas/api/export?${r}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; s.state === "running"; )
    i(s), await new Promise((a) => setTimeout(a, 300)), s = await nr(await fetch(`/canvas/api/export/${encodeURIComponent(s.id)}?${new URLSearchParams({ token: e })}`));
  if (i(s), s.state !== "done") throw new Error(`${t} export ${s.state}: ${s.error || "no reason given"}`);
  return s;
}
function ty(e, t) {
  const n = document.createElement("a");
  n.href = e, n.download = t || "", n.dataset.role = "export-download", n.style.display = "none", document.body.appendChild(n), n.click(), setTimeout(() => n.remove(), 6e4);
}
const ny = {
  class: "mx-meta",
  "data-role": "sequence-length"
}, oy = { class: "mx-media-box mx-animatic-box" }, iy = ["src"], ry = {
  key: 1,
  class: "mx-empty mx-animatic-empty"
}, sy = ["data-fraction"], ay = { class: "bar" }, ly = { class: "mx-foot nodrag" }, uy = ["disabled"], cy = {
  class: "mx-check",
  title: "Burn the shot number into every frame"
}, dy = ["data-duration"], fy = {
  class: "mx-exports nodrag",
  "data-role": "exports"
}, hy = ["title", "data-kind", "disabled", "onClick"], my = {
  key: 0,
  class: "mx-reason",
  "data-role": "export-error"
}, vy = {
  __name: "AnimaticNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = $t(), o = sn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = sn({}), r = J(() => Object.values(n.shots)), s = J(() => r.value.reduce((c, f) => c + f.edit_s, 0)), a = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await or(n.token, "animatic", {
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
          const f = await or(n.token, c, { onProgress: (d) => {
            i[c] = d.fraction || 0;
          } });
          ty(f.url, f.filename);
        } catch (f) {
          o.error = String(f.message || f);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, f) => (C(), Re(Bt, {
      data: e.data,
      selected: e.selected,
      icon: "film",
      "kind-label": "animatic",
      edge: "#ffc947",
      shape: "mx-media mx-animatic",
      "min-w": 320,
      "min-h": 240
    }, {
      head: He(() => [
        _("span", ny, X(r.value.length) + " shot" + X(r.value.length === 1 ? "" : "s") + " · " + X(a(s.value)), 1)
      ]),
      foot: He(() => [
        _("footer", ly, [
          _("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !r.value.length,
            onClick: ve(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            ae(Me, {
              name: "play",
              size: 11
            }),
            Se(X(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, uy),
          _("label", cy, [
            qt(_("input", {
              type: "checkbox",
              "onUpdate:modelValue": f[0] || (f[0] = (d) => o.burnIn = d),
              onKeydown: f[1] || (f[1] = ve(() => {
              }, ["stop"]))
            }, null, 544), [
              [Fs, o.burnIn]
            ]),
            f[2] || (f[2] = Se("shot no."))
          ]),
          f[3] || (f[3] = _("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (C(), z("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            Se(X(e.data.shots) + " shots · " + X(a(e.data.duration_s)), 1),
            e.data.built ? (C(), z(me, { key: 0 }, [
              Se(" · " + X(V(uo)(e.data.built)), 1)
            ], 64)) : re("", !0)
          ], 8, dy)) : re("", !0)
        ]),
        _("div", fy, [
          (C(!0), z(me, null, ze(V(ey), (d) => (C(), z("button", {
            key: d.kind,
            title: `${d.title} — download`,
            "data-kind": d.kind,
            class: Oe({ busy: i[d.kind] !== void 0 }),
            disabled: !r.value.length,
            onClick: ve((h) => u(d.kind), ["stop"])
          }, [
            ae(Me, {
              name: i[d.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            Se(X(d.label) + " ", 1),
            i[d.kind] !== void 0 ? (C(), z("i", {
              key: 0,
              style: Pe({ width: `${Math.round(i[d.kind] * 100)}%` })
            }, null, 4)) : re("", !0)
          ], 10, hy))), 128))
        ]),
        o.error ? (C(), z("div", my, X(o.error), 1)) : re("", !0)
      ]),
      default: He(() => [
        _("div", oy, [
          e.data.url ? (C(), z("video", {
            key: e.data.url,
            src: e.data.url,
            controls: "",
            playsinline: "",
            preload: "metadata",
            class: "nodrag",
            "data-role": "animatic-player"
          }, null, 8, iy)) : (C(), z("div", ry, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (C(), z("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            _("div", ay, [
              _("i", {
                style: Pe({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            _("span", null, X(Math.round(o.fraction * 100)) + "% · " + X(o.message), 1)
          ], 8, sy)) : re("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, gy = { class: "mx-root" }, py = { class: "mx-wordmark" }, yy = { "data-role": "board-name" }, wy = { class: "mx-people" }, xy = ["title"], by = ["disabled"], _y = { key: 0 }, ky = { class: "mx-snap-new" }, Sy = ["onClick"], $y = ["onClick"], Ey = {
  key: 0,
  class: "mx-empty"
}, Ny = { class: "mx-toasts" }, Cy = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, My = { class: "mx-dialog-kicker" }, Iy = { class: "mx-dialog-title" }, Ty = { class: "mx-cost" }, Py = {
  key: 0,
  class: "mx-warn"
}, Ay = { class: "mx-dialog-actions" }, Dy = { class: "mx-search-in" }, zy = ["onClick", "onMouseenter"], ir = "mx-flow", Oy = 0.42, By = 0.2, Vy = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = om(i), { state: s, send: a } = r;
    Pt(ps, r), s.me = o.me || s.me, s.board = o.board, s.token = o.token;
    const l = De(ir), u = {
      intent: Ue(Qg),
      comp: Ue(dp),
      gen_art: Ue(xp),
      activity: Ue(Hp),
      narration: Ue(Wp),
      visual_narration: Ue(jp),
      animatic: Ue(vy)
    }, c = (E) => E.kind === "activity" && E.sub === "animatic" ? "animatic" : E.kind, f = Object.fromEntries(Object.keys(u).map((E) => [E, Ue(ei)])), d = Object.fromEntries(Object.keys(u).map((E) => [E, Ue(ti)])), h = J(() => s.lod === 2 ? d : s.lod ? f : u), $ = [8, 8], y = ["Shift", "Meta", "Control"], p = { type: "default" }, k = { class: "mx-connecting" }, N = /* @__PURE__ */ new Map(), g = we(0), m = /* @__PURE__ */ new Map(), B = we(null), T = we(!1), D = we([]), A = we(null), F = sn({ open: !1, q: "", i: 0 }), G = we(!1), L = we(""), S = we(!1);
    function Z(E) {
      return {
        id: E.id,
        type: c(E),
        position: { x: E.x, y: E.y },
        data: E,
        style: { width: `${E.w}px`, height: `${E.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function x(E) {
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
    function R() {
      const E = [];
      if (s.lod === 2) return E;
      const O = s.sequence.filter((H) => N.has(H));
      for (let H = 0; H + 1 < O.length; H++)
        E.push({
          id: `seq:${O[H]}:${O[H + 1]}`,
          source: O[H],
          target: O[H + 1],
          type: "straight",
          class: "mx-edge mx-edge-seq",
          selectable: !1,
          deletable: !1,
          focusable: !1,
          sourceHandle: "seq-out",
          targetHandle: "seq-in",
          data: { kind: "seq" }
        });
      return E;
    }
    function M() {
      const E = l.edges.value.filter((O) => O.id.startsWith("seq:")).map((O) => O.id);
      E.length && l.removeEdges(E), l.addEdges(R());
    }
    function Y(E) {
      const O = window.__mxMarks = window.__mxMarks || {};
      O.reset = performance.now(), N.clear(), m.clear(), q.clear();
      for (const H of E.blocks) q.add(H.id);
      for (const H of E.blocks) N.set(H.id, H);
      for (const H of E.edges) m.set(H.id, H);
      s.sequence = E.sequence || [], s.shots = E.shots || {}, s.comments = E.comments || [], s.snapshots = E.snapshots || [], E.activity && (s.activity = E.activity), E.users && (s.users = E.users), E.choices && (s.choices = E.choices), T.value || he(E.blocks), g.value++, l.setNodes(E.blocks.map(Z)), l.setEdges([...E.edges.map(x), ...R()]), O.set = performance.now(), T.value || (T.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const q = /* @__PURE__ */ new Set();
    function W(E, O, H, ye = 0) {
      const ke = l.findNode(E);
      if (!ke) {
        q.has(E) ? ye < 8 && Xe(() => {
          const je = N.get(E);
          je && W(E, je, [], ye + 1);
        }) : (q.add(E), H.push(Z(O)));
        return;
      }
      ke.data = O, ke.type !== c(O) && (ke.type = c(O)), !ke.dragging && (ke.position.x !== O.x || ke.position.y !== O.y) && (ke.position = { x: O.x, y: O.y });
      const Ye = `${O.w}px`, Ze = `${O.h}px`;
      (!ke.style || ke.style.width !== Ye || ke.style.height !== Ze) && (ke.style = { ...ke.style || {}, width: Ye, height: Ze });
    }
    function K(E) {
      if (E.blocks) {
        const O = [], H = [];
        for (const [ye, ke] of Object.entries(E.blocks)) {
          if (ke === null) {
            N.delete(ye), q.delete(ye) && H.push(ye);
            continue;
          }
          N.set(ye, ke), W(ye, ke, O);
        }
        H.length && l.removeNodes(H), O.length && l.addNodes(O), g.value++;
      }
      if (E.edges) {
        const O = [], H = [];
        for (const [ye, ke] of Object.entries(E.edges))
          ke === null ? (m.delete(ye), H.push(ye)) : m.has(ye) || (m.set(ye, ke), O.push(x(ke)));
        H.length && l.removeEdges(H), O.length && Xe(() => l.addEdges(O));
      }
      E.sequence && (s.sequence = E.sequence), E.shots && (s.shots = E.shots), (E.sequence || E.blocks && Object.values(E.blocks).some((O) => O === null || O && O.kind === "intent")) && Xe(M), E.comments && (s.comments = E.comments), E.snapshots && (s.snapshots = E.snapshots), E.activity && (s.activity = E.activity), E.users && (s.users = E.users);
    }
    function te(E) {
      const O = { id: Math.random(), text: E.text || String(E), kind: E.kind || "info" };
      D.value.push(O), setTimeout(() => {
        D.value = D.value.filter((H) => H !== O);
      }, E.kind === "error" ? 6e3 : 3200);
    }
    function ue(E) {
      E.preview && (A.value = E.preview), E.notify && te({ text: E.notify }), E.error && te({ text: E.error, kind: "error" });
    }
    t({ reset: Y, apply: K, notify: te, reply: ue }), l.onNodeDragStop(({ nodes: E }) => {
      a("move", { moves: E.map((O) => ({ id: O.id, x: Math.round(O.position.x), y: Math.round(O.position.y) })) });
    });
    function he(E) {
      const O = B.value;
      if (!E.length || !O) return;
      let H = 1 / 0, ye = 1 / 0, ke = -1 / 0, Ye = -1 / 0;
      for (const Rt of E)
        H = Math.min(H, Rt.x), ye = Math.min(ye, Rt.y), ke = Math.max(ke, Rt.x + Rt.w), Ye = Math.max(Ye, Rt.y + Rt.h);
      const Ze = O.clientWidth, je = O.clientHeight, ut = Math.max(0.05, Math.min(1, Math.min(Ze / (ke - H), je / (Ye - ye)) * (1 - 0.12)));
      s.lod = Ee(ut), l.setViewport({ x: (Ze - (ke - H) * ut) / 2 - H * ut, y: (je - (Ye - ye) * ut) / 2 - ye * ut, zoom: ut });
    }
    l.onConnect((E) => a("connect", { source: E.source, target: E.target }));
    function xe({ kind: E, sub: O, clientX: H, clientY: ye, dragged: ke }) {
      const Ye = B.value.getBoundingClientRect();
      let Ze;
      if (ke) {
        if (H < Ye.left || ye < Ye.top) return;
        Ze = l.screenToFlowCoordinate({ x: H, y: ye });
      } else
        Ze = l.screenToFlowCoordinate({ x: Ye.left + Ye.width / 2, y: Ye.top + Ye.height / 2 });
      let je = "";
      if (ke && E === "comp") {
        const co = document.elementFromPoint(H, ye), ut = co && co.closest('[data-kind="intent"][data-id]');
        ut && (je = ut.dataset.id);
      }
      a("create", { kind: E, sub: O, x: Math.round(Ze.x - 40), y: Math.round(Ze.y - 20), attach: je });
    }
    async function oe(E) {
      var Ye;
      S.value = !1;
      const O = [...E.dataTransfer && E.dataTransfer.files || []];
      if (!O.length) return;
      E.preventDefault();
      const H = (Ye = document.elementFromPoint(E.clientX, E.clientY)) == null ? void 0 : Ye.closest('[data-kind="intent"][data-id]');
      let { x: ye, y: ke } = l.screenToFlowCoordinate({ x: E.clientX, y: E.clientY });
      for (const Ze of O.slice(0, 12)) {
        try {
          await Is(s.token, Ze, { x: Math.round(ye), y: Math.round(ke), attach: H ? H.dataset.id : "" });
        } catch (je) {
          te({ text: String(je.message || je), kind: "error" });
        }
        ye += 30, ke += 30;
      }
    }
    const U = J(() => l.getSelectedNodes.value.map((E) => E.id)), Q = J(() => l.getSelectedNodes.value.filter((E) => E.type === "intent").map((E) => E.id));
    let be = null;
    $e(U, (E) => {
      clearTimeout(be), be = setTimeout(() => i("presence", { selection: E.slice(0, 200) }), 120);
    });
    let Ie = 0;
    function pe(E) {
      const O = performance.now();
      if (O - Ie < 80) return;
      Ie = O;
      const H = l.screenToFlowCoordinate({ x: E.clientX, y: E.clientY });
      i("presence", { cursor: { x: Math.round(H.x), y: Math.round(H.y) } });
    }
    function Ee(E) {
      return E < By ? 2 : E < Oy ? 1 : 0;
    }
    $e(() => Ee(l.viewport.value.zoom), (E) => {
      s.lod = E;
    }, { immediate: !0 }), $e(() => s.lod, (E, O) => {
      (E === 2 || O === 2) && M(), E || Xe(() => requestAnimationFrame(() => l.updateNodeInternals(l.nodes.value.map((H) => H.id))));
    });
    const de = we(!1);
    let ce = null;
    l.onMove(() => {
      de.value || (de.value = !0), clearTimeout(ce), ce = setTimeout(() => {
        de.value = !1;
      }, 180);
    });
    const w = J(() => s.users.filter((E) => E.id !== s.me.id && E.cursor)), v = J(() => {
      const E = /* @__PURE__ */ new Map();
      for (const O of s.users) E.has(O.id) || E.set(O.id, O);
      return [...E.values()];
    });
    function b() {
      const E = Q.value;
      if (!E.length) {
        te({ text: "Select one or more intents to render" });
        return;
      }
      a("preview", { ids: E });
    }
    function P() {
      A.value && (a("render", { ids: A.value.intents }), A.value = null);
    }
    function I() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function j(E) {
      E > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const ee = J(() => {
      const E = F.q.trim().toLowerCase(), O = [...N.values()], H = (ye) => `${ye.title} ${ye.description || ""} ${ye.text || ""} ${ye.caption || ""} ${ye.kind} ${ye.sub}`.toLowerCase();
      return (E ? O.filter((ye) => H(ye).includes(E)) : O).slice(0, 30);
    });
    function le() {
      F.open = !0, F.q = "", F.i = 0, Xe(() => {
        var E;
        return (E = document.querySelector(".mx-search input")) == null ? void 0 : E.focus();
      });
    }
    function ie(E) {
      if (!E) return;
      F.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const O = l.findNode(E.id);
      O && (l.addSelectedNodes([O]), l.fitView({ nodes: [E.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function fe(E) {
      const O = E.target;
      return O && (O.tagName === "INPUT" || O.tagName === "TEXTAREA" || O.isContentEditable);
    }
    function _e(E) {
      const O = E.ctrlKey || E.metaKey, H = E.key.toLowerCase();
      if (O && H === "k") {
        E.preventDefault(), le();
        return;
      }
      if (E.key === "Escape") {
        F.open = !1, A.value = null, G.value = !1, s.openComments = null;
        return;
      }
      if (A.value && E.key === "Enter") {
        E.preventDefault(), P();
        return;
      }
      if (!fe(E))
        if (E.key === "Delete" || E.key === "Backspace") {
          const ye = l.getSelectedEdges.value.filter((ke) => !ke.id.startsWith("seq:")).map((ke) => ke.id);
          (U.value.length || ye.length) && (E.preventDefault(), a("delete", { ids: U.value, edges: ye }));
        } else O && H === "d" ? (E.preventDefault(), a("duplicate", { ids: U.value })) : O && H === "z" && !E.shiftKey ? (E.preventDefault(), a("undo")) : O && (H === "y" || H === "z" && E.shiftKey) ? (E.preventDefault(), a("redo")) : !O && H === "r" ? (E.preventDefault(), b()) : !O && H === "f" ? (E.preventDefault(), I()) : !O && E.key === "/" ? (E.preventDefault(), le()) : O && H === "a" && (E.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    at(() => {
      window.__mxFlow = l, window.addEventListener("keydown", _e), i("ready");
    }), yn(() => window.removeEventListener("keydown", _e));
    const Te = (E) => E.kind === "intent" ? zt[(E.status || {}).state] || "#4a4a50" : Zn[E.kind] || "#333";
    function Qe() {
      const E = L.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      a("snapshot", { name: E }), L.value = "";
    }
    const Ke = (E) => (E || "?").split(/[\s._-]+/).map((O) => O[0]).join("").slice(0, 2).toUpperCase();
    return (E, O) => (C(), z("div", gy, [
      ae(jh, {
        groups: e.palette,
        onPlace: xe
      }, null, 8, ["groups"]),
      _("div", {
        ref_key: "wrap",
        ref: B,
        class: Oe(["mx-stage", { "file-over": S.value, moving: de.value }]),
        onPointermove: pe,
        onDragover: O[7] || (O[7] = ve((H) => S.value = !0, ["prevent"])),
        onDragleave: O[8] || (O[8] = ve((H) => S.value = !1, ["self"])),
        onDrop: oe
      }, [
        ae(V(Kf), {
          id: ir,
          "node-types": h.value,
          "snap-to-grid": !0,
          "snap-grid": $,
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": y,
          "selection-key-code": "Shift",
          "only-render-visible-elements": !V(s).lod,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": p,
          "connection-line-options": k,
          class: "mx-flow"
        }, {
          default: He(() => [
            ae(V(oh), {
              "pattern-color": "#26262a",
              gap: 24,
              size: 1.1
            }),
            ae(V(Gi), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: He(() => [
                _("div", py, [
                  O[19] || (O[19] = Se("multiplex")),
                  O[20] || (O[20] = _("span", null, "/", -1)),
                  _("b", yy, X(V(s).board), 1)
                ])
              ]),
              _: 1
            }),
            ae(V(Gi), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: He(() => [
                _("div", wy, [
                  (C(!0), z(me, null, ze(v.value, (H) => (C(), z("span", {
                    key: H.id,
                    class: "mx-avatar",
                    style: Pe({ "--c": H.color }),
                    title: H.id === V(s).me.id ? `${H.name} (you)` : H.name
                  }, X(Ke(H.name)), 13, xy))), 128))
                ]),
                O[23] || (O[23] = _("i", { class: "mx-sep" }, null, -1)),
                _("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: O[0] || (O[0] = (H) => V(a)("undo")),
                  "data-role": "undo"
                }, [
                  ae(Me, {
                    name: "undo",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: O[1] || (O[1] = (H) => V(a)("redo")),
                  "data-role": "redo"
                }, [
                  ae(Me, {
                    name: "redo",
                    size: 15
                  })
                ]),
                O[24] || (O[24] = _("i", { class: "mx-sep" }, null, -1)),
                _("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: le
                }, [
                  ae(Me, {
                    name: "search",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Snapshots",
                  onClick: O[2] || (O[2] = (H) => G.value = !G.value),
                  "data-role": "snapshots"
                }, [
                  ae(Me, {
                    name: "history",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Zoom out",
                  onClick: O[3] || (O[3] = (H) => j(-1))
                }, [
                  ae(Me, {
                    name: "minus",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Zoom in",
                  onClick: O[4] || (O[4] = (H) => j(1))
                }, [
                  ae(Me, {
                    name: "plus",
                    size: 15
                  })
                ]),
                _("button", {
                  title: "Fit view (F)",
                  onClick: I,
                  "data-role": "fit"
                }, [
                  ae(Me, {
                    name: "fit",
                    size: 15
                  })
                ]),
                _("button", {
                  class: "mx-render",
                  disabled: !Q.value.length,
                  title: "Render selection (R)",
                  onClick: b,
                  "data-role": "render-selection"
                }, [
                  ae(Me, {
                    name: "play",
                    size: 13
                  }),
                  O[21] || (O[21] = Se("Render")),
                  Q.value.length ? (C(), z("span", _y, X(Q.value.length), 1)) : re("", !0)
                ], 8, by),
                G.value ? (C(), z("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: O[6] || (O[6] = ve(() => {
                  }, ["stop"]))
                }, [
                  O[22] || (O[22] = _("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  _("div", ky, [
                    qt(_("input", {
                      "onUpdate:modelValue": O[5] || (O[5] = (H) => L.value = H),
                      placeholder: "Name this moment of the board",
                      onKeydown: dt(Qe, ["enter"])
                    }, null, 544), [
                      [an, L.value]
                    ]),
                    _("button", { onClick: Qe }, "Save")
                  ]),
                  (C(!0), z(me, null, ze(V(s).snapshots.slice().reverse(), (H) => (C(), z("div", {
                    key: H.id,
                    class: "mx-snap"
                  }, [
                    _("div", null, [
                      _("b", null, X(H.name), 1),
                      _("span", null, X(H.author) + " · " + X(H.blocks) + " blocks · " + X((H.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    _("button", {
                      onClick: (ye) => V(a)("restore", { id: H.id })
                    }, "Restore", 8, Sy),
                    _("button", {
                      class: "ghost",
                      onClick: (ye) => V(a)("drop_snapshot", { id: H.id })
                    }, [
                      ae(Me, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, $y)
                  ]))), 128)),
                  V(s).snapshots.length ? re("", !0) : (C(), z("div", Ey, "No snapshots yet."))
                ], 32)) : re("", !0)
              ]),
              _: 1
            }),
            ae(nm, {
              flow: V(l),
              users: w.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types", "only-render-visible-elements"]),
        ae(tm, {
          flow: V(l),
          blocks: V(N),
          rev: g.value,
          "color-of": Te
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      _("div", Ny, [
        (C(!0), z(me, null, ze(D.value, (H) => (C(), z("div", {
          key: H.id,
          class: Oe(["mx-toast", H.kind])
        }, X(H.text), 3))), 128))
      ]),
      A.value ? (C(), z("div", {
        key: 0,
        class: "mx-modal",
        onClick: O[10] || (O[10] = ve((H) => A.value = null, ["self"]))
      }, [
        _("div", Cy, [
          _("div", My, "Render " + X(A.value.intents.length) + " intent" + X(A.value.intents.length > 1 ? "s" : ""), 1),
          _("div", Iy, X(A.value.titles.join(" · ")), 1),
          _("div", Ty, [
            _("div", null, [
              O[25] || (O[25] = _("span", null, "machines", -1)),
              _("b", null, X(A.value.machines.length ? A.value.machines.join(", ") : "none live"), 1)
            ]),
            _("div", null, [
              O[26] || (O[26] = _("span", null, "gpus", -1)),
              _("b", null, X(A.value.gpus), 1)
            ]),
            _("div", null, [
              O[27] || (O[27] = _("span", null, "jobs", -1)),
              _("b", null, X(A.value.jobs), 1)
            ]),
            _("div", null, [
              O[28] || (O[28] = _("span", null, "estimate", -1)),
              _("b", null, X(A.value.seconds < 90 ? `~${Math.round(A.value.seconds)} s` : `~${Math.round(A.value.seconds / 60)} min`), 1)
            ])
          ]),
          A.value.unrunnable.length ? (C(), z("div", Py, "Nothing live can run " + X(A.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : re("", !0),
          _("div", Ay, [
            _("button", {
              class: "ghost",
              onClick: O[9] || (O[9] = (H) => A.value = null)
            }, "Cancel"),
            _("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: P
            }, [
              ae(Me, {
                name: "play",
                size: 13
              }),
              O[29] || (O[29] = Se("Commit GPUs"))
            ])
          ])
        ])
      ])) : re("", !0),
      F.open ? (C(), z("div", {
        key: 1,
        class: "mx-modal",
        onClick: O[18] || (O[18] = ve((H) => F.open = !1, ["self"]))
      }, [
        _("div", {
          class: "mx-search",
          onKeydown: O[17] || (O[17] = ve(() => {
          }, ["stop"]))
        }, [
          _("div", Dy, [
            ae(Me, {
              name: "search",
              size: 16
            }),
            qt(_("input", {
              "onUpdate:modelValue": O[11] || (O[11] = (H) => F.q = H),
              placeholder: "Find a block…",
              onKeydown: [
                O[12] || (O[12] = dt(ve((H) => F.i = Math.min(F.i + 1, ee.value.length - 1), ["prevent"]), ["down"])),
                O[13] || (O[13] = dt(ve((H) => F.i = Math.max(F.i - 1, 0), ["prevent"]), ["up"])),
                O[14] || (O[14] = dt(ve((H) => ie(ee.value[F.i]), ["prevent"]), ["enter"])),
                O[15] || (O[15] = dt((H) => F.open = !1, ["esc"]))
              ],
              onInput: O[16] || (O[16] = (H) => F.i = 0)
            }, null, 544), [
              [an, F.q]
            ])
          ]),
          (C(!0), z(me, null, ze(ee.value, (H, ye) => (C(), z("div", {
            key: H.id,
            class: Oe(["mx-result", { on: ye === F.i }]),
            onClick: (ke) => ie(H),
            onMouseenter: (ke) => F.i = ye
          }, [
            _("i", {
              style: Pe({ background: V(Zn)[H.kind] })
            }, null, 4),
            _("b", null, X(H.title || H.sub), 1),
            _("span", null, X(H.kind.replace("_", " ")) + " · " + X(H.sub), 1)
          ], 42, zy))), 128))
        ], 32)
      ])) : re("", !0)
    ]));
  }
};
export {
  Vy as MultiplexCanvas
};
