import { getCurrentScope as wr, inject as Ct, effectScope as xr, watch as Ee, provide as Ot, defineComponent as Xe, useSlots as Gs, onUnmounted as Us, openBlock as M, createElementBlock as T, unref as B, createVNode as de, withCtx as qe, renderSlot as Ze, computed as ee, normalizeStyle as ze, normalizeClass as Be, getCurrentInstance as nn, reactive as mn, onScopeDispose as Fn, ref as ye, nextTick as je, onBeforeMount as Ws, onMounted as nt, shallowRef as $t, toRef as Ve, createElementVNode as $, Fragment as $e, renderList as Fe, onBeforeUnmount as Vt, isMemoSame as Ks, createBlock as He, createCommentVNode as se, toDisplayString as G, isRef as Qo, toRefs as Zs, customRef as js, createPropsRestProxy as Js, toValue as Te, resolveComponent as br, h as Oe, useAttrs as Qs, mergeProps as kr, resolveDynamicComponent as ei, createTextVNode as Ce, markRaw as it, readonly as ea, withModifiers as ge, toRaw as cn, watchEffect as ta, withDirectives as Zt, withKeys as vt, vModelText as vn, Teleport as na, vModelCheckbox as oa } from "vue";
function pn(e) {
  return wr() ? (Fn(e), !0) : !1;
}
function pt(e) {
  return typeof e == "function" ? e() : B(e);
}
const ia = typeof window < "u" && typeof document < "u", ra = (e) => typeof e < "u", sa = Object.prototype.toString, aa = (e) => sa.call(e) === "[object Object]", la = () => {
};
function ua(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const _r = (e) => e();
function ca(e = _r) {
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
  return { isActive: ea(t), pause: n, resume: o, eventFilter: i };
}
function mi(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function da(e, t, n = {}) {
  const {
    eventFilter: o = _r,
    ...i
  } = n;
  return Ee(
    e,
    ua(
      o,
      t
    ),
    i
  );
}
function Xt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: a, isActive: l } = ca(o);
  return { stop: da(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: l };
}
function fa(e, t = {}) {
  if (!Qo(e))
    return Zs(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = js(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = pt(t.replaceRef)) != null ? r : !0)
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
function Ao(e, t = !1) {
  function n(d, { flush: f = "sync", deep: m = !1, timeout: S, throwOnTimeout: b } = {}) {
    let x = null;
    const C = [new Promise((p) => {
      x = Ee(
        e,
        (v) => {
          d(v) !== t && (x == null || x(), p(v));
        },
        {
          flush: f,
          deep: m,
          immediate: !0
        }
      );
    })];
    return S != null && C.push(
      mi(S, b).then(() => pt(e)).finally(() => x == null ? void 0 : x())
    ), Promise.race(C);
  }
  function o(d, f) {
    if (!Qo(d))
      return n((v) => v === d, f);
    const { flush: m = "sync", deep: S = !1, timeout: b, throwOnTimeout: x } = f ?? {};
    let k = null;
    const p = [new Promise((v) => {
      k = Ee(
        [e, d],
        ([A, Y]) => {
          t !== (A === Y) && (k == null || k(), v(A));
        },
        {
          flush: m,
          deep: S,
          immediate: !0
        }
      );
    })];
    return b != null && p.push(
      mi(b, x).then(() => pt(e)).finally(() => (k == null || k(), pt(e)))
    ), Promise.race(p);
  }
  function i(d) {
    return n((f) => !!f, d);
  }
  function r(d) {
    return o(null, d);
  }
  function s(d) {
    return o(void 0, d);
  }
  function a(d) {
    return n(Number.isNaN, d);
  }
  function l(d, f) {
    return n((m) => {
      const S = Array.from(m);
      return S.includes(d) || S.includes(pt(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let m = -1;
    return n(() => (m += 1, m >= d), f);
  }
  return Array.isArray(pt(e)) ? {
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
    toBeNaN: a,
    toBeUndefined: s,
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
function ha(e) {
  var t;
  const n = pt(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const Sr = ia ? window : void 0;
function $r(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = Sr) : [t, n, o, i] = e, !t)
    return la;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, m) => (c.addEventListener(d, f, m), () => c.removeEventListener(d, f, m)), l = Ee(
    () => [ha(t), pt(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = aa(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((m) => o.map((S) => a(c, m, S, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), s();
  };
  return pn(u), u;
}
function ma(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function vi(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = Sr,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, l = ma(t);
  return $r(i, r, (c) => {
    c.repeat && pt(a) || l(c) && n(c);
  }, s);
}
function va(e) {
  return JSON.parse(JSON.stringify(e));
}
function bo(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: a = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, m = nn(), S = n || (m == null ? void 0 : m.emit) || ((i = m == null ? void 0 : m.$emit) == null ? void 0 : i.bind(m)) || ((s = (r = m == null ? void 0 : m.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(m == null ? void 0 : m.proxy));
  let b = u;
  t || (t = "modelValue"), b = b || `update:${t.toString()}`;
  const x = (p) => a ? typeof a == "function" ? a(p) : va(p) : p, k = () => ra(e[t]) ? x(e[t]) : d, C = (p) => {
    f ? f(p) && S(b, p) : S(b, p);
  };
  if (l) {
    const p = k(), v = ye(p);
    let A = !1;
    return Ee(
      () => e[t],
      (Y) => {
        A || (A = !0, v.value = x(Y), je(() => A = !1));
      }
    ), Ee(
      v,
      (Y) => {
        !A && (Y !== e[t] || c) && C(Y);
      },
      { deep: c }
    ), v;
  } else
    return ee({
      get() {
        return k();
      },
      set(p) {
        C(p);
      }
    });
}
var pa = { value: () => {
} };
function ao() {
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
function ga(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Yn.prototype = ao.prototype = {
  constructor: Yn,
  on: function(e, t) {
    var n = this._, o = ga(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = ya(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = pi(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = pi(n[i], e.name, null);
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
function ya(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function pi(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = pa, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Do = "http://www.w3.org/1999/xhtml";
const gi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Do,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function lo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), gi.hasOwnProperty(t) ? { space: gi[t], local: e } : e;
}
function wa(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Do && t.documentElement.namespaceURI === Do ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function xa(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Er(e) {
  var t = lo(e);
  return (t.local ? xa : wa)(t);
}
function ba() {
}
function ti(e) {
  return e == null ? ba : function() {
    return this.querySelector(e);
  };
}
function ka(e) {
  typeof e != "function" && (e = ti(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new et(o, this._parents);
}
function _a(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Sa() {
  return [];
}
function Nr(e) {
  return e == null ? Sa : function() {
    return this.querySelectorAll(e);
  };
}
function $a(e) {
  return function() {
    return _a(e.apply(this, arguments));
  };
}
function Ea(e) {
  typeof e == "function" ? e = $a(e) : e = Nr(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new et(o, i);
}
function Mr(e) {
  return function() {
    return this.matches(e);
  };
}
function Cr(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Na = Array.prototype.find;
function Ma(e) {
  return function() {
    return Na.call(this.children, e);
  };
}
function Ca() {
  return this.firstElementChild;
}
function Ia(e) {
  return this.select(e == null ? Ca : Ma(typeof e == "function" ? e : Cr(e)));
}
var Pa = Array.prototype.filter;
function Ta() {
  return Array.from(this.children);
}
function Aa(e) {
  return function() {
    return Pa.call(this.children, e);
  };
}
function za(e) {
  return this.selectAll(e == null ? Ta : Aa(typeof e == "function" ? e : Cr(e)));
}
function Da(e) {
  typeof e != "function" && (e = Mr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new et(o, this._parents);
}
function Ir(e) {
  return new Array(e.length);
}
function Oa() {
  return new et(this._enter || this._groups.map(Ir), this._parents);
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
function Ba(e) {
  return function() {
    return e;
  };
}
function Ra(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Kn(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function La(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), m;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = m = s.call(l, l.__data__, a, t) + "", u.has(m) ? i[a] = l : u.set(m, l));
  for (a = 0; a < d; ++a)
    m = s.call(e, r[a], a, r) + "", (l = u.get(m)) ? (o[a] = l, l.__data__ = r[a], u.delete(m)) : n[a] = new Kn(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function Va(e) {
  return e.__data__;
}
function Ha(e, t) {
  if (!arguments.length)
    return Array.from(this, Va);
  var n = t ? La : Ra, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Ba(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, m = Fa(e.call(c, c && c.__data__, u, o)), S = m.length, b = a[u] = new Array(S), x = s[u] = new Array(S), k = l[u] = new Array(f);
    n(c, d, b, x, k, m, t);
    for (var C = 0, p = 0, v, A; C < S; ++C)
      if (v = b[C]) {
        for (C >= p && (p = C + 1); !(A = x[p]) && ++p < S; )
          ;
        v._next = A || null;
      }
  }
  return s = new et(s, o), s._enter = a, s._exit = l, s;
}
function Fa(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Ya() {
  return new et(this._exit || this._groups.map(Ir), this._parents);
}
function Xa(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function qa(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), m, S = 0; S < d; ++S)
      (m = u[S] || c[S]) && (f[S] = m);
  for (; l < i; ++l)
    a[l] = n[l];
  return new et(a, this._parents);
}
function Ga() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Ua(e) {
  e || (e = Wa);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new et(i, this._parents).order();
}
function Wa(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Ka() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Za() {
  return Array.from(this);
}
function ja() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Ja() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Qa() {
  return !this.node();
}
function el(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function tl(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function nl(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function ol(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function il(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function rl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function sl(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function al(e, t) {
  var n = lo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? nl : tl : typeof t == "function" ? n.local ? sl : rl : n.local ? il : ol)(n, t));
}
function Pr(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function ll(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function ul(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function cl(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function dl(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? ll : typeof t == "function" ? cl : ul)(e, t, n ?? "")) : jt(this.node(), e);
}
function jt(e, t) {
  return e.style.getPropertyValue(t) || Pr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function fl(e) {
  return function() {
    delete this[e];
  };
}
function hl(e, t) {
  return function() {
    this[e] = t;
  };
}
function ml(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function vl(e, t) {
  return arguments.length > 1 ? this.each((t == null ? fl : typeof t == "function" ? ml : hl)(e, t)) : this.node()[e];
}
function Tr(e) {
  return e.trim().split(/^|\s+/);
}
function ni(e) {
  return e.classList || new Ar(e);
}
function Ar(e) {
  this._node = e, this._names = Tr(e.getAttribute("class") || "");
}
Ar.prototype = {
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
function zr(e, t) {
  for (var n = ni(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Dr(e, t) {
  for (var n = ni(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function pl(e) {
  return function() {
    zr(this, e);
  };
}
function gl(e) {
  return function() {
    Dr(this, e);
  };
}
function yl(e, t) {
  return function() {
    (t.apply(this, arguments) ? zr : Dr)(this, e);
  };
}
function wl(e, t) {
  var n = Tr(e + "");
  if (arguments.length < 2) {
    for (var o = ni(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? yl : t ? pl : gl)(n, t));
}
function xl() {
  this.textContent = "";
}
function bl(e) {
  return function() {
    this.textContent = e;
  };
}
function kl(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function _l(e) {
  return arguments.length ? this.each(e == null ? xl : (typeof e == "function" ? kl : bl)(e)) : this.node().textContent;
}
function Sl() {
  this.innerHTML = "";
}
function $l(e) {
  return function() {
    this.innerHTML = e;
  };
}
function El(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Nl(e) {
  return arguments.length ? this.each(e == null ? Sl : (typeof e == "function" ? El : $l)(e)) : this.node().innerHTML;
}
function Ml() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Cl() {
  return this.each(Ml);
}
function Il() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Pl() {
  return this.each(Il);
}
function Tl(e) {
  var t = typeof e == "function" ? e : Er(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Al() {
  return null;
}
function zl(e, t) {
  var n = typeof e == "function" ? e : Er(e), o = t == null ? Al : typeof t == "function" ? t : ti(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Dl() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Ol() {
  return this.each(Dl);
}
function Bl() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Rl() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Ll(e) {
  return this.select(e ? Rl : Bl);
}
function Vl(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Hl(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Fl(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Yl(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Xl(e, t, n) {
  return function() {
    var o = this.__on, i, r = Hl(t);
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
function ql(e, t, n) {
  var o = Fl(e + ""), i, r = o.length, s;
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
  for (a = t ? Xl : Yl, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function Or(e, t, n) {
  var o = Pr(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Gl(e, t) {
  return function() {
    return Or(this, e, t);
  };
}
function Ul(e, t) {
  return function() {
    return Or(this, e, t.apply(this, arguments));
  };
}
function Wl(e, t) {
  return this.each((typeof t == "function" ? Ul : Gl)(e, t));
}
function* Kl() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Br = [null];
function et(e, t) {
  this._groups = e, this._parents = t;
}
function En() {
  return new et([[document.documentElement]], Br);
}
function Zl() {
  return this;
}
et.prototype = En.prototype = {
  constructor: et,
  select: ka,
  selectAll: Ea,
  selectChild: Ia,
  selectChildren: za,
  filter: Da,
  data: Ha,
  enter: Oa,
  exit: Ya,
  join: Xa,
  merge: qa,
  selection: Zl,
  order: Ga,
  sort: Ua,
  call: Ka,
  nodes: Za,
  node: ja,
  size: Ja,
  empty: Qa,
  each: el,
  attr: al,
  style: dl,
  property: vl,
  classed: wl,
  text: _l,
  html: Nl,
  raise: Cl,
  lower: Pl,
  append: Tl,
  insert: zl,
  remove: Ol,
  clone: Ll,
  datum: Vl,
  on: ql,
  dispatch: Wl,
  [Symbol.iterator]: Kl
};
function rt(e) {
  return typeof e == "string" ? new et([[document.querySelector(e)]], [document.documentElement]) : new et([[e]], Br);
}
function jl(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function lt(e, t) {
  if (e = jl(e), t === void 0 && (t = e.currentTarget), t) {
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
const Jl = { passive: !1 }, gn = { capture: !0, passive: !1 };
function ko(e) {
  e.stopImmediatePropagation();
}
function Gt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Rr(e) {
  var t = e.document.documentElement, n = rt(e).on("dragstart.drag", Gt, gn);
  "onselectstart" in t ? n.on("selectstart.drag", Gt, gn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Lr(e, t) {
  var n = e.document.documentElement, o = rt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Gt, gn), setTimeout(function() {
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
Oo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Ql(e) {
  return !e.ctrlKey && !e.button;
}
function eu() {
  return this.parentNode;
}
function tu(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function nu() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function ou() {
  var e = Ql, t = eu, n = tu, o = nu, i = {}, r = ao("start", "drag", "end"), s = 0, a, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", k, Jl).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(v, A) {
    if (!(c || !e.call(this, v, A))) {
      var Y = p(this, t.call(this, v, A), v, A, "mouse");
      Y && (rt(v.view).on("mousemove.drag", S, gn).on("mouseup.drag", b, gn), Rr(v.view), ko(v), u = !1, a = v.clientX, l = v.clientY, Y("start", v));
    }
  }
  function S(v) {
    if (Gt(v), !u) {
      var A = v.clientX - a, Y = v.clientY - l;
      u = A * A + Y * Y > d;
    }
    i.mouse("drag", v);
  }
  function b(v) {
    rt(v.view).on("mousemove.drag mouseup.drag", null), Lr(v.view, u), Gt(v), i.mouse("end", v);
  }
  function x(v, A) {
    if (e.call(this, v, A)) {
      var Y = v.changedTouches, H = t.call(this, v, A), V = Y.length, oe, J;
      for (oe = 0; oe < V; ++oe)
        (J = p(this, H, v, A, Y[oe].identifier, Y[oe])) && (ko(v), J("start", v, Y[oe]));
    }
  }
  function k(v) {
    var A = v.changedTouches, Y = A.length, H, V;
    for (H = 0; H < Y; ++H)
      (V = i[A[H].identifier]) && (Gt(v), V("drag", v, A[H]));
  }
  function C(v) {
    var A = v.changedTouches, Y = A.length, H, V;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), H = 0; H < Y; ++H)
      (V = i[A[H].identifier]) && (ko(v), V("end", v, A[H]));
  }
  function p(v, A, Y, H, V, oe) {
    var J = r.copy(), Z = lt(oe || Y, A), I, ae, E;
    if ((E = n.call(v, new Oo("beforestart", {
      sourceEvent: Y,
      target: f,
      identifier: V,
      active: s,
      x: Z[0],
      y: Z[1],
      dx: 0,
      dy: 0,
      dispatch: J
    }), H)) != null)
      return I = E.x - Z[0] || 0, ae = E.y - Z[1] || 0, function X(P, W, D) {
        var z = Z, F;
        switch (P) {
          case "start":
            i[V] = X, F = s++;
            break;
          case "end":
            delete i[V], --s;
          case "drag":
            Z = lt(D || W, A), F = s;
            break;
        }
        J.call(
          P,
          v,
          new Oo(P, {
            sourceEvent: W,
            subject: E,
            target: f,
            identifier: V,
            active: F,
            x: Z[0] + I,
            y: Z[1] + ae,
            dx: Z[0] - z[0],
            dy: Z[1] - z[1],
            dispatch: J
          }),
          H
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : In(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : In(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : In(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : In(!!v), f) : o;
  }, f.on = function() {
    var v = r.on.apply(r, arguments);
    return v === r ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
function oi(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Vr(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Nn() {
}
var yn = 0.7, Zn = 1 / yn, Ut = "\\s*([+-]?\\d+)\\s*", wn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", dt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", iu = /^#([0-9a-f]{3,8})$/, ru = new RegExp(`^rgb\\(${Ut},${Ut},${Ut}\\)$`), su = new RegExp(`^rgb\\(${dt},${dt},${dt}\\)$`), au = new RegExp(`^rgba\\(${Ut},${Ut},${Ut},${wn}\\)$`), lu = new RegExp(`^rgba\\(${dt},${dt},${dt},${wn}\\)$`), uu = new RegExp(`^hsl\\(${wn},${dt},${dt}\\)$`), cu = new RegExp(`^hsla\\(${wn},${dt},${dt},${wn}\\)$`), yi = {
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
oi(Nn, Bt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: wi,
  // Deprecated! Use color.formatHex.
  formatHex: wi,
  formatHex8: du,
  formatHsl: fu,
  formatRgb: xi,
  toString: xi
});
function wi() {
  return this.rgb().formatHex();
}
function du() {
  return this.rgb().formatHex8();
}
function fu() {
  return Hr(this).formatHsl();
}
function xi() {
  return this.rgb().formatRgb();
}
function Bt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = iu.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? bi(t) : n === 3 ? new Qe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Pn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Pn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = ru.exec(e)) ? new Qe(t[1], t[2], t[3], 1) : (t = su.exec(e)) ? new Qe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = au.exec(e)) ? Pn(t[1], t[2], t[3], t[4]) : (t = lu.exec(e)) ? Pn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = uu.exec(e)) ? Si(t[1], t[2] / 100, t[3] / 100, 1) : (t = cu.exec(e)) ? Si(t[1], t[2] / 100, t[3] / 100, t[4]) : yi.hasOwnProperty(e) ? bi(yi[e]) : e === "transparent" ? new Qe(NaN, NaN, NaN, 0) : null;
}
function bi(e) {
  return new Qe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Pn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Qe(e, t, n, o);
}
function hu(e) {
  return e instanceof Nn || (e = Bt(e)), e ? (e = e.rgb(), new Qe(e.r, e.g, e.b, e.opacity)) : new Qe();
}
function Bo(e, t, n, o) {
  return arguments.length === 1 ? hu(e) : new Qe(e, t, n, o ?? 1);
}
function Qe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
oi(Qe, Bo, Vr(Nn, {
  brighter(e) {
    return e = e == null ? Zn : Math.pow(Zn, e), new Qe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? yn : Math.pow(yn, e), new Qe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Qe(zt(this.r), zt(this.g), zt(this.b), jn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ki,
  // Deprecated! Use color.formatHex.
  formatHex: ki,
  formatHex8: mu,
  formatRgb: _i,
  toString: _i
}));
function ki() {
  return `#${Tt(this.r)}${Tt(this.g)}${Tt(this.b)}`;
}
function mu() {
  return `#${Tt(this.r)}${Tt(this.g)}${Tt(this.b)}${Tt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function _i() {
  const e = jn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${zt(this.r)}, ${zt(this.g)}, ${zt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function jn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function zt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Tt(e) {
  return e = zt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Si(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new st(e, t, n, o);
}
function Hr(e) {
  if (e instanceof st)
    return new st(e.h, e.s, e.l, e.opacity);
  if (e instanceof Nn || (e = Bt(e)), !e)
    return new st();
  if (e instanceof st)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, l = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? r + i : 2 - r - i, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new st(s, a, l, e.opacity);
}
function vu(e, t, n, o) {
  return arguments.length === 1 ? Hr(e) : new st(e, t, n, o ?? 1);
}
function st(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
oi(st, vu, Vr(Nn, {
  brighter(e) {
    return e = e == null ? Zn : Math.pow(Zn, e), new st(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? yn : Math.pow(yn, e), new st(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Qe(
      _o(e >= 240 ? e - 240 : e + 120, i, o),
      _o(e, i, o),
      _o(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new st($i(this.h), Tn(this.s), Tn(this.l), jn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = jn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${$i(this.h)}, ${Tn(this.s) * 100}%, ${Tn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function $i(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Tn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function _o(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const ii = (e) => () => e;
function pu(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function gu(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function yu(e) {
  return (e = +e) == 1 ? Fr : function(t, n) {
    return n - t ? gu(t, n, e) : ii(isNaN(t) ? n : t);
  };
}
function Fr(e, t) {
  var n = t - e;
  return n ? pu(e, n) : ii(isNaN(e) ? t : e);
}
const Jn = function e(t) {
  var n = yu(t);
  function o(i, r) {
    var s = n((i = Bo(i)).r, (r = Bo(r)).r), a = n(i.g, r.g), l = n(i.b, r.b), u = Fr(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function wu(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function xu(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function bu(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = dn(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function ku(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function ut(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function _u(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = dn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Ro = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, So = new RegExp(Ro.source, "g");
function Su(e) {
  return function() {
    return e;
  };
}
function $u(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Yr(e, t) {
  var n = Ro.lastIndex = So.lastIndex = 0, o, i, r, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = Ro.exec(e)) && (i = So.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, l.push({ i: s, x: ut(o, i) })), n = So.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? l[0] ? $u(l[0].x) : Su(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
function dn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? ii(t) : (n === "number" ? ut : n === "string" ? (o = Bt(t)) ? (t = o, Jn) : Yr : t instanceof Bt ? Jn : t instanceof Date ? ku : xu(t) ? wu : Array.isArray(t) ? bu : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? _u : ut)(e, t);
}
var Ei = 180 / Math.PI, Lo = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Xr(e, t, n, o, i, r) {
  var s, a, l;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (l = e * n + t * o) && (n -= e * l, o -= t * l), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, l /= a), e * o < t * n && (e = -e, t = -t, l = -l, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Ei,
    skewX: Math.atan(l) * Ei,
    scaleX: s,
    scaleY: a
  };
}
var An;
function Eu(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Lo : Xr(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Nu(e) {
  return e == null || (An || (An = document.createElementNS("http://www.w3.org/2000/svg", "g")), An.setAttribute("transform", e), !(e = An.transform.baseVal.consolidate())) ? Lo : (e = e.matrix, Xr(e.a, e.b, e.c, e.d, e.e, e.f));
}
function qr(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, m, S) {
    if (u !== d || c !== f) {
      var b = m.push("translate(", null, t, null, n);
      S.push({ i: b - 4, x: ut(u, d) }, { i: b - 2, x: ut(c, f) });
    } else (d || f) && m.push("translate(" + d + t + f + n);
  }
  function s(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: ut(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: ut(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, m, S) {
    if (u !== d || c !== f) {
      var b = m.push(i(m) + "scale(", null, ",", null, ")");
      S.push({ i: b - 4, x: ut(u, d) }, { i: b - 2, x: ut(c, f) });
    } else (d !== 1 || f !== 1) && m.push(i(m) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), s(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(m) {
      for (var S = -1, b = f.length, x; ++S < b; )
        d[(x = f[S]).i] = x.x(m);
      return d.join("");
    };
  };
}
var Mu = qr(Eu, "px, ", "px)", "deg)"), Cu = qr(Nu, ", ", ")", ")"), Iu = 1e-12;
function Ni(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Pu(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Tu(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Xn = function e(t, n, o) {
  function i(r, s) {
    var a = r[0], l = r[1], u = r[2], c = s[0], d = s[1], f = s[2], m = c - a, S = d - l, b = m * m + S * S, x, k;
    if (b < Iu)
      k = Math.log(f / u) / t, x = function(H) {
        return [
          a + H * m,
          l + H * S,
          u * Math.exp(t * H * k)
        ];
      };
    else {
      var C = Math.sqrt(b), p = (f * f - u * u + o * b) / (2 * u * n * C), v = (f * f - u * u - o * b) / (2 * f * n * C), A = Math.log(Math.sqrt(p * p + 1) - p), Y = Math.log(Math.sqrt(v * v + 1) - v);
      k = (Y - A) / t, x = function(H) {
        var V = H * k, oe = Ni(A), J = u / (n * C) * (oe * Tu(t * V + A) - Pu(A));
        return [
          a + J * m,
          l + J * S,
          u * oe / Ni(t * V + A)
        ];
      };
    }
    return x.duration = k * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, l = a * a;
    return e(s, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Jt = 0, an = 0, rn = 0, Gr = 1e3, Qn, ln, eo = 0, Rt = 0, uo = 0, xn = typeof performance == "object" && performance.now ? performance : Date, Ur = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ri() {
  return Rt || (Ur(Au), Rt = xn.now() + uo);
}
function Au() {
  Rt = 0;
}
function to() {
  this._call = this._time = this._next = null;
}
to.prototype = Wr.prototype = {
  constructor: to,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ri() : +n) + (t == null ? 0 : +t), !this._next && ln !== this && (ln ? ln._next = this : Qn = this, ln = this), this._call = e, this._time = n, Vo();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Vo());
  }
};
function Wr(e, t, n) {
  var o = new to();
  return o.restart(e, t, n), o;
}
function zu() {
  ri(), ++Jt;
  for (var e = Qn, t; e; )
    (t = Rt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Jt;
}
function Mi() {
  Rt = (eo = xn.now()) + uo, Jt = an = 0;
  try {
    zu();
  } finally {
    Jt = 0, Ou(), Rt = 0;
  }
}
function Du() {
  var e = xn.now(), t = e - eo;
  t > Gr && (uo -= t, eo = e);
}
function Ou() {
  for (var e, t = Qn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Qn = n);
  ln = e, Vo(o);
}
function Vo(e) {
  if (!Jt) {
    an && (an = clearTimeout(an));
    var t = e - Rt;
    t > 24 ? (e < 1 / 0 && (an = setTimeout(Mi, e - xn.now() - uo)), rn && (rn = clearInterval(rn))) : (rn || (eo = xn.now(), rn = setInterval(Du, Gr)), Jt = 1, Ur(Mi));
  }
}
function Ci(e, t, n) {
  var o = new to();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Bu = ao("start", "end", "cancel", "interrupt"), Ru = [], Kr = 0, Ii = 1, Ho = 2, qn = 3, Pi = 4, Fo = 5, Gn = 6;
function co(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  Lu(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Bu,
    tween: Ru,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Kr
  });
}
function si(e, t) {
  var n = at(e, t);
  if (n.state > Kr)
    throw new Error("too late; already scheduled");
  return n;
}
function ft(e, t) {
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
function Lu(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Wr(r, 0, n.time);
  function r(u) {
    n.state = Ii, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, d, f, m;
    if (n.state !== Ii)
      return l();
    for (c in o)
      if (m = o[c], m.name === n.name) {
        if (m.state === qn)
          return Ci(s);
        m.state === Pi ? (m.state = Gn, m.timer.stop(), m.on.call("interrupt", e, e.__data__, m.index, m.group), delete o[c]) : +c < t && (m.state = Gn, m.timer.stop(), m.on.call("cancel", e, e.__data__, m.index, m.group), delete o[c]);
      }
    if (Ci(function() {
      n.state === qn && (n.state = Pi, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Ho, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ho) {
      for (n.state = qn, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (m = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = m);
      i.length = d + 1;
    }
  }
  function a(u) {
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
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Ho && o.state < Fo, o.state = Gn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function Vu(e) {
  return this.each(function() {
    Un(this, e);
  });
}
function Hu(e, t) {
  var n, o;
  return function() {
    var i = ft(this, e), r = i.tween;
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
function Fu(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = ft(this, e), s = r.tween;
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
function Yu(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = at(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Hu : Fu)(n, e, t));
}
function ai(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ft(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return at(i, o).value[t];
  };
}
function Zr(e, t) {
  var n;
  return (typeof t == "number" ? ut : t instanceof Bt ? Jn : (n = Bt(t)) ? (t = n, Jn) : Yr)(e, t);
}
function Xu(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function qu(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Gu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Uu(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Wu(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function Ku(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function Zu(e, t) {
  var n = lo(e), o = n === "transform" ? Cu : Zr;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Ku : Wu)(n, o, ai(this, "attr." + e, t)) : t == null ? (n.local ? qu : Xu)(n) : (n.local ? Uu : Gu)(n, o, t));
}
function ju(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Ju(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Qu(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Ju(e, r)), n;
  }
  return i._value = t, i;
}
function ec(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && ju(e, r)), n;
  }
  return i._value = t, i;
}
function tc(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = lo(e);
  return this.tween(n, (o.local ? Qu : ec)(o, t));
}
function nc(e, t) {
  return function() {
    si(this, e).delay = +t.apply(this, arguments);
  };
}
function oc(e, t) {
  return t = +t, function() {
    si(this, e).delay = t;
  };
}
function ic(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? nc : oc)(t, e)) : at(this.node(), t).delay;
}
function rc(e, t) {
  return function() {
    ft(this, e).duration = +t.apply(this, arguments);
  };
}
function sc(e, t) {
  return t = +t, function() {
    ft(this, e).duration = t;
  };
}
function ac(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? rc : sc)(t, e)) : at(this.node(), t).duration;
}
function lc(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ft(this, e).ease = t;
  };
}
function uc(e) {
  var t = this._id;
  return arguments.length ? this.each(lc(t, e)) : at(this.node(), t).ease;
}
function cc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    ft(this, e).ease = n;
  };
}
function dc(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(cc(this._id, e));
}
function fc(e) {
  typeof e != "function" && (e = Mr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new wt(o, this._parents, this._name, this._id);
}
function hc(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = s[a] = new Array(c), f, m = 0; m < c; ++m)
      (f = l[m] || u[m]) && (d[m] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new wt(s, this._parents, this._name, this._id);
}
function mc(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function vc(e, t, n) {
  var o, i, r = mc(t) ? si : ft;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function pc(e, t) {
  var n = this._id;
  return arguments.length < 2 ? at(this.node(), n).on.on(e) : this.each(vc(n, e, t));
}
function gc(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function yc() {
  return this.on("end.remove", gc(this._id));
}
function wc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ti(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], l = a.length, u = r[s] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, co(u[f], t, n, f, u, at(c, n)));
  return new wt(r, this._parents, t, n);
}
function xc(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Nr(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), m, S = at(c, n), b = 0, x = f.length; b < x; ++b)
          (m = f[b]) && co(m, t, n, b, f, S);
        r.push(f), s.push(c);
      }
  return new wt(r, s, t, n);
}
var bc = En.prototype.constructor;
function kc() {
  return new bc(this._groups, this._parents);
}
function _c(e, t) {
  var n, o, i;
  return function() {
    var r = jt(this, e), s = (this.style.removeProperty(e), jt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function jr(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Sc(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = jt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function $c(e, t, n) {
  var o, i, r;
  return function() {
    var s = jt(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), jt(this, e))), s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a));
  };
}
function Ec(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var l = ft(this, e), u = l.on, c = l.value[r] == null ? a || (a = jr(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), l.on = o;
  };
}
function Nc(e, t, n) {
  var o = (e += "") == "transform" ? Mu : Zr;
  return t == null ? this.styleTween(e, _c(e, o)).on("end.style." + e, jr(e)) : typeof t == "function" ? this.styleTween(e, $c(e, o, ai(this, "style." + e, t))).each(Ec(this._id, e)) : this.styleTween(e, Sc(e, o, t), n).on("end.style." + e, null);
}
function Mc(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Cc(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && Mc(e, s, n)), o;
  }
  return r._value = t, r;
}
function Ic(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, Cc(e, t, n ?? ""));
}
function Pc(e) {
  return function() {
    this.textContent = e;
  };
}
function Tc(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function Ac(e) {
  return this.tween("text", typeof e == "function" ? Tc(ai(this, "text", e)) : Pc(e == null ? "" : e + ""));
}
function zc(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function Dc(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && zc(i)), t;
  }
  return o._value = e, o;
}
function Oc(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, Dc(e));
}
function Bc() {
  for (var e = this._name, t = this._id, n = Jr(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = at(l, t);
        co(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new wt(o, this._parents, e, n);
}
function Rc() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = ft(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var Lc = 0;
function wt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Jr() {
  return ++Lc;
}
var mt = En.prototype;
wt.prototype = {
  constructor: wt,
  select: wc,
  selectAll: xc,
  selectChild: mt.selectChild,
  selectChildren: mt.selectChildren,
  filter: fc,
  merge: hc,
  selection: kc,
  transition: Bc,
  call: mt.call,
  nodes: mt.nodes,
  node: mt.node,
  size: mt.size,
  empty: mt.empty,
  each: mt.each,
  on: pc,
  attr: Zu,
  attrTween: tc,
  style: Nc,
  styleTween: Ic,
  text: Ac,
  textTween: Oc,
  remove: yc,
  tween: Yu,
  delay: ic,
  duration: ac,
  ease: uc,
  easeVarying: dc,
  end: Rc,
  [Symbol.iterator]: mt[Symbol.iterator]
};
function Vc(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Hc = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Vc
};
function Fc(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Yc(e) {
  var t, n;
  e instanceof wt ? (t = e._id, e = e._name) : (t = Jr(), (n = Hc).time = ri(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && co(l, e, t, u, s, n || Fc(l, t));
  return new wt(o, this._parents, e, t);
}
En.prototype.interrupt = Vu;
En.prototype.transition = Yc;
const zn = (e) => () => e;
function Xc(e, {
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
function gt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
gt.prototype = {
  constructor: gt,
  scale: function(e) {
    return e === 1 ? this : new gt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new gt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Qt = new gt(1, 0, 0);
gt.prototype;
function $o(e) {
  e.stopImmediatePropagation();
}
function sn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function qc(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Gc() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ti() {
  return this.__zoom || Qt;
}
function Uc(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Wc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Kc(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Zc() {
  var e = qc, t = Gc, n = Kc, o = Uc, i = Wc, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = Xn, u = ao("start", "zoom", "end"), c, d, f, m = 500, S = 150, b = 0, x = 10;
  function k(E) {
    E.property("__zoom", Ti).on("wheel.zoom", V, { passive: !1 }).on("mousedown.zoom", oe).on("dblclick.zoom", J).filter(i).on("touchstart.zoom", Z).on("touchmove.zoom", I).on("touchend.zoom touchcancel.zoom", ae).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  k.transform = function(E, X, P, W) {
    var D = E.selection ? E.selection() : E;
    D.property("__zoom", Ti), E !== D ? A(E, X, P, W) : D.interrupt().each(function() {
      Y(this, arguments).event(W).start().zoom(null, typeof X == "function" ? X.apply(this, arguments) : X).end();
    });
  }, k.scaleBy = function(E, X, P, W) {
    k.scaleTo(E, function() {
      var D = this.__zoom.k, z = typeof X == "function" ? X.apply(this, arguments) : X;
      return D * z;
    }, P, W);
  }, k.scaleTo = function(E, X, P, W) {
    k.transform(E, function() {
      var D = t.apply(this, arguments), z = this.__zoom, F = P == null ? v(D) : typeof P == "function" ? P.apply(this, arguments) : P, te = z.invert(F), le = typeof X == "function" ? X.apply(this, arguments) : X;
      return n(p(C(z, le), F, te), D, s);
    }, P, W);
  }, k.translateBy = function(E, X, P, W) {
    k.transform(E, function() {
      return n(this.__zoom.translate(
        typeof X == "function" ? X.apply(this, arguments) : X,
        typeof P == "function" ? P.apply(this, arguments) : P
      ), t.apply(this, arguments), s);
    }, null, W);
  }, k.translateTo = function(E, X, P, W, D) {
    k.transform(E, function() {
      var z = t.apply(this, arguments), F = this.__zoom, te = W == null ? v(z) : typeof W == "function" ? W.apply(this, arguments) : W;
      return n(Qt.translate(te[0], te[1]).scale(F.k).translate(
        typeof X == "function" ? -X.apply(this, arguments) : -X,
        typeof P == "function" ? -P.apply(this, arguments) : -P
      ), z, s);
    }, W, D);
  };
  function C(E, X) {
    return X = Math.max(r[0], Math.min(r[1], X)), X === E.k ? E : new gt(X, E.x, E.y);
  }
  function p(E, X, P) {
    var W = X[0] - P[0] * E.k, D = X[1] - P[1] * E.k;
    return W === E.x && D === E.y ? E : new gt(E.k, W, D);
  }
  function v(E) {
    return [(+E[0][0] + +E[1][0]) / 2, (+E[0][1] + +E[1][1]) / 2];
  }
  function A(E, X, P, W) {
    E.on("start.zoom", function() {
      Y(this, arguments).event(W).start();
    }).on("interrupt.zoom end.zoom", function() {
      Y(this, arguments).event(W).end();
    }).tween("zoom", function() {
      var D = this, z = arguments, F = Y(D, z).event(W), te = t.apply(D, z), le = P == null ? v(te) : typeof P == "function" ? P.apply(D, z) : P, he = Math.max(te[1][0] - te[0][0], te[1][1] - te[0][1]), me = D.__zoom, re = typeof X == "function" ? X.apply(D, z) : X, Q = l(me.invert(le).concat(he / me.k), re.invert(le).concat(he / re.k));
      return function(ie) {
        if (ie === 1)
          ie = re;
        else {
          var Ne = Q(ie), Pe = he / Ne[2];
          ie = new gt(Pe, le[0] - Ne[0] * Pe, le[1] - Ne[1] * Pe);
        }
        F.zoom(null, ie);
      };
    });
  }
  function Y(E, X, P) {
    return !P && E.__zooming || new H(E, X);
  }
  function H(E, X) {
    this.that = E, this.args = X, this.active = 0, this.sourceEvent = null, this.extent = t.apply(E, X), this.taps = 0;
  }
  H.prototype = {
    event: function(E) {
      return E && (this.sourceEvent = E), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(E, X) {
      return this.mouse && E !== "mouse" && (this.mouse[1] = X.invert(this.mouse[0])), this.touch0 && E !== "touch" && (this.touch0[1] = X.invert(this.touch0[0])), this.touch1 && E !== "touch" && (this.touch1[1] = X.invert(this.touch1[0])), this.that.__zoom = X, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(E) {
      var X = rt(this.that).datum();
      u.call(
        E,
        this.that,
        new Xc(E, {
          sourceEvent: this.sourceEvent,
          target: k,
          transform: this.that.__zoom,
          dispatch: u
        }),
        X
      );
    }
  };
  function V(E, ...X) {
    if (!e.apply(this, arguments))
      return;
    var P = Y(this, X).event(E), W = this.__zoom, D = Math.max(r[0], Math.min(r[1], W.k * Math.pow(2, o.apply(this, arguments)))), z = lt(E);
    if (P.wheel)
      (P.mouse[0][0] !== z[0] || P.mouse[0][1] !== z[1]) && (P.mouse[1] = W.invert(P.mouse[0] = z)), clearTimeout(P.wheel);
    else {
      if (W.k === D)
        return;
      P.mouse = [z, W.invert(z)], Un(this), P.start();
    }
    sn(E), P.wheel = setTimeout(F, S), P.zoom("mouse", n(p(C(W, D), P.mouse[0], P.mouse[1]), P.extent, s));
    function F() {
      P.wheel = null, P.end();
    }
  }
  function oe(E, ...X) {
    if (f || !e.apply(this, arguments))
      return;
    var P = E.currentTarget, W = Y(this, X, !0).event(E), D = rt(E.view).on("mousemove.zoom", le, !0).on("mouseup.zoom", he, !0), z = lt(E, P), F = E.clientX, te = E.clientY;
    Rr(E.view), $o(E), W.mouse = [z, this.__zoom.invert(z)], Un(this), W.start();
    function le(me) {
      if (sn(me), !W.moved) {
        var re = me.clientX - F, Q = me.clientY - te;
        W.moved = re * re + Q * Q > b;
      }
      W.event(me).zoom("mouse", n(p(W.that.__zoom, W.mouse[0] = lt(me, P), W.mouse[1]), W.extent, s));
    }
    function he(me) {
      D.on("mousemove.zoom mouseup.zoom", null), Lr(me.view, W.moved), sn(me), W.event(me).end();
    }
  }
  function J(E, ...X) {
    if (e.apply(this, arguments)) {
      var P = this.__zoom, W = lt(E.changedTouches ? E.changedTouches[0] : E, this), D = P.invert(W), z = P.k * (E.shiftKey ? 0.5 : 2), F = n(p(C(P, z), W, D), t.apply(this, X), s);
      sn(E), a > 0 ? rt(this).transition().duration(a).call(A, F, W, E) : rt(this).call(k.transform, F, W, E);
    }
  }
  function Z(E, ...X) {
    if (e.apply(this, arguments)) {
      var P = E.touches, W = P.length, D = Y(this, X, E.changedTouches.length === W).event(E), z, F, te, le;
      for ($o(E), F = 0; F < W; ++F)
        te = P[F], le = lt(te, this), le = [le, this.__zoom.invert(le), te.identifier], D.touch0 ? !D.touch1 && D.touch0[2] !== le[2] && (D.touch1 = le, D.taps = 0) : (D.touch0 = le, z = !0, D.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (D.taps < 2 && (d = le[0], c = setTimeout(function() {
        c = null;
      }, m)), Un(this), D.start());
    }
  }
  function I(E, ...X) {
    if (this.__zooming) {
      var P = Y(this, X).event(E), W = E.changedTouches, D = W.length, z, F, te, le;
      for (sn(E), z = 0; z < D; ++z)
        F = W[z], te = lt(F, this), P.touch0 && P.touch0[2] === F.identifier ? P.touch0[0] = te : P.touch1 && P.touch1[2] === F.identifier && (P.touch1[0] = te);
      if (F = P.that.__zoom, P.touch1) {
        var he = P.touch0[0], me = P.touch0[1], re = P.touch1[0], Q = P.touch1[1], ie = (ie = re[0] - he[0]) * ie + (ie = re[1] - he[1]) * ie, Ne = (Ne = Q[0] - me[0]) * Ne + (Ne = Q[1] - me[1]) * Ne;
        F = C(F, Math.sqrt(ie / Ne)), te = [(he[0] + re[0]) / 2, (he[1] + re[1]) / 2], le = [(me[0] + Q[0]) / 2, (me[1] + Q[1]) / 2];
      } else if (P.touch0)
        te = P.touch0[0], le = P.touch0[1];
      else
        return;
      P.zoom("touch", n(p(F, te, le), P.extent, s));
    }
  }
  function ae(E, ...X) {
    if (this.__zooming) {
      var P = Y(this, X).event(E), W = E.changedTouches, D = W.length, z, F;
      for ($o(E), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, m), z = 0; z < D; ++z)
        F = W[z], P.touch0 && P.touch0[2] === F.identifier ? delete P.touch0 : P.touch1 && P.touch1[2] === F.identifier && delete P.touch1;
      if (P.touch1 && !P.touch0 && (P.touch0 = P.touch1, delete P.touch1), P.touch0)
        P.touch0[1] = this.__zoom.invert(P.touch0[0]);
      else if (P.end(), P.taps === 2 && (F = lt(F, this), Math.hypot(d[0] - F[0], d[1] - F[1]) < x)) {
        var te = rt(this).on("dblclick.zoom");
        te && te.apply(this, arguments);
      }
    }
  }
  return k.wheelDelta = function(E) {
    return arguments.length ? (o = typeof E == "function" ? E : zn(+E), k) : o;
  }, k.filter = function(E) {
    return arguments.length ? (e = typeof E == "function" ? E : zn(!!E), k) : e;
  }, k.touchable = function(E) {
    return arguments.length ? (i = typeof E == "function" ? E : zn(!!E), k) : i;
  }, k.extent = function(E) {
    return arguments.length ? (t = typeof E == "function" ? E : zn([[+E[0][0], +E[0][1]], [+E[1][0], +E[1][1]]]), k) : t;
  }, k.scaleExtent = function(E) {
    return arguments.length ? (r[0] = +E[0], r[1] = +E[1], k) : [r[0], r[1]];
  }, k.translateExtent = function(E) {
    return arguments.length ? (s[0][0] = +E[0][0], s[1][0] = +E[1][0], s[0][1] = +E[0][1], s[1][1] = +E[1][1], k) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
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
    return arguments.length ? (b = (E = +E) * E, k) : Math.sqrt(b);
  }, k.tapDistance = function(E) {
    return arguments.length ? (x = +E, k) : x;
  }, k;
}
var fe = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(fe || {}), li = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(li || {}), It = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(It || {}), Nt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Nt || {}), Yo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Yo || {}), fn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(fn || {});
const jc = ["INPUT", "SELECT", "TEXTAREA"], Jc = typeof document < "u" ? document : null;
function Xo(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return jc.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Qc(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Ai(e, t, n, o) {
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
function ed(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = td(n.code, e);
    return Array.isArray(e) ? e.some((i) => Ai(n[o], i, t, n.type === "keyup")) : Ai(n[o], e, t, n.type === "keyup");
  };
}
function td(e, t) {
  return t.includes(e) ? "code" : "key";
}
function hn(e, t) {
  const n = ee(() => Te(t == null ? void 0 : t.target) ?? Jc), o = $t(Te(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = l(Te(e));
  Ee(
    () => Te(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && a(), s = l(u);
    },
    {
      immediate: !0
    }
  ), $r(["blur", "contextmenu"], a), vi(
    (...u) => s(...u),
    (u) => {
      var c, d;
      const f = Te(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, m = Te(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Qc(u), (!i || i && !f) && Xo(u))
        return;
      const b = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, x = (b == null ? void 0 : b.nodeName) === "BUTTON" || (b == null ? void 0 : b.nodeName) === "A";
      !m && (i || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), vi(
    (...u) => s(...u),
    (u) => {
      const c = Te(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Xo(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    i = !1, r.clear(), o.value = Te(e) === !0;
  }
  function l(u) {
    return u === null ? (a(), () => !1) : typeof u == "boolean" ? (a(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? ed(u, r) : u;
  }
  return o;
}
const Qr = "vue-flow__node-desc", es = "vue-flow__edge-desc", nd = "vue-flow__aria-live", ts = ["Enter", " ", "Escape"], Wt = {
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
function xt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function ns(e, t) {
  return {
    x: xt(e.x, t[0][0], t[1][0]),
    y: xt(e.y, t[0][1], t[1][1])
  };
}
function zi(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function Mt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Dt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !Mt(e);
}
function un(e) {
  return Dt(e) && "computedPosition" in e;
}
function Dn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function od(e) {
  return Dn(e.width) && Dn(e.height) && Dn(e.x) && Dn(e.y);
}
function id(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: it({
      width: 0,
      height: 0
    }),
    computedPosition: it({
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
    data: Ue(e.data) ? e.data : {},
    events: it(Ue(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function os(e, t, n) {
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
    data: Ue(e.data) ? e.data : {},
    events: it(Ue(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function is(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function rd(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return is(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Mt(r) && r.source === o).map((r) => n.find((s) => Dt(s) && s.id === r.target));
}
function sd(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return is(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Mt(r) && r.target === o).map((r) => n.find((s) => Dt(s) && s.id === r.source));
}
function rs({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function ad(e, t) {
  return t.some(
    (n) => Mt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function bn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function kn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? ho(a, s) : a;
}
function ld(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function ss({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function ud({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function as(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = ld(
      t,
      ss({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return ud(t);
}
function ls(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...kn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = a, d = l.width ?? a.width ?? null, f = l.height ?? a.height ?? null;
    if (i && !u || c)
      continue;
    const m = oo(r, no(a)), S = d === null || f === null, b = o && m > 0, x = (d ?? 0) * (f ?? 0);
    (S || b || m >= x || a.dragging) && s.push(a);
  }
  return s;
}
function us(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function qt(e, t) {
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
function cd(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = qt(e, n), i = qt(e, t);
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
    const o = qt(e.top ?? e.y ?? 0, n), i = qt(e.bottom ?? e.y ?? 0, n), r = qt(e.left ?? e.x ?? 0, t), s = qt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function dd(e, t, n, o, i, r) {
  const { x: s, y: a } = bn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = bn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - l, d = r - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function Di(e, t, n, o, i, r = 0.1) {
  const s = cd(r, t, n), a = (t - s.x) / e.width, l = (n - s.y) / e.height, u = Math.min(a, l), c = xt(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, m = t / 2 - d * c, S = n / 2 - f * c, b = dd(e, m, S, c, t, n), x = {
    left: Math.min(b.left - s.left, 0),
    top: Math.min(b.top - s.top, 0),
    right: Math.min(b.right - s.right, 0),
    bottom: Math.min(b.bottom - s.bottom, 0)
  };
  return {
    x: m - x.left + x.right,
    y: S - x.top + x.bottom,
    zoom: c
  };
}
function fd(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function cs(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : cs(n, t) : !1;
}
function _n(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Oi(e) {
  const t = e.ctrlKey && io() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Bi(e, t, n) {
  return e < t ? xt(Math.abs(e - t), 1, t) / t : e > n ? -xt(Math.abs(e - n), 1, t) / t : 0;
}
function ds(e, t, n = 15, o = 40) {
  const i = Bi(e.x, o, t.width - o) * n, r = Bi(e.y, o, t.height - o) * n;
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
function Ri(e, t) {
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
            if (un(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const l = t[r.indexOf(s.parentNode)];
              l && un(l) && Eo(s, l);
            }
            break;
          case "dimensions":
            if (un(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const l = t[r.indexOf(s.parentNode)];
              l && un(l) && (!!l.dimensions.width && !!l.dimensions.height ? Eo(s, l) : je(() => {
                Eo(s, l);
              }));
            }
            break;
        }
  return t;
}
function _t(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Li(e) {
  return {
    item: e,
    type: "add"
  };
}
function Vi(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Hi(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function St(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(_t(r.id, s)));
  }
  return o;
}
const Fi = () => {
};
function ce(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Fi, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, s = () => {
    n = Fi;
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
      return pn(m), { off: m };
    },
    off: u,
    trigger: (f) => {
      const m = [n];
      return i() ? m.push(...t) : e && m.push(e), Promise.allSettled(m.map((S) => S(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: a,
    removeHasEmitListeners: l
  };
}
function Yi(e, t, n) {
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
function hd(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !cs(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(a) && s.set(a, {
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
function fs(e) {
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
function md(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? fs(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function vd(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = md(i, e, o);
      r && (i = r);
    } else
      t(new Ke(We.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = (o == null ? void 0 : o.computedPosition.x) || 0, s = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + r, i[0][1] + s],
      [i[1][0] + r, i[1][1] + s]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [r, s, a, l] = fs(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
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
function pd({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function ui(e, t, n, o, i) {
  const r = pd(e.dimensions, vd(e, n, o, i)), s = ns(t, r);
  return {
    position: {
      x: s.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: s.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: s
  };
}
function en(e, t, n = fe.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? xd(e);
  if (o)
    return { x: i + s / 2, y: r + a / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case fe.Top:
      return { x: i + s / 2, y: r };
    case fe.Right:
      return { x: i + s, y: r + a / 2 };
    case fe.Bottom:
      return { x: i + s / 2, y: r + a };
    case fe.Left:
      return { x: i, y: r + a / 2 };
  }
}
function Xi(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function gd({
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
  const c = ss({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: s / l.zoom,
    height: a / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), f = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * f) > 0;
}
function yd(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var We = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(We || {});
const qi = {
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
class Ke extends Error {
  constructor(t, ...n) {
    var o;
    super((o = qi[t]) == null ? void 0 : o.call(qi, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function ci(e) {
  return "clientX" in e;
}
function wd(e) {
  return "sourceEvent" in e;
}
function ct(e, t) {
  const n = ci(e);
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
function xd(e) {
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
const bd = () => !0;
function Mo(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function kd(e, t, n) {
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
const _d = 250;
function Sd(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const l = kd(e, n, t + _d);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: m } = en(u, d, d.position, !0), S = Math.sqrt((f - e.x) ** 2 + (m - e.y) ** 2);
      S > t || (S < a ? (s = [{ ...d, x: f, y: m }], a = S) : S === a && s.push({ ...d, x: f, y: m }));
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
function Gi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: l,
  isValidConnection: u = bd
}, c, d, f, m) {
  const S = r === "target", b = t ? s.querySelector(`.${a}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x, y: k } = ct(e), C = s.elementFromPoint(x, k), p = C != null && C.classList.contains(`${a}-flow__handle`) ? C : b, v = {
    handleDomNode: p,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (p) {
    const A = hs(void 0, p), Y = p.getAttribute("data-nodeid"), H = p.getAttribute("data-handleid"), V = p.classList.contains("connectable"), oe = p.classList.contains("connectableend");
    if (!Y || !A)
      return v;
    const J = {
      source: S ? Y : o,
      sourceHandle: S ? H : i,
      target: S ? o : Y,
      targetHandle: S ? i : H
    };
    v.connection = J;
    const I = V && oe && (n === Nt.Strict ? S && A === "source" || !S && A === "target" : Y !== o || H !== i);
    v.isValid = I && u(J, {
      nodes: d,
      edges: c,
      sourceNode: f(J.source),
      targetNode: f(J.target)
    }), v.toHandle = ms(Y, A, H, m, n, !0);
  }
  return v;
}
function hs(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function $d(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Ed(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function ms(e, t, n, o, i, r = !1) {
  var s, a, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === Nt.Strict ? (s = u.handleBounds) == null ? void 0 : s[t] : [...((a = u.handleBounds) == null ? void 0 : a.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && r ? { ...d, ...en(u, d, d.position, !0) } : d;
}
const qo = {
  [fe.Left]: fe.Right,
  [fe.Right]: fe.Left,
  [fe.Top]: fe.Bottom,
  [fe.Bottom]: fe.Top
}, Nd = ["production", "prod"];
function Mn(e, ...t) {
  vs() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function vs() {
  return !Nd.includes("production");
}
function Ui(e, t, n, o, i) {
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
      ...fo(s)
    };
  }) : null;
}
function Go(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), je(() => {
    s.blur();
  })) : n([e]);
}
function Ue(e) {
  return typeof B(e) < "u";
}
function Md(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Ke(We.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return Mt(e) ? i = e : i = {
    ...e,
    id: rs(e)
  }, i = os(i, void 0, o), ad(i, t) ? !1 : i;
}
function Cd(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Ke(We.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Ke(We.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? rs(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Wi(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Dt(s)) {
      n(
        new Ke(We.NODE_INVALID, s == null ? void 0 : s.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = id(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new Ke(We.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function Ki(e, t, n, o, i, r) {
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
function Co(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: a = null } = o, l = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: a }, u = `${i}-${s}--${r}-${a}`, c = `${r}-${a}--${i}-${s}`;
    Ki("source", l, c, e, i, s), Ki("target", l, u, e, r, a);
  }
}
function Zi(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function Io(e, t, n, o, i, r, s, a) {
  const l = [];
  for (const u of e) {
    const c = Mt(u) ? u : Md(u, a, i, r);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new Ke(We.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Ke(We.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new Ke(We.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: a,
      nodes: s,
      sourceNode: d,
      targetNode: f
    })) {
      i(new Ke(We.EDGE_INVALID, c.id));
      continue;
    }
    const m = o(c.id);
    l.push({
      ...os(c, m, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const ji = Symbol("vueFlow"), di = Symbol("nodeId"), ps = Symbol("nodeRef"), Id = Symbol("edgeId"), Pd = Symbol("edgeRef"), mo = Symbol("slots");
function gs(e) {
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
    nodesDraggable: d,
    panBy: f,
    findNode: m,
    multiSelectionActive: S,
    nodesSelectionActive: b,
    selectNodesOnDrag: x,
    removeSelectedElements: k,
    addSelectedNodes: C,
    updateNodePositions: p,
    emits: v
  } = Ye(), { onStart: A, onDrag: Y, onStop: H, onClick: V, el: oe, disabled: J, id: Z, selectable: I, dragHandle: ae } = e, E = $t(!1);
  let X = [], P, W = null, D = { x: void 0, y: void 0 }, z = { x: 0, y: 0 }, F = null, te = !1, le = !1, he = 0, me = !1;
  const re = ys(), Q = ({ x: ve, y: pe }) => {
    D = { x: ve, y: pe };
    let _ = !1;
    if (X = X.map((w) => {
      const h = { x: ve - w.distance.x, y: pe - w.distance.y }, { computedPosition: g } = ui(
        w,
        n.value ? ho(h, o.value) : h,
        v.error,
        s.value,
        w.parentNode ? m(w.parentNode) : void 0
      );
      return _ = _ || w.position.x !== g.x || w.position.y !== g.y, w.position = g, w;
    }), le = le || _, !!_ && (p(X, !0, !0), E.value = !0, F)) {
      const [w, h] = No({
        id: Z,
        dragItems: X,
        findNode: m
      });
      Y({ event: F, node: w, nodes: h });
    }
  }, ie = () => {
    if (!W)
      return;
    const [ve, pe] = ds(z, W, c.value);
    if (ve !== 0 || pe !== 0) {
      const _ = {
        x: (D.x ?? 0) - ve / l.value.zoom,
        y: (D.y ?? 0) - pe / l.value.zoom
      };
      f({ x: ve, y: pe }) && Q(_);
    }
    he = requestAnimationFrame(ie);
  }, Ne = (ve, pe) => {
    te = !0;
    const _ = m(Z);
    !x.value && !S.value && _ && (_.selected || k()), _ && Te(I) && x.value && Go(
      _,
      S.value,
      C,
      k,
      b,
      !1,
      pe
    );
    const w = re(ve.sourceEvent);
    if (D = w, X = hd(r.value, d.value, w, Z), X.length) {
      const [h, g] = No({
        id: Z,
        dragItems: X,
        findNode: m
      });
      A({ event: ve.sourceEvent, node: h, nodes: g });
    }
  }, Pe = (ve, pe) => {
    var _;
    ve.sourceEvent.type === "touchmove" && ve.sourceEvent.touches.length > 1 || (le = !1, a.value === 0 && Ne(ve, pe), D = re(ve.sourceEvent), W = ((_ = t.value) == null ? void 0 : _.getBoundingClientRect()) || null, z = ct(ve.sourceEvent, W));
  }, we = (ve, pe) => {
    const _ = re(ve.sourceEvent);
    if (!me && te && u.value && (me = !0, ie()), !te) {
      const w = _.xSnapped - (D.x ?? 0), h = _.ySnapped - (D.y ?? 0);
      Math.sqrt(w * w + h * h) > a.value && Ne(ve, pe);
    }
    (D.x !== _.xSnapped || D.y !== _.ySnapped) && X.length && te && (F = ve.sourceEvent, z = ct(ve.sourceEvent, W), Q(_));
  }, Ie = (ve) => {
    let pe = !1;
    if (!te && !E.value && !S.value) {
      const _ = ve.sourceEvent, w = re(_), h = w.xSnapped - (D.x ?? 0), g = w.ySnapped - (D.y ?? 0), y = Math.sqrt(h * h + g * g);
      y !== 0 && y <= a.value && (V == null || V(_), pe = !0);
    }
    if (X.length && !pe) {
      le && (p(X, !1, !1), le = !1);
      const [_, w] = No({
        id: Z,
        dragItems: X,
        findNode: m
      });
      H({ event: ve.sourceEvent, node: _, nodes: w });
    }
    X = [], E.value = !1, me = !1, te = !1, D = { x: void 0, y: void 0 }, cancelAnimationFrame(he);
  };
  return Ee([() => Te(J), oe], ([ve, pe], _, w) => {
    if (pe) {
      const h = rt(pe);
      ve || (P = ou().on("start", (g) => Pe(g, pe)).on("drag", (g) => we(g, pe)).on("end", (g) => Ie(g)).filter((g) => {
        const y = g.target, R = Te(ae);
        return !g.button && (!i.value || !Yi(y, `.${i.value}`, pe) && (!R || Yi(y, R, pe)));
      }), h.call(P)), w(() => {
        h.on(".drag", null), P && (P.on("start", null), P.on("drag", null), P.on("end", null));
      });
    }
  }), E;
}
function Td() {
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
function Ad(e, t) {
  const n = Td();
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
function ys() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Ye();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = wd(i) ? i.sourceEvent : i, { x: l, y: u } = ct(a, s), c = kn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? ho(c, t.value) : c;
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
function ws({
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
    connectOnClick: d,
    connectionClickStartHandle: f,
    nodesConnectable: m,
    autoPanOnConnect: S,
    autoPanSpeed: b,
    findNode: x,
    panBy: k,
    startConnection: C,
    updateConnection: p,
    endConnection: v,
    emits: A,
    viewport: Y,
    edges: H,
    nodes: V,
    isValidConnection: oe,
    nodeLookup: J
  } = Ye();
  let Z = null, I = !1, ae = null;
  function E(P) {
    var W;
    const D = Te(n) === "target", z = ci(P), F = zi(P.target), te = P.currentTarget;
    if (te && (z && P.button === 0 || !z)) {
      let le = function(K) {
        _ = ct(K, Ie), Q = Sd(
          kn(_, Y.value, !1, [1, 1]),
          c.value,
          J.value,
          g
        ), w || (h(), w = !0);
        const U = Gi(
          K,
          {
            handle: Q,
            connectionMode: u.value,
            fromNodeId: Te(t),
            fromHandleId: Te(e),
            fromType: D ? "target" : "source",
            isValidConnection: re,
            doc: F,
            lib: "vue",
            flowId: a,
            nodeLookup: J.value
          },
          H.value,
          V.value,
          x,
          J.value
        );
        ae = U.handleDomNode, Z = U.connection, I = Ed(!!Q, U.isValid);
        const ne = {
          // from stays the same
          ...q,
          isValid: I,
          to: U.toHandle && I ? bn({ x: U.toHandle.x, y: U.toHandle.y }, Y.value) : _,
          toHandle: U.toHandle,
          toPosition: I && U.toHandle ? U.toHandle.position : qo[g.position],
          toNode: U.toHandle ? J.value.get(U.toHandle.nodeId) : null
        };
        if (I && Q && (q != null && q.toHandle) && ne.toHandle && q.toHandle.type === ne.toHandle.type && q.toHandle.nodeId === ne.toHandle.nodeId && q.toHandle.id === ne.toHandle.id && q.to.x === ne.to.x && q.to.y === ne.to.y)
          return;
        const ue = Q ?? U.toHandle;
        if (p(
          ue && I ? bn(
            {
              x: ue.x,
              y: ue.y
            },
            Y.value
          ) : _,
          ue,
          $d(!!ue, I)
        ), q = ne, !Q && !I && !ae)
          return Mo(pe);
        Z && Z.source !== Z.target && ae && (Mo(pe), pe = ae, ae.classList.add("connecting", "vue-flow__handle-connecting"), ae.classList.toggle("valid", !!I), ae.classList.toggle("vue-flow__handle-valid", !!I));
      }, he = function(K) {
        "touches" in K && K.touches.length > 0 || ((Q || ae) && Z && I && (r ? r(K, Z) : A.connect(Z)), A.connectEnd(K), i && (s == null || s(K)), Mo(pe), cancelAnimationFrame(ie), v(K), w = !1, I = !1, Z = null, ae = null, F.removeEventListener("mousemove", le), F.removeEventListener("mouseup", he), F.removeEventListener("touchmove", le), F.removeEventListener("touchend", he));
      };
      const me = x(Te(t));
      let re = Te(o) || oe.value || On;
      !re && me && (re = (D ? me.isValidSourcePos : me.isValidTargetPos) || On);
      let Q, ie = 0;
      const { x: Ne, y: Pe } = ct(P), we = hs(Te(i), te), Ie = (W = l.value) == null ? void 0 : W.getBoundingClientRect();
      if (!Ie || !we)
        return;
      const ve = ms(Te(t), we, Te(e), J.value, u.value);
      if (!ve)
        return;
      let pe, _ = ct(P, Ie), w = !1;
      const h = () => {
        if (!S.value)
          return;
        const [K, U] = ds(_, Ie, b.value);
        k({ x: K, y: U }), ie = requestAnimationFrame(h);
      }, g = {
        ...ve,
        nodeId: Te(t),
        type: we,
        position: ve.position
      }, y = J.value.get(Te(t)), L = {
        inProgress: !0,
        isValid: null,
        from: en(y, g, fe.Left, !0),
        fromHandle: g,
        fromPosition: g.position,
        fromNode: y,
        to: _,
        toHandle: null,
        toPosition: qo[g.position],
        toNode: null
      };
      C(
        {
          nodeId: Te(t),
          id: Te(e),
          type: we,
          position: (te == null ? void 0 : te.getAttribute("data-handlepos")) || fe.Top,
          ..._
        },
        {
          x: Ne - Ie.left,
          y: Pe - Ie.top
        }
      ), A.connectStart({ event: P, nodeId: Te(t), handleId: Te(e), handleType: we });
      let q = L;
      F.addEventListener("mousemove", le), F.addEventListener("mouseup", he), F.addEventListener("touchmove", le), F.addEventListener("touchend", he);
    }
  }
  function X(P) {
    var W, D;
    if (!d.value)
      return;
    const z = Te(n) === "target";
    if (!f.value) {
      A.clickConnectStart({ event: P, nodeId: Te(t), handleId: Te(e) }), C(
        {
          nodeId: Te(t),
          type: Te(n),
          id: Te(e),
          position: fe.Top,
          ...ct(P)
        },
        void 0,
        !0
      );
      return;
    }
    let F = Te(o) || oe.value || On;
    const te = x(Te(t));
    if (!F && te && (F = (z ? te.isValidSourcePos : te.isValidTargetPos) || On), te && (typeof te.connectable > "u" ? m.value : te.connectable) === !1)
      return;
    const le = zi(P.target), he = Gi(
      P,
      {
        handle: {
          nodeId: Te(t),
          id: Te(e),
          type: Te(n),
          position: fe.Top,
          ...ct(P)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: F,
        doc: le,
        lib: "vue",
        flowId: a,
        nodeLookup: J.value
      },
      H.value,
      V.value,
      x,
      J.value
    ), me = ((W = he.connection) == null ? void 0 : W.source) === ((D = he.connection) == null ? void 0 : D.target);
    he.isValid && he.connection && !me && A.connect(he.connection), A.clickConnectEnd(P), v(P, !0);
  }
  return {
    handlePointerDown: E,
    handleClick: X
  };
}
function zd() {
  return Ct(di, "");
}
function xs(e) {
  const t = e ?? zd() ?? "", n = Ct(ps, ye(null)), { findNode: o, edges: i, emits: r } = Ye(), s = o(t);
  return s || r.error(new Ke(We.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ee(() => o(s.parentNode)),
    connectedEdges: ee(() => us([s], i.value))
  };
}
function Dd() {
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
function Od(e, t) {
  const n = Dd();
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
function bs() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Ye();
  return (l, u = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = u ? 4 : 1, m = l.x * c * f, S = l.y * d * f, b = [];
    for (const x of e.value)
      if (x.draggable || s && typeof x.draggable > "u") {
        const k = { x: x.computedPosition.x + m, y: x.computedPosition.y + S }, { position: C } = ui(
          x,
          k,
          a.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        b.push({
          id: x.id,
          position: C,
          from: x.position,
          distance: { x: l.x, y: l.y },
          dimensions: x.dimensions
        });
      }
    n(b, !0, !1);
  };
}
const Bn = 0.1, Bd = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function kt() {
  return Mn("Viewport not initialized yet."), Promise.resolve(!1);
}
const Rd = {
  zoomIn: kt,
  zoomOut: kt,
  zoomTo: kt,
  fitView: kt,
  setCenter: kt,
  fitBounds: kt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: kt,
  setTransform: kt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function Ld(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? dn : Xn).scaleBy(
        Po(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((a) => {
      var l;
      const { x: u, y: c } = ns({ x: -o, y: -i }, e.translateExtent), d = Qt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((s == null ? void 0 : s.interpolate) === "linear" ? dn : Xn).transform(
        Po(e.d3Selection, s == null ? void 0 : s.duration, s == null ? void 0 : s.ease, () => {
          a(!0);
        }),
        d
      ) : a(!1);
    });
  }
  return ee(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? dn : Xn).scaleTo(
        Po(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
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
      padding: Bn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !f.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const l = as(a), { x: u, y: c, zoom: d } = Di(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Bn
      );
      return n(u, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof (s == null ? void 0 : s.zoom) < "u" ? s.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * a, u = e.dimensions.height / 2 - r * a;
      return n(l, u, a, s);
    },
    fitBounds: (i, r = { padding: Bn }) => {
      const { x: s, y: a, zoom: l } = Di(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? Bn
      );
      return n(s, a, l, r);
    },
    project: (i) => kn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - r,
          y: i.y - s
        };
        return kn(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + r,
          y: i.y + s
        };
        return bn(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : Rd);
}
function Po(e, t = 0, n = Bd, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Vd(e, t, n) {
  const o = xr(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let b, x, k = !!(n.nodes.value.length || n.edges.value.length);
        b = Xt([e.modelValue, () => {
          var C, p;
          return (p = (C = e.modelValue) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (x == null || x.pause(), n.setElements(C), !x && !k && C.length ? k = !0 : x == null || x.resume());
        }), x = Xt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([C, p]) => {
            var v;
            (v = e.modelValue) != null && v.value && Array.isArray(e.modelValue.value) && (b == null || b.pause(), e.modelValue.value = [...C, ...p], je(() => {
              b == null || b.resume();
            }));
          },
          { immediate: k }
        ), Fn(() => {
          b == null || b.stop(), x == null || x.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let b, x, k = !!n.nodes.value.length;
        b = Xt([e.nodes, () => {
          var C, p;
          return (p = (C = e.nodes) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (x == null || x.pause(), n.setNodes(C), !x && !k && C.length ? k = !0 : x == null || x.resume());
        }), x = Xt(
          [n.nodes, () => n.nodes.value.length],
          ([C]) => {
            var p;
            (p = e.nodes) != null && p.value && Array.isArray(e.nodes.value) && (b == null || b.pause(), e.nodes.value = [...C], je(() => {
              b == null || b.resume();
            }));
          },
          { immediate: k }
        ), Fn(() => {
          b == null || b.stop(), x == null || x.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let b, x, k = !!n.edges.value.length;
        b = Xt([e.edges, () => {
          var C, p;
          return (p = (C = e.edges) == null ? void 0 : C.value) == null ? void 0 : p.length;
        }], ([C]) => {
          C && Array.isArray(C) && (x == null || x.pause(), n.setEdges(C), !x && !k && C.length ? k = !0 : x == null || x.resume());
        }), x = Xt(
          [n.edges, () => n.edges.value.length],
          ([C]) => {
            var p;
            (p = e.edges) != null && p.value && Array.isArray(e.edges.value) && (b == null || b.pause(), e.edges.value = [...C], je(() => {
              b == null || b.resume();
            }));
          },
          { immediate: k }
        ), Fn(() => {
          b == null || b.stop(), x == null || x.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        Ee(
          () => t.maxZoom,
          () => {
            t.maxZoom && Ue(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        Ee(
          () => t.minZoom,
          () => {
            t.minZoom && Ue(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        Ee(
          () => t.translateExtent,
          () => {
            t.translateExtent && Ue(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        Ee(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && Ue(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        Ee(
          () => t.applyDefault,
          () => {
            Ue(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const b = async (x) => {
          let k = x;
          typeof t.autoConnect == "function" && (k = await t.autoConnect(x)), k !== !1 && n.addEdges([k]);
        };
        Ee(
          () => t.autoConnect,
          () => {
            Ue(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), Ee(
          n.autoConnect,
          (x, k, C) => {
            x ? n.onConnect(b) : n.hooks.value.connect.off(b), C(() => {
              n.hooks.value.connect.off(b);
            });
          },
          { immediate: !0 }
        );
      });
    }, m = () => {
      const b = [
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
        if (!b.includes(k)) {
          const C = Ve(() => t[k]), p = n[k];
          Qo(p) && o.run(() => {
            Ee(
              C,
              (v) => {
                Ue(v) && (p.value = v);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), r(), s(), l(), a(), u(), c(), d(), f(), m();
    })();
  }), () => o.stop();
}
function Hd() {
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
function Fd(e, t) {
  const n = nn();
  Ws(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), pn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), pn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = Yd(i);
    return !!((r = n == null ? void 0 : n.vnode.props) == null ? void 0 : r[s]);
  }
}
function Yd(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function ks() {
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
    selectionMode: li.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: fn.Free,
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
    connectionMode: Nt.Loose,
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
    hooks: Hd(),
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
const Xd = [
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
function qd(e, t, n) {
  const o = Ld(e), i = (_) => {
    const w = _ ?? [];
    e.hooks.updateNodeInternals.trigger(w);
  }, r = (_) => sd(_, e.nodes, e.edges), s = (_) => rd(_, e.nodes, e.edges), a = (_) => us(_, e.edges), l = ({ id: _, type: w, nodeId: h }) => {
    var g;
    const y = _ ? `-${w}-${_}` : `-${w}`;
    return Array.from(((g = e.connectionLookup.get(`${h}${y}`)) == null ? void 0 : g.values()) ?? []);
  }, u = (_) => {
    if (_)
      return t.value.get(_);
  }, c = (_) => {
    if (_)
      return n.value.get(_);
  }, d = (_, w, h) => {
    var g, y;
    const R = [];
    for (const L of _) {
      const q = {
        id: L.id,
        type: "position",
        dragging: h,
        from: L.from
      };
      if (w && (q.position = L.position, L.parentNode)) {
        const K = u(L.parentNode);
        q.position = {
          x: q.position.x - (((g = K == null ? void 0 : K.computedPosition) == null ? void 0 : g.x) ?? 0),
          y: q.position.y - (((y = K == null ? void 0 : K.computedPosition) == null ? void 0 : y.y) ?? 0)
        };
      }
      R.push(q);
    }
    R != null && R.length && e.hooks.nodesChange.trigger(R);
  }, f = (_) => {
    if (!e.vueFlowRef)
      return;
    const w = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!w)
      return;
    const h = window.getComputedStyle(w), { m22: g } = new window.DOMMatrixReadOnly(h.transform), y = [];
    for (const R of _) {
      const L = R, q = u(L.id);
      if (q) {
        const K = fo(L.nodeElement);
        if (!!(K.width && K.height && (q.dimensions.width !== K.width || q.dimensions.height !== K.height || L.forceUpdate))) {
          const ne = L.nodeElement.getBoundingClientRect();
          q.dimensions = K, q.handleBounds.source = Ui("source", L.nodeElement, ne, g, q.id), q.handleBounds.target = Ui("target", L.nodeElement, ne, g, q.id), y.push({
            id: q.id,
            type: "dimensions",
            dimensions: K
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), y.length && e.hooks.nodesChange.trigger(y);
  }, m = (_, w) => {
    const h = /* @__PURE__ */ new Set(), g = /* @__PURE__ */ new Set();
    for (const L of _)
      Dt(L) ? h.add(L.id) : Mt(L) && g.add(L.id);
    const y = St(t.value, h, !0), R = St(n.value, g);
    if (e.multiSelectionActive) {
      for (const L of h)
        y.push(_t(L, w));
      for (const L of g)
        R.push(_t(L, w));
    }
    y.length && e.hooks.nodesChange.trigger(y), R.length && e.hooks.edgesChange.trigger(R);
  }, S = (_) => {
    if (e.multiSelectionActive) {
      const w = _.map((h) => _t(h.id, !0));
      e.hooks.nodesChange.trigger(w);
      return;
    }
    e.hooks.nodesChange.trigger(St(t.value, new Set(_.map((w) => w.id)), !0)), e.hooks.edgesChange.trigger(St(n.value));
  }, b = (_) => {
    if (e.multiSelectionActive) {
      const w = _.map((h) => _t(h.id, !0));
      e.hooks.edgesChange.trigger(w);
      return;
    }
    e.hooks.edgesChange.trigger(St(n.value, new Set(_.map((w) => w.id)))), e.hooks.nodesChange.trigger(St(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (_) => {
    m(_, !0);
  }, k = (_) => {
    const h = (_ || e.nodes).map((g) => (g.selected = !1, _t(g.id, !1)));
    e.hooks.nodesChange.trigger(h);
  }, C = (_) => {
    const h = (_ || e.edges).map((g) => (g.selected = !1, _t(g.id, !1)));
    e.hooks.edgesChange.trigger(h);
  }, p = (_) => {
    if (!_ || !_.length)
      return m([], !1);
    const w = _.reduce(
      (h, g) => {
        const y = _t(g.id, !1);
        return Dt(g) ? h.nodes.push(y) : h.edges.push(y), h;
      },
      { nodes: [], edges: [] }
    );
    w.nodes.length && e.hooks.nodesChange.trigger(w.nodes), w.edges.length && e.hooks.edgesChange.trigger(w.edges);
  }, v = (_) => {
    var w;
    (w = e.d3Zoom) == null || w.scaleExtent([_, e.maxZoom]), e.minZoom = _;
  }, A = (_) => {
    var w;
    (w = e.d3Zoom) == null || w.scaleExtent([e.minZoom, _]), e.maxZoom = _;
  }, Y = (_) => {
    var w;
    (w = e.d3Zoom) == null || w.translateExtent(_), e.translateExtent = _;
  }, H = (_) => {
    e.nodeExtent = _, i();
  }, V = (_) => {
    var w;
    (w = e.d3Zoom) == null || w.clickDistance(_);
  }, oe = (_) => {
    e.nodesDraggable = _, e.nodesConnectable = _, e.elementsSelectable = _;
  }, J = (_) => {
    const w = _ instanceof Function ? _(e.nodes) : _;
    !e.initialized && !w.length || (e.nodes = Wi(w, u, e.hooks.error.trigger));
  }, Z = (_) => {
    const w = _ instanceof Function ? _(e.edges) : _;
    if (!e.initialized && !w.length)
      return;
    const h = Io(
      w,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Co(e.connectionLookup, n.value, h), e.edges = h;
  }, I = (_) => {
    const w = _ instanceof Function ? _([...e.nodes, ...e.edges]) : _;
    !e.initialized && !w.length || (J(w.filter(Dt)), Z(w.filter(Mt)));
  }, ae = (_) => {
    let w = _ instanceof Function ? _(e.nodes) : _;
    w = Array.isArray(w) ? w : [w];
    const h = Wi(w, u, e.hooks.error.trigger), g = [];
    for (const y of h)
      g.push(Li(y));
    g.length && e.hooks.nodesChange.trigger(g);
  }, E = (_) => {
    let w = _ instanceof Function ? _(e.edges) : _;
    w = Array.isArray(w) ? w : [w];
    const h = Io(
      w,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), g = [];
    for (const y of h)
      g.push(Li(y));
    g.length && e.hooks.edgesChange.trigger(g);
  }, X = (_, w = !0, h = !1) => {
    const g = _ instanceof Function ? _(e.nodes) : _, y = Array.isArray(g) ? g : [g], R = [], L = [];
    function q(U) {
      const ne = a(U);
      for (const ue of ne)
        (!Ue(ue.deletable) || ue.deletable) && L.push(Hi(ue.id, ue.source, ue.target, ue.sourceHandle, ue.targetHandle));
    }
    function K(U) {
      const ne = [];
      for (const ue of e.nodes)
        ue.parentNode === U && ne.push(ue);
      if (ne.length) {
        for (const ue of ne)
          R.push(Vi(ue.id));
        w && q(ne);
        for (const ue of ne)
          K(ue.id);
      }
    }
    for (const U of y) {
      const ne = typeof U == "string" ? u(U) : U;
      ne && (Ue(ne.deletable) && !ne.deletable || (R.push(Vi(ne.id)), w && q([ne]), h && K(ne.id)));
    }
    L.length && e.hooks.edgesChange.trigger(L), R.length && e.hooks.nodesChange.trigger(R);
  }, P = (_) => {
    const w = _ instanceof Function ? _(e.edges) : _, h = Array.isArray(w) ? w : [w], g = [];
    for (const y of h) {
      const R = typeof y == "string" ? c(y) : y;
      R && (Ue(R.deletable) && !R.deletable || g.push(
        Hi(
          typeof y == "string" ? y : y.id,
          R.source,
          R.target,
          R.sourceHandle,
          R.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(g);
  }, W = (_, w, h = !0) => {
    const g = c(_.id);
    if (!g)
      return !1;
    const y = e.edges.indexOf(g), R = Cd(_, w, g, h, e.hooks.error.trigger);
    if (R) {
      const [L] = Io(
        [R],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((q, K) => K === y ? L : q), Co(e.connectionLookup, n.value, [L]), L;
    }
    return !1;
  }, D = (_, w, h = { replace: !1 }) => {
    const g = c(_);
    if (!g)
      return;
    const y = typeof w == "function" ? w(g) : w;
    g.data = h.replace ? y : { ...g.data, ...y };
  }, z = (_) => Ri(_, e.nodes), F = (_) => {
    const w = Ri(_, e.edges);
    return Co(e.connectionLookup, n.value, w), w;
  }, te = (_, w, h = { replace: !1 }) => {
    const g = u(_);
    if (!g)
      return;
    const y = typeof w == "function" ? w(g) : w;
    h.replace ? e.nodes.splice(e.nodes.indexOf(g), 1, y) : Object.assign(g, y);
  }, le = (_, w, h = { replace: !1 }) => {
    const g = u(_);
    if (!g)
      return;
    const y = typeof w == "function" ? w(g) : w;
    g.data = h.replace ? y : { ...g.data, ...y };
  }, he = (_, w, h = !1) => {
    h ? e.connectionClickStartHandle = _ : e.connectionStartHandle = _, e.connectionEndHandle = null, e.connectionStatus = null, w && (e.connectionPosition = w);
  }, me = (_, w = null, h = null) => {
    e.connectionStartHandle && (e.connectionPosition = _, e.connectionEndHandle = w, e.connectionStatus = h);
  }, re = (_, w) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, w ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, Q = (_) => {
    const w = od(_), h = w ? null : un(_) ? _ : u(_.id);
    return !w && !h ? [null, null, w] : [w ? _ : no(h), h, w];
  }, ie = (_, w = !0, h = e.nodes) => {
    const [g, y, R] = Q(_);
    if (!g)
      return [];
    const L = [];
    for (const q of h || e.nodes) {
      if (!R && (q.id === y.id || !q.computedPosition))
        continue;
      const K = no(q), U = oo(K, g);
      (w && U > 0 || U >= K.width * K.height || U >= Number(g.width) * Number(g.height)) && L.push(q);
    }
    return L;
  }, Ne = (_, w, h = !0) => {
    const [g] = Q(_);
    if (!g)
      return !1;
    const y = oo(g, w);
    return h && y > 0 || y >= Number(g.width) * Number(g.height);
  }, Pe = (_) => {
    const { viewport: w, dimensions: h, d3Zoom: g, d3Selection: y, translateExtent: R } = e;
    if (!g || !y || !_.x && !_.y)
      return !1;
    const L = Qt.translate(w.x + _.x, w.y + _.y).scale(w.zoom), q = [
      [0, 0],
      [h.width, h.height]
    ], K = g.constrain()(L, q, R), U = e.viewport.x !== K.x || e.viewport.y !== K.y || e.viewport.zoom !== K.k;
    return g.transform(y, K), U;
  }, we = (_) => {
    const w = _ instanceof Function ? _(e) : _, h = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Ue(w.defaultEdgeOptions) && (e.defaultEdgeOptions = w.defaultEdgeOptions);
    const g = w.modelValue || w.nodes || w.edges ? [] : void 0;
    g && (w.modelValue && g.push(...w.modelValue), w.nodes && g.push(...w.nodes), w.edges && g.push(...w.edges), I(g));
    const y = () => {
      Ue(w.maxZoom) && A(w.maxZoom), Ue(w.minZoom) && v(w.minZoom), Ue(w.translateExtent) && Y(w.translateExtent);
    };
    for (const R of Object.keys(w)) {
      const L = R, q = w[L];
      ![...Xd, ...h].includes(L) && Ue(q) && (e[L] = q);
    }
    zo(() => e.d3Zoom).not.toBeNull().then(y), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: I,
    setNodes: J,
    setEdges: Z,
    addNodes: ae,
    addEdges: E,
    removeNodes: X,
    removeEdges: P,
    findNode: u,
    findEdge: c,
    updateEdge: W,
    updateEdgeData: D,
    updateNode: te,
    updateNodeData: le,
    applyEdgeChanges: F,
    applyNodeChanges: z,
    addSelectedElements: x,
    addSelectedNodes: S,
    addSelectedEdges: b,
    setMinZoom: v,
    setMaxZoom: A,
    setTranslateExtent: Y,
    setNodeExtent: H,
    setPaneClickDistance: V,
    removeSelectedElements: p,
    removeSelectedNodes: k,
    removeSelectedEdges: C,
    startConnection: he,
    updateConnection: me,
    endConnection: re,
    setInteractive: oe,
    setState: we,
    getIntersectingNodes: ie,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: l,
    isNodeIntersecting: Ne,
    panBy: Pe,
    fitView: (_) => o.value.fitView(_),
    zoomIn: (_) => o.value.zoomIn(_),
    zoomOut: (_) => o.value.zoomOut(_),
    zoomTo: (_, w) => o.value.zoomTo(_, w),
    setViewport: (_, w) => o.value.setViewport(_, w),
    setTransform: (_, w) => o.value.setTransform(_, w),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (_, w, h) => o.value.setCenter(_, w, h),
    fitBounds: (_, w) => o.value.fitBounds(_, w),
    project: (_) => o.value.project(_),
    screenToFlowCoordinate: (_) => o.value.screenToFlowCoordinate(_),
    flowToScreenCoordinate: (_) => o.value.flowToScreenCoordinate(_),
    toObject: () => {
      const _ = [], w = [];
      for (const h of e.nodes) {
        const {
          computedPosition: g,
          handleBounds: y,
          selected: R,
          dimensions: L,
          isParent: q,
          resizing: K,
          dragging: U,
          events: ne,
          ...ue
        } = h;
        _.push(ue);
      }
      for (const h of e.edges) {
        const { selected: g, sourceNode: y, targetNode: R, events: L, ...q } = h;
        w.push(q);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: _,
          edges: w,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (_) => new Promise((w) => {
      const { nodes: h, edges: g, position: y, zoom: R, viewport: L } = _;
      h && J(h), g && Z(g);
      const [q, K] = L != null && L.x && (L != null && L.y) ? [L.x, L.y] : y ?? [null, null];
      if (q && K) {
        const U = (L == null ? void 0 : L.zoom) || R || e.viewport.zoom;
        return zo(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: q,
            y: K,
            zoom: U
          }).then(() => {
            w(!0);
          });
        });
      } else
        w(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const _ = ks();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const w = Qt.translate(_.defaultViewport.x ?? 0, _.defaultViewport.y ?? 0).scale(xt(_.defaultViewport.zoom ?? 1, _.minZoom, _.maxZoom)), h = e.viewportRef.getBoundingClientRect(), g = [
          [0, 0],
          [h.width, h.height]
        ], y = e.d3Zoom.constrain()(w, g, _.translateExtent);
        e.d3Zoom.transform(e.d3Selection, y);
      }
      we(_);
    },
    $destroy: () => {
    }
  };
}
const Gd = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Ud = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, Et = /* @__PURE__ */ Xe({
  ...Ud,
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
    const n = Js(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Ve(() => n.type ?? "source"), i = Ve(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Ye(), { id: m, node: S, nodeEl: b, connectedEdges: x } = xs(), k = ye(), C = Ve(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), p = Ve(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), v = Ve(
      () => {
        var Z, I, ae, E, X, P;
        return ((Z = s.value) == null ? void 0 : Z.nodeId) === m && ((I = s.value) == null ? void 0 : I.id) === e.id && ((ae = s.value) == null ? void 0 : ae.type) === o.value || ((E = l.value) == null ? void 0 : E.nodeId) === m && ((X = l.value) == null ? void 0 : X.id) === e.id && ((P = l.value) == null ? void 0 : P.type) === o.value;
      }
    ), A = Ve(
      () => {
        var Z, I, ae;
        return ((Z = a.value) == null ? void 0 : Z.nodeId) === m && ((I = a.value) == null ? void 0 : I.id) === e.id && ((ae = a.value) == null ? void 0 : ae.type) === o.value;
      }
    ), { handlePointerDown: Y, handleClick: H } = ws({
      nodeId: m,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), V = ee(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((Z) => {
      const I = Z[`${o.value}Handle`];
      return Z[o.value] !== m ? !1 : I ? I === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((Z) => {
      const I = Z[`${o.value}Handle`];
      return Z[o.value] !== m ? !1 : I ? I === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(S, x.value) : Ue(e.connectable) ? e.connectable : c.value);
    nt(() => {
      var Z;
      if (!S.dimensions.width || !S.dimensions.height)
        return;
      const I = (Z = S.handleBounds[o.value]) == null ? void 0 : Z.find((z) => z.id === e.id);
      if (!u.value || I)
        return;
      const ae = u.value.querySelector(".vue-flow__transformationpane");
      if (!b.value || !k.value || !ae || !e.id)
        return;
      const E = b.value.getBoundingClientRect(), X = k.value.getBoundingClientRect(), P = window.getComputedStyle(ae), { m22: W } = new window.DOMMatrixReadOnly(P.transform), D = {
        id: e.id,
        position: e.position,
        x: (X.left - E.left) / W,
        y: (X.top - E.top) / W,
        type: o.value,
        nodeId: m,
        ...fo(k.value)
      };
      S.handleBounds[o.value] = [...S.handleBounds[o.value] ?? [], D];
    });
    function oe(Z) {
      const I = ci(Z);
      V.value && C.value && (I && Z.button === 0 || !I) && Y(Z);
    }
    function J(Z) {
      !m || !a.value && !C.value || V.value && H(Z);
    }
    return t({
      handleClick: H,
      handlePointerDown: Y,
      onClick: J,
      onPointerDown: oe
    }), (Z, I) => (M(), T("div", {
      ref_key: "handle",
      ref: k,
      "data-id": `${B(r)}-${B(m)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": B(m),
      "data-handlepos": Z.position,
      class: Be(["vue-flow__handle", [
        `vue-flow__handle-${Z.position}`,
        `vue-flow__handle-${e.id}`,
        B(d),
        B(f),
        o.value,
        {
          connectable: V.value,
          connecting: A.value,
          connectablestart: C.value,
          connectableend: p.value,
          connectionindicator: V.value && (C.value && !v.value || p.value && v.value)
        }
      ]]),
      onMousedown: oe,
      onTouchstartPassive: oe,
      onClick: J
    }, [
      Ze(Z.$slots, "default", { id: Z.id })
    ], 42, Gd));
  }
}), vo = function({
  sourcePosition: e = fe.Bottom,
  targetPosition: t = fe.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: s
}) {
  const a = s.label ?? n;
  return [
    Oe(Et, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Oe(a) : Oe($e, [a]),
    Oe(Et, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
vo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
vo.inheritAttrs = !1;
vo.compatConfig = { MODE: 3 };
const Wd = vo, po = function({
  targetPosition: e = fe.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Oe(Et, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Oe(r) : Oe($e, [r])
  ];
};
po.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
po.inheritAttrs = !1;
po.compatConfig = { MODE: 3 };
const Kd = po, go = function({
  sourcePosition: e = fe.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Oe(r) : Oe($e, [r]),
    Oe(Et, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
go.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
go.inheritAttrs = !1;
go.compatConfig = { MODE: 3 };
const Zd = go, jd = ["transform"], Jd = ["width", "height", "x", "y", "rx", "ry"], Qd = ["y"], ef = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, tf = /* @__PURE__ */ Xe({
  ...ef,
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
    const t = ye({ x: 0, y: 0, width: 0, height: 0 }), n = ye(null), o = ee(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    nt(i), Ee([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (M(), T("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (M(), T("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: ze(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Jd)) : se("", !0),
      $("text", kr(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Ze(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (M(), He(ei(r.label), { key: 0 })) : (M(), T($e, { key: 1 }, [
            Ce(G(r.label), 1)
          ], 64))
        ])
      ], 16, Qd)
    ], 8, jd));
  }
}), nf = ["id", "d", "marker-end", "marker-start"], of = ["d", "stroke-width"], rf = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, yo = /* @__PURE__ */ Xe({
  ...rf,
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
    const n = ye(null), o = ye(null), i = ye(null), r = Qs();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, a) => (M(), T($e, null, [
      $("path", kr(B(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, nf),
      s.interactionWidth ? (M(), T("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, of)) : se("", !0),
      s.label && s.labelX && s.labelY ? (M(), He(tf, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : se("", !0)
    ], 64));
  }
});
function _s({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function Ss({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: r,
  targetControlX: s,
  targetControlY: a
}) {
  const l = e * 0.125 + i * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + r * 0.375 + a * 0.375 + o * 0.125, c = Math.abs(l - e), d = Math.abs(u - t);
  return [l, u, c, d];
}
function Rn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Ji({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case fe.Left:
      s = t - Rn(t - o, r), a = n;
      break;
    case fe.Right:
      s = t + Rn(o - t, r), a = n;
      break;
    case fe.Top:
      s = t, a = n - Rn(n - i, r);
      break;
    case fe.Bottom:
      s = t, a = n + Rn(i - n, r);
      break;
  }
  return [s, a];
}
function $s(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = fe.Top,
    curvature: a = 0.25
  } = e, [l, u] = Ji({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, d] = Ji({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [f, m, S, b] = Ss({
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
    S,
    b
  ];
}
function Qi({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case fe.Left:
    case fe.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case fe.Top:
    case fe.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function Es(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = fe.Top
  } = e, [a, l] = Qi({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = Qi({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, m, S] = Ss({
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
    d,
    f,
    m,
    S
  ];
}
const er = {
  [fe.Left]: { x: -1, y: 0 },
  [fe.Right]: { x: 1, y: 0 },
  [fe.Top]: { x: 0, y: -1 },
  [fe.Bottom]: { x: 0, y: 1 }
};
function sf({
  source: e,
  sourcePosition: t = fe.Bottom,
  target: n
}) {
  return t === fe.Left || t === fe.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function tr(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function af({
  source: e,
  sourcePosition: t = fe.Bottom,
  target: n,
  targetPosition: o = fe.Top,
  center: i,
  offset: r
}) {
  const s = er[t], a = er[o], l = { x: e.x + s.x * r, y: e.y + s.y * r }, u = { x: n.x + a.x * r, y: n.y + a.y * r }, c = sf({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let m, S, b;
  const x = { x: 0, y: 0 }, k = { x: 0, y: 0 }, [C, p, v, A] = _s({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    S = i.x ?? C, b = i.y ?? p;
    const H = [
      { x: S, y: l.y },
      { x: S, y: u.y }
    ], V = [
      { x: l.x, y: b },
      { x: u.x, y: b }
    ];
    s[d] === f ? m = d === "x" ? H : V : m = d === "x" ? V : H;
  } else {
    const H = [{ x: l.x, y: u.y }], V = [{ x: u.x, y: l.y }];
    if (d === "x" ? m = s.x === f ? V : H : m = s.y === f ? H : V, t === o) {
      const ae = Math.abs(e[d] - n[d]);
      if (ae <= r) {
        const E = Math.min(r - 1, r - ae);
        s[d] === f ? x[d] = (l[d] > e[d] ? -1 : 1) * E : k[d] = (u[d] > n[d] ? -1 : 1) * E;
      }
    }
    if (t !== o) {
      const ae = d === "x" ? "y" : "x", E = s[d] === a[ae], X = l[ae] > u[ae], P = l[ae] < u[ae];
      (s[d] === 1 && (!E && X || E && P) || s[d] !== 1 && (!E && P || E && X)) && (m = d === "x" ? H : V);
    }
    const oe = { x: l.x + x.x, y: l.y + x.y }, J = { x: u.x + k.x, y: u.y + k.y }, Z = Math.max(Math.abs(oe.x - m[0].x), Math.abs(J.x - m[0].x)), I = Math.max(Math.abs(oe.y - m[0].y), Math.abs(J.y - m[0].y));
    Z >= I ? (S = (oe.x + J.x) / 2, b = m[0].y) : (S = m[0].x, b = (oe.y + J.y) / 2);
  }
  return [[
    e,
    { x: l.x + x.x, y: l.y + x.y },
    ...m,
    { x: u.x + k.x, y: u.y + k.y },
    n
  ], S, b, v, A];
}
function lf(e, t, n, o) {
  const i = Math.min(tr(e, t) / 2, tr(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * l}Q ${r},${s} ${r + i * a},${s}`;
}
function Uo(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = fe.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = fe.Top,
    borderRadius: a = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, m, S, b] = af({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((k, C, p) => {
    let v;
    return p > 0 && p < d.length - 1 ? v = lf(d[p - 1], C, d[p + 1], a) : v = `${p === 0 ? "M" : "L"}${C.x} ${C.y}`, k += v, k;
  }, ""), f, m, S, b];
}
function uf(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, l] = _s({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, l];
}
const cf = Xe({
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
      const [n, o, i] = uf(e);
      return Oe(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), df = cf, ff = Xe({
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
      return Oe(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Ns = ff, hf = Xe({
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
    return () => Oe(Ns, { ...e, ...t, borderRadius: 0 });
  }
}), mf = hf, vf = Xe({
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
      const [n, o, i] = $s({
        ...e,
        sourcePosition: e.sourcePosition ?? fe.Bottom,
        targetPosition: e.targetPosition ?? fe.Top
      });
      return Oe(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), pf = vf, gf = Xe({
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
      const [n, o, i] = Es({
        ...e,
        sourcePosition: e.sourcePosition ?? fe.Bottom,
        targetPosition: e.targetPosition ?? fe.Top
      });
      return Oe(yo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), yf = gf, wf = {
  input: Zd,
  default: Wd,
  output: Kd
}, xf = {
  default: pf,
  straight: df,
  step: mf,
  smoothstep: Ns,
  simplebezier: yf
};
function bf(e, t, n) {
  const o = ee(() => (b) => t.value.get(b)), i = ee(() => (b) => n.value.get(b)), r = ee(() => {
    const b = {
      ...xf,
      ...e.edgeTypes
    }, x = Object.keys(b);
    for (const k of e.edges)
      k.type && !x.includes(k.type) && (b[k.type] = k.type);
    return b;
  }), s = ee(() => {
    const b = {
      ...wf,
      ...e.nodeTypes
    }, x = Object.keys(b);
    for (const k of e.nodes)
      k.type && !x.includes(k.type) && (b[k.type] = k.type);
    return b;
  }), a = ee(() => e.onlyRenderVisibleElements ? ls(
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
      const b = [];
      for (const x of e.edges) {
        const k = t.value.get(x.source), C = t.value.get(x.target);
        gd({
          sourcePos: k.computedPosition || { x: 0, y: 0 },
          targetPos: C.computedPosition || { x: 0, y: 0 },
          sourceWidth: k.dimensions.width,
          sourceHeight: k.dimensions.height,
          targetWidth: C.dimensions.width,
          targetHeight: C.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && b.push(x);
      }
      return b;
    }
    return e.edges;
  }), u = ee(() => [...a.value, ...l.value]), c = ee(() => {
    const b = [];
    for (const x of e.nodes)
      x.selected && b.push(x);
    return b;
  }), d = ee(() => {
    const b = [];
    for (const x of e.edges)
      x.selected && b.push(x);
    return b;
  }), f = ee(() => [
    ...c.value,
    ...d.value
  ]), m = ee(() => {
    const b = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && b.push(x);
    return b;
  }), S = ee(
    () => a.value.length > 0 && m.value.length === a.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: r,
    getNodeTypes: s,
    getEdges: l,
    getNodes: a,
    getSelectedElements: f,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: m,
    areNodesInitialized: S
  };
}
class Pt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = nn()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Pt.instance;
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
    const o = ks(), i = mn(o), r = {};
    for (const [f, m] of Object.entries(i.hooks)) {
      const S = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[S] = m.on;
    }
    const s = {};
    for (const [f, m] of Object.entries(i.hooks))
      s[f] = m.trigger;
    const a = ee(() => {
      const f = /* @__PURE__ */ new Map();
      for (const m of i.nodes)
        f.set(m.id, m);
      return f;
    }), l = ee(() => {
      const f = /* @__PURE__ */ new Map();
      for (const m of i.edges)
        f.set(m.id, m);
      return f;
    }), u = bf(i, a, l), c = qd(i, a, l);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...u,
      ...c,
      ...fa(i),
      nodeLookup: a,
      edgeLookup: l,
      emits: s,
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
function Ye(e) {
  const t = Pt.getInstance(), n = wr(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? (n == null ? void 0 : n.vueFlowId);
  let a;
  if (n) {
    const l = Ct(ji, null);
    typeof l < "u" && l !== null && (!s || l.id === s) && (a = l);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const l = r ?? t.getId(), u = t.create(l, i);
    a = u, (n ?? xr(!0)).run(() => {
      Ee(
        u.applyDefault,
        (d, f, m) => {
          const S = (x) => {
            u.applyNodeChanges(x);
          }, b = (x) => {
            u.applyEdgeChanges(x);
          };
          d ? (u.onNodesChange(S), u.onEdgesChange(b)) : (u.hooks.value.nodesChange.off(S), u.hooks.value.edgesChange.off(b)), m(() => {
            u.hooks.value.nodesChange.off(S), u.hooks.value.edgesChange.off(b);
          });
        },
        { immediate: !0 }
      ), pn(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Mn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Ot(ji, a), n.vueFlowId = a.id), o) {
    const l = nn();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && a.emits.error(new Ke(We.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function kf(e) {
  const { emits: t, dimensions: n } = Ye();
  let o;
  nt(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = fo(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Ke(We.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Vt(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const _f = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Sf = /* @__PURE__ */ Xe({
  ..._f,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (M(), T("div", {
      class: "vue-flow__selection vue-flow__container",
      style: ze({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), $f = ["tabIndex"], Ef = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Nf = /* @__PURE__ */ Xe({
  ...Ef,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Ye(), a = bs(), l = ye(null), u = gs({
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
    nt(() => {
      var S;
      r.value || (S = l.value) == null || S.focus({ preventScroll: !0 });
    });
    const c = ee(() => as(o.value)), d = ee(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(S) {
      t.selectionContextMenu({ event: S, nodes: o.value });
    }
    function m(S) {
      r.value || Wt[S.key] && (S.preventDefault(), a(
        {
          x: Wt[S.key].x,
          y: Wt[S.key].y
        },
        S.shiftKey
      ));
    }
    return (S, b) => !B(s) && c.value.width && c.value.height ? (M(), T("div", {
      key: 0,
      class: Be(["vue-flow__nodesselection vue-flow__container", B(i)]),
      style: ze({ transform: `translate(${B(n).x}px,${B(n).y}px) scale(${B(n).zoom})` })
    }, [
      $("div", {
        ref_key: "el",
        ref: l,
        class: Be([{ dragging: B(u) }, "vue-flow__nodesselection-rect"]),
        style: ze(d.value),
        tabIndex: B(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: m
      }, null, 46, $f)
    ], 6)) : se("", !0);
  }
});
function Mf(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const Cf = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, If = /* @__PURE__ */ Xe({
  ...Cf,
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
      getSelectedNodes: d,
      removeNodes: f,
      removeEdges: m,
      selectionMode: S,
      deleteKeyCode: b,
      multiSelectionKeyCode: x,
      multiSelectionActive: k,
      edgeLookup: C,
      nodeLookup: p,
      connectionLookup: v,
      defaultEdgeOptions: A,
      connectionStartHandle: Y,
      panOnDrag: H
    } = Ye(), V = $t(null), oe = $t(/* @__PURE__ */ new Set()), J = $t(/* @__PURE__ */ new Set()), Z = $t(null), I = Ve(() => l.value && (e.isSelecting || r.value)), ae = Ve(() => Y.value !== null);
    let E = !1, X = !1;
    const P = hn(b, { actInsideInputWithModifier: !1 }), W = hn(x);
    Ee(P, (re) => {
      re && (f(d.value), m(c.value), u.value = !1);
    }), Ee(W, (re) => {
      k.value = re;
    });
    function D(re, Q) {
      return (ie) => {
        ie.target === Q && (re == null || re(ie));
      };
    }
    function z(re) {
      if (E || ae.value) {
        E = !1;
        return;
      }
      i.paneClick(re), s(), u.value = !1;
    }
    function F(re) {
      var Q;
      if (Array.isArray(H.value) && ((Q = H.value) != null && Q.includes(2))) {
        re.preventDefault();
        return;
      }
      i.paneContextMenu(re);
    }
    function te(re) {
      i.paneScroll(re);
    }
    function le(re) {
      var Q, ie, Ne;
      if (Z.value = ((Q = t.value) == null ? void 0 : Q.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || re.button !== 0 || re.target !== V.value || !Z.value)
        return;
      (Ne = (ie = re.target) == null ? void 0 : ie.setPointerCapture) == null || Ne.call(ie, re.pointerId);
      const { x: Pe, y: we } = Mf(re, Z.value);
      X = !0, E = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: Pe,
        startY: we,
        x: Pe,
        y: we
      }, i.selectionStart(re);
    }
    function he(re) {
      var Q;
      if (!Z.value || !a.value)
        return;
      E = !0;
      const { x: ie, y: Ne } = ct(re, Z.value), { startX: Pe = 0, startY: we = 0 } = a.value, Ie = {
        startX: Pe,
        startY: we,
        x: ie < Pe ? ie : Pe,
        y: Ne < we ? Ne : we,
        width: Math.abs(ie - Pe),
        height: Math.abs(Ne - we)
      }, ve = oe.value, pe = J.value;
      oe.value = new Set(
        ls(n.value, Ie, o.value, S.value === li.Partial, !0).map(
          (w) => w.id
        )
      ), J.value = /* @__PURE__ */ new Set();
      const _ = ((Q = A.value) == null ? void 0 : Q.selectable) ?? !0;
      for (const w of oe.value) {
        const h = v.value.get(w);
        if (h)
          for (const { edgeId: g } of h.values()) {
            const y = C.value.get(g);
            y && (y.selectable ?? _) && J.value.add(g);
          }
      }
      if (!Zi(ve, oe.value)) {
        const w = St(p.value, oe.value, !0);
        i.nodesChange(w);
      }
      if (!Zi(pe, J.value)) {
        const w = St(C.value, J.value);
        i.edgesChange(w);
      }
      a.value = Ie, r.value = !0, u.value = !1;
    }
    function me(re) {
      var Q;
      re.button !== 0 || !X || ((Q = re.target) == null || Q.releasePointerCapture(re.pointerId), !r.value && a.value && re.target === V.value && z(re), r.value = !1, a.value = null, u.value = oe.value.size > 0, i.selectionEnd(re), e.selectionKeyPressed && (E = !1), X = !1);
    }
    return (re, Q) => (M(), T("div", {
      ref_key: "container",
      ref: V,
      class: Be(["vue-flow__pane vue-flow__container", { selection: re.isSelecting }]),
      onClick: Q[0] || (Q[0] = (ie) => I.value ? void 0 : D(z, V.value)(ie)),
      onContextmenu: Q[1] || (Q[1] = (ie) => D(F, V.value)(ie)),
      onWheelPassive: Q[2] || (Q[2] = (ie) => D(te, V.value)(ie)),
      onPointerenter: Q[3] || (Q[3] = (ie) => I.value ? void 0 : B(i).paneMouseEnter(ie)),
      onPointerdown: Q[4] || (Q[4] = (ie) => I.value ? le(ie) : B(i).paneMouseMove(ie)),
      onPointermove: Q[5] || (Q[5] = (ie) => I.value ? he(ie) : B(i).paneMouseMove(ie)),
      onPointerup: Q[6] || (Q[6] = (ie) => I.value ? me(ie) : void 0),
      onPointerleave: Q[7] || (Q[7] = (ie) => B(i).paneMouseLeave(ie))
    }, [
      Ze(re.$slots, "default"),
      B(r) && B(a) ? (M(), He(Sf, {
        key: 0,
        "user-selection-rect": B(a)
      }, null, 8, ["user-selection-rect"])) : se("", !0),
      B(u) && B(d).length ? (M(), He(Nf, { key: 1 })) : se("", !0)
    ], 34));
  }
}), Pf = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Tf = /* @__PURE__ */ Xe({
  ...Pf,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Ye(), i = ee(() => n.value ? !o.value : !1), r = ee(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (M(), T("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: ze({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Ze(s.$slots, "default")
    ], 4));
  }
}), Af = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, zf = /* @__PURE__ */ Xe({
  ...Af,
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
      panOnDrag: d,
      zoomOnDoubleClick: f,
      zoomOnPinch: m,
      zoomOnScroll: S,
      preventScrolling: b,
      noWheelClassName: x,
      noPanClassName: k,
      emits: C,
      connectionStartHandle: p,
      userSelectionActive: v,
      paneDragging: A,
      d3Zoom: Y,
      d3Selection: H,
      d3ZoomHandler: V,
      viewport: oe,
      viewportRef: J,
      paneClickDistance: Z
    } = Ye();
    kf(J);
    const I = $t(!1), ae = $t(!1);
    let E = null, X = !1, P = 0, W = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const D = hn(a), z = hn(s), F = hn(r), te = Ve(
      () => (!z.value || z.value && s.value === !0) && (D.value || d.value)
    ), le = Ve(() => D.value || l.value), he = Ve(() => s.value === !0 && te.value !== !0), me = Ve(
      () => z.value && s.value !== !0 || v.value || he.value
    ), re = Ve(() => p.value !== null);
    nt(() => {
      if (!J.value) {
        Mn("Viewport element is missing");
        return;
      }
      const we = J.value, Ie = we.getBoundingClientRect(), ve = Zc().clickDistance(Z.value).scaleExtent([t.value, n.value]).translateExtent(i.value), pe = rt(we).call(ve), _ = pe.on("wheel.zoom"), w = Qt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(xt(o.value.zoom ?? 1, t.value, n.value)), h = [
        [0, 0],
        [Ie.width, Ie.height]
      ], g = ve.constrain()(w, h, i.value);
      ve.transform(pe, g), ve.wheelDelta(Oi), Y.value = ve, H.value = pe, V.value = _, oe.value = { x: g.x, y: g.y, zoom: g.k }, ve.on("start", (y) => {
        var R;
        if (!y.sourceEvent)
          return null;
        P = y.sourceEvent.button, I.value = !0;
        const L = Ne(y.transform);
        ((R = y.sourceEvent) == null ? void 0 : R.type) === "mousedown" && (A.value = !0), W = L, C.viewportChangeStart(L), C.moveStart({ event: y, flowTransform: L });
      }), ve.on("end", (y) => {
        if (!y.sourceEvent)
          return null;
        if (I.value = !1, A.value = !1, Q(te.value, P ?? 0) && !X && C.paneContextMenu(y.sourceEvent), X = !1, ie(W, y.transform)) {
          const R = Ne(y.transform);
          W = R, C.viewportChangeEnd(R), C.moveEnd({ event: y, flowTransform: R });
        }
      }), ve.filter((y) => {
        var R;
        const L = F.value || S.value, q = m.value && y.ctrlKey, K = y.button, U = y.type === "wheel";
        if (K === 1 && y.type === "mousedown" && (Pe(y, "vue-flow__node") || Pe(y, "vue-flow__edge")))
          return !0;
        if (!te.value && !L && !le.value && !f.value && !m.value || v.value || re.value && !U || !f.value && y.type === "dblclick" || Pe(y, x.value) && U || Pe(y, k.value) && (!U || le.value && U && !F.value) || !m.value && y.ctrlKey && U || !L && !le.value && !q && U)
          return !1;
        if (!m && y.type === "touchstart" && ((R = y.touches) == null ? void 0 : R.length) > 1)
          return y.preventDefault(), !1;
        if (!te.value && (y.type === "mousedown" || y.type === "touchstart") || he.value && Array.isArray(d.value) && d.value.includes(0) && K === 0 || Array.isArray(d.value) && !d.value.includes(K) && (y.type === "mousedown" || y.type === "touchstart"))
          return !1;
        const ne = Array.isArray(d.value) && d.value.includes(K) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !K || K <= 1;
        return (!y.ctrlKey || D.value || U) && ne;
      }), Ee(
        [v, te],
        () => {
          v.value && !I.value ? ve.on("zoom", null) : v.value || ve.on("zoom", (y) => {
            oe.value = { x: y.transform.x, y: y.transform.y, zoom: y.transform.k };
            const R = Ne(y.transform);
            X = Q(te.value, P ?? 0), C.viewportChange(R), C.move({ event: y, flowTransform: R });
          });
        },
        { immediate: !0 }
      ), Ee(
        [v, le, u, F, m, b, x],
        () => {
          le.value && !F.value && !v.value ? pe.on(
            "wheel.zoom",
            (y) => {
              if (Pe(y, x.value))
                return !1;
              const R = F.value || S.value, L = m.value && y.ctrlKey;
              if (!(!b.value || le.value || R || L))
                return !1;
              y.preventDefault(), y.stopImmediatePropagation();
              const K = pe.property("__zoom").k || 1, U = io();
              if (!D.value && y.ctrlKey && m.value && U) {
                const De = lt(y), Le = Oi(y), ot = K * 2 ** Le;
                ve.scaleTo(pe, ot, De, y);
                return;
              }
              const ne = y.deltaMode === 1 ? 20 : 1;
              let ue = u.value === fn.Vertical ? 0 : y.deltaX * ne, xe = u.value === fn.Horizontal ? 0 : y.deltaY * ne;
              !U && y.shiftKey && u.value !== fn.Vertical && !ue && xe && (ue = xe, xe = 0), ve.translateBy(
                pe,
                -(ue / K) * c.value,
                -(xe / K) * c.value
              );
              const be = Ne(pe.property("__zoom"));
              E && clearTimeout(E), ae.value ? (C.move({ event: y, flowTransform: be }), C.viewportChange(be), E = setTimeout(() => {
                C.moveEnd({ event: y, flowTransform: be }), C.viewportChangeEnd(be), ae.value = !1;
              }, 150)) : (ae.value = !0, C.moveStart({ event: y, flowTransform: be }), C.viewportChangeStart(be));
            },
            { passive: !1 }
          ) : typeof _ < "u" && pe.on(
            "wheel.zoom",
            function(y, R) {
              const L = !b.value && y.type === "wheel" && !y.ctrlKey, q = F.value || S.value, K = m.value && y.ctrlKey;
              if (!q && !l.value && !K && y.type === "wheel" || L || Pe(y, x.value))
                return null;
              y.preventDefault(), _.call(this, y, R);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function Q(we, Ie) {
      return Ie === 2 && Array.isArray(we) && we.includes(2);
    }
    function ie(we, Ie) {
      return we.x !== Ie.x && !Number.isNaN(Ie.x) || we.y !== Ie.y && !Number.isNaN(Ie.y) || we.zoom !== Ie.k && !Number.isNaN(Ie.k);
    }
    function Ne(we) {
      return {
        x: we.x,
        y: we.y,
        zoom: we.k
      };
    }
    function Pe(we, Ie) {
      return we.target.closest(`.${Ie}`);
    }
    return (we, Ie) => (M(), T("div", {
      ref_key: "viewportRef",
      ref: J,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      de(If, {
        "is-selecting": me.value,
        "selection-key-pressed": B(z),
        class: Be({
          connecting: re.value,
          dragging: B(A),
          draggable: B(d) === !0 || Array.isArray(B(d)) && B(d).includes(0)
        })
      }, {
        default: qe(() => [
          de(Tf, null, {
            default: qe(() => [
              Ze(we.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), Df = ["id"], Of = ["id"], Bf = ["id"], Rf = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Lf = /* @__PURE__ */ Xe({
  ...Rf,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Ye();
    return (i, r) => (M(), T($e, null, [
      $("div", {
        id: `${B(Qr)}-${B(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + G(B(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Df),
      $("div", {
        id: `${B(es)}-${B(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Of),
      B(n) ? se("", !0) : (M(), T("div", {
        key: 0,
        id: `${B(nd)}-${B(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, G(B(o)), 9, Bf))
    ], 64));
  }
});
function Vf() {
  const e = Ye();
  Ee(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Hf(e, t, n) {
  return n === fe.Left ? e - t : n === fe.Right ? e + t : e;
}
function Ff(e, t, n) {
  return n === fe.Top ? e - t : n === fe.Bottom ? e + t : e;
}
const fi = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = fe.Top,
  type: i
}) {
  return Oe("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: Hf(t, e, o),
    cy: Ff(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
fi.props = ["radius", "centerX", "centerY", "position", "type"];
fi.compatConfig = { MODE: 3 };
const nr = fi, Yf = Xe({
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
      findNode: d,
      isValidConnection: f,
      multiSelectionActive: m,
      disableKeyboardA11y: S,
      elementsSelectable: b,
      edgesUpdatable: x,
      edgesFocusable: k,
      hooks: C
    } = Ye(), p = ee(() => c(e.id)), { emit: v, on: A } = Ad(p.value, r), Y = Ct(mo), H = nn(), V = ye(!1), oe = ye(!1), J = ye(""), Z = ye(null), I = ye("source"), ae = ye(null), E = Ve(
      () => typeof p.value.selectable > "u" ? b.value : p.value.selectable
    ), X = Ve(() => typeof p.value.updatable > "u" ? x.value : p.value.updatable), P = Ve(() => typeof p.value.focusable > "u" ? k.value : p.value.focusable);
    Ot(Id, e.id), Ot(Pd, ae);
    const W = ee(() => p.value.class instanceof Function ? p.value.class(p.value) : p.value.class), D = ee(() => p.value.style instanceof Function ? p.value.style(p.value) : p.value.style), z = ee(() => {
      const w = p.value.type || "default", h = Y == null ? void 0 : Y[`edge-${w}`];
      if (h)
        return h;
      let g = p.value.template ?? l.value[w];
      if (typeof g == "string" && H) {
        const y = Object.keys(H.appContext.components);
        y && y.includes(w) && (g = br(w, !1));
      }
      return g && typeof g != "string" ? g : (r.error(new Ke(We.EDGE_TYPE_MISSING, g)), !1);
    }), { handlePointerDown: F } = ws({
      nodeId: J,
      handleId: Z,
      type: I,
      isValidConnection: f,
      edgeUpdaterType: I,
      onEdgeUpdate: he,
      onEdgeUpdateEnd: me
    });
    return () => {
      const w = d(p.value.source), h = d(p.value.target), g = "pathOptions" in p.value ? p.value.pathOptions : {};
      if (!w && !h)
        return r.error(new Ke(We.EDGE_SOURCE_TARGET_MISSING, p.value.id, p.value.source, p.value.target)), null;
      if (!w)
        return r.error(new Ke(We.EDGE_SOURCE_MISSING, p.value.id, p.value.source)), null;
      if (!h)
        return r.error(new Ke(We.EDGE_TARGET_MISSING, p.value.id, p.value.target)), null;
      if (!p.value || p.value.hidden || w.hidden || h.hidden)
        return null;
      let y;
      o.value === Nt.Strict ? y = w.handleBounds.source : y = [...w.handleBounds.source || [], ...w.handleBounds.target || []];
      const R = Xi(y, p.value.sourceHandle);
      let L;
      o.value === Nt.Strict ? L = h.handleBounds.target : L = [...h.handleBounds.target || [], ...h.handleBounds.source || []];
      const q = Xi(L, p.value.targetHandle), K = (R == null ? void 0 : R.position) || fe.Bottom, U = (q == null ? void 0 : q.position) || fe.Top, { x: ne, y: ue } = en(w, R, K), { x: xe, y: be } = en(h, q, U);
      return p.value.sourceX = ne, p.value.sourceY = ue, p.value.targetX = xe, p.value.targetY = be, Oe(
        "g",
        {
          ref: ae,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${z.value === !1 ? "default" : p.value.type || "default"}`,
            a.value,
            W.value,
            {
              updating: V.value,
              selected: p.value.selected,
              animated: p.value.animated,
              inactive: !E.value && !C.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: P.value ? 0 : void 0,
          "aria-label": p.value.ariaLabel === null ? void 0 : p.value.ariaLabel ?? `Edge from ${p.value.source} to ${p.value.target}`,
          "aria-describedby": P.value ? `${es}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: P.value ? "group" : "img",
          ...p.value.domAttributes,
          onClick: Q,
          onContextmenu: ie,
          onDblclick: Ne,
          onMouseenter: Pe,
          onMousemove: we,
          onMouseleave: Ie,
          onKeyDown: P.value ? _ : void 0
        },
        [
          oe.value ? null : Oe(z.value === !1 ? l.value.default : z.value, {
            id: e.id,
            sourceNode: w,
            targetNode: h,
            source: p.value.source,
            target: p.value.target,
            type: p.value.type,
            updatable: X.value,
            selected: p.value.selected,
            animated: p.value.animated,
            label: p.value.label,
            labelStyle: p.value.labelStyle,
            labelShowBg: p.value.labelShowBg,
            labelBgStyle: p.value.labelBgStyle,
            labelBgPadding: p.value.labelBgPadding,
            labelBgBorderRadius: p.value.labelBgBorderRadius,
            data: p.value.data,
            events: { ...p.value.events, ...A },
            style: D.value,
            markerStart: `url('#${_n(p.value.markerStart, t)}')`,
            markerEnd: `url('#${_n(p.value.markerEnd, t)}')`,
            sourcePosition: K,
            targetPosition: U,
            sourceX: ne,
            sourceY: ue,
            targetX: xe,
            targetY: be,
            sourceHandleId: p.value.sourceHandle,
            targetHandleId: p.value.targetHandle,
            interactionWidth: p.value.interactionWidth,
            ...g
          }),
          [
            X.value === "source" || X.value === !0 ? [
              Oe(
                "g",
                {
                  onMousedown: ve,
                  onMouseenter: te,
                  onMouseout: le
                },
                Oe(nr, {
                  position: K,
                  centerX: ne,
                  centerY: ue,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            X.value === "target" || X.value === !0 ? [
              Oe(
                "g",
                {
                  onMousedown: pe,
                  onMouseenter: te,
                  onMouseout: le
                },
                Oe(nr, {
                  position: U,
                  centerX: xe,
                  centerY: be,
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
      V.value = !0;
    }
    function le() {
      V.value = !1;
    }
    function he(w, h) {
      v.update({ event: w, edge: p.value, connection: h });
    }
    function me(w) {
      v.updateEnd({ event: w, edge: p.value }), oe.value = !1;
    }
    function re(w, h) {
      w.button === 0 && (oe.value = !0, J.value = h ? p.value.target : p.value.source, Z.value = (h ? p.value.targetHandle : p.value.sourceHandle) ?? null, I.value = h ? "target" : "source", v.updateStart({ event: w, edge: p.value }), F(w));
    }
    function Q(w) {
      var h;
      const g = { event: w, edge: p.value };
      E.value && (s.value = !1, p.value.selected && m.value ? (u([p.value]), (h = ae.value) == null || h.blur()) : n([p.value])), v.click(g);
    }
    function ie(w) {
      v.contextMenu({ event: w, edge: p.value });
    }
    function Ne(w) {
      v.doubleClick({ event: w, edge: p.value });
    }
    function Pe(w) {
      v.mouseEnter({ event: w, edge: p.value });
    }
    function we(w) {
      v.mouseMove({ event: w, edge: p.value });
    }
    function Ie(w) {
      v.mouseLeave({ event: w, edge: p.value });
    }
    function ve(w) {
      re(w, !0);
    }
    function pe(w) {
      re(w, !1);
    }
    function _(w) {
      var h;
      !S.value && ts.includes(w.key) && E.value && (w.key === "Escape" ? ((h = ae.value) == null || h.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), Xf = Yf, qf = Xe({
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
      findNode: d
    } = Ye(), f = (e = Ct(mo)) == null ? void 0 : e["connection-line"], m = ee(() => {
      var C;
      return d((C = o.value) == null ? void 0 : C.nodeId);
    }), S = ee(() => {
      var C;
      return d((C = i.value) == null ? void 0 : C.nodeId) ?? null;
    }), b = ee(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), x = ee(
      () => l.value.markerStart ? `url(#${_n(l.value.markerStart, t)})` : ""
    ), k = ee(
      () => l.value.markerEnd ? `url(#${_n(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var C, p, v;
      if (!m.value || !o.value)
        return null;
      const A = o.value.id, Y = o.value.type, H = m.value.handleBounds;
      let V = (H == null ? void 0 : H[Y]) ?? [];
      if (n.value === Nt.Loose) {
        const D = (H == null ? void 0 : H[Y === "source" ? "target" : "source"]) ?? [];
        V = [...V, ...D];
      }
      if (!V)
        return null;
      const oe = (A ? V.find((D) => D.id === A) : V[0]) ?? null, J = (oe == null ? void 0 : oe.position) ?? fe.Top, { x: Z, y: I } = en(m.value, oe, J);
      let ae = null;
      S.value && (n.value === Nt.Strict ? ae = ((C = S.value.handleBounds[Y === "source" ? "target" : "source"]) == null ? void 0 : C.find(
        (D) => {
          var z;
          return D.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null : ae = ((p = [...S.value.handleBounds.source ?? [], ...S.value.handleBounds.target ?? []]) == null ? void 0 : p.find(
        (D) => {
          var z;
          return D.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null);
      const E = ((v = i.value) == null ? void 0 : v.position) ?? (J ? qo[J] : null);
      if (!J || !E)
        return null;
      const X = s.value ?? l.value.type ?? It.Bezier;
      let P = "";
      const W = {
        sourceX: Z,
        sourceY: I,
        sourcePosition: J,
        targetX: b.value.x,
        targetY: b.value.y,
        targetPosition: E
      };
      return X === It.Bezier ? [P] = $s(W) : X === It.Step ? [P] = Uo({
        ...W,
        borderRadius: 0
      }) : X === It.SmoothStep ? [P] = Uo(W) : X === It.SimpleBezier ? [P] = Es(W) : P = `M${Z},${I} ${b.value.x},${b.value.y}`, Oe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Oe(
          "g",
          { class: "vue-flow__connection" },
          f ? Oe(f, {
            sourceX: Z,
            sourceY: I,
            sourcePosition: J,
            targetX: b.value.x,
            targetY: b.value.y,
            targetPosition: E,
            sourceNode: m.value,
            sourceHandle: oe,
            targetNode: S.value,
            targetHandle: ae,
            markerEnd: k.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : Oe("path", {
            d: P,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...l.value.style
            },
            "marker-end": k.value,
            "marker-start": x.value
          })
        )
      );
    };
  }
}), Gf = qf, Uf = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Wf = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Kf = /* @__PURE__ */ Xe({
  ...Wf,
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
    return (t, n) => (M(), T("marker", {
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
      t.type === B(Yo).ArrowClosed ? (M(), T("polyline", {
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
      t.type === B(Yo).Arrow ? (M(), T("polyline", {
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
    ], 8, Uf));
  }
}), Zf = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, jf = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Jf = /* @__PURE__ */ Xe({
  ...jf,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Ye(), r = ee(() => {
      const s = /* @__PURE__ */ new Set(), a = [], l = (u) => {
        if (u) {
          const c = _n(u, t);
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
    return (s, a) => (M(), T("svg", Zf, [
      $("defs", null, [
        (M(!0), T($e, null, Fe(r.value, (l) => (M(), He(Kf, {
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
}), Qf = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, eh = /* @__PURE__ */ Xe({
  ...Qf,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Ye();
    return (i, r) => (M(), T($e, null, [
      de(Jf),
      (M(!0), T($e, null, Fe(B(n), (s) => (M(), T("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: ze({ zIndex: B(yd)(s, B(t), B(o)) })
      }, [
        de(B(Xf), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      de(B(Gf))
    ], 64));
  }
}), th = Xe({
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
      getNodeTypes: d,
      nodeExtent: f,
      elevateNodesOnSelect: m,
      disableKeyboardA11y: S,
      ariaLiveMessage: b,
      snapToGrid: x,
      snapGrid: k,
      nodeDragThreshold: C,
      nodesDraggable: p,
      elementsSelectable: v,
      nodesConnectable: A,
      nodesFocusable: Y,
      hooks: H
    } = Ye(), V = ye(null);
    Ot(ps, V), Ot(di, e.id);
    const oe = Ct(mo), J = nn(), Z = bs(), { node: I, parentNode: ae } = xs(e.id), { emit: E, on: X } = Od(I, s), P = Ve(() => typeof I.draggable > "u" ? p.value : I.draggable), W = Ve(() => typeof I.selectable > "u" ? v.value : I.selectable), D = Ve(() => typeof I.connectable > "u" ? A.value : I.connectable), z = Ve(() => typeof I.focusable > "u" ? Y.value : I.focusable), F = ee(
      () => W.value || P.value || H.value.nodeClick.hasListeners() || H.value.nodeDoubleClick.hasListeners() || H.value.nodeMouseEnter.hasListeners() || H.value.nodeMouseMove.hasListeners() || H.value.nodeMouseLeave.hasListeners()
    ), te = Ve(() => !!I.dimensions.width && !!I.dimensions.height), le = ee(() => {
      const h = I.type || "default", g = oe == null ? void 0 : oe[`node-${h}`];
      if (g)
        return g;
      let y = I.template || d.value[h];
      if (typeof y == "string" && J) {
        const R = Object.keys(J.appContext.components);
        R && R.includes(h) && (y = br(h, !1));
      }
      return y && typeof y != "string" ? y : (s.error(new Ke(We.NODE_TYPE_MISSING, y)), !1);
    }), he = gs({
      id: e.id,
      el: V,
      disabled: () => !P.value,
      selectable: W,
      dragHandle: () => I.dragHandle,
      onStart(h) {
        E.dragStart(h);
      },
      onDrag(h) {
        E.drag(h);
      },
      onStop(h) {
        E.dragStop(h);
      },
      onClick(h) {
        _(h);
      }
    }), me = ee(() => I.class instanceof Function ? I.class(I) : I.class), re = ee(() => {
      const h = (I.style instanceof Function ? I.style(I) : I.style) || {}, g = I.width instanceof Function ? I.width(I) : I.width, y = I.height instanceof Function ? I.height(I) : I.height;
      return !h.width && g && (h.width = typeof g == "string" ? g : `${g}px`), !h.height && y && (h.height = typeof y == "string" ? y : `${y}px`), h;
    }), Q = Ve(() => Number(I.zIndex ?? re.value.zIndex ?? 0));
    return c((h) => {
      (h.includes(e.id) || !h.length) && Ne();
    }), nt(() => {
      Ee(
        () => I.hidden,
        (h = !1, g, y) => {
          !h && V.value && (e.resizeObserver.observe(V.value), y(() => {
            V.value && e.resizeObserver.unobserve(V.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Ee([() => I.type, () => I.sourcePosition, () => I.targetPosition], () => {
      je(() => {
        u([{ id: e.id, nodeElement: V.value, forceUpdate: !0 }]);
      });
    }), Ee(
      [
        () => I.position.x,
        () => I.position.y,
        () => {
          var h;
          return (h = ae.value) == null ? void 0 : h.computedPosition.x;
        },
        () => {
          var h;
          return (h = ae.value) == null ? void 0 : h.computedPosition.y;
        },
        () => {
          var h;
          return (h = ae.value) == null ? void 0 : h.computedPosition.z;
        },
        Q,
        () => I.selected,
        () => I.dimensions.height,
        () => I.dimensions.width,
        () => {
          var h;
          return (h = ae.value) == null ? void 0 : h.dimensions.height;
        },
        () => {
          var h;
          return (h = ae.value) == null ? void 0 : h.dimensions.width;
        }
      ],
      ([h, g, y, R, L, q]) => {
        const K = {
          x: h,
          y: g,
          z: q + (m.value && I.selected ? 1e3 : 0)
        };
        typeof y < "u" && typeof R < "u" ? I.computedPosition = fd({ x: y, y: R, z: L }, K) : I.computedPosition = K;
      },
      { flush: "post", immediate: !0 }
    ), Ee([() => I.extent, f], ([h, g], [y, R]) => {
      (h !== y || g !== R) && ie();
    }), I.extent === "parent" || typeof I.extent == "object" && "range" in I.extent && I.extent.range === "parent" ? zo(() => te).toBe(!0).then(ie) : ie(), () => I.hidden ? null : Oe(
      "div",
      {
        ref: V,
        "data-id": I.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${le.value === !1 ? "default" : I.type || "default"}`,
          {
            [n.value]: P.value,
            dragging: he == null ? void 0 : he.value,
            draggable: P.value,
            selected: I.selected,
            selectable: W.value,
            parent: I.isParent
          },
          me.value
        ],
        style: {
          visibility: te.value ? "visible" : "hidden",
          zIndex: I.computedPosition.z ?? Q.value,
          transform: `translate(${I.computedPosition.x}px,${I.computedPosition.y}px)`,
          pointerEvents: F.value ? "all" : "none",
          ...re.value
        },
        tabIndex: z.value ? 0 : void 0,
        role: z.value ? "group" : void 0,
        "aria-describedby": S.value ? void 0 : `${Qr}-${t}`,
        "aria-label": I.ariaLabel,
        "aria-roledescription": "node",
        ...I.domAttributes,
        onMouseenter: Pe,
        onMousemove: we,
        onMouseleave: Ie,
        onContextmenu: ve,
        onClick: _,
        onDblclick: pe,
        onKeydown: w
      },
      [
        Oe(le.value === !1 ? d.value.default : le.value, {
          id: I.id,
          type: I.type,
          data: I.data,
          events: { ...I.events, ...X },
          selected: I.selected,
          resizing: I.resizing,
          dragging: he.value,
          connectable: D.value,
          position: I.computedPosition,
          dimensions: I.dimensions,
          isValidTargetPos: I.isValidTargetPos,
          isValidSourcePos: I.isValidSourcePos,
          parent: I.parentNode,
          parentNodeId: I.parentNode,
          zIndex: I.computedPosition.z ?? Q.value,
          targetPosition: I.targetPosition,
          sourcePosition: I.sourcePosition,
          label: I.label,
          dragHandle: I.dragHandle,
          onUpdateNodeInternals: Ne
        })
      ]
    );
    function ie() {
      const h = I.computedPosition, { computedPosition: g, position: y } = ui(
        I,
        x.value ? ho(h, k.value) : h,
        s.error,
        f.value,
        ae.value
      );
      (I.computedPosition.x !== g.x || I.computedPosition.y !== g.y) && (I.computedPosition = { ...I.computedPosition, ...g }), (I.position.x !== y.x || I.position.y !== y.y) && (I.position = y);
    }
    function Ne() {
      V.value && u([{ id: e.id, nodeElement: V.value, forceUpdate: !0 }]);
    }
    function Pe(h) {
      he != null && he.value || E.mouseEnter({ event: h, node: I });
    }
    function we(h) {
      he != null && he.value || E.mouseMove({ event: h, node: I });
    }
    function Ie(h) {
      he != null && he.value || E.mouseLeave({ event: h, node: I });
    }
    function ve(h) {
      return E.contextMenu({ event: h, node: I });
    }
    function pe(h) {
      return E.doubleClick({ event: h, node: I });
    }
    function _(h) {
      W.value && (!o.value || !P.value || C.value > 0) && Go(
        I,
        r.value,
        l,
        a,
        i,
        !1,
        V.value
      ), E.click({ event: h, node: I });
    }
    function w(h) {
      if (!(Xo(h) || S.value))
        if (ts.includes(h.key) && W.value) {
          const g = h.key === "Escape";
          Go(
            I,
            r.value,
            l,
            a,
            i,
            g,
            V.value
          );
        } else P.value && I.selected && Wt[h.key] && (h.preventDefault(), b.value = `Moved selected node ${h.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~I.position.x}, y: ${~~I.position.y}`, Z(
          {
            x: Wt[h.key].x,
            y: Wt[h.key].y
          },
          h.shiftKey
        ));
    }
  }
}), nh = th;
function oh(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Ye();
  return ee(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const ih = { class: "vue-flow__nodes vue-flow__container" }, rh = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, sh = /* @__PURE__ */ Xe({
  ...rh,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Ye(), i = oh(), r = ye();
    return Ee(
      i,
      (s) => {
        s && je(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), nt(() => {
      r.value = new ResizeObserver((s) => {
        const a = s.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        je(() => n(a));
      });
    }), Vt(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (M(), T("div", ih, [
      r.value ? (M(!0), T($e, { key: 0 }, Fe(B(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && Ks(d, f))
          return d;
        const m = (M(), He(B(nh), {
          id: l.id,
          key: l.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return m.memo = f, m;
      }, a, 0), 128)) : se("", !0)
    ]));
  }
});
function ah() {
  const { emits: e } = Ye();
  nt(() => {
    if (vs()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Ke(We.MISSING_STYLES));
    }
  });
}
const lh = /* @__PURE__ */ $("div", { class: "vue-flow__edge-labels" }, null, -1), uh = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, ch = /* @__PURE__ */ Xe({
  ...uh,
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
    const o = e, i = Gs(), r = bo(o, "modelValue", n), s = bo(o, "nodes", n), a = bo(o, "edges", n), l = Ye(o), u = Vd({ modelValue: r, nodes: s, edges: a }, o, l);
    return Fd(n, l.hooks), Vf(), ah(), Ot(mo, i), Us(u), t(l), (c, d) => (M(), T("div", {
      ref: B(l).vueFlowRef,
      class: "vue-flow"
    }, [
      de(zf, null, {
        default: qe(() => [
          de(eh),
          lh,
          de(sh),
          Ze(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Ze(c.$slots, "default"),
      de(Lf)
    ], 512));
  }
}), dh = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, or = /* @__PURE__ */ Xe({
  ...dh,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Ye(), o = ee(() => `${t.position}`.split("-"));
    return (i, r) => (M(), T("div", {
      class: Be(["vue-flow__panel", o.value]),
      style: ze({ pointerEvents: B(n) ? "none" : "all" })
    }, [
      Ze(i.$slots, "default")
    ], 6));
  }
});
var yt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(yt || {});
const Ms = function({ dimensions: e, size: t, color: n }) {
  return Oe("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, Cs = function({ radius: e, color: t }) {
  return Oe("circle", { cx: e, cy: e, r: e, fill: t });
};
yt.Lines + "", yt.Dots + "";
const fh = {
  [yt.Dots]: "#81818a",
  [yt.Lines]: "#eee"
}, hh = ["id", "x", "y", "width", "height", "patternTransform"], mh = {
  key: 2,
  height: "100",
  width: "100"
}, vh = ["fill"], ph = ["x", "y", "fill"], gh = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, yh = /* @__PURE__ */ Xe({
  ...gh,
  props: {
    id: {},
    variant: { default: () => yt.Dots },
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
    const { id: t, viewport: n } = Ye(), o = ee(() => {
      const s = n.value.zoom, [a, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [a * s || 1, l * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], m = [d * s || 1 + u[0] / 2, f * s || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: m,
        size: c
      };
    }), i = Ve(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Ve(() => e.color || e.patternColor || fh[e.variant || yt.Dots]);
    return (s, a) => (M(), T("svg", {
      class: "vue-flow__background vue-flow__container",
      style: ze({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Ze(s.$slots, "pattern-container", { id: i.value }, () => [
        $("pattern", {
          id: i.value,
          x: B(n).x % o.value.scaledGap[0],
          y: B(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Ze(s.$slots, "pattern", {}, () => [
            s.variant === B(yt).Lines ? (M(), He(B(Ms), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === B(yt).Dots ? (M(), He(B(Cs), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : se("", !0),
            s.bgColor ? (M(), T("svg", mh, [
              $("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, vh)
            ])) : se("", !0)
          ])
        ], 8, hh)
      ]),
      $("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, ph),
      Ze(s.$slots, "default", { id: i.value })
    ], 4));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const wh = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
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
const xh = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: s, ...a }, { slots: l }) => Oe(
  "svg",
  {
    ...Ln,
    width: e || Ln.width,
    height: e || Ln.height,
    stroke: o || Ln.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${wh(r ?? "icon")}`],
    ...a
  },
  [...i.map((u) => Oe(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const _e = (e, t) => (n, { slots: o }) => Oe(
  xh,
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
const bh = _e("AudioLinesIcon", [
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
const kh = _e("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const _h = _e("ChevronDownIcon", [
  ["path", { d: "m6 9 6 6 6-6", key: "qrunsl" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Sh = _e("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const $h = _e("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const ir = _e("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Eh = _e("ClapperboardIcon", [
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
const Nh = _e("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Mh = _e("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ch = _e("CpuIcon", [
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
const Ih = _e("DownloadIcon", [
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
const Ph = _e("FileTextIcon", [
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
const Th = _e("FilmIcon", [
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
const Ah = _e("HistoryIcon", [
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
const zh = _e("ImageIcon", [
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
const Dh = _e("InfoIcon", [
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
const Oh = _e("LayersIcon", [
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
const Bh = _e("Link2Icon", [
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
const Rh = _e("ListOrderedIcon", [
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
const Lh = _e("LockOpenIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 9.9-1", key: "1mm8w8" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Vh = _e("LockIcon", [
  ["rect", { width: "18", height: "11", x: "3", y: "11", rx: "2", ry: "2", key: "1w4ew1" }],
  ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4", key: "fwvmzm" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Hh = _e("Maximize2Icon", [
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
const Fh = _e("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Yh = _e("MicIcon", [
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
const Xh = _e("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const qh = _e("PackageIcon", [
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
const Gh = _e("PaletteIcon", [
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
const Uh = _e("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Wh = _e("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Kh = _e("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Zh = _e("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const jh = _e("ScanEyeIcon", [
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
const Jh = _e("ScrollTextIcon", [
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
const Qh = _e("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const em = _e("SlidersHorizontalIcon", [
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
const tm = _e("SparklesIcon", [
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
const nm = _e("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const om = _e("StarIcon", [
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
const im = _e("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const rm = _e("TableIcon", [
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
const sm = _e("TimerIcon", [
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
const am = _e("Trash2Icon", [
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
const lm = _e("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const um = _e("UploadIcon", [
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
const cm = _e("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const dm = _e("Volume2Icon", [
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
const fm = _e("VolumeXIcon", [
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
const hm = _e("WorkflowIcon", [
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
const mm = _e("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Me = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: Eh,
      "user-round": cm,
      palette: Gh,
      timer: sm,
      image: zh,
      "sticky-note": im,
      mic: Yh,
      "sliders-horizontal": em,
      cpu: Ch,
      workflow: hm,
      "list-ordered": Rh,
      "scroll-text": Jh,
      "audio-lines": bh,
      "scan-eye": jh,
      play: Wh,
      square: nm,
      trash: am,
      copy: Mh,
      comment: Fh,
      check: kh,
      x: mm,
      left: Sh,
      right: $h,
      star: om,
      sparkles: tm,
      search: Qh,
      history: Ah,
      fit: Hh,
      plus: Kh,
      minus: Xh,
      undo: lm,
      redo: Zh,
      dot: ir,
      film: Th,
      upload: um,
      link: Bh,
      pause: Uh,
      clock: Nh,
      layers: Oh,
      lock: Vh,
      unlock: Lh,
      download: Ih,
      "file-text": Ph,
      table: rm,
      package: qh,
      info: Dh,
      down: _h,
      volume: dm,
      "volume-x": fm
    }, n = e, o = ee(() => t[n.name] || ir);
    return (i, r) => (M(), He(ei(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, Is = Symbol("multiplex-store");
function vm(e) {
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
  }), n = ee(() => new Map(t.sequence.map((u, c) => [u, c + 1]))), o = ee(() => sr(t.comments, (u) => [u.block])), i = ee(() => sr(t.users.filter((u) => u.id !== t.me.id), (u) => u.selection || [])), r = (u) => o.value.get(u) || rr, s = (u) => i.value.get(u) || rr;
  let a = 0;
  return { state: t, send: (u, c = {}) => (a += 1, e("command", { op: u, req: a, ...c }), a), seqIndex: n, commentsOf: r, othersOn: s };
}
const rr = Object.freeze([]);
function sr(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const o of e)
    for (const i of t(o)) {
      const r = n.get(i);
      r ? r.push(o) : n.set(i, [o]);
    }
  return n;
}
function bt() {
  return Ct(Is);
}
const tn = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, ar = { ...tn, idle: "#9ca3af", cancelled: "#9ca3af" }, Wo = "#f1f3f5";
function pm(e, t, n = 30) {
  const o = t.trim().toLowerCase();
  if (!o) return e.slice(0, n);
  const i = [];
  return e.forEach((r, s) => {
    const a = String(r.title || "").toLowerCase();
    let l = a.startsWith(o) ? 0 : a.includes(o) ? 1 : -1;
    l < 0 && (l = `${r.description || ""} ${r.text || ""} ${r.caption || ""} ${r.kind} ${r.sub}`.toLowerCase().includes(o) ? 2 : -1), l >= 0 && i.push([l, s, r]);
  }), i.sort((r, s) => r[0] - s[0] || r[1] - s[1]), i.slice(0, n).map((r) => r[2]);
}
const ro = {
  intent: "#ff79c6",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function lr(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function wo(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const gm = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, ym = ["data-kind", "data-sub", "aria-label", "onPointerdown", "onPointerenter"], wm = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = ye(null), i = ye(null);
    function r(d, f) {
      const m = d.currentTarget.getBoundingClientRect(), S = d.currentTarget.closest(".mx-palette").getBoundingClientRect();
      i.value = { label: f.label, x: S.right + 8, y: m.top + m.height / 2 };
    }
    const s = ro;
    let a = null;
    function l(d, f, m) {
      d.button === 0 && (i.value = null, d.preventDefault(), a = { x: d.clientX, y: d.clientY, group: f, item: m, moved: !1 }, window.addEventListener("pointermove", u), window.addEventListener("pointerup", c, { once: !0 }));
    }
    function u(d) {
      a && (!a.moved && Math.hypot(d.clientX - a.x, d.clientY - a.y) < 4 || (a.moved = !0, o.value = { x: d.clientX, y: d.clientY, label: a.item.label, icon: a.item.icon, color: s[a.group.kind] }));
    }
    function c(d) {
      window.removeEventListener("pointermove", u);
      const f = a;
      a = null, o.value = null, f && n("place", { kind: f.group.kind, sub: f.item.sub, clientX: d.clientX, clientY: d.clientY, dragged: f.moved });
    }
    return (d, f) => (M(), T($e, null, [
      $("nav", gm, [
        f[1] || (f[1] = $("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          $("span", null, "m"),
          $("i")
        ], -1)),
        (M(!0), T($e, null, Fe(e.groups, (m) => (M(), T("div", {
          key: m.kind,
          class: "mx-pal-group",
          style: ze({ "--accent": B(s)[m.kind] })
        }, [
          (M(!0), T($e, null, Fe(m.items, (S) => (M(), T("button", {
            key: S.sub,
            class: "mx-pal-item",
            "data-kind": m.kind,
            "data-sub": S.sub,
            "aria-label": S.label,
            onPointerdown: (b) => l(b, m, S),
            onPointerenter: (b) => r(b, S),
            onPointerleave: f[0] || (f[0] = (b) => i.value = null)
          }, [
            de(Me, {
              name: S.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"])
          ], 40, ym))), 128))
        ], 4))), 128))
      ]),
      i.value && !o.value ? (M(), T("div", {
        key: 0,
        class: "mx-tip",
        role: "tooltip",
        "data-role": "palette-tip",
        style: ze({ left: `${i.value.x}px`, top: `${i.value.y}px` })
      }, G(i.value.label), 5)) : se("", !0),
      o.value ? (M(), T("div", {
        key: 1,
        class: "mx-ghost",
        style: ze({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        de(Me, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Ce(" " + G(o.value.label), 1)
      ], 4)) : se("", !0)
    ], 64));
  }
}, xm = ["width", "height"], bm = {
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
    function a() {
      let b = 1 / 0, x = 1 / 0, k = -1 / 0, C = -1 / 0;
      for (const p of t.blocks.values())
        p.x < b && (b = p.x), p.y < x && (x = p.y), p.x + p.w > k && (k = p.x + p.w), p.y + p.h > C && (C = p.y + p.h);
      return b === 1 / 0 ? null : { x0: b, y0: x, x1: k, y1: C };
    }
    function l() {
      s = 0;
      const b = n.value;
      if (!b) return;
      const x = b.getContext("2d"), k = b.width, C = b.height, p = t.flow.viewport.value, v = t.flow.dimensions.value, A = { x0: -p.x / p.zoom, y0: -p.y / p.zoom, x1: (v.width - p.x) / p.zoom, y1: (v.height - p.y) / p.zoom };
      i === null && (i = a() || A);
      const Y = { x0: Math.min(i.x0, A.x0), y0: Math.min(i.y0, A.y0), x1: Math.max(i.x1, A.x1), y1: Math.max(i.y1, A.y1) }, H = Math.max(Y.x1 - Y.x0, Y.y1 - Y.y0) * 0.04;
      Y.x0 -= H, Y.y0 -= H, Y.x1 += H, Y.y1 += H;
      const V = Math.min(k / (Y.x1 - Y.x0), C / (Y.y1 - Y.y0));
      r = { x0: Y.x0, y0: Y.y0, scale: V, ox: (k - (Y.x1 - Y.x0) * V) / 2, oy: (C - (Y.y1 - Y.y0) * V) / 2 }, x.clearRect(0, 0, k, C), x.globalAlpha = 0.75;
      for (const ae of t.blocks.values())
        x.fillStyle = t.colorOf(ae), x.fillRect(r.ox + (ae.x - Y.x0) * V, r.oy + (ae.y - Y.y0) * V, Math.max(1, ae.w * V), Math.max(1, ae.h * V));
      x.globalAlpha = 1;
      const oe = r.ox + (A.x0 - Y.x0) * V, J = r.oy + (A.y0 - Y.y0) * V, Z = (A.x1 - A.x0) * V, I = (A.y1 - A.y0) * V;
      x.fillStyle = "rgba(10,10,11,0.62)", x.beginPath(), x.rect(0, 0, k, C), x.rect(oe, J, Z, I), x.fill("evenodd"), x.strokeStyle = "rgba(241,243,245,0.45)", x.lineWidth = o, x.strokeRect(oe + o / 2, J + o / 2, Z - o, I - o);
    }
    function u(b) {
      b && (i = null), s || (s = requestAnimationFrame(l));
    }
    Ee(() => t.rev, () => u(!0)), Ee(() => t.flow.viewport.value, () => u(!1)), Ee(() => t.flow.dimensions.value, () => u(!1)), nt(() => u(!0)), Vt(() => s && cancelAnimationFrame(s));
    function c(b) {
      const x = n.value.getBoundingClientRect(), k = (b.clientX - x.left) * o, C = (b.clientY - x.top) * o;
      return { x: (k - r.ox) / r.scale + r.x0, y: (C - r.oy) / r.scale + r.y0 };
    }
    function d(b, x) {
      const k = t.flow.dimensions.value, C = x ?? t.flow.viewport.value.zoom;
      t.flow.setViewport({ x: k.width / 2 - b.x * C, y: k.height / 2 - b.y * C, zoom: C });
    }
    function f(b) {
      b.button === 0 && (n.value.setPointerCapture(b.pointerId), d(c(b)));
    }
    function m(b) {
      b.buttons & 1 && d(c(b));
    }
    function S(b) {
      const x = t.flow.viewport.value, k = t.flow.dimensions.value, C = { x: (k.width / 2 - x.x) / x.zoom, y: (k.height / 2 - x.y) / x.zoom }, p = Math.max(0.05, Math.min(3, x.zoom * Math.exp(-b.deltaY * 15e-4)));
      d(C, p);
    }
    return (b, x) => (M(), T("canvas", {
      ref_key: "el",
      ref: n,
      class: "mx-minimap",
      width: e.width * B(o),
      height: e.height * B(o),
      style: ze({ width: `${e.width}px`, height: `${e.height}px` }),
      "data-role": "minimap",
      onPointerdown: f,
      onPointermove: m,
      onWheel: ge(S, ["prevent", "stop"])
    }, null, 44, xm));
  }
}, km = {
  __name: "Cursors",
  props: { flow: Object, users: Array },
  setup(e) {
    const t = e, n = ee(() => t.flow.viewport.value);
    return (o, i) => e.users.length ? (M(), T("div", {
      key: 0,
      class: "mx-cursors",
      style: ze({ transform: `translate(${n.value.x}px, ${n.value.y}px) scale(${n.value.zoom})` })
    }, [
      (M(!0), T($e, null, Fe(e.users, (r) => (M(), T("div", {
        key: r.id,
        class: "mx-cursor",
        style: ze({ left: `${r.cursor.x}px`, top: `${r.cursor.y}px`, "--c": r.color, transform: `scale(${1 / n.value.zoom})` })
      }, [
        i[0] || (i[0] = $("svg", {
          width: "14",
          height: "16",
          viewBox: "0 0 14 16"
        }, [
          $("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
        ], -1)),
        $("span", null, G(r.name), 1)
      ], 4))), 128))
    ], 4)) : se("", !0);
  }
}, _m = 2, ur = 12, cr = 0.2, Vn = 8, Sm = ".vue-flow__panel, .vue-flow__node, .vue-flow__edge, .vue-flow__nodesselection, .vue-flow__handle, button, input, textarea", $m = {
  __name: "FarCanvas",
  props: { flow: Object, edges: Map, rev: Number },
  emits: ["move", "shown"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, { state: r, othersOn: s } = bt(), a = ye(null), l = { gen_art: "gen.art", visual_narration: "visual", narration: "narration", activity: "activity" }, u = {
      comp: "rgba(255, 201, 71, 0.55)",
      gen_art: "rgba(100, 255, 218, 0.55)",
      grows: "rgba(156, 136, 255, 0.6)",
      seq: "rgba(241, 243, 245, 0.14)",
      default: "#3a3a40"
    };
    let c = Math.min(2, window.devicePixelRatio || 1), d = 0, f = !1, m = !0, S = [];
    const b = /* @__PURE__ */ new Map(), x = /* @__PURE__ */ new Map();
    function k(h) {
      return h.kind === "intent" ? tn[(h.status || {}).state] || tn.idle : h.kind === "activity" && h.sub === "animatic" ? "#ffc947" : ro[h.kind] || "#333333";
    }
    function C(h, g, y) {
      const R = `${h}${g}${y}`;
      let L = x.get(R);
      if (!L) {
        const q = (ne) => {
          const ue = parseInt(ne.slice(1), 16);
          return [ue >> 16 & 255, ue >> 8 & 255, ue & 255];
        }, K = q(h), U = q(g);
        L = `rgb(${K.map((ne, ue) => Math.round(ne * y + U[ue] * (1 - y))).join(",")})`, x.set(R, L);
      }
      return L;
    }
    function p() {
      d || (d = requestAnimationFrame(H));
    }
    const v = { frames: 0, ms: 0, max: 0 };
    let A = 0, Y = !1;
    function H(h) {
      d = 0, Y = h - A < 100 && h - A > 25, A = h;
      const g = performance.now(), [y, R] = J();
      R && i("shown"), Z();
      const L = performance.now() - g;
      v.frames++, v.ms += L, v.max = Math.max(v.max, L), y && p();
    }
    function V() {
      const h = o.flow.viewport.value, g = o.flow.dimensions.value;
      return { vp: h, w: g.width, h: g.height, x0: -h.x / h.zoom, y0: -h.y / h.zoom, x1: (g.width - h.x) / h.zoom, y1: (g.height - h.y) / h.zoom };
    }
    const oe = (h, g, y, R, L) => h.position.x < R && h.position.x + h.data.w > g && h.position.y < L && h.position.y + h.data.h > y;
    function J() {
      var ot, on, Cn;
      const h = o.flow.nodes.value, g = cn(h), y = V(), R = r.lod === 0, L = (y.x1 - y.x0) * cr, q = (y.y1 - y.y0) * cr, K = (Cn = (on = (ot = document.activeElement) == null ? void 0 : ot.closest) == null ? void 0 : on.call(ot, ".vue-flow__node")) == null ? void 0 : Cn.dataset.id, U = [], ne = [];
      let ue = 0;
      for (let Je = 0; Je < g.length; Je++) {
        const ht = g[Je], N = R && oe(ht, y.x0 - L, y.y0 - q, y.x1 + L, y.y1 + q);
        ht.hidden ? N && U.push(Je) : !N && !ht.dragging && ht.id !== K && (oe(ht, y.x0, y.y0, y.x1, y.y1) ? ne.push(Je) : (h[Je].hidden = !0, ue++));
      }
      let xe = ue !== 0;
      const be = ne.slice(0, f ? 1 / 0 : ur);
      for (const Je of be) h[Je].hidden = !0;
      const De = f ? 1 / 0 : Y ? 1 : _m;
      if (U.length > De) {
        const Je = (y.x0 + y.x1) / 2, ht = (y.y0 + y.y1) / 2, N = (O) => {
          const j = g[O];
          return Math.hypot(j.position.x + j.data.w / 2 - Je, j.position.y + j.data.h / 2 - ht);
        };
        U.sort((O, j) => N(O) - N(j));
      }
      const Le = U.slice(0, De);
      for (const Je of Le) h[Je].hidden = !1;
      return xe = xe || be.length > 0 || Le.length > 0, f = !1, [U.length > De || ne.length > ur, xe];
    }
    function Z() {
      const h = a.value;
      if (!h) return;
      const g = V(), y = Math.round(g.w * c), R = Math.round(g.h * c), L = cn(o.flow.nodes.value), q = r.lod, K = [], U = [], ne = /* @__PURE__ */ new Map();
      for (const Le of L)
        ne.set(Le.id, Le), Le.hidden && oe(Le, g.x0, g.y0, g.x1, g.y1) && (Le.selected ? U : K).push(Le);
      S = K.concat(U);
      const ue = I(ne, g, q), xe = !S.length && !ue.length;
      if ((h.width !== y || h.height !== R) && (h.width = y, h.height = R, m = !0), xe && !m) return;
      const be = h.getContext("2d");
      if (be.setTransform(1, 0, 0, 1, 0, 0), be.clearRect(0, 0, y, R), m = !xe, xe) return;
      const De = g.vp.zoom;
      be.setTransform(c * De, 0, 0, c * De, c * g.vp.x, c * g.vp.y), ae(be, ue, De, q), S.length && (q === 2 ? E(be, S) : X(be, S, De), D(be, S, De));
    }
    function I(h, g, y) {
      const R = {}, L = (q, K, U, ne) => {
        if (!K || !U || !K.hidden && !U.hidden) return;
        const ue = ne ? K.position.x + K.data.w / 2 : K.position.x + K.data.w, xe = ne ? K.position.y + K.data.h : K.position.y + K.data.h / 2, be = ne ? U.position.x + U.data.w / 2 : U.position.x, De = ne ? U.position.y : U.position.y + U.data.h / 2;
        if (Math.max(ue, be) < g.x0 || Math.min(ue, be) > g.x1 || Math.max(xe, De) < g.y0 || Math.min(xe, De) > g.y1) return;
        const Le = R[q] || (R[q] = new Path2D());
        if (Le.moveTo(ue, xe), ne) Le.lineTo(be, De);
        else {
          const ot = Math.max(Math.abs(be - ue) * 0.5, 25);
          Le.bezierCurveTo(ue + ot, xe, be - ot, De, be, De);
        }
      };
      for (const q of o.edges.values()) L(u[q.kind] ? q.kind : "default", h.get(q.src), h.get(q.dst), !1);
      if (y < 2) {
        const q = r.sequence;
        for (let K = 0; K + 1 < q.length; K++) L("seq", h.get(q[K]), h.get(q[K + 1]), !0);
      }
      return Object.entries(R);
    }
    function ae(h, g, y, R) {
      for (const [L, q] of g)
        h.strokeStyle = u[L], h.lineWidth = L === "seq" ? 1 : Math.max(1.2, 0.6 / y), h.setLineDash(R === 2 ? [] : L === "seq" ? [1, 6] : L === "gen_art" ? [4, 5] : L === "grows" ? [2, 4] : []), h.lineCap = L === "seq" ? "round" : "butt", h.stroke(q);
      h.setLineDash([]);
    }
    function E(h, g) {
      const y = /* @__PURE__ */ new Map();
      for (const R of g) {
        const L = R.selected ? C(Wo, "#1c1c20", 0.55) : C(k(R.data), "#1c1c20", 0.3);
        let q = y.get(L);
        q || y.set(L, q = new Path2D()), q.rect(R.position.x, R.position.y, R.data.w, R.data.h);
      }
      for (const [R, L] of y)
        h.fillStyle = R, h.fill(L);
    }
    function X(h, g, y) {
      const R = new Path2D(), L = new Path2D(), q = /* @__PURE__ */ new Map();
      for (const U of g) {
        const { x: ne, y: ue } = U.position, xe = U.data.w, be = U.data.h;
        (U.selected ? L : R).rect(ne, ue, xe, be);
        const De = k(U.data);
        let Le = q.get(De);
        Le || q.set(De, Le = new Path2D()), Le.rect(ne, ue, 4, be);
      }
      h.fillStyle = "#151517", h.fill(R), h.fillStyle = "#16191b", h.fill(L), h.lineWidth = 1, h.strokeStyle = "#252527", h.stroke(R), h.strokeStyle = Wo, h.stroke(L);
      for (const [U, ne] of q)
        h.fillStyle = U, h.fill(ne);
      if (y * 30 < 4) return;
      h.textBaseline = "middle", h.font = '18px "JetBrains Mono", ui-monospace, monospace', h.letterSpacing = "1.44px", h.globalAlpha = 0.85;
      const K = [];
      for (const U of g) {
        const ne = U.data, ue = ne.w, xe = ne.h, be = P(h, U, ue - 39), De = 30 + be.length * 34.5, Le = U.position.y + Math.max(15, (xe - De) / 2);
        K.push(Le, be), h.fillStyle = k(ne), h.fillText(String(ne.kind === "intent" || ne.kind === "comp" ? ne.sub : l[ne.kind] || ne.kind).toUpperCase(), U.position.x + 22, Le + 12, ue - 39);
      }
      h.globalAlpha = 1, h.letterSpacing = "0px", h.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', h.fillStyle = "#f8f9fa";
      for (let U = 0; U < g.length; U++) {
        const ne = g[U], ue = K[2 * U], xe = K[2 * U + 1];
        for (let be = 0; be < xe.length; be++) h.fillText(xe[be], ne.position.x + 22, ue + 30 + 17.25 + be * 34.5);
      }
    }
    function P(h, g, y) {
      const R = String(g.data.title || g.data.sub || ""), L = `${R}|${y}|${g.data.h}`, q = b.get(g.id);
      if (q && q.key === L) return q.lines;
      const K = h.font, U = h.letterSpacing;
      h.font = '500 30px "Space Grotesk", ui-sans-serif, sans-serif', h.letterSpacing = "0px";
      const ne = Math.max(1, Math.min(3, Math.floor((g.data.h - 58) / 34.5))), ue = [];
      let xe = "";
      const be = R.split(/\s+/).filter(Boolean);
      for (let De = 0; De < be.length; De++) {
        const Le = xe ? `${xe} ${be[De]}` : be[De];
        if (!xe || h.measureText(Le).width <= y) {
          xe = Le;
          continue;
        }
        if (ue.push(xe), xe = be[De], ue.length === ne) {
          xe = "", ue[ne - 1] = W(h, `${ue[ne - 1]} ${be.slice(De).join(" ")}`, y);
          break;
        }
      }
      return xe && ue.push(ue.length === ne - 1 || h.measureText(xe).width > y ? W(h, xe, y) : xe), h.font = K, h.letterSpacing = U, b.set(g.id, { key: L, lines: ue }), ue;
    }
    function W(h, g, y) {
      if (h.measureText(g).width <= y) return g;
      let R = 0, L = g.length;
      for (; R < L; ) {
        const q = R + L + 1 >> 1;
        h.measureText(`${g.slice(0, q)}…`).width <= y ? R = q : L = q - 1;
      }
      return `${g.slice(0, R).trimEnd()}…`;
    }
    function D(h, g, y) {
      h.lineWidth = 2 / y, h.setLineDash([6 / y, 4 / y]);
      for (const R of g) {
        const L = s(R.id);
        L.length && (h.strokeStyle = L[0].color, h.strokeRect(R.position.x - 3 / y, R.position.y - 3 / y, R.data.w + 6 / y, R.data.h + 6 / y));
      }
      h.setLineDash([]);
    }
    function z(h) {
      const g = a.value.getBoundingClientRect(), y = o.flow.viewport.value;
      return { x: (h.clientX - g.left - y.x) / y.zoom, y: (h.clientY - g.top - y.y) / y.zoom };
    }
    function F(h, g) {
      if (!a.value) return null;
      const y = z({ clientX: h, clientY: g });
      for (let R = S.length - 1; R >= 0; R--) {
        const L = S[R];
        if (y.x >= L.position.x && y.x <= L.position.x + L.data.w && y.y >= L.position.y && y.y <= L.position.y + L.data.h) return L.id;
      }
      return null;
    }
    const te = (h) => !(h.target.closest && h.target.closest(Sm));
    let le = null, he = !1;
    function me(h, g) {
      const y = o.flow, R = y.findNode(h);
      if (!R) return;
      if (g) {
        R.selected ? y.removeSelectedNodes([R]) : y.addSelectedNodes([R]);
        return;
      }
      const L = y.getSelectedNodes.value.filter((q) => q.id !== h);
      L.length && y.removeSelectedNodes(L), y.removeSelectedEdges(y.getSelectedEdges.value), R.selected || y.addSelectedNodes([R]);
    }
    function re(h) {
      if (he = !1, h.button !== 0 || !te(h)) return;
      const g = F(h.clientX, h.clientY);
      if (!g) return;
      h.stopPropagation(), h.preventDefault();
      const y = o.flow.findNode(g), R = y.selected ? o.flow.getSelectedNodes.value : [y];
      le = {
        id: g,
        x: h.clientX,
        y: h.clientY,
        moved: !1,
        add: h.shiftKey || h.ctrlKey || h.metaKey,
        nodes: R.map((L) => ({ m: L, x: L.position.x, y: L.position.y }))
      }, window.addEventListener("pointermove", Q, !0), window.addEventListener("pointerup", ie, !0);
    }
    function Q(h) {
      const g = le;
      if (!g || !g.moved && Math.hypot(h.clientX - g.x, h.clientY - g.y) < 4) return;
      g.moved = !0;
      const y = o.flow.viewport.value.zoom, R = (h.clientX - g.x) / y, L = (h.clientY - g.y) / y;
      for (const q of g.nodes) {
        const K = Vn * Math.round((q.x + R) / Vn), U = Vn * Math.round((q.y + L) / Vn);
        q.m.dragging = !0, q.m.position = { x: K, y: U }, q.m.computedPosition = { ...q.m.computedPosition, x: K, y: U };
      }
      p();
    }
    function ie() {
      window.removeEventListener("pointermove", Q, !0), window.removeEventListener("pointerup", ie, !0);
      const h = le;
      if (le = null, !!h) {
        if (he = !0, h.moved) {
          for (const g of h.nodes) g.m.dragging = !1;
          i("move", h.nodes.map((g) => ({ id: g.m.id, x: Math.round(g.m.position.x), y: Math.round(g.m.position.y) })));
        } else me(h.id, h.add);
        p();
      }
    }
    function Ne(h) {
      he && (he = !1, h.stopPropagation());
    }
    function Pe(h) {
      if (!te(h)) return;
      const g = F(h.clientX, h.clientY);
      g && (h.stopPropagation(), h.preventDefault(), me(g, !1), o.flow.fitView({ nodes: [g], padding: 0.6, maxZoom: 1, duration: 300 }));
    }
    let we = null;
    function Ie(h) {
      h.buttons || le || (we = we || a.value.parentElement.querySelector(".vue-flow__pane"), we && (we.style.cursor = te(h) && F(h.clientX, h.clientY) ? "pointer" : ""));
    }
    let ve = null;
    Ee(() => o.flow.userSelectionRect.value, (h) => {
      h && h.width + h.height > 0 && (ve = { ...h });
    }), o.flow.onSelectionEnd(() => {
      const h = ve;
      if (ve = null, !h) return;
      const g = o.flow.viewport.value, y = (h.x - g.x) / g.zoom, R = (h.y - g.y) / g.zoom, L = y + h.width / g.zoom, q = R + h.height / g.zoom, K = o.flow.nodes.value.filter((U) => U.hidden && U.position.x >= y && U.position.y >= R && U.position.x + U.data.w <= L && U.position.y + U.data.h <= q);
      K.length && o.flow.addSelectedNodes(K);
    }), Ee(() => o.flow.viewport.value, p), Ee(() => o.flow.dimensions.value, p), Ee(() => [o.rev, r.lod, r.sequence, r.users], p), Ee(() => o.flow.getSelectedNodes.value, p);
    function pe() {
      f = !0, d && (cancelAnimationFrame(d), d = 0), J(), Z();
    }
    t({ hitAt: F, settle: pe, schedule: p });
    let _ = null;
    const w = [["pointerdown", re], ["click", Ne], ["dblclick", Pe], ["pointermove", Ie]];
    return nt(() => {
      var g, y, R, L, q;
      _ = a.value.parentElement;
      for (const [K, U] of w) _.addEventListener(K, U, !0);
      (y = (g = document.fonts) == null ? void 0 : g.ready) == null || y.then(() => {
        b.clear(), p();
      });
      const h = (K) => {
        const U = a.value.getBoundingClientRect(), ne = o.flow.viewport.value, ue = ne.zoom;
        return K.map((xe) => ({
          id: xe.id,
          l: U.left + ne.x + xe.position.x * ue,
          t: U.top + ne.y + xe.position.y * ue,
          r: U.left + ne.x + (xe.position.x + xe.data.w) * ue,
          b: U.top + ne.y + (xe.position.y + xe.data.h) * ue
        }));
      };
      window.__mxFar = {
        drawn: () => h(S),
        blocks: () => h(cn(o.flow.nodes.value).filter((K) => K.hidden)),
        hitAt: F,
        stats: (K = !1) => {
          const U = { ...v };
          return K && Object.assign(v, { frames: 0, ms: 0, max: 0 }), U;
        }
      }, (q = (R = window.matchMedia) == null ? void 0 : (L = R.call(window, `(resolution: ${c}dppx)`)).addEventListener) == null || q.call(L, "change", () => {
        c = Math.min(2, window.devicePixelRatio || 1), p();
      }), p();
    }), Vt(() => {
      if (d && cancelAnimationFrame(d), _) for (const [h, g] of w) _.removeEventListener(h, g, !0);
    }), (h, g) => (M(), T("canvas", {
      ref_key: "el",
      ref: a,
      class: "mx-far",
      "data-role": "far-canvas",
      "aria-hidden": "true"
    }, null, 512));
  }
};
var Ko = "http://www.w3.org/1999/xhtml";
const dr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ko,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Ps(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), dr.hasOwnProperty(t) ? { space: dr[t], local: e } : e;
}
function Em(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ko && t.documentElement.namespaceURI === Ko ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Nm(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Ts(e) {
  var t = Ps(e);
  return (t.local ? Nm : Em)(t);
}
function Mm() {
}
function As(e) {
  return e == null ? Mm : function() {
    return this.querySelector(e);
  };
}
function Cm(e) {
  typeof e != "function" && (e = As(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new tt(o, this._parents);
}
function Im(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Pm() {
  return [];
}
function Tm(e) {
  return e == null ? Pm : function() {
    return this.querySelectorAll(e);
  };
}
function Am(e) {
  return function() {
    return Im(e.apply(this, arguments));
  };
}
function zm(e) {
  typeof e == "function" ? e = Am(e) : e = Tm(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new tt(o, i);
}
function Dm(e) {
  return function() {
    return this.matches(e);
  };
}
function zs(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Om = Array.prototype.find;
function Bm(e) {
  return function() {
    return Om.call(this.children, e);
  };
}
function Rm() {
  return this.firstElementChild;
}
function Lm(e) {
  return this.select(e == null ? Rm : Bm(typeof e == "function" ? e : zs(e)));
}
var Vm = Array.prototype.filter;
function Hm() {
  return Array.from(this.children);
}
function Fm(e) {
  return function() {
    return Vm.call(this.children, e);
  };
}
function Ym(e) {
  return this.selectAll(e == null ? Hm : Fm(typeof e == "function" ? e : zs(e)));
}
function Xm(e) {
  typeof e != "function" && (e = Dm(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new tt(o, this._parents);
}
function Ds(e) {
  return new Array(e.length);
}
function qm() {
  return new tt(this._enter || this._groups.map(Ds), this._parents);
}
function so(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
so.prototype = {
  constructor: so,
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
function Gm(e) {
  return function() {
    return e;
  };
}
function Um(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new so(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function Wm(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), m;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = m = s.call(l, l.__data__, a, t) + "", u.has(m) ? i[a] = l : u.set(m, l));
  for (a = 0; a < d; ++a)
    m = s.call(e, r[a], a, r) + "", (l = u.get(m)) ? (o[a] = l, l.__data__ = r[a], u.delete(m)) : n[a] = new so(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function Km(e) {
  return e.__data__;
}
function Zm(e, t) {
  if (!arguments.length) return Array.from(this, Km);
  var n = t ? Wm : Um, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Gm(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, m = jm(e.call(c, c && c.__data__, u, o)), S = m.length, b = a[u] = new Array(S), x = s[u] = new Array(S), k = l[u] = new Array(f);
    n(c, d, b, x, k, m, t);
    for (var C = 0, p = 0, v, A; C < S; ++C)
      if (v = b[C]) {
        for (C >= p && (p = C + 1); !(A = x[p]) && ++p < S; ) ;
        v._next = A || null;
      }
  }
  return s = new tt(s, o), s._enter = a, s._exit = l, s;
}
function jm(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Jm() {
  return new tt(this._exit || this._groups.map(Ds), this._parents);
}
function Qm(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function ev(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), m, S = 0; S < d; ++S)
      (m = u[S] || c[S]) && (f[S] = m);
  for (; l < i; ++l)
    a[l] = n[l];
  return new tt(a, this._parents);
}
function tv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function nv(e) {
  e || (e = ov);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new tt(i, this._parents).order();
}
function ov(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function iv() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function rv() {
  return Array.from(this);
}
function sv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function av() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function lv() {
  return !this.node();
}
function uv(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function cv(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function dv(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function fv(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function hv(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function mv(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function vv(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function pv(e, t) {
  var n = Ps(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? dv : cv : typeof t == "function" ? n.local ? vv : mv : n.local ? hv : fv)(n, t));
}
function Os(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function gv(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function yv(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function wv(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function xv(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? gv : typeof t == "function" ? wv : yv)(e, t, n ?? "")) : bv(this.node(), e);
}
function bv(e, t) {
  return e.style.getPropertyValue(t) || Os(e).getComputedStyle(e, null).getPropertyValue(t);
}
function kv(e) {
  return function() {
    delete this[e];
  };
}
function _v(e, t) {
  return function() {
    this[e] = t;
  };
}
function Sv(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function $v(e, t) {
  return arguments.length > 1 ? this.each((t == null ? kv : typeof t == "function" ? Sv : _v)(e, t)) : this.node()[e];
}
function Bs(e) {
  return e.trim().split(/^|\s+/);
}
function hi(e) {
  return e.classList || new Rs(e);
}
function Rs(e) {
  this._node = e, this._names = Bs(e.getAttribute("class") || "");
}
Rs.prototype = {
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
function Ls(e, t) {
  for (var n = hi(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Vs(e, t) {
  for (var n = hi(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function Ev(e) {
  return function() {
    Ls(this, e);
  };
}
function Nv(e) {
  return function() {
    Vs(this, e);
  };
}
function Mv(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ls : Vs)(this, e);
  };
}
function Cv(e, t) {
  var n = Bs(e + "");
  if (arguments.length < 2) {
    for (var o = hi(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Mv : t ? Ev : Nv)(n, t));
}
function Iv() {
  this.textContent = "";
}
function Pv(e) {
  return function() {
    this.textContent = e;
  };
}
function Tv(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Av(e) {
  return arguments.length ? this.each(e == null ? Iv : (typeof e == "function" ? Tv : Pv)(e)) : this.node().textContent;
}
function zv() {
  this.innerHTML = "";
}
function Dv(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Ov(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Bv(e) {
  return arguments.length ? this.each(e == null ? zv : (typeof e == "function" ? Ov : Dv)(e)) : this.node().innerHTML;
}
function Rv() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Lv() {
  return this.each(Rv);
}
function Vv() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Hv() {
  return this.each(Vv);
}
function Fv(e) {
  var t = typeof e == "function" ? e : Ts(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Yv() {
  return null;
}
function Xv(e, t) {
  var n = typeof e == "function" ? e : Ts(e), o = t == null ? Yv : typeof t == "function" ? t : As(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function qv() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Gv() {
  return this.each(qv);
}
function Uv() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Wv() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Kv(e) {
  return this.select(e ? Wv : Uv);
}
function Zv(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function jv(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Jv(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Qv(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function ep(e, t, n) {
  return function() {
    var o = this.__on, i, r = jv(t);
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
function tp(e, t, n) {
  var o = Jv(e + ""), i, r = o.length, s;
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
  for (a = t ? ep : Qv, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Hs(e, t, n) {
  var o = Os(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function np(e, t) {
  return function() {
    return Hs(this, e, t);
  };
}
function op(e, t) {
  return function() {
    return Hs(this, e, t.apply(this, arguments));
  };
}
function ip(e, t) {
  return this.each((typeof t == "function" ? op : np)(e, t));
}
function* rp() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var sp = [null];
function tt(e, t) {
  this._groups = e, this._parents = t;
}
function ap() {
  return this;
}
tt.prototype = {
  constructor: tt,
  select: Cm,
  selectAll: zm,
  selectChild: Lm,
  selectChildren: Ym,
  filter: Xm,
  data: Zm,
  enter: qm,
  exit: Jm,
  join: Qm,
  merge: ev,
  selection: ap,
  order: tv,
  sort: nv,
  call: iv,
  nodes: rv,
  node: sv,
  size: av,
  empty: lv,
  each: uv,
  attr: pv,
  style: xv,
  property: $v,
  classed: Cv,
  text: Av,
  html: Bv,
  raise: Lv,
  lower: Hv,
  append: Fv,
  insert: Xv,
  remove: Gv,
  clone: Kv,
  datum: Zv,
  on: tp,
  dispatch: ip,
  [Symbol.iterator]: rp
};
function Sn(e) {
  return typeof e == "string" ? new tt([[document.querySelector(e)]], [document.documentElement]) : new tt([[e]], sp);
}
function lp(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function fr(e, t) {
  if (e = lp(e), t === void 0 && (t = e.currentTarget), t) {
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
var up = { value: () => {
} };
function Fs() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new Wn(n);
}
function Wn(e) {
  this._ = e;
}
function cp(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
Wn.prototype = Fs.prototype = {
  constructor: Wn,
  on: function(e, t) {
    var n = this._, o = cp(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = dp(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = hr(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = hr(n[i], e.name, null);
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
function dp(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function hr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = up, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const fp = { passive: !1 }, $n = { capture: !0, passive: !1 };
function To(e) {
  e.stopImmediatePropagation();
}
function Kt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function hp(e) {
  var t = e.document.documentElement, n = Sn(e).on("dragstart.drag", Kt, $n);
  "onselectstart" in t ? n.on("selectstart.drag", Kt, $n) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function mp(e, t) {
  var n = e.document.documentElement, o = Sn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Kt, $n), setTimeout(function() {
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
Zo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function vp(e) {
  return !e.ctrlKey && !e.button;
}
function pp() {
  return this.parentNode;
}
function gp(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function yp() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function wp() {
  var e = vp, t = pp, n = gp, o = yp, i = {}, r = Fs("start", "drag", "end"), s = 0, a, l, u, c, d = 0;
  function f(v) {
    v.on("mousedown.drag", m).filter(o).on("touchstart.drag", x).on("touchmove.drag", k, fp).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function m(v, A) {
    if (!(c || !e.call(this, v, A))) {
      var Y = p(this, t.call(this, v, A), v, A, "mouse");
      Y && (Sn(v.view).on("mousemove.drag", S, $n).on("mouseup.drag", b, $n), hp(v.view), To(v), u = !1, a = v.clientX, l = v.clientY, Y("start", v));
    }
  }
  function S(v) {
    if (Kt(v), !u) {
      var A = v.clientX - a, Y = v.clientY - l;
      u = A * A + Y * Y > d;
    }
    i.mouse("drag", v);
  }
  function b(v) {
    Sn(v.view).on("mousemove.drag mouseup.drag", null), mp(v.view, u), Kt(v), i.mouse("end", v);
  }
  function x(v, A) {
    if (e.call(this, v, A)) {
      var Y = v.changedTouches, H = t.call(this, v, A), V = Y.length, oe, J;
      for (oe = 0; oe < V; ++oe)
        (J = p(this, H, v, A, Y[oe].identifier, Y[oe])) && (To(v), J("start", v, Y[oe]));
    }
  }
  function k(v) {
    var A = v.changedTouches, Y = A.length, H, V;
    for (H = 0; H < Y; ++H)
      (V = i[A[H].identifier]) && (Kt(v), V("drag", v, A[H]));
  }
  function C(v) {
    var A = v.changedTouches, Y = A.length, H, V;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), H = 0; H < Y; ++H)
      (V = i[A[H].identifier]) && (To(v), V("end", v, A[H]));
  }
  function p(v, A, Y, H, V, oe) {
    var J = r.copy(), Z = fr(oe || Y, A), I, ae, E;
    if ((E = n.call(v, new Zo("beforestart", {
      sourceEvent: Y,
      target: f,
      identifier: V,
      active: s,
      x: Z[0],
      y: Z[1],
      dx: 0,
      dy: 0,
      dispatch: J
    }), H)) != null)
      return I = E.x - Z[0] || 0, ae = E.y - Z[1] || 0, function X(P, W, D) {
        var z = Z, F;
        switch (P) {
          case "start":
            i[V] = X, F = s++;
            break;
          case "end":
            delete i[V], --s;
          case "drag":
            Z = fr(D || W, A), F = s;
            break;
        }
        J.call(
          P,
          v,
          new Zo(P, {
            sourceEvent: W,
            subject: E,
            target: f,
            identifier: V,
            active: F,
            x: Z[0] + I,
            y: Z[1] + ae,
            dx: Z[0] - z[0],
            dy: Z[1] - z[1],
            dispatch: J
          }),
          H
        );
      };
  }
  return f.filter = function(v) {
    return arguments.length ? (e = typeof v == "function" ? v : Hn(!!v), f) : e;
  }, f.container = function(v) {
    return arguments.length ? (t = typeof v == "function" ? v : Hn(v), f) : t;
  }, f.subject = function(v) {
    return arguments.length ? (n = typeof v == "function" ? v : Hn(v), f) : n;
  }, f.touchable = function(v) {
    return arguments.length ? (o = typeof v == "function" ? v : Hn(!!v), f) : o;
  }, f.on = function() {
    var v = r.on.apply(r, arguments);
    return v === r ? f : v;
  }, f.clickDistance = function(v) {
    return arguments.length ? (d = (v = +v) * v, f) : Math.sqrt(d);
  }, f;
}
var Lt = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Lt || {});
function xp({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const s = e - t, a = n - o, l = [s > 0 ? 1 : s < 0 ? -1 : 0, a > 0 ? 1 : a < 0 ? -1 : 0];
  return s && i && (l[0] = l[0] * -1), a && r && (l[1] = l[1] * -1), l;
}
const bp = {
  [Lt.Line]: "right",
  [Lt.Handle]: "bottom-right"
}, kp = {
  [Lt.Line]: "borderColor",
  [Lt.Handle]: "backgroundColor"
}, _p = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, mr = /* @__PURE__ */ Xe({
  ..._p,
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
    }, { findNode: r, emits: s, viewport: a, noDragClassName: l } = Ye(), u = ys(), c = ye();
    let d = i, f = o;
    const m = Ve(() => n.position ?? bp[n.variant]), S = ee(() => m.value.split("-")), b = Ve(() => n.color ? { [kp[n.variant]]: n.color } : {});
    return ta((x) => {
      if (!c.value || !n.nodeId)
        return;
      const k = Sn(c.value), C = m.value.includes("right") || m.value.includes("left"), p = m.value.includes("bottom") || m.value.includes("top"), v = m.value.includes("left"), A = m.value.includes("top"), Y = wp().on("start", (H) => {
        const V = r(n.nodeId), { xSnapped: oe, ySnapped: J } = u(H);
        f = {
          width: (V == null ? void 0 : V.dimensions.width) ?? 0,
          height: (V == null ? void 0 : V.dimensions.height) ?? 0,
          x: (V == null ? void 0 : V.position.x) ?? 0,
          y: (V == null ? void 0 : V.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: oe,
          pointerY: J,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: H, params: f });
      }).on("drag", (H) => {
        var V;
        const { xSnapped: oe, ySnapped: J } = u(H), Z = r(n.nodeId);
        if (Z) {
          const I = [], {
            pointerX: ae,
            pointerY: E,
            width: X,
            height: P,
            x: W,
            y: D,
            aspectRatio: z
          } = d, { x: F, y: te, width: le, height: he } = f, me = Math.floor(C ? oe - ae : 0), re = Math.floor(p ? J - E : 0);
          let Q = xt(X + (v ? -me : me), n.minWidth, n.maxWidth), ie = xt(P + (A ? -re : re), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const pe = Q / ie;
            let _ = z;
            typeof n.keepAspectRatio == "number" && pe !== n.keepAspectRatio && (_ = n.keepAspectRatio);
            const w = C && p, h = C && !p, g = p && !C;
            Q = pe <= _ && w || g ? ie * _ : Q, ie = pe > _ && w || h ? Q / _ : ie, Q >= n.maxWidth ? (Q = n.maxWidth, ie = n.maxWidth / _) : Q <= n.minWidth && (Q = n.minWidth, ie = n.minWidth / _), ie >= n.maxHeight ? (ie = n.maxHeight, Q = n.maxHeight * _) : ie <= n.minHeight && (ie = n.minHeight, Q = n.minHeight * _);
          }
          const Ne = Q !== le, Pe = ie !== he;
          if (v || A) {
            const pe = v ? W - (Q - X) : W, _ = A ? D - (ie - P) : D, w = pe !== F && Ne, h = _ !== te && Pe;
            if (w || h) {
              const g = {
                id: Z.id,
                type: "position",
                from: Z.position,
                position: {
                  x: w ? pe : F,
                  y: h ? _ : te
                }
              };
              I.push(g), f.x = g.position.x, f.y = g.position.y;
            }
          }
          if (n.nodeId && (Ne || Pe)) {
            const pe = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: Q,
                height: ie
              }
            };
            I.push(pe), f.width = Q, f.height = ie;
          }
          if (I.length === 0)
            return;
          const we = xp({
            width: f.width,
            prevWidth: le,
            height: f.height,
            prevHeight: he,
            invertX: v,
            invertY: A
          }), Ie = { ...f, direction: we };
          if (((V = n.shouldResize) == null ? void 0 : V.call(n, H, Ie)) === !1)
            return;
          t("resize", { event: H, params: Ie }), s.nodesChange(I);
        }
      }).on("end", (H) => {
        if (n.nodeId) {
          const V = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: H, params: f }), s.nodesChange([V]);
        }
      });
      k.call(Y), x(() => {
        k.on(".drag", null);
      });
    }), (x, k) => (M(), T("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Be(["vue-flow__resize-control", [...S.value, x.variant, B(l)]]),
      style: ze({
        ...b.value,
        scale: x.variant === B(Lt).Handle ? `${Math.max(1 / B(a).zoom, 1)}` : void 0
      })
    }, [
      Ze(x.$slots, "default")
    ], 6));
  }
}), Sp = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, $p = /* @__PURE__ */ Xe({
  ...Sp,
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
    const n = e, { findNode: o, emits: i } = Ye(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], s = ["top", "right", "bottom", "left"], a = Ct(di, null), l = Ve(() => typeof n.nodeId == "string" ? n.nodeId : a), u = ee(() => o(l.value));
    return Ee(
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
        const b = u.value;
        if (b && S) {
          const x = {
            id: b.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: b.dimensions.width,
              height: b.dimensions.height
            }
          };
          c && b.dimensions.width < c && (x.dimensions.width = c), d && b.dimensions.height < d && (x.dimensions.height = d), f && b.dimensions.width > f && (x.dimensions.width = f), m && b.dimensions.height > m && (x.dimensions.height = m), (x.dimensions.width !== b.dimensions.width || x.dimensions.height !== b.dimensions.height) && i.nodesChange([x]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (M(), T($e, { key: 0 }, [
      (M(), T($e, null, Fe(s, (f) => de(mr, {
        key: f,
        class: Be(c.lineClassName),
        style: ze(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: B(Lt).Line,
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
      (M(), T($e, null, Fe(r, (f) => de(mr, {
        key: f,
        class: Be(c.handleClassName),
        style: ze(c.handleStyle),
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
}), Ep = ["data-id", "data-kind", "data-sub"], Np = {
  key: 4,
  class: "mx-others"
}, Mp = { class: "mx-head" }, Cp = { class: "mx-kind" }, Ip = { class: "mx-tools nodrag" }, Pp = { class: "mx-body" }, Tp = { class: "mx-thread-title" }, Ap = { class: "mx-comment-meta" }, zp = ["onClick"], Dp = { class: "mx-comment-text" }, Op = {
  key: 0,
  class: "mx-empty"
}, Bp = ["onKeydown"], Ht = {
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
    const t = e, { state: n, send: o, commentsOf: i, othersOn: r } = bt(), s = ee(() => i(t.data.id)), a = ee(() => s.value.filter((b) => !b.resolved).length), l = ee(() => n.openComments === t.data.id), u = ee(() => r(t.data.id)), c = ye(""), d = ye(null);
    function f() {
      n.openComments = l.value ? null : t.data.id, n.openComments && je(() => d.value && d.value.focus());
    }
    function m() {
      const b = c.value.trim();
      b && (o("comment", { id: t.data.id, text: b }), c.value = "");
    }
    function S(b) {
      const x = b.params || {};
      o("move", { moves: [{ id: t.data.id, x: x.x, y: x.y, w: x.width, h: x.height }] });
    }
    return (b, x) => (M(), T("div", {
      class: Be(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected, "is-failed": e.data.status && e.data.status.state === "failed" }]),
      style: ze({ "--edge": e.edge, "--other": u.value[0] ? u.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (M(), He(B($p), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: B(Wo),
        onResizeEnd: S
      }, null, 8, ["min-width", "min-height", "color"])) : se("", !0),
      e.target ? (M(), He(B(Et), {
        key: 1,
        id: "in",
        type: "target",
        position: B(fe).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : se("", !0),
      e.source ? (M(), He(B(Et), {
        key: 2,
        type: "source",
        position: B(fe).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : se("", !0),
      e.data.kind === "intent" ? (M(), T($e, { key: 3 }, [
        de(B(Et), {
          id: "seq-in",
          type: "target",
          position: B(fe).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        de(B(Et), {
          id: "seq-out",
          type: "source",
          position: B(fe).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : se("", !0),
      u.value.length ? (M(), T("div", Np, [
        (M(!0), T($e, null, Fe(u.value, (k) => (M(), T("span", {
          key: k.id,
          class: "mx-other-tag",
          style: ze({ background: k.color })
        }, G(k.name), 5))), 128))
      ])) : se("", !0),
      $("header", Mp, [
        de(Me, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        Ze(b.$slots, "kind", {}, () => [
          $("span", Cp, G(e.kindLabel), 1)
        ]),
        x[6] || (x[6] = $("span", { class: "mx-spacer" }, null, -1)),
        Ze(b.$slots, "head"),
        a.value ? (M(), T("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: ge(f, ["stop"]),
          title: "Comments"
        }, [
          de(Me, {
            name: "comment",
            size: 11
          }),
          Ce(G(a.value), 1)
        ])) : se("", !0),
        $("div", Ip, [
          $("button", {
            title: "Comment",
            onClick: ge(f, ["stop"])
          }, [
            de(Me, {
              name: "comment",
              size: 13
            })
          ]),
          $("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: x[0] || (x[0] = ge((k) => B(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            de(Me, {
              name: "copy",
              size: 13
            })
          ]),
          $("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: x[1] || (x[1] = ge((k) => B(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            de(Me, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      $("div", Pp, [
        Ze(b.$slots, "default")
      ]),
      Ze(b.$slots, "foot"),
      l.value ? (M(), T("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: x[4] || (x[4] = ge(() => {
        }, ["stop"])),
        onKeydown: x[5] || (x[5] = ge(() => {
        }, ["stop"]))
      }, [
        $("div", Tp, [
          x[7] || (x[7] = Ce("Comments ")),
          $("button", {
            class: "mx-x",
            onClick: x[2] || (x[2] = (k) => B(n).openComments = null)
          }, [
            de(Me, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (M(!0), T($e, null, Fe(s.value, (k) => (M(), T("div", {
          key: k.id,
          class: Be(["mx-comment", { resolved: k.resolved }])
        }, [
          $("div", Ap, [
            $("b", null, G(k.author), 1),
            $("span", null, G(B(wo)(k.created)), 1),
            $("button", {
              class: "mx-resolve",
              onClick: (C) => B(o)("resolve", { id: k.id, resolved: !k.resolved })
            }, G(k.resolved ? "reopen" : "resolve"), 9, zp)
          ]),
          $("div", Dp, G(k.text), 1)
        ], 2))), 128)),
        s.value.length ? se("", !0) : (M(), T("div", Op, "No comments yet.")),
        Zt($("textarea", {
          ref_key: "input",
          ref: d,
          "onUpdate:modelValue": x[3] || (x[3] = (k) => c.value = k),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: vt(ge(m, ["exact", "prevent"]), ["enter"])
        }, null, 40, Bp), [
          [vn, c.value]
        ])
      ], 32)) : se("", !0)
    ], 14, Ep));
  }
}, Rp = ["value", "rows", "placeholder", "data-field"], Lp = ["value", "placeholder", "data-field"], vr = 450, At = {
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
    const t = e, { send: n } = bt(), o = ye(null), i = ye(t.value || "");
    let r = t.value || "", s = null, a = 0, l = null;
    function u() {
      s = null, i.value !== r && (t.merge ? n("text", { id: t.blockId, field: t.field, base: r, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), r = i.value);
    }
    function c() {
      const S = o.value;
      !S || !t.multiline || (S.style.height = "auto", S.style.height = `${S.scrollHeight}px`);
    }
    nt(c), Ee(i, () => je(c));
    function d(S) {
      i.value = S.target.value, a = Date.now(), s && clearTimeout(s), s = setTimeout(u, 160);
    }
    function f(S) {
      const b = o.value, x = b && document.activeElement === b;
      if (x && (s || Date.now() - a < vr)) {
        l = S, setTimeout(() => {
          if (l !== null) {
            const C = l;
            l = null, f(C);
          }
        }, vr);
        return;
      }
      if (l = null, S === i.value) {
        r = S;
        return;
      }
      let k = x ? b.selectionStart : null;
      if (k !== null) {
        let C = 0;
        const p = i.value;
        for (; C < p.length && C < S.length && p[C] === S[C]; ) C++;
        C < k && (k += S.length - p.length);
      }
      i.value = S, r = S, k !== null && requestAnimationFrame(() => {
        try {
          b.setSelectionRange(k, k);
        } catch {
        }
      });
    }
    function m() {
      s && (clearTimeout(s), u());
    }
    return Ee(() => t.value, (S) => f(S || "")), Vt(() => {
      s && (clearTimeout(s), u());
    }), (S, b) => e.multiline ? (M(), T("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Be(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onBlur: m,
      onKeydown: b[0] || (b[0] = ge(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, Rp)) : (M(), T("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Be(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: d,
      onKeydown: [
        b[1] || (b[1] = ge(() => {
        }, ["stop"])),
        b[2] || (b[2] = vt((x) => x.target.blur(), ["enter"]))
      ],
      onBlur: m,
      "data-field": e.field
    }, null, 42, Lp));
  }
}, Vp = { class: "mx-panel-ids" }, Hp = {
  key: 0,
  title: "The number the cut gives this shot now (shot_no is kept only when locked)"
}, Fp = {
  class: "mx-panel-no",
  "data-role": "panel-number"
}, Yp = { class: "lens" }, Xp = {
  key: 0,
  class: "mx-panel-row mx-panel-cut",
  "data-role": "cut-points"
}, qp = ["value"], Gp = ["value"], Up = { class: "of" }, Wp = ["data-choice"], Kp = { class: "k" }, Zp = { class: "mx-chips" }, jp = ["data-value", "onClick"], Jp = { class: "k" }, Qp = {
  __name: "ShotPanel",
  props: { id: String, data: Object, shot: Object },
  setup(e) {
    const t = e, { state: n, send: o } = bt(), i = [
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
    return (l, u) => (M(), T("div", {
      class: "mx-panel nodrag nowheel",
      "data-role": "shot-panel",
      onPointerdown: u[4] || (u[4] = ge(() => {
      }, ["stop"])),
      onKeydown: u[5] || (u[5] = ge(() => {
      }, ["stop"]))
    }, [
      $("div", Vp, [
        $("label", null, [
          u[6] || (u[6] = $("span", null, "sc", -1)),
          de(At, {
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
          de(At, {
            "block-id": e.id,
            field: "shot_no",
            value: e.data.shot_no,
            merge: !1,
            placeholder: "—",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ]),
        e.shot ? (M(), T("label", Hp, [
          u[8] || (u[8] = $("span", null, "#", -1)),
          $("b", Fp, G(e.shot.number), 1)
        ])) : se("", !0),
        $("label", Yp, [
          u[9] || (u[9] = $("span", null, "lens", -1)),
          de(At, {
            "block-id": e.id,
            field: "lens",
            value: e.data.lens,
            merge: !1,
            placeholder: "35mm",
            cls: "mx-panel-no"
          }, null, 8, ["block-id", "value"])
        ])
      ]),
      e.shot ? (M(), T("div", Xp, [
        u[14] || (u[14] = $("span", { class: "k" }, "cut", -1)),
        $("label", null, [
          u[10] || (u[10] = Ce("in ")),
          $("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_in,
            "data-role": "cut-in",
            onChange: u[0] || (u[0] = (c) => s("in", c)),
            onKeydown: u[1] || (u[1] = ge(() => {
            }, ["stop"]))
          }, null, 40, qp),
          u[11] || (u[11] = Ce("s"))
        ]),
        $("label", null, [
          u[12] || (u[12] = Ce("out ")),
          $("input", {
            type: "number",
            min: "0",
            step: "0.1",
            value: e.shot.cut_out,
            "data-role": "cut-out",
            onChange: u[2] || (u[2] = (c) => s("out", c)),
            onKeydown: u[3] || (u[3] = ge(() => {
            }, ["stop"]))
          }, null, 40, Gp),
          u[13] || (u[13] = Ce("s"))
        ]),
        $("span", Up, "of " + G(e.shot.duration_s) + "s (" + G(e.shot.duration_from) + ")", 1)
      ])) : se("", !0),
      (M(), T($e, null, Fe(i, (c) => $("div", {
        key: c.field,
        class: "mx-panel-row",
        "data-choice": c.field
      }, [
        $("span", Kp, G(c.label), 1),
        $("div", Zp, [
          (M(!0), T($e, null, Fe((B(n).choices[c.field] || []).filter((d) => d), (d) => (M(), T("button", {
            key: d,
            class: Be({ on: e.data[c.field] === d }),
            "data-value": d,
            onClick: ge((f) => a(c.field, d), ["stop"])
          }, G(d), 11, jp))), 128))
        ])
      ], 8, Wp)), 64)),
      (M(), T($e, null, Fe(r, (c) => $("div", {
        key: c.field,
        class: "mx-panel-text"
      }, [
        $("span", Jp, G(c.label), 1),
        de(At, {
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
}, jo = (e) => `${Math.floor(e / 60)}:${String(Math.floor(e % 60)).padStart(2, "0")}`;
function Ys(e) {
  const t = ye(0), n = ye(0), o = ye(!1);
  let i = 0;
  function r() {
    e.value && (t.value = e.value.currentTime), i = o.value ? requestAnimationFrame(r) : 0;
  }
  function s() {
    o.value = !0, i || (i = requestAnimationFrame(r));
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
    const f = (b) => l(b, d), m = () => {
      d.removeEventListener("pointermove", f), d.removeEventListener("pointerup", m);
    };
    d.addEventListener("pointermove", f), d.addEventListener("pointerup", m);
  }
  return Vt(() => {
    i && cancelAnimationFrame(i);
  }), { t, dur: n, playing: o, onPlay: s, onPause: a, scrubDown: u, fmt: jo };
}
const eg = ["title"], tg = { class: "mx-scrub-track" }, ng = { "data-role": "time" }, Xs = {
  __name: "ScrubControls",
  props: { t: Number, dur: Number, playing: Boolean, withPlay: { type: Boolean, default: !0 } },
  emits: ["toggle", "scrub"],
  setup(e) {
    return (t, n) => (M(), T($e, null, [
      e.withPlay ? (M(), T("button", {
        key: 0,
        class: "mx-clip-btn",
        "data-role": "play",
        title: e.playing ? "Pause" : "Play",
        onClick: n[0] || (n[0] = ge((o) => t.$emit("toggle"), ["stop"]))
      }, [
        de(Me, {
          name: e.playing ? "pause" : "play",
          size: 12
        }, null, 8, ["name"])
      ], 8, eg)) : se("", !0),
      $("div", {
        class: "mx-scrub-bar",
        "data-role": "scrub",
        onPointerdown: n[1] || (n[1] = ge((o) => t.$emit("scrub", o), ["stop"]))
      }, [
        $("div", tg, [
          $("i", {
            style: ze({ width: e.dur ? `${e.t / e.dur * 100}%` : "0%" })
          }, null, 4)
        ])
      ], 32),
      $("span", ng, G(B(jo)(e.t)) + " / " + G(B(jo)(e.dur)), 1)
    ], 64));
  }
}, og = ["src", "poster", "loop", "muted", "data-role"], ig = {
  key: 0,
  class: "mx-clip-big",
  "aria-hidden": "true"
}, rg = {
  key: 0,
  class: "mx-scrub nodrag"
}, sg = ["data-muted", "title"], xo = {
  __name: "ClipPlayer",
  props: {
    src: String,
    poster: { type: String, default: "" },
    scrub: { type: Boolean, default: !0 },
    sound: { type: Boolean, default: !1 },
    videoRole: { type: String, default: void 0 }
  },
  setup(e) {
    const t = e, n = ye(null), { t: o, dur: i, playing: r, onPlay: s, onPause: a, scrubDown: l } = Ys(n), u = ye(!t.sound);
    function c() {
      const k = n.value;
      if (!k) return;
      k.preload = "auto", k.muted = u.value;
      const C = k.play();
      C && C.catch && C.catch(() => {
      });
    }
    function d() {
      const k = n.value;
      k && k.pause();
    }
    function f() {
      r.value ? d() : c();
    }
    function m() {
      t.sound || c();
    }
    function S() {
      t.sound || d();
    }
    function b() {
      u.value = !u.value, n.value && (n.value.muted = u.value);
    }
    function x(k) {
      i.value = k.target.duration || 0, k.target.muted = u.value;
    }
    return (k, C) => (M(), T("div", {
      class: Be(["mx-clip", { playing: B(r), "mx-clip-sound": e.sound }]),
      "data-role": "clip",
      onPointerenter: m,
      onPointerleave: S
    }, [
      $("div", {
        class: "mx-clip-pic",
        onClick: C[3] || (C[3] = (p) => e.sound && f())
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
          onPlay: C[0] || (C[0] = (...p) => B(s) && B(s)(...p)),
          onPause: C[1] || (C[1] = (...p) => B(a) && B(a)(...p)),
          onEnded: C[2] || (C[2] = (...p) => B(a) && B(a)(...p))
        }, null, 40, og),
        e.sound && !B(r) ? (M(), T("span", ig, [
          de(Me, {
            name: "play",
            size: 22
          })
        ])) : se("", !0)
      ]),
      e.scrub || e.sound ? (M(), T("div", rg, [
        de(Xs, {
          t: B(o),
          dur: B(i),
          playing: B(r),
          "with-play": e.sound,
          onToggle: f,
          onScrub: B(l)
        }, null, 8, ["t", "dur", "playing", "with-play", "onScrub"]),
        e.sound ? (M(), T("button", {
          key: 0,
          class: "mx-clip-btn",
          "data-role": "mute",
          "data-muted": u.value ? "1" : "0",
          title: u.value ? "Sound on" : "Mute",
          onClick: ge(b, ["stop"])
        }, [
          de(Me, {
            name: u.value ? "volume-x" : "volume",
            size: 12
          }, null, 8, ["name"])
        ], 8, sg)) : se("", !0)
      ])) : se("", !0)
    ], 34));
  }
}, ag = ["data-runs", "title"], lg = {
  class: "mx-seq nodrag",
  title: "Shot number: drag it onto another intent to move this shot there; arrows move it earlier / later"
}, ug = { class: "mx-status-text" }, cg = {
  key: 0,
  class: "mx-pct",
  "data-role": "pct"
}, dg = {
  key: 0,
  class: "mx-progress"
}, fg = { class: "mx-intent-main" }, hg = { class: "mx-intent-text" }, mg = {
  key: 0,
  class: "mx-thumb mx-live",
  "data-role": "live-preview",
  title: "Live preview from the machine rendering it"
}, vg = ["src"], pg = {
  key: 1,
  class: "mx-thumb"
}, gg = ["src"], yg = ["title", "data-in", "data-out", "data-duration"], wg = ["data-locked", "title"], xg = { class: "bar" }, bg = { class: "mx-foot nodrag" }, kg = ["title"], _g = {
  key: 1,
  class: "mx-subs"
}, Sg = ["title", "onClick"], $g = ["title"], Eg = ["value", "disabled"], Ng = {
  key: 3,
  class: "mx-grow"
}, Mg = ["data-pipeline", "onClick"], Cg = { class: "mx-pipe-name" }, Ig = { key: 0 }, Pg = { class: "mx-pipe-stages" }, Tg = { key: 0 }, Ag = {
  key: 0,
  class: "mx-pipe-desc"
}, zg = { class: "mx-pipe-name" }, Dg = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = bt(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, r = ee(() => t.data.status || { state: "idle", label: "idle" }), s = ee(() => tn[r.value.state] || tn.idle), a = ee(() => ar[r.value.state] || ar.idle), l = ee(() => {
      const D = r.value.label || r.value.state;
      return D.startsWith(r.value.state) ? D : `${r.value.state} · ${D}`;
    }), u = ee(() => `${Math.round((r.value.fraction || 0) * 100)}%`), c = ee(() => I.value && r.value.fraction !== void 0), d = ye(!1);
    Ee(() => r.value.state, (D) => {
      D !== "failed" && (d.value = !1);
    });
    const f = ye(!1), m = ee(() => t.data.pipeline || n.pipelines.defaults[t.data.sub] || "scene"), S = ee(() => n.pipelines.list.find((D) => D.name === m.value) || null);
    function b() {
      f.value = !f.value, f.value && o("pipelines");
    }
    function x(D) {
      f.value = !1, o("pipeline", { id: t.id, name: D });
    }
    const k = ee(() => n.shots[t.id] || null), C = ee(() => {
      var D;
      return ((D = k.value) == null ? void 0 : D.duration_from) === "directive";
    }), p = ee(() => k.value ? k.value.number : "—"), v = ee(() => {
      const D = k.value;
      if (!D) return "";
      const z = D.cut_in > 0 || D.cut_out < D.duration_s;
      return `in ${A(D.cut_in)} · out ${A(D.cut_out)} of ${A(D.duration_s)}${z ? " (handles kept)" : ""}`;
    });
    function A(D) {
      return `${Math.round(D * 100) / 100}s`;
    }
    function Y() {
      k.value && o("lock", { id: t.id, locked: !k.value.locked });
    }
    const H = ye(null);
    function V(D) {
      if (D.button !== 0) return;
      D.preventDefault(), D.stopPropagation();
      const z = { x: D.clientX, y: D.clientY };
      let F = !1;
      const te = (he) => {
        if (!F && Math.hypot(he.clientX - z.x, he.clientY - z.y) < 4) return;
        F = !0;
        const me = oe(he);
        H.value = { x: he.clientX, y: he.clientY, target: me ? me.id : "", before: me ? me.before : !1 }, document.querySelectorAll(".mx-block.mx-seq-drop").forEach((re) => re.classList.remove("mx-seq-drop", "before", "after")), me && me.el.classList.add("mx-seq-drop", me.before ? "before" : "after");
      }, le = (he) => {
        if (window.removeEventListener("pointermove", te), window.removeEventListener("pointerup", le), document.querySelectorAll(".mx-block.mx-seq-drop").forEach((Q) => Q.classList.remove("mx-seq-drop", "before", "after")), H.value = null, !F) return;
        const me = oe(he);
        if (!me) return;
        let re = me.id;
        if (me.before) {
          const Q = n.sequence.filter((Ne) => Ne !== t.id), ie = Q.indexOf(me.id);
          re = ie > 0 ? Q[ie - 1] : null;
        }
        re !== t.id && o("place_after", { id: t.id, after: re });
      };
      window.addEventListener("pointermove", te), window.addEventListener("pointerup", le);
    }
    function oe(D) {
      var te;
      const z = (te = document.elementFromPoint(D.clientX, D.clientY)) == null ? void 0 : te.closest('.mx-block[data-kind="intent"][data-id]');
      if (!z || z.dataset.id === t.id) return null;
      const F = z.getBoundingClientRect();
      return { el: z, id: z.dataset.id, before: D.clientX < F.left + F.width / 2 };
    }
    const J = ee(() => {
      const D = t.data.takes || [], z = t.data.chosen || {};
      return D.find((F) => F.id === z.clip) || D.find((F) => F.id === z.still) || null;
    }), Z = ee(() => {
      const D = (t.data.takes || []).find((z) => z.id === (t.data.chosen || {}).still);
      return D && !(D.mime || "").startsWith("video") ? D.url : "";
    }), I = ee(() => ["queued", "claimed", "rendering"].includes(r.value.state));
    function ae(D) {
      const z = n.sequence.indexOf(t.id);
      z < 0 || o("reorder", { id: t.id, index: Math.max(0, z + D) });
    }
    const E = ye(!1), X = Ye();
    Ee(E, (D) => {
      D && je(() => {
        const z = document.querySelector(`.mx-block[data-id="${t.id}"] .mx-panel`), F = document.querySelector(".vue-flow");
        if (!z || !F) return;
        const te = z.getBoundingClientRect().bottom - F.getBoundingClientRect().bottom + 16;
        if (te > 0) {
          const le = X.viewport.value;
          X.setViewport({ x: le.x, y: le.y - te, zoom: le.zoom }, { duration: 200 });
        }
      });
    });
    const P = ee(() => {
      const D = t.data, z = k.value ? k.value.number : "";
      return [[D.scene_no && `sc ${D.scene_no}`, z && `sh ${z}`].filter(Boolean).join(" "), D.shot_size, D.angle, D.camera_move, D.lens, D.transition].filter(Boolean).join(" · ");
    });
    function W(D) {
      const z = parseFloat(D.target.value);
      Number.isFinite(z) && o("update", { id: t.id, fields: { duration_s: z } });
    }
    return (D, z) => (M(), He(Ht, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: s.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      kind: qe(() => [
        $("button", {
          class: Be(["mx-pipe-chip nodrag", { on: f.value, picked: !!e.data.pipeline }]),
          "data-role": "pipeline",
          "data-runs": m.value,
          title: S.value ? `Runs the ${m.value} pipeline: ${S.value.stages.join(" → ")}. Click to pick another` : `Runs ${m.value}`,
          onClick: ge(b, ["stop"])
        }, [
          $("span", null, G(m.value), 1),
          de(Me, {
            name: "down",
            size: 10
          })
        ], 10, ag)
      ]),
      head: qe(() => [
        $("span", lg, [
          $("button", {
            onClick: z[0] || (z[0] = ge((F) => ae(-1), ["stop"])),
            "data-role": "seq-earlier"
          }, [
            de(Me, {
              name: "left",
              size: 11
            })
          ]),
          $("b", {
            "data-role": "shot-number",
            class: Be({ locked: k.value && k.value.locked }),
            onPointerdown: V
          }, G(p.value), 35),
          $("button", {
            onClick: z[1] || (z[1] = ge((F) => ae(1), ["stop"])),
            "data-role": "seq-later"
          }, [
            de(Me, {
              name: "right",
              size: 11
            })
          ])
        ]),
        (M(), He(ei(r.value.state === "failed" ? "button" : "span"), {
          class: "mx-status nodrag",
          style: ze({ color: a.value }),
          title: r.value.state === "failed" ? "Why it failed" : [l.value, r.value.peer && `on ${r.value.peer}`, r.value.msg].filter(Boolean).join(" · "),
          "data-role": "status",
          "data-state": r.value.state,
          onClick: z[2] || (z[2] = ge((F) => r.value.state === "failed" && (d.value = !d.value), ["stop"]))
        }, {
          default: qe(() => [
            $("i", {
              class: "mx-dot",
              style: ze({ background: r.value.state === "idle" ? a.value : s.value })
            }, null, 4),
            $("span", ug, G(l.value), 1),
            c.value ? (M(), T("b", cg, G(u.value), 1)) : se("", !0),
            r.value.state === "failed" ? (M(), He(Me, {
              key: 1,
              name: "info",
              size: 11
            })) : se("", !0)
          ]),
          _: 1
        }, 8, ["style", "title", "data-state"]))
      ]),
      foot: qe(() => [
        $("footer", bg, [
          I.value && r.value.peer ? (M(), T("span", {
            key: 0,
            class: "mx-on",
            "data-role": "machine",
            title: `on ${r.value.peer}`
          }, [
            z[13] || (z[13] = Ce("on ")),
            $("b", null, G(r.value.peer), 1)
          ], 8, kg)) : (M(), T("div", _g, [
            (M(), T($e, null, Fe(i, (F, te) => $("button", {
              key: te,
              class: Be({ on: e.data.sub === te }),
              title: te,
              onClick: ge((le) => B(o)("update", { id: e.id, fields: { sub: te } }), ["stop"])
            }, [
              de(Me, {
                name: F,
                size: 12
              }, null, 8, ["name"])
            ], 10, Sg)), 64))
          ])),
          I.value && r.value.peer ? se("", !0) : (M(), T("label", {
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
              value: C.value ? k.value.duration_s : e.data.duration_s,
              disabled: C.value,
              onChange: W,
              onKeydown: z[4] || (z[4] = ge(() => {
              }, ["stop"]))
            }, null, 40, Eg),
            z[14] || (z[14] = Ce("s "))
          ], 8, $g)),
          $("button", {
            class: Be(["mx-panel-toggle", { on: E.value }]),
            title: "Shot panel: numbers, framing, camera, sound",
            "data-role": "panel-toggle",
            onClick: z[5] || (z[5] = ge((F) => E.value = !E.value, ["stop"]))
          }, [
            de(Me, {
              name: "film",
              size: 12
            })
          ], 2),
          I.value && r.value.peer ? se("", !0) : (M(), T("span", Ng)),
          I.value ? (M(), T("button", {
            key: 4,
            class: "mx-act ghost",
            title: "Cancel render",
            "data-role": "cancel",
            onClick: z[6] || (z[6] = ge((F) => B(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            de(Me, {
              name: "square",
              size: 10
            }),
            z[15] || (z[15] = Ce("Cancel"))
          ])) : (M(), T("button", {
            key: 5,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: z[7] || (z[7] = ge((F) => B(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            de(Me, {
              name: "play",
              size: 11
            }),
            z[16] || (z[16] = Ce("Render"))
          ]))
        ]),
        r.value.state === "failed" && d.value ? (M(), T("div", {
          key: 0,
          class: "mx-reason nodrag nowheel",
          "data-role": "reason",
          onPointerdown: z[9] || (z[9] = ge(() => {
          }, ["stop"]))
        }, [
          $("b", null, G(r.value.stage ? `${r.value.stage} failed` : "failed"), 1),
          Ce(G(r.value.reason) + " ", 1),
          $("button", {
            class: "mx-x",
            title: "Close",
            onClick: z[8] || (z[8] = ge((F) => d.value = !1, ["stop"]))
          }, [
            de(Me, {
              name: "x",
              size: 11
            })
          ])
        ], 32)) : se("", !0),
        f.value ? (M(), T("div", {
          key: 1,
          class: "mx-pipes nodrag nowheel",
          "data-role": "pipelines",
          onPointerdown: z[11] || (z[11] = ge(() => {
          }, ["stop"])),
          onWheel: z[12] || (z[12] = ge(() => {
          }, ["stop"]))
        }, [
          z[18] || (z[18] = $("div", { class: "mx-pipes-title" }, [
            Ce("Pipeline "),
            $("span", null, "what rendering this intent makes")
          ], -1)),
          (M(!0), T($e, null, Fe(B(n).pipelines.list, (F) => (M(), T("button", {
            key: F.name,
            class: Be(["mx-pipe", { on: F.name === m.value }]),
            "data-pipeline": F.name,
            onClick: ge((te) => x(F.name), ["stop"])
          }, [
            $("span", Cg, [
              Ce(G(F.name), 1),
              F.name === B(n).pipelines.defaults[e.data.sub] ? (M(), T("i", Ig, "default for " + G(e.data.sub), 1)) : se("", !0)
            ]),
            $("span", Pg, [
              Ce(G(F.needs.join(" → ")), 1),
              F.optional.length ? (M(), T("i", Tg, "+ " + G(F.optional.join(", ")) + " when linked", 1)) : se("", !0)
            ]),
            F.description ? (M(), T("span", Ag, G(F.description), 1)) : se("", !0),
            B(n).pipelines.live ? (M(), T("span", {
              key: 1,
              class: Be(["mx-pipe-who", { none: !F.runnable_by.length }])
            }, G(F.runnable_by.length ? `runs on ${F.runnable_by.join(", ")}` : `no live machine runs ${F.needs.join(" + ")}`), 3)) : se("", !0)
          ], 10, Mg))), 128)),
          e.data.pipeline ? (M(), T("button", {
            key: 0,
            class: "mx-pipe reset",
            "data-pipeline": "",
            onClick: z[10] || (z[10] = ge((F) => {
              B(o)("pipeline", { id: e.id, name: "" }), f.value = !1;
            }, ["stop"]))
          }, [
            $("span", zg, [
              z[17] || (z[17] = Ce("back to the default")),
              $("i", null, G(B(n).pipelines.defaults[e.data.sub]), 1)
            ])
          ])) : se("", !0)
        ], 32)) : se("", !0),
        E.value ? (M(), He(Qp, {
          key: 2,
          id: e.id,
          data: e.data,
          shot: k.value
        }, null, 8, ["id", "data", "shot"])) : se("", !0),
        (M(), He(na, { to: "body" }, [
          H.value ? (M(), T("div", {
            key: 0,
            class: "mx-seq-ghost",
            style: ze({ left: `${H.value.x + 12}px`, top: `${H.value.y + 12}px` })
          }, [
            Ce(" shot " + G(p.value), 1),
            H.value.target ? (M(), T($e, { key: 0 }, [
              Ce(" · " + G(H.value.before ? "before" : "after"), 1)
            ], 64)) : se("", !0)
          ], 4)) : se("", !0)
        ]))
      ]),
      default: qe(() => [
        r.value.fraction !== void 0 && r.value.state !== "idle" ? (M(), T("div", dg, [
          $("div", {
            style: ze({ width: `${Math.round((r.value.fraction || 0) * 100)}%`, background: s.value })
          }, null, 4)
        ])) : se("", !0),
        $("div", fg, [
          $("div", hg, [
            de(At, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            de(At, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"]),
            P.value ? (M(), T("div", {
              key: 0,
              class: "mx-slug nodrag",
              "data-role": "slug",
              title: "Shot panel",
              onClick: z[3] || (z[3] = ge((F) => E.value = !E.value, ["stop"]))
            }, G(P.value), 1)) : se("", !0)
          ]),
          r.value.state === "rendering" && r.value.thumb ? (M(), T("div", mg, [
            $("img", {
              src: r.value.thumb,
              alt: ""
            }, null, 8, vg)
          ])) : J.value ? (M(), T("div", pg, [
            (J.value.mime || "").startsWith("video") ? (M(), He(xo, {
              key: 0,
              src: J.value.url,
              poster: Z.value,
              scrub: !1
            }, null, 8, ["src", "poster"])) : (M(), T("img", {
              key: 1,
              src: J.value.url,
              alt: ""
            }, null, 8, gg))
          ])) : se("", !0)
        ]),
        k.value ? (M(), T("div", {
          key: 1,
          class: "mx-cutbar nodrag",
          "data-role": "cut",
          title: v.value,
          "data-in": k.value.cut_in,
          "data-out": k.value.cut_out,
          "data-duration": k.value.duration_s
        }, [
          $("button", {
            class: Be(["mx-lock", { on: k.value.locked }]),
            "data-role": "lock",
            "data-locked": k.value.locked ? "true" : "false",
            title: k.value.locked ? "Number locked (production numbering): click to let it renumber" : "Lock this number: shots inserted before it become 1A, 1B…",
            onClick: ge(Y, ["stop"])
          }, [
            de(Me, {
              name: k.value.locked ? "lock" : "unlock",
              size: 10
            }, null, 8, ["name"])
          ], 10, wg),
          $("div", xg, [
            $("i", {
              style: ze({ left: `${k.value.cut_in / k.value.duration_s * 100}%`, width: `${(k.value.cut_out - k.value.cut_in) / k.value.duration_s * 100}%` })
            }, null, 4)
          ]),
          $("span", null, [
            Ce(G(A(k.value.cut_in)) + "–" + G(A(k.value.cut_out)), 1),
            k.value.edit_s !== k.value.duration_s ? (M(), T($e, { key: 0 }, [
              Ce(" / " + G(A(k.value.duration_s)), 1)
            ], 64)) : se("", !0)
          ])
        ], 8, yg)) : se("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
}, Og = ["src"], Bg = {
  __name: "AudioPlayer",
  props: { src: String },
  setup(e) {
    const t = ye(null), { t: n, dur: o, playing: i, onPlay: r, onPause: s, scrubDown: a } = Ys(t);
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
    return (c, d) => (M(), T("div", {
      class: Be(["mx-audio nodrag", { playing: B(i) }]),
      "data-role": "voice-player"
    }, [
      $("audio", {
        ref_key: "audio",
        ref: t,
        src: e.src,
        preload: "metadata",
        onLoadedmetadata: u,
        onPlay: d[0] || (d[0] = (...f) => B(r) && B(r)(...f)),
        onPause: d[1] || (d[1] = (...f) => B(s) && B(s)(...f)),
        onEnded: d[2] || (d[2] = (...f) => B(s) && B(s)(...f))
      }, null, 40, Og),
      de(Xs, {
        t: B(n),
        dur: B(o),
        playing: B(i),
        onToggle: l,
        onScrub: B(a)
      }, null, 8, ["t", "dur", "playing", "onScrub"])
    ], 2));
  }
};
async function qs(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
  const s = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: r, name: t.name || "" }), a = await fetch(`/canvas/api/upload?${s}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!a.ok) throw new Error(await a.text() || `upload failed (${a.status})`);
  return a.json();
}
const Rg = {
  key: 0,
  class: "mx-comp-clip"
}, Lg = ["src"], Vg = {
  key: 2,
  class: "mx-drop-hint"
}, Hg = {
  key: 2,
  class: "mx-voice nodrag"
}, Fg = { class: "k" }, Yg = ["value", "onChange"], Xg = ["onClick"], qg = { class: "mx-kv add" }, Gg = { id: "mx-directive-keys" }, Ug = ["value"], Wg = {
  key: 4,
  class: "mx-reason"
}, Kg = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = bt(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, s = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], a = ee(() => Object.entries(t.data.params || {})), l = ye(""), u = ye(""), c = ye(!1), d = ye(null), f = ye("");
    function m(p, v) {
      const A = { ...t.data.params || {} };
      v === null ? delete A[p] : A[p] = v, o("update", { id: t.id, fields: { params: A } });
    }
    function S() {
      l.value.trim() && (m(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function b(p) {
      c.value = !1;
      const v = p.dataTransfer && p.dataTransfer.files && p.dataTransfer.files[0];
      v && (p.preventDefault(), p.stopPropagation(), await x(v));
    }
    async function x(p) {
      f.value = "";
      try {
        await qs(n.token, p, { block: t.id });
      } catch (v) {
        f.value = String(v.message || v);
      }
    }
    function k(p) {
      const v = p.target.files[0];
      v && x(v);
    }
    async function C() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const p = await navigator.mediaDevices.getUserMedia({ audio: !0 }), v = new MediaRecorder(p), A = [];
        v.ondataavailable = (Y) => A.push(Y.data), v.onstop = () => {
          p.getTracks().forEach((Y) => Y.stop()), d.value = null, x(new Blob(A, { type: v.mimeType || "audio/webm" }));
        }, v.start(), d.value = v;
      } catch (p) {
        f.value = "microphone unavailable: " + (p.message || p);
      }
    }
    return (p, v) => (M(), He(Ht, {
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
      default: qe(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (M(), T("div", {
          key: 0,
          class: Be(["mx-drop nodrag", { over: c.value }]),
          onDragover: v[0] || (v[0] = ge((A) => c.value = !0, ["prevent", "stop"])),
          onDragleave: v[1] || (v[1] = (A) => c.value = !1),
          onDrop: b
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (M(), T("div", Rg, [
            de(xo, {
              src: e.data.url
            }, null, 8, ["src"])
          ])) : e.data.url ? (M(), T("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Lg)) : (M(), T("label", Vg, [
            de(Me, {
              name: "upload",
              size: 18
            }),
            v[5] || (v[5] = $("span", null, [
              Ce("Drop an image or "),
              $("u", null, "choose")
            ], -1)),
            $("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: k
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (M(), He(At, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (M(), T("div", Hg, [
          $("button", {
            class: Be(["mx-rec", { live: d.value }]),
            onClick: ge(C, ["stop"])
          }, [
            de(Me, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Ce(G(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (M(), He(Bg, {
            key: e.data.url,
            src: e.data.url
          }, null, 8, ["src"])) : se("", !0)
        ])) : e.data.sub === "directive" ? (M(), T("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: v[4] || (v[4] = ge(() => {
          }, ["stop"]))
        }, [
          (M(!0), T($e, null, Fe(a.value, ([A, Y]) => (M(), T("div", {
            key: A,
            class: "mx-kv"
          }, [
            $("span", Fg, G(A), 1),
            $("input", {
              class: "v",
              value: Y,
              onChange: (H) => m(A, H.target.value)
            }, null, 40, Yg),
            $("button", {
              onClick: ge((H) => m(A, null), ["stop"])
            }, [
              de(Me, {
                name: "x",
                size: 11
              })
            ], 8, Xg)
          ]))), 128)),
          $("div", qg, [
            Zt($("input", {
              class: "k",
              "onUpdate:modelValue": v[2] || (v[2] = (A) => l.value = A),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: vt(S, ["enter"])
            }, null, 544), [
              [vn, l.value]
            ]),
            Zt($("input", {
              class: "v",
              "onUpdate:modelValue": v[3] || (v[3] = (A) => u.value = A),
              placeholder: "value",
              onKeydown: vt(S, ["enter"])
            }, null, 544), [
              [vn, u.value]
            ]),
            $("button", {
              onClick: ge(S, ["stop"])
            }, [
              de(Me, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          $("datalist", Gg, [
            (M(), T($e, null, Fe(s, (A) => $("option", {
              key: A,
              value: A
            }, null, 8, Ug)), 64))
          ])
        ], 32)) : se("", !0),
        f.value ? (M(), T("div", Wg, G(f.value), 1)) : se("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, Zg = {
  key: 0,
  class: "mx-chosen",
  title: "The chosen take",
  "data-role": "chosen"
}, jg = { class: "mx-media-box" }, Jg = ["src"], Qg = {
  key: 2,
  class: "mx-empty"
}, ey = { class: "mx-foot nodrag" }, ty = {
  key: 0,
  class: "mx-takes"
}, ny = ["title"], oy = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = bt(), o = ee(() => t.data.takes || [t.id]), i = ee(() => Math.max(0, o.value.indexOf(t.id))), r = ee(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function s(a) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + a + l) % l] });
    }
    return (a, l) => (M(), He(Ht, {
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
      head: qe(() => [
        e.data.chosen ? (M(), T("span", Zg, [
          de(Me, {
            name: "star",
            size: 11
          }),
          l[4] || (l[4] = Ce("chosen"))
        ])) : se("", !0)
      ]),
      foot: qe(() => [
        $("footer", ey, [
          o.value.length > 1 ? (M(), T("span", ty, [
            $("button", {
              onClick: l[0] || (l[0] = ge((u) => s(-1), ["stop"])),
              title: "Previous take"
            }, [
              de(Me, {
                name: "left",
                size: 11
              })
            ]),
            Ce(" take " + G(i.value + 1) + "/" + G(o.value.length) + " ", 1),
            $("button", {
              onClick: l[1] || (l[1] = ge((u) => s(1), ["stop"])),
              title: "Next take"
            }, [
              de(Me, {
                name: "right",
                size: 11
              })
            ])
          ])) : se("", !0),
          e.data.chosen ? se("", !0) : (M(), T("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = ge((u) => B(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          $("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_name || e.data.peer_id}`
          }, [
            Ce(G(e.data.width) + "×" + G(e.data.height), 1),
            e.data.duration_s ? (M(), T($e, { key: 0 }, [
              Ce(" · " + G(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : se("", !0),
            Ce(" · " + G(e.data.peer_name || e.data.peer_id), 1)
          ], 8, ny),
          $("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = ge((u) => B(n)("grow", { id: e.id }), ["stop"]))
          }, [
            de(Me, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Ce("New intent"))
          ])
        ])
      ]),
      default: qe(() => [
        $("div", jg, [
          r.value && e.data.url ? (M(), He(xo, {
            key: 0,
            src: e.data.url
          }, null, 8, ["src"])) : e.data.url ? (M(), T("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Jg)) : (M(), T("div", Qg, "asset not here yet"))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, iy = { class: "mx-stream nowheel" }, ry = {
  key: 0,
  class: "mx-empty"
}, sy = { class: "mx-machine-head" }, ay = { class: "n" }, ly = { class: "bar" }, uy = { class: "u" }, cy = { class: "m" }, dy = { class: "t" }, fy = {
  key: 0,
  class: "mx-dim"
}, hy = {
  key: 0,
  class: "mx-empty"
}, my = { class: "mx-job-head" }, vy = { class: "bar" }, py = { class: "mx-dim" }, gy = {
  key: 0,
  class: "mx-empty"
}, yy = { class: "n" }, wy = { class: "s" }, xy = {
  key: 0,
  class: "mx-empty"
}, by = { class: "t" }, ky = { class: "p" }, _y = { class: "msg" }, Sy = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = bt(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = ee(() => (t.data.peer_filter || "").toLowerCase()), s = ee(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), a = ee(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (M(), He(Ht, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: qe(() => d[0] || (d[0] = [
        $("span", { class: "mx-live" }, [
          $("i"),
          Ce("live")
        ], -1)
      ])),
      default: qe(() => [
        $("div", iy, [
          e.data.sub === "gpu" ? (M(), T($e, { key: 0 }, [
            s.value.length ? se("", !0) : (M(), T("div", ry, d[1] || (d[1] = [
              Ce("No machines on this board yet. Start a peer: "),
              $("code", null, "multiplex up", -1)
            ]))),
            (M(!0), T($e, null, Fe(s.value, (f) => (M(), T("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              $("div", sy, [
                $("i", {
                  class: Be(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                $("b", null, G(f.name), 1),
                $("span", null, G(f.busy) + "/" + G(f.slots) + " busy" + G(f.paused ? " · paused" : ""), 1)
              ]),
              (M(!0), T($e, null, Fe(f.gpus, (m) => (M(), T("div", {
                key: m.index,
                class: "mx-gpu"
              }, [
                $("span", ay, G(m.index), 1),
                $("div", ly, [
                  $("div", {
                    style: ze({ width: `${m.util}%`, background: l(m.util) })
                  }, null, 4)
                ]),
                $("span", uy, G(Math.round(m.util)) + "%", 1),
                $("span", cy, G(B(lr)(m.mem_used)) + "/" + G(B(lr)(m.mem_total)), 1),
                $("span", dy, G(m.temp ? `${Math.round(m.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? se("", !0) : (M(), T("div", fy, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (M(), T($e, { key: 1 }, [
            B(n).activity.running.length ? se("", !0) : (M(), T("div", hy, "Nothing rendering.")),
            (M(!0), T($e, null, Fe(B(n).activity.running, (f) => (M(), T("div", {
              key: f.id,
              class: "mx-job"
            }, [
              $("div", my, [
                $("b", null, G(f.title || f.intent), 1),
                $("span", null, G(f.stage) + " · " + G(f.peer || "—"), 1)
              ]),
              $("div", vy, [
                $("div", {
                  style: ze({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              $("div", py, G(f.state) + " " + G(Math.round(f.fraction * 100)) + "% " + G(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (M(), T($e, { key: 2 }, [
            B(n).activity.queue.length ? se("", !0) : (M(), T("div", gy, "Queue is empty.")),
            (M(!0), T($e, null, Fe(B(n).activity.queue, (f, m) => (M(), T("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              $("span", yy, G(String(m + 1).padStart(2, "0")), 1),
              $("b", null, G(f.title || f.intent), 1),
              $("span", null, G(f.stage), 1),
              $("span", wy, G(f.state), 1)
            ]))), 128))
          ], 64)) : (M(), T($e, { key: 3 }, [
            a.value.length ? se("", !0) : (M(), T("div", xy, "Waiting for activity…")),
            (M(!0), T($e, null, Fe(a.value, (f, m) => (M(), T("div", {
              key: m,
              class: "mx-logline"
            }, [
              $("span", by, G(B(wo)(f.t)), 1),
              $("span", {
                class: "k",
                style: ze({ color: u[f.kind] || "#9ca3af" })
              }, G(f.kind), 5),
              $("span", ky, G(f.peer), 1),
              $("span", _y, G(f.stage) + " " + G(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, $y = { class: "mx-narrator" }, Ey = {
  key: 0,
  class: "mx-narr-status",
  "data-role": "narration-status"
}, Ny = {
  key: 1,
  class: "mx-think",
  "data-role": "narration-think"
}, My = ["aria-expanded"], Cy = {
  key: 0,
  class: "mx-think-text"
}, Iy = {
  key: 2,
  class: "mx-empty"
}, Py = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = ye(null), o = ye(!1), i = ee(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12)), r = ee(() => (t.data.think || "").trim());
    return Ee(() => t.data.text, () => je(() => {
      n.value && !o.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (s, a) => (M(), He(Ht, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: qe(() => [
        $("span", $y, [
          Ce(G(e.data.narrator || "narrator"), 1),
          e.data.updated ? (M(), T($e, { key: 0 }, [
            Ce(" · " + G(B(wo)(e.data.updated)), 1)
          ], 64)) : se("", !0)
        ])
      ]),
      default: qe(() => [
        $("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          e.data.status ? (M(), T("p", Ey, G(e.data.status), 1)) : se("", !0),
          r.value ? (M(), T("div", Ny, [
            $("button", {
              class: "mx-think-toggle nodrag",
              "aria-expanded": o.value,
              onClick: a[0] || (a[0] = ge((l) => o.value = !o.value, ["stop"]))
            }, G(o.value ? "▾" : "▸") + " reasoning ", 9, My),
            o.value ? (M(), T("pre", Cy, G(r.value), 1)) : se("", !0)
          ])) : se("", !0),
          (M(!0), T($e, null, Fe(i.value, (l, u) => (M(), T("p", {
            key: u,
            class: Be({ last: u === i.value.length - 1 })
          }, G(l), 3))), 128)),
          i.value.length ? se("", !0) : (M(), T("p", Iy, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Ty = { class: "mx-media-box mx-with-caption" }, Ay = ["src"], zy = {
  key: 1,
  class: "mx-visual-empty"
}, Dy = {
  class: "mx-caption",
  "data-role": "caption"
}, Oy = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (M(), He(Ht, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      foot: qe(() => [
        $("div", Dy, G(e.data.caption || "Images appear here as the narration unfolds."), 1)
      ]),
      default: qe(() => [
        $("div", Ty, [
          e.data.url ? (M(), T("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, Ay)) : (M(), T("div", zy, n[0] || (n[0] = [
            $("span", null, null, -1)
          ])))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, By = [
  { kind: "pdf", label: "PDF", icon: "file-text", title: "Storyboard sheets (6 panels a landscape page)" },
  { kind: "animatic", label: "MP4", icon: "film", title: "The animatic as a file" },
  { kind: "csv", label: "CSV", icon: "table", title: "Shot list" },
  { kind: "otio", label: "OTIO", icon: "layers", title: "OpenTimelineIO timeline with each clip’s provenance" },
  { kind: "fcp7", label: "FCP7", icon: "layers", title: "Final Cut 7 / Premiere / Resolve XML" },
  { kind: "fcpxml", label: "FCPXML", icon: "layers", title: "Final Cut Pro X" },
  { kind: "edl", label: "EDL", icon: "layers", title: "CMX 3600 EDL" },
  { kind: "zip", label: "ZIP", icon: "package", title: "Every take with a JSON manifest" }
];
async function pr(e) {
  let t = null;
  try {
    t = await e.json();
  } catch {
    t = null;
  }
  if (!e.ok) throw new Error(t && t.error || `export failed (${e.status})`);
  return t;
}
async function gr(e, t, { block: n = "", options: o = {}, onProgress: i = () => {
} } = {}) {
  const r = new URLSearchParams({ token: e, kind: t, block: n });
  let s = await pr(await fetch(`/canvas/api/export?${r}`, {
    method: "POST",
    body: JSON.stringify(o),
    headers: { "content-type": "application/json" }
  }));
  for (; s.state === "running"; )
    i(s), await new Promise((a) => setTimeout(a, 300)), s = await pr(await fetch(`/canvas/api/export/${encodeURIComponent(s.id)}?${new URLSearchParams({ token: e })}`));
  if (i(s), s.state !== "done") throw new Error(`${t} export ${s.state}: ${s.error || "no reason given"}`);
  return s;
}
function Ry(e, t) {
  const n = document.createElement("a");
  n.href = e, n.download = t || "", n.dataset.role = "export-download", n.style.display = "none", document.body.appendChild(n), n.click(), setTimeout(() => n.remove(), 6e4);
}
const Ly = {
  class: "mx-meta",
  "data-role": "sequence-length"
}, Vy = { class: "mx-media-box mx-animatic-box" }, Hy = {
  key: 1,
  class: "mx-empty mx-animatic-empty"
}, Fy = ["data-fraction"], Yy = { class: "bar" }, Xy = { class: "mx-foot nodrag" }, qy = ["disabled"], Gy = {
  class: "mx-check",
  title: "Burn the shot number into every frame"
}, Uy = ["data-duration"], Wy = {
  class: "mx-exports nodrag",
  "data-role": "exports"
}, Ky = ["title", "data-kind", "disabled", "onClick"], Zy = {
  key: 0,
  class: "mx-reason",
  "data-role": "export-error"
}, jy = {
  __name: "AnimaticNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = bt(), o = mn({ running: !1, fraction: 0, message: "", error: "", burnIn: !1 }), i = mn({}), r = ee(() => Object.values(n.shots)), s = ee(() => r.value.reduce((c, d) => c + d.edit_s, 0)), a = (c) => c >= 60 ? `${Math.floor(c / 60)}:${String(Math.round(c % 60)).padStart(2, "0")}` : `${(Math.round(c * 10) / 10).toFixed(1)}s`;
    async function l() {
      if (!o.running) {
        Object.assign(o, { running: !0, fraction: 0, message: "starting", error: "" });
        try {
          await gr(n.token, "animatic", {
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
          const d = await gr(n.token, c, { onProgress: (f) => {
            i[c] = f.fraction || 0;
          } });
          Ry(d.url, d.filename);
        } catch (d) {
          o.error = String(d.message || d);
        } finally {
          delete i[c];
        }
      }
    }
    return (c, d) => (M(), He(Ht, {
      data: e.data,
      selected: e.selected,
      icon: "film",
      "kind-label": "animatic",
      edge: "#ffc947",
      shape: "mx-media mx-animatic",
      "min-w": 320,
      "min-h": 240
    }, {
      head: qe(() => [
        $("span", Ly, G(r.value.length) + " shot" + G(r.value.length === 1 ? "" : "s") + " · " + G(a(s.value)), 1)
      ]),
      foot: qe(() => [
        $("footer", Xy, [
          $("button", {
            class: "mx-act",
            "data-role": "build-animatic",
            disabled: o.running || !r.value.length,
            onClick: ge(l, ["stop"]),
            title: "Build the animatic on this machine and keep it on the board"
          }, [
            de(Me, {
              name: "play",
              size: 11
            }),
            Ce(G(e.data.url ? "Rebuild" : "Build"), 1)
          ], 8, qy),
          $("label", Gy, [
            Zt($("input", {
              type: "checkbox",
              "onUpdate:modelValue": d[0] || (d[0] = (f) => o.burnIn = f),
              onKeydown: d[1] || (d[1] = ge(() => {
              }, ["stop"]))
            }, null, 544), [
              [oa, o.burnIn]
            ]),
            d[2] || (d[2] = Ce("shot no."))
          ]),
          d[3] || (d[3] = $("span", { class: "mx-grow" }, null, -1)),
          e.data.url ? (M(), T("span", {
            key: 0,
            class: "mx-meta",
            "data-role": "animatic-info",
            "data-duration": e.data.duration_s
          }, [
            Ce(G(e.data.shots) + " shots · " + G(a(e.data.duration_s)), 1),
            e.data.built ? (M(), T($e, { key: 0 }, [
              Ce(" · " + G(B(wo)(e.data.built)), 1)
            ], 64)) : se("", !0)
          ], 8, Uy)) : se("", !0)
        ]),
        $("div", Wy, [
          (M(!0), T($e, null, Fe(B(By), (f) => (M(), T("button", {
            key: f.kind,
            title: `${f.title} — download`,
            "data-kind": f.kind,
            class: Be({ busy: i[f.kind] !== void 0 }),
            disabled: !r.value.length,
            onClick: ge((m) => u(f.kind), ["stop"])
          }, [
            de(Me, {
              name: i[f.kind] !== void 0 ? "clock" : "download",
              size: 10
            }, null, 8, ["name"]),
            Ce(G(f.label) + " ", 1),
            i[f.kind] !== void 0 ? (M(), T("i", {
              key: 0,
              style: ze({ width: `${Math.round(i[f.kind] * 100)}%` })
            }, null, 4)) : se("", !0)
          ], 10, Ky))), 128))
        ]),
        o.error ? (M(), T("div", Zy, G(o.error), 1)) : se("", !0)
      ]),
      default: qe(() => [
        $("div", Vy, [
          e.data.url ? (M(), He(xo, {
            key: e.data.url,
            src: e.data.url,
            sound: "",
            "video-role": "animatic-player",
            class: "nodrag"
          }, null, 8, ["src"])) : (M(), T("div", Hy, "No animatic yet. Build one: the chosen takes in sequence order, a title card for each shot not rendered yet, its audio comps mixed in.")),
          o.running ? (M(), T("div", {
            key: 2,
            class: "mx-animatic-progress",
            "data-role": "animatic-progress",
            "data-fraction": o.fraction
          }, [
            $("div", Yy, [
              $("i", {
                style: ze({ width: `${Math.round(o.fraction * 100)}%` })
              }, null, 4)
            ]),
            $("span", null, G(Math.round(o.fraction * 100)) + "% · " + G(o.message), 1)
          ], 8, Fy)) : se("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Jy = { class: "mx-root" }, Qy = { class: "mx-wordmark" }, e1 = { "data-role": "board-name" }, t1 = { class: "mx-people" }, n1 = ["title"], o1 = ["disabled"], i1 = { key: 0 }, r1 = { class: "mx-snap-new" }, s1 = ["onClick"], a1 = ["onClick"], l1 = {
  key: 0,
  class: "mx-empty"
}, u1 = { class: "mx-toasts" }, c1 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, d1 = { class: "mx-dialog-kicker" }, f1 = { class: "mx-dialog-title" }, h1 = { class: "mx-cost" }, m1 = {
  key: 0,
  class: "mx-warn"
}, v1 = { class: "mx-dialog-actions" }, p1 = { class: "mx-search-in" }, g1 = ["onClick", "onMouseenter"], yr = "mx-flow", y1 = 0.42, w1 = 0.2, N1 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = vm(i), { state: s, send: a } = r;
    Ot(Is, r), s.me = o.me || s.me, s.board = o.board, s.token = o.token;
    const l = Ye(yr), u = {
      intent: it(Dg),
      comp: it(Kg),
      gen_art: it(oy),
      activity: it(Sy),
      narration: it(Py),
      visual_narration: it(Oy),
      animatic: it(jy)
    }, c = (N) => N.kind === "activity" && N.sub === "animatic" ? "animatic" : N.kind, d = u, f = [8, 8], m = ["Shift", "Meta", "Control"], S = { type: "default" }, b = { class: "mx-connecting" }, x = /* @__PURE__ */ new Map(), k = ye(0), C = /* @__PURE__ */ new Map(), p = ye(null), v = ye(null), A = ye(!1), Y = ye([]), H = ye(null), V = mn({ open: !1, q: "", i: 0 }), oe = ye(!1), J = ye(""), Z = ye(!1);
    function I(N) {
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
    function ae(N) {
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
    function E(N, O) {
      return {
        id: `seq:${N}:${O}`,
        source: N,
        target: O,
        type: "straight",
        class: "mx-edge mx-edge-seq",
        selectable: !1,
        focusable: !1,
        sourceHandle: "seq-out",
        targetHandle: "seq-in",
        data: { kind: "seq" }
      };
    }
    function X() {
      const N = /* @__PURE__ */ new Set();
      for (const Ae of cn(l.nodes.value)) Ae.hidden || N.add(Ae.id);
      const O = /* @__PURE__ */ new Map();
      if (N.size) {
        for (const Re of C.values()) N.has(Re.src) && N.has(Re.dst) && O.set(Re.id, Re);
        const Ae = s.sequence;
        for (let Re = 0; Re + 1 < Ae.length; Re++)
          N.has(Ae[Re]) && N.has(Ae[Re + 1]) && O.set(`seq:${Ae[Re]}:${Ae[Re + 1]}`, [Ae[Re], Ae[Re + 1]]);
      }
      const j = cn(l.edges.value), ke = j.filter((Ae) => !O.has(Ae.id)).map((Ae) => Ae.id), Se = new Set(j.map((Ae) => Ae.id)), Ge = [];
      for (const [Ae, Re] of O) Se.has(Ae) || Ge.push(Array.isArray(Re) ? E(Re[0], Re[1]) : ae(Re));
      ke.length && l.removeEdges(ke), Ge.length && l.addEdges(Ge);
    }
    let P = !1;
    function W() {
      P || (P = !0, je(() => {
        P = !1, X();
      }));
    }
    function D(N) {
      var j;
      const O = window.__mxMarks = window.__mxMarks || {};
      O.reset = performance.now(), x.clear(), C.clear(), z.clear();
      for (const ke of N.blocks) z.add(ke.id);
      for (const ke of N.blocks) x.set(ke.id, ke);
      for (const ke of N.edges) C.set(ke.id, ke);
      s.sequence = N.sequence || [], s.shots = N.shots || {}, s.comments = N.comments || [], s.snapshots = N.snapshots || [], N.activity && (s.activity = N.activity), N.users && (s.users = N.users), N.choices && (s.choices = N.choices), N.pipelines && (s.pipelines = N.pipelines), A.value || Q(N.blocks), k.value++, l.setNodes(N.blocks.map(I)), l.setEdges([]), (j = v.value) == null || j.settle(), X(), O.set = performance.now(), A.value || (A.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const z = /* @__PURE__ */ new Set();
    function F(N, O, j, ke = 0) {
      const Se = l.findNode(N);
      if (!Se) {
        z.has(N) ? ke < 8 && je(() => {
          const Re = x.get(N);
          Re && F(N, Re, [], ke + 1);
        }) : (z.add(N), j.push(I(O)));
        return;
      }
      Se.data = O, Se.type !== c(O) && (Se.type = c(O)), !Se.dragging && (Se.position.x !== O.x || Se.position.y !== O.y) && (Se.position = { x: O.x, y: O.y }, Se.hidden && (Se.computedPosition = { ...Se.computedPosition, x: O.x, y: O.y }));
      const Ge = `${O.w}px`, Ae = `${O.h}px`;
      (!Se.style || Se.style.width !== Ge || Se.style.height !== Ae) && (Se.style = { ...Se.style || {}, width: Ge, height: Ae }, Se.hidden && (Se.dimensions = { width: O.w, height: O.h }));
    }
    function te(N) {
      if (N.blocks) {
        const O = [], j = [];
        for (const [ke, Se] of Object.entries(N.blocks)) {
          if (Se === null) {
            x.delete(ke), z.delete(ke) && j.push(ke);
            continue;
          }
          x.set(ke, Se), F(ke, Se, O);
        }
        j.length && l.removeNodes(j), O.length && l.addNodes(O), k.value++;
      }
      if (N.edges) {
        const O = [], j = [];
        for (const [ke, Se] of Object.entries(N.edges))
          Se === null ? (C.delete(ke), j.push(ke)) : C.has(ke) || (C.set(ke, Se), O.push(ke));
        (j.length || O.length) && W(), k.value++;
      }
      N.sequence && (s.sequence = N.sequence), N.shots && (s.shots = N.shots), (N.sequence || N.blocks && Object.values(N.blocks).some((O) => O === null || O && O.kind === "intent")) && W(), N.comments && (s.comments = N.comments), N.snapshots && (s.snapshots = N.snapshots), N.activity && (s.activity = N.activity), N.users && (s.users = N.users);
    }
    function le(N) {
      const O = { id: Math.random(), text: N.text || String(N), kind: N.kind || "info" };
      Y.value.push(O), setTimeout(() => {
        Y.value = Y.value.filter((j) => j !== O);
      }, N.kind === "error" ? 6e3 : 3200);
    }
    function he(N) {
      N.preview && (H.value = N.preview), N.pipelines && (s.pipelines = N.pipelines), N.notify && le({ text: N.notify }), N.error && le({ text: N.error, kind: "error" });
    }
    t({ reset: D, apply: te, notify: le, reply: he }), l.onNodeDragStop(({ nodes: N }) => {
      a("move", { moves: N.map((O) => ({ id: O.id, x: Math.round(O.position.x), y: Math.round(O.position.y) })) });
    });
    const me = l.fitView;
    l.fitView = (N = {}) => me({ ...N, includeHiddenNodes: !0 });
    function re(N, O, j) {
      var Ge, Ae, Re;
      const ke = (Ge = document.elementFromPoint(N, O)) == null ? void 0 : Ge.closest(`[data-kind${`="${j}"`}][data-id]`);
      if (ke) return ke.dataset.id;
      const Se = (Ae = v.value) == null ? void 0 : Ae.hitAt(N, O);
      return Se && (!j || ((Re = x.get(Se)) == null ? void 0 : Re.kind) === j) ? Se : "";
    }
    function Q(N) {
      const O = p.value;
      if (!N.length || !O) return;
      let j = 1 / 0, ke = 1 / 0, Se = -1 / 0, Ge = -1 / 0;
      for (const Yt of N)
        j = Math.min(j, Yt.x), ke = Math.min(ke, Yt.y), Se = Math.max(Se, Yt.x + Yt.w), Ge = Math.max(Ge, Yt.y + Yt.h);
      const Ae = O.clientWidth, Re = O.clientHeight, Ft = Math.max(0.05, Math.min(1, Math.min(Ae / (Se - j), Re / (Ge - ke)) * (1 - 0.12)));
      s.lod = _(Ft), l.setViewport({ x: (Ae - (Se - j) * Ft) / 2 - j * Ft, y: (Re - (Ge - ke) * Ft) / 2 - ke * Ft, zoom: Ft });
    }
    l.onConnect((N) => a("connect", { source: N.source, target: N.target }));
    function ie({ kind: N, sub: O, clientX: j, clientY: ke, dragged: Se }) {
      const Ge = p.value.getBoundingClientRect();
      let Ae;
      if (Se) {
        if (j < Ge.left || ke < Ge.top) return;
        Ae = l.screenToFlowCoordinate({ x: j, y: ke });
      } else
        Ae = l.screenToFlowCoordinate({ x: Ge.left + Ge.width / 2, y: Ge.top + Ge.height / 2 });
      let Re = "";
      Se && N === "comp" && (Re = re(j, ke, "intent")), a("create", { kind: N, sub: O, x: Math.round(Ae.x - 40), y: Math.round(Ae.y - 20), attach: Re });
    }
    async function Ne(N) {
      Z.value = !1;
      const O = [...N.dataTransfer && N.dataTransfer.files || []];
      if (!O.length) return;
      N.preventDefault();
      const j = re(N.clientX, N.clientY, "intent");
      let { x: ke, y: Se } = l.screenToFlowCoordinate({ x: N.clientX, y: N.clientY });
      for (const Ge of O.slice(0, 12)) {
        try {
          await qs(s.token, Ge, { x: Math.round(ke), y: Math.round(Se), attach: j });
        } catch (Ae) {
          le({ text: String(Ae.message || Ae), kind: "error" });
        }
        ke += 30, Se += 30;
      }
    }
    const Pe = ee(() => l.getSelectedNodes.value.map((N) => N.id)), we = ee(() => l.getSelectedNodes.value.filter((N) => N.type === "intent").map((N) => N.id));
    let Ie = null;
    Ee(Pe, (N) => {
      clearTimeout(Ie), Ie = setTimeout(() => i("presence", { selection: N.slice(0, 200) }), 120);
    });
    let ve = 0;
    function pe(N) {
      const O = performance.now();
      if (O - ve < 80) return;
      ve = O;
      const j = l.screenToFlowCoordinate({ x: N.clientX, y: N.clientY });
      i("presence", { cursor: { x: Math.round(j.x), y: Math.round(j.y) } });
    }
    function _(N) {
      return N < w1 ? 2 : N < y1 ? 1 : 0;
    }
    Ee(() => _(l.viewport.value.zoom), (N) => {
      s.lod = N;
    }, { immediate: !0 });
    const w = ye(!1);
    let h = null;
    l.onMove(() => {
      w.value || (w.value = !0), clearTimeout(h), h = setTimeout(() => {
        w.value = !1;
      }, 180);
    });
    const g = ee(() => Math.max(0, Math.ceil(Math.log2(12 / (24 * l.viewport.value.zoom))))), y = ee(() => {
      const N = g.value;
      return { gap: 24 * 2 ** N, size: N ? 1.2 * 2 ** (N + 1) : 1.2 };
    }), R = ee(() => s.users.filter((N) => N.id !== s.me.id && N.cursor)), L = ee(() => {
      const N = /* @__PURE__ */ new Map();
      for (const O of s.users) N.has(O.id) || N.set(O.id, O);
      return [...N.values()];
    });
    function q() {
      const N = we.value;
      if (!N.length) {
        le({ text: "Select one or more intents to render" });
        return;
      }
      a("preview", { ids: N });
    }
    function K() {
      H.value && (a("render", { ids: H.value.intents }), H.value = null);
    }
    const U = ee(() => {
      const N = H.value;
      return N ? N.gpus > 0 ? `Commit ${N.gpus} GPU${N.gpus > 1 ? "s" : ""}` : N.machines.length ? "Render on CPU" : "Queue render" : "";
    });
    function ne() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function ue(N) {
      a("move", { moves: N });
    }
    function xe(N) {
      N > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const be = ee(() => pm([...x.values()], V.q));
    function De() {
      V.open = !0, V.q = "", V.i = 0, je(() => {
        var N;
        return (N = document.querySelector(".mx-search input")) == null ? void 0 : N.focus();
      });
    }
    function Le(N) {
      if (!N) return;
      V.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const O = l.findNode(N.id);
      O && (l.addSelectedNodes([O]), l.fitView({ nodes: [N.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function ot(N) {
      const O = N.target;
      return O && (O.tagName === "INPUT" || O.tagName === "TEXTAREA" || O.isContentEditable);
    }
    function on(N) {
      const O = N.ctrlKey || N.metaKey, j = N.key.toLowerCase();
      if (O && j === "k") {
        N.preventDefault(), De();
        return;
      }
      if (N.key === "Escape") {
        V.open = !1, H.value = null, oe.value = !1, s.openComments = null;
        return;
      }
      if (H.value && N.key === "Enter") {
        N.preventDefault(), K();
        return;
      }
      if (!ot(N))
        if (N.key === "Delete" || N.key === "Backspace") {
          const ke = l.getSelectedEdges.value.filter((Se) => !Se.id.startsWith("seq:")).map((Se) => Se.id);
          (Pe.value.length || ke.length) && (N.preventDefault(), a("delete", { ids: Pe.value, edges: ke }));
        } else O && j === "d" ? (N.preventDefault(), a("duplicate", { ids: Pe.value })) : O && j === "z" && !N.shiftKey ? (N.preventDefault(), a("undo")) : O && (j === "y" || j === "z" && N.shiftKey) ? (N.preventDefault(), a("redo")) : !O && j === "r" ? (N.preventDefault(), q()) : !O && j === "f" ? (N.preventDefault(), ne()) : !O && N.key === "/" ? (N.preventDefault(), De()) : O && j === "a" && (N.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    nt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", on), i("ready");
    }), Vt(() => window.removeEventListener("keydown", on));
    const Cn = (N) => N.kind === "intent" ? tn[(N.status || {}).state] || "#4a4a50" : ro[N.kind] || "#333";
    function Je() {
      const N = J.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      a("snapshot", { name: N }), J.value = "";
    }
    const ht = (N) => (N || "?").split(/[\s._-]+/).map((O) => O[0]).join("").slice(0, 2).toUpperCase();
    return (N, O) => (M(), T("div", Jy, [
      de(wm, {
        groups: e.palette,
        onPlace: ie
      }, null, 8, ["groups"]),
      $("div", {
        ref_key: "wrap",
        ref: p,
        class: Be(["mx-stage", { "file-over": Z.value, moving: w.value }]),
        onPointermove: pe,
        onDragover: O[7] || (O[7] = ge((j) => Z.value = !0, ["prevent"])),
        onDragleave: O[8] || (O[8] = ge((j) => Z.value = !1, ["self"])),
        onDrop: Ne
      }, [
        de(B(ch), {
          id: yr,
          "node-types": B(d),
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
          "connection-line-options": b,
          class: "mx-flow"
        }, {
          default: qe(() => [
            de(B(yh), {
              "pattern-color": "#2c2c31",
              gap: y.value.gap,
              size: y.value.size
            }, null, 8, ["gap", "size"]),
            de($m, {
              ref_key: "far",
              ref: v,
              flow: B(l),
              edges: B(C),
              rev: k.value,
              onMove: ue,
              onShown: W
            }, null, 8, ["flow", "edges", "rev"]),
            de(B(or), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: qe(() => [
                $("div", Qy, [
                  O[19] || (O[19] = Ce("multiplex")),
                  O[20] || (O[20] = $("span", null, "/", -1)),
                  $("b", e1, G(B(s).board), 1)
                ])
              ]),
              _: 1
            }),
            de(B(or), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: qe(() => [
                $("div", t1, [
                  (M(!0), T($e, null, Fe(L.value, (j) => (M(), T("span", {
                    key: j.id,
                    class: "mx-avatar",
                    style: ze({ "--c": j.color }),
                    title: j.id === B(s).me.id ? `${j.name} (you)` : j.name
                  }, G(ht(j.name)), 13, n1))), 128))
                ]),
                O[23] || (O[23] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: O[0] || (O[0] = (j) => B(a)("undo")),
                  "data-role": "undo"
                }, [
                  de(Me, {
                    name: "undo",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: O[1] || (O[1] = (j) => B(a)("redo")),
                  "data-role": "redo"
                }, [
                  de(Me, {
                    name: "redo",
                    size: 15
                  })
                ]),
                O[24] || (O[24] = $("i", { class: "mx-sep" }, null, -1)),
                $("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: De
                }, [
                  de(Me, {
                    name: "search",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Snapshots",
                  onClick: O[2] || (O[2] = (j) => oe.value = !oe.value),
                  "data-role": "snapshots"
                }, [
                  de(Me, {
                    name: "history",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom out",
                  onClick: O[3] || (O[3] = (j) => xe(-1))
                }, [
                  de(Me, {
                    name: "minus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Zoom in",
                  onClick: O[4] || (O[4] = (j) => xe(1))
                }, [
                  de(Me, {
                    name: "plus",
                    size: 15
                  })
                ]),
                $("button", {
                  title: "Fit view (F)",
                  onClick: ne,
                  "data-role": "fit"
                }, [
                  de(Me, {
                    name: "fit",
                    size: 15
                  })
                ]),
                $("button", {
                  class: "mx-render",
                  disabled: !we.value.length,
                  title: "Render selection (R)",
                  onClick: q,
                  "data-role": "render-selection"
                }, [
                  de(Me, {
                    name: "play",
                    size: 13
                  }),
                  O[21] || (O[21] = Ce("Render")),
                  we.value.length ? (M(), T("span", i1, G(we.value.length), 1)) : se("", !0)
                ], 8, o1),
                oe.value ? (M(), T("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: O[6] || (O[6] = ge(() => {
                  }, ["stop"]))
                }, [
                  O[22] || (O[22] = $("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  $("div", r1, [
                    Zt($("input", {
                      "onUpdate:modelValue": O[5] || (O[5] = (j) => J.value = j),
                      placeholder: "Name this moment of the board",
                      onKeydown: vt(Je, ["enter"])
                    }, null, 544), [
                      [vn, J.value]
                    ]),
                    $("button", { onClick: Je }, "Save")
                  ]),
                  (M(!0), T($e, null, Fe(B(s).snapshots.slice().reverse(), (j) => (M(), T("div", {
                    key: j.id,
                    class: "mx-snap"
                  }, [
                    $("div", null, [
                      $("b", null, G(j.name), 1),
                      $("span", null, G(j.author) + " · " + G(j.blocks) + " blocks · " + G((j.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    $("button", {
                      onClick: (ke) => B(a)("restore", { id: j.id })
                    }, "Restore", 8, s1),
                    $("button", {
                      class: "ghost",
                      onClick: (ke) => B(a)("drop_snapshot", { id: j.id })
                    }, [
                      de(Me, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, a1)
                  ]))), 128)),
                  B(s).snapshots.length ? se("", !0) : (M(), T("div", l1, "No snapshots yet."))
                ], 32)) : se("", !0)
              ]),
              _: 1
            }),
            de(km, {
              flow: B(l),
              users: R.value
            }, null, 8, ["flow", "users"])
          ]),
          _: 1
        }, 8, ["node-types"]),
        de(bm, {
          flow: B(l),
          blocks: B(x),
          rev: k.value,
          "color-of": Cn
        }, null, 8, ["flow", "blocks", "rev"])
      ], 34),
      $("div", u1, [
        (M(!0), T($e, null, Fe(Y.value, (j) => (M(), T("div", {
          key: j.id,
          class: Be(["mx-toast", j.kind])
        }, G(j.text), 3))), 128))
      ]),
      H.value ? (M(), T("div", {
        key: 0,
        class: "mx-modal",
        onClick: O[10] || (O[10] = ge((j) => H.value = null, ["self"]))
      }, [
        $("div", c1, [
          $("div", d1, "Render " + G(H.value.intents.length) + " intent" + G(H.value.intents.length > 1 ? "s" : ""), 1),
          $("div", f1, G(H.value.titles.join(" · ")), 1),
          $("div", h1, [
            $("div", null, [
              O[25] || (O[25] = $("span", null, "machines", -1)),
              $("b", null, G(H.value.machines.length ? H.value.machines.join(", ") : "none live"), 1)
            ]),
            $("div", null, [
              O[26] || (O[26] = $("span", null, "gpus", -1)),
              $("b", null, G(H.value.gpus), 1)
            ]),
            $("div", null, [
              O[27] || (O[27] = $("span", null, "jobs", -1)),
              $("b", null, G(H.value.jobs), 1)
            ]),
            $("div", null, [
              O[28] || (O[28] = $("span", null, "estimate", -1)),
              $("b", null, G(H.value.seconds < 90 ? `~${Math.round(H.value.seconds)} s` : `~${Math.round(H.value.seconds / 60)} min`), 1)
            ])
          ]),
          H.value.unrunnable.length ? (M(), T("div", m1, "Nothing live can run " + G(H.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : se("", !0),
          $("div", v1, [
            $("button", {
              class: "ghost",
              onClick: O[9] || (O[9] = (j) => H.value = null)
            }, "Cancel"),
            $("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: K
            }, [
              de(Me, {
                name: "play",
                size: 13
              }),
              Ce(G(U.value), 1)
            ])
          ])
        ])
      ])) : se("", !0),
      V.open ? (M(), T("div", {
        key: 1,
        class: "mx-modal",
        onClick: O[18] || (O[18] = ge((j) => V.open = !1, ["self"]))
      }, [
        $("div", {
          class: "mx-search",
          onKeydown: O[17] || (O[17] = ge(() => {
          }, ["stop"]))
        }, [
          $("div", p1, [
            de(Me, {
              name: "search",
              size: 16
            }),
            Zt($("input", {
              "onUpdate:modelValue": O[11] || (O[11] = (j) => V.q = j),
              placeholder: "Find a block…",
              onKeydown: [
                O[12] || (O[12] = vt(ge((j) => V.i = Math.min(V.i + 1, be.value.length - 1), ["prevent"]), ["down"])),
                O[13] || (O[13] = vt(ge((j) => V.i = Math.max(V.i - 1, 0), ["prevent"]), ["up"])),
                O[14] || (O[14] = vt(ge((j) => Le(be.value[V.i]), ["prevent"]), ["enter"])),
                O[15] || (O[15] = vt((j) => V.open = !1, ["esc"]))
              ],
              onInput: O[16] || (O[16] = (j) => V.i = 0)
            }, null, 544), [
              [vn, V.q]
            ])
          ]),
          (M(!0), T($e, null, Fe(be.value, (j, ke) => (M(), T("div", {
            key: j.id,
            class: Be(["mx-result", { on: ke === V.i }]),
            onClick: (Se) => Le(j),
            onMouseenter: (Se) => V.i = ke
          }, [
            $("i", {
              style: ze({ background: B(ro)[j.kind] })
            }, null, 4),
            $("b", null, G(j.title || j.sub), 1),
            $("span", null, G(j.kind.replace("_", " ")) + " · " + G(j.sub), 1)
          ], 42, g1))), 128))
        ], 32)
      ])) : se("", !0)
    ]));
  }
}, x1 = "/assets/", b1 = 18, Jo = /* @__PURE__ */ new WeakMap();
function k1(e) {
  try {
    const t = new URL(e, window.location.href);
    return t.pathname.startsWith(x1) ? t : null;
  } catch {
    return null;
  }
}
function _1(e) {
  const t = e.getAttribute("src") || "", n = k1(t.split("#")[0]);
  if (!n) return;
  const o = Jo.get(e) || 0;
  if (o >= b1) return;
  Jo.set(e, o + 1), e.dataset.assetRetries = String(o + 1);
  const i = Math.min(8e3, 500 * 2 ** o);
  setTimeout(() => {
    if (!e.isConnected || (e.getAttribute("src") || "") !== t) return;
    n.searchParams.set("retry", String(o + 1));
    const r = t.includes("#") ? t.slice(t.indexOf("#")) : "";
    e.setAttribute("src", n.pathname + n.search + r), typeof e.load == "function" && e.load();
  }, i);
}
function S1(e = document) {
  e.addEventListener("error", (t) => {
    const n = t.target;
    (n instanceof HTMLImageElement || n instanceof HTMLMediaElement) && _1(n);
  }, !0), e.addEventListener("load", (t) => {
    t.target instanceof HTMLImageElement && Jo.delete(t.target);
  }, !0);
}
typeof document < "u" && S1();
export {
  N1 as MultiplexCanvas
};
