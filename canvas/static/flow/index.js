import { getCurrentScope as ks, inject as pt, effectScope as Ss, watch as be, provide as Et, defineComponent as Ce, useSlots as Es, onUnmounted as kl, openBlock as P, createElementBlock as B, unref as V, createVNode as ue, withCtx as Be, renderSlot as Le, computed as ee, normalizeStyle as Ne, normalizeClass as ze, getCurrentInstance as en, reactive as Pi, onScopeDispose as jn, ref as ye, nextTick as He, onBeforeMount as Sl, onMounted as yt, shallowRef as St, toRef as Ee, createElementVNode as D, Fragment as me, renderList as Te, onBeforeUnmount as Mo, isMemoSame as El, createBlock as Ae, createCommentVNode as de, toDisplayString as te, isRef as Ri, toRefs as Nl, customRef as Cl, createPropsRestProxy as Ml, toValue as _e, resolveComponent as Ns, h as ke, useAttrs as Oi, mergeProps as co, resolveDynamicComponent as Bi, createTextVNode as Ie, markRaw as et, readonly as Il, watchEffect as Cs, normalizeProps as Tl, withModifiers as $e, withDirectives as vn, withKeys as ut, vModelText as pn } from "vue";
function yn(e) {
  return ks() ? (jn(e), !0) : !1;
}
function ct(e) {
  return typeof e == "function" ? e() : V(e);
}
const Al = typeof window < "u" && typeof document < "u", zl = (e) => typeof e < "u", Dl = Object.prototype.toString, Pl = (e) => Dl.call(e) === "[object Object]", Rl = () => {
};
function Ol(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const Ms = (e) => e();
function Bl(e = Ms) {
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
  return { isActive: Il(t), pause: n, resume: o, eventFilter: i };
}
function lr(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Vl(e, t, n = {}) {
  const {
    eventFilter: o = Ms,
    ...i
  } = n;
  return be(
    e,
    Ol(
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
  } = n, { eventFilter: r, pause: s, resume: a, isActive: l } = Bl(o);
  return { stop: Vl(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: l };
}
function Hl(e, t = {}) {
  if (!Ri(e))
    return Nl(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Cl(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = ct(t.replaceRef)) != null ? r : !0)
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
function ri(e, t = !1) {
  function n(d, { flush: f = "sync", deep: h = !1, timeout: p, throwOnTimeout: w } = {}) {
    let b = null;
    const z = [new Promise(($) => {
      b = be(
        e,
        (y) => {
          d(y) !== t && (b == null || b(), $(y));
        },
        {
          flush: f,
          deep: h,
          immediate: !0
        }
      );
    })];
    return p != null && z.push(
      lr(p, w).then(() => ct(e)).finally(() => b == null ? void 0 : b())
    ), Promise.race(z);
  }
  function o(d, f) {
    if (!Ri(d))
      return n((y) => y === d, f);
    const { flush: h = "sync", deep: p = !1, timeout: w, throwOnTimeout: b } = f ?? {};
    let S = null;
    const $ = [new Promise((y) => {
      S = be(
        [e, d],
        ([O, Y]) => {
          t !== (O === Y) && (S == null || S(), y(O));
        },
        {
          flush: h,
          deep: p,
          immediate: !0
        }
      );
    })];
    return w != null && $.push(
      lr(w, b).then(() => ct(e)).finally(() => (S == null || S(), ct(e)))
    ), Promise.race($);
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
    return n((h) => {
      const p = Array.from(h);
      return p.includes(d) || p.includes(ct(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let h = -1;
    return n(() => (h += 1, h >= d), f);
  }
  return Array.isArray(ct(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return ri(e, !t);
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
      return ri(e, !t);
    }
  };
}
function si(e) {
  return ri(e);
}
function Ll(e) {
  var t;
  const n = ct(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const Is = Al ? window : void 0;
function Ts(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = Is) : [t, n, o, i] = e, !t)
    return Rl;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, h) => (c.addEventListener(d, f, h), () => c.removeEventListener(d, f, h)), l = be(
    () => [Ll(t), ct(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = Pl(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((h) => o.map((p) => a(c, h, p, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), s();
  };
  return yn(u), u;
}
function Fl(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function ur(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = Is,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, l = Fl(t);
  return Ts(i, r, (c) => {
    c.repeat && ct(a) || l(c) && n(c);
  }, s);
}
function Yl(e) {
  return JSON.parse(JSON.stringify(e));
}
function Xo(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: a = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, h = en(), p = n || (h == null ? void 0 : h.emit) || ((i = h == null ? void 0 : h.$emit) == null ? void 0 : i.bind(h)) || ((s = (r = h == null ? void 0 : h.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(h == null ? void 0 : h.proxy));
  let w = u;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const b = ($) => a ? typeof a == "function" ? a($) : Yl($) : $, S = () => zl(e[t]) ? b(e[t]) : d, z = ($) => {
    f ? f($) && p(w, $) : p(w, $);
  };
  if (l) {
    const $ = S(), y = ye($);
    let O = !1;
    return be(
      () => e[t],
      (Y) => {
        O || (O = !0, y.value = b(Y), He(() => O = !1));
      }
    ), be(
      y,
      (Y) => {
        !O && (Y !== e[t] || c) && z(Y);
      },
      { deep: c }
    ), y;
  } else
    return ee({
      get() {
        return S();
      },
      set($) {
        z($);
      }
    });
}
var Xl = { value: () => {
} };
function Io() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new eo(n);
}
function eo(e) {
  this._ = e;
}
function ql(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
eo.prototype = Io.prototype = {
  constructor: eo,
  on: function(e, t) {
    var n = this._, o = ql(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Gl(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = cr(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = cr(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new eo(e);
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
function Gl(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function cr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Xl, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var ai = "http://www.w3.org/1999/xhtml";
const dr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: ai,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function To(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), dr.hasOwnProperty(t) ? { space: dr[t], local: e } : e;
}
function Ul(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === ai && t.documentElement.namespaceURI === ai ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Wl(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function As(e) {
  var t = To(e);
  return (t.local ? Wl : Ul)(t);
}
function Kl() {
}
function Vi(e) {
  return e == null ? Kl : function() {
    return this.querySelector(e);
  };
}
function Zl(e) {
  typeof e != "function" && (e = Vi(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new Xe(o, this._parents);
}
function Ql(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Jl() {
  return [];
}
function zs(e) {
  return e == null ? Jl : function() {
    return this.querySelectorAll(e);
  };
}
function jl(e) {
  return function() {
    return Ql(e.apply(this, arguments));
  };
}
function eu(e) {
  typeof e == "function" ? e = jl(e) : e = zs(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new Xe(o, i);
}
function Ds(e) {
  return function() {
    return this.matches(e);
  };
}
function Ps(e) {
  return function(t) {
    return t.matches(e);
  };
}
var tu = Array.prototype.find;
function nu(e) {
  return function() {
    return tu.call(this.children, e);
  };
}
function ou() {
  return this.firstElementChild;
}
function iu(e) {
  return this.select(e == null ? ou : nu(typeof e == "function" ? e : Ps(e)));
}
var ru = Array.prototype.filter;
function su() {
  return Array.from(this.children);
}
function au(e) {
  return function() {
    return ru.call(this.children, e);
  };
}
function lu(e) {
  return this.selectAll(e == null ? su : au(typeof e == "function" ? e : Ps(e)));
}
function uu(e) {
  typeof e != "function" && (e = Ds(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new Xe(o, this._parents);
}
function Rs(e) {
  return new Array(e.length);
}
function cu() {
  return new Xe(this._enter || this._groups.map(Rs), this._parents);
}
function fo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
fo.prototype = {
  constructor: fo,
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
function du(e) {
  return function() {
    return e;
  };
}
function fu(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new fo(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function hu(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new fo(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function gu(e) {
  return e.__data__;
}
function mu(e, t) {
  if (!arguments.length)
    return Array.from(this, gu);
  var n = t ? hu : fu, o = this._parents, i = this._groups;
  typeof e != "function" && (e = du(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = vu(e.call(c, c && c.__data__, u, o)), p = h.length, w = a[u] = new Array(p), b = s[u] = new Array(p), S = l[u] = new Array(f);
    n(c, d, w, b, S, h, t);
    for (var z = 0, $ = 0, y, O; z < p; ++z)
      if (y = w[z]) {
        for (z >= $ && ($ = z + 1); !(O = b[$]) && ++$ < p; )
          ;
        y._next = O || null;
      }
  }
  return s = new Xe(s, o), s._enter = a, s._exit = l, s;
}
function vu(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function pu() {
  return new Xe(this._exit || this._groups.map(Rs), this._parents);
}
function yu(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function wu(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), h, p = 0; p < d; ++p)
      (h = u[p] || c[p]) && (f[p] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new Xe(a, this._parents);
}
function _u() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function xu(e) {
  e || (e = $u);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Xe(i, this._parents).order();
}
function $u(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function bu() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function ku() {
  return Array.from(this);
}
function Su() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Eu() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Nu() {
  return !this.node();
}
function Cu(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
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
function Tu(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Au(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function zu(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Du(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Pu(e, t) {
  var n = To(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Iu : Mu : typeof t == "function" ? n.local ? Du : zu : n.local ? Au : Tu)(n, t));
}
function Os(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Ru(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Ou(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Bu(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Vu(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Ru : typeof t == "function" ? Bu : Ou)(e, t, n ?? "")) : Wt(this.node(), e);
}
function Wt(e, t) {
  return e.style.getPropertyValue(t) || Os(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Hu(e) {
  return function() {
    delete this[e];
  };
}
function Lu(e, t) {
  return function() {
    this[e] = t;
  };
}
function Fu(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Yu(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Hu : typeof t == "function" ? Fu : Lu)(e, t)) : this.node()[e];
}
function Bs(e) {
  return e.trim().split(/^|\s+/);
}
function Hi(e) {
  return e.classList || new Vs(e);
}
function Vs(e) {
  this._node = e, this._names = Bs(e.getAttribute("class") || "");
}
Vs.prototype = {
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
function Hs(e, t) {
  for (var n = Hi(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Ls(e, t) {
  for (var n = Hi(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Xu(e) {
  return function() {
    Hs(this, e);
  };
}
function qu(e) {
  return function() {
    Ls(this, e);
  };
}
function Gu(e, t) {
  return function() {
    (t.apply(this, arguments) ? Hs : Ls)(this, e);
  };
}
function Uu(e, t) {
  var n = Bs(e + "");
  if (arguments.length < 2) {
    for (var o = Hi(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Gu : t ? Xu : qu)(n, t));
}
function Wu() {
  this.textContent = "";
}
function Ku(e) {
  return function() {
    this.textContent = e;
  };
}
function Zu(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Qu(e) {
  return arguments.length ? this.each(e == null ? Wu : (typeof e == "function" ? Zu : Ku)(e)) : this.node().textContent;
}
function Ju() {
  this.innerHTML = "";
}
function ju(e) {
  return function() {
    this.innerHTML = e;
  };
}
function ec(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function tc(e) {
  return arguments.length ? this.each(e == null ? Ju : (typeof e == "function" ? ec : ju)(e)) : this.node().innerHTML;
}
function nc() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function oc() {
  return this.each(nc);
}
function ic() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function rc() {
  return this.each(ic);
}
function sc(e) {
  var t = typeof e == "function" ? e : As(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function ac() {
  return null;
}
function lc(e, t) {
  var n = typeof e == "function" ? e : As(e), o = t == null ? ac : typeof t == "function" ? t : Vi(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function uc() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function cc() {
  return this.each(uc);
}
function dc() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function fc() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function hc(e) {
  return this.select(e ? fc : dc);
}
function gc(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function mc(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function vc(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function pc(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function yc(e, t, n) {
  return function() {
    var o = this.__on, i, r = mc(t);
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
function wc(e, t, n) {
  var o = vc(e + ""), i, r = o.length, s;
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
  for (a = t ? yc : pc, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function Fs(e, t, n) {
  var o = Os(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function _c(e, t) {
  return function() {
    return Fs(this, e, t);
  };
}
function xc(e, t) {
  return function() {
    return Fs(this, e, t.apply(this, arguments));
  };
}
function $c(e, t) {
  return this.each((typeof t == "function" ? xc : _c)(e, t));
}
function* bc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Ys = [null];
function Xe(e, t) {
  this._groups = e, this._parents = t;
}
function zn() {
  return new Xe([[document.documentElement]], Ys);
}
function kc() {
  return this;
}
Xe.prototype = zn.prototype = {
  constructor: Xe,
  select: Zl,
  selectAll: eu,
  selectChild: iu,
  selectChildren: lu,
  filter: uu,
  data: mu,
  enter: cu,
  exit: pu,
  join: yu,
  merge: wu,
  selection: kc,
  order: _u,
  sort: xu,
  call: bu,
  nodes: ku,
  node: Su,
  size: Eu,
  empty: Nu,
  each: Cu,
  attr: Pu,
  style: Vu,
  property: Yu,
  classed: Uu,
  text: Qu,
  html: tc,
  raise: oc,
  lower: rc,
  append: sc,
  insert: lc,
  remove: cc,
  clone: hc,
  datum: gc,
  on: wc,
  dispatch: $c,
  [Symbol.iterator]: bc
};
function We(e) {
  return typeof e == "string" ? new Xe([[document.querySelector(e)]], [document.documentElement]) : new Xe([[e]], Ys);
}
function Sc(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function je(e, t) {
  if (e = Sc(e), t === void 0 && (t = e.currentTarget), t) {
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
const Ec = { passive: !1 }, wn = { capture: !0, passive: !1 };
function qo(e) {
  e.stopImmediatePropagation();
}
function Yt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Xs(e) {
  var t = e.document.documentElement, n = We(e).on("dragstart.drag", Yt, wn);
  "onselectstart" in t ? n.on("selectstart.drag", Yt, wn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function qs(e, t) {
  var n = e.document.documentElement, o = We(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Yt, wn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Bn = (e) => () => e;
function li(e, {
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
li.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Nc(e) {
  return !e.ctrlKey && !e.button;
}
function Cc() {
  return this.parentNode;
}
function Mc(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Ic() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Tc() {
  var e = Nc, t = Cc, n = Mc, o = Ic, i = {}, r = Io("start", "drag", "end"), s = 0, a, l, u, c, d = 0;
  function f(y) {
    y.on("mousedown.drag", h).filter(o).on("touchstart.drag", b).on("touchmove.drag", S, Ec).on("touchend.drag touchcancel.drag", z).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(y, O) {
    if (!(c || !e.call(this, y, O))) {
      var Y = $(this, t.call(this, y, O), y, O, "mouse");
      Y && (We(y.view).on("mousemove.drag", p, wn).on("mouseup.drag", w, wn), Xs(y.view), qo(y), u = !1, a = y.clientX, l = y.clientY, Y("start", y));
    }
  }
  function p(y) {
    if (Yt(y), !u) {
      var O = y.clientX - a, Y = y.clientY - l;
      u = O * O + Y * Y > d;
    }
    i.mouse("drag", y);
  }
  function w(y) {
    We(y.view).on("mousemove.drag mouseup.drag", null), qs(y.view, u), Yt(y), i.mouse("end", y);
  }
  function b(y, O) {
    if (e.call(this, y, O)) {
      var Y = y.changedTouches, H = t.call(this, y, O), L = Y.length, J, q;
      for (J = 0; J < L; ++J)
        (q = $(this, H, y, O, Y[J].identifier, Y[J])) && (qo(y), q("start", y, Y[J]));
    }
  }
  function S(y) {
    var O = y.changedTouches, Y = O.length, H, L;
    for (H = 0; H < Y; ++H)
      (L = i[O[H].identifier]) && (Yt(y), L("drag", y, O[H]));
  }
  function z(y) {
    var O = y.changedTouches, Y = O.length, H, L;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), H = 0; H < Y; ++H)
      (L = i[O[H].identifier]) && (qo(y), L("end", y, O[H]));
  }
  function $(y, O, Y, H, L, J) {
    var q = r.copy(), G = je(J || Y, O), C, ie, g;
    if ((g = n.call(y, new li("beforestart", {
      sourceEvent: Y,
      target: f,
      identifier: L,
      active: s,
      x: G[0],
      y: G[1],
      dx: 0,
      dy: 0,
      dispatch: q
    }), H)) != null)
      return C = g.x - G[0] || 0, ie = g.y - G[1] || 0, function I(_, A, M) {
        var R = G, T;
        switch (_) {
          case "start":
            i[L] = I, T = s++;
            break;
          case "end":
            delete i[L], --s;
          case "drag":
            G = je(M || A, O), T = s;
            break;
        }
        q.call(
          _,
          y,
          new li(_, {
            sourceEvent: A,
            subject: g,
            target: f,
            identifier: L,
            active: T,
            x: G[0] + C,
            y: G[1] + ie,
            dx: G[0] - R[0],
            dy: G[1] - R[1],
            dispatch: q
          }),
          H
        );
      };
  }
  return f.filter = function(y) {
    return arguments.length ? (e = typeof y == "function" ? y : Bn(!!y), f) : e;
  }, f.container = function(y) {
    return arguments.length ? (t = typeof y == "function" ? y : Bn(y), f) : t;
  }, f.subject = function(y) {
    return arguments.length ? (n = typeof y == "function" ? y : Bn(y), f) : n;
  }, f.touchable = function(y) {
    return arguments.length ? (o = typeof y == "function" ? y : Bn(!!y), f) : o;
  }, f.on = function() {
    var y = r.on.apply(r, arguments);
    return y === r ? f : y;
  }, f.clickDistance = function(y) {
    return arguments.length ? (d = (y = +y) * y, f) : Math.sqrt(d);
  }, f;
}
function Li(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Gs(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Dn() {
}
var _n = 0.7, ho = 1 / _n, Xt = "\\s*([+-]?\\d+)\\s*", xn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ot = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Ac = /^#([0-9a-f]{3,8})$/, zc = new RegExp(`^rgb\\(${Xt},${Xt},${Xt}\\)$`), Dc = new RegExp(`^rgb\\(${ot},${ot},${ot}\\)$`), Pc = new RegExp(`^rgba\\(${Xt},${Xt},${Xt},${xn}\\)$`), Rc = new RegExp(`^rgba\\(${ot},${ot},${ot},${xn}\\)$`), Oc = new RegExp(`^hsl\\(${xn},${ot},${ot}\\)$`), Bc = new RegExp(`^hsla\\(${xn},${ot},${ot},${xn}\\)$`), fr = {
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
Li(Dn, Ot, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: hr,
  // Deprecated! Use color.formatHex.
  formatHex: hr,
  formatHex8: Vc,
  formatHsl: Hc,
  formatRgb: gr,
  toString: gr
});
function hr() {
  return this.rgb().formatHex();
}
function Vc() {
  return this.rgb().formatHex8();
}
function Hc() {
  return Us(this).formatHsl();
}
function gr() {
  return this.rgb().formatRgb();
}
function Ot(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Ac.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? mr(t) : n === 3 ? new Fe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Vn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Vn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = zc.exec(e)) ? new Fe(t[1], t[2], t[3], 1) : (t = Dc.exec(e)) ? new Fe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Pc.exec(e)) ? Vn(t[1], t[2], t[3], t[4]) : (t = Rc.exec(e)) ? Vn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Oc.exec(e)) ? yr(t[1], t[2] / 100, t[3] / 100, 1) : (t = Bc.exec(e)) ? yr(t[1], t[2] / 100, t[3] / 100, t[4]) : fr.hasOwnProperty(e) ? mr(fr[e]) : e === "transparent" ? new Fe(NaN, NaN, NaN, 0) : null;
}
function mr(e) {
  return new Fe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Vn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Fe(e, t, n, o);
}
function Lc(e) {
  return e instanceof Dn || (e = Ot(e)), e ? (e = e.rgb(), new Fe(e.r, e.g, e.b, e.opacity)) : new Fe();
}
function ui(e, t, n, o) {
  return arguments.length === 1 ? Lc(e) : new Fe(e, t, n, o ?? 1);
}
function Fe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
Li(Fe, ui, Gs(Dn, {
  brighter(e) {
    return e = e == null ? ho : Math.pow(ho, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? _n : Math.pow(_n, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Fe(Dt(this.r), Dt(this.g), Dt(this.b), go(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: vr,
  // Deprecated! Use color.formatHex.
  formatHex: vr,
  formatHex8: Fc,
  formatRgb: pr,
  toString: pr
}));
function vr() {
  return `#${At(this.r)}${At(this.g)}${At(this.b)}`;
}
function Fc() {
  return `#${At(this.r)}${At(this.g)}${At(this.b)}${At((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function pr() {
  const e = go(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Dt(this.r)}, ${Dt(this.g)}, ${Dt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function go(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Dt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function At(e) {
  return e = Dt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function yr(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Ke(e, t, n, o);
}
function Us(e) {
  if (e instanceof Ke)
    return new Ke(e.h, e.s, e.l, e.opacity);
  if (e instanceof Dn || (e = Ot(e)), !e)
    return new Ke();
  if (e instanceof Ke)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, l = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? r + i : 2 - r - i, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new Ke(s, a, l, e.opacity);
}
function Yc(e, t, n, o) {
  return arguments.length === 1 ? Us(e) : new Ke(e, t, n, o ?? 1);
}
function Ke(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
Li(Ke, Yc, Gs(Dn, {
  brighter(e) {
    return e = e == null ? ho : Math.pow(ho, e), new Ke(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? _n : Math.pow(_n, e), new Ke(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Fe(
      Go(e >= 240 ? e - 240 : e + 120, i, o),
      Go(e, i, o),
      Go(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Ke(wr(this.h), Hn(this.s), Hn(this.l), go(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = go(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${wr(this.h)}, ${Hn(this.s) * 100}%, ${Hn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function wr(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Hn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function Go(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Fi = (e) => () => e;
function Xc(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function qc(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Gc(e) {
  return (e = +e) == 1 ? Ws : function(t, n) {
    return n - t ? qc(t, n, e) : Fi(isNaN(t) ? n : t);
  };
}
function Ws(e, t) {
  var n = t - e;
  return n ? Xc(e, n) : Fi(isNaN(e) ? t : e);
}
const mo = function e(t) {
  var n = Gc(t);
  function o(i, r) {
    var s = n((i = ui(i)).r, (r = ui(r)).r), a = n(i.g, r.g), l = n(i.b, r.b), u = Ws(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function Uc(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Wc(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Kc(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = hn(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function Zc(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function tt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Qc(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = hn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var ci = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, Uo = new RegExp(ci.source, "g");
function Jc(e) {
  return function() {
    return e;
  };
}
function jc(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ks(e, t) {
  var n = ci.lastIndex = Uo.lastIndex = 0, o, i, r, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = ci.exec(e)) && (i = Uo.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, l.push({ i: s, x: tt(o, i) })), n = Uo.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? l[0] ? jc(l[0].x) : Jc(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
function hn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? Fi(t) : (n === "number" ? tt : n === "string" ? (o = Ot(t)) ? (t = o, mo) : Ks : t instanceof Ot ? mo : t instanceof Date ? Zc : Wc(t) ? Uc : Array.isArray(t) ? Kc : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Qc : tt)(e, t);
}
var _r = 180 / Math.PI, di = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Zs(e, t, n, o, i, r) {
  var s, a, l;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (l = e * n + t * o) && (n -= e * l, o -= t * l), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, l /= a), e * o < t * n && (e = -e, t = -t, l = -l, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * _r,
    skewX: Math.atan(l) * _r,
    scaleX: s,
    scaleY: a
  };
}
var Ln;
function ed(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? di : Zs(t.a, t.b, t.c, t.d, t.e, t.f);
}
function td(e) {
  return e == null || (Ln || (Ln = document.createElementNS("http://www.w3.org/2000/svg", "g")), Ln.setAttribute("transform", e), !(e = Ln.transform.baseVal.consolidate())) ? di : (e = e.matrix, Zs(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Qs(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, h, p) {
    if (u !== d || c !== f) {
      var w = h.push("translate(", null, t, null, n);
      p.push({ i: w - 4, x: tt(u, d) }, { i: w - 2, x: tt(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function s(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: tt(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: tt(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, h, p) {
    if (u !== d || c !== f) {
      var w = h.push(i(h) + "scale(", null, ",", null, ")");
      p.push({ i: w - 4, x: tt(u, d) }, { i: w - 2, x: tt(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), s(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(h) {
      for (var p = -1, w = f.length, b; ++p < w; )
        d[(b = f[p]).i] = b.x(h);
      return d.join("");
    };
  };
}
var nd = Qs(ed, "px, ", "px)", "deg)"), od = Qs(td, ", ", ")", ")"), id = 1e-12;
function xr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function rd(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function sd(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const to = function e(t, n, o) {
  function i(r, s) {
    var a = r[0], l = r[1], u = r[2], c = s[0], d = s[1], f = s[2], h = c - a, p = d - l, w = h * h + p * p, b, S;
    if (w < id)
      S = Math.log(f / u) / t, b = function(H) {
        return [
          a + H * h,
          l + H * p,
          u * Math.exp(t * H * S)
        ];
      };
    else {
      var z = Math.sqrt(w), $ = (f * f - u * u + o * w) / (2 * u * n * z), y = (f * f - u * u - o * w) / (2 * f * n * z), O = Math.log(Math.sqrt($ * $ + 1) - $), Y = Math.log(Math.sqrt(y * y + 1) - y);
      S = (Y - O) / t, b = function(H) {
        var L = H * S, J = xr(O), q = u / (n * z) * (J * sd(t * L + O) - rd(O));
        return [
          a + q * h,
          l + q * p,
          u * J / xr(t * L + O)
        ];
      };
    }
    return b.duration = S * 1e3 * t / Math.SQRT2, b;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, l = a * a;
    return e(s, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Kt = 0, ln = 0, on = 0, Js = 1e3, vo, un, po = 0, Bt = 0, Ao = 0, $n = typeof performance == "object" && performance.now ? performance : Date, js = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Yi() {
  return Bt || (js(ad), Bt = $n.now() + Ao);
}
function ad() {
  Bt = 0;
}
function yo() {
  this._call = this._time = this._next = null;
}
yo.prototype = ea.prototype = {
  constructor: yo,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? Yi() : +n) + (t == null ? 0 : +t), !this._next && un !== this && (un ? un._next = this : vo = this, un = this), this._call = e, this._time = n, fi();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, fi());
  }
};
function ea(e, t, n) {
  var o = new yo();
  return o.restart(e, t, n), o;
}
function ld() {
  Yi(), ++Kt;
  for (var e = vo, t; e; )
    (t = Bt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Kt;
}
function $r() {
  Bt = (po = $n.now()) + Ao, Kt = ln = 0;
  try {
    ld();
  } finally {
    Kt = 0, cd(), Bt = 0;
  }
}
function ud() {
  var e = $n.now(), t = e - po;
  t > Js && (Ao -= t, po = e);
}
function cd() {
  for (var e, t = vo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : vo = n);
  un = e, fi(o);
}
function fi(e) {
  if (!Kt) {
    ln && (ln = clearTimeout(ln));
    var t = e - Bt;
    t > 24 ? (e < 1 / 0 && (ln = setTimeout($r, e - $n.now() - Ao)), on && (on = clearInterval(on))) : (on || (po = $n.now(), on = setInterval(ud, Js)), Kt = 1, js($r));
  }
}
function br(e, t, n) {
  var o = new yo();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var dd = Io("start", "end", "cancel", "interrupt"), fd = [], ta = 0, kr = 1, hi = 2, no = 3, Sr = 4, gi = 5, oo = 6;
function zo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  hd(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: dd,
    tween: fd,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: ta
  });
}
function Xi(e, t) {
  var n = Qe(e, t);
  if (n.state > ta)
    throw new Error("too late; already scheduled");
  return n;
}
function rt(e, t) {
  var n = Qe(e, t);
  if (n.state > no)
    throw new Error("too late; already running");
  return n;
}
function Qe(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function hd(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = ea(r, 0, n.time);
  function r(u) {
    n.state = kr, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, d, f, h;
    if (n.state !== kr)
      return l();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === no)
          return br(s);
        h.state === Sr ? (h.state = oo, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = oo, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (br(function() {
      n.state === no && (n.state = Sr, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = hi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === hi) {
      for (n.state = no, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = h);
      i.length = d + 1;
    }
  }
  function a(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = gi, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === gi && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = oo, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function io(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > hi && o.state < gi, o.state = oo, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function gd(e) {
  return this.each(function() {
    io(this, e);
  });
}
function md(e, t) {
  var n, o;
  return function() {
    var i = rt(this, e), r = i.tween;
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
function vd(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = rt(this, e), s = r.tween;
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
function pd(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Qe(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? md : vd)(n, e, t));
}
function qi(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = rt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Qe(i, o).value[t];
  };
}
function na(e, t) {
  var n;
  return (typeof t == "number" ? tt : t instanceof Ot ? mo : (n = Ot(t)) ? (t = n, mo) : Ks)(e, t);
}
function yd(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function wd(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function _d(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function xd(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function $d(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function bd(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function kd(e, t) {
  var n = To(e), o = n === "transform" ? od : na;
  return this.attrTween(e, typeof t == "function" ? (n.local ? bd : $d)(n, o, qi(this, "attr." + e, t)) : t == null ? (n.local ? wd : yd)(n) : (n.local ? xd : _d)(n, o, t));
}
function Sd(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Ed(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Nd(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Ed(e, r)), n;
  }
  return i._value = t, i;
}
function Cd(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Sd(e, r)), n;
  }
  return i._value = t, i;
}
function Md(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = To(e);
  return this.tween(n, (o.local ? Nd : Cd)(o, t));
}
function Id(e, t) {
  return function() {
    Xi(this, e).delay = +t.apply(this, arguments);
  };
}
function Td(e, t) {
  return t = +t, function() {
    Xi(this, e).delay = t;
  };
}
function Ad(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Id : Td)(t, e)) : Qe(this.node(), t).delay;
}
function zd(e, t) {
  return function() {
    rt(this, e).duration = +t.apply(this, arguments);
  };
}
function Dd(e, t) {
  return t = +t, function() {
    rt(this, e).duration = t;
  };
}
function Pd(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? zd : Dd)(t, e)) : Qe(this.node(), t).duration;
}
function Rd(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    rt(this, e).ease = t;
  };
}
function Od(e) {
  var t = this._id;
  return arguments.length ? this.each(Rd(t, e)) : Qe(this.node(), t).ease;
}
function Bd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    rt(this, e).ease = n;
  };
}
function Vd(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Bd(this._id, e));
}
function Hd(e) {
  typeof e != "function" && (e = Ds(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new gt(o, this._parents, this._name, this._id);
}
function Ld(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = l[h] || u[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new gt(s, this._parents, this._name, this._id);
}
function Fd(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Yd(e, t, n) {
  var o, i, r = Fd(t) ? Xi : rt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Xd(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Qe(this.node(), n).on.on(e) : this.each(Yd(n, e, t));
}
function qd(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Gd() {
  return this.on("end.remove", qd(this._id));
}
function Ud(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Vi(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], l = a.length, u = r[s] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, zo(u[f], t, n, f, u, Qe(c, n)));
  return new gt(r, this._parents, t, n);
}
function Wd(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = zs(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), h, p = Qe(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && zo(h, t, n, w, f, p);
        r.push(f), s.push(c);
      }
  return new gt(r, s, t, n);
}
var Kd = zn.prototype.constructor;
function Zd() {
  return new Kd(this._groups, this._parents);
}
function Qd(e, t) {
  var n, o, i;
  return function() {
    var r = Wt(this, e), s = (this.style.removeProperty(e), Wt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function oa(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Jd(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Wt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function jd(e, t, n) {
  var o, i, r;
  return function() {
    var s = Wt(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), Wt(this, e))), s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a));
  };
}
function ef(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var l = rt(this, e), u = l.on, c = l.value[r] == null ? a || (a = oa(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), l.on = o;
  };
}
function tf(e, t, n) {
  var o = (e += "") == "transform" ? nd : na;
  return t == null ? this.styleTween(e, Qd(e, o)).on("end.style." + e, oa(e)) : typeof t == "function" ? this.styleTween(e, jd(e, o, qi(this, "style." + e, t))).each(ef(this._id, e)) : this.styleTween(e, Jd(e, o, t), n).on("end.style." + e, null);
}
function nf(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function of(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && nf(e, s, n)), o;
  }
  return r._value = t, r;
}
function rf(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, of(e, t, n ?? ""));
}
function sf(e) {
  return function() {
    this.textContent = e;
  };
}
function af(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function lf(e) {
  return this.tween("text", typeof e == "function" ? af(qi(this, "text", e)) : sf(e == null ? "" : e + ""));
}
function uf(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function cf(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && uf(i)), t;
  }
  return o._value = e, o;
}
function df(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, cf(e));
}
function ff() {
  for (var e = this._name, t = this._id, n = ia(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = Qe(l, t);
        zo(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new gt(o, this._parents, e, n);
}
function hf() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = rt(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var gf = 0;
function gt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function ia() {
  return ++gf;
}
var at = zn.prototype;
gt.prototype = {
  constructor: gt,
  select: Ud,
  selectAll: Wd,
  selectChild: at.selectChild,
  selectChildren: at.selectChildren,
  filter: Hd,
  merge: Ld,
  selection: Zd,
  transition: ff,
  call: at.call,
  nodes: at.nodes,
  node: at.node,
  size: at.size,
  empty: at.empty,
  each: at.each,
  on: Xd,
  attr: kd,
  attrTween: Md,
  style: tf,
  styleTween: rf,
  text: lf,
  textTween: df,
  remove: Gd,
  tween: pd,
  delay: Ad,
  duration: Pd,
  ease: Od,
  easeVarying: Vd,
  end: hf,
  [Symbol.iterator]: at[Symbol.iterator]
};
function mf(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var vf = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: mf
};
function pf(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function yf(e) {
  var t, n;
  e instanceof gt ? (t = e._id, e = e._name) : (t = ia(), (n = vf).time = Yi(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && zo(l, e, t, u, s, n || pf(l, t));
  return new gt(o, this._parents, e, t);
}
zn.prototype.interrupt = gd;
zn.prototype.transition = yf;
const Fn = (e) => () => e;
function wf(e, {
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
function dt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
dt.prototype = {
  constructor: dt,
  scale: function(e) {
    return e === 1 ? this : new dt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new dt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Zt = new dt(1, 0, 0);
dt.prototype;
function Wo(e) {
  e.stopImmediatePropagation();
}
function rn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function _f(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function xf() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Er() {
  return this.__zoom || Zt;
}
function $f(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function bf() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function kf(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Sf() {
  var e = _f, t = xf, n = kf, o = $f, i = bf, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = to, u = Io("start", "zoom", "end"), c, d, f, h = 500, p = 150, w = 0, b = 10;
  function S(g) {
    g.property("__zoom", Er).on("wheel.zoom", L, { passive: !1 }).on("mousedown.zoom", J).on("dblclick.zoom", q).filter(i).on("touchstart.zoom", G).on("touchmove.zoom", C).on("touchend.zoom touchcancel.zoom", ie).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  S.transform = function(g, I, _, A) {
    var M = g.selection ? g.selection() : g;
    M.property("__zoom", Er), g !== M ? O(g, I, _, A) : M.interrupt().each(function() {
      Y(this, arguments).event(A).start().zoom(null, typeof I == "function" ? I.apply(this, arguments) : I).end();
    });
  }, S.scaleBy = function(g, I, _, A) {
    S.scaleTo(g, function() {
      var M = this.__zoom.k, R = typeof I == "function" ? I.apply(this, arguments) : I;
      return M * R;
    }, _, A);
  }, S.scaleTo = function(g, I, _, A) {
    S.transform(g, function() {
      var M = t.apply(this, arguments), R = this.__zoom, T = _ == null ? y(M) : typeof _ == "function" ? _.apply(this, arguments) : _, X = R.invert(T), Q = typeof I == "function" ? I.apply(this, arguments) : I;
      return n($(z(R, Q), T, X), M, s);
    }, _, A);
  }, S.translateBy = function(g, I, _, A) {
    S.transform(g, function() {
      return n(this.__zoom.translate(
        typeof I == "function" ? I.apply(this, arguments) : I,
        typeof _ == "function" ? _.apply(this, arguments) : _
      ), t.apply(this, arguments), s);
    }, null, A);
  }, S.translateTo = function(g, I, _, A, M) {
    S.transform(g, function() {
      var R = t.apply(this, arguments), T = this.__zoom, X = A == null ? y(R) : typeof A == "function" ? A.apply(this, arguments) : A;
      return n(Zt.translate(X[0], X[1]).scale(T.k).translate(
        typeof I == "function" ? -I.apply(this, arguments) : -I,
        typeof _ == "function" ? -_.apply(this, arguments) : -_
      ), R, s);
    }, A, M);
  };
  function z(g, I) {
    return I = Math.max(r[0], Math.min(r[1], I)), I === g.k ? g : new dt(I, g.x, g.y);
  }
  function $(g, I, _) {
    var A = I[0] - _[0] * g.k, M = I[1] - _[1] * g.k;
    return A === g.x && M === g.y ? g : new dt(g.k, A, M);
  }
  function y(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function O(g, I, _, A) {
    g.on("start.zoom", function() {
      Y(this, arguments).event(A).start();
    }).on("interrupt.zoom end.zoom", function() {
      Y(this, arguments).event(A).end();
    }).tween("zoom", function() {
      var M = this, R = arguments, T = Y(M, R).event(A), X = t.apply(M, R), Q = _ == null ? y(X) : typeof _ == "function" ? _.apply(M, R) : _, ne = Math.max(X[1][0] - X[0][0], X[1][1] - X[0][1]), se = M.__zoom, Z = typeof I == "function" ? I.apply(M, R) : I, U = l(se.invert(Q).concat(ne / se.k), Z.invert(Q).concat(ne / Z.k));
      return function(K) {
        if (K === 1)
          K = Z;
        else {
          var fe = U(K), ve = ne / fe[2];
          K = new dt(ve, Q[0] - fe[0] * ve, Q[1] - fe[1] * ve);
        }
        T.zoom(null, K);
      };
    });
  }
  function Y(g, I, _) {
    return !_ && g.__zooming || new H(g, I);
  }
  function H(g, I) {
    this.that = g, this.args = I, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, I), this.taps = 0;
  }
  H.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, I) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = I.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = I.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = I.invert(this.touch1[0])), this.that.__zoom = I, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var I = We(this.that).datum();
      u.call(
        g,
        this.that,
        new wf(g, {
          sourceEvent: this.sourceEvent,
          target: S,
          transform: this.that.__zoom,
          dispatch: u
        }),
        I
      );
    }
  };
  function L(g, ...I) {
    if (!e.apply(this, arguments))
      return;
    var _ = Y(this, I).event(g), A = this.__zoom, M = Math.max(r[0], Math.min(r[1], A.k * Math.pow(2, o.apply(this, arguments)))), R = je(g);
    if (_.wheel)
      (_.mouse[0][0] !== R[0] || _.mouse[0][1] !== R[1]) && (_.mouse[1] = A.invert(_.mouse[0] = R)), clearTimeout(_.wheel);
    else {
      if (A.k === M)
        return;
      _.mouse = [R, A.invert(R)], io(this), _.start();
    }
    rn(g), _.wheel = setTimeout(T, p), _.zoom("mouse", n($(z(A, M), _.mouse[0], _.mouse[1]), _.extent, s));
    function T() {
      _.wheel = null, _.end();
    }
  }
  function J(g, ...I) {
    if (f || !e.apply(this, arguments))
      return;
    var _ = g.currentTarget, A = Y(this, I, !0).event(g), M = We(g.view).on("mousemove.zoom", Q, !0).on("mouseup.zoom", ne, !0), R = je(g, _), T = g.clientX, X = g.clientY;
    Xs(g.view), Wo(g), A.mouse = [R, this.__zoom.invert(R)], io(this), A.start();
    function Q(se) {
      if (rn(se), !A.moved) {
        var Z = se.clientX - T, U = se.clientY - X;
        A.moved = Z * Z + U * U > w;
      }
      A.event(se).zoom("mouse", n($(A.that.__zoom, A.mouse[0] = je(se, _), A.mouse[1]), A.extent, s));
    }
    function ne(se) {
      M.on("mousemove.zoom mouseup.zoom", null), qs(se.view, A.moved), rn(se), A.event(se).end();
    }
  }
  function q(g, ...I) {
    if (e.apply(this, arguments)) {
      var _ = this.__zoom, A = je(g.changedTouches ? g.changedTouches[0] : g, this), M = _.invert(A), R = _.k * (g.shiftKey ? 0.5 : 2), T = n($(z(_, R), A, M), t.apply(this, I), s);
      rn(g), a > 0 ? We(this).transition().duration(a).call(O, T, A, g) : We(this).call(S.transform, T, A, g);
    }
  }
  function G(g, ...I) {
    if (e.apply(this, arguments)) {
      var _ = g.touches, A = _.length, M = Y(this, I, g.changedTouches.length === A).event(g), R, T, X, Q;
      for (Wo(g), T = 0; T < A; ++T)
        X = _[T], Q = je(X, this), Q = [Q, this.__zoom.invert(Q), X.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== Q[2] && (M.touch1 = Q, M.taps = 0) : (M.touch0 = Q, R = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), R && (M.taps < 2 && (d = Q[0], c = setTimeout(function() {
        c = null;
      }, h)), io(this), M.start());
    }
  }
  function C(g, ...I) {
    if (this.__zooming) {
      var _ = Y(this, I).event(g), A = g.changedTouches, M = A.length, R, T, X, Q;
      for (rn(g), R = 0; R < M; ++R)
        T = A[R], X = je(T, this), _.touch0 && _.touch0[2] === T.identifier ? _.touch0[0] = X : _.touch1 && _.touch1[2] === T.identifier && (_.touch1[0] = X);
      if (T = _.that.__zoom, _.touch1) {
        var ne = _.touch0[0], se = _.touch0[1], Z = _.touch1[0], U = _.touch1[1], K = (K = Z[0] - ne[0]) * K + (K = Z[1] - ne[1]) * K, fe = (fe = U[0] - se[0]) * fe + (fe = U[1] - se[1]) * fe;
        T = z(T, Math.sqrt(K / fe)), X = [(ne[0] + Z[0]) / 2, (ne[1] + Z[1]) / 2], Q = [(se[0] + U[0]) / 2, (se[1] + U[1]) / 2];
      } else if (_.touch0)
        X = _.touch0[0], Q = _.touch0[1];
      else
        return;
      _.zoom("touch", n($(T, X, Q), _.extent, s));
    }
  }
  function ie(g, ...I) {
    if (this.__zooming) {
      var _ = Y(this, I).event(g), A = g.changedTouches, M = A.length, R, T;
      for (Wo(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), R = 0; R < M; ++R)
        T = A[R], _.touch0 && _.touch0[2] === T.identifier ? delete _.touch0 : _.touch1 && _.touch1[2] === T.identifier && delete _.touch1;
      if (_.touch1 && !_.touch0 && (_.touch0 = _.touch1, delete _.touch1), _.touch0)
        _.touch0[1] = this.__zoom.invert(_.touch0[0]);
      else if (_.end(), _.taps === 2 && (T = je(T, this), Math.hypot(d[0] - T[0], d[1] - T[1]) < b)) {
        var X = We(this).on("dblclick.zoom");
        X && X.apply(this, arguments);
      }
    }
  }
  return S.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : Fn(+g), S) : o;
  }, S.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : Fn(!!g), S) : e;
  }, S.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : Fn(!!g), S) : i;
  }, S.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : Fn([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), S) : t;
  }, S.scaleExtent = function(g) {
    return arguments.length ? (r[0] = +g[0], r[1] = +g[1], S) : [r[0], r[1]];
  }, S.translateExtent = function(g) {
    return arguments.length ? (s[0][0] = +g[0][0], s[1][0] = +g[1][0], s[0][1] = +g[0][1], s[1][1] = +g[1][1], S) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, S.constrain = function(g) {
    return arguments.length ? (n = g, S) : n;
  }, S.duration = function(g) {
    return arguments.length ? (a = +g, S) : a;
  }, S.interpolate = function(g) {
    return arguments.length ? (l = g, S) : l;
  }, S.on = function() {
    var g = u.on.apply(u, arguments);
    return g === u ? S : g;
  }, S.clickDistance = function(g) {
    return arguments.length ? (w = (g = +g) * g, S) : Math.sqrt(w);
  }, S.tapDistance = function(g) {
    return arguments.length ? (b = +g, S) : b;
  }, S;
}
var re = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(re || {}), Gi = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(Gi || {}), Mt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Mt || {}), Nt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Nt || {}), mi = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(mi || {}), gn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(gn || {});
const Ef = ["INPUT", "SELECT", "TEXTAREA"], Nf = typeof document < "u" ? document : null;
function vi(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Ef.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Cf(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Nr(e, t, n, o) {
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
function Mf(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = If(n.code, e);
    return Array.isArray(e) ? e.some((i) => Nr(n[o], i, t, n.type === "keyup")) : Nr(n[o], e, t, n.type === "keyup");
  };
}
function If(e, t) {
  return t.includes(e) ? "code" : "key";
}
function mn(e, t) {
  const n = ee(() => _e(t == null ? void 0 : t.target) ?? Nf), o = St(_e(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = l(_e(e));
  be(
    () => _e(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && a(), s = l(u);
    },
    {
      immediate: !0
    }
  ), Ts(["blur", "contextmenu"], a), ur(
    (...u) => s(...u),
    (u) => {
      var c, d;
      const f = _e(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, h = _e(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Cf(u), (!i || i && !f) && vi(u))
        return;
      const w = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, b = (w == null ? void 0 : w.nodeName) === "BUTTON" || (w == null ? void 0 : w.nodeName) === "A";
      !h && (i || !b) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), ur(
    (...u) => s(...u),
    (u) => {
      const c = _e(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && vi(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    i = !1, r.clear(), o.value = _e(e) === !0;
  }
  function l(u) {
    return u === null ? (a(), () => !1) : typeof u == "boolean" ? (a(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Mf(u, r) : u;
  }
  return o;
}
const ra = "vue-flow__node-desc", sa = "vue-flow__edge-desc", Tf = "vue-flow__aria-live", aa = ["Enter", " ", "Escape"], qt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function wo(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function _o(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function Do(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function mt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function la(e, t) {
  return {
    x: mt(e.x, t[0][0], t[1][0]),
    y: mt(e.y, t[0][1], t[1][1])
  };
}
function Cr(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function Ct(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Pt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !Ct(e);
}
function cn(e) {
  return Pt(e) && "computedPosition" in e;
}
function Yn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Af(e) {
  return Yn(e.width) && Yn(e.height) && Yn(e.x) && Yn(e.y);
}
function zf(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: et({
      width: 0,
      height: 0
    }),
    computedPosition: et({
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
    data: De(e.data) ? e.data : {},
    events: et(De(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function ua(e, t, n) {
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
    data: De(e.data) ? e.data : {},
    events: et(De(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function ca(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function Df(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return ca(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Ct(r) && r.source === o).map((r) => n.find((s) => Pt(s) && s.id === r.target));
}
function Pf(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return ca(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Ct(r) && r.target === o).map((r) => n.find((s) => Pt(s) && s.id === r.source));
}
function da({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Rf(e, t) {
  return t.some(
    (n) => Ct(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
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
  return r ? Po(a, s) : a;
}
function fa(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function xo({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function ha({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Of(e, t) {
  return ha(fa(xo(e), xo(t)));
}
function Ui(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = fa(
      t,
      xo({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return ha(t);
}
function ga(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...kn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = a, d = l.width ?? a.width ?? null, f = l.height ?? a.height ?? null;
    if (i && !u || c)
      continue;
    const h = _o(r, wo(a)), p = d === null || f === null, w = o && h > 0, b = (d ?? 0) * (f ?? 0);
    (p || w || h >= b || a.dragging) && s.push(a);
  }
  return s;
}
function It(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Ft(e, t) {
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
  return Pn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Bf(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Ft(e, n), i = Ft(e, t);
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
    const o = Ft(e.top ?? e.y ?? 0, n), i = Ft(e.bottom ?? e.y ?? 0, n), r = Ft(e.left ?? e.x ?? 0, t), s = Ft(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Vf(e, t, n, o, i, r) {
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
function Mr(e, t, n, o, i, r = 0.1) {
  const s = Bf(r, t, n), a = (t - s.x) / e.width, l = (n - s.y) / e.height, u = Math.min(a, l), c = mt(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, h = t / 2 - d * c, p = n / 2 - f * c, w = Vf(e, h, p, c, t, n), b = {
    left: Math.min(w.left - s.left, 0),
    top: Math.min(w.top - s.top, 0),
    right: Math.min(w.right - s.right, 0),
    bottom: Math.min(w.bottom - s.bottom, 0)
  };
  return {
    x: h - b.left + b.right,
    y: p - b.top + b.bottom,
    zoom: c
  };
}
function Hf(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function ma(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : ma(n, t) : !1;
}
function Sn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function pi(e) {
  const t = e.ctrlKey && En() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ir(e, t, n) {
  return e < t ? mt(Math.abs(e - t), 1, t) / t : e > n ? -mt(Math.abs(e - n), 1, t) / t : 0;
}
function va(e, t, n = 15, o = 40) {
  const i = Ir(e.x, o, t.width - o) * n, r = Ir(e.y, o, t.height - o) * n;
  return [i, r];
}
function Ko(e, t) {
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
function Tr(e, t) {
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
            if (cn(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const l = t[r.indexOf(s.parentNode)];
              l && cn(l) && Ko(s, l);
            }
            break;
          case "dimensions":
            if (cn(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const l = t[r.indexOf(s.parentNode)];
              l && cn(l) && (!!l.dimensions.width && !!l.dimensions.height ? Ko(s, l) : He(() => {
                Ko(s, l);
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
function Ar(e) {
  return {
    item: e,
    type: "add"
  };
}
function zr(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Dr(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function $t(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(_t(r.id, s)));
  }
  return o;
}
const Pr = () => {
};
function oe(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Pr, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, s = () => {
    n = Pr;
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
      const h = () => u(f);
      return yn(h), { off: h };
    },
    off: u,
    trigger: (f) => {
      const h = [n];
      return i() ? h.push(...t) : e && h.push(e), Promise.allSettled(h.map((p) => p(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: a,
    removeHasEmitListeners: l
  };
}
function Rr(e, t, n) {
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
function Lf(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !ma(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(a) && s.set(a, {
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
function Zo({
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
function pa(e) {
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
function Ff(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? pa(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Yf(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Ff(i, e, o);
      r && (i = r);
    } else
      t(new Re(Pe.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = (o == null ? void 0 : o.computedPosition.x) || 0, s = (o == null ? void 0 : o.computedPosition.y) || 0;
    i = [
      [i[0][0] + r, i[0][1] + s],
      [i[1][0] + r, i[1][1] + s]
    ];
  } else if (i !== "parent" && (i != null && i.range) && Array.isArray(i.range)) {
    const [r, s, a, l] = pa(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
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
function Xf({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function Wi(e, t, n, o, i) {
  const r = Xf(e.dimensions, Yf(e, n, o, i)), s = la(t, r);
  return {
    position: {
      x: s.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: s.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: s
  };
}
function Qt(e, t, n = re.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Wf(e);
  if (o)
    return { x: i + s / 2, y: r + a / 2 };
  switch ((t == null ? void 0 : t.position) ?? n) {
    case re.Top:
      return { x: i + s / 2, y: r };
    case re.Right:
      return { x: i + s, y: r + a / 2 };
    case re.Bottom:
      return { x: i + s / 2, y: r + a };
    case re.Left:
      return { x: i, y: r + a / 2 };
  }
}
function Or(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function qf({
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
  const c = xo({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: s / l.zoom,
    height: a / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), f = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * f) > 0;
}
function Gf(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var Pe = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(Pe || {});
const Br = {
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
class Re extends Error {
  constructor(t, ...n) {
    var o;
    super((o = Br[t]) == null ? void 0 : o.call(Br, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function Ki(e) {
  return "clientX" in e;
}
function Uf(e) {
  return "sourceEvent" in e;
}
function nt(e, t) {
  const n = Ki(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - ((t == null ? void 0 : t.left) ?? 0),
    y: i - ((t == null ? void 0 : t.top) ?? 0)
  };
}
const En = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Wf(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function Po(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Kf = () => !0;
function Qo(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Zf(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    _o(i, wo(r)) > 0 && o.push(r);
  return o;
}
const Qf = 250;
function Jf(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const l = Zf(e, n, t + Qf);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: h } = Qt(u, d, d.position, !0), p = Math.sqrt((f - e.x) ** 2 + (h - e.y) ** 2);
      p > t || (p < a ? (s = [{ ...d, x: f, y: h }], a = p) : p === a && s.push({ ...d, x: f, y: h }));
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
function Vr(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: l,
  isValidConnection: u = Kf
}, c, d, f, h) {
  const p = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: b, y: S } = nt(e), z = s.elementFromPoint(b, S), $ = z != null && z.classList.contains(`${a}-flow__handle`) ? z : w, y = {
    handleDomNode: $,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if ($) {
    const O = ya(void 0, $), Y = $.getAttribute("data-nodeid"), H = $.getAttribute("data-handleid"), L = $.classList.contains("connectable"), J = $.classList.contains("connectableend");
    if (!Y || !O)
      return y;
    const q = {
      source: p ? Y : o,
      sourceHandle: p ? H : i,
      target: p ? o : Y,
      targetHandle: p ? i : H
    };
    y.connection = q;
    const C = L && J && (n === Nt.Strict ? p && O === "source" || !p && O === "target" : Y !== o || H !== i);
    y.isValid = C && u(q, {
      nodes: d,
      edges: c,
      sourceNode: f(q.source),
      targetNode: f(q.target)
    }), y.toHandle = wa(Y, O, H, h, n, !0);
  }
  return y;
}
function ya(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function jf(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function eh(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function wa(e, t, n, o, i, r = !1) {
  var s, a, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === Nt.Strict ? (s = u.handleBounds) == null ? void 0 : s[t] : [...((a = u.handleBounds) == null ? void 0 : a.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && r ? { ...d, ...Qt(u, d, d.position, !0) } : d;
}
const yi = {
  [re.Left]: re.Right,
  [re.Right]: re.Left,
  [re.Top]: re.Bottom,
  [re.Bottom]: re.Top
}, th = ["production", "prod"];
function Pn(e, ...t) {
  _a() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function _a() {
  return !th.includes("production");
}
function Hr(e, t, n, o, i) {
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
      ...Do(s)
    };
  }) : null;
}
function wi(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), He(() => {
    s.blur();
  })) : n([e]);
}
function De(e) {
  return typeof V(e) < "u";
}
function nh(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Re(Pe.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return Ct(e) ? i = e : i = {
    ...e,
    id: da(e)
  }, i = ua(i, void 0, o), Rf(i, t) ? !1 : i;
}
function oh(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Re(Pe.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Re(Pe.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? da(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Lr(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Pt(s)) {
      n(
        new Re(Pe.NODE_INVALID, s == null ? void 0 : s.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = zf(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new Re(Pe.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function Fr(e, t, n, o, i, r) {
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
function Jo(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: a = null } = o, l = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: a }, u = `${i}-${s}--${r}-${a}`, c = `${r}-${a}--${i}-${s}`;
    Fr("source", l, c, e, i, s), Fr("target", l, u, e, r, a);
  }
}
function Yr(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function jo(e, t, n, o, i, r, s, a) {
  const l = [];
  for (const u of e) {
    const c = Ct(u) ? u : nh(u, a, i, r);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new Re(Pe.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Re(Pe.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new Re(Pe.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: a,
      nodes: s,
      sourceNode: d,
      targetNode: f
    })) {
      i(new Re(Pe.EDGE_INVALID, c.id));
      continue;
    }
    const h = o(c.id);
    l.push({
      ...ua(c, h, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const Xr = Symbol("vueFlow"), Zi = Symbol("nodeId"), xa = Symbol("nodeRef"), ih = Symbol("edgeId"), rh = Symbol("edgeRef"), Ro = Symbol("slots");
function $a(e) {
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
    findNode: h,
    multiSelectionActive: p,
    nodesSelectionActive: w,
    selectNodesOnDrag: b,
    removeSelectedElements: S,
    addSelectedNodes: z,
    updateNodePositions: $,
    emits: y
  } = Me(), { onStart: O, onDrag: Y, onStop: H, onClick: L, el: J, disabled: q, id: G, selectable: C, dragHandle: ie } = e, g = St(!1);
  let I = [], _, A = null, M = { x: void 0, y: void 0 }, R = { x: 0, y: 0 }, T = null, X = !1, Q = !1, ne = 0, se = !1;
  const Z = ba(), U = ({ x: ce, y: le }) => {
    M = { x: ce, y: le };
    let k = !1;
    if (I = I.map((x) => {
      const E = { x: ce - x.distance.x, y: le - x.distance.y }, { computedPosition: m } = Wi(
        x,
        n.value ? Po(E, o.value) : E,
        y.error,
        s.value,
        x.parentNode ? h(x.parentNode) : void 0
      );
      return k = k || x.position.x !== m.x || x.position.y !== m.y, x.position = m, x;
    }), Q = Q || k, !!k && ($(I, !0, !0), g.value = !0, T)) {
      const [x, E] = Zo({
        id: G,
        dragItems: I,
        findNode: h
      });
      Y({ event: T, node: x, nodes: E });
    }
  }, K = () => {
    if (!A)
      return;
    const [ce, le] = va(R, A, c.value);
    if (ce !== 0 || le !== 0) {
      const k = {
        x: (M.x ?? 0) - ce / l.value.zoom,
        y: (M.y ?? 0) - le / l.value.zoom
      };
      f({ x: ce, y: le }) && U(k);
    }
    ne = requestAnimationFrame(K);
  }, fe = (ce, le) => {
    X = !0;
    const k = h(G);
    !b.value && !p.value && k && (k.selected || S()), k && _e(C) && b.value && wi(
      k,
      p.value,
      z,
      S,
      w,
      !1,
      le
    );
    const x = Z(ce.sourceEvent);
    if (M = x, I = Lf(r.value, d.value, x, G), I.length) {
      const [E, m] = Zo({
        id: G,
        dragItems: I,
        findNode: h
      });
      O({ event: ce.sourceEvent, node: E, nodes: m });
    }
  }, ve = (ce, le) => {
    var k;
    ce.sourceEvent.type === "touchmove" && ce.sourceEvent.touches.length > 1 || (Q = !1, a.value === 0 && fe(ce, le), M = Z(ce.sourceEvent), A = ((k = t.value) == null ? void 0 : k.getBoundingClientRect()) || null, R = nt(ce.sourceEvent, A));
  }, ge = (ce, le) => {
    const k = Z(ce.sourceEvent);
    if (!se && X && u.value && (se = !0, K()), !X) {
      const x = k.xSnapped - (M.x ?? 0), E = k.ySnapped - (M.y ?? 0);
      Math.sqrt(x * x + E * E) > a.value && fe(ce, le);
    }
    (M.x !== k.xSnapped || M.y !== k.ySnapped) && I.length && X && (T = ce.sourceEvent, R = nt(ce.sourceEvent, A), U(k));
  }, we = (ce) => {
    let le = !1;
    if (!X && !g.value && !p.value) {
      const k = ce.sourceEvent, x = Z(k), E = x.xSnapped - (M.x ?? 0), m = x.ySnapped - (M.y ?? 0), v = Math.sqrt(E * E + m * m);
      v !== 0 && v <= a.value && (L == null || L(k), le = !0);
    }
    if (I.length && !le) {
      Q && ($(I, !1, !1), Q = !1);
      const [k, x] = Zo({
        id: G,
        dragItems: I,
        findNode: h
      });
      H({ event: ce.sourceEvent, node: k, nodes: x });
    }
    I = [], g.value = !1, se = !1, X = !1, M = { x: void 0, y: void 0 }, cancelAnimationFrame(ne);
  };
  return be([() => _e(q), J], ([ce, le], k, x) => {
    if (le) {
      const E = We(le);
      ce || (_ = Tc().on("start", (m) => ve(m, le)).on("drag", (m) => ge(m, le)).on("end", (m) => we(m)).filter((m) => {
        const v = m.target, N = _e(ie);
        return !m.button && (!i.value || !Rr(v, `.${i.value}`, le) && (!N || Rr(v, N, le)));
      }), E.call(_)), x(() => {
        E.on(".drag", null), _ && (_.on("start", null), _.on("drag", null), _.on("end", null));
      });
    }
  }), g;
}
function sh() {
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
function ah(e, t) {
  const n = sh();
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
function ba() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Me();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Uf(i) ? i.sourceEvent : i, { x: l, y: u } = nt(a, s), c = kn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? Po(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function Xn() {
  return !0;
}
function ka({
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
    nodesConnectable: h,
    autoPanOnConnect: p,
    autoPanSpeed: w,
    findNode: b,
    panBy: S,
    startConnection: z,
    updateConnection: $,
    endConnection: y,
    emits: O,
    viewport: Y,
    edges: H,
    nodes: L,
    isValidConnection: J,
    nodeLookup: q
  } = Me();
  let G = null, C = !1, ie = null;
  function g(_) {
    var A;
    const M = _e(n) === "target", R = Ki(_), T = Cr(_.target), X = _.currentTarget;
    if (X && (R && _.button === 0 || !R)) {
      let Q = function(j) {
        k = nt(j, we), U = Jf(
          kn(k, Y.value, !1, [1, 1]),
          c.value,
          q.value,
          m
        ), x || (E(), x = !0);
        const ae = Vr(
          j,
          {
            handle: U,
            connectionMode: u.value,
            fromNodeId: _e(t),
            fromHandleId: _e(e),
            fromType: M ? "target" : "source",
            isValidConnection: Z,
            doc: T,
            lib: "vue",
            flowId: a,
            nodeLookup: q.value
          },
          H.value,
          L.value,
          b,
          q.value
        );
        ie = ae.handleDomNode, G = ae.connection, C = eh(!!U, ae.isValid);
        const he = {
          // from stays the same
          ...W,
          isValid: C,
          to: ae.toHandle && C ? bn({ x: ae.toHandle.x, y: ae.toHandle.y }, Y.value) : k,
          toHandle: ae.toHandle,
          toPosition: C && ae.toHandle ? ae.toHandle.position : yi[m.position],
          toNode: ae.toHandle ? q.value.get(ae.toHandle.nodeId) : null
        };
        if (C && U && (W != null && W.toHandle) && he.toHandle && W.toHandle.type === he.toHandle.type && W.toHandle.nodeId === he.toHandle.nodeId && W.toHandle.id === he.toHandle.id && W.to.x === he.to.x && W.to.y === he.to.y)
          return;
        const xe = U ?? ae.toHandle;
        if ($(
          xe && C ? bn(
            {
              x: xe.x,
              y: xe.y
            },
            Y.value
          ) : k,
          xe,
          jf(!!xe, C)
        ), W = he, !U && !C && !ie)
          return Qo(le);
        G && G.source !== G.target && ie && (Qo(le), le = ie, ie.classList.add("connecting", "vue-flow__handle-connecting"), ie.classList.toggle("valid", !!C), ie.classList.toggle("vue-flow__handle-valid", !!C));
      }, ne = function(j) {
        "touches" in j && j.touches.length > 0 || ((U || ie) && G && C && (r ? r(j, G) : O.connect(G)), O.connectEnd(j), i && (s == null || s(j)), Qo(le), cancelAnimationFrame(K), y(j), x = !1, C = !1, G = null, ie = null, T.removeEventListener("mousemove", Q), T.removeEventListener("mouseup", ne), T.removeEventListener("touchmove", Q), T.removeEventListener("touchend", ne));
      };
      const se = b(_e(t));
      let Z = _e(o) || J.value || Xn;
      !Z && se && (Z = (M ? se.isValidSourcePos : se.isValidTargetPos) || Xn);
      let U, K = 0;
      const { x: fe, y: ve } = nt(_), ge = ya(_e(i), X), we = (A = l.value) == null ? void 0 : A.getBoundingClientRect();
      if (!we || !ge)
        return;
      const ce = wa(_e(t), ge, _e(e), q.value, u.value);
      if (!ce)
        return;
      let le, k = nt(_, we), x = !1;
      const E = () => {
        if (!p.value)
          return;
        const [j, ae] = va(k, we, w.value);
        S({ x: j, y: ae }), K = requestAnimationFrame(E);
      }, m = {
        ...ce,
        nodeId: _e(t),
        type: ge,
        position: ce.position
      }, v = q.value.get(_e(t)), F = {
        inProgress: !0,
        isValid: null,
        from: Qt(v, m, re.Left, !0),
        fromHandle: m,
        fromPosition: m.position,
        fromNode: v,
        to: k,
        toHandle: null,
        toPosition: yi[m.position],
        toNode: null
      };
      z(
        {
          nodeId: _e(t),
          id: _e(e),
          type: ge,
          position: (X == null ? void 0 : X.getAttribute("data-handlepos")) || re.Top,
          ...k
        },
        {
          x: fe - we.left,
          y: ve - we.top
        }
      ), O.connectStart({ event: _, nodeId: _e(t), handleId: _e(e), handleType: ge });
      let W = F;
      T.addEventListener("mousemove", Q), T.addEventListener("mouseup", ne), T.addEventListener("touchmove", Q), T.addEventListener("touchend", ne);
    }
  }
  function I(_) {
    var A, M;
    if (!d.value)
      return;
    const R = _e(n) === "target";
    if (!f.value) {
      O.clickConnectStart({ event: _, nodeId: _e(t), handleId: _e(e) }), z(
        {
          nodeId: _e(t),
          type: _e(n),
          id: _e(e),
          position: re.Top,
          ...nt(_)
        },
        void 0,
        !0
      );
      return;
    }
    let T = _e(o) || J.value || Xn;
    const X = b(_e(t));
    if (!T && X && (T = (R ? X.isValidSourcePos : X.isValidTargetPos) || Xn), X && (typeof X.connectable > "u" ? h.value : X.connectable) === !1)
      return;
    const Q = Cr(_.target), ne = Vr(
      _,
      {
        handle: {
          nodeId: _e(t),
          id: _e(e),
          type: _e(n),
          position: re.Top,
          ...nt(_)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: T,
        doc: Q,
        lib: "vue",
        flowId: a,
        nodeLookup: q.value
      },
      H.value,
      L.value,
      b,
      q.value
    ), se = ((A = ne.connection) == null ? void 0 : A.source) === ((M = ne.connection) == null ? void 0 : M.target);
    ne.isValid && ne.connection && !se && O.connect(ne.connection), O.clickConnectEnd(_), y(_, !0);
  }
  return {
    handlePointerDown: g,
    handleClick: I
  };
}
function lh() {
  return pt(Zi, "");
}
function Sa(e) {
  const t = e ?? lh() ?? "", n = pt(xa, ye(null)), { findNode: o, edges: i, emits: r } = Me(), s = o(t);
  return s || r.error(new Re(Pe.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ee(() => o(s.parentNode)),
    connectedEdges: ee(() => It([s], i.value))
  };
}
function uh() {
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
function ch(e, t) {
  const n = uh();
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
function Ea() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Me();
  return (l, u = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = u ? 4 : 1, h = l.x * c * f, p = l.y * d * f, w = [];
    for (const b of e.value)
      if (b.draggable || s && typeof b.draggable > "u") {
        const S = { x: b.computedPosition.x + h, y: b.computedPosition.y + p }, { position: z } = Wi(
          b,
          S,
          a.error,
          t.value,
          b.parentNode ? o(b.parentNode) : void 0
        );
        w.push({
          id: b.id,
          position: z,
          from: b.position,
          distance: { x: l.x, y: l.y },
          dimensions: b.dimensions
        });
      }
    n(w, !0, !1);
  };
}
const qn = 0.1, dh = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function wt() {
  return Pn("Viewport not initialized yet."), Promise.resolve(!1);
}
const fh = {
  zoomIn: wt,
  zoomOut: wt,
  zoomTo: wt,
  fitView: wt,
  setCenter: wt,
  fitBounds: wt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: wt,
  setTransform: wt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function hh(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((i == null ? void 0 : i.interpolate) === "linear" ? hn : to).scaleBy(
        ei(e.d3Selection, i == null ? void 0 : i.duration, i == null ? void 0 : i.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((a) => {
      var l;
      const { x: u, y: c } = la({ x: -o, y: -i }, e.translateExtent), d = Zt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((s == null ? void 0 : s.interpolate) === "linear" ? hn : to).transform(
        ei(e.d3Selection, s == null ? void 0 : s.duration, s == null ? void 0 : s.ease, () => {
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
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate((r == null ? void 0 : r.interpolate) === "linear" ? hn : to).scaleTo(
        ei(e.d3Selection, r == null ? void 0 : r.duration, r == null ? void 0 : r.ease, () => {
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
      padding: qn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && ((i == null ? void 0 : i.includeHiddenNodes) || !f.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const l = Ui(a), { x: u, y: c, zoom: d } = Mr(
        l,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? qn
      );
      return n(u, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof (s == null ? void 0 : s.zoom) < "u" ? s.zoom : e.maxZoom, l = e.dimensions.width / 2 - i * a, u = e.dimensions.height / 2 - r * a;
      return n(l, u, a, s);
    },
    fitBounds: (i, r = { padding: qn }) => {
      const { x: s, y: a, zoom: l } = Mr(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? qn
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
  } : fh);
}
function ei(e, t = 0, n = dh, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function gh(e, t, n) {
  const o = Ss(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, b, S = !!(n.nodes.value.length || n.edges.value.length);
        w = Lt([e.modelValue, () => {
          var z, $;
          return ($ = (z = e.modelValue) == null ? void 0 : z.value) == null ? void 0 : $.length;
        }], ([z]) => {
          z && Array.isArray(z) && (b == null || b.pause(), n.setElements(z), !b && !S && z.length ? S = !0 : b == null || b.resume());
        }), b = Lt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([z, $]) => {
            var y;
            (y = e.modelValue) != null && y.value && Array.isArray(e.modelValue.value) && (w == null || w.pause(), e.modelValue.value = [...z, ...$], He(() => {
              w == null || w.resume();
            }));
          },
          { immediate: S }
        ), jn(() => {
          w == null || w.stop(), b == null || b.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, b, S = !!n.nodes.value.length;
        w = Lt([e.nodes, () => {
          var z, $;
          return ($ = (z = e.nodes) == null ? void 0 : z.value) == null ? void 0 : $.length;
        }], ([z]) => {
          z && Array.isArray(z) && (b == null || b.pause(), n.setNodes(z), !b && !S && z.length ? S = !0 : b == null || b.resume());
        }), b = Lt(
          [n.nodes, () => n.nodes.value.length],
          ([z]) => {
            var $;
            ($ = e.nodes) != null && $.value && Array.isArray(e.nodes.value) && (w == null || w.pause(), e.nodes.value = [...z], He(() => {
              w == null || w.resume();
            }));
          },
          { immediate: S }
        ), jn(() => {
          w == null || w.stop(), b == null || b.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, b, S = !!n.edges.value.length;
        w = Lt([e.edges, () => {
          var z, $;
          return ($ = (z = e.edges) == null ? void 0 : z.value) == null ? void 0 : $.length;
        }], ([z]) => {
          z && Array.isArray(z) && (b == null || b.pause(), n.setEdges(z), !b && !S && z.length ? S = !0 : b == null || b.resume());
        }), b = Lt(
          [n.edges, () => n.edges.value.length],
          ([z]) => {
            var $;
            ($ = e.edges) != null && $.value && Array.isArray(e.edges.value) && (w == null || w.pause(), e.edges.value = [...z], He(() => {
              w == null || w.resume();
            }));
          },
          { immediate: S }
        ), jn(() => {
          w == null || w.stop(), b == null || b.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        be(
          () => t.maxZoom,
          () => {
            t.maxZoom && De(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        be(
          () => t.minZoom,
          () => {
            t.minZoom && De(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        be(
          () => t.translateExtent,
          () => {
            t.translateExtent && De(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        be(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && De(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        be(
          () => t.applyDefault,
          () => {
            De(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const w = async (b) => {
          let S = b;
          typeof t.autoConnect == "function" && (S = await t.autoConnect(b)), S !== !1 && n.addEdges([S]);
        };
        be(
          () => t.autoConnect,
          () => {
            De(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), be(
          n.autoConnect,
          (b, S, z) => {
            b ? n.onConnect(w) : n.hooks.value.connect.off(w), z(() => {
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
      for (const b of Object.keys(t)) {
        const S = b;
        if (!w.includes(S)) {
          const z = Ee(() => t[S]), $ = n[S];
          Ri($) && o.run(() => {
            be(
              z,
              (y) => {
                De(y) && ($.value = y);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    (() => {
      i(), r(), s(), l(), a(), u(), c(), d(), f(), h();
    })();
  }), () => o.stop();
}
function mh() {
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
    error: oe((e) => Pn(e.message))
  };
}
function vh(e, t) {
  const n = en();
  Sl(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), yn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), yn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = ph(i);
    return !!((r = n == null ? void 0 : n.vnode.props) == null ? void 0 : r[s]);
  }
}
function ph(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function Na() {
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
    selectionMode: Gi.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: gn.Free,
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
      type: Mt.Bezier,
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
    multiSelectionKeyCode: En() ? "Meta" : "Control",
    zoomActivationKeyCode: En() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: mh(),
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
const yh = [
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
function wh(e, t, n) {
  const o = hh(e), i = (k) => {
    const x = k ?? [];
    e.hooks.updateNodeInternals.trigger(x);
  }, r = (k) => Pf(k, e.nodes, e.edges), s = (k) => Df(k, e.nodes, e.edges), a = (k) => It(k, e.edges), l = ({ id: k, type: x, nodeId: E }) => {
    var m;
    const v = k ? `-${x}-${k}` : `-${x}`;
    return Array.from(((m = e.connectionLookup.get(`${E}${v}`)) == null ? void 0 : m.values()) ?? []);
  }, u = (k) => {
    if (k)
      return t.value.get(k);
  }, c = (k) => {
    if (k)
      return n.value.get(k);
  }, d = (k, x, E) => {
    var m, v;
    const N = [];
    for (const F of k) {
      const W = {
        id: F.id,
        type: "position",
        dragging: E,
        from: F.from
      };
      if (x && (W.position = F.position, F.parentNode)) {
        const j = u(F.parentNode);
        W.position = {
          x: W.position.x - (((m = j == null ? void 0 : j.computedPosition) == null ? void 0 : m.x) ?? 0),
          y: W.position.y - (((v = j == null ? void 0 : j.computedPosition) == null ? void 0 : v.y) ?? 0)
        };
      }
      N.push(W);
    }
    N != null && N.length && e.hooks.nodesChange.trigger(N);
  }, f = (k) => {
    if (!e.vueFlowRef)
      return;
    const x = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!x)
      return;
    const E = window.getComputedStyle(x), { m22: m } = new window.DOMMatrixReadOnly(E.transform), v = [];
    for (const N of k) {
      const F = N, W = u(F.id);
      if (W) {
        const j = Do(F.nodeElement);
        if (!!(j.width && j.height && (W.dimensions.width !== j.width || W.dimensions.height !== j.height || F.forceUpdate))) {
          const he = F.nodeElement.getBoundingClientRect();
          W.dimensions = j, W.handleBounds.source = Hr("source", F.nodeElement, he, m, W.id), W.handleBounds.target = Hr("target", F.nodeElement, he, m, W.id), v.push({
            id: W.id,
            type: "dimensions",
            dimensions: j
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), v.length && e.hooks.nodesChange.trigger(v);
  }, h = (k, x) => {
    const E = /* @__PURE__ */ new Set(), m = /* @__PURE__ */ new Set();
    for (const F of k)
      Pt(F) ? E.add(F.id) : Ct(F) && m.add(F.id);
    const v = $t(t.value, E, !0), N = $t(n.value, m);
    if (e.multiSelectionActive) {
      for (const F of E)
        v.push(_t(F, x));
      for (const F of m)
        N.push(_t(F, x));
    }
    v.length && e.hooks.nodesChange.trigger(v), N.length && e.hooks.edgesChange.trigger(N);
  }, p = (k) => {
    if (e.multiSelectionActive) {
      const x = k.map((E) => _t(E.id, !0));
      e.hooks.nodesChange.trigger(x);
      return;
    }
    e.hooks.nodesChange.trigger($t(t.value, new Set(k.map((x) => x.id)), !0)), e.hooks.edgesChange.trigger($t(n.value));
  }, w = (k) => {
    if (e.multiSelectionActive) {
      const x = k.map((E) => _t(E.id, !0));
      e.hooks.edgesChange.trigger(x);
      return;
    }
    e.hooks.edgesChange.trigger($t(n.value, new Set(k.map((x) => x.id)))), e.hooks.nodesChange.trigger($t(t.value, /* @__PURE__ */ new Set(), !0));
  }, b = (k) => {
    h(k, !0);
  }, S = (k) => {
    const E = (k || e.nodes).map((m) => (m.selected = !1, _t(m.id, !1)));
    e.hooks.nodesChange.trigger(E);
  }, z = (k) => {
    const E = (k || e.edges).map((m) => (m.selected = !1, _t(m.id, !1)));
    e.hooks.edgesChange.trigger(E);
  }, $ = (k) => {
    if (!k || !k.length)
      return h([], !1);
    const x = k.reduce(
      (E, m) => {
        const v = _t(m.id, !1);
        return Pt(m) ? E.nodes.push(v) : E.edges.push(v), E;
      },
      { nodes: [], edges: [] }
    );
    x.nodes.length && e.hooks.nodesChange.trigger(x.nodes), x.edges.length && e.hooks.edgesChange.trigger(x.edges);
  }, y = (k) => {
    var x;
    (x = e.d3Zoom) == null || x.scaleExtent([k, e.maxZoom]), e.minZoom = k;
  }, O = (k) => {
    var x;
    (x = e.d3Zoom) == null || x.scaleExtent([e.minZoom, k]), e.maxZoom = k;
  }, Y = (k) => {
    var x;
    (x = e.d3Zoom) == null || x.translateExtent(k), e.translateExtent = k;
  }, H = (k) => {
    e.nodeExtent = k, i();
  }, L = (k) => {
    var x;
    (x = e.d3Zoom) == null || x.clickDistance(k);
  }, J = (k) => {
    e.nodesDraggable = k, e.nodesConnectable = k, e.elementsSelectable = k;
  }, q = (k) => {
    const x = k instanceof Function ? k(e.nodes) : k;
    !e.initialized && !x.length || (e.nodes = Lr(x, u, e.hooks.error.trigger));
  }, G = (k) => {
    const x = k instanceof Function ? k(e.edges) : k;
    if (!e.initialized && !x.length)
      return;
    const E = jo(
      x,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Jo(e.connectionLookup, n.value, E), e.edges = E;
  }, C = (k) => {
    const x = k instanceof Function ? k([...e.nodes, ...e.edges]) : k;
    !e.initialized && !x.length || (q(x.filter(Pt)), G(x.filter(Ct)));
  }, ie = (k) => {
    let x = k instanceof Function ? k(e.nodes) : k;
    x = Array.isArray(x) ? x : [x];
    const E = Lr(x, u, e.hooks.error.trigger), m = [];
    for (const v of E)
      m.push(Ar(v));
    m.length && e.hooks.nodesChange.trigger(m);
  }, g = (k) => {
    let x = k instanceof Function ? k(e.edges) : k;
    x = Array.isArray(x) ? x : [x];
    const E = jo(
      x,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), m = [];
    for (const v of E)
      m.push(Ar(v));
    m.length && e.hooks.edgesChange.trigger(m);
  }, I = (k, x = !0, E = !1) => {
    const m = k instanceof Function ? k(e.nodes) : k, v = Array.isArray(m) ? m : [m], N = [], F = [];
    function W(ae) {
      const he = a(ae);
      for (const xe of he)
        (!De(xe.deletable) || xe.deletable) && F.push(Dr(xe.id, xe.source, xe.target, xe.sourceHandle, xe.targetHandle));
    }
    function j(ae) {
      const he = [];
      for (const xe of e.nodes)
        xe.parentNode === ae && he.push(xe);
      if (he.length) {
        for (const xe of he)
          N.push(zr(xe.id));
        x && W(he);
        for (const xe of he)
          j(xe.id);
      }
    }
    for (const ae of v) {
      const he = typeof ae == "string" ? u(ae) : ae;
      he && (De(he.deletable) && !he.deletable || (N.push(zr(he.id)), x && W([he]), E && j(he.id)));
    }
    F.length && e.hooks.edgesChange.trigger(F), N.length && e.hooks.nodesChange.trigger(N);
  }, _ = (k) => {
    const x = k instanceof Function ? k(e.edges) : k, E = Array.isArray(x) ? x : [x], m = [];
    for (const v of E) {
      const N = typeof v == "string" ? c(v) : v;
      N && (De(N.deletable) && !N.deletable || m.push(
        Dr(
          typeof v == "string" ? v : v.id,
          N.source,
          N.target,
          N.sourceHandle,
          N.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(m);
  }, A = (k, x, E = !0) => {
    const m = c(k.id);
    if (!m)
      return !1;
    const v = e.edges.indexOf(m), N = oh(k, x, m, E, e.hooks.error.trigger);
    if (N) {
      const [F] = jo(
        [N],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((W, j) => j === v ? F : W), Jo(e.connectionLookup, n.value, [F]), F;
    }
    return !1;
  }, M = (k, x, E = { replace: !1 }) => {
    const m = c(k);
    if (!m)
      return;
    const v = typeof x == "function" ? x(m) : x;
    m.data = E.replace ? v : { ...m.data, ...v };
  }, R = (k) => Tr(k, e.nodes), T = (k) => {
    const x = Tr(k, e.edges);
    return Jo(e.connectionLookup, n.value, x), x;
  }, X = (k, x, E = { replace: !1 }) => {
    const m = u(k);
    if (!m)
      return;
    const v = typeof x == "function" ? x(m) : x;
    E.replace ? e.nodes.splice(e.nodes.indexOf(m), 1, v) : Object.assign(m, v);
  }, Q = (k, x, E = { replace: !1 }) => {
    const m = u(k);
    if (!m)
      return;
    const v = typeof x == "function" ? x(m) : x;
    m.data = E.replace ? v : { ...m.data, ...v };
  }, ne = (k, x, E = !1) => {
    E ? e.connectionClickStartHandle = k : e.connectionStartHandle = k, e.connectionEndHandle = null, e.connectionStatus = null, x && (e.connectionPosition = x);
  }, se = (k, x = null, E = null) => {
    e.connectionStartHandle && (e.connectionPosition = k, e.connectionEndHandle = x, e.connectionStatus = E);
  }, Z = (k, x) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, x ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, U = (k) => {
    const x = Af(k), E = x ? null : cn(k) ? k : u(k.id);
    return !x && !E ? [null, null, x] : [x ? k : wo(E), E, x];
  }, K = (k, x = !0, E = e.nodes) => {
    const [m, v, N] = U(k);
    if (!m)
      return [];
    const F = [];
    for (const W of E || e.nodes) {
      if (!N && (W.id === v.id || !W.computedPosition))
        continue;
      const j = wo(W), ae = _o(j, m);
      (x && ae > 0 || ae >= j.width * j.height || ae >= Number(m.width) * Number(m.height)) && F.push(W);
    }
    return F;
  }, fe = (k, x, E = !0) => {
    const [m] = U(k);
    if (!m)
      return !1;
    const v = _o(m, x);
    return E && v > 0 || v >= Number(m.width) * Number(m.height);
  }, ve = (k) => {
    const { viewport: x, dimensions: E, d3Zoom: m, d3Selection: v, translateExtent: N } = e;
    if (!m || !v || !k.x && !k.y)
      return !1;
    const F = Zt.translate(x.x + k.x, x.y + k.y).scale(x.zoom), W = [
      [0, 0],
      [E.width, E.height]
    ], j = m.constrain()(F, W, N), ae = e.viewport.x !== j.x || e.viewport.y !== j.y || e.viewport.zoom !== j.k;
    return m.transform(v, j), ae;
  }, ge = (k) => {
    const x = k instanceof Function ? k(e) : k, E = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    De(x.defaultEdgeOptions) && (e.defaultEdgeOptions = x.defaultEdgeOptions);
    const m = x.modelValue || x.nodes || x.edges ? [] : void 0;
    m && (x.modelValue && m.push(...x.modelValue), x.nodes && m.push(...x.nodes), x.edges && m.push(...x.edges), C(m));
    const v = () => {
      De(x.maxZoom) && O(x.maxZoom), De(x.minZoom) && y(x.minZoom), De(x.translateExtent) && Y(x.translateExtent);
    };
    for (const N of Object.keys(x)) {
      const F = N, W = x[F];
      ![...yh, ...E].includes(F) && De(W) && (e[F] = W);
    }
    si(() => e.d3Zoom).not.toBeNull().then(v), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: C,
    setNodes: q,
    setEdges: G,
    addNodes: ie,
    addEdges: g,
    removeNodes: I,
    removeEdges: _,
    findNode: u,
    findEdge: c,
    updateEdge: A,
    updateEdgeData: M,
    updateNode: X,
    updateNodeData: Q,
    applyEdgeChanges: T,
    applyNodeChanges: R,
    addSelectedElements: b,
    addSelectedNodes: p,
    addSelectedEdges: w,
    setMinZoom: y,
    setMaxZoom: O,
    setTranslateExtent: Y,
    setNodeExtent: H,
    setPaneClickDistance: L,
    removeSelectedElements: $,
    removeSelectedNodes: S,
    removeSelectedEdges: z,
    startConnection: ne,
    updateConnection: se,
    endConnection: Z,
    setInteractive: J,
    setState: ge,
    getIntersectingNodes: K,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: l,
    isNodeIntersecting: fe,
    panBy: ve,
    fitView: (k) => o.value.fitView(k),
    zoomIn: (k) => o.value.zoomIn(k),
    zoomOut: (k) => o.value.zoomOut(k),
    zoomTo: (k, x) => o.value.zoomTo(k, x),
    setViewport: (k, x) => o.value.setViewport(k, x),
    setTransform: (k, x) => o.value.setTransform(k, x),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (k, x, E) => o.value.setCenter(k, x, E),
    fitBounds: (k, x) => o.value.fitBounds(k, x),
    project: (k) => o.value.project(k),
    screenToFlowCoordinate: (k) => o.value.screenToFlowCoordinate(k),
    flowToScreenCoordinate: (k) => o.value.flowToScreenCoordinate(k),
    toObject: () => {
      const k = [], x = [];
      for (const E of e.nodes) {
        const {
          computedPosition: m,
          handleBounds: v,
          selected: N,
          dimensions: F,
          isParent: W,
          resizing: j,
          dragging: ae,
          events: he,
          ...xe
        } = E;
        k.push(xe);
      }
      for (const E of e.edges) {
        const { selected: m, sourceNode: v, targetNode: N, events: F, ...W } = E;
        x.push(W);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: k,
          edges: x,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (k) => new Promise((x) => {
      const { nodes: E, edges: m, position: v, zoom: N, viewport: F } = k;
      E && q(E), m && G(m);
      const [W, j] = F != null && F.x && (F != null && F.y) ? [F.x, F.y] : v ?? [null, null];
      if (W && j) {
        const ae = (F == null ? void 0 : F.zoom) || N || e.viewport.zoom;
        return si(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: W,
            y: j,
            zoom: ae
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
      const k = Na();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const x = Zt.translate(k.defaultViewport.x ?? 0, k.defaultViewport.y ?? 0).scale(mt(k.defaultViewport.zoom ?? 1, k.minZoom, k.maxZoom)), E = e.viewportRef.getBoundingClientRect(), m = [
          [0, 0],
          [E.width, E.height]
        ], v = e.d3Zoom.constrain()(x, m, k.translateExtent);
        e.d3Zoom.transform(e.d3Selection, v);
      }
      ge(k);
    },
    $destroy: () => {
    }
  };
}
const _h = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], xh = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, Ge = /* @__PURE__ */ Ce({
  ...xh,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => re.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Ml(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Ee(() => n.type ?? "source"), i = Ee(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Me(), { id: h, node: p, nodeEl: w, connectedEdges: b } = Sa(), S = ye(), z = Ee(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), $ = Ee(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), y = Ee(
      () => {
        var G, C, ie, g, I, _;
        return ((G = s.value) == null ? void 0 : G.nodeId) === h && ((C = s.value) == null ? void 0 : C.id) === e.id && ((ie = s.value) == null ? void 0 : ie.type) === o.value || ((g = l.value) == null ? void 0 : g.nodeId) === h && ((I = l.value) == null ? void 0 : I.id) === e.id && ((_ = l.value) == null ? void 0 : _.type) === o.value;
      }
    ), O = Ee(
      () => {
        var G, C, ie;
        return ((G = a.value) == null ? void 0 : G.nodeId) === h && ((C = a.value) == null ? void 0 : C.id) === e.id && ((ie = a.value) == null ? void 0 : ie.type) === o.value;
      }
    ), { handlePointerDown: Y, handleClick: H } = ka({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), L = ee(() => typeof e.connectable == "string" && e.connectable === "single" ? !b.value.some((G) => {
      const C = G[`${o.value}Handle`];
      return G[o.value] !== h ? !1 : C ? C === e.id : !0;
    }) : typeof e.connectable == "number" ? b.value.filter((G) => {
      const C = G[`${o.value}Handle`];
      return G[o.value] !== h ? !1 : C ? C === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(p, b.value) : De(e.connectable) ? e.connectable : c.value);
    yt(() => {
      var G;
      if (!p.dimensions.width || !p.dimensions.height)
        return;
      const C = (G = p.handleBounds[o.value]) == null ? void 0 : G.find((R) => R.id === e.id);
      if (!u.value || C)
        return;
      const ie = u.value.querySelector(".vue-flow__transformationpane");
      if (!w.value || !S.value || !ie || !e.id)
        return;
      const g = w.value.getBoundingClientRect(), I = S.value.getBoundingClientRect(), _ = window.getComputedStyle(ie), { m22: A } = new window.DOMMatrixReadOnly(_.transform), M = {
        id: e.id,
        position: e.position,
        x: (I.left - g.left) / A,
        y: (I.top - g.top) / A,
        type: o.value,
        nodeId: h,
        ...Do(S.value)
      };
      p.handleBounds[o.value] = [...p.handleBounds[o.value] ?? [], M];
    });
    function J(G) {
      const C = Ki(G);
      L.value && z.value && (C && G.button === 0 || !C) && Y(G);
    }
    function q(G) {
      !h || !a.value && !z.value || L.value && H(G);
    }
    return t({
      handleClick: H,
      handlePointerDown: Y,
      onClick: q,
      onPointerDown: J
    }), (G, C) => (P(), B("div", {
      ref_key: "handle",
      ref: S,
      "data-id": `${V(r)}-${V(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": V(h),
      "data-handlepos": G.position,
      class: ze(["vue-flow__handle", [
        `vue-flow__handle-${G.position}`,
        `vue-flow__handle-${e.id}`,
        V(d),
        V(f),
        o.value,
        {
          connectable: L.value,
          connecting: O.value,
          connectablestart: z.value,
          connectableend: $.value,
          connectionindicator: L.value && (z.value && !y.value || $.value && y.value)
        }
      ]]),
      onMousedown: J,
      onTouchstartPassive: J,
      onClick: q
    }, [
      Le(G.$slots, "default", { id: G.id })
    ], 42, _h));
  }
}), Oo = function({
  sourcePosition: e = re.Bottom,
  targetPosition: t = re.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: s
}) {
  const a = s.label ?? n;
  return [
    ke(Ge, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? ke(a) : ke(me, [a]),
    ke(Ge, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Oo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Oo.inheritAttrs = !1;
Oo.compatConfig = { MODE: 3 };
const $h = Oo, Bo = function({
  targetPosition: e = re.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    ke(Ge, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? ke(r) : ke(me, [r])
  ];
};
Bo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Bo.inheritAttrs = !1;
Bo.compatConfig = { MODE: 3 };
const bh = Bo, Vo = function({
  sourcePosition: e = re.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? ke(r) : ke(me, [r]),
    ke(Ge, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Vo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Vo.inheritAttrs = !1;
Vo.compatConfig = { MODE: 3 };
const kh = Vo, Sh = ["transform"], Eh = ["width", "height", "x", "y", "rx", "ry"], Nh = ["y"], Ch = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Mh = /* @__PURE__ */ Ce({
  ...Ch,
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
    yt(i), be([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (P(), B("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (P(), B("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Ne(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Eh)) : de("", !0),
      D("text", co(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Le(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (P(), Ae(Bi(r.label), { key: 0 })) : (P(), B(me, { key: 1 }, [
            Ie(te(r.label), 1)
          ], 64))
        ])
      ], 16, Nh)
    ], 8, Sh));
  }
}), Ih = ["id", "d", "marker-end", "marker-start"], Th = ["d", "stroke-width"], Ah = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Ho = /* @__PURE__ */ Ce({
  ...Ah,
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
    const n = ye(null), o = ye(null), i = ye(null), r = Oi();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, a) => (P(), B(me, null, [
      D("path", co(V(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Ih),
      s.interactionWidth ? (P(), B("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Th)) : de("", !0),
      s.label && s.labelX && s.labelY ? (P(), Ae(Mh, {
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
function Ca({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function Ma({
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
function Gn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function qr({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case re.Left:
      s = t - Gn(t - o, r), a = n;
      break;
    case re.Right:
      s = t + Gn(o - t, r), a = n;
      break;
    case re.Top:
      s = t, a = n - Gn(n - i, r);
      break;
    case re.Bottom:
      s = t, a = n + Gn(i - n, r);
      break;
  }
  return [s, a];
}
function Ia(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = re.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = re.Top,
    curvature: a = 0.25
  } = e, [l, u] = qr({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, d] = qr({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [f, h, p, w] = Ma({
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
    h,
    p,
    w
  ];
}
function Gr({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case re.Left:
    case re.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case re.Top:
    case re.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function Ta(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = re.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = re.Top
  } = e, [a, l] = Gr({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = Gr({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, h, p] = Ma({
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
    h,
    p
  ];
}
const Ur = {
  [re.Left]: { x: -1, y: 0 },
  [re.Right]: { x: 1, y: 0 },
  [re.Top]: { x: 0, y: -1 },
  [re.Bottom]: { x: 0, y: 1 }
};
function zh({
  source: e,
  sourcePosition: t = re.Bottom,
  target: n
}) {
  return t === re.Left || t === re.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Wr(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Dh({
  source: e,
  sourcePosition: t = re.Bottom,
  target: n,
  targetPosition: o = re.Top,
  center: i,
  offset: r
}) {
  const s = Ur[t], a = Ur[o], l = { x: e.x + s.x * r, y: e.y + s.y * r }, u = { x: n.x + a.x * r, y: n.y + a.y * r }, c = zh({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let h, p, w;
  const b = { x: 0, y: 0 }, S = { x: 0, y: 0 }, [z, $, y, O] = Ca({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    p = i.x ?? z, w = i.y ?? $;
    const H = [
      { x: p, y: l.y },
      { x: p, y: u.y }
    ], L = [
      { x: l.x, y: w },
      { x: u.x, y: w }
    ];
    s[d] === f ? h = d === "x" ? H : L : h = d === "x" ? L : H;
  } else {
    const H = [{ x: l.x, y: u.y }], L = [{ x: u.x, y: l.y }];
    if (d === "x" ? h = s.x === f ? L : H : h = s.y === f ? H : L, t === o) {
      const ie = Math.abs(e[d] - n[d]);
      if (ie <= r) {
        const g = Math.min(r - 1, r - ie);
        s[d] === f ? b[d] = (l[d] > e[d] ? -1 : 1) * g : S[d] = (u[d] > n[d] ? -1 : 1) * g;
      }
    }
    if (t !== o) {
      const ie = d === "x" ? "y" : "x", g = s[d] === a[ie], I = l[ie] > u[ie], _ = l[ie] < u[ie];
      (s[d] === 1 && (!g && I || g && _) || s[d] !== 1 && (!g && _ || g && I)) && (h = d === "x" ? H : L);
    }
    const J = { x: l.x + b.x, y: l.y + b.y }, q = { x: u.x + S.x, y: u.y + S.y }, G = Math.max(Math.abs(J.x - h[0].x), Math.abs(q.x - h[0].x)), C = Math.max(Math.abs(J.y - h[0].y), Math.abs(q.y - h[0].y));
    G >= C ? (p = (J.x + q.x) / 2, w = h[0].y) : (p = h[0].x, w = (J.y + q.y) / 2);
  }
  return [[
    e,
    { x: l.x + b.x, y: l.y + b.y },
    ...h,
    { x: u.x + S.x, y: u.y + S.y },
    n
  ], p, w, y, O];
}
function Ph(e, t, n, o) {
  const i = Math.min(Wr(e, t) / 2, Wr(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * l}Q ${r},${s} ${r + i * a},${s}`;
}
function _i(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = re.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = re.Top,
    borderRadius: a = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, h, p, w] = Dh({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((S, z, $) => {
    let y;
    return $ > 0 && $ < d.length - 1 ? y = Ph(d[$ - 1], z, d[$ + 1], a) : y = `${$ === 0 ? "M" : "L"}${z.x} ${z.y}`, S += y, S;
  }, ""), f, h, p, w];
}
function Rh(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, l] = Ca({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, l];
}
const Oh = Ce({
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
      const [n, o, i] = Rh(e);
      return ke(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Bh = Oh, Vh = Ce({
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
      const [n, o, i] = _i({
        ...e,
        sourcePosition: e.sourcePosition ?? re.Bottom,
        targetPosition: e.targetPosition ?? re.Top
      });
      return ke(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Aa = Vh, Hh = Ce({
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
    return () => ke(Aa, { ...e, ...t, borderRadius: 0 });
  }
}), Lh = Hh, Fh = Ce({
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
      const [n, o, i] = Ia({
        ...e,
        sourcePosition: e.sourcePosition ?? re.Bottom,
        targetPosition: e.targetPosition ?? re.Top
      });
      return ke(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Yh = Fh, Xh = Ce({
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
      const [n, o, i] = Ta({
        ...e,
        sourcePosition: e.sourcePosition ?? re.Bottom,
        targetPosition: e.targetPosition ?? re.Top
      });
      return ke(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), qh = Xh, Gh = {
  input: kh,
  default: $h,
  output: bh
}, Uh = {
  default: Yh,
  straight: Bh,
  step: Lh,
  smoothstep: Aa,
  simplebezier: qh
};
function Wh(e, t, n) {
  const o = ee(() => (w) => t.value.get(w)), i = ee(() => (w) => n.value.get(w)), r = ee(() => {
    const w = {
      ...Uh,
      ...e.edgeTypes
    }, b = Object.keys(w);
    for (const S of e.edges)
      S.type && !b.includes(S.type) && (w[S.type] = S.type);
    return w;
  }), s = ee(() => {
    const w = {
      ...Gh,
      ...e.nodeTypes
    }, b = Object.keys(w);
    for (const S of e.nodes)
      S.type && !b.includes(S.type) && (w[S.type] = S.type);
    return w;
  }), a = ee(() => e.onlyRenderVisibleElements ? ga(
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
      const w = [];
      for (const b of e.edges) {
        const S = t.value.get(b.source), z = t.value.get(b.target);
        qf({
          sourcePos: S.computedPosition || { x: 0, y: 0 },
          targetPos: z.computedPosition || { x: 0, y: 0 },
          sourceWidth: S.dimensions.width,
          sourceHeight: S.dimensions.height,
          targetWidth: z.dimensions.width,
          targetHeight: z.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && w.push(b);
      }
      return w;
    }
    return e.edges;
  }), u = ee(() => [...a.value, ...l.value]), c = ee(() => {
    const w = [];
    for (const b of e.nodes)
      b.selected && w.push(b);
    return w;
  }), d = ee(() => {
    const w = [];
    for (const b of e.edges)
      b.selected && w.push(b);
    return w;
  }), f = ee(() => [
    ...c.value,
    ...d.value
  ]), h = ee(() => {
    const w = [];
    for (const b of e.nodes)
      b.dimensions.width && b.dimensions.height && b.handleBounds !== void 0 && w.push(b);
    return w;
  }), p = ee(
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
    getSelectedElements: f,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: h,
    areNodesInitialized: p
  };
}
class Tt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = en()) == null ? void 0 : t.appContext.app, o = (n == null ? void 0 : n.config.globalProperties.$vueFlowStorage) ?? Tt.instance;
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
    const o = Na(), i = Pi(o), r = {};
    for (const [f, h] of Object.entries(i.hooks)) {
      const p = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[p] = h.on;
    }
    const s = {};
    for (const [f, h] of Object.entries(i.hooks))
      s[f] = h.trigger;
    const a = ee(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        f.set(h.id, h);
      return f;
    }), l = ee(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        f.set(h.id, h);
      return f;
    }), u = Wh(i, a, l), c = wh(i, a, l);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...u,
      ...c,
      ...Hl(i),
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
function Me(e) {
  const t = Tt.getInstance(), n = ks(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? (n == null ? void 0 : n.vueFlowId);
  let a;
  if (n) {
    const l = pt(Xr, null);
    typeof l < "u" && l !== null && (!s || l.id === s) && (a = l);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const l = r ?? t.getId(), u = t.create(l, i);
    a = u, (n ?? Ss(!0)).run(() => {
      be(
        u.applyDefault,
        (d, f, h) => {
          const p = (b) => {
            u.applyNodeChanges(b);
          }, w = (b) => {
            u.applyEdgeChanges(b);
          };
          d ? (u.onNodesChange(p), u.onEdgesChange(w)) : (u.hooks.value.nodesChange.off(p), u.hooks.value.edgesChange.off(w)), h(() => {
            u.hooks.value.nodesChange.off(p), u.hooks.value.edgesChange.off(w);
          });
        },
        { immediate: !0 }
      ), yn(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Pn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Et(Xr, a), n.vueFlowId = a.id), o) {
    const l = en();
    (l == null ? void 0 : l.type.name) !== "VueFlow" && a.emits.error(new Re(Pe.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Kh(e) {
  const { emits: t, dimensions: n } = Me();
  let o;
  yt(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = Do(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Re(Pe.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Mo(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Zh = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Qh = /* @__PURE__ */ Ce({
  ...Zh,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (P(), B("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Ne({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), Jh = ["tabIndex"], jh = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, eg = /* @__PURE__ */ Ce({
  ...jh,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Me(), a = Ea(), l = ye(null), u = $a({
      el: l,
      onStart(p) {
        t.selectionDragStart(p), t.nodeDragStart(p);
      },
      onDrag(p) {
        t.selectionDrag(p), t.nodeDrag(p);
      },
      onStop(p) {
        t.selectionDragStop(p), t.nodeDragStop(p);
      }
    });
    yt(() => {
      var p;
      r.value || (p = l.value) == null || p.focus({ preventScroll: !0 });
    });
    const c = ee(() => Ui(o.value)), d = ee(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(p) {
      t.selectionContextMenu({ event: p, nodes: o.value });
    }
    function h(p) {
      r.value || qt[p.key] && (p.preventDefault(), a(
        {
          x: qt[p.key].x,
          y: qt[p.key].y
        },
        p.shiftKey
      ));
    }
    return (p, w) => !V(s) && c.value.width && c.value.height ? (P(), B("div", {
      key: 0,
      class: ze(["vue-flow__nodesselection vue-flow__container", V(i)]),
      style: Ne({ transform: `translate(${V(n).x}px,${V(n).y}px) scale(${V(n).zoom})` })
    }, [
      D("div", {
        ref_key: "el",
        ref: l,
        class: ze([{ dragging: V(u) }, "vue-flow__nodesselection-rect"]),
        style: Ne(d.value),
        tabIndex: V(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: h
      }, null, 46, Jh)
    ], 6)) : de("", !0);
  }
});
function tg(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const ng = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, og = /* @__PURE__ */ Ce({
  ...ng,
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
      removeEdges: h,
      selectionMode: p,
      deleteKeyCode: w,
      multiSelectionKeyCode: b,
      multiSelectionActive: S,
      edgeLookup: z,
      nodeLookup: $,
      connectionLookup: y,
      defaultEdgeOptions: O,
      connectionStartHandle: Y,
      panOnDrag: H
    } = Me(), L = St(null), J = St(/* @__PURE__ */ new Set()), q = St(/* @__PURE__ */ new Set()), G = St(null), C = Ee(() => l.value && (e.isSelecting || r.value)), ie = Ee(() => Y.value !== null);
    let g = !1, I = !1;
    const _ = mn(w, { actInsideInputWithModifier: !1 }), A = mn(b);
    be(_, (Z) => {
      Z && (f(d.value), h(c.value), u.value = !1);
    }), be(A, (Z) => {
      S.value = Z;
    });
    function M(Z, U) {
      return (K) => {
        K.target === U && (Z == null || Z(K));
      };
    }
    function R(Z) {
      if (g || ie.value) {
        g = !1;
        return;
      }
      i.paneClick(Z), s(), u.value = !1;
    }
    function T(Z) {
      var U;
      if (Array.isArray(H.value) && ((U = H.value) != null && U.includes(2))) {
        Z.preventDefault();
        return;
      }
      i.paneContextMenu(Z);
    }
    function X(Z) {
      i.paneScroll(Z);
    }
    function Q(Z) {
      var U, K, fe;
      if (G.value = ((U = t.value) == null ? void 0 : U.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || Z.button !== 0 || Z.target !== L.value || !G.value)
        return;
      (fe = (K = Z.target) == null ? void 0 : K.setPointerCapture) == null || fe.call(K, Z.pointerId);
      const { x: ve, y: ge } = tg(Z, G.value);
      I = !0, g = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: ve,
        startY: ge,
        x: ve,
        y: ge
      }, i.selectionStart(Z);
    }
    function ne(Z) {
      var U;
      if (!G.value || !a.value)
        return;
      g = !0;
      const { x: K, y: fe } = nt(Z, G.value), { startX: ve = 0, startY: ge = 0 } = a.value, we = {
        startX: ve,
        startY: ge,
        x: K < ve ? K : ve,
        y: fe < ge ? fe : ge,
        width: Math.abs(K - ve),
        height: Math.abs(fe - ge)
      }, ce = J.value, le = q.value;
      J.value = new Set(
        ga(n.value, we, o.value, p.value === Gi.Partial, !0).map(
          (x) => x.id
        )
      ), q.value = /* @__PURE__ */ new Set();
      const k = ((U = O.value) == null ? void 0 : U.selectable) ?? !0;
      for (const x of J.value) {
        const E = y.value.get(x);
        if (E)
          for (const { edgeId: m } of E.values()) {
            const v = z.value.get(m);
            v && (v.selectable ?? k) && q.value.add(m);
          }
      }
      if (!Yr(ce, J.value)) {
        const x = $t($.value, J.value, !0);
        i.nodesChange(x);
      }
      if (!Yr(le, q.value)) {
        const x = $t(z.value, q.value);
        i.edgesChange(x);
      }
      a.value = we, r.value = !0, u.value = !1;
    }
    function se(Z) {
      var U;
      Z.button !== 0 || !I || ((U = Z.target) == null || U.releasePointerCapture(Z.pointerId), !r.value && a.value && Z.target === L.value && R(Z), r.value = !1, a.value = null, u.value = J.value.size > 0, i.selectionEnd(Z), e.selectionKeyPressed && (g = !1), I = !1);
    }
    return (Z, U) => (P(), B("div", {
      ref_key: "container",
      ref: L,
      class: ze(["vue-flow__pane vue-flow__container", { selection: Z.isSelecting }]),
      onClick: U[0] || (U[0] = (K) => C.value ? void 0 : M(R, L.value)(K)),
      onContextmenu: U[1] || (U[1] = (K) => M(T, L.value)(K)),
      onWheelPassive: U[2] || (U[2] = (K) => M(X, L.value)(K)),
      onPointerenter: U[3] || (U[3] = (K) => C.value ? void 0 : V(i).paneMouseEnter(K)),
      onPointerdown: U[4] || (U[4] = (K) => C.value ? Q(K) : V(i).paneMouseMove(K)),
      onPointermove: U[5] || (U[5] = (K) => C.value ? ne(K) : V(i).paneMouseMove(K)),
      onPointerup: U[6] || (U[6] = (K) => C.value ? se(K) : void 0),
      onPointerleave: U[7] || (U[7] = (K) => V(i).paneMouseLeave(K))
    }, [
      Le(Z.$slots, "default"),
      V(r) && V(a) ? (P(), Ae(Qh, {
        key: 0,
        "user-selection-rect": V(a)
      }, null, 8, ["user-selection-rect"])) : de("", !0),
      V(u) && V(d).length ? (P(), Ae(eg, { key: 1 })) : de("", !0)
    ], 34));
  }
}), ig = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, rg = /* @__PURE__ */ Ce({
  ...ig,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Me(), i = ee(() => n.value ? !o.value : !1), r = ee(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (P(), B("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ne({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Le(s.$slots, "default")
    ], 4));
  }
}), sg = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, ag = /* @__PURE__ */ Ce({
  ...sg,
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
      zoomOnPinch: h,
      zoomOnScroll: p,
      preventScrolling: w,
      noWheelClassName: b,
      noPanClassName: S,
      emits: z,
      connectionStartHandle: $,
      userSelectionActive: y,
      paneDragging: O,
      d3Zoom: Y,
      d3Selection: H,
      d3ZoomHandler: L,
      viewport: J,
      viewportRef: q,
      paneClickDistance: G
    } = Me();
    Kh(q);
    const C = St(!1), ie = St(!1);
    let g = null, I = !1, _ = 0, A = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = mn(a), R = mn(s), T = mn(r), X = Ee(
      () => (!R.value || R.value && s.value === !0) && (M.value || d.value)
    ), Q = Ee(() => M.value || l.value), ne = Ee(() => s.value === !0 && X.value !== !0), se = Ee(
      () => R.value && s.value !== !0 || y.value || ne.value
    ), Z = Ee(() => $.value !== null);
    yt(() => {
      if (!q.value) {
        Pn("Viewport element is missing");
        return;
      }
      const ge = q.value, we = ge.getBoundingClientRect(), ce = Sf().clickDistance(G.value).scaleExtent([t.value, n.value]).translateExtent(i.value), le = We(ge).call(ce), k = le.on("wheel.zoom"), x = Zt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(mt(o.value.zoom ?? 1, t.value, n.value)), E = [
        [0, 0],
        [we.width, we.height]
      ], m = ce.constrain()(x, E, i.value);
      ce.transform(le, m), ce.wheelDelta(pi), Y.value = ce, H.value = le, L.value = k, J.value = { x: m.x, y: m.y, zoom: m.k }, ce.on("start", (v) => {
        var N;
        if (!v.sourceEvent)
          return null;
        _ = v.sourceEvent.button, C.value = !0;
        const F = fe(v.transform);
        ((N = v.sourceEvent) == null ? void 0 : N.type) === "mousedown" && (O.value = !0), A = F, z.viewportChangeStart(F), z.moveStart({ event: v, flowTransform: F });
      }), ce.on("end", (v) => {
        if (!v.sourceEvent)
          return null;
        if (C.value = !1, O.value = !1, U(X.value, _ ?? 0) && !I && z.paneContextMenu(v.sourceEvent), I = !1, K(A, v.transform)) {
          const N = fe(v.transform);
          A = N, z.viewportChangeEnd(N), z.moveEnd({ event: v, flowTransform: N });
        }
      }), ce.filter((v) => {
        var N;
        const F = T.value || p.value, W = h.value && v.ctrlKey, j = v.button, ae = v.type === "wheel";
        if (j === 1 && v.type === "mousedown" && (ve(v, "vue-flow__node") || ve(v, "vue-flow__edge")))
          return !0;
        if (!X.value && !F && !Q.value && !f.value && !h.value || y.value || Z.value && !ae || !f.value && v.type === "dblclick" || ve(v, b.value) && ae || ve(v, S.value) && (!ae || Q.value && ae && !T.value) || !h.value && v.ctrlKey && ae || !F && !Q.value && !W && ae)
          return !1;
        if (!h && v.type === "touchstart" && ((N = v.touches) == null ? void 0 : N.length) > 1)
          return v.preventDefault(), !1;
        if (!X.value && (v.type === "mousedown" || v.type === "touchstart") || ne.value && Array.isArray(d.value) && d.value.includes(0) && j === 0 || Array.isArray(d.value) && !d.value.includes(j) && (v.type === "mousedown" || v.type === "touchstart"))
          return !1;
        const he = Array.isArray(d.value) && d.value.includes(j) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !j || j <= 1;
        return (!v.ctrlKey || M.value || ae) && he;
      }), be(
        [y, X],
        () => {
          y.value && !C.value ? ce.on("zoom", null) : y.value || ce.on("zoom", (v) => {
            J.value = { x: v.transform.x, y: v.transform.y, zoom: v.transform.k };
            const N = fe(v.transform);
            I = U(X.value, _ ?? 0), z.viewportChange(N), z.move({ event: v, flowTransform: N });
          });
        },
        { immediate: !0 }
      ), be(
        [y, Q, u, T, h, w, b],
        () => {
          Q.value && !T.value && !y.value ? le.on(
            "wheel.zoom",
            (v) => {
              if (ve(v, b.value))
                return !1;
              const N = T.value || p.value, F = h.value && v.ctrlKey;
              if (!(!w.value || Q.value || N || F))
                return !1;
              v.preventDefault(), v.stopImmediatePropagation();
              const j = le.property("__zoom").k || 1, ae = En();
              if (!M.value && v.ctrlKey && h.value && ae) {
                const xl = je(v), $l = pi(v), bl = j * 2 ** $l;
                ce.scaleTo(le, bl, xl, v);
                return;
              }
              const he = v.deltaMode === 1 ? 20 : 1;
              let xe = u.value === gn.Vertical ? 0 : v.deltaX * he, Oe = u.value === gn.Horizontal ? 0 : v.deltaY * he;
              !ae && v.shiftKey && u.value !== gn.Vertical && !xe && Oe && (xe = Oe, Oe = 0), ce.translateBy(
                le,
                -(xe / j) * c.value,
                -(Oe / j) * c.value
              );
              const Ve = fe(le.property("__zoom"));
              g && clearTimeout(g), ie.value ? (z.move({ event: v, flowTransform: Ve }), z.viewportChange(Ve), g = setTimeout(() => {
                z.moveEnd({ event: v, flowTransform: Ve }), z.viewportChangeEnd(Ve), ie.value = !1;
              }, 150)) : (ie.value = !0, z.moveStart({ event: v, flowTransform: Ve }), z.viewportChangeStart(Ve));
            },
            { passive: !1 }
          ) : typeof k < "u" && le.on(
            "wheel.zoom",
            function(v, N) {
              const F = !w.value && v.type === "wheel" && !v.ctrlKey, W = T.value || p.value, j = h.value && v.ctrlKey;
              if (!W && !l.value && !j && v.type === "wheel" || F || ve(v, b.value))
                return null;
              v.preventDefault(), k.call(this, v, N);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function U(ge, we) {
      return we === 2 && Array.isArray(ge) && ge.includes(2);
    }
    function K(ge, we) {
      return ge.x !== we.x && !Number.isNaN(we.x) || ge.y !== we.y && !Number.isNaN(we.y) || ge.zoom !== we.k && !Number.isNaN(we.k);
    }
    function fe(ge) {
      return {
        x: ge.x,
        y: ge.y,
        zoom: ge.k
      };
    }
    function ve(ge, we) {
      return ge.target.closest(`.${we}`);
    }
    return (ge, we) => (P(), B("div", {
      ref_key: "viewportRef",
      ref: q,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ue(og, {
        "is-selecting": se.value,
        "selection-key-pressed": V(R),
        class: ze({
          connecting: Z.value,
          dragging: V(O),
          draggable: V(d) === !0 || Array.isArray(V(d)) && V(d).includes(0)
        })
      }, {
        default: Be(() => [
          ue(rg, null, {
            default: Be(() => [
              Le(ge.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), lg = ["id"], ug = ["id"], cg = ["id"], dg = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, fg = /* @__PURE__ */ Ce({
  ...dg,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Me();
    return (i, r) => (P(), B(me, null, [
      D("div", {
        id: `${V(ra)}-${V(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + te(V(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, lg),
      D("div", {
        id: `${V(sa)}-${V(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, ug),
      V(n) ? de("", !0) : (P(), B("div", {
        key: 0,
        id: `${V(Tf)}-${V(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, te(V(o)), 9, cg))
    ], 64));
  }
});
function hg() {
  const e = Me();
  be(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function gg(e, t, n) {
  return n === re.Left ? e - t : n === re.Right ? e + t : e;
}
function mg(e, t, n) {
  return n === re.Top ? e - t : n === re.Bottom ? e + t : e;
}
const Qi = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = re.Top,
  type: i
}) {
  return ke("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: gg(t, e, o),
    cy: mg(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
Qi.props = ["radius", "centerX", "centerY", "position", "type"];
Qi.compatConfig = { MODE: 3 };
const Kr = Qi, vg = Ce({
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
      multiSelectionActive: h,
      disableKeyboardA11y: p,
      elementsSelectable: w,
      edgesUpdatable: b,
      edgesFocusable: S,
      hooks: z
    } = Me(), $ = ee(() => c(e.id)), { emit: y, on: O } = ah($.value, r), Y = pt(Ro), H = en(), L = ye(!1), J = ye(!1), q = ye(""), G = ye(null), C = ye("source"), ie = ye(null), g = Ee(
      () => typeof $.value.selectable > "u" ? w.value : $.value.selectable
    ), I = Ee(() => typeof $.value.updatable > "u" ? b.value : $.value.updatable), _ = Ee(() => typeof $.value.focusable > "u" ? S.value : $.value.focusable);
    Et(ih, e.id), Et(rh, ie);
    const A = ee(() => $.value.class instanceof Function ? $.value.class($.value) : $.value.class), M = ee(() => $.value.style instanceof Function ? $.value.style($.value) : $.value.style), R = ee(() => {
      const x = $.value.type || "default", E = Y == null ? void 0 : Y[`edge-${x}`];
      if (E)
        return E;
      let m = $.value.template ?? l.value[x];
      if (typeof m == "string" && H) {
        const v = Object.keys(H.appContext.components);
        v && v.includes(x) && (m = Ns(x, !1));
      }
      return m && typeof m != "string" ? m : (r.error(new Re(Pe.EDGE_TYPE_MISSING, m)), !1);
    }), { handlePointerDown: T } = ka({
      nodeId: q,
      handleId: G,
      type: C,
      isValidConnection: f,
      edgeUpdaterType: C,
      onEdgeUpdate: ne,
      onEdgeUpdateEnd: se
    });
    return () => {
      const x = d($.value.source), E = d($.value.target), m = "pathOptions" in $.value ? $.value.pathOptions : {};
      if (!x && !E)
        return r.error(new Re(Pe.EDGE_SOURCE_TARGET_MISSING, $.value.id, $.value.source, $.value.target)), null;
      if (!x)
        return r.error(new Re(Pe.EDGE_SOURCE_MISSING, $.value.id, $.value.source)), null;
      if (!E)
        return r.error(new Re(Pe.EDGE_TARGET_MISSING, $.value.id, $.value.target)), null;
      if (!$.value || $.value.hidden || x.hidden || E.hidden)
        return null;
      let v;
      o.value === Nt.Strict ? v = x.handleBounds.source : v = [...x.handleBounds.source || [], ...x.handleBounds.target || []];
      const N = Or(v, $.value.sourceHandle);
      let F;
      o.value === Nt.Strict ? F = E.handleBounds.target : F = [...E.handleBounds.target || [], ...E.handleBounds.source || []];
      const W = Or(F, $.value.targetHandle), j = (N == null ? void 0 : N.position) || re.Bottom, ae = (W == null ? void 0 : W.position) || re.Top, { x: he, y: xe } = Qt(x, N, j), { x: Oe, y: Ve } = Qt(E, W, ae);
      return $.value.sourceX = he, $.value.sourceY = xe, $.value.targetX = Oe, $.value.targetY = Ve, ke(
        "g",
        {
          ref: ie,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${R.value === !1 ? "default" : $.value.type || "default"}`,
            a.value,
            A.value,
            {
              updating: L.value,
              selected: $.value.selected,
              animated: $.value.animated,
              inactive: !g.value && !z.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: _.value ? 0 : void 0,
          "aria-label": $.value.ariaLabel === null ? void 0 : $.value.ariaLabel ?? `Edge from ${$.value.source} to ${$.value.target}`,
          "aria-describedby": _.value ? `${sa}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: _.value ? "group" : "img",
          ...$.value.domAttributes,
          onClick: U,
          onContextmenu: K,
          onDblclick: fe,
          onMouseenter: ve,
          onMousemove: ge,
          onMouseleave: we,
          onKeyDown: _.value ? k : void 0
        },
        [
          J.value ? null : ke(R.value === !1 ? l.value.default : R.value, {
            id: e.id,
            sourceNode: x,
            targetNode: E,
            source: $.value.source,
            target: $.value.target,
            type: $.value.type,
            updatable: I.value,
            selected: $.value.selected,
            animated: $.value.animated,
            label: $.value.label,
            labelStyle: $.value.labelStyle,
            labelShowBg: $.value.labelShowBg,
            labelBgStyle: $.value.labelBgStyle,
            labelBgPadding: $.value.labelBgPadding,
            labelBgBorderRadius: $.value.labelBgBorderRadius,
            data: $.value.data,
            events: { ...$.value.events, ...O },
            style: M.value,
            markerStart: `url('#${Sn($.value.markerStart, t)}')`,
            markerEnd: `url('#${Sn($.value.markerEnd, t)}')`,
            sourcePosition: j,
            targetPosition: ae,
            sourceX: he,
            sourceY: xe,
            targetX: Oe,
            targetY: Ve,
            sourceHandleId: $.value.sourceHandle,
            targetHandleId: $.value.targetHandle,
            interactionWidth: $.value.interactionWidth,
            ...m
          }),
          [
            I.value === "source" || I.value === !0 ? [
              ke(
                "g",
                {
                  onMousedown: ce,
                  onMouseenter: X,
                  onMouseout: Q
                },
                ke(Kr, {
                  position: j,
                  centerX: he,
                  centerY: xe,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            I.value === "target" || I.value === !0 ? [
              ke(
                "g",
                {
                  onMousedown: le,
                  onMouseenter: X,
                  onMouseout: Q
                },
                ke(Kr, {
                  position: ae,
                  centerX: Oe,
                  centerY: Ve,
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
    function X() {
      L.value = !0;
    }
    function Q() {
      L.value = !1;
    }
    function ne(x, E) {
      y.update({ event: x, edge: $.value, connection: E });
    }
    function se(x) {
      y.updateEnd({ event: x, edge: $.value }), J.value = !1;
    }
    function Z(x, E) {
      x.button === 0 && (J.value = !0, q.value = E ? $.value.target : $.value.source, G.value = (E ? $.value.targetHandle : $.value.sourceHandle) ?? null, C.value = E ? "target" : "source", y.updateStart({ event: x, edge: $.value }), T(x));
    }
    function U(x) {
      var E;
      const m = { event: x, edge: $.value };
      g.value && (s.value = !1, $.value.selected && h.value ? (u([$.value]), (E = ie.value) == null || E.blur()) : n([$.value])), y.click(m);
    }
    function K(x) {
      y.contextMenu({ event: x, edge: $.value });
    }
    function fe(x) {
      y.doubleClick({ event: x, edge: $.value });
    }
    function ve(x) {
      y.mouseEnter({ event: x, edge: $.value });
    }
    function ge(x) {
      y.mouseMove({ event: x, edge: $.value });
    }
    function we(x) {
      y.mouseLeave({ event: x, edge: $.value });
    }
    function ce(x) {
      Z(x, !0);
    }
    function le(x) {
      Z(x, !1);
    }
    function k(x) {
      var E;
      !p.value && aa.includes(x.key) && g.value && (x.key === "Escape" ? ((E = ie.value) == null || E.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), pg = vg, yg = Ce({
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
    } = Me(), f = (e = pt(Ro)) == null ? void 0 : e["connection-line"], h = ee(() => {
      var z;
      return d((z = o.value) == null ? void 0 : z.nodeId);
    }), p = ee(() => {
      var z;
      return d((z = i.value) == null ? void 0 : z.nodeId) ?? null;
    }), w = ee(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), b = ee(
      () => l.value.markerStart ? `url(#${Sn(l.value.markerStart, t)})` : ""
    ), S = ee(
      () => l.value.markerEnd ? `url(#${Sn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var z, $, y;
      if (!h.value || !o.value)
        return null;
      const O = o.value.id, Y = o.value.type, H = h.value.handleBounds;
      let L = (H == null ? void 0 : H[Y]) ?? [];
      if (n.value === Nt.Loose) {
        const M = (H == null ? void 0 : H[Y === "source" ? "target" : "source"]) ?? [];
        L = [...L, ...M];
      }
      if (!L)
        return null;
      const J = (O ? L.find((M) => M.id === O) : L[0]) ?? null, q = (J == null ? void 0 : J.position) ?? re.Top, { x: G, y: C } = Qt(h.value, J, q);
      let ie = null;
      p.value && (n.value === Nt.Strict ? ie = ((z = p.value.handleBounds[Y === "source" ? "target" : "source"]) == null ? void 0 : z.find(
        (M) => {
          var R;
          return M.id === ((R = i.value) == null ? void 0 : R.id);
        }
      )) || null : ie = (($ = [...p.value.handleBounds.source ?? [], ...p.value.handleBounds.target ?? []]) == null ? void 0 : $.find(
        (M) => {
          var R;
          return M.id === ((R = i.value) == null ? void 0 : R.id);
        }
      )) || null);
      const g = ((y = i.value) == null ? void 0 : y.position) ?? (q ? yi[q] : null);
      if (!q || !g)
        return null;
      const I = s.value ?? l.value.type ?? Mt.Bezier;
      let _ = "";
      const A = {
        sourceX: G,
        sourceY: C,
        sourcePosition: q,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: g
      };
      return I === Mt.Bezier ? [_] = Ia(A) : I === Mt.Step ? [_] = _i({
        ...A,
        borderRadius: 0
      }) : I === Mt.SmoothStep ? [_] = _i(A) : I === Mt.SimpleBezier ? [_] = Ta(A) : _ = `M${G},${C} ${w.value.x},${w.value.y}`, ke(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        ke(
          "g",
          { class: "vue-flow__connection" },
          f ? ke(f, {
            sourceX: G,
            sourceY: C,
            sourcePosition: q,
            targetX: w.value.x,
            targetY: w.value.y,
            targetPosition: g,
            sourceNode: h.value,
            sourceHandle: J,
            targetNode: p.value,
            targetHandle: ie,
            markerEnd: S.value,
            markerStart: b.value,
            connectionStatus: u.value
          }) : ke("path", {
            d: _,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...l.value.style
            },
            "marker-end": S.value,
            "marker-start": b.value
          })
        )
      );
    };
  }
}), wg = yg, _g = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], xg = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, $g = /* @__PURE__ */ Ce({
  ...xg,
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
    return (t, n) => (P(), B("marker", {
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
      t.type === V(mi).ArrowClosed ? (P(), B("polyline", {
        key: 0,
        style: Ne({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : de("", !0),
      t.type === V(mi).Arrow ? (P(), B("polyline", {
        key: 1,
        style: Ne({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : de("", !0)
    ], 8, _g));
  }
}), bg = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, kg = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Sg = /* @__PURE__ */ Ce({
  ...kg,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Me(), r = ee(() => {
      const s = /* @__PURE__ */ new Set(), a = [], l = (u) => {
        if (u) {
          const c = Sn(u, t);
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
    return (s, a) => (P(), B("svg", bg, [
      D("defs", null, [
        (P(!0), B(me, null, Te(r.value, (l) => (P(), Ae($g, {
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
}), Eg = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Ng = /* @__PURE__ */ Ce({
  ...Eg,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Me();
    return (i, r) => (P(), B(me, null, [
      ue(Sg),
      (P(!0), B(me, null, Te(V(n), (s) => (P(), B("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ne({ zIndex: V(Gf)(s, V(t), V(o)) })
      }, [
        ue(V(pg), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      ue(V(wg))
    ], 64));
  }
}), Cg = Ce({
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
      elevateNodesOnSelect: h,
      disableKeyboardA11y: p,
      ariaLiveMessage: w,
      snapToGrid: b,
      snapGrid: S,
      nodeDragThreshold: z,
      nodesDraggable: $,
      elementsSelectable: y,
      nodesConnectable: O,
      nodesFocusable: Y,
      hooks: H
    } = Me(), L = ye(null);
    Et(xa, L), Et(Zi, e.id);
    const J = pt(Ro), q = en(), G = Ea(), { node: C, parentNode: ie } = Sa(e.id), { emit: g, on: I } = ch(C, s), _ = Ee(() => typeof C.draggable > "u" ? $.value : C.draggable), A = Ee(() => typeof C.selectable > "u" ? y.value : C.selectable), M = Ee(() => typeof C.connectable > "u" ? O.value : C.connectable), R = Ee(() => typeof C.focusable > "u" ? Y.value : C.focusable), T = ee(
      () => A.value || _.value || H.value.nodeClick.hasListeners() || H.value.nodeDoubleClick.hasListeners() || H.value.nodeMouseEnter.hasListeners() || H.value.nodeMouseMove.hasListeners() || H.value.nodeMouseLeave.hasListeners()
    ), X = Ee(() => !!C.dimensions.width && !!C.dimensions.height), Q = ee(() => {
      const E = C.type || "default", m = J == null ? void 0 : J[`node-${E}`];
      if (m)
        return m;
      let v = C.template || d.value[E];
      if (typeof v == "string" && q) {
        const N = Object.keys(q.appContext.components);
        N && N.includes(E) && (v = Ns(E, !1));
      }
      return v && typeof v != "string" ? v : (s.error(new Re(Pe.NODE_TYPE_MISSING, v)), !1);
    }), ne = $a({
      id: e.id,
      el: L,
      disabled: () => !_.value,
      selectable: A,
      dragHandle: () => C.dragHandle,
      onStart(E) {
        g.dragStart(E);
      },
      onDrag(E) {
        g.drag(E);
      },
      onStop(E) {
        g.dragStop(E);
      },
      onClick(E) {
        k(E);
      }
    }), se = ee(() => C.class instanceof Function ? C.class(C) : C.class), Z = ee(() => {
      const E = (C.style instanceof Function ? C.style(C) : C.style) || {}, m = C.width instanceof Function ? C.width(C) : C.width, v = C.height instanceof Function ? C.height(C) : C.height;
      return !E.width && m && (E.width = typeof m == "string" ? m : `${m}px`), !E.height && v && (E.height = typeof v == "string" ? v : `${v}px`), E;
    }), U = Ee(() => Number(C.zIndex ?? Z.value.zIndex ?? 0));
    return c((E) => {
      (E.includes(e.id) || !E.length) && fe();
    }), yt(() => {
      be(
        () => C.hidden,
        (E = !1, m, v) => {
          !E && L.value && (e.resizeObserver.observe(L.value), v(() => {
            L.value && e.resizeObserver.unobserve(L.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), be([() => C.type, () => C.sourcePosition, () => C.targetPosition], () => {
      He(() => {
        u([{ id: e.id, nodeElement: L.value, forceUpdate: !0 }]);
      });
    }), be(
      [
        () => C.position.x,
        () => C.position.y,
        () => {
          var E;
          return (E = ie.value) == null ? void 0 : E.computedPosition.x;
        },
        () => {
          var E;
          return (E = ie.value) == null ? void 0 : E.computedPosition.y;
        },
        () => {
          var E;
          return (E = ie.value) == null ? void 0 : E.computedPosition.z;
        },
        U,
        () => C.selected,
        () => C.dimensions.height,
        () => C.dimensions.width,
        () => {
          var E;
          return (E = ie.value) == null ? void 0 : E.dimensions.height;
        },
        () => {
          var E;
          return (E = ie.value) == null ? void 0 : E.dimensions.width;
        }
      ],
      ([E, m, v, N, F, W]) => {
        const j = {
          x: E,
          y: m,
          z: W + (h.value && C.selected ? 1e3 : 0)
        };
        typeof v < "u" && typeof N < "u" ? C.computedPosition = Hf({ x: v, y: N, z: F }, j) : C.computedPosition = j;
      },
      { flush: "post", immediate: !0 }
    ), be([() => C.extent, f], ([E, m], [v, N]) => {
      (E !== v || m !== N) && K();
    }), C.extent === "parent" || typeof C.extent == "object" && "range" in C.extent && C.extent.range === "parent" ? si(() => X).toBe(!0).then(K) : K(), () => C.hidden ? null : ke(
      "div",
      {
        ref: L,
        "data-id": C.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${Q.value === !1 ? "default" : C.type || "default"}`,
          {
            [n.value]: _.value,
            dragging: ne == null ? void 0 : ne.value,
            draggable: _.value,
            selected: C.selected,
            selectable: A.value,
            parent: C.isParent
          },
          se.value
        ],
        style: {
          visibility: X.value ? "visible" : "hidden",
          zIndex: C.computedPosition.z ?? U.value,
          transform: `translate(${C.computedPosition.x}px,${C.computedPosition.y}px)`,
          pointerEvents: T.value ? "all" : "none",
          ...Z.value
        },
        tabIndex: R.value ? 0 : void 0,
        role: R.value ? "group" : void 0,
        "aria-describedby": p.value ? void 0 : `${ra}-${t}`,
        "aria-label": C.ariaLabel,
        "aria-roledescription": "node",
        ...C.domAttributes,
        onMouseenter: ve,
        onMousemove: ge,
        onMouseleave: we,
        onContextmenu: ce,
        onClick: k,
        onDblclick: le,
        onKeydown: x
      },
      [
        ke(Q.value === !1 ? d.value.default : Q.value, {
          id: C.id,
          type: C.type,
          data: C.data,
          events: { ...C.events, ...I },
          selected: C.selected,
          resizing: C.resizing,
          dragging: ne.value,
          connectable: M.value,
          position: C.computedPosition,
          dimensions: C.dimensions,
          isValidTargetPos: C.isValidTargetPos,
          isValidSourcePos: C.isValidSourcePos,
          parent: C.parentNode,
          parentNodeId: C.parentNode,
          zIndex: C.computedPosition.z ?? U.value,
          targetPosition: C.targetPosition,
          sourcePosition: C.sourcePosition,
          label: C.label,
          dragHandle: C.dragHandle,
          onUpdateNodeInternals: fe
        })
      ]
    );
    function K() {
      const E = C.computedPosition, { computedPosition: m, position: v } = Wi(
        C,
        b.value ? Po(E, S.value) : E,
        s.error,
        f.value,
        ie.value
      );
      (C.computedPosition.x !== m.x || C.computedPosition.y !== m.y) && (C.computedPosition = { ...C.computedPosition, ...m }), (C.position.x !== v.x || C.position.y !== v.y) && (C.position = v);
    }
    function fe() {
      L.value && u([{ id: e.id, nodeElement: L.value, forceUpdate: !0 }]);
    }
    function ve(E) {
      ne != null && ne.value || g.mouseEnter({ event: E, node: C });
    }
    function ge(E) {
      ne != null && ne.value || g.mouseMove({ event: E, node: C });
    }
    function we(E) {
      ne != null && ne.value || g.mouseLeave({ event: E, node: C });
    }
    function ce(E) {
      return g.contextMenu({ event: E, node: C });
    }
    function le(E) {
      return g.doubleClick({ event: E, node: C });
    }
    function k(E) {
      A.value && (!o.value || !_.value || z.value > 0) && wi(
        C,
        r.value,
        l,
        a,
        i,
        !1,
        L.value
      ), g.click({ event: E, node: C });
    }
    function x(E) {
      if (!(vi(E) || p.value))
        if (aa.includes(E.key) && A.value) {
          const m = E.key === "Escape";
          wi(
            C,
            r.value,
            l,
            a,
            i,
            m,
            L.value
          );
        } else _.value && C.selected && qt[E.key] && (E.preventDefault(), w.value = `Moved selected node ${E.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~C.position.x}, y: ${~~C.position.y}`, G(
          {
            x: qt[E.key].x,
            y: qt[E.key].y
          },
          E.shiftKey
        ));
    }
  }
}), Mg = Cg;
function Ig(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Me();
  return ee(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Tg = { class: "vue-flow__nodes vue-flow__container" }, Ag = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, zg = /* @__PURE__ */ Ce({
  ...Ag,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Me(), i = Ig(), r = ye();
    return be(
      i,
      (s) => {
        s && He(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), yt(() => {
      r.value = new ResizeObserver((s) => {
        const a = s.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        He(() => n(a));
      });
    }), Mo(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (P(), B("div", Tg, [
      r.value ? (P(!0), B(me, { key: 0 }, Te(V(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && El(d, f))
          return d;
        const h = (P(), Ae(V(Mg), {
          id: l.id,
          key: l.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = f, h;
      }, a, 0), 128)) : de("", !0)
    ]));
  }
});
function Dg() {
  const { emits: e } = Me();
  yt(() => {
    if (_a()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Re(Pe.MISSING_STYLES));
    }
  });
}
const Pg = /* @__PURE__ */ D("div", { class: "vue-flow__edge-labels" }, null, -1), Rg = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Og = /* @__PURE__ */ Ce({
  ...Rg,
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
    const o = e, i = Es(), r = Xo(o, "modelValue", n), s = Xo(o, "nodes", n), a = Xo(o, "edges", n), l = Me(o), u = gh({ modelValue: r, nodes: s, edges: a }, o, l);
    return vh(n, l.hooks), hg(), Dg(), Et(Ro, i), kl(u), t(l), (c, d) => (P(), B("div", {
      ref: V(l).vueFlowRef,
      class: "vue-flow"
    }, [
      ue(ag, null, {
        default: Be(() => [
          ue(Ng),
          Pg,
          ue(zg),
          Le(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Le(c.$slots, "default"),
      ue(fg)
    ], 512));
  }
}), Bg = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, xi = /* @__PURE__ */ Ce({
  ...Bg,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Me(), o = ee(() => `${t.position}`.split("-"));
    return (i, r) => (P(), B("div", {
      class: ze(["vue-flow__panel", o.value]),
      style: Ne({ pointerEvents: V(n) ? "none" : "all" })
    }, [
      Le(i.$slots, "default")
    ], 6));
  }
});
var ft = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(ft || {});
const za = function({ dimensions: e, size: t, color: n }) {
  return ke("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, Da = function({ radius: e, color: t }) {
  return ke("circle", { cx: e, cy: e, r: e, fill: t });
};
ft.Lines + "", ft.Dots + "";
const Vg = {
  [ft.Dots]: "#81818a",
  [ft.Lines]: "#eee"
}, Hg = ["id", "x", "y", "width", "height", "patternTransform"], Lg = {
  key: 2,
  height: "100",
  width: "100"
}, Fg = ["fill"], Yg = ["x", "y", "fill"], Xg = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, qg = /* @__PURE__ */ Ce({
  ...Xg,
  props: {
    id: {},
    variant: { default: () => ft.Dots },
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
    const { id: t, viewport: n } = Me(), o = ee(() => {
      const s = n.value.zoom, [a, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [a * s || 1, l * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [d * s || 1 + u[0] / 2, f * s || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: h,
        size: c
      };
    }), i = Ee(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Ee(() => e.color || e.patternColor || Vg[e.variant || ft.Dots]);
    return (s, a) => (P(), B("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Ne({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Le(s.$slots, "pattern-container", { id: i.value }, () => [
        D("pattern", {
          id: i.value,
          x: V(n).x % o.value.scaledGap[0],
          y: V(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Le(s.$slots, "pattern", {}, () => [
            s.variant === V(ft).Lines ? (P(), Ae(V(za), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === V(ft).Dots ? (P(), Ae(V(Da), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : de("", !0),
            s.bgColor ? (P(), B("svg", Lg, [
              D("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Fg)
            ])) : de("", !0)
          ])
        ], 8, Hg)
      ]),
      D("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Yg),
      Le(s.$slots, "default", { id: i.value })
    ], 4));
  }
});
var Gg = { value: () => {
} };
function Ji() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new ro(n);
}
function ro(e) {
  this._ = e;
}
function Ug(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
ro.prototype = Ji.prototype = {
  constructor: ro,
  on: function(e, t) {
    var n = this._, o = Ug(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = Wg(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = Zr(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = Zr(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new ro(e);
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
function Wg(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Zr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Gg, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var $i = "http://www.w3.org/1999/xhtml";
const Qr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: $i,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Lo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Qr.hasOwnProperty(t) ? { space: Qr[t], local: e } : e;
}
function Kg(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === $i && t.documentElement.namespaceURI === $i ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Zg(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Pa(e) {
  var t = Lo(e);
  return (t.local ? Zg : Kg)(t);
}
function Qg() {
}
function ji(e) {
  return e == null ? Qg : function() {
    return this.querySelector(e);
  };
}
function Jg(e) {
  typeof e != "function" && (e = ji(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new qe(o, this._parents);
}
function jg(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function em() {
  return [];
}
function Ra(e) {
  return e == null ? em : function() {
    return this.querySelectorAll(e);
  };
}
function tm(e) {
  return function() {
    return jg(e.apply(this, arguments));
  };
}
function nm(e) {
  typeof e == "function" ? e = tm(e) : e = Ra(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new qe(o, i);
}
function Oa(e) {
  return function() {
    return this.matches(e);
  };
}
function Ba(e) {
  return function(t) {
    return t.matches(e);
  };
}
var om = Array.prototype.find;
function im(e) {
  return function() {
    return om.call(this.children, e);
  };
}
function rm() {
  return this.firstElementChild;
}
function sm(e) {
  return this.select(e == null ? rm : im(typeof e == "function" ? e : Ba(e)));
}
var am = Array.prototype.filter;
function lm() {
  return Array.from(this.children);
}
function um(e) {
  return function() {
    return am.call(this.children, e);
  };
}
function cm(e) {
  return this.selectAll(e == null ? lm : um(typeof e == "function" ? e : Ba(e)));
}
function dm(e) {
  typeof e != "function" && (e = Oa(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new qe(o, this._parents);
}
function Va(e) {
  return new Array(e.length);
}
function fm() {
  return new qe(this._enter || this._groups.map(Va), this._parents);
}
function $o(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
$o.prototype = {
  constructor: $o,
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
function hm(e) {
  return function() {
    return e;
  };
}
function gm(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new $o(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function mm(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new $o(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function vm(e) {
  return e.__data__;
}
function pm(e, t) {
  if (!arguments.length) return Array.from(this, vm);
  var n = t ? mm : gm, o = this._parents, i = this._groups;
  typeof e != "function" && (e = hm(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = ym(e.call(c, c && c.__data__, u, o)), p = h.length, w = a[u] = new Array(p), b = s[u] = new Array(p), S = l[u] = new Array(f);
    n(c, d, w, b, S, h, t);
    for (var z = 0, $ = 0, y, O; z < p; ++z)
      if (y = w[z]) {
        for (z >= $ && ($ = z + 1); !(O = b[$]) && ++$ < p; ) ;
        y._next = O || null;
      }
  }
  return s = new qe(s, o), s._enter = a, s._exit = l, s;
}
function ym(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function wm() {
  return new qe(this._exit || this._groups.map(Va), this._parents);
}
function _m(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function xm(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), h, p = 0; p < d; ++p)
      (h = u[p] || c[p]) && (f[p] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new qe(a, this._parents);
}
function $m() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function bm(e) {
  e || (e = km);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new qe(i, this._parents).order();
}
function km(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Sm() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Em() {
  return Array.from(this);
}
function Nm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function Cm() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Mm() {
  return !this.node();
}
function Im(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Tm(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Am(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function zm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Dm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Pm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Rm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Om(e, t) {
  var n = Lo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Am : Tm : typeof t == "function" ? n.local ? Rm : Pm : n.local ? Dm : zm)(n, t));
}
function Ha(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Bm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Vm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Hm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Lm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Bm : typeof t == "function" ? Hm : Vm)(e, t, n ?? "")) : Jt(this.node(), e);
}
function Jt(e, t) {
  return e.style.getPropertyValue(t) || Ha(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Fm(e) {
  return function() {
    delete this[e];
  };
}
function Ym(e, t) {
  return function() {
    this[e] = t;
  };
}
function Xm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function qm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Fm : typeof t == "function" ? Xm : Ym)(e, t)) : this.node()[e];
}
function La(e) {
  return e.trim().split(/^|\s+/);
}
function er(e) {
  return e.classList || new Fa(e);
}
function Fa(e) {
  this._node = e, this._names = La(e.getAttribute("class") || "");
}
Fa.prototype = {
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
function Ya(e, t) {
  for (var n = er(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Xa(e, t) {
  for (var n = er(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function Gm(e) {
  return function() {
    Ya(this, e);
  };
}
function Um(e) {
  return function() {
    Xa(this, e);
  };
}
function Wm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ya : Xa)(this, e);
  };
}
function Km(e, t) {
  var n = La(e + "");
  if (arguments.length < 2) {
    for (var o = er(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Wm : t ? Gm : Um)(n, t));
}
function Zm() {
  this.textContent = "";
}
function Qm(e) {
  return function() {
    this.textContent = e;
  };
}
function Jm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function jm(e) {
  return arguments.length ? this.each(e == null ? Zm : (typeof e == "function" ? Jm : Qm)(e)) : this.node().textContent;
}
function ev() {
  this.innerHTML = "";
}
function tv(e) {
  return function() {
    this.innerHTML = e;
  };
}
function nv(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function ov(e) {
  return arguments.length ? this.each(e == null ? ev : (typeof e == "function" ? nv : tv)(e)) : this.node().innerHTML;
}
function iv() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function rv() {
  return this.each(iv);
}
function sv() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function av() {
  return this.each(sv);
}
function lv(e) {
  var t = typeof e == "function" ? e : Pa(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function uv() {
  return null;
}
function cv(e, t) {
  var n = typeof e == "function" ? e : Pa(e), o = t == null ? uv : typeof t == "function" ? t : ji(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function dv() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function fv() {
  return this.each(dv);
}
function hv() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function gv() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function mv(e) {
  return this.select(e ? gv : hv);
}
function vv(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function pv(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function yv(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function wv(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function _v(e, t, n) {
  return function() {
    var o = this.__on, i, r = pv(t);
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
function xv(e, t, n) {
  var o = yv(e + ""), i, r = o.length, s;
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
  for (a = t ? _v : wv, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function qa(e, t, n) {
  var o = Ha(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function $v(e, t) {
  return function() {
    return qa(this, e, t);
  };
}
function bv(e, t) {
  return function() {
    return qa(this, e, t.apply(this, arguments));
  };
}
function kv(e, t) {
  return this.each((typeof t == "function" ? bv : $v)(e, t));
}
function* Sv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Ga = [null];
function qe(e, t) {
  this._groups = e, this._parents = t;
}
function Rn() {
  return new qe([[document.documentElement]], Ga);
}
function Ev() {
  return this;
}
qe.prototype = Rn.prototype = {
  constructor: qe,
  select: Jg,
  selectAll: nm,
  selectChild: sm,
  selectChildren: cm,
  filter: dm,
  data: pm,
  enter: fm,
  exit: wm,
  join: _m,
  merge: xm,
  selection: Ev,
  order: $m,
  sort: bm,
  call: Sm,
  nodes: Em,
  node: Nm,
  size: Cm,
  empty: Mm,
  each: Im,
  attr: Om,
  style: Lm,
  property: qm,
  classed: Km,
  text: jm,
  html: ov,
  raise: rv,
  lower: av,
  append: lv,
  insert: cv,
  remove: fv,
  clone: mv,
  datum: vv,
  on: xv,
  dispatch: kv,
  [Symbol.iterator]: Sv
};
function kt(e) {
  return typeof e == "string" ? new qe([[document.querySelector(e)]], [document.documentElement]) : new qe([[e]], Ga);
}
function Nv(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function xt(e, t) {
  if (e = Nv(e), t === void 0 && (t = e.currentTarget), t) {
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
const bi = { capture: !0, passive: !1 };
function ki(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Cv(e) {
  var t = e.document.documentElement, n = kt(e).on("dragstart.drag", ki, bi);
  "onselectstart" in t ? n.on("selectstart.drag", ki, bi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Mv(e, t) {
  var n = e.document.documentElement, o = kt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", ki, bi), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function tr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Ua(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function On() {
}
var Nn = 0.7, bo = 1 / Nn, Gt = "\\s*([+-]?\\d+)\\s*", Cn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", it = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Iv = /^#([0-9a-f]{3,8})$/, Tv = new RegExp(`^rgb\\(${Gt},${Gt},${Gt}\\)$`), Av = new RegExp(`^rgb\\(${it},${it},${it}\\)$`), zv = new RegExp(`^rgba\\(${Gt},${Gt},${Gt},${Cn}\\)$`), Dv = new RegExp(`^rgba\\(${it},${it},${it},${Cn}\\)$`), Pv = new RegExp(`^hsl\\(${Cn},${it},${it}\\)$`), Rv = new RegExp(`^hsla\\(${Cn},${it},${it},${Cn}\\)$`), Jr = {
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
tr(On, Mn, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: jr,
  // Deprecated! Use color.formatHex.
  formatHex: jr,
  formatHex8: Ov,
  formatHsl: Bv,
  formatRgb: es,
  toString: es
});
function jr() {
  return this.rgb().formatHex();
}
function Ov() {
  return this.rgb().formatHex8();
}
function Bv() {
  return Wa(this).formatHsl();
}
function es() {
  return this.rgb().formatRgb();
}
function Mn(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Iv.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ts(t) : n === 3 ? new Ye(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Un(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Un(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Tv.exec(e)) ? new Ye(t[1], t[2], t[3], 1) : (t = Av.exec(e)) ? new Ye(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = zv.exec(e)) ? Un(t[1], t[2], t[3], t[4]) : (t = Dv.exec(e)) ? Un(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Pv.exec(e)) ? is(t[1], t[2] / 100, t[3] / 100, 1) : (t = Rv.exec(e)) ? is(t[1], t[2] / 100, t[3] / 100, t[4]) : Jr.hasOwnProperty(e) ? ts(Jr[e]) : e === "transparent" ? new Ye(NaN, NaN, NaN, 0) : null;
}
function ts(e) {
  return new Ye(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Un(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ye(e, t, n, o);
}
function Vv(e) {
  return e instanceof On || (e = Mn(e)), e ? (e = e.rgb(), new Ye(e.r, e.g, e.b, e.opacity)) : new Ye();
}
function Si(e, t, n, o) {
  return arguments.length === 1 ? Vv(e) : new Ye(e, t, n, o ?? 1);
}
function Ye(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
tr(Ye, Si, Ua(On, {
  brighter(e) {
    return e = e == null ? bo : Math.pow(bo, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ye(Rt(this.r), Rt(this.g), Rt(this.b), ko(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ns,
  // Deprecated! Use color.formatHex.
  formatHex: ns,
  formatHex8: Hv,
  formatRgb: os,
  toString: os
}));
function ns() {
  return `#${zt(this.r)}${zt(this.g)}${zt(this.b)}`;
}
function Hv() {
  return `#${zt(this.r)}${zt(this.g)}${zt(this.b)}${zt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function os() {
  const e = ko(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Rt(this.r)}, ${Rt(this.g)}, ${Rt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function ko(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Rt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function zt(e) {
  return e = Rt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function is(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Ze(e, t, n, o);
}
function Wa(e) {
  if (e instanceof Ze) return new Ze(e.h, e.s, e.l, e.opacity);
  if (e instanceof On || (e = Mn(e)), !e) return new Ze();
  if (e instanceof Ze) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, l = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? r + i : 2 - r - i, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new Ze(s, a, l, e.opacity);
}
function Lv(e, t, n, o) {
  return arguments.length === 1 ? Wa(e) : new Ze(e, t, n, o ?? 1);
}
function Ze(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
tr(Ze, Lv, Ua(On, {
  brighter(e) {
    return e = e == null ? bo : Math.pow(bo, e), new Ze(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new Ze(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ye(
      ti(e >= 240 ? e - 240 : e + 120, i, o),
      ti(e, i, o),
      ti(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Ze(rs(this.h), Wn(this.s), Wn(this.l), ko(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = ko(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${rs(this.h)}, ${Wn(this.s) * 100}%, ${Wn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function rs(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Wn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function ti(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Ka = (e) => () => e;
function Fv(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Yv(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Xv(e) {
  return (e = +e) == 1 ? Za : function(t, n) {
    return n - t ? Yv(t, n, e) : Ka(isNaN(t) ? n : t);
  };
}
function Za(e, t) {
  var n = t - e;
  return n ? Fv(e, n) : Ka(isNaN(e) ? t : e);
}
const ss = function e(t) {
  var n = Xv(t);
  function o(i, r) {
    var s = n((i = Si(i)).r, (r = Si(r)).r), a = n(i.g, r.g), l = n(i.b, r.b), u = Za(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function bt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
var Ei = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, ni = new RegExp(Ei.source, "g");
function qv(e) {
  return function() {
    return e;
  };
}
function Gv(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Uv(e, t) {
  var n = Ei.lastIndex = ni.lastIndex = 0, o, i, r, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = Ei.exec(e)) && (i = ni.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, l.push({ i: s, x: bt(o, i) })), n = ni.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? l[0] ? Gv(l[0].x) : qv(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c) a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
var as = 180 / Math.PI, Ni = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Qa(e, t, n, o, i, r) {
  var s, a, l;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (l = e * n + t * o) && (n -= e * l, o -= t * l), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, l /= a), e * o < t * n && (e = -e, t = -t, l = -l, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * as,
    skewX: Math.atan(l) * as,
    scaleX: s,
    scaleY: a
  };
}
var Kn;
function Wv(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Ni : Qa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Kv(e) {
  return e == null || (Kn || (Kn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Kn.setAttribute("transform", e), !(e = Kn.transform.baseVal.consolidate())) ? Ni : (e = e.matrix, Qa(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ja(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, h, p) {
    if (u !== d || c !== f) {
      var w = h.push("translate(", null, t, null, n);
      p.push({ i: w - 4, x: bt(u, d) }, { i: w - 2, x: bt(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function s(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: bt(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: bt(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, h, p) {
    if (u !== d || c !== f) {
      var w = h.push(i(h) + "scale(", null, ",", null, ")");
      p.push({ i: w - 4, x: bt(u, d) }, { i: w - 2, x: bt(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), s(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(h) {
      for (var p = -1, w = f.length, b; ++p < w; ) d[(b = f[p]).i] = b.x(h);
      return d.join("");
    };
  };
}
var Zv = Ja(Wv, "px, ", "px)", "deg)"), Qv = Ja(Kv, ", ", ")", ")"), Jv = 1e-12;
function ls(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function jv(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function ep(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const tp = function e(t, n, o) {
  function i(r, s) {
    var a = r[0], l = r[1], u = r[2], c = s[0], d = s[1], f = s[2], h = c - a, p = d - l, w = h * h + p * p, b, S;
    if (w < Jv)
      S = Math.log(f / u) / t, b = function(H) {
        return [
          a + H * h,
          l + H * p,
          u * Math.exp(t * H * S)
        ];
      };
    else {
      var z = Math.sqrt(w), $ = (f * f - u * u + o * w) / (2 * u * n * z), y = (f * f - u * u - o * w) / (2 * f * n * z), O = Math.log(Math.sqrt($ * $ + 1) - $), Y = Math.log(Math.sqrt(y * y + 1) - y);
      S = (Y - O) / t, b = function(H) {
        var L = H * S, J = ls(O), q = u / (n * z) * (J * ep(t * L + O) - jv(O));
        return [
          a + q * h,
          l + q * p,
          u * J / ls(t * L + O)
        ];
      };
    }
    return b.duration = S * 1e3 * t / Math.SQRT2, b;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, l = a * a;
    return e(s, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var jt = 0, dn = 0, sn = 0, ja = 1e3, So, fn, Eo = 0, Vt = 0, Fo = 0, In = typeof performance == "object" && performance.now ? performance : Date, el = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function nr() {
  return Vt || (el(np), Vt = In.now() + Fo);
}
function np() {
  Vt = 0;
}
function No() {
  this._call = this._time = this._next = null;
}
No.prototype = tl.prototype = {
  constructor: No,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? nr() : +n) + (t == null ? 0 : +t), !this._next && fn !== this && (fn ? fn._next = this : So = this, fn = this), this._call = e, this._time = n, Ci();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ci());
  }
};
function tl(e, t, n) {
  var o = new No();
  return o.restart(e, t, n), o;
}
function op() {
  nr(), ++jt;
  for (var e = So, t; e; )
    (t = Vt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --jt;
}
function us() {
  Vt = (Eo = In.now()) + Fo, jt = dn = 0;
  try {
    op();
  } finally {
    jt = 0, rp(), Vt = 0;
  }
}
function ip() {
  var e = In.now(), t = e - Eo;
  t > ja && (Fo -= t, Eo = e);
}
function rp() {
  for (var e, t = So, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : So = n);
  fn = e, Ci(o);
}
function Ci(e) {
  if (!jt) {
    dn && (dn = clearTimeout(dn));
    var t = e - Vt;
    t > 24 ? (e < 1 / 0 && (dn = setTimeout(us, e - In.now() - Fo)), sn && (sn = clearInterval(sn))) : (sn || (Eo = In.now(), sn = setInterval(ip, ja)), jt = 1, el(us));
  }
}
function cs(e, t, n) {
  var o = new No();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var sp = Ji("start", "end", "cancel", "interrupt"), ap = [], nl = 0, ds = 1, Mi = 2, so = 3, fs = 4, Ii = 5, ao = 6;
function Yo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  lp(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: sp,
    tween: ap,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: nl
  });
}
function or(e, t) {
  var n = Je(e, t);
  if (n.state > nl) throw new Error("too late; already scheduled");
  return n;
}
function st(e, t) {
  var n = Je(e, t);
  if (n.state > so) throw new Error("too late; already running");
  return n;
}
function Je(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function lp(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = tl(r, 0, n.time);
  function r(u) {
    n.state = ds, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, d, f, h;
    if (n.state !== ds) return l();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === so) return cs(s);
        h.state === fs ? (h.state = ao, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = ao, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (cs(function() {
      n.state === so && (n.state = fs, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Mi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Mi) {
      for (n.state = so, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = h);
      i.length = d + 1;
    }
  }
  function a(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Ii, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Ii && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = ao, n.timer.stop(), delete o[t];
    for (var u in o) return;
    delete e.__transition;
  }
}
function lo(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Mi && o.state < Ii, o.state = ao, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function up(e) {
  return this.each(function() {
    lo(this, e);
  });
}
function cp(e, t) {
  var n, o;
  return function() {
    var i = st(this, e), r = i.tween;
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
function dp(e, t, n) {
  var o, i;
  if (typeof n != "function") throw new Error();
  return function() {
    var r = st(this, e), s = r.tween;
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
function fp(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Je(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? cp : dp)(n, e, t));
}
function ir(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = st(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Je(i, o).value[t];
  };
}
function ol(e, t) {
  var n;
  return (typeof t == "number" ? bt : t instanceof Mn ? ss : (n = Mn(t)) ? (t = n, ss) : Uv)(e, t);
}
function hp(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function gp(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function mp(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function vp(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function pp(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function yp(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function wp(e, t) {
  var n = Lo(e), o = n === "transform" ? Qv : ol;
  return this.attrTween(e, typeof t == "function" ? (n.local ? yp : pp)(n, o, ir(this, "attr." + e, t)) : t == null ? (n.local ? gp : hp)(n) : (n.local ? vp : mp)(n, o, t));
}
function _p(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function xp(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function $p(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && xp(e, r)), n;
  }
  return i._value = t, i;
}
function bp(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && _p(e, r)), n;
  }
  return i._value = t, i;
}
function kp(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Lo(e);
  return this.tween(n, (o.local ? $p : bp)(o, t));
}
function Sp(e, t) {
  return function() {
    or(this, e).delay = +t.apply(this, arguments);
  };
}
function Ep(e, t) {
  return t = +t, function() {
    or(this, e).delay = t;
  };
}
function Np(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Sp : Ep)(t, e)) : Je(this.node(), t).delay;
}
function Cp(e, t) {
  return function() {
    st(this, e).duration = +t.apply(this, arguments);
  };
}
function Mp(e, t) {
  return t = +t, function() {
    st(this, e).duration = t;
  };
}
function Ip(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Cp : Mp)(t, e)) : Je(this.node(), t).duration;
}
function Tp(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    st(this, e).ease = t;
  };
}
function Ap(e) {
  var t = this._id;
  return arguments.length ? this.each(Tp(t, e)) : Je(this.node(), t).ease;
}
function zp(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    st(this, e).ease = n;
  };
}
function Dp(e) {
  if (typeof e != "function") throw new Error();
  return this.each(zp(this._id, e));
}
function Pp(e) {
  typeof e != "function" && (e = Oa(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new vt(o, this._parents, this._name, this._id);
}
function Rp(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = l[h] || u[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new vt(s, this._parents, this._name, this._id);
}
function Op(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Bp(e, t, n) {
  var o, i, r = Op(t) ? or : st;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Vp(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Je(this.node(), n).on.on(e) : this.each(Bp(n, e, t));
}
function Hp(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function Lp() {
  return this.on("end.remove", Hp(this._id));
}
function Fp(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ji(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], l = a.length, u = r[s] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, Yo(u[f], t, n, f, u, Je(c, n)));
  return new vt(r, this._parents, t, n);
}
function Yp(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Ra(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), h, p = Je(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && Yo(h, t, n, w, f, p);
        r.push(f), s.push(c);
      }
  return new vt(r, s, t, n);
}
var Xp = Rn.prototype.constructor;
function qp() {
  return new Xp(this._groups, this._parents);
}
function Gp(e, t) {
  var n, o, i;
  return function() {
    var r = Jt(this, e), s = (this.style.removeProperty(e), Jt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function il(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Up(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Jt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Wp(e, t, n) {
  var o, i, r;
  return function() {
    var s = Jt(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), Jt(this, e))), s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a));
  };
}
function Kp(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var l = st(this, e), u = l.on, c = l.value[r] == null ? a || (a = il(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), l.on = o;
  };
}
function Zp(e, t, n) {
  var o = (e += "") == "transform" ? Zv : ol;
  return t == null ? this.styleTween(e, Gp(e, o)).on("end.style." + e, il(e)) : typeof t == "function" ? this.styleTween(e, Wp(e, o, ir(this, "style." + e, t))).each(Kp(this._id, e)) : this.styleTween(e, Up(e, o, t), n).on("end.style." + e, null);
}
function Qp(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Jp(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && Qp(e, s, n)), o;
  }
  return r._value = t, r;
}
function jp(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, Jp(e, t, n ?? ""));
}
function ey(e) {
  return function() {
    this.textContent = e;
  };
}
function ty(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function ny(e) {
  return this.tween("text", typeof e == "function" ? ty(ir(this, "text", e)) : ey(e == null ? "" : e + ""));
}
function oy(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function iy(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && oy(i)), t;
  }
  return o._value = e, o;
}
function ry(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, iy(e));
}
function sy() {
  for (var e = this._name, t = this._id, n = rl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = Je(l, t);
        Yo(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new vt(o, this._parents, e, n);
}
function ay() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = st(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var ly = 0;
function vt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function rl() {
  return ++ly;
}
var lt = Rn.prototype;
vt.prototype = {
  constructor: vt,
  select: Fp,
  selectAll: Yp,
  selectChild: lt.selectChild,
  selectChildren: lt.selectChildren,
  filter: Pp,
  merge: Rp,
  selection: qp,
  transition: sy,
  call: lt.call,
  nodes: lt.nodes,
  node: lt.node,
  size: lt.size,
  empty: lt.empty,
  each: lt.each,
  on: Vp,
  attr: wp,
  attrTween: kp,
  style: Zp,
  styleTween: jp,
  text: ny,
  textTween: ry,
  remove: Lp,
  tween: fp,
  delay: Np,
  duration: Ip,
  ease: Ap,
  easeVarying: Dp,
  end: ay,
  [Symbol.iterator]: lt[Symbol.iterator]
};
function uy(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var cy = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: uy
};
function dy(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function fy(e) {
  var t, n;
  e instanceof vt ? (t = e._id, e = e._name) : (t = rl(), (n = cy).time = nr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && Yo(l, e, t, u, s, n || dy(l, t));
  return new vt(o, this._parents, e, t);
}
Rn.prototype.interrupt = up;
Rn.prototype.transition = fy;
const Zn = (e) => () => e;
function hy(e, {
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
var rr = new ht(1, 0, 0);
ht.prototype;
function oi(e) {
  e.stopImmediatePropagation();
}
function an(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function gy(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function my() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function hs() {
  return this.__zoom || rr;
}
function vy(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function py() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function yy(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function wy() {
  var e = gy, t = my, n = yy, o = vy, i = py, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = tp, u = Ji("start", "zoom", "end"), c, d, f, h = 500, p = 150, w = 0, b = 10;
  function S(g) {
    g.property("__zoom", hs).on("wheel.zoom", L, { passive: !1 }).on("mousedown.zoom", J).on("dblclick.zoom", q).filter(i).on("touchstart.zoom", G).on("touchmove.zoom", C).on("touchend.zoom touchcancel.zoom", ie).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  S.transform = function(g, I, _, A) {
    var M = g.selection ? g.selection() : g;
    M.property("__zoom", hs), g !== M ? O(g, I, _, A) : M.interrupt().each(function() {
      Y(this, arguments).event(A).start().zoom(null, typeof I == "function" ? I.apply(this, arguments) : I).end();
    });
  }, S.scaleBy = function(g, I, _, A) {
    S.scaleTo(g, function() {
      var M = this.__zoom.k, R = typeof I == "function" ? I.apply(this, arguments) : I;
      return M * R;
    }, _, A);
  }, S.scaleTo = function(g, I, _, A) {
    S.transform(g, function() {
      var M = t.apply(this, arguments), R = this.__zoom, T = _ == null ? y(M) : typeof _ == "function" ? _.apply(this, arguments) : _, X = R.invert(T), Q = typeof I == "function" ? I.apply(this, arguments) : I;
      return n($(z(R, Q), T, X), M, s);
    }, _, A);
  }, S.translateBy = function(g, I, _, A) {
    S.transform(g, function() {
      return n(this.__zoom.translate(
        typeof I == "function" ? I.apply(this, arguments) : I,
        typeof _ == "function" ? _.apply(this, arguments) : _
      ), t.apply(this, arguments), s);
    }, null, A);
  }, S.translateTo = function(g, I, _, A, M) {
    S.transform(g, function() {
      var R = t.apply(this, arguments), T = this.__zoom, X = A == null ? y(R) : typeof A == "function" ? A.apply(this, arguments) : A;
      return n(rr.translate(X[0], X[1]).scale(T.k).translate(
        typeof I == "function" ? -I.apply(this, arguments) : -I,
        typeof _ == "function" ? -_.apply(this, arguments) : -_
      ), R, s);
    }, A, M);
  };
  function z(g, I) {
    return I = Math.max(r[0], Math.min(r[1], I)), I === g.k ? g : new ht(I, g.x, g.y);
  }
  function $(g, I, _) {
    var A = I[0] - _[0] * g.k, M = I[1] - _[1] * g.k;
    return A === g.x && M === g.y ? g : new ht(g.k, A, M);
  }
  function y(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function O(g, I, _, A) {
    g.on("start.zoom", function() {
      Y(this, arguments).event(A).start();
    }).on("interrupt.zoom end.zoom", function() {
      Y(this, arguments).event(A).end();
    }).tween("zoom", function() {
      var M = this, R = arguments, T = Y(M, R).event(A), X = t.apply(M, R), Q = _ == null ? y(X) : typeof _ == "function" ? _.apply(M, R) : _, ne = Math.max(X[1][0] - X[0][0], X[1][1] - X[0][1]), se = M.__zoom, Z = typeof I == "function" ? I.apply(M, R) : I, U = l(se.invert(Q).concat(ne / se.k), Z.invert(Q).concat(ne / Z.k));
      return function(K) {
        if (K === 1) K = Z;
        else {
          var fe = U(K), ve = ne / fe[2];
          K = new ht(ve, Q[0] - fe[0] * ve, Q[1] - fe[1] * ve);
        }
        T.zoom(null, K);
      };
    });
  }
  function Y(g, I, _) {
    return !_ && g.__zooming || new H(g, I);
  }
  function H(g, I) {
    this.that = g, this.args = I, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, I), this.taps = 0;
  }
  H.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, I) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = I.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = I.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = I.invert(this.touch1[0])), this.that.__zoom = I, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var I = kt(this.that).datum();
      u.call(
        g,
        this.that,
        new hy(g, {
          sourceEvent: this.sourceEvent,
          target: S,
          transform: this.that.__zoom,
          dispatch: u
        }),
        I
      );
    }
  };
  function L(g, ...I) {
    if (!e.apply(this, arguments)) return;
    var _ = Y(this, I).event(g), A = this.__zoom, M = Math.max(r[0], Math.min(r[1], A.k * Math.pow(2, o.apply(this, arguments)))), R = xt(g);
    if (_.wheel)
      (_.mouse[0][0] !== R[0] || _.mouse[0][1] !== R[1]) && (_.mouse[1] = A.invert(_.mouse[0] = R)), clearTimeout(_.wheel);
    else {
      if (A.k === M) return;
      _.mouse = [R, A.invert(R)], lo(this), _.start();
    }
    an(g), _.wheel = setTimeout(T, p), _.zoom("mouse", n($(z(A, M), _.mouse[0], _.mouse[1]), _.extent, s));
    function T() {
      _.wheel = null, _.end();
    }
  }
  function J(g, ...I) {
    if (f || !e.apply(this, arguments)) return;
    var _ = g.currentTarget, A = Y(this, I, !0).event(g), M = kt(g.view).on("mousemove.zoom", Q, !0).on("mouseup.zoom", ne, !0), R = xt(g, _), T = g.clientX, X = g.clientY;
    Cv(g.view), oi(g), A.mouse = [R, this.__zoom.invert(R)], lo(this), A.start();
    function Q(se) {
      if (an(se), !A.moved) {
        var Z = se.clientX - T, U = se.clientY - X;
        A.moved = Z * Z + U * U > w;
      }
      A.event(se).zoom("mouse", n($(A.that.__zoom, A.mouse[0] = xt(se, _), A.mouse[1]), A.extent, s));
    }
    function ne(se) {
      M.on("mousemove.zoom mouseup.zoom", null), Mv(se.view, A.moved), an(se), A.event(se).end();
    }
  }
  function q(g, ...I) {
    if (e.apply(this, arguments)) {
      var _ = this.__zoom, A = xt(g.changedTouches ? g.changedTouches[0] : g, this), M = _.invert(A), R = _.k * (g.shiftKey ? 0.5 : 2), T = n($(z(_, R), A, M), t.apply(this, I), s);
      an(g), a > 0 ? kt(this).transition().duration(a).call(O, T, A, g) : kt(this).call(S.transform, T, A, g);
    }
  }
  function G(g, ...I) {
    if (e.apply(this, arguments)) {
      var _ = g.touches, A = _.length, M = Y(this, I, g.changedTouches.length === A).event(g), R, T, X, Q;
      for (oi(g), T = 0; T < A; ++T)
        X = _[T], Q = xt(X, this), Q = [Q, this.__zoom.invert(Q), X.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== Q[2] && (M.touch1 = Q, M.taps = 0) : (M.touch0 = Q, R = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), R && (M.taps < 2 && (d = Q[0], c = setTimeout(function() {
        c = null;
      }, h)), lo(this), M.start());
    }
  }
  function C(g, ...I) {
    if (this.__zooming) {
      var _ = Y(this, I).event(g), A = g.changedTouches, M = A.length, R, T, X, Q;
      for (an(g), R = 0; R < M; ++R)
        T = A[R], X = xt(T, this), _.touch0 && _.touch0[2] === T.identifier ? _.touch0[0] = X : _.touch1 && _.touch1[2] === T.identifier && (_.touch1[0] = X);
      if (T = _.that.__zoom, _.touch1) {
        var ne = _.touch0[0], se = _.touch0[1], Z = _.touch1[0], U = _.touch1[1], K = (K = Z[0] - ne[0]) * K + (K = Z[1] - ne[1]) * K, fe = (fe = U[0] - se[0]) * fe + (fe = U[1] - se[1]) * fe;
        T = z(T, Math.sqrt(K / fe)), X = [(ne[0] + Z[0]) / 2, (ne[1] + Z[1]) / 2], Q = [(se[0] + U[0]) / 2, (se[1] + U[1]) / 2];
      } else if (_.touch0) X = _.touch0[0], Q = _.touch0[1];
      else return;
      _.zoom("touch", n($(T, X, Q), _.extent, s));
    }
  }
  function ie(g, ...I) {
    if (this.__zooming) {
      var _ = Y(this, I).event(g), A = g.changedTouches, M = A.length, R, T;
      for (oi(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), R = 0; R < M; ++R)
        T = A[R], _.touch0 && _.touch0[2] === T.identifier ? delete _.touch0 : _.touch1 && _.touch1[2] === T.identifier && delete _.touch1;
      if (_.touch1 && !_.touch0 && (_.touch0 = _.touch1, delete _.touch1), _.touch0) _.touch0[1] = this.__zoom.invert(_.touch0[0]);
      else if (_.end(), _.taps === 2 && (T = xt(T, this), Math.hypot(d[0] - T[0], d[1] - T[1]) < b)) {
        var X = kt(this).on("dblclick.zoom");
        X && X.apply(this, arguments);
      }
    }
  }
  return S.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : Zn(+g), S) : o;
  }, S.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : Zn(!!g), S) : e;
  }, S.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : Zn(!!g), S) : i;
  }, S.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : Zn([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), S) : t;
  }, S.scaleExtent = function(g) {
    return arguments.length ? (r[0] = +g[0], r[1] = +g[1], S) : [r[0], r[1]];
  }, S.translateExtent = function(g) {
    return arguments.length ? (s[0][0] = +g[0][0], s[1][0] = +g[1][0], s[0][1] = +g[0][1], s[1][1] = +g[1][1], S) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, S.constrain = function(g) {
    return arguments.length ? (n = g, S) : n;
  }, S.duration = function(g) {
    return arguments.length ? (a = +g, S) : a;
  }, S.interpolate = function(g) {
    return arguments.length ? (l = g, S) : l;
  }, S.on = function() {
    var g = u.on.apply(u, arguments);
    return g === u ? S : g;
  }, S.clickDistance = function(g) {
    return arguments.length ? (w = (g = +g) * g, S) : Math.sqrt(w);
  }, S.tapDistance = function(g) {
    return arguments.length ? (b = +g, S) : b;
  }, S;
}
const sl = Symbol("MiniMapSlots"), _y = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], xy = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, $y = /* @__PURE__ */ Ce({
  ...xy,
  props: {
    id: {},
    type: {},
    selected: { type: Boolean },
    dragging: { type: Boolean },
    position: {},
    dimensions: {},
    borderRadius: {},
    color: {},
    shapeRendering: {},
    strokeColor: {},
    strokeWidth: {},
    hidden: { type: Boolean }
  },
  emits: ["click", "dblclick", "mouseenter", "mousemove", "mouseleave"],
  setup(e, { emit: t }) {
    const n = e, o = pt(sl), i = Oi(), r = Ee(() => i.style ?? {});
    function s(d) {
      t("click", d);
    }
    function a(d) {
      t("dblclick", d);
    }
    function l(d) {
      t("mouseenter", d);
    }
    function u(d) {
      t("mousemove", d);
    }
    function c(d) {
      t("mouseleave", d);
    }
    return (d, f) => !d.hidden && d.dimensions.width !== 0 && d.dimensions.height !== 0 ? (P(), B(me, { key: 0 }, [
      V(o)[`node-${n.type}`] ? (P(), Ae(Bi(V(o)[`node-${n.type}`]), Tl(co({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (P(), B("rect", co({
        key: 1,
        id: d.id
      }, d.$attrs, {
        class: ["vue-flow__minimap-node", { selected: d.selected, dragging: d.dragging }],
        x: d.position.x,
        y: d.position.y,
        rx: d.borderRadius,
        ry: d.borderRadius,
        width: d.dimensions.width,
        height: d.dimensions.height,
        fill: d.color || r.value.background || r.value.backgroundColor,
        stroke: d.strokeColor,
        "stroke-width": d.strokeWidth,
        "shape-rendering": d.shapeRendering,
        onClick: s,
        onDblclick: a,
        onMouseenter: l,
        onMousemove: u,
        onMouseleave: c
      }), null, 16, _y))
    ], 64)) : de("", !0);
  }
}), by = ["width", "height", "viewBox", "aria-labelledby"], ky = ["id"], Sy = ["d", "fill", "stroke", "stroke-width"], Ey = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, Ny = /* @__PURE__ */ Ce({
  ...Ey,
  props: {
    nodeColor: { type: [String, Function], default: "#e2e2e2" },
    nodeStrokeColor: { type: [String, Function], default: "transparent" },
    nodeClassName: { type: [String, Function] },
    nodeBorderRadius: { default: 5 },
    nodeStrokeWidth: { default: 2 },
    maskColor: { default: "rgb(240, 240, 240, 0.6)" },
    maskStrokeColor: { default: "none" },
    maskStrokeWidth: { default: 1 },
    position: { default: "bottom-right" },
    pannable: { type: Boolean, default: !1 },
    zoomable: { type: Boolean, default: !1 },
    width: {},
    height: {},
    ariaLabel: { default: "Vue Flow mini map" },
    inversePan: { type: Boolean, default: !1 },
    zoomStep: { default: 1 },
    offsetScale: { default: 5 },
    maskBorderRadius: { default: 0 }
  },
  emits: ["click", "nodeClick", "nodeDblclick", "nodeMouseenter", "nodeMousemove", "nodeMouseleave"],
  setup(e, { emit: t }) {
    const n = Es(), o = Oi(), i = 200, r = 150, { id: s, edges: a, viewport: l, translateExtent: u, dimensions: c, emits: d, d3Selection: f, d3Zoom: h, getNodesInitialized: p } = Me(), w = ye();
    Et(sl, n);
    const b = Ee(() => {
      var M;
      return e.width ?? ((M = o.style) == null ? void 0 : M.width) ?? i;
    }), S = Ee(() => {
      var M;
      return e.height ?? ((M = o.style) == null ? void 0 : M.height) ?? r;
    }), z = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", $ = ee(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), y = ee(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), O = ee(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), Y = ee(() => Ui(p.value.filter((M) => !M.hidden))), H = ee(() => ({
      x: -l.value.x / l.value.zoom,
      y: -l.value.y / l.value.zoom,
      width: c.value.width / l.value.zoom,
      height: c.value.height / l.value.zoom
    })), L = ee(
      () => p.value && p.value.length ? Of(Y.value, H.value) : H.value
    ), J = ee(() => {
      const M = L.value.width / b.value, R = L.value.height / S.value;
      return Math.max(M, R);
    }), q = ee(() => {
      const M = J.value * b.value, R = J.value * S.value, T = e.offsetScale * J.value;
      return {
        offset: T,
        x: L.value.x - (M - L.value.width) / 2 - T,
        y: L.value.y - (R - L.value.height) / 2 - T,
        width: M + T * 2,
        height: R + T * 2
      };
    }), G = ee(() => !q.value.x || !q.value.y ? "" : `
    M${q.value.x - q.value.offset},${q.value.y - q.value.offset}
    h${q.value.width + q.value.offset * 2}
    v${q.value.height + q.value.offset * 2}
    h${-q.value.width - q.value.offset * 2}z
    M${H.value.x + e.maskBorderRadius},${H.value.y}
    h${H.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${H.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(H.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(H.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    Cs(
      (M) => {
        if (w.value) {
          const R = kt(w.value), T = (ne) => {
            if (ne.sourceEvent.type !== "wheel" || !f.value || !h.value)
              return;
            const se = ne.sourceEvent.ctrlKey && En() ? 10 : 1, Z = -ne.sourceEvent.deltaY * (ne.sourceEvent.deltaMode === 1 ? 0.05 : ne.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, U = l.value.zoom * 2 ** (Z * se);
            h.value.scaleTo(f.value, U);
          }, X = (ne) => {
            if (ne.sourceEvent.type !== "mousemove" || !f.value || !h.value)
              return;
            const se = J.value * Math.max(1, l.value.zoom) * (e.inversePan ? -1 : 1), Z = {
              x: l.value.x - ne.sourceEvent.movementX * se,
              y: l.value.y - ne.sourceEvent.movementY * se
            }, U = [
              [0, 0],
              [c.value.width, c.value.height]
            ], K = rr.translate(Z.x, Z.y).scale(l.value.zoom), fe = h.value.constrain()(K, U, u.value);
            h.value.transform(f.value, fe);
          }, Q = wy().wheelDelta((ne) => pi(ne) * (e.zoomStep / 10)).on("zoom", e.pannable ? X : () => {
          }).on("zoom.wheel", e.zoomable ? T : () => {
          });
          R.call(Q), M(() => {
            R.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function C(M) {
      const [R, T] = xt(M);
      t("click", { event: M, position: { x: R, y: T } });
    }
    function ie(M, R) {
      const T = { event: M, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeClick(T), t("nodeClick", T);
    }
    function g(M, R) {
      const T = { event: M, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeDoubleClick(T), t("nodeDblclick", T);
    }
    function I(M, R) {
      const T = { event: M, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeMouseEnter(T), t("nodeMouseenter", T);
    }
    function _(M, R) {
      const T = { event: M, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeMouseMove(T), t("nodeMousemove", T);
    }
    function A(M, R) {
      const T = { event: M, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeMouseLeave(T), t("nodeMouseleave", T);
    }
    return (M, R) => (P(), Ae(V(xi), {
      position: M.position,
      class: ze(["vue-flow__minimap", { pannable: M.pannable, zoomable: M.zoomable }])
    }, {
      default: Be(() => [
        (P(), B("svg", {
          ref_key: "el",
          ref: w,
          width: b.value,
          height: S.value,
          viewBox: [q.value.x, q.value.y, q.value.width, q.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${V(s)}`,
          onClick: C
        }, [
          M.ariaLabel ? (P(), B("title", {
            key: 0,
            id: `vue-flow__minimap-${V(s)}`
          }, te(M.ariaLabel), 9, ky)) : de("", !0),
          (P(!0), B(me, null, Te(V(p), (T) => (P(), Ae($y, {
            id: T.id,
            key: T.id,
            f: "",
            position: T.computedPosition,
            dimensions: T.dimensions,
            selected: T.selected,
            dragging: T.dragging,
            style: Ne(T.style),
            class: ze(O.value(T)),
            color: $.value(T),
            "border-radius": M.nodeBorderRadius,
            "stroke-color": y.value(T),
            "stroke-width": M.nodeStrokeWidth,
            "shape-rendering": V(z),
            type: T.type,
            hidden: T.hidden,
            onClick: (X) => ie(X, T),
            onDblclick: (X) => g(X, T),
            onMouseenter: (X) => I(X, T),
            onMousemove: (X) => _(X, T),
            onMouseleave: (X) => A(X, T)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          D("path", {
            class: "vue-flow__minimap-mask",
            d: G.value,
            fill: M.maskColor,
            stroke: M.maskStrokeColor,
            "stroke-width": M.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, Sy)
        ], 8, by))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Cy = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
var Qn = {
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
const My = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: s, ...a }, { slots: l }) => ke(
  "svg",
  {
    ...Qn,
    width: e || Qn.width,
    height: e || Qn.height,
    stroke: o || Qn.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${Cy(r ?? "icon")}`],
    ...a
  },
  [...i.map((u) => ke(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const pe = (e, t) => (n, { slots: o }) => ke(
  My,
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
const Iy = pe("AudioLinesIcon", [
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
const Ty = pe("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ay = pe("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const zy = pe("ChevronRightIcon", [
  ["path", { d: "m9 18 6-6-6-6", key: "mthhwq" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const gs = pe("CircleDotIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["circle", { cx: "12", cy: "12", r: "1", key: "41hilf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Dy = pe("ClapperboardIcon", [
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
const Py = pe("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ry = pe("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Oy = pe("CpuIcon", [
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
const By = pe("FilmIcon", [
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
const Vy = pe("HistoryIcon", [
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
const Hy = pe("ImageIcon", [
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
const Ly = pe("LayersIcon", [
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
const Fy = pe("Link2Icon", [
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
const Yy = pe("ListOrderedIcon", [
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
const Xy = pe("Maximize2Icon", [
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
const qy = pe("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Gy = pe("MicIcon", [
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
const Uy = pe("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Wy = pe("PaletteIcon", [
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
const Ky = pe("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Zy = pe("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Qy = pe("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Jy = pe("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const jy = pe("ScanEyeIcon", [
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
const e1 = pe("ScrollTextIcon", [
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
const t1 = pe("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const n1 = pe("SlidersHorizontalIcon", [
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
const o1 = pe("SparklesIcon", [
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
const i1 = pe("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const r1 = pe("StarIcon", [
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
const s1 = pe("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const a1 = pe("TimerIcon", [
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
const l1 = pe("Trash2Icon", [
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
const u1 = pe("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const c1 = pe("UploadIcon", [
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
const d1 = pe("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const f1 = pe("WorkflowIcon", [
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
const h1 = pe("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), Se = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: Dy,
      "user-round": d1,
      palette: Wy,
      timer: a1,
      image: Hy,
      "sticky-note": s1,
      mic: Gy,
      "sliders-horizontal": n1,
      cpu: Oy,
      workflow: f1,
      "list-ordered": Yy,
      "scroll-text": e1,
      "audio-lines": Iy,
      "scan-eye": jy,
      play: Zy,
      square: i1,
      trash: l1,
      copy: Ry,
      comment: qy,
      check: Ty,
      x: h1,
      left: Ay,
      right: zy,
      star: r1,
      sparkles: o1,
      search: t1,
      history: Vy,
      fit: Xy,
      plus: Qy,
      minus: Uy,
      undo: u1,
      redo: Jy,
      dot: gs,
      film: By,
      upload: c1,
      link: Fy,
      pause: Ky,
      clock: Py,
      layers: Ly
    }, n = e, o = ee(() => t[n.name] || gs);
    return (i, r) => (P(), Ae(Bi(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, g1 = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, m1 = ["data-kind", "data-sub", "aria-label", "onPointerdown"], v1 = { class: "mx-tip" }, p1 = {
  __name: "Palette",
  props: { groups: Array },
  emits: ["place"],
  setup(e, { emit: t }) {
    const n = t, o = ye(null), i = { intent: "#00e5ff", comp: "#ffc947", activity: "#64ffda", narration: "#9c88ff", visual_narration: "#9c88ff" };
    let r = null;
    function s(u, c, d) {
      u.button === 0 && (u.preventDefault(), r = { x: u.clientX, y: u.clientY, group: c, item: d, moved: !1 }, window.addEventListener("pointermove", a), window.addEventListener("pointerup", l, { once: !0 }));
    }
    function a(u) {
      r && (!r.moved && Math.hypot(u.clientX - r.x, u.clientY - r.y) < 4 || (r.moved = !0, o.value = { x: u.clientX, y: u.clientY, label: r.item.label, icon: r.item.icon, color: i[r.group.kind] }));
    }
    function l(u) {
      window.removeEventListener("pointermove", a);
      const c = r;
      r = null, o.value = null, c && n("place", { kind: c.group.kind, sub: c.item.sub, clientX: u.clientX, clientY: u.clientY, dragged: c.moved });
    }
    return (u, c) => (P(), B(me, null, [
      D("nav", g1, [
        c[0] || (c[0] = D("div", {
          class: "mx-mark",
          title: "multiplex"
        }, [
          D("span", null, "m"),
          D("i")
        ], -1)),
        (P(!0), B(me, null, Te(e.groups, (d) => (P(), B("div", {
          key: d.kind,
          class: "mx-pal-group",
          style: Ne({ "--accent": i[d.kind] })
        }, [
          (P(!0), B(me, null, Te(d.items, (f) => (P(), B("button", {
            key: f.sub,
            class: "mx-pal-item",
            "data-kind": d.kind,
            "data-sub": f.sub,
            "aria-label": f.label,
            onPointerdown: (h) => s(h, d, f)
          }, [
            ue(Se, {
              name: f.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"]),
            D("span", v1, te(f.label), 1)
          ], 40, m1))), 128))
        ], 4))), 128))
      ]),
      o.value ? (P(), B("div", {
        key: 0,
        class: "mx-ghost",
        style: Ne({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        ue(Se, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Ie(" " + te(o.value.label), 1)
      ], 4)) : de("", !0)
    ], 64));
  }
};
var Ti = "http://www.w3.org/1999/xhtml";
const ms = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ti,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function al(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ms.hasOwnProperty(t) ? { space: ms[t], local: e } : e;
}
function y1(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ti && t.documentElement.namespaceURI === Ti ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function w1(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ll(e) {
  var t = al(e);
  return (t.local ? w1 : y1)(t);
}
function _1() {
}
function ul(e) {
  return e == null ? _1 : function() {
    return this.querySelector(e);
  };
}
function x1(e) {
  typeof e != "function" && (e = ul(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new Ue(o, this._parents);
}
function $1(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function b1() {
  return [];
}
function k1(e) {
  return e == null ? b1 : function() {
    return this.querySelectorAll(e);
  };
}
function S1(e) {
  return function() {
    return $1(e.apply(this, arguments));
  };
}
function E1(e) {
  typeof e == "function" ? e = S1(e) : e = k1(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new Ue(o, i);
}
function N1(e) {
  return function() {
    return this.matches(e);
  };
}
function cl(e) {
  return function(t) {
    return t.matches(e);
  };
}
var C1 = Array.prototype.find;
function M1(e) {
  return function() {
    return C1.call(this.children, e);
  };
}
function I1() {
  return this.firstElementChild;
}
function T1(e) {
  return this.select(e == null ? I1 : M1(typeof e == "function" ? e : cl(e)));
}
var A1 = Array.prototype.filter;
function z1() {
  return Array.from(this.children);
}
function D1(e) {
  return function() {
    return A1.call(this.children, e);
  };
}
function P1(e) {
  return this.selectAll(e == null ? z1 : D1(typeof e == "function" ? e : cl(e)));
}
function R1(e) {
  typeof e != "function" && (e = N1(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new Ue(o, this._parents);
}
function dl(e) {
  return new Array(e.length);
}
function O1() {
  return new Ue(this._enter || this._groups.map(dl), this._parents);
}
function Co(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Co.prototype = {
  constructor: Co,
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
function B1(e) {
  return function() {
    return e;
  };
}
function V1(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Co(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function H1(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new Co(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function L1(e) {
  return e.__data__;
}
function F1(e, t) {
  if (!arguments.length) return Array.from(this, L1);
  var n = t ? H1 : V1, o = this._parents, i = this._groups;
  typeof e != "function" && (e = B1(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = Y1(e.call(c, c && c.__data__, u, o)), p = h.length, w = a[u] = new Array(p), b = s[u] = new Array(p), S = l[u] = new Array(f);
    n(c, d, w, b, S, h, t);
    for (var z = 0, $ = 0, y, O; z < p; ++z)
      if (y = w[z]) {
        for (z >= $ && ($ = z + 1); !(O = b[$]) && ++$ < p; ) ;
        y._next = O || null;
      }
  }
  return s = new Ue(s, o), s._enter = a, s._exit = l, s;
}
function Y1(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function X1() {
  return new Ue(this._exit || this._groups.map(dl), this._parents);
}
function q1(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function G1(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), h, p = 0; p < d; ++p)
      (h = u[p] || c[p]) && (f[p] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new Ue(a, this._parents);
}
function U1() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function W1(e) {
  e || (e = K1);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Ue(i, this._parents).order();
}
function K1(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Z1() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Q1() {
  return Array.from(this);
}
function J1() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function j1() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function e0() {
  return !this.node();
}
function t0(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function n0(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function o0(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function i0(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function r0(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function s0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function a0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function l0(e, t) {
  var n = al(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? o0 : n0 : typeof t == "function" ? n.local ? a0 : s0 : n.local ? r0 : i0)(n, t));
}
function fl(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function u0(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function c0(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function d0(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function f0(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? u0 : typeof t == "function" ? d0 : c0)(e, t, n ?? "")) : h0(this.node(), e);
}
function h0(e, t) {
  return e.style.getPropertyValue(t) || fl(e).getComputedStyle(e, null).getPropertyValue(t);
}
function g0(e) {
  return function() {
    delete this[e];
  };
}
function m0(e, t) {
  return function() {
    this[e] = t;
  };
}
function v0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function p0(e, t) {
  return arguments.length > 1 ? this.each((t == null ? g0 : typeof t == "function" ? v0 : m0)(e, t)) : this.node()[e];
}
function hl(e) {
  return e.trim().split(/^|\s+/);
}
function sr(e) {
  return e.classList || new gl(e);
}
function gl(e) {
  this._node = e, this._names = hl(e.getAttribute("class") || "");
}
gl.prototype = {
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
function ml(e, t) {
  for (var n = sr(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function vl(e, t) {
  for (var n = sr(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function y0(e) {
  return function() {
    ml(this, e);
  };
}
function w0(e) {
  return function() {
    vl(this, e);
  };
}
function _0(e, t) {
  return function() {
    (t.apply(this, arguments) ? ml : vl)(this, e);
  };
}
function x0(e, t) {
  var n = hl(e + "");
  if (arguments.length < 2) {
    for (var o = sr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? _0 : t ? y0 : w0)(n, t));
}
function $0() {
  this.textContent = "";
}
function b0(e) {
  return function() {
    this.textContent = e;
  };
}
function k0(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function S0(e) {
  return arguments.length ? this.each(e == null ? $0 : (typeof e == "function" ? k0 : b0)(e)) : this.node().textContent;
}
function E0() {
  this.innerHTML = "";
}
function N0(e) {
  return function() {
    this.innerHTML = e;
  };
}
function C0(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function M0(e) {
  return arguments.length ? this.each(e == null ? E0 : (typeof e == "function" ? C0 : N0)(e)) : this.node().innerHTML;
}
function I0() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function T0() {
  return this.each(I0);
}
function A0() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function z0() {
  return this.each(A0);
}
function D0(e) {
  var t = typeof e == "function" ? e : ll(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function P0() {
  return null;
}
function R0(e, t) {
  var n = typeof e == "function" ? e : ll(e), o = t == null ? P0 : typeof t == "function" ? t : ul(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function O0() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function B0() {
  return this.each(O0);
}
function V0() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function H0() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function L0(e) {
  return this.select(e ? H0 : V0);
}
function F0(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Y0(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function X0(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function q0(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function G0(e, t, n) {
  return function() {
    var o = this.__on, i, r = Y0(t);
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
function U0(e, t, n) {
  var o = X0(e + ""), i, r = o.length, s;
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
  for (a = t ? G0 : q0, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function pl(e, t, n) {
  var o = fl(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function W0(e, t) {
  return function() {
    return pl(this, e, t);
  };
}
function K0(e, t) {
  return function() {
    return pl(this, e, t.apply(this, arguments));
  };
}
function Z0(e, t) {
  return this.each((typeof t == "function" ? K0 : W0)(e, t));
}
function* Q0() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var J0 = [null];
function Ue(e, t) {
  this._groups = e, this._parents = t;
}
function j0() {
  return this;
}
Ue.prototype = {
  constructor: Ue,
  select: x1,
  selectAll: E1,
  selectChild: T1,
  selectChildren: P1,
  filter: R1,
  data: F1,
  enter: O1,
  exit: X1,
  join: q1,
  merge: G1,
  selection: j0,
  order: U1,
  sort: W1,
  call: Z1,
  nodes: Q1,
  node: J1,
  size: j1,
  empty: e0,
  each: t0,
  attr: l0,
  style: f0,
  property: p0,
  classed: x0,
  text: S0,
  html: M0,
  raise: T0,
  lower: z0,
  append: D0,
  insert: R0,
  remove: B0,
  clone: L0,
  datum: F0,
  on: U0,
  dispatch: Z0,
  [Symbol.iterator]: Q0
};
function Tn(e) {
  return typeof e == "string" ? new Ue([[document.querySelector(e)]], [document.documentElement]) : new Ue([[e]], J0);
}
function ew(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function vs(e, t) {
  if (e = ew(e), t === void 0 && (t = e.currentTarget), t) {
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
var tw = { value: () => {
} };
function yl() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new uo(n);
}
function uo(e) {
  this._ = e;
}
function nw(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
uo.prototype = yl.prototype = {
  constructor: uo,
  on: function(e, t) {
    var n = this._, o = nw(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = ow(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = ps(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = ps(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new uo(e);
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
function ow(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ps(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = tw, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const iw = { passive: !1 }, An = { capture: !0, passive: !1 };
function ii(e) {
  e.stopImmediatePropagation();
}
function Ut(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function rw(e) {
  var t = e.document.documentElement, n = Tn(e).on("dragstart.drag", Ut, An);
  "onselectstart" in t ? n.on("selectstart.drag", Ut, An) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function sw(e, t) {
  var n = e.document.documentElement, o = Tn(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ut, An), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Jn = (e) => () => e;
function Ai(e, {
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
Ai.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function aw(e) {
  return !e.ctrlKey && !e.button;
}
function lw() {
  return this.parentNode;
}
function uw(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function cw() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function dw() {
  var e = aw, t = lw, n = uw, o = cw, i = {}, r = yl("start", "drag", "end"), s = 0, a, l, u, c, d = 0;
  function f(y) {
    y.on("mousedown.drag", h).filter(o).on("touchstart.drag", b).on("touchmove.drag", S, iw).on("touchend.drag touchcancel.drag", z).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(y, O) {
    if (!(c || !e.call(this, y, O))) {
      var Y = $(this, t.call(this, y, O), y, O, "mouse");
      Y && (Tn(y.view).on("mousemove.drag", p, An).on("mouseup.drag", w, An), rw(y.view), ii(y), u = !1, a = y.clientX, l = y.clientY, Y("start", y));
    }
  }
  function p(y) {
    if (Ut(y), !u) {
      var O = y.clientX - a, Y = y.clientY - l;
      u = O * O + Y * Y > d;
    }
    i.mouse("drag", y);
  }
  function w(y) {
    Tn(y.view).on("mousemove.drag mouseup.drag", null), sw(y.view, u), Ut(y), i.mouse("end", y);
  }
  function b(y, O) {
    if (e.call(this, y, O)) {
      var Y = y.changedTouches, H = t.call(this, y, O), L = Y.length, J, q;
      for (J = 0; J < L; ++J)
        (q = $(this, H, y, O, Y[J].identifier, Y[J])) && (ii(y), q("start", y, Y[J]));
    }
  }
  function S(y) {
    var O = y.changedTouches, Y = O.length, H, L;
    for (H = 0; H < Y; ++H)
      (L = i[O[H].identifier]) && (Ut(y), L("drag", y, O[H]));
  }
  function z(y) {
    var O = y.changedTouches, Y = O.length, H, L;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), H = 0; H < Y; ++H)
      (L = i[O[H].identifier]) && (ii(y), L("end", y, O[H]));
  }
  function $(y, O, Y, H, L, J) {
    var q = r.copy(), G = vs(J || Y, O), C, ie, g;
    if ((g = n.call(y, new Ai("beforestart", {
      sourceEvent: Y,
      target: f,
      identifier: L,
      active: s,
      x: G[0],
      y: G[1],
      dx: 0,
      dy: 0,
      dispatch: q
    }), H)) != null)
      return C = g.x - G[0] || 0, ie = g.y - G[1] || 0, function I(_, A, M) {
        var R = G, T;
        switch (_) {
          case "start":
            i[L] = I, T = s++;
            break;
          case "end":
            delete i[L], --s;
          case "drag":
            G = vs(M || A, O), T = s;
            break;
        }
        q.call(
          _,
          y,
          new Ai(_, {
            sourceEvent: A,
            subject: g,
            target: f,
            identifier: L,
            active: T,
            x: G[0] + C,
            y: G[1] + ie,
            dx: G[0] - R[0],
            dy: G[1] - R[1],
            dispatch: q
          }),
          H
        );
      };
  }
  return f.filter = function(y) {
    return arguments.length ? (e = typeof y == "function" ? y : Jn(!!y), f) : e;
  }, f.container = function(y) {
    return arguments.length ? (t = typeof y == "function" ? y : Jn(y), f) : t;
  }, f.subject = function(y) {
    return arguments.length ? (n = typeof y == "function" ? y : Jn(y), f) : n;
  }, f.touchable = function(y) {
    return arguments.length ? (o = typeof y == "function" ? y : Jn(!!y), f) : o;
  }, f.on = function() {
    var y = r.on.apply(r, arguments);
    return y === r ? f : y;
  }, f.clickDistance = function(y) {
    return arguments.length ? (d = (y = +y) * y, f) : Math.sqrt(d);
  }, f;
}
var Ht = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Ht || {});
function fw({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const s = e - t, a = n - o, l = [s > 0 ? 1 : s < 0 ? -1 : 0, a > 0 ? 1 : a < 0 ? -1 : 0];
  return s && i && (l[0] = l[0] * -1), a && r && (l[1] = l[1] * -1), l;
}
const hw = {
  [Ht.Line]: "right",
  [Ht.Handle]: "bottom-right"
}, gw = {
  [Ht.Line]: "borderColor",
  [Ht.Handle]: "backgroundColor"
}, mw = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, ys = /* @__PURE__ */ Ce({
  ...mw,
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
    }, { findNode: r, emits: s, viewport: a, noDragClassName: l } = Me(), u = ba(), c = ye();
    let d = i, f = o;
    const h = Ee(() => n.position ?? hw[n.variant]), p = ee(() => h.value.split("-")), w = Ee(() => n.color ? { [gw[n.variant]]: n.color } : {});
    return Cs((b) => {
      if (!c.value || !n.nodeId)
        return;
      const S = Tn(c.value), z = h.value.includes("right") || h.value.includes("left"), $ = h.value.includes("bottom") || h.value.includes("top"), y = h.value.includes("left"), O = h.value.includes("top"), Y = dw().on("start", (H) => {
        const L = r(n.nodeId), { xSnapped: J, ySnapped: q } = u(H);
        f = {
          width: (L == null ? void 0 : L.dimensions.width) ?? 0,
          height: (L == null ? void 0 : L.dimensions.height) ?? 0,
          x: (L == null ? void 0 : L.position.x) ?? 0,
          y: (L == null ? void 0 : L.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: J,
          pointerY: q,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: H, params: f });
      }).on("drag", (H) => {
        var L;
        const { xSnapped: J, ySnapped: q } = u(H), G = r(n.nodeId);
        if (G) {
          const C = [], {
            pointerX: ie,
            pointerY: g,
            width: I,
            height: _,
            x: A,
            y: M,
            aspectRatio: R
          } = d, { x: T, y: X, width: Q, height: ne } = f, se = Math.floor(z ? J - ie : 0), Z = Math.floor($ ? q - g : 0);
          let U = mt(I + (y ? -se : se), n.minWidth, n.maxWidth), K = mt(_ + (O ? -Z : Z), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const le = U / K;
            let k = R;
            typeof n.keepAspectRatio == "number" && le !== n.keepAspectRatio && (k = n.keepAspectRatio);
            const x = z && $, E = z && !$, m = $ && !z;
            U = le <= k && x || m ? K * k : U, K = le > k && x || E ? U / k : K, U >= n.maxWidth ? (U = n.maxWidth, K = n.maxWidth / k) : U <= n.minWidth && (U = n.minWidth, K = n.minWidth / k), K >= n.maxHeight ? (K = n.maxHeight, U = n.maxHeight * k) : K <= n.minHeight && (K = n.minHeight, U = n.minHeight * k);
          }
          const fe = U !== Q, ve = K !== ne;
          if (y || O) {
            const le = y ? A - (U - I) : A, k = O ? M - (K - _) : M, x = le !== T && fe, E = k !== X && ve;
            if (x || E) {
              const m = {
                id: G.id,
                type: "position",
                from: G.position,
                position: {
                  x: x ? le : T,
                  y: E ? k : X
                }
              };
              C.push(m), f.x = m.position.x, f.y = m.position.y;
            }
          }
          if (n.nodeId && (fe || ve)) {
            const le = {
              id: n.nodeId,
              type: "dimensions",
              updateStyle: !0,
              resizing: !0,
              dimensions: {
                width: U,
                height: K
              }
            };
            C.push(le), f.width = U, f.height = K;
          }
          if (C.length === 0)
            return;
          const ge = fw({
            width: f.width,
            prevWidth: Q,
            height: f.height,
            prevHeight: ne,
            invertX: y,
            invertY: O
          }), we = { ...f, direction: ge };
          if (((L = n.shouldResize) == null ? void 0 : L.call(n, H, we)) === !1)
            return;
          t("resize", { event: H, params: we }), s.nodesChange(C);
        }
      }).on("end", (H) => {
        if (n.nodeId) {
          const L = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: H, params: f }), s.nodesChange([L]);
        }
      });
      S.call(Y), b(() => {
        S.on(".drag", null);
      });
    }), (b, S) => (P(), B("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: ze(["vue-flow__resize-control", [...p.value, b.variant, V(l)]]),
      style: Ne({
        ...w.value,
        scale: b.variant === V(Ht).Handle ? `${Math.max(1 / V(a).zoom, 1)}` : void 0
      })
    }, [
      Le(b.$slots, "default")
    ], 6));
  }
}), vw = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, pw = /* @__PURE__ */ Ce({
  ...vw,
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
    const n = e, { findNode: o, emits: i } = Me(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], s = ["top", "right", "bottom", "left"], a = pt(Zi, null), l = Ee(() => typeof n.nodeId == "string" ? n.nodeId : a), u = ee(() => o(l.value));
    return be(
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
      ([c, d, f, h, p]) => {
        const w = u.value;
        if (w && p) {
          const b = {
            id: w.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: w.dimensions.width,
              height: w.dimensions.height
            }
          };
          c && w.dimensions.width < c && (b.dimensions.width = c), d && w.dimensions.height < d && (b.dimensions.height = d), f && w.dimensions.width > f && (b.dimensions.width = f), h && w.dimensions.height > h && (b.dimensions.height = h), (b.dimensions.width !== w.dimensions.width || b.dimensions.height !== w.dimensions.height) && i.nodesChange([b]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (P(), B(me, { key: 0 }, [
      (P(), B(me, null, Te(s, (f) => ue(ys, {
        key: f,
        class: ze(c.lineClassName),
        style: Ne(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: V(Ht).Line,
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
      (P(), B(me, null, Te(r, (f) => ue(ys, {
        key: f,
        class: ze(c.handleClassName),
        style: Ne(c.handleStyle),
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
    ], 64)) : de("", !0);
  }
}), wl = Symbol("multiplex-store");
function yw(e) {
  const t = Pi({
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
    lod: !1
    // zoomed far out: blocks draw as light cards
  }), n = ee(() => new Map(t.sequence.map((r, s) => [r, s + 1])));
  let o = 0;
  return { state: t, send: (r, s = {}) => (o += 1, e("command", { op: r, req: o, ...s }), o), seqIndex: n };
}
function tn() {
  return pt(wl);
}
const zi = {
  idle: "#3a3a3e",
  queued: "#ffc947",
  claimed: "#ffc947",
  rendering: "#00e5ff",
  done: "#64ffda",
  failed: "#ff5722",
  cancelled: "#6b7280"
}, ws = {
  intent: "#00e5ff",
  comp: "#ffc947",
  gen_art: "#64ffda",
  activity: "#64ffda",
  narration: "#9c88ff",
  visual_narration: "#9c88ff"
};
function _s(e) {
  return e ? e >= 1024 ? `${(e / 1024).toFixed(1)}G` : `${Math.round(e)}M` : "—";
}
function ar(e) {
  if (!e) return "";
  const t = Number(String(e).split(/[.:-]/)[0]), n = Number.isFinite(t) && t > 1e11 ? new Date(t) : new Date(e);
  return Number.isNaN(n.getTime()) ? String(e).slice(0, 8) : n.toTimeString().slice(0, 8);
}
const ww = ["data-id", "data-kind", "data-sub"], _w = { class: "mx-lod-kind" }, xw = { class: "mx-lod-title" }, $w = ["data-id", "data-kind", "data-sub"], bw = {
  key: 4,
  class: "mx-others"
}, kw = { class: "mx-head" }, Sw = { class: "mx-kind" }, Ew = { class: "mx-tools nodrag" }, Nw = { class: "mx-body" }, Cw = { class: "mx-thread-title" }, Mw = { class: "mx-comment-meta" }, Iw = ["onClick"], Tw = { class: "mx-comment-text" }, Aw = {
  key: 0,
  class: "mx-empty"
}, zw = ["onKeydown"], nn = {
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
    const t = e, { state: n, send: o } = tn(), i = ee(() => n.comments.filter((h) => h.block === t.data.id)), r = ee(() => i.value.filter((h) => !h.resolved).length), s = ee(() => n.openComments === t.data.id), a = ee(() => n.users.filter((h) => h.id !== n.me.id && h.selection.includes(t.data.id))), l = ye(""), u = ye(null);
    function c() {
      n.openComments = s.value ? null : t.data.id, n.openComments && He(() => u.value && u.value.focus());
    }
    function d() {
      const h = l.value.trim();
      h && (o("comment", { id: t.data.id, text: h }), l.value = "");
    }
    function f(h) {
      const p = h.params || {};
      o("move", { moves: [{ id: t.data.id, x: p.x, y: p.y, w: p.width, h: p.height }] });
    }
    return (h, p) => V(n).lod ? (P(), B("div", {
      key: 0,
      class: ze(["mx-block mx-lod", `mx-${e.data.kind}`, { "is-selected": e.selected }]),
      style: Ne({ "--edge": e.edge }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.target ? (P(), Ae(V(Ge), {
        key: 0,
        id: "in",
        type: "target",
        position: V(re).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : de("", !0),
      e.source ? (P(), Ae(V(Ge), {
        key: 1,
        type: "source",
        position: V(re).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : de("", !0),
      e.data.kind === "intent" ? (P(), B(me, { key: 2 }, [
        ue(V(Ge), {
          id: "seq-in",
          type: "target",
          position: V(re).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        ue(V(Ge), {
          id: "seq-out",
          type: "source",
          position: V(re).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : de("", !0),
      D("div", _w, te(e.kindLabel), 1),
      D("div", xw, te(e.data.title || e.data.sub), 1)
    ], 14, ww)) : (P(), B("div", {
      key: 1,
      class: ze(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected }]),
      style: Ne({ "--edge": e.edge, "--other": a.value[0] ? a.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (P(), Ae(V(pw), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: "#00e5ff",
        onResizeEnd: f
      }, null, 8, ["min-width", "min-height"])) : de("", !0),
      e.target ? (P(), Ae(V(Ge), {
        key: 1,
        id: "in",
        type: "target",
        position: V(re).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : de("", !0),
      e.source ? (P(), Ae(V(Ge), {
        key: 2,
        type: "source",
        position: V(re).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : de("", !0),
      e.data.kind === "intent" ? (P(), B(me, { key: 3 }, [
        ue(V(Ge), {
          id: "seq-in",
          type: "target",
          position: V(re).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        ue(V(Ge), {
          id: "seq-out",
          type: "source",
          position: V(re).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : de("", !0),
      a.value.length ? (P(), B("div", bw, [
        (P(!0), B(me, null, Te(a.value, (w) => (P(), B("span", {
          key: w.id,
          class: "mx-other-tag",
          style: Ne({ background: w.color })
        }, te(w.name), 5))), 128))
      ])) : de("", !0),
      D("header", kw, [
        ue(Se, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        D("span", Sw, te(e.kindLabel), 1),
        p[6] || (p[6] = D("span", { class: "mx-spacer" }, null, -1)),
        Le(h.$slots, "head"),
        r.value ? (P(), B("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: $e(c, ["stop"]),
          title: "Comments"
        }, [
          ue(Se, {
            name: "comment",
            size: 11
          }),
          Ie(te(r.value), 1)
        ])) : de("", !0),
        D("div", Ew, [
          D("button", {
            title: "Comment",
            onClick: $e(c, ["stop"])
          }, [
            ue(Se, {
              name: "comment",
              size: 13
            })
          ]),
          D("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: p[0] || (p[0] = $e((w) => V(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            ue(Se, {
              name: "copy",
              size: 13
            })
          ]),
          D("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: p[1] || (p[1] = $e((w) => V(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            ue(Se, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      D("div", Nw, [
        Le(h.$slots, "default")
      ]),
      Le(h.$slots, "foot"),
      s.value ? (P(), B("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: p[4] || (p[4] = $e(() => {
        }, ["stop"])),
        onKeydown: p[5] || (p[5] = $e(() => {
        }, ["stop"]))
      }, [
        D("div", Cw, [
          p[7] || (p[7] = Ie("Comments ")),
          D("button", {
            class: "mx-x",
            onClick: p[2] || (p[2] = (w) => V(n).openComments = null)
          }, [
            ue(Se, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (P(!0), B(me, null, Te(i.value, (w) => (P(), B("div", {
          key: w.id,
          class: ze(["mx-comment", { resolved: w.resolved }])
        }, [
          D("div", Mw, [
            D("b", null, te(w.author), 1),
            D("span", null, te(V(ar)(w.created)), 1),
            D("button", {
              class: "mx-resolve",
              onClick: (b) => V(o)("resolve", { id: w.id, resolved: !w.resolved })
            }, te(w.resolved ? "reopen" : "resolve"), 9, Iw)
          ]),
          D("div", Tw, te(w.text), 1)
        ], 2))), 128)),
        i.value.length ? de("", !0) : (P(), B("div", Aw, "No comments yet.")),
        vn(D("textarea", {
          ref_key: "input",
          ref: u,
          "onUpdate:modelValue": p[3] || (p[3] = (w) => l.value = w),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: ut($e(d, ["exact", "prevent"]), ["enter"])
        }, null, 40, zw), [
          [pn, l.value]
        ])
      ], 32)) : de("", !0)
    ], 14, $w));
  }
}, Dw = ["value", "rows", "placeholder", "data-field"], Pw = ["value", "placeholder", "data-field"], xs = 450, Di = {
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
    const t = e, { send: n } = tn(), o = ye(null), i = ye(t.value || "");
    let r = t.value || "", s = null, a = 0, l = null;
    function u() {
      s = null, i.value !== r && (t.merge ? n("text", { id: t.blockId, field: t.field, base: r, value: i.value }) : n("update", { id: t.blockId, fields: { [t.field]: i.value } }), r = i.value);
    }
    function c(h) {
      i.value = h.target.value, a = Date.now(), s && clearTimeout(s), s = setTimeout(u, 160);
    }
    function d(h) {
      const p = o.value, w = p && document.activeElement === p;
      if (w && (s || Date.now() - a < xs)) {
        l = h, setTimeout(() => {
          if (l !== null) {
            const S = l;
            l = null, d(S);
          }
        }, xs);
        return;
      }
      if (l = null, h === i.value) {
        r = h;
        return;
      }
      let b = w ? p.selectionStart : null;
      if (b !== null) {
        let S = 0;
        const z = i.value;
        for (; S < z.length && S < h.length && z[S] === h[S]; ) S++;
        S < b && (b += h.length - z.length);
      }
      i.value = h, r = h, b !== null && requestAnimationFrame(() => {
        try {
          p.setSelectionRange(b, b);
        } catch {
        }
      });
    }
    function f() {
      s && (clearTimeout(s), u());
    }
    return be(() => t.value, (h) => d(h || "")), Mo(() => {
      s && (clearTimeout(s), u());
    }), (h, p) => e.multiline ? (P(), B("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: ze(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onBlur: f,
      onKeydown: p[0] || (p[0] = $e(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, Dw)) : (P(), B("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: ze(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onKeydown: [
        p[1] || (p[1] = $e(() => {
        }, ["stop"])),
        p[2] || (p[2] = ut((w) => w.target.blur(), ["enter"]))
      ],
      onBlur: f,
      "data-field": e.field
    }, null, 42, Pw));
  }
}, Rw = {
  class: "mx-seq nodrag",
  title: "Sequence: move earlier / later"
}, Ow = ["title", "data-state"], Bw = {
  key: 0,
  class: "mx-progress"
}, Vw = { class: "mx-intent-main" }, Hw = { class: "mx-intent-text" }, Lw = {
  key: 0,
  class: "mx-thumb"
}, Fw = ["src"], Yw = ["src"], Xw = { class: "mx-foot nodrag" }, qw = { class: "mx-subs" }, Gw = ["title", "onClick"], Uw = {
  class: "mx-dur",
  title: "Duration in seconds"
}, Ww = ["value"], Kw = {
  key: 0,
  class: "mx-reason",
  "data-role": "reason"
}, Zw = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o, seqIndex: i } = tn(), r = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, s = ee(() => t.data.status || { state: "idle", label: "idle" }), a = ee(() => zi[s.value.state] || zi.idle), l = ee(() => {
      const h = i.value.get(t.id);
      return h ? String(h).padStart(2, "0") : "—";
    }), u = ee(() => {
      const h = t.data.takes || [], p = t.data.chosen || {};
      return h.find((w) => w.id === p.clip) || h.find((w) => w.id === p.still) || null;
    }), c = ee(() => ["queued", "claimed", "rendering"].includes(s.value.state));
    function d(h) {
      const p = n.sequence.indexOf(t.id);
      p < 0 || o("reorder", { id: t.id, index: Math.max(0, p + h) });
    }
    function f(h) {
      const p = parseFloat(h.target.value);
      Number.isFinite(p) && o("update", { id: t.id, fields: { duration_s: p } });
    }
    return (h, p) => (P(), Ae(nn, {
      data: e.data,
      selected: e.selected,
      icon: r[e.data.sub],
      "kind-label": e.data.sub,
      edge: a.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      head: Be(() => [
        D("span", Rw, [
          D("button", {
            onClick: p[0] || (p[0] = $e((w) => d(-1), ["stop"]))
          }, [
            ue(Se, {
              name: "left",
              size: 11
            })
          ]),
          D("b", null, te(l.value), 1),
          D("button", {
            onClick: p[1] || (p[1] = $e((w) => d(1), ["stop"]))
          }, [
            ue(Se, {
              name: "right",
              size: 11
            })
          ])
        ]),
        D("span", {
          class: "mx-status",
          style: Ne({ color: a.value }),
          title: s.value.reason || s.value.msg || "",
          "data-role": "status",
          "data-state": s.value.state
        }, [
          D("i", {
            class: "mx-dot",
            style: Ne({ background: a.value })
          }, null, 4),
          Ie(te(s.value.label), 1),
          s.value.peer ? (P(), B(me, { key: 0 }, [
            Ie(" · " + te(s.value.peer), 1)
          ], 64)) : de("", !0),
          s.value.state === "rendering" ? (P(), B(me, { key: 1 }, [
            Ie(te(Math.round((s.value.fraction || 0) * 100)) + "%", 1)
          ], 64)) : de("", !0)
        ], 12, Ow)
      ]),
      foot: Be(() => [
        D("footer", Xw, [
          D("div", qw, [
            (P(), B(me, null, Te(r, (w, b) => D("button", {
              key: b,
              class: ze({ on: e.data.sub === b }),
              title: b,
              onClick: $e((S) => V(o)("update", { id: e.id, fields: { sub: b } }), ["stop"])
            }, [
              ue(Se, {
                name: w,
                size: 12
              }, null, 8, ["name"])
            ], 10, Gw)), 64))
          ]),
          D("label", Uw, [
            D("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: f,
              onKeydown: p[2] || (p[2] = $e(() => {
              }, ["stop"]))
            }, null, 40, Ww),
            p[5] || (p[5] = Ie("s "))
          ]),
          p[8] || (p[8] = D("span", { class: "mx-grow" }, null, -1)),
          c.value ? (P(), B("button", {
            key: 0,
            class: "mx-act ghost",
            title: "Cancel render",
            onClick: p[3] || (p[3] = $e((w) => V(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            ue(Se, {
              name: "square",
              size: 10
            }),
            p[6] || (p[6] = Ie("Cancel"))
          ])) : (P(), B("button", {
            key: 1,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: p[4] || (p[4] = $e((w) => V(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            ue(Se, {
              name: "play",
              size: 11
            }),
            p[7] || (p[7] = Ie("Render"))
          ]))
        ]),
        s.value.state === "failed" ? (P(), B("div", Kw, te(s.value.reason), 1)) : de("", !0)
      ]),
      default: Be(() => [
        s.value.fraction !== void 0 && s.value.state !== "idle" ? (P(), B("div", Bw, [
          D("div", {
            style: Ne({ width: `${Math.round((s.value.fraction || 0) * 100)}%`, background: a.value })
          }, null, 4)
        ])) : de("", !0),
        D("div", Vw, [
          D("div", Hw, [
            ue(Di, {
              "block-id": e.id,
              field: "title",
              value: e.data.title,
              cls: "mx-title",
              placeholder: "Name this moment",
              merge: !1,
              multiline: "",
              rows: 2
            }, null, 8, ["block-id", "value"]),
            ue(Di, {
              "block-id": e.id,
              field: "description",
              value: e.data.description,
              multiline: "",
              cls: "mx-desc",
              placeholder: "What happens, how it looks, how it feels…",
              rows: 3
            }, null, 8, ["block-id", "value"])
          ]),
          u.value ? (P(), B("div", Lw, [
            (u.value.mime || "").startsWith("video") ? (P(), B("video", {
              key: 0,
              src: u.value.url,
              muted: "",
              loop: "",
              autoplay: "",
              playsinline: ""
            }, null, 8, Fw)) : (P(), B("img", {
              key: 1,
              src: u.value.url,
              alt: ""
            }, null, 8, Yw))
          ])) : de("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
};
async function _l(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
  const s = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: r, name: t.name || "" }), a = await fetch(`/canvas/api/upload?${s}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!a.ok) throw new Error(await a.text() || `upload failed (${a.status})`);
  return a.json();
}
const Qw = ["src"], Jw = ["src"], jw = {
  key: 2,
  class: "mx-drop-hint"
}, e_ = {
  key: 2,
  class: "mx-voice nodrag"
}, t_ = ["src"], n_ = { class: "k" }, o_ = ["value", "onChange"], i_ = ["onClick"], r_ = { class: "mx-kv add" }, s_ = { id: "mx-directive-keys" }, a_ = ["value"], l_ = {
  key: 4,
  class: "mx-reason"
}, u_ = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = tn(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, s = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], a = ee(() => Object.entries(t.data.params || {})), l = ye(""), u = ye(""), c = ye(!1), d = ye(null), f = ye("");
    function h($, y) {
      const O = { ...t.data.params || {} };
      y === null ? delete O[$] : O[$] = y, o("update", { id: t.id, fields: { params: O } });
    }
    function p() {
      l.value.trim() && (h(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function w($) {
      c.value = !1;
      const y = $.dataTransfer && $.dataTransfer.files && $.dataTransfer.files[0];
      y && ($.preventDefault(), $.stopPropagation(), await b(y));
    }
    async function b($) {
      f.value = "";
      try {
        await _l(n.token, $, { block: t.id });
      } catch (y) {
        f.value = String(y.message || y);
      }
    }
    function S($) {
      const y = $.target.files[0];
      y && b(y);
    }
    async function z() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const $ = await navigator.mediaDevices.getUserMedia({ audio: !0 }), y = new MediaRecorder($), O = [];
        y.ondataavailable = (Y) => O.push(Y.data), y.onstop = () => {
          $.getTracks().forEach((Y) => Y.stop()), d.value = null, b(new Blob(O, { type: y.mimeType || "audio/webm" }));
        }, y.start(), d.value = y;
      } catch ($) {
        f.value = "microphone unavailable: " + ($.message || $);
      }
    }
    return ($, y) => (P(), Ae(nn, {
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
      default: Be(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (P(), B("div", {
          key: 0,
          class: ze(["mx-drop nodrag", { over: c.value }]),
          onDragover: y[0] || (y[0] = $e((O) => c.value = !0, ["prevent", "stop"])),
          onDragleave: y[1] || (y[1] = (O) => c.value = !1),
          onDrop: w
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (P(), B("video", {
            key: 0,
            src: e.data.url,
            muted: "",
            loop: "",
            autoplay: "",
            playsinline: ""
          }, null, 8, Qw)) : e.data.url ? (P(), B("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Jw)) : (P(), B("label", jw, [
            ue(Se, {
              name: "upload",
              size: 18
            }),
            y[5] || (y[5] = D("span", null, [
              Ie("Drop an image or "),
              D("u", null, "choose")
            ], -1)),
            D("input", {
              type: "file",
              accept: "image/*,video/*",
              hidden: "",
              onChange: S
            }, null, 32)
          ]))
        ], 34)) : e.data.sub === "note" ? (P(), Ae(Di, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (P(), B("div", e_, [
          D("button", {
            class: ze(["mx-rec", { live: d.value }]),
            onClick: $e(z, ["stop"])
          }, [
            ue(Se, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Ie(te(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (P(), B("audio", {
            key: 0,
            src: e.data.url,
            controls: "",
            preload: "none"
          }, null, 8, t_)) : de("", !0)
        ])) : e.data.sub === "directive" ? (P(), B("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: y[4] || (y[4] = $e(() => {
          }, ["stop"]))
        }, [
          (P(!0), B(me, null, Te(a.value, ([O, Y]) => (P(), B("div", {
            key: O,
            class: "mx-kv"
          }, [
            D("span", n_, te(O), 1),
            D("input", {
              class: "v",
              value: Y,
              onChange: (H) => h(O, H.target.value)
            }, null, 40, o_),
            D("button", {
              onClick: $e((H) => h(O, null), ["stop"])
            }, [
              ue(Se, {
                name: "x",
                size: 11
              })
            ], 8, i_)
          ]))), 128)),
          D("div", r_, [
            vn(D("input", {
              class: "k",
              "onUpdate:modelValue": y[2] || (y[2] = (O) => l.value = O),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: ut(p, ["enter"])
            }, null, 544), [
              [pn, l.value]
            ]),
            vn(D("input", {
              class: "v",
              "onUpdate:modelValue": y[3] || (y[3] = (O) => u.value = O),
              placeholder: "value",
              onKeydown: ut(p, ["enter"])
            }, null, 544), [
              [pn, u.value]
            ]),
            D("button", {
              onClick: $e(p, ["stop"])
            }, [
              ue(Se, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          D("datalist", s_, [
            (P(), B(me, null, Te(s, (O) => D("option", {
              key: O,
              value: O
            }, null, 8, a_)), 64))
          ])
        ], 32)) : de("", !0),
        f.value ? (P(), B("div", l_, te(f.value), 1)) : de("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, c_ = { class: "mx-media-box" }, d_ = ["src"], f_ = ["src"], h_ = {
  key: 2,
  class: "mx-empty"
}, g_ = {
  key: 3,
  class: "mx-chosen",
  title: "The chosen take"
}, m_ = { class: "mx-foot nodrag" }, v_ = {
  key: 0,
  class: "mx-takes"
}, p_ = ["title"], y_ = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = tn(), o = ee(() => t.data.takes || [t.id]), i = ee(() => Math.max(0, o.value.indexOf(t.id))), r = ee(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function s(a) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + a + l) % l] });
    }
    return (a, l) => (P(), Ae(nn, {
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
      foot: Be(() => [
        D("footer", m_, [
          o.value.length > 1 ? (P(), B("span", v_, [
            D("button", {
              onClick: l[0] || (l[0] = $e((u) => s(-1), ["stop"])),
              title: "Previous take"
            }, [
              ue(Se, {
                name: "left",
                size: 11
              })
            ]),
            Ie(" take " + te(i.value + 1) + "/" + te(o.value.length) + " ", 1),
            D("button", {
              onClick: l[1] || (l[1] = $e((u) => s(1), ["stop"])),
              title: "Next take"
            }, [
              ue(Se, {
                name: "right",
                size: 11
              })
            ])
          ])) : de("", !0),
          e.data.chosen ? de("", !0) : (P(), B("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = $e((u) => V(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          D("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_id}`
          }, [
            Ie(te(e.data.width) + "×" + te(e.data.height), 1),
            e.data.duration_s ? (P(), B(me, { key: 0 }, [
              Ie(" · " + te(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : de("", !0),
            Ie(" · " + te(e.data.peer_id), 1)
          ], 8, p_),
          D("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = $e((u) => V(n)("grow", { id: e.id }), ["stop"]))
          }, [
            ue(Se, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Ie("New intent"))
          ])
        ])
      ]),
      default: Be(() => [
        D("div", c_, [
          r.value && e.data.url ? (P(), B("video", {
            key: 0,
            src: e.data.url,
            controls: "",
            loop: "",
            muted: "",
            playsinline: "",
            preload: "metadata",
            class: "nodrag"
          }, null, 8, d_)) : e.data.url ? (P(), B("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, f_)) : (P(), B("div", h_, "asset not here yet")),
          e.data.chosen ? (P(), B("span", g_, [
            ue(Se, {
              name: "star",
              size: 11
            }),
            l[4] || (l[4] = Ie("chosen"))
          ])) : de("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, w_ = { class: "mx-stream nowheel" }, __ = {
  key: 0,
  class: "mx-empty"
}, x_ = { class: "mx-machine-head" }, $_ = { class: "n" }, b_ = { class: "bar" }, k_ = { class: "u" }, S_ = { class: "m" }, E_ = { class: "t" }, N_ = {
  key: 0,
  class: "mx-dim"
}, C_ = {
  key: 0,
  class: "mx-empty"
}, M_ = { class: "mx-job-head" }, I_ = { class: "bar" }, T_ = { class: "mx-dim" }, A_ = {
  key: 0,
  class: "mx-empty"
}, z_ = { class: "n" }, D_ = { class: "s" }, P_ = {
  key: 0,
  class: "mx-empty"
}, R_ = { class: "t" }, O_ = { class: "p" }, B_ = { class: "msg" }, V_ = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = tn(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = ee(() => (t.data.peer_filter || "").toLowerCase()), s = ee(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), a = ee(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (P(), Ae(nn, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Be(() => d[0] || (d[0] = [
        D("span", { class: "mx-live" }, [
          D("i"),
          Ie("live")
        ], -1)
      ])),
      default: Be(() => [
        D("div", w_, [
          e.data.sub === "gpu" ? (P(), B(me, { key: 0 }, [
            s.value.length ? de("", !0) : (P(), B("div", __, d[1] || (d[1] = [
              Ie("No machines on this board yet. Start a peer: "),
              D("code", null, "multiplex up", -1)
            ]))),
            (P(!0), B(me, null, Te(s.value, (f) => (P(), B("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              D("div", x_, [
                D("i", {
                  class: ze(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                D("b", null, te(f.name), 1),
                D("span", null, te(f.busy) + "/" + te(f.slots) + " busy" + te(f.paused ? " · paused" : ""), 1)
              ]),
              (P(!0), B(me, null, Te(f.gpus, (h) => (P(), B("div", {
                key: h.index,
                class: "mx-gpu"
              }, [
                D("span", $_, te(h.index), 1),
                D("div", b_, [
                  D("div", {
                    style: Ne({ width: `${h.util}%`, background: l(h.util) })
                  }, null, 4)
                ]),
                D("span", k_, te(Math.round(h.util)) + "%", 1),
                D("span", S_, te(V(_s)(h.mem_used)) + "/" + te(V(_s)(h.mem_total)), 1),
                D("span", E_, te(h.temp ? `${Math.round(h.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? de("", !0) : (P(), B("div", N_, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (P(), B(me, { key: 1 }, [
            V(n).activity.running.length ? de("", !0) : (P(), B("div", C_, "Nothing rendering.")),
            (P(!0), B(me, null, Te(V(n).activity.running, (f) => (P(), B("div", {
              key: f.id,
              class: "mx-job"
            }, [
              D("div", M_, [
                D("b", null, te(f.title || f.intent), 1),
                D("span", null, te(f.stage) + " · " + te(f.peer || "—"), 1)
              ]),
              D("div", I_, [
                D("div", {
                  style: Ne({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              D("div", T_, te(f.state) + " " + te(Math.round(f.fraction * 100)) + "% " + te(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (P(), B(me, { key: 2 }, [
            V(n).activity.queue.length ? de("", !0) : (P(), B("div", A_, "Queue is empty.")),
            (P(!0), B(me, null, Te(V(n).activity.queue, (f, h) => (P(), B("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              D("span", z_, te(String(h + 1).padStart(2, "0")), 1),
              D("b", null, te(f.title || f.intent), 1),
              D("span", null, te(f.stage), 1),
              D("span", D_, te(f.state), 1)
            ]))), 128))
          ], 64)) : (P(), B(me, { key: 3 }, [
            a.value.length ? de("", !0) : (P(), B("div", P_, "Waiting for activity…")),
            (P(!0), B(me, null, Te(a.value, (f, h) => (P(), B("div", {
              key: h,
              class: "mx-logline"
            }, [
              D("span", R_, te(V(ar)(f.t)), 1),
              D("span", {
                class: "k",
                style: Ne({ color: u[f.kind] || "#9ca3af" })
              }, te(f.kind), 5),
              D("span", O_, te(f.peer), 1),
              D("span", B_, te(f.stage) + " " + te(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, H_ = { class: "mx-narrator" }, L_ = {
  key: 0,
  class: "mx-empty"
}, F_ = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = ye(null), o = ee(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12));
    return be(() => t.data.text, () => He(() => {
      n.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (i, r) => (P(), Ae(nn, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Be(() => [
        D("span", H_, [
          Ie(te(e.data.narrator || "narrator"), 1),
          e.data.updated ? (P(), B(me, { key: 0 }, [
            Ie(" · " + te(V(ar)(e.data.updated)), 1)
          ], 64)) : de("", !0)
        ])
      ]),
      default: Be(() => [
        D("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          (P(!0), B(me, null, Te(o.value, (s, a) => (P(), B("p", {
            key: a,
            class: ze({ last: a === o.value.length - 1 })
          }, te(s), 3))), 128)),
          o.value.length ? de("", !0) : (P(), B("p", L_, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, Y_ = { class: "mx-media-box" }, X_ = ["src"], q_ = {
  key: 1,
  class: "mx-visual-empty"
}, G_ = { class: "mx-caption" }, U_ = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (P(), Ae(nn, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      default: Be(() => [
        D("div", Y_, [
          e.data.url ? (P(), B("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, X_)) : (P(), B("div", q_, n[0] || (n[0] = [
            D("span", null, null, -1)
          ]))),
          D("div", G_, te(e.data.caption || "Images appear here as the narration unfolds."), 1)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, W_ = { class: "mx-root" }, K_ = { class: "mx-wordmark" }, Z_ = { "data-role": "board-name" }, Q_ = { class: "mx-people" }, J_ = ["title"], j_ = ["disabled"], e2 = { key: 0 }, t2 = { class: "mx-snap-new" }, n2 = ["onClick"], o2 = ["onClick"], i2 = {
  key: 0,
  class: "mx-empty"
}, r2 = { class: "mx-toasts" }, s2 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, a2 = { class: "mx-dialog-kicker" }, l2 = { class: "mx-dialog-title" }, u2 = { class: "mx-cost" }, c2 = {
  key: 0,
  class: "mx-warn"
}, d2 = { class: "mx-dialog-actions" }, f2 = { class: "mx-search-in" }, h2 = ["onClick", "onMouseenter"], $s = "mx-flow", bs = 0.42, m2 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = yw(i), { state: s, send: a } = r;
    Et(wl, r), s.me = o.me || s.me, s.board = o.board, s.token = o.token;
    const l = Me($s), u = {
      intent: et(Zw),
      comp: et(u_),
      gen_art: et(y_),
      activity: et(V_),
      narration: et(F_),
      visual_narration: et(U_)
    }, c = /* @__PURE__ */ new Map(), d = /* @__PURE__ */ new Map(), f = ye(null), h = ye(!1), p = ye([]), w = ye(null), b = Pi({ open: !1, q: "", i: 0 }), S = ye(!1), z = ye(""), $ = ye(!1);
    function y(m) {
      return {
        id: m.id,
        type: m.kind,
        position: { x: m.x, y: m.y },
        data: m,
        style: { width: `${m.w}px`, height: `${m.h}px` },
        dragHandle: ".mx-head"
      };
    }
    function O(m) {
      return {
        id: m.id,
        source: m.src,
        target: m.dst,
        type: "default",
        class: `mx-edge mx-edge-${m.kind}`,
        targetHandle: "in",
        animated: m.kind === "gen_art",
        data: m,
        deletable: !0
      };
    }
    function Y() {
      const m = [], v = s.sequence.filter((N) => c.has(N));
      for (let N = 0; N + 1 < v.length; N++)
        m.push({
          id: `seq:${v[N]}:${v[N + 1]}`,
          source: v[N],
          target: v[N + 1],
          type: "straight",
          class: "mx-edge mx-edge-seq",
          selectable: !1,
          deletable: !1,
          focusable: !1,
          sourceHandle: "seq-out",
          targetHandle: "seq-in",
          data: { kind: "seq" }
        });
      return m;
    }
    function H() {
      const m = l.edges.value.filter((v) => v.id.startsWith("seq:")).map((v) => v.id);
      m.length && l.removeEdges(m), l.addEdges(Y());
    }
    function L(m) {
      const v = window.__mxMarks = window.__mxMarks || {};
      v.reset = performance.now(), c.clear(), d.clear(), J.clear();
      for (const N of m.blocks) J.add(N.id);
      for (const N of m.blocks) c.set(N.id, N);
      for (const N of m.edges) d.set(N.id, N);
      s.sequence = m.sequence || [], s.comments = m.comments || [], s.snapshots = m.snapshots || [], m.activity && (s.activity = m.activity), m.users && (s.users = m.users), h.value || g(m.blocks), l.setNodes(m.blocks.map(y)), l.setEdges([...m.edges.map(O), ...Y()]), v.set = performance.now(), h.value || (h.value = !0, requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      })));
    }
    const J = /* @__PURE__ */ new Set();
    function q(m, v, N, F = 0) {
      const W = l.findNode(m);
      if (!W) {
        J.has(m) ? F < 8 && He(() => {
          const he = c.get(m);
          he && q(m, he, [], F + 1);
        }) : (J.add(m), N.push(y(v)));
        return;
      }
      W.data = v, !W.dragging && (W.position.x !== v.x || W.position.y !== v.y) && (W.position = { x: v.x, y: v.y });
      const j = `${v.w}px`, ae = `${v.h}px`;
      (!W.style || W.style.width !== j || W.style.height !== ae) && (W.style = { ...W.style || {}, width: j, height: ae });
    }
    function G(m) {
      if (m.blocks) {
        const v = [], N = [];
        for (const [F, W] of Object.entries(m.blocks)) {
          if (W === null) {
            c.delete(F), J.delete(F) && N.push(F);
            continue;
          }
          c.set(F, W), q(F, W, v);
        }
        N.length && l.removeNodes(N), v.length && l.addNodes(v);
      }
      if (m.edges) {
        const v = [], N = [];
        for (const [F, W] of Object.entries(m.edges))
          W === null ? (d.delete(F), N.push(F)) : d.has(F) || (d.set(F, W), v.push(O(W)));
        N.length && l.removeEdges(N), v.length && He(() => l.addEdges(v));
      }
      m.sequence && (s.sequence = m.sequence), (m.sequence || m.blocks && Object.values(m.blocks).some((v) => v === null || v && v.kind === "intent")) && He(H), m.comments && (s.comments = m.comments), m.snapshots && (s.snapshots = m.snapshots), m.activity && (s.activity = m.activity), m.users && (s.users = m.users);
    }
    function C(m) {
      const v = { id: Math.random(), text: m.text || String(m), kind: m.kind || "info" };
      p.value.push(v), setTimeout(() => {
        p.value = p.value.filter((N) => N !== v);
      }, m.kind === "error" ? 6e3 : 3200);
    }
    function ie(m) {
      m.preview && (w.value = m.preview), m.notify && C({ text: m.notify }), m.error && C({ text: m.error, kind: "error" });
    }
    t({ reset: L, apply: G, notify: C, reply: ie }), l.onNodeDragStop(({ nodes: m }) => {
      a("move", { moves: m.map((v) => ({ id: v.id, x: Math.round(v.position.x), y: Math.round(v.position.y) })) });
    });
    function g(m) {
      const v = f.value;
      if (!m.length || !v) return;
      let N = 1 / 0, F = 1 / 0, W = -1 / 0, j = -1 / 0;
      for (const Ve of m)
        N = Math.min(N, Ve.x), F = Math.min(F, Ve.y), W = Math.max(W, Ve.x + Ve.w), j = Math.max(j, Ve.y + Ve.h);
      const ae = v.clientWidth, he = v.clientHeight, Oe = Math.max(0.05, Math.min(1, Math.min(ae / (W - N), he / (j - F)) * (1 - 0.12)));
      s.lod = Oe < bs, l.setViewport({ x: (ae - (W - N) * Oe) / 2 - N * Oe, y: (he - (j - F) * Oe) / 2 - F * Oe, zoom: Oe });
    }
    l.onConnect((m) => a("connect", { source: m.source, target: m.target }));
    function I({ kind: m, sub: v, clientX: N, clientY: F, dragged: W }) {
      const j = f.value.getBoundingClientRect();
      let ae;
      if (W) {
        if (N < j.left || F < j.top) return;
        ae = l.screenToFlowCoordinate({ x: N, y: F });
      } else
        ae = l.screenToFlowCoordinate({ x: j.left + j.width / 2, y: j.top + j.height / 2 });
      let he = "";
      if (W && m === "comp") {
        const xe = document.elementFromPoint(N, F), Oe = xe && xe.closest('.mx-block[data-kind="intent"]');
        Oe && (he = Oe.dataset.id);
      }
      a("create", { kind: m, sub: v, x: Math.round(ae.x - 40), y: Math.round(ae.y - 20), attach: he });
    }
    async function _(m) {
      var j;
      $.value = !1;
      const v = [...m.dataTransfer && m.dataTransfer.files || []];
      if (!v.length) return;
      m.preventDefault();
      const N = (j = document.elementFromPoint(m.clientX, m.clientY)) == null ? void 0 : j.closest('.mx-block[data-kind="intent"]');
      let { x: F, y: W } = l.screenToFlowCoordinate({ x: m.clientX, y: m.clientY });
      for (const ae of v.slice(0, 12)) {
        try {
          await _l(s.token, ae, { x: Math.round(F), y: Math.round(W), attach: N ? N.dataset.id : "" });
        } catch (he) {
          C({ text: String(he.message || he), kind: "error" });
        }
        F += 30, W += 30;
      }
    }
    const A = ee(() => l.getSelectedNodes.value.map((m) => m.id)), M = ee(() => l.getSelectedNodes.value.filter((m) => m.type === "intent").map((m) => m.id));
    let R = null;
    be(A, (m) => {
      clearTimeout(R), R = setTimeout(() => i("presence", { selection: m.slice(0, 200) }), 120);
    });
    let T = 0;
    function X(m) {
      const v = performance.now();
      if (v - T < 80) return;
      T = v;
      const N = l.screenToFlowCoordinate({ x: m.clientX, y: m.clientY });
      i("presence", { cursor: { x: Math.round(N.x), y: Math.round(N.y) } });
    }
    const Q = ee(() => l.viewport.value);
    be(() => l.viewport.value.zoom < bs, (m) => {
      s.lod = m;
    }, { immediate: !0 });
    const ne = ee(() => s.users.filter((m) => m.id !== s.me.id && m.cursor)), se = ee(() => {
      const m = /* @__PURE__ */ new Map();
      for (const v of s.users) m.has(v.id) || m.set(v.id, v);
      return [...m.values()];
    });
    function Z() {
      const m = M.value;
      if (!m.length) {
        C({ text: "Select one or more intents to render" });
        return;
      }
      a("preview", { ids: m });
    }
    function U() {
      w.value && (a("render", { ids: w.value.intents }), w.value = null);
    }
    function K() {
      l.fitView({ padding: 0.15, duration: 250 });
    }
    function fe(m) {
      m > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const ve = ee(() => {
      const m = b.q.trim().toLowerCase(), v = [...c.values()], N = (F) => `${F.title} ${F.description || ""} ${F.text || ""} ${F.caption || ""} ${F.kind} ${F.sub}`.toLowerCase();
      return (m ? v.filter((F) => N(F).includes(m)) : v).slice(0, 30);
    });
    function ge() {
      b.open = !0, b.q = "", b.i = 0, He(() => {
        var m;
        return (m = document.querySelector(".mx-search input")) == null ? void 0 : m.focus();
      });
    }
    function we(m) {
      if (!m) return;
      b.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const v = l.findNode(m.id);
      v && (l.addSelectedNodes([v]), l.fitView({ nodes: [m.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function ce(m) {
      const v = m.target;
      return v && (v.tagName === "INPUT" || v.tagName === "TEXTAREA" || v.isContentEditable);
    }
    function le(m) {
      const v = m.ctrlKey || m.metaKey, N = m.key.toLowerCase();
      if (v && N === "k") {
        m.preventDefault(), ge();
        return;
      }
      if (m.key === "Escape") {
        b.open = !1, w.value = null, S.value = !1, s.openComments = null;
        return;
      }
      if (w.value && m.key === "Enter") {
        m.preventDefault(), U();
        return;
      }
      if (!ce(m))
        if (m.key === "Delete" || m.key === "Backspace") {
          const F = l.getSelectedEdges.value.filter((W) => !W.id.startsWith("seq:")).map((W) => W.id);
          (A.value.length || F.length) && (m.preventDefault(), a("delete", { ids: A.value, edges: F }));
        } else v && N === "d" ? (m.preventDefault(), a("duplicate", { ids: A.value })) : v && N === "z" && !m.shiftKey ? (m.preventDefault(), a("undo")) : v && (N === "y" || N === "z" && m.shiftKey) ? (m.preventDefault(), a("redo")) : !v && N === "r" ? (m.preventDefault(), Z()) : !v && N === "f" ? (m.preventDefault(), K()) : !v && m.key === "/" ? (m.preventDefault(), ge()) : v && N === "a" && (m.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    yt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", le), i("ready");
    }), Mo(() => window.removeEventListener("keydown", le));
    const k = (m) => m.type === "intent" ? zi[(m.data.status || {}).state] || "#3a3a3e" : ws[m.type] || "#333";
    function x() {
      const m = z.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      a("snapshot", { name: m }), z.value = "";
    }
    const E = (m) => (m || "?").split(/[\s._-]+/).map((v) => v[0]).join("").slice(0, 2).toUpperCase();
    return (m, v) => (P(), B("div", W_, [
      ue(p1, {
        groups: e.palette,
        onPlace: I
      }, null, 8, ["groups"]),
      D("div", {
        ref_key: "wrap",
        ref: f,
        class: ze(["mx-stage", { "file-over": $.value }]),
        onPointermove: X,
        onDragover: v[7] || (v[7] = $e((N) => $.value = !0, ["prevent"])),
        onDragleave: v[8] || (v[8] = $e((N) => $.value = !1, ["self"])),
        onDrop: _
      }, [
        ue(V(Og), {
          id: $s,
          "node-types": u,
          "snap-to-grid": !0,
          "snap-grid": [8, 8],
          "min-zoom": 0.05,
          "max-zoom": 3,
          "delete-key-code": null,
          "multi-selection-key-code": ["Shift", "Meta", "Control"],
          "selection-key-code": "Shift",
          "only-render-visible-elements": !0,
          "select-nodes-on-drag": !1,
          "elevate-nodes-on-select": !0,
          "default-edge-options": { type: "default" },
          "connection-line-options": { class: "mx-connecting" },
          class: "mx-flow"
        }, {
          default: Be(() => [
            ue(V(qg), {
              "pattern-color": "#26262a",
              gap: 24,
              size: 1.1
            }),
            ue(V(Ny), {
              pannable: "",
              zoomable: "",
              "node-color": k,
              "node-stroke-width": 0,
              "mask-color": "rgba(10,10,11,0.72)",
              "node-border-radius": 2,
              class: "mx-minimap"
            }),
            ue(V(xi), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Be(() => [
                D("div", K_, [
                  v[19] || (v[19] = Ie("multiplex")),
                  v[20] || (v[20] = D("span", null, "/", -1)),
                  D("b", Z_, te(V(s).board), 1)
                ])
              ]),
              _: 1
            }),
            ue(V(xi), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Be(() => [
                D("div", Q_, [
                  (P(!0), B(me, null, Te(se.value, (N) => (P(), B("span", {
                    key: N.id,
                    class: "mx-avatar",
                    style: Ne({ "--c": N.color }),
                    title: N.id === V(s).me.id ? `${N.name} (you)` : N.name
                  }, te(E(N.name)), 13, J_))), 128))
                ]),
                v[23] || (v[23] = D("i", { class: "mx-sep" }, null, -1)),
                D("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: v[0] || (v[0] = (N) => V(a)("undo")),
                  "data-role": "undo"
                }, [
                  ue(Se, {
                    name: "undo",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: v[1] || (v[1] = (N) => V(a)("redo")),
                  "data-role": "redo"
                }, [
                  ue(Se, {
                    name: "redo",
                    size: 15
                  })
                ]),
                v[24] || (v[24] = D("i", { class: "mx-sep" }, null, -1)),
                D("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: ge
                }, [
                  ue(Se, {
                    name: "search",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Snapshots",
                  onClick: v[2] || (v[2] = (N) => S.value = !S.value),
                  "data-role": "snapshots"
                }, [
                  ue(Se, {
                    name: "history",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Zoom out",
                  onClick: v[3] || (v[3] = (N) => fe(-1))
                }, [
                  ue(Se, {
                    name: "minus",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Zoom in",
                  onClick: v[4] || (v[4] = (N) => fe(1))
                }, [
                  ue(Se, {
                    name: "plus",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Fit view (F)",
                  onClick: K,
                  "data-role": "fit"
                }, [
                  ue(Se, {
                    name: "fit",
                    size: 15
                  })
                ]),
                D("button", {
                  class: "mx-render",
                  disabled: !M.value.length,
                  title: "Render selection (R)",
                  onClick: Z,
                  "data-role": "render-selection"
                }, [
                  ue(Se, {
                    name: "play",
                    size: 13
                  }),
                  v[21] || (v[21] = Ie("Render")),
                  M.value.length ? (P(), B("span", e2, te(M.value.length), 1)) : de("", !0)
                ], 8, j_),
                S.value ? (P(), B("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: v[6] || (v[6] = $e(() => {
                  }, ["stop"]))
                }, [
                  v[22] || (v[22] = D("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  D("div", t2, [
                    vn(D("input", {
                      "onUpdate:modelValue": v[5] || (v[5] = (N) => z.value = N),
                      placeholder: "Name this moment of the board",
                      onKeydown: ut(x, ["enter"])
                    }, null, 544), [
                      [pn, z.value]
                    ]),
                    D("button", { onClick: x }, "Save")
                  ]),
                  (P(!0), B(me, null, Te(V(s).snapshots.slice().reverse(), (N) => (P(), B("div", {
                    key: N.id,
                    class: "mx-snap"
                  }, [
                    D("div", null, [
                      D("b", null, te(N.name), 1),
                      D("span", null, te(N.author) + " · " + te(N.blocks) + " blocks · " + te((N.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    D("button", {
                      onClick: (F) => V(a)("restore", { id: N.id })
                    }, "Restore", 8, n2),
                    D("button", {
                      class: "ghost",
                      onClick: (F) => V(a)("drop_snapshot", { id: N.id })
                    }, [
                      ue(Se, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, o2)
                  ]))), 128)),
                  V(s).snapshots.length ? de("", !0) : (P(), B("div", i2, "No snapshots yet."))
                ], 32)) : de("", !0)
              ]),
              _: 1
            }),
            D("div", {
              class: "mx-cursors",
              style: Ne({ transform: `translate(${Q.value.x}px, ${Q.value.y}px) scale(${Q.value.zoom})` })
            }, [
              (P(!0), B(me, null, Te(ne.value, (N) => (P(), B("div", {
                key: N.id,
                class: "mx-cursor",
                style: Ne({ left: `${N.cursor.x}px`, top: `${N.cursor.y}px`, "--c": N.color, transform: `scale(${1 / Q.value.zoom})` })
              }, [
                v[25] || (v[25] = D("svg", {
                  width: "14",
                  height: "16",
                  viewBox: "0 0 14 16"
                }, [
                  D("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
                ], -1)),
                D("span", null, te(N.name), 1)
              ], 4))), 128))
            ], 4)
          ]),
          _: 1
        })
      ], 34),
      D("div", r2, [
        (P(!0), B(me, null, Te(p.value, (N) => (P(), B("div", {
          key: N.id,
          class: ze(["mx-toast", N.kind])
        }, te(N.text), 3))), 128))
      ]),
      w.value ? (P(), B("div", {
        key: 0,
        class: "mx-modal",
        onClick: v[10] || (v[10] = $e((N) => w.value = null, ["self"]))
      }, [
        D("div", s2, [
          D("div", a2, "Render " + te(w.value.intents.length) + " intent" + te(w.value.intents.length > 1 ? "s" : ""), 1),
          D("div", l2, te(w.value.titles.join(" · ")), 1),
          D("div", u2, [
            D("div", null, [
              v[26] || (v[26] = D("span", null, "machines", -1)),
              D("b", null, te(w.value.machines.length ? w.value.machines.join(", ") : "none live"), 1)
            ]),
            D("div", null, [
              v[27] || (v[27] = D("span", null, "gpus", -1)),
              D("b", null, te(w.value.gpus), 1)
            ]),
            D("div", null, [
              v[28] || (v[28] = D("span", null, "jobs", -1)),
              D("b", null, te(w.value.jobs), 1)
            ]),
            D("div", null, [
              v[29] || (v[29] = D("span", null, "estimate", -1)),
              D("b", null, te(w.value.seconds < 90 ? `~${Math.round(w.value.seconds)} s` : `~${Math.round(w.value.seconds / 60)} min`), 1)
            ])
          ]),
          w.value.unrunnable.length ? (P(), B("div", c2, "Nothing live can run " + te(w.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : de("", !0),
          D("div", d2, [
            D("button", {
              class: "ghost",
              onClick: v[9] || (v[9] = (N) => w.value = null)
            }, "Cancel"),
            D("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: U
            }, [
              ue(Se, {
                name: "play",
                size: 13
              }),
              v[30] || (v[30] = Ie("Commit GPUs"))
            ])
          ])
        ])
      ])) : de("", !0),
      b.open ? (P(), B("div", {
        key: 1,
        class: "mx-modal",
        onClick: v[18] || (v[18] = $e((N) => b.open = !1, ["self"]))
      }, [
        D("div", {
          class: "mx-search",
          onKeydown: v[17] || (v[17] = $e(() => {
          }, ["stop"]))
        }, [
          D("div", f2, [
            ue(Se, {
              name: "search",
              size: 16
            }),
            vn(D("input", {
              "onUpdate:modelValue": v[11] || (v[11] = (N) => b.q = N),
              placeholder: "Find a block…",
              onKeydown: [
                v[12] || (v[12] = ut($e((N) => b.i = Math.min(b.i + 1, ve.value.length - 1), ["prevent"]), ["down"])),
                v[13] || (v[13] = ut($e((N) => b.i = Math.max(b.i - 1, 0), ["prevent"]), ["up"])),
                v[14] || (v[14] = ut($e((N) => we(ve.value[b.i]), ["prevent"]), ["enter"])),
                v[15] || (v[15] = ut((N) => b.open = !1, ["esc"]))
              ],
              onInput: v[16] || (v[16] = (N) => b.i = 0)
            }, null, 544), [
              [pn, b.q]
            ])
          ]),
          (P(!0), B(me, null, Te(ve.value, (N, F) => (P(), B("div", {
            key: N.id,
            class: ze(["mx-result", { on: F === b.i }]),
            onClick: (W) => we(N),
            onMouseenter: (W) => b.i = F
          }, [
            D("i", {
              style: Ne({ background: V(ws)[N.kind] })
            }, null, 4),
            D("b", null, te(N.title || N.sub), 1),
            D("span", null, te(N.kind.replace("_", " ")) + " · " + te(N.sub), 1)
          ], 42, h2))), 128))
        ], 32)
      ])) : de("", !0)
    ]));
  }
};
export {
  m2 as MultiplexCanvas
};
