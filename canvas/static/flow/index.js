import { getCurrentScope as bs, inject as vt, effectScope as ks, watch as Se, provide as Et, defineComponent as Ce, useSlots as Ss, onUnmounted as bl, openBlock as P, createElementBlock as B, unref as F, createVNode as ue, withCtx as Oe, renderSlot as Ve, computed as j, normalizeStyle as Ne, normalizeClass as Ae, getCurrentInstance as en, reactive as Pi, onScopeDispose as jn, ref as ye, nextTick as Be, onBeforeMount as kl, onMounted as pt, shallowRef as kt, toRef as Ee, createElementVNode as D, Fragment as me, renderList as Te, onBeforeUnmount as Mo, isMemoSame as Sl, createBlock as ze, createCommentVNode as fe, toDisplayString as ee, isRef as Ri, toRefs as El, customRef as Nl, createPropsRestProxy as Cl, toValue as _e, resolveComponent as Es, h as be, useAttrs as Oi, mergeProps as co, resolveDynamicComponent as Bi, createTextVNode as Ie, markRaw as je, readonly as Ml, watchEffect as Ns, normalizeProps as Il, withModifiers as $e, withDirectives as vn, withKeys as lt, vModelText as pn } from "vue";
function yn(e) {
  return bs() ? (jn(e), !0) : !1;
}
function ut(e) {
  return typeof e == "function" ? e() : F(e);
}
const Tl = typeof window < "u" && typeof document < "u", Al = (e) => typeof e < "u", zl = Object.prototype.toString, Dl = (e) => zl.call(e) === "[object Object]", Pl = () => {
};
function Rl(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const Cs = (e) => e();
function Ol(e = Cs) {
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
  return { isActive: Ml(t), pause: n, resume: o, eventFilter: i };
}
function lr(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Bl(e, t, n = {}) {
  const {
    eventFilter: o = Cs,
    ...i
  } = n;
  return Se(
    e,
    Rl(
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
  } = n, { eventFilter: r, pause: s, resume: a, isActive: l } = Ol(o);
  return { stop: Bl(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: l };
}
function Vl(e, t = {}) {
  if (!Ri(e))
    return El(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Nl(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = ut(t.replaceRef)) != null ? r : !0)
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
  function n(d, { flush: f = "sync", deep: h = !1, timeout: _, throwOnTimeout: w } = {}) {
    let k = null;
    const z = [new Promise(($) => {
      k = Se(
        e,
        (p) => {
          d(p) !== t && (k == null || k(), $(p));
        },
        {
          flush: f,
          deep: h,
          immediate: !0
        }
      );
    })];
    return _ != null && z.push(
      lr(_, w).then(() => ut(e)).finally(() => k == null ? void 0 : k())
    ), Promise.race(z);
  }
  function o(d, f) {
    if (!Ri(d))
      return n((p) => p === d, f);
    const { flush: h = "sync", deep: _ = !1, timeout: w, throwOnTimeout: k } = f ?? {};
    let S = null;
    const $ = [new Promise((p) => {
      S = Se(
        [e, d],
        ([O, L]) => {
          t !== (O === L) && (S == null || S(), p(O));
        },
        {
          flush: h,
          deep: _,
          immediate: !0
        }
      );
    })];
    return w != null && $.push(
      lr(w, k).then(() => ut(e)).finally(() => (S == null || S(), ut(e)))
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
      const _ = Array.from(h);
      return _.includes(d) || _.includes(ut(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let h = -1;
    return n(() => (h += 1, h >= d), f);
  }
  return Array.isArray(ut(e)) ? {
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
function Hl(e) {
  var t;
  const n = ut(e);
  return (t = n == null ? void 0 : n.$el) != null ? t : n;
}
const Ms = Tl ? window : void 0;
function Is(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = Ms) : [t, n, o, i] = e, !t)
    return Pl;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, h) => (c.addEventListener(d, f, h), () => c.removeEventListener(d, f, h)), l = Se(
    () => [Hl(t), ut(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = Dl(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((h) => o.map((_) => a(c, h, _, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), s();
  };
  return yn(u), u;
}
function Ll(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function ur(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = Ms,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, l = Ll(t);
  return Is(i, r, (c) => {
    c.repeat && ut(a) || l(c) && n(c);
  }, s);
}
function Fl(e) {
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
  } = o, h = en(), _ = n || (h == null ? void 0 : h.emit) || ((i = h == null ? void 0 : h.$emit) == null ? void 0 : i.bind(h)) || ((s = (r = h == null ? void 0 : h.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(h == null ? void 0 : h.proxy));
  let w = u;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const k = ($) => a ? typeof a == "function" ? a($) : Fl($) : $, S = () => Al(e[t]) ? k(e[t]) : d, z = ($) => {
    f ? f($) && _(w, $) : _(w, $);
  };
  if (l) {
    const $ = S(), p = ye($);
    let O = !1;
    return Se(
      () => e[t],
      (L) => {
        O || (O = !0, p.value = k(L), Be(() => O = !1));
      }
    ), Se(
      p,
      (L) => {
        !O && (L !== e[t] || c) && z(L);
      },
      { deep: c }
    ), p;
  } else
    return j({
      get() {
        return S();
      },
      set($) {
        z($);
      }
    });
}
var Yl = { value: () => {
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
function Xl(e, t) {
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
    var n = this._, o = Xl(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = ql(n[i], e.name)))
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
function ql(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function cr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Yl, e = e.slice(0, o).concat(e.slice(o + 1));
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
function Gl(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === ai && t.documentElement.namespaceURI === ai ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Ul(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Ts(e) {
  var t = To(e);
  return (t.local ? Ul : Gl)(t);
}
function Wl() {
}
function Vi(e) {
  return e == null ? Wl : function() {
    return this.querySelector(e);
  };
}
function Kl(e) {
  typeof e != "function" && (e = Vi(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new Fe(o, this._parents);
}
function Zl(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Ql() {
  return [];
}
function As(e) {
  return e == null ? Ql : function() {
    return this.querySelectorAll(e);
  };
}
function Jl(e) {
  return function() {
    return Zl(e.apply(this, arguments));
  };
}
function jl(e) {
  typeof e == "function" ? e = Jl(e) : e = As(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new Fe(o, i);
}
function zs(e) {
  return function() {
    return this.matches(e);
  };
}
function Ds(e) {
  return function(t) {
    return t.matches(e);
  };
}
var eu = Array.prototype.find;
function tu(e) {
  return function() {
    return eu.call(this.children, e);
  };
}
function nu() {
  return this.firstElementChild;
}
function ou(e) {
  return this.select(e == null ? nu : tu(typeof e == "function" ? e : Ds(e)));
}
var iu = Array.prototype.filter;
function ru() {
  return Array.from(this.children);
}
function su(e) {
  return function() {
    return iu.call(this.children, e);
  };
}
function au(e) {
  return this.selectAll(e == null ? ru : su(typeof e == "function" ? e : Ds(e)));
}
function lu(e) {
  typeof e != "function" && (e = zs(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new Fe(o, this._parents);
}
function Ps(e) {
  return new Array(e.length);
}
function uu() {
  return new Fe(this._enter || this._groups.map(Ps), this._parents);
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
function cu(e) {
  return function() {
    return e;
  };
}
function du(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new fo(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function fu(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new fo(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function hu(e) {
  return e.__data__;
}
function gu(e, t) {
  if (!arguments.length)
    return Array.from(this, hu);
  var n = t ? fu : du, o = this._parents, i = this._groups;
  typeof e != "function" && (e = cu(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = mu(e.call(c, c && c.__data__, u, o)), _ = h.length, w = a[u] = new Array(_), k = s[u] = new Array(_), S = l[u] = new Array(f);
    n(c, d, w, k, S, h, t);
    for (var z = 0, $ = 0, p, O; z < _; ++z)
      if (p = w[z]) {
        for (z >= $ && ($ = z + 1); !(O = k[$]) && ++$ < _; )
          ;
        p._next = O || null;
      }
  }
  return s = new Fe(s, o), s._enter = a, s._exit = l, s;
}
function mu(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function vu() {
  return new Fe(this._exit || this._groups.map(Ps), this._parents);
}
function pu(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function yu(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), h, _ = 0; _ < d; ++_)
      (h = u[_] || c[_]) && (f[_] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new Fe(a, this._parents);
}
function wu() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function _u(e) {
  e || (e = xu);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Fe(i, this._parents).order();
}
function xu(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function $u() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function bu() {
  return Array.from(this);
}
function ku() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Su() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Eu() {
  return !this.node();
}
function Nu(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Cu(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Mu(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Iu(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Tu(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Au(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function zu(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Du(e, t) {
  var n = To(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Mu : Cu : typeof t == "function" ? n.local ? zu : Au : n.local ? Tu : Iu)(n, t));
}
function Rs(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Pu(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Ru(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Ou(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Bu(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Pu : typeof t == "function" ? Ou : Ru)(e, t, n ?? "")) : Wt(this.node(), e);
}
function Wt(e, t) {
  return e.style.getPropertyValue(t) || Rs(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Vu(e) {
  return function() {
    delete this[e];
  };
}
function Hu(e, t) {
  return function() {
    this[e] = t;
  };
}
function Lu(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Fu(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Vu : typeof t == "function" ? Lu : Hu)(e, t)) : this.node()[e];
}
function Os(e) {
  return e.trim().split(/^|\s+/);
}
function Hi(e) {
  return e.classList || new Bs(e);
}
function Bs(e) {
  this._node = e, this._names = Os(e.getAttribute("class") || "");
}
Bs.prototype = {
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
function Vs(e, t) {
  for (var n = Hi(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Hs(e, t) {
  for (var n = Hi(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Yu(e) {
  return function() {
    Vs(this, e);
  };
}
function Xu(e) {
  return function() {
    Hs(this, e);
  };
}
function qu(e, t) {
  return function() {
    (t.apply(this, arguments) ? Vs : Hs)(this, e);
  };
}
function Gu(e, t) {
  var n = Os(e + "");
  if (arguments.length < 2) {
    for (var o = Hi(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? qu : t ? Yu : Xu)(n, t));
}
function Uu() {
  this.textContent = "";
}
function Wu(e) {
  return function() {
    this.textContent = e;
  };
}
function Ku(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Zu(e) {
  return arguments.length ? this.each(e == null ? Uu : (typeof e == "function" ? Ku : Wu)(e)) : this.node().textContent;
}
function Qu() {
  this.innerHTML = "";
}
function Ju(e) {
  return function() {
    this.innerHTML = e;
  };
}
function ju(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function ec(e) {
  return arguments.length ? this.each(e == null ? Qu : (typeof e == "function" ? ju : Ju)(e)) : this.node().innerHTML;
}
function tc() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function nc() {
  return this.each(tc);
}
function oc() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function ic() {
  return this.each(oc);
}
function rc(e) {
  var t = typeof e == "function" ? e : Ts(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function sc() {
  return null;
}
function ac(e, t) {
  var n = typeof e == "function" ? e : Ts(e), o = t == null ? sc : typeof t == "function" ? t : Vi(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function lc() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function uc() {
  return this.each(lc);
}
function cc() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function dc() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function fc(e) {
  return this.select(e ? dc : cc);
}
function hc(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function gc(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function mc(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function vc(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function pc(e, t, n) {
  return function() {
    var o = this.__on, i, r = gc(t);
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
function yc(e, t, n) {
  var o = mc(e + ""), i, r = o.length, s;
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
  for (a = t ? pc : vc, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function Ls(e, t, n) {
  var o = Rs(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function wc(e, t) {
  return function() {
    return Ls(this, e, t);
  };
}
function _c(e, t) {
  return function() {
    return Ls(this, e, t.apply(this, arguments));
  };
}
function xc(e, t) {
  return this.each((typeof t == "function" ? _c : wc)(e, t));
}
function* $c() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Fs = [null];
function Fe(e, t) {
  this._groups = e, this._parents = t;
}
function zn() {
  return new Fe([[document.documentElement]], Fs);
}
function bc() {
  return this;
}
Fe.prototype = zn.prototype = {
  constructor: Fe,
  select: Kl,
  selectAll: jl,
  selectChild: ou,
  selectChildren: au,
  filter: lu,
  data: gu,
  enter: uu,
  exit: vu,
  join: pu,
  merge: yu,
  selection: bc,
  order: wu,
  sort: _u,
  call: $u,
  nodes: bu,
  node: ku,
  size: Su,
  empty: Eu,
  each: Nu,
  attr: Du,
  style: Bu,
  property: Fu,
  classed: Gu,
  text: Zu,
  html: ec,
  raise: nc,
  lower: ic,
  append: rc,
  insert: ac,
  remove: uc,
  clone: fc,
  datum: hc,
  on: yc,
  dispatch: xc,
  [Symbol.iterator]: $c
};
function Ge(e) {
  return typeof e == "string" ? new Fe([[document.querySelector(e)]], [document.documentElement]) : new Fe([[e]], Fs);
}
function kc(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function Je(e, t) {
  if (e = kc(e), t === void 0 && (t = e.currentTarget), t) {
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
const Sc = { passive: !1 }, wn = { capture: !0, passive: !1 };
function qo(e) {
  e.stopImmediatePropagation();
}
function Yt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ys(e) {
  var t = e.document.documentElement, n = Ge(e).on("dragstart.drag", Yt, wn);
  "onselectstart" in t ? n.on("selectstart.drag", Yt, wn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Xs(e, t) {
  var n = e.document.documentElement, o = Ge(e).on("dragstart.drag", null);
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
function Ec(e) {
  return !e.ctrlKey && !e.button;
}
function Nc() {
  return this.parentNode;
}
function Cc(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Mc() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ic() {
  var e = Ec, t = Nc, n = Cc, o = Mc, i = {}, r = Io("start", "drag", "end"), s = 0, a, l, u, c, d = 0;
  function f(p) {
    p.on("mousedown.drag", h).filter(o).on("touchstart.drag", k).on("touchmove.drag", S, Sc).on("touchend.drag touchcancel.drag", z).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(p, O) {
    if (!(c || !e.call(this, p, O))) {
      var L = $(this, t.call(this, p, O), p, O, "mouse");
      L && (Ge(p.view).on("mousemove.drag", _, wn).on("mouseup.drag", w, wn), Ys(p.view), qo(p), u = !1, a = p.clientX, l = p.clientY, L("start", p));
    }
  }
  function _(p) {
    if (Yt(p), !u) {
      var O = p.clientX - a, L = p.clientY - l;
      u = O * O + L * L > d;
    }
    i.mouse("drag", p);
  }
  function w(p) {
    Ge(p.view).on("mousemove.drag mouseup.drag", null), Xs(p.view, u), Yt(p), i.mouse("end", p);
  }
  function k(p, O) {
    if (e.call(this, p, O)) {
      var L = p.changedTouches, V = t.call(this, p, O), H = L.length, J, q;
      for (J = 0; J < H; ++J)
        (q = $(this, V, p, O, L[J].identifier, L[J])) && (qo(p), q("start", p, L[J]));
    }
  }
  function S(p) {
    var O = p.changedTouches, L = O.length, V, H;
    for (V = 0; V < L; ++V)
      (H = i[O[V].identifier]) && (Yt(p), H("drag", p, O[V]));
  }
  function z(p) {
    var O = p.changedTouches, L = O.length, V, H;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), V = 0; V < L; ++V)
      (H = i[O[V].identifier]) && (qo(p), H("end", p, O[V]));
  }
  function $(p, O, L, V, H, J) {
    var q = r.copy(), G = Je(J || L, O), N, ie, g;
    if ((g = n.call(p, new li("beforestart", {
      sourceEvent: L,
      target: f,
      identifier: H,
      active: s,
      x: G[0],
      y: G[1],
      dx: 0,
      dy: 0,
      dispatch: q
    }), V)) != null)
      return N = g.x - G[0] || 0, ie = g.y - G[1] || 0, function M(y, A, C) {
        var R = G, T;
        switch (y) {
          case "start":
            i[H] = M, T = s++;
            break;
          case "end":
            delete i[H], --s;
          case "drag":
            G = Je(C || A, O), T = s;
            break;
        }
        q.call(
          y,
          p,
          new li(y, {
            sourceEvent: A,
            subject: g,
            target: f,
            identifier: H,
            active: T,
            x: G[0] + N,
            y: G[1] + ie,
            dx: G[0] - R[0],
            dy: G[1] - R[1],
            dispatch: q
          }),
          V
        );
      };
  }
  return f.filter = function(p) {
    return arguments.length ? (e = typeof p == "function" ? p : Bn(!!p), f) : e;
  }, f.container = function(p) {
    return arguments.length ? (t = typeof p == "function" ? p : Bn(p), f) : t;
  }, f.subject = function(p) {
    return arguments.length ? (n = typeof p == "function" ? p : Bn(p), f) : n;
  }, f.touchable = function(p) {
    return arguments.length ? (o = typeof p == "function" ? p : Bn(!!p), f) : o;
  }, f.on = function() {
    var p = r.on.apply(r, arguments);
    return p === r ? f : p;
  }, f.clickDistance = function(p) {
    return arguments.length ? (d = (p = +p) * p, f) : Math.sqrt(d);
  }, f;
}
function Li(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function qs(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Dn() {
}
var _n = 0.7, ho = 1 / _n, Xt = "\\s*([+-]?\\d+)\\s*", xn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", nt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Tc = /^#([0-9a-f]{3,8})$/, Ac = new RegExp(`^rgb\\(${Xt},${Xt},${Xt}\\)$`), zc = new RegExp(`^rgb\\(${nt},${nt},${nt}\\)$`), Dc = new RegExp(`^rgba\\(${Xt},${Xt},${Xt},${xn}\\)$`), Pc = new RegExp(`^rgba\\(${nt},${nt},${nt},${xn}\\)$`), Rc = new RegExp(`^hsl\\(${xn},${nt},${nt}\\)$`), Oc = new RegExp(`^hsla\\(${xn},${nt},${nt},${xn}\\)$`), fr = {
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
  formatHex8: Bc,
  formatHsl: Vc,
  formatRgb: gr,
  toString: gr
});
function hr() {
  return this.rgb().formatHex();
}
function Bc() {
  return this.rgb().formatHex8();
}
function Vc() {
  return Gs(this).formatHsl();
}
function gr() {
  return this.rgb().formatRgb();
}
function Ot(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Tc.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? mr(t) : n === 3 ? new He(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Vn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Vn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Ac.exec(e)) ? new He(t[1], t[2], t[3], 1) : (t = zc.exec(e)) ? new He(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Dc.exec(e)) ? Vn(t[1], t[2], t[3], t[4]) : (t = Pc.exec(e)) ? Vn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Rc.exec(e)) ? yr(t[1], t[2] / 100, t[3] / 100, 1) : (t = Oc.exec(e)) ? yr(t[1], t[2] / 100, t[3] / 100, t[4]) : fr.hasOwnProperty(e) ? mr(fr[e]) : e === "transparent" ? new He(NaN, NaN, NaN, 0) : null;
}
function mr(e) {
  return new He(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Vn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new He(e, t, n, o);
}
function Hc(e) {
  return e instanceof Dn || (e = Ot(e)), e ? (e = e.rgb(), new He(e.r, e.g, e.b, e.opacity)) : new He();
}
function ui(e, t, n, o) {
  return arguments.length === 1 ? Hc(e) : new He(e, t, n, o ?? 1);
}
function He(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
Li(He, ui, qs(Dn, {
  brighter(e) {
    return e = e == null ? ho : Math.pow(ho, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? _n : Math.pow(_n, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new He(Dt(this.r), Dt(this.g), Dt(this.b), go(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: vr,
  // Deprecated! Use color.formatHex.
  formatHex: vr,
  formatHex8: Lc,
  formatRgb: pr,
  toString: pr
}));
function vr() {
  return `#${At(this.r)}${At(this.g)}${At(this.b)}`;
}
function Lc() {
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
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Ue(e, t, n, o);
}
function Gs(e) {
  if (e instanceof Ue)
    return new Ue(e.h, e.s, e.l, e.opacity);
  if (e instanceof Dn || (e = Ot(e)), !e)
    return new Ue();
  if (e instanceof Ue)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, l = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? r + i : 2 - r - i, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new Ue(s, a, l, e.opacity);
}
function Fc(e, t, n, o) {
  return arguments.length === 1 ? Gs(e) : new Ue(e, t, n, o ?? 1);
}
function Ue(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
Li(Ue, Fc, qs(Dn, {
  brighter(e) {
    return e = e == null ? ho : Math.pow(ho, e), new Ue(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? _n : Math.pow(_n, e), new Ue(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new He(
      Go(e >= 240 ? e - 240 : e + 120, i, o),
      Go(e, i, o),
      Go(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Ue(wr(this.h), Hn(this.s), Hn(this.l), go(this.opacity));
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
function Yc(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Xc(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function qc(e) {
  return (e = +e) == 1 ? Us : function(t, n) {
    return n - t ? Xc(t, n, e) : Fi(isNaN(t) ? n : t);
  };
}
function Us(e, t) {
  var n = t - e;
  return n ? Yc(e, n) : Fi(isNaN(e) ? t : e);
}
const mo = function e(t) {
  var n = qc(t);
  function o(i, r) {
    var s = n((i = ui(i)).r, (r = ui(r)).r), a = n(i.g, r.g), l = n(i.b, r.b), u = Us(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function Gc(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Uc(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Wc(e, t) {
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
function Kc(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function et(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Zc(e, t) {
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
function Qc(e) {
  return function() {
    return e;
  };
}
function Jc(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ws(e, t) {
  var n = ci.lastIndex = Uo.lastIndex = 0, o, i, r, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = ci.exec(e)) && (i = Uo.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, l.push({ i: s, x: et(o, i) })), n = Uo.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? l[0] ? Jc(l[0].x) : Qc(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
function hn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? Fi(t) : (n === "number" ? et : n === "string" ? (o = Ot(t)) ? (t = o, mo) : Ws : t instanceof Ot ? mo : t instanceof Date ? Kc : Uc(t) ? Gc : Array.isArray(t) ? Wc : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Zc : et)(e, t);
}
var _r = 180 / Math.PI, di = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Ks(e, t, n, o, i, r) {
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
function jc(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? di : Ks(t.a, t.b, t.c, t.d, t.e, t.f);
}
function ed(e) {
  return e == null || (Ln || (Ln = document.createElementNS("http://www.w3.org/2000/svg", "g")), Ln.setAttribute("transform", e), !(e = Ln.transform.baseVal.consolidate())) ? di : (e = e.matrix, Ks(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Zs(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, h, _) {
    if (u !== d || c !== f) {
      var w = h.push("translate(", null, t, null, n);
      _.push({ i: w - 4, x: et(u, d) }, { i: w - 2, x: et(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function s(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: et(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: et(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, h, _) {
    if (u !== d || c !== f) {
      var w = h.push(i(h) + "scale(", null, ",", null, ")");
      _.push({ i: w - 4, x: et(u, d) }, { i: w - 2, x: et(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), s(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(h) {
      for (var _ = -1, w = f.length, k; ++_ < w; )
        d[(k = f[_]).i] = k.x(h);
      return d.join("");
    };
  };
}
var td = Zs(jc, "px, ", "px)", "deg)"), nd = Zs(ed, ", ", ")", ")"), od = 1e-12;
function xr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function id(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function rd(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const to = function e(t, n, o) {
  function i(r, s) {
    var a = r[0], l = r[1], u = r[2], c = s[0], d = s[1], f = s[2], h = c - a, _ = d - l, w = h * h + _ * _, k, S;
    if (w < od)
      S = Math.log(f / u) / t, k = function(V) {
        return [
          a + V * h,
          l + V * _,
          u * Math.exp(t * V * S)
        ];
      };
    else {
      var z = Math.sqrt(w), $ = (f * f - u * u + o * w) / (2 * u * n * z), p = (f * f - u * u - o * w) / (2 * f * n * z), O = Math.log(Math.sqrt($ * $ + 1) - $), L = Math.log(Math.sqrt(p * p + 1) - p);
      S = (L - O) / t, k = function(V) {
        var H = V * S, J = xr(O), q = u / (n * z) * (J * rd(t * H + O) - id(O));
        return [
          a + q * h,
          l + q * _,
          u * J / xr(t * H + O)
        ];
      };
    }
    return k.duration = S * 1e3 * t / Math.SQRT2, k;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, l = a * a;
    return e(s, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var Kt = 0, ln = 0, on = 0, Qs = 1e3, vo, un, po = 0, Bt = 0, Ao = 0, $n = typeof performance == "object" && performance.now ? performance : Date, Js = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Yi() {
  return Bt || (Js(sd), Bt = $n.now() + Ao);
}
function sd() {
  Bt = 0;
}
function yo() {
  this._call = this._time = this._next = null;
}
yo.prototype = js.prototype = {
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
function js(e, t, n) {
  var o = new yo();
  return o.restart(e, t, n), o;
}
function ad() {
  Yi(), ++Kt;
  for (var e = vo, t; e; )
    (t = Bt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Kt;
}
function $r() {
  Bt = (po = $n.now()) + Ao, Kt = ln = 0;
  try {
    ad();
  } finally {
    Kt = 0, ud(), Bt = 0;
  }
}
function ld() {
  var e = $n.now(), t = e - po;
  t > Qs && (Ao -= t, po = e);
}
function ud() {
  for (var e, t = vo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : vo = n);
  un = e, fi(o);
}
function fi(e) {
  if (!Kt) {
    ln && (ln = clearTimeout(ln));
    var t = e - Bt;
    t > 24 ? (e < 1 / 0 && (ln = setTimeout($r, e - $n.now() - Ao)), on && (on = clearInterval(on))) : (on || (po = $n.now(), on = setInterval(ld, Qs)), Kt = 1, Js($r));
  }
}
function br(e, t, n) {
  var o = new yo();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var cd = Io("start", "end", "cancel", "interrupt"), dd = [], ea = 0, kr = 1, hi = 2, no = 3, Sr = 4, gi = 5, oo = 6;
function zo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  fd(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: cd,
    tween: dd,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: ea
  });
}
function Xi(e, t) {
  var n = Ke(e, t);
  if (n.state > ea)
    throw new Error("too late; already scheduled");
  return n;
}
function it(e, t) {
  var n = Ke(e, t);
  if (n.state > no)
    throw new Error("too late; already running");
  return n;
}
function Ke(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function fd(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = js(r, 0, n.time);
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
function hd(e) {
  return this.each(function() {
    io(this, e);
  });
}
function gd(e, t) {
  var n, o;
  return function() {
    var i = it(this, e), r = i.tween;
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
function md(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = it(this, e), s = r.tween;
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
function vd(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Ke(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? gd : md)(n, e, t));
}
function qi(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = it(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Ke(i, o).value[t];
  };
}
function ta(e, t) {
  var n;
  return (typeof t == "number" ? et : t instanceof Ot ? mo : (n = Ot(t)) ? (t = n, mo) : Ws)(e, t);
}
function pd(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function yd(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function wd(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function _d(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function xd(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function $d(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function bd(e, t) {
  var n = To(e), o = n === "transform" ? nd : ta;
  return this.attrTween(e, typeof t == "function" ? (n.local ? $d : xd)(n, o, qi(this, "attr." + e, t)) : t == null ? (n.local ? yd : pd)(n) : (n.local ? _d : wd)(n, o, t));
}
function kd(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Sd(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Ed(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Sd(e, r)), n;
  }
  return i._value = t, i;
}
function Nd(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && kd(e, r)), n;
  }
  return i._value = t, i;
}
function Cd(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = To(e);
  return this.tween(n, (o.local ? Ed : Nd)(o, t));
}
function Md(e, t) {
  return function() {
    Xi(this, e).delay = +t.apply(this, arguments);
  };
}
function Id(e, t) {
  return t = +t, function() {
    Xi(this, e).delay = t;
  };
}
function Td(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Md : Id)(t, e)) : Ke(this.node(), t).delay;
}
function Ad(e, t) {
  return function() {
    it(this, e).duration = +t.apply(this, arguments);
  };
}
function zd(e, t) {
  return t = +t, function() {
    it(this, e).duration = t;
  };
}
function Dd(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ad : zd)(t, e)) : Ke(this.node(), t).duration;
}
function Pd(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    it(this, e).ease = t;
  };
}
function Rd(e) {
  var t = this._id;
  return arguments.length ? this.each(Pd(t, e)) : Ke(this.node(), t).ease;
}
function Od(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    it(this, e).ease = n;
  };
}
function Bd(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Od(this._id, e));
}
function Vd(e) {
  typeof e != "function" && (e = zs(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new ht(o, this._parents, this._name, this._id);
}
function Hd(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = l[h] || u[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new ht(s, this._parents, this._name, this._id);
}
function Ld(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Fd(e, t, n) {
  var o, i, r = Ld(t) ? Xi : it;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Yd(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Ke(this.node(), n).on.on(e) : this.each(Fd(n, e, t));
}
function Xd(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function qd() {
  return this.on("end.remove", Xd(this._id));
}
function Gd(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Vi(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], l = a.length, u = r[s] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, zo(u[f], t, n, f, u, Ke(c, n)));
  return new ht(r, this._parents, t, n);
}
function Ud(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = As(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), h, _ = Ke(c, n), w = 0, k = f.length; w < k; ++w)
          (h = f[w]) && zo(h, t, n, w, f, _);
        r.push(f), s.push(c);
      }
  return new ht(r, s, t, n);
}
var Wd = zn.prototype.constructor;
function Kd() {
  return new Wd(this._groups, this._parents);
}
function Zd(e, t) {
  var n, o, i;
  return function() {
    var r = Wt(this, e), s = (this.style.removeProperty(e), Wt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function na(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Qd(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Wt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Jd(e, t, n) {
  var o, i, r;
  return function() {
    var s = Wt(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), Wt(this, e))), s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a));
  };
}
function jd(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var l = it(this, e), u = l.on, c = l.value[r] == null ? a || (a = na(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), l.on = o;
  };
}
function ef(e, t, n) {
  var o = (e += "") == "transform" ? td : ta;
  return t == null ? this.styleTween(e, Zd(e, o)).on("end.style." + e, na(e)) : typeof t == "function" ? this.styleTween(e, Jd(e, o, qi(this, "style." + e, t))).each(jd(this._id, e)) : this.styleTween(e, Qd(e, o, t), n).on("end.style." + e, null);
}
function tf(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function nf(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && tf(e, s, n)), o;
  }
  return r._value = t, r;
}
function of(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, nf(e, t, n ?? ""));
}
function rf(e) {
  return function() {
    this.textContent = e;
  };
}
function sf(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function af(e) {
  return this.tween("text", typeof e == "function" ? sf(qi(this, "text", e)) : rf(e == null ? "" : e + ""));
}
function lf(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function uf(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && lf(i)), t;
  }
  return o._value = e, o;
}
function cf(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, uf(e));
}
function df() {
  for (var e = this._name, t = this._id, n = oa(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = Ke(l, t);
        zo(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new ht(o, this._parents, e, n);
}
function ff() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, l = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = it(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), i === 0 && r();
  });
}
var hf = 0;
function ht(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function oa() {
  return ++hf;
}
var st = zn.prototype;
ht.prototype = {
  constructor: ht,
  select: Gd,
  selectAll: Ud,
  selectChild: st.selectChild,
  selectChildren: st.selectChildren,
  filter: Vd,
  merge: Hd,
  selection: Kd,
  transition: df,
  call: st.call,
  nodes: st.nodes,
  node: st.node,
  size: st.size,
  empty: st.empty,
  each: st.each,
  on: Yd,
  attr: bd,
  attrTween: Cd,
  style: ef,
  styleTween: of,
  text: af,
  textTween: cf,
  remove: qd,
  tween: vd,
  delay: Td,
  duration: Dd,
  ease: Rd,
  easeVarying: Bd,
  end: ff,
  [Symbol.iterator]: st[Symbol.iterator]
};
function gf(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var mf = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: gf
};
function vf(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function pf(e) {
  var t, n;
  e instanceof ht ? (t = e._id, e = e._name) : (t = oa(), (n = mf).time = Yi(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && zo(l, e, t, u, s, n || vf(l, t));
  return new ht(o, this._parents, e, t);
}
zn.prototype.interrupt = hd;
zn.prototype.transition = pf;
const Fn = (e) => () => e;
function yf(e, {
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
function ct(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
ct.prototype = {
  constructor: ct,
  scale: function(e) {
    return e === 1 ? this : new ct(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new ct(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Zt = new ct(1, 0, 0);
ct.prototype;
function Wo(e) {
  e.stopImmediatePropagation();
}
function rn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function wf(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function _f() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Er() {
  return this.__zoom || Zt;
}
function xf(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function $f() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function bf(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function kf() {
  var e = wf, t = _f, n = bf, o = xf, i = $f, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = to, u = Io("start", "zoom", "end"), c, d, f, h = 500, _ = 150, w = 0, k = 10;
  function S(g) {
    g.property("__zoom", Er).on("wheel.zoom", H, { passive: !1 }).on("mousedown.zoom", J).on("dblclick.zoom", q).filter(i).on("touchstart.zoom", G).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", ie).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  S.transform = function(g, M, y, A) {
    var C = g.selection ? g.selection() : g;
    C.property("__zoom", Er), g !== C ? O(g, M, y, A) : C.interrupt().each(function() {
      L(this, arguments).event(A).start().zoom(null, typeof M == "function" ? M.apply(this, arguments) : M).end();
    });
  }, S.scaleBy = function(g, M, y, A) {
    S.scaleTo(g, function() {
      var C = this.__zoom.k, R = typeof M == "function" ? M.apply(this, arguments) : M;
      return C * R;
    }, y, A);
  }, S.scaleTo = function(g, M, y, A) {
    S.transform(g, function() {
      var C = t.apply(this, arguments), R = this.__zoom, T = y == null ? p(C) : typeof y == "function" ? y.apply(this, arguments) : y, Y = R.invert(T), Q = typeof M == "function" ? M.apply(this, arguments) : M;
      return n($(z(R, Q), T, Y), C, s);
    }, y, A);
  }, S.translateBy = function(g, M, y, A) {
    S.transform(g, function() {
      return n(this.__zoom.translate(
        typeof M == "function" ? M.apply(this, arguments) : M,
        typeof y == "function" ? y.apply(this, arguments) : y
      ), t.apply(this, arguments), s);
    }, null, A);
  }, S.translateTo = function(g, M, y, A, C) {
    S.transform(g, function() {
      var R = t.apply(this, arguments), T = this.__zoom, Y = A == null ? p(R) : typeof A == "function" ? A.apply(this, arguments) : A;
      return n(Zt.translate(Y[0], Y[1]).scale(T.k).translate(
        typeof M == "function" ? -M.apply(this, arguments) : -M,
        typeof y == "function" ? -y.apply(this, arguments) : -y
      ), R, s);
    }, A, C);
  };
  function z(g, M) {
    return M = Math.max(r[0], Math.min(r[1], M)), M === g.k ? g : new ct(M, g.x, g.y);
  }
  function $(g, M, y) {
    var A = M[0] - y[0] * g.k, C = M[1] - y[1] * g.k;
    return A === g.x && C === g.y ? g : new ct(g.k, A, C);
  }
  function p(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function O(g, M, y, A) {
    g.on("start.zoom", function() {
      L(this, arguments).event(A).start();
    }).on("interrupt.zoom end.zoom", function() {
      L(this, arguments).event(A).end();
    }).tween("zoom", function() {
      var C = this, R = arguments, T = L(C, R).event(A), Y = t.apply(C, R), Q = y == null ? p(Y) : typeof y == "function" ? y.apply(C, R) : y, ne = Math.max(Y[1][0] - Y[0][0], Y[1][1] - Y[0][1]), re = C.__zoom, Z = typeof M == "function" ? M.apply(C, R) : M, U = l(re.invert(Q).concat(ne / re.k), Z.invert(Q).concat(ne / Z.k));
      return function(K) {
        if (K === 1)
          K = Z;
        else {
          var de = U(K), ve = ne / de[2];
          K = new ct(ve, Q[0] - de[0] * ve, Q[1] - de[1] * ve);
        }
        T.zoom(null, K);
      };
    });
  }
  function L(g, M, y) {
    return !y && g.__zooming || new V(g, M);
  }
  function V(g, M) {
    this.that = g, this.args = M, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, M), this.taps = 0;
  }
  V.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, M) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = M.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = M.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = M.invert(this.touch1[0])), this.that.__zoom = M, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var M = Ge(this.that).datum();
      u.call(
        g,
        this.that,
        new yf(g, {
          sourceEvent: this.sourceEvent,
          target: S,
          transform: this.that.__zoom,
          dispatch: u
        }),
        M
      );
    }
  };
  function H(g, ...M) {
    if (!e.apply(this, arguments))
      return;
    var y = L(this, M).event(g), A = this.__zoom, C = Math.max(r[0], Math.min(r[1], A.k * Math.pow(2, o.apply(this, arguments)))), R = Je(g);
    if (y.wheel)
      (y.mouse[0][0] !== R[0] || y.mouse[0][1] !== R[1]) && (y.mouse[1] = A.invert(y.mouse[0] = R)), clearTimeout(y.wheel);
    else {
      if (A.k === C)
        return;
      y.mouse = [R, A.invert(R)], io(this), y.start();
    }
    rn(g), y.wheel = setTimeout(T, _), y.zoom("mouse", n($(z(A, C), y.mouse[0], y.mouse[1]), y.extent, s));
    function T() {
      y.wheel = null, y.end();
    }
  }
  function J(g, ...M) {
    if (f || !e.apply(this, arguments))
      return;
    var y = g.currentTarget, A = L(this, M, !0).event(g), C = Ge(g.view).on("mousemove.zoom", Q, !0).on("mouseup.zoom", ne, !0), R = Je(g, y), T = g.clientX, Y = g.clientY;
    Ys(g.view), Wo(g), A.mouse = [R, this.__zoom.invert(R)], io(this), A.start();
    function Q(re) {
      if (rn(re), !A.moved) {
        var Z = re.clientX - T, U = re.clientY - Y;
        A.moved = Z * Z + U * U > w;
      }
      A.event(re).zoom("mouse", n($(A.that.__zoom, A.mouse[0] = Je(re, y), A.mouse[1]), A.extent, s));
    }
    function ne(re) {
      C.on("mousemove.zoom mouseup.zoom", null), Xs(re.view, A.moved), rn(re), A.event(re).end();
    }
  }
  function q(g, ...M) {
    if (e.apply(this, arguments)) {
      var y = this.__zoom, A = Je(g.changedTouches ? g.changedTouches[0] : g, this), C = y.invert(A), R = y.k * (g.shiftKey ? 0.5 : 2), T = n($(z(y, R), A, C), t.apply(this, M), s);
      rn(g), a > 0 ? Ge(this).transition().duration(a).call(O, T, A, g) : Ge(this).call(S.transform, T, A, g);
    }
  }
  function G(g, ...M) {
    if (e.apply(this, arguments)) {
      var y = g.touches, A = y.length, C = L(this, M, g.changedTouches.length === A).event(g), R, T, Y, Q;
      for (Wo(g), T = 0; T < A; ++T)
        Y = y[T], Q = Je(Y, this), Q = [Q, this.__zoom.invert(Q), Y.identifier], C.touch0 ? !C.touch1 && C.touch0[2] !== Q[2] && (C.touch1 = Q, C.taps = 0) : (C.touch0 = Q, R = !0, C.taps = 1 + !!c);
      c && (c = clearTimeout(c)), R && (C.taps < 2 && (d = Q[0], c = setTimeout(function() {
        c = null;
      }, h)), io(this), C.start());
    }
  }
  function N(g, ...M) {
    if (this.__zooming) {
      var y = L(this, M).event(g), A = g.changedTouches, C = A.length, R, T, Y, Q;
      for (rn(g), R = 0; R < C; ++R)
        T = A[R], Y = Je(T, this), y.touch0 && y.touch0[2] === T.identifier ? y.touch0[0] = Y : y.touch1 && y.touch1[2] === T.identifier && (y.touch1[0] = Y);
      if (T = y.that.__zoom, y.touch1) {
        var ne = y.touch0[0], re = y.touch0[1], Z = y.touch1[0], U = y.touch1[1], K = (K = Z[0] - ne[0]) * K + (K = Z[1] - ne[1]) * K, de = (de = U[0] - re[0]) * de + (de = U[1] - re[1]) * de;
        T = z(T, Math.sqrt(K / de)), Y = [(ne[0] + Z[0]) / 2, (ne[1] + Z[1]) / 2], Q = [(re[0] + U[0]) / 2, (re[1] + U[1]) / 2];
      } else if (y.touch0)
        Y = y.touch0[0], Q = y.touch0[1];
      else
        return;
      y.zoom("touch", n($(T, Y, Q), y.extent, s));
    }
  }
  function ie(g, ...M) {
    if (this.__zooming) {
      var y = L(this, M).event(g), A = g.changedTouches, C = A.length, R, T;
      for (Wo(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), R = 0; R < C; ++R)
        T = A[R], y.touch0 && y.touch0[2] === T.identifier ? delete y.touch0 : y.touch1 && y.touch1[2] === T.identifier && delete y.touch1;
      if (y.touch1 && !y.touch0 && (y.touch0 = y.touch1, delete y.touch1), y.touch0)
        y.touch0[1] = this.__zoom.invert(y.touch0[0]);
      else if (y.end(), y.taps === 2 && (T = Je(T, this), Math.hypot(d[0] - T[0], d[1] - T[1]) < k)) {
        var Y = Ge(this).on("dblclick.zoom");
        Y && Y.apply(this, arguments);
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
    return arguments.length ? (k = +g, S) : k;
  }, S;
}
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), Gi = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(Gi || {}), Mt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Mt || {}), Nt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Nt || {}), mi = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(mi || {}), gn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(gn || {});
const Sf = ["INPUT", "SELECT", "TEXTAREA"], Ef = typeof document < "u" ? document : null;
function vi(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof (o == null ? void 0 : o.hasAttribute) == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof (o == null ? void 0 : o.closest) == "function" ? o.closest(".nokey") : null;
  return Sf.includes(o == null ? void 0 : o.nodeName) || i || !!r;
}
function Nf(e) {
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
function Cf(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Mf(n.code, e);
    return Array.isArray(e) ? e.some((i) => Nr(n[o], i, t, n.type === "keyup")) : Nr(n[o], e, t, n.type === "keyup");
  };
}
function Mf(e, t) {
  return t.includes(e) ? "code" : "key";
}
function mn(e, t) {
  const n = j(() => _e(t == null ? void 0 : t.target) ?? Ef), o = kt(_e(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = l(_e(e));
  Se(
    () => _e(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && a(), s = l(u);
    },
    {
      immediate: !0
    }
  ), Is(["blur", "contextmenu"], a), ur(
    (...u) => s(...u),
    (u) => {
      var c, d;
      const f = _e(t == null ? void 0 : t.actInsideInputWithModifier) ?? !0, h = _e(t == null ? void 0 : t.preventDefault) ?? !1;
      if (i = Nf(u), (!i || i && !f) && vi(u))
        return;
      const w = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, k = (w == null ? void 0 : w.nodeName) === "BUTTON" || (w == null ? void 0 : w.nodeName) === "A";
      !h && (i || !k) && u.preventDefault(), o.value = !0;
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
    return u === null ? (a(), () => !1) : typeof u == "boolean" ? (a(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Cf(u, r) : u;
  }
  return o;
}
const ia = "vue-flow__node-desc", ra = "vue-flow__edge-desc", If = "vue-flow__aria-live", sa = ["Enter", " ", "Escape"], qt = {
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
function gt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function aa(e, t) {
  return {
    x: gt(e.x, t[0][0], t[1][0]),
    y: gt(e.y, t[0][1], t[1][1])
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
function Tf(e) {
  return Yn(e.width) && Yn(e.height) && Yn(e.x) && Yn(e.y);
}
function Af(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: je({
      width: 0,
      height: 0
    }),
    computedPosition: je({
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
    events: je(De(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function la(e, t, n) {
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
    events: je(De(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? (n == null ? void 0 : n.interactionWidth),
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function ua(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function zf(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return ua(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Ct(r) && r.source === o).map((r) => n.find((s) => Pt(s) && s.id === r.target));
}
function Df(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return ua(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Ct(r) && r.target === o).map((r) => n.find((s) => Pt(s) && s.id === r.source));
}
function ca({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Pf(e, t) {
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
function da(e, t) {
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
function fa({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Rf(e, t) {
  return fa(da(xo(e), xo(t)));
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
    t = da(
      t,
      xo({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return fa(t);
}
function ha(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...kn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = a, d = l.width ?? a.width ?? null, f = l.height ?? a.height ?? null;
    if (i && !u || c)
      continue;
    const h = _o(r, wo(a)), _ = d === null || f === null, w = o && h > 0, k = (d ?? 0) * (f ?? 0);
    (_ || w || h >= k || a.dragging) && s.push(a);
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
function Of(e, t, n) {
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
function Bf(e, t, n, o, i, r) {
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
  const s = Of(r, t, n), a = (t - s.x) / e.width, l = (n - s.y) / e.height, u = Math.min(a, l), c = gt(u, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, h = t / 2 - d * c, _ = n / 2 - f * c, w = Bf(e, h, _, c, t, n), k = {
    left: Math.min(w.left - s.left, 0),
    top: Math.min(w.top - s.top, 0),
    right: Math.min(w.right - s.right, 0),
    bottom: Math.min(w.bottom - s.bottom, 0)
  };
  return {
    x: h - k.left + k.right,
    y: _ - k.top + k.bottom,
    zoom: c
  };
}
function Vf(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function ga(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : ga(n, t) : !1;
}
function Sn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function pi(e) {
  const t = e.ctrlKey && En() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ir(e, t, n) {
  return e < t ? gt(Math.abs(e - t), 1, t) / t : e > n ? -gt(Math.abs(e - n), 1, t) / t : 0;
}
function ma(e, t, n = 15, o = 40) {
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
              l && cn(l) && (!!l.dimensions.width && !!l.dimensions.height ? Ko(s, l) : Be(() => {
                Ko(s, l);
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
function xt(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(wt(r.id, s)));
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
      return i() ? h.push(...t) : e && h.push(e), Promise.allSettled(h.map((_) => _(f)));
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
function Hf(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !ga(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(a) && s.set(a, {
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
function va(e) {
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
function Lf(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? va(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Ff(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && (i == null ? void 0 : i.range) === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Lf(i, e, o);
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
    const [r, s, a, l] = va(i.padding), u = (o == null ? void 0 : o.computedPosition.x) || 0, c = (o == null ? void 0 : o.computedPosition.y) || 0;
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
function Yf({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function Wi(e, t, n, o, i) {
  const r = Yf(e.dimensions, Ff(e, n, o, i)), s = aa(t, r);
  return {
    position: {
      x: s.x - ((i == null ? void 0 : i.computedPosition.x) || 0),
      y: s.y - ((i == null ? void 0 : i.computedPosition.y) || 0)
    },
    computedPosition: s
  };
}
function Qt(e, t, n = se.Left, o = !1) {
  const i = ((t == null ? void 0 : t.x) ?? 0) + e.computedPosition.x, r = ((t == null ? void 0 : t.y) ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Uf(e);
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
function Or(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Xf({
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
function qf(e, t, n = !1) {
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
function Gf(e) {
  return "sourceEvent" in e;
}
function tt(e, t) {
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
function Uf(e) {
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
const Wf = () => !0;
function Qo(e) {
  e == null || e.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Kf(e, t, n) {
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
const Zf = 250;
function Qf(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const l = Kf(e, n, t + Zf);
  for (const u of l) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: h } = Qt(u, d, d.position, !0), _ = Math.sqrt((f - e.x) ** 2 + (h - e.y) ** 2);
      _ > t || (_ < a ? (s = [{ ...d, x: f, y: h }], a = _) : _ === a && s.push({ ...d, x: f, y: h }));
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
  isValidConnection: u = Wf
}, c, d, f, h) {
  const _ = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${l}-${t == null ? void 0 : t.nodeId}-${t == null ? void 0 : t.id}-${t == null ? void 0 : t.type}"]`) : null, { x: k, y: S } = tt(e), z = s.elementFromPoint(k, S), $ = z != null && z.classList.contains(`${a}-flow__handle`) ? z : w, p = {
    handleDomNode: $,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if ($) {
    const O = pa(void 0, $), L = $.getAttribute("data-nodeid"), V = $.getAttribute("data-handleid"), H = $.classList.contains("connectable"), J = $.classList.contains("connectableend");
    if (!L || !O)
      return p;
    const q = {
      source: _ ? L : o,
      sourceHandle: _ ? V : i,
      target: _ ? o : L,
      targetHandle: _ ? i : V
    };
    p.connection = q;
    const N = H && J && (n === Nt.Strict ? _ && O === "source" || !_ && O === "target" : L !== o || V !== i);
    p.isValid = N && u(q, {
      nodes: d,
      edges: c,
      sourceNode: f(q.source),
      targetNode: f(q.target)
    }), p.toHandle = ya(L, O, V, h, n, !0);
  }
  return p;
}
function pa(e, t) {
  return e || (t != null && t.classList.contains("target") ? "target" : t != null && t.classList.contains("source") ? "source" : null);
}
function Jf(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function jf(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function ya(e, t, n, o, i, r = !1) {
  var s, a, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === Nt.Strict ? (s = u.handleBounds) == null ? void 0 : s[t] : [...((a = u.handleBounds) == null ? void 0 : a.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c == null ? void 0 : c.find((f) => f.id === n) : c == null ? void 0 : c[0]) ?? null;
  return d && r ? { ...d, ...Qt(u, d, d.position, !0) } : d;
}
const yi = {
  [se.Left]: se.Right,
  [se.Right]: se.Left,
  [se.Top]: se.Bottom,
  [se.Bottom]: se.Top
}, eh = ["production", "prod"];
function Pn(e, ...t) {
  wa() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function wa() {
  return !eh.includes("production");
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
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Be(() => {
    s.blur();
  })) : n([e]);
}
function De(e) {
  return typeof F(e) < "u";
}
function th(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Re(Pe.EDGE_INVALID, (e == null ? void 0 : e.id) ?? "[ID UNKNOWN]")), !1;
  let i;
  return Ct(e) ? i = e : i = {
    ...e,
    id: ca(e)
  }, i = la(i, void 0, o), Pf(i, t) ? !1 : i;
}
function nh(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Re(Pe.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Re(Pe.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? ca(t) : r,
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
    const a = Af(s, t(s.id), s.parentNode);
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
    const c = Ct(u) ? u : th(u, a, i, r);
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
      ...la(c, h, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const Xr = Symbol("vueFlow"), Zi = Symbol("nodeId"), _a = Symbol("nodeRef"), oh = Symbol("edgeId"), ih = Symbol("edgeRef"), Ro = Symbol("slots");
function xa(e) {
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
    multiSelectionActive: _,
    nodesSelectionActive: w,
    selectNodesOnDrag: k,
    removeSelectedElements: S,
    addSelectedNodes: z,
    updateNodePositions: $,
    emits: p
  } = Me(), { onStart: O, onDrag: L, onStop: V, onClick: H, el: J, disabled: q, id: G, selectable: N, dragHandle: ie } = e, g = kt(!1);
  let M = [], y, A = null, C = { x: void 0, y: void 0 }, R = { x: 0, y: 0 }, T = null, Y = !1, Q = !1, ne = 0, re = !1;
  const Z = $a(), U = ({ x: ce, y: le }) => {
    C = { x: ce, y: le };
    let b = !1;
    if (M = M.map((x) => {
      const E = { x: ce - x.distance.x, y: le - x.distance.y }, { computedPosition: m } = Wi(
        x,
        n.value ? Po(E, o.value) : E,
        p.error,
        s.value,
        x.parentNode ? h(x.parentNode) : void 0
      );
      return b = b || x.position.x !== m.x || x.position.y !== m.y, x.position = m, x;
    }), Q = Q || b, !!b && ($(M, !0, !0), g.value = !0, T)) {
      const [x, E] = Zo({
        id: G,
        dragItems: M,
        findNode: h
      });
      L({ event: T, node: x, nodes: E });
    }
  }, K = () => {
    if (!A)
      return;
    const [ce, le] = ma(R, A, c.value);
    if (ce !== 0 || le !== 0) {
      const b = {
        x: (C.x ?? 0) - ce / l.value.zoom,
        y: (C.y ?? 0) - le / l.value.zoom
      };
      f({ x: ce, y: le }) && U(b);
    }
    ne = requestAnimationFrame(K);
  }, de = (ce, le) => {
    Y = !0;
    const b = h(G);
    !k.value && !_.value && b && (b.selected || S()), b && _e(N) && k.value && wi(
      b,
      _.value,
      z,
      S,
      w,
      !1,
      le
    );
    const x = Z(ce.sourceEvent);
    if (C = x, M = Hf(r.value, d.value, x, G), M.length) {
      const [E, m] = Zo({
        id: G,
        dragItems: M,
        findNode: h
      });
      O({ event: ce.sourceEvent, node: E, nodes: m });
    }
  }, ve = (ce, le) => {
    var b;
    ce.sourceEvent.type === "touchmove" && ce.sourceEvent.touches.length > 1 || (Q = !1, a.value === 0 && de(ce, le), C = Z(ce.sourceEvent), A = ((b = t.value) == null ? void 0 : b.getBoundingClientRect()) || null, R = tt(ce.sourceEvent, A));
  }, he = (ce, le) => {
    const b = Z(ce.sourceEvent);
    if (!re && Y && u.value && (re = !0, K()), !Y) {
      const x = b.xSnapped - (C.x ?? 0), E = b.ySnapped - (C.y ?? 0);
      Math.sqrt(x * x + E * E) > a.value && de(ce, le);
    }
    (C.x !== b.xSnapped || C.y !== b.ySnapped) && M.length && Y && (T = ce.sourceEvent, R = tt(ce.sourceEvent, A), U(b));
  }, we = (ce) => {
    let le = !1;
    if (!Y && !g.value && !_.value) {
      const b = ce.sourceEvent, x = Z(b), E = x.xSnapped - (C.x ?? 0), m = x.ySnapped - (C.y ?? 0), v = Math.sqrt(E * E + m * m);
      v !== 0 && v <= a.value && (H == null || H(b), le = !0);
    }
    if (M.length && !le) {
      Q && ($(M, !1, !1), Q = !1);
      const [b, x] = Zo({
        id: G,
        dragItems: M,
        findNode: h
      });
      V({ event: ce.sourceEvent, node: b, nodes: x });
    }
    M = [], g.value = !1, re = !1, Y = !1, C = { x: void 0, y: void 0 }, cancelAnimationFrame(ne);
  };
  return Se([() => _e(q), J], ([ce, le], b, x) => {
    if (le) {
      const E = Ge(le);
      ce || (y = Ic().on("start", (m) => ve(m, le)).on("drag", (m) => he(m, le)).on("end", (m) => we(m)).filter((m) => {
        const v = m.target, I = _e(ie);
        return !m.button && (!i.value || !Rr(v, `.${i.value}`, le) && (!I || Rr(v, I, le)));
      }), E.call(y)), x(() => {
        E.on(".drag", null), y && (y.on("start", null), y.on("drag", null), y.on("end", null));
      });
    }
  }), g;
}
function rh() {
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
function sh(e, t) {
  const n = rh();
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
function $a() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Me();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Gf(i) ? i.sourceEvent : i, { x: l, y: u } = tt(a, s), c = kn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? Po(c, t.value) : c;
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
function ba({
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
    autoPanOnConnect: _,
    autoPanSpeed: w,
    findNode: k,
    panBy: S,
    startConnection: z,
    updateConnection: $,
    endConnection: p,
    emits: O,
    viewport: L,
    edges: V,
    nodes: H,
    isValidConnection: J,
    nodeLookup: q
  } = Me();
  let G = null, N = !1, ie = null;
  function g(y) {
    var A;
    const C = _e(n) === "target", R = Ki(y), T = Cr(y.target), Y = y.currentTarget;
    if (Y && (R && y.button === 0 || !R)) {
      let Q = function(te) {
        b = tt(te, we), U = Qf(
          kn(b, L.value, !1, [1, 1]),
          c.value,
          q.value,
          m
        ), x || (E(), x = !0);
        const ae = Vr(
          te,
          {
            handle: U,
            connectionMode: u.value,
            fromNodeId: _e(t),
            fromHandleId: _e(e),
            fromType: C ? "target" : "source",
            isValidConnection: Z,
            doc: T,
            lib: "vue",
            flowId: a,
            nodeLookup: q.value
          },
          V.value,
          H.value,
          k,
          q.value
        );
        ie = ae.handleDomNode, G = ae.connection, N = jf(!!U, ae.isValid);
        const ge = {
          // from stays the same
          ...W,
          isValid: N,
          to: ae.toHandle && N ? bn({ x: ae.toHandle.x, y: ae.toHandle.y }, L.value) : b,
          toHandle: ae.toHandle,
          toPosition: N && ae.toHandle ? ae.toHandle.position : yi[m.position],
          toNode: ae.toHandle ? q.value.get(ae.toHandle.nodeId) : null
        };
        if (N && U && (W != null && W.toHandle) && ge.toHandle && W.toHandle.type === ge.toHandle.type && W.toHandle.nodeId === ge.toHandle.nodeId && W.toHandle.id === ge.toHandle.id && W.to.x === ge.to.x && W.to.y === ge.to.y)
          return;
        const xe = U ?? ae.toHandle;
        if ($(
          xe && N ? bn(
            {
              x: xe.x,
              y: xe.y
            },
            L.value
          ) : b,
          xe,
          Jf(!!xe, N)
        ), W = ge, !U && !N && !ie)
          return Qo(le);
        G && G.source !== G.target && ie && (Qo(le), le = ie, ie.classList.add("connecting", "vue-flow__handle-connecting"), ie.classList.toggle("valid", !!N), ie.classList.toggle("vue-flow__handle-valid", !!N));
      }, ne = function(te) {
        "touches" in te && te.touches.length > 0 || ((U || ie) && G && N && (r ? r(te, G) : O.connect(G)), O.connectEnd(te), i && (s == null || s(te)), Qo(le), cancelAnimationFrame(K), p(te), x = !1, N = !1, G = null, ie = null, T.removeEventListener("mousemove", Q), T.removeEventListener("mouseup", ne), T.removeEventListener("touchmove", Q), T.removeEventListener("touchend", ne));
      };
      const re = k(_e(t));
      let Z = _e(o) || J.value || Xn;
      !Z && re && (Z = (C ? re.isValidSourcePos : re.isValidTargetPos) || Xn);
      let U, K = 0;
      const { x: de, y: ve } = tt(y), he = pa(_e(i), Y), we = (A = l.value) == null ? void 0 : A.getBoundingClientRect();
      if (!we || !he)
        return;
      const ce = ya(_e(t), he, _e(e), q.value, u.value);
      if (!ce)
        return;
      let le, b = tt(y, we), x = !1;
      const E = () => {
        if (!_.value)
          return;
        const [te, ae] = ma(b, we, w.value);
        S({ x: te, y: ae }), K = requestAnimationFrame(E);
      }, m = {
        ...ce,
        nodeId: _e(t),
        type: he,
        position: ce.position
      }, v = q.value.get(_e(t)), X = {
        inProgress: !0,
        isValid: null,
        from: Qt(v, m, se.Left, !0),
        fromHandle: m,
        fromPosition: m.position,
        fromNode: v,
        to: b,
        toHandle: null,
        toPosition: yi[m.position],
        toNode: null
      };
      z(
        {
          nodeId: _e(t),
          id: _e(e),
          type: he,
          position: (Y == null ? void 0 : Y.getAttribute("data-handlepos")) || se.Top,
          ...b
        },
        {
          x: de - we.left,
          y: ve - we.top
        }
      ), O.connectStart({ event: y, nodeId: _e(t), handleId: _e(e), handleType: he });
      let W = X;
      T.addEventListener("mousemove", Q), T.addEventListener("mouseup", ne), T.addEventListener("touchmove", Q), T.addEventListener("touchend", ne);
    }
  }
  function M(y) {
    var A, C;
    if (!d.value)
      return;
    const R = _e(n) === "target";
    if (!f.value) {
      O.clickConnectStart({ event: y, nodeId: _e(t), handleId: _e(e) }), z(
        {
          nodeId: _e(t),
          type: _e(n),
          id: _e(e),
          position: se.Top,
          ...tt(y)
        },
        void 0,
        !0
      );
      return;
    }
    let T = _e(o) || J.value || Xn;
    const Y = k(_e(t));
    if (!T && Y && (T = (R ? Y.isValidSourcePos : Y.isValidTargetPos) || Xn), Y && (typeof Y.connectable > "u" ? h.value : Y.connectable) === !1)
      return;
    const Q = Cr(y.target), ne = Vr(
      y,
      {
        handle: {
          nodeId: _e(t),
          id: _e(e),
          type: _e(n),
          position: se.Top,
          ...tt(y)
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
      V.value,
      H.value,
      k,
      q.value
    ), re = ((A = ne.connection) == null ? void 0 : A.source) === ((C = ne.connection) == null ? void 0 : C.target);
    ne.isValid && ne.connection && !re && O.connect(ne.connection), O.clickConnectEnd(y), p(y, !0);
  }
  return {
    handlePointerDown: g,
    handleClick: M
  };
}
function ah() {
  return vt(Zi, "");
}
function ka(e) {
  const t = e ?? ah() ?? "", n = vt(_a, ye(null)), { findNode: o, edges: i, emits: r } = Me(), s = o(t);
  return s || r.error(new Re(Pe.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: j(() => o(s.parentNode)),
    connectedEdges: j(() => It([s], i.value))
  };
}
function lh() {
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
function uh(e, t) {
  const n = lh();
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
function Sa() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Me();
  return (l, u = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = u ? 4 : 1, h = l.x * c * f, _ = l.y * d * f, w = [];
    for (const k of e.value)
      if (k.draggable || s && typeof k.draggable > "u") {
        const S = { x: k.computedPosition.x + h, y: k.computedPosition.y + _ }, { position: z } = Wi(
          k,
          S,
          a.error,
          t.value,
          k.parentNode ? o(k.parentNode) : void 0
        );
        w.push({
          id: k.id,
          position: z,
          from: k.position,
          distance: { x: l.x, y: l.y },
          dimensions: k.dimensions
        });
      }
    n(w, !0, !1);
  };
}
const qn = 0.1, ch = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function yt() {
  return Pn("Viewport not initialized yet."), Promise.resolve(!1);
}
const dh = {
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
function fh(e) {
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
      const { x: u, y: c } = aa({ x: -o, y: -i }, e.translateExtent), d = Zt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate((s == null ? void 0 : s.interpolate) === "linear" ? hn : to).transform(
        ei(e.d3Selection, s == null ? void 0 : s.duration, s == null ? void 0 : s.ease, () => {
          a(!0);
        }),
        d
      ) : a(!1);
    });
  }
  return j(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
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
  } : dh);
}
function ei(e, t = 0, n = ch, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function hh(e, t, n) {
  const o = ks(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, k, S = !!(n.nodes.value.length || n.edges.value.length);
        w = Lt([e.modelValue, () => {
          var z, $;
          return ($ = (z = e.modelValue) == null ? void 0 : z.value) == null ? void 0 : $.length;
        }], ([z]) => {
          z && Array.isArray(z) && (k == null || k.pause(), n.setElements(z), !k && !S && z.length ? S = !0 : k == null || k.resume());
        }), k = Lt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([z, $]) => {
            var p;
            (p = e.modelValue) != null && p.value && Array.isArray(e.modelValue.value) && (w == null || w.pause(), e.modelValue.value = [...z, ...$], Be(() => {
              w == null || w.resume();
            }));
          },
          { immediate: S }
        ), jn(() => {
          w == null || w.stop(), k == null || k.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, k, S = !!n.nodes.value.length;
        w = Lt([e.nodes, () => {
          var z, $;
          return ($ = (z = e.nodes) == null ? void 0 : z.value) == null ? void 0 : $.length;
        }], ([z]) => {
          z && Array.isArray(z) && (k == null || k.pause(), n.setNodes(z), !k && !S && z.length ? S = !0 : k == null || k.resume());
        }), k = Lt(
          [n.nodes, () => n.nodes.value.length],
          ([z]) => {
            var $;
            ($ = e.nodes) != null && $.value && Array.isArray(e.nodes.value) && (w == null || w.pause(), e.nodes.value = [...z], Be(() => {
              w == null || w.resume();
            }));
          },
          { immediate: S }
        ), jn(() => {
          w == null || w.stop(), k == null || k.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, k, S = !!n.edges.value.length;
        w = Lt([e.edges, () => {
          var z, $;
          return ($ = (z = e.edges) == null ? void 0 : z.value) == null ? void 0 : $.length;
        }], ([z]) => {
          z && Array.isArray(z) && (k == null || k.pause(), n.setEdges(z), !k && !S && z.length ? S = !0 : k == null || k.resume());
        }), k = Lt(
          [n.edges, () => n.edges.value.length],
          ([z]) => {
            var $;
            ($ = e.edges) != null && $.value && Array.isArray(e.edges.value) && (w == null || w.pause(), e.edges.value = [...z], Be(() => {
              w == null || w.resume();
            }));
          },
          { immediate: S }
        ), jn(() => {
          w == null || w.stop(), k == null || k.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        Se(
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
        Se(
          () => t.minZoom,
          () => {
            t.minZoom && De(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        Se(
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
        Se(
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
        Se(
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
        const w = async (k) => {
          let S = k;
          typeof t.autoConnect == "function" && (S = await t.autoConnect(k)), S !== !1 && n.addEdges([S]);
        };
        Se(
          () => t.autoConnect,
          () => {
            De(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), Se(
          n.autoConnect,
          (k, S, z) => {
            k ? n.onConnect(w) : n.hooks.value.connect.off(w), z(() => {
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
      for (const k of Object.keys(t)) {
        const S = k;
        if (!w.includes(S)) {
          const z = Ee(() => t[S]), $ = n[S];
          Ri($) && o.run(() => {
            Se(
              z,
              (p) => {
                De(p) && ($.value = p);
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
function gh() {
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
function mh(e, t) {
  const n = en();
  kl(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), yn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), yn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = vh(i);
    return !!((r = n == null ? void 0 : n.vnode.props) == null ? void 0 : r[s]);
  }
}
function vh(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function Ea() {
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
    hooks: gh(),
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
const ph = [
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
function yh(e, t, n) {
  const o = fh(e), i = (b) => {
    const x = b ?? [];
    e.hooks.updateNodeInternals.trigger(x);
  }, r = (b) => Df(b, e.nodes, e.edges), s = (b) => zf(b, e.nodes, e.edges), a = (b) => It(b, e.edges), l = ({ id: b, type: x, nodeId: E }) => {
    var m;
    const v = b ? `-${x}-${b}` : `-${x}`;
    return Array.from(((m = e.connectionLookup.get(`${E}${v}`)) == null ? void 0 : m.values()) ?? []);
  }, u = (b) => {
    if (b)
      return t.value.get(b);
  }, c = (b) => {
    if (b)
      return n.value.get(b);
  }, d = (b, x, E) => {
    var m, v;
    const I = [];
    for (const X of b) {
      const W = {
        id: X.id,
        type: "position",
        dragging: E,
        from: X.from
      };
      if (x && (W.position = X.position, X.parentNode)) {
        const te = u(X.parentNode);
        W.position = {
          x: W.position.x - (((m = te == null ? void 0 : te.computedPosition) == null ? void 0 : m.x) ?? 0),
          y: W.position.y - (((v = te == null ? void 0 : te.computedPosition) == null ? void 0 : v.y) ?? 0)
        };
      }
      I.push(W);
    }
    I != null && I.length && e.hooks.nodesChange.trigger(I);
  }, f = (b) => {
    if (!e.vueFlowRef)
      return;
    const x = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!x)
      return;
    const E = window.getComputedStyle(x), { m22: m } = new window.DOMMatrixReadOnly(E.transform), v = [];
    for (const I of b) {
      const X = I, W = u(X.id);
      if (W) {
        const te = Do(X.nodeElement);
        if (!!(te.width && te.height && (W.dimensions.width !== te.width || W.dimensions.height !== te.height || X.forceUpdate))) {
          const ge = X.nodeElement.getBoundingClientRect();
          W.dimensions = te, W.handleBounds.source = Hr("source", X.nodeElement, ge, m, W.id), W.handleBounds.target = Hr("target", X.nodeElement, ge, m, W.id), v.push({
            id: W.id,
            type: "dimensions",
            dimensions: te
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), v.length && e.hooks.nodesChange.trigger(v);
  }, h = (b, x) => {
    const E = /* @__PURE__ */ new Set(), m = /* @__PURE__ */ new Set();
    for (const X of b)
      Pt(X) ? E.add(X.id) : Ct(X) && m.add(X.id);
    const v = xt(t.value, E, !0), I = xt(n.value, m);
    if (e.multiSelectionActive) {
      for (const X of E)
        v.push(wt(X, x));
      for (const X of m)
        I.push(wt(X, x));
    }
    v.length && e.hooks.nodesChange.trigger(v), I.length && e.hooks.edgesChange.trigger(I);
  }, _ = (b) => {
    if (e.multiSelectionActive) {
      const x = b.map((E) => wt(E.id, !0));
      e.hooks.nodesChange.trigger(x);
      return;
    }
    e.hooks.nodesChange.trigger(xt(t.value, new Set(b.map((x) => x.id)), !0)), e.hooks.edgesChange.trigger(xt(n.value));
  }, w = (b) => {
    if (e.multiSelectionActive) {
      const x = b.map((E) => wt(E.id, !0));
      e.hooks.edgesChange.trigger(x);
      return;
    }
    e.hooks.edgesChange.trigger(xt(n.value, new Set(b.map((x) => x.id)))), e.hooks.nodesChange.trigger(xt(t.value, /* @__PURE__ */ new Set(), !0));
  }, k = (b) => {
    h(b, !0);
  }, S = (b) => {
    const E = (b || e.nodes).map((m) => (m.selected = !1, wt(m.id, !1)));
    e.hooks.nodesChange.trigger(E);
  }, z = (b) => {
    const E = (b || e.edges).map((m) => (m.selected = !1, wt(m.id, !1)));
    e.hooks.edgesChange.trigger(E);
  }, $ = (b) => {
    if (!b || !b.length)
      return h([], !1);
    const x = b.reduce(
      (E, m) => {
        const v = wt(m.id, !1);
        return Pt(m) ? E.nodes.push(v) : E.edges.push(v), E;
      },
      { nodes: [], edges: [] }
    );
    x.nodes.length && e.hooks.nodesChange.trigger(x.nodes), x.edges.length && e.hooks.edgesChange.trigger(x.edges);
  }, p = (b) => {
    var x;
    (x = e.d3Zoom) == null || x.scaleExtent([b, e.maxZoom]), e.minZoom = b;
  }, O = (b) => {
    var x;
    (x = e.d3Zoom) == null || x.scaleExtent([e.minZoom, b]), e.maxZoom = b;
  }, L = (b) => {
    var x;
    (x = e.d3Zoom) == null || x.translateExtent(b), e.translateExtent = b;
  }, V = (b) => {
    e.nodeExtent = b, i();
  }, H = (b) => {
    var x;
    (x = e.d3Zoom) == null || x.clickDistance(b);
  }, J = (b) => {
    e.nodesDraggable = b, e.nodesConnectable = b, e.elementsSelectable = b;
  }, q = (b) => {
    const x = b instanceof Function ? b(e.nodes) : b;
    !e.initialized && !x.length || (e.nodes = Lr(x, u, e.hooks.error.trigger));
  }, G = (b) => {
    const x = b instanceof Function ? b(e.edges) : b;
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
  }, N = (b) => {
    const x = b instanceof Function ? b([...e.nodes, ...e.edges]) : b;
    !e.initialized && !x.length || (q(x.filter(Pt)), G(x.filter(Ct)));
  }, ie = (b) => {
    let x = b instanceof Function ? b(e.nodes) : b;
    x = Array.isArray(x) ? x : [x];
    const E = Lr(x, u, e.hooks.error.trigger), m = [];
    for (const v of E)
      m.push(Ar(v));
    m.length && e.hooks.nodesChange.trigger(m);
  }, g = (b) => {
    let x = b instanceof Function ? b(e.edges) : b;
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
  }, M = (b, x = !0, E = !1) => {
    const m = b instanceof Function ? b(e.nodes) : b, v = Array.isArray(m) ? m : [m], I = [], X = [];
    function W(ae) {
      const ge = a(ae);
      for (const xe of ge)
        (!De(xe.deletable) || xe.deletable) && X.push(Dr(xe.id, xe.source, xe.target, xe.sourceHandle, xe.targetHandle));
    }
    function te(ae) {
      const ge = [];
      for (const xe of e.nodes)
        xe.parentNode === ae && ge.push(xe);
      if (ge.length) {
        for (const xe of ge)
          I.push(zr(xe.id));
        x && W(ge);
        for (const xe of ge)
          te(xe.id);
      }
    }
    for (const ae of v) {
      const ge = typeof ae == "string" ? u(ae) : ae;
      ge && (De(ge.deletable) && !ge.deletable || (I.push(zr(ge.id)), x && W([ge]), E && te(ge.id)));
    }
    X.length && e.hooks.edgesChange.trigger(X), I.length && e.hooks.nodesChange.trigger(I);
  }, y = (b) => {
    const x = b instanceof Function ? b(e.edges) : b, E = Array.isArray(x) ? x : [x], m = [];
    for (const v of E) {
      const I = typeof v == "string" ? c(v) : v;
      I && (De(I.deletable) && !I.deletable || m.push(
        Dr(
          typeof v == "string" ? v : v.id,
          I.source,
          I.target,
          I.sourceHandle,
          I.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(m);
  }, A = (b, x, E = !0) => {
    const m = c(b.id);
    if (!m)
      return !1;
    const v = e.edges.indexOf(m), I = nh(b, x, m, E, e.hooks.error.trigger);
    if (I) {
      const [X] = jo(
        [I],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((W, te) => te === v ? X : W), Jo(e.connectionLookup, n.value, [X]), X;
    }
    return !1;
  }, C = (b, x, E = { replace: !1 }) => {
    const m = c(b);
    if (!m)
      return;
    const v = typeof x == "function" ? x(m) : x;
    m.data = E.replace ? v : { ...m.data, ...v };
  }, R = (b) => Tr(b, e.nodes), T = (b) => {
    const x = Tr(b, e.edges);
    return Jo(e.connectionLookup, n.value, x), x;
  }, Y = (b, x, E = { replace: !1 }) => {
    const m = u(b);
    if (!m)
      return;
    const v = typeof x == "function" ? x(m) : x;
    E.replace ? e.nodes.splice(e.nodes.indexOf(m), 1, v) : Object.assign(m, v);
  }, Q = (b, x, E = { replace: !1 }) => {
    const m = u(b);
    if (!m)
      return;
    const v = typeof x == "function" ? x(m) : x;
    m.data = E.replace ? v : { ...m.data, ...v };
  }, ne = (b, x, E = !1) => {
    E ? e.connectionClickStartHandle = b : e.connectionStartHandle = b, e.connectionEndHandle = null, e.connectionStatus = null, x && (e.connectionPosition = x);
  }, re = (b, x = null, E = null) => {
    e.connectionStartHandle && (e.connectionPosition = b, e.connectionEndHandle = x, e.connectionStatus = E);
  }, Z = (b, x) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, x ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, U = (b) => {
    const x = Tf(b), E = x ? null : cn(b) ? b : u(b.id);
    return !x && !E ? [null, null, x] : [x ? b : wo(E), E, x];
  }, K = (b, x = !0, E = e.nodes) => {
    const [m, v, I] = U(b);
    if (!m)
      return [];
    const X = [];
    for (const W of E || e.nodes) {
      if (!I && (W.id === v.id || !W.computedPosition))
        continue;
      const te = wo(W), ae = _o(te, m);
      (x && ae > 0 || ae >= te.width * te.height || ae >= Number(m.width) * Number(m.height)) && X.push(W);
    }
    return X;
  }, de = (b, x, E = !0) => {
    const [m] = U(b);
    if (!m)
      return !1;
    const v = _o(m, x);
    return E && v > 0 || v >= Number(m.width) * Number(m.height);
  }, ve = (b) => {
    const { viewport: x, dimensions: E, d3Zoom: m, d3Selection: v, translateExtent: I } = e;
    if (!m || !v || !b.x && !b.y)
      return !1;
    const X = Zt.translate(x.x + b.x, x.y + b.y).scale(x.zoom), W = [
      [0, 0],
      [E.width, E.height]
    ], te = m.constrain()(X, W, I), ae = e.viewport.x !== te.x || e.viewport.y !== te.y || e.viewport.zoom !== te.k;
    return m.transform(v, te), ae;
  }, he = (b) => {
    const x = b instanceof Function ? b(e) : b, E = [
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
    m && (x.modelValue && m.push(...x.modelValue), x.nodes && m.push(...x.nodes), x.edges && m.push(...x.edges), N(m));
    const v = () => {
      De(x.maxZoom) && O(x.maxZoom), De(x.minZoom) && p(x.minZoom), De(x.translateExtent) && L(x.translateExtent);
    };
    for (const I of Object.keys(x)) {
      const X = I, W = x[X];
      ![...ph, ...E].includes(X) && De(W) && (e[X] = W);
    }
    si(() => e.d3Zoom).not.toBeNull().then(v), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: N,
    setNodes: q,
    setEdges: G,
    addNodes: ie,
    addEdges: g,
    removeNodes: M,
    removeEdges: y,
    findNode: u,
    findEdge: c,
    updateEdge: A,
    updateEdgeData: C,
    updateNode: Y,
    updateNodeData: Q,
    applyEdgeChanges: T,
    applyNodeChanges: R,
    addSelectedElements: k,
    addSelectedNodes: _,
    addSelectedEdges: w,
    setMinZoom: p,
    setMaxZoom: O,
    setTranslateExtent: L,
    setNodeExtent: V,
    setPaneClickDistance: H,
    removeSelectedElements: $,
    removeSelectedNodes: S,
    removeSelectedEdges: z,
    startConnection: ne,
    updateConnection: re,
    endConnection: Z,
    setInteractive: J,
    setState: he,
    getIntersectingNodes: K,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: l,
    isNodeIntersecting: de,
    panBy: ve,
    fitView: (b) => o.value.fitView(b),
    zoomIn: (b) => o.value.zoomIn(b),
    zoomOut: (b) => o.value.zoomOut(b),
    zoomTo: (b, x) => o.value.zoomTo(b, x),
    setViewport: (b, x) => o.value.setViewport(b, x),
    setTransform: (b, x) => o.value.setTransform(b, x),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (b, x, E) => o.value.setCenter(b, x, E),
    fitBounds: (b, x) => o.value.fitBounds(b, x),
    project: (b) => o.value.project(b),
    screenToFlowCoordinate: (b) => o.value.screenToFlowCoordinate(b),
    flowToScreenCoordinate: (b) => o.value.flowToScreenCoordinate(b),
    toObject: () => {
      const b = [], x = [];
      for (const E of e.nodes) {
        const {
          computedPosition: m,
          handleBounds: v,
          selected: I,
          dimensions: X,
          isParent: W,
          resizing: te,
          dragging: ae,
          events: ge,
          ...xe
        } = E;
        b.push(xe);
      }
      for (const E of e.edges) {
        const { selected: m, sourceNode: v, targetNode: I, events: X, ...W } = E;
        x.push(W);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: b,
          edges: x,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (b) => new Promise((x) => {
      const { nodes: E, edges: m, position: v, zoom: I, viewport: X } = b;
      E && q(E), m && G(m);
      const [W, te] = X != null && X.x && (X != null && X.y) ? [X.x, X.y] : v ?? [null, null];
      if (W && te) {
        const ae = (X == null ? void 0 : X.zoom) || I || e.viewport.zoom;
        return si(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: W,
            y: te,
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
      const b = Ea();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const x = Zt.translate(b.defaultViewport.x ?? 0, b.defaultViewport.y ?? 0).scale(gt(b.defaultViewport.zoom ?? 1, b.minZoom, b.maxZoom)), E = e.viewportRef.getBoundingClientRect(), m = [
          [0, 0],
          [E.width, E.height]
        ], v = e.d3Zoom.constrain()(x, m, b.translateExtent);
        e.d3Zoom.transform(e.d3Selection, v);
      }
      he(b);
    },
    $destroy: () => {
    }
  };
}
const wh = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], _h = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, St = /* @__PURE__ */ Ce({
  ..._h,
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
    const n = Cl(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Ee(() => n.type ?? "source"), i = Ee(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Me(), { id: h, node: _, nodeEl: w, connectedEdges: k } = ka(), S = ye(), z = Ee(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), $ = Ee(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), p = Ee(
      () => {
        var G, N, ie, g, M, y;
        return ((G = s.value) == null ? void 0 : G.nodeId) === h && ((N = s.value) == null ? void 0 : N.id) === e.id && ((ie = s.value) == null ? void 0 : ie.type) === o.value || ((g = l.value) == null ? void 0 : g.nodeId) === h && ((M = l.value) == null ? void 0 : M.id) === e.id && ((y = l.value) == null ? void 0 : y.type) === o.value;
      }
    ), O = Ee(
      () => {
        var G, N, ie;
        return ((G = a.value) == null ? void 0 : G.nodeId) === h && ((N = a.value) == null ? void 0 : N.id) === e.id && ((ie = a.value) == null ? void 0 : ie.type) === o.value;
      }
    ), { handlePointerDown: L, handleClick: V } = ba({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), H = j(() => typeof e.connectable == "string" && e.connectable === "single" ? !k.value.some((G) => {
      const N = G[`${o.value}Handle`];
      return G[o.value] !== h ? !1 : N ? N === e.id : !0;
    }) : typeof e.connectable == "number" ? k.value.filter((G) => {
      const N = G[`${o.value}Handle`];
      return G[o.value] !== h ? !1 : N ? N === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(_, k.value) : De(e.connectable) ? e.connectable : c.value);
    pt(() => {
      var G;
      if (!_.dimensions.width || !_.dimensions.height)
        return;
      const N = (G = _.handleBounds[o.value]) == null ? void 0 : G.find((R) => R.id === e.id);
      if (!u.value || N)
        return;
      const ie = u.value.querySelector(".vue-flow__transformationpane");
      if (!w.value || !S.value || !ie || !e.id)
        return;
      const g = w.value.getBoundingClientRect(), M = S.value.getBoundingClientRect(), y = window.getComputedStyle(ie), { m22: A } = new window.DOMMatrixReadOnly(y.transform), C = {
        id: e.id,
        position: e.position,
        x: (M.left - g.left) / A,
        y: (M.top - g.top) / A,
        type: o.value,
        nodeId: h,
        ...Do(S.value)
      };
      _.handleBounds[o.value] = [..._.handleBounds[o.value] ?? [], C];
    });
    function J(G) {
      const N = Ki(G);
      H.value && z.value && (N && G.button === 0 || !N) && L(G);
    }
    function q(G) {
      !h || !a.value && !z.value || H.value && V(G);
    }
    return t({
      handleClick: V,
      handlePointerDown: L,
      onClick: q,
      onPointerDown: J
    }), (G, N) => (P(), B("div", {
      ref_key: "handle",
      ref: S,
      "data-id": `${F(r)}-${F(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": F(h),
      "data-handlepos": G.position,
      class: Ae(["vue-flow__handle", [
        `vue-flow__handle-${G.position}`,
        `vue-flow__handle-${e.id}`,
        F(d),
        F(f),
        o.value,
        {
          connectable: H.value,
          connecting: O.value,
          connectablestart: z.value,
          connectableend: $.value,
          connectionindicator: H.value && (z.value && !p.value || $.value && p.value)
        }
      ]]),
      onMousedown: J,
      onTouchstartPassive: J,
      onClick: q
    }, [
      Ve(G.$slots, "default", { id: G.id })
    ], 42, wh));
  }
}), Oo = function({
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
    be(St, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? be(a) : be(me, [a]),
    be(St, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Oo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Oo.inheritAttrs = !1;
Oo.compatConfig = { MODE: 3 };
const xh = Oo, Bo = function({
  targetPosition: e = se.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    be(St, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? be(r) : be(me, [r])
  ];
};
Bo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Bo.inheritAttrs = !1;
Bo.compatConfig = { MODE: 3 };
const $h = Bo, Vo = function({
  sourcePosition: e = se.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? be(r) : be(me, [r]),
    be(St, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Vo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Vo.inheritAttrs = !1;
Vo.compatConfig = { MODE: 3 };
const bh = Vo, kh = ["transform"], Sh = ["width", "height", "x", "y", "rx", "ry"], Eh = ["y"], Nh = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Ch = /* @__PURE__ */ Ce({
  ...Nh,
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
    const t = ye({ x: 0, y: 0, width: 0, height: 0 }), n = ye(null), o = j(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    pt(i), Se([() => e.x, () => e.y, n, () => e.label], i);
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
      }, null, 12, Sh)) : fe("", !0),
      D("text", co(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Ve(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (P(), ze(Bi(r.label), { key: 0 })) : (P(), B(me, { key: 1 }, [
            Ie(ee(r.label), 1)
          ], 64))
        ])
      ], 16, Eh)
    ], 8, kh));
  }
}), Mh = ["id", "d", "marker-end", "marker-start"], Ih = ["d", "stroke-width"], Th = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Ho = /* @__PURE__ */ Ce({
  ...Th,
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
      D("path", co(F(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Mh),
      s.interactionWidth ? (P(), B("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Ih)) : fe("", !0),
      s.label && s.labelX && s.labelY ? (P(), ze(Ch, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : fe("", !0)
    ], 64));
  }
});
function Na({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function Ca({
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
    case se.Left:
      s = t - Gn(t - o, r), a = n;
      break;
    case se.Right:
      s = t + Gn(o - t, r), a = n;
      break;
    case se.Top:
      s = t, a = n - Gn(n - i, r);
      break;
    case se.Bottom:
      s = t, a = n + Gn(i - n, r);
      break;
  }
  return [s, a];
}
function Ma(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
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
  }), [f, h, _, w] = Ca({
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
    _,
    w
  ];
}
function Gr({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
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
function Ia(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top
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
  }), [d, f, h, _] = Ca({
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
    _
  ];
}
const Ur = {
  [se.Left]: { x: -1, y: 0 },
  [se.Right]: { x: 1, y: 0 },
  [se.Top]: { x: 0, y: -1 },
  [se.Bottom]: { x: 0, y: 1 }
};
function Ah({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Wr(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function zh({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = Ur[t], a = Ur[o], l = { x: e.x + s.x * r, y: e.y + s.y * r }, u = { x: n.x + a.x * r, y: n.y + a.y * r }, c = Ah({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let h, _, w;
  const k = { x: 0, y: 0 }, S = { x: 0, y: 0 }, [z, $, p, O] = Na({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    _ = i.x ?? z, w = i.y ?? $;
    const V = [
      { x: _, y: l.y },
      { x: _, y: u.y }
    ], H = [
      { x: l.x, y: w },
      { x: u.x, y: w }
    ];
    s[d] === f ? h = d === "x" ? V : H : h = d === "x" ? H : V;
  } else {
    const V = [{ x: l.x, y: u.y }], H = [{ x: u.x, y: l.y }];
    if (d === "x" ? h = s.x === f ? H : V : h = s.y === f ? V : H, t === o) {
      const ie = Math.abs(e[d] - n[d]);
      if (ie <= r) {
        const g = Math.min(r - 1, r - ie);
        s[d] === f ? k[d] = (l[d] > e[d] ? -1 : 1) * g : S[d] = (u[d] > n[d] ? -1 : 1) * g;
      }
    }
    if (t !== o) {
      const ie = d === "x" ? "y" : "x", g = s[d] === a[ie], M = l[ie] > u[ie], y = l[ie] < u[ie];
      (s[d] === 1 && (!g && M || g && y) || s[d] !== 1 && (!g && y || g && M)) && (h = d === "x" ? V : H);
    }
    const J = { x: l.x + k.x, y: l.y + k.y }, q = { x: u.x + S.x, y: u.y + S.y }, G = Math.max(Math.abs(J.x - h[0].x), Math.abs(q.x - h[0].x)), N = Math.max(Math.abs(J.y - h[0].y), Math.abs(q.y - h[0].y));
    G >= N ? (_ = (J.x + q.x) / 2, w = h[0].y) : (_ = h[0].x, w = (J.y + q.y) / 2);
  }
  return [[
    e,
    { x: l.x + k.x, y: l.y + k.y },
    ...h,
    { x: u.x + S.x, y: u.y + S.y },
    n
  ], _, w, p, O];
}
function Dh(e, t, n, o) {
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
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    borderRadius: a = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, h, _, w] = zh({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((S, z, $) => {
    let p;
    return $ > 0 && $ < d.length - 1 ? p = Dh(d[$ - 1], z, d[$ + 1], a) : p = `${$ === 0 ? "M" : "L"}${z.x} ${z.y}`, S += p, S;
  }, ""), f, h, _, w];
}
function Ph(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, l] = Na({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, l];
}
const Rh = Ce({
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
      const [n, o, i] = Ph(e);
      return be(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Oh = Rh, Bh = Ce({
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
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return be(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Ta = Bh, Vh = Ce({
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
    return () => be(Ta, { ...e, ...t, borderRadius: 0 });
  }
}), Hh = Vh, Lh = Ce({
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
      const [n, o, i] = Ma({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return be(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Fh = Lh, Yh = Ce({
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
      const [n, o, i] = Ia({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return be(Ho, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Xh = Yh, qh = {
  input: bh,
  default: xh,
  output: $h
}, Gh = {
  default: Fh,
  straight: Oh,
  step: Hh,
  smoothstep: Ta,
  simplebezier: Xh
};
function Uh(e, t, n) {
  const o = j(() => (w) => t.value.get(w)), i = j(() => (w) => n.value.get(w)), r = j(() => {
    const w = {
      ...Gh,
      ...e.edgeTypes
    }, k = Object.keys(w);
    for (const S of e.edges)
      S.type && !k.includes(S.type) && (w[S.type] = S.type);
    return w;
  }), s = j(() => {
    const w = {
      ...qh,
      ...e.nodeTypes
    }, k = Object.keys(w);
    for (const S of e.nodes)
      S.type && !k.includes(S.type) && (w[S.type] = S.type);
    return w;
  }), a = j(() => e.onlyRenderVisibleElements ? ha(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = j(() => {
    if (e.onlyRenderVisibleElements) {
      const w = [];
      for (const k of e.edges) {
        const S = t.value.get(k.source), z = t.value.get(k.target);
        Xf({
          sourcePos: S.computedPosition || { x: 0, y: 0 },
          targetPos: z.computedPosition || { x: 0, y: 0 },
          sourceWidth: S.dimensions.width,
          sourceHeight: S.dimensions.height,
          targetWidth: z.dimensions.width,
          targetHeight: z.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && w.push(k);
      }
      return w;
    }
    return e.edges;
  }), u = j(() => [...a.value, ...l.value]), c = j(() => {
    const w = [];
    for (const k of e.nodes)
      k.selected && w.push(k);
    return w;
  }), d = j(() => {
    const w = [];
    for (const k of e.edges)
      k.selected && w.push(k);
    return w;
  }), f = j(() => [
    ...c.value,
    ...d.value
  ]), h = j(() => {
    const w = [];
    for (const k of e.nodes)
      k.dimensions.width && k.dimensions.height && k.handleBounds !== void 0 && w.push(k);
    return w;
  }), _ = j(
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
    areNodesInitialized: _
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
    const o = Ea(), i = Pi(o), r = {};
    for (const [f, h] of Object.entries(i.hooks)) {
      const _ = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[_] = h.on;
    }
    const s = {};
    for (const [f, h] of Object.entries(i.hooks))
      s[f] = h.trigger;
    const a = j(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        f.set(h.id, h);
      return f;
    }), l = j(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        f.set(h.id, h);
      return f;
    }), u = Uh(i, a, l), c = yh(i, a, l);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...u,
      ...c,
      ...Vl(i),
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
  const t = Tt.getInstance(), n = bs(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? (n == null ? void 0 : n.vueFlowId);
  let a;
  if (n) {
    const l = vt(Xr, null);
    typeof l < "u" && l !== null && (!s || l.id === s) && (a = l);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const l = r ?? t.getId(), u = t.create(l, i);
    a = u, (n ?? ks(!0)).run(() => {
      Se(
        u.applyDefault,
        (d, f, h) => {
          const _ = (k) => {
            u.applyNodeChanges(k);
          }, w = (k) => {
            u.applyEdgeChanges(k);
          };
          d ? (u.onNodesChange(_), u.onEdgesChange(w)) : (u.hooks.value.nodesChange.off(_), u.hooks.value.edgesChange.off(w)), h(() => {
            u.hooks.value.nodesChange.off(_), u.hooks.value.edgesChange.off(w);
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
function Wh(e) {
  const { emits: t, dimensions: n } = Me();
  let o;
  pt(() => {
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
const Kh = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Zh = /* @__PURE__ */ Ce({
  ...Kh,
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
}), Qh = ["tabIndex"], Jh = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, jh = /* @__PURE__ */ Ce({
  ...Jh,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Me(), a = Sa(), l = ye(null), u = xa({
      el: l,
      onStart(_) {
        t.selectionDragStart(_), t.nodeDragStart(_);
      },
      onDrag(_) {
        t.selectionDrag(_), t.nodeDrag(_);
      },
      onStop(_) {
        t.selectionDragStop(_), t.nodeDragStop(_);
      }
    });
    pt(() => {
      var _;
      r.value || (_ = l.value) == null || _.focus({ preventScroll: !0 });
    });
    const c = j(() => Ui(o.value)), d = j(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(_) {
      t.selectionContextMenu({ event: _, nodes: o.value });
    }
    function h(_) {
      r.value || qt[_.key] && (_.preventDefault(), a(
        {
          x: qt[_.key].x,
          y: qt[_.key].y
        },
        _.shiftKey
      ));
    }
    return (_, w) => !F(s) && c.value.width && c.value.height ? (P(), B("div", {
      key: 0,
      class: Ae(["vue-flow__nodesselection vue-flow__container", F(i)]),
      style: Ne({ transform: `translate(${F(n).x}px,${F(n).y}px) scale(${F(n).zoom})` })
    }, [
      D("div", {
        ref_key: "el",
        ref: l,
        class: Ae([{ dragging: F(u) }, "vue-flow__nodesselection-rect"]),
        style: Ne(d.value),
        tabIndex: F(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: h
      }, null, 46, Qh)
    ], 6)) : fe("", !0);
  }
});
function eg(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const tg = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, ng = /* @__PURE__ */ Ce({
  ...tg,
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
      selectionMode: _,
      deleteKeyCode: w,
      multiSelectionKeyCode: k,
      multiSelectionActive: S,
      edgeLookup: z,
      nodeLookup: $,
      connectionLookup: p,
      defaultEdgeOptions: O,
      connectionStartHandle: L,
      panOnDrag: V
    } = Me(), H = kt(null), J = kt(/* @__PURE__ */ new Set()), q = kt(/* @__PURE__ */ new Set()), G = kt(null), N = Ee(() => l.value && (e.isSelecting || r.value)), ie = Ee(() => L.value !== null);
    let g = !1, M = !1;
    const y = mn(w, { actInsideInputWithModifier: !1 }), A = mn(k);
    Se(y, (Z) => {
      Z && (f(d.value), h(c.value), u.value = !1);
    }), Se(A, (Z) => {
      S.value = Z;
    });
    function C(Z, U) {
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
      if (Array.isArray(V.value) && ((U = V.value) != null && U.includes(2))) {
        Z.preventDefault();
        return;
      }
      i.paneContextMenu(Z);
    }
    function Y(Z) {
      i.paneScroll(Z);
    }
    function Q(Z) {
      var U, K, de;
      if (G.value = ((U = t.value) == null ? void 0 : U.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || Z.button !== 0 || Z.target !== H.value || !G.value)
        return;
      (de = (K = Z.target) == null ? void 0 : K.setPointerCapture) == null || de.call(K, Z.pointerId);
      const { x: ve, y: he } = eg(Z, G.value);
      M = !0, g = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: ve,
        startY: he,
        x: ve,
        y: he
      }, i.selectionStart(Z);
    }
    function ne(Z) {
      var U;
      if (!G.value || !a.value)
        return;
      g = !0;
      const { x: K, y: de } = tt(Z, G.value), { startX: ve = 0, startY: he = 0 } = a.value, we = {
        startX: ve,
        startY: he,
        x: K < ve ? K : ve,
        y: de < he ? de : he,
        width: Math.abs(K - ve),
        height: Math.abs(de - he)
      }, ce = J.value, le = q.value;
      J.value = new Set(
        ha(n.value, we, o.value, _.value === Gi.Partial, !0).map(
          (x) => x.id
        )
      ), q.value = /* @__PURE__ */ new Set();
      const b = ((U = O.value) == null ? void 0 : U.selectable) ?? !0;
      for (const x of J.value) {
        const E = p.value.get(x);
        if (E)
          for (const { edgeId: m } of E.values()) {
            const v = z.value.get(m);
            v && (v.selectable ?? b) && q.value.add(m);
          }
      }
      if (!Yr(ce, J.value)) {
        const x = xt($.value, J.value, !0);
        i.nodesChange(x);
      }
      if (!Yr(le, q.value)) {
        const x = xt(z.value, q.value);
        i.edgesChange(x);
      }
      a.value = we, r.value = !0, u.value = !1;
    }
    function re(Z) {
      var U;
      Z.button !== 0 || !M || ((U = Z.target) == null || U.releasePointerCapture(Z.pointerId), !r.value && a.value && Z.target === H.value && R(Z), r.value = !1, a.value = null, u.value = J.value.size > 0, i.selectionEnd(Z), e.selectionKeyPressed && (g = !1), M = !1);
    }
    return (Z, U) => (P(), B("div", {
      ref_key: "container",
      ref: H,
      class: Ae(["vue-flow__pane vue-flow__container", { selection: Z.isSelecting }]),
      onClick: U[0] || (U[0] = (K) => N.value ? void 0 : C(R, H.value)(K)),
      onContextmenu: U[1] || (U[1] = (K) => C(T, H.value)(K)),
      onWheelPassive: U[2] || (U[2] = (K) => C(Y, H.value)(K)),
      onPointerenter: U[3] || (U[3] = (K) => N.value ? void 0 : F(i).paneMouseEnter(K)),
      onPointerdown: U[4] || (U[4] = (K) => N.value ? Q(K) : F(i).paneMouseMove(K)),
      onPointermove: U[5] || (U[5] = (K) => N.value ? ne(K) : F(i).paneMouseMove(K)),
      onPointerup: U[6] || (U[6] = (K) => N.value ? re(K) : void 0),
      onPointerleave: U[7] || (U[7] = (K) => F(i).paneMouseLeave(K))
    }, [
      Ve(Z.$slots, "default"),
      F(r) && F(a) ? (P(), ze(Zh, {
        key: 0,
        "user-selection-rect": F(a)
      }, null, 8, ["user-selection-rect"])) : fe("", !0),
      F(u) && F(d).length ? (P(), ze(jh, { key: 1 })) : fe("", !0)
    ], 34));
  }
}), og = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, ig = /* @__PURE__ */ Ce({
  ...og,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Me(), i = j(() => n.value ? !o.value : !1), r = j(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (P(), B("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ne({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Ve(s.$slots, "default")
    ], 4));
  }
}), rg = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, sg = /* @__PURE__ */ Ce({
  ...rg,
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
      zoomOnScroll: _,
      preventScrolling: w,
      noWheelClassName: k,
      noPanClassName: S,
      emits: z,
      connectionStartHandle: $,
      userSelectionActive: p,
      paneDragging: O,
      d3Zoom: L,
      d3Selection: V,
      d3ZoomHandler: H,
      viewport: J,
      viewportRef: q,
      paneClickDistance: G
    } = Me();
    Wh(q);
    const N = kt(!1), ie = kt(!1);
    let g = null, M = !1, y = 0, A = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const C = mn(a), R = mn(s), T = mn(r), Y = Ee(
      () => (!R.value || R.value && s.value === !0) && (C.value || d.value)
    ), Q = Ee(() => C.value || l.value), ne = Ee(() => s.value === !0 && Y.value !== !0), re = Ee(
      () => R.value && s.value !== !0 || p.value || ne.value
    ), Z = Ee(() => $.value !== null);
    pt(() => {
      if (!q.value) {
        Pn("Viewport element is missing");
        return;
      }
      const he = q.value, we = he.getBoundingClientRect(), ce = kf().clickDistance(G.value).scaleExtent([t.value, n.value]).translateExtent(i.value), le = Ge(he).call(ce), b = le.on("wheel.zoom"), x = Zt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(gt(o.value.zoom ?? 1, t.value, n.value)), E = [
        [0, 0],
        [we.width, we.height]
      ], m = ce.constrain()(x, E, i.value);
      ce.transform(le, m), ce.wheelDelta(pi), L.value = ce, V.value = le, H.value = b, J.value = { x: m.x, y: m.y, zoom: m.k }, ce.on("start", (v) => {
        var I;
        if (!v.sourceEvent)
          return null;
        y = v.sourceEvent.button, N.value = !0;
        const X = de(v.transform);
        ((I = v.sourceEvent) == null ? void 0 : I.type) === "mousedown" && (O.value = !0), A = X, z.viewportChangeStart(X), z.moveStart({ event: v, flowTransform: X });
      }), ce.on("end", (v) => {
        if (!v.sourceEvent)
          return null;
        if (N.value = !1, O.value = !1, U(Y.value, y ?? 0) && !M && z.paneContextMenu(v.sourceEvent), M = !1, K(A, v.transform)) {
          const I = de(v.transform);
          A = I, z.viewportChangeEnd(I), z.moveEnd({ event: v, flowTransform: I });
        }
      }), ce.filter((v) => {
        var I;
        const X = T.value || _.value, W = h.value && v.ctrlKey, te = v.button, ae = v.type === "wheel";
        if (te === 1 && v.type === "mousedown" && (ve(v, "vue-flow__node") || ve(v, "vue-flow__edge")))
          return !0;
        if (!Y.value && !X && !Q.value && !f.value && !h.value || p.value || Z.value && !ae || !f.value && v.type === "dblclick" || ve(v, k.value) && ae || ve(v, S.value) && (!ae || Q.value && ae && !T.value) || !h.value && v.ctrlKey && ae || !X && !Q.value && !W && ae)
          return !1;
        if (!h && v.type === "touchstart" && ((I = v.touches) == null ? void 0 : I.length) > 1)
          return v.preventDefault(), !1;
        if (!Y.value && (v.type === "mousedown" || v.type === "touchstart") || ne.value && Array.isArray(d.value) && d.value.includes(0) && te === 0 || Array.isArray(d.value) && !d.value.includes(te) && (v.type === "mousedown" || v.type === "touchstart"))
          return !1;
        const ge = Array.isArray(d.value) && d.value.includes(te) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !te || te <= 1;
        return (!v.ctrlKey || C.value || ae) && ge;
      }), Se(
        [p, Y],
        () => {
          p.value && !N.value ? ce.on("zoom", null) : p.value || ce.on("zoom", (v) => {
            J.value = { x: v.transform.x, y: v.transform.y, zoom: v.transform.k };
            const I = de(v.transform);
            M = U(Y.value, y ?? 0), z.viewportChange(I), z.move({ event: v, flowTransform: I });
          });
        },
        { immediate: !0 }
      ), Se(
        [p, Q, u, T, h, w, k],
        () => {
          Q.value && !T.value && !p.value ? le.on(
            "wheel.zoom",
            (v) => {
              if (ve(v, k.value))
                return !1;
              const I = T.value || _.value, X = h.value && v.ctrlKey;
              if (!(!w.value || Q.value || I || X))
                return !1;
              v.preventDefault(), v.stopImmediatePropagation();
              const te = le.property("__zoom").k || 1, ae = En();
              if (!C.value && v.ctrlKey && h.value && ae) {
                const _l = Je(v), xl = pi(v), $l = te * 2 ** xl;
                ce.scaleTo(le, $l, _l, v);
                return;
              }
              const ge = v.deltaMode === 1 ? 20 : 1;
              let xe = u.value === gn.Vertical ? 0 : v.deltaX * ge, qe = u.value === gn.Horizontal ? 0 : v.deltaY * ge;
              !ae && v.shiftKey && u.value !== gn.Vertical && !xe && qe && (xe = qe, qe = 0), ce.translateBy(
                le,
                -(xe / te) * c.value,
                -(qe / te) * c.value
              );
              const Qe = de(le.property("__zoom"));
              g && clearTimeout(g), ie.value ? (z.move({ event: v, flowTransform: Qe }), z.viewportChange(Qe), g = setTimeout(() => {
                z.moveEnd({ event: v, flowTransform: Qe }), z.viewportChangeEnd(Qe), ie.value = !1;
              }, 150)) : (ie.value = !0, z.moveStart({ event: v, flowTransform: Qe }), z.viewportChangeStart(Qe));
            },
            { passive: !1 }
          ) : typeof b < "u" && le.on(
            "wheel.zoom",
            function(v, I) {
              const X = !w.value && v.type === "wheel" && !v.ctrlKey, W = T.value || _.value, te = h.value && v.ctrlKey;
              if (!W && !l.value && !te && v.type === "wheel" || X || ve(v, k.value))
                return null;
              v.preventDefault(), b.call(this, v, I);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function U(he, we) {
      return we === 2 && Array.isArray(he) && he.includes(2);
    }
    function K(he, we) {
      return he.x !== we.x && !Number.isNaN(we.x) || he.y !== we.y && !Number.isNaN(we.y) || he.zoom !== we.k && !Number.isNaN(we.k);
    }
    function de(he) {
      return {
        x: he.x,
        y: he.y,
        zoom: he.k
      };
    }
    function ve(he, we) {
      return he.target.closest(`.${we}`);
    }
    return (he, we) => (P(), B("div", {
      ref_key: "viewportRef",
      ref: q,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ue(ng, {
        "is-selecting": re.value,
        "selection-key-pressed": F(R),
        class: Ae({
          connecting: Z.value,
          dragging: F(O),
          draggable: F(d) === !0 || Array.isArray(F(d)) && F(d).includes(0)
        })
      }, {
        default: Oe(() => [
          ue(ig, null, {
            default: Oe(() => [
              Ve(he.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), ag = ["id"], lg = ["id"], ug = ["id"], cg = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, dg = /* @__PURE__ */ Ce({
  ...cg,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Me();
    return (i, r) => (P(), B(me, null, [
      D("div", {
        id: `${F(ia)}-${F(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + ee(F(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, ag),
      D("div", {
        id: `${F(ra)}-${F(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, lg),
      F(n) ? fe("", !0) : (P(), B("div", {
        key: 0,
        id: `${F(If)}-${F(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, ee(F(o)), 9, ug))
    ], 64));
  }
});
function fg() {
  const e = Me();
  Se(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function hg(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function gg(e, t, n) {
  return n === se.Top ? e - t : n === se.Bottom ? e + t : e;
}
const Qi = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = se.Top,
  type: i
}) {
  return be("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: hg(t, e, o),
    cy: gg(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
Qi.props = ["radius", "centerX", "centerY", "position", "type"];
Qi.compatConfig = { MODE: 3 };
const Kr = Qi, mg = Ce({
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
      disableKeyboardA11y: _,
      elementsSelectable: w,
      edgesUpdatable: k,
      edgesFocusable: S,
      hooks: z
    } = Me(), $ = j(() => c(e.id)), { emit: p, on: O } = sh($.value, r), L = vt(Ro), V = en(), H = ye(!1), J = ye(!1), q = ye(""), G = ye(null), N = ye("source"), ie = ye(null), g = Ee(
      () => typeof $.value.selectable > "u" ? w.value : $.value.selectable
    ), M = Ee(() => typeof $.value.updatable > "u" ? k.value : $.value.updatable), y = Ee(() => typeof $.value.focusable > "u" ? S.value : $.value.focusable);
    Et(oh, e.id), Et(ih, ie);
    const A = j(() => $.value.class instanceof Function ? $.value.class($.value) : $.value.class), C = j(() => $.value.style instanceof Function ? $.value.style($.value) : $.value.style), R = j(() => {
      const x = $.value.type || "default", E = L == null ? void 0 : L[`edge-${x}`];
      if (E)
        return E;
      let m = $.value.template ?? l.value[x];
      if (typeof m == "string" && V) {
        const v = Object.keys(V.appContext.components);
        v && v.includes(x) && (m = Es(x, !1));
      }
      return m && typeof m != "string" ? m : (r.error(new Re(Pe.EDGE_TYPE_MISSING, m)), !1);
    }), { handlePointerDown: T } = ba({
      nodeId: q,
      handleId: G,
      type: N,
      isValidConnection: f,
      edgeUpdaterType: N,
      onEdgeUpdate: ne,
      onEdgeUpdateEnd: re
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
      const I = Or(v, $.value.sourceHandle);
      let X;
      o.value === Nt.Strict ? X = E.handleBounds.target : X = [...E.handleBounds.target || [], ...E.handleBounds.source || []];
      const W = Or(X, $.value.targetHandle), te = (I == null ? void 0 : I.position) || se.Bottom, ae = (W == null ? void 0 : W.position) || se.Top, { x: ge, y: xe } = Qt(x, I, te), { x: qe, y: Qe } = Qt(E, W, ae);
      return $.value.sourceX = ge, $.value.sourceY = xe, $.value.targetX = qe, $.value.targetY = Qe, be(
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
              updating: H.value,
              selected: $.value.selected,
              animated: $.value.animated,
              inactive: !g.value && !z.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: y.value ? 0 : void 0,
          "aria-label": $.value.ariaLabel === null ? void 0 : $.value.ariaLabel ?? `Edge from ${$.value.source} to ${$.value.target}`,
          "aria-describedby": y.value ? `${ra}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: y.value ? "group" : "img",
          ...$.value.domAttributes,
          onClick: U,
          onContextmenu: K,
          onDblclick: de,
          onMouseenter: ve,
          onMousemove: he,
          onMouseleave: we,
          onKeyDown: y.value ? b : void 0
        },
        [
          J.value ? null : be(R.value === !1 ? l.value.default : R.value, {
            id: e.id,
            sourceNode: x,
            targetNode: E,
            source: $.value.source,
            target: $.value.target,
            type: $.value.type,
            updatable: M.value,
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
            style: C.value,
            markerStart: `url('#${Sn($.value.markerStart, t)}')`,
            markerEnd: `url('#${Sn($.value.markerEnd, t)}')`,
            sourcePosition: te,
            targetPosition: ae,
            sourceX: ge,
            sourceY: xe,
            targetX: qe,
            targetY: Qe,
            sourceHandleId: $.value.sourceHandle,
            targetHandleId: $.value.targetHandle,
            interactionWidth: $.value.interactionWidth,
            ...m
          }),
          [
            M.value === "source" || M.value === !0 ? [
              be(
                "g",
                {
                  onMousedown: ce,
                  onMouseenter: Y,
                  onMouseout: Q
                },
                be(Kr, {
                  position: te,
                  centerX: ge,
                  centerY: xe,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            M.value === "target" || M.value === !0 ? [
              be(
                "g",
                {
                  onMousedown: le,
                  onMouseenter: Y,
                  onMouseout: Q
                },
                be(Kr, {
                  position: ae,
                  centerX: qe,
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
    function Y() {
      H.value = !0;
    }
    function Q() {
      H.value = !1;
    }
    function ne(x, E) {
      p.update({ event: x, edge: $.value, connection: E });
    }
    function re(x) {
      p.updateEnd({ event: x, edge: $.value }), J.value = !1;
    }
    function Z(x, E) {
      x.button === 0 && (J.value = !0, q.value = E ? $.value.target : $.value.source, G.value = (E ? $.value.targetHandle : $.value.sourceHandle) ?? null, N.value = E ? "target" : "source", p.updateStart({ event: x, edge: $.value }), T(x));
    }
    function U(x) {
      var E;
      const m = { event: x, edge: $.value };
      g.value && (s.value = !1, $.value.selected && h.value ? (u([$.value]), (E = ie.value) == null || E.blur()) : n([$.value])), p.click(m);
    }
    function K(x) {
      p.contextMenu({ event: x, edge: $.value });
    }
    function de(x) {
      p.doubleClick({ event: x, edge: $.value });
    }
    function ve(x) {
      p.mouseEnter({ event: x, edge: $.value });
    }
    function he(x) {
      p.mouseMove({ event: x, edge: $.value });
    }
    function we(x) {
      p.mouseLeave({ event: x, edge: $.value });
    }
    function ce(x) {
      Z(x, !0);
    }
    function le(x) {
      Z(x, !1);
    }
    function b(x) {
      var E;
      !_.value && sa.includes(x.key) && g.value && (x.key === "Escape" ? ((E = ie.value) == null || E.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), vg = mg, pg = Ce({
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
    } = Me(), f = (e = vt(Ro)) == null ? void 0 : e["connection-line"], h = j(() => {
      var z;
      return d((z = o.value) == null ? void 0 : z.nodeId);
    }), _ = j(() => {
      var z;
      return d((z = i.value) == null ? void 0 : z.nodeId) ?? null;
    }), w = j(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), k = j(
      () => l.value.markerStart ? `url(#${Sn(l.value.markerStart, t)})` : ""
    ), S = j(
      () => l.value.markerEnd ? `url(#${Sn(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var z, $, p;
      if (!h.value || !o.value)
        return null;
      const O = o.value.id, L = o.value.type, V = h.value.handleBounds;
      let H = (V == null ? void 0 : V[L]) ?? [];
      if (n.value === Nt.Loose) {
        const C = (V == null ? void 0 : V[L === "source" ? "target" : "source"]) ?? [];
        H = [...H, ...C];
      }
      if (!H)
        return null;
      const J = (O ? H.find((C) => C.id === O) : H[0]) ?? null, q = (J == null ? void 0 : J.position) ?? se.Top, { x: G, y: N } = Qt(h.value, J, q);
      let ie = null;
      _.value && (n.value === Nt.Strict ? ie = ((z = _.value.handleBounds[L === "source" ? "target" : "source"]) == null ? void 0 : z.find(
        (C) => {
          var R;
          return C.id === ((R = i.value) == null ? void 0 : R.id);
        }
      )) || null : ie = (($ = [..._.value.handleBounds.source ?? [], ..._.value.handleBounds.target ?? []]) == null ? void 0 : $.find(
        (C) => {
          var R;
          return C.id === ((R = i.value) == null ? void 0 : R.id);
        }
      )) || null);
      const g = ((p = i.value) == null ? void 0 : p.position) ?? (q ? yi[q] : null);
      if (!q || !g)
        return null;
      const M = s.value ?? l.value.type ?? Mt.Bezier;
      let y = "";
      const A = {
        sourceX: G,
        sourceY: N,
        sourcePosition: q,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: g
      };
      return M === Mt.Bezier ? [y] = Ma(A) : M === Mt.Step ? [y] = _i({
        ...A,
        borderRadius: 0
      }) : M === Mt.SmoothStep ? [y] = _i(A) : M === Mt.SimpleBezier ? [y] = Ia(A) : y = `M${G},${N} ${w.value.x},${w.value.y}`, be(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        be(
          "g",
          { class: "vue-flow__connection" },
          f ? be(f, {
            sourceX: G,
            sourceY: N,
            sourcePosition: q,
            targetX: w.value.x,
            targetY: w.value.y,
            targetPosition: g,
            sourceNode: h.value,
            sourceHandle: J,
            targetNode: _.value,
            targetHandle: ie,
            markerEnd: S.value,
            markerStart: k.value,
            connectionStatus: u.value
          }) : be("path", {
            d: y,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...l.value.style
            },
            "marker-end": S.value,
            "marker-start": k.value
          })
        )
      );
    };
  }
}), yg = pg, wg = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], _g = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, xg = /* @__PURE__ */ Ce({
  ..._g,
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
      t.type === F(mi).ArrowClosed ? (P(), B("polyline", {
        key: 0,
        style: Ne({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : fe("", !0),
      t.type === F(mi).Arrow ? (P(), B("polyline", {
        key: 1,
        style: Ne({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : fe("", !0)
    ], 8, wg));
  }
}), $g = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, bg = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, kg = /* @__PURE__ */ Ce({
  ...bg,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Me(), r = j(() => {
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
    return (s, a) => (P(), B("svg", $g, [
      D("defs", null, [
        (P(!0), B(me, null, Te(r.value, (l) => (P(), ze(xg, {
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
}), Sg = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Eg = /* @__PURE__ */ Ce({
  ...Sg,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Me();
    return (i, r) => (P(), B(me, null, [
      ue(kg),
      (P(!0), B(me, null, Te(F(n), (s) => (P(), B("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ne({ zIndex: F(qf)(s, F(t), F(o)) })
      }, [
        ue(F(vg), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      ue(F(yg))
    ], 64));
  }
}), Ng = Ce({
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
      disableKeyboardA11y: _,
      ariaLiveMessage: w,
      snapToGrid: k,
      snapGrid: S,
      nodeDragThreshold: z,
      nodesDraggable: $,
      elementsSelectable: p,
      nodesConnectable: O,
      nodesFocusable: L,
      hooks: V
    } = Me(), H = ye(null);
    Et(_a, H), Et(Zi, e.id);
    const J = vt(Ro), q = en(), G = Sa(), { node: N, parentNode: ie } = ka(e.id), { emit: g, on: M } = uh(N, s), y = Ee(() => typeof N.draggable > "u" ? $.value : N.draggable), A = Ee(() => typeof N.selectable > "u" ? p.value : N.selectable), C = Ee(() => typeof N.connectable > "u" ? O.value : N.connectable), R = Ee(() => typeof N.focusable > "u" ? L.value : N.focusable), T = j(
      () => A.value || y.value || V.value.nodeClick.hasListeners() || V.value.nodeDoubleClick.hasListeners() || V.value.nodeMouseEnter.hasListeners() || V.value.nodeMouseMove.hasListeners() || V.value.nodeMouseLeave.hasListeners()
    ), Y = Ee(() => !!N.dimensions.width && !!N.dimensions.height), Q = j(() => {
      const E = N.type || "default", m = J == null ? void 0 : J[`node-${E}`];
      if (m)
        return m;
      let v = N.template || d.value[E];
      if (typeof v == "string" && q) {
        const I = Object.keys(q.appContext.components);
        I && I.includes(E) && (v = Es(E, !1));
      }
      return v && typeof v != "string" ? v : (s.error(new Re(Pe.NODE_TYPE_MISSING, v)), !1);
    }), ne = xa({
      id: e.id,
      el: H,
      disabled: () => !y.value,
      selectable: A,
      dragHandle: () => N.dragHandle,
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
        b(E);
      }
    }), re = j(() => N.class instanceof Function ? N.class(N) : N.class), Z = j(() => {
      const E = (N.style instanceof Function ? N.style(N) : N.style) || {}, m = N.width instanceof Function ? N.width(N) : N.width, v = N.height instanceof Function ? N.height(N) : N.height;
      return !E.width && m && (E.width = typeof m == "string" ? m : `${m}px`), !E.height && v && (E.height = typeof v == "string" ? v : `${v}px`), E;
    }), U = Ee(() => Number(N.zIndex ?? Z.value.zIndex ?? 0));
    return c((E) => {
      (E.includes(e.id) || !E.length) && de();
    }), pt(() => {
      Se(
        () => N.hidden,
        (E = !1, m, v) => {
          !E && H.value && (e.resizeObserver.observe(H.value), v(() => {
            H.value && e.resizeObserver.unobserve(H.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), Se([() => N.type, () => N.sourcePosition, () => N.targetPosition], () => {
      Be(() => {
        u([{ id: e.id, nodeElement: H.value, forceUpdate: !0 }]);
      });
    }), Se(
      [
        () => N.position.x,
        () => N.position.y,
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
        () => N.selected,
        () => N.dimensions.height,
        () => N.dimensions.width,
        () => {
          var E;
          return (E = ie.value) == null ? void 0 : E.dimensions.height;
        },
        () => {
          var E;
          return (E = ie.value) == null ? void 0 : E.dimensions.width;
        }
      ],
      ([E, m, v, I, X, W]) => {
        const te = {
          x: E,
          y: m,
          z: W + (h.value && N.selected ? 1e3 : 0)
        };
        typeof v < "u" && typeof I < "u" ? N.computedPosition = Vf({ x: v, y: I, z: X }, te) : N.computedPosition = te;
      },
      { flush: "post", immediate: !0 }
    ), Se([() => N.extent, f], ([E, m], [v, I]) => {
      (E !== v || m !== I) && K();
    }), N.extent === "parent" || typeof N.extent == "object" && "range" in N.extent && N.extent.range === "parent" ? si(() => Y).toBe(!0).then(K) : K(), () => N.hidden ? null : be(
      "div",
      {
        ref: H,
        "data-id": N.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${Q.value === !1 ? "default" : N.type || "default"}`,
          {
            [n.value]: y.value,
            dragging: ne == null ? void 0 : ne.value,
            draggable: y.value,
            selected: N.selected,
            selectable: A.value,
            parent: N.isParent
          },
          re.value
        ],
        style: {
          visibility: Y.value ? "visible" : "hidden",
          zIndex: N.computedPosition.z ?? U.value,
          transform: `translate(${N.computedPosition.x}px,${N.computedPosition.y}px)`,
          pointerEvents: T.value ? "all" : "none",
          ...Z.value
        },
        tabIndex: R.value ? 0 : void 0,
        role: R.value ? "group" : void 0,
        "aria-describedby": _.value ? void 0 : `${ia}-${t}`,
        "aria-label": N.ariaLabel,
        "aria-roledescription": "node",
        ...N.domAttributes,
        onMouseenter: ve,
        onMousemove: he,
        onMouseleave: we,
        onContextmenu: ce,
        onClick: b,
        onDblclick: le,
        onKeydown: x
      },
      [
        be(Q.value === !1 ? d.value.default : Q.value, {
          id: N.id,
          type: N.type,
          data: N.data,
          events: { ...N.events, ...M },
          selected: N.selected,
          resizing: N.resizing,
          dragging: ne.value,
          connectable: C.value,
          position: N.computedPosition,
          dimensions: N.dimensions,
          isValidTargetPos: N.isValidTargetPos,
          isValidSourcePos: N.isValidSourcePos,
          parent: N.parentNode,
          parentNodeId: N.parentNode,
          zIndex: N.computedPosition.z ?? U.value,
          targetPosition: N.targetPosition,
          sourcePosition: N.sourcePosition,
          label: N.label,
          dragHandle: N.dragHandle,
          onUpdateNodeInternals: de
        })
      ]
    );
    function K() {
      const E = N.computedPosition, { computedPosition: m, position: v } = Wi(
        N,
        k.value ? Po(E, S.value) : E,
        s.error,
        f.value,
        ie.value
      );
      (N.computedPosition.x !== m.x || N.computedPosition.y !== m.y) && (N.computedPosition = { ...N.computedPosition, ...m }), (N.position.x !== v.x || N.position.y !== v.y) && (N.position = v);
    }
    function de() {
      H.value && u([{ id: e.id, nodeElement: H.value, forceUpdate: !0 }]);
    }
    function ve(E) {
      ne != null && ne.value || g.mouseEnter({ event: E, node: N });
    }
    function he(E) {
      ne != null && ne.value || g.mouseMove({ event: E, node: N });
    }
    function we(E) {
      ne != null && ne.value || g.mouseLeave({ event: E, node: N });
    }
    function ce(E) {
      return g.contextMenu({ event: E, node: N });
    }
    function le(E) {
      return g.doubleClick({ event: E, node: N });
    }
    function b(E) {
      A.value && (!o.value || !y.value || z.value > 0) && wi(
        N,
        r.value,
        l,
        a,
        i,
        !1,
        H.value
      ), g.click({ event: E, node: N });
    }
    function x(E) {
      if (!(vi(E) || _.value))
        if (sa.includes(E.key) && A.value) {
          const m = E.key === "Escape";
          wi(
            N,
            r.value,
            l,
            a,
            i,
            m,
            H.value
          );
        } else y.value && N.selected && qt[E.key] && (E.preventDefault(), w.value = `Moved selected node ${E.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~N.position.x}, y: ${~~N.position.y}`, G(
          {
            x: qt[E.key].x,
            y: qt[E.key].y
          },
          E.shiftKey
        ));
    }
  }
}), Cg = Ng;
function Mg(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Me();
  return j(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && ((n == null ? void 0 : n.handleBounds) === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Ig = { class: "vue-flow__nodes vue-flow__container" }, Tg = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Ag = /* @__PURE__ */ Ce({
  ...Tg,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Me(), i = Mg(), r = ye();
    return Se(
      i,
      (s) => {
        s && Be(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), pt(() => {
      r.value = new ResizeObserver((s) => {
        const a = s.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        Be(() => n(a));
      });
    }), Mo(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (P(), B("div", Ig, [
      r.value ? (P(!0), B(me, { key: 0 }, Te(F(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && Sl(d, f))
          return d;
        const h = (P(), ze(F(Cg), {
          id: l.id,
          key: l.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = f, h;
      }, a, 0), 128)) : fe("", !0)
    ]));
  }
});
function zg() {
  const { emits: e } = Me();
  pt(() => {
    if (wa()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Re(Pe.MISSING_STYLES));
    }
  });
}
const Dg = /* @__PURE__ */ D("div", { class: "vue-flow__edge-labels" }, null, -1), Pg = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Rg = /* @__PURE__ */ Ce({
  ...Pg,
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
    const o = e, i = Ss(), r = Xo(o, "modelValue", n), s = Xo(o, "nodes", n), a = Xo(o, "edges", n), l = Me(o), u = hh({ modelValue: r, nodes: s, edges: a }, o, l);
    return mh(n, l.hooks), fg(), zg(), Et(Ro, i), bl(u), t(l), (c, d) => (P(), B("div", {
      ref: F(l).vueFlowRef,
      class: "vue-flow"
    }, [
      ue(sg, null, {
        default: Oe(() => [
          ue(Eg),
          Dg,
          ue(Ag),
          Ve(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Ve(c.$slots, "default"),
      ue(dg)
    ], 512));
  }
}), Og = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, xi = /* @__PURE__ */ Ce({
  ...Og,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Me(), o = j(() => `${t.position}`.split("-"));
    return (i, r) => (P(), B("div", {
      class: Ae(["vue-flow__panel", o.value]),
      style: Ne({ pointerEvents: F(n) ? "none" : "all" })
    }, [
      Ve(i.$slots, "default")
    ], 6));
  }
});
var dt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(dt || {});
const Aa = function({ dimensions: e, size: t, color: n }) {
  return be("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, za = function({ radius: e, color: t }) {
  return be("circle", { cx: e, cy: e, r: e, fill: t });
};
dt.Lines + "", dt.Dots + "";
const Bg = {
  [dt.Dots]: "#81818a",
  [dt.Lines]: "#eee"
}, Vg = ["id", "x", "y", "width", "height", "patternTransform"], Hg = {
  key: 2,
  height: "100",
  width: "100"
}, Lg = ["fill"], Fg = ["x", "y", "fill"], Yg = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, Xg = /* @__PURE__ */ Ce({
  ...Yg,
  props: {
    id: {},
    variant: { default: () => dt.Dots },
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
    const { id: t, viewport: n } = Me(), o = j(() => {
      const s = n.value.zoom, [a, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [a * s || 1, l * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [d * s || 1 + u[0] / 2, f * s || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: h,
        size: c
      };
    }), i = Ee(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Ee(() => e.color || e.patternColor || Bg[e.variant || dt.Dots]);
    return (s, a) => (P(), B("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Ne({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Ve(s.$slots, "pattern-container", { id: i.value }, () => [
        D("pattern", {
          id: i.value,
          x: F(n).x % o.value.scaledGap[0],
          y: F(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Ve(s.$slots, "pattern", {}, () => [
            s.variant === F(dt).Lines ? (P(), ze(F(Aa), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === F(dt).Dots ? (P(), ze(F(za), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : fe("", !0),
            s.bgColor ? (P(), B("svg", Hg, [
              D("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Lg)
            ])) : fe("", !0)
          ])
        ], 8, Vg)
      ]),
      D("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Fg),
      Ve(s.$slots, "default", { id: i.value })
    ], 4));
  }
});
var qg = { value: () => {
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
function Gg(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
ro.prototype = Ji.prototype = {
  constructor: ro,
  on: function(e, t) {
    var n = this._, o = Gg(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = Ug(n[i], e.name))) return i;
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
function Ug(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Zr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = qg, e = e.slice(0, o).concat(e.slice(o + 1));
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
function Wg(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === $i && t.documentElement.namespaceURI === $i ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Kg(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Da(e) {
  var t = Lo(e);
  return (t.local ? Kg : Wg)(t);
}
function Zg() {
}
function ji(e) {
  return e == null ? Zg : function() {
    return this.querySelector(e);
  };
}
function Qg(e) {
  typeof e != "function" && (e = ji(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new Ye(o, this._parents);
}
function Jg(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function jg() {
  return [];
}
function Pa(e) {
  return e == null ? jg : function() {
    return this.querySelectorAll(e);
  };
}
function em(e) {
  return function() {
    return Jg(e.apply(this, arguments));
  };
}
function tm(e) {
  typeof e == "function" ? e = em(e) : e = Pa(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new Ye(o, i);
}
function Ra(e) {
  return function() {
    return this.matches(e);
  };
}
function Oa(e) {
  return function(t) {
    return t.matches(e);
  };
}
var nm = Array.prototype.find;
function om(e) {
  return function() {
    return nm.call(this.children, e);
  };
}
function im() {
  return this.firstElementChild;
}
function rm(e) {
  return this.select(e == null ? im : om(typeof e == "function" ? e : Oa(e)));
}
var sm = Array.prototype.filter;
function am() {
  return Array.from(this.children);
}
function lm(e) {
  return function() {
    return sm.call(this.children, e);
  };
}
function um(e) {
  return this.selectAll(e == null ? am : lm(typeof e == "function" ? e : Oa(e)));
}
function cm(e) {
  typeof e != "function" && (e = Ra(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new Ye(o, this._parents);
}
function Ba(e) {
  return new Array(e.length);
}
function dm() {
  return new Ye(this._enter || this._groups.map(Ba), this._parents);
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
function fm(e) {
  return function() {
    return e;
  };
}
function hm(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new $o(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function gm(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new $o(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function mm(e) {
  return e.__data__;
}
function vm(e, t) {
  if (!arguments.length) return Array.from(this, mm);
  var n = t ? gm : hm, o = this._parents, i = this._groups;
  typeof e != "function" && (e = fm(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = pm(e.call(c, c && c.__data__, u, o)), _ = h.length, w = a[u] = new Array(_), k = s[u] = new Array(_), S = l[u] = new Array(f);
    n(c, d, w, k, S, h, t);
    for (var z = 0, $ = 0, p, O; z < _; ++z)
      if (p = w[z]) {
        for (z >= $ && ($ = z + 1); !(O = k[$]) && ++$ < _; ) ;
        p._next = O || null;
      }
  }
  return s = new Ye(s, o), s._enter = a, s._exit = l, s;
}
function pm(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function ym() {
  return new Ye(this._exit || this._groups.map(Ba), this._parents);
}
function wm(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function _m(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), h, _ = 0; _ < d; ++_)
      (h = u[_] || c[_]) && (f[_] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new Ye(a, this._parents);
}
function xm() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function $m(e) {
  e || (e = bm);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, l = i[r] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Ye(i, this._parents).order();
}
function bm(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function km() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Sm() {
  return Array.from(this);
}
function Em() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function Nm() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Cm() {
  return !this.node();
}
function Mm(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Im(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Tm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Am(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function zm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Dm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Pm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Rm(e, t) {
  var n = Lo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Tm : Im : typeof t == "function" ? n.local ? Pm : Dm : n.local ? zm : Am)(n, t));
}
function Va(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Om(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Bm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Vm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Hm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Om : typeof t == "function" ? Vm : Bm)(e, t, n ?? "")) : Jt(this.node(), e);
}
function Jt(e, t) {
  return e.style.getPropertyValue(t) || Va(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Lm(e) {
  return function() {
    delete this[e];
  };
}
function Fm(e, t) {
  return function() {
    this[e] = t;
  };
}
function Ym(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Xm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Lm : typeof t == "function" ? Ym : Fm)(e, t)) : this.node()[e];
}
function Ha(e) {
  return e.trim().split(/^|\s+/);
}
function er(e) {
  return e.classList || new La(e);
}
function La(e) {
  this._node = e, this._names = Ha(e.getAttribute("class") || "");
}
La.prototype = {
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
function Fa(e, t) {
  for (var n = er(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Ya(e, t) {
  for (var n = er(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function qm(e) {
  return function() {
    Fa(this, e);
  };
}
function Gm(e) {
  return function() {
    Ya(this, e);
  };
}
function Um(e, t) {
  return function() {
    (t.apply(this, arguments) ? Fa : Ya)(this, e);
  };
}
function Wm(e, t) {
  var n = Ha(e + "");
  if (arguments.length < 2) {
    for (var o = er(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Um : t ? qm : Gm)(n, t));
}
function Km() {
  this.textContent = "";
}
function Zm(e) {
  return function() {
    this.textContent = e;
  };
}
function Qm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Jm(e) {
  return arguments.length ? this.each(e == null ? Km : (typeof e == "function" ? Qm : Zm)(e)) : this.node().textContent;
}
function jm() {
  this.innerHTML = "";
}
function ev(e) {
  return function() {
    this.innerHTML = e;
  };
}
function tv(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function nv(e) {
  return arguments.length ? this.each(e == null ? jm : (typeof e == "function" ? tv : ev)(e)) : this.node().innerHTML;
}
function ov() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function iv() {
  return this.each(ov);
}
function rv() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function sv() {
  return this.each(rv);
}
function av(e) {
  var t = typeof e == "function" ? e : Da(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function lv() {
  return null;
}
function uv(e, t) {
  var n = typeof e == "function" ? e : Da(e), o = t == null ? lv : typeof t == "function" ? t : ji(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function cv() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function dv() {
  return this.each(cv);
}
function fv() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function hv() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function gv(e) {
  return this.select(e ? hv : fv);
}
function mv(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function vv(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function pv(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function yv(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function wv(e, t, n) {
  return function() {
    var o = this.__on, i, r = vv(t);
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
function _v(e, t, n) {
  var o = pv(e + ""), i, r = o.length, s;
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
  for (a = t ? wv : yv, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Xa(e, t, n) {
  var o = Va(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function xv(e, t) {
  return function() {
    return Xa(this, e, t);
  };
}
function $v(e, t) {
  return function() {
    return Xa(this, e, t.apply(this, arguments));
  };
}
function bv(e, t) {
  return this.each((typeof t == "function" ? $v : xv)(e, t));
}
function* kv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var qa = [null];
function Ye(e, t) {
  this._groups = e, this._parents = t;
}
function Rn() {
  return new Ye([[document.documentElement]], qa);
}
function Sv() {
  return this;
}
Ye.prototype = Rn.prototype = {
  constructor: Ye,
  select: Qg,
  selectAll: tm,
  selectChild: rm,
  selectChildren: um,
  filter: cm,
  data: vm,
  enter: dm,
  exit: ym,
  join: wm,
  merge: _m,
  selection: Sv,
  order: xm,
  sort: $m,
  call: km,
  nodes: Sm,
  node: Em,
  size: Nm,
  empty: Cm,
  each: Mm,
  attr: Rm,
  style: Hm,
  property: Xm,
  classed: Wm,
  text: Jm,
  html: nv,
  raise: iv,
  lower: sv,
  append: av,
  insert: uv,
  remove: dv,
  clone: gv,
  datum: mv,
  on: _v,
  dispatch: bv,
  [Symbol.iterator]: kv
};
function bt(e) {
  return typeof e == "string" ? new Ye([[document.querySelector(e)]], [document.documentElement]) : new Ye([[e]], qa);
}
function Ev(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function _t(e, t) {
  if (e = Ev(e), t === void 0 && (t = e.currentTarget), t) {
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
function Nv(e) {
  var t = e.document.documentElement, n = bt(e).on("dragstart.drag", ki, bi);
  "onselectstart" in t ? n.on("selectstart.drag", ki, bi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Cv(e, t) {
  var n = e.document.documentElement, o = bt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", ki, bi), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function tr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Ga(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function On() {
}
var Nn = 0.7, bo = 1 / Nn, Gt = "\\s*([+-]?\\d+)\\s*", Cn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ot = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Mv = /^#([0-9a-f]{3,8})$/, Iv = new RegExp(`^rgb\\(${Gt},${Gt},${Gt}\\)$`), Tv = new RegExp(`^rgb\\(${ot},${ot},${ot}\\)$`), Av = new RegExp(`^rgba\\(${Gt},${Gt},${Gt},${Cn}\\)$`), zv = new RegExp(`^rgba\\(${ot},${ot},${ot},${Cn}\\)$`), Dv = new RegExp(`^hsl\\(${Cn},${ot},${ot}\\)$`), Pv = new RegExp(`^hsla\\(${Cn},${ot},${ot},${Cn}\\)$`), Jr = {
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
  formatHex8: Rv,
  formatHsl: Ov,
  formatRgb: es,
  toString: es
});
function jr() {
  return this.rgb().formatHex();
}
function Rv() {
  return this.rgb().formatHex8();
}
function Ov() {
  return Ua(this).formatHsl();
}
function es() {
  return this.rgb().formatRgb();
}
function Mn(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Mv.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ts(t) : n === 3 ? new Le(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Un(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Un(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Iv.exec(e)) ? new Le(t[1], t[2], t[3], 1) : (t = Tv.exec(e)) ? new Le(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Av.exec(e)) ? Un(t[1], t[2], t[3], t[4]) : (t = zv.exec(e)) ? Un(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Dv.exec(e)) ? is(t[1], t[2] / 100, t[3] / 100, 1) : (t = Pv.exec(e)) ? is(t[1], t[2] / 100, t[3] / 100, t[4]) : Jr.hasOwnProperty(e) ? ts(Jr[e]) : e === "transparent" ? new Le(NaN, NaN, NaN, 0) : null;
}
function ts(e) {
  return new Le(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Un(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Le(e, t, n, o);
}
function Bv(e) {
  return e instanceof On || (e = Mn(e)), e ? (e = e.rgb(), new Le(e.r, e.g, e.b, e.opacity)) : new Le();
}
function Si(e, t, n, o) {
  return arguments.length === 1 ? Bv(e) : new Le(e, t, n, o ?? 1);
}
function Le(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
tr(Le, Si, Ga(On, {
  brighter(e) {
    return e = e == null ? bo : Math.pow(bo, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Le(Rt(this.r), Rt(this.g), Rt(this.b), ko(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ns,
  // Deprecated! Use color.formatHex.
  formatHex: ns,
  formatHex8: Vv,
  formatRgb: os,
  toString: os
}));
function ns() {
  return `#${zt(this.r)}${zt(this.g)}${zt(this.b)}`;
}
function Vv() {
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
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new We(e, t, n, o);
}
function Ua(e) {
  if (e instanceof We) return new We(e.h, e.s, e.l, e.opacity);
  if (e instanceof On || (e = Mn(e)), !e) return new We();
  if (e instanceof We) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, l = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? r + i : 2 - r - i, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new We(s, a, l, e.opacity);
}
function Hv(e, t, n, o) {
  return arguments.length === 1 ? Ua(e) : new We(e, t, n, o ?? 1);
}
function We(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
tr(We, Hv, Ga(On, {
  brighter(e) {
    return e = e == null ? bo : Math.pow(bo, e), new We(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new We(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Le(
      ti(e >= 240 ? e - 240 : e + 120, i, o),
      ti(e, i, o),
      ti(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new We(rs(this.h), Wn(this.s), Wn(this.l), ko(this.opacity));
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
const Wa = (e) => () => e;
function Lv(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Fv(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Yv(e) {
  return (e = +e) == 1 ? Ka : function(t, n) {
    return n - t ? Fv(t, n, e) : Wa(isNaN(t) ? n : t);
  };
}
function Ka(e, t) {
  var n = t - e;
  return n ? Lv(e, n) : Wa(isNaN(e) ? t : e);
}
const ss = function e(t) {
  var n = Yv(t);
  function o(i, r) {
    var s = n((i = Si(i)).r, (r = Si(r)).r), a = n(i.g, r.g), l = n(i.b, r.b), u = Ka(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = l(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
}(1);
function $t(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
var Ei = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, ni = new RegExp(Ei.source, "g");
function Xv(e) {
  return function() {
    return e;
  };
}
function qv(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Gv(e, t) {
  var n = Ei.lastIndex = ni.lastIndex = 0, o, i, r, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = Ei.exec(e)) && (i = ni.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, l.push({ i: s, x: $t(o, i) })), n = ni.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? l[0] ? qv(l[0].x) : Xv(t) : (t = l.length, function(u) {
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
function Za(e, t, n, o, i, r) {
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
function Uv(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Ni : Za(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Wv(e) {
  return e == null || (Kn || (Kn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Kn.setAttribute("transform", e), !(e = Kn.transform.baseVal.consolidate())) ? Ni : (e = e.matrix, Za(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Qa(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, f, h, _) {
    if (u !== d || c !== f) {
      var w = h.push("translate(", null, t, null, n);
      _.push({ i: w - 4, x: $t(u, d) }, { i: w - 2, x: $t(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function s(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: $t(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: $t(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, h, _) {
    if (u !== d || c !== f) {
      var w = h.push(i(h) + "scale(", null, ",", null, ")");
      _.push({ i: w - 4, x: $t(u, d) }, { i: w - 2, x: $t(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, f), s(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(h) {
      for (var _ = -1, w = f.length, k; ++_ < w; ) d[(k = f[_]).i] = k.x(h);
      return d.join("");
    };
  };
}
var Kv = Qa(Uv, "px, ", "px)", "deg)"), Zv = Qa(Wv, ", ", ")", ")"), Qv = 1e-12;
function ls(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Jv(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function jv(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const ep = function e(t, n, o) {
  function i(r, s) {
    var a = r[0], l = r[1], u = r[2], c = s[0], d = s[1], f = s[2], h = c - a, _ = d - l, w = h * h + _ * _, k, S;
    if (w < Qv)
      S = Math.log(f / u) / t, k = function(V) {
        return [
          a + V * h,
          l + V * _,
          u * Math.exp(t * V * S)
        ];
      };
    else {
      var z = Math.sqrt(w), $ = (f * f - u * u + o * w) / (2 * u * n * z), p = (f * f - u * u - o * w) / (2 * f * n * z), O = Math.log(Math.sqrt($ * $ + 1) - $), L = Math.log(Math.sqrt(p * p + 1) - p);
      S = (L - O) / t, k = function(V) {
        var H = V * S, J = ls(O), q = u / (n * z) * (J * jv(t * H + O) - Jv(O));
        return [
          a + q * h,
          l + q * _,
          u * J / ls(t * H + O)
        ];
      };
    }
    return k.duration = S * 1e3 * t / Math.SQRT2, k;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, l = a * a;
    return e(s, a, l);
  }, i;
}(Math.SQRT2, 2, 4);
var jt = 0, dn = 0, sn = 0, Ja = 1e3, So, fn, Eo = 0, Vt = 0, Fo = 0, In = typeof performance == "object" && performance.now ? performance : Date, ja = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function nr() {
  return Vt || (ja(tp), Vt = In.now() + Fo);
}
function tp() {
  Vt = 0;
}
function No() {
  this._call = this._time = this._next = null;
}
No.prototype = el.prototype = {
  constructor: No,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? nr() : +n) + (t == null ? 0 : +t), !this._next && fn !== this && (fn ? fn._next = this : So = this, fn = this), this._call = e, this._time = n, Ci();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ci());
  }
};
function el(e, t, n) {
  var o = new No();
  return o.restart(e, t, n), o;
}
function np() {
  nr(), ++jt;
  for (var e = So, t; e; )
    (t = Vt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --jt;
}
function us() {
  Vt = (Eo = In.now()) + Fo, jt = dn = 0;
  try {
    np();
  } finally {
    jt = 0, ip(), Vt = 0;
  }
}
function op() {
  var e = In.now(), t = e - Eo;
  t > Ja && (Fo -= t, Eo = e);
}
function ip() {
  for (var e, t = So, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : So = n);
  fn = e, Ci(o);
}
function Ci(e) {
  if (!jt) {
    dn && (dn = clearTimeout(dn));
    var t = e - Vt;
    t > 24 ? (e < 1 / 0 && (dn = setTimeout(us, e - In.now() - Fo)), sn && (sn = clearInterval(sn))) : (sn || (Eo = In.now(), sn = setInterval(op, Ja)), jt = 1, ja(us));
  }
}
function cs(e, t, n) {
  var o = new No();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var rp = Ji("start", "end", "cancel", "interrupt"), sp = [], tl = 0, ds = 1, Mi = 2, so = 3, fs = 4, Ii = 5, ao = 6;
function Yo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  ap(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: rp,
    tween: sp,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: tl
  });
}
function or(e, t) {
  var n = Ze(e, t);
  if (n.state > tl) throw new Error("too late; already scheduled");
  return n;
}
function rt(e, t) {
  var n = Ze(e, t);
  if (n.state > so) throw new Error("too late; already running");
  return n;
}
function Ze(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function ap(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = el(r, 0, n.time);
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
function lp(e) {
  return this.each(function() {
    lo(this, e);
  });
}
function up(e, t) {
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
function cp(e, t, n) {
  var o, i;
  if (typeof n != "function") throw new Error();
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
function dp(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Ze(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? up : cp)(n, e, t));
}
function ir(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = rt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Ze(i, o).value[t];
  };
}
function nl(e, t) {
  var n;
  return (typeof t == "number" ? $t : t instanceof Mn ? ss : (n = Mn(t)) ? (t = n, ss) : Gv)(e, t);
}
function fp(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function hp(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function gp(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function mp(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function vp(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function pp(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a)));
  };
}
function yp(e, t) {
  var n = Lo(e), o = n === "transform" ? Zv : nl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? pp : vp)(n, o, ir(this, "attr." + e, t)) : t == null ? (n.local ? hp : fp)(n) : (n.local ? mp : gp)(n, o, t));
}
function wp(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function _p(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function xp(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && _p(e, r)), n;
  }
  return i._value = t, i;
}
function $p(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && wp(e, r)), n;
  }
  return i._value = t, i;
}
function bp(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Lo(e);
  return this.tween(n, (o.local ? xp : $p)(o, t));
}
function kp(e, t) {
  return function() {
    or(this, e).delay = +t.apply(this, arguments);
  };
}
function Sp(e, t) {
  return t = +t, function() {
    or(this, e).delay = t;
  };
}
function Ep(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? kp : Sp)(t, e)) : Ze(this.node(), t).delay;
}
function Np(e, t) {
  return function() {
    rt(this, e).duration = +t.apply(this, arguments);
  };
}
function Cp(e, t) {
  return t = +t, function() {
    rt(this, e).duration = t;
  };
}
function Mp(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Np : Cp)(t, e)) : Ze(this.node(), t).duration;
}
function Ip(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    rt(this, e).ease = t;
  };
}
function Tp(e) {
  var t = this._id;
  return arguments.length ? this.each(Ip(t, e)) : Ze(this.node(), t).ease;
}
function Ap(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    rt(this, e).ease = n;
  };
}
function zp(e) {
  if (typeof e != "function") throw new Error();
  return this.each(Ap(this._id, e));
}
function Dp(e) {
  typeof e != "function" && (e = Ra(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new mt(o, this._parents, this._name, this._id);
}
function Pp(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = l[h] || u[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new mt(s, this._parents, this._name, this._id);
}
function Rp(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Op(e, t, n) {
  var o, i, r = Rp(t) ? or : rt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Bp(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Ze(this.node(), n).on.on(e) : this.each(Op(n, e, t));
}
function Vp(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function Hp() {
  return this.on("end.remove", Vp(this._id));
}
function Lp(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ji(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], l = a.length, u = r[s] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, Yo(u[f], t, n, f, u, Ze(c, n)));
  return new mt(r, this._parents, t, n);
}
function Fp(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Pa(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), h, _ = Ze(c, n), w = 0, k = f.length; w < k; ++w)
          (h = f[w]) && Yo(h, t, n, w, f, _);
        r.push(f), s.push(c);
      }
  return new mt(r, s, t, n);
}
var Yp = Rn.prototype.constructor;
function Xp() {
  return new Yp(this._groups, this._parents);
}
function qp(e, t) {
  var n, o, i;
  return function() {
    var r = Jt(this, e), s = (this.style.removeProperty(e), Jt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function ol(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Gp(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Jt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Up(e, t, n) {
  var o, i, r;
  return function() {
    var s = Jt(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), Jt(this, e))), s === l ? null : s === o && l === i ? r : (i = l, r = t(o = s, a));
  };
}
function Wp(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var l = rt(this, e), u = l.on, c = l.value[r] == null ? a || (a = ol(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), l.on = o;
  };
}
function Kp(e, t, n) {
  var o = (e += "") == "transform" ? Kv : nl;
  return t == null ? this.styleTween(e, qp(e, o)).on("end.style." + e, ol(e)) : typeof t == "function" ? this.styleTween(e, Up(e, o, ir(this, "style." + e, t))).each(Wp(this._id, e)) : this.styleTween(e, Gp(e, o, t), n).on("end.style." + e, null);
}
function Zp(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Qp(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && Zp(e, s, n)), o;
  }
  return r._value = t, r;
}
function Jp(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, Qp(e, t, n ?? ""));
}
function jp(e) {
  return function() {
    this.textContent = e;
  };
}
function ey(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function ty(e) {
  return this.tween("text", typeof e == "function" ? ey(ir(this, "text", e)) : jp(e == null ? "" : e + ""));
}
function ny(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function oy(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && ny(i)), t;
  }
  return o._value = e, o;
}
function iy(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, oy(e));
}
function ry() {
  for (var e = this._name, t = this._id, n = il(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = Ze(l, t);
        Yo(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new mt(o, this._parents, e, n);
}
function sy() {
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
var ay = 0;
function mt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function il() {
  return ++ay;
}
var at = Rn.prototype;
mt.prototype = {
  constructor: mt,
  select: Lp,
  selectAll: Fp,
  selectChild: at.selectChild,
  selectChildren: at.selectChildren,
  filter: Dp,
  merge: Pp,
  selection: Xp,
  transition: ry,
  call: at.call,
  nodes: at.nodes,
  node: at.node,
  size: at.size,
  empty: at.empty,
  each: at.each,
  on: Bp,
  attr: yp,
  attrTween: bp,
  style: Kp,
  styleTween: Jp,
  text: ty,
  textTween: iy,
  remove: Hp,
  tween: dp,
  delay: Ep,
  duration: Mp,
  ease: Tp,
  easeVarying: zp,
  end: sy,
  [Symbol.iterator]: at[Symbol.iterator]
};
function ly(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var uy = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: ly
};
function cy(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function dy(e) {
  var t, n;
  e instanceof mt ? (t = e._id, e = e._name) : (t = il(), (n = uy).time = nr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && Yo(l, e, t, u, s, n || cy(l, t));
  return new mt(o, this._parents, e, t);
}
Rn.prototype.interrupt = lp;
Rn.prototype.transition = dy;
const Zn = (e) => () => e;
function fy(e, {
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
var rr = new ft(1, 0, 0);
ft.prototype;
function oi(e) {
  e.stopImmediatePropagation();
}
function an(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function hy(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function gy() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function hs() {
  return this.__zoom || rr;
}
function my(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function vy() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function py(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function yy() {
  var e = hy, t = gy, n = py, o = my, i = vy, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = ep, u = Ji("start", "zoom", "end"), c, d, f, h = 500, _ = 150, w = 0, k = 10;
  function S(g) {
    g.property("__zoom", hs).on("wheel.zoom", H, { passive: !1 }).on("mousedown.zoom", J).on("dblclick.zoom", q).filter(i).on("touchstart.zoom", G).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", ie).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  S.transform = function(g, M, y, A) {
    var C = g.selection ? g.selection() : g;
    C.property("__zoom", hs), g !== C ? O(g, M, y, A) : C.interrupt().each(function() {
      L(this, arguments).event(A).start().zoom(null, typeof M == "function" ? M.apply(this, arguments) : M).end();
    });
  }, S.scaleBy = function(g, M, y, A) {
    S.scaleTo(g, function() {
      var C = this.__zoom.k, R = typeof M == "function" ? M.apply(this, arguments) : M;
      return C * R;
    }, y, A);
  }, S.scaleTo = function(g, M, y, A) {
    S.transform(g, function() {
      var C = t.apply(this, arguments), R = this.__zoom, T = y == null ? p(C) : typeof y == "function" ? y.apply(this, arguments) : y, Y = R.invert(T), Q = typeof M == "function" ? M.apply(this, arguments) : M;
      return n($(z(R, Q), T, Y), C, s);
    }, y, A);
  }, S.translateBy = function(g, M, y, A) {
    S.transform(g, function() {
      return n(this.__zoom.translate(
        typeof M == "function" ? M.apply(this, arguments) : M,
        typeof y == "function" ? y.apply(this, arguments) : y
      ), t.apply(this, arguments), s);
    }, null, A);
  }, S.translateTo = function(g, M, y, A, C) {
    S.transform(g, function() {
      var R = t.apply(this, arguments), T = this.__zoom, Y = A == null ? p(R) : typeof A == "function" ? A.apply(this, arguments) : A;
      return n(rr.translate(Y[0], Y[1]).scale(T.k).translate(
        typeof M == "function" ? -M.apply(this, arguments) : -M,
        typeof y == "function" ? -y.apply(this, arguments) : -y
      ), R, s);
    }, A, C);
  };
  function z(g, M) {
    return M = Math.max(r[0], Math.min(r[1], M)), M === g.k ? g : new ft(M, g.x, g.y);
  }
  function $(g, M, y) {
    var A = M[0] - y[0] * g.k, C = M[1] - y[1] * g.k;
    return A === g.x && C === g.y ? g : new ft(g.k, A, C);
  }
  function p(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function O(g, M, y, A) {
    g.on("start.zoom", function() {
      L(this, arguments).event(A).start();
    }).on("interrupt.zoom end.zoom", function() {
      L(this, arguments).event(A).end();
    }).tween("zoom", function() {
      var C = this, R = arguments, T = L(C, R).event(A), Y = t.apply(C, R), Q = y == null ? p(Y) : typeof y == "function" ? y.apply(C, R) : y, ne = Math.max(Y[1][0] - Y[0][0], Y[1][1] - Y[0][1]), re = C.__zoom, Z = typeof M == "function" ? M.apply(C, R) : M, U = l(re.invert(Q).concat(ne / re.k), Z.invert(Q).concat(ne / Z.k));
      return function(K) {
        if (K === 1) K = Z;
        else {
          var de = U(K), ve = ne / de[2];
          K = new ft(ve, Q[0] - de[0] * ve, Q[1] - de[1] * ve);
        }
        T.zoom(null, K);
      };
    });
  }
  function L(g, M, y) {
    return !y && g.__zooming || new V(g, M);
  }
  function V(g, M) {
    this.that = g, this.args = M, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, M), this.taps = 0;
  }
  V.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, M) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = M.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = M.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = M.invert(this.touch1[0])), this.that.__zoom = M, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var M = bt(this.that).datum();
      u.call(
        g,
        this.that,
        new fy(g, {
          sourceEvent: this.sourceEvent,
          target: S,
          transform: this.that.__zoom,
          dispatch: u
        }),
        M
      );
    }
  };
  function H(g, ...M) {
    if (!e.apply(this, arguments)) return;
    var y = L(this, M).event(g), A = this.__zoom, C = Math.max(r[0], Math.min(r[1], A.k * Math.pow(2, o.apply(this, arguments)))), R = _t(g);
    if (y.wheel)
      (y.mouse[0][0] !== R[0] || y.mouse[0][1] !== R[1]) && (y.mouse[1] = A.invert(y.mouse[0] = R)), clearTimeout(y.wheel);
    else {
      if (A.k === C) return;
      y.mouse = [R, A.invert(R)], lo(this), y.start();
    }
    an(g), y.wheel = setTimeout(T, _), y.zoom("mouse", n($(z(A, C), y.mouse[0], y.mouse[1]), y.extent, s));
    function T() {
      y.wheel = null, y.end();
    }
  }
  function J(g, ...M) {
    if (f || !e.apply(this, arguments)) return;
    var y = g.currentTarget, A = L(this, M, !0).event(g), C = bt(g.view).on("mousemove.zoom", Q, !0).on("mouseup.zoom", ne, !0), R = _t(g, y), T = g.clientX, Y = g.clientY;
    Nv(g.view), oi(g), A.mouse = [R, this.__zoom.invert(R)], lo(this), A.start();
    function Q(re) {
      if (an(re), !A.moved) {
        var Z = re.clientX - T, U = re.clientY - Y;
        A.moved = Z * Z + U * U > w;
      }
      A.event(re).zoom("mouse", n($(A.that.__zoom, A.mouse[0] = _t(re, y), A.mouse[1]), A.extent, s));
    }
    function ne(re) {
      C.on("mousemove.zoom mouseup.zoom", null), Cv(re.view, A.moved), an(re), A.event(re).end();
    }
  }
  function q(g, ...M) {
    if (e.apply(this, arguments)) {
      var y = this.__zoom, A = _t(g.changedTouches ? g.changedTouches[0] : g, this), C = y.invert(A), R = y.k * (g.shiftKey ? 0.5 : 2), T = n($(z(y, R), A, C), t.apply(this, M), s);
      an(g), a > 0 ? bt(this).transition().duration(a).call(O, T, A, g) : bt(this).call(S.transform, T, A, g);
    }
  }
  function G(g, ...M) {
    if (e.apply(this, arguments)) {
      var y = g.touches, A = y.length, C = L(this, M, g.changedTouches.length === A).event(g), R, T, Y, Q;
      for (oi(g), T = 0; T < A; ++T)
        Y = y[T], Q = _t(Y, this), Q = [Q, this.__zoom.invert(Q), Y.identifier], C.touch0 ? !C.touch1 && C.touch0[2] !== Q[2] && (C.touch1 = Q, C.taps = 0) : (C.touch0 = Q, R = !0, C.taps = 1 + !!c);
      c && (c = clearTimeout(c)), R && (C.taps < 2 && (d = Q[0], c = setTimeout(function() {
        c = null;
      }, h)), lo(this), C.start());
    }
  }
  function N(g, ...M) {
    if (this.__zooming) {
      var y = L(this, M).event(g), A = g.changedTouches, C = A.length, R, T, Y, Q;
      for (an(g), R = 0; R < C; ++R)
        T = A[R], Y = _t(T, this), y.touch0 && y.touch0[2] === T.identifier ? y.touch0[0] = Y : y.touch1 && y.touch1[2] === T.identifier && (y.touch1[0] = Y);
      if (T = y.that.__zoom, y.touch1) {
        var ne = y.touch0[0], re = y.touch0[1], Z = y.touch1[0], U = y.touch1[1], K = (K = Z[0] - ne[0]) * K + (K = Z[1] - ne[1]) * K, de = (de = U[0] - re[0]) * de + (de = U[1] - re[1]) * de;
        T = z(T, Math.sqrt(K / de)), Y = [(ne[0] + Z[0]) / 2, (ne[1] + Z[1]) / 2], Q = [(re[0] + U[0]) / 2, (re[1] + U[1]) / 2];
      } else if (y.touch0) Y = y.touch0[0], Q = y.touch0[1];
      else return;
      y.zoom("touch", n($(T, Y, Q), y.extent, s));
    }
  }
  function ie(g, ...M) {
    if (this.__zooming) {
      var y = L(this, M).event(g), A = g.changedTouches, C = A.length, R, T;
      for (oi(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), R = 0; R < C; ++R)
        T = A[R], y.touch0 && y.touch0[2] === T.identifier ? delete y.touch0 : y.touch1 && y.touch1[2] === T.identifier && delete y.touch1;
      if (y.touch1 && !y.touch0 && (y.touch0 = y.touch1, delete y.touch1), y.touch0) y.touch0[1] = this.__zoom.invert(y.touch0[0]);
      else if (y.end(), y.taps === 2 && (T = _t(T, this), Math.hypot(d[0] - T[0], d[1] - T[1]) < k)) {
        var Y = bt(this).on("dblclick.zoom");
        Y && Y.apply(this, arguments);
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
    return arguments.length ? (k = +g, S) : k;
  }, S;
}
const rl = Symbol("MiniMapSlots"), wy = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], _y = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, xy = /* @__PURE__ */ Ce({
  ..._y,
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
    const n = e, o = vt(rl), i = Oi(), r = Ee(() => i.style ?? {});
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
      F(o)[`node-${n.type}`] ? (P(), ze(Bi(F(o)[`node-${n.type}`]), Il(co({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (P(), B("rect", co({
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
      }), null, 16, wy))
    ], 64)) : fe("", !0);
  }
}), $y = ["width", "height", "viewBox", "aria-labelledby"], by = ["id"], ky = ["d", "fill", "stroke", "stroke-width"], Sy = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, Ey = /* @__PURE__ */ Ce({
  ...Sy,
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
    const n = Ss(), o = Oi(), i = 200, r = 150, { id: s, edges: a, viewport: l, translateExtent: u, dimensions: c, emits: d, d3Selection: f, d3Zoom: h, getNodesInitialized: _ } = Me(), w = ye();
    Et(rl, n);
    const k = Ee(() => {
      var C;
      return e.width ?? ((C = o.style) == null ? void 0 : C.width) ?? i;
    }), S = Ee(() => {
      var C;
      return e.height ?? ((C = o.style) == null ? void 0 : C.height) ?? r;
    }), z = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", $ = j(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), p = j(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), O = j(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), L = j(() => Ui(_.value.filter((C) => !C.hidden))), V = j(() => ({
      x: -l.value.x / l.value.zoom,
      y: -l.value.y / l.value.zoom,
      width: c.value.width / l.value.zoom,
      height: c.value.height / l.value.zoom
    })), H = j(
      () => _.value && _.value.length ? Rf(L.value, V.value) : V.value
    ), J = j(() => {
      const C = H.value.width / k.value, R = H.value.height / S.value;
      return Math.max(C, R);
    }), q = j(() => {
      const C = J.value * k.value, R = J.value * S.value, T = e.offsetScale * J.value;
      return {
        offset: T,
        x: H.value.x - (C - H.value.width) / 2 - T,
        y: H.value.y - (R - H.value.height) / 2 - T,
        width: C + T * 2,
        height: R + T * 2
      };
    }), G = j(() => !q.value.x || !q.value.y ? "" : `
    M${q.value.x - q.value.offset},${q.value.y - q.value.offset}
    h${q.value.width + q.value.offset * 2}
    v${q.value.height + q.value.offset * 2}
    h${-q.value.width - q.value.offset * 2}z
    M${V.value.x + e.maskBorderRadius},${V.value.y}
    h${V.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${V.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(V.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(V.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    Ns(
      (C) => {
        if (w.value) {
          const R = bt(w.value), T = (ne) => {
            if (ne.sourceEvent.type !== "wheel" || !f.value || !h.value)
              return;
            const re = ne.sourceEvent.ctrlKey && En() ? 10 : 1, Z = -ne.sourceEvent.deltaY * (ne.sourceEvent.deltaMode === 1 ? 0.05 : ne.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, U = l.value.zoom * 2 ** (Z * re);
            h.value.scaleTo(f.value, U);
          }, Y = (ne) => {
            if (ne.sourceEvent.type !== "mousemove" || !f.value || !h.value)
              return;
            const re = J.value * Math.max(1, l.value.zoom) * (e.inversePan ? -1 : 1), Z = {
              x: l.value.x - ne.sourceEvent.movementX * re,
              y: l.value.y - ne.sourceEvent.movementY * re
            }, U = [
              [0, 0],
              [c.value.width, c.value.height]
            ], K = rr.translate(Z.x, Z.y).scale(l.value.zoom), de = h.value.constrain()(K, U, u.value);
            h.value.transform(f.value, de);
          }, Q = yy().wheelDelta((ne) => pi(ne) * (e.zoomStep / 10)).on("zoom", e.pannable ? Y : () => {
          }).on("zoom.wheel", e.zoomable ? T : () => {
          });
          R.call(Q), C(() => {
            R.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function N(C) {
      const [R, T] = _t(C);
      t("click", { event: C, position: { x: R, y: T } });
    }
    function ie(C, R) {
      const T = { event: C, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeClick(T), t("nodeClick", T);
    }
    function g(C, R) {
      const T = { event: C, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeDoubleClick(T), t("nodeDblclick", T);
    }
    function M(C, R) {
      const T = { event: C, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeMouseEnter(T), t("nodeMouseenter", T);
    }
    function y(C, R) {
      const T = { event: C, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeMouseMove(T), t("nodeMousemove", T);
    }
    function A(C, R) {
      const T = { event: C, node: R, connectedEdges: It([R], a.value) };
      d.miniMapNodeMouseLeave(T), t("nodeMouseleave", T);
    }
    return (C, R) => (P(), ze(F(xi), {
      position: C.position,
      class: Ae(["vue-flow__minimap", { pannable: C.pannable, zoomable: C.zoomable }])
    }, {
      default: Oe(() => [
        (P(), B("svg", {
          ref_key: "el",
          ref: w,
          width: k.value,
          height: S.value,
          viewBox: [q.value.x, q.value.y, q.value.width, q.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${F(s)}`,
          onClick: N
        }, [
          C.ariaLabel ? (P(), B("title", {
            key: 0,
            id: `vue-flow__minimap-${F(s)}`
          }, ee(C.ariaLabel), 9, by)) : fe("", !0),
          (P(!0), B(me, null, Te(F(_), (T) => (P(), ze(xy, {
            id: T.id,
            key: T.id,
            f: "",
            position: T.computedPosition,
            dimensions: T.dimensions,
            selected: T.selected,
            dragging: T.dragging,
            style: Ne(T.style),
            class: Ae(O.value(T)),
            color: $.value(T),
            "border-radius": C.nodeBorderRadius,
            "stroke-color": p.value(T),
            "stroke-width": C.nodeStrokeWidth,
            "shape-rendering": F(z),
            type: T.type,
            hidden: T.hidden,
            onClick: (Y) => ie(Y, T),
            onDblclick: (Y) => g(Y, T),
            onMouseenter: (Y) => M(Y, T),
            onMousemove: (Y) => y(Y, T),
            onMouseleave: (Y) => A(Y, T)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          D("path", {
            class: "vue-flow__minimap-mask",
            d: G.value,
            fill: C.maskColor,
            stroke: C.maskStrokeColor,
            "stroke-width": C.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, ky)
        ], 8, $y))
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
const Ny = (e) => e.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
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
const Cy = ({ size: e, strokeWidth: t = 2, absoluteStrokeWidth: n, color: o, iconNode: i, name: r, class: s, ...a }, { slots: l }) => be(
  "svg",
  {
    ...Qn,
    width: e || Qn.width,
    height: e || Qn.height,
    stroke: o || Qn.stroke,
    "stroke-width": n ? Number(t) * 24 / Number(e) : t,
    class: ["lucide", `lucide-${Ny(r ?? "icon")}`],
    ...a
  },
  [...i.map((u) => be(...u)), ...l.default ? [l.default()] : []]
);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const pe = (e, t) => (n, { slots: o }) => be(
  Cy,
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
const My = pe("AudioLinesIcon", [
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
const Iy = pe("CheckIcon", [["path", { d: "M20 6 9 17l-5-5", key: "1gmf2c" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ty = pe("ChevronLeftIcon", [
  ["path", { d: "m15 18-6-6 6-6", key: "1wnfg3" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ay = pe("ChevronRightIcon", [
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
const zy = pe("ClapperboardIcon", [
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
const Dy = pe("ClockIcon", [
  ["circle", { cx: "12", cy: "12", r: "10", key: "1mglay" }],
  ["polyline", { points: "12 6 12 12 16 14", key: "68esgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Py = pe("CopyIcon", [
  ["rect", { width: "14", height: "14", x: "8", y: "8", rx: "2", ry: "2", key: "17jyea" }],
  ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2", key: "zix9uf" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ry = pe("CpuIcon", [
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
const Oy = pe("FilmIcon", [
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
const By = pe("HistoryIcon", [
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
const Vy = pe("ImageIcon", [
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
const Hy = pe("LayersIcon", [
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
const Ly = pe("Link2Icon", [
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
const Fy = pe("ListOrderedIcon", [
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
const Yy = pe("Maximize2Icon", [
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
const Xy = pe("MessageSquareIcon", [
  ["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z", key: "1lielz" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const qy = pe("MicIcon", [
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
const Gy = pe("MinusIcon", [["path", { d: "M5 12h14", key: "1ays0h" }]]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Uy = pe("PaletteIcon", [
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
const Wy = pe("PauseIcon", [
  ["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1", key: "zuxfzm" }],
  ["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1", key: "1okwgv" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Ky = pe("PlayIcon", [
  ["polygon", { points: "6 3 20 12 6 21 6 3", key: "1oa8hb" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Zy = pe("PlusIcon", [
  ["path", { d: "M5 12h14", key: "1ays0h" }],
  ["path", { d: "M12 5v14", key: "s699le" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Qy = pe("Redo2Icon", [
  ["path", { d: "m15 14 5-5-5-5", key: "12vg1m" }],
  ["path", { d: "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13", key: "6uklza" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const Jy = pe("ScanEyeIcon", [
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
const jy = pe("ScrollTextIcon", [
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
const e1 = pe("SearchIcon", [
  ["circle", { cx: "11", cy: "11", r: "8", key: "4ej97u" }],
  ["path", { d: "m21 21-4.3-4.3", key: "1qie3q" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const t1 = pe("SlidersHorizontalIcon", [
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
const n1 = pe("SparklesIcon", [
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
const o1 = pe("SquareIcon", [
  ["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2", key: "afitv7" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const i1 = pe("StarIcon", [
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
const r1 = pe("StickyNoteIcon", [
  ["path", { d: "M16 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8Z", key: "qazsjp" }],
  ["path", { d: "M15 3v4a2 2 0 0 0 2 2h4", key: "40519r" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const s1 = pe("TimerIcon", [
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
const a1 = pe("Trash2Icon", [
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
const l1 = pe("Undo2Icon", [
  ["path", { d: "M9 14 4 9l5-5", key: "102s5s" }],
  ["path", { d: "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11", key: "f3b9sd" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const u1 = pe("UploadIcon", [
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
const c1 = pe("UserRoundIcon", [
  ["circle", { cx: "12", cy: "8", r: "5", key: "1hypcn" }],
  ["path", { d: "M20 21a8 8 0 0 0-16 0", key: "rfgkzh" }]
]);
/**
 * @license lucide-vue-next v0.460.0 - ISC
 *
 * This source code is licensed under the ISC license.
 * See the LICENSE file in the root directory of this source tree.
 */
const d1 = pe("WorkflowIcon", [
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
const f1 = pe("XIcon", [
  ["path", { d: "M18 6 6 18", key: "1bl5f8" }],
  ["path", { d: "m6 6 12 12", key: "d8bk6v" }]
]), ke = {
  __name: "Icon",
  props: { name: String, size: { type: Number, default: 16 }, stroke: { type: Number, default: 1.5 } },
  setup(e) {
    const t = {
      clapperboard: zy,
      "user-round": c1,
      palette: Uy,
      timer: s1,
      image: Vy,
      "sticky-note": r1,
      mic: qy,
      "sliders-horizontal": t1,
      cpu: Ry,
      workflow: d1,
      "list-ordered": Fy,
      "scroll-text": jy,
      "audio-lines": My,
      "scan-eye": Jy,
      play: Ky,
      square: o1,
      trash: a1,
      copy: Py,
      comment: Xy,
      check: Iy,
      x: f1,
      left: Ty,
      right: Ay,
      star: i1,
      sparkles: n1,
      search: e1,
      history: By,
      fit: Yy,
      plus: Zy,
      minus: Gy,
      undo: l1,
      redo: Qy,
      dot: gs,
      film: Oy,
      upload: u1,
      link: Ly,
      pause: Wy,
      clock: Dy,
      layers: Hy
    }, n = e, o = j(() => t[n.name] || gs);
    return (i, r) => (P(), ze(Bi(o.value), {
      size: e.size,
      "stroke-width": e.stroke,
      class: "mx-icon",
      "aria-hidden": "true"
    }, null, 8, ["size", "stroke-width"]));
  }
}, h1 = {
  class: "mx-palette",
  "aria-label": "Block palette"
}, g1 = ["data-kind", "data-sub", "aria-label", "onPointerdown"], m1 = { class: "mx-tip" }, v1 = {
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
      D("nav", h1, [
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
            ue(ke, {
              name: f.icon,
              size: 18,
              stroke: 1.4
            }, null, 8, ["name"]),
            D("span", m1, ee(f.label), 1)
          ], 40, g1))), 128))
        ], 4))), 128))
      ]),
      o.value ? (P(), B("div", {
        key: 0,
        class: "mx-ghost",
        style: Ne({ left: `${o.value.x}px`, top: `${o.value.y}px`, "--accent": o.value.color })
      }, [
        ue(ke, {
          name: o.value.icon,
          size: 14
        }, null, 8, ["name"]),
        Ie(" " + ee(o.value.label), 1)
      ], 4)) : fe("", !0)
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
function sl(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ms.hasOwnProperty(t) ? { space: ms[t], local: e } : e;
}
function p1(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ti && t.documentElement.namespaceURI === Ti ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function y1(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function al(e) {
  var t = sl(e);
  return (t.local ? y1 : p1)(t);
}
function w1() {
}
function ll(e) {
  return e == null ? w1 : function() {
    return this.querySelector(e);
  };
}
function _1(e) {
  typeof e != "function" && (e = ll(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = r[c]) && (u = e.call(l, l.__data__, c, r)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new Xe(o, this._parents);
}
function x1(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function $1() {
  return [];
}
function b1(e) {
  return e == null ? $1 : function() {
    return this.querySelectorAll(e);
  };
}
function k1(e) {
  return function() {
    return x1(e.apply(this, arguments));
  };
}
function S1(e) {
  typeof e == "function" ? e = k1(e) : e = b1(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), i.push(l));
  return new Xe(o, i);
}
function E1(e) {
  return function() {
    return this.matches(e);
  };
}
function ul(e) {
  return function(t) {
    return t.matches(e);
  };
}
var N1 = Array.prototype.find;
function C1(e) {
  return function() {
    return N1.call(this.children, e);
  };
}
function M1() {
  return this.firstElementChild;
}
function I1(e) {
  return this.select(e == null ? M1 : C1(typeof e == "function" ? e : ul(e)));
}
var T1 = Array.prototype.filter;
function A1() {
  return Array.from(this.children);
}
function z1(e) {
  return function() {
    return T1.call(this.children, e);
  };
}
function D1(e) {
  return this.selectAll(e == null ? A1 : z1(typeof e == "function" ? e : ul(e)));
}
function P1(e) {
  typeof e != "function" && (e = E1(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], l, u = 0; u < s; ++u)
      (l = r[u]) && e.call(l, l.__data__, u, r) && a.push(l);
  return new Xe(o, this._parents);
}
function cl(e) {
  return new Array(e.length);
}
function R1() {
  return new Xe(this._enter || this._groups.map(cl), this._parents);
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
function O1(e) {
  return function() {
    return e;
  };
}
function B1(e, t, n, o, i, r) {
  for (var s = 0, a, l = t.length, u = r.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Co(e, r[s]);
  for (; s < l; ++s)
    (a = t[s]) && (i[s] = a);
}
function V1(e, t, n, o, i, r, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = h = s.call(l, l.__data__, a, t) + "", u.has(h) ? i[a] = l : u.set(h, l));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (l = u.get(h)) ? (o[a] = l, l.__data__ = r[a], u.delete(h)) : n[a] = new Co(e, r[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (i[a] = l);
}
function H1(e) {
  return e.__data__;
}
function L1(e, t) {
  if (!arguments.length) return Array.from(this, H1);
  var n = t ? V1 : B1, o = this._parents, i = this._groups;
  typeof e != "function" && (e = O1(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), l = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], f = d.length, h = F1(e.call(c, c && c.__data__, u, o)), _ = h.length, w = a[u] = new Array(_), k = s[u] = new Array(_), S = l[u] = new Array(f);
    n(c, d, w, k, S, h, t);
    for (var z = 0, $ = 0, p, O; z < _; ++z)
      if (p = w[z]) {
        for (z >= $ && ($ = z + 1); !(O = k[$]) && ++$ < _; ) ;
        p._next = O || null;
      }
  }
  return s = new Xe(s, o), s._enter = a, s._exit = l, s;
}
function F1(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Y1() {
  return new Xe(this._exit || this._groups.map(cl), this._parents);
}
function X1(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function q1(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), h, _ = 0; _ < d; ++_)
      (h = u[_] || c[_]) && (f[_] = h);
  for (; l < i; ++l)
    a[l] = n[l];
  return new Xe(a, this._parents);
}
function G1() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function U1(e) {
  e || (e = W1);
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
function W1(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function K1() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Z1() {
  return Array.from(this);
}
function Q1() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function J1() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function j1() {
  return !this.node();
}
function e0(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function t0(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function n0(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function o0(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function i0(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function r0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function s0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function a0(e, t) {
  var n = sl(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? n0 : t0 : typeof t == "function" ? n.local ? s0 : r0 : n.local ? i0 : o0)(n, t));
}
function dl(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function l0(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function u0(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function c0(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function d0(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? l0 : typeof t == "function" ? c0 : u0)(e, t, n ?? "")) : f0(this.node(), e);
}
function f0(e, t) {
  return e.style.getPropertyValue(t) || dl(e).getComputedStyle(e, null).getPropertyValue(t);
}
function h0(e) {
  return function() {
    delete this[e];
  };
}
function g0(e, t) {
  return function() {
    this[e] = t;
  };
}
function m0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function v0(e, t) {
  return arguments.length > 1 ? this.each((t == null ? h0 : typeof t == "function" ? m0 : g0)(e, t)) : this.node()[e];
}
function fl(e) {
  return e.trim().split(/^|\s+/);
}
function sr(e) {
  return e.classList || new hl(e);
}
function hl(e) {
  this._node = e, this._names = fl(e.getAttribute("class") || "");
}
hl.prototype = {
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
function gl(e, t) {
  for (var n = sr(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function ml(e, t) {
  for (var n = sr(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function p0(e) {
  return function() {
    gl(this, e);
  };
}
function y0(e) {
  return function() {
    ml(this, e);
  };
}
function w0(e, t) {
  return function() {
    (t.apply(this, arguments) ? gl : ml)(this, e);
  };
}
function _0(e, t) {
  var n = fl(e + "");
  if (arguments.length < 2) {
    for (var o = sr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? w0 : t ? p0 : y0)(n, t));
}
function x0() {
  this.textContent = "";
}
function $0(e) {
  return function() {
    this.textContent = e;
  };
}
function b0(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function k0(e) {
  return arguments.length ? this.each(e == null ? x0 : (typeof e == "function" ? b0 : $0)(e)) : this.node().textContent;
}
function S0() {
  this.innerHTML = "";
}
function E0(e) {
  return function() {
    this.innerHTML = e;
  };
}
function N0(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function C0(e) {
  return arguments.length ? this.each(e == null ? S0 : (typeof e == "function" ? N0 : E0)(e)) : this.node().innerHTML;
}
function M0() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function I0() {
  return this.each(M0);
}
function T0() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function A0() {
  return this.each(T0);
}
function z0(e) {
  var t = typeof e == "function" ? e : al(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function D0() {
  return null;
}
function P0(e, t) {
  var n = typeof e == "function" ? e : al(e), o = t == null ? D0 : typeof t == "function" ? t : ll(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function R0() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function O0() {
  return this.each(R0);
}
function B0() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function V0() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function H0(e) {
  return this.select(e ? V0 : B0);
}
function L0(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function F0(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Y0(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function X0(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function q0(e, t, n) {
  return function() {
    var o = this.__on, i, r = F0(t);
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
function G0(e, t, n) {
  var o = Y0(e + ""), i, r = o.length, s;
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
  for (a = t ? q0 : X0, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function vl(e, t, n) {
  var o = dl(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function U0(e, t) {
  return function() {
    return vl(this, e, t);
  };
}
function W0(e, t) {
  return function() {
    return vl(this, e, t.apply(this, arguments));
  };
}
function K0(e, t) {
  return this.each((typeof t == "function" ? W0 : U0)(e, t));
}
function* Z0() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Q0 = [null];
function Xe(e, t) {
  this._groups = e, this._parents = t;
}
function J0() {
  return this;
}
Xe.prototype = {
  constructor: Xe,
  select: _1,
  selectAll: S1,
  selectChild: I1,
  selectChildren: D1,
  filter: P1,
  data: L1,
  enter: R1,
  exit: Y1,
  join: X1,
  merge: q1,
  selection: J0,
  order: G1,
  sort: U1,
  call: K1,
  nodes: Z1,
  node: Q1,
  size: J1,
  empty: j1,
  each: e0,
  attr: a0,
  style: d0,
  property: v0,
  classed: _0,
  text: k0,
  html: C0,
  raise: I0,
  lower: A0,
  append: z0,
  insert: P0,
  remove: O0,
  clone: H0,
  datum: L0,
  on: G0,
  dispatch: K0,
  [Symbol.iterator]: Z0
};
function Tn(e) {
  return typeof e == "string" ? new Xe([[document.querySelector(e)]], [document.documentElement]) : new Xe([[e]], Q0);
}
function j0(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function vs(e, t) {
  if (e = j0(e), t === void 0 && (t = e.currentTarget), t) {
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
var ew = { value: () => {
} };
function pl() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new uo(n);
}
function uo(e) {
  this._ = e;
}
function tw(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
uo.prototype = pl.prototype = {
  constructor: uo,
  on: function(e, t) {
    var n = this._, o = tw(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = nw(n[i], e.name))) return i;
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
function nw(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ps(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = ew, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
const ow = { passive: !1 }, An = { capture: !0, passive: !1 };
function ii(e) {
  e.stopImmediatePropagation();
}
function Ut(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function iw(e) {
  var t = e.document.documentElement, n = Tn(e).on("dragstart.drag", Ut, An);
  "onselectstart" in t ? n.on("selectstart.drag", Ut, An) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function rw(e, t) {
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
function sw(e) {
  return !e.ctrlKey && !e.button;
}
function aw() {
  return this.parentNode;
}
function lw(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function uw() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function cw() {
  var e = sw, t = aw, n = lw, o = uw, i = {}, r = pl("start", "drag", "end"), s = 0, a, l, u, c, d = 0;
  function f(p) {
    p.on("mousedown.drag", h).filter(o).on("touchstart.drag", k).on("touchmove.drag", S, ow).on("touchend.drag touchcancel.drag", z).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(p, O) {
    if (!(c || !e.call(this, p, O))) {
      var L = $(this, t.call(this, p, O), p, O, "mouse");
      L && (Tn(p.view).on("mousemove.drag", _, An).on("mouseup.drag", w, An), iw(p.view), ii(p), u = !1, a = p.clientX, l = p.clientY, L("start", p));
    }
  }
  function _(p) {
    if (Ut(p), !u) {
      var O = p.clientX - a, L = p.clientY - l;
      u = O * O + L * L > d;
    }
    i.mouse("drag", p);
  }
  function w(p) {
    Tn(p.view).on("mousemove.drag mouseup.drag", null), rw(p.view, u), Ut(p), i.mouse("end", p);
  }
  function k(p, O) {
    if (e.call(this, p, O)) {
      var L = p.changedTouches, V = t.call(this, p, O), H = L.length, J, q;
      for (J = 0; J < H; ++J)
        (q = $(this, V, p, O, L[J].identifier, L[J])) && (ii(p), q("start", p, L[J]));
    }
  }
  function S(p) {
    var O = p.changedTouches, L = O.length, V, H;
    for (V = 0; V < L; ++V)
      (H = i[O[V].identifier]) && (Ut(p), H("drag", p, O[V]));
  }
  function z(p) {
    var O = p.changedTouches, L = O.length, V, H;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), V = 0; V < L; ++V)
      (H = i[O[V].identifier]) && (ii(p), H("end", p, O[V]));
  }
  function $(p, O, L, V, H, J) {
    var q = r.copy(), G = vs(J || L, O), N, ie, g;
    if ((g = n.call(p, new Ai("beforestart", {
      sourceEvent: L,
      target: f,
      identifier: H,
      active: s,
      x: G[0],
      y: G[1],
      dx: 0,
      dy: 0,
      dispatch: q
    }), V)) != null)
      return N = g.x - G[0] || 0, ie = g.y - G[1] || 0, function M(y, A, C) {
        var R = G, T;
        switch (y) {
          case "start":
            i[H] = M, T = s++;
            break;
          case "end":
            delete i[H], --s;
          case "drag":
            G = vs(C || A, O), T = s;
            break;
        }
        q.call(
          y,
          p,
          new Ai(y, {
            sourceEvent: A,
            subject: g,
            target: f,
            identifier: H,
            active: T,
            x: G[0] + N,
            y: G[1] + ie,
            dx: G[0] - R[0],
            dy: G[1] - R[1],
            dispatch: q
          }),
          V
        );
      };
  }
  return f.filter = function(p) {
    return arguments.length ? (e = typeof p == "function" ? p : Jn(!!p), f) : e;
  }, f.container = function(p) {
    return arguments.length ? (t = typeof p == "function" ? p : Jn(p), f) : t;
  }, f.subject = function(p) {
    return arguments.length ? (n = typeof p == "function" ? p : Jn(p), f) : n;
  }, f.touchable = function(p) {
    return arguments.length ? (o = typeof p == "function" ? p : Jn(!!p), f) : o;
  }, f.on = function() {
    var p = r.on.apply(r, arguments);
    return p === r ? f : p;
  }, f.clickDistance = function(p) {
    return arguments.length ? (d = (p = +p) * p, f) : Math.sqrt(d);
  }, f;
}
var Ht = /* @__PURE__ */ ((e) => (e.Line = "line", e.Handle = "handle", e))(Ht || {});
function dw({ width: e, prevWidth: t, height: n, prevHeight: o, invertX: i, invertY: r }) {
  const s = e - t, a = n - o, l = [s > 0 ? 1 : s < 0 ? -1 : 0, a > 0 ? 1 : a < 0 ? -1 : 0];
  return s && i && (l[0] = l[0] * -1), a && r && (l[1] = l[1] * -1), l;
}
const fw = {
  [Ht.Line]: "right",
  [Ht.Handle]: "bottom-right"
}, hw = {
  [Ht.Line]: "borderColor",
  [Ht.Handle]: "backgroundColor"
}, gw = {
  name: "ResizeControl",
  compatConfig: { MODE: 3 }
}, ys = /* @__PURE__ */ Ce({
  ...gw,
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
    }, { findNode: r, emits: s, viewport: a, noDragClassName: l } = Me(), u = $a(), c = ye();
    let d = i, f = o;
    const h = Ee(() => n.position ?? fw[n.variant]), _ = j(() => h.value.split("-")), w = Ee(() => n.color ? { [hw[n.variant]]: n.color } : {});
    return Ns((k) => {
      if (!c.value || !n.nodeId)
        return;
      const S = Tn(c.value), z = h.value.includes("right") || h.value.includes("left"), $ = h.value.includes("bottom") || h.value.includes("top"), p = h.value.includes("left"), O = h.value.includes("top"), L = cw().on("start", (V) => {
        const H = r(n.nodeId), { xSnapped: J, ySnapped: q } = u(V);
        f = {
          width: (H == null ? void 0 : H.dimensions.width) ?? 0,
          height: (H == null ? void 0 : H.dimensions.height) ?? 0,
          x: (H == null ? void 0 : H.position.x) ?? 0,
          y: (H == null ? void 0 : H.position.y) ?? 0
        }, d = {
          ...f,
          pointerX: J,
          pointerY: q,
          aspectRatio: f.width / f.height
        }, t("resizeStart", { event: V, params: f });
      }).on("drag", (V) => {
        var H;
        const { xSnapped: J, ySnapped: q } = u(V), G = r(n.nodeId);
        if (G) {
          const N = [], {
            pointerX: ie,
            pointerY: g,
            width: M,
            height: y,
            x: A,
            y: C,
            aspectRatio: R
          } = d, { x: T, y: Y, width: Q, height: ne } = f, re = Math.floor(z ? J - ie : 0), Z = Math.floor($ ? q - g : 0);
          let U = gt(M + (p ? -re : re), n.minWidth, n.maxWidth), K = gt(y + (O ? -Z : Z), n.minHeight, n.maxHeight);
          if (n.keepAspectRatio) {
            const le = U / K;
            let b = R;
            typeof n.keepAspectRatio == "number" && le !== n.keepAspectRatio && (b = n.keepAspectRatio);
            const x = z && $, E = z && !$, m = $ && !z;
            U = le <= b && x || m ? K * b : U, K = le > b && x || E ? U / b : K, U >= n.maxWidth ? (U = n.maxWidth, K = n.maxWidth / b) : U <= n.minWidth && (U = n.minWidth, K = n.minWidth / b), K >= n.maxHeight ? (K = n.maxHeight, U = n.maxHeight * b) : K <= n.minHeight && (K = n.minHeight, U = n.minHeight * b);
          }
          const de = U !== Q, ve = K !== ne;
          if (p || O) {
            const le = p ? A - (U - M) : A, b = O ? C - (K - y) : C, x = le !== T && de, E = b !== Y && ve;
            if (x || E) {
              const m = {
                id: G.id,
                type: "position",
                from: G.position,
                position: {
                  x: x ? le : T,
                  y: E ? b : Y
                }
              };
              N.push(m), f.x = m.position.x, f.y = m.position.y;
            }
          }
          if (n.nodeId && (de || ve)) {
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
            N.push(le), f.width = U, f.height = K;
          }
          if (N.length === 0)
            return;
          const he = dw({
            width: f.width,
            prevWidth: Q,
            height: f.height,
            prevHeight: ne,
            invertX: p,
            invertY: O
          }), we = { ...f, direction: he };
          if (((H = n.shouldResize) == null ? void 0 : H.call(n, V, we)) === !1)
            return;
          t("resize", { event: V, params: we }), s.nodesChange(N);
        }
      }).on("end", (V) => {
        if (n.nodeId) {
          const H = {
            id: n.nodeId,
            type: "dimensions",
            resizing: !1
          };
          t("resizeEnd", { event: V, params: f }), s.nodesChange([H]);
        }
      });
      S.call(L), k(() => {
        S.on(".drag", null);
      });
    }), (k, S) => (P(), B("div", {
      ref_key: "resizeControlRef",
      ref: c,
      class: Ae(["vue-flow__resize-control", [..._.value, k.variant, F(l)]]),
      style: Ne({
        ...w.value,
        scale: k.variant === F(Ht).Handle ? `${Math.max(1 / F(a).zoom, 1)}` : void 0
      })
    }, [
      Ve(k.$slots, "default")
    ], 6));
  }
}), mw = {
  name: "NodeResizer",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, vw = /* @__PURE__ */ Ce({
  ...mw,
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
    const n = e, { findNode: o, emits: i } = Me(), r = ["top-left", "top-right", "bottom-left", "bottom-right"], s = ["top", "right", "bottom", "left"], a = vt(Zi, null), l = Ee(() => typeof n.nodeId == "string" ? n.nodeId : a), u = j(() => o(l.value));
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
      ([c, d, f, h, _]) => {
        const w = u.value;
        if (w && _) {
          const k = {
            id: w.id,
            type: "dimensions",
            updateStyle: !0,
            dimensions: {
              width: w.dimensions.width,
              height: w.dimensions.height
            }
          };
          c && w.dimensions.width < c && (k.dimensions.width = c), d && w.dimensions.height < d && (k.dimensions.height = d), f && w.dimensions.width > f && (k.dimensions.width = f), h && w.dimensions.height > h && (k.dimensions.height = h), (k.dimensions.width !== w.dimensions.width || k.dimensions.height !== w.dimensions.height) && i.nodesChange([k]);
        }
      },
      { flush: "post", immediate: !0 }
    ), (c, d) => c.isVisible ? (P(), B(me, { key: 0 }, [
      (P(), B(me, null, Te(s, (f) => ue(ys, {
        key: f,
        class: Ae(c.lineClassName),
        style: Ne(c.lineStyle),
        "node-id": l.value,
        position: f,
        variant: F(Ht).Line,
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
        class: Ae(c.handleClassName),
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
    ], 64)) : fe("", !0);
  }
}), yl = Symbol("multiplex-store");
function pw(e) {
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
    token: ""
  });
  let n = 0;
  return { state: t, send: (i, r = {}) => (n += 1, e("command", { op: i, req: n, ...r }), n) };
}
function tn() {
  return vt(yl);
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
const yw = ["data-id", "data-kind", "data-sub"], ww = {
  key: 4,
  class: "mx-others"
}, _w = { class: "mx-head" }, xw = { class: "mx-kind" }, $w = { class: "mx-tools nodrag" }, bw = { class: "mx-body" }, kw = { class: "mx-thread-title" }, Sw = { class: "mx-comment-meta" }, Ew = ["onClick"], Nw = { class: "mx-comment-text" }, Cw = {
  key: 0,
  class: "mx-empty"
}, Mw = ["onKeydown"], nn = {
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
    const t = e, { state: n, send: o } = tn(), i = j(() => n.comments.filter((h) => h.block === t.data.id)), r = j(() => i.value.filter((h) => !h.resolved).length), s = j(() => n.openComments === t.data.id), a = j(() => n.users.filter((h) => h.id !== n.me.id && h.selection.includes(t.data.id))), l = ye(""), u = ye(null);
    function c() {
      n.openComments = s.value ? null : t.data.id, n.openComments && Be(() => u.value && u.value.focus());
    }
    function d() {
      const h = l.value.trim();
      h && (o("comment", { id: t.data.id, text: h }), l.value = "");
    }
    function f(h) {
      const _ = h.params || {};
      o("move", { moves: [{ id: t.data.id, x: _.x, y: _.y, w: _.width, h: _.height }] });
    }
    return (h, _) => (P(), B("div", {
      class: Ae(["mx-block", `mx-${e.data.kind}`, `mx-sub-${e.data.sub}`, e.shape, { "is-selected": e.selected }]),
      style: Ne({ "--edge": e.edge, "--other": a.value[0] ? a.value[0].color : "transparent" }),
      "data-id": e.data.id,
      "data-kind": e.data.kind,
      "data-sub": e.data.sub
    }, [
      e.selected ? (P(), ze(F(vw), {
        key: 0,
        "min-width": e.minW,
        "min-height": e.minH,
        color: "#00e5ff",
        onResizeEnd: f
      }, null, 8, ["min-width", "min-height"])) : fe("", !0),
      e.target ? (P(), ze(F(St), {
        key: 1,
        id: "in",
        type: "target",
        position: F(se).Left,
        class: "mx-handle"
      }, null, 8, ["position"])) : fe("", !0),
      e.source ? (P(), ze(F(St), {
        key: 2,
        type: "source",
        position: F(se).Right,
        class: "mx-handle"
      }, null, 8, ["position"])) : fe("", !0),
      e.data.kind === "intent" ? (P(), B(me, { key: 3 }, [
        ue(F(St), {
          id: "seq-in",
          type: "target",
          position: F(se).Top,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"]),
        ue(F(St), {
          id: "seq-out",
          type: "source",
          position: F(se).Bottom,
          class: "mx-handle-seq",
          connectable: !1
        }, null, 8, ["position"])
      ], 64)) : fe("", !0),
      a.value.length ? (P(), B("div", ww, [
        (P(!0), B(me, null, Te(a.value, (w) => (P(), B("span", {
          key: w.id,
          class: "mx-other-tag",
          style: Ne({ background: w.color })
        }, ee(w.name), 5))), 128))
      ])) : fe("", !0),
      D("header", _w, [
        ue(ke, {
          name: e.icon,
          size: 13,
          class: "mx-kind-icon"
        }, null, 8, ["name"]),
        D("span", xw, ee(e.kindLabel), 1),
        _[6] || (_[6] = D("span", { class: "mx-spacer" }, null, -1)),
        Ve(h.$slots, "head"),
        r.value ? (P(), B("button", {
          key: 0,
          class: "mx-badge nodrag",
          onClick: $e(c, ["stop"]),
          title: "Comments"
        }, [
          ue(ke, {
            name: "comment",
            size: 11
          }),
          Ie(ee(r.value), 1)
        ])) : fe("", !0),
        D("div", $w, [
          D("button", {
            title: "Comment",
            onClick: $e(c, ["stop"])
          }, [
            ue(ke, {
              name: "comment",
              size: 13
            })
          ]),
          D("button", {
            title: "Duplicate (Ctrl+D)",
            onClick: _[0] || (_[0] = $e((w) => F(o)("duplicate", { ids: [e.data.id] }), ["stop"]))
          }, [
            ue(ke, {
              name: "copy",
              size: 13
            })
          ]),
          D("button", {
            title: "Delete (Del)",
            class: "danger",
            onClick: _[1] || (_[1] = $e((w) => F(o)("delete", { ids: [e.data.id] }), ["stop"]))
          }, [
            ue(ke, {
              name: "trash",
              size: 13
            })
          ])
        ])
      ]),
      D("div", bw, [
        Ve(h.$slots, "default")
      ]),
      Ve(h.$slots, "foot"),
      s.value ? (P(), B("div", {
        key: 5,
        class: "mx-thread nodrag nowheel",
        onPointerdown: _[4] || (_[4] = $e(() => {
        }, ["stop"])),
        onKeydown: _[5] || (_[5] = $e(() => {
        }, ["stop"]))
      }, [
        D("div", kw, [
          _[7] || (_[7] = Ie("Comments ")),
          D("button", {
            class: "mx-x",
            onClick: _[2] || (_[2] = (w) => F(n).openComments = null)
          }, [
            ue(ke, {
              name: "x",
              size: 12
            })
          ])
        ]),
        (P(!0), B(me, null, Te(i.value, (w) => (P(), B("div", {
          key: w.id,
          class: Ae(["mx-comment", { resolved: w.resolved }])
        }, [
          D("div", Sw, [
            D("b", null, ee(w.author), 1),
            D("span", null, ee(F(ar)(w.created)), 1),
            D("button", {
              class: "mx-resolve",
              onClick: (k) => F(o)("resolve", { id: w.id, resolved: !w.resolved })
            }, ee(w.resolved ? "reopen" : "resolve"), 9, Ew)
          ]),
          D("div", Nw, ee(w.text), 1)
        ], 2))), 128)),
        i.value.length ? fe("", !0) : (P(), B("div", Cw, "No comments yet.")),
        vn(D("textarea", {
          ref_key: "input",
          ref: u,
          "onUpdate:modelValue": _[3] || (_[3] = (w) => l.value = w),
          class: "mx-text mx-comment-input",
          rows: "2",
          placeholder: "Comment… (Enter)",
          onKeydown: lt($e(d, ["exact", "prevent"]), ["enter"])
        }, null, 40, Mw), [
          [pn, l.value]
        ])
      ], 32)) : fe("", !0)
    ], 14, yw));
  }
}, Iw = ["value", "rows", "placeholder", "data-field"], Tw = ["value", "placeholder", "data-field"], xs = 450, Di = {
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
      const _ = o.value, w = _ && document.activeElement === _;
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
      let k = w ? _.selectionStart : null;
      if (k !== null) {
        let S = 0;
        const z = i.value;
        for (; S < z.length && S < h.length && z[S] === h[S]; ) S++;
        S < k && (k += h.length - z.length);
      }
      i.value = h, r = h, k !== null && requestAnimationFrame(() => {
        try {
          _.setSelectionRange(k, k);
        } catch {
        }
      });
    }
    function f() {
      s && (clearTimeout(s), u());
    }
    return Se(() => t.value, (h) => d(h || "")), Mo(() => {
      s && (clearTimeout(s), u());
    }), (h, _) => e.multiline ? (P(), B("textarea", {
      key: 0,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag nowheel", e.cls]),
      value: i.value,
      rows: e.rows,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onBlur: f,
      onKeydown: _[0] || (_[0] = $e(() => {
      }, ["stop"])),
      "data-field": e.field
    }, null, 42, Iw)) : (P(), B("input", {
      key: 1,
      ref_key: "el",
      ref: o,
      class: Ae(["mx-text nodrag", e.cls]),
      value: i.value,
      placeholder: e.placeholder,
      spellcheck: "false",
      onInput: c,
      onKeydown: [
        _[1] || (_[1] = $e(() => {
        }, ["stop"])),
        _[2] || (_[2] = lt((w) => w.target.blur(), ["enter"]))
      ],
      onBlur: f,
      "data-field": e.field
    }, null, 42, Tw));
  }
}, Aw = {
  class: "mx-seq nodrag",
  title: "Sequence: move earlier / later"
}, zw = ["title", "data-state"], Dw = {
  key: 0,
  class: "mx-progress"
}, Pw = { class: "mx-intent-main" }, Rw = { class: "mx-intent-text" }, Ow = {
  key: 0,
  class: "mx-thumb"
}, Bw = ["src"], Vw = ["src"], Hw = { class: "mx-foot nodrag" }, Lw = { class: "mx-subs" }, Fw = ["title", "onClick"], Yw = {
  class: "mx-dur",
  title: "Duration in seconds"
}, Xw = ["value"], qw = {
  key: 0,
  class: "mx-reason",
  "data-role": "reason"
}, Gw = {
  __name: "IntentNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = tn(), i = { scene: "clapperboard", character: "user-round", style: "palette", timing: "timer" }, r = j(() => t.data.status || { state: "idle", label: "idle" }), s = j(() => zi[r.value.state] || zi.idle), a = j(() => t.data.seq ? String(t.data.seq).padStart(2, "0") : "—"), l = j(() => {
      const f = t.data.takes || [], h = t.data.chosen || {};
      return f.find((_) => _.id === h.clip) || f.find((_) => _.id === h.still) || null;
    }), u = j(() => ["queued", "claimed", "rendering"].includes(r.value.state));
    function c(f) {
      const h = n.sequence.indexOf(t.id);
      h < 0 || o("reorder", { id: t.id, index: Math.max(0, h + f) });
    }
    function d(f) {
      const h = parseFloat(f.target.value);
      Number.isFinite(h) && o("update", { id: t.id, fields: { duration_s: h } });
    }
    return (f, h) => (P(), ze(nn, {
      data: e.data,
      selected: e.selected,
      icon: i[e.data.sub],
      "kind-label": e.data.sub,
      edge: s.value,
      target: "",
      "min-w": 220,
      "min-h": 150
    }, {
      head: Oe(() => [
        D("span", Aw, [
          D("button", {
            onClick: h[0] || (h[0] = $e((_) => c(-1), ["stop"]))
          }, [
            ue(ke, {
              name: "left",
              size: 11
            })
          ]),
          D("b", null, ee(a.value), 1),
          D("button", {
            onClick: h[1] || (h[1] = $e((_) => c(1), ["stop"]))
          }, [
            ue(ke, {
              name: "right",
              size: 11
            })
          ])
        ]),
        D("span", {
          class: "mx-status",
          style: Ne({ color: s.value }),
          title: r.value.reason || r.value.msg || "",
          "data-role": "status",
          "data-state": r.value.state
        }, [
          D("i", {
            class: "mx-dot",
            style: Ne({ background: s.value })
          }, null, 4),
          Ie(ee(r.value.label), 1),
          r.value.peer ? (P(), B(me, { key: 0 }, [
            Ie(" · " + ee(r.value.peer), 1)
          ], 64)) : fe("", !0),
          r.value.state === "rendering" ? (P(), B(me, { key: 1 }, [
            Ie(ee(Math.round((r.value.fraction || 0) * 100)) + "%", 1)
          ], 64)) : fe("", !0)
        ], 12, zw)
      ]),
      foot: Oe(() => [
        D("footer", Hw, [
          D("div", Lw, [
            (P(), B(me, null, Te(i, (_, w) => D("button", {
              key: w,
              class: Ae({ on: e.data.sub === w }),
              title: w,
              onClick: $e((k) => F(o)("update", { id: e.id, fields: { sub: w } }), ["stop"])
            }, [
              ue(ke, {
                name: _,
                size: 12
              }, null, 8, ["name"])
            ], 10, Fw)), 64))
          ]),
          D("label", Yw, [
            D("input", {
              type: "number",
              min: "0.5",
              max: "600",
              step: "0.5",
              value: e.data.duration_s,
              onChange: d,
              onKeydown: h[2] || (h[2] = $e(() => {
              }, ["stop"]))
            }, null, 40, Xw),
            h[5] || (h[5] = Ie("s "))
          ]),
          h[8] || (h[8] = D("span", { class: "mx-grow" }, null, -1)),
          u.value ? (P(), B("button", {
            key: 0,
            class: "mx-act ghost",
            title: "Cancel render",
            onClick: h[3] || (h[3] = $e((_) => F(o)("cancel", { ids: [e.id] }), ["stop"]))
          }, [
            ue(ke, {
              name: "square",
              size: 10
            }),
            h[6] || (h[6] = Ie("Cancel"))
          ])) : (P(), B("button", {
            key: 1,
            class: "mx-act",
            title: "Render (R)",
            "data-role": "render",
            onClick: h[4] || (h[4] = $e((_) => F(o)("preview", { ids: [e.id] }), ["stop"]))
          }, [
            ue(ke, {
              name: "play",
              size: 11
            }),
            h[7] || (h[7] = Ie("Render"))
          ]))
        ]),
        r.value.state === "failed" ? (P(), B("div", qw, ee(r.value.reason), 1)) : fe("", !0)
      ]),
      default: Oe(() => [
        r.value.fraction !== void 0 && r.value.state !== "idle" ? (P(), B("div", Dw, [
          D("div", {
            style: Ne({ width: `${Math.round((r.value.fraction || 0) * 100)}%`, background: s.value })
          }, null, 4)
        ])) : fe("", !0),
        D("div", Pw, [
          D("div", Rw, [
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
          l.value ? (P(), B("div", Ow, [
            (l.value.mime || "").startsWith("video") ? (P(), B("video", {
              key: 0,
              src: l.value.url,
              muted: "",
              loop: "",
              autoplay: "",
              playsinline: ""
            }, null, 8, Bw)) : (P(), B("img", {
              key: 1,
              src: l.value.url,
              alt: ""
            }, null, 8, Vw))
          ])) : fe("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label", "edge"]));
  }
};
async function wl(e, t, { block: n = "", x: o = 0, y: i = 0, attach: r = "" } = {}) {
  const s = new URLSearchParams({ token: e, block: n, x: String(o), y: String(i), attach: r, name: t.name || "" }), a = await fetch(`/canvas/api/upload?${s}`, {
    method: "POST",
    body: t,
    headers: { "content-type": t.type || "application/octet-stream" }
  });
  if (!a.ok) throw new Error(await a.text() || `upload failed (${a.status})`);
  return a.json();
}
const Uw = ["src"], Ww = ["src"], Kw = {
  key: 2,
  class: "mx-drop-hint"
}, Zw = {
  key: 2,
  class: "mx-voice nodrag"
}, Qw = ["src"], Jw = { class: "k" }, jw = ["value", "onChange"], e_ = ["onClick"], t_ = { class: "mx-kv add" }, n_ = { id: "mx-directive-keys" }, o_ = ["value"], i_ = {
  key: 4,
  class: "mx-reason"
}, r_ = {
  __name: "CompNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n, send: o } = tn(), i = { image: "image", clip: "film", note: "sticky-note", voice: "mic", directive: "sliders-horizontal" }, r = { image: "reference", clip: "reference clip", note: "note", voice: "voice note", directive: "directive" }, s = ["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps", "width", "height", "steps", "cfg", "negative"], a = j(() => Object.entries(t.data.params || {})), l = ye(""), u = ye(""), c = ye(!1), d = ye(null), f = ye("");
    function h($, p) {
      const O = { ...t.data.params || {} };
      p === null ? delete O[$] : O[$] = p, o("update", { id: t.id, fields: { params: O } });
    }
    function _() {
      l.value.trim() && (h(l.value.trim(), u.value), l.value = "", u.value = "");
    }
    async function w($) {
      c.value = !1;
      const p = $.dataTransfer && $.dataTransfer.files && $.dataTransfer.files[0];
      p && ($.preventDefault(), $.stopPropagation(), await k(p));
    }
    async function k($) {
      f.value = "";
      try {
        await wl(n.token, $, { block: t.id });
      } catch (p) {
        f.value = String(p.message || p);
      }
    }
    function S($) {
      const p = $.target.files[0];
      p && k(p);
    }
    async function z() {
      if (d.value) {
        d.value.stop();
        return;
      }
      try {
        const $ = await navigator.mediaDevices.getUserMedia({ audio: !0 }), p = new MediaRecorder($), O = [];
        p.ondataavailable = (L) => O.push(L.data), p.onstop = () => {
          $.getTracks().forEach((L) => L.stop()), d.value = null, k(new Blob(O, { type: p.mimeType || "audio/webm" }));
        }, p.start(), d.value = p;
      } catch ($) {
        f.value = "microphone unavailable: " + ($.message || $);
      }
    }
    return ($, p) => (P(), ze(nn, {
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
      default: Oe(() => [
        e.data.sub === "image" || e.data.sub === "clip" ? (P(), B("div", {
          key: 0,
          class: Ae(["mx-drop nodrag", { over: c.value }]),
          onDragover: p[0] || (p[0] = $e((O) => c.value = !0, ["prevent", "stop"])),
          onDragleave: p[1] || (p[1] = (O) => c.value = !1),
          onDrop: w
        }, [
          e.data.url && (e.data.mime || "").startsWith("video") ? (P(), B("video", {
            key: 0,
            src: e.data.url,
            muted: "",
            loop: "",
            autoplay: "",
            playsinline: ""
          }, null, 8, Uw)) : e.data.url ? (P(), B("img", {
            key: 1,
            src: e.data.url,
            alt: ""
          }, null, 8, Ww)) : (P(), B("label", Kw, [
            ue(ke, {
              name: "upload",
              size: 18
            }),
            p[5] || (p[5] = D("span", null, [
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
        ], 34)) : e.data.sub === "note" ? (P(), ze(Di, {
          key: 1,
          "block-id": e.id,
          field: "text",
          value: e.data.text,
          multiline: "",
          cls: "mx-note",
          placeholder: "A note for this intent…",
          rows: 4
        }, null, 8, ["block-id", "value"])) : e.data.sub === "voice" ? (P(), B("div", Zw, [
          D("button", {
            class: Ae(["mx-rec", { live: d.value }]),
            onClick: $e(z, ["stop"])
          }, [
            ue(ke, {
              name: d.value ? "square" : "mic",
              size: 14
            }, null, 8, ["name"]),
            Ie(ee(d.value ? "Stop" : e.data.url ? "Re-record" : "Record"), 1)
          ], 2),
          e.data.url ? (P(), B("audio", {
            key: 0,
            src: e.data.url,
            controls: "",
            preload: "none"
          }, null, 8, Qw)) : fe("", !0)
        ])) : e.data.sub === "directive" ? (P(), B("div", {
          key: 3,
          class: "mx-directive nodrag nowheel",
          onKeydown: p[4] || (p[4] = $e(() => {
          }, ["stop"]))
        }, [
          (P(!0), B(me, null, Te(a.value, ([O, L]) => (P(), B("div", {
            key: O,
            class: "mx-kv"
          }, [
            D("span", Jw, ee(O), 1),
            D("input", {
              class: "v",
              value: L,
              onChange: (V) => h(O, V.target.value)
            }, null, 40, jw),
            D("button", {
              onClick: $e((V) => h(O, null), ["stop"])
            }, [
              ue(ke, {
                name: "x",
                size: 11
              })
            ], 8, e_)
          ]))), 128)),
          D("div", t_, [
            vn(D("input", {
              class: "k",
              "onUpdate:modelValue": p[2] || (p[2] = (O) => l.value = O),
              list: "mx-directive-keys",
              placeholder: "key",
              onKeydown: lt(_, ["enter"])
            }, null, 544), [
              [pn, l.value]
            ]),
            vn(D("input", {
              class: "v",
              "onUpdate:modelValue": p[3] || (p[3] = (O) => u.value = O),
              placeholder: "value",
              onKeydown: lt(_, ["enter"])
            }, null, 544), [
              [pn, u.value]
            ]),
            D("button", {
              onClick: $e(_, ["stop"])
            }, [
              ue(ke, {
                name: "plus",
                size: 11
              })
            ])
          ]),
          D("datalist", n_, [
            (P(), B(me, null, Te(s, (O) => D("option", {
              key: O,
              value: O
            }, null, 8, o_)), 64))
          ])
        ], 32)) : fe("", !0),
        f.value ? (P(), B("div", i_, ee(f.value), 1)) : fe("", !0)
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, s_ = { class: "mx-media-box" }, a_ = ["src"], l_ = ["src"], u_ = {
  key: 2,
  class: "mx-empty"
}, c_ = {
  key: 3,
  class: "mx-chosen",
  title: "The chosen take"
}, d_ = { class: "mx-foot nodrag" }, f_ = {
  key: 0,
  class: "mx-takes"
}, h_ = ["title"], g_ = {
  __name: "GenArtNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { send: n } = tn(), o = j(() => t.data.takes || [t.id]), i = j(() => Math.max(0, o.value.indexOf(t.id))), r = j(() => (t.data.mime || "").startsWith("video") || t.data.sub === "video");
    function s(a) {
      const l = o.value.length;
      l < 2 || n("choose", { id: o.value[(i.value + a + l) % l] });
    }
    return (a, l) => (P(), ze(nn, {
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
      foot: Oe(() => [
        D("footer", d_, [
          o.value.length > 1 ? (P(), B("span", f_, [
            D("button", {
              onClick: l[0] || (l[0] = $e((u) => s(-1), ["stop"])),
              title: "Previous take"
            }, [
              ue(ke, {
                name: "left",
                size: 11
              })
            ]),
            Ie(" take " + ee(i.value + 1) + "/" + ee(o.value.length) + " ", 1),
            D("button", {
              onClick: l[1] || (l[1] = $e((u) => s(1), ["stop"])),
              title: "Next take"
            }, [
              ue(ke, {
                name: "right",
                size: 11
              })
            ])
          ])) : fe("", !0),
          e.data.chosen ? fe("", !0) : (P(), B("button", {
            key: 1,
            class: "mx-link",
            onClick: l[2] || (l[2] = $e((u) => F(n)("choose", { id: e.id }), ["stop"]))
          }, "use this take")),
          D("span", {
            class: "mx-meta",
            title: `${e.data.backend} on ${e.data.peer_id}`
          }, [
            Ie(ee(e.data.width) + "×" + ee(e.data.height), 1),
            e.data.duration_s ? (P(), B(me, { key: 0 }, [
              Ie(" · " + ee(e.data.duration_s.toFixed(1)) + "s", 1)
            ], 64)) : fe("", !0),
            Ie(" · " + ee(e.data.peer_id), 1)
          ], 8, h_),
          D("button", {
            class: "mx-act ghost",
            title: "New intent from this",
            onClick: l[3] || (l[3] = $e((u) => F(n)("grow", { id: e.id }), ["stop"]))
          }, [
            ue(ke, {
              name: "sparkles",
              size: 11
            }),
            l[5] || (l[5] = Ie("New intent"))
          ])
        ])
      ]),
      default: Oe(() => [
        D("div", s_, [
          r.value && e.data.url ? (P(), B("video", {
            key: 0,
            src: e.data.url,
            controls: "",
            loop: "",
            muted: "",
            playsinline: "",
            preload: "metadata",
            class: "nodrag"
          }, null, 8, a_)) : e.data.url ? (P(), B("img", {
            key: 1,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, l_)) : (P(), B("div", u_, "asset not here yet")),
          e.data.chosen ? (P(), B("span", c_, [
            ue(ke, {
              name: "star",
              size: 11
            }),
            l[4] || (l[4] = Ie("chosen"))
          ])) : fe("", !0)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, m_ = { class: "mx-stream nowheel" }, v_ = {
  key: 0,
  class: "mx-empty"
}, p_ = { class: "mx-machine-head" }, y_ = { class: "n" }, w_ = { class: "bar" }, __ = { class: "u" }, x_ = { class: "m" }, $_ = { class: "t" }, b_ = {
  key: 0,
  class: "mx-dim"
}, k_ = {
  key: 0,
  class: "mx-empty"
}, S_ = { class: "mx-job-head" }, E_ = { class: "bar" }, N_ = { class: "mx-dim" }, C_ = {
  key: 0,
  class: "mx-empty"
}, M_ = { class: "n" }, I_ = { class: "s" }, T_ = {
  key: 0,
  class: "mx-empty"
}, A_ = { class: "t" }, z_ = { class: "p" }, D_ = { class: "msg" }, P_ = {
  __name: "ActivityNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, { state: n } = tn(), o = { gpu: "cpu", workflow: "workflow", queue: "list-ordered", log: "scroll-text" }, i = { gpu: "gpu monitor", workflow: "workflow status", queue: "queue", log: "processing log" }, r = j(() => (t.data.peer_filter || "").toLowerCase()), s = j(() => n.activity.peers.filter((c) => !r.value || c.id.toLowerCase().includes(r.value) || c.name.toLowerCase().includes(r.value))), a = j(() => n.activity.log.slice().reverse().slice(0, 60)), l = (c) => c > 85 ? "#ff5722" : c > 50 ? "#00e5ff" : "#64ffda", u = { done: "#64ffda", failed: "#ff5722", started: "#00e5ff", claimed: "#ffc947", requested: "#9ca3af", lapsed: "#ff5722", cancelled: "#6b7280" };
    return (c, d) => (P(), ze(nn, {
      data: e.data,
      selected: e.selected,
      icon: o[e.data.sub],
      "kind-label": `activity · ${i[e.data.sub]}`,
      edge: "#64ffda",
      shape: "mx-terminal",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Oe(() => d[0] || (d[0] = [
        D("span", { class: "mx-live" }, [
          D("i"),
          Ie("live")
        ], -1)
      ])),
      default: Oe(() => [
        D("div", m_, [
          e.data.sub === "gpu" ? (P(), B(me, { key: 0 }, [
            s.value.length ? fe("", !0) : (P(), B("div", v_, d[1] || (d[1] = [
              Ie("No machines on this board yet. Start a peer: "),
              D("code", null, "multiplex up", -1)
            ]))),
            (P(!0), B(me, null, Te(s.value, (f) => (P(), B("div", {
              key: f.id,
              class: "mx-machine"
            }, [
              D("div", p_, [
                D("i", {
                  class: Ae(["mx-dot", f.live ? f.paused ? "paused" : "on" : "off"])
                }, null, 2),
                D("b", null, ee(f.name), 1),
                D("span", null, ee(f.busy) + "/" + ee(f.slots) + " busy" + ee(f.paused ? " · paused" : ""), 1)
              ]),
              (P(!0), B(me, null, Te(f.gpus, (h) => (P(), B("div", {
                key: h.index,
                class: "mx-gpu"
              }, [
                D("span", y_, ee(h.index), 1),
                D("div", w_, [
                  D("div", {
                    style: Ne({ width: `${h.util}%`, background: l(h.util) })
                  }, null, 4)
                ]),
                D("span", __, ee(Math.round(h.util)) + "%", 1),
                D("span", x_, ee(F(_s)(h.mem_used)) + "/" + ee(F(_s)(h.mem_total)), 1),
                D("span", $_, ee(h.temp ? `${Math.round(h.temp)}°` : ""), 1)
              ]))), 128)),
              f.gpus.length ? fe("", !0) : (P(), B("div", b_, "cpu only"))
            ]))), 128))
          ], 64)) : e.data.sub === "workflow" ? (P(), B(me, { key: 1 }, [
            F(n).activity.running.length ? fe("", !0) : (P(), B("div", k_, "Nothing rendering.")),
            (P(!0), B(me, null, Te(F(n).activity.running, (f) => (P(), B("div", {
              key: f.id,
              class: "mx-job"
            }, [
              D("div", S_, [
                D("b", null, ee(f.title || f.intent), 1),
                D("span", null, ee(f.stage) + " · " + ee(f.peer || "—"), 1)
              ]),
              D("div", E_, [
                D("div", {
                  style: Ne({ width: `${Math.round(f.fraction * 100)}%` })
                }, null, 4)
              ]),
              D("div", N_, ee(f.state) + " " + ee(Math.round(f.fraction * 100)) + "% " + ee(f.msg), 1)
            ]))), 128))
          ], 64)) : e.data.sub === "queue" ? (P(), B(me, { key: 2 }, [
            F(n).activity.queue.length ? fe("", !0) : (P(), B("div", C_, "Queue is empty.")),
            (P(!0), B(me, null, Te(F(n).activity.queue, (f, h) => (P(), B("div", {
              key: f.id,
              class: "mx-qrow"
            }, [
              D("span", M_, ee(String(h + 1).padStart(2, "0")), 1),
              D("b", null, ee(f.title || f.intent), 1),
              D("span", null, ee(f.stage), 1),
              D("span", I_, ee(f.state), 1)
            ]))), 128))
          ], 64)) : (P(), B(me, { key: 3 }, [
            a.value.length ? fe("", !0) : (P(), B("div", T_, "Waiting for activity…")),
            (P(!0), B(me, null, Te(a.value, (f, h) => (P(), B("div", {
              key: h,
              class: "mx-logline"
            }, [
              D("span", A_, ee(F(ar)(f.t)), 1),
              D("span", {
                class: "k",
                style: Ne({ color: u[f.kind] || "#9ca3af" })
              }, ee(f.kind), 5),
              D("span", z_, ee(f.peer), 1),
              D("span", D_, ee(f.stage) + " " + ee(f.msg), 1)
            ]))), 128))
          ], 64))
        ])
      ]),
      _: 1
    }, 8, ["data", "selected", "icon", "kind-label"]));
  }
}, R_ = { class: "mx-narrator" }, O_ = {
  key: 0,
  class: "mx-empty"
}, B_ = {
  __name: "NarrationNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    const t = e, n = ye(null), o = j(() => (t.data.text || "").split(/\n{2,}/).filter(Boolean).slice(-12));
    return Se(() => t.data.text, () => Be(() => {
      n.value && (n.value.scrollTop = n.value.scrollHeight);
    })), (i, r) => (P(), ze(nn, {
      data: e.data,
      selected: e.selected,
      icon: "audio-lines",
      "kind-label": "narration",
      edge: "#9c88ff",
      shape: "mx-prose",
      "min-w": 220,
      "min-h": 120
    }, {
      head: Oe(() => [
        D("span", R_, [
          Ie(ee(e.data.narrator || "narrator"), 1),
          e.data.updated ? (P(), B(me, { key: 0 }, [
            Ie(" · " + ee(F(ar)(e.data.updated)), 1)
          ], 64)) : fe("", !0)
        ])
      ]),
      default: Oe(() => [
        D("div", {
          ref_key: "box",
          ref: n,
          class: "mx-prose-box nowheel"
        }, [
          (P(!0), B(me, null, Te(o.value, (s, a) => (P(), B("p", {
            key: a,
            class: Ae({ last: a === o.value.length - 1 })
          }, ee(s), 3))), 128)),
          o.value.length ? fe("", !0) : (P(), B("p", O_, "The narrator speaks when the machines start working."))
        ], 512)
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, V_ = { class: "mx-media-box" }, H_ = ["src"], L_ = {
  key: 1,
  class: "mx-visual-empty"
}, F_ = { class: "mx-caption" }, Y_ = {
  __name: "VisualNode",
  props: { id: String, data: Object, selected: Boolean },
  setup(e) {
    return (t, n) => (P(), ze(nn, {
      data: e.data,
      selected: e.selected,
      icon: "scan-eye",
      "kind-label": "visual narration",
      edge: "#9c88ff",
      shape: "mx-media",
      "min-w": 180,
      "min-h": 140
    }, {
      default: Oe(() => [
        D("div", V_, [
          e.data.url ? (P(), B("img", {
            key: 0,
            src: e.data.url,
            alt: "",
            draggable: "false"
          }, null, 8, H_)) : (P(), B("div", L_, n[0] || (n[0] = [
            D("span", null, null, -1)
          ]))),
          D("div", F_, ee(e.data.caption || "Images appear here as the narration unfolds."), 1)
        ])
      ]),
      _: 1
    }, 8, ["data", "selected"]));
  }
}, X_ = { class: "mx-root" }, q_ = { class: "mx-wordmark" }, G_ = { "data-role": "board-name" }, U_ = { class: "mx-people" }, W_ = ["title"], K_ = ["disabled"], Z_ = { key: 0 }, Q_ = { class: "mx-snap-new" }, J_ = ["onClick"], j_ = ["onClick"], e2 = {
  key: 0,
  class: "mx-empty"
}, t2 = { class: "mx-toasts" }, n2 = {
  class: "mx-dialog",
  "data-role": "cost-preview"
}, o2 = { class: "mx-dialog-kicker" }, i2 = { class: "mx-dialog-title" }, r2 = { class: "mx-cost" }, s2 = {
  key: 0,
  class: "mx-warn"
}, a2 = { class: "mx-dialog-actions" }, l2 = { class: "mx-search-in" }, u2 = ["onClick", "onMouseenter"], $s = "mx-flow", d2 = {
  __name: "Canvas",
  props: { palette: Array, me: Object, board: String, token: String },
  emits: ["command", "presence", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = pw(i), { state: s, send: a } = r;
    Et(yl, r), s.me = o.me || s.me, s.board = o.board, s.token = o.token;
    const l = Me($s), u = {
      intent: je(Gw),
      comp: je(r_),
      gen_art: je(g_),
      activity: je(P_),
      narration: je(B_),
      visual_narration: je(Y_)
    }, c = /* @__PURE__ */ new Map(), d = /* @__PURE__ */ new Map(), f = ye(null), h = ye(!1), _ = ye([]), w = ye(null), k = Pi({ open: !1, q: "", i: 0 }), S = ye(!1), z = ye(""), $ = ye(!1);
    function p(m) {
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
    function L() {
      const m = [], v = s.sequence.filter((I) => c.has(I));
      for (let I = 0; I + 1 < v.length; I++)
        m.push({
          id: `seq:${v[I]}:${v[I + 1]}`,
          source: v[I],
          target: v[I + 1],
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
    function V() {
      const m = l.edges.value.filter((v) => v.id.startsWith("seq:")).map((v) => v.id);
      m.length && l.removeEdges(m), l.addEdges(L());
    }
    function H(m) {
      c.clear(), d.clear(), J.clear();
      for (const v of m.blocks) J.add(v.id);
      for (const v of m.blocks) c.set(v.id, v);
      for (const v of m.edges) d.set(v.id, v);
      s.sequence = m.sequence || [], s.comments = m.comments || [], s.snapshots = m.snapshots || [], m.activity && (s.activity = m.activity), m.users && (s.users = m.users), l.setNodes(m.blocks.map(p)), l.setEdges([...m.edges.map(O), ...L()]), h.value || (h.value = !0, m.blocks.length || (window.__mxReady = performance.now()));
    }
    const J = /* @__PURE__ */ new Set();
    function q(m, v, I, X = 0) {
      const W = l.findNode(m);
      if (!W) {
        J.has(m) ? X < 8 && Be(() => {
          const ge = c.get(m);
          ge && q(m, ge, [], X + 1);
        }) : (J.add(m), I.push(p(v)));
        return;
      }
      W.data = v, !W.dragging && (W.position.x !== v.x || W.position.y !== v.y) && (W.position = { x: v.x, y: v.y });
      const te = `${v.w}px`, ae = `${v.h}px`;
      (!W.style || W.style.width !== te || W.style.height !== ae) && (W.style = { ...W.style || {}, width: te, height: ae });
    }
    function G(m) {
      if (m.blocks) {
        const v = [], I = [];
        for (const [X, W] of Object.entries(m.blocks)) {
          if (W === null) {
            c.delete(X), J.delete(X) && I.push(X);
            continue;
          }
          c.set(X, W), q(X, W, v);
        }
        I.length && l.removeNodes(I), v.length && l.addNodes(v);
      }
      if (m.edges) {
        const v = [], I = [];
        for (const [X, W] of Object.entries(m.edges))
          W === null ? (d.delete(X), I.push(X)) : d.has(X) || (d.set(X, W), v.push(O(W)));
        I.length && l.removeEdges(I), v.length && Be(() => l.addEdges(v));
      }
      m.sequence && (s.sequence = m.sequence), (m.sequence || m.blocks && Object.values(m.blocks).some((v) => v === null || v && v.kind === "intent")) && Be(V), m.comments && (s.comments = m.comments), m.snapshots && (s.snapshots = m.snapshots), m.activity && (s.activity = m.activity), m.users && (s.users = m.users);
    }
    function N(m) {
      const v = { id: Math.random(), text: m.text || String(m), kind: m.kind || "info" };
      _.value.push(v), setTimeout(() => {
        _.value = _.value.filter((I) => I !== v);
      }, m.kind === "error" ? 6e3 : 3200);
    }
    function ie(m) {
      m.preview && (w.value = m.preview), m.notify && N({ text: m.notify }), m.error && N({ text: m.error, kind: "error" });
    }
    t({ reset: H, apply: G, notify: N, reply: ie }), l.onNodeDragStop(({ nodes: m }) => {
      a("move", { moves: m.map((v) => ({ id: v.id, x: Math.round(v.position.x), y: Math.round(v.position.y) })) });
    });
    let g = !1;
    l.onNodesInitialized(() => {
      g || (g = !0, l.fitView({ padding: 0.12, maxZoom: 1 }), requestAnimationFrame(() => {
        window.__mxReady = performance.now();
      }));
    }), l.onConnect((m) => a("connect", { source: m.source, target: m.target }));
    function M({ kind: m, sub: v, clientX: I, clientY: X, dragged: W }) {
      const te = f.value.getBoundingClientRect();
      let ae;
      if (W) {
        if (I < te.left || X < te.top) return;
        ae = l.screenToFlowCoordinate({ x: I, y: X });
      } else
        ae = l.screenToFlowCoordinate({ x: te.left + te.width / 2, y: te.top + te.height / 2 });
      let ge = "";
      if (W && m === "comp") {
        const xe = document.elementFromPoint(I, X), qe = xe && xe.closest('.mx-block[data-kind="intent"]');
        qe && (ge = qe.dataset.id);
      }
      a("create", { kind: m, sub: v, x: Math.round(ae.x - 40), y: Math.round(ae.y - 20), attach: ge });
    }
    async function y(m) {
      var te;
      $.value = !1;
      const v = [...m.dataTransfer && m.dataTransfer.files || []];
      if (!v.length) return;
      m.preventDefault();
      const I = (te = document.elementFromPoint(m.clientX, m.clientY)) == null ? void 0 : te.closest('.mx-block[data-kind="intent"]');
      let { x: X, y: W } = l.screenToFlowCoordinate({ x: m.clientX, y: m.clientY });
      for (const ae of v.slice(0, 12)) {
        try {
          await wl(s.token, ae, { x: Math.round(X), y: Math.round(W), attach: I ? I.dataset.id : "" });
        } catch (ge) {
          N({ text: String(ge.message || ge), kind: "error" });
        }
        X += 30, W += 30;
      }
    }
    const A = j(() => l.getSelectedNodes.value.map((m) => m.id)), C = j(() => l.getSelectedNodes.value.filter((m) => m.type === "intent").map((m) => m.id));
    let R = null;
    Se(A, (m) => {
      clearTimeout(R), R = setTimeout(() => i("presence", { selection: m.slice(0, 200) }), 120);
    });
    let T = 0;
    function Y(m) {
      const v = performance.now();
      if (v - T < 80) return;
      T = v;
      const I = l.screenToFlowCoordinate({ x: m.clientX, y: m.clientY });
      i("presence", { cursor: { x: Math.round(I.x), y: Math.round(I.y) } });
    }
    const Q = j(() => l.viewport.value), ne = j(() => s.users.filter((m) => m.id !== s.me.id && m.cursor)), re = j(() => {
      const m = /* @__PURE__ */ new Map();
      for (const v of s.users) m.has(v.id) || m.set(v.id, v);
      return [...m.values()];
    });
    function Z() {
      const m = C.value;
      if (!m.length) {
        N({ text: "Select one or more intents to render" });
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
    function de(m) {
      m > 0 ? l.zoomIn({ duration: 150 }) : l.zoomOut({ duration: 150 });
    }
    const ve = j(() => {
      const m = k.q.trim().toLowerCase(), v = [...c.values()], I = (X) => `${X.title} ${X.description || ""} ${X.text || ""} ${X.caption || ""} ${X.kind} ${X.sub}`.toLowerCase();
      return (m ? v.filter((X) => I(X).includes(m)) : v).slice(0, 30);
    });
    function he() {
      k.open = !0, k.q = "", k.i = 0, Be(() => {
        var m;
        return (m = document.querySelector(".mx-search input")) == null ? void 0 : m.focus();
      });
    }
    function we(m) {
      if (!m) return;
      k.open = !1, l.removeSelectedNodes(l.getSelectedNodes.value);
      const v = l.findNode(m.id);
      v && (l.addSelectedNodes([v]), l.fitView({ nodes: [m.id], padding: 0.6, maxZoom: 1.2, duration: 300 }));
    }
    function ce(m) {
      const v = m.target;
      return v && (v.tagName === "INPUT" || v.tagName === "TEXTAREA" || v.isContentEditable);
    }
    function le(m) {
      const v = m.ctrlKey || m.metaKey, I = m.key.toLowerCase();
      if (v && I === "k") {
        m.preventDefault(), he();
        return;
      }
      if (m.key === "Escape") {
        k.open = !1, w.value = null, S.value = !1, s.openComments = null;
        return;
      }
      if (w.value && m.key === "Enter") {
        m.preventDefault(), U();
        return;
      }
      if (!ce(m))
        if (m.key === "Delete" || m.key === "Backspace") {
          const X = l.getSelectedEdges.value.filter((W) => !W.id.startsWith("seq:")).map((W) => W.id);
          (A.value.length || X.length) && (m.preventDefault(), a("delete", { ids: A.value, edges: X }));
        } else v && I === "d" ? (m.preventDefault(), a("duplicate", { ids: A.value })) : v && I === "z" && !m.shiftKey ? (m.preventDefault(), a("undo")) : v && (I === "y" || I === "z" && m.shiftKey) ? (m.preventDefault(), a("redo")) : !v && I === "r" ? (m.preventDefault(), Z()) : !v && I === "f" ? (m.preventDefault(), K()) : !v && m.key === "/" ? (m.preventDefault(), he()) : v && I === "a" && (m.preventDefault(), l.addSelectedNodes(l.nodes.value));
    }
    pt(() => {
      window.__mxFlow = l, window.addEventListener("keydown", le), i("ready");
    }), Mo(() => window.removeEventListener("keydown", le));
    const b = (m) => m.type === "intent" ? zi[(m.data.status || {}).state] || "#3a3a3e" : ws[m.type] || "#333";
    function x() {
      const m = z.value.trim() || (/* @__PURE__ */ new Date()).toLocaleString();
      a("snapshot", { name: m }), z.value = "";
    }
    const E = (m) => (m || "?").split(/[\s._-]+/).map((v) => v[0]).join("").slice(0, 2).toUpperCase();
    return (m, v) => (P(), B("div", X_, [
      ue(v1, {
        groups: e.palette,
        onPlace: M
      }, null, 8, ["groups"]),
      D("div", {
        ref_key: "wrap",
        ref: f,
        class: Ae(["mx-stage", { "file-over": $.value }]),
        onPointermove: Y,
        onDragover: v[7] || (v[7] = $e((I) => $.value = !0, ["prevent"])),
        onDragleave: v[8] || (v[8] = $e((I) => $.value = !1, ["self"])),
        onDrop: y
      }, [
        ue(F(Rg), {
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
          default: Oe(() => [
            ue(F(Xg), {
              "pattern-color": "#26262a",
              gap: 24,
              size: 1.1
            }),
            ue(F(Ey), {
              pannable: "",
              zoomable: "",
              "node-color": b,
              "node-stroke-width": 0,
              "mask-color": "rgba(10,10,11,0.72)",
              "node-border-radius": 2,
              class: "mx-minimap"
            }),
            ue(F(xi), {
              position: "top-left",
              class: "mx-title-panel"
            }, {
              default: Oe(() => [
                D("div", q_, [
                  v[19] || (v[19] = Ie("multiplex")),
                  v[20] || (v[20] = D("span", null, "/", -1)),
                  D("b", G_, ee(F(s).board), 1)
                ])
              ]),
              _: 1
            }),
            ue(F(xi), {
              position: "top-right",
              class: "mx-hud"
            }, {
              default: Oe(() => [
                D("div", U_, [
                  (P(!0), B(me, null, Te(re.value, (I) => (P(), B("span", {
                    key: I.id,
                    class: "mx-avatar",
                    style: Ne({ "--c": I.color }),
                    title: I.id === F(s).me.id ? `${I.name} (you)` : I.name
                  }, ee(E(I.name)), 13, W_))), 128))
                ]),
                v[23] || (v[23] = D("i", { class: "mx-sep" }, null, -1)),
                D("button", {
                  title: "Undo (Ctrl+Z)",
                  onClick: v[0] || (v[0] = (I) => F(a)("undo")),
                  "data-role": "undo"
                }, [
                  ue(ke, {
                    name: "undo",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Redo (Ctrl+Shift+Z)",
                  onClick: v[1] || (v[1] = (I) => F(a)("redo")),
                  "data-role": "redo"
                }, [
                  ue(ke, {
                    name: "redo",
                    size: 15
                  })
                ]),
                v[24] || (v[24] = D("i", { class: "mx-sep" }, null, -1)),
                D("button", {
                  title: "Search blocks (Ctrl+K)",
                  onClick: he
                }, [
                  ue(ke, {
                    name: "search",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Snapshots",
                  onClick: v[2] || (v[2] = (I) => S.value = !S.value),
                  "data-role": "snapshots"
                }, [
                  ue(ke, {
                    name: "history",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Zoom out",
                  onClick: v[3] || (v[3] = (I) => de(-1))
                }, [
                  ue(ke, {
                    name: "minus",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Zoom in",
                  onClick: v[4] || (v[4] = (I) => de(1))
                }, [
                  ue(ke, {
                    name: "plus",
                    size: 15
                  })
                ]),
                D("button", {
                  title: "Fit view (F)",
                  onClick: K,
                  "data-role": "fit"
                }, [
                  ue(ke, {
                    name: "fit",
                    size: 15
                  })
                ]),
                D("button", {
                  class: "mx-render",
                  disabled: !C.value.length,
                  title: "Render selection (R)",
                  onClick: Z,
                  "data-role": "render-selection"
                }, [
                  ue(ke, {
                    name: "play",
                    size: 13
                  }),
                  v[21] || (v[21] = Ie("Render")),
                  C.value.length ? (P(), B("span", Z_, ee(C.value.length), 1)) : fe("", !0)
                ], 8, K_),
                S.value ? (P(), B("div", {
                  key: 0,
                  class: "mx-pop mx-snaps",
                  onKeydown: v[6] || (v[6] = $e(() => {
                  }, ["stop"]))
                }, [
                  v[22] || (v[22] = D("div", { class: "mx-pop-title" }, "Snapshots", -1)),
                  D("div", Q_, [
                    vn(D("input", {
                      "onUpdate:modelValue": v[5] || (v[5] = (I) => z.value = I),
                      placeholder: "Name this moment of the board",
                      onKeydown: lt(x, ["enter"])
                    }, null, 544), [
                      [pn, z.value]
                    ]),
                    D("button", { onClick: x }, "Save")
                  ]),
                  (P(!0), B(me, null, Te(F(s).snapshots.slice().reverse(), (I) => (P(), B("div", {
                    key: I.id,
                    class: "mx-snap"
                  }, [
                    D("div", null, [
                      D("b", null, ee(I.name), 1),
                      D("span", null, ee(I.author) + " · " + ee(I.blocks) + " blocks · " + ee((I.created || "").replace("T", " ").slice(0, 16)), 1)
                    ]),
                    D("button", {
                      onClick: (X) => F(a)("restore", { id: I.id })
                    }, "Restore", 8, J_),
                    D("button", {
                      class: "ghost",
                      onClick: (X) => F(a)("drop_snapshot", { id: I.id })
                    }, [
                      ue(ke, {
                        name: "trash",
                        size: 12
                      })
                    ], 8, j_)
                  ]))), 128)),
                  F(s).snapshots.length ? fe("", !0) : (P(), B("div", e2, "No snapshots yet."))
                ], 32)) : fe("", !0)
              ]),
              _: 1
            }),
            D("div", {
              class: "mx-cursors",
              style: Ne({ transform: `translate(${Q.value.x}px, ${Q.value.y}px) scale(${Q.value.zoom})` })
            }, [
              (P(!0), B(me, null, Te(ne.value, (I) => (P(), B("div", {
                key: I.id,
                class: "mx-cursor",
                style: Ne({ left: `${I.cursor.x}px`, top: `${I.cursor.y}px`, "--c": I.color, transform: `scale(${1 / Q.value.zoom})` })
              }, [
                v[25] || (v[25] = D("svg", {
                  width: "14",
                  height: "16",
                  viewBox: "0 0 14 16"
                }, [
                  D("path", { d: "M1 1l11 6.5-5 1.2-2.4 4.8z" })
                ], -1)),
                D("span", null, ee(I.name), 1)
              ], 4))), 128))
            ], 4)
          ]),
          _: 1
        })
      ], 34),
      D("div", t2, [
        (P(!0), B(me, null, Te(_.value, (I) => (P(), B("div", {
          key: I.id,
          class: Ae(["mx-toast", I.kind])
        }, ee(I.text), 3))), 128))
      ]),
      w.value ? (P(), B("div", {
        key: 0,
        class: "mx-modal",
        onClick: v[10] || (v[10] = $e((I) => w.value = null, ["self"]))
      }, [
        D("div", n2, [
          D("div", o2, "Render " + ee(w.value.intents.length) + " intent" + ee(w.value.intents.length > 1 ? "s" : ""), 1),
          D("div", i2, ee(w.value.titles.join(" · ")), 1),
          D("div", r2, [
            D("div", null, [
              v[26] || (v[26] = D("span", null, "machines", -1)),
              D("b", null, ee(w.value.machines.length ? w.value.machines.join(", ") : "none live"), 1)
            ]),
            D("div", null, [
              v[27] || (v[27] = D("span", null, "gpus", -1)),
              D("b", null, ee(w.value.gpus), 1)
            ]),
            D("div", null, [
              v[28] || (v[28] = D("span", null, "jobs", -1)),
              D("b", null, ee(w.value.jobs), 1)
            ]),
            D("div", null, [
              v[29] || (v[29] = D("span", null, "estimate", -1)),
              D("b", null, ee(w.value.seconds < 90 ? `~${Math.round(w.value.seconds)} s` : `~${Math.round(w.value.seconds / 60)} min`), 1)
            ])
          ]),
          w.value.unrunnable.length ? (P(), B("div", s2, "Nothing live can run " + ee(w.value.unrunnable.join(", ")) + " now — the jobs will wait in the queue.", 1)) : fe("", !0),
          D("div", a2, [
            D("button", {
              class: "ghost",
              onClick: v[9] || (v[9] = (I) => w.value = null)
            }, "Cancel"),
            D("button", {
              class: "mx-go",
              "data-role": "confirm-render",
              onClick: U
            }, [
              ue(ke, {
                name: "play",
                size: 13
              }),
              v[30] || (v[30] = Ie("Commit GPUs"))
            ])
          ])
        ])
      ])) : fe("", !0),
      k.open ? (P(), B("div", {
        key: 1,
        class: "mx-modal",
        onClick: v[18] || (v[18] = $e((I) => k.open = !1, ["self"]))
      }, [
        D("div", {
          class: "mx-search",
          onKeydown: v[17] || (v[17] = $e(() => {
          }, ["stop"]))
        }, [
          D("div", l2, [
            ue(ke, {
              name: "search",
              size: 16
            }),
            vn(D("input", {
              "onUpdate:modelValue": v[11] || (v[11] = (I) => k.q = I),
              placeholder: "Find a block…",
              onKeydown: [
                v[12] || (v[12] = lt($e((I) => k.i = Math.min(k.i + 1, ve.value.length - 1), ["prevent"]), ["down"])),
                v[13] || (v[13] = lt($e((I) => k.i = Math.max(k.i - 1, 0), ["prevent"]), ["up"])),
                v[14] || (v[14] = lt($e((I) => we(ve.value[k.i]), ["prevent"]), ["enter"])),
                v[15] || (v[15] = lt((I) => k.open = !1, ["esc"]))
              ],
              onInput: v[16] || (v[16] = (I) => k.i = 0)
            }, null, 544), [
              [pn, k.q]
            ])
          ]),
          (P(!0), B(me, null, Te(ve.value, (I, X) => (P(), B("div", {
            key: I.id,
            class: Ae(["mx-result", { on: X === k.i }]),
            onClick: (W) => we(I),
            onMouseenter: (W) => k.i = X
          }, [
            D("i", {
              style: Ne({ background: F(ws)[I.kind] })
            }, null, 4),
            D("b", null, ee(I.title || I.sub), 1),
            D("span", null, ee(I.kind.replace("_", " ")) + " · " + ee(I.sub), 1)
          ], 42, u2))), 128))
        ], 32)
      ])) : fe("", !0)
    ]));
  }
};
export {
  d2 as MultiplexCanvas
};
